"""A fixed word's names in every visitor language (``Label``), the languages, and how a
code reads."""

from __future__ import annotations

from dataclasses import dataclass, fields

# Every language a visitor can be served in; an event profile picks some of them.
LANGUAGE_CODES = ("fr", "ar", "en", "it", "es", "nl")
# The HQ console is written in these; other languages fall back to English there. (The
# kiosk's own staff screens follow the kiosk's language, every visitor language.)
STAFF_LANGUAGES = ("fr", "ar", "en")


@dataclass(frozen=True)
class Label:
    """A word's name in each visitor language; every field is required, so a word added
    without one of its languages fails at import (and tests/test_vocabulary.py checks that
    none is blank)."""

    fr: str
    ar: str
    en: str
    it: str
    es: str
    nl: str

    def get(self, lang: str) -> str:
        """The name in ``lang``; English for a language the vocabulary does not know."""
        value = getattr(self, lang, None) if lang in LANGUAGE_CODES else None
        return value if isinstance(value, str) else self.en

    @classmethod
    def same(cls, word: str) -> Label:
        """A word with no translation (a code, a proper name), the same in every language."""
        return cls(word, word, word, word, word, word)


assert tuple(f.name for f in fields(Label)) == LANGUAGE_CODES


def word(table: dict[str, Label], code: str, lang: str) -> str:
    """A code's name from one of the vocabulary's tables; an unknown code shows itself."""
    label = table.get(code)
    return label.get(lang) if label else code
