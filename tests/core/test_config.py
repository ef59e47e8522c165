from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.config import (
    Paths,
    active_event_profile,
    load_event_profile,
    parse_event_profile,
    shipped_event_profiles,
    use_event_profile,
)
from sync.contract.errors import ConfigError


def test_every_shipped_event_profile_is_valid() -> None:
    names = {load_event_profile(p).event.id for p in shipped_event_profiles()}
    assert {"turin-2025", "paris-2026", "caravan-casablanca-2025", "caravan-oujda-2025"} <= names


def test_oujda_caravan_is_arabic_first_without_conversion() -> None:
    oujda = next(p for p in shipped_event_profiles() if "oujda" in p.name)
    profile = load_event_profile(oujda)
    assert profile.default_language == "ar"
    assert not profile.currency.converts


def test_invalid_profile_lists_every_problem_with_its_field() -> None:
    text = """
[event]
id = "Bad Id!"
name = "x"
kind = "fair"
city = "Paris"
country = "France"
start = 2026-02-15
end = 2026-02-13
languages = ["fr"]
notice_version = "1"
"""
    with pytest.raises(ConfigError) as info:
        parse_event_profile(text, "bad.toml")
    message = info.value.message
    assert "bad.toml" in message
    assert "event.id" in message and "event.kind" in message and "event.country" in message


def test_broken_toml_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        parse_event_profile("[event\nname=", "broken.toml")


def test_event_use_installs_the_profile_and_show_reports_it(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    turin = next(p for p in shipped_event_profiles() if "turin" in p.name)
    assert main(["event", "use", str(turin)]) == 0
    assert active_event_profile(home).event.id == "turin-2025"
    capsys.readouterr()
    assert main(["event", "show"]) == 0
    assert "Turin" in capsys.readouterr().out


def test_event_use_refuses_a_bad_file_and_keeps_the_old_one(home: Paths, tmp_path: Path) -> None:
    turin = next(p for p in shipped_event_profiles() if "turin" in p.name)
    use_event_profile(home, turin)
    bad = tmp_path / "bad.toml"
    bad.write_text("[event]\nid='x'\n", encoding="utf-8")
    assert main(["event", "use", str(bad)]) == ConfigError.exit_code
    assert active_event_profile(home).event.id == "turin-2025"


def test_home_option_and_environment_choose_the_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMRANE_KIOSK_HOME", str(tmp_path / "env"))
    assert Paths.resolve().home == (tmp_path / "env").resolve()
    assert Paths.resolve(tmp_path / "flag").home == (tmp_path / "flag").resolve()
