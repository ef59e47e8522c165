"""States staff see on the stand: the link to HQ, print jobs, desk tickets."""

from __future__ import annotations

from sync.contract.vocabulary.labels import Label

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
