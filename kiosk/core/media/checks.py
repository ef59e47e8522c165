"""Is a file a photo or a floor plan the kiosk can show? Type by content, never by name."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from sync.contract.errors import ValidationError

IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
PDF_MAGIC = b"%PDF-"
MAX_BYTES = 15 * 1024 * 1024
MIN_SIDE = 200
MAX_SIDE = 12_000
MAX_PIXELS = 60_000_000  # far above any camera; stops decompression bombs before decoding
PLAN_RENDER_SIDE = 2_000  # a PDF plan's first page is rendered this large (longest side)


class MediaRefused(ValidationError):
    """A file that cannot be used; ``reason`` is the short text of the import report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, key="catalog.error.media")
        self.reason = reason


@dataclass(frozen=True)
class CheckedImage:
    """A decodable image of an accepted type: the bytes to store, and what they are."""

    data: bytes
    mime: str
    width: int
    height: int


def check_photo(data: bytes) -> CheckedImage:
    """The photo as it is, or MediaRefused saying why not."""
    _check_size(data)
    return _decoded(data)


def check_plan(data: bytes) -> CheckedImage:
    """A floor plan: an image, or a PDF whose first page is rendered to a PNG."""
    _check_size(data)
    if data.startswith(PDF_MAGIC):
        data = _first_pdf_page(data)
    return _decoded(data)


def _check_size(data: bytes) -> None:
    if not data:
        raise MediaRefused("empty file")
    if len(data) > MAX_BYTES:
        raise MediaRefused(
            f"file too large ({len(data) / 1_048_576:.1f} MB, at most {MAX_BYTES // 1_048_576} MB)"
        )


def _decoded(data: bytes) -> CheckedImage:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format or ""
                if kind not in IMAGE_TYPES:
                    raise MediaRefused(f"a {kind} image; use JPEG, PNG or WebP")
                width, height = image.size
                _check_dimensions(width, height)
                # every byte is decoded (a truncated or corrupt file fails here, not on the
                # kiosk), a JPEG at an eighth of its size: checking costs little
                image.draft(image.mode, (MIN_SIDE, MIN_SIDE))
                image.load()
    except MediaRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaRefused("image too large to decode safely") from exc
    except UnidentifiedImageError as exc:
        raise MediaRefused("not an image (JPEG, PNG or WebP) nor a PDF") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaRefused("cannot be decoded: the file is damaged or cut short") from exc
    return CheckedImage(data, IMAGE_TYPES[kind], width, height)


def _check_dimensions(width: int, height: int) -> None:
    if min(width, height) < MIN_SIDE:
        raise MediaRefused(f"image too small ({width}×{height} px, at least {MIN_SIDE} a side)")
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise MediaRefused(f"image too large ({width}×{height} px, at most {MAX_SIDE} a side)")


def _first_pdf_page(data: bytes) -> bytes:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise MediaRefused("not a readable PDF") from exc
    try:
        if len(pdf) == 0:
            raise MediaRefused("the PDF has no page")
        page = pdf[0]
        width, height = page.get_size()
        scale = PLAN_RENDER_SIDE / max(width, height, 1)
        image = page.render(scale=scale).to_pil()
        out = io.BytesIO()
        image.convert("RGB").save(out, "PNG", optimize=False)
        return out.getvalue()
    finally:
        pdf.close()
