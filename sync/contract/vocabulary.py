"""The project's fixed words, each listed once with its names in every visitor language
(French, Arabic, English, Italian, Spanish, Dutch): languages, advisor desks, consents, a
lead's sync states and sales stages, the catalog's categories, unit types, statuses and
programme kinds, and the states staff see. The stand (UI, CLI, brochures, search facets)
and HQ (ingest, console, exports, public page) import them from here."""

from __future__ import annotations

from dataclasses import dataclass, fields

# Every language a visitor can be served in; an event profile picks some of them.
LANGUAGE_CODES = ("fr", "ar", "en", "it", "es", "nl")
# The HQ console is written in these; other languages fall back to English there. (The
# kiosk's own staff screens follow the kiosk's language, every visitor language.)
STAFF_LANGUAGES = ("fr", "ar", "en")


@dataclass(frozen=True)
class Label:
    """A word's name in each visitor language; every field is required, so a word added
    without one of its languages fails at import (and tests/test_vocabulary.py checks that
    none is blank)."""

    fr: str
    ar: str
    en: str
    it: str
    es: str
    nl: str

    def get(self, lang: str) -> str:
        """The name in ``lang``; English for a language the vocabulary does not know."""
        value = getattr(self, lang, None) if lang in LANGUAGE_CODES else None
        return value if isinstance(value, str) else self.en

    @classmethod
    def same(cls, word: str) -> Label:
        """A word with no translation (a code, a proper name), the same in every language."""
        return cls(word, word, word, word, word, word)


assert tuple(f.name for f in fields(Label)) == LANGUAGE_CODES


# ---- people and leads ------------------------------------------------------------------

LANGUAGES: dict[str, Label] = {
    "fr": Label("Français", "الفرنسية", "French", "Francese", "Francés", "Frans"),
    "ar": Label("Arabe", "العربية", "Arabic", "Arabo", "Árabe", "Arabisch"),
    "en": Label("Anglais", "الإنجليزية", "English", "Inglese", "Inglés", "Engels"),
    "it": Label("Italien", "الإيطالية", "Italian", "Italiano", "Italiano", "Italiaans"),
    "es": Label("Espagnol", "الإسبانية", "Spanish", "Spagnolo", "Español", "Spaans"),
    "nl": Label("Néerlandais", "الهولندية", "Dutch", "Olandese", "Neerlandés", "Nederlands"),
}
RTL_LANGUAGES = frozenset({"ar"})


def native_name(code: str) -> str:
    """A language in its own name, as on the language buttons ("Italiano", "العربية")."""
    return LANGUAGES[code].get(code) if code in LANGUAGES else code


DESKS: dict[str, Label] = {
    "alomrane": Label("Al Omrane", "العمران", "Al Omrane", "Al Omrane", "Al Omrane", "Al Omrane"),
    "notary": Label("Notaire", "الموثق", "Notary", "Notaio", "Notario", "Notaris"),
    "bank": Label("Banque", "البنك", "Bank", "Banca", "Banco", "Bank"),
}
DESK_PREFIX: dict[str, str] = {"alomrane": "A", "notary": "N", "bank": "B"}

# The three consent boxes of the lead form, unticked by default; only "callback" is needed
# to keep a lead for follow-up.
CONSENTS: dict[str, Label] = {
    "callback": Label(
        "Être rappelé",
        "معاودة الاتصال",
        "Call back",
        "Essere richiamato",
        "Que me llamen",
        "Teruggebeld worden",
    ),
    "marketing": Label(
        "Actualités et offres",
        "الأخبار والعروض",
        "News and offers",
        "Novità e offerte",
        "Noticias y ofertas",
        "Nieuws en aanbiedingen",
    ),
    "share": Label(
        "Partage banques / notaires",
        "المشاركة مع البنوك والموثقين",
        "Share with banks / notaries",
        "Condivisione con banche / notai",
        "Compartir con bancos / notarías",
        "Delen met banken / notarissen",
    ),
}

# The same three boxes as the visitor reads them on the lead form; the privacy notice quotes
# each caption word for word (tests/core/test_leads_notices.py holds them to it).
CONSENT_BOXES: dict[str, Label] = {
    "callback": Label(
        "Me rappeler au sujet de ma demande (nécessaire pour garder mes coordonnées)",
        "الاتصال بي بخصوص طلبي (ضروري للاحتفاظ بمعلوماتي)",
        "Call me back about my request (needed to keep my contact details)",
        "Richiamatemi per la mia richiesta (necessario per conservare i miei recapiti)",
        "Llamadme sobre mi solicitud (necesario para guardar mis datos)",
        "Bel mij terug over mijn aanvraag (nodig om mijn gegevens te bewaren)",
    ),
    "marketing": Label(
        "Recevoir les actualités et offres d'Al Omrane",
        "توصل بأخبار وعروض العمران",
        "Send me news and offers from Al Omrane",
        "Inviatemi novità e offerte di Al Omrane",
        "Enviadme noticias y ofertas de Al Omrane",
        "Stuur mij nieuws en aanbiedingen van Al Omrane",
    ),
    "share": Label(
        "Transmettre mes coordonnées aux banques et notaires partenaires présents sur ce stand",
        "مشاركة معلوماتي مع البنوك والموثقين الشركاء الحاضرين في هذا الرواق",
        "Share my contact details with the partner banks and notaries on this stand",
        "Condividete i miei recapiti con le banche e i notai partner presenti allo stand",
        "Compartid mis datos con los bancos y notarías colaboradores de este stand",
        "Deel mijn gegevens met de partnerbanken en notarissen op deze stand",
    ),
}

# "Send me my selection": the channels a visitor may choose for one sending of their
# take-away link, and where that sending is at HQ (queued until a sender answered).
SEND_CHANNELS: dict[str, Label] = {
    "email": Label(
        "E-mail", "البريد الإلكتروني", "E-mail", "E-mail", "Correo electrónico", "E-mail"
    ),
    "whatsapp": Label.same("WhatsApp"),
    "sms": Label("SMS", "رسالة نصية", "SMS", "SMS", "SMS", "Sms"),
}
DELIVERY_QUEUED = "queued"
DELIVERY_SENT = "sent"
DELIVERY_FAILED = "failed"
DELIVERY_STATES: dict[str, Label] = {
    DELIVERY_QUEUED: Label(
        "En attente d'envoi",
        "في انتظار الإرسال",
        "Waiting to be sent",
        "In attesa di invio",
        "Pendiente de envío",
        "Wacht op verzending",
    ),
    DELIVERY_SENT: Label("Envoyé", "أُرسل", "Sent", "Inviato", "Enviado", "Verzonden"),
    DELIVERY_FAILED: Label("Échec", "فشل", "Failed", "Non riuscito", "Fallido", "Mislukt"),
}

# Where a lead is on the stand (the outbox): pending → sending → acked, or quarantined.
PENDING = "pending"
SENDING = "sending"
ACKED = "acked"
QUARANTINED = "quarantined"
SYNC_STATES: dict[str, Label] = {
    PENDING: Label(
        "En attente", "في الانتظار", "Pending", "In attesa", "Pendiente", "In afwachting"
    ),
    SENDING: Label(
        "En cours d'envoi",
        "قيد الإرسال",
        "Sending",
        "Invio in corso",
        "Enviándose",
        "Wordt verzonden",
    ),
    ACKED: Label(
        "Reçu par le siège",
        "توصل به المقر",
        "Received by HQ",
        "Ricevuto dalla sede",
        "Recibido por la sede",
        "Ontvangen door het hoofdkantoor",
    ),
    QUARANTINED: Label(
        "Mis de côté", "معزول", "Quarantined", "Messo da parte", "Apartado", "Apart gezet"
    ),
}

# HQ's answer per lead record; only the first two acknowledge a lead, the next two
# quarantine it on the stand.
RECORD_STATUSES = ("stored", "duplicate", "conflict", "rejected", "erased")
ACK_STATUSES = frozenset({"stored", "duplicate"})
QUARANTINE_STATUSES = frozenset({"rejected", "conflict"})
ERASED = "erased"  # HQ holds an erasure of this lead (id or phone): the stand deletes it

# Where a lead is in the sales follow-up at HQ.
SALES_STAGES: dict[str, Label] = {
    "new": Label("Nouveau", "جديد", "New", "Nuovo", "Nuevo", "Nieuw"),
    "contacted": Label(
        "Contacté", "تم الاتصال", "Contacted", "Contattato", "Contactado", "Gecontacteerd"
    ),
    "visit": Label("Visite", "زيارة", "Visit", "Visita", "Visita", "Bezoek"),
    "reservation": Label(
        "Réservation", "حجز", "Reservation", "Prenotazione", "Reserva", "Reservering"
    ),
    "sale": Label("Vente", "بيع", "Sale", "Vendita", "Venta", "Verkoop"),
    "lost": Label("Perdu", "ضائع", "Lost", "Perso", "Perdido", "Verloren"),
}

# The lead form's optional readiness questions (an empty answer means skipped).
HORIZONS: dict[str, Label] = {
    "within_6_months": Label(
        "Dans les 6 mois",
        "خلال 6 أشهر",
        "Within 6 months",
        "Entro 6 mesi",
        "En los próximos 6 meses",
        "Binnen 6 maanden",
    ),
    "this_year": Label(
        "Cette année", "هذه السنة", "This year", "Quest'anno", "Este año", "Dit jaar"
    ),
    "later": Label("Plus tard", "لاحقا", "Later", "Più avanti", "Más adelante", "Later"),
}
FUNDING: dict[str, Label] = {
    "cash": Label("Comptant", "نقدا", "Cash", "In contanti", "Al contado", "Contant"),
    "mortgage": Label(
        "Crédit immobilier", "قرض عقاري", "Mortgage", "Mutuo", "Hipoteca", "Hypotheek"
    ),
    "not_sure": Label(
        "Je ne sais pas encore",
        "لست متأكدا بعد",
        "Not sure yet",
        "Non lo so ancora",
        "Aún no lo sé",
        "Weet ik nog niet",
    ),
}

# How ready a lead is (sync.contract.lead_score), hottest first.
LEAD_SCORES: dict[str, Label] = {
    "hot": Label("Chaud", "ساخن", "Hot", "Caldo", "Caliente", "Heet"),
    "warm": Label("Tiède", "فاتر", "Warm", "Tiepido", "Templado", "Lauw"),
    "cold": Label("Froid", "بارد", "Cold", "Freddo", "Frío", "Koud"),
}


# A visitor's review at HQ (like ODK Central's): "excluded" (test or spam) is kept but left
# out of every figure.
REVIEW_STATES: dict[str, Label] = {
    "received": Label("Reçu", "مستلم", "Received", "Ricevuto", "Recibido", "Ontvangen"),
    "has_issues": Label(
        "À corriger", "به مشاكل", "Has issues", "Da correggere", "Con problemas", "Te corrigeren"
    ),
    "verified": Label(
        "Vérifié", "تم التحقق", "Verified", "Verificato", "Verificado", "Gecontroleerd"
    ),
    "excluded": Label(
        "Test / spam (exclu)",
        "تجربة / مزعج (مستبعد)",
        "Test / spam (excluded)",
        "Test / spam (escluso)",
        "Prueba / spam (excluido)",
        "Test / spam (uitgesloten)",
    ),
}
EXCLUDED_REVIEW = "excluded"

# What an agent records after each contact attempt, and the stage it moves the visitor to
# (None: the stage stays; an attempt all the same).
CONTACT_OUTCOMES: dict[str, Label] = {
    "reached": Label("Joint", "تم التواصل", "Reached", "Raggiunto", "Localizado", "Bereikt"),
    "no_answer": Label(
        "Pas de réponse",
        "لا جواب",
        "No answer",
        "Nessuna risposta",
        "Sin respuesta",
        "Geen antwoord",
    ),
    "wrong_number": Label(
        "Mauvais numéro",
        "رقم خاطئ",
        "Wrong number",
        "Numero errato",
        "Número equivocado",
        "Verkeerd nummer",
    ),
    "appointment_set": Label(
        "Rendez-vous fixé",
        "تم تحديد موعد",
        "Appointment set",
        "Appuntamento fissato",
        "Cita concertada",
        "Afspraak gemaakt",
    ),
    "visited": Label(
        "Visite faite", "تمت الزيارة", "Visited", "Visita fatta", "Visita hecha", "Bezoek gedaan"
    ),
    "reservation": Label(
        "Réservation", "حجز", "Reservation", "Prenotazione", "Reserva", "Reservering"
    ),
    "lost": Label("Perdu", "ضائع", "Lost", "Perso", "Perdido", "Verloren"),
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
    "price": Label("Prix", "الثمن", "Price", "Prezzo", "Precio", "Prijs"),
    "location": Label("Emplacement", "الموقع", "Location", "Posizione", "Ubicación", "Ligging"),
    "funding": Label(
        "Financement refusé",
        "التمويل مرفوض",
        "Financing refused",
        "Finanziamento rifiutato",
        "Financiación denegada",
        "Financiering geweigerd",
    ),
    "bought_elsewhere": Label(
        "A acheté ailleurs",
        "اشترى في مكان آخر",
        "Bought elsewhere",
        "Ha comprato altrove",
        "Compró en otro sitio",
        "Elders gekocht",
    ),
    "not_interested": Label(
        "Plus intéressé",
        "لم يعد مهتما",
        "No longer interested",
        "Non più interessato",
        "Ya no le interesa",
        "Geen interesse meer",
    ),
    "other": Label("Autre", "سبب آخر", "Other", "Altro", "Otro", "Anders"),
}
CONTACT_CHANNELS: dict[str, Label] = {
    "phone": Label("Téléphone", "الهاتف", "Phone", "Telefono", "Teléfono", "Telefoon"),
    "whatsapp": Label("WhatsApp", "واتساب", "WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp"),
    "email": Label(
        "E-mail", "البريد الإلكتروني", "E-mail", "E-mail", "Correo electrónico", "E-mail"
    ),
}
APPOINTMENT_KINDS: dict[str, Label] = {
    "agency": Label(
        "Rendez-vous à l'agence",
        "موعد بالوكالة",
        "Meeting at the agency",
        "Appuntamento in agenzia",
        "Cita en la agencia",
        "Afspraak bij het agentschap",
    ),
    "site": Label(
        "Visite du site",
        "زيارة الموقع",
        "Site visit",
        "Visita del cantiere",
        "Visita a la obra",
        "Bezoek ter plaatse",
    ),
}


# ---- catalog ---------------------------------------------------------------------------

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


# ---- states staff see on the stand ------------------------------------------------------

# The stand's link to HQ (kiosk.core.enrollment.sync_status "state").
LINK_STATES: dict[str, Label] = {
    "not_enrolled": Label(
        "Non inscrit auprès du siège",
        "غير مسجل لدى المقر",
        "Not enrolled with HQ",
        "Non registrato presso la sede",
        "No registrado en la sede",
        "Niet aangemeld bij het hoofdkantoor",
    ),
    "revoked": Label(
        "Accès révoqué",
        "تم إلغاء الولوج",
        "Access revoked",
        "Accesso revocato",
        "Acceso revocado",
        "Toegang ingetrokken",
    ),
    "offline": Label(
        "Hors ligne", "غير متصل", "Offline", "Non in linea", "Sin conexión", "Offline"
    ),
    "online": Label("En ligne", "متصل", "Online", "In linea", "En línea", "Online"),
    "waiting": Label(
        "En attente du premier envoi",
        "في انتظار أول إرسال",
        "Waiting for the first send",
        "In attesa del primo invio",
        "Esperando el primer envío",
        "Wacht op de eerste verzending",
    ),
}

# A print job (kiosk.core.printing.STATES).
PRINT_STATES: dict[str, Label] = {
    "queued": Label("En file", "في الطابور", "Queued", "In coda", "En cola", "In de wachtrij"),
    "printing": Label(
        "Impression", "قيد الطباعة", "Printing", "In stampa", "Imprimiendo", "Wordt afgedrukt"
    ),
    "done": Label("Terminé", "تم", "Done", "Completato", "Hecho", "Klaar"),
    "failed": Label("Échec", "فشل", "Failed", "Non riuscito", "Fallido", "Mislukt"),
    "cancelled": Label("Annulé", "ملغى", "Cancelled", "Annullato", "Cancelado", "Geannuleerd"),
}

# A desk ticket (kiosk.core.tickets.STATES).
TICKET_STATES: dict[str, Label] = {
    "waiting": Label("En attente", "في الانتظار", "Waiting", "In attesa", "En espera", "Wachtend"),
    "called": Label("Appelés", "تمت المناداة", "Called", "Chiamati", "Llamados", "Opgeroepen"),
    "done": Label("Servis", "تمت خدمتهم", "Served", "Serviti", "Atendidos", "Geholpen"),
}


def word(table: dict[str, Label], code: str, lang: str) -> str:
    """A code's name from one of the tables above; an unknown code shows itself."""
    label = table.get(code)
    return label.get(lang) if label else code
