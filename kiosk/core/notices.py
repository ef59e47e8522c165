"""Privacy notices shown before the lead form: ``data/notices/<version>.<lang>.md``.

The version comes from the event profile (``event.notice_version``) and is stored with each
lead's consent, so what the visitor read can always be shown again. A notice names each
consent box in the words the box itself shows (``vocabulary.CONSENT_BOXES``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.core import resources
from kiosk.core.config import EventProfile
from sync.contract.errors import ConfigError
from sync.contract.vocabulary import CONSENT_BOXES, LANGUAGES

NOTICE_LANGUAGES = tuple(LANGUAGES)


@dataclass(frozen=True)
class Notice:
    version: str
    language: str
    title: str
    markdown: str

    @property
    def body(self) -> str:
        """The text without its title line."""
        return self.markdown.split("\n", 1)[1].strip() if "\n" in self.markdown else ""


def notices_dir() -> Path:
    return resources.data() / "notices"


def notice_path(version: str, language: str) -> Path:
    return notices_dir() / f"{version}.{language}.md"


def load_notice(version: str, language: str, *, fallback: str = "fr") -> Notice:
    """The notice ``version`` in ``language`` (else ``fallback``); ConfigError if neither exists."""
    for lang in dict.fromkeys((language, fallback)):
        path = notice_path(version, lang)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            title = text.split("\n", 1)[0].lstrip("# ").strip()
            return Notice(version=version, language=lang, title=title, markdown=text)
    raise ConfigError(
        f"privacy notice {version!r} is missing in {notices_dir()}", key="error.notice.missing"
    )


def missing_notices(event: EventProfile) -> list[str]:
    """Languages of the event whose notice file is missing (for set-up checks)."""
    version = event.event.notice_version
    return [lang for lang in event.event.languages if not notice_path(version, lang).is_file()]


def unnamed_boxes(notice: Notice) -> list[str]:
    """Consent boxes whose caption the notice does not quote word for word (line breaks aside)."""
    text = " ".join(notice.markdown.split())
    return [box for box, label in CONSENT_BOXES.items() if label.get(notice.language) not in text]


def notices_not_naming_boxes(event: EventProfile) -> dict[str, list[str]]:
    """Per event language, the boxes its notice does not name (for set-up checks)."""
    version = event.event.notice_version
    found = {
        lang: unnamed_boxes(load_notice(version, lang))
        for lang in event.event.languages
        if notice_path(version, lang).is_file()
    }
    return {lang: boxes for lang, boxes in found.items() if boxes}
