"""A big touch tile: a painted pictogram above a wrapped label (few words, big picture)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme

PICTOGRAM_PX = 64
STROKE_PX = 5.0


class Pictogram(QWidget):
    """Simple line pictograms: pin, house, coins, aid, calculator, advisor."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(QSize(PICTOGRAM_PX, PICTOGRAM_PX))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = theme.current().color("primary" if self.isEnabled() else "disabled_text")
        pen = QPen(color, STROKE_PX)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = QRectF(self.rect()).adjusted(STROKE_PX, STROKE_PX, -STROKE_PX, -STROKE_PX)
        w, h, x, y = r.width(), r.height(), r.left(), r.top()
        if self.kind == "city":
            painter.drawEllipse(QPointF(x + w / 2, y + h * 0.35), w * 0.25, w * 0.25)
            painter.drawPolyline(
                QPolygonF(
                    [
                        QPointF(x + w * 0.27, y + h * 0.48),
                        QPointF(x + w / 2, y + h),
                        QPointF(x + w * 0.73, y + h * 0.48),
                    ]
                )
            )
        elif self.kind == "type":
            painter.drawPolyline(
                QPolygonF(
                    [QPointF(x, y + h * 0.45), QPointF(x + w / 2, y), QPointF(x + w, y + h * 0.45)]
                )
            )
            painter.drawRect(QRectF(x + w * 0.15, y + h * 0.4, w * 0.7, h * 0.6))
            painter.drawRect(QRectF(x + w * 0.4, y + h * 0.65, w * 0.2, h * 0.35))
        elif self.kind == "budget":
            for k in range(3):
                painter.drawEllipse(
                    QRectF(x + w * 0.1, y + h * (0.55 - k * 0.22), w * 0.8, h * 0.35)
                )
        elif self.kind == "aid":
            painter.drawEllipse(r.adjusted(w * 0.05, h * 0.05, -w * 0.05, -h * 0.05))
            painter.drawPolyline(
                QPolygonF(
                    [
                        QPointF(x + w * 0.28, y + h * 0.52),
                        QPointF(x + w * 0.45, y + h * 0.7),
                        QPointF(x + w * 0.75, y + h * 0.32),
                    ]
                )
            )
        elif self.kind == "simulator":
            painter.drawRoundedRect(QRectF(x + w * 0.15, y, w * 0.7, h), 6, 6)
            painter.drawRect(QRectF(x + w * 0.27, y + h * 0.1, w * 0.46, h * 0.2))
            for row in range(3):
                for col in range(3):
                    painter.drawPoint(
                        QPointF(x + w * (0.3 + 0.2 * col), y + h * (0.48 + 0.17 * row))
                    )
        else:  # advisor
            painter.drawEllipse(QPointF(x + w * 0.35, y + h * 0.3), w * 0.16, w * 0.16)
            painter.drawArc(QRectF(x + w * 0.05, y + h * 0.55, w * 0.6, h * 0.8), 0, 180 * 16)
            painter.drawRoundedRect(QRectF(x + w * 0.6, y, w * 0.4, h * 0.3), 6, 6)
        painter.end()


class TileButton(QPushButton):
    """QPushButton whose label wraps, so long translations never get clipped."""

    def __init__(self, pictogram: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        self.pictogram = Pictogram(pictogram, self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.label.setProperty("role", "tileLabel")
        layout.addStretch(1)
        layout.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self._fit()

    def _fit(self) -> None:
        """Large text or a long translation: the words keep their room, the picture goes."""
        if not shiboken6.isValid(self):
            return  # dropped with its screen before the deferred call ran
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        room = self.height() - margins.top() - margins.bottom()
        needed = self.label.heightForWidth(width) + PICTOGRAM_PX + layout.spacing()
        self.pictogram.setVisible(needed <= room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self._fit)  # once the label has its new font

    def label_text(self) -> str:
        return self.label.text()
