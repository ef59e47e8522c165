"""Typing a form on a touch screen: ⏎ goes to the next field, names get their capitals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit


def chain_fields(fields: Sequence[QLineEdit]) -> None:
    """⏎ in one field puts the cursor in the next enabled one (the keyboard follows it)."""
    for index, field in enumerate(fields):
        following = list(fields[index + 1 :])
        field.returnPressed.connect(lambda rest=following: _focus_first(rest))


def _focus_first(fields: list[QLineEdit]) -> None:
    for field in fields:
        if field.isEnabled() and field.isVisible():
            field.setFocus()
            return


def capitalised(text: str) -> str:
    """ "samira el idrissi" → "Samira El Idrissi"; letters already typed in capitals stay."""
    out = []
    start = True
    for char in text:
        out.append(char.upper() if start and char.islower() else char)
        start = char in " -'"
    return "".join(out)


def capitalise_names(field: QLineEdit) -> None:
    """Each word of a name starts with a capital as it is typed (no Shift tap needed)."""

    def fix(text: str) -> None:
        fixed = capitalised(text)
        if fixed != text:
            cursor = field.cursorPosition()
            field.setText(fixed)
            field.setCursorPosition(cursor)

    field.textEdited.connect(fix)
