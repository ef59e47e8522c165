"""Every screen and state, in every language and display mode, checked from the widget tree:
no cut text, finger-sized targets, readable contrast, no raw keys or codes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui import theme
from kiosk.ui.app import MainWindow
from kiosk.ui.screenshots import walk_states
from tests.ui import screen_audit

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_every_screen_in_every_language_and_mode_passes_the_visitor_checks(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    problems: list[str] = []
    stops = 0
    for stop in walk_states(kiosk_window, ["fr", "ar", "en"]):
        stops += 1
        for problem in screen_audit.all_problems(kiosk_window):
            problems.append(f"{stop.lang}/{stop.mode}/{stop.name}: {problem}")
    assert stops > 150
    assert problems == []


def test_the_tour_languages_pass_the_same_checks(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    """Italian, Spanish and Dutch in the standard look and in its hardest combination (large
    text with high contrast): their words are often longer than the French ones."""
    problems: list[str] = []
    stops = 0
    for stop in walk_states(kiosk_window, ["it", "es", "nl"], ["normal", "large-contrast"]):
        stops += 1
        for problem in screen_audit.all_problems(kiosk_window):
            problems.append(f"{stop.lang}/{stop.mode}/{stop.name}: {problem}")
    assert stops > 50
    assert problems == [], "\n".join(problems)


def test_available_home_tiles_do_not_look_disabled(kiosk_window: MainWindow) -> None:
    kiosk_window.show_screen("home")
    home = kiosk_window.screen_widget("home")
    tiles = getattr(home, "tiles", {})
    heading = theme.current().color("heading")
    for name, tile in tiles.items():
        assert tile.isEnabled(), name
        label = tile.label
        assert label.palette().color(label.foregroundRole()) == heading, name
