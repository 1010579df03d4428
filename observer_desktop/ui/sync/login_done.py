"""The login dialog's second page: who is logged in, the OIC CA fingerprint to compare the
first time, whether the OIC certificate was installed, and where the session is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import tokens
from observer_desktop.services.sync import LoginResult
from observer_desktop.ui.palette import GOOD, WARN


class LoginDonePage(QWidget):
    """What the login did. The dialog connects :attr:`mismatch_button` ("It does not
    match": log out and forget the server) and :attr:`done_buttons`."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.done_title = QLabel(self)
        self.done_title.setObjectName("loginDoneTitle")
        self.done_title.setWordWrap(True)
        font = QFont(self.done_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_title.setFont(font)
        self.fingerprint_box = self._build_fingerprint_box()
        self.certificate_label = QLabel(self)
        self.certificate_label.setObjectName("loginCertificate")
        self.certificate_label.setWordWrap(True)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("loginNotes")
        self.notes_label.setWordWrap(True)
        self.done_buttons = QDialogButtonBox(self)
        self.mismatch_button = self.done_buttons.addButton(
            self.tr("It does &not match"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.mismatch_button.setObjectName("fingerprintMismatch")
        self.done_button = self.done_buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("loginDone")
        layout = QVBoxLayout(self)
        layout.addWidget(self.done_title)
        layout.addWidget(self.fingerprint_box)
        layout.addWidget(self.certificate_label)
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        layout.addWidget(self.done_buttons)

    def _build_fingerprint_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("fingerprintBox")
        box.setStyleSheet(
            "#fingerprintBox { background: #fff4ce; border: 1px solid #d29a00; border-radius: 3px; }"
        )
        intro = QLabel(box)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "This is the first time this computer connects to this server. Compare this "
                "fingerprint of the OIC's certification authority with the one the OIC gave "
                "you (on paper or by phone):"
            )
        )
        self.fingerprint_label = QLabel(box)
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
        note = QLabel(box)
        note.setWordWrap(True)
        note.setText(
            self.tr(
                "If it does not match, press “It does not match”: the session is closed, the "
                "server is forgotten and nothing is sent. Then call the OIC."
            )
        )
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(intro)
        box_layout.addWidget(self.fingerprint_label)
        box_layout.addWidget(note)
        return box

    def show_result(self, result: LoginResult, *, compare: bool, new_password: bool) -> None:
        """``compare``: the CA was pinned now and not confirmed before the password went;
        ``new_password``: the observer chose their own password in this login."""
        self.done_title.setText(
            self.tr("You are logged in as %1 (%2).")
            .replace("%1", result.observer_name or result.observer_code)
            .replace("%2", result.observer_code)
        )
        pairs = result.to_json()["ca_fingerprint_display"].split(":")
        half = (len(pairs) + 1) // 2  # two lines of 16 pairs, easy to read aloud
        self.fingerprint_label.setText(":".join(pairs[:half]) + "\n" + ":".join(pairs[half:]))
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
        notes = self._notes(result, new_password)
        self.notes_label.setText("\n\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.done_button.setText(self.tr("It &matches, continue") if compare else self.tr("&Done"))

    def _notes(self, result: LoginResult, new_password: bool) -> list[str]:
        notes = list(result.warnings)
        if new_password:
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
        return notes
