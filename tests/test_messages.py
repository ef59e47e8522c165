"""Every message key the code can raise has its French, Arabic and English text in the gettext
catalogs (sync/contract/locale), and no raw key can reach a person."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk.core import brochure_text
from sync.contract import messages
from sync.contract.vocabulary import LANGUAGES, STAFF_LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
# What a message key looks like: "error.db.locked", "lead.error.phone_invalid", …
KEY = re.compile(r"^(?:[a-z]+\.)?error(?:\.[a-z_]+)+$")
# Keys of other shapes that the code passes to message() or raises.
MESSAGE_CALLS = {"message", "plural"}


def _keys_in(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    # brochure_text.text("price", lang) is the message key "brochure.price"
    brochure_texts = any(
        isinstance(node, ast.ImportFrom) and node.module == "kiosk.core.brochure_text"
        for node in ast.walk(tree)
    )
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if KEY.match(node.value):
                found.add(node.value)
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0] if node.args else None
            if name in MESSAGE_CALLS and isinstance(first, ast.Constant):
                found.add(str(first.value))
            if brochure_texts and name == "text" and isinstance(first, ast.Constant):
                found.add(brochure_text.PREFIX + str(first.value))
            for keyword in node.keywords:
                if keyword.arg == "problems":
                    found |= {
                        str(pair.elts[1].value)
                        for pair in ast.walk(keyword.value)
                        if isinstance(pair, ast.Tuple)
                        and len(pair.elts) == 2
                        and isinstance(pair.elts[1], ast.Constant)
                    }
    return found


def keys_used_in_code() -> set[str]:
    found: set[str] = set()
    for package in ("kiosk", "sync"):
        for path in sorted((ROOT / package).rglob("*.py")):
            found |= _keys_in(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _catalog(language: str) -> dict[str, str]:
    with messages.catalog_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id}


def test_the_extractor_finds_keys_in_raises_problems_and_message_calls() -> None:
    source = (
        'raise UserError("x", key="error.db.locked")\n'
        'raise ValidationError("x", problems=[("phone", "lead.error.phone_invalid")])\n'
        'problems.append(("kind", "analytics.kind"))\n'
        'message("ticket.slip.title", lang)\n'
        "from kiosk.core.brochure_text import text\n"
        'text("price", lang)\n'
    )
    assert _keys_in(ast.parse(source)) >= {
        "error.db.locked",
        "lead.error.phone_invalid",
        "ticket.slip.title",
        "brochure.price",
    }


def test_every_message_key_in_the_code_has_a_text_in_each_language() -> None:
    used = keys_used_in_code() - {"error.html"}  # a template's file name, not a key
    assert len(used) > 50
    missing = {
        language: sorted(key for key in used if not messages.has_text(key, language))
        for language in LANGUAGES
    }
    assert missing == {language: [] for language in LANGUAGES}


def test_the_catalogs_hold_the_same_keys_with_the_same_placeholders() -> None:
    catalogs = {language: _catalog(language) for language in LANGUAGES}
    english = catalogs["en"]
    fields = string.Formatter()
    for language, catalog in catalogs.items():
        assert set(catalog) == set(english), language
        for key, text in catalog.items():
            assert text.strip(), (language, key)
            names = {f for _, f, _, _ in fields.parse(text) if f}
            assert names == {f for _, f, _, _ in fields.parse(english[key]) if f}, (language, key)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_an_unknown_key_shows_the_generic_text_never_the_key(language: str) -> None:
    shown = messages.message("lead.error.no_such_key", language)
    assert shown == messages.message(messages.GENERIC, language)
    assert "lead.error" not in shown and shown.strip()


def test_texts_are_in_the_visitors_language_with_their_values() -> None:
    assert messages.message("error.auth.wait", "en", retry_after=30) == "Too many tries: wait 30 s."
    assert "30" in messages.message("error.auth.wait", "ar", retry_after=30)
    assert messages.message("lead.error.required", "xx") == messages.message(
        "lead.error.required", "fr"
    )
    arabic = messages.message("lead.error.phone_invalid", "ar")
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic)


def test_a_compiled_catalog_gives_the_same_texts_as_its_source(tmp_path: Path) -> None:
    from babel.messages.mofile import write_mo

    with messages.catalog_path("ar").open("rb") as handle:
        catalog = read_po(handle, locale="ar")
    mo = tmp_path / "omrane.mo"
    with mo.open("wb") as out:
        write_mo(out, catalog)
    import gettext

    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for key, text in _catalog("ar").items():
        if key.startswith("("):  # a plural message: one text per form
            singular = key.split("'")[1]
            assert compiled.ngettext(singular, singular, 3) in text
        else:
            assert compiled.gettext(key) == text


CONSOLE = ROOT / "sync" / "hq" / "console"
CONSOLE_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""")


def console_keys_used() -> set[str]:
    """Every literal ``t("…")`` key in the console's templates and Python modules."""
    found: set[str] = set()
    for path in sorted([*CONSOLE.rglob("*.html"), *CONSOLE.rglob("*.py")]):
        found |= set(CONSOLE_KEY.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_console_key_has_a_text_in_each_staff_language() -> None:
    from sync.hq.console import i18n

    used = console_keys_used()
    assert len(used) > 100
    missing = {
        language: sorted(key for key in used if i18n.text_of(key, language) is None)
        for language in STAFF_LANGUAGES
    }
    assert missing == {language: [] for language in STAFF_LANGUAGES}


def test_the_console_catalogs_hold_the_same_keys() -> None:
    from sync.hq.console import i18n

    def keys(language: str) -> set[str]:
        path = messages.catalog_path(language, locale_dir=i18n.LOCALE_DIR, domain=i18n.DOMAIN)
        with path.open("rb") as handle:
            return {str(m.id) for m in read_po(handle, locale=language) if m.id}

    assert keys("fr") == keys("ar") == keys("en")


def test_no_catalog_is_marked_fuzzy_so_setup_compiles_every_one() -> None:
    catalogs = sorted([*ROOT.glob("sync/**/LC_MESSAGES/*.po")])
    assert len(catalogs) == len(LANGUAGES) + len(STAFF_LANGUAGES)
    for path in catalogs:
        with path.open("rb") as handle:
            assert not read_po(handle).fuzzy, path
