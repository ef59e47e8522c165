"""The "take it with you" QR on the kiosk's screens: shown once the stand has its key from
enrollment, and what a phone reads from it is the visitor's own selection, simulation, aid
and language, signed with that key."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from pytestqt.qtbot import QtBot

from kiosk.core import settings
from kiosk.core.catalog import SearchQuery
from kiosk.ui.app import MainWindow
from kiosk.ui.widgets.takeaway_qr import TakeawayQr
from sync.contract.sealing import b64
from sync.contract.takeaway import Takeaway, derive_key, unpack
from tests.ui.test_lead_form import stand  # noqa: F401

KEY_ID = 321
KEY = derive_key(b"\x07" * 32, KEY_ID)
BASE = "https://hq.example.test"


def _give_key(window: MainWindow) -> None:
    settings.put_many(
        window.services.db,
        {
            settings.TAKEAWAY_KEY_ID: str(KEY_ID),
            settings.TAKEAWAY_KEY: b64(KEY),
            settings.TAKEAWAY_URL: BASE,
        },
    )


def _read(qr: TakeawayQr) -> Takeaway:
    """Decode the QR as drawn on screen and check the link with the stand's key."""
    assert qr.isVisible()
    buffer = QBuffer()  # the pixmap itself, as the screen paints it
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qr.code.pixmap().save(buffer, "PNG")
    (found,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert found.text == qr.url and found.text.startswith(BASE + "/t/")
    return unpack(found.text.rsplit("/", 1)[1], KEY)


def test_the_selection_screen_qr_carries_the_selection_in_the_visitors_language(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    _give_key(stand)
    refs = [u.ref for u in stand.services.catalog.search(SearchQuery(limit=3)).units]
    for ref in refs:
        stand.session.add_to_selection(ref)
    stand.session.aid_answers = {"amount_mad": 50_000}
    stand.session.set_language("ar")
    assert stand.show_screen("compare")
    link = _read(stand.screen_widget("compare").takeaway)
    assert (link.refs, link.language, link.aid_mad) == (tuple(refs), "ar", 50_000)
    assert link.key_id == KEY_ID
    stand.session.set_language("en")  # the QR follows the visitor's language
    assert _read(stand.screen_widget("compare").takeaway).language == "en"


def test_unit_simulator_and_thank_you_screens_show_the_qr(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    _give_key(stand)
    unit = next(
        u for u in stand.services.catalog.search(SearchQuery(limit=20)).units if u.price_mad
    )
    assert stand.show_screen("detail", ref=unit.ref)
    assert _read(stand.screen_widget("detail").takeaway).refs == (unit.ref,)
    assert stand.show_screen("simulator", ref=unit.ref)
    simulated = _read(stand.screen_widget("simulator").takeaway)
    assert simulated.refs == (unit.ref,) and simulated.loan is not None
    assert simulated.loan.price_mad == round(stand.session.simulation["price_mad"])
    assert stand.show_screen("thanks", tickets={})
    assert _read(stand.screen_widget("thanks").takeaway).refs == (unit.ref,)  # last viewed
    thanks = stand.screen_widget("thanks")
    stand.wipe()
    assert not thanks.takeaway.url and thanks.takeaway.isHidden()


def test_without_a_key_from_enrollment_no_qr_is_shown(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    ref = stand.services.catalog.search(SearchQuery(limit=1)).units[0].ref
    assert stand.show_screen("detail", ref=ref)
    qr = stand.screen_widget("detail").takeaway
    assert qr.isHidden() and qr.url == ""
