"""Copies of record (:mod:`oic_server.record`) as the server makes, keeps and renews them:
the signer's standing at commit (a revoked certificate needs an earlier OIC time), the
copy made and stored through the blob store, the row and history kept, the download,
and ``oic-server retimestamp``."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import Connection, and_, or_, select, update

from oic_server import record as rec
from oic_server import schema as s
from oic_server.content import ContentCheck
from oic_server.crl import REASONS
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.tsa import in_process_timestamper
from oic_server.usecases.trust import TrustCases

__all__ = ["RecordCases", "RecordCopy", "RenewalPlan"]

_CHUNK = 1024 * 1024
REQUESTER = "oic-server"  # how the server's own requests appear in tsa_tokens


def _iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class RecordCopy:
    """A copy of record stored in the blob store, not yet recorded in the database."""

    sha256: str
    size: int
    timestamped_at: str  # the OIC's document time-stamp, ISO UTC
    archived_at: str
    renew_by: str  # the last archive time-stamp's TSA certificate's notAfter
    signature_timestamp_at: str | None  # the report's own OIC time-stamp (B-T), if any


@dataclass(frozen=True)
class RenewalPlan:
    """One submission ``retimestamp`` works on: why (``renew`` or ``missing``)."""

    submission_id: str
    kind: str
    record_sha256: str | None
    report_sha256: str
    renew_by: str | None


class RecordCases(TrustCases):
    """Standing check, copy of record, download, renewal."""

    @cached_property
    def record_timestamper(self) -> Any:
        """The pyHanko time-stamper over this server's TSA (one per process: pyHanko asks
        it for one sample token to size the signature, once)."""
        return in_process_timestamper(self.tsa, requester=REQUESTER)

    def record_trust(self, *, now: _dt.datetime | None = None) -> rec.Trust:
        """The OIC CA and its current CRL, at ``now``."""
        return rec.Trust(
            self.keys.ca_cert.public_bytes(Encoding.DER), (self.crl(now=now),), moment=now
        )

    # ------------------------------------------------------------ at commit

    def check_standing(
        self, checked: ContentCheck, report: bytes, *, now: _dt.datetime | None = None
    ) -> str | None:
        """Refuse a report whose certificate the OIC revoked unless the report carries an
        OIC time-stamp of its signature (PAdES B-T) from before the revocation (the
        laptop's own clock proves nothing). Returns that time-stamp's time (ISO), if any."""
        with self.db.read() as conn:
            serial = conn.execute(
                select(s.certificates.c.serial).where(
                    s.certificates.c.fingerprint == checked.signer
                )
            ).scalar()
        trust = self.record_trust(now=now)
        stamped = rec.signature_timestamp(report, trust)
        revoked = self.is_revoked(serial) if serial is not None else None
        if revoked is None:
            return _iso(stamped) if stamped else None
        if stamped is not None and stamped < revoked.revoked_at:
            return _iso(stamped)
        why = REASONS.get(revoked.reason.value, ("", revoked.reason.value))[1]
        when = revoked.revoked_at.strftime("%Y-%m-%d %H:%M UTC")
        proof = (
            f"su sello de tiempo del OIC es del {stamped.strftime('%Y-%m-%d %H:%M UTC')}, "
            "posterior a la revocación"
            if stamped
            else "no trae un sello de tiempo del OIC de su firma (la hora de la computadora "
            "no prueba cuándo se firmó)"
        )
        raise ApiError(
            "certificate_revoked",
            f"El informe está firmado con un certificado que el OIC revocó el {when} "
            f"(«{why}») y {proof}. No se recibió. Si el OIC lo habilitó de nuevo, sincronice "
            "para obtener un certificado nuevo, genere el informe firmado otra vez y "
            "vuelva a enviarlo; si no, comuníquese con el OIC.",
            revoked_at=_iso(revoked.revoked_at),
            reason=revoked.reason.value,
        )

    def make_record_copy(
        self,
        report: bytes,
        *,
        signature_timestamp_at: str | None = None,
        now: _dt.datetime | None = None,
    ) -> RecordCopy:
        """The copy of record of ``report`` (signed, checked), stored in the blob store
        (``stage`` then ``promote_staged``: any store)."""
        try:
            data = rec.make_record(
                report, timestamper=self.record_timestamper, trust=self.record_trust(now=now)
            )
        except ApiError:
            raise
        except Exception as exc:  # the TSA refused, pyHanko could not write the PDF
            raise ApiError(
                "unavailable",
                "No se pudo sellar el informe con la hora del OIC; intente de nuevo en unos "
                f"minutos ({type(exc).__name__}).",
            ) from None
        return self._store_copy(data, signature_timestamp_at)

    def _store_copy(self, data: bytes, signature_timestamp_at: str | None) -> RecordCopy:
        facts = rec.read_facts(data)
        staged = self.store.stage()
        try:
            for start in range(0, len(data), _CHUNK):
                staged.write(data[start : start + _CHUNK])
            sha = staged.finish()
            self.store.promote_staged(staged, sha)
        except BaseException:
            staged.discard()
            raise
        return RecordCopy(
            sha256=sha,
            size=len(data),
            timestamped_at=_iso(facts.timestamped_at),
            archived_at=_iso(facts.archived_at),
            renew_by=_iso(facts.archive_tsa_not_after),
            signature_timestamp_at=signature_timestamp_at,
        )

    def prepare_record(
        self, report_sha256: str, checked: ContentCheck, *, now: _dt.datetime | None = None
    ) -> RecordCopy:
        """At commit, after the content checks: the signer's standing, then the copy of
        record (outside any database transaction)."""
        report = self._read_blob(report_sha256)
        stamped = self.check_standing(checked, report, now=now)
        return self.make_record_copy(report, signature_timestamp_at=stamped, now=now)

    def _read_blob(self, sha256: str) -> bytes:
        with self.store.open(sha256) as fh:
            return fh.read()

    def keep_record(
        self,
        conn: Connection,
        submission_id: str,
        copy: RecordCopy,
        *,
        reason: str,
        previous: str | None = None,
    ) -> None:
        """Record ``copy`` as the submission's copy of record (in ``conn``)."""
        now = now_iso()
        insert_ignore(conn, s.blobs, [{"sha256": copy.sha256, "size": copy.size, "stored_at": now}])
        insert_ignore(
            conn,
            s.record_copies,
            [
                {
                    "sha256": copy.sha256,
                    "submission_id": submission_id,
                    "size": copy.size,
                    "made_at": now,
                    "reason": reason,
                    "timestamped_at": copy.timestamped_at,
                    "archived_at": copy.archived_at,
                    "tsa_not_after": copy.renew_by,
                    "previous_sha256": previous,
                }
            ],
        )
        values: dict[str, Any] = {"record_sha256": copy.sha256, "record_renew_by": copy.renew_by}
        if reason != "retimestamp":
            values["oic_timestamp_at"] = copy.timestamped_at
        conn.execute(
            update(s.submissions).where(s.submissions.c.id == submission_id).values(**values)
        )

    # ------------------------------------------------------------ download

    def record_of(self, observer_id: int | None, submission_id: str) -> tuple[str, int]:
        """(sha256, size) of the copy of record of a committed submission; ``observer_id``
        None for the OIC's staff, else only the owner's. ``not_found`` otherwise."""
        with self.db.read() as conn:
            row = conn.execute(
                select(s.submissions.c.observer_id, s.submissions.c.record_sha256).where(
                    s.submissions.c.id == submission_id, s.submissions.c.state == "committed"
                )
            ).first()
            size = None
            if row is not None and row.record_sha256:
                size = conn.execute(
                    select(s.record_copies.c.size).where(
                        s.record_copies.c.sha256 == row.record_sha256
                    )
                ).scalar()
        mine = row is not None and (observer_id is None or row.observer_id == observer_id)
        if not mine:
            raise ApiError("not_found", "No existe ese envío (entre los suyos).")
        if not row.record_sha256 or size is None:
            raise ApiError(
                "not_found",
                "Este envío aún no tiene copia de registro con sello de tiempo del OIC "
                "(se recibió antes de que existiera; el OIC la genera con "
                "«oic-server retimestamp --missing»).",
            )
        return row.record_sha256, int(size)

    def record_chunks(self, sha256: str) -> Iterator[bytes]:
        with self.store.open(sha256) as fh:
            while data := fh.read(_CHUNK):
                yield data

    # ------------------------------------------------------------ retimestamp

    def renewal_plan(
        self,
        *,
        within_days: int = 365,
        everything: bool = False,
        missing: bool = False,
        now: _dt.datetime | None = None,
    ) -> list[RenewalPlan]:
        """The committed submissions ``retimestamp`` would work on: with ``missing`` those
        without a copy of record; else those whose last archive time-stamp's TSA
        certificate ends within ``within_days`` of ``now`` (all with ``everything``)."""
        moment = now or _dt.datetime.now(_dt.UTC)
        sub = s.submissions.c
        if missing:
            where: Any = and_(sub.state == "committed", sub.record_sha256.is_(None))
            kind = "missing"
        else:
            where = and_(sub.state == "committed", sub.record_sha256.is_not(None))
            if not everything:
                limit = _iso(moment + _dt.timedelta(days=within_days))
                where = and_(where, or_(sub.record_renew_by.is_(None), sub.record_renew_by < limit))
            kind = "renew"
        with self.db.read() as conn:
            rows = conn.execute(
                select(sub.id, sub.record_sha256, sub.report_sha256, sub.record_renew_by)
                .where(where)
                .order_by(sub.committed_at, sub.id)
            ).all()
        return [
            RenewalPlan(r.id, kind, r.record_sha256, r.report_sha256, r.record_renew_by)
            for r in rows
        ]

    def renew_record(self, plan: RenewalPlan, *, now: _dt.datetime | None = None) -> RecordCopy:
        """Do one item of the plan: a new blob, the row updated in one transaction (the
        old copy stays in the store and in ``record_copies``). A row another run already
        renewed (its record changed meanwhile) is left as it is."""
        trust = self.record_trust(now=now)
        if plan.kind == "missing":
            copy = self.make_record_copy(self._read_blob(plan.report_sha256), now=now)
            reason = "missing"
        else:
            assert plan.record_sha256 is not None
            data = rec.renew_archive(
                self._read_blob(plan.record_sha256),
                timestamper=self.record_timestamper,
                trust=trust,
            )
            copy = self._store_copy(data, None)
            reason = "retimestamp"

        def txn(conn: Connection) -> None:
            current = conn.execute(
                select(s.submissions.c.record_sha256)
                .where(s.submissions.c.id == plan.submission_id)
                .with_for_update()
            ).scalar()
            if current != plan.record_sha256:
                return  # done by another run meanwhile: keep theirs (ours stays unreferenced)
            self.keep_record(
                conn, plan.submission_id, copy, reason=reason, previous=plan.record_sha256
            )

        self.db.write(txn)
        return copy

    def retimestamp(
        self,
        *,
        within_days: int = 365,
        everything: bool = False,
        missing: bool = False,
        dry_run: bool = False,
        now: _dt.datetime | None = None,
        progress: Callable[[int, int, RenewalPlan, RecordCopy | None], None] | None = None,
    ) -> dict[str, Any]:
        """``oic-server retimestamp``: the plan, then each item in turn (each one its own
        transaction, so an interrupted run leaves every finished item done and the next
        run picks up the rest)."""
        plan = self.renewal_plan(
            within_days=within_days, everything=everything, missing=missing, now=now
        )
        done = 0
        for number, item in enumerate(plan, start=1):
            copy = None if dry_run else self.renew_record(item, now=now)
            done += copy is not None
            if progress is not None:
                progress(number, len(plan), item, copy)
        return {"planned": len(plan), "done": done, "dry_run": dry_run}
