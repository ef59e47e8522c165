"""Texts for message keys outside Qt: the core's errors, the CLI, brochures and tickets.

One gettext domain, ``omrane``, whose msgids are the keys the code raises
(``lead.error.phone_invalid``, ``error.db.locked`` …) and whose catalogs hold the texts in every
visitor language (French, Arabic, English, Italian, Spanish, Dutch):
``sync/contract/locale/<lang>/LC_MESSAGES/omrane.po``, edited by hand or with Babel's tools,
compiled to ``.mo`` by ``scripts/setup.sh`` and the package build. A checkout without compiled
catalogs reads the ``.po`` files directly (through Babel). Counted texts are plural messages
(``msgid_plural``) read with :func:`plural`, by each language's own plural rule.

Qt widgets keep their own .ts/.qm translations; the vocabulary's ``Label`` names are data
that travel with each word (``sync.contract.vocabulary``), not messages.

A key without a text never reaches a person: :func:`message` logs it and shows the generic
error text instead (``tests/test_messages.py`` checks every key used in the code has a text in
each language).
"""

from __future__ import annotations

import gettext
import io
import logging
from functools import cache
from pathlib import Path

from sync.contract.vocabulary import LANGUAGES

log = logging.getLogger(__name__)

DOMAIN = "omrane"
LOCALE_DIR = Path(__file__).with_name("locale")
GENERIC = "error.generic"
DEFAULT_LANGUAGE = "fr"


def catalog_path(
    language: str, suffix: str = ".po", *, locale_dir: Path = LOCALE_DIR, domain: str = DOMAIN
) -> Path:
    return locale_dir / language / "LC_MESSAGES" / f"{domain}{suffix}"


@cache
def translations(
    language: str, *, locale_dir: Path = LOCALE_DIR, domain: str = DOMAIN
) -> gettext.NullTranslations:
    """The compiled catalog of ``language``, or its .po source compiled in memory when the
    .mo is missing or older (a fresh checkout before ``scripts/setup.sh``). Other catalogs
    (the HQ console's) pass their own folder and domain."""
    po = catalog_path(language, locale_dir=locale_dir, domain=domain)
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if po.exists():
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with po.open("rb") as handle:
            compiled = io.BytesIO()
            write_mo(compiled, read_po(handle, locale=language, domain=domain))
        compiled.seek(0)
        return gettext.GNUTranslations(compiled)
    return gettext.NullTranslations()


def has_text(key: str, language: str) -> bool:
    catalog = translations(language)
    return catalog.gettext(key) != key or catalog.ngettext(key, key, 2) != key


def plural(key: str, count: int, language: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The form of a plural message (msgid_plural in the catalogs) for ``n`` by the language's
    own rule — two forms in English, six in Arabic; ``{n}`` is filled with ``values["n"]``
    when given (the count formatted for the language), else with ``count``."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    text = translations(lang).ngettext(key, key, count)
    if text == key:
        log.warning("no %s plural text for message key %r", lang, key)
        return message(GENERIC, lang)
    values.setdefault("n", count)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def message(key: str, language: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text for ``key`` in ``language`` (French for an unknown language); a key without a
    text gives the generic error text, never the key itself."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    catalog = translations(lang)
    text = catalog.gettext(key)
    if text == key:
        log.warning("no %s text for message key %r", lang, key)
        text = catalog.gettext(GENERIC)
    try:
        return text.format(**values) if values else text
    except (KeyError, IndexError, ValueError):
        return text
