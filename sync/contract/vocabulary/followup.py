"""Words of the sales follow-up at HQ: stages, readiness, scores, reviews, contact outcomes,
lost reasons, channels and appointments."""

from __future__ import annotations

from sync.contract.vocabulary.labels import Label

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
