"""The zip of a package: its members, their size limits, the manifest and its hashes.

Nothing in a member is trusted before its size is bounded while it is read (a
lying header or a zip bomb cannot exhaust memory or disk) and its SHA-256 and
size match the manifest. JSON members are read strictly: no duplicate keys, no
NaN or infinities, no integer beyond what SQLite and every JSON reader keep exact.
"""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path
from typing import IO, Any

from observer_desktop.core.canonical import no_constants, sha256_hex, unique_keys
from observer_desktop.services.packages.layout import (
    FIXED_MEMBERS,
    PACKAGE_FORMAT,
    PackageError,
    is_evidence_member,
    is_int,
    require,
)

__all__ = [
    "MAX_CHECKLIST_BYTES",
    "MAX_EVIDENCE_BYTES",
    "MAX_JSON_BYTES",
    "MAX_MEMBERS",
    "MAX_TOTAL_BYTES",
    "Container",
]

MAX_JSON_BYTES = 32 * 1024 * 1024
MAX_CHECKLIST_BYTES = 2 * 1024 * 1024
MAX_EVIDENCE_BYTES = 500 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_MEMBERS = 20000
_MAX_INT = 2**53  # beyond this a JSON number is not exact everywhere, nor fits SQLite


class Container:
    """An open package zip whose member names are checked; read its manifest next."""

    def __init__(self, zf: zipfile.ZipFile, path: Path):
        self.zf = zf
        self.path = path
        self.members = _check_members(zf, path)
        self.manifest: dict[str, Any] = {}
        self.declared: dict[str, dict] = {}  # the manifest's entry per member name

    def read_manifest(self) -> dict[str, Any]:
        """Read manifest.json; its files must be exactly the zip's other members."""
        path = self.path
        manifest = strict_json(
            self._read_limited("manifest.json", MAX_JSON_BYTES), "manifest.json", path
        )
        require(
            isinstance(manifest, dict) and manifest.get("format") == PACKAGE_FORMAT,
            path,
            f"manifest.json no declara el formato {PACKAGE_FORMAT}.",
        )
        files = manifest.get("files")
        require(isinstance(files, list), path, "manifest.json no tiene la lista 'files'.")
        for entry in files:
            require(
                isinstance(entry, dict)
                and isinstance(entry.get("name"), str)
                and isinstance(entry.get("sha256"), str)
                and is_int(entry.get("size"))
                and entry["size"] >= 0,
                path,
                "una entrada de manifest.json 'files' no tiene name, sha256 y size válidos.",
            )
            require(
                entry["name"] not in self.declared,
                path,
                f"{entry['name']!r} figura dos veces en el manifiesto.",
            )
            self.declared[entry["name"]] = entry
        listed = set(self.members) - {"manifest.json"}
        declared = set(self.declared)
        require(
            declared == listed,
            path,
            "el manifiesto y el contenido del zip no coinciden "
            f"(sobran {sorted(listed - declared)[:3]}, faltan {sorted(declared - listed)[:3]}).",
        )
        self.manifest = manifest
        return manifest

    def read_json(self, name: str, what: str | None = None) -> Any:
        """A JSON member, checked against the manifest; ``what`` names it in messages."""
        return strict_json(self.read_checked(name, MAX_JSON_BYTES), what or name, self.path)

    def read_checked(self, name: str, limit: int) -> bytes:
        """A member's bytes, refused unless its size and SHA-256 are the manifest's."""
        data = self._read_limited(name, limit)
        entry = self.declared[name]
        require(
            len(data) == entry["size"] and sha256_hex(data) == entry["sha256"],
            self.path,
            f"{name} no coincide con su huella en el manifiesto (archivo alterado).",
        )
        return data

    def evidence_files(self) -> set[str]:
        """The SHA-256 of every evidence member the manifest declares."""
        return {name[len("evidence/") :] for name in self.declared if name.startswith("evidence/")}

    def open_evidence(self, sha: str, size: int) -> IO[bytes]:
        """Open evidence/<sha>, whose zip header must give the size the audit declares."""
        info = self.members[f"evidence/{sha}"]
        require(info.file_size == size, self.path, f"tamaño engañoso en evidence/{sha[:12]}….")
        return self.zf.open(info)

    def evidence_head(self, sha: str, count: int) -> bytes:
        """The first ``count`` bytes of evidence/<sha> (enough to tell a program)."""
        with self.zf.open(self.members[f"evidence/{sha}"]) as member:
            return member.read(count)

    def _read_limited(self, name: str, limit: int) -> bytes:
        info = self.members[name]
        if info.file_size > limit:
            raise PackageError(
                self.path,
                f"el miembro {info.filename!r} es demasiado grande ({info.file_size} bytes).",
            )
        with self.zf.open(info) as member:
            data = member.read(limit + 1)
        if len(data) > limit:
            raise PackageError(
                self.path, f"el miembro {info.filename!r} supera el límite de {limit} bytes."
            )
        return data


def _check_members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    require(len(infos) <= MAX_MEMBERS, path, f"tiene demasiados miembros ({len(infos)}).")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in members:
            raise PackageError(path, f"el miembro {name!r} aparece dos veces.")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(path, f"el miembro {name!r} es un enlace simbólico.")
        if name not in FIXED_MEMBERS and not is_evidence_member(name):
            raise PackageError(
                path,
                f"contiene un miembro inesperado {name!r} (solo se admiten manifest.json, "
                "audit.json, custody.json, checklist.yaml y evidence/<sha256>).",
            )
        if info.flag_bits & 0x1:
            raise PackageError(path, f"el miembro {name!r} está cifrado.")
        total += info.file_size
        members[name] = info
    require(total <= MAX_TOTAL_BYTES, path, "el contenido descomprimido es demasiado grande.")
    for name in FIXED_MEMBERS:
        require(name in members, path, f"falta {name}.")
    return members


def strict_json(data: bytes, name: str, path: Path) -> Any:
    """``data`` as JSON, refused (as ``name``) on duplicate keys, NaN, or huge numbers."""
    try:
        return json.loads(
            data.decode("utf-8"),
            object_pairs_hook=unique_keys,
            parse_constant=no_constants,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except RecursionError:
        raise PackageError(
            path, f"{name} no es JSON válido (anidado demasiado profundo)."
        ) from None
    except UnicodeDecodeError:
        raise PackageError(path, f"{name} no es JSON válido (no está en UTF-8).") from None
    except ValueError as exc:
        raise PackageError(path, f"{name} no es JSON válido ({exc}).") from None


def _finite_float(token: str) -> float:
    value = float(token)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"número fuera de rango {token[:20]}")
    return value


def _bounded_int(token: str) -> int:
    if len(token) > 20 or abs(value := int(token)) > _MAX_INT:
        raise ValueError(f"número entero fuera de rango {token[:20]}")
    return value
