"""In-app touch keyboard: AZERTY with French accents, Arabic, phone pad and e-mail keys.

Keys never take the focus: each tap is sent to the focused text field as a real key event,
so validators, max lengths and right-to-left fields behave exactly as with a physical
keyboard (which keeps working). `attach_keyboard(window, keyboard)` shows the keyboard when
a text field of the window gets the focus and picks the layout from the field.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import i18n, theme
from kiosk.ui.widgets.keyboard_layouts import (
    ARABIC,
    BACKSPACE,
    EMAIL,
    ENTER,
    FR_AZERTY,
    HIDE,
    KEY_WIDTH,
    LATIN,
    LAYOUTS,
    PHONE,
    SHIFT,
    SPACE,
    SPECIAL_KEYS,
    SWITCH,
    latin_layout_for,
)

# A field may ask for a layout with this dynamic property ("fr-azerty", "ar", "phone", "email").
LAYOUT_PROPERTY = "keyboardLayout"
# A field with this property set to False never opens the keyboard.
WANTS_KEYBOARD_PROPERTY = "touchKeyboard"


class TouchKeyboard(QWidget):
    """On-screen keyboard; `set_target()` or `attach_keyboard()` decides where keys go."""

    hide_requested = Signal()
    layout_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, layout: str = FR_AZERTY) -> None:
        super().__init__(parent)
        self.setObjectName("touchKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._shift = False
        self._layout_name = ""
        self._buttons: dict[str, QPushButton] = {}
        self._rows = QVBoxLayout(self)
        self.set_layout(layout)

    # --- public API ---
    def layout_name(self) -> str:
        return self._layout_name

    def set_layout(self, name: str) -> None:
        if name not in LAYOUTS:
            raise ValueError(f"unknown keyboard layout {name!r}")
        if name == self._layout_name:
            return
        self._layout_name = name
        self._shift = False
        self._build()
        self.layout_changed.emit(name)

    def set_target(self, widget: QWidget | None) -> None:
        self._target = widget

    def target(self) -> QWidget | None:
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    def key_button(self, key: str) -> QPushButton:
        """The button of a key (its text, or a special key such as BACKSPACE)."""
        return self._buttons[key]

    def press(self, key: str) -> None:
        """What a tap on `key` does."""
        if key == SHIFT:
            self._set_shift(not self._shift)
        elif key == SWITCH:
            switch_to = self._switch_target()
            if switch_to:
                self.set_layout(switch_to)
        elif key == HIDE:
            self.hide()
            self.hide_requested.emit()
        elif key == BACKSPACE:
            self._send(Qt.Key.Key_Backspace, "")
        elif key == ENTER:
            self._send(Qt.Key.Key_Return, "\r")
        elif key == SPACE:
            self._send(Qt.Key.Key_Space, " ")
        else:
            self._send(Qt.Key.Key_unknown, key.upper() if self._shift else key)
            if self._shift:
                self._set_shift(False)  # one-shot, like a phone keyboard

    # --- building ---
    def _build(self) -> None:
        self._clear_rows()
        spec = LAYOUTS[self._layout_name]
        direction = (
            Qt.LayoutDirection.RightToLeft if spec.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        touch = theme.current().size("touch")
        self._apply_key_style()
        for row in spec.rows:
            line = QHBoxLayout()
            # The rows list keys left to right as seen; a right-to-left box fills from the right.
            for key in reversed(row) if spec.right_to_left else row:
                button = self._make_button(key, touch)
                line.addWidget(button, KEY_WIDTH.get(key, 1))
                button.show()  # now, so the size hint counts it even while the keyboard shows
            self._rows.addLayout(line)
        self._relabel()

    def _make_button(self, key: str, touch: int) -> QPushButton:
        button = QPushButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(touch, touch)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button.setObjectName("keyboardKey")
        if key in SPECIAL_KEYS:
            button.setProperty("role", "primary" if key == ENTER else "secondary")
        if key == BACKSPACE:
            button.setAutoRepeat(True)  # holding is a bonus; single taps work alone
        if key == SHIFT:
            button.setCheckable(True)
        button.clicked.connect(lambda _checked=False, k=key: self.press(k))
        self._buttons[key] = button
        return button

    def _clear_rows(self) -> None:
        self._buttons.clear()
        while self._rows.count():
            item = self._rows.takeAt(0)
            line = item.layout() if item is not None else None
            if line is None:
                continue
            while line.count():
                child = line.takeAt(0)
                widget = child.widget() if child is not None else None
                if widget is not None:
                    widget.hide()  # gone from the screen now, deleted at the next loop turn
                    widget.deleteLater()
            line.deleteLater()

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        if SHIFT in self._buttons:
            self._buttons[SHIFT].setChecked(on)
        self._relabel()

    def _relabel(self) -> None:
        names = self._special_labels()
        for key, button in self._buttons.items():
            if key in SPECIAL_KEYS:
                text, accessible = names[key]
                button.setText(text)
                button.setAccessibleName(accessible)
            else:
                shown = key.upper() if self._shift else key
                button.setText(shown.replace("&", "&&"))
                button.setAccessibleName(shown)

    def _switch_target(self) -> str | None:
        switch_to = LAYOUTS[self._layout_name].switch_to
        return latin_layout_for(i18n.current_language()) if switch_to == LATIN else switch_to

    def _special_labels(self) -> dict[str, tuple[str, str]]:
        switch_to = self._switch_target()
        switch_label = "" if not switch_to else "عربي" if switch_to == ARABIC else "ABC"
        return {
            SHIFT: ("⇧", self.tr("Capital letter")),
            BACKSPACE: ("⌫", self.tr("Delete")),
            SPACE: (self.tr("space"), self.tr("Space")),
            SWITCH: (switch_label, self.tr("Other alphabet")),
            ENTER: ("⏎", self.tr("Enter")),
            HIDE: ("▾", self.tr("Hide the keyboard")),
        }

    def _apply_key_style(self) -> None:
        # Keys are exactly one touch target high: the general button padding would make five
        # rows take half of a laptop screen. Only sizes here; colours stay in the theme.
        # Keys keep their size in large text: they are big already, and larger keys would
        # leave the visitor a strip of the screen to see what is typed.
        touch, font = theme.TOUCH_MIN_PX, theme.BASE_SIZES["font_large"]
        sheet = (
            f"QPushButton#keyboardKey {{ min-height: {touch}px;"
            f" min-width: {touch}px; padding: 0px;"
            f" font-size: {font}px; }}"
        )
        if self.styleSheet() != sheet:  # setting it sends StyleChange again
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._relabel()
        elif event.type() == QEvent.Type.StyleChange:
            self._apply_key_style()  # large text follows the theme
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # An opaque panel in the theme's colours: it may float over the screen's content.
        colors = theme.current()
        painter = QPainter(self)
        painter.fillRect(self.rect(), colors.color("surface"))
        painter.setPen(QPen(colors.color("border"), 2))
        painter.drawLine(self.rect().topLeft(), self.rect().topRight())
        painter.end()
        super().paintEvent(event)

    # --- typing ---
    def _send(self, key: Qt.Key, text: str) -> None:
        target = self.target() or QApplication.focusWidget()
        if target is None or target is self or self.isAncestorOf(target):
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )


def layout_for_field(field: QLineEdit) -> str:
    """The layout a field wants: its `keyboardLayout` property, else its input hints,
    else the text layout of the app's direction (Arabic when right-to-left)."""
    asked = field.property(LAYOUT_PROPERTY)
    if isinstance(asked, str) and asked in LAYOUTS:
        return asked
    hints = field.inputMethodHints()
    numeric = (
        Qt.InputMethodHint.ImhDialableCharactersOnly
        | Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhFormattedNumbersOnly
    )
    if hints & numeric:
        return PHONE
    if hints & (
        Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhUrlCharactersOnly
    ):
        return EMAIL
    # Latin letters in the visitor's own arrangement (AZERTY, QWERTY, Italian, Spanish).
    latin = latin_layout_for(i18n.current_language())
    if hints & Qt.InputMethodHint.ImhLatinOnly:
        return latin
    return ARABIC if field.layoutDirection() == Qt.LayoutDirection.RightToLeft else latin


def _wants_keyboard(widget: QWidget | None) -> bool:
    return (
        isinstance(widget, QLineEdit)
        and not widget.isReadOnly()
        and widget.property(WANTS_KEYBOARD_PROPERTY) is not False
    )


class KeyboardAttacher(QObject):
    """Shows the keyboard for the focused text field of one window, hides it otherwise."""

    def __init__(self, window: QWidget, keyboard: TouchKeyboard) -> None:
        super().__init__(window)
        self._window = window
        self._keyboard = keyboard
        # A keyboard without a place in the window's layouts floats at its bottom edge.
        self._floating = keyboard.parentWidget() is None
        if self._floating:
            keyboard.setParent(window)
        keyboard.hide()
        keyboard.layout_changed.connect(self._on_layout_changed)
        window.installEventFilter(self)
        keyboard.installEventFilter(self)  # its size changes with the layout and text size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.destroyed.connect(self._disconnect_static)

    def _disconnect_static(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # RuntimeError/TypeError: already gone with the application
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._window) or not shiboken6.isValid(self._keyboard):
            return
        if new is None or (not self._window.isAncestorOf(new) and new is not self._window):
            return  # focus left the window (another app, a dialog): leave things as they are
        if _wants_keyboard(new):
            assert isinstance(new, QLineEdit)
            self.show_for(new)
        elif not self._keyboard.isAncestorOf(new):
            self._keyboard.hide()

    def show_for(self, field: QLineEdit) -> None:
        self._keyboard.set_layout(layout_for_field(field))
        self._keyboard.set_target(field)
        self._keyboard.show()
        if self._floating:
            self._place()
            self._keyboard.raise_()
        _scroll_into_view(field)

    def _on_layout_changed(self, _name: str) -> None:
        if self._floating and self._keyboard.isVisible():
            self._place()

    def _place(self) -> None:
        rows = self._keyboard.layout()
        if rows is not None:
            rows.invalidate()  # the cached hint may predate a rebuild or a style change
        hint = self._keyboard.sizeHint()
        width = self._window.width()
        if self._keyboard.layout_name() == PHONE:
            width = min(width, max(hint.width(), width // 2))  # a pad, not a full-width slab
        self._keyboard.setGeometry(
            (self._window.width() - width) // 2,
            self._window.height() - hint.height(),
            width,
            hint.height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self._window and event.type() == QEvent.Type.Resize
        relaid = watched is self._keyboard and event.type() == QEvent.Type.LayoutRequest
        if (resized or relaid) and self._floating and self._keyboard.isVisible():
            self._place()
        return False


def _scroll_into_view(field: QWidget) -> None:
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(field)
            return
        if isinstance(parent, QAbstractScrollArea):
            return
        parent = parent.parentWidget()


def attach_keyboard(window: QWidget, keyboard: TouchKeyboard) -> KeyboardAttacher:
    """Make `keyboard` appear for every text field of `window` when it gets the focus."""
    return KeyboardAttacher(window, keyboard)
