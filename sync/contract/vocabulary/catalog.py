"""Words of the catalog: categories, unit types and their synonyms, statuses, price bands,
rooms and programme kinds."""

from __future__ import annotations

from sync.contract.vocabulary.labels import Label

CATEGORIES: dict[str, Label] = {
    "logement": Label("Logement", "سكن", "Home", "Abitazione", "Vivienda", "Woning"),
    "terrain": Label(
        "Terrain / lot", "بقعة أرضية", "Plot", "Terreno / lotto", "Parcela", "Bouwkavel"
    ),
    "local": Label(
        "Local d'activité",
        "محل مهني",
        "Business premises",
        "Locale commerciale",
        "Local comercial",
        "Bedrijfsruimte",
    ),
}

# type id -> category id
TYPE_CATEGORY: dict[str, str] = {
    "appartement": "logement",
    "villa": "logement",
    "maison_economique": "logement",
    "lot_villa": "terrain",
    "lot_immeuble": "terrain",
    "lot_economique": "terrain",
    "commerce": "local",
    "bureau": "local",
    "lot_industriel": "local",
}

TYPES: dict[str, Label] = {
    "appartement": Label("Appartement", "شقة", "Apartment", "Appartamento", "Piso", "Appartement"),
    "villa": Label("Villa", "فيلا", "Villa", "Villa", "Chalet", "Villa"),
    "maison_economique": Label(
        "Maison économique",
        "سكن اقتصادي",
        "Low-cost house",
        "Casa economica",
        "Vivienda económica",
        "Betaalbare woning",
    ),
    "lot_villa": Label(
        "Lot de villa",
        "بقعة فيلا",
        "Villa plot",
        "Lotto per villa",
        "Parcela para chalet",
        "Villakavel",
    ),
    "lot_immeuble": Label(
        "Lot d'immeuble",
        "بقعة عمارة",
        "Apartment-building plot",
        "Lotto per palazzina",
        "Parcela para edificio",
        "Kavel voor appartementen",
    ),
    "lot_economique": Label(
        "Lot économique",
        "بقعة اقتصادية",
        "Low-cost plot",
        "Lotto economico",
        "Parcela económica",
        "Betaalbare kavel",
    ),
    "commerce": Label("Commerce", "محل تجاري", "Shop", "Negozio", "Tienda", "Winkel"),
    "bureau": Label("Bureau", "مكتب", "Office", "Ufficio", "Oficina", "Kantoor"),
    "lot_industriel": Label(
        "Lot industriel",
        "بقعة صناعية",
        "Industrial plot",
        "Lotto industriale",
        "Parcela industrial",
        "Industriekavel",
    ),
}

# Extra words a visitor may type for a type, indexed with it (both scripts).
TYPE_SYNONYMS: dict[str, str] = {
    "appartement": "appart logement شقق سكن",
    "villa": "maison logement فيلات سكن",
    "maison_economique": "maison logement social economique سكن اجتماعي دار",
    "lot_villa": "terrain lot parcelle بقعة ارض",
    "lot_immeuble": "terrain lot parcelle immeuble r+2 r+3 r+4 بقعة ارض عمارة",
    "lot_economique": "terrain lot parcelle بقعة ارض",
    "commerce": "local magasin boutique محل دكان",
    "bureau": "local plateau مكتب",
    "lot_industriel": "terrain lot local industrie بقعة ارض",
}

STATUSES: dict[str, Label] = {
    "disponible": Label(
        "Disponible", "متوفر", "Available", "Disponibile", "Disponible", "Beschikbaar"
    ),
    "reserve": Label("Réservé", "محجوز", "Reserved", "Prenotato", "Reservado", "Gereserveerd"),
    "vendu": Label("Vendu", "مباع", "Sold", "Venduto", "Vendido", "Verkocht"),
}

# Bounds in MAD, lower inclusive, upper exclusive; the first two follow the Daam Sakane
# price thresholds (300,000 and 700,000 MAD) so the facet doubles as an aid hint.
PRICE_BANDS: list[tuple[str, int, int | None]] = [
    ("0-300000", 0, 300_001),
    ("300000-700000", 300_001, 700_001),
    ("700000-1000000", 700_001, 1_000_001),
    ("1000000-2000000", 1_000_001, 2_000_001),
    ("2000000-", 2_000_001, None),
]
# How a price band reads; {low} and {high} are amounts formatted for the language by
# kiosk.core.formatting.price_band_text (so a band reads like every other price on screen).
PRICE_BAND_WORDS: dict[str, Label] = {
    "first": Label(
        "Jusqu'à {high}",
        "حتى {high}",
        "Up to {high}",
        "Fino a {high}",
        "Hasta {high}",
        "Tot {high}",
    ),
    "middle": Label(
        "{low} – {high}",
        "{low} – {high}",
        "{low} – {high}",
        "{low} – {high}",
        "{low} – {high}",
        "{low} – {high}",
    ),
    "last": Label(
        "Plus de {low}",
        "أكثر من {low}",
        "Over {low}",
        "Oltre {low}",
        "Más de {low}",
        "Meer dan {low}",
    ),
    "": Label(
        "Prix sur demande",
        "الثمن عند الطلب",
        "Price on request",
        "Prezzo su richiesta",
        "Precio a consultar",
        "Prijs op aanvraag",
    ),
}

ROOMS_MAX_FACET = 5  # "5" in the rooms facet means five rooms or more


def rooms_label(value: str) -> Label:
    """A rooms-facet value in words (a single digit: the same in every language's format)."""
    if not value:
        return Label(
            "Sans pièces",
            "بدون غرف",
            "No rooms",
            "Senza locali",
            "Sin habitaciones",
            "Zonder kamers",
        )
    n = value
    if value == str(ROOMS_MAX_FACET):
        return Label(
            f"{n} pièces et +",
            f"{n} غرف فأكثر",
            f"{n}+ rooms",
            f"{n} locali e più",
            f"{n} habitaciones o más",
            f"{n} kamers of meer",
        )
    if value == "1":
        return Label("1 pièce", "غرفة واحدة", "1 room", "1 locale", "1 habitación", "1 kamer")
    if value == "2":
        return Label("2 pièces", "غرفتان", "2 rooms", "2 locali", "2 habitaciones", "2 kamers")
    return Label(
        f"{n} pièces", f"{n} غرف", f"{n} rooms", f"{n} locali", f"{n} habitaciones", f"{n} kamers"
    )


# "3 rooms" by CLDR plural category ({n} is the number; Arabic has six forms, the others two).
ROOM_COUNT_FORMS: dict[str, dict[str, str]] = {
    "fr": {"one": "{n} pièce", "other": "{n} pièces"},
    "en": {"one": "{n} room", "other": "{n} rooms"},
    "it": {"one": "{n} locale", "other": "{n} locali"},
    "es": {"one": "{n} habitación", "other": "{n} habitaciones"},
    "nl": {"one": "{n} kamer", "other": "{n} kamers"},
    "ar": {
        "zero": "بدون غرف",
        "one": "غرفة واحدة",
        "two": "غرفتان",
        "few": "{n} غرف",
        "many": "{n} غرفة",
        "other": "{n} غرفة",
    },
}


def price_band_of(price_mad: int | None) -> str:
    """The price-band facet value of a price ('' when the price is on request)."""
    if price_mad is None:
        return ""
    for value, low, high in PRICE_BANDS:
        if price_mad >= low and (high is None or price_mad < high):
            return value
    return PRICE_BANDS[0][0]


def type_label(type_id: str) -> Label:
    return TYPES.get(type_id, Label.same(type_id))


def status_label(status: str) -> Label:
    return STATUSES.get(status, Label.same(status))


# Programme names by kind: {name} is the proper name (a district, a town) kept as written,
# {n} a tranche number. A catalog name that matches the French pattern is recomposed in the
# visitor's language (kiosk.core.unit_titles.programme_name); any other is a proper name.
PROGRAMME_KINDS: dict[str, Label] = {
    "residence": Label(
        "Résidence {name}",
        "إقامة {name}",
        "{name} Residence",
        "Residenza {name}",
        "Residencial {name}",
        "Residentie {name}",
    ),
    "lotissement": Label(
        "Lotissement {name}",
        "تجزئة {name}",
        "{name} housing estate",
        "Lottizzazione {name}",
        "Urbanización {name}",
        "Verkaveling {name}",
    ),
    "pole_urbain": Label(
        "Pôle urbain {name}",
        "القطب الحضري {name}",
        "{name} urban centre",
        "Polo urbano {name}",
        "Polo urbano {name}",
        "Stedelijk centrum {name}",
    ),
    "zone_activite": Label(
        "Parc d'activités {name}",
        "منطقة الأنشطة {name}",
        "{name} business park",
        "Parco di attività {name}",
        "Parque empresarial {name}",
        "Bedrijvenpark {name}",
    ),
    "quartier": Label(
        "Quartier {name}",
        "حي {name}",
        "{name} district",
        "Quartiere {name}",
        "Barrio {name}",
        "Wijk {name}",
    ),
    "ville_nouvelle": Label(
        "Ville nouvelle de {name} — Tranche {n}",
        "المدينة الجديدة {name} — الشطر {n}",
        "{name} new town — Phase {n}",
        "Città nuova di {name} — Fase {n}",
        "Ciudad nueva de {name} — Fase {n}",
        "Nieuwe stad {name} — Fase {n}",
    ),
}
