"""The settings' signing key tab: the key's certificate in plain words, where its
passphrase is kept, and a copy of the certificate saved where the observer chooses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner
from observer_desktop.ui.wizard.signing_key import KeyInfo, grouped_fingerprint, local_date

# the certificate's rows, in order; each value label is named "key" + Name ("keyFingerprint")
ROWS = ("name", "code", "organization", "issuer", "from", "to", "fingerprint", "passphrase")


def export_certificate(app: Observador, target: Path) -> Path:
    """Copy the signing certificate (never the private key) to ``target``; on the worker."""
    ident = keys.identity(app)
    if ident is None:
        raise InputError(
            QCoreApplication.translate(
                "KeyTab", "There is no signing key yet, so there is no certificate to save."
            )
        )
    target.write_bytes(ident.files.cert.read_bytes())
    return target


class KeyTab(QWidget):
    """The key's details once loaded (or that there is none yet) and "Save a copy of the
    certificate". What a save did is said on the dialog's status line (``status_message``)."""

    status_message = Signal(str)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.shown: dict[str, Any] | None = None  # the loaded settings whose key is shown
        self.setObjectName("keyTab")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("keyMissing")
        self.missing.setWordWrap(True)
        self.missing.hide()
        self._build_details()
        self.export_cert = QPushButton(self)
        self.export_cert.setObjectName("exportCertificate")
        self.export_cert.clicked.connect(self._export_certificate)
        self.export_cert.hide()
        row = QHBoxLayout()
        row.addWidget(self.export_cert)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.missing)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslateUi()

    def _build_details(self) -> None:
        """One row per certificate field: a label and its value, selectable to copy."""
        self.details = QWidget(self)
        self.details.setObjectName("keyDetails")
        self.details.hide()
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for name in ROWS:
            value = QLabel(self.details)
            value.setObjectName("key" + name.capitalize())
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                selectable | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label = QLabel(self.details)
            self.fields[name] = value
            self.labels[name] = label
            form.addRow(label, value)

    # --------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Your reports are signed with this key. Its certificate says who you are; the "
                "fingerprint lets the OIC check that a signature is yours."
            )
        )
        self.missing.setText(
            self.tr(
                "You have no signing key yet. It is created in the first-steps assistant, or "
                "when you sign your first report."
            )
        )
        labels = {
            "name": self.tr("Name on the certificate:"),
            "code": self.tr("Observer code:"),
            "organization": self.tr("Organization:"),
            "issuer": self.tr("Issued by:"),
            "from": self.tr("Valid from:"),
            "to": self.tr("Valid until:"),
            "fingerprint": self.tr("Fingerprint (SHA-256):"),
            "passphrase": self.tr("Passphrase:"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.rstrip(":"))
        self.export_cert.setText(self.tr("Save a copy of the &certificate…"))
        if self.shown is not None:
            self.show_values(self.shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # ------------------------------------------------------------- the key
    def show_values(self, values: dict[str, Any]) -> None:
        """The key of the loaded settings (``key``, ``keyring``, ``in_keyring``)."""
        self.shown = values
        key: KeyInfo | None = values["key"]
        self.missing.setVisible(key is None)
        self.details.setVisible(key is not None)
        self.export_cert.setVisible(key is not None)
        if key is None:
            return
        fields = self.fields
        fields["fingerprint"].setText(grouped_fingerprint(key.fingerprint))
        fields["name"].setText(key.common_name)
        fields["name"].setToolTip(key.subject)  # the technical form, for the OIC's staff
        fields["code"].setText(key.observer_code or "—")
        fields["organization"].setText(key.organization or "—")
        fields["issuer"].setText(
            self.tr("Self-signed (not yet certified by the OIC)")
            if key.self_signed
            else self.tr("The OIC (%1)").replace("%1", key.issuer)
        )
        fields["from"].setText(local_date(key.valid_from))
        if key.expired:
            fields["to"].setText(
                self.tr("%1 (expired: ask the OIC for a new certificate)").replace(
                    "%1", local_date(key.valid_to)
                )
            )
        else:
            fields["to"].setText(local_date(key.valid_to))
        fields["passphrase"].setText(self._passphrase_text(values))

    def _passphrase_text(self, values: dict[str, Any]) -> str:
        if values["in_keyring"]:
            return self.tr("Kept in the system keyring.")
        if values["keyring"]:
            return self.tr("Not in the system keyring: you will be asked for it when you sign.")
        return self.tr(
            "This computer has no system keyring: you will be asked for it each time you sign."
        )

    # -------------------------------------------------------- certificate
    def _export_certificate(self) -> None:
        dialog_parent = self.window()
        suggested = str(Path.home() / self.tr("observer-certificate.pem"))
        target, _filter = QFileDialog.getSaveFileName(
            dialog_parent,
            self.tr("Save a copy of the certificate"),
            suggested,
            self.tr("Certificates (*.pem *.crt)"),
        )
        if not target:
            return
        self.tasks.run(
            lambda: export_certificate(self.backend.app(), Path(target)),
            on_success=lambda path: self.status_message.emit(
                self.tr("Certificate saved in %1").replace("%1", str(path))
            ),
            on_failure=lambda exc, tb: show_error(dialog_parent, exc, tb),
        )
