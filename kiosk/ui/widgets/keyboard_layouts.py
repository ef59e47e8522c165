"""Key layouts of the on-screen keyboard, row by row, in the order keys appear on screen
from left to right (right-to-left layouts are laid out by Qt, see TouchKeyboard).

A key is the text it types, or one of the special keys in braces.
"""

from __future__ import annotations

from dataclasses import dataclass

SHIFT = "{shift}"
BACKSPACE = "{bksp}"
SPACE = "{space}"
SWITCH = "{switch}"
ENTER = "{enter}"
HIDE = "{hide}"
SPECIAL_KEYS = frozenset({SHIFT, BACKSPACE, SPACE, SWITCH, ENTER, HIDE})

# How many ordinary keys wide a special key is.
KEY_WIDTH: dict[str, int] = {SPACE: 5, SHIFT: 2, BACKSPACE: 2, ENTER: 2, SWITCH: 2, HIDE: 1}

FR_AZERTY = "fr-azerty"
EN_QWERTY = "en-qwerty"
IT_QWERTY = "it-qwerty"
ES_QWERTY = "es-qwerty"
ARABIC = "ar"
PHONE = "phone"
EMAIL = "email"

LATIN = "latin"  # the switch key of the Arabic layout opens the visitor's Latin layout
DIGITS = list("1234567890")

# Latin letters in the arrangement each visitor knows from home; an Arabic reader in
# Morocco learnt AZERTY.
LATIN_LAYOUTS: dict[str, str] = {
    "fr": FR_AZERTY,
    "ar": FR_AZERTY,
    "en": EN_QWERTY,
    "nl": EN_QWERTY,
    "it": IT_QWERTY,
    "es": ES_QWERTY,
}


@dataclass(frozen=True)
class KeyLayout:
    name: str
    rows: tuple[tuple[str, ...], ...]
    right_to_left: bool = False
    switch_to: str | None = None  # the layout the switch key opens

    def all_keys(self) -> list[str]:
        return [key for row in self.rows for key in row]


LAYOUTS: dict[str, KeyLayout] = {
    FR_AZERTY: KeyLayout(
        FR_AZERTY,
        (
            (*DIGITS, BACKSPACE),
            (*"azertyuiop", "-"),
            (*"qsdfghjklm", "'"),
            (SHIFT, *"wxcvbn", "é", "è", "à", "ç", "ê"),
            (SWITCH, ",", SPACE, ".", ENTER, HIDE),
        ),
        switch_to=ARABIC,
    ),
    EN_QWERTY: KeyLayout(
        EN_QWERTY,
        (
            (*DIGITS, BACKSPACE),
            (*"qwertyuiop", "-"),
            (*"asdfghjkl", "'"),
            (SHIFT, *"zxcvbnm", "@"),
            (SWITCH, ",", SPACE, ".", ENTER, HIDE),
        ),
        switch_to=ARABIC,
    ),
    IT_QWERTY: KeyLayout(
        IT_QWERTY,
        (
            (*DIGITS, BACKSPACE),
            (*"qwertyuiop", "è"),
            (*"asdfghjkl", "ò", "à"),
            (SHIFT, *"zxcvbnm", "ù", "ì", "'"),
            (SWITCH, ",", SPACE, ".", ENTER, HIDE),
        ),
        switch_to=ARABIC,
    ),
    ES_QWERTY: KeyLayout(
        ES_QWERTY,
        (
            (*DIGITS, BACKSPACE),
            (*"qwertyuiop", "á"),
            (*"asdfghjkl", "ñ", "é"),
            (SHIFT, *"zxcvbnm", "í", "ó", "ú"),
            (SWITCH, ",", SPACE, ".", ENTER, HIDE),
        ),
        switch_to=ARABIC,
    ),
    ARABIC: KeyLayout(
        ARABIC,
        (
            (*DIGITS, BACKSPACE),
            tuple("ضصثقفغعهخحجد"),
            tuple("شسيبلاتنمكط"),
            (*"ئءؤرىةوزظذ", "أ", "إ"),
            # mirrored: the switch key sits where Arabic reading starts (the right)
            (HIDE, ENTER, ".", SPACE, "،", "آ", SWITCH),
        ),
        right_to_left=True,
        switch_to=LATIN,
    ),
    PHONE: KeyLayout(
        PHONE,
        (
            tuple("123"),
            tuple("456"),
            tuple("789"),
            ("+", "0", BACKSPACE),
            (HIDE, ENTER),
        ),
    ),
    EMAIL: KeyLayout(
        EMAIL,
        (
            (*DIGITS, BACKSPACE),
            tuple("azertyuiop"),
            tuple("qsdfghjklm"),
            (*"wxcvbn", ".", "-", "_"),
            ("@", ".com", ".ma", ".fr", ENTER, HIDE),
        ),
    ),
}


def latin_layout_for(language: str) -> str:
    return LATIN_LAYOUTS.get(language, EN_QWERTY)
