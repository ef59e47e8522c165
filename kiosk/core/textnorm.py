"""French/Arabic text normalisation shared by the search index and the search box.

Both sides go through :func:`normalise`, so whatever a visitor types is compared with the
catalog in one canonical form: lower case, no accents, ligatures spelled out (œ → oe),
Arabic without harakat or tatweel, one alef, one yaa, taa marbuta as haa, Western digits,
and only letters and digits separated by single spaces. The FTS5 index uses the ``ascii``
tokenizer on that form, so a token here is exactly a token there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters NFKD does not decompose, spelled the way a French keyboard user would type them.
_LATIN_SPELLED = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)

# Arabic letter variants folded to the form people type on any keyboard.
_ARABIC_FOLDED = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ې": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ۀ": "ه",
        "ک": "ك",  # keheh
        "ـ": "",  # tatweel: decoration only
    }
)

_ARABIC_ARTICLE = "ال"
_MIN_STRIPPED_LEN = 2
# Longer pasted text is cut: nobody types more than this into a kiosk search box.
MAX_QUERY_TOKENS = 12


def _fold_char(ch: str) -> str:
    """One character after decomposition: kept, dropped, or a separator."""
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return ch
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if cat[0] == "N":
        return ch if ch.isalnum() else " "
    if cat in ("Mn", "Me", "Cf"):
        # Accents, harakat, bidi and zero-width marks belong to the letter they sit on.
        return ""
    if cat == "Mc":
        return ""
    return " "


def normalise(text: str) -> str:
    """The canonical search form of ``text`` (idempotent: normalise(normalise(t)) == t)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_LATIN_SPELLED).translate(_ARABIC_FOLDED)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(_fold_char(ch) for ch in decomposed)
    # NFKC again: decomposition can leave compatibility forms; fold the result once more.
    folded = unicodedata.normalize("NFKC", folded).casefold()
    folded = folded.translate(_LATIN_SPELLED).translate(_ARABIC_FOLDED)
    folded = "".join(_fold_char(ch) for ch in unicodedata.normalize("NFKD", folded))
    return " ".join(folded.split())


def tokens(text: str) -> list[str]:
    """Normalised words of ``text``."""
    return normalise(text).split()


def _variants(token: str) -> Iterable[str]:
    yield token
    # "البيضاء" is also found as "بيضاء": Arabic words are often typed without the article.
    if token.startswith(_ARABIC_ARTICLE) and len(token) - len(_ARABIC_ARTICLE) >= _MIN_STRIPPED_LEN:
        yield token[len(_ARABIC_ARTICLE) :]


def index_text(*parts: str | None) -> str:
    """The text stored in the full-text index for a record made of ``parts``."""
    seen: dict[str, None] = {}
    for part in parts:
        if not part:
            continue
        for token in tokens(part):
            for variant in _variants(token):
                seen.setdefault(variant, None)
    return " ".join(seen)


_SAFE_TOKEN = re.compile(r"^[^\s\"]+$")


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a visitor typed, or None when nothing is left.

    Every word becomes a quoted prefix term ("casa"*), all must match. Quoting makes any
    typed syntax (NEAR(, *, AND, quotes, parentheses) plain text for FTS5.
    """
    words = tokens(text)[:MAX_QUERY_TOKENS]
    terms = [f'"{w}"*' for w in dict.fromkeys(words) if _SAFE_TOKEN.match(w)]
    return " ".join(terms) if terms else None
