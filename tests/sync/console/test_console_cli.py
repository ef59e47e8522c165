"""`omrane-hq agent …`: accounts are created, listed and disabled from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from sync.contract.clock import FakeClock
from sync.hq import cli as hq_cli
from sync.hq.console import auth, cli
from sync.hq.console.auth import ConsoleSettings
from tests.sync.console.harness import store_engine


def run(*argv: str) -> int:
    """`omrane-hq …` as typed in a terminal (the HQ command line registers the agent group)."""
    return hq_cli.main(list(argv))


def test_add_list_disable_an_agent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    store_engine(url).dispose()
    monkeypatch.setenv(cli.PASSWORD_ENV, "a long enough secret")
    assert (
        run(
            "agent",
            "add",
            "Sara@Example.test",
            "--role",
            "agent",
            "--region",
            "oriental",
            "--db",
            url,
        )
        == 0
    )
    assert run("agent", "list", "--json", "--db", url) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert listed == [
        {"email": "sara@example.test", "role": "agent", "region": "oriental", "disabled": False}
    ]
    engine = create_engine(url)
    clock, settings = FakeClock(), ConsoleSettings()
    agent = auth.authenticate(
        engine, "sara@example.test", "a long enough secret", "t", clock, settings
    )
    token = auth.open_session(engine, agent, clock, settings)
    assert run("agent", "disable", "sara@example.test", "--db", url) == 0
    assert auth.resume_session(engine, token, clock, settings) is None
    with pytest.raises(auth.AuthError):
        auth.authenticate(engine, "sara@example.test", "a long enough secret", "t", clock, settings)


def test_agent_without_region_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    store_engine(url).dispose()
    monkeypatch.setenv(cli.PASSWORD_ENV, "a long enough secret")
    assert run("agent", "add", "x@example.test", "--role", "agent", "--db", url) == 2
    assert "region" in capsys.readouterr().err
