"""The settings' sync tab: the OIC server's address (checked as it is typed) and whether
finished reports are sent automatically."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from observer_desktop.ui.settings.common import stacked
from observer_desktop.ui.settings.server_url import check_server_url
from observer_desktop.ui.wizard.styles import ERROR_STYLE


class SyncTab(QWidget):
    """Server address and automatic sending; a wrong address is explained under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncTab")
        self.server_url = QLineEdit(self)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setEnabled(False)
        self.server_url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.server_url.editingFinished.connect(self._check_url_inline)
        self.server_url.textEdited.connect(lambda _text: self._set_url_error(None))
        self.server_label = QLabel(self)
        self.server_label.setBuddy(self.server_url)
        self.url_error = QLabel(self)
        self.url_error.setObjectName("serverUrlError")
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet(ERROR_STYLE)
        self.url_error.hide()
        self.server_note = QLabel(self)
        self.server_note.setWordWrap(True)
        self.auto_sync = QCheckBox(self)
        self.auto_sync.setObjectName("autoSync")
        self.auto_sync.setEnabled(False)
        self.auto_note = QLabel(self)
        self.auto_note.setWordWrap(True)
        form = QFormLayout(self)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.server_label, stacked(self.server_url, self.url_error, self.server_note))
        form.addRow(stacked(self.auto_sync, self.auto_note))
        self.retranslateUi()

    def retranslateUi(self) -> None:
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -------------------------------------------------------------- values
    def show_values(self, values: dict[str, Any]) -> None:
        self.server_url.setText(values["server_url"])
        self.auto_sync.setChecked(values["auto_sync"])
        self.server_url.setEnabled(True)
        self.auto_sync.setEnabled(True)

    def changes(self, loaded: dict[str, Any]) -> dict[str, Any] | None:
        """What differs from ``loaded``; None (the reason under the address) if it is wrong."""
        url, error = check_server_url(self.server_url.text())
        if error is not None:
            self._set_url_error(error)
            return None
        changes: dict[str, Any] = {}
        if url != loaded["server_url"]:
            changes["server_url"] = url
        if self.auto_sync.isChecked() != loaded["auto_sync"]:
            changes["auto_sync"] = self.auto_sync.isChecked()
        return changes

    # ------------------------------------------------------------- address
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
