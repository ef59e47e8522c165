"""Pushing the lead outbox to HQ, batch by batch, so that no single record can jam it.

Exactly once, whatever the network does: a lead stays pending until HQ's answer for it is
recorded, and a batch whose answer was lost is sent again (HQ finds a duplicate in what it
already holds, and keeps one).

A poison record — one that makes HQ fail the whole request (HTTP 5xx), say through an HQ bug
— is isolated: after the batch fails twice in a row, it is split in halves until the failing
record stands alone; that record is quarantined with HQ's answer and the rest are sent. When
one half goes through, the other half is known to hold the poison and is split without being
sent whole, so one poison costs about log2(batch) extra requests. When nothing goes through at
all, HQ is broken for everyone: nothing is quarantined and the error is raised as usual.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from kiosk.core.outbox import Outbox, OutLead
from kiosk.uplink.transport import HQClient, HQUnavailable, http_status, lead_batch_body
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import ACK_STATUSES, QUARANTINE_STATUSES
from sync.contract.wire import BatchResult

log = logging.getLogger(__name__)

UNANSWERED = "unanswered"  # not an HQ status: the outbox puts such a lead back to pending
POISON = "rejected"  # how a record that makes HQ fail is quarantined on the stand
POISON_REASON = "HQ fails on this record alone"
RETRY_SET_ASIDE = 20  # records set aside earlier, each tried alone again at every sync
IN_FLIGHT = 3  # batches sent ahead of HQ's answers, each on its own connection


@dataclass
class PushReport:
    sent: int = 0
    acked: int = 0
    quarantined: int = 0
    retried: int = 0
    requests: int = 0
    isolated: list[str] = field(default_factory=list)  # poison records quarantined
    problems: list[str] = field(default_factory=list)


def _server_error(exc: OmraneError) -> bool:
    status = http_status(exc)
    return isinstance(exc, HQUnavailable) and status is not None and status >= 500


class LeadPusher:
    """Sends the outbox through one HQ client and applies HQ's answers."""

    def __init__(self, outbox: Outbox, client: HQClient, batch_size: int) -> None:
        self.outbox = outbox
        self.client = client
        self.batch_size = batch_size
        self.report = PushReport()
        self._after = ""  # the last lead id claimed

    def push(self) -> PushReport:
        """Send the outbox, once through in id order, until it is empty.

        Three batches go ahead of HQ's answers, each on its own connection: while HQ holds
        one, the next ones are already on their way (claimed on this thread, their bodies
        packed in one worker thread, the HTTP in others; the database stays on this
        thread). Answers are recorded in the order the batches went, each in the commit that
        claims a batch further on; those commits do not wait for the disk one by one (an
        answer a power cut takes is had again by sending the lead again, which HQ finds a
        duplicate).
        """
        self.outbox.release_sending()  # leads an earlier version left marked as in flight
        self._retry_set_aside()
        flights: deque[tuple[list[OutLead], Future[BatchResult]]] = deque()
        with (
            self.outbox.db.recoverable_writes(),
            ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="omrane-push") as http,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="omrane-pack") as pack,
        ):
            upcoming = self._claimed(self.outbox.claim(self.batch_size))
            while upcoming or flights:
                if upcoming and len(flights) < IN_FLIGHT:
                    body = pack.submit(lead_batch_body, [lead.record for lead in upcoming])
                    flights.append((upcoming, http.submit(self._post_packed, body)))
                    upcoming = []
                    if len(flights) < IN_FLIGHT:
                        upcoming = self._claimed(self.outbox.claim(self.batch_size, self._after))
                    continue
                batch, in_flight = flights.popleft()
                answer = self._answer(in_flight)
                if answer is None:
                    self._after_failure(batch, flights)
                    upcoming = self._claimed(self.outbox.claim(self.batch_size, self._after))
                    continue
                results = self._results(batch, answer)
                claimed = self.outbox.settle_and_claim(results, self.batch_size, self._after)
                self._count(results)
                upcoming = self._claimed(claimed)
        return self.report

    def _claimed(self, batch: list[OutLead]) -> list[OutLead]:
        """A claimed batch; the next claim starts after its last lead."""
        if batch:
            self._after = batch[-1].id
        return batch

    def _answer(self, in_flight: Future[BatchResult]) -> BatchResult | None:
        """HQ's answer to a request in flight; None when HQ failed on the batch (5xx)."""
        try:
            return in_flight.result()
        except OmraneError as exc:
            if not _server_error(exc):
                raise
            return None

    def _after_failure(
        self, batch: list[OutLead], flights: deque[tuple[list[OutLead], Future[BatchResult]]]
    ) -> None:
        """HQ failed a whole batch: the batches behind it answered first (nothing else in
        flight while the failing one is split), then each recorded or split, in order."""
        answers = [(batch, None)] + [(later, self._answer(f)) for later, f in flights]
        flights.clear()
        for sent, answer in answers:
            if answer is None:
                self._after_server_error(sent)
            else:
                self._record(sent, answer)

    def _retry_set_aside(self) -> None:
        """Records set aside because HQ failed on them alone are tried alone again: a fault
        that passed, or a fixed HQ, lets them through without staff."""
        for lead in self.outbox.claim_quarantined(f"{POISON}: {POISON_REASON}", RETRY_SET_ASIDE):
            try:
                self._record([lead], self._send([lead]))
            except OmraneError as exc:
                if not _server_error(exc):
                    raise
                reason = f"{POISON_REASON}: {exc.message}"
                self.outbox.apply_results({lead.id: (POISON, reason)})

    def _send(self, batch: list[OutLead]) -> BatchResult:
        return self._post(lead_batch_body([lead.record for lead in batch]))

    def _post_packed(self, body: Future[bytes]) -> BatchResult:
        return self._post(body.result())

    def _post(self, body: bytes) -> BatchResult:
        self.report.requests += 1
        return self.client.push_leads(body)

    @staticmethod
    def _results(sent: list[OutLead], answer: BatchResult) -> dict[str, tuple[str, str]]:
        ids = {lead.id for lead in sent}
        results: dict[str, tuple[str, str]] = dict.fromkeys(ids, (UNANSWERED, ""))
        results.update({r.id: (str(r.status), r.reason) for r in answer.results if r.id in ids})
        return results

    def _record(self, sent: list[OutLead], answer: BatchResult) -> None:
        self._apply(self._results(sent, answer))

    def _apply(self, results: dict[str, tuple[str, str]]) -> None:
        self.outbox.apply_results(results)  # unanswered leads go back to pending
        self._count(results)

    def _count(self, results: dict[str, tuple[str, str]]) -> None:
        report = self.report
        report.sent += len(results)
        by_status = Counter(status for status, _ in results.values())
        report.acked += sum(by_status[s] for s in ACK_STATUSES)
        quarantined = sum(by_status[s] for s in QUARANTINE_STATUSES)
        report.quarantined += quarantined
        report.retried += by_status[UNANSWERED]
        if quarantined:
            for lead_id, (status, reason) in results.items():
                if status in QUARANTINE_STATUSES:
                    log.warning("lead %s quarantined: %s %s", lead_id, status, reason)

    # ---- isolating a poison record ------------------------------------------------------

    def _after_server_error(self, batch: list[OutLead]) -> None:
        """HQ failed the whole batch: once more (a passing fault), then split it."""
        try:
            self._record(batch, self._send(batch))
            return
        except OmraneError as exc:
            if not _server_error(exc):
                raise
            state = _Split(error=exc)
        self._settle(batch, known_bad=True, state=state)
        while state.deferred:
            rest = [lead for part in state.deferred for lead in part]
            state.deferred = []
            if not state.passed:
                self._send_or_raise(rest, state)  # one more chance before calling HQ broken
            else:
                self._settle(rest, known_bad=False, state=state)
        if not state.passed:
            raise state.error  # HQ fails for every record: nothing to single out
        if state.suspects:
            reason = f"{POISON_REASON}: {state.error.message}"
            self._apply({lead.id: (POISON, reason) for lead in state.suspects})
            self.report.isolated.extend(lead.id for lead in state.suspects)

    def _send_or_raise(self, batch: list[OutLead], state: _Split) -> None:
        self._record(batch, self._send(batch))  # a server error here propagates
        state.passed = True

    def _settle(self, batch: list[OutLead], *, known_bad: bool, state: _Split) -> bool:
        """Send what passes of ``batch`` (True when it went through whole, in one request).

        ``known_bad``: the batch is known to fail whole, so it is split without being sent
        (a single record is always sent alone, to confirm). When the first half fails, the
        descent goes on in it and the second half waits in ``state.deferred``, to be sent in
        one request with the other halves that waited: one request per halving."""
        if not known_bad or len(batch) == 1:
            try:
                self._record(batch, self._send(batch))
                state.passed = True
                return True
            except OmraneError as exc:
                if not _server_error(exc):
                    raise
                state.error = exc
            if len(batch) == 1:
                state.suspects.extend(batch)
                return False
        middle = len(batch) // 2
        if self._settle(batch[:middle], known_bad=False, state=state):
            self._settle(batch[middle:], known_bad=True, state=state)  # it holds the fault
        else:
            state.deferred.append(batch[middle:])
        return False


@dataclass
class _Split:
    error: OmraneError  # the latest server error seen
    passed: bool = False  # at least one request went through
    suspects: list[OutLead] = field(default_factory=list)  # records that fail alone
    deferred: list[list[OutLead]] = field(default_factory=list)  # halves not yet sent
