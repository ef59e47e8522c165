"""The console's texts: the gettext catalogs ``locale/<lang>/LC_MESSAGES/console.po`` (msgids
are the keys templates pass to ``t()``), read like the stand's through
``sync.contract.messages``; the names of desks, sales stages and languages come from the
vocabulary (``desk.<code>``, ``status.<code>``, ``lang.<code>``)."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from sync.contract.messages import translations
from sync.contract.vocabulary import (
    APPOINTMENT_KINDS,
    CONTACT_CHANNELS,
    CONTACT_OUTCOMES,
    DESKS,
    LANGUAGES,
    LOST_REASONS,
    REVIEW_STATES,
    RTL_LANGUAGES,
    SALES_STAGES,
    STAFF_LANGUAGES,
)

log = logging.getLogger(__name__)

RTL = RTL_LANGUAGES
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "console"


@cache
def vocabulary_words(language: str) -> dict[str, str]:
    words = {
        f"{prefix}.{code}": label.get(language)
        for prefix, table in (
            ("desk", DESKS),
            ("status", SALES_STAGES),
            ("fu.review", REVIEW_STATES),
            ("fu.outcome", CONTACT_OUTCOMES),
            ("fu.reason", LOST_REASONS),
            ("fu.channel", CONTACT_CHANNELS),
            ("fu.kind", APPOINTMENT_KINDS),
        )
        for code, label in table.items()
    }
    # each language in its own name, as on the language switch
    words.update({f"lang.{code}": label.get(code) for code, label in LANGUAGES.items()})
    return words


def text_of(key: str, language: str) -> str | None:
    """The console's text for ``key`` in ``language``, or None when it has none."""
    word = vocabulary_words(language).get(key)
    if word is not None:
        return word
    found = translations(language, locale_dir=LOCALE_DIR, domain=DOMAIN).gettext(key)
    return None if found == key else found


class Translator:
    """`t("leads.title")`, falling back to English, then (logged) to the key itself. Any
    vocabulary language is accepted (a visitor-facing page may be in Italian); the console's
    own pages choose among the staff languages (:func:`pick_language`)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "fr"
        self.direction = "rtl" if self.language in RTL else "ltr"

    def __call__(self, key: str, **values: object) -> str:
        text = text_of(key, self.language) or text_of(key, "en")
        if text is None:
            log.warning("console: no text for %r", key)
            text = key
        return text.format(**values) if values else text


def pick_language(cookie: str | None, accept: str | None, default: str) -> str:
    """The console's language: one of the staff languages (its pages are written in those)."""
    if cookie in STAFF_LANGUAGES:
        return str(cookie)
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in STAFF_LANGUAGES:
            return code
    return default
