"""The leads page's query: filters as bound parameters, role scope, keyset paging, capped count.

Keyset paging (WHERE (sort_key, id) < (:last_key, :last_id) ORDER BY sort_key, id LIMIT n)
keeps every page as cheap as the first at a million leads; the total is counted only up to a
cap so a broad filter never scans the whole table just to print a number.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    false,
    func,
    or_,
    select,
    true,
    tuple_,
)

from sync.contract.errors import ValidationError
from sync.contract.vocabulary import SALES_STAGES
from sync.hq.console.auth import Agent
from sync.hq.console.programmes import lead_programmes
from sync.hq.leads import hq_leads

STATUSES = tuple(SALES_STAGES)
SORTS = {
    "newest": ("created_at", True),
    "oldest": ("created_at", False),
    "name": ("last_name", False),
    "name_desc": ("last_name", True),
    "score": ("score_key", True),  # hottest first (sync.contract.lead_score)
}
FLAGS = ("consent_callback", "consent_marketing", "consent_share")


@dataclass(frozen=True)
class LeadFilter:
    event: str = ""
    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""  # YYYY-MM-DD, inclusive
    region: str = ""
    city: str = ""
    programme: str = ""
    unit_ref: str = ""  # a unit reference or its start, e.g. "OUJ-" or "CAS-004512"
    unit_type: str = ""
    desk: str = ""
    consent_callback: str = ""  # "" | "yes" | "no"
    consent_marketing: str = ""
    consent_share: str = ""
    status: str = ""
    assigned: str = ""  # "" | "me" | "none" | agent id
    q: str = ""  # name or phone
    sort: str = "newest"

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> LeadFilter:
        """The filter typed or linked; ValidationError (a 400 page) for what cannot be meant."""
        values = {f.name: str(params.get(f.name, "") or "").strip()[:120] for f in fields(cls)}
        if any(_CONTROL.search(v) for v in values.values()):
            raise ValidationError("control characters in a filter", key="error.filter.text")
        if values["sort"] not in SORTS:
            values["sort"] = "newest"
        for day in ("date_from", "date_to"):
            if values[day]:
                filter_day(values[day])
        if values["assigned"] not in ("", "me", "none") and small_int(values["assigned"]) is None:
            raise ValidationError("not an agent", key="error.filter.number")
        return cls(**values)

    def as_params(self) -> dict[str, str]:
        """Only the set fields, to rebuild links and to describe an export in the audit log."""
        return {k: v for k, v in asdict(self).items() if v and not (k == "sort" and v == "newest")}


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
FIRST_YEAR, LAST_YEAR = 2000, 2100


def filter_day(text: str) -> date:
    """A YYYY-MM-DD date within the years leads can have."""
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError("not a date", key="error.filter.date") from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR or len(text) != 10:
        raise ValidationError("date out of range", key="error.filter.date")
    return day


def small_int(text: str) -> int | None:
    """A positive id of at most nine ASCII digits ("²" and "١" are digits to str.isdigit)."""
    if 0 < len(text) <= 9 and text.isascii() and text.isdigit():
        return int(text)
    return None


def _yes_no(column: ColumnElement[Any], value: str) -> ColumnElement[bool] | None:
    if value == "yes":
        return column.is_(true())
    if value == "no":
        return or_(column.is_(false()), column.is_(None))
    return None


def _prefix(column: Any, word: str) -> ColumnElement[bool]:
    """lower(column) starts with word, as a range so the lower() expression index serves it."""
    return and_(func.lower(column) >= word, func.lower(column) < word + "\uffff")


def _search_condition(text: str) -> ColumnElement[bool]:
    t = hq_leads
    digits = "".join(c for c in text if c.isdigit())
    if digits and len(digits) >= 4 and len(digits) >= len(text.replace(" ", "")) - 2:
        if text.strip().startswith(("+", "00")):
            prefix = "+" + digits.removeprefix("00") if text.strip().startswith("00") else text
            prefix = "+" + "".join(c for c in prefix if c.isdigit())
            # a range, not LIKE, so the phone index serves the search on every database
            return and_(t.c.phone_e164 >= prefix, t.c.phone_e164 < prefix + "~")
        # a local number: compare its last digits (national part)
        national = digits.lstrip("0")
        return t.c.phone_e164.like("%" + national)
    # each word starts the first or the last name ("sal benn" finds Salma Bennani)
    words = [w for w in text.lower().split() if w][:3]
    conds = [or_(_prefix(t.c.last_name, w), _prefix(t.c.first_name, w)) for w in words]
    return and_(*conds) if conds else true()


def scope_condition(agent: Agent) -> ColumnElement[bool]:
    """What this person may see: managers and admins all, agents their region or their leads."""
    t = hq_leads
    if agent.is_manager:
        return true()
    if agent.region:
        return or_(t.c.interest_region_id == agent.region, t.c.assigned_to == agent.id)
    return t.c.assigned_to == agent.id


def conditions(flt: LeadFilter, agent: Agent) -> list[ColumnElement[bool]]:
    t = hq_leads
    out: list[ColumnElement[bool]] = []
    if not agent.is_manager:
        if flt.region and flt.region == agent.region:
            pass  # the region filter below already keeps the agent inside their scope
        elif flt.region:
            # another region: only what was assigned to them (one index, no OR to scan)
            out.append(t.c.assigned_to == agent.id)
        else:
            out.append(scope_condition(agent))
    if flt.event:
        out.append(t.c.event_id == flt.event)
    if flt.date_from:
        out.append(t.c.created_at >= flt.date_from)
    if flt.date_to:
        next_day = (filter_day(flt.date_to) + timedelta(days=1)).isoformat()
        out.append(t.c.created_at < next_day)
    if flt.region:
        out.append(t.c.interest_region_id == flt.region)
    if flt.city:
        out.append(or_(t.c.interest_city_id == flt.city, t.c.city == flt.city))
    if flt.programme:
        leads_of_programme = select(lead_programmes.c.lead_id).where(
            lead_programmes.c.programme_id == flt.programme
        )
        out.append(t.c.id.in_(leads_of_programme))
    if flt.unit_ref:
        # interests are stored as a JSON list of refs: match a ref that starts with the text
        pattern = '%"' + flt.unit_ref.upper().replace("%", "").replace("_", "") + "%"
        out.append(t.c.interests.like(pattern))
    if flt.unit_type:
        out.append(t.c.interest_type == flt.unit_type)
    if flt.desk:
        out.append(t.c.desk == flt.desk)
    for flag in FLAGS:
        cond = _yes_no(t.c[flag], getattr(flt, flag))
        if cond is not None:
            out.append(cond)
    if flt.status:
        out.append(t.c.status == flt.status)
    if flt.assigned == "me":
        out.append(t.c.assigned_to == agent.id)
    elif flt.assigned == "none":
        out.append(t.c.assigned_to.is_(None))
    elif (assignee := small_int(flt.assigned)) is not None:
        out.append(t.c.assigned_to == assignee)
    if flt.q:
        out.append(_search_condition(flt.q))
    return out


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    next_cursor: str | None
    prev_cursor: str | None
    total: int
    total_capped: bool


def encode_cursor(key: Any, lead_id: str, backwards: bool = False) -> str:
    raw = json.dumps([key, lead_id, backwards]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, str, bool]:
    """The position a page link carries; ValidationError when it was not made by us."""
    bad = ValidationError("not a page link", key="error.filter.cursor")
    if len(cursor) > 600:
        raise bad
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, lead_id, backwards = json.loads(raw)
    except (ValueError, TypeError) as exc:
        raise bad from exc
    if not isinstance(lead_id, str) or not isinstance(key, str | None):
        raise bad
    if _CONTROL.search(lead_id + (key or "")) or not isinstance(backwards, bool):
        raise bad
    return key, lead_id, backwards


LIST_COLUMNS = (
    "id",
    "created_at",
    "event_id",
    "first_name",
    "last_name",
    "phone_e164",
    "city",
    "country",
    "interest_city_id",
    "interest_region_id",
    "interest_type",
    "desk",
    "language",
    "status",
    "assigned_to",
    "next_call_date",
    "consent_callback",
    "consent_marketing",
    "consent_share",
    "lead_score",
)


def _ordered(flt: LeadFilter, backwards: bool) -> tuple[Select[Any], Any, bool]:
    t = hq_leads
    column_name, descending = SORTS[flt.sort]
    key = t.c[column_name]
    desc = descending != backwards
    stmt = select(*(t.c[c] for c in LIST_COLUMNS))
    order = (key.desc(), t.c.id.desc()) if desc else (key.asc(), t.c.id.asc())
    return stmt.order_by(*order), key, desc


def fetch_page(
    engine: Engine,
    flt: LeadFilter,
    agent: Agent,
    cursor: str = "",
    size: int = 50,
    cap: int | None = 1_000,
) -> Page:
    """One page of leads; `cap=None` counts every match (on request: it can scan a lot)."""
    t = hq_leads
    where = conditions(flt, agent)
    decoded = decode_cursor(cursor) if cursor else None
    backwards = bool(decoded and decoded[2])
    stmt, key, desc = _ordered(flt, backwards)
    if decoded is not None:
        after = tuple_(key, t.c.id) < tuple_(decoded[0], decoded[1])
        before = tuple_(key, t.c.id) > tuple_(decoded[0], decoded[1])
        where = [*where, after if desc else before]
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt.where(*where).limit(size + 1))]
        total, capped = count(conn, flt, agent, cap)
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    column_name = SORTS[flt.sort][0]
    has_next = more if not backwards else decoded is not None
    has_prev = (decoded is not None) if not backwards else more
    next_cursor = (
        encode_cursor(rows[-1][column_name], rows[-1]["id"]) if rows and has_next else None
    )
    prev_cursor = (
        encode_cursor(rows[0][column_name], rows[0]["id"], backwards=True)
        if rows and has_prev
        else None
    )
    return Page(rows, next_cursor, prev_cursor, total, capped)


def count(conn: Any, flt: LeadFilter, agent: Agent, cap: int | None) -> tuple[int, bool]:
    """How many leads match, counted at most up to `cap` (then shown as "more than cap")."""
    t = hq_leads
    if cap is None:
        stmt = select(func.count()).select_from(t).where(*conditions(flt, agent))
        return int(conn.execute(stmt).scalar_one()), False
    inner = select(t.c.id).where(*conditions(flt, agent)).limit(cap + 1).subquery()
    n = int(conn.execute(select(func.count()).select_from(inner)).scalar_one())
    return min(n, cap), n > cap


def iter_matching(
    engine: Engine, flt: LeadFilter, agent: Agent, extra: list[ColumnElement[bool]] | None = None
) -> Iterator[dict[str, Any]]:
    """Every matching lead with all columns, in keyset batches (for streaming exports)."""
    t = hq_leads
    where = conditions(replace(flt, sort="newest"), agent) + (extra or [])
    last: tuple[str, str] | None = None
    batch = 1000
    while True:
        stmt = select(t).order_by(t.c.created_at.desc(), t.c.id.desc()).limit(batch)
        cond = list(where)
        if last is not None:
            cond.append(tuple_(t.c.created_at, t.c.id) < tuple_(*last))
        with engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(stmt.where(*cond))]
        yield from rows
        if len(rows) < batch:
            return
        last = (rows[-1]["created_at"], rows[-1]["id"])


def distinct_values(engine: Engine, column: str, limit: int = 200) -> list[str]:
    """Choices for a filter drop-down (uses the column's index)."""
    t = hq_leads
    col = t.c[column]
    with engine.connect() as conn:
        rows = conn.execute(
            select(col).where(col.is_not(None)).group_by(col).order_by(col).limit(limit)
        )
        return [str(r[0]) for r in rows]


STATUS_CHOICES = STATUSES
