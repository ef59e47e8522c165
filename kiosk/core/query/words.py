"""Everyday words visitors type, in French, Arabic (and Darija), English, mapped to meanings.

Keys are written as people type them and normalised once at import (same form as the
search index). A meaning is a (kind, value) pair read by ``query.understand``.
"""

from __future__ import annotations

from kiosk.core.textnorm import normalise

Meaning = tuple[str, str]

_TYPES: dict[str, str] = {
    # apartments
    "appartement appartements appart apparts apt flat flats apartment apartments "
    "شقة شقه شقق شقق سكنية chqa cha9a chka chqqa": "appartement",
    "villa villas فيلا فيلات فيلة villat": "villa",
    "maison economique maisons economiques logement economique logement social "
    "logements sociaux habitat social low cost house low-cost house سكن اقتصادي "
    "سكن اجتماعي دار اقتصادية": "maison_economique",
    "lot de villa lot villa lots villa lots de villa villa plot terrain villa "
    "بقعة فيلا بقع فيلا": "lot_villa",
    "lot d immeuble lot immeuble lots d immeuble terrain immeuble building plot "
    "بقعة عمارة بقع عمارة": "lot_immeuble",
    "lot economique lots economiques terrain economique low cost plot بقعة اقتصادية": (
        "lot_economique"
    ),
    "lot industriel lots industriels terrain industriel industrial plot industrial land "
    "بقعة صناعية": "lot_industriel",
    "commerce commerces magasin magasins boutique boutiques shop shops store stores "
    "local commercial locaux commerciaux محل تجاري محلات تجارية دكان حانوت hanout": "commerce",
    "bureau bureaux plateau de bureau plateau bureau plateaux de bureaux office offices "
    "مكتب مكاتب biro": "bureau",
}
_CATEGORIES: dict[str, str] = {
    "logement logements habitation home homes housing سكن مسكن منزل سكنى": "logement",
    "terrain terrains lot lots lot de terrain lots de terrain parcelle parcelles plot plots "
    "land lands بقعة بقعه بقع ارض اراضي قطعة ارضية بقعة ارضية b9a3a bo9a3 bu9a3 ard": "terrain",
    "local locaux premises business premises local professionnel محل محلات محل مهني": "local",
}
_STATUSES: dict[str, str] = {
    "disponible disponibles available dispo متوفر متوفرة متاح": "disponible",
}
# Words that mean another word the index knows (search text, no chip).
_TEXT: dict[str, str] = {
    "maison maisons house houses دار ديور": "maison",
    "immeuble immeubles building": "immeuble",
}
# Each entry: one phrase per line-free list, comma separated (phrases hold spaces).
_PHRASES: dict[str, str] = {
    "studio,studios,ستوديو,ستيديو": "studio",
    "piece,pieces,pce,pcs,p,room,rooms,غرفة,غرف,غرفه,بيت,بيوت,bit,byout,biout": "rooms",
    "chambre,chambres,ch,chbre,chbres,bedroom,bedrooms,bed,beds,غرف نوم,غرفة نوم,bit naas": (
        "bedrooms"
    ),
    "m2,m 2,m²,mq,metre,metres,metre carre,metres carres,sqm,square metres,square meters,"
    "meter,meters,متر,امتار,متر مربع,م2,م 2,م²,مترمربع": "surface",
    "dh,dhs,mad,dirham,dirhams,درهم,دراهم,درهما,dirhem,drahem": "currency",
    "k,mille,milles,thousand,الف,الاف,alf": "thousand",
    "million,millions,mio,millions de dh,مليون,ملايين,malyoun,melyoun": "million",
    "centimes,centime,سنتيم,santim,ryal,ريال": "centimes",
    "moins de,max,maximum,jusqu a,jusqu au,pas plus de,au plus,au maximum,budget,budget max,"
    "sous,inferieur a,under,below,less than,up to,at most,no more than,"
    "اقل من,حتى,الى,لا يتجاوز,ما يفوتش,kter men la,<,≤": "at_most",
    "plus de,min,minimum,au moins,a partir de,superieur a,more than,over,above,at least,from,"
    "اكثر من,على الاقل,ابتداء من,>,≥": "at_least",
    "entre,between,بين,de": "between",
    "et,and,a,à,to,و,-,ou": "and",
    "et plus,ou plus,and more,or more,+,plus,فاكثر,فما فوق,او اكثر,ou davantage": "or_more",
    "environ,autour de,vers,around,about,approx,حوالي,تقريبا": "about",
    "f,t": "f_rooms",
    "a vendre,for sale,للبيع,a louer": "stop",
    "un,une,one,واحد,واحدة,وحدة": "1",
    "deux,two,زوج,اثنين,جوج,jouj": "2",
    "trois,three,ثلاث,ثلاثة,تلاتة,tlata": "3",
    "quatre,four,اربع,اربعة,ربعة,reb3a": "4",
    "cinq,five,خمس,خمسة,khamsa": "5",
    "غرفتين,بيتين": "two_rooms",
}
# Words that carry no search meaning in a visitor's sentence.
_STOP_TEXT = (
    "je cherche recherche veux voudrais souhaite acheter achat achete vente vendre a "
    "à au aux en pour avec dans sur pres près vers chez un une des de du d la le les l "
    "mon ma mes neuf neuve nouveau nouvelle ville quartier region province "
    "i im i'm want looking look search for buy buying a an the in at near with to "
    "of my new city "
    "اريد ابحث عن في فى من على الى مع او شراء للبيع بيع بغيت نبغي قرب جنب عند مدينة جهة "
    "bghit nbghi fi f b dyal d men jiha"
)
STOPWORDS = frozenset(normalise(w) for w in _STOP_TEXT.split())


def _build() -> dict[str, Meaning]:
    table: dict[str, Meaning] = {}
    groups: list[tuple[dict[str, str], str, str]] = [
        (_TYPES, "type", " "),
        (_CATEGORIES, "category", " "),
        (_STATUSES, "status", " "),
        (_TEXT, "text", " "),
    ]
    for source, kind, _sep in groups:
        for words, value in source.items():
            for phrase in _phrases_of(words):
                table.setdefault(normalise(phrase), (kind, value))
    for words, value in _PHRASES.items():
        for phrase in words.split(","):
            key = normalise(phrase) or phrase.strip()
            table.setdefault(key, ("word", value))
    return table


def _phrases_of(words: str) -> list[str]:
    """Single words and the known multi-word phrases of a space-separated list."""
    phrases = [p for p in _MULTI if p in words]
    rest = words
    for p in phrases:
        rest = rest.replace(p, " ")
    return phrases + rest.split()


# Phrases of several words inside the lists above (longest first).
_MULTI = sorted(
    (
        "maison economique",
        "maisons economiques",
        "logement economique",
        "logement social",
        "logements sociaux",
        "habitat social",
        "low cost house",
        "low-cost house",
        "سكن اقتصادي",
        "سكن اجتماعي",
        "دار اقتصادية",
        "lot de villa",
        "lot villa",
        "lots villa",
        "lots de villa",
        "villa plot",
        "terrain villa",
        "بقعة فيلا",
        "بقع فيلا",
        "lot d immeuble",
        "lot immeuble",
        "lots d immeuble",
        "terrain immeuble",
        "building plot",
        "بقعة عمارة",
        "بقع عمارة",
        "lot economique",
        "lots economiques",
        "terrain economique",
        "low cost plot",
        "بقعة اقتصادية",
        "lot industriel",
        "lots industriels",
        "terrain industriel",
        "industrial plot",
        "industrial land",
        "بقعة صناعية",
        "local commercial",
        "locaux commerciaux",
        "محل تجاري",
        "محلات تجارية",
        "plateau de bureau",
        "plateau bureau",
        "plateaux de bureaux",
        "شقق سكنية",
        "lot de terrain",
        "lots de terrain",
        "قطعة ارضية",
        "بقعة ارضية",
        "business premises",
        "local professionnel",
        "محل مهني",
    ),
    key=len,
    reverse=True,
)

LEXICON: dict[str, Meaning] = _build()
LONGEST_PHRASE = max(len(k.split()) for k in LEXICON)
# Single words worth correcting a typo towards (type and category words, 4 letters or more).
CORRECTABLE = sorted(
    {k for k, (kind, _v) in LEXICON.items() if " " not in k and len(k) >= 4 and kind != "word"}
    | {
        k
        for k, (kind, v) in LEXICON.items()
        if " " not in k and len(k) >= 5 and kind == "word" and v in ("rooms", "bedrooms")
    }
)
