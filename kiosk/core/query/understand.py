"""Understanding a visitor's search: filters become chips, typos are corrected, the rest
stays free text. Pure functions over the text and a :class:`Vocabulary`.

"appart 3 pièces casa moins de 800 000 dh" → chips type=appartement, rooms=3,
city=casablanca, max_price=800000; free text "". "rabbat villa" → city=rabat (corrected
from "rabbat"), type=villa. Arabic prepositions and clitics (في، بـ، لـ، و، ال) are
stripped from words the catalog does not know as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.core.query import quantities
from kiosk.core.query.vocabulary import MAX_COMPLETIONS, Vocabulary
from kiosk.core.query.words import LEXICON, LONGEST_PHRASE, STOPWORDS
from kiosk.core.textnorm import normalise

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TOKEN = re.compile(
    r"(?P<unit>(?i:m²|m2|م²|م2)(?![^\W_]))"
    r"|(?P<num>(?<![^\W\d_])\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?!\d)|\d+(?:[.,]\d+)?)"
    r"|(?P<word>(?:[^\W\d_]|[\u064b-\u065f\u0670])+(?:[2379][^\W\d_]+)*)"
    r"|(?P<sym>[^\s\w])"
)
_MAX_PLACE_WORDS = 5
_MIN_PREFIX = 3  # letters of a word being typed before it narrows the results


@dataclass(frozen=True)
class Token:
    raw: str
    start: int
    end: int
    kind: str  # unit, num, word, sym
    norm: str  # normalised word, or the number's digits


@dataclass(frozen=True)
class Chip:
    """A filter understood from the typed text (SearchQuery field and value)."""

    field: str
    value: str | int | float
    tokens: tuple[int, ...]  # the typed tokens it came from
    corrected: bool = False


@dataclass(frozen=True)
class Understanding:
    text: str  # what was typed
    chips: tuple[Chip, ...]
    free_text: str  # words left for the full-text search (a trailing space: last word done)
    corrections: tuple[tuple[str, str], ...]  # (typed word, corrected word)
    corrected_text: str  # the typed text with the corrections in place
    tokens: tuple[Token, ...] = field(default=(), repr=False)
    free_tokens: tuple[int, ...] = ()  # tokens of the free text

    @property
    def corrected(self) -> bool:
        return bool(self.corrections)

    def filters(self) -> dict[str, str | int | float]:
        return {c.field: c.value for c in self.chips}

    def without(self, chip: Chip) -> str:
        """The typed text without the words of ``chip`` (what one tap on it leaves)."""
        return remove_tokens(self.text, [self.tokens[i] for i in chip.tokens])

    def without_free_text(self) -> str:
        """The typed text keeping only the words that became chips."""
        return remove_tokens(self.text, [self.tokens[i] for i in self.free_tokens])


def remove_tokens(text: str, tokens: list[Token]) -> str:
    out, pos = [], 0
    for tok in sorted(tokens, key=lambda t: t.start):
        out.append(text[pos : tok.start])
        pos = tok.end
    out.append(text[pos:])
    return " ".join(" ".join(out).split())


def tokenize(text: str) -> list[Token]:
    folded = text.translate(_DIGITS)
    out = []
    for m in _TOKEN.finditer(folded):
        kind = m.lastgroup or "sym"
        raw = text[m.start() : m.end()]
        if kind == "num":
            norm = re.sub(r"[ \u00a0\u202f']", "", m.group())
            norm = _number_text(norm)
        elif kind == "unit":
            norm = "m2"
        elif kind == "word":
            norm = normalise(m.group())
            if not norm:
                continue
        else:
            norm = m.group()
        out.append(Token(raw, m.start(), m.end(), kind, norm))
    return out


def _number_text(digits: str) -> str:
    """ "1.200.000" → "1200000", "1,2" → "1.2" (a comma or dot before 1-2 digits is decimal)."""
    if re.fullmatch(r"\d+[.,]\d{1,2}", digits):
        return digits.replace(",", ".")
    return re.sub(r"[.,]", "", digits)


# ---- words: exact, stripped of clitics, singular, split, or corrected ---------------------


def _arabic_forms(word: str) -> list[str]:
    """``word`` without و/ف, then بـ/لـ/كـ, then ال (و+بـ+ال: "وبالرباط" → "رباط")."""
    forms = [word]
    stems = [word]
    if len(word) > 3 and word[0] in "وف":
        stems.append(word[1:])
    for stem in list(stems):
        if stem.startswith("لل") and len(stem) > 4:
            stems.append("ال" + stem[2:])
        if len(stem) > 3 and stem[0] in "بلك":
            stems.append(stem[1:])
    for stem in stems:
        forms.append(stem)
        if stem.startswith("ال") and len(stem) > 3:
            forms.append(stem[2:])
    return list(dict.fromkeys(forms[1:]))


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def canonical(word: str, vocab: Vocabulary, *, typing: bool, correct: bool) -> tuple[str, bool]:
    """(the word the catalog knows for ``word``, whether it is a correction)."""
    if word in LEXICON or word in vocab.places or vocab.knows(word):
        return word, False
    if typing:
        done = vocab.completions(word)
        if done:
            return _completed(word, done, vocab), False
    if _is_arabic(word):
        for form in _arabic_forms(word):
            if form in LEXICON or form in vocab.places or vocab.knows(form):
                return form, False
    elif len(word) > 3 and word[-1] in "sx" and vocab.knows(word[:-1]):
        return word[:-1], False
    split = _split(word, vocab)
    if split is not None:
        return split, False
    if correct:
        fixed = vocab.correct(word)
        if fixed is not None:
            return fixed, True
    return word, False


def _completed(word: str, done: list[str], vocab: Vocabulary) -> str:
    """A word being typed that can only become one place, type or everyday word is that
    one ("casab" is Casablanca, "appar" an apartment); otherwise it stays a prefix."""
    if len(done) >= MAX_COMPLETIONS:
        return word
    meanings = {_meaning(w, vocab) for w in done}
    if len(meanings) == 1 and None not in meanings:
        return done[0]  # "piec" is "pieces" too: "3 piec" already means 3 rooms
    return word


def _split(word: str, vocab: Vocabulary) -> str | None:
    """Two known words typed without the space between them."""
    if len(word) < 6:
        return None
    for cut in range(3, len(word) - 2):
        left, right = word[:cut], word[cut:]
        known = [
            x
            for x in (left, right)
            if x in LEXICON or x in vocab.places or (len(x) > 3 and vocab.knows(x))
        ]
        if len(known) == 2:
            return f"{left} {right}"
    return None


# ---- phrases: places and everyday words --------------------------------------------------


@dataclass
class _Item:
    kind: str  # place, type, category, status, text, word, num, free, stop
    value: str
    toks: tuple[int, ...]
    corrected: bool = False
    num: float = 0.0


def _words(tokens: list[Token], vocab: Vocabulary, text: str, correct: bool) -> list[_Item]:
    typing_last = bool(text) and not text[-1].isspace()
    items: list[_Item] = []
    for i, tok in enumerate(tokens):
        if tok.kind == "num":
            items.append(_Item("num", tok.norm, (i,), num=float(tok.norm)))
        elif tok.kind == "unit":
            items.append(_Item("w", "m2", (i,)))
        elif tok.kind == "sym":
            joins_words = i > 0 and tokens[i - 1].kind == "word"  # "Tan-Tan", "Aït-Melloul"
            if tok.norm in LEXICON and not joins_words:
                items.append(_Item("w", tok.norm, (i,)))
        else:
            last = typing_last and i == len(tokens) - 1
            for word in tok.norm.split():
                fixed, was_fixed = canonical(word, vocab, typing=last, correct=correct)
                for part in fixed.split():
                    items.append(_Item("w", part, (i,), corrected=was_fixed))
    return _phrases(items, vocab)


def _phrases(items: list[_Item], vocab: Vocabulary) -> list[_Item]:
    """Longest known phrases first: places, then everyday words."""
    out: list[_Item] = []
    i = 0
    longest = max(LONGEST_PHRASE, _MAX_PLACE_WORDS)
    while i < len(items):
        found = None
        for n in range(min(longest, len(items) - i), 0, -1):
            group = items[i : i + n]
            if any(it.kind != "w" for it in group):
                continue
            phrase = " ".join(it.value for it in group)
            meaning = _meaning(phrase, vocab) or (
                _meaning(phrase.replace(" ", ""), vocab) if n > 1 else None
            )
            if meaning is not None:
                toks = tuple(dict.fromkeys(t for it in group for t in it.toks))
                fixed = any(it.corrected for it in group)
                found = (n, _Item(meaning[0], meaning[1], toks, fixed))
                break
        if found is None:
            it = items[i]
            out.append(it if it.kind == "num" else _Item("free", it.value, it.toks, it.corrected))
            i += 1
        else:
            out.append(found[1])
            i += found[0]
    return out


def _meaning(phrase: str, vocab: Vocabulary) -> tuple[str, str] | None:
    place = vocab.places.get(phrase)
    if place is not None:
        return ("place", f"{place[0]}:{place[1]}")
    meaning = LEXICON.get(phrase)
    if meaning is None:
        return None
    kind, value = meaning
    return ("word" if kind == "word" else kind, value)


# ---- the whole query --------------------------------------------------------------------

MAX_TOKENS = 16
_FIELD_OF_KIND = {"type": "type", "category": "category", "status": "status"}


def understand(text: str, vocab: Vocabulary, *, correct: bool = True) -> Understanding:
    """Filters, corrections and free text of what a visitor typed (never fails)."""
    tokens = tokenize(text)[:MAX_TOKENS]
    items = _words(tokens, vocab, text, correct)
    adjacent = [
        i + 1 < len(items) and tokens[it.toks[-1]].end == tokens[items[i + 1].toks[0]].start
        for i, it in enumerate(items)
    ]
    found = quantities.read(items, adjacent)  # type: ignore[arg-type]
    chips: dict[str, Chip] = {}
    used = found.used
    for filters, group in found.groups:
        toks = tuple(dict.fromkeys(t for i in group for t in items[i].toks))
        for name, value in filters:
            chips.setdefault(name, Chip(name, value, toks))
    free: list[_Item] = []
    for n, it in enumerate(items):
        if n in used:
            continue
        dim = _field_of(it)
        if dim is not None and dim not in chips:
            chips[dim] = Chip(dim, _value_of(it), it.toks, it.corrected)
        elif it.kind == "text" or (
            it.kind in ("free", "num") and it.value not in STOPWORDS and dim is None
        ):
            free.append(it)
        elif dim is not None:
            free.append(_Item("free", it.value, it.toks, it.corrected))
    return Understanding(
        text=text,
        chips=tuple(chips.values()),
        free_text=_free_text(free, tokens, text, len(chips)),
        corrections=_corrections(items, tokens, vocab),
        corrected_text=_corrected_text(items, tokens, vocab, text),
        tokens=tuple(tokens),
        free_tokens=tuple(dict.fromkeys(t for it in free for t in it.toks)),
    )


def _field_of(it: _Item) -> str | None:
    if it.kind == "place":
        return it.value.split(":", 1)[0]
    return _FIELD_OF_KIND.get(it.kind)


def _value_of(it: _Item) -> str:
    return it.value.split(":", 1)[1] if it.kind == "place" else it.value


def _free_text(free: list[_Item], tokens: list[Token], text: str, chips: int) -> str:
    words = [it.value for it in free]
    if not words:
        return ""
    typing = bool(text) and not text[-1].isspace() and free[-1].toks[-1] == len(tokens) - 1
    if typing and (len(words[-1]) < _MIN_PREFIX or words[-1] == "ال"):
        # One or two letters (or the Arabic article) narrow nothing yet: wait for the word.
        words.pop()
        typing = False
        if not words:
            return ""
    return " ".join(words) + ("" if typing else " ")


def _display(it: _Item, vocab: Vocabulary, typed: str) -> str:
    if it.kind == "place":
        kind, pid = it.value.split(":", 1)
        return vocab.place_name((kind, pid), _is_arabic(typed))
    return it.value


def _corrections(
    items: list[_Item], tokens: list[Token], vocab: Vocabulary
) -> tuple[tuple[str, str], ...]:
    out = []
    for it in items:
        if it.corrected:
            typed = " ".join(tokens[t].raw for t in it.toks)
            out.append((typed, _display(it, vocab, typed)))
    return tuple(dict.fromkeys(out))


def _corrected_text(items: list[_Item], tokens: list[Token], vocab: Vocabulary, text: str) -> str:
    replaced = [
        (
            tokens[it.toks[0]].start,
            tokens[it.toks[-1]].end,
            _display(it, vocab, tokens[it.toks[0]].raw),
        )
        for it in items
        if it.corrected
    ]
    if not replaced:
        return text
    out, pos = [], 0
    for start, end, shown in sorted(set(replaced)):
        if start < pos:
            continue
        out.append(text[pos:start] + shown)
        pos = end
    out.append(text[pos:])
    return "".join(out)
