"""The strip under the grid that says what the last import, a refused action or a copy did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class SummaryBar(QFrame):
    """A message with an information or warning icon, shown until the observer closes it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.icon = QLabel(self)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setObjectName("importSummaryText")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("importSummaryClose")
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton)
        )
        self.close_button.setText(self.tr("Close message"))
        self.close_button.setToolTip(self.tr("Close message"))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(lambda: self.setVisible(False))
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_message(self, text: str, *, warning: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        self.message.setText(text)
        self.setVisible(True)
