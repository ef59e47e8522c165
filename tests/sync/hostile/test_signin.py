"""Item 12: sign-in throttling that trusts only our proxies, cannot keep an owner out, stores
no typed e-mail or address in clear; passwords long enough and not common."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, select

from sync.contract.clock import FakeClock
from sync.contract.errors import ValidationError
from sync.hq import keyring
from sync.hq.app import create_app
from sync.hq.cli import main as hq_main
from sync.hq.console import auth
from sync.hq.console.throttle import signin_throttle
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.servers import uvicorn_thread
from tests.sync.console.harness import CHEAP, CONSOLE, PASSWORD, add_person, csrf_of

BOSS = "boss@example.test"


@dataclass
class Console:
    url: str
    engine: Engine
    clock: FakeClock
    home: Path
    db_url: str

    def sign_in(
        self,
        password: str = PASSWORD,
        via: str | None = None,
        browser: requests.Session | None = None,
    ) -> requests.Response:
        browser = browser or requests.Session()
        headers = {"X-Forwarded-For": via} if via else {}
        form = browser.get(f"{self.url}/console/signin", headers=headers, timeout=30)
        return browser.post(
            f"{self.url}/console/signin",
            data={"email": BOSS, "password": password, "csrf_token": csrf_of(form.text)},
            headers=headers,
            allow_redirects=False,
            timeout=30,
        )


def _console(tmp_path: Path, proxies: tuple[str, ...]) -> Iterator[Console]:
    db_url = f"sqlite:///{tmp_path / 'hq.db'}"
    settings = HQSettings(tmp_path / "home", trusted_proxies=proxies)
    keyring.init_keys(settings)
    store = Store(db_url)
    store.migrate()
    clock = FakeClock()
    add_person(store.engine, clock, BOSS, "admin")
    with uvicorn_thread(create_app(store, settings, clock, CONSOLE)) as url:
        yield Console(url, store.engine, clock, settings.home, db_url)
    store.dispose()


@pytest.fixture
def direct(tmp_path: Path) -> Iterator[Console]:
    yield from _console(tmp_path, ())


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[Console]:
    yield from _console(tmp_path, ("127.0.0.0/8",))


def test_forwarded_for_from_an_unlisted_peer_is_ignored(direct: Console) -> None:
    for n in range(5):
        direct.sign_in("wrong password!", via=f"203.0.113.{n}")
    # a fresh forged address changes nothing: the peer is the client
    assert direct.sign_in(via="198.51.100.9").status_code == 429


def test_forwarded_for_from_a_listed_proxy_names_the_client(proxied: Console) -> None:
    for _ in range(5):
        proxied.sign_in("wrong password!", via="203.0.113.7")
    assert proxied.sign_in(via="203.0.113.7").status_code == 429
    # prepending a hop does not help the guesser: the last hop our proxy saw is kept
    assert proxied.sign_in(via="198.51.100.9, 203.0.113.7").status_code == 429
    assert proxied.sign_in(via="198.51.100.9").status_code == 303  # the owner elsewhere


def test_failures_from_many_addresses_never_keep_the_owner_out(proxied: Console) -> None:
    own_browser = requests.Session()
    assert proxied.sign_in(browser=own_browser, via="198.51.100.9").status_code == 303
    for n in range(30):  # a guesser spreading over thirty addresses
        proxied.sign_in("wrong password!", via=f"203.0.113.{n}")
    assert proxied.sign_in(via="192.0.2.50").status_code == 429  # a new browser waits…
    assert proxied.sign_in(browser=own_browser, via="198.51.100.9").status_code == 303
    proxied.clock.advance(15 * 60 + 1)  # …at most fifteen minutes
    assert proxied.sign_in(via="192.0.2.51").status_code == 303


def test_another_admin_can_unlock_an_account(proxied: Console) -> None:
    for _ in range(6):
        proxied.sign_in("wrong password!", via="203.0.113.7")
    assert proxied.sign_in(via="203.0.113.7").status_code == 429
    args = ["--home", str(proxied.home), "--db", proxied.db_url, "agent", "unlock", BOSS]
    assert hq_main(args) == 0
    assert proxied.sign_in(via="203.0.113.7").status_code == 303


def test_the_throttle_table_holds_no_typed_e_mail_or_address(proxied: Console) -> None:
    for n in range(3):
        proxied.sign_in("wrong password!", via=f"203.0.113.{n}")
    with proxied.engine.connect() as conn:
        keys = [str(k) for k in conn.execute(select(signin_throttle.c.key)).scalars()]
    assert len(keys) == 7  # one account, three addresses, three account+address pairs
    assert not any("boss" in k or "example" in k or "203.0.113" in k for k in keys)


@pytest.mark.parametrize(
    ("password", "role", "key"),
    [
        ("eleven char", "admin", "error.agent.password_admin"),
        ("Password2024!", "admin", "error.agent.password_common"),
        ("azertyuiop123", "agent", "error.agent.password_common"),
        ("short", "agent", "error.agent.password"),
        ("aaaaaaaaaaaaaaaa", "manager", "error.agent.password_common"),
    ],
)
def test_weak_passwords_are_refused(direct: Console, password: str, role: str, key: str) -> None:
    with pytest.raises(ValidationError) as refused:
        auth.add_agent(
            direct.engine, "new@example.test", role, password, direct.clock, "oriental", cost=CHEAP
        )
    assert refused.value.key == key


def test_the_agents_page_explains_a_refused_password_in_the_admins_language(
    direct: Console,
) -> None:
    browser = requests.Session()
    assert direct.sign_in(browser=browser).status_code == 303
    page = browser.get(f"{direct.url}/console/agents", timeout=30)
    reply = browser.post(
        f"{direct.url}/console/agents",
        data={
            "email": "new@example.test",
            "role": "admin",
            "password": "Password2024!",
            "csrf_token": csrf_of(page.text),
        },
        headers={"Accept-Language": "fr"},
        timeout=30,
    )
    assert reply.status_code == 400
    assert "trop courant" in reply.text
