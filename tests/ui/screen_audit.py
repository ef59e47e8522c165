"""Checks of one kiosk window state, read from the widget tree (what a visitor sees).

Each check returns a list of problems (strings naming the widget), empty when all is well:
text that does not fit its widget, touch targets under 48×48 px, text below 4.5:1 contrast
against what is painted behind it, raw message keys, placeholders or ISO codes shown.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

from kiosk.ui.topbar import SHORT_NAMES

MIN_TARGET_PX = 48
MIN_TEXT_CONTRAST = 4.5
MIN_LARGE_TEXT_CONTRAST = 3.0
MIN_COMPONENT_CONTRAST = 3.0
LARGE_TEXT_PX = 24
LARGE_BOLD_TEXT_PX = 18.66
MIN_GLYPH_PIXELS = 3
# Texts drawn over the attract loop's moving scenery (checked on its darkest frame elsewhere).
PAINTED_SCENE_TEXT = frozenset({"attractSlogan", "attractCall"})
# Rounding of font metrics and anti-aliasing: a pixel is not a cut word.
SLACK_PX = 1
RING_INSET_PX = 1
FIELD_INSET_PX = 4
RING_STEP_PX = 3
RAW_TEXT = (
    re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"),  # message key: lead.error.required
    re.compile(r"^[A-Z]{2}( \+\d+)?$"),  # bare ISO region code: "AC", "MA +212"
    re.compile(r"%\d|\{\d\}|%n"),  # placeholder left in a translation
    re.compile(r"^[a-z]+_[a-z_]+$"),  # code word: not_enrolled
)
# The bar's language chips show the language's short name on purpose ("FR", "IT", "عربي").
SHORT_LANGUAGE_CHIPS = frozenset({*SHORT_NAMES.values(), "OK"})


def label(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 4:
        name = current.objectName()
        chain.append(f"{type(current).__name__}{'#' + name if name else ''}")
        current = current.parentWidget()
    text = widget_text(widget)
    return " < ".join(chain) + (f" {text[:40]!r}" if text else "")


def widget_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def shown(window: QWidget) -> list[QWidget]:
    """Widgets the visitor can see: visible, with a size, inside the visible part of the window,
    and on the full-window layer on top (idle countdown, staff PIN) when one is open."""
    layers = [w for w in window.findChildren(QFrame, "overlay") if w.isVisible()]
    top: QWidget = layers[-1] if layers else window
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if visible_rect(widget).isEmpty():
            continue
        found.append(widget)
    return found


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` (in window coordinates) not hidden by an ancestor's edges."""
    top = widget.window()
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    current = widget.parentWidget()
    while current is not None and not rect.isEmpty():
        rect = rect.intersected(QRect(current.mapTo(top, current.rect().topLeft()), current.size()))
        if current.isWindow():
            break
        current = current.parentWidget()
    return rect


def _clipped_by_ancestor(widget: QWidget) -> str:
    """How a fixed (not scrollable) ancestor cuts `widget`, if it does."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    current = widget.parentWidget()
    while current is not None:
        if isinstance(current.parentWidget(), QAbstractScrollArea):
            return ""  # inside scrollable content: the visitor scrolls to it
        outer = QRect(current.mapTo(widget.window(), current.rect().topLeft()), current.size())
        cut = rect.intersected(outer)
        if cut.width() + SLACK_PX < rect.width() or cut.height() + SLACK_PX < rect.height():
            return f"cut by {type(current).__name__}#{current.objectName()}"
        if current.isWindow():
            break
        current = current.parentWidget()
    return ""


# --- text fits ------------------------------------------------------------------------


def _label_problem(widget: QLabel) -> str:
    text = widget.text()
    if widget.pixmap() is not None and not widget.pixmap().isNull():
        need = widget.pixmap().deviceIndependentSize().toSize()
        room = widget.contentsRect().size()
        if need.width() > room.width() + SLACK_PX or need.height() > room.height() + SLACK_PX:
            return f"image {need.width()}×{need.height()} in {room.width()}×{room.height()}"
        return ""
    if not text.strip() or widget.textFormat() == Qt.TextFormat.RichText:
        return ""
    if text.rstrip().endswith(("…", "...")) and widget.accessibleName() not in ("", text):
        return "text shortened with an ellipsis"
    room = widget.contentsRect().adjusted(
        widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
    )
    metrics = QFontMetrics(widget.font())
    if widget.wordWrap():
        flags = int(widget.alignment()) | int(Qt.TextFlag.TextWordWrap)
        need = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text)
        words = re.split(r"[\s\u200b]+", text)  # a zero-width space allows a break too
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        if longest > room.width() + SLACK_PX:
            return f"a word needs {longest} px, has {room.width()}"
        if need.height() > room.height() + SLACK_PX:
            return f"text needs {need.height()} px high, has {room.height()}"
        return ""
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    height = metrics.height() * (text.count("\n") + 1)
    if width > room.width() + SLACK_PX or metrics.height() > room.height() + SLACK_PX:
        return f"text needs {width}×{height}, has {room.width()}×{room.height()}"
    return ""


def _button_problem(widget: QPushButton) -> str:
    text = widget.text()
    if not text.strip() or widget.findChild(QLabel, "buttonText") is not None:
        return ""  # empty, or shown by a wrapped label inside (checked as a label)
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
    metrics = QFontMetrics(widget.font())
    need = metrics.horizontalAdvance(text.replace("&", ""))
    if not widget.icon().isNull():
        need += widget.iconSize().width() + 4
    # Height of the letters themselves: a button's padding may eat the line's leading.
    high = metrics.tightBoundingRect(text).height()
    if need > room.width() + SLACK_PX or high > room.height() + SLACK_PX:
        return f"text needs {need}×{high}, has {room.width()}×{room.height()}"
    return ""


def _checkbox_problem(widget: QCheckBox) -> str:
    metrics = QFontMetrics(widget.font())
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    room = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, widget)
    need = metrics.horizontalAdvance(widget.text())
    if widget.text() and need > room.width() + SLACK_PX:
        return f"text needs {need} px, has {room.width()}"
    return ""


def text_problems(window: QWidget) -> list[str]:
    problems = []
    for widget in shown(window):
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QPushButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QCheckBox):
            problem = _checkbox_problem(widget)
        else:
            problem = ""
        has_picture = isinstance(widget, QLabel) and widget.pixmap() is not None
        if not problem and (widget_text(widget).strip() or has_picture):
            problem = _clipped_by_ancestor(widget)
        if problem:
            problems.append(f"{label(widget)}: {problem}")
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            problems.append(f"{label(area)}: scrolls sideways by {bar.maximum()} px")
    return problems


# --- touch targets -----------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def target_problems(window: QWidget) -> list[str]:
    problems = []
    for widget in shown(window):
        if not isinstance(widget, INTERACTIVE) or not widget.isEnabled():
            continue
        if widget.width() < MIN_TARGET_PX or widget.height() < MIN_TARGET_PX:
            problems.append(f"{label(widget)}: {widget.width()}×{widget.height()} px")
        if isinstance(widget, QCheckBox):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            box = widget.style().subElementRect(
                QStyle.SubElement.SE_CheckBoxIndicator, option, widget
            )
            if box.width() < MIN_TARGET_PX - 8 or box.height() < MIN_TARGET_PX - 8:
                problems.append(f"{label(widget)}: box {box.width()}×{box.height()} px")
    return problems


# --- contrast ------------------------------------------------------------------------------


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def inner_rect(widget: QWidget) -> QRect:
    """Where `widget` draws its text, in window coordinates (inside borders and padding)."""
    inner = widget.contentsRect()
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        inner = widget.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, widget
        )
    inset = FIELD_INSET_PX if isinstance(widget, QLineEdit | QComboBox) else RING_INSET_PX
    inner = inner.adjusted(inset, inset, -inset, -inset)
    placed = QRect(widget.mapTo(widget.window(), inner.topLeft()), inner.size())
    return placed.intersected(visible_rect(widget))


def background_of(widget: QWidget, image: QImage) -> QColor:
    """The colour painted behind `widget`'s text: the commonest pixel on a ring just inside
    its contents (borders and rounded corners stay outside the ring)."""
    inner = inner_rect(widget)
    ring = inner.intersected(image.rect())
    counts: Counter[int] = Counter()
    if ring.width() < 2 or ring.height() < 2:
        return QColor(image.pixel(ring.center()))
    for x in range(ring.left(), ring.right() + 1, RING_STEP_PX):
        counts[image.pixel(x, ring.top())] += 1
        counts[image.pixel(x, ring.bottom())] += 1
    for y in range(ring.top(), ring.bottom() + 1, RING_STEP_PX):
        counts[image.pixel(ring.left(), y)] += 1
        counts[image.pixel(ring.right(), y)] += 1
    return QColor(counts.most_common(1)[0][0])


def text_color(widget: QWidget, bg: QColor, image: QImage) -> QColor:
    """The style's text colour if it is on screen (a checked chip paints another one), else
    the commonest colour inside the widget that is not its background."""
    expected = widget.palette().color(widget.foregroundRole()).rgb()
    area = inner_rect(widget).intersected(image.rect())
    counts: Counter[int] = Counter()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            counts[image.pixel(x, y)] += 1
    counts.pop(bg.rgb(), None)
    if counts.get(expected, 0) >= MIN_GLYPH_PIXELS or not counts:
        return QColor(expected)
    return QColor(counts.most_common(1)[0][0])


def is_large_text(widget: QWidget) -> bool:
    """WCAG's large text: 24 px, or 18.66 px bold."""
    font = widget.font()
    size = QFontInfo(font).pixelSize()
    return size >= LARGE_TEXT_PX or (font.bold() and size >= LARGE_BOLD_TEXT_PX)


def contrast_problems(window: QWidget, image: QImage | None = None) -> list[str]:
    image = image or window.grab().toImage()
    problems = []
    for widget in shown(window):
        if isinstance(widget, QTextEdit):
            target: QWidget = widget.viewport()
        elif isinstance(widget, QLabel | QPushButton | QCheckBox | QLineEdit | QComboBox):
            if not widget_text(widget).strip() and not isinstance(widget, QLineEdit):
                continue
            target = widget
        else:
            continue
        if not widget.isEnabled() or widget.objectName() in PAINTED_SCENE_TEXT:
            continue  # WCAG 1.4.3 exempts inactive controls
        if inner_rect(target).height() < QFontMetrics(widget.font()).height():
            continue  # mostly scrolled out of view: checked when scrolled into it
        bg = background_of(target, image)
        if isinstance(widget, QTextEdit | QLineEdit):
            fg = widget.palette().color(widget.foregroundRole())
        else:
            fg = text_color(target, bg, image)
        ratio = contrast(fg, bg)
        needed = MIN_LARGE_TEXT_CONTRAST if is_large_text(widget) else MIN_TEXT_CONTRAST
        if ratio < needed:
            problems.append(f"{label(widget)}: text {fg.name()} on {bg.name()} is {ratio:.1f}:1")
    return problems


# --- raw texts -------------------------------------------------------------------------------


def raw_text_problems(window: QWidget) -> list[str]:
    problems = []
    for widget in shown(window):
        texts = [widget_text(widget)]
        if isinstance(widget, QComboBox):
            texts = [widget.itemText(i) for i in range(widget.count())]
        for text in texts:
            stripped = text.strip()
            if not stripped or stripped in SHORT_LANGUAGE_CHIPS:
                continue
            if any(pattern.search(stripped) for pattern in RAW_TEXT):
                problems.append(f"{label(widget)}: raw text {stripped!r}")
                break
    return problems


def all_problems(window: QWidget) -> list[str]:
    return [
        *text_problems(window),
        *target_problems(window),
        *contrast_problems(window),
        *raw_text_problems(window),
    ]
