"""The event debrief as a one-page A4 PDF (reportlab), French or Arabic: the funnel as bars,
time to first contact, cost per qualified lead, and the breakdowns by desk, language,
country and score. Arabic lines go through ``kiosk.core.pdf_text`` (shaped, right to left)."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.core import pdf_text
from kiosk.core.pdf_text import Style
from sync.hq.console.i18n import Translator
from sync.hq.debrief import Funnel

MARGIN = 40.0
BAR = HexColor("#1f6f54")
PALE = HexColor("#dcefe6")
TITLE, HEAD, BODY = Style(18, bold=True), Style(12, bold=True), Style(10)


def _number(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}".replace(",", " ")


class _Page:
    def __init__(self, canvas: Canvas, rtl: bool) -> None:
        self.c, self.rtl = canvas, rtl
        self.width, height = A4
        self.y = height - MARGIN

    @property
    def start(self) -> float:
        return self.width - MARGIN if self.rtl else MARGIN

    def line(self, text: str, style: Style, gap: float = 4) -> None:
        pdf_text.draw_line(self.c, text, style, self.start, self.y, rtl=self.rtl)
        self.y -= style.size + gap

    def pair(self, label: str, value: str, style: Style = BODY) -> None:
        """A label at the reading start, its value at the other end of the same line."""
        pdf_text.draw_line(self.c, label, style, self.start, self.y, rtl=self.rtl)
        end = MARGIN if self.rtl else self.width - MARGIN
        pdf_text.draw_line(
            self.c, value, style, end, self.y, rtl=not self.rtl, reading_rtl=self.rtl
        )
        self.y -= style.size + 5

    def bars(self, steps: list[tuple[str, int]]) -> None:
        """Horizontal bars, longest = the first step; the label above each bar."""
        top = max([n for _, n in steps] + [1])
        room = self.width - 2 * MARGIN
        for label, n in steps:
            self.pair(label, _number(n))
            length = room * n / top
            x = self.width - MARGIN - length if self.rtl else MARGIN
            self.c.setFillColor(PALE)
            self.c.rect(MARGIN, self.y + 2, room, 9, stroke=0, fill=1)
            self.c.setFillColor(BAR)
            self.c.rect(x, self.y + 2, length, 9, stroke=0, fill=1)
            self.c.setFillColor(HexColor("#000000"))
            self.y -= 16


def render(f: Funnel, language: str) -> bytes:
    """The debrief PDF of one funnel in ``language`` (fr or ar; others read French)."""
    t = Translator(language if language in ("fr", "ar") else "fr")
    pdf_text.register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(t("db.title", event=f.event_id))
    page = _Page(canvas, t.direction == "rtl")
    page.line(t("db.title", event=f.event_id), TITLE, gap=10)
    if f.kiosk_id:
        page.line(t("db.stand", stand=f.kiosk_id), BODY)
    page.line(t("db.funnel"), HEAD, gap=8)
    page.bars([(t(f"db.step.{name}"), n) for name, n in f.steps()])
    page.y -= 6
    page.pair(t("db.visitors"), _number(f.visitors))
    page.pair(t("db.hours"), _number(f.hours_to_first_contact, 1))
    page.pair(t("db.cost"), _number(f.cost_mad) + " MAD" if f.cost_mad is not None else "—")
    page.pair(t("db.cpl"), _number(f.cost_per_qualified_lead) + " MAD" if f.qualified else "—")
    for name, counts in f.by.items():
        page.y -= 6
        page.line(t(f"db.by.{name}"), HEAD)
        for value, n in list(counts.items())[:6]:
            page.pair(value, _number(n))
        if page.y < MARGIN + 80:
            canvas.showPage()
            page.y = A4[1] - MARGIN
    canvas.showPage()
    canvas.save()
    return out.getvalue()
