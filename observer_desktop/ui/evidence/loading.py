"""Reading an audit's evidence list on the database thread, one read at a time.

The list comes with what its files can be linked to (the checklist's questions,
repeated items included, and the audit's findings), labelled in Spanish.
"""

from __future__ import annotations

import json
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from observer_desktop.services import reads
from observer_desktop.ui.tasks import TaskRunner


def load_evidence(app, audit_id: str) -> dict[str, Any]:
    """Worker side: the audit's evidence, and what it can be linked to (labels in Spanish)."""
    audit = app.resolve_audit(audit_id)
    checklist = app.checklist_for(audit)
    counts = json.loads(audit.get("repeat_counts") or "{}")
    sections = []
    for section in checklist.sections:
        items = [None] if section.repeat is None else list(range(counts.get(section.id, 0)))
        for item in items:
            title = section.title.es
            if item is not None:
                title += f" — {section.repeat.item_label.es} {item + 1}"
            questions = [
                {"key": ("q", q.id, item), "label": q.label.es, "evidence": q.evidence}
                for q in section.questions
            ]
            sections.append({"title": title, "questions": questions})
    findings = [
        {
            "key": ("f", f["id"]),
            "label": f["title"],
            "severity": f["severity"],
            "open": f["status"] == "open",
        }
        for f in app.findings(audit["id"], include_withdrawn=True)
    ]
    return {
        "audit_id": audit["id"],
        "status": audit["status"],
        "rows": reads.evidence_rows(app, audit["id"]),
        "sections": sections,
        "findings": findings,
    }


class EvidenceReader(QObject):
    """Reads the list of the audit shown: a read asked for while one runs follows it, and a
    result for an audit no longer shown arrives as ``None``."""

    loaded = Signal(object)  # load_evidence's dict, or None (read for an audit since left)
    failed = Signal(object, str)  # exception, traceback

    def __init__(self, backend, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.loading = False
        self._audit_id: str | None = None
        self._generation = 0
        self._again = False

    def set_audit(self, audit_id: str | None) -> None:
        """From now on read ``audit_id`` (None: nothing); results on their way are dropped."""
        self._audit_id = audit_id
        self._generation += 1
        if audit_id is None:
            self.loading = False

    def read(self) -> None:
        if self._audit_id is None:
            return
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._again = False
        generation, audit_id, backend = self._generation, self._audit_id, self.backend

        def failed(exc: BaseException, tb: str) -> None:
            if not shiboken6.isValid(self):
                return
            self.loading = False
            self.failed.emit(exc, tb)

        self.tasks.run(
            lambda: load_evidence(backend.app(), audit_id),
            on_success=lambda result: self._loaded(generation, result),
            on_failure=failed,
        )

    def _loaded(self, generation: int, result: dict) -> None:
        if not shiboken6.isValid(self):
            return
        self.loading = False
        self.loaded.emit(result if generation == self._generation else None)
        if self._again:
            self.read()
