"""An audit's versions: finalize a draft, and copy a finalized audit into a new draft.

A mixin of :class:`~observer_desktop.services.app.Observador`. Finalizing freezes
the observer's profile into the audit and records the SHA-256 of its canonical
document in the custody log; a new version copies answers, manual findings and
evidence links, and its ``audit.created`` entry carries the starting state so its
log stands alone.
"""

from __future__ import annotations

import uuid

from observer_desktop.core.canonical import canonical_hash
from observer_desktop.core.engine import MissingItem, evaluate
from observer_desktop.core.errors import CheckFailedError, ConflictError, InputError
from observer_desktop.services.json_columns import dump_json, load_json
from observer_desktop.storage.database import Database
from observer_desktop.storage.repositories import Store, now_iso

__all__ = ["IncompleteAuditError", "VersionsMixin"]

# what a new version copies from the audit row it supersedes
_COPIED_COLUMNS = (
    "form_id",
    "form_version",
    "form_sha256",
    "header",
    "repeat_counts",
    "title",
    "event_date",
    "observer_code",
)


class IncompleteAuditError(CheckFailedError):
    def __init__(self, missing: list[MissingItem]):
        self.missing = missing
        lines = "\n".join(f"  - {m.message} [{m.id}]" for m in missing)
        super().__init__(
            "La auditoría no se puede finalizar: "
            + ("falta 1 elemento" if len(missing) == 1 else f"faltan {len(missing)} elementos")
            + f":\n{lines}"
        )


class VersionsMixin:
    """Finalize an audit; start its next version."""

    store: Store
    database: Database

    def finalize(self, audit_ref: str) -> dict:
        if self.store.get_profile() is None:
            raise InputError(
                "Antes de finalizar, registre su perfil de observador "
                "(observer init --name … --code …): la auditoría finalizada lleva su nombre."
            )
        with self.database.transaction():
            audit, checklist = self.editable_audit(audit_ref)
            result = evaluate(checklist, self.audit_state(audit))
            if result.missing:
                raise IncompleteAuditError(result.missing)
            now = now_iso()
            # the person who finalizes signs off: their profile is frozen into the audit
            self.store.update_audit(
                audit["id"],
                status="finalized",
                finalized_at=now,
                updated_at=now,
                observer=dump_json(self._observer_snapshot()),
            )
            document = self.audit_document(audit["id"])
            digest = canonical_hash(document)
            self.store.update_audit(audit["id"], finalized_sha256=digest)
            self.store.append_custody(
                audit["id"], "audit.finalized", {"content_sha256": digest}, actor=self.actor()
            )
        return self.store.get_audit(audit["id"])

    def new_version(self, audit_ref: str) -> dict:
        """Copy a finalized (or later) audit into a new draft that supersedes it."""
        with self.database.transaction():
            return self._new_version(audit_ref)

    def _new_version(self, audit_ref: str) -> dict:
        """:meth:`new_version` inside the transaction it opened."""
        old = self.resolve_audit(audit_ref)
        if old["status"] == "draft":
            raise InputError("La auditoría sigue en borrador; puede modificarla directamente.")
        if old["superseded_by"]:
            raise ConflictError(
                f"La auditoría ya tiene una versión más nueva ({old['superseded_by'][:8]}); "
                "trabaje sobre esa."
            )
        checklist = self.checklist_for(old)
        new_id = str(uuid.uuid4())
        now = now_iso()
        row = {k: old[k] for k in _COPIED_COLUMNS}
        row.update(
            id=new_id,
            status="draft",
            version=old["version"] + 1,
            supersedes=old["id"],
            created_at=now,
            updated_at=now,
            search_text=old["search_text"].replace(old["id"], new_id),
        )
        self.store.insert_audit(row)
        self._copy_answers(old["id"], new_id)
        new_finding_ids = self._copy_manual_findings(old["id"], new_id, now)
        self._copy_evidence(old["id"], new_id, new_finding_ids)
        self.store.update_audit(old["id"], superseded_by=new_id)
        self.store.append_custody(
            new_id, "audit.created", self._starting_state(old), actor=self.actor()
        )
        self.store.append_custody(old["id"], "audit.superseded", {"by": new_id}, actor=self.actor())
        self._refresh_findings(new_id, checklist)
        return self.store.get_audit(new_id)

    def _copy_answers(self, old_id: str, new_id: str) -> None:
        for answer in self.store.answers(old_id):
            self.store.put_answer(
                new_id,
                answer["question_id"],
                answer["item"],
                value=answer["value"],
                note=answer["note"],
            )

    def _copy_manual_findings(self, old_id: str, new_id: str, now: str) -> dict[str, str]:
        """Copy the observer's own findings (rule findings are raised again); old id → new."""
        new_finding_ids: dict[str, str] = {}
        for f in self.store.findings(old_id):
            if f["source"] == "manual":
                new_finding_ids[f["id"]] = str(uuid.uuid4())
                self.store.insert_finding(
                    {
                        **f,
                        "id": new_finding_ids[f["id"]],
                        "audit_id": new_id,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        return new_finding_ids

    def _copy_evidence(self, old_id: str, new_id: str, new_finding_ids: dict[str, str]) -> None:
        """Copy the evidence rows and their links (to questions, and to copied findings)."""
        for ev in self.store.evidence(old_id):
            ev_id = str(uuid.uuid4())
            links = ev.pop("links")
            self.store.insert_evidence({**ev, "id": ev_id, "audit_id": new_id})
            for link in links:
                if link["question_id"]:
                    self.store.insert_evidence_link(
                        ev_id, question_id=link["question_id"], item=link["item"]
                    )
                elif link["finding_id"] in new_finding_ids:
                    self.store.insert_evidence_link(
                        ev_id, finding_id=new_finding_ids[link["finding_id"]]
                    )

    def _starting_state(self, old: dict) -> dict:
        """The new version's ``audit.created`` details: what it supersedes and its
        starting state, so the log alone can rebuild this version."""
        return {
            "supersedes": old["id"],
            "supersedes_head": old["log_head"],
            "form": old["form_id"],
            "form_version": old["form_version"],
            "form_sha256": old["form_sha256"],
            "header": load_json(old["header"]),
            "repeat_counts": load_json(old["repeat_counts"]),
            "answers": [
                [a["question_id"], a["item"], a["value"], a["note"]]
                for a in self.store.answers(old["id"])
            ],
        }
