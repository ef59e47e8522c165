"""A unit's photos and plan: swipe or tap the arrows to change picture, tap it to open it
full screen, where two fingers zoom (pinch) and one finger moves the zoomed picture."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.media.catalog_media import Picture
from kiosk.ui import theme
from kiosk.ui.thumbnails import Pictures
from kiosk.ui.widgets.scenery import paint_illustration_tag, paint_unit_placeholder
from kiosk.ui.widgets.zoom import ZoomPan

SWIPE_PX = 60  # a finger moving further than this changes picture instead of tapping
MAX_ZOOM = 6.0
LEFT_ARROW, RIGHT_ARROW = "◀", "▶"


def fitted(pixmap: QPixmap, box: QRect) -> QRectF:
    """Where a picture fits whole inside ``box``, centred."""
    size = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(0, 0, size.width(), size.height())
    target.moveCenter(QRectF(box).center())
    return target


class Gallery(QWidget):
    """The pictures of one unit, one at a time; its kind's drawing when it has none."""

    opened = Signal(int)  # the picture tapped, to show full screen

    def __init__(self, pictures: Pictures, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = pictures
        self.loader.ready.connect(lambda _sha: self.update())
        self.items: list[Picture] = []
        self.index = 0
        self.category, self.type_ = "logement", "appartement"
        self._press: QPointF | None = None
        self.setMinimumSize(size)
        self.previous = self._arrow(-1)
        self.next = self._arrow(1)
        self.counter = QLabel(self)
        self.counter.setProperty("role", "galleryCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def _arrow(self, step: int) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", "galleryArrow")
        button.setFixedSize(56, 56)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.step(step))
        return button

    def show_pictures(self, items: list[Picture], category: str, type_: str) -> None:
        self.items, self.index = list(items), 0
        self.category, self.type_ = category, type_
        self._place_controls()
        self.update()

    def current(self) -> Picture | None:
        return self.items[self.index] if self.items else None

    def step(self, delta: int) -> None:
        if len(self.items) > 1:
            self.index = (self.index + delta) % len(self.items)
            self._place_controls()
            self.update()

    def retranslate(self) -> None:
        self.previous.setAccessibleName(self.tr("Previous picture"))
        self.next.setAccessibleName(self.tr("Next picture"))
        self._place_controls()

    def _place_controls(self) -> None:
        many = len(self.items) > 1
        for arrow in (self.previous, self.next):
            arrow.setVisible(many)
        picture = self.current()
        shown = bool(self.items) and (many or (picture is not None and picture.role == "plan"))
        self.counter.setVisible(shown)
        if picture is not None:
            what = self.tr("Plan") if picture.role == "plan" else self.tr("Photo")
            self.counter.setText(f"{what} · {self.index + 1}/{len(self.items)}")
            self.counter.adjustSize()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        middle = (self.height() - self.previous.height()) // 2
        left, right = 8, self.width() - self.next.width() - 8
        self.previous.move(right if rtl else left, middle)
        self.next.move(left if rtl else right, middle)
        # arrows that are not mirrored by bidi: each points the way its button is on screen
        self.previous.setText(RIGHT_ARROW if rtl else LEFT_ARROW)
        self.next.setText(LEFT_ARROW if rtl else RIGHT_ARROW)
        self.counter.move((self.width() - self.counter.width()) // 2, 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_controls()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_controls()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        picture = self.current()
        pixmap = self.loader.pixmap(picture.sha256) if picture is not None else None
        if pixmap is None:
            paint_unit_placeholder(painter, QRectF(self.rect()), self.category, self.type_)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.current().color("surface"))
            painter.drawRoundedRect(QRectF(self.rect()), 12, 12)
            target = fitted(pixmap, self.rect())
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            if picture is not None and picture.illustration:
                paint_illustration_tag(painter, target.toRect())
        painter.end()

    # --- a finger: swipe to change, tap to open ---
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        moved = event.position().x() - self._press.x()
        self._press = None
        if abs(moved) >= SWIPE_PX:
            forward = moved < 0
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                forward = not forward
            self.step(1 if forward else -1)
        elif self.items:
            self.opened.emit(self.index)


class PictureViewer(QWidget):
    """One picture over the whole window: pinch or wheel to zoom, drag to move, Close."""

    def __init__(self, pictures: Pictures, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pictureViewer")
        self.loader = pictures
        self.loader.ready.connect(lambda _sha: self.update())
        self.picture: Picture | None = None
        self.view = ZoomPan(self, MAX_ZOOM)
        self.close_button = QPushButton(self)
        self.close_button.setProperty("role", "primary")
        self.close_button.setMinimumSize(160, 56)
        self.close_button.clicked.connect(self.hide)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "viewerHint")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(bar)
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.hint.setText(self.tr("Two fingers to zoom, one to move"))

    def open(self, picture: Picture) -> None:
        self.picture = picture
        self.view.reset()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()

    @property
    def zoom(self) -> float:
        return self.view.zoom

    def set_zoom(self, zoom: float) -> None:
        self.view.set_zoom(zoom)

    def event(self, event: QEvent) -> bool:
        return self.view.gesture(event) or super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.view.wheel(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.view.press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.view.move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.view.release()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.set_zoom(1.0 if self.zoom > 1.0 else 2.5)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(12, 14, 16))
        pixmap = self.loader.pixmap(self.picture.sha256) if self.picture is not None else None
        if pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            box = self.rect().adjusted(24, 104, -24, -24)
            target = fitted(pixmap, box)
            centre = target.center() + self.view.pan
            target.setSize(target.size() * self.view.zoom)
            target.moveCenter(centre)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.end()
