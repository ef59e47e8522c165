"""Morocco's 12 regions and the places of the generated demo catalog: about 60 headline
cities, then the largest other towns of each region from ``kiosk.core.places`` (real
communes, priced from the region's level in ``data/places/prices.csv``).

Names are public place names (French and Arabic) with the spellings visitors type as
aliases. ``level`` is a typical new-apartment price per m² in MAD, ``weight`` the city's
share of the demo units; both are rough orders of magnitude for realistic-looking data,
not market figures.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cache

from kiosk.core import places, resources


@dataclass(frozen=True)
class DemoRegion:
    id: str
    name_fr: str
    name_ar: str
    short: str


@dataclass(frozen=True)
class DemoCity:
    id: str
    code: str
    name_fr: str
    name_ar: str
    province: str
    region_id: str
    aliases: tuple[str, ...]
    level: int
    weight: int
    new_town: bool = False


REGIONS: tuple[DemoRegion, ...] = (
    DemoRegion(
        "tanger-tetouan-al-hoceima", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة", "TTA"
    ),
    DemoRegion("oriental", "L'Oriental", "الشرق", "ORI"),
    DemoRegion("fes-meknes", "Fès-Meknès", "فاس مكناس", "FME"),
    DemoRegion("rabat-sale-kenitra", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة", "RSK"),
    DemoRegion("beni-mellal-khenifra", "Béni Mellal-Khénifra", "بني ملال خنيفرة", "BMK"),
    DemoRegion("casablanca-settat", "Casablanca-Settat", "الدار البيضاء سطات", "CSE"),
    DemoRegion("marrakech-safi", "Marrakech-Safi", "مراكش آسفي", "MSA"),
    DemoRegion("draa-tafilalet", "Drâa-Tafilalet", "درعة تافيلالت", "DTA"),
    DemoRegion("souss-massa", "Souss-Massa", "سوس ماسة", "SMA"),
    DemoRegion("guelmim-oued-noun", "Guelmim-Oued Noun", "كلميم واد نون", "GON"),
    DemoRegion(
        "laayoune-sakia-el-hamra", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء", "LSH"
    ),
    DemoRegion("dakhla-oued-ed-dahab", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", "DOD"),
)

_T, _O, _F, _R = REGIONS[0].id, REGIONS[1].id, REGIONS[2].id, REGIONS[3].id
_B, _C, _M, _D = REGIONS[4].id, REGIONS[5].id, REGIONS[6].id, REGIONS[7].id
_S, _G, _L, _K = REGIONS[8].id, REGIONS[9].id, REGIONS[10].id, REGIONS[11].id


def _c(
    id_: str,
    code: str,
    fr: str,
    ar: str,
    province: str,
    region: str,
    aliases: tuple[str, ...],
    level: int,
    weight: int,
    new_town: bool = False,
) -> DemoCity:
    return DemoCity(id_, code, fr, ar, province, region, aliases, level, weight, new_town)


CITIES: tuple[DemoCity, ...] = (
    _c(
        "tanger",
        "TNG",
        "Tanger",
        "طنجة",
        "Tanger-Assilah",
        _T,
        ("tangier", "tanja", "طنجه"),
        11000,
        60,
    ),
    _c("tetouan", "TET", "Tétouan", "تطوان", "Tétouan", _T, ("tetuan", "tetouane"), 9000, 30),
    _c(
        "al-hoceima",
        "HOC",
        "Al Hoceïma",
        "الحسيمة",
        "Al Hoceïma",
        _T,
        ("hoceima", "alhucemas"),
        8000,
        15,
    ),
    _c("larache", "LAR", "Larache", "العرائش", "Larache", _T, ("laraiche",), 6500, 12),
    _c(
        "ksar-el-kebir",
        "KSK",
        "Ksar El Kébir",
        "القصر الكبير",
        "Larache",
        _T,
        ("ksar kbir",),
        5500,
        8,
    ),
    _c(
        "chefchaouen",
        "CHF",
        "Chefchaouen",
        "شفشاون",
        "Chefchaouen",
        _T,
        ("chaouen", "chefchaoun"),
        6000,
        6,
    ),
    _c("mdiq", "MDQ", "M'diq", "المضيق", "M'diq-Fnideq", _T, ("mdik", "rincon"), 9500, 8),
    _c(
        "chrafate",
        "CHR",
        "Chrafate",
        "الشرافات",
        "Fahs-Anjra",
        _T,
        ("charafate", "chrafat"),
        5000,
        18,
        True,
    ),
    _c("oujda", "OUJ", "Oujda", "وجدة", "Oujda-Angad", _O, ("oujda angad", "وجده"), 7000, 35),
    _c("nador", "NAD", "Nador", "الناظور", "Nador", _O, ("nadour",), 8000, 25),
    _c("berkane", "BRK", "Berkane", "بركان", "Berkane", _O, ("berkan",), 6000, 12),
    _c("taourirt", "TAO", "Taourirt", "تاوريرت", "Taourirt", _O, (), 5000, 6),
    _c("guercif", "GCF", "Guercif", "جرسيف", "Guercif", _O, ("guersif",), 4800, 6),
    _c("jerada", "JER", "Jerada", "جرادة", "Jerada", _O, (), 4500, 4),
    _c("fes", "FES", "Fès", "فاس", "Fès", _F, ("fez", "fes", "fass"), 8000, 60),
    _c("meknes", "MEK", "Meknès", "مكناس", "Meknès", _F, ("meknas", "miknas"), 7000, 40),
    _c("taza", "TAZ", "Taza", "تازة", "Taza", _F, (), 5000, 12),
    _c("ifrane", "IFR", "Ifrane", "إفران", "Ifrane", _F, ("ifran",), 9000, 6),
    _c("sefrou", "SEF", "Sefrou", "صفرو", "Sefrou", _F, ("sefru",), 5000, 6),
    _c("el-hajeb", "HAJ", "El Hajeb", "الحاجب", "El Hajeb", _F, (), 4800, 4),
    _c("rabat", "RAB", "Rabat", "الرباط", "Rabat", _R, ("rbat", "ribat"), 14000, 45),
    _c("sale", "SAL", "Salé", "سلا", "Salé", _R, ("sla", "sale"), 9500, 45),
    _c(
        "kenitra", "KEN", "Kénitra", "القنيطرة", "Kénitra", _R, ("knitra", "port lyautey"), 9000, 40
    ),
    _c("temara", "TEM", "Témara", "تمارة", "Skhirate-Témara", _R, ("tmara",), 10000, 30),
    _c("tamesna", "TMS", "Tamesna", "تامسنا", "Skhirate-Témara", _R, ("tamsna",), 6500, 45, True),
    _c("skhirat", "SKH", "Skhirat", "الصخيرات", "Skhirate-Témara", _R, ("skhirate",), 9000, 8),
    _c("khemisset", "KHM", "Khémisset", "الخميسات", "Khémisset", _R, ("khmisset",), 5500, 10),
    _c("sidi-kacem", "SKC", "Sidi Kacem", "سيدي قاسم", "Sidi Kacem", _R, (), 5000, 6),
    _c("sidi-slimane", "SSL", "Sidi Slimane", "سيدي سليمان", "Sidi Slimane", _R, (), 5000, 6),
    _c(
        "beni-mellal",
        "BML",
        "Béni Mellal",
        "بني ملال",
        "Béni Mellal",
        _B,
        ("beni mellal", "bni mellal"),
        6500,
        25,
    ),
    _c("khouribga", "KHO", "Khouribga", "خريبكة", "Khouribga", _B, ("khribga",), 6000, 15),
    _c("khenifra", "KHN", "Khénifra", "خنيفرة", "Khénifra", _B, ("khnifra",), 5000, 8),
    _c(
        "fquih-ben-salah",
        "FBS",
        "Fquih Ben Salah",
        "الفقيه بن صالح",
        "Fquih Ben Salah",
        _B,
        ("fkih ben saleh",),
        5000,
        8,
    ),
    _c("azilal", "AZL", "Azilal", "أزيلال", "Azilal", _B, (), 4500, 4),
    _c(
        "casablanca",
        "CAS",
        "Casablanca",
        "الدار البيضاء",
        "Casablanca",
        _C,
        ("casa", "dar el beida", "dar al baida", "كازا", "الدار البيضا"),
        14000,
        120,
    ),
    _c(
        "mohammedia",
        "MOH",
        "Mohammédia",
        "المحمدية",
        "Mohammédia",
        _C,
        ("fedala", "mohamedia"),
        11000,
        30,
    ),
    _c(
        "el-jadida", "JAD", "El Jadida", "الجديدة", "El Jadida", _C, ("jadida", "mazagan"), 8500, 30
    ),
    _c("settat", "SET", "Settat", "سطات", "Settat", _C, ("stat",), 6000, 15),
    _c("berrechid", "BER", "Berrechid", "برشيد", "Berrechid", _C, ("berchid",), 7000, 20),
    _c("benslimane", "BSL", "Benslimane", "بنسليمان", "Benslimane", _C, ("ben slimane",), 6500, 8),
    _c(
        "lakhyayta",
        "LKH",
        "Lakhyayta",
        "لخيايطة",
        "Berrechid",
        _C,
        ("lakhiayta", "sahel lakhyayta", "الخيايطة"),
        5500,
        35,
        True,
    ),
    _c("had-soualem", "HSO", "Had Soualem", "حد السوالم", "Berrechid", _C, ("soualem",), 6000, 10),
    _c(
        "marrakech",
        "MAR",
        "Marrakech",
        "مراكش",
        "Marrakech",
        _M,
        ("marrakesh", "kech", "مراكش الحمراء"),
        11000,
        70,
    ),
    _c(
        "tamansourt",
        "TMN",
        "Tamansourt",
        "تامنصورت",
        "Marrakech",
        _M,
        ("tamensourt",),
        5500,
        40,
        True,
    ),
    _c("safi", "SAF", "Safi", "آسفي", "Safi", _M, ("asfi", "اسفي"), 6500, 20),
    _c(
        "essaouira", "ESS", "Essaouira", "الصويرة", "Essaouira", _M, ("mogador", "souira"), 8000, 10
    ),
    _c(
        "el-kelaa-des-sraghna",
        "KLS",
        "El Kelaâ des Sraghna",
        "قلعة السراغنة",
        "El Kelaâ des Sraghna",
        _M,
        ("kelaa", "kalaat sraghna"),
        5000,
        6,
    ),
    _c(
        "benguerir",
        "BGR",
        "Benguerir",
        "ابن جرير",
        "Rehamna",
        _M,
        ("ben guerir", "بنجرير"),
        6500,
        12,
    ),
    _c("youssoufia", "YSF", "Youssoufia", "اليوسفية", "Youssoufia", _M, ("louis gentil",), 4800, 4),
    _c(
        "errachidia",
        "ERR",
        "Errachidia",
        "الرشيدية",
        "Errachidia",
        _D,
        ("rachidia", "ksar es souk"),
        5000,
        10,
    ),
    _c("ouarzazate", "OUA", "Ouarzazate", "ورزازات", "Ouarzazate", _D, ("warzazat",), 5500, 8),
    _c("zagora", "ZAG", "Zagora", "زاكورة", "Zagora", _D, (), 4500, 4),
    _c("midelt", "MID", "Midelt", "ميدلت", "Midelt", _D, (), 4500, 4),
    _c("tinghir", "TIN", "Tinghir", "تنغير", "Tinghir", _D, ("tinerhir",), 4500, 4),
    _c(
        "agadir",
        "AGA",
        "Agadir",
        "أكادير",
        "Agadir Ida-Outanane",
        _S,
        ("agadir ighir", "اكادير"),
        10000,
        50,
    ),
    _c(
        "inezgane", "INZ", "Inezgane", "إنزكان", "Inezgane-Aït Melloul", _S, ("inzegane",), 7000, 15
    ),
    _c(
        "ait-melloul",
        "AML",
        "Aït Melloul",
        "آيت ملول",
        "Inezgane-Aït Melloul",
        _S,
        ("ait melloul",),
        6500,
        12,
    ),
    _c("taroudant", "TRD", "Taroudant", "تارودانت", "Taroudant", _S, ("taroudannt",), 5000, 8),
    _c("tiznit", "TIZ", "Tiznit", "تيزنيت", "Tiznit", _S, (), 5500, 8),
    _c("guelmim", "GLM", "Guelmim", "كلميم", "Guelmim", _G, ("goulimine",), 5000, 8),
    _c("tan-tan", "TNT", "Tan-Tan", "طانطان", "Tan-Tan", _G, ("tantan",), 4500, 4),
    _c("sidi-ifni", "IFN", "Sidi Ifni", "سيدي إفني", "Sidi Ifni", _G, ("ifni",), 5000, 4),
    _c("laayoune", "LAA", "Laâyoune", "العيون", "Laâyoune", _L, ("layoune", "el aaiun"), 6000, 15),
    _c("boujdour", "BJD", "Boujdour", "بوجدور", "Boujdour", _L, (), 4800, 4),
    _c("smara", "SMR", "Es-Semara", "السمارة", "Es-Semara", _L, ("smara", "semara"), 4500, 4),
    _c(
        "dakhla",
        "DAK",
        "Dakhla",
        "الداخلة",
        "Oued Ed-Dahab",
        _K,
        ("villa cisneros", "dakhla"),
        7000,
        12,
    ),
)

# District names used in titles and addresses (French transliteration, Arabic).
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("Al Amal", "الأمل"),
    ("Al Wifaq", "الوفاق"),
    ("Al Massira", "المسيرة"),
    ("Hay Salam", "حي السلام"),
    ("Hay Nahda", "حي النهضة"),
    ("Al Firdaous", "الفردوس"),
    ("Al Qods", "القدس"),
    ("Riad Al Andalous", "رياض الأندلس"),
    ("Al Boustane", "البستان"),
    ("Hay Al Matar", "حي المطار"),
    ("Al Manar", "المنار"),
    ("Al Yasmine", "الياسمين"),
    ("Annakhil", "النخيل"),
    ("Al Kods Extension", "توسعة القدس"),
    ("Al Wahda", "الوحدة"),
    ("Hay Mohammadi", "الحي المحمدي"),
)

# Programme name stems: (French, Arabic, kind).
PROGRAMME_STEMS: tuple[tuple[str, str, str], ...] = (
    ("Résidence {d}", "إقامة {d}", "residence"),
    ("Lotissement {d}", "تجزئة {d}", "lotissement"),
    ("Pôle urbain {d}", "القطب الحضري {d}", "pole_urbain"),
    ("Parc d'activités {d}", "منطقة الأنشطة {d}", "zone_activite"),
    ("Quartier {d}", "حي {d}", "quartier"),
)

TOWNS_PER_REGION = 4  # real communes added to each region beyond the headline cities


def _region_levels() -> dict[str, int]:
    path = resources.data() / "places" / "prices.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {r["region_id"]: int(r["apartment_mad_per_m2"]) for r in rows}


def _ref_code(slug: str, taken: set[str]) -> str:
    letters = re.sub(r"[^A-Z]", "", slug.upper()) or "X"
    code = letters[:3].ljust(3, "X")
    n = 1
    while code in taken:  # a second "SID…": SI2, SI3…
        code, n = f"{letters[:2]}{n + 1}", n + 1
    taken.add(code)
    return code


@cache
def all_cities() -> tuple[DemoCity, ...]:
    """The headline cities, then each region's largest towns the demo has not named yet."""
    known = places.load()
    named = {c.code for city in CITIES if (c := _commune_of(known, city)) is not None}
    levels, codes = _region_levels(), {c.code for c in CITIES}
    towns: list[DemoCity] = []
    for region in REGIONS:
        candidates = sorted(
            (c for c in known.communes
             if c.region_id == region.id and c.urban and c.code not in named),
            key=lambda c: (-c.population, c.code),
        )  # fmt: skip
        for commune in candidates[:TOWNS_PER_REGION]:
            size = (
                1.0
                if commune.population >= 150_000
                else 0.85
                if commune.population >= 50_000
                else 0.75
            )
            towns.append(
                DemoCity(
                    commune.id, _ref_code(commune.id, codes), commune.name_fr, commune.name_ar,
                    commune.province, region.id, commune.aliases,
                    int(round(levels[region.id] * size, -2)),
                    max(2, round(math.sqrt(commune.population) / 60)),
                )
            )  # fmt: skip
    return (*CITIES, *towns)


def _commune_of(known: places.Places, city: DemoCity) -> places.Commune | None:
    for name in (city.id, city.name_fr, *city.aliases):
        try:
            found = known.find(name)
        except places.AmbiguousPlace:
            continue
        if found is not None:
            return found
    return None
