"""An agent's day in Debian's Chromium, in French and in Arabic: the today page, the visitor's
WhatsApp link text, an outcome, an appointment and its .ics e-mailed through a local SMTP
server, the agency's week."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest

from sync.contract.clock import FakeClock
from sync.hq import appointments, visitors, webhooks
from tests.e2e.test_console_browser import CHROMIUM, shoot
from tests.sync.console.harness import PASSWORD, Server, add_person, hq_engine, serve
from tests.sync.console.test_console_followup import Inbox, _seed, smtp  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    engine = hq_engine(tmp_path)
    with serve(engine, FakeClock()) as running:
        yield running
    engine.dispose()


@pytest.fixture(params=["fr", "ar"])
def page(request: pytest.FixtureRequest) -> Iterator[tuple[object, str]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        locale = "ar-MA" if request.param == "ar" else "fr-FR"
        context = browser.new_context(viewport={"width": 1400, "height": 900}, locale=locale)
        yield context.new_page(), request.param
        context.close()
        browser.close()


def test_an_agents_day_in_the_browser(
    page: tuple[object, str],
    server: Server,
    tmp_path: Path,
    smtp: tuple[Inbox, object],  # noqa: F811
) -> None:
    inbox, mailer = smtp
    server.app.state.mailer = mailer
    day = _seed(server, tmp_path)
    p, lang = page  # a playwright Page and the language the agent chooses
    base = f"{server.url}/console"
    p.goto(f"{base}/signin?next=/console/today")  # type: ignore[attr-defined]
    p.fill("input[name=email]", "sara@alomrane.example")  # type: ignore[attr-defined]
    p.fill("input[name=password]", PASSWORD)  # type: ignore[attr-defined]
    p.click("form button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**/console/today")  # type: ignore[attr-defined]
    p.goto(f"{base}/lang/{lang}?next=/console/today")  # type: ignore[attr-defined]
    assert p.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")  # type: ignore[attr-defined]
    assert ("Ma journée" if lang == "fr" else "يومي") in p.inner_text("nav.main")  # type: ignore[attr-defined]
    overdue = p.inner_text("#today-overdue")  # type: ignore[attr-defined]
    assert ("En retard" if lang == "fr" else "متأخرون") in overdue
    assert p.locator(f"#today-overdue a[href$='/visitors/{day.overdue}']").count() == 1  # type: ignore[attr-defined]
    shoot(p, tmp_path, f"today-{lang}")
    p.click("#today-new a:has-text('Salma')")  # type: ignore[attr-defined]
    p.wait_for_url(f"**/console/visitors/{day.arabic}")  # type: ignore[attr-defined]
    href = p.get_attribute("#whatsapp", "href")  # type: ignore[attr-defined]
    text = unquote(str(href).split("text=")[1])
    assert "مرحبا Salma" in text and day.units[0]["ref"] in text  # the visitor reads Arabic
    assert p.inner_text("#wa-text").strip() == text  # type: ignore[attr-defined]
    p.select_option("#attempt select[name=channel]", "phone")  # type: ignore[attr-defined]
    p.select_option("#attempt select[name=outcome]", "reached")  # type: ignore[attr-defined]
    p.click("#attempt button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**saved=attempt")  # type: ignore[attr-defined]
    reached = "Joint" if lang == "fr" else "تم التواصل"
    assert reached in p.inner_text("#timeline")  # type: ignore[attr-defined]
    starts = (server.clock.now() + timedelta(days=1)).date().isoformat()
    p.fill("#book input[name=day]", starts)  # type: ignore[attr-defined]
    p.fill("#book input[name=time]", "11:00")  # type: ignore[attr-defined]
    p.click("#book button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**saved=appointment")  # type: ignore[attr-defined]
    shoot(p, tmp_path, f"visitor-{lang}")
    with server.engine.connect() as conn:
        assert visitors.get(conn, day.arabic)["stage"] == "contacted"
        meeting = appointments.of_visitor(conn, day.arabic)[0]
    assert meeting["invited"] and meeting["starts_at"] == f"{starts}T11:00:00Z"
    calendar = next(
        part for part in inbox.messages[0].walk() if part.get_content_type() == "text/calendar"
    )
    ics = calendar.get_payload(decode=True).decode("utf-8")
    assert f"DTSTART:{starts.replace('-', '')}T110000Z" in ics
    p.click(f"a[href$='/agencies/{meeting['agency_id']}/week']")  # type: ignore[attr-defined]
    assert "Salma" in p.inner_text(f"#day-{starts}")  # type: ignore[attr-defined]
    shoot(p, tmp_path, f"week-{lang}")
    _move_then_cancel(p, server, tmp_path, (day.arabic, int(meeting["id"])), lang)
    assert [m.get_content_type() for m in inbox.messages] == ["multipart/mixed"] * 3
    _, moved, cancelled = (_ics(m) for m in inbox.messages)
    assert "SEQUENCE:1" in moved and "T143000Z" in moved and "METHOD:REQUEST" in moved
    assert "SEQUENCE:2" in cancelled and "METHOD:CANCEL" in cancelled
    shoot(p, tmp_path, f"visitor-cancelled-{lang}")


def _ics(message: object) -> str:
    part = next(
        p
        for p in message.walk()
        if p.get_content_type() == "text/calendar"  # type: ignore[attr-defined]
    )
    return str(part.get_payload(decode=True).decode("utf-8"))


def _move_then_cancel(
    p: object, server: Server, tmp_path: Path, ids: tuple[int, int], lang: str
) -> None:
    """From the visitor page: move the meeting to 14:30 two days later, then cancel it."""
    visitor_id, meeting = ids
    p.goto(f"{server.url}/console/visitors/{visitor_id}")  # type: ignore[attr-defined]
    item = f"#appointment-{meeting}"
    p.click(f"{item} details summary")  # type: ignore[attr-defined]
    later = (server.clock.now() + timedelta(days=2)).date().isoformat()
    p.fill(f"{item} form.move input[name=day]", later)  # type: ignore[attr-defined]
    p.fill(f"{item} form.move input[name=time]", "14:30")  # type: ignore[attr-defined]
    shoot(p, tmp_path, f"visitor-move-{lang}")
    p.click(f"{item} form.move button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**saved=moved")  # type: ignore[attr-defined]
    assert ("déplacé" if lang == "fr" else "تم تغييره") in p.inner_text(item)  # type: ignore[attr-defined]
    p.click(f"{item} details summary")  # type: ignore[attr-defined]
    p.click(f"{item} form.cancel button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**saved=cancelled")  # type: ignore[attr-defined]
    assert ("annulé" if lang == "fr" else "ملغى") in p.inner_text(item)  # type: ignore[attr-defined]
    assert p.locator(f"{item} details").count() == 0  # type: ignore[attr-defined]


def test_an_admin_revokes_a_webhook_in_the_browser(
    page: tuple[object, str], server: Server, tmp_path: Path
) -> None:
    p, lang = page
    with server.engine.begin() as conn:
        hook_id, _secret = webhooks.add(
            conn, "crm", "https://crm.example/hook", ["visitor.created"], "2026-02-13T09:00:00Z"
        )
    add_person(server.engine, server.clock, "root@alomrane.example", "admin")
    base = f"{server.url}/console"
    p.goto(f"{base}/signin")  # type: ignore[attr-defined]
    p.fill("input[name=email]", "root@alomrane.example")  # type: ignore[attr-defined]
    p.fill("input[name=password]", PASSWORD)  # type: ignore[attr-defined]
    p.click("form button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**/console/leads")  # type: ignore[attr-defined]
    p.goto(f"{base}/lang/{lang}?next=/console/integrations")  # type: ignore[attr-defined]
    p.wait_for_url("**/console/integrations")  # type: ignore[attr-defined]
    row = f"#webhook-{hook_id}"
    p.click(f"{row} button[type=submit]")  # type: ignore[attr-defined]
    p.wait_for_url("**saved=webhook")  # type: ignore[attr-defined]
    assert ("révoqué" if lang == "fr" else "ملغى") in p.inner_text(row)  # type: ignore[attr-defined]
    assert p.locator(f"{row} button").count() == 0  # type: ignore[attr-defined]
    shoot(p, tmp_path, f"integrations-{lang}")
