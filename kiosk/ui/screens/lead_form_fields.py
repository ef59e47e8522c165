"""The lead form's building blocks: wrapped labels, the notice box, the contact inputs and
the chip rows. Texts are set by the screen's `retranslate`, so nothing here is translated."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from kiosk.core.countries import guess_phone_region, phone_countries, residence_countries
from kiosk.core.notices import Notice
from kiosk.ui.widgets.kinetic import enable_kinetic
from sync.contract.lead import typed_limit
from sync.contract.vocabulary import native_name

NOTICE_MIN_HEIGHT_PX = 150
NOTICE_MAX_HEIGHT_PX = 220


def wrapped_label(text: str, role: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def privacy_notice_box(parent: QWidget) -> QTextBrowser:
    notice = QTextBrowser(parent)
    notice.setObjectName("privacyNotice")
    notice.setMinimumHeight(NOTICE_MIN_HEIGHT_PX)
    notice.setMaximumHeight(NOTICE_MAX_HEIGHT_PX)
    # Links in the notice are read, not followed: the kiosk has no mail client or browser.
    notice.setOpenLinks(False)
    notice.setOpenExternalLinks(False)
    enable_kinetic(notice)
    return notice


def limited_line(name: str, parent: QWidget) -> QLineEdit:
    """A line edit that stops typing at the lead field's own limit."""
    line = QLineEdit(parent)
    line.setMaxLength(typed_limit(name))
    return line


def bare_row(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    return row, layout


def phone_entry(parent: QWidget) -> tuple[QWidget, QComboBox, QLineEdit]:
    """The phone row: the calling-code country beside the number."""
    row, layout = bare_row(parent)
    country = QComboBox(row)
    phone = QLineEdit(row)
    phone.setProperty("keyboardLayout", "phone")
    phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
    phone.setMaxLength(typed_limit("phone"))
    layout.addWidget(country)
    layout.addWidget(phone, 1)
    return row, country, phone


def email_line(parent: QWidget) -> QLineEdit:
    email = limited_line("email", parent)
    email.setProperty("keyboardLayout", "email")
    email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
    return email


def language_box(languages: Sequence[str], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for lang in languages:
        box.addItem(native_name(lang), lang)
    return box


def chip_row(
    keys: Sequence[str], group: QButtonGroup, parent: QWidget
) -> tuple[QWidget, dict[str, QPushButton]]:
    """One checkable chip per key, in one exclusive group, left-aligned."""
    row, layout = bare_row(parent)
    chips: dict[str, QPushButton] = {}
    for key in keys:
        chip = QPushButton(row)
        chip.setProperty("role", "chip")
        chip.setCheckable(True)
        group.addButton(chip)
        layout.addWidget(chip)
        chips[key] = chip
    layout.addStretch(1)
    return row, chips


def fill_country_boxes(
    phone_box: QComboBox, country_box: QComboBox, language: str, leading: list[str]
) -> None:
    """Both country lists, named in `language` (the codes stay underneath), keeping the choice."""
    phone_region = phone_box.currentData() or "MA"
    country = country_box.currentData() or leading[0]
    phone_box.clear()
    for region, name, calling in phone_countries(language, leading):
        phone_box.addItem(f"{name} +{calling}", region)
    country_box.clear()
    for code, country_name in residence_countries(language, leading):
        country_box.addItem(country_name, code)
    phone_box.setCurrentIndex(max(phone_box.findData(phone_region), 0))
    country_box.setCurrentIndex(max(country_box.findData(country), 0))


def uncheck_all(group: QButtonGroup) -> None:
    """An exclusive group keeps one button checked unless exclusivity is lifted meanwhile."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


class PhoneRegionGuess:
    """The phone country follows the number typed until the visitor picks one."""

    def __init__(self, box: QComboBox, leading: Callable[[], list[str]]) -> None:
        self.box = box
        self.leading = leading
        self.chosen = False

    def picked(self, _index: int) -> None:
        self.chosen = True

    def follow(self, text: str) -> None:
        if self.chosen:
            return
        region = guess_phone_region(text, self.leading())
        index = self.box.findData(region) if region else -1
        if index >= 0:
            self.box.setCurrentIndex(index)

    def region(self, typed: str) -> str:
        if not self.chosen:
            guessed = guess_phone_region(typed, self.leading())
            if guessed:
                return guessed
        return str(self.box.currentData())

    def forget(self) -> None:
        self.chosen = False
        self.box.setCurrentIndex(max(self.box.findData("MA"), 0))


def show_privacy_notice(notice: Notice, title: QLabel, box: QTextBrowser) -> None:
    title.setText(notice.title)
    # The title is shown above in the screen's own type; the box holds the text itself.
    box.setMarkdown(notice.markdown.split("\n", 1)[1] if "\n" in notice.markdown else "")
    box.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if notice.language == "ar"
        else Qt.LayoutDirection.LeftToRight
    )
