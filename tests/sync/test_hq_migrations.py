"""HQ migrations (Alembic) on SQLite and a real PostgreSQL: a fresh database, a database made by
the code from before migrations (literal DDL in tests/sync/legacy/), and the revisions ending at
exactly the tables the code declares."""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import threading
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, inspect, make_url, text
from sqlalchemy.exc import SAWarning

from sync.hq import migrations
from sync.hq.schema import metadata
from sync.hq.store import Store

LEGACY = Path(__file__).with_name("legacy")
EXPRESSION_INDEXES = {"ix_hqc_leads_first_name", "ix_hqc_leads_last_name"}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no table at all: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hq.db'}"
        return
    server: str = request.getfixturevalue("postgres_url")
    name = f"mig_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield _with_database(server, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def _index_definitions(conn: Connection) -> dict[str, str]:
    """Every index with its SQL, expression indexes included (reflection skips them)."""
    if conn.dialect.name == "sqlite":
        query = (
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name != 'alembic_version'"
        )
    else:
        query = (
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
            " AND tablename != 'alembic_version'"
        )
    return {str(name): " ".join(str(sql).split()) for name, sql in conn.execute(text(query))}


def _schema_of(url: str) -> dict[str, Any]:
    """Tables, columns, keys and indexes as the database reports them."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn, warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
            found = inspect(conn)
            tables = {
                name: {
                    "columns": [
                        (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                        for c in found.get_columns(name)
                    ],
                    "primary_key": found.get_pk_constraint(name)["constrained_columns"],
                    "foreign_keys": [
                        (fk["constrained_columns"], fk["referred_table"], fk["referred_columns"])
                        for fk in found.get_foreign_keys(name)
                    ],
                    "unique": sorted(
                        tuple(u["column_names"]) for u in found.get_unique_constraints(name)
                    ),
                }
                for name in found.get_table_names()
                if name != "alembic_version"
            }
            return {"tables": tables, "indexes": _index_definitions(conn)}
    finally:
        engine.dispose()


def _load_legacy(url: str, *parts: str) -> None:
    """The database as the code from before migrations left it, with some data in it."""
    engine = create_engine(url)
    statements: list[str] = []
    for part in ("schema-v1", *parts):
        script = (LEGACY / f"{part}.{engine.dialect.name}.sql").read_text(encoding="utf-8")
        statements += [s.strip() for s in re.sub(r"--[^\n]*", "", script).split(";")]
    with engine.begin() as conn:
        for statement in filter(None, statements):
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(
            "INSERT INTO hq_agents (email, role, region, password_hash, disabled, language,"
            " created_at) VALUES ('agent@example.test', 'agent', 'oriental', 'x', false, 'fr',"
            " '2026-11-01T10:00:00Z')"
        )
        conn.exec_driver_sql(
            "INSERT INTO hq_leads (id, kiosk_id, event_id, created_at, received_at, language,"
            " desk, tickets, interests, country, city, consent_callback, consent_marketing,"
            " consent_share, notice_version, consent_at, consent_language, first_name,"
            " last_name, phone_e164, email, note, content_hash, status) VALUES"
            " ('0190f0aa-0000-7000-8000-000000000001', 'k1', 'paris-2026',"
            " '2026-11-01T10:00:00Z', '2026-11-01T10:00:05Z', 'fr', 'alomrane', '{}', '[]',"
            " 'FR', 'Paris', true, false, false, 'v1', '2026-11-01T10:00:00Z', 'fr', 'Salma',"
            " 'Bennani', '+33199000001', '', '', 'h1', 'new')"
        )
    engine.dispose()


def test_a_fresh_database_is_migrated_to_head(empty_url: str) -> None:
    store = Store(empty_url)
    try:
        assert store.migrate() == migrations.head()
        assert store.migrate() == migrations.head()  # a second run changes nothing
        with store.engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()
            assert conn.execute(text("SELECT id, version FROM hq_schema")).all() == [(1, 2)]
    finally:
        store.dispose()
    assert set(_schema_of(empty_url)["tables"]) == set(metadata.tables)


@pytest.mark.parametrize("parts", [(), ("erasures",)], ids=["v1", "v1-with-tombstones"])
def test_a_database_from_before_migrations_is_adopted_with_its_data(
    empty_url: str, parts: tuple[str, ...]
) -> None:
    """Made by create_all before migrations: before or after erasure tombstones arrived."""
    _load_legacy(empty_url, *parts)
    legacy = _schema_of(empty_url)
    store = Store(empty_url)
    try:
        assert store.migrate() == migrations.head()
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT last_name FROM hq_leads")).scalars().all() == [
                "Bennani"
            ]
            assert conn.execute(text("SELECT email FROM hq_agents")).scalars().all() == [
                "agent@example.test"
            ]
            # programs from before migrations compare this with their 1 and refuse to run
            assert conn.execute(text("SELECT id, version FROM hq_schema")).all() == [(1, 2)]
    finally:
        store.dispose()
    adopted = _without_later_columns(_without_visitors(_schema_of(empty_url)))
    later = {
        "hq_lead_batches",
        "hq_lead_inbox",
        "hq_lead_outcomes",
        "hq_rate_buckets",
        "hq_sends",
        "hq_send_stops",
    }
    if not parts:
        later.add("hq_erasures")
    # adopted as it was, nothing lost: only the later revisions' tables added
    assert set(adopted["tables"]) - set(legacy["tables"]) == later
    assert {k: adopted["tables"][k] for k in legacy["tables"]} == legacy["tables"]


VISITOR_TABLES = {
    "hq_visitors",
    "hq_agencies",
    "hq_agency_agents",
    "hq_events",
    "hq_contact_attempts",
    "hq_appointments",
    "hq_visitor_merges",
    "hq_webhooks",
    "hq_webhook_deliveries",
    "hq_api_tokens",
    "hq_digest_sends",  # follow-up, second round (0011)
}


def _without_visitors(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema without what the visitors revision (0004) adds: its tables, the leads'
    visitor column and its index (which an adopted legacy database gains like any other)."""
    tables = {k: dict(v) for k, v in schema["tables"].items() if k not in VISITOR_TABLES}
    leads = tables["hq_leads"]
    leads["columns"] = [c for c in leads["columns"] if c[0] != "visitor_id"]
    indexes = {
        k: v
        for k, v in schema["indexes"].items()
        if k != "ix_hq_leads_visitor" and not any(t in v for t in VISITOR_TABLES)
    }
    return {"tables": tables, "indexes": indexes}


# Columns added to existing tables by revisions after the tombstones.
LATER_COLUMNS = {
    "hq_leads": {
        "horizon", "funding", "home_owner_ma", "units_opened", "simulation_run",
        "brochure_printed", "lead_score", "score_key",
    },
}  # fmt: skip


def _without_later_columns(schema: dict[str, Any]) -> dict[str, Any]:
    for table, names in LATER_COLUMNS.items():
        columns = schema["tables"][table]["columns"]
        schema["tables"][table]["columns"] = [c for c in columns if c[0] not in names]
    schema["indexes"] = {k: v for k, v in schema["indexes"].items() if k != "ix_hqc_leads_score"}
    return schema


def test_the_baseline_equals_the_schema_shipped_before_migrations(empty_url: str) -> None:
    """The baseline revision alone makes what the old create_all + index creator made."""
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine, "0001_baseline")
    finally:
        engine.dispose()
    made = _schema_of(empty_url)
    legacy_url = _second_database(empty_url)
    try:
        _load_legacy(legacy_url)
        assert made == _schema_of(legacy_url)
    finally:
        _drop_second_database(empty_url, legacy_url)


def _second_database(url: str) -> str:
    if url.startswith("sqlite"):
        return url.replace("hq.db", "legacy.db")
    name = f"mig_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return _with_database(url, name)


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop_second_database(url: str, second: str) -> None:
    if url.startswith("sqlite"):
        return
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {make_url(second).database} WITH (FORCE)"))
    admin.dispose()


@contextmanager
def _blind_to_expression_indexes() -> Iterator[None]:
    """SQLite reflection cannot read expression indexes (tests check them by name)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
        warnings.filterwarnings("ignore", "autogenerate skipping .* expression-based index")
        yield


def _every_hq_module() -> None:
    """Import every HQ module, so any table declared anywhere is in ``metadata``."""
    package = importlib.import_module("sync.hq")
    for found in pkgutil.walk_packages(package.__path__, "sync.hq."):
        if not found.name.startswith("sync.hq.migrations"):  # scripts run inside Alembic only
            importlib.import_module(found.name)


def test_the_schema_module_names_every_table() -> None:
    """``sync.hq.schema`` alone (what env.py imports) knows every table of every module."""
    probe = "from sync.hq.schema import metadata; print(' '.join(sorted(metadata.tables)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    _every_hq_module()
    assert done.stdout.split() == sorted(metadata.tables)


def test_the_revisions_end_at_the_declared_tables(empty_url: str) -> None:
    _every_hq_module()
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine)
        with engine.connect() as conn, _blind_to_expression_indexes():
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
            indexes = _index_definitions(conn)
    finally:
        engine.dispose()
    assert differences == []
    declared = {str(ix.name) for table in metadata.tables.values() for ix in table.indexes}
    assert declared <= set(indexes)
    for name in EXPRESSION_INDEXES:
        assert "lower(" in indexes[name].lower()


def test_downgrade_to_nothing_and_back(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine)
        assert migrations.downgrade(engine, "base") == ""
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        assert migrations.upgrade(engine) == migrations.head()
    finally:
        engine.dispose()


def test_a_database_from_a_newer_program_is_refused(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        store = Store(empty_url)
        with pytest.raises(migrations.SchemaTooNew, match="9999_future"):
            store.migrate()
        store.dispose()
    finally:
        engine.dispose()


def test_workers_starting_together_migrate_once(empty_url: str) -> None:
    """Several uvicorn workers each call migrate() at start-up on the same database."""
    stores = [Store(empty_url) for _ in range(4)]
    results: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(stores))

    def start(store: Store) -> None:
        barrier.wait()
        try:
            results.append(store.migrate())
        except BaseException as exc:  # reported below with the others
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for store in stores:
        store.dispose()
    assert errors == []
    assert results == [migrations.head()] * len(stores)


def test_a_table_older_than_the_baseline_is_named(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE hq_kiosks (id VARCHAR(36) PRIMARY KEY)"))
        with pytest.raises(RuntimeError, match=r"hq_kiosks.*name"):
            migrations.upgrade(engine)
        with engine.connect() as conn:  # nothing half-done: the failed upgrade left no trace
            assert set(inspect(conn).get_table_names()) == {"hq_kiosks"}
    finally:
        engine.dispose()


def test_a_new_revision_follows_the_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`omrane-hq db revision --autogenerate` on a copy of the scripts: with the tables
    unchanged it writes an empty step after the head, which then upgrades."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    old_head = migrations.head()
    monkeypatch.setattr(migrations, "SCRIPTS", scripts)
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    with _blind_to_expression_indexes():
        written = migrations.new_revision(url, "Add a thing!", autogenerate=True)
    number = int(old_head.split("_")[0]) + 1
    assert written == scripts / "versions" / f"v{number:04d}_add_a_thing.py"
    source = written.read_text(encoding="utf-8")
    assert f"down_revision = {old_head!r}" in source
    assert "op." not in source.split("def upgrade")[1]  # nothing differs
    engine = create_engine(url)
    try:
        assert migrations.upgrade(engine) == f"{number:04d}_add_a_thing"
    finally:
        engine.dispose()
