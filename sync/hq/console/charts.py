"""Small server-rendered SVG charts (no script, no CDN); every label is escaped."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

BAR_COLOUR = "#1b6b52"
TEXT_COLOUR = "#1f2a30"
GRID_COLOUR = "#d7dde0"
COLUMN_CHART_HEIGHT = 180
COLUMN_WIDTH = 22
COLUMN_GAP = 6
ROW_HEIGHT = 24
LABEL_WIDTH = 120
BAR_AREA = 180


def column_chart(points: Sequence[tuple[str, int]], title: str) -> Markup:
    """Vertical bars, one per day; labels show the day of month to stay readable."""
    if not points:
        return Markup("")
    peak = max(v for _, v in points) or 1
    width = len(points) * (COLUMN_WIDTH + COLUMN_GAP) + 40
    height = COLUMN_CHART_HEIGHT + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" direction="ltr"><title>{escape(title)}</title>',
        f'<line x1="30" y1="{COLUMN_CHART_HEIGHT}" x2="{width}" y2="{COLUMN_CHART_HEIGHT}" '
        f'stroke="{GRID_COLOUR}"/>',
        f'<text x="0" y="12" font-size="11" fill="{TEXT_COLOUR}">{peak}</text>',
    ]
    for i, (label, value) in enumerate(points):
        bar = round(value / peak * (COLUMN_CHART_HEIGHT - 20))
        x = 34 + i * (COLUMN_WIDTH + COLUMN_GAP)
        y = COLUMN_CHART_HEIGHT - bar
        parts.append(
            f'<rect x="{x}" y="{y}" width="{COLUMN_WIDTH}" height="{bar}" fill="{BAR_COLOUR}">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        parts.append(
            f'<text x="{x + COLUMN_WIDTH / 2}" y="{COLUMN_CHART_HEIGHT + 14}" font-size="10" '
            f'text-anchor="middle" fill="{TEXT_COLOUR}">{escape(label[-2:])}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(rows: Sequence[tuple[str, int]], title: str) -> Markup:
    """Horizontal bars with their label and value (desk, language, cities, units)."""
    if not rows:
        return Markup("")
    peak = max(v for _, v in rows) or 1
    width = LABEL_WIDTH + BAR_AREA + 60
    height = len(rows) * ROW_HEIGHT + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" direction="ltr"><title>{escape(title)}</title>',
    ]
    for i, (label, value) in enumerate(rows):
        y = 4 + i * ROW_HEIGHT
        bar = max(1, round(value / peak * BAR_AREA))
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" font-size="12" text-anchor="end" '
            f'fill="{TEXT_COLOUR}">{escape(label[:24])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{bar}" height="{ROW_HEIGHT - 8}" '
            f'fill="{BAR_COLOUR}"/>'
            f'<text x="{LABEL_WIDTH + bar + 6}" y="{y + 15}" font-size="12" '
            f'fill="{TEXT_COLOUR}">{value}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
