"""Generated pictures for the demo catalog: a façade, a plot layout and a floor plan,
drawn with Pillow, the same for the same seed. They carry no "Illustration" mark of their own:
they are flagged, and screens and brochures say so once, in the visitor's language."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageColor, ImageDraw, ImageFont

from kiosk.core import resources

PHOTO_SIZE = (1200, 800)
PLAN_SIZE = (1000, 800)
_WALLS = ["#F4EBDD", "#EFD9B4", "#E8C9A0", "#F7F3EC", "#E9D3C0", "#DCC7A1"]
_TRIMS = ["#B5562B", "#2F6F73", "#7A4E2D", "#3D5A80", "#8C2F39"]
_SKIES = [("#8EC5E8", "#E6F2FA"), ("#F6C28B", "#FBE9D7"), ("#9DB8D9", "#EEF3F9")]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources.assets() / "fonts" / "NotoSans-Regular.ttf"), size)


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _sky(draw: ImageDraw.ImageDraw, rng: random.Random, width: int, height: int) -> None:
    top, bottom = (ImageColor.getrgb(c) for c in rng.choice(_SKIES))
    for y in range(height):
        k = y / max(height - 1, 1)
        colour = tuple(round(top[i] * (1 - k) + bottom[i] * k) for i in range(3))
        draw.line((0, y, width, y), fill=colour)


def facade(seed: int, storeys: int = 4) -> bytes:
    """A residential building seen from the street (JPEG)."""
    rng = random.Random(seed)
    width, height = PHOTO_SIZE
    image = Image.new("RGB", PHOTO_SIZE)
    draw = ImageDraw.Draw(image)
    ground = int(height * 0.82)
    _sky(draw, rng, width, ground)
    draw.rectangle((0, ground, width, height), fill="#C9C2B4")
    draw.rectangle((0, ground + 30, width, height), fill="#6B6B6B")
    wall, trim = rng.choice(_WALLS), rng.choice(_TRIMS)
    storeys = max(1, min(storeys, 8))
    storey_h = min(110, (ground - 120) // storeys)
    left, right = rng.randint(120, 260), width - rng.randint(120, 260)
    top = ground - storey_h * storeys
    draw.rectangle((left, top, right, ground), fill=wall, outline="#8A7F70", width=3)
    draw.rectangle((left - 12, top - 18, right + 12, top), fill=trim)
    bays = rng.randint(4, 7)
    bay_w = (right - left) / bays
    for s in range(storeys):
        y0 = top + s * storey_h + storey_h * 0.22
        for b in range(bays):
            x0 = left + b * bay_w + bay_w * 0.25
            x1, y1 = x0 + bay_w * 0.5, y0 + storey_h * 0.5
            if s == storeys - 1 and b == bays // 2:
                continue
            draw.rectangle((x0, y0, x1, y1), fill="#5B7A99", outline=trim, width=3)
            if s < storeys - 1 and rng.random() < 0.5:
                draw.rectangle((x0 - 8, y1, x1 + 8, y1 + 8), fill=trim)
    door_x = left + (bays // 2) * bay_w + bay_w * 0.2
    draw.rounded_rectangle(
        (door_x, ground - storey_h * 0.8, door_x + bay_w * 0.6, ground), radius=18, fill=trim
    )
    for _ in range(rng.randint(2, 4)):
        tx = rng.choice([rng.randint(20, max(21, left - 40)), rng.randint(right + 10, width - 40)])
        draw.rectangle((tx + 14, ground - 60, tx + 22, ground), fill="#6B4A2B")
        draw.ellipse((tx - 20, ground - 130, tx + 56, ground - 50), fill="#5E8C4A")
    return _jpeg(image)


def plot_layout(seed: int, lots: int = 12) -> bytes:
    """A subdivision seen from above, one lot highlighted (PNG)."""
    rng = random.Random(seed)
    width, height = PLAN_SIZE
    image = Image.new("RGB", PLAN_SIZE, "#F3EFE6")
    draw = ImageDraw.Draw(image)
    road = int(height * 0.45)
    draw.rectangle((0, road, width, road + 70), fill="#B9B4AA")
    for x in range(0, width, 60):
        draw.line((x, road + 35, x + 30, road + 35), fill="#FFFFFF", width=4)
    per_row = max(2, (lots + 1) // 2)
    lot_w = (width - 80) / per_row
    chosen = rng.randrange(lots)
    font = _font(22)
    for i in range(lots):
        row, col = divmod(i, per_row)
        x0 = 40 + col * lot_w
        y0, y1 = (60, road - 20) if row == 0 else (road + 90, height - 90)
        fill = "#F2C14E" if i == chosen else "#DDE8C9"
        draw.rectangle((x0 + 6, y0, x0 + lot_w - 6, y1), fill=fill, outline="#5F6B4A", width=3)
        label = str(i + 1)
        box = draw.textbbox((0, 0), label, font=font)
        draw.text(
            (x0 + lot_w / 2 - (box[2] - box[0]) / 2, (y0 + y1) / 2 - 12),
            label,
            font=font,
            fill="#1B1F24",
        )
    return _png(image)


def floor_plan(seed: int, rooms: int = 3) -> bytes:
    """A flat's plan: living room, bedrooms, kitchen and bathroom as boxes (PNG)."""
    rng = random.Random(seed)
    width, height = PLAN_SIZE
    image = Image.new("RGB", PLAN_SIZE, "#FFFFFF")
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = 60, 60, width - 60, height - 110
    split = rng.uniform(0.45, 0.6)
    mid_y = y0 + (y1 - y0) * split
    bedrooms = max(1, min(rooms - 1, 5))
    spaces: list[tuple[float, float, float, float]] = [(x0, y0, x0 + (x1 - x0) * 0.55, mid_y)]
    spaces.append((x0 + (x1 - x0) * 0.55, y0, x0 + (x1 - x0) * 0.8, mid_y))  # kitchen
    spaces.append((x0 + (x1 - x0) * 0.8, y0, x1, mid_y))  # bathroom
    bed_w = (x1 - x0) / bedrooms
    spaces += [(x0 + i * bed_w, mid_y, x0 + (i + 1) * bed_w, y1) for i in range(bedrooms)]
    for box in spaces:
        draw.rectangle(box, outline="#1B1F24", width=6)
    for bx0, _by0, bx1, _by1 in spaces[3:]:
        door = (bx0 + bx1) / 2
        draw.line((door - 30, mid_y, door + 30, mid_y), fill="#FFFFFF", width=8)
        draw.arc((door - 30, mid_y - 60, door + 30, mid_y), 0, 90, fill="#8A8F96", width=2)
    font = _font(24)
    for box, surface in zip(spaces, _surfaces(rng, len(spaces)), strict=True):
        text = f"{surface} m²"
        tb = draw.textbbox((0, 0), text, font=font)
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        draw.text((cx - (tb[2] - tb[0]) / 2, cy - 12), text, font=font, fill="#3A4048")
    return _png(image)


def _surfaces(rng: random.Random, count: int) -> list[int]:
    return (
        [rng.randint(22, 32)]
        + [rng.randint(6, 14) for _ in range(2)]
        + [rng.randint(10, 16) for _ in range(count - 3)]
    )
