"""WCAG 2.2 AA from the theme itself: every colour pair the style sheet puts text on, and
every outline that shows where a control is, in the standard and high-contrast themes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor

from kiosk.core import resources
from kiosk.ui import theme
from tests.ui.screen_audit import MIN_COMPONENT_CONTRAST, MIN_TEXT_CONTRAST, contrast

THEMES = {"standard": theme.NORMAL_COLORS, "high contrast": theme.HIGH_CONTRAST_COLORS}
PAGES = ("background", "surface")
SCENE = ("attract_a", "attract_b")
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
TOKEN = re.compile(r"\$(\w+)")


def _rules() -> list[tuple[str, dict[str, str]]]:
    sheet = (resources.assets() / "qss" / "kiosk.qss").read_text(encoding="utf-8")
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules = []
    for selector, body in RULE.findall(sheet):
        declarations = {}
        for line in body.split(";"):
            if ":" in line:
                name, value = line.split(":", 1)
                declarations[name.strip()] = value.strip()
        rules.append((selector.strip(), declarations))
    return rules


def _inherited(selector: str, backgrounds: dict[str, str]) -> list[str]:
    """The fill behind a descendant rule ("QPushButton[role=x] QLabel"): its ancestor's."""
    if "#attract" in selector:
        return list(SCENE)  # drawn over the attract loop's painted scenery
    found = []
    for part in selector.split(","):
        words = part.split()
        ancestor = words[0] if len(words) > 1 else ""
        found.append(backgrounds.get(ancestor, ""))
    return [b for b in dict.fromkeys(found) if b] or list(PAGES)


def _token(value: str) -> str | None:
    found = TOKEN.search(value)
    return found.group(1) if found else None


@pytest.mark.parametrize("name", THEMES)
def test_text_on_its_own_background_reads_at_4_5_to_1(name: str) -> None:
    colors = THEMES[name]
    problems = []
    backgrounds_by_selector = {
        sel: token
        for sel, decl in _rules()
        if (token := _token(decl.get("background", ""))) in colors
    }
    for selector, declarations in _rules():
        if ":disabled" in selector or ":pressed" in selector:
            continue  # inactive controls are exempt; a press lasts a moment
        fg, bg = _token(declarations.get("color", "")), _token(declarations.get("background", ""))
        if fg is None or fg not in colors:
            continue
        backgrounds = [bg] if bg in colors else _inherited(selector, backgrounds_by_selector)
        for back in backgrounds:
            ratio = contrast(QColor(colors[fg]), QColor(colors[back]))
            if ratio < MIN_TEXT_CONTRAST:
                problems.append(f"{selector}: {fg} on {back} is {ratio:.2f}:1")
    assert problems == []


@pytest.mark.parametrize("name", THEMES)
def test_outlines_and_scroll_handles_stand_out_at_3_to_1(name: str) -> None:
    colors = THEMES[name]
    problems = []
    for selector, declarations in _rules():
        if ":disabled" in selector or ":pressed" in selector:
            continue
        edges = [v for k, v in declarations.items() if k.startswith("border") and "px" in v]
        edges += [declarations.get("border-color", "")]
        if "::handle" in selector:
            edges.append(declarations.get("background", ""))
        own = _token(declarations.get("background", ""))
        for edge in filter(None, map(_token, edges)):
            if edge not in colors or edge == own:
                continue  # an edge the colour of its own fill is no outline: the fill is
            for back in PAGES:
                ratio = contrast(QColor(colors[edge]), QColor(colors[back]))
                if ratio < MIN_COMPONENT_CONTRAST:
                    problems.append(f"{selector}: {edge} on {back} is {ratio:.2f}:1")
    assert problems == []
