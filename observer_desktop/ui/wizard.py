"""The first-run assistant: screen language, observer profile and signing key.

Four pages: welcome (language), profile, signing key, summary. Everything that
touches the database, the key files or the keyring runs on the worker through
:class:`~observer_desktop.ui.tasks.TaskRunner`; the pages wait for the answer
(Next/Finish disabled, a busy bar while the key is made) and then move on by
themselves. Run again, it pre-fills the saved profile and keeps an existing key.

:class:`ProfileForm`, :class:`KeyInfo` and the worker functions here are shared
with :mod:`observer_desktop.ui.settings_dialog`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from observer_desktop.core.errors import InputError
from observer_desktop.reports.signing import SigningIdentity
from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.ui import i18n
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8  # reports.signing.create_identity refuses anything shorter
DEFAULT_MUNICIPALITY = "Chihuahua"
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


# ------------------------------------------------------------------ pure helpers


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits of a SHA-256 fingerprint, in groups of four: ``AB12 CD34 …``."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def grouped_fingerprint(fingerprint: str) -> str:
    """The whole fingerprint in groups of four, easy to read aloud over the phone."""
    text = fingerprint.upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 acceptable, 3 strong (length and variety of characters)."""
    if len(text) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    if len(text) >= 16 or (len(text) >= 12 and kinds >= 3):
        return 3
    if len(text) >= 10 or kinds >= 3:
        return 2
    return 1


def local_date(moment: dt.datetime) -> str:
    """A date in the screen language's long format, without the weekday (``6 de mayo de 2025``)."""
    day = moment.astimezone().date()
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"^\s*dddd[,\s]*|[,\s]*dddd\s*$", "", pattern)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


@dataclass(frozen=True)
class KeyInfo:
    """What the screens show about the signing key and its certificate (no secrets)."""

    fingerprint: str
    subject: str
    common_name: str
    observer_code: str
    organization: str
    self_signed: bool
    issuer: str
    valid_from: dt.datetime
    valid_to: dt.datetime

    @property
    def expired(self) -> bool:
        return self.valid_to < dt.datetime.now(dt.UTC)

    @classmethod
    def of(cls, ident: SigningIdentity) -> KeyInfo:
        cert = ident.certificate

        def first(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
            values = name.get_attributes_for_oid(oid)
            return str(values[0].value) if values else ""

        return cls(
            fingerprint=ident.fingerprint,
            subject=cert.subject.rfc4514_string({NameOID.SERIAL_NUMBER: "serialNumber"}),
            common_name=ident.common_name,
            observer_code=first(cert.subject, NameOID.SERIAL_NUMBER),
            organization=first(cert.subject, NameOID.ORGANIZATION_NAME),
            self_signed=ident.self_signed,
            issuer=first(cert.issuer, NameOID.COMMON_NAME) or cert.issuer.rfc4514_string(),
            valid_from=cert.not_valid_before_utc,
            valid_to=cert.not_valid_after_utc,
        )


# ------------------------------------------------------------- worker functions


def keyring_usable() -> bool:
    """Whether the OS keyring can hold the passphrase (worker thread: backends may probe D-Bus)."""
    return keys.keyring_usable()


def passphrase_in_keyring(app: Observador) -> bool:
    """Whether the keyring holds a passphrase for this data folder (never returns the secret)."""
    return keys.passphrase_in_keyring(app)


def load_setup_state(app: Observador) -> dict[str, Any]:
    """What the assistant needs to know before it starts (worker thread)."""
    ident = keys.identity(app)
    return {
        "profile": app.profile(),
        "key": KeyInfo.of(ident) if ident is not None else None,
        "keyring": keyring_usable(),
        "in_keyring": passphrase_in_keyring(app) if ident is not None else None,
    }


def create_signing_key(app: Observador, passphrase: str) -> dict[str, Any]:
    """Create the observer's key with the passphrase they chose (worker thread).

    See ``services.keys.create_key``: the passphrase goes to the keyring when there
    is one; otherwise signing asks for it. An existing key is kept as it is.
    """
    if keys.identity(app) is None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise InputError(
                QCoreApplication.translate(
                    "FirstRunWizard", "The passphrase must have at least %1 characters."
                ).replace("%1", str(MIN_PASSPHRASE))
            )
        if app.profile() is None:
            raise InputError(
                QCoreApplication.translate(
                    "FirstRunWizard", "Save your observer profile before creating your signing key."
                )
            )
    ident, in_keyring = keys.create_key(app, passphrase)
    return {"key": KeyInfo.of(ident), "in_keyring": in_keyring}


def profile_language(ui_language: str) -> str:
    """The profile stores ``es``/``en``; the screens use ``es_MX``/``en``."""
    return "en" if ui_language == "en" else "es"


# ---------------------------------------------------------------- shared widget


class ProfileForm(QWidget):
    """Name, observer code, municipality and optional e-mail, with an inline error line."""

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
        self.error = QLabel(self)
        self.error.setObjectName("profileError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self._error_text: Callable[[], str] | None = None

        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(
            self.labels, (self.name, self.code, self.municipality, self.email), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            field.textEdited.connect(self.clear_error)
        form.addRow(self.error)
        self.setTabOrder(self.name, self.code)
        self.setTabOrder(self.code, self.municipality)
        self.setTabOrder(self.municipality, self.email)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = (
            self.tr("Full n&ame:"),
            self.tr("Observer &code:"),
            self.tr("&Municipality:"),
            self.tr("&E-mail (optional):"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Full name"))
        self.code.setAccessibleName(self.tr("Observer code"))
        self.code.setToolTip(self.tr("The code the OIC gave you, for example OBS-014."))
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.email.setAccessibleName(self.tr("E-mail (optional)"))
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
        }

    def set_values(self, profile: dict | None) -> None:
        if not profile:
            return
        self.name.setText(profile.get("name") or "")
        self.code.setText(profile.get("observer_code") or "")
        self.municipality.setText(profile.get("municipality") or DEFAULT_MUNICIPALITY)
        self.email.setText(profile.get("email") or "")
        for field in (self.name, self.code, self.municipality, self.email):
            field.setModified(False)

    def is_edited(self) -> bool:
        return any(f.isModified() for f in (self.name, self.code, self.municipality, self.email))

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
        for field in (self.name, self.code, self.municipality, self.email):
            field.setReadOnly(not enabled)


# ------------------------------------------------------------------------ pages


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def owner(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard


class WelcomePage(_Page):
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


class ProfilePage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profilePage")
        self.form = ProfileForm(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self._saving = False
        self._saved: dict[str, Any] | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your observer details"))
        self.setSubTitle(self.tr("They appear on the cover of every report you sign."))
        self.note.setText(
            self.tr(
                "Write your name as it appears on your identification and the observer "
                "code the OIC gave you."
            )
        )

    def initializePage(self) -> None:
        self.form.name.setFocus()

    def prefill(self, profile: dict | None) -> None:
        if profile and not self.form.is_edited():
            self.form.set_values(profile)
            # as stored: Next saves again only if something (or the language) changed
            self._saved = self.form.values() | {"language": profile.get("language") or "es"}

    def _values(self) -> dict[str, Any]:
        return self.form.values() | {"language": profile_language(self.owner().language)}

    def isComplete(self) -> bool:
        return not self._saving

    def validatePage(self) -> bool:
        if self._saving:
            return False
        if self._saved is not None and self._saved == self._values():
            return True  # saved just now (or unchanged since the last run)
        if not self.form.check():
            return False
        values = self._values()
        wizard = self.owner()
        self._set_saving(True)
        wizard.tasks.run(
            lambda: wizard.backend.app().save_profile(**values),
            on_success=lambda profile: self._saved_ok(values, profile),
            on_failure=self._save_failed,
        )
        return False  # moves on by itself once the worker has saved it

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.setEnabledFields(not saving)
        self.completeChanged.emit()
        self.owner().set_busy(saving)

    def _saved_ok(self, values: dict, profile: dict) -> None:
        self._saved = values
        self.owner().profile = profile
        self._set_saving(False)
        if self.owner().currentPage() is self:
            self.owner().next()

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self._set_saving(False)
        if isinstance(exc, InputError):
            self.form.show_error(str(exc))  # already Spanish
            self.form.code.setFocus()
        else:
            show_error(self, exc, tb)


class KeyPage(_Page):
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

        self.fields = QWidget(self)
        self.passphrase = QLineEdit(self.fields)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self.fields)
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(self.fields)
        self.show_text.setObjectName("showPassphrase")
        self.strength = QLabel(self.fields)
        self.strength.setObjectName("passphraseStrength")
        self.mismatch = QLabel(self.fields)
        self.mismatch.setObjectName("passphraseError")
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(ERROR_STYLE)
        self.mismatch.hide()
        self.passphrase_label = QLabel(self.fields)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel(self.fields)
        self.repeat_label.setBuddy(self.repeat)
        form = QFormLayout(self.fields)
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
        wizard = self.wizard()
        state = wizard.state if isinstance(wizard, FirstRunWizard) else None
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
        wizard = self.wizard()
        if not isinstance(wizard, FirstRunWizard):
            return False
        return bool(wizard.state.get("loaded")) and not self._creating

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


class DonePage(_Page):
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
        if isinstance(self.wizard(), FirstRunWizard):
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


# ----------------------------------------------------------------------- wizard


class FirstRunWizard(QWizard):
    """The first-run assistant. ``completed`` is emitted after Finish (profile and key saved)."""

    completed = Signal()

    PAGE_WELCOME, PAGE_PROFILE, PAGE_KEY, PAGE_DONE = range(4)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setModal(True)
        self.resize(680, 540)
        stored = backend.settings().value("language", i18n.DEFAULT_LANGUAGE)
        self.language = stored if stored in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
        self.profile: dict | None = None
        # loaded; key: KeyInfo | None; keyring: usable; in_keyring: it holds the passphrase
        self.state: dict[str, Any] = {"loaded": False, "key": None, "keyring": None}
        self._busy = False

        self.welcome_page = WelcomePage(self.language, self)
        self.profile_page = ProfilePage(self)
        self.key_page = KeyPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.PAGE_WELCOME, self.welcome_page)
        self.setPage(self.PAGE_PROFILE, self.profile_page)
        self.setPage(self.PAGE_KEY, self.key_page)
        self.setPage(self.PAGE_DONE, self.done_page)
        self.setStartId(self.PAGE_WELCOME)
        self.welcome_page.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslateUi()
        self._load()

    # -- texts
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Observador — first steps"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        language = self.welcome_page.language.currentData()
        self.language = i18n.install(language)
        self.backend.settings().setValue("language", self.language)

    # -- state
    def _load(self) -> None:
        self.tasks.run(
            lambda: load_setup_state(self.backend.app()),
            on_success=self._loaded,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _loaded(self, state: dict) -> None:
        self.profile = state["profile"]
        self.state.update(
            loaded=True,
            key=state["key"],
            keyring=state["keyring"],
            in_keyring=state["in_keyring"],
        )
        self.profile_page.prefill(state["profile"])
        self.key_page.refresh_state()

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the worker saves: no leaving the page, no closing (Next/Finish via isComplete)."""
        self._busy = busy
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        if not busy and self.currentId() == self.startId():
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def reject(self) -> None:
        if self._busy:
            return  # Esc while the key is being written: wait for it
        super().reject()

    def accept(self) -> None:
        if self._busy:
            return
        self.backend.settings().setValue("language", self.language)
        super().accept()
        self.completed.emit()
