"""The take-away link (sync.contract.takeaway): its content survives the trip, one changed
character is refused, and 5 units with a simulation fit a QR version ≤ 10 at level M,
read back from the rendered PNG by zxing-cpp."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.cli import main as kiosk_cli
from kiosk.core import takeaway as stand_takeaway
from sync.contract.takeaway import (
    LinkError,
    LoanInputs,
    Takeaway,
    derive_key,
    key_id_of,
    link_url,
    pack,
    unpack,
)
from tests.takeaway.conftest import TakeawayHQ

KEY = derive_key(b"\x01" * 32, 4242)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _link(refs: tuple[str, ...], **extra: object) -> Takeaway:
    values: dict[str, object] = {"language": "ar", "expires": date(2029, 11, 28), "key_id": 4242}
    values.update(extra)
    return Takeaway(refs, **values)  # type: ignore[arg-type]


def test_the_content_comes_back_as_it_was_packed() -> None:
    link = _link(
        ("KEN-000101", "RAB-000007"),
        aid_mad=70_000,
        loan=LoanInputs(650_000, 130_000, 475, 25),
    )
    code = pack(link, KEY)
    assert key_id_of(code) == 4242
    back = unpack(code, KEY)
    assert back == link and back.key_id == 4242
    assert code == code.upper() and code.isalnum()


def test_every_single_character_change_is_refused() -> None:
    code = pack(_link(("KEN-000101",), loan=LoanInputs(500_000, 50_000, 425, 20)), KEY)
    for at, char in enumerate(code):
        for other in (
            BASE32[(BASE32.index(char) + 1) % 32],
            BASE32[(BASE32.index(char) + 17) % 32],
        ):
            changed = code[:at] + other + code[at + 1 :]
            with pytest.raises(LinkError):
                unpack(changed, KEY)
    with pytest.raises(LinkError):
        unpack(code, derive_key(b"\x01" * 32, 4243))  # another stand's key
    with pytest.raises(LinkError):
        unpack(code[:-1], KEY)


def _decoded(png: bytes) -> tuple[str, int]:
    """The text zxing-cpp reads from the PNG and the QR version its size gives."""
    image = Image.open(io.BytesIO(png))
    (found,) = zxingcpp.read_barcodes(image)
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    box, border = 8, 2  # kiosk.core.takeaway.qr_png's defaults
    modules = image.width // box - 2 * border
    return found.text, (modules - 17) // 4


def test_five_units_with_a_simulation_fit_a_version_10_qr_at_level_m(
    takeaway_hq: TakeawayHQ,
) -> None:
    refs = takeaway_hq.refs(5)
    assert len(refs) == 5
    url = stand_takeaway.build_link(
        takeaway_hq.stand,
        takeaway_hq.event(),
        refs,
        "ar",
        simulation={
            "price_mad": 1_113_000,
            "own_contribution_mad": 222_600,
            "rate_pct": 4.75,
            "years": 25,
            "aid_mad": 70_000,
        },
    )
    png = stand_takeaway.qr_png(url)
    text, version = _decoded(png)
    assert text == url
    assert version == stand_takeaway.qr_code(url).version <= stand_takeaway.QR_MAX_VERSION
    assert stand_takeaway.qr_code(url).error_correction == stand_takeaway.QR_ERROR_CORRECTION
    print(f"takeaway_qr_version_5_units={version} url_chars={len(url)}")


def test_the_cli_prints_the_link_the_screens_build_and_writes_its_qr(
    takeaway_hq: TakeawayHQ, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = takeaway_hq.refs(5)
    png = tmp_path / "qr.png"
    home = ["--home", str(takeaway_hq.stand_home)]
    assert kiosk_cli(["takeaway", *refs, "--lang", "en", "-o", str(png), "--json", *home]) == 0
    shown = json.loads(capsys.readouterr().out)
    screens = stand_takeaway.build_link(takeaway_hq.stand, takeaway_hq.event(), refs, "en")
    assert shown["url"] == screens
    assert shown["qr_version"] <= 10
    assert _decoded(png.read_bytes())[0] == shown["url"]
    assert kiosk_cli(["takeaway", refs[0], *home]) == 0
    assert capsys.readouterr().out.strip().startswith(takeaway_hq.url + "/t/")
    assert kiosk_cli(["takeaway", "NOPE-000000", *home]) != 0
    assert link_url("https://hq.example.ma/", "ABC") == "https://hq.example.ma/t/ABC"
