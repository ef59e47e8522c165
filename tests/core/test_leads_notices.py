"""Privacy notices: one per shipped event's notice version, in each of the event's languages."""

from __future__ import annotations

import pytest

from kiosk.core import notices
from kiosk.core.config import load_event_profile, shipped_event_profiles
from sync.contract.errors import ConfigError

PROFILES = [load_event_profile(p) for p in shipped_event_profiles()]
# What a data-protection officer looks for in each notice, per language.
MUST_SAY = {
    "fr": ["Responsable", "Pourquoi", "Destinataires", "Maroc", "conservation", "droits",
           "effacement", "CNDP", "dpo@"],
    "ar": ["المسؤول", "الغاية", "المستفيدون", "المغرب", "مدة الحفظ", "حقوقكم", "الحذف",
           "dpo@"],
    "en": ["Controller", "Why", "Recipients", "Morocco", "How long", "rights", "erasure",
           "CNDP", "dpo@"],
    "it": ["Titolare", "Perché", "Destinatari", "Marocco", "conservazione", "diritti",
           "cancellazione", "CNDP", "Garante", "dpo@"],
    "es": ["Responsable", "Para qué", "Destinatarios", "Marruecos", "conservación", "derechos",
           "supresión", "CNDP", "AEPD", "dpo@"],
    "nl": ["Verwerkingsverantwoordelijke", "Waarom", "Ontvangers", "Marokko", "Bewaartermijn",
           "rechten", "wissing", "CNDP", "Autoriteit Persoonsgegevens", "dpo@"],
}  # fmt: skip
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
EVENT_LANGUAGES = [(p, lang) for p in PROFILES for lang in p.event.languages]


@pytest.mark.parametrize(
    ("profile", "language"),
    EVENT_LANGUAGES,
    ids=[f"{p.event.id}-{lang}" for p, lang in EVENT_LANGUAGES],
)
def test_every_shipped_event_has_a_complete_notice(profile, language: str) -> None:  # type: ignore[no-untyped-def]
    notice = notices.load_notice(profile.event.notice_version, language)
    assert notice.language == language
    assert profile.event.notice_version in notice.markdown
    for phrase in MUST_SAY[language]:
        assert phrase in notice.markdown, phrase
    assert str(profile.privacy.retention_months) in notice.body
    assert notices.missing_notices(profile) == []


def test_abroad_notices_name_the_transfer_to_morocco() -> None:
    paris = next(p for p in PROFILES if p.event.country == "FR")
    text = notices.load_notice(paris.event.notice_version, "fr").markdown
    assert "Transfert vers le Maroc" in text and "CNIL" in text


def test_missing_language_falls_back_to_french_and_unknown_version_is_an_error() -> None:
    version = next(p for p in PROFILES if p.event.country == "FR").event.notice_version
    assert notices.load_notice(version, "es").language == "fr"
    with pytest.raises(ConfigError):
        notices.load_notice("1999-01-none", "fr")


def test_the_tour_profiles_offer_their_host_language_first() -> None:
    by_country = {p.event.country: p.event.languages for p in PROFILES}
    assert by_country["IT"][0] == "it" and by_country["ES"][0] == "es"
    assert by_country["NL"][0] == "nl" and "nl" in by_country["BE"]


def test_arabic_notices_isolate_their_version_so_bidi_cannot_scramble_it() -> None:
    for profile in PROFILES:
        version = profile.event.notice_version
        if "ar" in profile.event.languages:
            text = notices.load_notice(version, "ar").markdown
            assert f"{LTR_ISOLATE}{version}{POP_ISOLATE}" in text
