"""The one config loader: data directory paths and the event profile (TOML)."""

from __future__ import annotations

import os
import shutil
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from kiosk.core import resources
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import ConfigError
from sync.contract.vocabulary import DESKS, LANGUAGES, Label

APP_NAME = "omrane-kiosk"
HOME_ENV = "OMRANE_KIOSK_HOME"
DEFAULT_EVENT = "paris-2026.toml"


def _known(words: dict[str, Label], what: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in words:
            raise ValueError(f"unknown {what} {value!r} (one of {', '.join(words)})")
        return value

    return AfterValidator(check)


# Checked against the vocabulary, so a new language or desk is added in one place.
Language = Annotated[str, _known(LANGUAGES, "language")]
Desk = Annotated[str, _known(DESKS, "desk")]


@dataclass(frozen=True)
class Paths:
    """Everything the kiosk writes lives under one home directory."""

    home: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> Paths:
        chosen = home or os.environ.get(HOME_ENV) or platformdirs.user_data_dir(APP_NAME)
        return cls(Path(chosen).expanduser().resolve())

    @property
    def database(self) -> Path:
        return self.home / "kiosk.db"

    @property
    def event_profile(self) -> Path:
        return self.home / "event.toml"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    @property
    def outbox_dir(self) -> Path:
        """Files handed to printers or written for staff (brochures, exports)."""
        return self.home / "out"

    def ensure(self) -> Paths:
        for folder in (self.home, self.logs, self.keys, self.outbox_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventInfo(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    name: str = Field(min_length=1)
    kind: Literal["expo", "caravan"]
    city: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166 alpha-2")
    start: date
    end: date
    timezone: str = "Africa/Casablanca"
    languages: list[Language] = Field(min_length=1)
    notice_version: str = Field(min_length=1)
    contact: str = ""
    unit_url: str = "https://www.alomrane.gov.ma/produit/{ref}"

    @model_validator(mode="after")
    def _check(self) -> EventInfo:
        if self.end < self.start:
            raise ValueError("end is before start")
        if len(set(self.languages)) != len(self.languages):
            raise ValueError("languages lists a language twice")
        if "{ref}" not in self.unit_url:
            raise ValueError("unit_url must contain {ref}")
        return self


class Currency(_Strict):
    code: str = Field(default="MAD", pattern=r"^[A-Z]{3}$")
    mad_per_unit: float = Field(default=1.0, gt=0, description="how many MAD one unit is worth")
    rate_date: date | None = None

    @property
    def converts(self) -> bool:
        return self.code != "MAD"


class KioskSettings(_Strict):
    idle_timeout_s: int = Field(default=60, ge=10, le=3600)
    idle_countdown_s: int = Field(default=15, ge=3, le=120)
    desks: list[Desk] = Field(default_factory=lambda: list(DESKS), min_length=1)
    # photos and plans kept on this laptop; files no unit shows are removed first
    media_budget_mb: int = Field(default=2048, ge=50, le=500_000)


class Attract(_Strict):
    slogans: dict[Language, list[str]] = Field(default_factory=dict)
    interval_s: int = Field(default=6, ge=2, le=120)


class Mortgage(_Strict):
    default_rate_pct: float = Field(default=4.7, gt=0, lt=30)
    max_debt_ratio_pct: float = Field(default=40.0, gt=0, le=100)


class Printer(_Strict):
    backend: Literal["folder", "cups", "windows"] = "folder"
    name: str = ""
    ticket_printer: str = ""
    format: Literal["a4", "a5"] = "a4"


class HQ(_Strict):
    url: str = ""
    # Sync jam: minutes online (HQ answering) without progress before doctor warns / fails.
    jam_warn_after_min: int = Field(default=60, ge=1, le=7 * 24 * 60)
    jam_fail_after_min: int = Field(default=360, ge=1, le=7 * 24 * 60)

    @model_validator(mode="after")
    def _check(self) -> HQ:
        if self.jam_fail_after_min < self.jam_warn_after_min:
            raise ValueError("jam_fail_after_min is shorter than jam_warn_after_min")
        return self

    @property
    def jam_warn_after(self) -> timedelta:
        return timedelta(minutes=self.jam_warn_after_min)

    @property
    def jam_fail_after(self) -> timedelta:
        return timedelta(minutes=self.jam_fail_after_min)


class Privacy(_Strict):
    retention_months: int = Field(default=36, ge=1, le=120)


class EventProfile(_Strict):
    event: EventInfo
    currency: Currency = Currency()
    kiosk: KioskSettings = KioskSettings()
    attract: Attract = Attract()
    mortgage: Mortgage = Mortgage()
    printer: Printer = Printer()
    hq: HQ = HQ()
    privacy: Privacy = Privacy()

    @property
    def default_language(self) -> Language:
        return self.event.languages[0]


def parse_event_profile(text: str, source: str = "<event profile>") -> EventProfile:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}", key="error.config.toml") from exc
    try:
        return EventProfile.model_validate(raw)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        ]
        raise ConfigError(
            f"{source}: invalid event profile:\n  " + "\n  ".join(problems),
            key="error.config.event",
            problems=problems,
        ) from exc


def load_event_profile(path: Path) -> EventProfile:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"event profile not found: {path}", key="error.config.missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read event profile {path}: {exc}") from exc
    return parse_event_profile(text, str(path))


def shipped_event_profiles() -> list[Path]:
    return sorted((resources.data() / "events").glob("*.toml"))


def active_event_profile(paths: Paths) -> EventProfile:
    """The profile chosen with `event use`, else the shipped default."""
    if paths.event_profile.exists():
        return load_event_profile(paths.event_profile)
    return load_event_profile(resources.data() / "events" / DEFAULT_EVENT)


def use_event_profile(paths: Paths, source: Path) -> EventProfile:
    """Validate then install a profile as the active one (atomic replace)."""
    profile = load_event_profile(source)
    paths.ensure()
    tmp = paths.event_profile.with_suffix(".toml.tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, paths.event_profile)
    return profile


def event_day(event: EventProfile, clock: Clock = SYSTEM_CLOCK) -> str:
    """Today's date where the stand is (counters and figures reset at local midnight)."""
    try:
        zone = ZoneInfo(event.event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return clock.now().astimezone(zone).date().isoformat()
