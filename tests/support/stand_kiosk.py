"""One kiosk process issuing tickets as the visitor screen does:
``python -m tests.support.stand_kiosk [--leads] HOME COUNT DESK...`` prints one JSON line per
ticket (with ``--leads`` each ticket comes with a saved lead, as the lead form does)."""

from __future__ import annotations

import contextlib
import json
import sys
from dataclasses import replace
from pathlib import Path

from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.leads import save_lead
from kiosk.core.tickets import Ticket, issue_anonymous_tickets
from kiosk.uplink import hub_link
from sync.contract.errors import NetworkError
from tests.support.kiosk_leads import visitor


def main(argv: list[str]) -> int:
    leads = argv[0] == "--leads"
    argv = argv[1:] if leads else argv
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
        lead_id = None
        if leads:
            form = replace(visitor(n), desk=desk)
            saved = save_lead(db, form, event=event, numbers=numbers)
            lead_id, ticket = saved.id, saved.tickets[desk]
        else:
            ticket = issue_anonymous_tickets(db, [desk], event=event, numbers=numbers)[desk]
        print(json.dumps(_line(ticket, lead_id)), flush=True)
    db.close()
    return 0


def _line(ticket: Ticket, lead_id: str | None) -> dict[str, object]:
    return {"label": ticket.label, "desk": ticket.desk, "source": ticket.source, "lead": lead_id}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
