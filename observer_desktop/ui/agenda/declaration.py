"""The conflict-of-interest declaration asked before a sign-up: the OIC's text exactly as
it will be stored, and a check box the observer must tick to go on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class DeclarationDialog(QDialog):
    """``text``: the OIC's declaration; accepted only with the box ticked."""

    def __init__(self, event_title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("declarationDialog")
        self.text = text
        self.setWindowTitle(self.tr("Conflict of interest declaration"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("To sign up for «%1» read the OIC's declaration:").replace("%1", event_title),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("declarationText")
        self.text_view.setPlainText(text)  # the OIC's text as text, never markup
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Declaration"))
        layout.addWidget(self.text_view, 1)
        self.check = QCheckBox(self.tr("I have &no conflict of interest with this event"), self)
        self.check.setObjectName("noConflictCheck")
        layout.addWidget(self.check)
        note = QLabel(
            self.tr(
                "Your answer, this text and the time are kept and sent to the OIC with the "
                "sign-up at the next sync."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign &up"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.check.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 340)

    def accept(self) -> None:
        if self.check.isChecked():
            super().accept()
