"""The login dialog's first page: server address, observer code and password; the
observer's own new password when the OIC's was one-time; what went wrong, or that it is
connecting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui.palette import BAD, WARN


class LoginForm(QWidget):
    """The fields of a login and its state (ready, busy, an error, a new password asked).
    The dialog connects :attr:`buttons` and sends what was typed."""

    def __init__(self, reason: str, parent: QWidget):
        super().__init__(parent)
        self._min_length = 10
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Use the observer code and password the OIC gave you; the first time, that "
                "password works once and you then choose your own. The password is not kept: "
                "this computer keeps only a session key, in the system keyring (without one, "
                "sealed with your signing key's passphrase)."
            )
        )
        self.reason_label = QLabel(reason, self)
        self.reason_label.setObjectName("loginReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"color: {WARN};")
        self.reason_label.setVisible(bool(reason))
        self._build_edits()
        form = self._build_rows()
        self._build_status()
        layout = QVBoxLayout(self)
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
        self.update_button()

    def _edit(self, name: str, accessible: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _build_edits(self) -> None:
        self.server_edit = self._edit("loginServer", self.tr("OIC server address"))
        self.server_edit.setPlaceholderText(self.tr("https://oic.example.mx"))
        self.server_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.code_edit = self._edit("loginCode", self.tr("Observer code"))
        self.code_edit.setPlaceholderText(self.tr("for example OBS-001"))
        self.password_edit = self._edit("loginPassword", self.tr("Password"), password=True)
        # the observer's own password, asked when the OIC's was one-time
        self.change_note = QLabel(self)
        self.change_note.setObjectName("loginChangeNote")
        self.change_note.setWordWrap(True)
        self.change_note.setStyleSheet(f"color: {WARN};")
        self.new_password_edit = self._edit(
            "loginNewPassword", self.tr("New password"), password=True
        )
        self.again_edit = self._edit(
            "loginNewPasswordAgain", self.tr("New password, again"), password=True
        )
        self.show_password = QCheckBox(self.tr("S&how the password"), self)
        self.show_password.setObjectName("loginShowPassword")
        self.show_password.toggled.connect(self._show_passwords)

    def _build_rows(self) -> QFormLayout:
        form = QFormLayout()
        for text, widget in (
            (self.tr("Server &address:"), self.server_edit),
            (self.tr("Observer &code:"), self.code_edit),
            (self.tr("&Password:"), self.password_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.change_note)
        for text, widget in (
            (self.tr("&New password:"), self.new_password_edit),
            (self.tr("Type it a&gain:"), self.again_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.show_password)
        self._form = form
        for widget in (self.change_note, self.new_password_edit, self.again_edit):
            form.setRowVisible(widget, False)
        return form

    def _build_status(self) -> None:
        """The error, the busy bar while connecting, and the buttons."""
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {BAD};")
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("loginBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Connecting to the OIC server…"), self)
        self.busy_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("loginButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for edit in self._edits():
            edit.textChanged.connect(self.update_button)
            edit.textEdited.connect(lambda _t: self.set_error(""))

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.server_edit,
            self.code_edit,
            self.password_edit,
            self.new_password_edit,
            self.again_edit,
        )

    # -- state

    @property
    def changing_password(self) -> bool:
        """The OIC's password was one-time: the observer's own is asked too."""
        return self.new_password_edit.isVisibleTo(self)

    @property
    def busy(self) -> bool:
        return self.busy_bar.isVisible()

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.password_edit, self.new_password_edit, self.again_edit):
            edit.setEchoMode(mode)

    def ask_new_password(self, min_length: int, password: str) -> None:
        self._min_length = min_length
        self.change_note.setText(
            self.tr(
                "The password the OIC gave you works only once. Choose your own password "
                "(at least %1 characters) and type it twice: from now on you log in with it."
            ).replace("%1", str(min_length))
        )
        for widget in (self.change_note, self.new_password_edit, self.again_edit):
            self._form.setRowVisible(widget, True)
        self.password_edit.setText(password)  # the OIC's, needed once more to change it
        self.login_button.setText(self.tr("&Save and log in"))
        self.window().adjustSize()
        self.new_password_edit.setFocus()

    def new_password_problem(self, current: str, new: str, again: str) -> str:
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

    def update_button(self) -> None:
        ready = all(e.text().strip() for e in (self.server_edit, self.code_edit)) and bool(
            self.password_edit.text()
        )
        if self.changing_password:
            ready = ready and bool(self.new_password_edit.text() and self.again_edit.text())
        self.login_button.setEnabled(ready and not self.busy_bar.isVisible())

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.window().adjustSize()  # wrapped labels above must keep their lines

    def set_busy(self, busy: bool) -> None:
        for w in (*self._edits(), self.show_password):
            w.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        self.update_button()

    def clear_passwords(self) -> None:
        self.password_edit.clear()
        self.new_password_edit.clear()
        self.again_edit.clear()
