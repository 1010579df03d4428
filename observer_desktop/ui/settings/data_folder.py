"""The data folder on the settings' general tab: its path, copy it, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from observer_desktop.ui.settings.common import stacked


class DataFolder(QObject):
    """The folder's path (read only), Copy path, Open folder, and a note under them that
    says what the folder holds, or what copying or opening it did.

    A part of the general tab, not a widget: its widgets sit in the tab's form (``column``
    is the field), and the tab retranslates it.
    """

    def __init__(self, data_dir: Path, page: QWidget):
        super().__init__(page)
        self.data_dir = data_dir
        self.path = QLineEdit(str(data_dir), page)
        self.path.setObjectName("dataFolder")
        self.path.setReadOnly(True)
        self.path.setCursorPosition(0)
        self.copy_button = QPushButton(page)
        self.copy_button.setObjectName("copyDataFolder")
        self.copy_button.clicked.connect(self.copy)
        self.open_button = QPushButton(page)
        self.open_button.setObjectName("openDataFolder")
        self.open_button.clicked.connect(self.open)
        self.label = QLabel(page)
        self.note = QLabel(page)
        self.note.setObjectName("dataFolderNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.column: QVBoxLayout = stacked(self.path, buttons, self.note)

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("Data folder:"))
        self.path.setAccessibleName(self.tr("Data folder"))
        self.copy_button.setText(self.tr("&Copy path"))
        self.copy_button.setAccessibleName(self.tr("Copy the data folder path"))
        self.open_button.setText(self.tr("&Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        if not self.note.property("custom"):
            self.note.setText(
                self.tr(
                    "Your audits, evidence and signing key are kept here. Include this folder "
                    "in your backups."
                )
            )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(str(self.data_dir))
        self._say(self.tr("The path was copied. Paste it where you need it."))

    def open(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            self._say(
                self.tr(
                    "The folder could not be opened here. Use Copy path and paste it in your file manager."
                )
            )

    def _say(self, text: str) -> None:
        self.note.setProperty("custom", True)
        self.note.setText(text)
