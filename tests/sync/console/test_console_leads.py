"""Daily work on leads: filters, paging, follow-up, exports that honour consent, erasure."""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
from dataclasses import replace
from datetime import UTC, datetime

import openpyxl
import pytest
from sqlalchemy import select

from sync.hq import catalog, catalog_source
from sync.hq.console import web
from sync.hq.console.audit import audit_log
from sync.hq.console.history import lead_history
from sync.hq.leads import hq_leads
from tests.sync.console.harness import CONSOLE, Server, add_person, csrf_of, sign_in
from tests.sync.console.leadgen import add_lead, insert_leads, lead_row

NEXT_LINK = re.compile(r'rel="next" href="([^"]+)"')


def _export(server: Server, browser: object, fmt: str, recipient: str, **filters: str) -> bytes:
    page = browser.get(f"{server.url}/console/leads", timeout=10)  # type: ignore[attr-defined]
    data = {"csrf_token": csrf_of(page.text), "format": fmt, "recipient": recipient, **filters}
    reply = browser.post(f"{server.url}/console/export", data=data, timeout=30)  # type: ignore[attr-defined]
    assert reply.status_code == 200
    return bytes(reply.content)


def test_bank_export_only_contains_leads_that_agreed_to_sharing(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    shared = add_lead(server.engine, 1, consent_share=True, last_name="Partage")
    private = add_lead(server.engine, 2, consent_share=False, last_name="Prive")
    browser = sign_in(server, "boss@example.test")
    rows = list(
        csv.DictReader(io.StringIO(_export(server, browser, "csv", "bank").decode("utf-8-sig")))
    )
    assert [r["id"] for r in rows] == [shared["id"]]
    everyone = _export(server, browser, "csv", "follow_up").decode("utf-8-sig")
    assert shared["id"] in everyone and private["id"] in everyone


def test_xlsx_export_of_the_current_filter_guards_formulas(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    add_lead(
        server.engine,
        1,
        last_name='=HYPERLINK("http://x","y")',
        event_id="paris-2026",
        consent_share=True,
    )
    add_lead(server.engine, 2, event_id="turin-2025", consent_share=True)
    browser = sign_in(server, "boss@example.test")
    content = _export(server, browser, "xlsx", "notary", event="paris-2026")
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == 1
    record = dict(zip(header, body[0], strict=True))
    assert record["event_id"] == "paris-2026"
    assert str(record["last_name"]).startswith("'=")
    assert str(record["phone"]).startswith("+212")
    with server.engine.connect() as conn:
        detail = conn.execute(select(audit_log.c.detail).where(audit_log.c.action == "exported"))
        assert '"recipient": "notary"' in detail.scalar_one()


def test_agent_export_is_limited_to_what_the_agent_may_see(server: Server) -> None:
    add_person(server.engine, server.clock, "oujda@example.test", "agent", "oriental")
    mine = add_lead(server.engine, 1, interest_region_id="oriental")
    other = add_lead(server.engine, 2, interest_region_id="marrakech-safi")
    browser = sign_in(server, "oujda@example.test")
    text = _export(server, browser, "csv", "follow_up").decode("utf-8-sig")
    assert mine["id"] in text and other["id"] not in text


def test_assign_and_move_along_the_pipeline_with_history(server: Server) -> None:
    boss = add_person(server.engine, server.clock, "boss@example.test", "manager")
    agent = add_person(server.engine, server.clock, "oujda@example.test", "agent", "oriental")
    lead = add_lead(server.engine, interest_region_id="casablanca-settat")
    browser = sign_in(server, "boss@example.test")
    url = f"{server.url}/console/leads/{lead['id']}"
    token = csrf_of(browser.get(url, timeout=10).text)
    browser.post(f"{url}/assign", data={"csrf_token": token, "assignee": agent.id}, timeout=10)
    reply = browser.post(
        f"{url}/status",
        data={
            "csrf_token": token,
            "status": "contacted",
            "note": "Rappeler après 18h",
            "next_call": "2026-02-20",
        },
        timeout=10,
    )
    assert reply.status_code == 200 and "Rappeler après 18h" in reply.text
    t = hq_leads
    with server.engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == lead["id"])).one()
        kinds = conn.execute(
            select(lead_history.c.kind).where(lead_history.c.lead_id == lead["id"])
        )
        assert sorted(kinds.scalars()) == ["assign", "next_call", "status"]
    assert (row.status, row.assigned_to, row.next_call_date) == (
        "contacted",
        agent.id,
        "2026-02-20",
    )
    assert boss.id != agent.id
    # the lead is now the agent's even though it is outside the agent's region
    assert sign_in(server, "oujda@example.test").get(url, timeout=10).status_code == 200


def test_filters_combine_and_paging_walks_every_lead_once(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    rng = random.Random(5)
    start = datetime(2026, 2, 13, 9, tzinfo=UTC)
    rows = [lead_row(rng, n, start) for n in range(180)]
    insert_leads(server.engine, rows)
    server.app.state.hq_console.settings = replace(CONSOLE, page_size=5)
    browser = sign_in(server, "boss@example.test")
    wanted = {r["id"] for r in rows if r["event_id"] == "paris-2026" and r["desk"] == "bank"}
    seen: list[str] = []
    url = f"{server.url}/console/leads?event=paris-2026&desk=bank"
    pages = 0
    while pages < 20:
        pages += 1
        html = browser.get(url, timeout=10).text
        seen += [r["id"] for r in rows if f"/console/leads/{r['id']}" in html]
        link = NEXT_LINK.search(html)
        if link is None:
            break
        url = f"{server.url}/console/leads" + link.group(1).replace("&amp;", "&")
    assert set(seen) == wanted and len(seen) == len(wanted)
    assert pages == -(-len(wanted) // 5) > 1


def test_search_by_phone_finds_the_person(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    lead = add_lead(server.engine, 1, phone_e164="+212612345678")
    other = add_lead(server.engine, 2, phone_e164="+212698765432")
    browser = sign_in(server, "boss@example.test")
    for query in ("+212612345678", "0612345678", "+2126123"):
        html = browser.get(f"{server.url}/console/leads", params={"q": query}, timeout=10).text
        assert lead["id"] in html and other["id"] not in html, query


def test_erase_by_phone_previews_then_removes_the_person_and_audits_without_data(
    server: Server,
) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    gone = add_lead(server.engine, 1, phone_e164="+212612345678", last_name="Effacer")
    twice = add_lead(server.engine, 3, phone_e164="+212612345678", event_id="casa-2026")
    kept = add_lead(server.engine, 2, phone_e164="+212698765432")
    browser = sign_in(server, "boss@example.test")
    page = browser.get(f"{server.url}/console/erase", timeout=10)
    token = csrf_of(page.text)
    preview = browser.post(
        f"{server.url}/console/erase",
        data={"csrf_token": token, "phone": "06 12 34 56 78", "country": "MA"},
        timeout=10,
    )
    assert preview.status_code == 200 and 'id="erase-preview"' in preview.text
    assert "2 lead(s)" in preview.text or "2 prospect(s)" in preview.text
    assert "casa-2026" in preview.text
    t = hq_leads
    with server.engine.connect() as conn:
        assert len(set(conn.execute(select(t.c.id)).scalars())) == 3  # a preview erases nothing
    reply = browser.post(
        f"{server.url}/console/erase",
        data={"csrf_token": token, "e164": "+212612345678", "confirm": "1"},
        timeout=10,
    )
    assert reply.status_code == 200
    with server.engine.connect() as conn:
        ids = set(conn.execute(select(t.c.id)).scalars())
        detail = conn.execute(select(audit_log.c.detail).where(audit_log.c.action == "erased"))
        recorded = detail.scalar_one()
    assert ids == {kept["id"]}
    assert '"leads": 2' in recorded and '"phone_hashes": ["' in recorded
    with server.engine.connect() as conn:
        looked_up = conn.execute(
            select(audit_log.c.agent_email, audit_log.c.detail).where(
                audit_log.c.action == "erase_previewed"
            )
        ).one()
    assert looked_up[0] == "boss@example.test" and "612345678" not in str(looked_up[1])
    assert "612345678" not in recorded and "Effacer" not in recorded
    assert gone["id"] not in recorded and twice["id"] not in recorded
    assert browser.get(f"{server.url}/console/leads/{gone['id']}", timeout=10).status_code == 404


def test_search_by_the_start_of_first_and_last_name(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    salma = add_lead(server.engine, 1, first_name="Salma", last_name="Bennani")
    other = add_lead(server.engine, 2, first_name="Salim", last_name="Tazi")
    arabic = add_lead(server.engine, 3, first_name="سعاد", last_name="العلوي")
    browser = sign_in(server, "boss@example.test")
    for query, found, not_found in (
        ("sal benn", salma, other),
        ("BENNANI", salma, other),
        ("Tazi", other, salma),
        ("العلوي", arabic, salma),
    ):
        html = browser.get(f"{server.url}/console/leads", params={"q": query}, timeout=10).text
        assert found["id"] in html and not_found["id"] not in html, query


def test_lead_detail_describes_the_units_from_the_published_catalog(server: Server) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=50, seed=3)
    catalog.publish_catalog(server.app.state.store, records, "demo")
    unit = records[0]
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    lead = add_lead(server.engine, interests=json.dumps([unit["ref"], "GONE-000001"]))
    browser = sign_in(server, "boss@example.test")
    page = browser.get(f"{server.url}/console/leads/{lead['id']}", timeout=10).text
    assert unit["ref"] in page and "GONE-000001" in page
    assert unit["title_fr"] in html.unescape(page)


def test_programme_filter_finds_leads_that_looked_at_its_units(server: Server) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=120, seed=4)
    catalog.publish_catalog(server.app.state.store, records, "demo")
    by_programme: dict[str, list[str]] = {}
    for record in records:
        by_programme.setdefault(record["programme_id"], []).append(record["ref"])
    wanted, other = sorted(by_programme, key=lambda p: -len(by_programme[p]))[:2]
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    first = add_lead(server.engine, 1, interests=json.dumps([by_programme[wanted][0]]))
    mixed = add_lead(
        server.engine, 2, interests=json.dumps([by_programme[other][0], by_programme[wanted][1]])
    )
    elsewhere = add_lead(server.engine, 3, interests=json.dumps([by_programme[other][1]]))
    browser = sign_in(server, "boss@example.test")
    url = f"{server.url}/console/leads"
    page = browser.get(url, params={"programme": wanted}, timeout=10).text
    assert first["id"] in page and mixed["id"] in page and elsewhere["id"] not in page
    later = add_lead(
        server.engine,
        4,
        interests=json.dumps([by_programme[wanted][0]]),
        received_at="2026-02-14T10:00:00Z",
    )
    page = browser.get(url, params={"programme": wanted}, timeout=10).text
    assert later["id"] in page and elsewhere["id"] not in page
    assert records[0]["programme_fr"] in html.unescape(browser.get(url, timeout=10).text)


def test_programme_backlog_is_indexed_in_the_background(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=60, seed=5)
    catalog.publish_catalog(server.app.state.store, records, "demo")
    programme = records[0]["programme_id"]
    refs = [r["ref"] for r in records if r["programme_id"] == programme]
    leads = [
        add_lead(server.engine, n, interests=json.dumps([refs[n % len(refs)]])) for n in range(6)
    ]
    monkeypatch.setattr(web, "QUICK_BATCH", 1)  # a page view indexes one lead itself
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = sign_in(server, "boss@example.test")
    url = f"{server.url}/console/leads"
    first = browser.get(url, params={"programme": programme}, timeout=10).text
    assert "rattrape encore" in first
    for _ in range(200):  # the background pass finishes; pages then say nothing more
        page = browser.get(url, params={"programme": programme}, timeout=10).text
        if "rattrape encore" not in page:
            break
    assert all(lead["id"] in page for lead in leads)


def test_erase_by_lead_id_previews_that_persons_number(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    lead = add_lead(server.engine, 1, phone_e164="+212600000081")
    add_lead(server.engine, 2, phone_e164="+212600000081")
    browser = sign_in(server, "boss@example.test")
    token = csrf_of(browser.get(f"{server.url}/console/erase", timeout=10).text)
    preview = browser.post(
        f"{server.url}/console/erase", data={"csrf_token": token, "phone": lead["id"]}, timeout=10
    )
    assert 'value="+212600000081"' in preview.text
    assert "2 lead(s)" in preview.text or "2 prospect(s)" in preview.text
    unknown = browser.post(
        f"{server.url}/console/erase",
        data={"csrf_token": token, "phone": "01900000-0000-7000-8000-000000000000"},
        timeout=10,
    )
    assert unknown.status_code == 400 and 'role="alert"' in unknown.text
