"""Every text a visitor or the stand's staff can see on a Qt screen is translated into every
visitor language of the vocabulary (French, Arabic, English plural forms, Italian, Spanish,
Dutch), the staff screens included (they follow the kiosk's language): the messages
pyside6-lupdate finds in the code now, with the same placeholders, and the plural forms each
language needs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

import pytest

from scripts import translations
from sync.contract.vocabulary import LANGUAGES

PLACEHOLDER = re.compile(r"%L?\d|\{\d\}")
COUNT = re.compile(r"%L?n")


@cache
def code_messages(area: str) -> tuple[translations.Message, ...]:
    return tuple(translations.messages_in_code(area))


def file_messages(area: str, lang: str) -> dict[tuple[str, str], ET.Element]:
    return translations.messages_in(translations.ts_path(area, lang))


def test_every_module_with_texts_belongs_to_an_area() -> None:
    """A new screen's texts are not silently left out (nor dropped by the sync script)."""
    ui = translations.ROOT / translations.UI
    known = {name for names in translations.AREAS.values() for name in names}
    calls = re.compile(r"""(?:\.tr|\btranslate)\(\s*["']""")
    with_texts = {
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if calls.search(path.read_text(encoding="utf-8"))
    }
    assert sorted(with_texts - known) == []


def test_the_script_and_the_vocabulary_know_the_same_languages() -> None:
    assert set(translations.QT_LANGUAGE) == set(LANGUAGES)


@pytest.mark.parametrize("area", list(translations.AREAS))
@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_each_visitor_text_is_translated_in_each_language(area: str, lang: str) -> None:
    wanted = {(m.context, m.source) for m in code_messages(area) if lang != "en" or m.numerus}
    found = file_messages(area, lang)
    assert sorted(wanted - set(found)) == [], "run scripts/translations.py sync"
    unfinished = [
        key
        for key in wanted
        if found[key].find("translation") is None
        or found[key].find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


@pytest.mark.parametrize("area", list(translations.AREAS))
@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_translations_keep_placeholders_and_plural_forms(area: str, lang: str) -> None:
    problems = []
    for (context, source), message in file_messages(area, lang).items():
        translation = message.find("translation")
        assert translation is not None
        names = set(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != translations.NUMERUS_FORMS.get(lang, 2):
                problems.append((context, source, "plural forms"))
            # Arabic says "one result" / "two results" in words, without the number
            if not all(COUNT.search(form) for form in forms[-2:]):
                problems.append((context, source, "count"))
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip() or set(PLACEHOLDER.findall(text)) != names:
                problems.append((context, source, text))
    assert problems == []
