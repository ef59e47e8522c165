"""Text on PDF pages in every visitor language (Latin scripts and Arabic) with reportlab.

reportlab's own right-to-left support needs ``rlbidi``, which cannot be installed here, so
Arabic is laid out by hand: lines are broken in logical order (measured on the shaped
text), then each line is shaped (arabic-reshaper), reordered (python-bidi) and drawn right
aligned. A right-to-left line with Arabic sits in one /ActualText span with its real letters,
arranged so that a reader's extraction (poppler's, as in pdftotext and PDF viewers) gives the
line back in reading order, digits and Latin words on their side of the Arabic ones. Runs
switch font inside a line: Noto Naskh Arabic for Arabic letters, Noto Sans for Latin letters
and digits, which the Arabic font does not carry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk.core import resources

LATIN, LATIN_BOLD = "NotoSans", "NotoSans-Bold"
ARABIC, ARABIC_BOLD = "NotoNaskhArabic", "NotoNaskhArabic-Bold"
_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}
_AR = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"  # letters and presentation forms
_ARABIC_CHAR = re.compile(f"[{_AR}]")
# Visual runs: Arabic words (with the spaces between them) vs everything else.
_RUNS = re.compile(f"[{_AR}]+(?:\\s+[{_AR}]+)*|[^{_AR}]+")
LRM = "\u200e"  # LEFT-TO-RIGHT MARK: steers reordering, never drawn
# Bidi controls (marks, embeddings, isolates) steer the reordering and are never drawn: the
# fonts have no glyph for them.
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# LRI, RLI, FSI, PDI -> LRE, RLE, RLE, PDF
_ISOLATES_AS_EMBEDDINGS = str.maketrans(
    {"\u2066": "\u202a", "\u2067": "\u202b", "\u2068": "\u202b", "\u2069": "\u202c"}
)
_registered = False


def register_fonts() -> None:
    """Embed the bundled fonts once per process (subsetted into each PDF)."""
    global _registered
    if _registered:
        return
    folder = resources.assets() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    _registered = True


def has_arabic(text: str) -> bool:
    return _ARABIC_CHAR.search(text) is not None


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False

    def font_for(self, run: str) -> str:
        if has_arabic(run):
            return ARABIC_BOLD if self.bold else ARABIC
        return LATIN_BOLD if self.bold else LATIN


def visual(line: str) -> str:
    """The line as drawn: Arabic letters joined, then put in display (left-to-right) order."""
    if not has_arabic(line):
        return _CONTROLS.sub("", line)
    # python-bidi's algorithm (which mirrors brackets) knows embeddings, not isolates
    embedded = line.translate(_ISOLATES_AS_EMBEDDINGS)
    return _CONTROLS.sub("", str(get_display(arabic_reshaper.reshape(embedded))))


def _pdf_text(text: str) -> str:
    """A PDF text string in UTF-16BE with its byte-order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _actual_text(piece: str) -> str:
    """The /ActualText of a drawn Arabic run: the base letters behind its presentation forms
    (a ligature's letters too), still in the run's drawing order, as a PDF text string
    (UTF-16BE with its byte-order mark). Text extraction puts right-to-left runs back into
    reading order itself, so search and copy get the real words."""
    letters = []
    for char in piece:
        base = unicodedata.normalize("NFKC", char)
        letters.append(base[::-1] if len(base) > 1 else base)  # the run is right to left
    return _pdf_text("".join(letters))


# How poppler's text extraction classes characters (UnicodeTypeTable): right to left,
# left to right or number (number signs and separators included), or neutral.
_EXTRACTED_RTL = frozenset({"R", "AL"})
_EXTRACTED_LTR = frozenset({"L", "EN", "ES", "ET", "CS", "AN"})


def _kind(char: str) -> str:
    bidi = unicodedata.bidirectional(char)
    return "R" if bidi in _EXTRACTED_RTL else "L" if bidi in _EXTRACTED_LTR else ""


def extraction_order(line: str) -> str:
    """The text to give a right-to-left line's /ActualText so that poppler reads it back in
    logical order. Poppler reverses such a line from its end, taking each stretch without
    letters or numbers as right to left and each stretch without Arabic as left to right (its
    reorderText). The inverse: a left-to-right stretch (from a letter or number to the next
    Arabic letter) stays as it is, the rest is reversed, and the stretches go in reverse
    order. A stretch ending in spaces or brackets would give them to its other side, so a
    LEFT-TO-RIGHT MARK closes it."""
    text = _CONTROLS.sub("", line)
    pieces: list[str] = []
    i = 0
    while i < len(text):
        j = i + 1
        if _kind(text[i]) == "L":
            while j < len(text) and _kind(text[j]) != "R":
                j += 1
            pieces.append(text[i:j] + ("" if _kind(text[j - 1]) == "L" else LRM))
        else:
            while j < len(text) and _kind(text[j]) != "L":
                j += 1
            pieces.append(text[i:j][::-1])
        i = j
    return "".join(reversed(pieces))


def runs(drawn: str) -> list[str]:
    return _RUNS.findall(drawn)


def width(line: str, style: Style) -> float:
    return float(
        sum(pdfmetrics.stringWidth(r, style.font_for(r), style.size) for r in runs(visual(line)))
    )


def wrap(text: str, style: Style, max_width: float) -> list[str]:
    """Lines in logical order, each no wider than ``max_width`` (a long word stays whole)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and width(candidate, style) > max_width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def draw_line(
    canvas: Canvas,
    line: str,
    style: Style,
    x: float,
    y: float,
    *,
    rtl: bool,
    reading_rtl: bool | None = None,
) -> None:
    """Draw one line; ``x`` is the left edge (LTR) or the right edge (RTL). ``reading_rtl``:
    the page reads right to left though this line is aligned left (a value column)."""
    drawn = visual(line)
    pieces = runs(drawn)
    total = sum(pdfmetrics.stringWidth(p, style.font_for(p), style.size) for p in pieces)
    cursor = x - total if rtl else x
    # Glyphs of an Arabic line are drawn as presentation forms, which a search for the word
    # the visitor types does not match; the marked-content span gives extraction, search and
    # copy the line's real letters instead (PDF 32000-1 §14.9.4, ActualText).
    whole_line = (rtl if reading_rtl is None else reading_rtl) and has_arabic(line)
    if whole_line:
        canvas._code.append(f"/Span <</ActualText {_pdf_text(extraction_order(line))}>> BDC")
    for piece in pieces:
        font = style.font_for(piece)
        shaped = has_arabic(piece) and not whole_line
        if shaped:
            canvas._code.append(f"/Span <</ActualText {_actual_text(piece)}>> BDC")
        canvas.setFont(font, style.size)
        canvas.drawString(cursor, y, piece)
        if shaped:
            canvas._code.append("EMC")
        cursor += pdfmetrics.stringWidth(piece, font, style.size)
    if whole_line:
        canvas._code.append("EMC")


def draw_paragraph(
    canvas: Canvas,
    text: str,
    style: Style,
    x_left: float,
    x_right: float,
    y: float,
    *,
    rtl: bool,
    leading: float | None = None,
) -> float:
    """Wrap and draw ``text`` between two margins from ``y`` down; returns the next ``y``."""
    step = leading or style.size * 1.35
    for line in wrap(text, style, x_right - x_left):
        draw_line(canvas, line, style, x_right if rtl else x_left, y, rtl=rtl)
        y -= step
    return y
