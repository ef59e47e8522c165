"""HQ's public take-away page, over real HTTP: the link a stand printed opens without sign-in
and shows the units, aid, simulation, agency and brochure; a changed link is refused and an
expired one says so."""

from __future__ import annotations

import html
from datetime import UTC, datetime

import pypdfium2
import requests

from kiosk.core import takeaway as stand_takeaway
from sync.contract.takeaway import LINK_LANGUAGES
from sync.contract.vocabulary import LANGUAGES
from tests.takeaway.conftest import TakeawayHQ

SIMULATION = {"price_mad": 0, "own_contribution_mad": 100_000, "rate_pct": 4.5, "years": 20}


def _url(hq: TakeawayHQ, count: int, lang: str = "fr", **simulation: object) -> str:
    refs = hq.refs(count)
    sim = {**SIMULATION, "price_mad": _price(hq, refs[0]), **simulation}
    return stand_takeaway.build_link(
        hq.stand, hq.event(), refs, lang, simulation=sim, aid_mad=50_000
    )


def _price(hq: TakeawayHQ, ref: str) -> int:
    return int(hq.stand.scalar("SELECT price_mad FROM units WHERE ref = ?", (ref,)))


def test_the_page_shows_units_aid_loan_agency_and_brochure(takeaway_hq: TakeawayHQ) -> None:
    url = _url(takeaway_hq, 3)
    page = requests.get(url, timeout=10)
    assert page.status_code == 200
    assert page.headers["Referrer-Policy"] == "no-referrer"
    text = html.unescape(page.text)
    assert '<html lang="fr" dir="ltr">' in page.text
    for ref in takeaway_hq.refs(3):
        assert f'data-ref="{ref}"' in page.text
    assert 'id="aid"' in page.text and "50\u202f000\u00a0DH" in text
    assert 'id="loan"' in page.text and "Mensualité" in text
    assert 'id="contact"' in page.text and "tel:+212" in page.text  # the region's agency
    brochure = requests.get(url + "/brochure.pdf?lang=fr", timeout=30)
    assert brochure.status_code == 200
    assert brochure.headers["content-type"] == "application/pdf"
    pdf = pypdfium2.PdfDocument(brochure.content)
    first = pdf[0].get_textpage().get_text_range()
    assert takeaway_hq.refs(1)[0] in first


def test_a_link_with_one_character_changed_is_refused(takeaway_hq: TakeawayHQ) -> None:
    url = _url(takeaway_hq, 2)
    head, code = url.rsplit("/", 1)
    for at in (0, len(code) // 2, len(code) - 1):
        other = "A" if code[at] != "A" else "B"
        changed = f"{head}/{code[:at]}{other}{code[at + 1 :]}"
        answer = requests.get(changed, timeout=10)
        assert answer.status_code == 404, at
        assert 'id="refused"' in answer.text
        assert requests.get(changed + "/brochure.pdf", timeout=10).status_code == 404
    assert requests.get(f"{head}/not-a-code", timeout=10).status_code == 404


def test_an_expired_link_gets_a_clear_page(takeaway_hq: TakeawayHQ) -> None:
    url = _url(takeaway_hq, 1, "ar")
    ahead = (datetime(2040, 1, 1, tzinfo=UTC) - takeaway_hq.clock.now()).total_seconds()
    takeaway_hq.clock.advance(ahead)
    try:
        page = requests.get(url, timeout=10)
        assert page.status_code == 410
        assert 'id="expired"' in page.text and 'dir="rtl"' in page.text
        assert "انتهت صلاحية هذا الرابط" in page.text
        assert requests.get(url + "/brochure.pdf", timeout=10).status_code == 410
    finally:
        takeaway_hq.clock.advance(-ahead)


def test_every_language_of_the_vocabulary_renders(takeaway_hq: TakeawayHQ) -> None:
    url = _url(takeaway_hq, 2)
    for lang in LANGUAGES:
        assert lang in LINK_LANGUAGES  # a new language needs its index in the link
        page = requests.get(f"{url}?lang={lang}", timeout=10)
        assert page.status_code == 200, lang
        assert f'<html lang="{lang}"' in page.text
        assert 'id="units-title"' in page.text and 'id="loan"' in page.text
        assert "takeaway.page." not in page.text  # every text has a translation
