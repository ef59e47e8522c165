"""Words about visitors and their leads: languages, advisor desks, consents, sendings, a
lead's sync states and HQ's answers."""

from __future__ import annotations

from sync.contract.vocabulary.labels import Label

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
