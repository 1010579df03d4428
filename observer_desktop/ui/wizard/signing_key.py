"""The signing key as the screens show it, and the worker functions that read, create and
keep it (its passphrase in the OS keyring).

Shared by the assistant's key page and :mod:`observer_desktop.ui.settings`:
fingerprints written for people, the passphrase's strength, the certificate's
dates, and :class:`KeyInfo` (what is shown about a key, no secrets).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from observer_desktop.core.errors import InputError
from observer_desktop.reports.signing import SigningIdentity
from observer_desktop.services import keys
from observer_desktop.services.app import Observador

MIN_PASSPHRASE = 8  # reports.signing.create_identity refuses anything shorter


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
