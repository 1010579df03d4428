"""A package's custody log: well-formed entries, an unbroken chain up to the head
audit.json declares, and a finalized audit that is exactly what was finalized."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from observer_desktop.core.canonical import canonical_hash, canonical_json
from observer_desktop.core.custody import verify_chain
from observer_desktop.services.packages.layout import HEX64, PackageError, is_int, require

__all__ = ["check_custody", "finalized_hash"]

_ENTRY_KEYS = {"n", "at", "actor", "action", "details", "prev_hash", "hash"}


def check_custody(custody: Any, document: dict[str, Any], path: Path) -> list[dict[str, Any]]:
    """custody.json, verified against the audit's id and its declared head; return it."""
    require(isinstance(custody, list), path, "custody.json no es una lista.")
    for e in custody:
        require(
            isinstance(e, dict)
            and set(e) == _ENTRY_KEYS
            and is_int(e["n"])
            and all(isinstance(e[k], str) and len(e[k]) <= 200 for k in ("at", "actor", "action"))
            and all(isinstance(e[k], str) and HEX64.fullmatch(e[k]) for k in ("prev_hash", "hash")),
            path,
            "una entrada del registro de custodia está incompleta o mal formada.",
        )
    require(bool(custody), path, "el registro de custodia está vacío.")
    head = document.get("custody")
    require(
        isinstance(head, dict) and isinstance(head.get("head"), str) and is_int(head.get("count")),
        path,
        "audit.json no declara el final del registro de custodia (head y count).",
    )
    problem = verify_chain(
        document["audit"]["id"], custody, head_hash=head.get("head"), head_count=head.get("count")
    )
    if problem:
        raise PackageError(
            path, f"el registro de custodia está roto en la entrada {problem.n}: {problem.reason}."
        )
    _check_finalized_content(document, custody, path)
    return custody


def _check_finalized_content(document: dict, custody: list[dict], path: Path) -> None:
    """A finalized audit must be exactly what was finalized, as its custody log records.

    The ``audit.finalized`` entry holds the SHA-256 of the audit document at that
    moment; rebuild that document (status and custody head as they were then)
    and compare. A draft must not have been finalized before (no unlocking).
    """
    finals = [e for e in custody if e["action"] == "audit.finalized"]
    status = document["audit"]["status"]
    if status == "draft":
        require(
            not finals,
            path,
            "la auditoría aparece como borrador, pero su registro de custodia dice que fue "
            "finalizada (no se puede desbloquear una auditoría finalizada).",
        )
        return
    require(
        bool(finals),
        path,
        f"la auditoría dice estar en estado {status!r}, pero su registro de custodia no registra "
        "su finalización.",
    )
    last = finals[-1]
    then = json.loads(canonical_json(document))
    then["audit"]["status"] = "finalized"
    then["custody"] = {"count": last["n"] - 1, "head": last["prev_hash"]}
    recorded = last["details"].get("content_sha256") if isinstance(last["details"], dict) else None
    require(
        canonical_hash(then) == recorded,
        path,
        "el contenido de la auditoría no coincide con la huella registrada al finalizarla "
        "(el archivo fue alterado después de finalizar).",
    )


def finalized_hash(custody: list[dict]) -> str | None:
    """The content SHA-256 the last ``audit.finalized`` entry recorded."""
    for entry in reversed(custody):
        if entry["action"] == "audit.finalized":
            return entry["details"].get("content_sha256")
    return None
