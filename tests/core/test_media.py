"""Photos and plans as a catalog manager sends them: checked by content, stored by hash."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kiosk.core.media import checks, illustrations, sources
from kiosk.core.media.store import VERSIONS, MediaStore, sha256_of
from sync.contract.errors import UserError


def image_bytes(fmt: str, size: tuple[int, int] = (640, 480), colour: str = "#C0A080") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header announces ``width``×``height`` (a decompression bomb's shape)."""
    data = bytearray(image_bytes("PNG", (1, 1)))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17]))
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


def pdf_plan() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.rect(60, 60, 400, 300)
    page.drawString(80, 200, "Séjour 24 m2")
    page.showPage()
    page.save()
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_photos_in_the_three_formats_are_accepted(fmt: str) -> None:
    checked = checks.check_photo(image_bytes(fmt))
    assert (checked.width, checked.height) == (640, 480)
    assert checked.mime == f"image/{fmt.lower()}"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (image_bytes("GIF"), "a GIF image; use JPEG, PNG or WebP"),
        (b"Lot 12, vue sur mer", "not an image (JPEG, PNG or WebP) nor a PDF"),
        (image_bytes("JPEG")[:600], "cannot be decoded"),
        (image_bytes("PNG", (120, 90)), "image too small (120×90 px, at least 200 a side)"),
        (png_claiming(30_000, 30_000), "image too large"),
        (b"", "empty file"),
    ],
)
def test_a_bad_photo_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(checks.MediaRefused) as refused:
        checks.check_photo(data)
    assert refused.value.reason.startswith(reason)


def test_a_file_over_the_size_limit_is_refused_before_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(checks, "MAX_BYTES", 1000)
    with pytest.raises(checks.MediaRefused, match="file too large"):
        checks.check_photo(image_bytes("PNG", (800, 800), "#123456") + b"\0" * 2000)


def test_a_pdf_plan_becomes_an_image_of_its_first_page() -> None:
    plan = checks.check_plan(pdf_plan())
    assert plan.mime == "image/png"
    assert max(plan.width, plan.height) == checks.PLAN_RENDER_SIDE
    with pytest.raises(checks.MediaRefused, match="not a readable PDF"):
        checks.check_plan(b"%PDF-1.7 broken")


def test_a_folder_source_reads_names_inside_it_only(tmp_path: Path) -> None:
    media = tmp_path / "catalogue-media"
    (media / "cas").mkdir(parents=True)
    (media / "cas" / "facade.jpg").write_bytes(b"x")
    (tmp_path / "secret.txt").write_text("not for the catalog")
    source = sources.beside(tmp_path / "catalogue.csv")
    assert source.read("cas/facade.jpg") == b"x"
    assert source.read("cas\\facade.jpg") == b"x"  # names typed on Windows
    for name in ["../secret.txt", "/etc/passwd", "C:/secret.txt", "cas/absent.jpg"]:
        with pytest.raises(checks.MediaRefused):
            source.read(name)
    os.symlink(tmp_path / "secret.txt", media / "link.jpg")
    with pytest.raises(checks.MediaRefused):
        source.read("link.jpg")


def test_a_zip_source_checks_sizes_before_inflating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "media.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("plans/t3.png", image_bytes("PNG"))
        z.writestr("bomb.png", b"\0" * 50_000)
    source = sources.beside(tmp_path / "units.json")
    assert checks.check_plan(source.read("plans/t3.png")).width == 640
    monkeypatch.setattr(sources, "MAX_BYTES", 10_000)
    with pytest.raises(checks.MediaRefused, match="file too large"):
        source.read("bomb.png")
    with pytest.raises(checks.MediaRefused, match="not in the ZIP"):
        source.read("plans/t4.png")
    source.close()
    (tmp_path / "broken.zip").write_bytes(b"PK not really")
    with pytest.raises(UserError):
        sources.beside(tmp_path / "units.json", tmp_path / "broken.zip")


def test_the_store_names_files_by_content_and_makes_their_versions_once(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    photo = image_bytes("JPEG", (3000, 2000))
    digest = store.put(photo)
    assert digest == sha256_of(photo) and store.has(digest)
    for version, side in VERSIONS.items():
        with Image.open(store.path(digest, version)) as made:
            assert max(made.size) == side
    before = store.path(digest, "thumb").stat().st_mtime_ns
    assert store.put(photo) == digest
    assert store.path(digest, "thumb").stat().st_mtime_ns == before
    with pytest.raises(UserError, match="does not match"):
        store.put_verified("0" * 64, photo)


def test_a_screen_sized_photo_is_shown_as_sent_and_a_turned_one_is_set_upright(
    tmp_path: Path,
) -> None:
    store = MediaStore(tmp_path / "media")
    photo = image_bytes("JPEG", (1200, 800))
    digest = store.put(photo)
    assert store.path(digest, "screen").read_bytes() == photo, "not re-encoded: no loss"
    assert store.bytes_used() < 2 * len(photo), "kept once, not as original and version"
    with Image.open(store.path(digest, "thumb")) as thumb:
        assert thumb.size == (480, 320)
    # a phone photo taken upright: landscape pixels and an EXIF "rotate 90°" tag
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    Image.new("RGB", (1200, 800), "#406080").save(out, "JPEG", exif=exif.tobytes())
    turned = store.put(out.getvalue())
    for version, size in (("screen", (800, 1200)), ("thumb", (320, 480))):
        with Image.open(store.path(turned, version)) as made:
            assert made.size == size and made.getexif().get(0x0112, 1) == 1


def test_a_half_stored_entry_counts_as_absent(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    digest = store.put(image_bytes("PNG"))
    store.path(digest, "screen").unlink()
    assert not store.has(digest)


def test_eviction_removes_unused_files_oldest_first_and_never_a_used_one(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    digests = [store.put(image_bytes("PNG", (900, 700), c)) for c in ("#111", "#555", "#999")]
    for age, digest in enumerate(digests):  # the first one is the oldest
        for version in (None, *VERSIONS):
            os.utime(store.path(digest, version), (1_000_000 + age, 1_000_000 + age))
    used = {digests[1]}
    per_entry = store.bytes_used() // 3
    report = store.evict(keep=used, budget_bytes=store.bytes_used() - per_entry // 2)
    assert not store.has(digests[0]) and store.has(digests[1]) and store.has(digests[2])
    assert report.files == 3
    store.evict(keep=used, budget_bytes=0)
    assert store.has(digests[1]) and not store.has(digests[2])


def test_illustrations_are_the_same_for_a_seed_and_pass_the_import_checks() -> None:
    assert illustrations.facade(3) == illustrations.facade(3)
    assert illustrations.facade(3) != illustrations.facade(4)
    assert checks.check_photo(illustrations.facade(3)).mime == "image/jpeg"
    assert checks.check_plan(illustrations.floor_plan(3, rooms=4)).mime == "image/png"
    assert checks.check_plan(illustrations.plot_layout(3)).width == illustrations.PLAN_SIZE[0]
