"""What every screen may use: the data directory, the database, the catalog, the event, a clock,
and the background sync (only as a nudge: screens never see the scheduler itself)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # type names only: the first frame is painted before these load
    from kiosk.core.catalog import Catalog
    from kiosk.core.config import EventProfile, Paths
    from kiosk.core.db import KioskDB
    from kiosk.core.desk_numbers import NumberSource
    from kiosk.core.staff import PinCost
    from sync.contract.clock import Clock


class SyncNudge(Protocol):
    """The background sync as screens see it (kiosk.uplink.scheduler.SyncScheduler fits)."""

    def nudge(self) -> None:
        """Sync now rather than at the next round (after a lead, a retry, an enrollment)."""

    def stop(self, timeout: float = ...) -> None:
        """End the background sync (the app is closing)."""


class NoSync:
    """Until the background sync starts, or when it could not: nudges go nowhere."""

    def nudge(self) -> None:
        return None

    def stop(self, timeout: float = 0.0) -> None:
        return None


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
    # argon2 cost of a new staff PIN; None is the full cost (tests pass PinCost.lowest()).
    pin_cost: PinCost | None = None
    # Set by kiosk.ui.launch once the background sync runs; tests put a recorder here.
    sync: SyncNudge = field(default_factory=NoSync)
    # Desk numbers from the stand hub when this kiosk joined one (None: numbered alone).
    numbers: NumberSource | None = None
    # The upkeep with the stand hub (desk cards, reports, leases); NoSync when not joined.
    hub: SyncNudge = field(default_factory=NoSync)

    def use_stand_hub(self) -> bool:
        """Number tickets through the stand hub and keep up with it from now on (at launch,
        and right after staff join one); False when this kiosk has not joined a hub."""
        from kiosk.uplink import hub_link, hub_upkeep

        link = hub_link.HubLink.from_settings(self.db)
        if link is None:
            return False
        self.numbers = hub_link.HubNumbers(link)
        if isinstance(self.hub, NoSync):
            upkeep = hub_upkeep.HubUpkeep(self.paths.database, self.event, self.clock)
            upkeep.start()
            self.hub = upkeep
        return True
