"""Settings: language, observer profile, OIC server, data folder, evidence size, signing key.

The screen language applies as soon as it is chosen (``language_changed`` lets
the main window rebuild its texts) and lives in ``ui.ini``; everything else is
loaded and saved on the worker. Save writes all the changed values in one
database transaction, so a refused value leaves nothing half saved; the
problem is shown next to the field, on its tab.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import InputError
from observer_desktop.services import evidence, keys
from observer_desktop.services import settings as settings_service
from observer_desktop.services.app import Observador
from observer_desktop.sync import client as sync_client
from observer_desktop.ui import i18n
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner
from observer_desktop.ui.wizard.profile_form import ProfileForm, profile_language
from observer_desktop.ui.wizard.signing_key import (
    KeyInfo,
    grouped_fingerprint,
    keyring_usable,
    local_date,
    passphrase_in_keyring,
)
from observer_desktop.ui.wizard.styles import ERROR_STYLE

log = logging.getLogger(__name__)

MB = 1024 * 1024
MAX_EVIDENCE_MB = 50 * 1024  # services.evidence refuses more than 50 GB


def check_server_url(text: str) -> tuple[str | None, str | None]:
    """``(url, None)`` for a usable OIC server address, ``(None, message)`` otherwise.

    An empty text means "no server yet" and is allowed; anything else follows the
    sync client's own rule (``sync.client.check_server_url``: HTTPS, plain HTTP
    only to this computer), so the dialog never accepts an address sync refuses.
    """
    if not text.strip():
        return "", None
    try:
        return sync_client.check_server_url(text), None
    except InputError as exc:
        return None, str(exc)


def stacked(*items: QWidget | QLayout) -> QVBoxLayout:
    """A field with its notes under it; hidden notes take no room (unlike extra form rows)."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
        else:
            column.addWidget(item)
    return column


# ------------------------------------------------------------- worker functions


class SectionError(InputError):
    """A refused value, with the settings tab it belongs to."""

    def __init__(self, section: int, message: str):
        super().__init__(message)
        self.section = section


def load_settings(app: Observador) -> dict[str, Any]:
    """Everything the dialog shows, read on the worker."""
    ident = keys.identity(app)
    return {
        "profile": app.profile(),
        "server_url": settings_service.server_url(app) or "",
        "auto_sync": settings_service.auto_sync(app),
        "max_bytes": evidence.max_evidence_bytes(app),
        "key": KeyInfo.of(ident) if ident is not None else None,
        "keyring": keyring_usable(),
        "in_keyring": passphrase_in_keyring(app) if ident is not None else False,
    }


def save_settings(app: Observador, changes: dict[str, Any]) -> dict[str, Any]:
    """Write the changed values in one transaction; a refused one leaves everything as it was."""
    try:
        settings_service.save(app, **changes)
    except settings_service.SettingRefused as exc:
        tab = SettingsDialog.TAB_PROFILE if exc.setting == "profile" else SettingsDialog.TAB_GENERAL
        raise SectionError(tab, str(exc)) from exc
    return load_settings(app)


def export_certificate(app: Observador, target: Path) -> Path:
    ident = keys.identity(app)
    if ident is None:
        raise InputError(
            QCoreApplication.translate(
                "SettingsDialog", "There is no signing key yet, so there is no certificate to save."
            )
        )
    target.write_bytes(ident.files.cert.read_bytes())
    return target


# ----------------------------------------------------------------------- dialog


class SettingsDialog(QDialog):
    """The settings window. Open it with ``open()``; it saves on the worker and closes itself."""

    language_changed = Signal(str)
    saved = Signal()

    TAB_GENERAL, TAB_PROFILE, TAB_SYNC, TAB_KEY = range(4)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.setObjectName("settingsDialog")
        self.resize(680, 520)
        self.loaded: dict[str, Any] | None = None
        self._saving = False
        stored = backend.settings().value("language", i18n.DEFAULT_LANGUAGE)
        self.language = stored if stored in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._build_general(), "")
        self.tabs.addTab(self._build_profile(), "")
        self.tabs.addTab(self._build_sync(), "")
        self.tabs.addTab(self._build_key(), "")

        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelSettings")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.retranslateUi()
        self._load()

    # ------------------------------------------------------------ building
    def _build_general(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("generalTab")
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.language)))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(page)
        self.language_label.setBuddy(self.language_combo)
        self.language_note = QLabel(page)
        self.language_note.setWordWrap(True)

        self.data_folder = QLineEdit(str(self.backend.data_dir), page)
        self.data_folder.setObjectName("dataFolder")
        self.data_folder.setReadOnly(True)
        self.data_folder.setCursorPosition(0)
        self.copy_folder = QPushButton(page)
        self.copy_folder.setObjectName("copyDataFolder")
        self.copy_folder.clicked.connect(self._copy_folder)
        self.open_folder = QPushButton(page)
        self.open_folder.setObjectName("openDataFolder")
        self.open_folder.clicked.connect(self._open_folder)
        self.folder_label = QLabel(page)
        self.folder_note = QLabel(page)
        self.folder_note.setObjectName("dataFolderNote")
        self.folder_note.setWordWrap(True)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.copy_folder)
        folder_buttons.addWidget(self.open_folder)
        folder_buttons.addStretch(1)

        self.max_size = QSpinBox(page)
        self.max_size.setObjectName("maxEvidenceMb")
        self.max_size.setRange(1, MAX_EVIDENCE_MB)
        self.max_size.setSingleStep(50)
        self.max_size.setSuffix(" MB")
        self.max_size.setEnabled(False)
        self.max_size.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.max_size_label = QLabel(page)
        self.max_size_label.setBuddy(self.max_size)
        self.max_size_note = QLabel(page)
        self.max_size_note.setWordWrap(True)
        self.general_error = QLabel(page)
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()

        form = QFormLayout(page)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.language_label, stacked(self.language_combo, self.language_note))
        form.addRow(self.folder_label, stacked(self.data_folder, folder_buttons, self.folder_note))
        form.addRow(self.max_size_label, stacked(self.max_size, self.max_size_note))
        form.addRow(self.general_error)
        self.setTabOrder(self.language_combo, self.data_folder)
        self.setTabOrder(self.data_folder, self.copy_folder)
        self.setTabOrder(self.copy_folder, self.open_folder)
        self.setTabOrder(self.open_folder, self.max_size)
        return page

    def _build_profile(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("profileTab")
        self.profile_note = QLabel(page)
        self.profile_note.setWordWrap(True)
        self.profile_form = ProfileForm(page)
        self.profile_form.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.profile_note)
        layout.addWidget(self.profile_form)
        layout.addStretch(1)
        return page

    def _build_sync(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("syncTab")
        self.server_url = QLineEdit(page)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setEnabled(False)
        self.server_url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.server_url.editingFinished.connect(self._check_url_inline)
        self.server_url.textEdited.connect(lambda _text: self._set_url_error(None))
        self.server_label = QLabel(page)
        self.server_label.setBuddy(self.server_url)
        self.url_error = QLabel(page)
        self.url_error.setObjectName("serverUrlError")
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet(ERROR_STYLE)
        self.url_error.hide()
        self.server_note = QLabel(page)
        self.server_note.setWordWrap(True)
        self.auto_sync = QCheckBox(page)
        self.auto_sync.setObjectName("autoSync")
        self.auto_sync.setEnabled(False)
        self.auto_note = QLabel(page)
        self.auto_note.setWordWrap(True)
        form = QFormLayout(page)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.server_label, stacked(self.server_url, self.url_error, self.server_note))
        form.addRow(stacked(self.auto_sync, self.auto_note))
        return page

    def _build_key(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("keyTab")
        self.key_intro = QLabel(page)
        self.key_intro.setWordWrap(True)
        self.key_missing = QLabel(page)
        self.key_missing.setObjectName("keyMissing")
        self.key_missing.setWordWrap(True)
        self.key_missing.hide()
        self.key_details = QWidget(page)
        self.key_details.setObjectName("keyDetails")
        self.key_details.hide()
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.key_fields: dict[str, QLabel] = {}
        form = QFormLayout(self.key_details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.key_labels: dict[str, QLabel] = {}
        rows = ("name", "code", "organization", "issuer", "from", "to", "fingerprint", "passphrase")
        for name in rows:
            value = QLabel(self.key_details)
            value.setObjectName("key" + name.capitalize())
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                selectable | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label = QLabel(self.key_details)
            self.key_fields[name] = value
            self.key_labels[name] = label
            form.addRow(label, value)
        self.export_cert = QPushButton(page)
        self.export_cert.setObjectName("exportCertificate")
        self.export_cert.clicked.connect(self._export_certificate)
        self.export_cert.hide()
        row = QHBoxLayout()
        row.addWidget(self.export_cert)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_intro)
        layout.addSpacing(6)
        layout.addWidget(self.key_missing)
        layout.addWidget(self.key_details)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, text in enumerate(
            (self.tr("&General"), self.tr("&Profile"), self.tr("S&ync"), self.tr("Signing &key"))
        ):
            self.tabs.setTabText(index, text)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))

        self.language_label.setText(self.tr("Screen &language:"))
        self.language_combo.setAccessibleName(self.tr("Screen language"))
        self.language_note.setText(self.tr("The language changes at once, in every window."))
        self.folder_label.setText(self.tr("Data folder:"))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.copy_folder.setText(self.tr("&Copy path"))
        self.copy_folder.setAccessibleName(self.tr("Copy the data folder path"))
        self.open_folder.setText(self.tr("&Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        if not self.folder_note.property("custom"):
            self.folder_note.setText(
                self.tr(
                    "Your audits, evidence and signing key are kept here. Include this folder "
                    "in your backups."
                )
            )
        self.max_size_label.setText(self.tr("Largest evidence &file:"))
        self.max_size.setAccessibleName(self.tr("Largest evidence file, in megabytes"))
        self.max_size_note.setText(
            self.tr(
                "Files bigger than this are refused when you add evidence, so a video by "
                "mistake does not fill the disk."
            )
        )

        self.profile_note.setText(
            self.tr(
                "These details appear on the cover of your reports. The signing key keeps the "
                "name it was created with."
            )
        )

        self.server_label.setText(self.tr("OIC server &address:"))
        self.server_url.setAccessibleName(self.tr("OIC server address"))
        self.server_url.setPlaceholderText(self.tr("https://oic.example.mx"))
        self.server_note.setText(
            self.tr(
                "The OIC gives you this address. It must begin with https://; leave it empty "
                "if you hand in your reports on a USB stick."
            )
        )
        self.auto_sync.setText(
            self.tr("Send finished reports to the OIC auto&matically when there is a connection")
        )
        self.auto_sync.setAccessibleName(self.tr("Send reports automatically"))
        self.auto_note.setText(
            self.tr(
                "When this is off, reports are only sent when you ask for it. Nothing is lost "
                "while you are offline: they wait on this computer."
            )
        )
        self._check_url_inline(quiet=True)

        self.key_intro.setText(
            self.tr(
                "Your reports are signed with this key. Its certificate says who you are; the "
                "fingerprint lets the OIC check that a signature is yours."
            )
        )
        self.key_missing.setText(
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
            self.key_labels[name].setText(text)
            self.key_fields[name].setAccessibleName(text.rstrip(":"))
        self.export_cert.setText(self.tr("Save a copy of the &certificate…"))
        if self.loaded is not None:
            self._show_key(self.loaded)
        else:
            self.status.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # ------------------------------------------------------------- loading
    def _load(self) -> None:
        self.tasks.run(
            lambda: load_settings(self.backend.app()),
            on_success=self._loaded,
            on_failure=self._load_failed,
        )

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.status.setText(self.tr("The settings could not be read."))
        show_error(self, exc, tb)

    def _loaded(self, values: dict[str, Any]) -> None:
        self.loaded = values
        self.status.clear()
        self.profile_form.set_values(values["profile"])
        self.server_url.setText(values["server_url"])
        self.auto_sync.setChecked(values["auto_sync"])
        self.max_size.setValue(max(1, min(MAX_EVIDENCE_MB, round(values["max_bytes"] / MB))))
        for widget in (self.profile_form, self.server_url, self.auto_sync, self.max_size):
            widget.setEnabled(True)
        self.save_button.setEnabled(True)
        self._show_key(values)

    def _show_key(self, values: dict[str, Any]) -> None:
        key: KeyInfo | None = values["key"]
        self.key_missing.setVisible(key is None)
        self.key_details.setVisible(key is not None)
        self.export_cert.setVisible(key is not None)
        if key is None:
            return
        fields = self.key_fields
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
        if values["in_keyring"]:
            fields["passphrase"].setText(self.tr("Kept in the system keyring."))
        elif values["keyring"]:
            fields["passphrase"].setText(
                self.tr("Not in the system keyring: you will be asked for it when you sign.")
            )
        else:
            fields["passphrase"].setText(
                self.tr(
                    "This computer has no system keyring: you will be asked for it each time "
                    "you sign."
                )
            )

    # ------------------------------------------------------------ language
    def _language_chosen(self, _index: int) -> None:
        language = self.language_combo.currentData()
        if language == self.language:
            return
        self.language = i18n.install(language)
        self.backend.settings().setValue("language", self.language)
        self.language_changed.emit(self.language)

    # --------------------------------------------------------- data folder
    def _copy_folder(self) -> None:
        QGuiApplication.clipboard().setText(str(self.backend.data_dir))
        self._folder_message(self.tr("The path was copied. Paste it where you need it."))

    def _open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backend.data_dir))):
            self._folder_message(
                self.tr(
                    "The folder could not be opened here. Use Copy path and paste it in your file manager."
                )
            )

    def _folder_message(self, text: str) -> None:
        self.folder_note.setProperty("custom", True)
        self.folder_note.setText(text)

    # -------------------------------------------------------- certificate
    def _export_certificate(self) -> None:
        suggested = str(Path.home() / self.tr("observer-certificate.pem"))
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the certificate"),
            suggested,
            self.tr("Certificates (*.pem *.crt)"),
        )
        if not target:
            return
        self.tasks.run(
            lambda: export_certificate(self.backend.app(), Path(target)),
            on_success=lambda path: self.status.setText(
                self.tr("Certificate saved in %1").replace("%1", str(path))
            ),
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    # --------------------------------------------------------------- saving
    def _set_url_error(self, text: str | None) -> None:
        self.url_error.setText(text or "")
        self.url_error.setVisible(bool(text))

    def _check_url_inline(self, quiet: bool = False) -> bool:
        if not self.server_url.isEnabled():
            return True
        _url, error = check_server_url(self.server_url.text())
        if error is None or not quiet or self.url_error.isVisible():
            self._set_url_error(error)
        return error is None

    def changes(self) -> dict[str, Any] | None:
        """What differs from what was loaded; None (and the reason shown) if something is wrong."""
        assert self.loaded is not None
        changes: dict[str, Any] = {}
        loaded_profile = self.loaded["profile"]
        values = self.profile_form.values()
        if loaded_profile is not None:
            values["language"] = profile_language(self.language)
            before = {key: loaded_profile.get(key) for key in values}
            if values != before:
                changes["profile"] = values
        elif self.profile_form.is_edited():
            values["language"] = profile_language(self.language)
            changes["profile"] = values
        if "profile" in changes and not self.profile_form.check():
            self.tabs.setCurrentIndex(self.TAB_PROFILE)
            return None
        url, error = check_server_url(self.server_url.text())
        if error is not None:
            self._set_url_error(error)
            self.tabs.setCurrentIndex(self.TAB_SYNC)
            self.server_url.setFocus()
            return None
        if url != self.loaded["server_url"]:
            changes["server_url"] = url
        if self.auto_sync.isChecked() != self.loaded["auto_sync"]:
            changes["auto_sync"] = self.auto_sync.isChecked()
        loaded_mb = max(1, min(MAX_EVIDENCE_MB, round(self.loaded["max_bytes"] / MB)))
        if self.max_size.value() != loaded_mb:
            changes["max_bytes"] = self.max_size.value() * MB
        return changes

    def save(self) -> None:
        if self.loaded is None or self._saving:
            return
        self.profile_form.clear_error()
        self.general_error.hide()
        changes = self.changes()
        if changes is None:
            return
        if not changes:
            self.accept()
            return
        self._set_saving(True)
        self.tasks.run(
            lambda: save_settings(self.backend.app(), changes),
            on_success=self._saved,
            on_failure=self._save_failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.tabs.setEnabled(not saving)
        self.status.setText(self.tr("Saving…") if saving else "")

    def _saved(self, values: dict[str, Any]) -> None:
        self._set_saving(False)
        self.loaded = values
        self.saved.emit()
        self.accept()

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self._set_saving(False)
        if isinstance(exc, SectionError):
            self.tabs.setCurrentIndex(exc.section)
            if exc.section == self.TAB_PROFILE:
                self.profile_form.show_error(str(exc))
                self.profile_form.code.setFocus()
            else:
                self.general_error.setText(str(exc))
                self.general_error.show()
        else:
            show_error(self, exc, tb)

    def reject(self) -> None:
        if self._saving:
            return  # the worker is writing; it closes the dialog itself when done
        super().reject()
