"""The console's small message catalog: one TOML file per language under locales/."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from sync.contract.vocabulary import DESKS, LANGUAGES, RTL_LANGUAGES, SALES_STAGES

RTL = RTL_LANGUAGES
_LOCALES = Path(__file__).with_name("locales")


def _flatten(prefix: str, node: dict[str, object], out: dict[str, str]) -> None:
    for key, value in node.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _flatten(name, value, out)
        else:
            out[name] = str(value)


@cache
def messages(language: str) -> dict[str, str]:
    """The console's texts, plus the names of desks, sales stages and languages from the
    vocabulary (``desk.<code>``, ``status.<code>``, ``lang.<code>``), not repeated in the TOML."""
    with (_LOCALES / f"{language}.toml").open("rb") as handle:
        out: dict[str, str] = {}
        _flatten("", tomllib.load(handle), out)
    for prefix, words in (("desk", DESKS), ("status", SALES_STAGES)):
        out.update({f"{prefix}.{code}": label.get(language) for code, label in words.items()})
    # each language in its own name, as on the language switch
    out.update({f"lang.{code}": label.get(code) for code, label in LANGUAGES.items()})
    return out


class Translator:
    """`t("leads.title")`, falling back to English, then to the key itself."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "fr"
        self.direction = "rtl" if self.language in RTL else "ltr"
        self._own = messages(self.language)
        self._fallback = messages("en")

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key) or self._fallback.get(key) or key
        return text.format(**values) if values else text


def pick_language(cookie: str | None, accept: str | None, default: str) -> str:
    if cookie in LANGUAGES:
        return str(cookie)
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return default
