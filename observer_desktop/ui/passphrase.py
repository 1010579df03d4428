"""The signing key's passphrase, for the whole app: the one dialog and the one flow.

The passphrase normally comes from the OS keyring (or ``OBSERVER_PASSPHRASE``). The
services ask for it through a callback on a *worker* thread, where no dialog may be
shown, and opening the key reads files. So it is got in the same steps wherever it is
needed: find out on a worker whether it must be asked (:func:`key_state`), ask on the UI
thread (:class:`PassphraseDialog`), check what was typed on a worker
(:func:`passphrase_error`), and ask again, saying why, while it does not open the key.
The value lives only in local variables and closures; it is never logged or stored here.

Two ways in:

- a window that starts the work itself (the report dialog): :func:`key_state` in a task,
  :func:`ask_passphrase` on the UI thread, :func:`check_typed` first thing in the task
  that needs it, which raises :class:`WrongPassphrase` to be asked again;
- a worker already running that a service asks (a sync, a login: ``ui/sync/passphrase.py``):
  :func:`ask_until_opens` loops on the worker, asking through a :class:`PassphrasePrompt`,
  which opens the dialog on the UI thread while the worker waits.

The first-run assistant chooses the passphrase of a new key on a page of its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys
from observer_desktop.ui.palette import BAD

__all__ = [
    "PassphraseDialog",
    "PassphrasePrompt",
    "WrongPassphrase",
    "ask_passphrase",
    "ask_until_opens",
    "check_typed",
    "key_state",
    "passphrase_error",
]

# what a worker's request for the passphrase looks like: (mode, error) -> typed or None;
# mode "ask" (the key exists) or "create" (no key yet: a new one is made with it)
Ask = Callable[[str, str], str | None]


class WrongPassphrase(Exception):
    """The typed passphrase does not open the signing key (message: the service's Spanish)."""


# ------------------------------------------------------------------- dialog


class PassphraseDialog(QDialog):
    """Choose a passphrase for a new signing key (``mode`` 'create') or type the existing
    key's passphrase (any other mode: 'ask', 'unlock')."""

    MIN_LENGTH = 8

    def __init__(self, mode: str = "unlock", error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.mode = mode
        self.setWindowTitle(self.tr("Signing key passphrase"))
        layout = QVBoxLayout(self)
        explain = QLabel(self._explanation(), self)
        explain.setObjectName("passphraseExplanation")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.edit)
        self.again = QLineEdit(self)
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        if mode == "create":
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        layout.addLayout(form)
        self.show_box = QCheckBox(self.tr("&Show what I type"), self)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_box)
        self._error = error
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("passphraseError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {BAD};")
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("&Create key and sign") if mode == "create" else self.tr("&Sign"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self.setTabOrder(self.edit, self.again)
        self.setTabOrder(self.again, self.show_box)
        self._update()
        self.setMinimumWidth(460)

    def _explanation(self) -> str:
        if self.mode == "create":
            return self.tr(
                "You do not have a signing key yet. Choose a passphrase to protect it: at "
                "least 8 characters, easy for you to remember and hard to guess. You will "
                "type it every time you sign a report, so write it down somewhere safe. "
                "It is not saved on this computer."
            )
        return self.tr(
            "Your reports are signed with your personal signing key. Type the "
            "passphrase you chose when the signing key was created (in the first-run "
            "assistant). It is used only for this signature and is not saved."
        )

    def passphrase(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.again.clear()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _problem(self) -> str:
        text = self.edit.text()
        if not text:
            return ""
        if self.mode == "create":
            if len(text) < self.MIN_LENGTH:
                return self.tr("Use at least 8 characters.")
            if self.again.text() and self.again.text() != text:
                return self.tr("The two passphrases are different.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        # a problem with what is being typed replaces, for now, the reason we asked again
        shown = problem or self._error
        self.error_label.setText(shown)
        self.error_label.setVisible(bool(shown))
        ready = bool(self.edit.text()) and not problem
        if self.mode == "create":
            ready = ready and self.again.text() == self.edit.text()
        self.ok_button.setEnabled(ready)

    def _accept(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()


def ask_passphrase(parent: QWidget | None, mode: str, error: str = "") -> str | None:
    """Ask on the UI thread, modally; ``None`` when the observer cancels."""
    dialog = PassphraseDialog(mode, error, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None
    finally:
        dialog.clear()
        dialog.deleteLater()


# ----------------------------------------------------------- worker side


def key_state(app: Any) -> str:
    """'ready' (keyring/env works), 'ask' (a key exists; ask its passphrase) or 'create'.

    Runs on a worker. ``ask=None`` makes the services fail instead of prompting,
    which is how we learn, without showing anything, whether a prompt is needed.
    """
    ident = keys.identity(app)
    if ident is None:
        if app.profile() is None:
            return "ready"  # the work will explain that the profile is missing
        try:
            keys.ensure_identity(app, ask=None)  # creates it when the keyring can keep it
        except InputError:
            return "create"
        return "ready"
    try:
        keys.passphrase_for(app, ident, ask=None)
    except InputError:
        return "ask"
    return "ready"


def passphrase_error(app: Any, typed: str) -> str:
    """Why ``typed`` does not open the signing key (the service's Spanish); "" when it
    does, or when there is no key yet. Runs on a worker."""
    ident = keys.identity(app)
    if ident is None:
        return ""
    try:
        keys.passphrase_for(app, ident, ask=lambda _prompt: typed)
    except InputError as exc:
        return str(exc)
    return ""


def check_typed(app: Any, typed: str) -> None:
    """Raise :class:`WrongPassphrase` when ``typed`` does not open the key (worker)."""
    error = passphrase_error(app, typed)
    if error:
        raise WrongPassphrase(error)


def ask_until_opens(app: Any, ask: Ask) -> str | None:
    """On a worker: ask (``ask(mode, error)`` shows the dialog on the UI thread) until
    the typed passphrase opens the key, saying why when it did not; ``None`` when the
    observer gives up. Without a key yet ("create") the first answer is taken: the key
    is made with it."""
    creating = keys.identity(app) is None
    error = ""
    while True:
        typed = ask("create" if creating else "ask", error)
        if not typed:
            return None
        if creating:
            return typed
        error = passphrase_error(app, typed)
        if not error:
            return typed


# ------------------------------------------------------ worker to UI thread


@dataclass
class _Request:
    mode: str
    error: str
    answer: str | None = None
    done: threading.Event = field(default_factory=threading.Event)
    abandoned: bool = False


class PassphrasePrompt(QObject):
    """Lets a worker ask for the passphrase: :meth:`ask` opens the dialog on the UI thread
    (over whatever modal window is open, else over ``parent``) and waits for the answer,
    closing the dialog and giving up when ``should_stop()`` says the work was cancelled."""

    requested = Signal(object)
    abandoned = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.requested.connect(self._show)
        self.abandoned.connect(self._close)
        self._dialogs: dict[int, QDialog] = {}
        self.dialog: QDialog | None = None  # the one on screen (tests answer it)

    def ask(self, mode: str, error: str, should_stop: Callable[[], bool]) -> str | None:
        """Worker side: the typed passphrase, or ``None`` (cancelled, or stopped)."""
        request = _Request(mode, error)
        self.requested.emit(request)
        while not request.done.wait(0.2):
            if should_stop():
                request.abandoned = True
                self.abandoned.emit(request)
                return None
        return request.answer

    # -- UI thread

    def _show(self, request: _Request) -> None:
        if request.abandoned:
            return
        parent = QApplication.activeModalWidget() or self.parent()
        dialog = PassphraseDialog(request.mode, request.error, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs[id(request)] = dialog
        self.dialog = dialog

        def finished(code: int) -> None:
            accepted = code == QDialog.DialogCode.Accepted
            request.answer = dialog.passphrase() if accepted else None
            dialog.clear()
            self._dialogs.pop(id(request), None)
            if self.dialog is dialog:
                self.dialog = None
            request.done.set()

        dialog.finished.connect(finished)
        dialog.destroyed.connect(lambda *_: request.done.set())
        dialog.open()

    def _close(self, request: _Request) -> None:
        dialog = self._dialogs.pop(id(request), None)
        if dialog is not None:
            dialog.reject()
