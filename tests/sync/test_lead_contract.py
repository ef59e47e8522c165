"""The lead contract (sync/contract/lead.py) is the one shape of a lead: the stand's table, the
wire model, HQ's table and both exports are checked against it, and a lead with every
combination of optional fields arrives at HQ, in HQ's export and on the console's lead page
exactly as the visitor typed it (or changed exactly as documented: phone to E.164, text
cleaned, e-mail domain lower-cased)."""

from __future__ import annotations

import csv
import html
import itertools
import json
from pathlib import Path

import pytest
import requests
from sqlalchemy import inspect

from kiosk.core.config import Paths, active_event_profile
from kiosk.core.export import LEAD_COLUMNS
from kiosk.core.leads import LeadInput, save_lead, validate
from kiosk.core.outbox import lead_clear_fields, to_wire
from kiosk.uplink.client import KioskSync
from sync.contract import lead as contract
from sync.contract.clock import FakeClock
from sync.contract.lead_score import score_lead
from sync.contract.wire import CONSENT_ON_WIRE, LeadRecord
from sync.hq import cli as hq_cli
from sync.hq import service
from sync.hq.console.exporting import EXPORT_COLUMNS
from sync.hq.service import INTEREST_FACTS
from tests.sync.conftest import HQ
from tests.sync.console.harness import PASSWORD, add_person, csrf_of
from tests.sync.stands import enrolled_stand

HQ_OWN_COLUMNS = {
    *INTEREST_FACTS,
    "received_at",
    "content_hash",
    "status",
    "assigned_to",
    "next_call_date",
    "visitor_id",  # the person the lead belongs to (sync.hq.visitors)
    "lead_score",
    "score_key",
}
STAND_OWN_COLUMNS = {
    "event_day",
    "retain_until",
    "pii_box",
    "key_for_staff",
    "key_for_hq",
    "content_hash",
}
# its place in the outbox, in a narrow table beside the lead (HQ's answers rewrite only it)
STAND_STATE_COLUMNS = {"lead_id", "status", "status_reason", "status_at", "attempts", "acked_at"}


def _hq_column(name: str) -> str:
    return "phone_e164" if name == "phone" else name


def test_the_stand_keeps_the_clear_fields_as_columns_and_the_personal_ones_only_sealed(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, _ids = enrolled_stand(tmp_path / "s", hq_server, 0)
    columns = {row["name"] for row in db.query("PRAGMA table_info(leads)")}
    assert columns == set(contract.CLEAR) | STAND_OWN_COLUMNS
    state = {row["name"] for row in db.query("PRAGMA table_info(lead_sync)")}
    assert state == STAND_STATE_COLUMNS
    assert not set(contract.PERSONAL) & (columns | state)


def test_hq_keeps_every_field_of_the_contract_and_only_its_own_besides(hq_server: HQ) -> None:
    columns = {c["name"] for c in inspect(hq_server.store.engine).get_columns("hq_leads")}
    assert columns == {_hq_column(name) for name in contract.NAMES} | HQ_OWN_COLUMNS


def test_the_wire_record_carries_the_clear_fields_and_seals_the_personal_ones() -> None:
    wire_fields = set(LeadRecord.model_fields) - {"consent", "sealed", "content_hash"}
    assert wire_fields | set(CONSENT_ON_WIRE) == set(contract.CLEAR)
    assert not set(contract.PERSONAL) & set(LeadRecord.model_fields)
    for name, field in LeadRecord.model_fields.items():
        if name in contract.BY_NAME and contract.BY_NAME[name].kind in ("text", "code", "id"):
            limits = [m.max_length for m in field.metadata if hasattr(m, "max_length")]
            assert limits == [contract.BY_NAME[name].limit], name


def test_both_exports_start_with_the_contract_columns_in_its_order() -> None:
    shared = [name for name, _ in contract.EXPORT_COLUMNS]
    assert [name for name, _ in LEAD_COLUMNS][: len(shared)] == shared
    assert list(EXPORT_COLUMNS)[: len(shared)] == shared
    assert "status" not in [name for name, _ in LEAD_COLUMNS] + list(EXPORT_COLUMNS)


def test_a_name_one_character_over_the_limit_is_refused_on_the_stand_and_at_hq() -> None:
    limit = contract.BY_NAME["first_name"].limit
    assert contract.typed_limit("first_name") == limit
    ok = LeadInput(
        first_name="A" * limit, last_name="B", phone="+33199001234", consent_callback=True
    )
    assert validate(ok).first_name == "A" * limit
    problems: contract.Problems = []
    contract.clean_field("first_name", "A" * (limit + 1), problems)
    assert problems == [("first_name", "lead.error.too_long")]


def _combinations(units: list[str]) -> list[LeadInput]:
    """Every combination of the optional fields, each consent pair and desk taking turns."""
    leads = []
    flags = itertools.product([False, True], repeat=4)
    for n, (interest, email, note, budget) in enumerate(flags):
        leads.append(
            LeadInput(
                first_name=f"Prénom{n} ‮Ali",  # a right-to-left override, removed
                last_name=f"Nom-Test {n}",
                phone=f"01 99 00 12 {n:02d}",
                phone_country="FR",
                email=f"visiteur{n}@EXAMPLE.org" if email else "",
                country=("FR", "MA", "CA")[n % 3],
                city=("Paris", "الدار البيضاء", "")[n % 3],
                language=("fr", "ar", "en")[n % 3],
                desk=("alomrane", "notary", "bank")[n % 3],
                extra_desks=["bank"] if n % 3 == 0 and n % 2 else [],
                interests=units[: 1 + n % 3] if interest else [],
                budget_mad=450_000 + n if budget else None,
                is_mre=(None, True, False)[n % 3],
                horizon=("", "within_6_months", "this_year", "later")[n % 4],
                funding=("cash", "", "mortgage", "not_sure")[n % 4],
                home_owner_ma=(None, False, True)[n % 3],
                units_opened=n,
                simulation_run=bool(n & 4),
                brochure_printed=bool(n & 8),
                consent_callback=True,
                consent_marketing=bool(n & 1),
                consent_share=bool(n & 2),
                note=f"Note {n}\navec retour à la ligne" if note else "",
            )
        )
    return leads


@pytest.fixture
def delivered(hq_server: HQ, tmp_path: Path) -> tuple[HQ, dict[str, LeadInput]]:
    """The combinations saved on a real stand and synced to a real HQ."""
    db, _ = enrolled_stand(tmp_path / "stand", hq_server, 0)
    clock = FakeClock()
    event = active_event_profile(Paths(tmp_path / "stand"))
    sent: dict[str, LeadInput] = {}
    for inp in _combinations(["APT-CASA-0001", "VIL-RABAT-0002", "LOT-FES-0003"]):
        clock.advance(60)
        sent[save_lead(db, inp, event=event, clock=clock).id] = validate(inp)
    for row in db.query("SELECT * FROM leads"):  # what the wire carries, by contract names
        assert LeadRecord.model_validate(to_wire(row)).clear_fields() == lead_clear_fields(row)
    assert KioskSync(db, clock).sync_once().acked == len(sent)
    # acknowledged = held durably; the console shows a lead once it is opened
    service.settle_inbox(hq_server.store, hq_server.keys)
    return hq_server, sent


def _expected(lead_id: str, inp: LeadInput) -> dict[str, object]:
    """What HQ must hold of what the visitor typed (after the stand's validation)."""
    typed = [name for name in contract.NAMES if name in LeadInput.__dataclass_fields__]
    return {"id": lead_id, **{name: getattr(inp, name) for name in typed}}


def test_every_combination_arrives_at_hq_unchanged(
    delivered: tuple[HQ, dict[str, LeadInput]],
) -> None:
    hq, sent = delivered
    rows = {row["id"]: row for row in hq.store.iter_leads()}
    assert set(rows) == set(sent)
    for lead_id, inp in sent.items():
        row = rows[lead_id]
        for name, value in _expected(lead_id, inp).items():
            stored = row[_hq_column(name)]
            if name in ("interests", "tickets"):
                stored = json.loads(stored)
            if name == "tickets":
                assert set(stored) == {inp.desk, *inp.extra_desks}
                continue
            assert stored == value, (name, stored, value)
        assert row["first_name"].endswith("Ali") and "‮" not in row["first_name"]
        assert row["phone_e164"].startswith("+331990012")
        assert row["email"] == row["email"].lower()
        score = score_lead(vars(inp) | {"tickets": {inp.desk: "X"}})
        assert (row["lead_score"], row["score_key"]) == (score.level, score.sort_key)


def test_every_combination_reads_the_same_in_hqs_export(
    delivered: tuple[HQ, dict[str, LeadInput]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, sent = delivered
    out = tmp_path / "hq-export.csv"
    monkeypatch.setenv("OMRANE_HQ_HOME", str(hq.settings.home))
    argv = ["--db", hq.store.url, "leads", "export", "--format", "csv", "-o", str(out)]
    assert hq_cli.main(argv) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        exported = {row["id"]: row for row in csv.DictReader(handle)}
    assert set(exported) == set(sent)
    for lead_id, inp in sent.items():
        row = exported[lead_id]
        assert row["first_name"] == inp.first_name and row["last_name"] == inp.last_name
        assert row["phone"] == inp.phone and row["email"] == inp.email
        assert row["note"] == inp.note and row["city"] == inp.city
        assert row["interests"] == " ".join(inp.interests)
        assert row["budget_mad"] == ("" if inp.budget_mad is None else str(inp.budget_mad))
        assert row["is_mre"] == {None: "", True: "yes", False: "no"}[inp.is_mre]
        assert row["home_owner_ma"] == {None: "", True: "yes", False: "no"}[inp.home_owner_ma]
        assert (row["horizon"], row["funding"]) == (inp.horizon, inp.funding)
        assert row["units_opened"] == str(inp.units_opened)
        assert row["lead_score"] == score_lead(vars(inp) | {"tickets": {inp.desk: "X"}}).level
        assert row["consent_share"] == ("yes" if inp.consent_share else "no")
        assert row["sales_stage"] == "new"


def test_every_combination_shows_on_the_console_lead_page(
    delivered: tuple[HQ, dict[str, LeadInput]],
) -> None:
    hq, sent = delivered
    add_person(hq.store.engine, FakeClock(), "chef@example.test", "manager")
    browser = requests.Session()
    form = browser.get(f"{hq.url}/console/signin", timeout=10)
    browser.post(
        f"{hq.url}/console/signin",
        data={"email": "chef@example.test", "password": PASSWORD, "csrf_token": csrf_of(form.text)},
        timeout=10,
    )
    for lead_id, inp in sent.items():
        page = browser.get(f"{hq.url}/console/leads/{lead_id}", timeout=10)
        assert page.status_code == 200
        text = html.unescape(page.text)
        for value in (inp.first_name, inp.last_name, inp.phone, inp.email, inp.city):
            assert value in text, (lead_id, value)
        for line in inp.note.splitlines():
            assert line in text
        for ref in inp.interests:
            assert ref in text
        explained = score_lead(vars(inp) | {"tickets": {inp.desk: "X"}}).explain("fr")
        assert explained in text
