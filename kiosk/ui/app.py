"""The kiosk window: a stack of screens shown by name, the top bar, idle wipe, lock, recovery."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import i18n, registry, theme
from kiosk.ui.attract_content import AttractContent
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.lockdown import CornerTapDetector, apply_kiosk_window_flags
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.session import VisitorSession
from sync.contract.clock import SYSTEM_CLOCK

if TYPE_CHECKING:
    from kiosk.ui.idle_overlay import IdleOverlay
    from kiosk.ui.services import Services
    from kiosk.ui.topbar import TopBar

log = logging.getLogger(__name__)

FIRST_SCREEN = "attract"
# Until the event profile is loaded (a second at most); then the event's values apply.
DEFAULT_IDLE_S = 60
DEFAULT_COUNTDOWN_S = 15
# Screens shown without the visitor top bar (full-screen or staff-only).
BARE_SCREENS = frozenset({"attract", "language", "staff", "unavailable", "first_start"})
# Screens on which idle time does not count (nobody to protect yet). The staff console
# counts: a console left open would be open to the next visitor.
IDLE_EXEMPT_SCREENS = frozenset({"attract", "unavailable", "first_start"})
# Once the ticket is out, Back never reopens the filled form (a second Send = a second lead).
SCREENS_CLOSED_BY = {"thanks": frozenset({"lead_form"})}
# Screens kept across visitors (they hold nothing a visitor typed).
KEPT_SCREENS = frozenset({"attract", "language", "unavailable"})


def _is_exit_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    from PySide6.QtCore import Qt  # not at import: its enums cost ~25 ms before the first frame

    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_F4 and alt)


class MainWindow(QMainWindow):
    """Shows screens by name; wires `navigate`, language, idle wipe and the staff gesture."""

    screen_changed = Signal(str)

    def __init__(
        self,
        services: Services | None,
        session: VisitorSession | None = None,
        *,
        kiosk_mode: bool = False,
        catalog_problem: str = "",
        pin_verifier: Callable[[str], bool] | None = None,
        boot_content: AttractContent | None = None,
    ) -> None:
        """With `services` None the window boots: it shows the attract loop from
        `boot_content` at once and waits for `attach(services)`."""
        super().__init__()
        if boot_content is None:
            boot_content = (
                AttractContent.from_event(services.event) if services else AttractContent.defaults()
            )
        self.services: Services = services  # type: ignore[assignment]  # None while booting
        self.session = session or VisitorSession(boot_content.languages[0], self)
        self.kiosk_mode = kiosk_mode
        # Why the catalog cannot be shown (for staff); visitors see a friendly screen instead.
        self.catalog_problem = catalog_problem
        # Tests inject a PIN check; the kiosk uses the stored staff PIN (kiosk.core.staff).
        self.pin_verifier = pin_verifier
        self.setObjectName("mainWindow")
        self.setWindowTitle("Al Omrane")
        self._screens: dict[str, QWidget] = {}
        self._history: list[tuple[str, dict[str, Any]]] = []
        self.current_name = ""
        self._current_kwargs: dict[str, Any] = {}
        self._filtering = False
        self._staff_quit = False

        self._build_top_bar_and_stack(boot_content)
        self._build_idle_watch()
        self._build_staff_gesture()

        self.session.language_changed.connect(i18n.apply_language)
        if kiosk_mode:
            apply_kiosk_window_flags(self)
        attract = AttractScreen(None, self.session, content=boot_content)
        self._add_screen(FIRST_SCREEN, attract)
        if services is None:
            self.show_screen(FIRST_SCREEN)
        else:
            self.attach(services, catalog_problem)

    def _build_top_bar_and_stack(self, boot_content: AttractContent) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The attract loop has no top bar: it is built when a screen first needs it.
        self._top_bar: TopBar | None = None
        self._languages = list(boot_content.languages)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self._central_layout = layout
        self.keyboard: QWidget | None = None
        self._keyboard_attacher: QObject | None = None
        self.setCentralWidget(central)

    @property
    def top_bar(self) -> TopBar:
        """The visitor top bar (back, home, languages, accessibility), built on first use."""
        if self._top_bar is None:
            from kiosk.ui.topbar import TopBar

            bar = TopBar(self.session, self.centralWidget())
            bar.navigate.connect(self._on_navigate)
            bar.accessibility_changed.connect(self._on_accessibility)
            bar.set_languages(self._languages)
            bar.setVisible(self.current_name not in BARE_SCREENS)
            self._central_layout.insertWidget(0, bar)
            self._top_bar = bar
        return self._top_bar

    def _build_idle_watch(self) -> None:
        self.idle = IdleWatcher(SYSTEM_CLOCK, DEFAULT_IDLE_S, DEFAULT_COUNTDOWN_S, self)
        self.idle.warning.connect(self._on_idle_warning)
        self.idle.resumed.connect(self._on_idle_resumed)
        self.idle.expired.connect(self.wipe)
        self._idle_overlay: IdleOverlay | None = None

    @property
    def idle_overlay(self) -> IdleOverlay:
        """The "still there?" countdown, built the first time it is needed."""
        if self._idle_overlay is None:
            from kiosk.ui.idle_overlay import IdleOverlay

            overlay = IdleOverlay(self)
            overlay.stay.connect(self.idle.poke)
            overlay.finish.connect(self.wipe)
            self._idle_overlay = overlay
        return self._idle_overlay

    def _build_staff_gesture(self) -> None:
        self.corner_taps = CornerTapDetector(SYSTEM_CLOCK, self)
        self.corner_taps.triggered.connect(self.open_staff_access)

    def attach(self, services: Services, catalog_problem: str = "") -> None:
        """Everything loaded: the window now has the catalog, the event and the clock."""
        self.services = services
        event = services.event
        self.idle.clock = services.clock
        self.idle.timeout_s = event.kiosk.idle_timeout_s
        self.idle.countdown_s = event.kiosk.idle_countdown_s
        self.idle.poke()
        self.corner_taps.clock = services.clock
        self.session.default_language = event.default_language
        self.session.language = event.default_language
        self._languages = list(event.event.languages)
        if self._top_bar is not None:
            self._top_bar.set_languages(self._languages)
        self.catalog_problem = catalog_problem
        # The window's size is the screen's: never let layouts push a minimum size onto it
        # (set here, not at boot: typing the window's layout loads classes the loop never uses).
        window_layout = self.layout()
        if window_layout is not None:
            window_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        attract = self._screens.get(FIRST_SCREEN)
        if isinstance(attract, AttractScreen) and not catalog_problem:
            attract.attach(services)
        # Watch every touch and key from now on (not before the first frame: every event
        # through a Python filter makes the first paint noticeably slower).
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.show_screen(self.start_screen())
        # Built after the first frame: nobody types on the attract loop.
        QTimer.singleShot(0, self.ensure_keyboard)
        QTimer.singleShot(0, self._build_visitor_layers)

    def _build_visitor_layers(self) -> None:
        """The top bar and the idle countdown, ready before the first visitor taps."""
        if shiboken6.isValid(self):
            self.top_bar.ensurePolished()
            self.idle_overlay.ensurePolished()

    def start_screen(self) -> str:
        return "unavailable" if self.catalog_problem else FIRST_SCREEN

    def ensure_keyboard(self) -> QWidget | None:
        """The touch keyboard under the screens (when that widget is installed)."""
        if self.keyboard is not None or not shiboken6.isValid(self):
            return self.keyboard
        if not registry.module_available("kiosk.ui.widgets.keyboard"):
            return None
        from kiosk.ui.widgets.keyboard import TouchKeyboard, attach_keyboard

        keyboard = TouchKeyboard(self.centralWidget())
        keyboard.setObjectName("touchKeyboard")
        self._central_layout.addWidget(keyboard)
        self.keyboard = keyboard
        self._keyboard_attacher = attach_keyboard(self, keyboard)
        return keyboard

    # --- screens ---
    def screen_widget(self, name: str) -> QWidget | None:
        """The screen widget named `name`, created on first use; None if not available."""
        if name in self._screens:
            return self._screens[name]
        if self.services is None:
            return None  # still booting: only the attract loop exists
        cls = registry.screen_class(name)
        if cls is None:
            return None
        widget = cls(self.services, self.session)  # type: ignore[arg-type]
        self._add_screen(name, widget)
        return widget

    def _add_screen(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or f"screen_{name}")
        navigate = getattr(widget, "navigate", None)
        if navigate is not None:
            navigate.connect(self._on_navigate)
        self._screens[name] = widget
        self.stack.addWidget(widget)

    def created_screens(self) -> dict[str, QWidget]:
        return dict(self._screens)

    def show_screen(self, name: str, **kwargs: Any) -> bool:
        """Show screen `name` with its arguments; False (and nothing changes) if unavailable."""
        widget = self.screen_widget(name)
        if widget is None:
            log.warning("screen %s is not available", name)
            return False
        if self.current_name and self.current_name != name:
            self._history.append((self.current_name, self._current_kwargs))
        self._current_kwargs = dict(kwargs)
        self._enter(name, widget, kwargs)
        return True

    def _enter(self, name: str, widget: QWidget, kwargs: dict[str, Any]) -> None:
        enter = getattr(widget, "enter", None)
        if enter is not None:
            enter(**kwargs)
        self.stack.setCurrentWidget(widget)
        self.current_name = name
        if self._top_bar is not None or name not in BARE_SCREENS:
            self.top_bar.setVisible(name not in BARE_SCREENS)
            self.top_bar.set_current(name)
        self.idle.set_enabled(name not in IDLE_EXEMPT_SCREENS)
        if name in (FIRST_SCREEN, "unavailable"):
            self._history.clear()
        closed = SCREENS_CLOSED_BY.get(name, frozenset())
        if closed:
            self._history = [entry for entry in self._history if entry[0] not in closed]
            for done in closed:
                reset = getattr(self._screens.get(done), "reset", None)
                if reset is not None:
                    reset()
        self.screen_changed.emit(name)

    def back(self) -> None:
        while self._history:
            name, kwargs = self._history.pop()
            widget = self.screen_widget(name)
            if widget is not None and name not in {"attract", "language"}:
                self._current_kwargs = kwargs
                self._enter(name, widget, {})
                return
        self.show_screen("home")

    def _on_navigate(self, name: str, kwargs: dict[str, Any] | None = None) -> None:
        kwargs = dict(kwargs or {})
        if name == "back":
            self.back()
        elif name == "finish":
            self.finish_visit()
        elif name == "start":
            self.start_visit(str(kwargs.get("language", "")))
        elif name == "staff_access":
            self.open_staff_access()
        else:
            self.show_screen(name, **kwargs)

    def finish_visit(self) -> None:
        """Finish: at once, unless the visitor has typed into a form not yet sent."""
        typed = getattr(self.stack.currentWidget(), "has_typed_data", None)
        if callable(typed) and typed():
            self.idle_overlay.ask_before_finish()
        else:
            self.wipe()

    def start_visit(self, language: str) -> None:
        """A language tapped on the attract loop: the visit starts on the home tiles."""
        if self.services is None or language not in self.services.event.event.languages:
            return  # still booting, or a language this event does not offer
        from kiosk.ui import stand_counters  # not needed for the first frame

        self.session.set_language(language)
        stand_counters.visit_started(self.services, language)
        self.show_screen("home")

    # --- visitor end ---
    def wipe(self) -> None:
        """Forget the visitor completely and go back to the attract loop."""
        log.info("wipe: visitor session ended")
        if self._idle_overlay is not None:
            self._idle_overlay.hide_overlay()
        self._close_staff_layers()
        for name, widget in list(self._screens.items()):
            reset = getattr(widget, "reset", None)
            if reset is not None:
                reset()
            if name not in KEPT_SCREENS:
                # Dropping the widget drops its fields, models and scroll positions with it.
                del self._screens[name]
                self.stack.removeWidget(widget)
                widget.setParent(None)
                widget.deleteLater()
        self.session.wipe()
        i18n.apply_language(self.session.language)
        self._history.clear()
        if self.keyboard is not None:
            self.keyboard.hide()
        self.show_screen(self.start_screen())

    def _close_staff_layers(self) -> None:
        """The PIN pad and the staff menu never outlive a visitor (nor do typed PIN digits)."""
        from kiosk.ui.staff_access import StaffAccess

        for layer in self.findChildren(StaffAccess):
            layer.close_access()

    # --- idle ---
    def _on_idle_warning(self, seconds_left: int) -> None:
        self.idle_overlay.show_countdown(seconds_left)

    def _on_idle_resumed(self) -> None:
        if self._idle_overlay is not None:
            self._idle_overlay.hide_overlay()

    # --- accessibility ---
    def _on_accessibility(self, high_contrast: bool, large_text: bool) -> None:
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, high_contrast=high_contrast, large_text=large_text)

    # --- staff ---
    def open_staff_access(self) -> None:
        from kiosk.ui.staff_access import StaffAccess

        StaffAccess.open(self)

    # --- events ---
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for layer in self.findChildren(QWidget, "overlay"):
            layer.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in IdleWatcher.INPUT_EVENTS:
            self.idle.poke()
            self.corner_taps.observe(self, event)
        if self.kiosk_mode and kind == QEvent.Type.KeyPress and _is_exit_key(event):
            return True  # locked: Escape and Alt+F4 do nothing
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self._staff_quit:
            event.ignore()
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle.stop()
        super().closeEvent(event)

    def quit_by_staff(self) -> None:
        """The only way out of kiosk mode: after the staff PIN."""
        self._staff_quit = True
        self.close()
