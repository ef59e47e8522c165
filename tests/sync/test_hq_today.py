"""An agent's today page at HQ (``followup.today``), on SQLite and a real PostgreSQL: which
visitors land in which section and in what order, each with their latest first name; and on
PostgreSQL the sections are read from the open-work index alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, event, insert, text

from sync.hq import followup
from sync.hq.store import Store
from sync.hq.visitors import hq_visitors
from tests.sync.console.leadgen import add_lead

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
AGENT, OTHER, AGENCY = 7, 8, 3


def _visitor(engine: Engine, vid: int, **values: Any) -> None:
    row = {
        "id": vid,
        "created_at": "2026-02-20T10:00:00Z",
        "first_seen": f"2026-02-{10 + vid % 10:02d}T10:00:00Z",
        "last_seen": "2026-02-20T10:00:00Z",
        "event_id": "paris-2026",
        "language": "fr",
        "agency_id": AGENCY,
        "assigned_to": AGENT,
        "review": "received",
        "stage": "new",
        "due_at": "2026-03-04T10:00:00Z",
        "first_contact_at": None,
        "next_call_date": None,
        "score": 50,
        "merged_into": None,
    } | values
    with engine.begin() as conn:
        conn.execute(insert(hq_visitors).values(row))


def _people(engine: Engine) -> None:
    _visitor(engine, 1, due_at="2026-03-01T10:00:00Z", score=20)  # overdue
    _visitor(engine, 2, due_at="2026-02-28T10:00:00Z", score=90)  # overdue, hotter
    _visitor(engine, 3, first_contact_at="2026-02-21T10:00:00Z", next_call_date="2026-02-27",
             stage="contacted")  # fmt: skip
    _visitor(engine, 4, first_contact_at="2026-02-21T10:00:00Z", next_call_date="2026-03-02",
             stage="contacted")  # fmt: skip
    _visitor(engine, 5, due_at="2026-03-02T18:00:00Z")  # deadline later today
    _visitor(engine, 6, score=None)  # new
    _visitor(engine, 7, score=70)  # new, hotter
    _visitor(engine, 8, assigned_to=None)  # the agency's, untaken: new
    _visitor(engine, 9, assigned_to=OTHER)  # a colleague's
    _visitor(engine, 10, assigned_to=None, agency_id=AGENCY + 1)  # another agency's
    _visitor(engine, 11, due_at="2026-02-01T10:00:00Z", stage="reservation")  # closed
    _visitor(engine, 12, due_at="2026-02-01T10:00:00Z", review="excluded")  # test/spam
    _visitor(engine, 13, due_at="2026-02-01T10:00:00Z", merged_into=2)  # merged away
    add_lead(engine, 1, visitor_id=2, first_name="Salma", created_at="2026-02-10T10:00:00Z")
    add_lead(engine, 2, visitor_id=2, first_name="Salima", created_at="2026-02-12T10:00:00Z")
    add_lead(engine, 3, visitor_id=7, first_name="ياسين", created_at="2026-02-12T10:00:00Z")


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    store = Store(store_url)
    store.migrate()
    _people(store.engine)
    yield store.engine
    store.dispose()


def test_sections_order_and_names(engine: Engine) -> None:
    with engine.connect() as conn:
        sections = followup.today(conn, AGENT, AGENCY, NOW)
    ids = {name: [int(r["id"]) for r in rows] for name, rows in sections.items()}
    assert ids == {"overdue": [2, 3, 1], "due_today": [5, 4], "new": [7, 8, 6]}
    names = {int(r["id"]): r["first_name"] for rows in sections.values() for r in rows}
    assert names[2] == "Salima"  # the latest lead's
    assert names[7] == "ياسين"
    assert names[1] is None  # no lead stored
    assert sections["overdue"][0]["stage"] == "new"  # whole visitor rows


def test_an_agent_without_agency_sees_only_their_own(engine: Engine) -> None:
    with engine.connect() as conn:
        sections = followup.today(conn, OTHER, None, NOW)
    assert [int(r["id"]) for rows in sections.values() for r in rows] == [9]


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_postgresql_reads_the_sections_from_the_index_alone(engine: Engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE hq_visitors"))
    plans: list[str] = []
    with engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # a table this small is read whole
        conn.execute(text("SET LOCAL enable_bitmapscan = off"))
        for other in ("assigned_due", "agency_open", "assigned_call"):  # rolled back below
            conn.execute(text(f"DROP INDEX ix_hq_visitors_{other}"))
        sections = _explain_each_section(conn, plans)
        tx.rollback()
    assert [int(r["id"]) for r in sections["overdue"]] == [2, 3, 1]
    assert len(plans) == 3
    for plan in plans:  # both ranges (mine, my agency's untaken), never the table's pages
        assert plan.count("Index Only Scan using ix_hq_visitors_open_work") == 2, plan


def _explain_each_section(conn: Any, plans: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Run ``today`` while recording each section's plan (EXPLAIN of the same statement)."""

    def before(_conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "top" in statement and not statement.startswith("EXPLAIN"):
            cursor.execute("EXPLAIN " + statement, params)
            plans.append("\n".join(str(r[0]) for r in cursor.fetchall()))

    event.listen(conn, "before_cursor_execute", before)
    try:
        return followup.today(conn, AGENT, AGENCY, NOW)
    finally:
        event.remove(conn, "before_cursor_execute", before)
