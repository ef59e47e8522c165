"""Privacy notices: one per shipped event's notice version, in each of the event's languages."""

from __future__ import annotations

import pytest

from kiosk.core import notices
from kiosk.core.config import load_event_profile, shipped_event_profiles
from sync.contract.errors import ConfigError
from sync.contract.vocabulary import CONSENT_BOXES, CONSENTS

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
# Notices of the 2025 events stay as their visitors read them; every later event's notice
# quotes the boxes of the form it is shown with.
CURRENT = [p for p in PROFILES if p.event.start.year >= 2026]


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
    version = next(p for p in PROFILES if p.event.country == "MA").event.notice_version
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


@pytest.mark.parametrize("language", ["fr", "ar", "en", "it", "es", "nl"])
def test_current_notices_quote_every_consent_box_as_the_form_shows_it(language: str) -> None:
    assert set(CONSENT_BOXES) == set(CONSENTS)
    versions = {p.event.notice_version for p in CURRENT if language in p.event.languages}
    assert versions, language
    for version in versions:
        notice = notices.load_notice(version, language)
        assert notice.language == language
        assert notices.unnamed_boxes(notice) == [], version
    for profile in CURRENT:
        assert notices.notices_not_naming_boxes(profile) == {}


def test_a_notice_with_other_words_than_the_box_is_caught() -> None:
    version = CURRENT[0].event.notice_version
    notice = notices.load_notice(version, "fr")
    reworded = notices.Notice(
        version, "fr", notice.title, notice.markdown.replace("d'Al Omrane", "de la holding")
    )
    assert notices.unnamed_boxes(reworded) == ["marketing"]
    # The 2025 caravan notice still says « Être rappelé »: set-up would warn about it.
    old = next(p for p in PROFILES if p.event.country == "MA")
    assert "callback" in notices.notices_not_naming_boxes(old)["fr"]
