"""The assistant's key page: the passphrase, twice, with its strength, then the signing key
made on the worker (a busy bar meanwhile); an existing key is kept as it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import InputError
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.wizard.page import AssistantPage
from observer_desktop.ui.wizard.signing_key import (
    MIN_PASSPHRASE,
    KeyInfo,
    create_signing_key,
    passphrase_strength,
    short_fingerprint,
)
from observer_desktop.ui.wizard.styles import ERROR_STYLE, OK_STYLE


class KeyPage(AssistantPage):
    """The passphrase (twice) and the signing key made with it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyPage")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("keyExplanation")
        self.explanation.setWordWrap(True)

        self.existing = QLabel(self)
        self.existing.setObjectName("keyExisting")
        self.existing.setWordWrap(True)
        self.existing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.existing.hide()

        self.fields = self._build_fields()

        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)

        self.busy = QProgressBar(self)
        self.busy.setObjectName("keyBusy")
        self.busy.setRange(0, 0)  # no percentage to give: it just takes a moment
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("keyBusyLabel")
        self.busy.hide()
        self.busy_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.existing)
        layout.addWidget(self.fields)
        layout.addSpacing(8)
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)

        self.passphrase.textChanged.connect(self._update_feedback)
        self.repeat.textChanged.connect(self._update_feedback)
        self.passphrase.textEdited.connect(self._edited)
        self.repeat.textEdited.connect(self._edited)
        self.show_text.toggled.connect(self._toggle_echo)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.show_text)

        self._creating = False
        self._failure: str | None = None  # the worker's message, already translated
        self._tried = False  # show "do not match" only after a first attempt or a full repeat
        self.retranslateUi()

    def _build_fields(self) -> QWidget:
        """The passphrase, its strength, the repeat, "show" and the mismatch message."""
        fields = QWidget(self)
        self.passphrase = QLineEdit(fields)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(fields)
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(fields)
        self.show_text.setObjectName("showPassphrase")
        self.strength = QLabel(fields)
        self.strength.setObjectName("passphraseStrength")
        self.mismatch = QLabel(fields)
        self.mismatch.setObjectName("passphraseError")
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(ERROR_STYLE)
        self.mismatch.hide()
        self.passphrase_label = QLabel(fields)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel(fields)
        self.repeat_label.setBuddy(self.repeat)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        first = QVBoxLayout()
        first.setSpacing(4)
        first.addWidget(self.passphrase)
        first.addWidget(self.strength)
        second = QVBoxLayout()
        second.setSpacing(4)
        second.addWidget(self.repeat)
        second.addWidget(self.show_text)
        second.addWidget(self.mismatch)
        form.addRow(self.passphrase_label, first)
        form.addRow(self.repeat_label, second)
        return fields

    # -- texts
    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your signing key"))
        self.setSubTitle(self.tr("It proves that your reports are yours and unaltered."))
        self.explanation.setText(
            self.tr(
                "Observador signs every report you hand in with a key that only you have. "
                "With that signature the OIC, or anyone who receives the PDF, can prove that "
                "the report comes from you and was not altered afterwards."
            )
        )
        self.passphrase_label.setText(self.tr("Pass&phrase:"))
        self.repeat_label.setText(self.tr("&Repeat the passphrase:"))
        self.show_text.setText(self.tr("&Show the passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("At least %1 characters. It protects your signing key.").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        )
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.passphrase.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(MIN_PASSPHRASE))
        )
        self.busy_label.setText(self.tr("Creating your signing key…"))
        self.busy.setAccessibleName(self.tr("Creating your signing key"))
        self._update_feedback()
        self._update_state_texts()

    def _update_state_texts(self) -> None:
        state = self.owner().state if self.joined() else None
        if state is None or not state.get("loaded"):
            self.keyring_note.setText(self.tr("Checking this computer…"))
            return
        key: KeyInfo | None = state.get("key")
        if key is not None:
            self.existing.setText(
                self.tr(
                    "You already have a signing key (fingerprint %1). It is kept as it is; "
                    "nothing needs to be done here."
                ).replace("%1", short_fingerprint(key.fingerprint))
            )
            self.keyring_note.clear()
            return
        if state.get("keyring"):
            self.keyring_note.setText(
                self.tr(
                    "Observador will keep this passphrase in the system keyring, so you will "
                    "not have to type it each time you sign. Write it down and keep it in a "
                    "safe place: you will need it if you move your data to another computer."
                )
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "This computer has no system keyring to keep the passphrase, and "
                    "Observador never saves it in a file. You will be asked for it each time "
                    "you sign a report, so write it down and keep it in a safe place."
                )
            )

    # -- state
    def has_key(self) -> bool:
        return self.owner().state.get("key") is not None

    def refresh_state(self) -> None:
        """The wizard learned whether a key and a keyring exist."""
        has_key = self.has_key()
        self.existing.setVisible(has_key)
        self.fields.setVisible(not has_key)
        self._update_state_texts()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.refresh_state()
        if not self.has_key():
            self.passphrase.setFocus()

    def isComplete(self) -> bool:
        if not self.joined():
            return False
        return bool(self.owner().state.get("loaded")) and not self._creating

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update_feedback(self) -> None:
        text = self.passphrase.text()
        level = passphrase_strength(text)
        if not text:
            self.strength.setText(
                self.tr("At least %1 characters. A short sentence is easy to remember.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            )
            self.strength.setStyleSheet("")
        elif level == 0:
            self.strength.setText(
                self.tr("Too short: %1 of at least %2 characters.")
                .replace("%1", str(len(text)))
                .replace("%2", str(MIN_PASSPHRASE))
            )
            self.strength.setStyleSheet(ERROR_STYLE)
        else:
            names = {
                1: self.tr("Strength: weak. Make it longer or mix letters, digits and signs."),
                2: self.tr("Strength: acceptable."),
                3: self.tr("Strength: strong."),
            }
            self.strength.setText(names[level])
            self.strength.setStyleSheet(OK_STYLE if level >= 2 else "")
        message = self._problem(final=self._tried)
        self.mismatch.setText(message or "")
        self.mismatch.setVisible(bool(message))

    def _edited(self, _text: str) -> None:
        if self._failure is not None:
            self._failure = None  # the observer is typing again: the worker's message is old
            self._update_feedback()

    def _problem(self, *, final: bool) -> str | None:
        text, again = self.passphrase.text(), self.repeat.text()
        if self._failure is not None:
            return self._failure
        if final and len(text) < MIN_PASSPHRASE:
            return self.tr("The passphrase must have at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        if again and (final or len(again) >= len(text)) and again != text:
            return self.tr("The two passphrases do not match. Type them again.")
        if final and not again:
            return self.tr("Type the passphrase a second time to make sure it is right.")
        return None

    # -- creation
    def validatePage(self) -> bool:
        if self._creating:
            return False
        if self.has_key():
            return True
        self._tried = True
        self._failure = None
        problem = self._problem(final=True)
        if problem:
            self._update_feedback()
            target = (
                self.passphrase if len(self.passphrase.text()) < MIN_PASSPHRASE else self.repeat
            )
            target.setFocus()
            target.selectAll()
            return False
        self._start(self.passphrase.text())
        return False  # moves on by itself when the key exists

    def _start(self, passphrase: str) -> None:
        wizard = self.owner()
        self._set_creating(True)
        wizard.tasks.run(
            lambda: create_signing_key(wizard.backend.app(), passphrase),
            on_success=self._created,
            on_failure=self._failed,
        )

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.busy.setVisible(creating)
        self.busy_label.setVisible(creating)
        self.fields.setEnabled(not creating)
        self.completeChanged.emit()
        self.owner().set_busy(creating)

    def _created(self, result: dict) -> None:
        wizard = self.owner()
        wizard.state["key"] = result["key"]
        wizard.state["in_keyring"] = result["in_keyring"]
        # the passphrase is not kept in the widgets once it did its job
        self.passphrase.clear()
        self.repeat.clear()
        self._tried = False
        self._set_creating(False)
        self.refresh_state()
        if wizard.currentPage() is self:
            wizard.next()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._set_creating(False)
        if isinstance(exc, InputError):
            self._failure = str(exc)
            self._update_feedback()
            self.passphrase.setFocus()
        else:
            show_error(self, exc, tb)
