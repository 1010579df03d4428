"""The assistant's profile page: the observer's details, saved on the worker before Next."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from observer_desktop.core.errors import InputError
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.wizard.page import AssistantPage
from observer_desktop.ui.wizard.profile_form import ProfileForm, profile_language


class ProfilePage(AssistantPage):
    """The observer's details; Next saves them (only when they changed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profilePage")
        self.form = ProfileForm(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self._saving = False
        self._saved: dict[str, Any] | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your observer details"))
        self.setSubTitle(self.tr("They appear on the cover of every report you sign."))
        self.note.setText(
            self.tr(
                "Write your name as it appears on your identification and the observer "
                "code the OIC gave you."
            )
        )

    def initializePage(self) -> None:
        self.form.name.setFocus()

    def prefill(self, profile: dict | None) -> None:
        if profile and not self.form.is_edited():
            self.form.set_values(profile)
            # as stored: Next saves again only if something (or the language) changed
            self._saved = self.form.values() | {"language": profile.get("language") or "es"}

    def _values(self) -> dict[str, Any]:
        return self.form.values() | {"language": profile_language(self.owner().language)}

    def isComplete(self) -> bool:
        return not self._saving

    def validatePage(self) -> bool:
        if self._saving:
            return False
        if self._saved is not None and self._saved == self._values():
            return True  # saved just now (or unchanged since the last run)
        if not self.form.check():
            return False
        values = self._values()
        wizard = self.owner()
        self._set_saving(True)
        wizard.tasks.run(
            lambda: wizard.backend.app().save_profile(**values),
            on_success=lambda profile: self._saved_ok(values, profile),
            on_failure=self._save_failed,
        )
        return False  # moves on by itself once the worker has saved it

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.setEnabledFields(not saving)
        self.completeChanged.emit()
        self.owner().set_busy(saving)

    def _saved_ok(self, values: dict, profile: dict) -> None:
        self._saved = values
        self.owner().profile = profile
        self._set_saving(False)
        if self.owner().currentPage() is self:
            self.owner().next()

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self._set_saving(False)
        if isinstance(exc, InputError):
            self.form.show_error(str(exc))  # already Spanish
            self.form.code.setFocus()
        else:
            show_error(self, exc, tb)
