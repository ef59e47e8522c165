"""HTTP to HQ for the kiosk: one requests.Session, timeouts always, errors a stand can act on.

Every failure becomes one of three errors:
- ``HQRefused`` (401/403): the token is revoked or unknown; stop until enrolled again;
- ``HQUnavailable``: no network, timeout, reset, 429/5xx, a cut-short or unreadable answer;
  retry later (``retry_after`` when HQ said when);
- ``ProtocolMismatch``: HQ understood the request and refused it (400/404/413/422).

Each carries HQ's HTTP status (``http_status(exc)``; None when HQ did not answer), which the
stand records per sync stream to report a jam.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import requests
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk import __version__
from sync.contract import bodies
from sync.contract.errors import AuthError, NetworkError, OmraneError
from sync.contract.wire import (
    API_PREFIX,
    PROTOCOL_VERSION,
    AnalyticsBatch,
    BatchResult,
    CatalogChanges,
    ErasureBatch,
    ErasureFeed,
    ErasureResult,
    Heartbeat,
    LeadOutcomes,
    MediaManifest,
    SendStatuses,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
HEALTH_TIMEOUT_S = (CONNECT_TIMEOUT_S, 5.0)
DETAIL_MAX = 200
DOWNLOAD_CHUNK = 64 * 1024

M = TypeVar("M", bound=BaseModel)


class HQRefused(AuthError):
    key = "error.sync.revoked"


class HQUnavailable(NetworkError):
    key = "error.sync.offline"

    def __init__(self, message: str, *, retry_after: float | None = None, **context: Any) -> None:
        super().__init__(message, **context)
        self.retry_after = retry_after


class ProtocolMismatch(NetworkError):
    key = "error.sync.protocol"


def http_status(exc: OmraneError) -> int | None:
    """HQ's HTTP status behind ``exc``, or None (no answer, or not an HTTP error)."""
    status = exc.context.get("http_status")
    return status if isinstance(status, int) else None


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _detail(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason or ""
    detail = body.get("detail") if isinstance(body, dict) else None
    return str(detail or response.reason or "")[:DETAIL_MAX]


def _cut_short(response: requests.Response) -> HQUnavailable:
    return HQUnavailable(
        "HQ's answer was cut short or unreadable", http_status=response.status_code
    )


def stale_connection_retry() -> Retry:
    """One retry when a kept-alive connection turns out closed by HQ (it closes it after an
    error answer). Every stand endpoint is idempotent (leads by id, cumulative counters)."""
    return Retry(total=1, connect=1, read=1, status=0, other=0, allowed_methods=None)


def lead_batch_body(records: Sequence[str]) -> bytes:
    """A lead batch's request body from records already in their wire JSON (as the outbox
    keeps them), joined as they are, never parsed and written again. Compressed with zstd
    (``Content-Encoding: zstd``): a weak link pays per byte."""
    raw = f'{{"protocol":{PROTOCOL_VERSION},"leads":[{",".join(records)}]}}'.encode()
    return bodies.pack(raw)


def _session() -> requests.Session:
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=stale_connection_retry()))
    session.mount("https://", HTTPAdapter(max_retries=stale_connection_retry()))
    return session


def _environment_read_once(session: requests.Session, url: str) -> None:
    """The proxy and certificate settings of the environment (HTTPS_PROXY, NO_PROXY,
    REQUESTS_CA_BUNDLE…) for ``url``, read now and kept by the session: requests otherwise
    reads the whole environment again at every request (a couple of milliseconds each, a
    tenth of a lead batch's time on the stand)."""
    if not session.trust_env:
        return
    found = session.merge_environment_settings(url, {}, None, None, None)
    session.proxies.update(found["proxies"])
    if found["verify"] is not True:
        session.verify = found["verify"]
    session.trust_env = False


class HQClient:
    """The kiosk API of one HQ, as one kiosk (bearer token)."""

    def __init__(self, base_url: str, token: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or _session()
        _environment_read_once(self.session, self.base_url)
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "User-Agent": f"omrane-kiosk/{__version__}"}
        )

    def close(self) -> None:
        self.session.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> None:
        """A request whose answer only has to be readable JSON."""
        response = self._answered(method, path, **kwargs)
        try:
            response.json()
        except ValueError as exc:
            raise _cut_short(response) from exc

    def _typed(self, model: type[M], what: str, method: str, path: str, **kwargs: Any) -> M:
        """A request whose answer is ``model``, read straight from the bytes (pydantic's own
        JSON reader: no Python dicts in between, a few milliseconds less per lead batch)."""
        response = self._answered(method, path, **kwargs)
        try:
            return model.model_validate_json(response.content)
        except PydanticValidationError as exc:
            if any(error["type"] == "json_invalid" for error in exc.errors()):
                raise _cut_short(response) from exc
            raise HQUnavailable(
                f"HQ sent damaged {what}", http_status=response.status_code
            ) from exc

    def _answered(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        request_id = uuid.uuid4().hex
        headers = {"X-Request-ID": request_id, **kwargs.pop("headers", {})}
        response = self._request(method, path, headers, **kwargs)
        log.debug("%s %s -> %d (request %s)", method, path, response.status_code, request_id)
        return response

    def _request(
        self, method: str, path: str, headers: dict[str, str], **kwargs: Any
    ) -> requests.Response:
        """The answer of a request that HQ accepted; the errors above otherwise."""
        try:
            response = self.session.request(
                method,
                f"{self.base_url}{path}",
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                headers=headers,
                **kwargs,
            )
        except requests.RequestException as exc:
            raise HQUnavailable(f"HQ unreachable ({type(exc).__name__})") from exc
        status = response.status_code
        if status in (401, 403):
            raise HQRefused(f"HQ refused this kiosk: {_detail(response)}", http_status=status)
        if status == 429 or status >= 500:
            raise HQUnavailable(
                f"HQ busy or failing (HTTP {status}): {_detail(response)}",
                retry_after=_retry_after(response),
                http_status=status,
            )
        if status >= 400:
            raise ProtocolMismatch(
                f"HQ refused the request (HTTP {status}): {_detail(response)}", http_status=status
            )
        return response

    def health(self) -> bool:
        """Is HQ reachable? (no token needed; used while offline)."""
        try:
            reply = self.session.get(f"{self.base_url}/health", timeout=HEALTH_TIMEOUT_S)
            return reply.ok and reply.json().get("status") == "ok"
        except (requests.RequestException, ValueError, AttributeError):
            return False

    def push_leads(self, body: bytes) -> BatchResult:
        """One lead batch, its body made by :func:`lead_batch_body`."""
        headers = {"Content-Type": "application/json", "Content-Encoding": bodies.ZSTD}
        path = f"{API_PREFIX}/leads:batch"
        return self._typed(BatchResult, "lead results", "POST", path, data=body, headers=headers)

    def push_sends(self, sends: list[dict[str, Any]]) -> BatchResult:
        payload = {"protocol": PROTOCOL_VERSION, "sends": sends}
        path = f"{API_PREFIX}/sends:batch"
        return self._typed(BatchResult, "send results", "POST", path, json=payload)

    def send_statuses(self, ids: list[str]) -> SendStatuses:
        path = f"{API_PREFIX}/sends:status"
        return self._typed(SendStatuses, "send statuses", "POST", path, json={"ids": ids})

    def catalog_changes(self, since: int, after: str = "", limit: int = 0) -> CatalogChanges:
        params: dict[str, Any] = {"since": since}
        if limit:
            params.update(after=after, limit=limit)
        path = f"{API_PREFIX}/catalog/changes"
        return self._typed(CatalogChanges, "catalog changes", "GET", path, params=params)

    def catalog_lines(self, since: int, after: str, limit: int) -> Generator[bytes, None, None]:
        """The pages of changes after ``since`` from ``after`` on in one answer, one JSON line
        each, read as the link brings them (a cut link raises HQUnavailable after the lines
        already read). An HQ that answers one page at a time sends one line: ask again."""
        params = {"since": since, "after": after, "limit": limit, "stream": "true"}
        path, headers = f"{API_PREFIX}/catalog/changes", {"X-Request-ID": uuid.uuid4().hex}
        with self._request("GET", path, headers, params=params, stream=True) as response:
            pending = bytearray()
            try:
                for chunk in response.iter_content(DOWNLOAD_CHUNK):
                    pending += chunk
                    while (end := pending.find(b"\n")) >= 0:
                        yield bytes(pending[:end])
                        del pending[: end + 1]
            except requests.RequestException as exc:
                raise HQUnavailable(f"catalog answer cut short ({type(exc).__name__})") from exc
            if pending.strip():
                yield bytes(pending)

    @staticmethod
    def catalog_page(line: bytes) -> CatalogChanges:
        """One line of :meth:`catalog_lines` (HQUnavailable when it is cut short)."""
        try:
            return CatalogChanges.model_validate_json(line)
        except PydanticValidationError as exc:
            raise HQUnavailable("HQ's catalog page was cut short or unreadable") from exc

    def heartbeat(self, beat: Heartbeat) -> None:
        self._call("POST", f"{API_PREFIX}/heartbeat", json=beat.model_dump())

    def analytics(self, batch: AnalyticsBatch) -> None:
        self._call("POST", f"{API_PREFIX}/analytics", json=batch.model_dump())

    def erasures(self, lead_ids: list[str], sealed_phones: list[str] | None = None) -> int:
        batch = ErasureBatch(lead_ids=lead_ids, sealed_phones=sealed_phones or [])
        path = f"{API_PREFIX}/erasures"
        return self._typed(
            ErasureResult, "erasure result", "POST", path, json=batch.model_dump()
        ).erased

    def lead_outcomes(self, since: int) -> LeadOutcomes:
        path = f"{API_PREFIX}/leads/outcomes"
        return self._typed(LeadOutcomes, "lead outcomes", "GET", path, params={"since": since})

    def erasure_feed(self, since: int) -> ErasureFeed:
        path = f"{API_PREFIX}/erasures"
        return self._typed(ErasureFeed, "erasures", "GET", path, params={"since": since})

    def media_manifest(self, wanted: list[str]) -> MediaManifest:
        path = f"{API_PREFIX}/media/manifest"
        return self._typed(MediaManifest, "media manifest", "POST", path, json={"sha256": wanted})

    def download_media(self, sha256: str, version: str, into: Path, expected_bytes: int) -> None:
        """Download one version into ``into``, going on from what an earlier, interrupted
        download left there (HTTP Range)."""
        have = into.stat().st_size if into.exists() else 0
        if have >= expected_bytes:
            return
        headers = {"Range": f"bytes={have}-"} if have else {}
        path = f"{API_PREFIX}/media/{sha256}/{version}"
        with self._request("GET", path, headers, stream=True) as response:
            resumed = response.status_code == 206
            into.parent.mkdir(parents=True, exist_ok=True)
            try:
                with into.open("ab" if resumed else "wb") as out:
                    for chunk in response.iter_content(DOWNLOAD_CHUNK):
                        out.write(chunk)
            except requests.RequestException as exc:  # the rest comes with the next sync
                raise HQUnavailable(f"media download cut short ({type(exc).__name__})") from exc
