"""The lead after validation, declared once: its fields, their limits, which are personal
(sealed on the stand, opened only by HQ or with the staff PIN), and the consent proof.

Everything else is derived from this declaration or checked against it by a test:
the form's input limits (kiosk.ui.screens.lead_form), validation on the stand
(kiosk.core.lead_validation) and again at HQ (:func:`check_lead`), the sealed envelope
(kiosk.core.leads), the wire model (sync.contract.wire.LeadRecord), the stand's and HQ's
tables, and every export (:data:`EXPORT_COLUMNS`). Changing a field or a limit is one edit here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import phonenumbers

from sync.contract import vocabulary
from sync.contract.textclean import clean_text

Kind = Literal[
    "id", "code", "text", "note", "phone", "email", "country", "timestamp", "bool",
    "optional_bool", "amount", "refs", "tickets", "choice", "count",
]  # fmt: skip


@dataclass(frozen=True)
class LeadField:
    name: str
    kind: Kind
    meaning: str  # one line, shown in the README's export table
    limit: int = 0  # characters for text, items for lists, the maximum for amounts
    personal: bool = False  # sealed: never stored or sent in clear
    required: bool = False
    consent: bool = False  # part of the consent proof


FIELDS: tuple[LeadField, ...] = (
    LeadField("id", "id", "lead id (UUIDv7), also the key at HQ", 36, required=True),
    LeadField(
        "created_at", "timestamp", "when the lead was saved, UTC (ISO 8601)", 32, required=True
    ),
    LeadField("event_id", "code", "event profile id, e.g. paris-2026", 64, required=True),
    LeadField("kiosk_id", "code", "id of the kiosk that saved it", 64, required=True),
    LeadField("language", "code", "visitor's preferred language (fr, ar, en)", 8, required=True),
    LeadField("desk", "code", "advisor desk wanted (alomrane, notary, bank)", 16, required=True),
    LeadField("tickets", "tickets", "queue tickets given, e.g. alomrane:A-012 bank:B-007", 3),
    LeadField("first_name", "text", "first name", 60, personal=True, required=True),
    LeadField("last_name", "text", "last name", 60, personal=True, required=True),
    LeadField(
        "phone", "phone", "phone in E.164, e.g. +33612345678", 16, personal=True, required=True
    ),
    LeadField("email", "email", "e-mail (may be empty)", 254, personal=True),
    LeadField("country", "country", "country of residence, ISO 3166 alpha-2", 2),
    LeadField("city", "text", "city of residence", 80),
    LeadField("is_mre", "optional_bool", "Moroccan living abroad: yes, no or empty"),
    LeadField("budget_mad", "amount", "budget in MAD (may be empty)", 1_000_000_000),
    LeadField(
        "interests", "refs", "unit references looked at or selected, separated by spaces", 20
    ),
    # Readiness: optional questions the visitor may skip in one tap (empty = not answered).
    LeadField("horizon", "choice", "project horizon: " + ", ".join(vocabulary.HORIZONS), 16),
    LeadField(
        "funding", "choice", "how the visitor will pay: " + ", ".join(vocabulary.FUNDING), 16
    ),
    LeadField("home_owner_ma", "optional_bool", "already owns a home in Morocco: yes, no or empty"),
    # What the visitor did at the kiosk before leaving their details (counted by the stand).
    LeadField("units_opened", "count", "unit pages opened during the visit", 999),
    LeadField("simulation_run", "bool", "ran a loan simulation"),
    LeadField("brochure_printed", "bool", "printed a brochure"),
    LeadField(
        "consent_callback",
        "bool",
        "ticked 'call me back' (always yes for a stored lead)",
        consent=True,
    ),
    LeadField("consent_marketing", "bool", "ticked 'news and offers'", consent=True),
    LeadField(
        "consent_share", "bool", "ticked 'share with the partner banks and notaries'", consent=True
    ),
    LeadField(
        "notice_version",
        "code",
        "version of the privacy notice shown",
        64,
        required=True,
        consent=True,
    ),
    LeadField(
        "consent_at", "timestamp", "when consent was given, UTC", 32, required=True, consent=True
    ),
    LeadField(
        "consent_language",
        "code",
        "language the notice was shown in",
        8,
        required=True,
        consent=True,
    ),
    LeadField("note", "note", "free-text note", 500, personal=True),
)
BY_NAME: dict[str, LeadField] = {f.name: f for f in FIELDS}
NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
PERSONAL: tuple[str, ...] = tuple(f.name for f in FIELDS if f.personal)
CLEAR: tuple[str, ...] = tuple(f.name for f in FIELDS if not f.personal)
CONSENT: tuple[str, ...] = tuple(f.name for f in FIELDS if f.consent)
# Stored as 0/1 by SQLite: read back as booleans (the optional ones may stay empty).
BOOLS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind == "bool")
OPTIONAL_BOOLS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind == "optional_bool")

REF_MAX = 40  # characters of one unit reference
PHONE_TYPED_MAX = 25  # "+33 (0)6 12 34 56 78": room for spaces and brackets before E.164


def typed_limit(name: str) -> int:
    """How many characters a person may type in the field (the form's input limit)."""
    return PHONE_TYPED_MAX if BY_NAME[name].kind == "phone" else BY_NAME[name].limit


INTERESTS_MAX = BY_NAME["interests"].limit
BUDGET_MAX_MAD = BY_NAME["budget_mad"].limit

# Export columns common to the stand and HQ (one meaning each), then each side's own.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = tuple((f.name, f.meaning) for f in FIELDS)
STAND_EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    *EXPORT_COLUMNS,
    ("sync_state", "where the lead is on the stand: pending, sending, acked, quarantined"),
)
HQ_EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    *EXPORT_COLUMNS,
    ("interest_city_id", "city of the first unit of interest (from HQ's catalog)"),
    ("interest_region_id", "region of the first unit of interest"),
    ("interest_type", "type of the first unit of interest"),
    ("received_at", "when HQ stored the lead, UTC"),
    ("sales_stage", "follow-up stage at HQ: " + ", ".join(vocabulary.SALES_STAGES)),
    ("next_call_date", "next call planned by the agent (YYYY-MM-DD)"),
    ("lead_score", "how ready the lead is: hot, warm or cold (sync.contract.lead_score)"),
)

_EMAIL_LOCAL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$")
_DOMAIN_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:+-]*$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")

Problems = list[tuple[str, str]]  # (field, message key)


def normalise_phone(raw: object, region: str = "MA") -> str | None:
    """E.164 form of ``raw`` (``+212612345678``), or None if it is not a valid number.
    Direction marks and other invisible characters are removed first."""
    text = clean_text(raw).replace(" ", "")
    if text.startswith("00"):
        text = "+" + text[2:]
    region = clean_text(region).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = "ZZ"  # unknown region: only +country numbers parse
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def normalise_email(raw: object) -> str | None:
    """Lower-cased domain, ASCII (IDNA) form; None if it does not look like an address."""
    text = clean_text(raw)
    if len(text) > BY_NAME["email"].limit or text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if not _EMAIL_LOCAL.match(local) or ".." in local:
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        return None
    if labels[-1].isdigit():
        return None
    return f"{local}@{ascii_domain}"


def clean_refs(values: object, problems: Problems) -> list[str]:
    """Unit references, cleaned, without repeats; one problem for the field if any is bad."""
    if not isinstance(values, list | tuple):
        problems.append(("interests", "lead.error.interests"))
        return []
    refs: list[str] = []
    for value in values:
        ref = clean_text(value)
        if not ref:
            continue
        if len(ref) > REF_MAX or not _REF.match(ref):
            problems.append(("interests", "lead.error.interests"))
            return []
        if ref not in refs:
            refs.append(ref)
    if len(refs) > INTERESTS_MAX:
        problems.append(("interests", "lead.error.interests"))
        return []
    return refs


def clean_budget(value: object, problems: Problems) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        problems.append(("budget_mad", "lead.error.budget"))
        return None
    try:
        text = clean_text(value).replace(" ", "") if isinstance(value, str) else value
        amount: int = int(text)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        problems.append(("budget_mad", "lead.error.budget"))
        return None
    if not 0 < amount <= BUDGET_MAX_MAD:
        problems.append(("budget_mad", "lead.error.budget"))
        return None
    return amount


# The allowed answers of each "choice" field ('' = not answered).
CHOICES: dict[str, tuple[str, ...]] = {
    "horizon": tuple(vocabulary.HORIZONS),
    "funding": tuple(vocabulary.FUNDING),
}


def clean_count(name: str, value: object, problems: Problems) -> int:
    """A count between 0 and the field's limit; 0 for nothing."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.append((name, "lead.error.invalid"))
        return 0
    return min(value, BY_NAME[name].limit)


def clean_field(name: str, value: object, problems: Problems, *, region: str = "MA") -> Any:
    """One field cleaned and checked against its declaration; problems are appended."""
    spec = BY_NAME[name]
    kind = spec.kind
    if kind == "count":
        return clean_count(name, value, problems)
    if kind == "refs":
        return clean_refs(value, problems)
    if kind == "amount":
        return clean_budget(value, problems)
    if kind in ("bool", "optional_bool"):
        if value is None and kind == "optional_bool":
            return None
        if not isinstance(value, bool):
            problems.append((name, "lead.error.invalid"))
        return value is True
    if kind == "tickets":
        return _clean_tickets(value, problems)
    text = clean_text(value, multiline=kind == "note")
    if not text:
        if spec.required:
            problems.append((name, "lead.error.required"))
        return ""
    if len(text) > typed_limit(name):
        problems.append((name, "lead.error.too_long"))
        return text
    if kind == "phone":
        phone = normalise_phone(text, region)
        return _checked(name, phone, text, "lead.error.phone_invalid", problems)
    if kind == "email":
        return _checked(name, normalise_email(text), text, "lead.error.email_invalid", problems)
    if kind == "choice" and text not in CHOICES[name]:
        problems.append((name, "lead.error.invalid"))
    if kind == "country":
        text = text.upper()
        if not _COUNTRY.match(text):
            problems.append((name, "lead.error.country_invalid"))
    elif kind in _SHAPES and not _SHAPES[kind](text):
        problems.append((name, "lead.error.invalid"))
    return text


def _checked(name: str, value: str | None, raw: str, key: str, problems: Problems) -> str:
    if value is None:
        problems.append((name, key))
        return raw
    return value


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


_SHAPES: dict[str, Callable[[str], bool]] = {
    "id": _is_uuid,
    "code": lambda text: bool(_CODE.match(text)),
    "timestamp": lambda text: bool(_TIMESTAMP.match(text)),
}


def _clean_tickets(value: object, problems: Problems) -> dict[str, str]:
    if not isinstance(value, Mapping):
        problems.append(("tickets", "lead.error.invalid"))
        return {}
    tickets = {clean_text(desk): clean_text(label) for desk, label in value.items()}
    if any(desk not in vocabulary.DESKS or len(label) > 16 for desk, label in tickets.items()):
        problems.append(("tickets", "lead.error.invalid"))
    return tickets


def check_lead(values: Mapping[str, Any]) -> tuple[dict[str, Any], Problems]:
    """Every declared field of ``values`` cleaned and checked (HQ re-validates what a stand
    sends with this): the clean lead and the list of (field, message key) problems."""
    problems: Problems = []
    clean = {spec.name: clean_field(spec.name, values.get(spec.name), problems) for spec in FIELDS}
    if clean["language"] and clean["language"] not in vocabulary.LANGUAGES:
        problems.append(("language", "lead.error.language"))
    if clean["desk"] and clean["desk"] not in vocabulary.DESKS:
        problems.append(("desk", "lead.error.desk"))
    if not clean["consent_callback"]:
        problems.append(("consent_callback", "lead.error.consent_required"))
    return clean, problems
