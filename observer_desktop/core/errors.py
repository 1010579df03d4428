"""Exceptions a user can act on.

Every error raised for bad input derives from :class:`ObserverError`; its
message is written for the person at the keyboard (in Spanish, the users'
language) and says what is wrong and what to do. ``exit_code`` is what the CLI
returns: 2 for bad usage or input, 1 for a check that failed.
"""

from __future__ import annotations


class ObserverError(Exception):
    """Base class of every error meant for the user."""

    exit_code = 2


class InputError(ObserverError):
    """The user gave something unusable (a value, an id, a file)."""


class PassphraseError(InputError):
    """The signing key's passphrase is missing or wrong.

    The message is for anyone (the window shows it); ``terminal_hint`` is added by
    the command line only, where an environment variable or a prompt can help.
    """

    terminal_hint = (
        "En una terminal se le pide al ejecutar el comando; en scripts, defina OBSERVER_PASSPHRASE."
    )


class NotFoundError(InputError):
    """An audit, question, finding or checklist that does not exist."""


class AuditLockedError(InputError):
    """A change was attempted on an audit that is no longer a draft."""


class NotOwnAuditError(InputError):
    """An audit of another observer code: this profile may not sign nor send it."""


class ConflictError(InputError):
    """The data exists already with other content."""


class ChangedElsewhereError(ConflictError):
    """A write would replace a value changed elsewhere since it was shown (another
    window, the command line). ``current`` is the value stored now."""

    def __init__(self, message: str, *, current: object = None):
        super().__init__(message)
        self.current = current


class CheckFailedError(ObserverError):
    """A verification ran and found a problem (exit code 1)."""

    exit_code = 1


class StorageError(ObserverError):
    """The local database cannot be used as it is."""


_OS_REASONS = {
    "ENOENT": "no existe",
    "EACCES": "no tiene permiso",
    "EPERM": "no tiene permiso",
    "EEXIST": "ya existe",
    "ENOTDIR": "una parte de la ruta no es una carpeta",
    "EISDIR": "es una carpeta, no un archivo",
    "ENOSPC": "el disco está lleno",
    "EROFS": "el disco es de solo lectura",
    "ENAMETOOLONG": "el nombre es demasiado largo",
}


def os_reason(exc: OSError) -> str:
    """A Spanish reason for a file-system error (the system's own text is often English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name, exc.strerror or type(exc).__name__)
