"""The first-run assistant: screen language, observer profile and signing key.

Four pages: welcome (language), profile, signing key, summary, one module each. Everything
that touches the database, the key files or the keyring runs on the worker through
:class:`~observer_desktop.ui.tasks.TaskRunner`; the pages wait for the answer
(Next/Finish disabled, a busy bar while the key is made) and then move on by
themselves. Run again, it pre-fills the saved profile and keeps an existing key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.ui import i18n
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner
from observer_desktop.ui.wizard.done_page import DonePage
from observer_desktop.ui.wizard.key_page import KeyPage
from observer_desktop.ui.wizard.profile_page import ProfilePage
from observer_desktop.ui.wizard.signing_key import KeyInfo, keyring_usable, passphrase_in_keyring
from observer_desktop.ui.wizard.welcome_page import WelcomePage


def load_setup_state(app: Observador) -> dict[str, Any]:
    """What the assistant needs to know before it starts (worker thread)."""
    ident = keys.identity(app)
    return {
        "profile": app.profile(),
        "key": KeyInfo.of(ident) if ident is not None else None,
        "keyring": keyring_usable(),
        "in_keyring": passphrase_in_keyring(app) if ident is not None else None,
    }


class FirstRunWizard(QWizard):
    """The first-run assistant. ``completed`` is emitted after Finish (profile and key saved)."""

    completed = Signal()

    PAGE_WELCOME, PAGE_PROFILE, PAGE_KEY, PAGE_DONE = range(4)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setModal(True)
        self.resize(680, 540)
        stored = backend.settings().value("language", i18n.DEFAULT_LANGUAGE)
        self.language = stored if stored in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
        self.profile: dict | None = None
        # loaded; key: KeyInfo | None; keyring: usable; in_keyring: it holds the passphrase
        self.state: dict[str, Any] = {"loaded": False, "key": None, "keyring": None}
        self._busy = False

        self.welcome_page = WelcomePage(self.language, self)
        self.profile_page = ProfilePage(self)
        self.key_page = KeyPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.PAGE_WELCOME, self.welcome_page)
        self.setPage(self.PAGE_PROFILE, self.profile_page)
        self.setPage(self.PAGE_KEY, self.key_page)
        self.setPage(self.PAGE_DONE, self.done_page)
        self.setStartId(self.PAGE_WELCOME)
        self.welcome_page.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslateUi()
        self._load()

    # -- texts
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Observador — first steps"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        language = self.welcome_page.language.currentData()
        self.language = i18n.install(language)
        self.backend.settings().setValue("language", self.language)

    # -- state
    def _load(self) -> None:
        self.tasks.run(
            lambda: load_setup_state(self.backend.app()),
            on_success=self._loaded,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _loaded(self, state: dict) -> None:
        self.profile = state["profile"]
        self.state.update(
            loaded=True,
            key=state["key"],
            keyring=state["keyring"],
            in_keyring=state["in_keyring"],
        )
        self.profile_page.prefill(state["profile"])
        self.key_page.refresh_state()

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the worker saves: no leaving the page, no closing (Next/Finish via isComplete)."""
        self._busy = busy
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        if not busy and self.currentId() == self.startId():
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def reject(self) -> None:
        if self._busy:
            return  # Esc while the key is being written: wait for it
        super().reject()

    def accept(self) -> None:
        if self._busy:
            return
        self.backend.settings().setValue("language", self.language)
        super().accept()
        self.completed.emit()
