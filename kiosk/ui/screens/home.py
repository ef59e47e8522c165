"""Home: six big tiles — by city, by type, by budget, Daam Sakane, loan, advisor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui import registry
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.tile import TileButton

TILE_COLUMNS = 3
GRID_SPACING_PX = 12
# Arabic in large text wraps the tile labels on two tall lines: the margins stay small so
# both rows of tiles fit whole above the screen's bottom edge.
PAGE_MARGINS_PX = (48, 8, 48, 8)

# tile id -> (screen, arguments)
TILE_TARGETS: dict[str, tuple[str, dict[str, Any]]] = {
    "city": ("results", {"focus": "city"}),
    "type": ("results", {"focus": "category"}),
    "budget": ("results", {"focus": "max_price"}),
    "aid": ("aid", {}),
    "simulator": ("simulator", {}),
    "advisor": ("lead_form", {}),  # with the units of "my selection", see open_tile
}


class HomeScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS_PX)
        layout.setSpacing(GRID_SPACING_PX)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(GRID_SPACING_PX)
        self.tiles: dict[str, TileButton] = {}
        for index, (tile, (target, _kwargs)) in enumerate(TILE_TARGETS.items()):
            button = TileButton(tile, self)
            button.setEnabled(registry.is_available(target))
            button.clicked.connect(lambda _=False, name=tile: self.open_tile(name))
            grid.addWidget(button, index // TILE_COLUMNS, index % TILE_COLUMNS)
            self.tiles[tile] = button
        layout.addLayout(grid, 1)
        self.retranslate()

    def open_tile(self, tile: str) -> None:
        target, kwargs = TILE_TARGETS[tile]
        if target == "lead_form":
            kwargs = {"refs": list(self.session.selection)}
        self.go(target, **kwargs)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find your home in Morocco"))
        self.subtitle.setText(self.tr("Touch a tile to begin"))
        texts = {
            "city": self.tr("Search by city"),
            "type": self.tr("Homes, plots or business premises"),
            "budget": self.tr("Search by budget"),
            "aid": self.tr("Am I eligible for Daam Sakane?"),
            "simulator": self.tr("Simulate my loan"),
            "advisor": self.tr("Talk to an advisor"),
        }
        for tile, text in texts.items():
            button = self.tiles[tile]
            button.set_label(text)
            if not button.isEnabled():
                button.setAccessibleName(self.tr("%1 (not available)").replace("%1", text))
