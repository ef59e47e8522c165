"""Colours and sizes of the kiosk: normal or high-contrast theme, normal or large text.

The style sheet (assets/qss/kiosk.qss) holds `$tokens`; this module fills them. Painted
screens (attract loop, placeholders) read colours from `current().colors`.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.core import resources

NORMAL_COLORS: dict[str, str] = {
    "background": "#F5F3EE",
    "surface": "#FFFFFF",
    "field": "#FFFFFF",
    "text": "#1B2430",
    "heading": "#0E2A3B",
    "muted": "#4A5866",
    "border": "#7C8794",  # outlines of cards and controls: 3:1 on the page and on cards
    "outline": "#6B7785",  # edges that must be seen (tick boxes, fields): 3:1 and more
    "primary": "#0B6E4F",
    "primary_pressed": "#075339",
    "on_primary": "#FFFFFF",
    "accent": "#B85C00",  # white text on it (badges, "reserved") reads at 4.6:1
    "on_accent": "#FFFFFF",
    "focus": "#B85C00",
    "pressed": "#E3EEE9",
    "danger": "#B3261E",
    "good": "#0B6E4F",
    "disabled": "#E2E4E8",
    "disabled_text": "#7A828C",
    "scrim": "rgba(14, 42, 59, 170)",
    "on_attract": "#FFFFFF",
    "attract_a": "#0B6E4F",
    "attract_b": "#0E2A3B",
    "attract_c": "#E07A1F",
}

HIGH_CONTRAST_COLORS: dict[str, str] = {
    "background": "#000000",
    "surface": "#000000",
    "field": "#000000",
    "text": "#FFFFFF",
    "heading": "#FFFFFF",
    "muted": "#FFFFFF",
    "border": "#FFFFFF",
    "outline": "#FFFFFF",
    "primary": "#FFD400",
    "primary_pressed": "#C9A700",
    "on_primary": "#000000",
    "accent": "#FFD400",
    "on_accent": "#000000",
    "focus": "#00E5FF",
    "pressed": "#333333",
    "danger": "#FF6B6B",
    "good": "#7CFF7C",
    "disabled": "#3A3A3A",
    "disabled_text": "#BDBDBD",
    "scrim": "rgba(0, 0, 0, 220)",
    "on_attract": "#FFFFFF",
    "attract_a": "#000000",
    "attract_b": "#1A1A1A",
    "attract_c": "#FFD400",
}

# Pixel sizes at text scale 1.0; touch targets never shrink below TOUCH_MIN_PX.
TOUCH_MIN_PX = 56
BASE_SIZES: dict[str, int] = {
    "font_small": 18,
    "font_base": 22,
    "font_large": 28,
    "font_title": 40,
    "font_huge": 56,
    "touch": TOUCH_MIN_PX,
    "tile": 150,
    "tile_wide": 320,
    "check": 48,
    "font_bar": 22,
    "font_bar_chip": 18,
    # A bar chip's content width: with its padding and border it is TOUCH_MIN_PX wide.
    "bar_chip_width": TOUCH_MIN_PX - 24,
}
# The top bar holds up to twelve buttons on one line (four event languages): its type and
# chips grow less than the screens' type.
BAR_SIZES = frozenset({"font_bar", "font_bar_chip", "bar_chip_width"})
BAR_LARGE_SCALE = 1.1
LARGE_TEXT_SCALE = 1.3


class Theme:
    """Colours and text scale in force (a plain class: `dataclasses` is not loaded before the
    first frame)."""

    def __init__(
        self,
        high_contrast: bool = False,
        large_text: bool = False,
        colors: dict[str, str] | None = None,
    ) -> None:
        self.high_contrast = high_contrast
        self.large_text = large_text
        self.colors = dict(NORMAL_COLORS) if colors is None else colors

    @property
    def scale(self) -> float:
        return LARGE_TEXT_SCALE if self.large_text else 1.0

    def size(self, name: str) -> int:
        if name in BAR_SIZES and self.large_text:
            return round(BASE_SIZES[name] * BAR_LARGE_SCALE)
        return round(BASE_SIZES[name] * self.scale)

    def color(self, name: str) -> QColor:
        return QColor(self.colors[name])

    def style_sheet(self) -> str:
        template = Template((resources.assets() / "qss" / "kiosk.qss").read_text(encoding="utf-8"))
        values: dict[str, str] = dict(self.colors)
        values.update({name: f"{self.size(name)}px" for name in BASE_SIZES})
        values["check"] = f"{BASE_SIZES['check']}px"  # the tick box is finger-sized already
        mark = "check-dark.svg" if self.high_contrast else "check-light.svg"
        values["check_image"] = (resources.assets() / "qss" / mark).as_posix()
        return template.substitute(values)


_current = Theme()


def current() -> Theme:
    return _current


def apply(app: QApplication, *, high_contrast: bool = False, large_text: bool = False) -> Theme:
    """Switch theme and text size for the whole app at once."""
    global _current
    colors = HIGH_CONTRAST_COLORS if high_contrast else NORMAL_COLORS
    _current = Theme(high_contrast=high_contrast, large_text=large_text, colors=dict(colors))
    app.setStyleSheet(_current.style_sheet())
    palette = app.palette()
    for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
        palette.setColor(role, _current.color("primary"))
    app.setPalette(palette)
    return _current


def set_role(widget: object, role: str) -> None:
    """Give a widget a style role and make the style sheet notice the change."""
    from PySide6.QtWidgets import QWidget

    if isinstance(widget, QWidget):
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
