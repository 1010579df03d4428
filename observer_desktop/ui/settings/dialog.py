"""The settings window: its tabs, Save and Cancel, loading and saving on the worker.

The screen language applies as soon as it is chosen (``language_changed`` lets
the main window rebuild its texts) and lives in ``ui.ini``; everything else is
loaded and saved on the worker. Save writes all the changed values in one
database transaction, so a refused value leaves nothing half saved; the
problem is shown next to the field, on its tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.settings import common
from observer_desktop.ui.settings.general_tab import GeneralTab
from observer_desktop.ui.settings.key_tab import KeyTab
from observer_desktop.ui.settings.profile_tab import ProfileTab
from observer_desktop.ui.settings.sync_tab import SyncTab
from observer_desktop.ui.settings.values import SectionError, load_settings, save_settings
from observer_desktop.ui.tasks import TaskRunner
from observer_desktop.ui.wizard.profile_form import profile_language


class SettingsDialog(QDialog):
    """The settings window. Open it with ``open()``; it saves on the worker and closes itself."""

    language_changed = Signal(str)
    saved = Signal()

    TAB_GENERAL = common.TAB_GENERAL
    TAB_PROFILE = common.TAB_PROFILE
    TAB_SYNC = common.TAB_SYNC
    TAB_KEY = common.TAB_KEY

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.setObjectName("settingsDialog")
        self.resize(680, 520)
        self.loaded: dict[str, Any] | None = None
        self._saving = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.general_tab = GeneralTab(backend, self)
        self.general_tab.language_changed.connect(self.language_changed)
        self.tabs.addTab(self.general_tab, "")
        self.profile_tab = ProfileTab(self)
        self.tabs.addTab(self.profile_tab, "")
        self.sync_tab = SyncTab(self)
        self.tabs.addTab(self.sync_tab, "")
        self.key_tab = KeyTab(backend, tasks, self)
        self.tabs.addTab(self.key_tab, "")
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.retranslateUi()
        self._load()

    def _build_buttons(self) -> None:
        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.key_tab.status_message.connect(self.status.setText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelSettings")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    @property
    def language(self) -> str:
        """The screen language (chosen on the general tab, applied at once)."""
        return self.general_tab.language

    # --------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, text in enumerate(
            (self.tr("&General"), self.tr("&Profile"), self.tr("S&ync"), self.tr("Signing &key"))
        ):
            self.tabs.setTabText(index, text)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.loaded is None:
            self.status.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # ------------------------------------------------------------- loading
    def _load(self) -> None:
        self.tasks.run(
            lambda: load_settings(self.backend.app()),
            on_success=self._loaded,
            on_failure=self._load_failed,
        )

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.status.setText(self.tr("The settings could not be read."))
        show_error(self, exc, tb)

    def _loaded(self, values: dict[str, Any]) -> None:
        self.loaded = values
        self.status.clear()
        self.profile_tab.show_values(values)
        self.sync_tab.show_values(values)
        self.general_tab.show_values(values)
        self.save_button.setEnabled(True)
        self.key_tab.show_values(values)

    # --------------------------------------------------------------- saving
    def changes(self) -> dict[str, Any] | None:
        """What differs from what was loaded; None (and the reason shown) if something is wrong."""
        assert self.loaded is not None
        changes: dict[str, Any] = {}
        profile = self.profile_tab.changed_profile(
            self.loaded["profile"], profile_language(self.language)
        )
        if profile is not None:
            if not self.profile_tab.form.check():
                self.tabs.setCurrentIndex(self.TAB_PROFILE)
                return None
            changes["profile"] = profile
        sync = self.sync_tab.changes(self.loaded)
        if sync is None:
            self.tabs.setCurrentIndex(self.TAB_SYNC)
            self.sync_tab.server_url.setFocus()
            return None
        changes.update(sync)
        changes.update(self.general_tab.changes(self.loaded))
        return changes

    def save(self) -> None:
        if self.loaded is None or self._saving:
            return
        self.profile_tab.form.clear_error()
        self.general_tab.error.hide()
        changes = self.changes()
        if changes is None:
            return
        if not changes:
            self.accept()
            return
        self._set_saving(True)
        self.tasks.run(
            lambda: save_settings(self.backend.app(), changes),
            on_success=self._saved,
            on_failure=self._save_failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.tabs.setEnabled(not saving)
        self.status.setText(self.tr("Saving…") if saving else "")

    def _saved(self, values: dict[str, Any]) -> None:
        self._set_saving(False)
        self.loaded = values
        self.saved.emit()
        self.accept()

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self._set_saving(False)
        if not isinstance(exc, SectionError):
            show_error(self, exc, tb)
            return
        self.tabs.setCurrentIndex(exc.section)
        if exc.section == self.TAB_PROFILE:
            self.profile_tab.show_error(str(exc))
        else:
            self.general_tab.show_error(str(exc))

    def reject(self) -> None:
        if self._saving:
            return  # the worker is writing; it closes the dialog itself when done
        super().reject()
