"""The settings' profile tab: the observer's details on the cover of the reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from observer_desktop.ui.wizard.profile_form import ProfileForm


class ProfileTab(QWidget):
    """The assistant's :class:`ProfileForm`, under a note on where the details appear."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileTab")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = ProfileForm(self)
        self.form.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.note.setText(
            self.tr(
                "These details appear on the cover of your reports. The signing key keeps the "
                "name it was created with."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_values(self, values: dict[str, Any]) -> None:
        self.form.set_values(values["profile"])
        self.form.setEnabled(True)

    def changed_profile(self, loaded: dict | None, language: str) -> dict[str, Any] | None:
        """The profile to save (``language``: the profile's own, es/en), or None if unchanged."""
        values = self.form.values()
        if loaded is not None:
            values["language"] = language
            before = {key: loaded.get(key) for key in values}
            return values if values != before else None
        if self.form.is_edited():
            values["language"] = language
            return values
        return None

    def show_error(self, text: str) -> None:
        self.form.show_error(text)
        self.form.code.setFocus()
