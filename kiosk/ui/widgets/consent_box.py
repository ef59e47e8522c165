"""A tick box for touch: a large box, a wrapped text, and the whole row answers a tap.

QCheckBox only reacts on its box and one line of text (in Arabic only on the text); this
one takes the tap anywhere on the row, in both reading directions, and wraps long texts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStyle, QStyleOptionButton, QWidget


class ConsentBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("consentText")
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.caption, 1)
        self._place_caption()

    def _indicator_width(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return box.width() + max(spacing, 0)

    def _place_caption(self) -> None:
        # Margins are physical (left/right): the box's side is the right one in Arabic.
        box_side = self._indicator_width()
        if self.isRightToLeft():
            self._row.setContentsMargins(0, 0, box_side, 0)
        else:
            self._row.setContentsMargins(box_side, 0, 0, 0)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)

    def text_shown(self) -> str:
        return self.caption.text()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def event(self, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.Polish,
            QEvent.Type.LayoutDirectionChange,
        ):
            self._place_caption()
        return super().event(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text_width = max(width - self._indicator_width(), 1)
        return max(self.caption.heightForWidth(text_width), self.minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        caption = self.caption.sizeHint()
        return QSize(
            self._indicator_width() + caption.width(), max(base.height(), caption.height())
        )

    def minimumSizeHint(self) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        return QSize(self._indicator_width() + box.width(), max(box.height(), 1))
