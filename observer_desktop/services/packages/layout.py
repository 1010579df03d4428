"""The package format: its name, its members, and what an import refuses with.

:class:`PackageError` says which file was refused and that nothing changed;
:func:`require` and the small value checks are shared by every import stage.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import InputError

__all__ = [
    "FIXED_MEMBERS",
    "HEX64",
    "PACKAGE_FORMAT",
    "PACKAGE_SUFFIX",
    "PackageError",
    "is_evidence_member",
    "is_int",
    "is_uuid",
    "opt_str",
    "require",
]

PACKAGE_FORMAT = "observador.package/1"
PACKAGE_SUFFIX = ".observador.zip"
# every member but evidence/<sha256>, in the order the import reads them
FIXED_MEMBERS = ("manifest.json", "audit.json", "custody.json", "checklist.yaml")
HEX64 = re.compile(r"[0-9a-f]{64}")
_EVIDENCE_NAME = re.compile(r"evidence/([0-9a-f]{64})")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class PackageError(InputError):
    """A package that cannot be imported; nothing was changed."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(f"No se importó {path}: {message} No se modificó nada.")


def require(cond: bool, path: Path, message: str) -> None:
    if not cond:
        raise PackageError(path, message)


def is_evidence_member(name: str) -> bool:
    return _EVIDENCE_NAME.fullmatch(name) is not None


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def opt_str(value: Any, limit: int = 20000) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= limit)
