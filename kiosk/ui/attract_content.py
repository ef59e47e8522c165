"""What the attract loop shows, readable before the rest of the app has loaded.

The first frame is painted from a plain TOML read of the event profile (no validation
library, no database), so the kiosk shows its attract loop as soon as Qt is up.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core import resources
from sync.contract.vocabulary import LANGUAGES

if TYPE_CHECKING:
    from kiosk.core.config import EventProfile

KNOWN_LANGUAGES = tuple(LANGUAGES)
DEFAULT_INTERVAL_S = 6
HOME_ENV = "OMRANE_KIOSK_HOME"  # the same variable as kiosk.core.config.HOME_ENV
DEFAULT_EVENT = "paris-2026.toml"  # kiosk.core.config.DEFAULT_EVENT


@dataclass(frozen=True)
class AttractContent:
    languages: tuple[str, ...] = KNOWN_LANGUAGES
    slogans: dict[str, list[str]] = field(default_factory=dict)
    interval_s: int = DEFAULT_INTERVAL_S

    @classmethod
    def from_event(cls, event: EventProfile) -> AttractContent:
        return cls(
            tuple(event.event.languages),
            {lang: list(texts) for lang, texts in event.attract.slogans.items()},
            event.attract.interval_s,
        )

    @classmethod
    def from_toml(cls, path: Path) -> AttractContent:
        """Best effort: any problem gives the defaults (the full load reports it)."""
        try:
            raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
            languages = tuple(lang for lang in raw["event"]["languages"] if lang in KNOWN_LANGUAGES)
            attract = raw.get("attract", {})
            slogans = {
                lang: [str(text) for text in texts]
                for lang, texts in attract.get("slogans", {}).items()
                if lang in KNOWN_LANGUAGES and isinstance(texts, list)
            }
            interval = int(attract.get("interval_s", DEFAULT_INTERVAL_S))
        except (
            OSError,
            UnicodeDecodeError,
            tomllib.TOMLDecodeError,
            KeyError,
            TypeError,
            ValueError,
        ):
            return cls()
        return cls(languages or KNOWN_LANGUAGES, slogans, interval)


def event_file_for(home: str | None, event_file: Path | None) -> Path:
    """The profile `run` will use: --event, else the home's active one, else the default."""
    if event_file is not None:
        return event_file
    chosen = home or os.environ.get(HOME_ENV)
    if chosen is None:
        import platformdirs

        chosen = platformdirs.user_data_dir("omrane-kiosk")
    active = Path(chosen).expanduser() / "event.toml"
    return active if active.exists() else resources.data() / "events" / DEFAULT_EVENT
