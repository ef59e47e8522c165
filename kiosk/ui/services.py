"""What every screen may use: the data directory, the database, the catalog, the event, a clock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type names only: the first frame is painted before these load
    from kiosk.core.catalog import Catalog
    from kiosk.core.config import EventProfile, Paths
    from kiosk.core.db import KioskDB
    from sync.contract.clock import Clock


@dataclass
class Services:
    """Handed to every screen's constructor; screens never open their own database."""

    paths: Paths
    db: KioskDB
    catalog: Catalog
    event: EventProfile
    clock: Clock
    # True when the app runs locked (`run --kiosk`); staff screens may show it.
    kiosk_mode: bool = False
