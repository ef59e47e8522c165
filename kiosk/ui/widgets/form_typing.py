"""Typing a form on a touch screen: ⏎ goes to the next field, names get their capitals."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLineEdit


def chain_fields(fields: Sequence[QLineEdit], submit: Callable[[], None] | None = None) -> None:
    """⏎ in one field puts the cursor in the next enabled one (the keyboard follows it);
    ⏎ in the last one calls `submit` (the form's main button) when there is one."""
    for index, field in enumerate(fields):
        field.returnPressed.connect(
            lambda rest=list(fields[index + 1 :]): _next_or_submit(rest, submit)
        )


def _next_or_submit(rest: Sequence[QLineEdit], submit: Callable[[], None] | None) -> None:
    if not _focus_first(rest) and submit is not None:
        submit()


def _focus_first(fields: Sequence[QLineEdit]) -> bool:
    """Put the cursor in the first enabled, visible field; False if there is none."""
    for field in fields:
        if field.isEnabled() and field.isVisible():
            field.setFocus()
            return True
    return False


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
