"""The audit as its canonical JSON document (format ``observador.audit/1``).

A mixin of :class:`~observer_desktop.services.app.Observador`.
:meth:`DocumentMixin.audit_document` is *the* machine-readable audit: finalizing
hashes it, the report embeds it, a submission sends it, and custody
verification recomputes it as it was at finalization.
"""

from __future__ import annotations

from observer_desktop.services.json_columns import load_json
from observer_desktop.storage.repositories import Store

__all__ = ["AUDIT_FORMAT", "DocumentMixin"]

AUDIT_FORMAT = "observador.audit/1"

# the finding columns the document carries (withdrawn findings included)
_FINDING_KEYS = (
    "id",
    "source",
    "rule_id",
    "question_id",
    "item",
    "severity",
    "title",
    "description",
    "recommendation",
    "status",
    "created_at",
    "updated_at",
)


class DocumentMixin:
    """Build an audit's canonical document."""

    store: Store

    def audit_document(self, audit_ref: str) -> dict:
        """The audit as its canonical JSON document (the machine-readable record)."""
        audit = self.resolve_audit(audit_ref)
        answers = [_answer_entry(a) for a in self.store.answers(audit["id"])]
        findings = [
            {k: f[k] for k in _FINDING_KEYS}
            for f in self.store.findings(audit["id"], include_withdrawn=True)
        ]
        evidence = [_evidence_entry(ev) for ev in self.store.evidence(audit["id"])]
        # a draft shows who is working on it; from finalization on, who signed off
        observer = (
            load_json(audit["observer"])
            if audit["status"] != "draft"
            else self._observer_snapshot()
        )
        return {
            "format": AUDIT_FORMAT,
            "audit": _audit_entry(audit, observer or None),
            "answers": answers,
            "findings": findings,
            "evidence": evidence,
            "custody": {"count": audit["log_count"], "head": audit["log_head"]},
        }


def _audit_entry(audit: dict, observer: dict | None) -> dict:
    return {
        "id": audit["id"],
        "version": audit["version"],
        "supersedes": audit["supersedes"],
        "status": audit["status"],
        "created_at": audit["created_at"],
        "updated_at": audit["updated_at"],
        "finalized_at": audit["finalized_at"],
        "form": {
            "id": audit["form_id"],
            "version": audit["form_version"],
            "sha256": audit["form_sha256"],
        },
        "header": load_json(audit["header"]),
        "repeat_counts": load_json(audit["repeat_counts"]),
        "observer": observer,
    }


def _answer_entry(a: dict) -> dict:
    return {
        "question": a["question_id"],
        "item": a["item"],
        "value": a["value"],
        "note": a["note"],
        "updated_at": a["updated_at"],
    }


def _evidence_entry(ev: dict) -> dict:
    return {
        "id": ev["id"],
        "sha256": ev["sha256"],
        "size": ev["size"],
        "mime": ev["mime"],
        "original_name": ev["original_name"],
        "caption": ev["caption"],
        "captured_at": ev["captured_at"],
        "imported_at": ev["imported_at"],
        "gps": None if ev["gps_lat"] is None else [ev["gps_lat"], ev["gps_lon"]],
        "metadata": ev["metadata"],
        "links": [
            {
                "question": link["question_id"],
                "item": link["item"],
                "finding": link["finding_id"],
            }
            for link in ev["links"]
        ],
    }
