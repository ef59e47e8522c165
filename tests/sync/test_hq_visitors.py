"""Visitors and agencies at HQ, on SQLite and a real PostgreSQL: one visitor per phone across
stands and events, routed to an agency; the migration groups the leads already stored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from kiosk.core.leads import LeadInput
from sync.contract.clock import FakeClock
from sync.hq import agencies, catalog, catalog_source, erasure, keyring, migrations, visitors
from sync.hq import cli as hq_cli
from sync.hq.leads import hq_leads
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.hq_visitors import send
from tests.support.kiosk_leads import visitor
from tests.sync.conftest import make_hq
from tests.sync.test_hq_migrations import empty_url  # noqa: F401  (a fixture)

MOROCCAN = "+212 6 00 00 01 01"


def _send(
    store: Store,
    settings: HQSettings,
    keys: keyring.HQKeys,
    home: Path,
    stand: str,
    event_id: str,
    people: list[LeadInput],
) -> list[str]:
    return send(store, settings, keys, home, stand, event_id, people)


def _visitor_of(store: Store, lead_id: str) -> int:
    with store.engine.connect() as conn:
        found = conn.execute(select(hq_leads.c.visitor_id).where(hq_leads.c.id == lead_id))
        return int(found.scalar_one())


def _import_demo_agencies(store: Store) -> None:
    with store.engine.begin() as conn:
        agencies.import_rows(conn, agencies.read_rows(agencies.demo_file()), "2026-01-01T00:00:00Z")


def test_same_phone_at_two_events_is_one_visitor(store_url: str, tmp_path: Path) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    turin = _send(store, settings, keys, tmp_path / "t", "turin-1", "turin-2025", [visitor(1)])
    paris = _send(
        store, settings, keys, tmp_path / "p", "paris-1", "paris-2026", [visitor(1), visitor(2)]
    )
    same = _visitor_of(store, turin[0])
    assert _visitor_of(store, paris[0]) == same
    assert _visitor_of(store, paris[1]) != same
    with store.engine.connect() as conn:
        assert visitors.counts(conn) == {"visitors": 2, "leads": 3}
        timeline = visitors.leads_of(conn, same)
        row = visitors.get(conn, same)
    assert [lead["event_id"] for lead in timeline] == ["turin-2025", "paris-2026"]
    assert row["event_id"] == "turin-2025" and row["stage"] == "new"
    assert row["due_at"] is not None and row["due_at"] > row["created_at"]
    # the phone is not copied onto the visitor
    assert not any(str(v).startswith("+33") for v in row.values())
    store.dispose()


def test_new_visitors_go_to_the_agency_of_their_units_region_or_their_city(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    _import_demo_agencies(store)
    records = catalog_source.catalog_records_from(None, demo_units=300, seed=3)
    catalog.publish_catalog(store, records, "demo")
    unit = next(r for r in records if r["region_id"] == "souss-massa")
    buyer = replace(visitor(5), interests=[unit["ref"]])
    caravan = replace(visitor(6), phone=MOROCCAN, phone_country="MA", country="MA", city="oujda")
    abroad = replace(visitor(7), country="FR", city="Lyon")
    ids = _send(
        store, settings, keys, tmp_path / "s", "c-1", "caravan-oujda", [buyer, caravan, abroad]
    )
    with store.engine.connect() as conn:
        got = [visitors.get(conn, _visitor_of(store, i))["agency_id"] for i in ids]
        souss = agencies.agency_for_region(conn, "souss-massa")
        oujda = agencies.agency_for_city(conn, "Oujda")
    assert souss is not None and souss.seat and oujda is not None and oujda.city == "Oujda"
    assert got == [souss.id, oujda.id, None]
    with store.engine.connect() as conn:  # any commune of Morocco: its region's seat
        tiflet, arabic = (agencies.agency_for_city(conn, c) for c in ("Tiflet", "تيفلت"))
        rabat = agencies.agency_for_region(conn, "rabat-sale-kenitra")
    assert rabat is not None and tiflet == arabic == rabat
    store.dispose()


def test_erasing_a_persons_leads_removes_the_visitor(store_url: str, tmp_path: Path) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    ids = _send(store, settings, keys, tmp_path / "a", "a-1", "paris-2026", [visitor(1)])
    ids += _send(store, settings, keys, tmp_path / "b", "b-1", "turin-2025", [visitor(1)])
    person = _visitor_of(store, ids[0])
    erasure.erase(
        store.engine, keys.phone_key, lead_ids=[ids[0]], by="test", source="cli", clock=FakeClock()
    )
    with store.engine.connect() as conn:
        assert visitors.counts(conn) == {"visitors": 0, "leads": 0}
        with pytest.raises(Exception, match="no such visitor"):
            visitors.get(conn, person)
    store.dispose()


def test_the_migration_groups_stored_leads_by_phone(empty_url: str) -> None:  # noqa: F811
    url = empty_url
    engine = create_engine(url)
    migrations.upgrade(engine, "0003_erasure_tombstones")
    rows = [
        ("l1", "+212600000101", "2025-05-01T10:00:00Z", "turin-2025", "contacted"),
        ("l2", "+212600000102", "2025-05-01T11:00:00Z", "turin-2025", "new"),
        ("l3", "+212600000101", "2026-02-13T10:00:00Z", "paris-2026", "visit"),
    ]
    with engine.begin() as conn:
        for lead_id, phone, at, event_id, status in rows:
            conn.execute(
                text(
                    "INSERT INTO hq_leads (id, kiosk_id, event_id, created_at, received_at,"
                    " language, desk, tickets, interests, country, city, consent_callback,"
                    " consent_marketing, consent_share, notice_version, consent_at,"
                    " consent_language, first_name, last_name, phone_e164, email, note,"
                    " content_hash, status) VALUES (:id, 'k', :event, :at, :at, 'ar',"
                    " 'alomrane', '{}', '[]', 'MA', 'Oujda', TRUE, FALSE, FALSE, 'v1', :at,"
                    " 'ar', 'A', 'B', :phone, '', '', 'h', :status)"
                ),
                {"id": lead_id, "phone": phone, "at": at, "event": event_id, "status": status},
            )
    assert migrations.upgrade(engine) == migrations.head()
    with engine.connect() as conn:
        linked = dict(conn.execute(text("SELECT id, visitor_id FROM hq_leads")).all())
        people = conn.execute(
            text("SELECT id, event_id, stage, first_seen, last_seen FROM hq_visitors ORDER BY id")
        ).all()
    assert linked == {"l1": 1, "l2": 2, "l3": 1}
    assert [tuple(p) for p in people] == [
        (1, "turin-2025", "visit", "2025-05-01T10:00:00Z", "2026-02-13T10:00:00Z"),
        (2, "turin-2025", "new", "2025-05-01T11:00:00Z", "2025-05-01T11:00:00Z"),
    ]
    engine.dispose()
    store = Store(url)
    _import_demo_agencies(store)
    with store.engine.begin() as conn:
        assert visitors.route_unrouted(conn) == 2  # by their city: Oujda
        oujda = agencies.agency_for_city(conn, "Oujda")
        assert oujda is not None and visitors.get(conn, 1)["agency_id"] == oujda.id
    store.dispose()


def test_agency_and_visitor_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--home", str(tmp_path / "home"), "--db", f"sqlite:///{tmp_path / 'hq.db'}"]
    assert hq_cli.main([*db, "agency", "import", "--demo"]) == 0
    assert "50 agencies imported" in capsys.readouterr().out
    assert hq_cli.main([*db, "agency", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 50 and {a["region"] for a in listed} >= {"oriental", "souss-massa"}
    assert all(a["email"].endswith("@alomrane.example") for a in listed)
    assert sum(a["seat"] for a in listed) == 12  # one seat per region
    add = ["agency", "add", "Agence test", "--city", "Tamesna", "--region", "rabat-sale-kenitra"]
    assert hq_cli.main([*db, *add, "--phone", "+212 5 00 00 09 99", "--seat"]) == 0
    bad = ["agency", "add", "X", "--city", "Y", "--region", "z", "--phone", "not a number"]
    assert hq_cli.main([*db, *bad]) != 0
    assert "not a phone number" in capsys.readouterr().err
    assert hq_cli.main([*db, "visitors", "count", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"visitors": 0, "leads": 0}


def test_agency_file_errors_name_the_row(tmp_path: Path) -> None:
    bad = tmp_path / "agencies.csv"
    bad.write_text("name,city,region,phone\nA,Fès,fes-meknes,+212500000001\nB,,x,1\n", "utf-8")
    engine = create_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    migrations.upgrade(engine)
    with pytest.raises(Exception, match="row 3"), engine.begin() as conn:
        agencies.import_rows(conn, agencies.read_rows(bad), "2026-01-01T00:00:00Z")
    with engine.connect() as conn:
        assert agencies.all_agencies(conn) == []  # all or nothing
    engine.dispose()


def test_agencies_read_from_the_published_module(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    migrations.upgrade(engine)
    with engine.begin() as conn:
        agencies.import_rows(conn, agencies.read_rows(agencies.demo_file()), "2026-01-01T00:00:00Z")
        found = agencies.agency_for_region(conn, "casablanca-settat")
        assert agencies.agency_for_region(conn, "nowhere") is None
    assert found is not None and found.city == "Casablanca" and found.phone.startswith("+212")
    assert found.whatsapp.startswith("+2126")
    engine.dispose()


def test_integration_commands_show_the_token_and_secret_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--home", str(tmp_path / "home"), "--db", f"sqlite:///{tmp_path / 'hq.db'}"]
    token = ["integration", "token", "crm", "--scope", "visitors:read"]
    assert hq_cli.main([*db, *token]) == 0
    shown = capsys.readouterr().out.splitlines()[-1]
    assert shown.startswith("omr_")
    hook = [
        "integration",
        "webhook",
        "crm",
        "https://crm.example/hook",
        "--event",
        "visitor.created",
    ]
    assert hq_cli.main([*db, *hook]) == 0
    assert len(capsys.readouterr().out.splitlines()[-1]) == 64
    assert hq_cli.main([*db, "digest", "send", "--dry-run"]) == 0  # no agent: nothing to send


def test_a_visitor_carries_the_highest_score_of_their_leads(store_url: str, tmp_path: Path) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    first = _send(store, settings, keys, tmp_path / "a", "a-1", "turin-2025", [visitor(1)])
    rich = replace(visitor(1), budget_mad=700_000, interests=["DEMO-00001", "DEMO-00002"])
    second = _send(store, settings, keys, tmp_path / "b", "b-1", "paris-2026", [rich])
    with store.engine.connect() as conn:
        keys_of = dict(
            conn.execute(select(hq_leads.c.id, hq_leads.c.score_key).where(
                hq_leads.c.id.in_([*first, *second]))).all()
        )  # fmt: skip
        person = visitors.get(conn, _visitor_of(store, first[0]))
    assert person["score"] == max(int(k) for k in keys_of.values())
    store.dispose()
