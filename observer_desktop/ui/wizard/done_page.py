"""The assistant's last page: what was saved (profile, key fingerprint, where the passphrase is)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from observer_desktop.ui.wizard.page import AssistantPage
from observer_desktop.ui.wizard.signing_key import KeyInfo, short_fingerprint


class DonePage(AssistantPage):
    """The summary of what was saved; Finish closes the assistant."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("donePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLabel(self)
        self.name.setObjectName("summaryName")
        self.code = QLabel(self)
        self.code.setObjectName("summaryCode")
        self.municipality = QLabel(self)
        self.municipality.setObjectName("summaryMunicipality")
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("summaryFingerprint")
        self.passphrase_where = QLabel(self)
        self.passphrase_where.setObjectName("summaryPassphrase")
        self.passphrase_where.setWordWrap(True)
        self.outro = QLabel(self)
        self.outro.setWordWrap(True)
        for label in (self.name, self.code, self.municipality, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, value in zip(
            self.labels,
            (self.name, self.code, self.municipality, self.fingerprint, self.passphrase_where),
            strict=True,
        ):
            form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.outro)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Check your details and press Finish."))
        self.intro.setText(self.tr("Observador is ready. This is what was saved:"))
        texts = (
            self.tr("Name:"),
            self.tr("Observer code:"),
            self.tr("Municipality:"),
            self.tr("Key fingerprint:"),
            self.tr("Passphrase:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.outro.setText(
            self.tr(
                "You can change your details, the language and the OIC server later in "
                "Settings. The key fingerprint is also shown there, to compare it with the "
                "OIC if they ask."
            )
        )
        if self.joined():
            self.initializePage()

    def initializePage(self) -> None:
        wizard = self.owner()
        profile = wizard.profile or {}
        self.name.setText(profile.get("name", ""))
        self.code.setText(profile.get("observer_code", ""))
        self.municipality.setText(profile.get("municipality", ""))
        key: KeyInfo | None = wizard.state.get("key")
        self.fingerprint.setText(short_fingerprint(key.fingerprint) if key else "—")
        if wizard.state.get("in_keyring"):
            self.passphrase_where.setText(self.tr("kept in the system keyring"))
        else:
            self.passphrase_where.setText(self.tr("asked each time you sign a report"))
