"""What HQ does with the stands' leads, without HTTP: hold a batch durably, open the held
leads into ``hq_leads`` (in the background), a stand's erasure. Keys are in
``sync.hq.keyring``, kiosk tokens in ``sync.hq.enrollment``."""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from sync.contract import lead
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import DataError
from sync.contract.lead_score import score_lead
from sync.contract.sealing import open_envelope, open_text
from sync.contract.wire import (
    MAX_BATCH,
    ErasureBatch,
    LeadBatch,
    LeadRecord,
    RecordResult,
)
from sync.hq import catalog as hq_catalog
from sync.hq import erasure, holding, inbox, leads, visitors, webhooks
from sync.hq.keyring import HQKeys
from sync.hq.store import KioskIdentity, Store

log = logging.getLogger(__name__)


INTEREST_FACTS = ("interest_city_id", "interest_region_id", "interest_type")


def _lead_row(
    record: LeadRecord, pii: dict[str, Any], kiosk: KioskIdentity, at: str
) -> dict[str, Any] | str:
    """The HQ row of a record checked again against the lead contract, or why it is refused.

    Every row has the same keys (a batch is inserted with one statement); the interest facts
    are filled from HQ's catalog afterwards, or stay empty for a unit HQ does not know.
    """
    values = {**record.clear_fields(), **{name: pii.get(name, "") for name in lead.PERSONAL}}
    values["kiosk_id"] = kiosk.id  # the authenticated stand, whatever the record says
    clean, problems = lead.check_lead(values)
    if problems:
        return "; ".join(f"{name}: {key}" for name, key in problems)
    row = {name: clean[name] for name in lead.NAMES if name != "phone"}
    row["phone_e164"] = clean["phone"]
    row["tickets"] = json.dumps(clean["tickets"], ensure_ascii=False)
    row["interests"] = json.dumps(clean["interests"], ensure_ascii=False)
    row["received_at"] = at
    row["content_hash"] = record.content_hash
    score = score_lead(clean)
    row["lead_score"], row["score_key"] = score.level, score.sort_key
    row.update(dict.fromkeys(INTEREST_FACTS))
    return row


def _opened_rows(
    held: list[dict[str, Any]], keys: HQKeys
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows ready to insert from held leads, and an outcome for each that cannot become one."""
    rows: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    for item in held:
        kiosk = KioskIdentity(item["kiosk_id"], "", "", False)
        try:
            record = LeadRecord.model_validate(item["record"])
            pii = open_envelope(record.sealed, keys.private)
        except ValidationError:
            reason = "the record no longer matches the wire contract"
        except DataError:
            reason = "sealed data cannot be opened with this HQ key"
        else:
            built = _lead_row(record, pii, kiosk, item["received_at"])
            if isinstance(built, dict):
                rows.append(built)
                continue
            reason = built
        refused.append(inbox.outcome(item, "rejected", reason))
    return rows, refused


def _add_interest_facts(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """City, region and type of each lead's first unit of interest, from HQ's catalog."""
    firsts = {row["id"]: json.loads(row["interests"])[:1] for row in rows}
    facts = hq_catalog.units_facts(conn, [refs[0] for refs in firsts.values() if refs])
    unknown = 0
    for row in rows:
        first = firsts[row["id"]]
        if first and first[0] in facts:
            row.update(facts[first[0]])
        elif first:
            unknown += 1
    if unknown:
        log.warning("ingest: %d lead(s) name a unit HQ's catalog does not know", unknown)


def ingest(
    store: Store,
    keys: HQKeys,
    kiosk: KioskIdentity,
    batch: LeadBatch,
    clock: Clock = SYSTEM_CLOCK,
) -> list[RecordResult]:
    """Hold a batch and open it at once (command line, tests): one final result per record,
    the outcomes of opening folded in."""
    results = holding.hold_batch(store, kiosk, batch, clock)
    late = {o["lead_id"]: o for o in open_inbox(store, keys, clock)}
    return [
        RecordResult(id=r.id, status=late[r.id]["status"], reason=late[r.id]["reason"])
        if r.status == "stored" and r.id in late
        else r
        for r in results
    ]


def open_inbox(
    store: Store,
    keys: HQKeys,
    clock: Clock = SYSTEM_CLOCK,
    batch: int = MAX_BATCH,
    go_on: Callable[[], bool] = lambda: True,
) -> list[dict[str, Any]]:
    """Open the held leads batch by batch into ``hq_leads`` (each batch in one transaction
    with its removal from the inbox) while ``go_on()``; the outcomes left for stands."""
    lease = secrets.token_hex(8)
    outcomes: list[dict[str, Any]] = []
    while go_on():
        unpacked, late = holding.unpack_sent(store, lease, clock)
        outcomes += late
        now = clock.now()
        until = utc_iso(now + timedelta(seconds=inbox.LEASE_SECONDS))
        held = inbox.claim(store.engine, lease, utc_iso(now), until, batch)
        if not held:
            if unpacked:
                continue
            return outcomes
        try:
            outcomes += _open_held(store, keys, held, lease, clock)
        except SQLAlchemyError as exc:
            outcomes += _open_one_by_one(store, keys, held, lease, clock, exc)
    return outcomes


def _open_one_by_one(
    store: Store,
    keys: HQKeys,
    held: list[dict[str, Any]],
    lease: str,
    clock: Clock,
    error: Exception,
) -> list[dict[str, Any]]:
    """A batch HQ failed to store: each lead alone; one that fails alone while others pass is
    set aside with an outcome for its stand. When none passes HQ is broken for everyone: the
    leads stay held (retried once their lease ends) and the error is raised."""
    outcomes: list[dict[str, Any]] = []
    failing: list[tuple[dict[str, Any], Exception]] = []
    for item in held:
        try:
            outcomes += _open_held(store, keys, [item], lease, clock)
        except SQLAlchemyError as exc:
            failing.append((item, exc))
    if len(failing) == len(held):
        raise error
    refused = [
        inbox.outcome(item, "rejected", f"{inbox.POISON_REASON} ({type(exc).__name__})")
        for item, exc in failing
    ]
    with store.engine.begin() as conn:
        inbox.add_outcomes(conn, refused)
        inbox.release(conn, [item["id"] for item, _ in failing], lease)
    log.error("%d held lead(s) HQ fails to store set aside", len(failing))
    return outcomes + refused


def _open_held(
    store: Store, keys: HQKeys, held: list[dict[str, Any]], lease: str, clock: Clock
) -> list[dict[str, Any]]:
    rows, outcomes = _opened_rows(held, keys)
    by_id = {item["id"]: item for item in held}
    with store.engine.begin() as conn:
        _add_interest_facts(conn, rows)
        rows, erased = erasure.split_erased(conn, keys.phone_key, rows)
        outcomes += [inbox.outcome(by_id[i], "erased") for i in sorted(erased)]
        created = visitors.attach(conn, rows)
        statuses = leads.insert_leads(conn, rows)
        kept = {lead_id for lead_id, status in statuses.items() if status == "stored"}
        for visitor_id in visitors.settle(conn, rows, kept, created):
            webhooks.enqueue(conn, "visitor.created", visitor_id, clock.now())
        for lead_id, status in statuses.items():
            if status == "conflict":
                outcomes.append(inbox.outcome(by_id[lead_id], "conflict", inbox.CONFLICT_REASON))
        inbox.add_outcomes(conn, outcomes)
        inbox.release(conn, list(by_id), lease)
    log.info("opened %d held lead(s), %d outcome(s) for stands", len(held), len(outcomes))
    return outcomes


def settle_inbox(
    store: Store, keys: HQKeys, clock: Clock = SYSTEM_CLOCK, timeout_s: float = 30.0
) -> None:
    """Open every held lead, waiting for those another worker is opening (readers that must
    see every acknowledged lead: stand erasures, exports, tests)."""
    deadline = time.monotonic() + timeout_s
    while True:
        open_inbox(store, keys, clock)
        if not inbox.waiting(store.engine) or time.monotonic() > deadline:
            return
        time.sleep(0.02)


def stand_erasure(
    store: Store, keys: HQKeys, kiosk: KioskIdentity, batch: ErasureBatch, clock: Clock
) -> int:
    """A stand's erasure: its lead ids (whatever kiosk sent them) and every lead of the phones
    it sealed for HQ; phones that cannot be opened are skipped (logged, without content)."""
    settle_inbox(store, keys, clock)  # a lead still sealed must not escape the erasure
    phones: list[str] = []
    for sealed in batch.sealed_phones:
        try:
            phones.append(open_text(sealed, keys.private))
        except DataError:
            log.warning("erasure kiosk=%s: a sealed phone could not be opened", kiosk.id)
    report = erasure.erase(
        store.engine,
        keys.phone_key,
        phones=phones,
        lead_ids=batch.lead_ids,
        by=f"kiosk:{kiosk.name}",
        source="stand",
        clock=clock,
    )
    return report.leads
