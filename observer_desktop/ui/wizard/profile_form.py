"""The observer's profile as a form: name, observer code, municipality, e-mail and the
optional institution (academic hours; sent to the OIC with each session).

Shared by the assistant's profile page and :mod:`observer_desktop.ui.settings`.
The form checks only that the required fields are filled in; the services' rules
(spaces in the code, its length, the e-mail) come back as their Spanish message,
which :meth:`ProfileForm.show_error` displays under the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from observer_desktop.ui.wizard.styles import ERROR_STYLE

DEFAULT_MUNICIPALITY = "Chihuahua"


def profile_language(ui_language: str) -> str:
    """The profile stores ``es``/``en``; the screens use ``es_MX``/``en``."""
    return "en" if ui_language == "en" else "es"


class ProfileForm(QWidget):
    """Name, observer code, municipality, optional e-mail and institution, with an inline
    error line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.name.setMaxLength(200)
        self.code = QLineEdit(self)
        self.code.setObjectName("profileCode")
        self.code.setMaxLength(60)
        self.municipality = QLineEdit(DEFAULT_MUNICIPALITY, self)
        self.municipality.setObjectName("profileMunicipality")
        self.municipality.setMaxLength(128)
        self.email = QLineEdit(self)
        self.email.setObjectName("profileEmail")
        self.email.setMaxLength(254)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.institution = QLineEdit(self)
        self.institution.setObjectName("profileInstitution")
        self.institution.setMaxLength(200)
        self.error = QLabel(self)
        self.error.setObjectName("profileError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self._error_text: Callable[[], str] | None = None

        self.fields = (self.name, self.code, self.municipality, self.email, self.institution)
        self.labels = [QLabel(self) for _ in self.fields]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            field.textEdited.connect(self.clear_error)
        form.addRow(self.error)
        self.setTabOrder(self.name, self.code)
        self.setTabOrder(self.code, self.municipality)
        self.setTabOrder(self.municipality, self.email)
        self.setTabOrder(self.email, self.institution)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = (
            self.tr("Full n&ame:"),
            self.tr("Observer &code:"),
            self.tr("&Municipality:"),
            self.tr("&E-mail (optional):"),
            self.tr("&Institution (optional):"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Full name"))
        self.code.setAccessibleName(self.tr("Observer code"))
        self.code.setToolTip(self.tr("The code the OIC gave you, for example OBS-014."))
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.email.setAccessibleName(self.tr("E-mail (optional)"))
        self.institution.setAccessibleName(self.tr("Institution (optional)"))
        self.institution.setToolTip(
            self.tr(
                "Where you study or work, if your participation counts as academic hours. "
                "The OIC receives it with your sessions."
            )
        )
        self.institution.setPlaceholderText(self.tr("e.g. Universidad Autónoma de Chihuahua"))
        self.code.setPlaceholderText(self.tr("e.g. OBS-014"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        if self._error_text is not None:
            self.error.setText(self._error_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "observer_code": self.code.text().strip(),
            "municipality": self.municipality.text().strip(),
            "email": self.email.text().strip() or None,
            "institution": self.institution.text().strip() or None,
        }

    def set_values(self, profile: dict | None) -> None:
        if not profile:
            return
        self.name.setText(profile.get("name") or "")
        self.code.setText(profile.get("observer_code") or "")
        self.municipality.setText(profile.get("municipality") or DEFAULT_MUNICIPALITY)
        self.email.setText(profile.get("email") or "")
        self.institution.setText(profile.get("institution") or "")
        for field in self.fields:
            field.setModified(False)

    def is_edited(self) -> bool:
        return any(f.isModified() for f in self.fields)

    def check(self) -> bool:
        """The required fields are filled in; otherwise say which one and focus it.

        Everything else (spaces in the code, its length, the e-mail) is the
        services' rule, whose Spanish message :meth:`show_error` displays.
        """
        missing = (
            (self.name, lambda: self.tr("Please write your full name.")),
            (self.code, lambda: self.tr("Please write the observer code the OIC gave you.")),
            (self.municipality, lambda: self.tr("Please write your municipality.")),
        )
        for field, message in missing:
            if not field.text().strip():
                self._set_error(message)
                field.setFocus()
                return False
        self.clear_error()
        return True

    def show_error(self, text: str) -> None:
        """A message that is already in the screen's language (the services' own)."""
        self._set_error(lambda: text)

    def _set_error(self, text: Callable[[], str]) -> None:
        self._error_text = text
        self.error.setText(text())
        self.error.show()

    def clear_error(self) -> None:
        self._error_text = None
        self.error.clear()
        self.error.hide()

    def setEnabledFields(self, enabled: bool) -> None:
        for field in self.fields:
            field.setReadOnly(not enabled)
