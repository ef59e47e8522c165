"""Self-check of a stand laptop: each check says ok / warn / fail with a hint.

Shared by `omrane-kiosk doctor` and the staff console. A check that crashes is reported as a
failure of that check; the doctor itself never crashes.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from kiosk.core import resources, staff, sync_state
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import SCHEMA_VERSION, KioskDB
from kiosk.core.outbox import STATES, Outbox
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import LANGUAGES

log = logging.getLogger(__name__)

Status = Literal["ok", "warn", "fail"]
DISK_WARN_BYTES = 1_000_000_000
DISK_FAIL_BYTES = 100_000_000
REQUIRED_FONTS = ("NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf")
# English is the source text of the Qt translations; every other language needs its .qm.
REQUIRED_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != "en")


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    hint: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class DoctorContext:
    paths: Paths
    clock: Clock = SYSTEM_CLOCK
    db: KioskDB | None = None
    facts: dict[str, Any] = field(default_factory=dict)


CheckFn = Callable[[DoctorContext], Check]


def check_database(ctx: DoctorContext) -> Check:
    if not ctx.paths.database.exists():
        return Check("database", "warn", "no database yet", "start the kiosk once, or run setup")
    ctx.db = KioskDB(ctx.paths.database)
    problems = ctx.db.integrity_check()
    if problems:
        return Check(
            "database", "fail", "; ".join(problems[:3]), "restore the latest backup (restore FILE)"
        )
    return Check("database", "ok", f"integrity ok, schema {ctx.db.user_version}/{SCHEMA_VERSION}")


def check_disk(ctx: DoctorContext) -> Check:
    free = shutil.disk_usage(ctx.paths.home).free
    detail = f"{free / 1e9:.1f} GB free in {ctx.paths.home}"
    if free < DISK_FAIL_BYTES:
        return Check("disk", "fail", detail, "free disk space now: leads cannot be saved")
    if free < DISK_WARN_BYTES:
        return Check("disk", "warn", detail, "free some disk space before the event")
    return Check("disk", "ok", detail)


def check_writable(ctx: DoctorContext) -> Check:
    try:
        with tempfile.NamedTemporaryFile(dir=ctx.paths.home, prefix=".doctor-") as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return Check(
            "data folder",
            "fail",
            f"cannot write in {ctx.paths.home}: {exc}",
            "check the folder's owner and permissions",
        )
    return Check("data folder", "ok", f"{ctx.paths.home} is writable")


def check_fonts(ctx: DoctorContext) -> Check:
    del ctx
    folder = resources.assets() / "fonts"
    missing = [name for name in REQUIRED_FONTS if not (folder / name).is_file()]
    if missing:
        return Check("fonts", "fail", f"missing {', '.join(missing)}", "reinstall the application")
    return Check("fonts", "ok", f"{len(list(folder.glob('*.ttf')))} fonts in {folder}")


def check_translations(ctx: DoctorContext) -> Check:
    del ctx
    folder = resources.assets() / "translations"
    missing = [lang for lang in REQUIRED_LANGUAGES if not list(folder.glob(f"*_{lang}.qm"))]
    if missing:
        return Check(
            "translations",
            "fail",
            f"no compiled translations for {', '.join(missing)}",
            "run `make setup` (builds the .qm files) or reinstall",
        )
    return Check("translations", "ok", f"{len(list(folder.glob('*.qm')))} translation files")


def check_event(ctx: DoctorContext) -> Check:
    profile = active_event_profile(ctx.paths)
    ctx.facts["event"] = profile
    ev = profile.event
    today = ctx.clock.now().date()
    detail = f"{ev.name} ({ev.start} → {ev.end})"
    if today > ev.end:
        return Check(
            "event profile",
            "warn",
            detail + " is over",
            "choose this stop's profile: omrane-kiosk event use FILE",
        )
    return Check("event profile", "ok", detail)


def check_catalog(ctx: DoctorContext) -> Check:
    if ctx.db is None:
        return Check("catalog", "warn", "no database", "start the kiosk once")
    units = ctx.db.scalar("SELECT count(*) FROM units")
    if not units:
        return Check(
            "catalog",
            "fail",
            "the catalog is empty",
            "sync with HQ, or: omrane-kiosk catalog import FILE",
        )
    return Check("catalog", "ok", f"{units} units")


def check_staff_pin(ctx: DoctorContext) -> Check:
    if ctx.db is None:
        return Check("staff PIN", "warn", "no database", "run: omrane-kiosk setup")
    if not staff.is_set_up(ctx.db):
        return Check(
            "staff PIN", "fail", "no staff PIN: leads cannot be saved", "run: omrane-kiosk setup"
        )
    return Check("staff PIN", "ok", "set")


def check_leads(ctx: DoctorContext) -> Check:
    if ctx.db is None:
        return Check("leads", "warn", "no database", "start the kiosk once")
    counts = Outbox(ctx.db, ctx.clock).counts()
    ctx.facts["outbox"] = counts
    detail = ", ".join(f"{counts.get(state, 0)} {state}" for state in STATES)
    if counts.get("quarantined"):
        return Check(
            "leads", "warn", detail, "open the staff console (Sync tab) to see why and retry"
        )
    return Check("leads", "ok", detail)


def check_sync_jam(ctx: DoctorContext) -> Check:
    """HQ answers but a sync stream does not move: say which, how long, and HQ's answer."""
    if ctx.db is None:
        return Check("sync jam", "warn", "no database", "start the kiosk once")
    hq = (ctx.facts.get("event") or active_event_profile(ctx.paths)).hq
    report = sync_state.jam_report(
        ctx.db, ctx.clock, warn_after=hq.jam_warn_after, fail_after=hq.jam_fail_after
    )
    ctx.facts["jam"] = report.as_dict()
    oldest = (
        f"oldest pending lead {sync_state.describe_age(report.oldest_pending_age_s)} old "
        f"({report.pending_leads} pending)"
        if report.pending_leads
        else "no lead waiting"
    )
    worst = report.worst
    if worst is None:
        return Check("sync jam", "ok", f"no failed sync attempt; {oldest}")
    status = f"HTTP {worst.last_status}" if worst.last_status is not None else "no answer"
    detail = (
        f"{worst.stream}: {worst.failures} failed attempt(s) in a row, last {status}: "
        f"{worst.last_error or '-'}; "
        f"{sync_state.describe_age(report.stuck_online_s)} online without progress; {oldest}"
    )
    if report.status == "ok":
        return Check("sync jam", "ok", detail)
    return Check(
        "sync jam",
        report.status,
        detail,
        "leads stay on this laptop: send `omrane-kiosk sync status --json` to HQ support",
    )


def check_printer(ctx: DoctorContext) -> Check:
    from kiosk.core.printing import PrintQueue, backend_for

    profile = ctx.facts.get("event") or active_event_profile(ctx.paths)
    info = backend_for(profile, ctx.paths).info()
    waiting = PrintQueue(ctx.db, ctx.paths, ctx.clock).waiting() if ctx.db is not None else 0
    detail = f"{info.backend} {info.name}: {info.state}; {waiting} job(s) waiting"
    if info.state in ("missing", "offline"):
        return Check(
            "printer", "warn", detail, "check cable, paper and power, or: omrane-kiosk printers"
        )
    return Check("printer", "ok", detail)


DEFAULT_CHECKS: tuple[CheckFn, ...] = (
    check_database,
    check_disk,
    check_writable,
    check_fonts,
    check_translations,
    check_event,
    check_catalog,
    check_staff_pin,
    check_leads,
    check_sync_jam,
    check_printer,
)


def run_checks(
    paths: Paths, clock: Clock = SYSTEM_CLOCK, checks: Iterable[CheckFn] = DEFAULT_CHECKS
) -> list[Check]:
    ctx = DoctorContext(paths.ensure(), clock)
    results: list[Check] = []
    try:
        for check in checks:
            results.append(_run_one(check, ctx))
    finally:
        if ctx.db is not None:
            ctx.db.close()
    return results


def _run_one(check: CheckFn, ctx: DoctorContext) -> Check:
    name = check.__name__.removeprefix("check_").replace("_", " ")
    try:
        return check(ctx)
    except OmraneError as exc:
        return Check(name, "fail", exc.message)
    except Exception as exc:  # a broken check must not hide the others
        log.exception("doctor check %s crashed", name)
        return Check(name, "fail", f"{type(exc).__name__}: {exc}")


def worst(results: Iterable[Check]) -> Status:
    order: dict[Status, int] = {"ok": 0, "warn": 1, "fail": 2}
    statuses = [r.status for r in results]
    return max(statuses, key=order.__getitem__) if statuses else "ok"
