"""Fixed texts of brochures and tickets in French, Arabic and English."""

from __future__ import annotations

from sync.contract.vocabulary import Label

TEXT: dict[str, Label] = {
    "brand": Label("Groupe Al Omrane", "مجموعة العمران", "Al Omrane Group"),
    "ref": Label("Référence", "المرجع", "Reference"),
    "type": Label("Type", "النوع", "Type"),
    "programme": Label("Programme", "المشروع", "Programme"),
    "city": Label("Ville", "المدينة", "City"),
    "surface": Label("Surface", "المساحة", "Surface"),
    "rooms": Label("Pièces", "الغرف", "Rooms"),
    "floor": Label("Étage", "الطابق", "Floor"),
    "status": Label("Statut", "الوضعية", "Status"),
    "delivery": Label("Livraison prévue", "التسليم المتوقع", "Expected delivery"),
    "price": Label("Prix TTC", "الثمن مع احتساب الرسوم", "Price incl. tax"),
    "price_on_request": Label("Prix sur demande", "الثمن عند الطلب", "Price on request"),
    "rate": Label(
        "taux du {date} : 1 {code} = {rate} DH",
        "سعر الصرف بتاريخ {date}: 1 {code} = {rate} درهم",
        "rate of {date}: 1 {code} = {rate} MAD",
    ),
    "aid_title": Label(
        "Aide Daam Sakane (indication)", "دعم السكن (مؤشر)", "Daam Sakane aid (indication)"
    ),
    "aid_yes": Label(
        "Ce logement peut ouvrir droit à une aide de {amount}.",
        "يمكن أن يستفيد هذا السكن من دعم بقيمة {amount}.",
        "This home may qualify for an aid of {amount}.",
    ),
    "aid_no": Label(
        "Ce bien n'ouvre pas droit à l'aide, d'après ses caractéristiques.",
        "هذا العقار غير مؤهل للدعم حسب خصائصه.",
        "Based on its features, this unit does not qualify for the aid.",
    ),
    "aid_rules": Label(
        "Règles {version} du {date} — décision finale sur daamsakane.ma",
        "قواعد {version} بتاريخ {date} — القرار النهائي على daamsakane.ma",
        "Rules {version} of {date} — final decision on daamsakane.ma",
    ),
    "loan_title": Label(
        "Votre simulation de crédit (indicative)",
        "محاكاة قرضك (إرشادية)",
        "Your loan simulation (indicative)",
    ),
    "loan_line": Label(
        "{loan} sur {years} ans à {rate} % : {monthly} par mois",
        "{loan} على {years} سنة بنسبة {rate}%: {monthly} في الشهر",
        "{loan} over {years} years at {rate}%: {monthly} a month",
    ),
    "desk": Label("Votre conseiller", "مستشارك", "Your advisor"),
    "ticket": Label("Ticket", "التذكرة", "Ticket"),
    "desk_alomrane": Label("Al Omrane", "العمران", "Al Omrane"),
    "desk_notary": Label("Notaire", "الموثق", "Notary"),
    "desk_bank": Label("Banque", "البنك", "Bank"),
    "scan": Label(
        "Scannez pour voir ce bien en ligne",
        "امسح الرمز لمشاهدة هذا العقار على الإنترنت",
        "Scan to see this unit online",
    ),
    "scan_ticket": Label(
        "Présentez ce code au conseiller", "قدّم هذا الرمز للمستشار", "Show this code to the advisor"
    ),
    "legal": Label(
        "Prix et aide donnés à titre indicatif, sous réserve de disponibilité. L'offre de prêt "
        "est faite par la banque ; l'aide est décidée sur daamsakane.ma.",
        "الأثمنة والدعم إرشادية وفي حدود المتوفر. عرض القرض تقدمه البنوك، وقرار الدعم يتخذ على "
        "daamsakane.ma.",
        "Prices and aid are indicative and subject to availability. The loan offer is made by "
        "the bank; the aid is decided on daamsakane.ma.",
    ),
    "wait": Label(
        "Merci de patienter, vous serez appelé(e).",
        "المرجو الانتظار، سيتم مناداتكم.",
        "Please wait, you will be called.",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    return TEXT[key].get(lang).format(**values)
