"""Keys the console's templates build at run time (``t("role." ~ agent.role)``) have a text in
French, Arabic and English for every value the code can produce: no raw key reaches an agent.

The values are read from where the code defines or writes them (roles, recipients, sort
orders, consent filters, history kinds, error reasons), so a new value without a text fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sync.contract.vocabulary import DESKS, LANGUAGES, LEAD_SCORES, SALES_STAGES, STAFF_LANGUAGES
from sync.hq.console import auth, exporting, leadquery
from sync.hq.console.i18n import text_of

CONSOLE = Path(__file__).resolve().parents[3] / "sync" / "hq" / "console"
TEMPLATE_FAMILY = re.compile(r"""t\(["']([a-z_]+)\.["'] ~""")


def _written(pattern: str) -> set[str]:
    found: set[str] = set()
    for source in CONSOLE.rglob("*.py"):
        found.update(re.findall(pattern, source.read_text(encoding="utf-8")))
    return found


def runtime_keys() -> dict[str, set[str]]:
    """Each family of keys the templates build, with every value it can take."""
    reasons = _written(r'reason="([a-z_]+)"')
    return {
        "role": set(auth.ROLES),
        "recipient": set(exporting.RECIPIENTS),
        "sort": set(leadquery.SORTS),
        "filter": {*leadquery.FLAGS, "region", "city", "date_from", "date_to"},
        "history": _written(r'history\.record\(\s*conn, clock, agent, lead_id, "([a-z_]+)"'),
        "error": {f"{reason}.{part}" for reason in reasons for part in ("title", "text")},
        "desk": set(DESKS),
        "status": set(SALES_STAGES),
        "lang": set(LANGUAGES),
        "score": set(LEAD_SCORES),
    }


def test_every_family_the_templates_build_is_covered_here() -> None:
    built = set()
    for template in (CONSOLE / "templates").glob("*.html"):
        built.update(TEMPLATE_FAMILY.findall(template.read_text(encoding="utf-8")))
    assert built <= set(runtime_keys()), built - set(runtime_keys())
    keys = runtime_keys()
    assert {"assign", "status", "note", "next_call"} <= keys["history"]
    assert {"csrf.title", "forbidden.title", "missing.title"} <= keys["error"]


@pytest.mark.parametrize("language", sorted(STAFF_LANGUAGES))
def test_every_runtime_key_has_a_text_in_each_language(language: str) -> None:
    missing = [
        f"{family}.{value}"
        for family, values in runtime_keys().items()
        for value in sorted(values)
        if text_of(f"{family}.{value}", language) is None
    ]
    assert missing == []
