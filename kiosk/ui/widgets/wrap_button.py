"""A push button whose text wraps onto more lines instead of being cut (large text, Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

PADDING_PX = 12


class WrapButton(QPushButton):
    """Same roles and signals as QPushButton; `setText` goes to a wrapped label inside."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setObjectName("buttonText")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(PADDING_PX, PADDING_PX // 2, PADDING_PX, PADDING_PX // 2)
        row.addWidget(self.caption)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.caption.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(width - 2 * PADDING_PX, 1)
        return max(
            self.caption.heightForWidth(inner) + PADDING_PX, super().minimumSizeHint().height()
        )

    def sizeHint(self) -> QSize:
        hint = self.caption.sizeHint()
        return QSize(
            hint.width() + 2 * PADDING_PX,
            max(hint.height() + PADDING_PX, super().sizeHint().height()),
        )

    def minimumSizeHint(self) -> QSize:
        base = super().minimumSizeHint()
        longest = max(
            (self.caption.fontMetrics().horizontalAdvance(w) for w in self.text().split()),
            default=0,
        )
        return QSize(max(base.width(), longest + 2 * PADDING_PX), base.height())
