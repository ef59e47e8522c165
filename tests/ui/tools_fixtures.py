"""Fixtures for the Daam Sakane and simulator screens: a real demo catalog and event profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core import demo_catalog, resources, staff
from kiosk.core.catalog import Catalog, SearchQuery, Unit
from kiosk.core.config import Paths, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.ui import i18n
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from sync.contract.clock import FakeClock

DEMO_UNITS = 400
# The offscreen platform says this for every top-level window; it is not about our code.
IGNORE_OFFSCREEN_NOTICE = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    """Source (English) strings and left-to-right, whatever an earlier test switched to."""
    i18n.apply_language("en")
    yield
    i18n.apply_language("en")


# Every test module of the tools starts from the same, English, left-to-right UI.
TOOLS_UI = [IGNORE_OFFSCREEN_NOTICE, pytest.mark.usefixtures("english_ui")]


@pytest.fixture
def tools_services(home: Paths) -> Iterator[Services]:
    db = KioskDB(home.database)
    catalog = Catalog(db)
    catalog.replace_all(demo_catalog.generate(units=DEMO_UNITS, seed=7))
    event = load_event_profile(resources.data() / "events" / "paris-2026.toml")
    yield Services(
        paths=home,
        db=db,
        catalog=catalog,
        event=event,
        clock=FakeClock(),
        pin_cost=staff.PinCost.lowest(),
    )
    db.close()


@pytest.fixture
def visitor() -> VisitorSession:
    return VisitorSession("fr")


def find_unit(services: Services, wanted: Callable[[Unit], bool], **query: object) -> Unit:
    """The first demo unit matching a filter (the demo catalog is deterministic)."""
    result = services.catalog.search(SearchQuery(limit=DEMO_UNITS, with_facets=False, **query))  # type: ignore[arg-type]
    for unit in result.units:
        if wanted(unit):
            return unit
    raise AssertionError("no demo unit matches")
