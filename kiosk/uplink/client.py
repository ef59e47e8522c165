"""One sync of a stand with HQ: push the lead outbox (:mod:`kiosk.uplink.lead_push`), send
erasures and apply HQ's, pull the catalog, send the anonymous counters and a heartbeat — each
stream on its own, so that a failure in one never stops the others.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import requests

from kiosk import __version__
from kiosk.core import crashes, enrollment, retention, settings, sync_state, tickets
from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.core.outbox import Outbox
from kiosk.core.printing import PrintQueue
from kiosk.core.send_requests import SendOutbox
from kiosk.uplink import hub_link
from kiosk.uplink.analytics_push import push_analytics
from kiosk.uplink.catalog_pull import PAGE_UNITS, CatalogPull
from kiosk.uplink.lead_push import LeadPusher
from kiosk.uplink.send_push import sync_sends
from kiosk.uplink.transport import HQClient, HQRefused, HQUnavailable, http_status
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import OmraneError
from sync.contract.hub_wire import HQ_RELAY
from sync.contract.vocabulary import (
    PENDING,
    QUARANTINED,
    SENDING,
)
from sync.contract.wire import (
    CATALOG_PAGE_MAX,
    MAX_BATCH,
    Heartbeat,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
ERASURE_CURSOR = "sync.erasure_cursor"  # kiosk setting: the last HQ erasure applied here
CATALOG_PULL_FOLDER = "catalog-pull"  # beside the kiosk database: pages of a pull under way
OUTCOME_CURSOR = "sync.outcome_cursor"  # kiosk setting: the last late lead outcome applied
HTTP_OK = 200


@dataclass
class SyncReport:
    sent: int = 0
    acked: int = 0
    quarantined: int = 0
    retried: int = 0
    erasures: int = 0
    erased_here: int = 0  # leads deleted on this stand because HQ erased them
    sends: int = 0  # 'send me my selection' requests sent to HQ
    deliveries: int = 0  # their delivery reports that changed
    catalog_version: int = 0
    catalog_changed: bool = False
    problems: list[str] = field(default_factory=list)


class KioskSync:
    """Syncs one kiosk database (use it from one thread: it holds that thread's connection)."""

    def __init__(
        self,
        db: KioskDB,
        clock: Clock = SYSTEM_CLOCK,
        *,
        session: requests.Session | None = None,
        batch_size: int = MAX_BATCH,
        catalog_page: int = PAGE_UNITS,
    ) -> None:
        self.db = db
        self.clock = clock
        self.session = session
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.catalog_page = max(1, min(catalog_page, CATALOG_PAGE_MAX))
        self.outbox = Outbox(db, clock)
        self._client: HQClient | None = None
        self._client_for: enrollment.SyncLink | None = None

    # ---- connection -------------------------------------------------------------------

    def client(self) -> HQClient:
        """The HQ client of the current enrollment; HQRefused when not enrolled or revoked."""
        link = enrollment.load_link(self.db)
        if link is None:
            raise HQRefused(enrollment.REVOKED_MESSAGE + ": run `omrane-kiosk enroll FILE`")
        if enrollment.is_revoked(self.db):
            raise HQRefused(enrollment.REVOKED_MESSAGE)
        if self._client is None or self._client_for != link:
            if self._client is not None and self.session is None:
                self._client.close()
            self._client = HQClient(link.hq_url, link.token, self.session)
            self._client_for = link
        return self._client

    def healthy(self) -> bool:
        """HQ answers /health, directly or through the stand hub (cheap probe while offline)."""
        try:
            client = self.route()
        except HQRefused:
            return False
        try:
            return client.health()
        finally:
            if client is not self._client:
                client.close()

    def route(self) -> HQClient:
        """HQ directly when it answers; else through the stand hub this kiosk joined (the
        hub passes the requests on as they are, or holds the leads until HQ answers it)."""
        client = self.client()
        hub = hub_link.HubLink.from_settings(self.db) if self.session is None else None
        if hub is None or client.health():
            return client
        link = self._client_for
        assert link is not None  # set by client()
        session = hub_link.pinned_session(hub.url, hub.fingerprint, hub.token)
        log.info("HQ does not answer directly: this sync goes through the stand hub")
        return HQClient(f"{hub.url}{HQ_RELAY}", link.token, session)

    # ---- one sync ---------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Every stream, in order of importance, each on its own: leads, erasures both ways,
        catalog, analytics, heartbeat. A stream that fails (an HQ error on that endpoint) is
        recorded and the others still run; the first failure is raised at the end for the
        scheduler's back-off. No answer at all (no route, refused token) stops at once."""
        report = SyncReport()
        try:
            client = self.route()
        except HQRefused as exc:
            enrollment.record_error(self.db, exc.message, self.clock)
            raise
        try:
            return self._sync_streams(client, report)
        finally:
            if client is not self._client:
                client.close()

    def _sync_streams(self, client: HQClient, report: SyncReport) -> SyncReport:
        enrollment.record_attempt(self.db, self.clock)  # at once: a sync cut short shows too
        outcomes = sync_state.StreamLog(self.db, self.clock)
        try:
            failures = self._run_streams(client, report, outcomes)
            with self.db.transaction():  # the streams' outcomes and the sync's, one commit
                outcomes.write()
                if failures:
                    enrollment.record_error(self.db, failures[0].message, self.clock)
                else:
                    enrollment.record_success(self.db, self.clock)
        except HQRefused as exc:
            with self.db.transaction():
                outcomes.write()
                enrollment.record_revoked(self.db, exc.message, self.clock)
            raise
        finally:
            outcomes.write()  # what the streams before a step that broke did (else nothing)
        if failures:
            raise failures[0]
        return report

    def _run_streams(
        self, client: HQClient, report: SyncReport, outcomes: sync_state.StreamLog
    ) -> list[OmraneError]:
        """Each stream in turn; the failures of those HQ answered (the first one first)."""
        streams: list[tuple[str, Callable[[], object], Callable[[], str] | None]] = [
            ("leads", lambda: self.push_leads(client, report), lambda: _leads_stalled(report)),
            ("erasures", lambda: self._erasures(client, report), None),
            ("sends", lambda: self.sync_sends(client, report), None),
            ("catalog", lambda: self.pull_catalog(client, report), None),
            ("analytics", lambda: self.send_analytics(client), None),
            ("heartbeat", lambda: self.send_heartbeat(client), None),
        ]
        failures: list[OmraneError] = []
        for name, step, stalled in streams:
            if name == "heartbeat":
                outcomes.write()  # the heartbeat tells HQ the jam as the stand now records it
            try:
                self._stream(outcomes, name, step, stalled)
            except HQRefused:
                raise
            except OmraneError as exc:
                report.problems.append(f"{name}: {exc.message}")
                if isinstance(exc, HQUnavailable) and http_status(exc) is None:
                    failures.insert(0, exc)  # no answer at all: the other streams would wait too
                    break
                failures.append(exc)
        return failures

    def _erasures(self, client: HQClient, report: SyncReport) -> None:
        """Both ways: the stand's erasures to HQ, then HQ's to the stand."""
        report.erasures = self.forward_erasures(client)
        self.pull_erasures(client, report)

    def _stream(
        self,
        outcomes: sync_state.StreamLog,
        stream: str,
        step: Callable[[], T],
        stalled: Callable[[], str] | None = None,
    ) -> T:
        """Run one sync stream and keep its outcome in ``outcomes`` (the jam report reads it).

        ``stalled`` says why a step that HQ answered moved nothing ("" when it moved)."""
        try:
            result = step()
        except OmraneError as exc:
            outcomes.failure(stream, http_status(exc), exc.message)
            raise
        why = stalled() if stalled is not None else ""
        if why:
            outcomes.failure(stream, HTTP_OK, why)
        else:
            outcomes.success(stream)
        return result

    def push_leads(self, client: HQClient, report: SyncReport) -> None:
        """Send the whole outbox (see :mod:`kiosk.uplink.lead_push`)."""
        pushed = LeadPusher(self.outbox, client, self.batch_size).push()
        report.sent += pushed.sent
        report.acked += pushed.acked
        report.quarantined += pushed.quarantined
        report.retried += pushed.retried
        report.problems.extend(pushed.problems)
        if pushed.isolated:
            report.problems.append(f"{len(pushed.isolated)} lead(s) HQ fails on set aside")
        self.pull_outcomes(client, report)

    def pull_outcomes(self, client: HQClient, report: SyncReport) -> None:
        """What HQ found on opening leads it had acknowledged: a lead it cannot open or that
        breaks the contract goes to quarantine here (staff can fix and retry it), an erased
        one is deleted."""
        since = int(settings.get(self.db, OUTCOME_CURSOR, 0) or 0)
        while True:
            feed = client.lead_outcomes(since)
            late = {r.id: (str(r.status), r.reason) for r in feed.results}
            if late:
                applied = self.outbox.apply_outcomes(late)
                report.quarantined += applied
            if feed.next != since:
                settings.put(self.db, OUTCOME_CURSOR, feed.next)
            if not feed.results or feed.next <= since:
                return
            since = feed.next

    def sync_sends(self, client: HQClient, report: SyncReport) -> None:
        """'Send me my selection' requests to HQ and their delivery reports back."""
        sends = sync_sends(SendOutbox(self.db, self.clock), client)
        report.sends = sends.sent
        report.deliveries = sends.deliveries

    def forward_erasures(self, client: HQClient) -> int:
        """Visitors erased on the stand are erased at HQ too (by lead id and by phone)."""
        erased = 0
        pending = retention.pending_erasures(self.db)
        phones = retention.pending_erased_phones(self.db)
        for start in range(0, max(len(pending), len(phones)), MAX_BATCH):
            chunk = pending[start : start + MAX_BATCH]
            sealed = phones[start : start + MAX_BATCH]
            erased += client.erasures(chunk, [text for _, text in sealed])
            retention.mark_erasures_forwarded(
                self.db, chunk, self.clock, phone_rows=[row for row, _ in sealed]
            )
        return erased

    def pull_erasures(self, client: HQClient, report: SyncReport) -> None:
        """Leads erased at HQ (console, command line, another stand) are deleted here too."""
        since = int(settings.get(self.db, ERASURE_CURSOR, 0) or 0)
        while True:
            feed = client.erasure_feed(since)
            report.erased_here += retention.apply_hq_erasures(self.db, feed.lead_ids)
            if feed.next != since:
                settings.put(self.db, ERASURE_CURSOR, feed.next)
            if not feed.lead_ids or feed.next <= since:
                return
            since = feed.next

    def pull_catalog(self, client: HQClient, report: SyncReport) -> None:
        """Apply HQ's catalog changes, page by page and resumable (see
        :mod:`kiosk.uplink.catalog_pull`): all pages verified, then one transaction."""
        catalog = Catalog(self.db)
        report.catalog_version = catalog.version
        folder = self.db.path.parent / CATALOG_PULL_FOLDER
        pulled = CatalogPull(catalog, folder, self.catalog_page).run(client)
        if pulled is not None:
            report.catalog_version = pulled
            report.catalog_changed = True

    def send_analytics(self, client: HQClient) -> None:
        """The anonymous counters that moved (see :mod:`kiosk.uplink.analytics_push`)."""
        push_analytics(self.db, client)

    def send_heartbeat(self, client: HQClient) -> None:
        client.heartbeat(heartbeat_of(self.db, self.clock))


def heartbeat_of(db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> Heartbeat:
    """This kiosk's state for HQ's fleet page and the stand hub's stand view."""
    status = enrollment.sync_status(db)  # the outbox's counts among the rest
    jam = sync_state.jam_line(sync_state.jam_report(db, clock))  # for HQ's fleet page
    jobs = PrintQueue(db, Paths(db.path.parent), clock).open_counts()
    printer = ", ".join(f"{state} {n}" for state, n in sorted(jobs.items())) or "idle"
    return Heartbeat(
        app_version=__version__,
        catalog_version=Catalog(db).version,
        pending=int(status[PENDING]),
        sending=int(status[SENDING]),
        quarantined=int(status[QUARANTINED]),
        desk_queue_depth=tickets.waiting_on_latest_day(db),
        disk_free_bytes=shutil.disk_usage(db.path.parent).free,
        printer_state=f"print jobs: {printer}",
        last_error=(jam or str(status["last_error"] or ""))[:500],
        crash_count=crashes.summary(Paths(db.path.parent).logs).count,
        sent_at=utc_iso(clock.now()),
    )


def _leads_stalled(report: SyncReport) -> str:
    """HQ answered, yet no lead it was sent was stored or set aside: the outbox is stuck."""
    if report.retried and not (report.acked or report.quarantined):
        return f"HQ answered but settled none of {report.retried} lead(s) sent"
    return ""
