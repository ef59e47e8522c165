"""The project's fixed words, each listed once with its names in French, Arabic and English:
languages, advisor desks, consents, a lead's sync states and sales stages, and the catalog's
categories, unit types, statuses and price bands. The stand (UI, CLI, brochures, search
facets) and HQ (ingest, console, exports) import them from here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    fr: str
    ar: str
    en: str

    def get(self, lang: str) -> str:
        return {"fr": self.fr, "ar": self.ar}.get(lang, self.en)


# ---- people and leads ------------------------------------------------------------------

LANGUAGES: dict[str, Label] = {
    "fr": Label("Français", "الفرنسية", "French"),
    "ar": Label("العربية", "العربية", "Arabic"),
    "en": Label("English", "الإنجليزية", "English"),
}
RTL_LANGUAGES = frozenset({"ar"})

DESKS: dict[str, Label] = {
    "alomrane": Label("Al Omrane", "العمران", "Al Omrane"),
    "notary": Label("Notaire", "الموثق", "Notary"),
    "bank": Label("Banque", "البنك", "Bank"),
}
DESK_PREFIX: dict[str, str] = {"alomrane": "A", "notary": "N", "bank": "B"}

# The three consent boxes of the lead form, unticked by default; only "callback" is needed
# to keep a lead for follow-up.
CONSENTS: dict[str, Label] = {
    "callback": Label("Être rappelé", "معاودة الاتصال", "Call back"),
    "marketing": Label("Actualités et offres", "الأخبار والعروض", "News and offers"),
    "share": Label(
        "Partage banques / notaires", "المشاركة مع البنوك والموثقين", "Share with banks / notaries"
    ),
}

# Where a lead is on the stand (the outbox): pending → sending → acked, or quarantined.
PENDING = "pending"
SENDING = "sending"
ACKED = "acked"
QUARANTINED = "quarantined"
SYNC_STATES: dict[str, Label] = {
    PENDING: Label("En attente", "في الانتظار", "Pending"),
    SENDING: Label("En cours d'envoi", "قيد الإرسال", "Sending"),
    ACKED: Label("Reçu par le siège", "توصل به المقر", "Received by HQ"),
    QUARANTINED: Label("Mis de côté", "معزول", "Quarantined"),
}

# HQ's answer per lead record; only the first two acknowledge a lead, the next two
# quarantine it on the stand.
RECORD_STATUSES = ("stored", "duplicate", "conflict", "rejected", "erased")
ACK_STATUSES = frozenset({"stored", "duplicate"})
QUARANTINE_STATUSES = frozenset({"rejected", "conflict"})
ERASED = "erased"  # HQ holds an erasure of this lead (id or phone): the stand deletes it

# Where a lead is in the sales follow-up at HQ.
SALES_STAGES: dict[str, Label] = {
    "new": Label("Nouveau", "جديد", "New"),
    "contacted": Label("Contacté", "تم الاتصال", "Contacted"),
    "visit": Label("Visite", "زيارة", "Visit"),
    "reservation": Label("Réservation", "حجز", "Reservation"),
    "sale": Label("Vente", "بيع", "Sale"),
    "lost": Label("Perdu", "ضائع", "Lost"),
}

# The lead form's optional readiness questions (an empty answer means skipped).
HORIZONS: dict[str, Label] = {
    "within_6_months": Label("Dans les 6 mois", "خلال 6 أشهر", "Within 6 months"),
    "this_year": Label("Cette année", "هذه السنة", "This year"),
    "later": Label("Plus tard", "لاحقا", "Later"),
}
FUNDING: dict[str, Label] = {
    "cash": Label("Comptant", "نقدا", "Cash"),
    "mortgage": Label("Crédit immobilier", "قرض عقاري", "Mortgage"),
    "not_sure": Label("Je ne sais pas encore", "لست متأكدا بعد", "Not sure yet"),
}

# How ready a lead is (sync.contract.lead_score), hottest first.
LEAD_SCORES: dict[str, Label] = {
    "hot": Label("Chaud", "ساخن", "Hot"),
    "warm": Label("Tiède", "فاتر", "Warm"),
    "cold": Label("Froid", "بارد", "Cold"),
}


# A visitor's review at HQ (like ODK Central's): "excluded" (test or spam) is kept but left
# out of every figure.
REVIEW_STATES: dict[str, Label] = {
    "received": Label("Reçu", "مستلم", "Received"),
    "has_issues": Label("À corriger", "به مشاكل", "Has issues"),
    "verified": Label("Vérifié", "تم التحقق", "Verified"),
    "excluded": Label("Test / spam (exclu)", "تجربة / مزعج (مستبعد)", "Test / spam (excluded)"),
}
EXCLUDED_REVIEW = "excluded"

# What an agent records after each contact attempt, and the stage it moves the visitor to
# (None: the stage stays; an attempt all the same).
CONTACT_OUTCOMES: dict[str, Label] = {
    "reached": Label("Joint", "تم التواصل", "Reached"),
    "no_answer": Label("Pas de réponse", "لا جواب", "No answer"),
    "wrong_number": Label("Mauvais numéro", "رقم خاطئ", "Wrong number"),
    "appointment_set": Label("Rendez-vous fixé", "تم تحديد موعد", "Appointment set"),
    "visited": Label("Visite faite", "تمت الزيارة", "Visited"),
    "reservation": Label("Réservation", "حجز", "Reservation"),
    "lost": Label("Perdu", "ضائع", "Lost"),
}
OUTCOME_STAGE: dict[str, str | None] = {
    "reached": "contacted",
    "no_answer": None,
    "wrong_number": None,
    "appointment_set": "contacted",
    "visited": "visit",
    "reservation": "reservation",
    "lost": "lost",
}
# outcomes that mean someone spoke with the visitor (first contact, for the deadlines)
SPOKEN_OUTCOMES = frozenset({"reached", "appointment_set", "visited", "reservation", "lost"})
LOST_REASONS: dict[str, Label] = {
    "price": Label("Prix", "الثمن", "Price"),
    "location": Label("Emplacement", "الموقع", "Location"),
    "funding": Label("Financement refusé", "التمويل مرفوض", "Financing refused"),
    "bought_elsewhere": Label("A acheté ailleurs", "اشترى في مكان آخر", "Bought elsewhere"),
    "not_interested": Label("Plus intéressé", "لم يعد مهتما", "No longer interested"),
    "other": Label("Autre", "سبب آخر", "Other"),
}
CONTACT_CHANNELS: dict[str, Label] = {
    "phone": Label("Téléphone", "الهاتف", "Phone"),
    "whatsapp": Label("WhatsApp", "واتساب", "WhatsApp"),
    "email": Label("E-mail", "البريد الإلكتروني", "E-mail"),
}
APPOINTMENT_KINDS: dict[str, Label] = {
    "agency": Label("Rendez-vous à l'agence", "موعد بالوكالة", "Meeting at the agency"),
    "site": Label("Visite du site", "زيارة الموقع", "Site visit"),
}


# ---- catalog ---------------------------------------------------------------------------

CATEGORIES: dict[str, Label] = {
    "logement": Label("Logement", "سكن", "Home"),
    "terrain": Label("Terrain / lot", "بقعة أرضية", "Plot"),
    "local": Label("Local d'activité", "محل مهني", "Business premises"),
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
    "appartement": Label("Appartement", "شقة", "Apartment"),
    "villa": Label("Villa", "فيلا", "Villa"),
    "maison_economique": Label("Maison économique", "سكن اقتصادي", "Low-cost house"),
    "lot_villa": Label("Lot de villa", "بقعة فيلا", "Villa plot"),
    "lot_immeuble": Label("Lot d'immeuble", "بقعة عمارة", "Apartment-building plot"),
    "lot_economique": Label("Lot économique", "بقعة اقتصادية", "Low-cost plot"),
    "commerce": Label("Commerce", "محل تجاري", "Shop"),
    "bureau": Label("Bureau", "مكتب", "Office"),
    "lot_industriel": Label("Lot industriel", "بقعة صناعية", "Industrial plot"),
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
    "disponible": Label("Disponible", "متوفر", "Available"),
    "reserve": Label("Réservé", "محجوز", "Reserved"),
    "vendu": Label("Vendu", "مباع", "Sold"),
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
PRICE_BAND_LABELS: dict[str, Label] = {
    "0-300000": Label("Jusqu'à 300 000 DH", "حتى 300.000 درهم", "Up to 300,000 MAD"),
    "300000-700000": Label(
        "300 000 – 700 000 DH", "300.000 – 700.000 درهم", "300,000 – 700,000 MAD"
    ),
    "700000-1000000": Label(
        "700 000 – 1 000 000 DH", "700.000 – 1.000.000 درهم", "700,000 – 1,000,000 MAD"
    ),
    "1000000-2000000": Label("1 – 2 millions DH", "1 – 2 مليون درهم", "1 – 2 million MAD"),
    "2000000-": Label("Plus de 2 millions DH", "أكثر من 2 مليون درهم", "Over 2 million MAD"),
    "": Label("Prix sur demande", "الثمن عند الطلب", "Price on request"),
}

ROOMS_MAX_FACET = 5  # "5" in the rooms facet means five rooms or more


def rooms_label(value: str) -> Label:
    if not value:
        return Label("Sans pièces", "بدون غرف", "No rooms")
    if value == str(ROOMS_MAX_FACET):
        return Label(f"{value} pièces et +", f"{value} غرف فأكثر", f"{value}+ rooms")
    if value == "1":
        return Label("1 pièce", "غرفة واحدة", "1 room")
    return Label(f"{value} pièces", f"{value} غرف", f"{value} rooms")


def price_band_of(price_mad: int | None) -> str:
    """The price-band facet value of a price ('' when the price is on request)."""
    if price_mad is None:
        return ""
    for value, low, high in PRICE_BANDS:
        if price_mad >= low and (high is None or price_mad < high):
            return value
    return PRICE_BANDS[0][0]


def type_label(type_id: str) -> Label:
    return TYPES.get(type_id, Label(type_id, type_id, type_id))


def status_label(status: str) -> Label:
    return STATUSES.get(status, Label(status, status, status))
