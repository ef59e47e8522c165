"""Brochures and desk tickets: right content, Arabic readable, same input → same bytes."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from kiosk.core import resources
from kiosk.core.brochure import BrochureRequest, render_brochure, render_ticket
from kiosk.core.catalog import Catalog, SearchQuery, Unit
from kiosk.core.config import EventProfile, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.formatting import format_number
from kiosk.core.unit_titles import composed_title
from sync.contract.errors import UserError

PARIS = resources.data() / "events" / "paris-2026.toml"


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> list[Unit]:
    db = KioskDB(tmp_path_factory.mktemp("brochure") / "kiosk.db")
    catalog = Catalog(db)
    catalog.replace_all(generate(400, 5))
    found = catalog.search(SearchQuery(category="logement", status="disponible", limit=3)).units
    db.close()
    return found


@pytest.fixture(scope="module")
def paris() -> EventProfile:
    return load_event_profile(PARIS)


def _pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def _poppler_text(pdf: bytes, page: int = 1) -> str:
    """What a reader gets on search and copy (poppler's pdftotext, as in PDF viewers)."""
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    # poppler marks right-to-left and left-to-right runs with embedding controls, and keeps
    # the LEFT-TO-RIGHT MARKs that hold a number's spaces on its side: invisible, dropped here
    return _normalised(re.sub("[\u200e\u202a-\u202e]", "", done.stdout.decode("utf-8")))


def _normalised(text: str) -> str:
    return " ".join(text.replace("\r", " ").replace("\n", " ").split())


def test_arabic_brochure_keeps_words_in_reading_order_with_latin_and_digits(
    homes: list[Unit], paris: EventProfile
) -> None:
    unit = homes[0]
    pdf = render_brochure(BrochureRequest([unit], "ar", paris, printed_on=date(2026, 2, 13)))
    text = _poppler_text(pdf)
    assert unit.city_ar in text  # real letters in reading order, not presentation forms
    assert "الثمن مع احتساب الرسوم" in text
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in text)
    assert unit.ref in text  # the Latin reference is not dropped
    assert "daamsakane" in text and "2024" in text
    assert b"NotoNaskhArabic" in pdf and b"NotoSans" in pdf  # fonts embedded


def test_the_arabic_rate_line_keeps_its_equation_whole(
    homes: list[Unit], paris: EventProfile
) -> None:
    pdf = render_brochure(BrochureRequest(homes[:1], "ar", paris, printed_on=date(2026, 2, 13)))
    text = _poppler_text(pdf)
    assert "سعر الصرف بتاريخ" in text and "يورو" in text and "درهم" in text
    rate = format_number(paris.currency.mad_per_unit, "ar", 2)
    assert f": 1 يورو = {rate} درهم" in text  # digits on their side of the words
    assert "بتاريخ 1 يناير 2024" in text  # the aid rules' date, in reading order


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("it", ("Prezzo IVA inclusa", "Superficie", "Gruppo Al Omrane")),
        ("es", ("Precio con impuestos", "Superficie", "Grupo Al Omrane")),
        ("nl", ("Prijs incl. btw", "Oppervlakte", "Al Omrane Groep")),
    ],
)
def test_brochures_in_the_tour_languages(
    homes: list[Unit], paris: EventProfile, lang: str, words: tuple[str, ...]
) -> None:
    unit = homes[0]
    text = _poppler_text(render_brochure(BrochureRequest([unit], lang, paris)))
    for word in (*words, composed_title(unit, lang).split(",")[0]):
        assert word in text, (lang, word)
    assert "Appartement" not in text or lang == "nl"  # no French title copied


def test_each_unit_gets_a_page_with_prices_in_mad_and_euro(
    homes: list[Unit], paris: EventProfile
) -> None:
    pdf = render_brochure(BrochureRequest(homes, "fr", paris))
    pages = _pages_text(pdf)
    assert len(pages) == len(homes)
    for unit, page in zip(homes, pages, strict=True):
        flat = _normalised(page)
        assert unit.ref in flat and "DH" in flat and "€" in flat
        assert "décision finale sur daamsakane.ma" in flat


def test_simulation_desk_and_ticket_appear_when_given(
    homes: list[Unit], paris: EventProfile
) -> None:
    unit = homes[0]
    simulation = {
        "ref": unit.ref,
        "price_mad": unit.price_mad,
        "own_contribution_mad": 60_000,
        "aid_mad": 0,
        "rate_pct": 4.7,
        "years": 20,
    }
    request = BrochureRequest(
        [unit], "en", paris, simulation=simulation, desk="bank", ticket="B-007"
    )
    flat = _normalised(_pages_text(render_brochure(request))[0])
    assert "over 20 years at 4.70%" in flat and "a month" in flat
    assert "B-007" in flat and "Bank" in flat


@pytest.mark.parametrize(
    "made_for",
    [
        {"ref": None},  # the simulator opened from home, for no unit
        {"price_delta": 50_000},  # the visitor moved the price away from the unit's
        {"ref": "OTHER-UNIT"},
    ],
)
def test_a_simulation_made_for_another_price_or_unit_is_not_printed(
    homes: list[Unit], paris: EventProfile, made_for: dict[str, object]
) -> None:
    unit = homes[0]
    assert unit.price_mad is not None
    simulation = {
        "ref": made_for.get("ref", unit.ref),
        "price_mad": unit.price_mad + int(made_for.get("price_delta", 0)),  # type: ignore[call-overload]
        "own_contribution_mad": 60_000,
        "aid_mad": 0,
        "rate_pct": 4.7,
        "years": 20,
    }
    flat = _normalised(
        _pages_text(render_brochure(BrochureRequest([unit], "en", paris, simulation=simulation)))[0]
    )
    assert "over 20 years" not in flat and "loan simulation" not in flat


def test_same_input_gives_the_same_bytes(homes: list[Unit], paris: EventProfile) -> None:
    request = BrochureRequest(homes[:1], "ar", paris, "a5", printed_on=date(2026, 2, 13))
    assert render_brochure(request) == render_brochure(request)


@pytest.mark.parametrize(("fmt", "size"), [("a4", A4), ("a5", A5), ("ticket", (80 * mm, None))])
def test_page_sizes(
    homes: list[Unit], paris: EventProfile, fmt: str, size: tuple[float, float | None]
) -> None:
    document = pdfium.PdfDocument(render_brochure(BrochureRequest(homes[:1], "fr", paris, fmt)))
    width, height = document[0].get_size()
    document.close()
    assert width == pytest.approx(size[0], abs=1)
    if size[1] is not None:
        assert height == pytest.approx(size[1], abs=1)


def test_desk_ticket_has_the_number_and_no_personal_data(paris: EventProfile) -> None:
    pdf = render_ticket("notary", "N-004", "omrane:lead=0193;desk=notary;t=N-004", paris, "ar")
    flat = _poppler_text(pdf)
    assert "N-004" in flat and "الموثق" in flat  # a search for the desk's name finds it


def test_pages_render_to_images(homes: list[Unit], paris: EventProfile, tmp_path: Path) -> None:
    document = pdfium.PdfDocument(render_brochure(BrochureRequest(homes[:1], "ar", paris)))
    image = document[0].render(scale=0.5).to_pil()
    document.close()
    image.save(tmp_path / "page.png")
    # a real page: dark text pixels on the right half (right-aligned Arabic), not blank
    grey = image.convert("L")
    right = grey.crop((grey.width // 2, 0, grey.width, grey.height // 3))
    assert right.getextrema()[0] < 100


def test_a_request_without_units_or_with_a_bad_format_is_refused(paris: EventProfile) -> None:
    with pytest.raises(UserError):
        render_brochure(BrochureRequest([], "fr", paris))


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_brochure_prints_the_photo_and_the_plan_on_the_reading_side(
    tmp_path: Path, paris: EventProfile, lang: str
) -> None:
    from kiosk.core.brochure import unit_pictures
    from kiosk.core.media.demo import demo_media

    db = KioskDB(tmp_path / "kiosk.db")
    catalog = Catalog(db)
    data = generate(200, 8)
    catalog.replace_all(data, media=demo_media(data, catalog.media))
    flat = catalog.search(SearchQuery(category="logement", min_rooms=2, limit=1)).units[0]
    pictures = unit_pictures(catalog, [flat])
    request = BrochureRequest([flat], lang, paris, pictures=pictures)
    pdf = render_brochure(request)
    text = _poppler_text(pdf)
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        images = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        boxes = sorted((o.get_bounds() for o in images), key=lambda box: box[0])
    finally:
        document.close()
    db.close()
    assert len(images) == 3, "photo, plan and the QR code"
    photo_box = max(boxes, key=lambda box: (box[2] - box[0]) * (box[3] - box[1]))
    on_the_right = photo_box[0] > A4[0] / 2 - 20 * mm
    assert on_the_right == (lang == "ar"), "the photo comes first in reading order"
    assert {"fr": "Illustration", "ar": "رسم توضيحي"}[lang] in text
