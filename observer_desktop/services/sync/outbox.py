"""The outbox: one row per submission (one audit version on its way to the OIC), its
states (``queued`` → ``delivered``, or ``failed`` with the reason) and the rows as
the CLI and the window show them."""

from __future__ import annotations

import uuid
from typing import Any

from observer_desktop.core.errors import InputError
from observer_desktop.core.statuses import SPANISH_LABELS
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.errors import SyncError

PENDING_STATES = ("queued", "failed")
QUEUEABLE = ("finalized", "signed")
# failures whose cure is a new manifest: the next explicit sync prepares the audit again
# under a new submission id (the old one was never committed)
REPREPARE_CODES = {
    "signature_invalid",
    "manifest_mismatch",
    "submission_conflict",
    "prepare",
    "certificate_revoked",  # signed with a revoked certificate: signed again with the new one
}


def queue_audit(app: Observador, audit_ref: str) -> dict[str, Any]:
    """Put a finalized audit in the outbox (idempotent). Returns its outbox row."""
    with app.database.transaction():
        audit = app.resolve_audit(audit_ref)
        existing = [
            r
            for r in app.store.outbox_rows(audit_id=audit["id"])
            if r["state"] in (*PENDING_STATES, "delivered")
        ]
        if existing:
            return existing[-1]
        label = SPANISH_LABELS[audit["status"]].lower()
        if audit["status"] == "draft":
            raise InputError(
                f"La auditoría {audit['id'][:8]} sigue en borrador: finalícela antes de enviarla "
                "(observer audit finalize)."
            )
        if audit["superseded_by"]:
            raise InputError(
                f"La auditoría {audit['id'][:8]} tiene una versión más nueva "
                f"({audit['superseded_by'][:8]}); envíe esa."
            )
        if audit["status"] not in (*QUEUEABLE, "queued"):
            raise InputError(
                f"La auditoría {audit['id'][:8]} ya está {label}. Para corregirla cree una nueva "
                "versión (observer audit new-version) y envíe esa."
            )
        submission_id = str(uuid.uuid4())
        now = now_iso()
        app.store.insert_outbox(
            {
                "submission_id": submission_id,
                "audit_id": audit["id"],
                "audit_version": audit["version"],
                "state": "queued",
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
        )
        app.store.update_audit(audit["id"], status="queued")
        app.store.append_custody(
            audit["id"], "submission.queued", {"submission_id": submission_id}, actor=app.actor()
        )
        return app.store.outbox_rows(audit_id=audit["id"])[-1]


def queue_signed(app: Observador) -> list[dict[str, Any]]:
    """Queue every signed audit that is the latest version and was never queued."""
    queued = []
    for audit in app.store.list_audits(status="signed", include_superseded=False, sort="created"):
        if not app.store.outbox_rows(audit_id=audit["id"]):
            queued.append(queue_audit(app, audit["id"]))
    return queued


def not_ready(app: Observador) -> list[dict[str, Any]]:
    """Finalized audits (latest version, never queued) that have no signed report yet:
    they go to the OIC once the observer signs their report."""
    return [
        {"audit": a["id"], "title": a.get("title") or "", "audit_version": a["version"]}
        for a in app.store.list_audits(status="finalized", include_superseded=False)
        if not app.store.outbox_rows(audit_id=a["id"])
    ]


def _row_json(r: dict[str, Any]) -> dict[str, Any]:
    state_label = {
        "queued": "En cola",
        "failed": "Detenido",
        "delivered": "Entregado",
    }.get(r["state"], r["state"])
    review_label = {
        "received": "Recibida por el OIC",
        "approved": "Aprobada por el OIC",
        "returned": "Devuelta por el OIC",
    }.get(r.get("review_state") or "", "")
    return {
        "submission_id": r["submission_id"],
        "audit": r["audit_id"],
        "audit_version": r["audit_version"] or r["version"],
        "title": r["title"],
        "form": r["form_id"],
        "state": r["state"],
        "state_label": state_label,
        "audit_status": r["audit_status"],
        "bytes": r["bytes_total"],
        "attempts": r["attempts"],
        "error": r["last_error"],
        "error_code": r["error_code"],
        "queued_at": r["created_at"],
        "first_sent_at": r["first_sent_at"],
        "exported_at": r["exported_at"],
        "delivered_at": r["delivered_at"],
        "received_at": r["received_at"],
        "review": r["review_state"],
        "review_label": review_label,
        "review_comment": r["review_comment"],
        "review_comments": r.get("review_comments") or [],
        "review_at": r["review_at"],
        # the OIC's timestamped copy of the report, once downloaded (relative path)
        "record_path": r.get("record_path"),
        "record_sha256": r.get("record_sha256"),
    }


def outbox(app: Observador, *, include_delivered: bool = False) -> list[dict[str, Any]]:
    """Submissions still to deliver (and, on request, those delivered), oldest first."""
    states = None if include_delivered else PENDING_STATES
    return [_row_json(r) for r in app.store.outbox_rows(states=states)]


def _reset_for_reprepare(app: Observador, row: dict[str, Any]) -> None:
    """A submission the server refused for its content: new id, prepared again."""
    with app.database.transaction():
        app.store.replace_submission_id(
            row["submission_id"],
            str(uuid.uuid4()),
            manifest=None,
            audit_json=None,
            report_path=None,
            bytes_total=0,
            state="queued",
            first_sent_at=None,
            exported_at=None,
            updated_at=now_iso(),
        )


def _mark_failed(app: Observador, submission_id: str, exc: SyncError) -> None:
    with app.database.transaction():
        if app.store.get_outbox(submission_id) is None:
            return
        app.store.update_outbox(
            submission_id,
            state="failed",
            last_error=str(exc),
            error_code=exc.code,
            updated_at=now_iso(),
        )


def _note_error(app: Observador, submission_id: str, exc: SyncError) -> None:
    """A failure that stopped the whole run: the row stays queued, with the reason."""
    with app.database.transaction():
        if app.store.get_outbox(submission_id) is None:
            return
        app.store.update_outbox(
            submission_id, last_error=str(exc), error_code=exc.code, updated_at=now_iso()
        )
