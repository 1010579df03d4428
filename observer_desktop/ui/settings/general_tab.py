"""The settings' general tab: screen language (applied at once), data folder, largest
evidence file, and where a refused general value is explained."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from observer_desktop.ui import i18n
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.settings.common import stacked
from observer_desktop.ui.settings.data_folder import DataFolder
from observer_desktop.ui.wizard.styles import ERROR_STYLE

MB = 1024 * 1024
MAX_EVIDENCE_MB = 50 * 1024  # services.evidence refuses more than 50 GB


def evidence_mb(max_bytes: int) -> int:
    """The stored limit in whole megabytes, as the spin box can show it."""
    return max(1, min(MAX_EVIDENCE_MB, round(max_bytes / MB)))


class GeneralTab(QWidget):
    """Language, data folder and evidence size. The language is not saved with the rest:
    it applies and is kept in ``ui.ini`` as soon as it is chosen (``language_changed``)."""

    language_changed = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setObjectName("generalTab")
        stored = backend.settings().value("language", i18n.DEFAULT_LANGUAGE)
        self.language = stored if stored in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
        self._build_language()
        self.folder = DataFolder(backend.data_dir, self)
        self._build_evidence_size()
        self.error = QLabel(self)
        self.error.setObjectName("generalError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._lay_out()
        self.retranslateUi()

    # ------------------------------------------------------------ building
    def _build_language(self) -> None:
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.language)))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)

    def _build_evidence_size(self) -> None:
        self.max_size = QSpinBox(self)
        self.max_size.setObjectName("maxEvidenceMb")
        self.max_size.setRange(1, MAX_EVIDENCE_MB)
        self.max_size.setSingleStep(50)
        self.max_size.setSuffix(" MB")
        self.max_size.setEnabled(False)
        self.max_size.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.max_size_label = QLabel(self)
        self.max_size_label.setBuddy(self.max_size)
        self.max_size_note = QLabel(self)
        self.max_size_note.setWordWrap(True)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.language_label, stacked(self.language_combo, self.language_note))
        form.addRow(self.folder.label, self.folder.column)
        form.addRow(self.max_size_label, stacked(self.max_size, self.max_size_note))
        form.addRow(self.error)
        QWidget.setTabOrder(self.language_combo, self.folder.path)
        QWidget.setTabOrder(self.folder.path, self.folder.copy_button)
        QWidget.setTabOrder(self.folder.copy_button, self.folder.open_button)
        QWidget.setTabOrder(self.folder.open_button, self.max_size)

    # --------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.language_label.setText(self.tr("Screen &language:"))
        self.language_combo.setAccessibleName(self.tr("Screen language"))
        self.language_note.setText(self.tr("The language changes at once, in every window."))
        self.folder.retranslateUi()
        self.max_size_label.setText(self.tr("Largest evidence &file:"))
        self.max_size.setAccessibleName(self.tr("Largest evidence file, in megabytes"))
        self.max_size_note.setText(
            self.tr(
                "Files bigger than this are refused when you add evidence, so a video by "
                "mistake does not fill the disk."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -------------------------------------------------------------- values
    def show_values(self, values: dict[str, Any]) -> None:
        self.max_size.setValue(evidence_mb(values["max_bytes"]))
        self.max_size.setEnabled(True)

    def changes(self, loaded: dict[str, Any]) -> dict[str, Any]:
        if self.max_size.value() != evidence_mb(loaded["max_bytes"]):
            return {"max_bytes": self.max_size.value() * MB}
        return {}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------ language
    def _language_chosen(self, _index: int) -> None:
        language = self.language_combo.currentData()
        if language == self.language:
            return
        self.language = i18n.install(language)
        self.backend.settings().setValue("language", self.language)
        self.language_changed.emit(self.language)
