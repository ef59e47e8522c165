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
    """One decomposed character: kept, dropped, or a separator."""
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return ch
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if cat[0] == "N":
        return ch if ch.isalnum() else " "
    if cat[0] == "M" or cat == "Cf":
        # Accents, harakat, bidi and zero-width marks belong to the letter they sit on.
        return ""
    return " "


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code).translate(_LATIN_SPELLED).translate(_ARABIC_FOLDED)
        folded = "".join(_fold_char(c) for c in unicodedata.normalize("NFKD", ch))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)


_WORD_CACHE_MAX = 200_000  # words; a catalog repeats the same few thousand


def _normalise_word(word: str) -> str:
    folded = _fold(word)
    if not folded.isascii():
        # Decomposition can leave forms that compose again (Hangul jamo…): fold to the end.
        folded = _fold(folded)
    return " ".join(folded.split())


class _WordCache(dict[str, str]):
    """The canonical form of each word seen, worked out on first sight (up to
    ``_WORD_CACHE_MAX`` words kept): a text's words are then looked up by C code alone."""

    def __missing__(self, word: str) -> str:
        norm = _normalise_word(word)
        if len(self) < _WORD_CACHE_MAX:
            self[word] = norm
        return norm


_WORD_CACHE = _WordCache()


# What folding does to ASCII: letters lower-cased, digits kept, anything else a separator.
_ASCII_FOLD = str.maketrans(
    {chr(c): chr(c).lower() if chr(c).isalnum() else " " for c in range(128)}
)


def normalise(text: str) -> str:
    """The canonical search form of ``text`` (idempotent: normalise(normalise(t)) == t)."""
    if not text:
        return ""
    if text.isascii():  # references, most typing: one pass, no word cache needed
        return " ".join(text.translate(_ASCII_FOLD).split())
    return " ".join(filter(None, map(_WORD_CACHE.__getitem__, text.split())))


def tokens(text: str) -> list[str]:
    """Normalised words of ``text``."""
    return normalise(text).split()


# "البيضاء" is also found as "بيضاء": Arabic words are often typed without the article.
_ARTICLE_WORD = re.compile(rf"(?<!\S){_ARABIC_ARTICLE}(\S{{{_MIN_STRIPPED_LEN},}})")


def index_text(*parts: str | None) -> str:
    """The words stored in the full-text index for a record made of ``parts``."""
    text = normalise(" ".join([p for p in parts if p]))
    stripped = _ARTICLE_WORD.findall(text)
    return f"{text} {' '.join(stripped)}" if stripped else text


def index_pieces(part: str) -> tuple[str, str]:
    """(normalised words, Arabic words again without their article) of one part of a record:
    ``index_text`` of several parts is their first halves joined, then their second halves
    (empty ones left out), so a bulk writer can work out each distinct part once."""
    text = normalise(part)
    if text.isascii():  # no Arabic article
        return text, ""
    return text, " ".join(_ARTICLE_WORD.findall(text))


def unique_words(*texts: str) -> str:
    """Already normalised ``texts`` as one string, each word once, first order kept."""
    return " ".join(dict.fromkeys(" ".join(texts).split()))


_SAFE_TOKEN = re.compile(r"^[^\s\"]+$")


def query_words(text: str) -> tuple[list[str], bool]:
    """(words to match, whether the last one is a prefix still being typed)."""
    words = list(dict.fromkeys(w for w in tokens(text) if _SAFE_TOKEN.match(w)))
    # A trailing space means the last word is finished too.
    return words[:MAX_QUERY_TOKENS], bool(words) and text.rstrip() == text


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a visitor typed, or None when nothing is left.

    All words must match. Earlier words are whole words; the last one is a prefix, still
    being typed ("casablanca appar" → "casablanca" "appar"*). Quoting makes any typed
    syntax (NEAR(, *, AND, quotes, parentheses) plain text for FTS5.
    """
    words, last_is_prefix = query_words(text)
    terms = [f'"{w}"' for w in words]
    if last_is_prefix:
        terms[-1] += "*"
    return " ".join(terms) if terms else None
