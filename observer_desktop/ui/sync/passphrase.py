"""The signing key's passphrase, asked for a sync worker: :class:`PassphraseBridge`
opens the dialog on the UI thread while the worker waits (only manual syncs ask)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QWidget,
)

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys


@dataclass
class _PassphraseRequest:
    mode: str  # "ask" (the key exists) or "create" (no key yet, no keyring to keep one)
    error: str
    answer: str | None = None
    done: threading.Event = field(default_factory=threading.Event)
    abandoned: bool = False


class PassphraseBridge(QObject):
    """Lets a worker ask for the signing key's passphrase: the dialog opens on the UI
    thread while the worker waits (stopping early if the run is cancelled).

    :meth:`provider` returns a ``keys.PassphraseProvider`` for the services. The typed
    passphrase is checked on the worker and asked again when wrong. Once it opened the
    key it is remembered in memory for the rest of the app's run (never in a file or a
    log), so the automatic sync right after a login does not stop for the passphrase
    typed seconds before, and a background run asks at most once: if the observer says
    no, background runs stop asking until a run of their own (F9).
    """

    requested = Signal(object)
    abandoned = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.requested.connect(self._show)
        self.abandoned.connect(self._close)
        self._dialogs: dict[int, QDialog] = {}
        self.dialog: QDialog | None = None  # the one on screen (tests answer it)
        self._remembered: str | None = None  # opened the key during this run of the app
        self._declined = False  # the observer said no to a background run's question

    def provider(
        self, app: Any, should_stop: Callable[[], bool], *, background: bool = False
    ) -> keys.PassphraseProvider:
        cache: dict[str, str] = {}
        if not background:
            self._declined = False  # the observer's own run may ask again

        def opens(value: str) -> bool:
            ident = keys.identity(app)
            if ident is None:
                return False
            try:
                keys.passphrase_for(app, ident, ask=lambda _p: value)
            except InputError:
                return False
            return True

        def ask(_prompt: str) -> str | None:
            if "value" in cache:  # a second prompt of the same run (or "type it again")
                return cache["value"]
            remembered = self._remembered
            if remembered and opens(remembered):
                cache["value"] = remembered
                return remembered
            if background and self._declined:
                return None
            creating = keys.identity(app) is None
            error = ""
            while True:
                typed = self._request("create" if creating else "ask", error, should_stop)
                if not typed:
                    if background:
                        self._declined = True
                    return None
                if creating:
                    cache["value"] = self._remembered = typed
                    return typed
                ident = keys.identity(app)
                try:
                    keys.passphrase_for(app, ident, ask=lambda _p, t=typed: t)
                except InputError as exc:
                    error = str(exc)
                    continue
                cache["value"] = self._remembered = typed
                return typed

        return ask

    def forget(self) -> None:
        """Drop the remembered passphrase (logout, window closing)."""
        self._remembered = None

    def _request(self, mode: str, error: str, should_stop: Callable[[], bool]) -> str | None:
        request = _PassphraseRequest(mode, error)
        self.requested.emit(request)
        while not request.done.wait(0.2):
            if should_stop():
                request.abandoned = True
                self.abandoned.emit(request)
                return None
        return request.answer

    # -- UI thread

    def _show(self, request: _PassphraseRequest) -> None:
        if request.abandoned:
            return
        from observer_desktop.ui.report_view import PassphraseDialog

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

    def _close(self, request: _PassphraseRequest) -> None:
        dialog = self._dialogs.pop(id(request), None)
        if dialog is not None:
            dialog.reject()
