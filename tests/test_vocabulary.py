"""The fixed words (languages, desks, consents, sync states, record statuses, sales stages,
catalog categories, types and statuses) are listed once, in ``sync.contract.vocabulary``.

These tests read every source file of the project and fail on a literal that copies a whole
word list (a tuple, list, set, ``Literal[...]`` or SQL ``IN (...)``), or on a table that names
every word of one (``{"alomrane": self.tr("Al Omrane"), ...}``): import the vocabulary instead.
Schema migrations are history and keep their words.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import config
from sync.contract import vocabulary, wire

ROOT = Path(__file__).resolve().parents[1]
WORD_LISTS: dict[str, frozenset[str]] = {
    "LANGUAGES": frozenset(vocabulary.LANGUAGES),
    "DESKS": frozenset(vocabulary.DESKS),
    "CONSENTS": frozenset(vocabulary.CONSENTS),
    "SYNC_STATES": frozenset(vocabulary.SYNC_STATES),
    "RECORD_STATUSES": frozenset(vocabulary.RECORD_STATUSES),
    "SALES_STAGES": frozenset(vocabulary.SALES_STAGES),
    "CATEGORIES": frozenset(vocabulary.CATEGORIES),
    "TYPES": frozenset(vocabulary.TYPES),
    "STATUSES": frozenset(vocabulary.STATUSES),
    "REVIEW_STATES": frozenset(vocabulary.REVIEW_STATES),
    "CONTACT_OUTCOMES": frozenset(vocabulary.CONTACT_OUTCOMES),
    "LOST_REASONS": frozenset(vocabulary.LOST_REASONS),
}
SQL_WORD = re.compile(r"'([a-z_]+)'")


def _sources() -> Iterator[Path]:
    for package in ("kiosk", "sync"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts or "vocabulary" in path.parts:
                continue
            yield path


def _is_name(node: ast.expr | None) -> bool:
    """A value that names a word for people: a translated string, a Label, a language table."""
    if isinstance(node, ast.Call):
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return called in {"tr", "translate", "Label", "_", "gettext"}
    return isinstance(node, ast.Dict)


def _word_groups(tree: ast.AST) -> Iterator[tuple[int, str, set[str]]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            yield node.lineno, "list", {w for w in words if isinstance(w, str)}
        elif isinstance(node, ast.Dict) and node.values and all(map(_is_name, node.values)):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            yield node.lineno, "name table", {k for k in keys if isinstance(k, str)}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, "SQL", set(SQL_WORD.findall(node.value))


def stray_copies() -> list[str]:
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, kind, words in _word_groups(tree):
            for name, vocab in WORD_LISTS.items():
                if vocab <= words:
                    where = f"{path.relative_to(ROOT)}:{line}"
                    found.append(f"{where}: {kind} copies vocabulary.{name}")
    return found


def test_no_source_file_copies_a_word_list_of_the_vocabulary() -> None:
    assert stray_copies() == [], "import these from sync.contract.vocabulary"


@pytest.mark.parametrize(
    "source",
    [
        'DESKS = ("alomrane", "notary", "bank")',
        'names = {"fr": self.tr("French"), "ar": self.tr("Arabic"), "en": self.tr("English"),'
        ' "it": self.tr("Italian"), "es": self.tr("Spanish"), "nl": self.tr("Dutch")}',
        "sql = \"UPDATE leads SET x = 1 WHERE status IN ('pending', 'sending', 'acked', "
        "'quarantined')\"",
        'Language = Literal["fr", "ar", "en", "it", "es", "nl"]',
    ],
)
def test_the_copy_finder_sees_each_kind_of_copy(source: str) -> None:
    groups = list(_word_groups(ast.parse(source)))
    assert any(vocab <= words for _, _, words in groups for vocab in WORD_LISTS.values())


def test_a_selection_of_words_is_not_a_copy() -> None:
    source = 'SHARED_WITH = ("bank", "notary")\nCOLORS = {"logement": "primary"}'
    groups = list(_word_groups(ast.parse(source)))
    assert not any(vocab <= words for _, _, words in groups for vocab in WORD_LISTS.values())


def test_event_profile_accepts_exactly_the_vocabulary_languages_and_desks() -> None:
    settings = config.KioskSettings()
    assert settings.desks == list(vocabulary.DESKS)
    for code in vocabulary.DESKS:
        config.KioskSettings(desks=[code])
    with pytest.raises(ValueError, match="unknown desk"):
        config.KioskSettings(desks=["cashier"])
    with pytest.raises(ValueError, match="unknown language"):
        config.Attract(slogans={"de": ["Willkommen"]})


def test_wire_record_statuses_are_vocabulary_words() -> None:
    for status in vocabulary.RECORD_STATUSES:
        assert wire.RecordResult(id="x", status=status).status == status
    with pytest.raises(ValueError, match="should match pattern"):
        wire.RecordResult(id="x", status="lost")


def _label_tables() -> dict[str, dict[str, vocabulary.Label]]:
    """Every table of names in the vocabulary, found by looking, so a new one is checked too."""
    return {
        name: value
        for name, value in vars(vocabulary).items()
        if isinstance(value, dict)
        and value
        and all(isinstance(v, vocabulary.Label) for v in value.values())
    }


def test_every_word_has_a_name_in_each_language() -> None:
    tables = _label_tables()
    assert {"LANGUAGES", "DESKS", "TYPES", "PROGRAMME_KINDS", "LINK_STATES"} <= set(tables)
    rooms = [vocabulary.rooms_label(v) for v in ("", "1", "2", "3", "5")]
    labels = [label for table in tables.values() for label in table.values()] + rooms
    blank = [
        (label.en, lang)
        for label in labels
        for lang in vocabulary.LANGUAGES
        if not getattr(label, lang).strip()
    ]
    assert blank == []
    assert set(vocabulary.DESK_PREFIX) == set(vocabulary.DESKS)


def test_a_label_without_one_of_the_languages_is_refused() -> None:
    assert tuple(f.name for f in dataclasses.fields(vocabulary.Label)) == tuple(
        vocabulary.LANGUAGES
    )
    with pytest.raises(TypeError):
        vocabulary.Label("Banque", "البنك", "Bank", "Banca", "Banco")  # type: ignore[call-arg]


def test_names_in_an_unknown_language_fall_back_to_english() -> None:
    assert vocabulary.TYPES["villa"].get("de") == "Villa"
    assert vocabulary.STATUSES["vendu"].get("it") == "Venduto"
    assert vocabulary.native_name("nl") == "Nederlands"


def test_room_counts_have_every_plural_form_of_each_language() -> None:
    from babel import Locale

    from kiosk.core.formatting import LOCALES

    for lang, forms in vocabulary.ROOM_COUNT_FORMS.items():
        needed = set(Locale.parse(LOCALES[lang]).plural_form.tags) | {"other"}
        if lang != "ar":
            needed -= {"many"}  # millions of rooms: "other" reads right
        assert needed <= set(forms), lang
    assert set(vocabulary.ROOM_COUNT_FORMS) == set(vocabulary.LANGUAGES)


def _msgid_groups(path: Path) -> Iterator[tuple[str, set[str]]]:
    """The msgids of a gettext catalog grouped by prefix: "desk.bank" is "bank" in "desk"."""
    groups: dict[str, set[str]] = {}
    msgid = re.compile(r'^msgid "([^"]+)"$', re.M)
    for key in msgid.findall(path.read_text(encoding="utf-8")):
        prefix, _, word = key.rpartition(".")
        groups.setdefault(prefix, set()).add(word)
    yield from groups.items()


def test_no_translation_file_names_the_vocabulary_words_again() -> None:
    found = []
    for path in sorted((ROOT / "sync").rglob("*.po")):
        for prefix, words in _msgid_groups(path):
            found += [
                f"{path.relative_to(ROOT)} [{prefix}] copies vocabulary.{name}"
                for name, vocab in WORD_LISTS.items()
                if vocab <= words
            ]
    assert found == []


def test_the_console_names_desks_and_stages_from_the_vocabulary() -> None:
    from sync.hq.console.i18n import Translator

    assert Translator("ar")("desk.notary") == vocabulary.DESKS["notary"].ar
    assert Translator("fr")("status.reservation") == vocabulary.SALES_STAGES["reservation"].fr
