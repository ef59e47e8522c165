"""Enrolled test stands, and a requests transport that injects network faults."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from kiosk.core import enrollment
from kiosk.core.db import KioskDB
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads
from tests.sync.conftest import HQ

FAULTS = ("ok", "http_500", "http_429", "timeout", "reset", "truncated", "ack_lost")
_names = itertools.count(1)


def enrolled_stand(home: Path, hq: HQ, leads: int) -> tuple[KioskDB, list[str]]:
    """A kiosk with ``leads`` saved before enrollment, then enrolled with a new HQ token."""
    db, ids, _event = kiosk_with_leads(home, None, leads)
    enrollment.enroll(db, hq.enroll(f"stand-{next(_names)}-{home.name}"), STAFF_PIN)
    return db, ids


def _fake(request: requests.PreparedRequest, status: int, body: bytes, **headers: str) -> Any:
    response = requests.Response()
    response.status_code = status
    response._content = body
    response.headers.update({"Content-Type": "application/json", **headers})
    response.request = request
    response.url = str(request.url)
    return response


class FaultyTransport(HTTPAdapter):
    """Each request takes the next fault of the script (then ``ok``); faults hit real HQ
    traffic: ``truncated`` and ``ack_lost`` let HQ do the work and spoil only the answer."""

    def __init__(self, faults: Iterable[str] = (), only: str = "") -> None:
        super().__init__()
        self.faults = deque(faults)
        self.only = only
        self.seen: list[tuple[str, str]] = []

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        path = str(request.path_url)
        applies = self.only in path and self.faults
        fault = self.faults.popleft() if applies else "ok"
        self.seen.append((path, fault))
        if fault == "http_500":
            return _fake(request, 500, b'{"detail": "internal error"}')
        if fault == "http_429":
            return _fake(request, 429, b'{"detail": "slow down"}', **{"Retry-After": "7"})
        if fault == "timeout":
            raise requests.exceptions.ConnectTimeout("injected: connect timeout")
        if fault == "reset":
            raise requests.exceptions.ConnectionError(ConnectionResetError(104, "reset by peer"))
        response = super().send(request, *args, **kwargs)
        if fault == "truncated":
            response._content = response.content[: len(response.content) // 2]
        elif fault == "ack_lost":
            response.close()
            raise requests.exceptions.ReadTimeout("injected: answer lost after HQ committed")
        elif fault == "forgetful":  # HQ did the work, its answer names no lead
            response._content = b'{"results": []}'
        elif fault.startswith("corrupt"):
            response._content = response.content.replace(b'"disponible"', b'"vendu"', 1)
        return response


def faulty_session(transport: FaultyTransport) -> requests.Session:
    session = requests.Session()
    session.mount("http://", transport)
    return session
