"""A number chosen with big − and + buttons, a track that jumps where touched, or typed.

Values move on a fixed grid (minimum + k × step), so a price never ends in odd centimes and
floating-point steps never drift. Tapping the value opens a number field (the touch
keyboard's digit pad): ⏎ takes the typed number and `entry_done` lets the screen move on.
The typed number may be in another unit (euros for an income in dirhams): `set_entry_scale`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QIntValidator, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme

GROOVE_SHARE = 0.18  # groove thickness, as a share of the touch size
HANDLE_SHARE = 0.7  # handle diameter, as a share of the touch size
SLIDER_MIN_TOUCHES = 3  # the track is at least this many touch sizes long
SLIDER_HEIGHT_SHARE = 0.86  # track height, as a share of the touch size (48 px at 56)
ENTRY_MAX_DIGITS = 9


class TouchSlider(QSlider):
    """A slider that jumps to the touched point (a default slider only pages towards it),
    drawn thick enough for a finger in the theme's colours."""

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        colors = theme.current()
        touch = colors.size("touch")
        handle = round(touch * HANDLE_SHARE)
        groove = max(2, round(touch * GROOVE_SHARE))
        span = max(1, self.width() - handle)
        pos = QStyle.sliderPositionFromValue(
            self.minimum(),
            self.maximum(),
            self.value(),
            span,
            self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )
        middle = self.height() / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(handle / 2, middle - groove / 2, span, groove)
        painter.setBrush(colors.color("border" if self.isEnabled() else "disabled"))
        painter.drawRoundedRect(track, groove / 2, groove / 2)
        filled = QRectF(track)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            filled.setLeft(pos + handle / 2)
        else:
            filled.setRight(pos + handle / 2)
        painter.setBrush(colors.color("primary"))
        painter.drawRoundedRect(filled, groove / 2, groove / 2)
        painter.setBrush(colors.color("surface"))
        painter.setPen(QPen(colors.color("primary"), groove / 2))
        painter.drawEllipse(QRectF(pos, middle - handle / 2, handle, handle).adjusted(2, 2, -2, -2))
        painter.end()

    def _value_at(self, x: float) -> int:
        handle = round(theme.current().size("touch") * HANDLE_SHARE)
        return QStyle.sliderValueFromPosition(
            self.minimum(),
            self.maximum(),
            round(x - handle / 2),
            max(1, self.width() - handle),
            self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.setValue(self._value_at(event.position().x()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setValue(self._value_at(event.position().x()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()


class Stepper(QWidget):
    """− [track] + value; `value_changed(float)` after every change."""

    value_changed = Signal(float)
    entry_done = Signal()  # ⏎ in the number field: the screen may open the next one

    def __init__(
        self,
        minimum: float,
        maximum: float,
        step: float,
        value: float,
        formatter: Callable[[float], str],
        parent: QWidget | None = None,
        *,
        button_steps: int = 1,
        typable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._minimum = minimum
        self._step = step
        self._button_steps = button_steps  # grid steps per tap on − or +
        self._formatter = formatter
        self._value_width = 0
        self._entry_scale = 1.0
        touch = theme.current().size("touch")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.minus_button = QPushButton("−", self)
        self.plus_button = QPushButton("+", self)
        for button in (self.minus_button, self.plus_button):
            button.setMinimumSize(touch, touch)
            button.setAutoRepeat(True)  # holding is a bonus; taps and the track work alone
            button.setProperty("role", "secondary")
        self.slider = TouchSlider(Qt.Orientation.Horizontal, self)
        self.slider.setMinimumHeight(round(touch * SLIDER_HEIGHT_SHARE))
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(touch * SLIDER_MIN_TOUCHES)
        # The caption sits over the track, so a row stays one button high.
        self.caption_label = QLabel(self)
        self.caption_label.setProperty("role", "hint")
        track = QVBoxLayout()
        track.setSpacing(0)
        track.addWidget(self.caption_label)
        track.addWidget(self.slider)
        self.value_label = QLabel(self)
        self.value_label.setProperty("role", "price")
        if typable:
            self.value_label.setProperty("typable", True)
            self.value_label.setCursor(Qt.CursorShape.IBeamCursor)
            self.value_label.installEventFilter(self)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("stepperEntry")
        self.entry.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.entry.setValidator(QIntValidator(0, 10**ENTRY_MAX_DIGITS - 1, self.entry))
        self.entry.returnPressed.connect(self._entry_returned)
        self.entry.editingFinished.connect(self.finish_entry)
        self.entry.hide()
        row.addWidget(self.minus_button)
        row.addLayout(track, 1)
        row.addWidget(self.plus_button)
        row.addWidget(self.value_label)
        row.addWidget(self.entry)
        self._align_value()
        self.minus_button.clicked.connect(self.step_down)
        self.plus_button.clicked.connect(self.step_up)
        self.slider.valueChanged.connect(self._on_slider)
        self.set_range(minimum, maximum)
        self.set_value(value)

    # --- values ---
    def value(self) -> float:
        return round(self._minimum + self.slider.value() * self._step, 6)

    def maximum(self) -> float:
        return round(self._minimum + self.slider.maximum() * self._step, 6)

    def minimum(self) -> float:
        return self._minimum

    def set_value(self, value: float) -> None:
        index = round((value - self._minimum) / self._step)
        self.slider.setValue(max(0, min(self.slider.maximum(), index)))
        self._refresh()

    def set_range(self, minimum: float, maximum: float) -> None:
        """Keep the value inside the new range (e.g. the contribution when the price falls)."""
        current = self.value() if hasattr(self, "value_label") else minimum
        self._minimum = minimum
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, round((maximum - minimum) / self._step)))
        self.slider.blockSignals(False)
        self.set_value(min(max(current, minimum), maximum))
        self.value_changed.emit(self.value())

    def step_up(self) -> None:
        self.slider.setValue(self.slider.value() + self._button_steps)

    def step_down(self) -> None:
        self.slider.setValue(self.slider.value() - self._button_steps)

    # --- typing the number ---
    def set_entry_scale(self, scale: float) -> None:
        """A typed number times `scale` is the value (e.g. the euro rate for dirhams)."""
        self._entry_scale = scale

    def begin_entry(self) -> None:
        """Show the number field in place of the value, with the cursor in it."""
        self.entry.setText(str(round(self.value() / self._entry_scale)))
        self.entry.setMinimumWidth(self.value_label.width())
        self.value_label.hide()
        self.entry.show()
        self.entry.setFocus()
        self.entry.selectAll()  # the first digit typed replaces the old number

    def finish_entry(self) -> None:
        if not self.entry.isVisible():
            return
        digits = self.entry.text().strip()
        self.entry.hide()
        self.value_label.show()
        if digits.isdigit():
            self.set_value(int(digits) * self._entry_scale)

    def _entry_returned(self) -> None:
        self.finish_entry()
        self.entry_done.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.value_label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.isEnabled()
        ):
            self.begin_entry()
            return True
        return super().eventFilter(watched, event)

    def set_formatter(self, formatter: Callable[[float], str]) -> None:
        self._formatter = formatter
        self._refresh()

    def refresh(self) -> None:
        """Show the value again (after a language change)."""
        self._refresh()

    def value_width(self) -> int:
        """Width the value needs at most."""
        return self.value_label.minimumWidth()

    def set_caption(self, text: str) -> None:
        """What the number is ("Price of the home"), shown small above it."""
        self.caption_label.setText(text)
        self.slider.setAccessibleName(text)

    def set_value_width(self, width: int) -> None:
        """Line up the tracks of several steppers by giving their values one width."""
        self._value_width = width
        self.value_label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_value()
        super().changeEvent(event)

    def _align_value(self) -> None:
        # A number alone reads left-to-right, but must sit on the reading side of the row.
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        self.value_label.setAlignment(
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )

    def text(self) -> str:
        return self.value_label.text()

    def _on_slider(self, _index: int) -> None:
        self._refresh()
        self.value_changed.emit(self.value())

    def _refresh(self) -> None:
        self.value_label.setText(self._formatter(self.value()))
        # Wide enough for the longest value, so the track does not jump while stepping.
        widest = max(self._formatter(self._minimum), self._formatter(self.maximum()), key=len)
        self.value_label.ensurePolished()
        metrics = self.value_label.fontMetrics()
        needed = metrics.horizontalAdvance(widest + " ")
        self.value_label.setMinimumWidth(max(needed, self._value_width))
        self.minus_button.setEnabled(self.slider.value() > self.slider.minimum())
        self.plus_button.setEnabled(self.slider.value() < self.slider.maximum())
