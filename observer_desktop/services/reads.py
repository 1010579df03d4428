"""Reads the UI and the CLI make of one data folder, so that neither reaches into storage.

Each function takes the app (:class:`~observer_desktop.services.app.Observador`) and
returns plain rows (dicts), as the repositories do; they change nothing. The data
folder's location (``resolve_data_dir``) is here too, for the entry points that
decide it before any app exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from observer_desktop.storage.database import resolve_data_dir

if TYPE_CHECKING:  # only for annotations: the CLI imports this module at start
    from observer_desktop.services.app import Observador

__all__ = [
    "DatabaseFile",
    "answers",
    "audit_or_none",
    "custody_heads",
    "database_file",
    "evidence_rows",
    "report_rows",
    "resolve_data_dir",
]


def audit_or_none(app: Observador, audit_id: str) -> dict | None:
    """The audit with exactly this id, or ``None``.

    Unlike :meth:`Observador.resolve_audit` no prefix matches and nothing is raised:
    for ids that come from elsewhere (a PDF, a session) and may not live here.
    """
    return app.store.get_audit(audit_id)


def answers(app: Observador, audit_id: str) -> list[dict]:
    """The stored answers of one audit (question, item, value, note), by question and item."""
    return app.store.answers(audit_id)


def evidence_rows(app: Observador, audit_id: str) -> list[dict]:
    """The evidence of one audit that was not removed, each with its ``links``."""
    return app.store.evidence(audit_id)


def report_rows(app: Observador, audit_id: str) -> list[dict]:
    """The signed reports recorded for one audit, oldest first (``path`` relative to the folder)."""
    return app.store.reports(audit_id)


def custody_heads(app: Observador) -> list[dict]:
    """Every audit's custody chain head (``id``, ``log_head``, ``log_count``), oldest first."""
    return app.store.custody_heads()


@dataclass(frozen=True)
class DatabaseFile:
    """The local database as the diagnostics show it."""

    path: Path
    schema_version: int
    size: int  # bytes; 0 when the file is not there


def database_file(app: Observador) -> DatabaseFile:
    path = app.database.path
    return DatabaseFile(
        path=path,
        schema_version=app.database.schema_version(),
        size=path.stat().st_size if path.is_file() else 0,
    )
