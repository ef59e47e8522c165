"""Texts for the message keys raised by lead validation, tickets and the staff PIN, in the
three kiosk languages. The Qt screens may use their own .ts translations; the CLI and any
non-Qt caller use :func:`message`."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "lead.error.required": {
        "fr": "Ce champ est obligatoire.",
        "ar": "هذه الخانة إلزامية.",
        "en": "This field is required.",
    },
    "lead.error.too_long": {
        "fr": "Ce texte est trop long.",
        "ar": "هذا النص طويل جدا.",
        "en": "This text is too long.",
    },
    "lead.error.phone_invalid": {
        "fr": "Numéro de téléphone invalide : vérifiez l'indicatif du pays.",
        "ar": "رقم الهاتف غير صحيح: تحقق من رمز البلد.",
        "en": "Invalid phone number: check the country code.",
    },
    "lead.error.email_invalid": {
        "fr": "Adresse e-mail invalide.",
        "ar": "البريد الإلكتروني غير صحيح.",
        "en": "Invalid e-mail address.",
    },
    "lead.error.country_invalid": {
        "fr": "Choisissez un pays dans la liste.",
        "ar": "اختر بلدا من القائمة.",
        "en": "Choose a country from the list.",
    },
    "lead.error.language": {
        "fr": "Langue non proposée.",
        "ar": "هذه اللغة غير متوفرة.",
        "en": "Language not offered.",
    },
    "lead.error.desk": {
        "fr": "Choisissez un conseiller : Al Omrane, notaire ou banque.",
        "ar": "اختر مستشارا: العمران أو الموثق أو البنك.",
        "en": "Choose an advisor: Al Omrane, notary or bank.",
    },
    "lead.error.desk_absent": {
        "fr": "Ce conseiller n'est pas présent sur ce stand.",
        "ar": "هذا المستشار غير حاضر في هذا الرواق.",
        "en": "This advisor is not on this stand.",
    },
    "lead.error.interests": {
        "fr": "Liste de biens invalide.",
        "ar": "لائحة العقارات غير صحيحة.",
        "en": "Invalid list of homes.",
    },
    "lead.error.budget": {
        "fr": "Budget invalide : un montant en dirhams.",
        "ar": "الميزانية غير صحيحة: مبلغ بالدرهم.",
        "en": "Invalid budget: an amount in dirhams.",
    },
    "lead.error.consent_required": {
        "fr": "Cochez « Être rappelé » pour que nous gardions vos coordonnées.",
        "ar": "ضع علامة على «أريد أن يتصل بي مستشار» لكي نحتفظ بمعلوماتك.",
        "en": "Tick “Call me back” so that we keep your contact details.",
    },
    "staff.error.pin_too_short": {
        "fr": "Le code doit compter au moins 6 caractères.",
        "ar": "يجب أن يتكون الرمز من 6 أحرف على الأقل.",
        "en": "The PIN needs at least 6 characters.",
    },
    "staff.error.pin_too_long": {
        "fr": "Le code est trop long.",
        "ar": "الرمز طويل جدا.",
        "en": "The PIN is too long.",
    },
    "staff.error.pin_characters": {
        "fr": "Le code ne doit pas contenir d'espace.",
        "ar": "يجب ألا يحتوي الرمز على مسافات.",
        "en": "The PIN must not contain spaces.",
    },
    "staff.error.pin_too_simple": {
        "fr": "Code trop simple.",
        "ar": "الرمز بسيط جدا.",
        "en": "PIN too simple.",
    },
    "error.auth.wrong_pin": {
        "fr": "Code incorrect.",
        "ar": "الرمز غير صحيح.",
        "en": "Wrong PIN.",
    },
    "error.auth.wait": {
        "fr": "Trop d'essais : patientez {retry_after} s.",
        "ar": "محاولات كثيرة: انتظر {retry_after} ثانية.",
        "en": "Too many tries: wait {retry_after} s.",
    },
}


def message(key: str, language: str = "fr", **values: object) -> str:
    """The text for ``key`` in ``language`` (French, then the key itself, as fallbacks)."""
    texts = MESSAGES.get(key)
    if texts is None:
        return key
    text = texts.get(language) or texts["fr"]
    try:
        return text.format(**values)
    except (KeyError, IndexError):
        return text
