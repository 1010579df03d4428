"""The assistant's first page: welcome, and the screen language (switched at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from observer_desktop.ui import i18n
from observer_desktop.ui.wizard.page import AssistantPage


class WelcomePage(AssistantPage):
    """Welcome, and the screen language."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeTitle")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setObjectName("welcomeText")
        self.intro.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(language)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.language_label.setBuddy(self.language)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        row = QFormLayout()
        row.addRow(self.language_label, self.language)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Three short steps and you are ready to audit."))
        self.heading.setText(self.tr("Welcome to Observador"))
        self.intro.setText(
            self.tr(
                "Observador helps you fill in the audit checklists of the Citizen Observer "
                "Program, keep your evidence and hand signed reports to the OIC. It works "
                "without Internet.\n\nIn the next steps you will write your observer details "
                "and create the key that signs your reports. You can change everything later "
                "in Settings."
            )
        )
        self.language_label.setText(self.tr("Screen &language:"))
        self.language.setAccessibleName(self.tr("Screen language"))
