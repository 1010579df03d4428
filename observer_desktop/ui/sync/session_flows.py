"""Logging in and out of the OIC server on the controller's workers: the login dialog, the
session token held in this process's memory when there is no keyring (revoked when the
window closes), the logout with its confirmation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import LoginResult
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.sync.common import SyncPart, message_box
from observer_desktop.ui.sync.login_dialog import LoginDialog
from observer_desktop.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController

log = logging.getLogger(__name__)

# Tokens held only in this process's memory (no OS keyring), by data folder. Module-level
# so a window rebuilt for another language keeps the session.
_MEMORY_TOKENS: dict[str, str] = {}


class SessionFlows(SyncPart):
    """Login and logout, and the token only this process holds."""

    def __init__(self, controller: SyncController):
        super().__init__(controller)
        self._key = str(controller.backend.data_dir)
        self.login_dialog: LoginDialog | None = None

    # ------------------------------------------------------------ the token in memory

    @property
    def token(self) -> str | None:
        """The session token held in memory (no keyring), if any."""
        return _MEMORY_TOKENS.get(self._key)

    def drop_token(self) -> str | None:
        return _MEMORY_TOKENS.pop(self._key, None)

    def _keep_token(self, result: LoginResult) -> None:
        if result.token_in_keyring or not result.token:
            _MEMORY_TOKENS.pop(self._key, None)
        else:
            _MEMORY_TOKENS[self._key] = result.token
        result.token = None  # the dialog has no use for it

    # ------------------------------------------------------------ login

    def open_login(self, *, then_sync: bool = False, reason: str = "") -> LoginDialog:
        if self.login_dialog is not None:
            self.login_dialog.raise_()
            self.login_dialog.activateWindow()
            return self.login_dialog
        dialog = LoginDialog(self.controller, self.window, then_sync=then_sync, reason=reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "login_dialog", None))
        dialog.open()
        return dialog

    def login(
        self,
        *,
        server: str,
        code: str,
        password: str,
        new_password: str | None = None,
        trust_ca: str | None = None,
        on_success: Callable[[LoginResult], None],
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        """Log in on a worker (the OIC certificate is enrolled too; the passphrase may be
        asked). ``new_password`` replaces the OIC's one-time password. The token goes to
        the keyring, else to a file sealed with the key's passphrase, else to this
        process's memory."""
        c = self.controller
        backend, bridge, options = c.backend, c.bridge, c.options
        c.busy = True
        c.update_actions()

        def work(_handle: TaskHandle) -> LoginResult:
            app = backend.app()
            return sync_service.login(
                app,
                server=server,
                code=code,
                password=password,
                new_password=new_password,
                trust_ca=trust_ca,
                ask=bridge.provider(app, lambda: c.closing),
                options=options,
            )

        def done(result: LoginResult) -> None:
            self._logged_in(result)
            on_success(result)

        def failed(exc: BaseException, tb: str) -> None:
            c.busy = False
            c.update_actions()
            on_failure(exc, tb)

        c.runner.run_long(work, on_success=done, on_failure=failed)

    def _logged_in(self, result: LoginResult) -> None:
        c = self.controller
        c.busy = False
        self._keep_token(result)
        c.schedule.restart()
        c.report.noticed.clear()
        c.refresh_status()
        c.logged_in.emit(result)
        c.check_requested.emit()  # reachable? then the background run starts

    # ------------------------------------------------------------ logout

    def logout(self, *, forget_server: bool = False, confirm: bool = True) -> None:
        c = self.controller
        if c.running or c.busy:
            return
        if confirm and not forget_server:
            self._confirm_logout()
            return
        backend, options, bridge = c.backend, c.options, c.bridge
        token = self.drop_token()
        c.busy = True
        c.update_actions()

        def work(_handle: TaskHandle) -> dict:
            app = backend.app()
            # a token kept in the sealed file is opened to revoke it (asked if not typed
            # in this run yet)
            ask = bridge.provider(app, lambda: c.closing)
            return sync_service.logout(
                app, forget_server=forget_server, token=token, ask=ask, options=options
            )

        def failed(exc: BaseException, tb: str) -> None:
            c.busy = False
            c.bridge.forget()
            c.update_actions()
            show_error(self.window, exc, tb)

        c.runner.run_long(work, on_success=self._logged_out, on_failure=failed)

    def _confirm_logout(self) -> None:
        box = message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Log out"),
            self.tr(
                "Log out of the OIC server on this computer? Finished audits keep waiting "
                "here and are sent after you log in again."
            ),
            "logoutConfirm",
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button: (
                box.buttonRole(button) == QMessageBox.ButtonRole.YesRole
                and self.logout(confirm=False)
            )
        )
        self.controller.keep(box)
        box.open()

    def _logged_out(self, result: dict) -> None:
        c = self.controller
        c.busy = False
        c.bridge.forget()
        c.refresh_status()
        c.logged_out.emit(result)
        if result.get("warning"):
            c.show_message(
                QMessageBox.Icon.Warning, self.tr("Log out"), result["warning"], "logoutWarning"
            )
        else:
            c.message.emit(self.tr("Logged out of the OIC server."))

    # ------------------------------------------------------------ the window closes

    def window_closing(self, *, revoke: bool) -> None:
        """Revoke a token only this process held (when the window really closes, not when
        it is rebuilt for another language)."""
        c = self.controller
        if revoke:
            c.bridge.forget()
        token = self.drop_token() if revoke else None
        if token:
            backend = c.backend
            quick = replace(c.options, connect_timeout=5.0, stall_timeout=5.0)
            # on the window's runner: main() waits for it before the process ends
            c.tasks.run(
                lambda: sync_service.logout(backend.app(), token=token, options=quick),
                on_failure=lambda exc, tb: log.warning("session token not revoked: %s", exc),
            )
