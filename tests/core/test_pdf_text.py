"""Arabic lines on PDF pages read back in logical order by poppler (pdftotext, PDF viewers'
search and copy): digits, Latin words and punctuation on their side of the Arabic words."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from reportlab.pdfgen.canvas import Canvas

from kiosk.core import pdf_text

MIXED_LINES = [
    "بتاريخ 9 فبراير 2026:",
    "المساحة 81 م² في الطابق 3",
    "المرجع KEN-0123 بالقنيطرة",
    "1 يورو = 10,85 درهم بتاريخ 16 مارس 2026 (سعر صرف تقريبي)",
    "ثمن 450.000 درهم",
    "Al Omrane العمران 2026",
    "الهاتف: \u2066+212 6 00 00 12 34\u2069",
    "شقة، 4 غرف، 103 م²",
    "الأثمنة في حدود المتوفر. عرض القرض تقدمه البنوك، وقرار الدعم على daamsakane.ma.",
    "(2 غرف) شقة",
    "قواعد 2024-v1 — القرار النهائي",
]
# Each sign between an Arabic word and a number, before and after the number.
SIGNS = "+-%$€#/.,:;()!?«»—…×²°،؛؟"
# poppler marks the runs it reorders (LRE, RLE, PDF) and keeps our LEFT-TO-RIGHT MARKs:
# invisible bidi controls, dropped to compare the words.
MARKS = re.compile("[\u200e\u202a-\u202e]")


def _extracted(lines: list[str]) -> list[str]:
    pdf_text.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    y = 800.0
    for line in lines:
        pdf_text.draw_line(canvas, line, pdf_text.Style(10), 550, y, rtl=True)
        y -= 16
    canvas.save()
    done = subprocess.run(
        ["pdftotext", "-", "-"], input=buffer.getvalue(), capture_output=True, check=True
    )
    text = done.stdout.decode("utf-8")
    return [MARKS.sub("", row).strip() for row in text.splitlines() if row.strip()]


def test_mixed_arabic_lines_come_back_in_reading_order() -> None:
    wanted = [pdf_text._CONTROLS.sub("", line) for line in MIXED_LINES]
    assert _extracted(MIXED_LINES) == wanted


@pytest.mark.parametrize("where", ["before", "after"])
def test_every_sign_beside_a_number_stays_on_its_side(where: str) -> None:
    lines = [
        f"كلمة {sign}12 كلمة" if where == "before" else f"كلمة 12{sign} كلمة" for sign in SIGNS
    ]
    assert _extracted(lines) == lines


def test_the_drawing_is_the_same_only_the_text_layer_is_arranged() -> None:
    line = "بتاريخ 9 فبراير 2026:"
    order = pdf_text.extraction_order(line)
    assert sorted(order.replace(pdf_text.LRM, "")) == sorted(line)
    assert pdf_text.extraction_order("Al Omrane") == "Al Omrane"
