"""The catalog's own words, for understanding and correcting what a visitor types.

Places (city names and aliases in both scripts, regions), programme names and unit-type
words. Every commune of Morocco is a place too (``kiosk.core.places``): one the catalog has
no city for is understood as its region, so "Tiflet" still finds homes nearby. A word with
no exact match in the catalog is corrected to the closest of these
(rapidfuzz, Levenshtein) within a distance that grows with the word's length; spellings
that sound alike (k/q/c, ou/w, doubled letters) are matched first.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kiosk.core.places import AmbiguousPlace
from kiosk.core.places import load as load_places
from kiosk.core.query.words import CORRECTABLE, LEXICON, STOPWORDS
from kiosk.core.textnorm import normalise

PlaceKind = tuple[str, str]  # ("city" | "region", id)
_MIN_CORRECTED_LEN = 4
_REGION_WORD_LEN = 5
MAX_COMPLETIONS = 25  # more: the word being typed can still become too many things


def max_distance(word: str) -> int:
    """Edits allowed to correct ``word``: none under 4 letters, then one per 4 letters."""
    n = len(word)
    if n < _MIN_CORRECTED_LEN:
        return 0
    return 1 if n < 8 else 2 if n < 12 else 3


_SOUND_RULES = [
    (re.compile(r"ch"), "§"),
    (re.compile(r"[cqk]+"), "k"),
    (re.compile(r"ou|w|u"), "u"),
    (re.compile(r"[yi]+"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=\w)e$"), ""),
]


def sound_key(word: str) -> str:
    """``word`` as it sounds: "kasablanka", "casablanca" and "qasablanca" share a key."""
    for rule, replacement in _SOUND_RULES:
        word = rule.sub(replacement, word)
    return word


@dataclass
class Vocabulary:
    """What a catalog knows, built from its reference data (pure, no database)."""

    places: dict[str, PlaceKind]  # normalised phrase (and its joined form) -> place
    names: dict[PlaceKind, tuple[str, str]]  # place -> (French, Arabic) name
    is_term: Callable[[str], bool]  # an exact word of the search index
    completions: Callable[[str], list[str]]  # index words starting with it (a few)
    targets: list[str] = field(default_factory=list)  # words corrections aim at
    _by_sound: dict[str, str] = field(default_factory=dict)
    _known: set[str] = field(default_factory=set)

    @classmethod
    def build(
        cls,
        cities: Iterable[tuple[str, str, str, Iterable[str]]],
        regions: Iterable[tuple[str, str, str]],
        programme_names: Iterable[str],
        is_term: Callable[[str], bool],
        completions: Callable[[str], list[str]],
        communes: Iterable[tuple[str, str, Iterable[str], str, str]] = (),
    ) -> Vocabulary:
        """``cities``: (id, French name, Arabic name, aliases); ``regions``: (id, fr, ar);
        ``communes``: (French name, Arabic name, aliases, region id, the catalog's city id or
        "") of every commune."""
        places: dict[str, PlaceKind] = {}
        names: dict[PlaceKind, tuple[str, str]] = {}
        cities = list(cities)
        city_words = {w for c in cities for n in (c[1], *c[3]) for w in normalise(n).split()}
        for cid, fr, ar, aliases in cities:
            names[("city", cid)] = (fr, ar)
            for name in (fr, ar, *aliases, cid.replace("-", " ")):
                _add_place(places, normalise(name), ("city", cid))
        regions = list(regions)
        for rid, fr, ar in regions:
            names[("region", rid)] = (fr, ar)
            for name in (fr, ar, rid.replace("-", " ")):
                _add_place(places, normalise(name), ("region", rid))
        for rid, fr, _ar in regions:
            # "souss", "oriental": a distinctive word of a region's name names it
            for word in normalise(fr).split():
                if len(word) >= _REGION_WORD_LEN and word not in city_words:
                    places.setdefault(word, ("region", rid))
        known_regions = {r[0] for r in regions}
        programme_names = list(programme_names)
        taken = {*LEXICON, *STOPWORDS, *(normalise(n) for n in programme_names)}
        for fr, ar, aliases, rid, cid in communes:
            # the catalog's city when it sells there, else the commune's region
            place = ("city", cid) if cid else ("region", rid)
            if place[0] == "region" and rid not in known_regions:
                continue
            for name in (fr, ar, *aliases):
                phrase = normalise(name)
                if phrase not in taken:
                    _add_place(places, phrase, place, whole_only=True)
        vocab = cls(places, names, is_term, completions)
        place_words = [w for phrase in places for w in phrase.split()]
        programme_words = [w for n in programme_names for w in normalise(n).split()]
        ordered = dict.fromkeys(
            w
            for w in (*places, *place_words, *CORRECTABLE, *programme_words)
            if len(w) >= _MIN_CORRECTED_LEN - 1 and w not in STOPWORDS
        )
        vocab.targets = list(ordered)
        for word in vocab.targets:
            vocab._by_sound.setdefault(sound_key(word), word)
        vocab._known = set(ordered) | set(place_words) | set(LEXICON)
        return vocab

    def knows(self, word: str) -> bool:
        return word in self._known or word in STOPWORDS or self.is_term(word)

    def correct(self, word: str) -> str | None:
        """The closest known word or place phrase to ``word``, or None."""
        limit = max_distance(word)
        if len(word) < _MIN_CORRECTED_LEN - 1 or word.isdigit():
            return None
        found = self._by_sound.get(sound_key(word))
        if found is not None and found != word:
            return found
        if not limit:
            return None
        best = process.extractOne(
            word, self.targets, scorer=Levenshtein.distance, score_cutoff=limit
        )
        return None if best is None else str(best[0])

    def place_name(self, place: PlaceKind, arabic: bool) -> str:
        fr, ar = self.names.get(place, (place[1], place[1]))
        return ar if arabic else fr


def _add_place(
    places: dict[str, PlaceKind], phrase: str, place: PlaceKind, *, whole_only: bool = False
) -> None:
    """``phrase`` names ``place`` unless something named it first (catalog cities come first);
    with ``whole_only`` no shortened forms are added."""
    if not phrase or (whole_only and len(phrase) < _MIN_CORRECTED_LEN):
        return
    if whole_only:
        places.setdefault(phrase, place)
        return
    forms = [phrase]
    if phrase.startswith("ال") and len(phrase) > 4:
        forms.append(phrase[2:])  # Arabic names are often typed without the article
    for form in forms:
        places.setdefault(form, place)
        if " " in form:
            places.setdefault(form.replace(" ", ""), place)  # "benimellal", "الدارالبيضاء"


def load_vocabulary(conn: sqlite3.Connection) -> Vocabulary:
    """The vocabulary of the catalog stored in ``conn`` (rebuild it when the catalog changes)."""
    cities = [
        (cid, fr, ar, [a for a in aliases.split("|") if a])
        for cid, fr, ar, aliases in conn.execute("SELECT id, name_fr, name_ar, aliases FROM cities")
    ]
    regions = list(conn.execute("SELECT id, name_fr, name_ar FROM regions"))
    programmes = [
        name for row in conn.execute("SELECT name_fr, name_ar FROM programmes") for name in row
    ]

    def is_term(word: str) -> bool:
        sql = "SELECT 1 FROM catalog_terms WHERE term = ?"
        return conn.execute(sql, (word,)).fetchone() is not None

    def completions(word: str) -> list[str]:
        sql = "SELECT term FROM catalog_terms WHERE term >= ? AND term < ? LIMIT ?"
        return [r[0] for r in conn.execute(sql, (word, word + "\U0010ffff", MAX_COMPLETIONS))]

    return Vocabulary.build(cities, regions, programmes, is_term, completions, _communes(cities))


def _communes(
    cities: list[tuple[str, str, str, list[str]]],
) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    """Every commune, with the catalog city that is the same place (found by its id, name or
    aliases; "" when the catalog sells nothing there)."""
    known = load_places()
    same: dict[str, str] = {}
    for cid, fr, _ar, aliases in cities:
        for name in (cid, fr, *aliases):
            try:
                commune = known.find(name)
            except AmbiguousPlace:
                continue
            if commune is not None:
                same.setdefault(commune.code, cid)
                break
    return [
        (c.name_fr, c.name_ar, c.aliases, c.region_id, same.get(c.code, "")) for c in known.communes
    ]
