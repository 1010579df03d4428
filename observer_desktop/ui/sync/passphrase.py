"""The signing key's passphrase, asked for a sync worker: :class:`PassphraseBridge` keeps
what a sync needs beyond the app's one flow (``ui/passphrase.py``): the passphrase that
opened the key is remembered for the app's run, and a background run asks at most once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from observer_desktop.services import keys
from observer_desktop.ui.passphrase import PassphrasePrompt, ask_until_opens, passphrase_error


class PassphraseBridge:
    """Lets a sync worker ask for the signing key's passphrase: the dialog opens on the
    UI thread while the worker waits (stopping early if the run is cancelled).

    :meth:`provider` returns a ``keys.PassphraseProvider`` for the services. The typed
    passphrase is checked on the worker and asked again when wrong. Once it opened the
    key it is remembered in memory for the rest of the app's run (never in a file or a
    log), so the automatic sync right after a login does not stop for the passphrase
    typed seconds before, and a background run asks at most once: if the observer says
    no, background runs stop asking until a run of their own (F9).
    """

    def __init__(self, parent: QWidget):
        self.prompt = PassphrasePrompt(parent)
        self._remembered: str | None = None  # opened the key during this run of the app
        self._declined = False  # the observer said no to a background run's question

    @property
    def dialog(self) -> QDialog | None:
        """The passphrase dialog on screen (tests answer it)."""
        return self.prompt.dialog

    def provider(
        self, app: Any, should_stop: Callable[[], bool], *, background: bool = False
    ) -> keys.PassphraseProvider:
        cache: dict[str, str] = {}
        if not background:
            self._declined = False  # the observer's own run may ask again

        def ask(_prompt: str) -> str | None:
            if "value" in cache:  # a second prompt of the same run (or "type it again")
                return cache["value"]
            remembered = self._remembered
            if remembered and self._opens(app, remembered):
                cache["value"] = remembered
                return remembered
            if background and self._declined:
                return None
            typed = ask_until_opens(
                app, lambda mode, error: self.prompt.ask(mode, error, should_stop)
            )
            if not typed:
                if background:
                    self._declined = True
                return None
            cache["value"] = self._remembered = typed
            return typed

        return ask

    def forget(self) -> None:
        """Drop the remembered passphrase (logout, window closing)."""
        self._remembered = None

    @staticmethod
    def _opens(app: Any, value: str) -> bool:
        return keys.identity(app) is not None and not passphrase_error(app, value)
