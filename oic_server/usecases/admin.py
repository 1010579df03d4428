"""Administration (the ``oic-server`` command): observers, cleanup, the OIC's view of
submissions and their export."""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
import time
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, func, select, update

from oic_server import crl
from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases import base
from oic_server.usecases.accounts import OBSERVERS
from oic_server.usecases.base import (
    MIN_CLEANUP_DAYS,
    ServerParts,
    _check_text,
    check_code,
)
from oic_server.usecases.reviews import review_history

log = logging.getLogger("oic_server.service")


class AdminCases(ServerParts):
    """The OIC's own work from the command line: observers, cleanup, listings, export."""

    # ------------------------------------------------------------ administration (CLI)

    def add_observer(
        self, code: str, name: str, password: str | None = None, *, one_time: bool = True
    ) -> dict[str, Any]:
        """A new observer. The password (generated unless given) is one-time unless
        ``one_time`` is false (tests, demos): the first login chooses their own."""
        code = check_code(code, "OBS-001")
        name = _check_text(name, "el nombre", max_length=200)
        secret = self._password(password)
        hashed = base._hasher.hash(secret)
        OBSERVERS.insert(
            self.db,
            code,
            name=name,
            password_hash=hashed,
            created_at=now_iso(),
            must_change_password=one_time,
        )
        return {"code": code, "name": name, "password": secret if password is None else None}

    def set_password(
        self, code: str, password: str | None = None, *, one_time: bool = True
    ) -> dict[str, Any]:
        """A password from the OIC (a reset): one-time like a new observer's; every open
        session of the observer is closed."""
        secret = self._password(password)
        row = OBSERVERS.reset_password(self.db, code, base._hasher.hash(secret), one_time=one_time)
        return {
            "code": row.code,
            "name": row.name,
            "password": secret if password is None else None,
        }

    def set_disabled(
        self, code: str, disabled: bool, *, reason: str | None = None
    ) -> dict[str, Any]:
        """Disable an observer (their sessions end, their certificates are revoked with
        ``reason``, :func:`oic_server.crl.reason_flag`, and a new CRL is issued) or
        enable them again (nothing is un-revoked: the next enrollment gets a new
        certificate). ``revoked`` says how many certificates were revoked now."""
        flag = crl.reason_flag(reason) if disabled else None
        revoked = 0

        def revoke(conn: Connection, row: Any) -> None:
            nonlocal revoked
            assert flag is not None
            revoked = crl.revoke_observer_certificates(conn, self.keys, row.id, flag)

        row, changed = OBSERVERS.set_disabled(
            self.db, code, disabled, on_disable=revoke if disabled else None
        )
        return {
            "code": row.code,
            "name": row.name,
            "disabled": disabled,
            "changed": changed,
            "revoked": revoked,
            "reason": flag.value if flag else None,
        }

    def cleanup(
        self, older_than_days: float, *, dry_run: bool = False, now: float | None = None
    ) -> dict[str, Any]:
        """Free the disk that abandoned uploads hold (``oic-server cleanup``).

        An upload not touched for ``older_than_days`` loses its bytes; its row stays,
        at offset 0, so an observer who comes back after weeks offline is told to
        start that file again (HEAD says 0), never refused. Part files no upload
        row needs, and staging files of interrupted ingests, go too. Complete
        blobs and submissions are never touched.
        """
        if not older_than_days >= MIN_CLEANUP_DAYS:
            raise ApiError(
                "bad_request",
                f"--older-than debe ser al menos {MIN_CLEANUP_DAYS:g} día(s): una subida más "
                "reciente puede estar en curso. No se borró nada.",
            )
        now = time.time() if now is None else now
        before = now - older_than_days * 86400
        cutoff = _dt.datetime.fromtimestamp(before, _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        store = self.store
        with self.db.read() as conn:
            pending = conn.execute(
                select(s.uploads.c.observer_id, s.uploads.c.sha256, s.uploads.c.updated_at).where(
                    s.uploads.c.complete.is_(False)
                )
            ).all()
        stale = [(r.observer_id, r.sha256) for r in pending if r.updated_at < cutoff]
        wanted = {f"{r.observer_id}-{r.sha256}" for r in pending}
        abandoned = abandoned_bytes = 0

        for observer_id, sha256 in stale:

            def txn(conn: Connection, observer_id=observer_id, sha256=sha256) -> int:
                where = and_(s.uploads.c.observer_id == observer_id, s.uploads.c.sha256 == sha256)
                row = conn.execute(select(s.uploads).where(where).with_for_update()).first()
                key = f"{observer_id}-{sha256}"
                if row is None or row.complete or row.updated_at >= cutoff:
                    return -1  # finished or resumed meanwhile
                held = store.part_size(key)
                if not dry_run:
                    conn.execute(update(s.uploads).where(where).values(held=0))
                return held

            held = self.db.write(txn)
            if held >= 0 and not dry_run:  # after the transaction: the S3 store writes rows
                store.discard_part(f"{observer_id}-{sha256}")
            if held > 0:
                abandoned, abandoned_bytes = abandoned + 1, abandoned_bytes + held
        orphans = orphan_bytes = 0
        for key, size, mtime in store.parts():
            if key not in wanted and mtime < before:
                orphans, orphan_bytes = orphans + 1, orphan_bytes + size
                if not dry_run:
                    store.discard_part(key)
        staged, staged_bytes = store.discard_stale_staging(before, dry_run=dry_run)
        log.info(
            "cleanup%s: %d abandoned uploads (%d bytes), %d orphan parts, %d staging files",
            " (dry run)" if dry_run else "",
            abandoned,
            abandoned_bytes,
            orphans,
            staged,
        )
        return {
            "older_than_days": older_than_days,
            "dry_run": dry_run,
            "abandoned_uploads": abandoned,
            "abandoned_upload_bytes": abandoned_bytes,
            "orphan_parts": orphans,
            "orphan_part_bytes": orphan_bytes,
            "staging_files": staged,
            "staging_bytes": staged_bytes,
            "bytes_freed": 0 if dry_run else abandoned_bytes + orphan_bytes + staged_bytes,
        }

    def observer_account(self, code: str) -> dict[str, Any]:
        """One observer's code, name and whether disabled; ``not_found`` when none."""
        with self.db.read() as conn:
            row = OBSERVERS.find(conn, code)
        return {"code": row.code, "name": row.name, "disabled": row.disabled_at is not None}

    def list_observers(self) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            certs = dict(
                conn.execute(
                    select(s.certificates.c.observer_id, func.count()).group_by(
                        s.certificates.c.observer_id
                    )
                ).all()
            )
            subs = dict(
                conn.execute(
                    select(s.submissions.c.observer_id, func.count()).group_by(
                        s.submissions.c.observer_id
                    )
                ).all()
            )
            rows = conn.execute(select(s.observers).order_by(s.observers.c.code)).all()
            sub = s.submissions.c
            last = dict(
                conn.execute(
                    select(sub.observer_id, func.max(sub.created_at)).group_by(sub.observer_id)
                ).all()
            )
            uploads = dict(
                conn.execute(
                    select(s.uploads.c.observer_id, func.max(s.uploads.c.updated_at)).group_by(
                        s.uploads.c.observer_id
                    )
                ).all()
            )
            states: dict[int, dict[str, int]] = {}
            for observer_id, state, n in conn.execute(
                select(sub.observer_id, sub.review_state, func.count())
                .where(sub.state == "committed")
                .group_by(sub.observer_id, sub.review_state)
            ).all():
                states.setdefault(observer_id, {})[state] = n
        return [
            {
                "code": r.code,
                "name": r.name,
                "created_at": r.created_at,
                "disabled": r.disabled_at is not None,
                "disabled_at": r.disabled_at,
                "must_change_password": bool(r.must_change_password),
                "certificates": certs.get(r.id, 0),
                "submissions": subs.get(r.id, 0),
                "last_sync": max(filter(None, (last.get(r.id), uploads.get(r.id))), default=None),
                "reviews": states.get(r.id, {}),
            }
            for r in rows
        ]

    def admin_submissions(
        self, *, observer: str | None = None, state: str | None = None
    ) -> list[dict[str, Any]]:
        query = (
            select(s.submissions, s.observers.c.code)
            .join(s.observers, s.observers.c.id == s.submissions.c.observer_id)
            .order_by(s.submissions.c.created_at, s.submissions.c.id)
        )
        with self.db.read() as conn:
            if observer:
                query = query.where(
                    s.submissions.c.observer_id == OBSERVERS.find(conn, observer).id
                )
            if state in ("open", "committed"):
                query = query.where(s.submissions.c.state == state)
            elif state:
                query = query.where(s.submissions.c.review_state == state)
            rows = conn.execute(query).all()
        return [self._admin_json(r) for r in rows]

    @staticmethod
    def _admin_json(r: Any) -> dict[str, Any]:
        manifest = json.loads(r.manifest)
        return {
            "submission_id": r.id,
            "observer": r.code,
            "audit_id": r.audit_id,
            "audit_version": r.audit_version,
            "form": f"{r.form_id} v{r.form_version}",
            "state": r.state,
            "source": r.source,
            "created_at": r.created_at,
            "committed_at": r.committed_at,
            "review": r.review_state,
            "review_comment": r.review_comment,
            "review_at": r.review_at,
            "files": len(manifest["blobs"]),
            "bytes": sum(b["size"] for b in manifest["blobs"]),
        }

    def resolve_submission(self, conn: Connection, ref: str) -> Any:
        ref = ref.strip().lower()
        if len(ref) < 4 or not re.fullmatch(r"[0-9a-f-]+", ref):
            raise ApiError(
                "bad_request",
                "Indique el envío por su identificador o al menos sus primeros 4 caracteres.",
            )
        rows = conn.execute(
            select(s.submissions, s.observers.c.code)
            .join(s.observers, s.observers.c.id == s.submissions.c.observer_id)
            .where(s.submissions.c.id.like(ref + "%"))
            .limit(3)
        ).all()
        if not rows:
            raise ApiError(
                "not_found", f"No existe el envío {ref} (vea «oic-server submissions list»)."
            )
        if len(rows) > 1:
            raise ApiError(
                "bad_request", f"«{ref}» corresponde a varios envíos: escriba más caracteres."
            )
        return rows[0]

    def submission_detail(self, ref: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = self.resolve_submission(conn, ref)
            blobs = conn.execute(
                select(s.submission_blobs)
                .where(s.submission_blobs.c.submission_id == row.id)
                .order_by(s.submission_blobs.c.role, s.submission_blobs.c.name)
            ).all()
            events = review_history(conn, row.id)
        out = self._admin_json(row)
        out["receipt"] = json.loads(row.receipt) if row.receipt else None
        out["signer_fingerprint"] = row.signer_fingerprint
        out["blobs"] = [
            {"sha256": b.sha256, "size": b.size, "role": b.role, "name": b.name} for b in blobs
        ]
        out["history"] = [
            {"state": e.state, "comment": e.comment, "at": e.at, "actor": e.actor} for e in events
        ]
        return out

    def export_submission(self, ref: str, target: Path) -> dict[str, Any]:
        """Copy a submission's report, audit JSON, receipt and evidence into ``target``."""
        detail = self.submission_detail(ref)
        target = Path(target)
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise ApiError(
                "conflict", f"{target} ya existe y no está vacía: indique una carpeta nueva."
            )
        files = []
        try:
            (target / "evidencia").mkdir(parents=True, exist_ok=True)
            for b in detail["blobs"]:
                if not self.store.has(b["sha256"]):
                    continue  # not uploaded yet (open submission)
                if b["role"] == "report":
                    name = "informe.pdf"
                elif b["role"] == "audit":
                    name = "auditoria.json"
                else:
                    name = f"evidencia/{b['sha256'][:12]}-{_safe_name(b['name'] or 'archivo')}"
                with self.store.open(b["sha256"]) as src, open(target / name, "xb") as dst:
                    while chunk := src.read(1024 * 1024):
                        dst.write(chunk)
                files.append(name)
            summary = {k: v for k, v in detail.items()}
            (target / "envio.json").write_text(
                json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
            )
            files.append("envio.json")
        except OSError as exc:
            raise ApiError(
                "bad_request", f"No se pudo escribir en {target}: {exc.strerror or exc}."
            ) from None
        return {"submission_id": detail["submission_id"], "folder": str(target), "files": files}


def _safe_name(name: str) -> str:
    name = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    cleaned = "".join(c if c.isalnum() or c in "._- " else "_" for c in name).strip(" .")
    return cleaned[:120] or "archivo"
