"""The banner over a closed audit: why it can no longer change, and the way on (a new
version of it, or the newer version that already replaces it)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from observer_desktop.ui.models import status_phrase

__all__ = ["ReadOnlyBanner"]


class ReadOnlyBanner(QFrame):
    """Hidden until the editor shows a closed audit; the editor wires the buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border: 1px solid #d29a00;"
            " border-radius: 3px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setObjectName("readOnlyText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.new_version_button = QToolButton(self)
        self.new_version_button.setObjectName("newVersionButton")
        layout.addWidget(self.new_version_button)
        self.open_newer_button = QPushButton(self.tr("Open the newer version"), self)
        self.open_newer_button.setObjectName("openNewerButton")
        layout.addWidget(self.open_newer_button)
        self.setVisible(False)

    def show_audit(self, audit: dict) -> None:
        """Say why ``audit`` (closed) cannot change and offer the right way on."""
        if audit.get("superseded_by"):
            text = self.tr(
                "This audit is %1 and a newer version replaces it: it can no longer be "
                "changed. Open the newer version to keep working."
            )
        else:
            text = self.tr(
                "This audit is %1: it can no longer be changed. To correct or complete it, "
                "create a new version (a draft copy that replaces it)."
            )
        self.label.setText(text.replace("%1", status_phrase(audit["status"])))
        self.new_version_button.setVisible(not audit.get("superseded_by"))
        self.open_newer_button.setVisible(bool(audit.get("superseded_by")))
