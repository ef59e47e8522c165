"""One kiosk process issuing tickets as the visitor screen does:
``python -m tests.support.stand_kiosk HOME COUNT DESK...`` prints one JSON line per ticket."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.tickets import issue_anonymous_tickets
from kiosk.uplink import hub_link
from sync.contract.errors import NetworkError


def main(argv: list[str]) -> int:
    home, count, desks = Path(argv[0]), int(argv[1]), argv[2:]
    paths = Paths(home)
    db = KioskDB(paths.database)
    event = active_event_profile(paths)
    link = hub_link.HubLink.from_settings(db)
    numbers = hub_link.HubNumbers(link) if link else None
    if link is not None:
        with contextlib.suppress(NetworkError):
            hub_link.reconcile(db, link, event)
    for n in range(count):
        desk = desks[n % len(desks)]
        ticket = issue_anonymous_tickets(db, [desk], event=event, numbers=numbers)[desk]
        print(
            json.dumps({"label": ticket.label, "desk": desk, "source": ticket.source}), flush=True
        )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
