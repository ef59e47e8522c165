"""Anonymous stand counters from the visitor screens (sessions, languages, searches, views).

A counter that cannot be written never disturbs the visitor: it is logged and skipped.
"""

from __future__ import annotations

import logging

from kiosk.ui.services import Services
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)


def count(services: Services, kind: str, value: object = "") -> None:
    try:
        from kiosk.core import analytics
    except ImportError:
        return
    try:
        analytics.record(services.db, kind, value, event=services.event, clock=services.clock)
    except OmraneError:
        log.warning("stand counter %s not recorded", kind, exc_info=True)


def visit_started(services: Services, language: str) -> None:
    count(services, "session")
    count(services, "language", language)
