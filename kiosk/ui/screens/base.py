"""The contract every screen follows (see contracts.md, "Kiosk UI skeleton").

    class MyScreen(Screen):
        def __init__(self, services, session, parent=None): ...
        def enter(self, **kwargs): ...   # called by MainWindow.show_screen(name, **kwargs)
        def reset(self): ...             # called on wipe: forget everything of the visitor
        def retranslate(self): ...       # called when the language changes

A screen asks to move elsewhere with `self.navigate.emit("detail", {"ref": ref})`, or the
helper `self.go("detail", ref=ref)`. Names: attract, language, home, results, detail, compare,
aid, simulator, lead_form, thanks, staff, brochure_preview; plus "back" (previous screen) and
"finish" (wipe now and return to the attract loop).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kiosk.ui.services import Services
    from kiosk.ui.session import VisitorSession


class Screen(QWidget):
    """Base class for the kiosk's screens; subclasses are optional, the duck type is enough."""

    navigate = Signal(str, dict)

    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.session = session

    def go(self, name: str, **kwargs: Any) -> None:
        self.navigate.emit(name, kwargs)

    def enter(self, **kwargs: Any) -> None:
        """Shown (again) with these arguments."""

    def reset(self) -> None:
        """Forget everything of the previous visitor."""

    def retranslate(self) -> None:
        """Set every visible text again with self.tr()."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
