"""Submissions: declared by manifest, listed, read, and committed for a signed receipt."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, and_, select, update

from observer_desktop.core.canonical import canonical_json, sha256_hex
from oic_server import schema as s
from oic_server.content import ContentCheck, check_content
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.indexing import index_submission
from oic_server.models import Manifest
from oic_server.schema import now_iso
from oic_server.usecases.base import Caller
from oic_server.usecases.records import RecordCases, RecordCopy
from oic_server.usecases.reviews import review_comments


class SubmissionCases(RecordCases):
    """Manifests, what is missing, the checks at commit, the copy of record and the
    signed receipt."""

    # ------------------------------------------------------------ submissions

    def validate_manifest(self, manifest: Manifest) -> tuple[dict[str, Any], str]:
        """Semantic checks a schema cannot make. Returns (manifest as JSON, its hash)."""
        m = manifest.model_dump(mode="json", exclude_unset=True)  # exactly the fields sent
        blobs = m["blobs"]
        limit = self.limits
        if len(blobs) > limit.max_blobs_per_submission:
            raise ApiError(
                "too_large",
                f"El envío lista {len(blobs)} archivos; el máximo es "
                f"{limit.max_blobs_per_submission}. Divida la evidencia en otra versión.",
            )
        for b in blobs:
            if b["size"] > limit.max_blob_bytes:
                raise ApiError(
                    "too_large",
                    f"El archivo {b.get('name') or b['sha256'][:12]} mide {b['size']} bytes; el "
                    f"máximo es {limit.max_blob_bytes}.",
                    sha256=b["sha256"],
                )
        seen = set()
        for b in blobs:
            if b["sha256"] in seen:
                raise ApiError(
                    "bad_request", f"El manifiesto lista dos veces el archivo {b['sha256']}."
                )
            seen.add(b["sha256"])
        for role, key in (("audit", "audit_sha256"), ("report", "report_sha256")):
            found = [b for b in blobs if b["role"] == role]
            if len(found) != 1 or found[0]["sha256"] != m[key]:
                raise ApiError(
                    "manifest_mismatch",
                    f"El manifiesto debe listar exactamente un archivo con role «{role}» cuyo "
                    f"sha256 sea {key}.",
                    reason=f"{role}_blob",
                )
        for role, most, what in (
            ("audit", limit.max_audit_json_bytes, "El JSON de la auditoría"),
            ("report", limit.max_report_bytes, "El informe firmado"),
        ):
            size = next(b["size"] for b in blobs if b["role"] == role)
            if size > most:
                raise ApiError("too_large", f"{what} mide {size} bytes; el máximo es {most}.")
        return m, sha256_hex(canonical_json(m))

    def _missing(self, conn: Connection, observer_id: int, submission_id: str) -> list[dict]:
        rows = conn.execute(
            select(s.uploads.c.sha256, s.uploads.c.size, s.uploads.c.held)
            .join(
                s.submission_blobs,
                and_(
                    s.submission_blobs.c.sha256 == s.uploads.c.sha256,
                    s.submission_blobs.c.submission_id == submission_id,
                ),
            )
            .where(s.uploads.c.observer_id == observer_id, s.uploads.c.complete.is_(False))
            .order_by(s.uploads.c.sha256)
        ).all()
        return [{"sha256": r.sha256, "size": r.size, "offset": r.held} for r in rows]

    def _record_submission(
        self,
        conn: Connection,
        *,
        observer_id: int,
        submission_id: str,
        manifest: dict[str, Any],
        manifest_sha: str,
        source: str,
    ) -> tuple[bool, Any]:
        """Insert the submission (or find the same one). Returns (created, row)."""
        row = conn.execute(
            select(s.submissions).where(s.submissions.c.id == submission_id).with_for_update()
        ).first()
        if row is not None:
            if row.observer_id != observer_id:
                raise ApiError(
                    "forbidden",
                    "Ese identificador de envío pertenece a otro observador: genere otro.",
                )
            if row.manifest_sha256 != manifest_sha:
                raise ApiError(
                    "submission_conflict",
                    "Ya existe un envío con este identificador y otro contenido. Un cambio en la "
                    "auditoría debe enviarse con un identificador nuevo.",
                )
            return False, row
        blobs = sorted(manifest["blobs"], key=lambda b: b["sha256"])
        held = {
            r.sha256: r
            for r in conn.execute(
                select(s.uploads).where(
                    s.uploads.c.observer_id == observer_id,
                    s.uploads.c.sha256.in_([b["sha256"] for b in blobs]),
                )
            ).all()
        }
        for b in blobs:
            prior = held.get(b["sha256"])
            if prior is not None and prior.size != b["size"]:
                raise ApiError(
                    "manifest_mismatch",
                    f"El archivo {b['sha256']} se declaró antes con {prior.size} bytes y ahora con "
                    f"{b['size']}: el mismo contenido siempre mide lo mismo.",
                    reason="blob_size",
                    sha256=b["sha256"],
                )
        now = now_iso()
        conn.execute(
            s.submissions.insert().values(
                id=submission_id,
                observer_id=observer_id,
                manifest_sha256=manifest_sha,
                manifest=canonical_json(manifest).decode("utf-8"),
                audit_id=manifest["audit_id"],
                audit_version=manifest["audit_version"],
                form_id=manifest["form_id"],
                form_version=manifest["form_version"],
                audit_sha256=manifest["audit_sha256"],
                report_sha256=manifest["report_sha256"],
                state="open",
                source=source,
                created_at=now,
            )
        )
        conn.execute(
            s.submission_blobs.insert(),
            [
                {
                    "submission_id": submission_id,
                    "sha256": b["sha256"],
                    "size": b["size"],
                    "role": b["role"],
                    "name": b.get("name"),
                }
                for b in blobs
            ],
        )
        insert_ignore(
            conn,
            s.uploads,
            (
                {
                    "observer_id": observer_id,
                    "sha256": b["sha256"],
                    "size": b["size"],
                    "held": 0,
                    "complete": False,
                    "updated_at": now,
                }
                for b in blobs
            ),
        )
        row = conn.execute(select(s.submissions).where(s.submissions.c.id == submission_id)).one()
        return True, row

    def put_submission(
        self, caller: Caller, submission_id: str, manifest: Manifest
    ) -> tuple[bool, dict[str, Any]]:
        m, digest = self.validate_manifest(manifest)

        def txn(conn: Connection) -> tuple[bool, dict[str, Any]]:
            created, row = self._record_submission(
                conn,
                observer_id=caller.observer_id,
                submission_id=submission_id,
                manifest=m,
                manifest_sha=digest,
                source="api",
            )
            missing = (
                [] if row.state == "committed" else self._missing(conn, caller.observer_id, row.id)
            )
            return created, {"submission_id": row.id, "state": row.state, "missing": missing}

        return self.db.write(txn)

    def _own_submission(self, conn: Connection, caller: Caller, submission_id: str) -> Any:
        row = conn.execute(select(s.submissions).where(s.submissions.c.id == submission_id)).first()
        if row is None or row.observer_id != caller.observer_id:
            raise ApiError("not_found", "No existe ese envío (entre los suyos).")
        return row

    @staticmethod
    def _submission_json(row: Any) -> dict[str, Any]:
        review = None
        if row.review_state is not None:
            review = {
                "state": row.review_state,
                "comment": row.review_comment or "",
                "comments": review_comments(row.review_comments),
                "at": row.review_at,
            }
        return {
            "submission_id": row.id,
            "audit_id": row.audit_id,
            "audit_version": row.audit_version,
            "state": row.state,
            "review": review,
        }

    def list_submissions(self, caller: Caller) -> dict[str, Any]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(s.submissions)
                .where(s.submissions.c.observer_id == caller.observer_id)
                .order_by(s.submissions.c.created_at, s.submissions.c.id)
            ).all()
        return {"submissions": [self._submission_json(r) for r in rows]}

    def get_submission(self, caller: Caller, submission_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            return self._submission_json(self._own_submission(conn, caller, submission_id))

    # ------------------------------------------------------------ commit

    def _receipt(self, row: Any, code: str, record: RecordCopy) -> dict[str, Any]:
        receipt = {
            "submission_id": row.id,
            "audit_id": row.audit_id,
            "audit_version": row.audit_version,
            "observer": code,
            "manifest_sha256": row.manifest_sha256,
            "report_sha256": row.report_sha256,
            "record_sha256": record.sha256,  # the copy of record (GET …/record)
            "timestamped_at": record.timestamped_at,  # its OIC document time-stamp
            "received_at": now_iso(),
            "server": self.server_name,
        }
        return {
            "receipt": receipt,
            "signature": self.keys.sign_receipt(receipt),
            "key_fingerprint_sha256": self.keys.receipt_fingerprint,
        }

    def check_content(
        self, manifest: dict[str, Any], fingerprints: set[str], *, observer_code: str
    ) -> ContentCheck:
        """Audit JSON and signed report of ``observer_code``'s submission whose blobs are
        all stored: what the checks found, or a refusal."""
        with self.store.open(manifest["audit_sha256"]) as fh:
            audit_bytes = fh.read(self.limits.max_audit_json_bytes + 1)
        with self.store.local_path(manifest["report_sha256"]) as path:
            return check_content(
                manifest,
                audit_bytes,
                path,
                fingerprints=fingerprints,
                observer_code=observer_code,
            )

    def _commit_locked(
        self,
        conn: Connection,
        *,
        submission_id: str,
        code: str,
        checked: ContentCheck,
        record: RecordCopy,
    ) -> dict[str, Any]:
        """Mark committed with its copy of record (made before, outside the transaction),
        sign the receipt, index the audit for the console and start the review as
        ``received`` (in ``conn``)."""
        row = conn.execute(
            select(s.submissions).where(s.submissions.c.id == submission_id).with_for_update()
        ).one()
        if row.state == "committed":  # a twin commit won: its record stays, ours is unused
            return json.loads(row.receipt)
        answer = self._receipt(row, code, record)
        self.keep_record(conn, submission_id, record, reason="commit")
        at = answer["receipt"]["received_at"]
        cursor, seq = self._next_cursor(conn, row.observer_id)
        conn.execute(
            update(s.submissions)
            .where(s.submissions.c.id == submission_id)
            .values(
                state="committed",
                committed_at=at,
                receipt=canonical_json(answer).decode("utf-8"),
                signer_fingerprint=checked.signer,
                review_state="received",
                review_comment="",
                review_at=at,
                review_cursor=cursor,
            )
        )
        conn.execute(
            s.review_events.insert().values(
                cursor=cursor,
                seq=seq,
                submission_id=submission_id,
                observer_id=row.observer_id,
                state="received",
                comment="",
                at=at,
                actor="server",
            )
        )
        verification = dict(
            checked.verification,
            checked_at=at,
            timestamped_at=record.timestamped_at,  # the OIC's document time-stamp
            signature_timestamp_at=record.signature_timestamp_at,  # the laptop's B-T, if any
        )
        index_submission(
            conn,
            submission_id,
            row.observer_id,
            checked.document,
            verification,
            committed_at=at,
            review_state="received",
            option_labels=self.header_option_labels(row.form_id, row.form_version),
        )
        return answer

    def commit(self, caller: Caller, submission_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = conn.execute(
                select(s.submissions).where(s.submissions.c.id == submission_id)
            ).first()
            if row is None or row.observer_id != caller.observer_id:  # the same to both
                raise ApiError(
                    "not_found", "No existe ese envío: envíe primero el manifiesto (PUT)."
                )
            if row.state == "committed":
                return json.loads(row.receipt)
            missing = self._missing(conn, caller.observer_id, submission_id)
            fingerprints = self.certificate_fingerprints(conn, caller.observer_id)
        if missing:
            raise ApiError(
                "incomplete",
                f"Faltan {len(missing)} archivo(s) por subir completos antes de confirmar el envío.",
                missing=missing,
            )
        if not fingerprints:
            raise ApiError(
                "not_enrolled",
                "El OIC aún no le emitió un certificado: inscriba su llave de firma (enroll), "
                "firme el informe de nuevo y vuelva a enviarlo.",
            )
        manifest = json.loads(row.manifest)
        checked = self.check_content(manifest, fingerprints, observer_code=caller.code)
        record = self.prepare_record(manifest["report_sha256"], checked)
        return self.db.write(
            lambda conn: self._commit_locked(
                conn, submission_id=submission_id, code=caller.code, checked=checked, record=record
            )
        )
