"""Logging in to the OIC: server address, observer code and password.

The OIC CA fingerprint is shown the first time (it is pinned by then, and "does not
match" logs out and forgets the server). Without an OS keyring the token is kept in this
process's memory only and revoked when the app closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import ObserverError
from observer_desktop.services import settings as settings_service
from observer_desktop.services import sync as sync_service
from observer_desktop.services import tokens
from observer_desktop.services.sync import (
    LoginResult,
    PasswordChangeRequired,
    UnknownAuthority,
)
from observer_desktop.ui.errors import error_text, show_error
from observer_desktop.ui.palette import BAD, GOOD, WARN
from observer_desktop.ui.settings_dialog import check_server_url
from observer_desktop.ui.sync.common import message_box

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
        self.form_page = self._build_form(reason)
        self.done_page = self._build_done()
        self.done_page.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_page)
        layout.addWidget(self.done_page)
        self._prefill()

    # -- pages

    def _build_form(self, reason: str) -> QWidget:
        page = QWidget(self)
        intro = QLabel(page)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Use the observer code and password the OIC gave you; the first time, that "
                "password works once and you then choose your own. The password is not kept: "
                "this computer keeps only a session key, in the system keyring (without one, "
                "sealed with your signing key's passphrase)."
            )
        )
        self.reason_label = QLabel(reason, page)
        self.reason_label.setObjectName("loginReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"color: {WARN};")
        self.reason_label.setVisible(bool(reason))
        self.server_edit = QLineEdit(page)
        self.server_edit.setObjectName("loginServer")
        self.server_edit.setAccessibleName(self.tr("OIC server address"))
        self.server_edit.setPlaceholderText(self.tr("https://oic.example.mx"))
        self.server_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("loginCode")
        self.code_edit.setAccessibleName(self.tr("Observer code"))
        self.code_edit.setPlaceholderText(self.tr("for example OBS-001"))
        self.password_edit = QLineEdit(page)
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # the observer's own password, asked when the OIC's was one-time
        self.change_note = QLabel(page)
        self.change_note.setObjectName("loginChangeNote")
        self.change_note.setWordWrap(True)
        self.change_note.setStyleSheet(f"color: {WARN};")
        self.new_password_edit = QLineEdit(page)
        self.new_password_edit.setObjectName("loginNewPassword")
        self.new_password_edit.setAccessibleName(self.tr("New password"))
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(page)
        self.again_edit.setObjectName("loginNewPasswordAgain")
        self.again_edit.setAccessibleName(self.tr("New password, again"))
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._min_length = 10
        self.show_password = QCheckBox(self.tr("S&how the password"), page)
        self.show_password.setObjectName("loginShowPassword")
        self.show_password.toggled.connect(self._show_passwords)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Server &address:"), self.server_edit),
            (self.tr("Observer &code:"), self.code_edit),
            (self.tr("&Password:"), self.password_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.change_note)
        for text, widget in (
            (self.tr("&New password:"), self.new_password_edit),
            (self.tr("Type it a&gain:"), self.again_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.show_password)
        self._form = form
        for widget in (self.change_note, self.new_password_edit, self.again_edit):
            form.setRowVisible(widget, False)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {BAD};")
        self.error_label.hide()
        self.busy_bar = QProgressBar(page)
        self.busy_bar.setObjectName("loginBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Connecting to the OIC server…"), page)
        self.busy_label.hide()
        self.buttons = QDialogButtonBox(page)
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("loginButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for edit in (
            self.server_edit,
            self.code_edit,
            self.password_edit,
            self.new_password_edit,
            self.again_edit,
        ):
            edit.textChanged.connect(self._update_button)
            edit.textEdited.connect(lambda _t: self._set_error(""))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.server_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.new_password_edit)
        QWidget.setTabOrder(self.new_password_edit, self.again_edit)
        QWidget.setTabOrder(self.again_edit, self.show_password)
        self._update_button()
        return page

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        self.done_title = QLabel(page)
        self.done_title.setObjectName("loginDoneTitle")
        self.done_title.setWordWrap(True)
        font = QFont(self.done_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_title.setFont(font)
        self.fingerprint_box = QFrame(page)
        self.fingerprint_box.setObjectName("fingerprintBox")
        self.fingerprint_box.setStyleSheet(
            "#fingerprintBox { background: #fff4ce; border: 1px solid #d29a00; border-radius: 3px; }"
        )
        self.fingerprint_intro = QLabel(self.fingerprint_box)
        self.fingerprint_intro.setWordWrap(True)
        self.fingerprint_intro.setText(
            self.tr(
                "This is the first time this computer connects to this server. Compare this "
                "fingerprint of the OIC's certification authority with the one the OIC gave "
                "you (on paper or by phone):"
            )
        )
        self.fingerprint_label = QLabel(self.fingerprint_box)
        self.fingerprint_label.setObjectName("caFingerprint")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of the OIC authority"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.05)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_note = QLabel(self.fingerprint_box)
        self.fingerprint_note.setWordWrap(True)
        self.fingerprint_note.setText(
            self.tr(
                "If it does not match, press “It does not match”: the session is closed, the "
                "server is forgotten and nothing is sent. Then call the OIC."
            )
        )
        box_layout = QVBoxLayout(self.fingerprint_box)
        box_layout.addWidget(self.fingerprint_intro)
        box_layout.addWidget(self.fingerprint_label)
        box_layout.addWidget(self.fingerprint_note)
        self.certificate_label = QLabel(page)
        self.certificate_label.setObjectName("loginCertificate")
        self.certificate_label.setWordWrap(True)
        self.notes_label = QLabel(page)
        self.notes_label.setObjectName("loginNotes")
        self.notes_label.setWordWrap(True)
        self.done_buttons = QDialogButtonBox(page)
        self.mismatch_button = self.done_buttons.addButton(
            self.tr("It does &not match"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.mismatch_button.setObjectName("fingerprintMismatch")
        self.mismatch_button.clicked.connect(self._mismatch)
        self.done_button = self.done_buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("loginDone")
        self.done_buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_title)
        layout.addWidget(self.fingerprint_box)
        layout.addWidget(self.certificate_label)
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        layout.addWidget(self.done_buttons)
        return page

    def _prefill(self) -> None:
        backend = self.controller.backend

        def read() -> dict:
            app = backend.app()
            return {
                "server": settings_service.server_url(app) or "",
                "code": settings_service.login_code(app),
            }

        def filled(values: dict) -> None:
            if not self.server_edit.text():
                self.server_edit.setText(values["server"])
            if not self.code_edit.text():
                self.code_edit.setText(values["code"])
            first_empty = next(
                (e for e in (self.server_edit, self.code_edit) if not e.text()),
                self.password_edit,
            )
            first_empty.setFocus()

        self.controller.tasks.run(
            read, on_success=filled, on_failure=lambda exc, tb: show_error(self, exc, tb)
        )

    # -- flow

    @property
    def changing_password(self) -> bool:
        """The OIC's password was one-time: the observer's own is asked too."""
        return self.new_password_edit.isVisibleTo(self)

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.password_edit, self.new_password_edit, self.again_edit):
            edit.setEchoMode(mode)

    def _ask_new_password(self, exc: PasswordChangeRequired, password: str) -> None:
        self._min_length = exc.min_length
        self.change_note.setText(
            self.tr(
                "The password the OIC gave you works only once. Choose your own password "
                "(at least %1 characters) and type it twice: from now on you log in with it."
            ).replace("%1", str(exc.min_length))
        )
        for widget in (self.change_note, self.new_password_edit, self.again_edit):
            self._form.setRowVisible(widget, True)
        self.password_edit.setText(password)  # the OIC's, needed once more to change it
        self.login_button.setText(self.tr("&Save and log in"))
        self.adjustSize()
        self.new_password_edit.setFocus()

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
                self._set_error(
                    self.tr(
                        "Your password was not sent. Do not log in to this server: tell the OIC."
                    )
                )

        box.buttonClicked.connect(answered)
        self.ca_confirm = box
        box.open()

    def _new_password_problem(self, current: str, new: str, again: str) -> str:
        if len(new) < self._min_length:
            return self.tr("The new password must have at least %1 characters.").replace(
                "%1", str(self._min_length)
            )
        if new == current:
            return self.tr(
                "The new password must differ from the one the OIC gave you (that one works "
                "only once)."
            )
        if new != again:
            return self.tr("The two new passwords are not the same: type them again.")
        return ""

    def _update_button(self) -> None:
        ready = all(e.text().strip() for e in (self.server_edit, self.code_edit)) and bool(
            self.password_edit.text()
        )
        if self.changing_password:
            ready = ready and bool(self.new_password_edit.text() and self.again_edit.text())
        self.login_button.setEnabled(ready and not self.busy_bar.isVisible())

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.adjustSize()  # wrapped labels above must keep their lines

    def _set_busy(self, busy: bool) -> None:
        for w in (
            self.server_edit,
            self.code_edit,
            self.password_edit,
            self.new_password_edit,
            self.again_edit,
            self.show_password,
        ):
            w.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()

    def submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        url, problem = check_server_url(self.server_edit.text())
        if problem or not url:
            self._set_error(problem or self.tr("Write the address of the OIC server."))
            self.server_edit.setFocus()
            return
        password = self.password_edit.text()
        new_password = None
        if self.changing_password:
            new_password = self.new_password_edit.text()
            problem = self._new_password_problem(password, new_password, self.again_edit.text())
            if problem:
                self._set_error(problem)
                self.again_edit.clear()
                self.new_password_edit.selectAll()
                self.new_password_edit.setFocus()
                return
        self.password_edit.clear()
        self.new_password_edit.clear()
        self.again_edit.clear()
        self._set_error("")
        self._send(
            {
                "server": url,
                "code": self.code_edit.text().strip(),
                "password": password,
                "new_password": new_password,
                # confirmed earlier in this dialog (then the OIC's password was one-time)
                "trust_ca": self._trusted_ca,
            }
        )

    def _send(self, request: dict[str, Any]) -> None:
        self._set_busy(True)
        self._submitted = request
        self.controller.login(**request, on_success=self._logged_in, on_failure=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._set_busy(False)
        submitted, self._submitted = self._submitted, {}
        if isinstance(exc, PasswordChangeRequired):
            self._ask_new_password(exc, submitted.get("password", ""))
        elif isinstance(exc, UnknownAuthority) and submitted:
            self._confirm_authority(exc, submitted)
        elif isinstance(exc, ObserverError):
            self._set_error(error_text(exc))
            self.password_edit.setFocus()
        else:
            show_error(self, exc, tb)

    def _logged_in(self, result: LoginResult) -> None:
        self.result_info = result
        self._set_busy(False)
        self.done_title.setText(
            self.tr("You are logged in as %1 (%2).")
            .replace("%1", result.observer_name or result.observer_code)
            .replace("%2", result.observer_code)
        )
        pairs = result.to_json()["ca_fingerprint_display"].split(":")
        half = (len(pairs) + 1) // 2  # two lines of 16 pairs, easy to read aloud
        self.fingerprint_label.setText(":".join(pairs[:half]) + "\n" + ":".join(pairs[half:]))
        compare = result.ca_pinned_now and not self._trusted_ca  # not twice
        self.fingerprint_box.setVisible(compare)
        self.mismatch_button.setVisible(compare)
        if result.enrolled:
            self.certificate_label.setText(
                self.tr("✓ Your OIC certificate is installed: your reports are now signed with it.")
            )
            self.certificate_label.setStyleSheet(f"color: {GOOD};")
        else:
            self.certificate_label.setText(
                result.enroll_error
                or self.tr("Your OIC certificate is not installed yet; the next sync tries again.")
            )
            self.certificate_label.setStyleSheet(f"color: {WARN};")
        notes = list(result.warnings)
        if self.changing_password:
            notes.insert(0, self.tr("Your new password is saved at the OIC: use it from now on."))
        if result.token_store == tokens.FILE:
            notes.append(
                self.tr(
                    "This computer has no system keyring: the session is kept sealed with your "
                    "signing key's passphrase, which Observador asks for once each time it "
                    "opens, before sending."
                )
            )
        elif not result.token_in_keyring:
            notes.append(
                self.tr(
                    "This computer has no system keyring: the session lasts while Observador "
                    "is open, and is closed when you quit."
                )
            )
        self.notes_label.setText("\n\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.done_button.setText(self.tr("It &matches, continue") if compare else self.tr("&Done"))
        self.form_page.hide()
        self.done_page.show()
        self.adjustSize()
        self.done_button.setDefault(True)
        (self.fingerprint_label if compare else self.done_button).setFocus()

    def _mismatch(self) -> None:
        self.then_sync = False
        self.controller.logout(forget_server=True, confirm=False)
        self.reject()

    def accept(self) -> None:
        super().accept()
        if self.then_sync and self.result_info is not None:
            self.controller.sync_now()

    def reject(self) -> None:
        if self.busy_bar.isVisible():
            return  # the answer is on its way; Esc must not lose it
        super().reject()
