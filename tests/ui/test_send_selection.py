"""'Send me my selection' on the kiosk: from the selection and thank-you screens, the visitor
picks a channel and types where to; nothing can be sent (or is kept) before the consent box
for this one sending is ticked; then the request is stored sealed for HQ, with the notice
version as proof, and the staff console lists it with a masked address."""

from __future__ import annotations

from types import SimpleNamespace

import nacl.public
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core import notices, settings
from kiosk.core.catalog import SearchQuery
from kiosk.core.send_requests import SendOutbox
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.send_selection import SendSelectionScreen
from kiosk.ui.session import VisitorSession
from kiosk.ui.staff.console import StaffConsoleScreen
from sync.contract.sealing import b64, open_text
from sync.contract.takeaway import derive_key
from sync.contract.vocabulary import LANGUAGES
from sync.contract.wire import SendStatus
from tests.ui.test_lead_form import stand  # noqa: F401

HQ_KEY = nacl.public.PrivateKey.generate()


def _enrolled(window: MainWindow) -> None:
    """What enrollment leaves on the stand: the take-away key and HQ's public key."""
    settings.put_many(
        window.services.db,
        {
            settings.TAKEAWAY_KEY_ID: "77",
            settings.TAKEAWAY_KEY: b64(derive_key(b"\x05" * 32, 77)),
            settings.TAKEAWAY_URL: "https://hq.example.test",
            settings.HQ_PUBLIC_KEY: b64(bytes(HQ_KEY.public_key)),
        },
    )


def _select(window: MainWindow, count: int = 2) -> list[str]:
    refs = [u.ref for u in window.services.catalog.search(SearchQuery(limit=count)).units]
    for ref in refs:
        window.session.add_to_selection(ref)
    return refs


def _open_from_compare(qtbot: QtBot, window: MainWindow) -> SendSelectionScreen:
    assert window.show_screen("compare")
    button = window.screen_widget("compare").takeaway.send_button
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    screen = window.screen_widget("send_selection")
    assert isinstance(screen, SendSelectionScreen)
    assert window.stack.currentWidget() is screen
    return screen


def _rows(window: MainWindow) -> list[dict[str, object]]:
    return SendOutbox(window.services.db, window.services.clock).recent()


def test_consent_is_required_before_anything_is_sent_or_kept(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    _enrolled(stand)
    refs = _select(stand)
    screen = _open_from_compare(qtbot, stand)
    assert screen.refs == refs and screen.link.startswith("https://hq.example.test/t/")
    assert not screen.send_button.isEnabled()
    qtbot.mouseClick(screen.chips["email"], Qt.MouseButton.LeftButton)
    assert screen.email.isVisible() and not screen.phone_row.isVisible()
    qtbot.keyClicks(screen.email, "famille.turin@example.org")
    assert not screen.send_button.isEnabled()  # no consent: no sending
    screen.send()
    assert _rows(stand) == []
    assert "e-mail" in screen.consent.text_shown().lower()
    assert stand.services.event.event.notice_version in screen.consent.text_shown()
    qtbot.mouseClick(screen.consent, Qt.MouseButton.LeftButton)
    assert screen.send_button.isEnabled()
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    (row,) = _rows(stand)
    assert (row["channel"], row["status"], row["recipient_hint"]) == (
        "email",
        "pending",
        "f•••@example.org",
    )
    stored = stand.services.db.query("SELECT * FROM send_requests")[0]
    assert open_text(stored["recipient_sealed"], HQ_KEY) == "famille.turin@example.org"
    assert stored["notice_version"] == stand.services.event.event.notice_version
    assert stored["link"] == screen.link and stored["consent_given"] == 1
    assert screen.done.isVisible() and not screen.send_button.isEnabled()  # once, not twice


def test_whatsapp_takes_a_phone_number_in_the_visitors_language(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    _enrolled(stand)
    _select(stand, 1)
    stand.session.set_language("ar")
    screen = _open_from_compare(qtbot, stand)
    assert screen.chips["whatsapp"].text() == "WhatsApp"
    qtbot.mouseClick(screen.chips["whatsapp"], Qt.MouseButton.LeftButton)
    assert screen.phone_row.isVisible() and not screen.email.isVisible()
    qtbot.keyClicks(screen.phone, "0600000042")
    screen.region.picked(0)
    screen.phone_country.setCurrentIndex(screen.phone_country.findData("MA"))
    qtbot.mouseClick(screen.consent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    (row,) = _rows(stand)
    assert (row["channel"], row["language"], row["recipient_hint"]) == (
        "whatsapp",
        "ar",
        "+212••••42",
    )


def test_a_wrong_address_is_explained_and_nothing_is_kept(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    _enrolled(stand)
    _select(stand, 1)
    screen = _open_from_compare(qtbot, stand)
    qtbot.mouseClick(screen.chips["sms"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.phone, "12")
    qtbot.mouseClick(screen.consent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert screen.field_error.text() and _rows(stand) == []


def test_the_thank_you_screen_sends_with_the_lead_and_without_key_offers_nothing(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    refs = _select(stand, 1)
    assert stand.show_screen("thanks", tickets={})
    thanks = stand.screen_widget("thanks")
    assert thanks.takeaway.isHidden()  # not enrolled: no link, no sending
    _enrolled(stand)

    saved = SimpleNamespace(id="0190f0aa-0000-7000-8000-0000000000aa", tickets={})
    assert stand.show_screen("thanks", saved=saved)
    qtbot.mouseClick(thanks.takeaway.send_button, Qt.MouseButton.LeftButton)
    screen = stand.screen_widget("send_selection")
    assert isinstance(screen, SendSelectionScreen)
    assert (screen.lead_id, screen.refs) == (saved.id, refs)
    stand.wipe()
    assert screen.lead_id == "" and screen.link == ""


def test_the_staff_console_shows_each_sending_and_hqs_reason(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    _enrolled(stand)
    _select(stand, 1)
    screen = _open_from_compare(qtbot, stand)
    qtbot.mouseClick(screen.chips["email"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.email, "refus@example.org")
    qtbot.mouseClick(screen.consent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    outbox = SendOutbox(stand.services.db, stand.services.clock)
    (claimed,) = outbox.claim_batch(10)  # what a sync does: HQ stores it, then reports
    outbox.apply_results({claimed["id"]: ("stored", "")})
    reason = "recipient refused: 550 no such user"
    outbox.apply_deliveries([SendStatus(id=claimed["id"], delivery="failed", reason=reason)])
    console = StaffConsoleScreen(stand.services, VisitorSession("fr"))
    qtbot.addWidget(console)
    console.enter()
    tab = console.sends
    assert console.tabs.indexOf(tab) >= 0
    cells = [tab.table.item(0, col).text() for col in range(5)]
    assert cells[1:] == ["E-mail", "\u200er•••@example.org", "Échec", reason]
    assert "Échec: 1" in tab.summary.text()


def test_the_notice_names_the_purpose_as_the_screen_and_its_box_do(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    """The consent box points to the notice by the purpose's name: the notice of the event
    has a paragraph under that very name, in every language of the notice."""
    _enrolled(stand)
    _select(stand, 1)
    screen = _open_from_compare(qtbot, stand)
    version = stand.services.event.event.notice_version
    for lang in sorted(LANGUAGES):
        stand.session.set_language(lang)
        notice = notices.load_notice(version, lang, fallback=lang)
        purpose = screen.title.text()
        assert purpose in notice.markdown, lang
        assert purpose in screen.consent.text_shown(), lang
