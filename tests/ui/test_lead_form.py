"""The contact form as a visitor uses it: consent first, a ticket either way, nothing left."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core import staff
from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.db import KioskDB
from kiosk.core.leads import count_leads, iter_leads
from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.lead_form import LeadFormScreen
from kiosk.ui.screens.thanks import ThankYouScreen
from kiosk.ui.services import Services
from sync.contract.lead import typed_limit

PIN = "583920"


@pytest.fixture
def stand(qtbot: QtBot, shell_services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    """The kiosk window on a private copy of the catalog, with a staff PIN (so leads save)."""
    path = tmp_path / "kiosk.db"
    backup(shell_services.db, path)
    db = KioskDB(path)
    staff.set_pin(db, PIN, cost=staff.PinCost.lowest())
    services = replace(shell_services, db=db, catalog=Catalog(db))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.close()


def _form(window: MainWindow, refs: list[str]) -> LeadFormScreen:
    assert window.show_screen("lead_form", refs=refs)
    form = window.screen_widget("lead_form")
    assert isinstance(form, LeadFormScreen)
    return form


def _fill(qtbot: QtBot, form: LeadFormScreen, phone: str = "06 12 34 56 78") -> None:
    qtbot.keyClicks(form.fields["first_name"], "Samira")
    qtbot.keyClicks(form.fields["last_name"], "TESTFORM")
    form.phone_country.setCurrentIndex(form.phone_country.findData("MA"))
    qtbot.keyClicks(form.fields["phone"], phone)
    qtbot.keyClicks(form.fields["city"], "Paris")


def test_consent_boxes_start_unticked_and_sending_needs_call_me_back(
    qtbot: QtBot, stand: MainWindow
) -> None:
    ref = stand.services.catalog.search(SearchQuery(limit=1)).units[0].ref
    form = _form(stand, [ref])
    boxes = (form.consent_callback, form.consent_marketing, form.consent_share)
    assert not any(box.isChecked() for box in boxes)
    assert not form.send_button.isEnabled()
    assert form.anonymous_hint.text()  # says nothing personal is stored without it
    assert (
        form.notice.toPlainText()
        and form.services.event.event.notice_version in form.notice_version.text()
    )
    assert ref in [
        c.text().split()[0] for c in form.interests_row.findChildren(type(form.send_button))
    ]


def test_a_visitor_without_call_back_gets_an_anonymous_ticket(
    qtbot: QtBot, stand: MainWindow
) -> None:
    form = _form(stand, [])
    qtbot.mouseClick(form.ticket_button, Qt.MouseButton.LeftButton)
    assert stand.current_name == "thanks"
    thanks = stand.screen_widget("thanks")
    assert isinstance(thanks, ThankYouScreen)
    assert thanks.tickets and not thanks.saved_lead
    assert count_leads(stand.services.db) == 0


def test_a_valid_lead_is_saved_then_the_ticket_and_qr_show(qtbot: QtBot, stand: MainWindow) -> None:
    form = _form(stand, [])
    form.consent_callback.setChecked(True)
    _fill(qtbot, form)
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    assert stand.current_name == "thanks", form.general_error.text()
    assert count_leads(stand.services.db) == 1
    thanks = stand.screen_widget("thanks")
    assert isinstance(thanks, ThankYouScreen) and thanks.saved_lead
    numbers = [w.text() for w in thanks.findChildren(type(thanks.title), "ticketNumber")]
    assert numbers and numbers[0].startswith("A-")
    qr = thanks.findChildren(type(thanks.title), "ticketQr")[0]
    assert not qr.pixmap().isNull()


def test_an_invalid_phone_is_explained_in_arabic(qtbot: QtBot, stand: MainWindow) -> None:
    stand.session.language = "ar"
    i18n.apply_language("ar")
    form = _form(stand, [])
    form.consent_callback.setChecked(True)
    _fill(qtbot, form, phone="12")
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    assert stand.current_name == "lead_form"
    error = form.errors["phone"].text()
    assert error and any("\u0600" <= ch <= "\u06ff" for ch in error)
    assert not form.errors["phone"].visibleRegion().isEmpty()  # scrolled into view
    assert count_leads(stand.services.db) == 0


def test_bidi_override_characters_never_reach_the_database(qtbot: QtBot, stand: MainWindow) -> None:
    form = _form(stand, [])
    form.consent_callback.setChecked(True)
    _fill(qtbot, form)
    form.fields["first_name"].setText("Sa\u202emira\u2066")
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    assert stand.current_name == "thanks"
    # The personal fields are sealed, so look at what the staff will read once decrypted.
    key = staff.unlock_staff_key(stand.services.db, PIN)
    stored = list(iter_leads(stand.services.db, key))
    assert len(stored) == 1 and stored[0]["first_name"] == "Samira"
    texts = [v for v in stored[0].values() if isinstance(v, str)]
    assert not [t for t in texts if "\u202e" in t or "\u2066" in t]


def test_after_finish_no_field_holds_the_visitor_text(qtbot: QtBot, stand: MainWindow) -> None:
    form = _form(stand, [])
    form.consent_callback.setChecked(True)
    _fill(qtbot, form)
    stand.wipe()
    texts = [w.text() for w in stand.findChildren(QLineEdit)]
    assert not any("Samira" in t or "TESTFORM" in t or "34 56" in t for t in texts)


def test_the_form_lets_a_visitor_type_what_the_lead_contract_accepts_and_no_more(
    qtbot: QtBot, stand: MainWindow
) -> None:
    form = _form(stand, [])
    for name in ("first_name", "last_name", "phone", "email", "city"):
        assert form.fields[name].maxLength() == typed_limit(name), name
    form.consent_callback.setChecked(True)
    qtbot.keyClicks(form.fields["first_name"], "A" * (typed_limit("first_name") + 5))
    assert len(form.fields["first_name"].text()) == typed_limit("first_name")
