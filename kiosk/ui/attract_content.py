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
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.core import resources

if TYPE_CHECKING:
    from kiosk.core.config import EventProfile

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 6
HOME_ENV = "OMRANE_KIOSK_HOME"  # the same variable as kiosk.core.config.HOME_ENV
DEFAULT_EVENT = "paris-2026.toml"  # kiosk.core.config.DEFAULT_EVENT
BOOT_COPY = "attract-boot.txt"
BOOT_COPY_FORMAT = 2


class AttractContent(NamedTuple):
    """The loop's languages in order, its slogans per language, seconds per slogan, and each
    language's own name and direction (so that the first frame needs no vocabulary)."""

    languages: tuple[str, ...] = ()
    slogans: Mapping[str, Sequence[str]] = MappingProxyType({})
    interval_s: int = DEFAULT_INTERVAL_S
    names: Mapping[str, str] = MappingProxyType({})
    rtl: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, languages: Iterable[str], slogans: Mapping[str, Sequence[str]], interval_s: int
    ) -> AttractContent:
        """Known languages only, with their names and directions from the shared vocabulary."""
        from sync.contract.vocabulary import LANGUAGES, RTL_LANGUAGES, native_name

        shown = tuple(lang for lang in languages if lang in LANGUAGES) or tuple(LANGUAGES)
        return cls(
            shown,
            {lang: list(texts) for lang, texts in slogans.items() if lang in LANGUAGES},
            interval_s,
            {lang: native_name(lang) for lang in shown},
            frozenset(shown) & RTL_LANGUAGES,
        )

    @classmethod
    def defaults(cls) -> AttractContent:
        """Every visitor language, no slogans of the event's own."""
        return cls.of((), {}, DEFAULT_INTERVAL_S)

    @classmethod
    def from_event(cls, event: EventProfile) -> AttractContent:
        return cls.of(event.event.languages, event.attract.slogans, event.attract.interval_s)

    @classmethod
    def from_toml(cls, path: Path) -> AttractContent:
        """Best effort: any problem gives the defaults (the full load reports it)."""
        import tomllib  # only when the boot copy is missing or stale

        try:
            raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
            attract = raw.get("attract") or {}
            languages = [str(lang) for lang in raw["event"]["languages"]]
            slogans = {
                str(lang): [str(text) for text in texts]
                for lang, texts in attract.get("slogans", {}).items()
                if isinstance(texts, list)
            }
            return cls.of(languages, slogans, int(attract.get("interval_s", DEFAULT_INTERVAL_S)))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.debug("attract loop from defaults: %s", exc)
        except (LookupError, TypeError, AttributeError, ValueError):
            log.debug("attract loop from defaults: %s has no usable [event] languages", path)
        return cls.defaults()

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
        try:
            return cls(
                tuple(str(lang) for lang in saved["languages"]),
                {str(lang): [str(t) for t in texts] for lang, texts in saved["slogans"].items()},
                int(saved["interval_s"]),
                {str(lang): str(name) for lang, name in saved["names"].items()},
                frozenset(str(lang) for lang in saved["rtl"]),
            )
        except (LookupError, TypeError, AttributeError, ValueError):
            return None

    def name_of(self, language: str) -> str:
        """The language in its own name, as on its button ("العربية", "Italiano")."""
        if language in self.names:
            return self.names[language]
        from sync.contract.vocabulary import native_name

        return native_name(language)

    def reads_rtl(self, language: str) -> bool:
        if language in self.names:  # known without the vocabulary
            return language in self.rtl
        from sync.contract.vocabulary import RTL_LANGUAGES

        return language in RTL_LANGUAGES

    def boot_copy(self, source: Path) -> str:
        """The text of the boot copy for this content, made from the event file `source`."""
        return repr(
            {
                "source": _source_key(source),
                "languages": list(self.languages),
                "slogans": {lang: list(texts) for lang, texts in self.slogans.items()},
                "interval_s": self.interval_s,
                "names": dict(self.names),
                "rtl": sorted(self.rtl),
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
