"""The lead form on a kiosk joined to a hub that is away, its leased block spent: the lead
saves and the thank-you screen asks the visitor to show the code at the desk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core import desk_numbers, staff
from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog
from kiosk.core.db import KioskDB
from kiosk.core.leads import count_leads
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.lead_form import LeadFormScreen
from kiosk.ui.screens.thanks import ThankYouScreen
from kiosk.ui.services import Services


class AwayHub:
    def take(self, request: desk_numbers.NumberRequest) -> None:
        return None


def test_lead_saves_and_the_ticket_says_ask_at_the_desk(
    qtbot: QtBot, shell_services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "kiosk.db"
    backup(shell_services.db, path)
    db = KioskDB(path)
    staff.set_pin(db, "583920", cost=staff.PinCost.lowest())
    services = replace(shell_services, db=db, catalog=Catalog(db), numbers=AwayHub())
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.show_screen("lead_form", refs=[])
        form = window.screen_widget("lead_form")
        assert isinstance(form, LeadFormScreen)
        form.consent_callback.setChecked(True)
        qtbot.keyClicks(form.fields["first_name"], "Samira")
        qtbot.keyClicks(form.fields["last_name"], "TESTFORM")
        form.phone_country.setCurrentIndex(form.phone_country.findData("MA"))
        qtbot.keyClicks(form.fields["phone"], "06 00 00 12 34")
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        assert window.current_name == "thanks", form.general_error.text()
        assert count_leads(db) == 1
        thanks = window.screen_widget("thanks")
        assert isinstance(thanks, ThankYouScreen)
        assert [w.text() for w in thanks.findChildren(QLabel, "ticketNumber")] == ["A-?"]
        waits = [w.text() for w in thanks.findChildren(QLabel, "ticketWait")]
        assert waits and "guichet" in waits[0]
        assert "Présentez le code" in thanks.subtitle.text()  # not "gardez votre numéro"
        assert len(desk_numbers.unreported(db)) == 1
    finally:
        window.close()
        db.close()
