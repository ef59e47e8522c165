"""`omrane-hq agent …`: accounts are created, listed and disabled from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select

from sync.contract.clock import FakeClock
from sync.hq import cli as hq_cli
from sync.hq.console import auth, cli, passwords
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
    assert "$m=65536,t=3,p=4$" in _stored_hash(engine, "sara@example.test"), "full cost at HQ"
    clock, settings = FakeClock(), ConsoleSettings()
    agent = auth.authenticate(
        engine, "sara@example.test", "a long enough secret", "t", clock, settings
    )
    token = auth.open_session(engine, agent, clock, settings)
    assert run("agent", "disable", "sara@example.test", "--db", url) == 0
    assert auth.resume_session(engine, token, clock, settings) is None
    with pytest.raises(auth.AuthError):
        auth.authenticate(engine, "sara@example.test", "a long enough secret", "t", clock, settings)


def _stored_hash(engine: Engine, email: str) -> str:
    with engine.connect() as conn:
        found = conn.execute(
            select(auth.agents.c.password_hash).where(auth.agents.c.email == email)
        ).scalar_one()
    return str(found)


def test_the_hash_cost_is_a_parameter_and_sign_in_reads_it_from_the_hash(tmp_path: Path) -> None:
    engine = store_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    clock, cheap = FakeClock(), passwords.HashCost.lowest()
    auth.add_agent(
        engine, "nadia@example.test", "agent", "a long enough secret", clock, "oriental", cost=cheap
    )
    assert "$m=8,t=1,p=1$" in _stored_hash(engine, "nadia@example.test")
    full_cost_console = ConsoleSettings()
    agent = auth.authenticate(
        engine, "nadia@example.test", "a long enough secret", "t", clock, full_cost_console
    )
    assert agent.email == "nadia@example.test"
    for email, password in [
        ("nadia@example.test", "not the secret at all"),
        ("nobody@example.test", "a long enough secret"),
    ]:
        with pytest.raises(auth.AuthError):
            auth.authenticate(engine, email, password, "t2", clock, full_cost_console)


def test_agent_without_region_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    store_engine(url).dispose()
    monkeypatch.setenv(cli.PASSWORD_ENV, "a long enough secret")
    assert run("agent", "add", "x@example.test", "--role", "agent", "--db", url) == 2
    assert "region" in capsys.readouterr().err
