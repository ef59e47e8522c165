"""Every screen and state, in every language and display mode, checked from the widget tree:
no cut text, finger-sized targets, readable contrast, no raw keys or codes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core import resources
from kiosk.core.config import load_event_profile
from kiosk.ui import theme
from kiosk.ui.app import MainWindow
from kiosk.ui.screenshots import MODES, set_mode, walk_states
from kiosk.ui.services import Services
from tests.ui import screen_audit
from tests.ui.conftest import WINDOW_SIZE, settle

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


@pytest.fixture
def turin_window(qtbot: QtBot, shell_services: Services) -> Iterator[MainWindow]:
    """The kiosk window with the Turin profile: four languages (it, fr, ar, en) on the bar."""
    turin = load_event_profile(resources.data() / "events" / "turin-2026.toml")
    window = MainWindow(replace(shell_services, event=turin))
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    settle()


def test_a_four_language_event_in_large_text_keeps_every_bar_button_whole(
    turin_window: MainWindow,
) -> None:
    """The widest bar: four language chips beside Home, Back, My selection and Finish."""
    bar = turin_window.top_bar
    shown = [c for c, b in bar.language_buttons.items() if not b.isHidden()]
    assert sorted(shown, key=lambda c: bar.row.indexOf(bar.language_buttons[c])) == [
        "it", "fr", "ar", "en"
    ]  # fmt: skip
    problems: list[str] = []
    stops = 0
    for stop in walk_states(turin_window, ["it", "ar"], ["large-contrast"]):
        stops += 1
        for problem in screen_audit.all_problems(turin_window):
            problems.append(f"{stop.lang}/{stop.mode}/{stop.name}: {problem}")
    assert stops > 15
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


@pytest.mark.parametrize("language", ["fr", "ar", "it"])
def test_the_home_tiles_fit_whole_in_every_mode(kiosk_window: MainWindow, language: str) -> None:
    """Two rows of tiles, apart and above the screen's bottom edge (Arabic labels in large
    text wrap on two tall lines)."""
    kiosk_window.session.set_language(language)
    for mode in MODES:
        kiosk_window.show_screen("home")
        set_mode(kiosk_window, mode)
        settle()
        home = kiosk_window.screen_widget("home")
        tiles = [tile.geometry() for tile in getattr(home, "tiles", {}).values()]
        first, second = tiles[:3], tiles[3:]
        assert max(r.bottom() for r in first) < min(r.top() for r in second), mode
        assert max(r.bottom() for r in second) < home.height(), mode
