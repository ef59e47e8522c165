"""What the attract loop shows, readable before the rest of the app has loaded.

The first frame is painted without the validation library or the database. Each full start
keeps what the loop shows in a small boot copy beside the database (a Python literal, read
with `ast.literal_eval`, keyed by the event file's path, size and modification time), so the
next start needs not even the TOML parser; a missing or stale copy falls back to a plain
TOML read of the event profile.
"""

from __future__ import annotations

import ast
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core import resources
from sync.contract.vocabulary import LANGUAGES

if TYPE_CHECKING:
    from kiosk.core.config import EventProfile

log = logging.getLogger(__name__)

KNOWN_LANGUAGES = tuple(LANGUAGES)
DEFAULT_INTERVAL_S = 6
HOME_ENV = "OMRANE_KIOSK_HOME"  # the same variable as kiosk.core.config.HOME_ENV
DEFAULT_EVENT = "paris-2026.toml"  # kiosk.core.config.DEFAULT_EVENT
BOOT_COPY = "attract-boot.txt"
BOOT_COPY_FORMAT = 1


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
        import tomllib  # only when the boot copy is missing or stale

        try:
            raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
            attract = raw.get("attract") or {}
            return cls._checked(
                raw["event"]["languages"],
                attract.get("slogans", {}),
                attract.get("interval_s", DEFAULT_INTERVAL_S),
            )
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.debug("attract loop from defaults: %s", exc)
        except (LookupError, TypeError, AttributeError):
            log.debug("attract loop from defaults: %s has no [event] languages", path)
        return cls()

    @classmethod
    def from_boot_copy(cls, copy: Path, source: Path) -> AttractContent | None:
        """What the last full start kept, if it was made from `source` as it is now."""
        try:
            saved = ast.literal_eval(copy.read_text(encoding="utf-8"))
            key = _source_key(source)
        except (OSError, UnicodeDecodeError, ValueError, TypeError, SyntaxError, MemoryError):
            return None
        if not isinstance(saved, dict) or saved.get("source") != key:
            return None
        return cls._checked(saved.get("languages"), saved.get("slogans"), saved.get("interval_s"))

    @classmethod
    def _checked(cls, languages: Any, slogans: Any, interval_s: Any) -> AttractContent:
        """Known languages only, lists of texts only; the defaults for anything malformed."""
        try:
            shown = tuple(lang for lang in languages if lang in KNOWN_LANGUAGES)
            texts = {
                lang: [str(text) for text in values]
                for lang, values in slogans.items()
                if lang in KNOWN_LANGUAGES and isinstance(values, list)
            }
            interval = int(interval_s)
        except (AttributeError, KeyError, TypeError, ValueError):
            return cls()
        return cls(shown or KNOWN_LANGUAGES, texts, interval)

    def boot_copy(self, source: Path) -> str:
        """The text of the boot copy for this content, made from the event file `source`."""
        return repr(
            {
                "source": _source_key(source),
                "languages": list(self.languages),
                "slogans": self.slogans,
                "interval_s": self.interval_s,
            }
        )


def _source_key(source: Path) -> list[Any]:
    stat = source.stat()
    return [BOOT_COPY_FORMAT, str(source), stat.st_size, stat.st_mtime_ns]


def home_dir(home: str | None) -> Path:
    """The data directory `run` will use (as kiosk.core.config.Paths.resolve, unresolved)."""
    chosen = home or os.environ.get(HOME_ENV)
    if chosen is None:
        import platformdirs

        chosen = platformdirs.user_data_dir("omrane-kiosk")
    return Path(chosen).expanduser()


def event_file_for(home: str | None, event_file: Path | None) -> Path:
    """The profile `run` will use: --event, else the home's active one, else the default."""
    if event_file is not None:
        return event_file
    active = home_dir(home) / "event.toml"
    return active if active.exists() else resources.data() / "events" / DEFAULT_EVENT


def for_first_frame(home: str | None, event_file: Path | None) -> AttractContent:
    """The boot copy when it matches the event file, else a plain read of that file."""
    source = event_file_for(home, event_file)
    copy = AttractContent.from_boot_copy(home_dir(home) / BOOT_COPY, source)
    return copy if copy is not None else AttractContent.from_toml(source)


def remember(home: Path, source: Path, content: AttractContent) -> None:
    """After a full start: keep what the loop shows for the next start's first frame."""
    copy = home / BOOT_COPY
    try:
        text = content.boot_copy(source)
        if copy.exists() and copy.read_text(encoding="utf-8") == text:
            return
        partial = copy.with_name(copy.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, copy)
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("attract boot copy not written: %s", exc)
