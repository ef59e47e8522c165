"""Privacy notices: one per shipped event's notice version, in French, Arabic and English."""

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
}  # fmt: skip


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.event.id)
@pytest.mark.parametrize("language", notices.NOTICE_LANGUAGES)
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
    version = PROFILES[0].event.notice_version
    assert notices.load_notice(version, "es").language == "fr"
    with pytest.raises(ConfigError):
        notices.load_notice("1999-01-none", "fr")
