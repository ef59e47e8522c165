"""Cleaning of text typed by visitors (or pasted by anyone): the one place hostile input stops.

Every field goes through :func:`clean_text` before it is validated or stored: Unicode NFC,
no control characters, no bidirectional overrides/isolates (which can make "Ali" display as
"ilA" on a staff screen or in a spreadsheet), no lone surrogates (they cannot be encoded),
whitespace collapsed and trimmed.
"""

from __future__ import annotations

import unicodedata

# Explicit bidi embeddings/overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
# Format characters a script genuinely needs: zero-width non-joiner / joiner.
_KEPT_FORMAT = frozenset({"\u200c", "\u200d"})
_LINE_BREAKS = frozenset({"\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"})


def is_unwanted(char: str) -> bool:
    """True for a character never stored: controls, bidi controls, surrogates, invisible formats."""
    if char in BIDI_CONTROLS:
        return True
    category = unicodedata.category(char)
    if category in ("Cc", "Cs"):
        return True
    return category == "Cf" and char not in _KEPT_FORMAT


def clean_text(value: object, *, multiline: bool = False) -> str:
    """Return ``value`` as safe, normalised text ("" for None).

    Single-line fields get every whitespace run (tabs, line breaks included) turned into one
    space; ``multiline`` keeps single line breaks (as "\\n") for free-text notes.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and text.isprintable():  # the common case: nothing to remove or compose
        return " ".join(text.split())
    pieces: list[str] = []
    for char in text:
        if char in _LINE_BREAKS:
            pieces.append("\n" if multiline else " ")
        elif char == "\t" or char.isspace():
            pieces.append(" ")
        elif not is_unwanted(char):
            pieces.append(char)
    # NFC after removal: a removed character may have separated a letter from its accent.
    text = unicodedata.normalize("NFC", "".join(pieces))
    # Normalisation never creates controls, but stay certain about what is stored.
    text = "".join(c for c in text if not is_unwanted(c) or c == "\n")
    if multiline:
        lines = [" ".join(line.split()) for line in text.split("\n")]
        return "\n".join(line for line in lines if line).strip()
    return " ".join(text.split())


def contains_unwanted(text: str, *, multiline: bool = False) -> bool:
    """For checks and tests: does ``text`` hold anything :func:`clean_text` removes?"""
    return any(is_unwanted(c) and not (multiline and c == "\n") for c in text)


def truncate(text: str, limit: int) -> str:
    """Cut to ``limit`` characters without leaving a dangling combining mark at the end."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    while cut and unicodedata.combining(cut[-1]):
        cut = cut[:-1]
    return cut.rstrip()
