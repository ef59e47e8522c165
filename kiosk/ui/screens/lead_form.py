""" "I'm interested": the privacy notice, three separate consent boxes, then the contact form.

Nothing personal is stored without "call me back": the visitor can still take a desk ticket
anonymously. The thank-you screen appears only once the lead is on disk.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.formatting import format_mad
from kiosk.core.leads import LeadInput, save_lead
from kiosk.core.tickets import issue_anonymous_tickets
from kiosk.ui import i18n
from kiosk.ui.screens import lead_form_fields as parts
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.lead_form_consent import NoticeAndConsents
from kiosk.ui.screens.readiness import ReadinessQuestions
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.form_typing import capitalise_names, chain_fields
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.layouts import clear_layout
from kiosk.ui.widgets.stepper import Stepper
from sync.contract.errors import OmraneError, ValidationError
from sync.contract.messages import message
from sync.contract.vocabulary import DESKS

log = logging.getLogger(__name__)

REQUIRED_FIELDS = ("first_name", "last_name", "phone")
OPTIONAL_FIELDS = ("email", "city")
BUDGET_MAX_MAD = 3_000_000
BUDGET_STEP_MAD = 50_000
ERROR_SCROLL_MARGIN = 140  # px: the field above its error stays in view


class LeadFormScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen_lead_form")
        self.refs: list[str] = []
        outer = QVBoxLayout(self)
        scroll = self.form_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        enable_kinetic(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setSpacing(12)
        self._build_consent_section(body)
        self._build_contact_section(body)
        outer.addLayout(self._button_row())
        self.retranslate()
        self.reset()

    # ---- building ---------------------------------------------------------------------

    def _build_consent_section(self, body: QWidget) -> None:
        self.title = parts.wrapped_label("", "title", body)
        self.layout_.addWidget(self.title)
        section = self.consents = NoticeAndConsents(body, self.layout_)
        self.notice, self.notice_version = section.notice, section.notice_version
        self.anonymous_hint, self.locked_hint = section.anonymous_hint, section.locked_hint
        boxes = section.boxes
        self.consent_callback = boxes["callback"]
        self.consent_marketing = boxes["marketing"]
        self.consent_share = boxes["share"]
        self.consent_callback.toggled.connect(self._update_mode)
        # Ticking "call me back" unlocks the fields: the cursor goes to the first one at once.
        self.consent_callback.clicked.connect(self._start_typing)

    def _build_contact_section(self, body: QWidget) -> None:
        self.grid = QGridLayout()
        self.layout_.addLayout(self.grid)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._build_fields(body)
        # ⏎ runs through what is needed, then sends; the optional fields are tapped if wanted.
        for chain in (REQUIRED_FIELDS, OPTIONAL_FIELDS):
            chain_fields([self.fields[name] for name in chain], submit=self._submit_typed)
        for name in ("first_name", "last_name", "city"):
            capitalise_names(self.fields[name])
        self.general_error = parts.wrapped_label("", "warning", body)
        self.layout_.addWidget(self.general_error)

    def _button_row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.back_button = self._button("secondary", lambda: self.go("back"))
        self.ticket_button = self._button("secondary", self._anonymous_ticket)
        self.send_button = self._button("primary", self._send)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ticket_button)
        buttons.addWidget(self.send_button)
        return buttons

    def _button(self, role: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _row(self, name: str, widget: QWidget, parent: QWidget) -> None:
        row = self.grid.rowCount()
        self.captions[name] = parts.wrapped_label("", "cardTitle", parent)
        self.errors[name] = parts.wrapped_label("", "warning", parent)
        self.grid.addWidget(self.captions[name], row, 0)
        self.grid.addWidget(widget, row, 1)
        self.grid.addWidget(self.errors[name], row + 1, 1)

    def _build_fields(self, parent: QWidget) -> None:
        event = self.services.event
        for name in ("first_name", "last_name"):
            self.fields[name] = parts.limited_line(name, parent)
            self._row(name, self.fields[name], parent)
        phone_row, self.phone_country, self.fields["phone"] = parts.phone_entry(parent)
        self.phone_region = parts.PhoneRegionGuess(self.phone_country, self._leading_countries)
        self.phone_country.activated.connect(self.phone_region.picked)
        self.fields["phone"].textEdited.connect(self.phone_region.follow)
        self._row("phone", phone_row, parent)
        self.fields["email"] = parts.email_line(parent)
        self._row("email", self.fields["email"], parent)
        self.country = QComboBox(parent)
        self._row("country", self.country, parent)
        self._fill_countries()
        self.fields["city"] = parts.limited_line("city", parent)
        self._row("city", self.fields["city"], parent)
        self.language = parts.language_box(event.event.languages, parent)
        self._row("language", self.language, parent)
        self.desk_group = QButtonGroup(self)
        desk_row, self.desk_buttons = parts.chip_row(event.kiosk.desks, self.desk_group, parent)
        self._row("desk", desk_row, parent)
        self.interests_row, self.interests_layout = parts.bare_row(parent)
        self._row("interests", self.interests_row, parent)
        self.budget = Stepper(0, BUDGET_MAX_MAD, BUDGET_STEP_MAD, 0, self._budget_text, parent)
        self._row("budget", self.budget, parent)
        self.mre_group = QButtonGroup(self)
        mre_row, mre = parts.chip_row(("yes", "no"), self.mre_group, parent)
        self.mre_yes, self.mre_no = mre["yes"], mre["no"]
        self._row("is_mre", mre_row, parent)
        self.readiness = ReadinessQuestions(parent)
        self.grid.addWidget(self.readiness, self.grid.rowCount(), 0, 1, 2)

    def _budget_text(self, value: float) -> str:
        return format_mad(value, self.session.language) if value else self.tr("Not said")

    # ---- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Leave your contact: an advisor will call you back"))
        self.consents.set_captions(self.session.language)
        captions = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail (optional)"),
            "country": self.tr("Country of residence"),
            "city": self.tr("City of residence"),
            "language": self.tr("Preferred language"),
            "desk": self.tr("Advisor wanted"),
            "interests": self.tr("Units you are interested in"),
            "budget": self.tr("Budget (optional)"),
            "is_mre": self.tr("Moroccan living abroad?"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
            widget = self.fields.get(name)
            if widget is not None:
                widget.setAccessibleName(text)
        for desk, button in self.desk_buttons.items():
            button.setText(i18n.desk_name(desk))
            button.setAccessibleName(i18n.desk_name(desk))
        self.mre_yes.setText(self.tr("Yes"))
        self.mre_no.setText(self.tr("No"))
        self.readiness.retranslate()
        self.back_button.setText(self.tr("Back"))
        self.ticket_button.setText(self.tr("Just give me a ticket"))
        self.send_button.setText(self.tr("Send"))
        for button in (self.back_button, self.ticket_button, self.send_button):
            button.setAccessibleName(button.text())
        self._fill_countries()
        self._show_notice()
        self._update_mode()

    def _leading_countries(self) -> list[str]:
        return list(dict.fromkeys([self.services.event.event.country, "MA"]))

    def _fill_countries(self) -> None:
        parts.fill_country_boxes(
            self.phone_country, self.country, self.session.language, self._leading_countries()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and not watched.isEnabled()
        ):
            self.locked_hint.setText(
                self.tr("Tick “Call me back” above first: then you can type your contact.")
            )
            self.form_scroll.ensureWidgetVisible(self.consent_callback, 0, ERROR_SCROLL_MARGIN)
            return True
        return super().eventFilter(watched, event)

    def _show_notice(self) -> None:
        version = self.services.event.event.notice_version
        caption = self.tr("Privacy notice, version {0}")
        if not self.consents.show_notice(version, self.session.language, caption):
            self.notice.setPlainText(self.tr("The privacy notice is unavailable: ask the staff."))
            self.send_button.setEnabled(False)

    def _update_mode(self) -> None:
        callback = self.consent_callback.isChecked()
        self.send_button.setEnabled(callback)
        for widget in (*self.fields.values(), self.phone_country, self.country):
            widget.setEnabled(callback)
            widget.removeEventFilter(self)
            if not callback:
                widget.installEventFilter(self)
        if callback:
            self.locked_hint.clear()
        self.anonymous_hint.setText(
            ""
            if callback
            else self.tr(
                "Without “call me back”, none of your personal data is stored. "
                "You can still take a ticket for an advisor desk."
            )
        )

    # ---- visitor actions ----------------------------------------------------------------

    def enter(self, **kwargs: Any) -> None:
        refs = kwargs.get("refs") or list(self.session.selection) or list(self.session.viewed[-3:])
        self.refs = [str(r) for r in refs][:10]
        desk = kwargs.get("desk")
        wanted = desk if desk in self.desk_buttons else next(iter(self.desk_buttons), None)
        if wanted:
            self.desk_buttons[wanted].setChecked(True)
        lang_index = self.language.findData(self.session.language)
        if lang_index >= 0:
            self.language.setCurrentIndex(lang_index)
        self._show_interests()
        self._show_notice()

    def _show_interests(self) -> None:
        clear_layout(self.interests_layout)
        for ref in self.refs:
            chip = QPushButton(f"{ref}  ✕", self.interests_row)
            chip.setProperty("role", "chip")
            chip.setAccessibleName(self.tr("Remove {0}").format(ref))
            chip.clicked.connect(lambda _=False, r=ref: self._drop_interest(r))
            self.interests_layout.addWidget(chip)
        if not self.refs:
            self.interests_layout.addWidget(
                parts.wrapped_label(self.tr("None"), "hint", self.interests_row)
            )
        self.interests_layout.addStretch(1)

    def _drop_interest(self, ref: str) -> None:
        self.refs = [r for r in self.refs if r != ref]
        self._show_interests()

    def _desk(self) -> str:
        return next((d for d, b in self.desk_buttons.items() if b.isChecked()), next(iter(DESKS)))

    def collected(self) -> LeadInput:
        budget = int(self.budget.value())
        mre = True if self.mre_yes.isChecked() else False if self.mre_no.isChecked() else None
        return LeadInput(
            first_name=self.fields["first_name"].text(),
            last_name=self.fields["last_name"].text(),
            phone=self.fields["phone"].text(),
            phone_country=self.phone_region.region(self.fields["phone"].text()),
            email=self.fields["email"].text(),
            country=str(self.country.currentData()),
            city=self.fields["city"].text(),
            language=str(self.language.currentData() or self.session.language),
            desk=self._desk(),
            interests=list(self.refs),
            budget_mad=budget or None,
            is_mre=mre,
            **self.readiness.answers(),
            **self.session.activity(),
            consent_callback=self.consent_callback.isChecked(),
            consent_marketing=self.consent_marketing.isChecked(),
            consent_share=self.consent_share.isChecked(),
        )

    def has_typed_data(self) -> bool:
        """Something typed and not sent: Finish asks before erasing it."""
        return any(field.text().strip() for field in self.fields.values())

    def _start_typing(self, checked: bool) -> None:
        first = self.fields["first_name"]
        if checked and not first.text():
            first.setFocus()

    def _submit_typed(self) -> None:
        """⏎ in the last field sends, like the Send button (once the fields are unlocked)."""
        if self.send_button.isEnabled():
            self._send()

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()

    def _send(self) -> None:
        self._clear_errors()
        lang = self.session.language
        try:
            saved = save_lead(
                self.services.db,
                self.collected(),
                event=self.services.event,
                clock=self.services.clock,
                numbers=self.services.numbers,
                simulation=self.session.simulation,
            )
        except ValidationError as exc:
            for field, key in exc.problems:
                target = self.errors.get(field, self.general_error)
                target.setText(message(key, lang))
            self._show_first_error()
            return
        except OmraneError as exc:
            # Disk full, database busy…: the visitor's form stays filled, staff see the log.
            log.error("lead not saved: %s", exc.message)
            self.general_error.setText(
                self.tr("Sorry, your contact could not be saved. Please ask the staff.")
            )
            return
        log.info("lead saved for desk %s", self._desk())
        self.services.hub.nudge()  # its desk card reaches the stand hub now
        self.go("thanks", saved=saved)

    def _show_first_error(self) -> None:
        """Scroll so the visitor sees why nothing happened (the fields may be below the fold)."""
        shown = [label for label in (*self.errors.values(), self.general_error) if label.text()]
        if shown:
            first = min(shown, key=lambda label: label.mapTo(self, label.rect().topLeft()).y())
            self.form_scroll.ensureWidgetVisible(first, 0, ERROR_SCROLL_MARGIN)

    def _anonymous_ticket(self) -> None:
        self._clear_errors()
        try:
            tickets = issue_anonymous_tickets(
                self.services.db,
                [self._desk()],
                event=self.services.event,
                clock=self.services.clock,
                language=self.session.language,
                numbers=self.services.numbers,
            )
        except OmraneError as exc:
            log.error("ticket not issued: %s", exc.message)
            self.general_error.setText(
                self.tr("Sorry, no ticket could be issued. Please ask the staff.")
            )
            return
        self.go("thanks", tickets=tickets)

    def reset(self) -> None:
        for field in self.fields.values():
            field.clear()
        self.consents.untick()
        for group in (self.desk_group, self.mre_group):
            parts.uncheck_all(group)
        self.phone_region.forget()
        self.country.setCurrentIndex(0)
        self.budget.set_value(0)
        self.readiness.reset()
        self.refs = []
        self._show_interests()
        self._clear_errors()
        self._update_mode()
