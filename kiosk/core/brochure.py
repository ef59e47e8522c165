"""PDF brochures (A4, A5, 80 mm receipt) of one or several units, and desk tickets.

Same input, same bytes: pages are drawn with a fixed creation date (``invariant``) and the
date printed comes from the caller's clock.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import qrcode
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kiosk.core import aid, mortgage
from kiosk.core.brochure_text import text
from kiosk.core.catalog import Catalog, Unit
from kiosk.core.config import EventProfile
from kiosk.core.formatting import (
    format_date,
    format_mad,
    format_money,
    format_number,
    format_percent,
    rate_equation,
)
from kiosk.core.pdf_text import Style, draw_line, draw_paragraph, register_fonts, wrap
from kiosk.core.unit_titles import composed_title, programme_name
from sync.contract.errors import UserError
from sync.contract.messages import plural
from sync.contract.vocabulary import DESKS, LANGUAGES, status_label, type_label

# Images go into the PDF as binary streams: ASCII85 text (reportlab's default) makes files a
# quarter larger and, without reportlab's C accelerator, costs a pure-Python pass per photo.
rl_config.useA85 = 0

FORMATS = ("a4", "a5", "ticket")
TICKET_WIDTH = 80 * mm
TICKET_HEIGHT = 190 * mm
LEAD_TICKET_HEIGHT = 120 * mm
GREEN = (0.05, 0.42, 0.29)
GREY = (0.35, 0.38, 0.42)
PICTURE_HEIGHT = {"a4": 62 * mm, "a5": 40 * mm}


@dataclass(frozen=True)
class BrochurePictures:
    """Screen-size files of a unit's main photo and plan (from the media store)."""

    photo: Path | None = None
    plan: Path | None = None
    illustration: bool = False


def unit_pictures(catalog: Catalog, units: Sequence[Unit]) -> dict[str, BrochurePictures]:
    """The main photo and the plan of each unit, as the brochure prints them."""
    found: dict[str, BrochurePictures] = {}
    for unit in units:
        pictures = catalog.pictures(unit.ref)
        photo = next((p for p in pictures if p.role == "photo"), None)
        plan = next((p for p in pictures if p.role == "plan"), None)
        if photo is None and plan is None:
            continue
        found[unit.ref] = BrochurePictures(
            catalog.media.path(photo.sha256, "screen") if photo else None,
            catalog.media.path(plan.sha256, "screen") if plan else None,
            any(p.illustration for p in (photo, plan) if p is not None),
        )
    return found


@dataclass
class BrochureRequest:
    units: Sequence[Unit]
    lang: str
    event: EventProfile
    format: str = "a4"
    simulation: dict[str, Any] | None = None
    desk: str | None = None
    ticket: str | None = None
    printed_on: date | None = None
    rules: aid.AidRules | None = field(default=None, repr=False)
    pictures: Mapping[str, BrochurePictures] = field(default_factory=dict)
    takeaway_url: str = ""  # the visitor's signed selection (kiosk.core.takeaway), else unit_url

    def check(self) -> None:
        if not self.units:
            raise UserError("no unit to put in the brochure", key="brochure.error.no_unit")
        if self.lang not in LANGUAGES:
            raise UserError(f"language must be one of {', '.join(LANGUAGES)}")
        if self.format not in FORMATS:
            raise UserError(f"format must be one of {', '.join(FORMATS)}")


class _Page:
    """One page being drawn, top to bottom, mirrored for Arabic."""

    def __init__(self, canvas: Canvas, width: float, height: float, lang: str, margin: float):
        self.c, self.width, self.height, self.lang = canvas, width, height, lang
        self.rtl = lang == "ar"
        self.left, self.right = margin, width - margin
        self.y = height - margin

    def line(self, content: str, size: float, *, bold: bool = False, color: Any = None) -> None:
        self.c.setFillColorRGB(*(color or (0, 0, 0)))
        self.y = draw_paragraph(
            self.c, content, Style(size, bold), self.left, self.right, self.y - size, rtl=self.rtl
        )
        self.c.setFillColorRGB(0, 0, 0)

    def facts(self, rows: list[tuple[str, str]], size: float) -> None:
        """Two columns: label on the reading side, value on the other."""
        label_style, value_style = Style(size, True), Style(size)
        step = size * 1.6
        for label, value in rows:
            self.y -= step
            start, end = (self.right, self.left) if self.rtl else (self.left, self.right)
            draw_line(self.c, label, label_style, start, self.y, rtl=self.rtl)
            draw_line(
                self.c, value, value_style, end, self.y, rtl=not self.rtl, reading_rtl=self.rtl
            )
            self.c.setStrokeColorRGB(0.85, 0.86, 0.88)
            self.c.line(self.left, self.y - size * 0.45, self.right, self.y - size * 0.45)

    def pictures(self, pictures: BrochurePictures, height: float, caption_size: float) -> None:
        """The photo on the reading side, the plan beside it, each fitted in its box."""
        gap = 4 * mm
        usable = self.right - self.left - gap
        boxes = [(pictures.photo, usable * 0.6), (pictures.plan, usable * 0.4)]
        shown = [(path, width) for path, width in boxes if path is not None and path.is_file()]
        if not shown:
            return
        if len(shown) == 1:
            shown = [(shown[0][0], usable * 0.6)]
        self.y -= height
        x = self.right if self.rtl else self.left
        for path, width in shown:
            left = x - width if self.rtl else x
            self.c.drawImage(
                str(path), left, self.y, width, height, preserveAspectRatio=True, anchor="c"
            )
            x = left - gap if self.rtl else left + width + gap
        if pictures.illustration:
            self.y -= caption_size * 1.4
            start = self.right if self.rtl else self.left
            self.c.setFillColorRGB(*GREY)
            draw_line(
                self.c,
                text("illustration", self.lang),
                Style(caption_size),
                start,
                self.y,
                rtl=self.rtl,
            )
            self.c.setFillColorRGB(0, 0, 0)

    def qr(self, payload: str, size: float, caption: str, caption_size: float) -> None:
        image = qrcode.make(payload, border=1)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        x = self.left if self.rtl else self.right - size
        self.y -= size + 4
        self.c.drawImage(ImageReader(buffer), x, self.y, size, size)
        caption_x = (self.right if self.rtl else self.left, self.y + size / 2)
        for n, row in enumerate(wrap(caption, Style(caption_size), self.width - size - 3 * mm * 4)):
            draw_line(
                self.c,
                row,
                Style(caption_size),
                caption_x[0],
                caption_x[1] - n * caption_size * 1.3,
                rtl=self.rtl,
            )


def _title(unit: Unit, lang: str) -> str:
    """Composed in every language, as on the kiosk's screens (never a catalog title copied)."""
    return composed_title(unit, lang)


def _city(unit: Unit, lang: str) -> str:
    return unit.city_ar if lang == "ar" else unit.city_fr


def _prices(unit: Unit, event: EventProfile, lang: str) -> list[tuple[str, str]]:
    if unit.price_mad is None:
        return [(text("price", lang), text("price_on_request", lang))]
    rows = [(text("price", lang), format_mad(unit.price_mad, lang))]
    currency = event.currency
    if currency.converts:
        converted = mortgage.to_currency(unit.price_mad, currency)
        rate_date = format_date(currency.rate_date, lang) if currency.rate_date else "—"
        rows.append(
            (
                format_money(converted, currency.code, lang),
                text(
                    "rate",
                    lang,
                    date=rate_date,
                    rate=rate_equation(currency.code, currency.mad_per_unit, lang),
                ),
            )
        )
    return rows


def _facts(unit: Unit, lang: str) -> list[tuple[str, str]]:
    rows = [
        (text("ref", lang), unit.ref),
        (text("type", lang), type_label(unit.type).get(lang)),
        (text("programme", lang), programme_name(unit.programme_fr, unit.programme_ar, lang)),
        (text("city", lang), _city(unit, lang)),
        (text("surface", lang), f"{format_number(unit.surface_m2, lang)} m²"),
    ]
    if unit.rooms:
        rows.append((text("rooms", lang), format_number(unit.rooms, lang)))
    if unit.floor is not None:
        rows.append((text("floor", lang), format_number(unit.floor, lang)))
    rows.append((text("status", lang), status_label(unit.status).get(lang)))
    if unit.delivery_date:
        rows.append((text("delivery", lang), format_date(unit.delivery_date, lang)))
    return rows


def _aid_lines(unit: Unit, req: BrochureRequest) -> tuple[str, str]:
    rules = req.rules or aid.load_rules()
    indication = aid.indicate_for_unit(unit, rules)
    lang = req.lang
    verdict = (
        text("aid_yes", lang, amount=format_mad(indication.amount_mad, lang))
        if indication.eligible
        else text("aid_no", lang)
    )
    rules_line = text(
        "aid_rules",
        lang,
        version=indication.rules_version,
        date=format_date(indication.rules_date, lang),
    )
    return verdict, rules_line


def simulation_fits(simulation: dict[str, Any] | None, unit: Unit) -> bool:
    """A loan simulation belongs on a unit's page only if it was made for that unit at its
    price (not for another unit, another price, or no unit at all)."""
    if not simulation or simulation.get("ref") != unit.ref or unit.price_mad is None:
        return False
    return round(float(simulation.get("price_mad", -1))) == round(float(unit.price_mad))


def _loan_line(req: BrochureRequest, unit: Unit) -> str | None:
    sim = req.simulation
    if not sim or not simulation_fits(sim, unit):
        return None
    result = mortgage.simulate(
        sim["price_mad"],
        sim.get("own_contribution_mad", 0),
        sim["rate_pct"],
        int(sim["years"]),
        aid_mad=sim.get("aid_mad", 0) or 0,
    )
    lang = req.lang
    return text(
        "loan_line",
        lang,
        loan=format_mad(result.loan_mad, lang),
        years=plural("brochure.years", result.years, lang, n=format_number(result.years, lang)),
        rate=format_percent(result.rate_pct, lang, 2),
        monthly=format_mad(result.monthly_payment_mad, lang),
    )


def _draw_unit(page: _Page, unit: Unit, req: BrochureRequest, compact: bool) -> None:
    lang, event = req.lang, req.event
    big, normal, small = (13, 8.5, 7) if compact else (22, 11, 8.5)
    page.line(f"{text('brand', lang)} — {event.event.name}", small, color=GREY)
    page.line(_title(unit, lang), big, bold=True, color=GREEN)
    pictures = req.pictures.get(unit.ref)
    if pictures is not None and not compact:
        page.y -= small
        page.pictures(pictures, PICTURE_HEIGHT[req.format], small)
    page.facts(_facts(unit, lang) + _prices(unit, event, lang), normal)
    page.y -= normal
    page.line(text("aid_title", lang), normal, bold=True, color=GREEN)
    verdict, rules_line = _aid_lines(unit, req)
    page.line(verdict, normal)
    page.line(rules_line, small)
    loan = _loan_line(req, unit)
    if loan:
        page.line(text("loan_title", lang), normal, bold=True, color=GREEN)
        page.line(loan, normal)
    if req.desk:
        desk = DESKS[req.desk].get(lang)
        ticket = f" — {text('ticket', lang)} {req.ticket}" if req.ticket else ""
        page.line(
            # French puts a space before the colon; the other languages do not
            f"{text('desk', lang)}{' :' if lang == 'fr' else ':'} {desk}{ticket}",
            normal,
            bold=True,
        )
    qr_size = 28 * mm if compact else 38 * mm
    if req.takeaway_url:
        page.qr(req.takeaway_url, qr_size, text("scan_takeaway", lang), small)
    else:
        page.qr(event.event.unit_url.format(ref=unit.ref), qr_size, text("scan", lang), small)
    page.y -= small
    if event.event.contact:
        page.line(event.event.contact, small)
    if req.printed_on:
        page.line(format_date(req.printed_on, lang), small, color=GREY)
    page.line(text("legal", lang), small * 0.9, color=GREY)


def render_brochure(req: BrochureRequest) -> bytes:
    req.check()
    register_fonts()
    compact = req.format == "ticket"
    size = {"a4": A4, "a5": A5, "ticket": (TICKET_WIDTH, TICKET_HEIGHT)}[req.format]
    margin = 5 * mm if compact else (18 * mm if req.format == "a4" else 12 * mm)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"Al Omrane — {', '.join(u.ref for u in req.units)}")
    canvas.setAuthor("Al Omrane")
    canvas.setSubject(req.event.event.name)
    for unit in req.units:
        page = _Page(canvas, size[0], size[1], req.lang, margin)
        _draw_unit(page, unit, req, compact)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_ticket(
    desk: str,
    ticket: str,
    qr_payload: str,
    event: EventProfile,
    lang: str,
    *,
    printed_on: date | None = None,
) -> bytes:
    """The desk ticket of a visitor (no personal data): number, desk, QR, for 80 mm paper."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(TICKET_WIDTH, LEAD_TICKET_HEIGHT), invariant=1)
    canvas.setTitle(f"Ticket {ticket}")
    page = _Page(canvas, TICKET_WIDTH, LEAD_TICKET_HEIGHT, lang, 5 * mm)
    page.line(text("brand", lang), 8, color=GREY)
    page.line(DESKS[desk].get(lang), 14, bold=True, color=GREEN)
    page.line(ticket, 34, bold=True)
    page.line(text("wait", lang), 8)
    page.qr(qr_payload, 30 * mm, text("scan_ticket", lang), 7)
    page.y -= 8
    page.line(event.event.name, 7, color=GREY)
    if printed_on:
        page.line(format_date(printed_on, lang), 7, color=GREY)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_pdf(data: bytes, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
    return path
