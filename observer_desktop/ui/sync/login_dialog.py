"""Logging in to the OIC: the dialog and its flow. The form (:mod:`.login_form`) sends
server address, observer code and password; a one-time password asks for the observer's
own; a server of the OIC's own CA is confirmed by its fingerprint before the password goes;
then the second page (:mod:`.login_done`) says who is logged in.

The OIC CA fingerprint is shown the first time (it is pinned by then, and "does not
match" logs out and forgets the server). Without an OS keyring the token is kept in this
process's memory only and revoked when the app closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import ObserverError
from observer_desktop.services import settings as settings_service
from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import (
    LoginResult,
    PasswordChangeRequired,
    UnknownAuthority,
)
from observer_desktop.ui.errors import error_text, show_error
from observer_desktop.ui.settings.server_url import check_server_url
from observer_desktop.ui.sync.common import message_box
from observer_desktop.ui.sync.login_done import LoginDonePage
from observer_desktop.ui.sync.login_form import LoginForm

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


class LoginDialog(QDialog):
    """Server address, observer code and password; then who is logged in, the OIC CA
    fingerprint (first time) and whether the OIC certificate was installed."""

    PAGE_FORM, PAGE_DONE = range(2)

    @property
    def page(self) -> int:
        return self.PAGE_DONE if self.done_page.isVisibleTo(self) else self.PAGE_FORM

    def __init__(
        self,
        controller: SyncController,
        parent: QWidget | None = None,
        *,
        then_sync: bool = False,
        reason: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.controller = controller
        self.then_sync = then_sync
        self.result_info: LoginResult | None = None
        # the request on its way: a one-time password or an authority to confirm sends it again
        self._submitted: dict[str, Any] = {}
        self._trusted_ca: str | None = None  # the OIC CA the observer confirmed here
        self.setWindowTitle(self.tr("Log in to the OIC"))
        self.setMinimumWidth(520)
        # two pages shown one at a time (not a QStackedWidget: that one does not pass on
        # the height its wrapped labels need)
        self.form_page = LoginForm(reason, self)
        self.done_page = LoginDonePage(self)
        self.done_page.hide()
        self.form_page.buttons.accepted.connect(self.submit)
        self.form_page.buttons.rejected.connect(self.reject)
        self.done_page.mismatch_button.clicked.connect(self._mismatch)
        self.done_page.done_buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_page)
        layout.addWidget(self.done_page)
        self._prefill()

    def _prefill(self) -> None:
        backend = self.controller.backend
        form = self.form_page

        def read() -> dict:
            app = backend.app()
            return {
                "server": settings_service.server_url(app) or "",
                "code": settings_service.login_code(app),
            }

        def filled(values: dict) -> None:
            if not form.server_edit.text():
                form.server_edit.setText(values["server"])
            if not form.code_edit.text():
                form.code_edit.setText(values["code"])
            first_empty = next(
                (e for e in (form.server_edit, form.code_edit) if not e.text()),
                form.password_edit,
            )
            first_empty.setFocus()

        self.controller.tasks.run(
            read, on_success=filled, on_failure=lambda exc, tb: show_error(self, exc, tb)
        )

    # -- flow

    def _confirm_authority(self, exc: UnknownAuthority, request: dict[str, Any]) -> None:
        """First contact with a server holding a certificate of the OIC's own CA: the
        password goes only after the observer says the fingerprint matches."""
        pairs = sync_service.format_fingerprint(exc.ca_fingerprint).split(":")
        half = (len(pairs) + 1) // 2
        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Confirm the OIC's authority"),
            self.tr(
                "This server uses the OIC's own certification authority, which this computer "
                "does not know yet. Before your password is sent, compare this fingerprint "
                "with the one the OIC gave you (on paper or by phone):"
            ),
            "caConfirm",
        )
        box.setInformativeText(":".join(pairs[:half]) + "\n" + ":".join(pairs[half:]))
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        matches = box.addButton(self.tr("It &matches, log in"), QMessageBox.ButtonRole.AcceptRole)
        matches.setObjectName("caMatches")
        box.addButton(self.tr("It does &not match"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(None)

        def answered(button) -> None:
            if button is matches:
                self._trusted_ca = exc.ca_fingerprint
                self._send({**request, "trust_ca": exc.ca_fingerprint})
            else:
                self.form_page.set_error(
                    self.tr(
                        "Your password was not sent. Do not log in to this server: tell the OIC."
                    )
                )

        box.buttonClicked.connect(answered)
        self.ca_confirm = box
        box.open()

    def submit(self) -> None:
        form = self.form_page
        if not form.login_button.isEnabled():
            return
        url, problem = check_server_url(form.server_edit.text())
        if problem or not url:
            form.set_error(problem or self.tr("Write the address of the OIC server."))
            form.server_edit.setFocus()
            return
        password = form.password_edit.text()
        new_password = None
        if form.changing_password:
            new_password = form.new_password_edit.text()
            problem = form.new_password_problem(password, new_password, form.again_edit.text())
            if problem:
                form.set_error(problem)
                form.again_edit.clear()
                form.new_password_edit.selectAll()
                form.new_password_edit.setFocus()
                return
        form.clear_passwords()
        form.set_error("")
        self._send(
            {
                "server": url,
                "code": form.code_edit.text().strip(),
                "password": password,
                "new_password": new_password,
                # confirmed earlier in this dialog (then the OIC's password was one-time)
                "trust_ca": self._trusted_ca,
            }
        )

    def _send(self, request: dict[str, Any]) -> None:
        self.form_page.set_busy(True)
        self._submitted = request
        self.controller.sessions.login(
            **request, on_success=self._logged_in, on_failure=self._failed
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        form = self.form_page
        form.set_busy(False)
        submitted, self._submitted = self._submitted, {}
        if isinstance(exc, PasswordChangeRequired):
            form.ask_new_password(exc.min_length, submitted.get("password", ""))
        elif isinstance(exc, UnknownAuthority) and submitted:
            self._confirm_authority(exc, submitted)
        elif isinstance(exc, ObserverError):
            form.set_error(error_text(exc))
            form.password_edit.setFocus()
        else:
            show_error(self, exc, tb)

    def _logged_in(self, result: LoginResult) -> None:
        self.result_info = result
        self.form_page.set_busy(False)
        compare = result.ca_pinned_now and not self._trusted_ca  # not twice
        done = self.done_page
        done.show_result(result, compare=compare, new_password=self.form_page.changing_password)
        self.form_page.hide()
        done.show()
        self.adjustSize()
        done.done_button.setDefault(True)
        (done.fingerprint_label if compare else done.done_button).setFocus()

    def _mismatch(self) -> None:
        self.then_sync = False
        self.controller.logout(forget_server=True, confirm=False)
        self.reject()

    def accept(self) -> None:
        super().accept()
        if self.then_sync and self.result_info is not None:
            self.controller.sync_now()

    def reject(self) -> None:
        if self.form_page.busy:
            return  # the answer is on its way; Esc must not lose it
        super().reject()
