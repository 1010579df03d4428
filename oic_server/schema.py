"""The server database: SQLAlchemy Core tables and the migration ladder.

One schema for SQLite (the default, one file in the data folder) and
PostgreSQL (real deployments; several server instances share it). Times are
ISO-8601 UTC text, so both engines sort and compare them the same way.

The migration ladder is in :mod:`oic_server.schema_migrations`. To change the
schema, change the tables here (``_tables(md, version)`` builds them as they
were at any version), raise :data:`SCHEMA_VERSION` and add the step there:
``tests/server/test_schema.py`` checks a migrated database against these tables. The
participation program's tables (sessions, rates, constancias, agenda) are defined in
:mod:`oic_server.schema_program`.
"""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

from oic_server.schema_program import (
    agenda_tables,
    constancia_tables,
    participation_tables,
)
from oic_server.schema_store import store_tables
from oic_server.sqltypes import BigId

__all__ = [
    "SCHEMA_VERSION",
    "activity",
    "agenda_events",
    "blobs",
    "certificates",
    "constancias",
    "counters",
    "crls",
    "evidence",
    "findings",
    "login_failures",
    "metadata",
    "observers",
    "participation_sessions",
    "rates",
    "review_events",
    "session_decisions",
    "settings",
    "signups",
    "staff",
    "staff_sessions",
    "store_parts",
    "store_uploads",
    "submission_blobs",
    "submission_index",
    "submissions",
    "thumbnails",
    "tokens",
    "tsa_tokens",
    "uploads",
]


def _tables(md: MetaData, version: int) -> dict[str, Table]:
    """The tables as they are at schema ``version``: migration 1 creates them at
    version 1, later migrations alter them, and the module's tables are the latest.
    A column added by migration N is declared under ``if version >= N``."""
    t = {}
    t["schema_version"] = Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("applied_at", Text, nullable=False),
    )
    t["settings"] = Table(
        "settings",
        md,
        Column("key", Text, primary_key=True),
        Column("value", Text, nullable=False),
    )
    t["counters"] = Table(
        "counters",
        md,
        Column("name", Text, primary_key=True),
        Column("value", BigInteger, nullable=False),
    )
    t["observers"] = Table(
        "observers",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("code", Text, nullable=False, unique=True),
        Column("name", Text, nullable=False),
        Column("password_hash", Text, nullable=False),
        Column("created_at", Text, nullable=False),
        Column("disabled_at", Text),
        # v2: a password the OIC set (new observer, reset) works once: the first
        # login must choose the observer's own (POST /auth/password)
        *(
            [Column("must_change_password", Boolean, nullable=False, server_default=false())]
            if version >= 2
            else []
        ),
        # v3: the last review cursor given to this observer (cursors count each
        # observer's own events, so they tell nothing of others' activity)
        *(
            [Column("review_seq", BigInteger, nullable=False, server_default=text("0"))]
            if version >= 3
            else []
        ),
        # v6: the institution the observer's laptop last gave (academic hours)
        *([Column("institution", Text)] if version >= 6 else []),
    )
    t["tokens"] = Table(
        "tokens",
        md,
        Column("token_hash", Text, primary_key=True),  # SHA-256 of the token; never the token
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("device", Text, nullable=False),
        Column("created_at", Text, nullable=False),
        Column("revoked_at", Text),
        Index("ix_tokens_observer", "observer_id"),
    )
    t["login_failures"] = Table(
        "login_failures",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("key", Text, nullable=False),  # "code:OBS-001" or "addr:203.0.113.7"
        Column("at", Float, nullable=False),  # epoch seconds
        Index("ix_login_failures_key_at", "key", "at"),
    )
    t["certificates"] = Table(
        "certificates",
        md,
        Column("fingerprint", Text, primary_key=True),  # SHA-256 of the DER
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("serial", Text, nullable=False, unique=True),
        Column("csr_sha256", Text, nullable=False),
        Column("pem", Text, nullable=False),
        Column("issued_at", Text, nullable=False),
        Column("not_after", Text, nullable=False),
        UniqueConstraint("observer_id", "csr_sha256", name="uq_certificates_csr"),
        # v9: revoked by the OIC (observer disabled), with its RFC 5280 reason
        # (x509.ReasonFlags' value, e.g. "cessationOfOperation"); the CRL lists these
        *(
            [
                Column("revoked_at", Text),
                Column("revocation_reason", Text),
                Index("ix_certificates_revoked", "revoked_at"),
            ]
            if version >= 9
            else []
        ),
    )
    t["submissions"] = Table(
        "submissions",
        md,
        Column("id", Text, primary_key=True),  # UUID chosen by the client
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("manifest_sha256", Text, nullable=False),
        Column("manifest", Text, nullable=False),  # canonical JSON
        Column("audit_id", Text, nullable=False),
        Column("audit_version", Integer, nullable=False),
        Column("form_id", Text, nullable=False),
        Column("form_version", Integer, nullable=False),
        Column("audit_sha256", Text, nullable=False),
        Column("report_sha256", Text, nullable=False),
        Column("state", Text, nullable=False),  # open | committed
        Column("source", Text, nullable=False),  # api | batch
        Column("created_at", Text, nullable=False),
        Column("committed_at", Text),
        Column("receipt", Text),  # canonical JSON of the commit answer: receipt + signature
        Column("signer_fingerprint", Text),
        Column("review_state", Text),  # received | approved | returned
        Column("review_comment", Text),
        Column("review_at", Text),
        Column("review_cursor", BigInteger),
        Index("ix_submissions_observer", "observer_id"),
        # v5: who on the OIC's staff took it for review (Tomar), and when
        *(
            [
                Column("assignee_id", Integer, ForeignKey("staff.id")),
                Column("assigned_at", Text),
                Column("review_comments", Text),  # the last decision's, as in review_events
                Index("ix_submissions_committed", "committed_at", "id"),
            ]
            if version >= 5
            else []
        ),
        # v10: the copy of record (oic_server/record.py): the report with the OIC's
        # document time-stamp, validation data and archive time-stamp (PAdES B-LTA)
        *(
            [
                Column("record_sha256", Text),  # its blob; the newest when renewed
                Column("oic_timestamp_at", Text),  # the OIC's document time-stamp (genTime)
                Column("record_renew_by", Text),  # its last archive TSA certificate's end
                Index("ix_submissions_record_renew_by", "record_renew_by"),
            ]
            if version >= 10
            else []
        ),
    )
    t["submission_blobs"] = Table(
        "submission_blobs",
        md,
        Column("submission_id", Text, ForeignKey("submissions.id"), nullable=False),
        Column("sha256", Text, nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("role", Text, nullable=False),  # audit | report | evidence
        Column("name", Text),
        PrimaryKeyConstraint("submission_id", "sha256"),
    )
    # One upload per observer and hash: an observer never learns, from offsets or
    # "missing", what another observer has sent. Complete content is stored once.
    t["uploads"] = Table(
        "uploads",
        md,
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("sha256", Text, nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("held", BigInteger, nullable=False),  # bytes received so far
        Column("complete", Boolean, nullable=False),
        Column("updated_at", Text, nullable=False),
        PrimaryKeyConstraint("observer_id", "sha256"),
    )
    t["blobs"] = Table(
        "blobs",
        md,
        Column("sha256", Text, primary_key=True),
        Column("size", BigInteger, nullable=False),
        Column("stored_at", Text, nullable=False),
    )
    t["review_events"] = Table(
        "review_events",
        md,
        Column("cursor", BigInteger, primary_key=True, autoincrement=False),
        Column("submission_id", Text, ForeignKey("submissions.id"), nullable=False),
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("state", Text, nullable=False),
        Column("comment", Text, nullable=False),
        Column("at", Text, nullable=False),
        Column("actor", Text, nullable=False),
        Index("ix_review_events_observer_cursor", "observer_id", "cursor"),
        # v3: the cursor the observer sees (per observer; ``cursor`` stays the global order).
        # No default: an instance still running older code fails loudly on insert
        # instead of writing events no laptop would ever fetch.
        *(
            [
                Column("seq", BigInteger, nullable=False),
                Index("ix_review_events_observer_seq", "observer_id", "seq"),
            ]
            if version >= 3
            else []
        ),
        # v5: a return's comments on specific questions, as canonical JSON
        # ``[{"question", "item", "text"}]`` (NULL before v5 and for other decisions)
        *([Column("comments", Text)] if version >= 5 else []),
    )
    if version >= 4:  # v4: the OIC's staff, who use the console (issue 15)
        t["staff"] = Table(
            "staff",
            md,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("code", Text, nullable=False, unique=True),
            Column("name", Text, nullable=False),
            Column("role", Text, nullable=False),  # administrador|coordinador|revisor|consulta
            Column("password_hash", Text, nullable=False),
            Column("must_change_password", Boolean, nullable=False),
            Column("created_at", Text, nullable=False),
            Column("disabled_at", Text),
        )
        t["staff_sessions"] = Table(
            "staff_sessions",
            md,
            Column("token_hash", Text, primary_key=True),  # SHA-256 of the cookie's token
            Column("staff_id", Integer, ForeignKey("staff.id"), nullable=False),
            Column("csrf", Text, nullable=False),  # the forms' token of this session
            Column("address", Text, nullable=False),
            Column("created_at", Text, nullable=False),
            Column("last_seen", Float, nullable=False),  # epoch seconds: idle expiry
            Column("revoked_at", Text),
            Index("ix_staff_sessions_staff", "staff_id"),
        )
    if version >= 5:  # v5: what arrives, indexed for the console; its activity log
        _index_tables(md, t)
    if version >= 6:  # v6: participation sessions, their validation, stipend rates (issue 17)
        participation_tables(md, t)
    if version >= 7:  # v7: constancias de participación (issue 17)
        constancia_tables(md, t)
    if version >= 8:  # v8: the agenda of events and the observers' sign-ups (issue 17)
        agenda_tables(md, t)
    if version >= 9:  # v9: the time-stamping authority's log, the CA's CRLs (issue 19)
        _trust_tables(md, t)
    if version >= 10:  # v10: every copy of record made, renewals included (issue 19)
        _record_tables(md, t)
    if version >= 11:  # v11: the S3 blob store's partial uploads (issue 20)
        store_tables(md, t, version)
    return t


def _record_tables(md: MetaData, t: dict[str, Table]) -> None:
    """Every copy of record of a submission (:mod:`oic_server.record`): the first made at
    commit (or by ``retimestamp --missing``), then one per archive renewal. Old copies
    stay in the blob store: each one is the history of the one after it."""
    t["record_copies"] = Table(
        "record_copies",
        md,
        Column("sha256", Text, primary_key=True),  # the blob (time-stamps make each unique)
        Column("submission_id", Text, ForeignKey("submissions.id"), nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("made_at", Text, nullable=False),
        Column("reason", Text, nullable=False),  # commit | missing | retimestamp
        Column("timestamped_at", Text, nullable=False),  # the first document time-stamp
        Column("archived_at", Text, nullable=False),  # the last one
        Column("tsa_not_after", Text, nullable=False),  # the last one's TSA certificate
        Column("previous_sha256", Text),  # the copy it renewed
        Index("ix_record_copies_submission", "submission_id", "made_at"),
    )


def _trust_tables(md: MetaData, t: dict[str, Table]) -> None:
    """Every time-stamp token the OIC's TSA issued (:mod:`oic_server.tsa`), and every CRL
    its CA issued (:mod:`oic_server.crl`); the newest CRL is the one served."""
    t["tsa_tokens"] = Table(
        "tsa_tokens",
        md,
        # the token's serialNumber: AUTOINCREMENT never reuses a number on SQLite, a
        # sequence never goes back on PostgreSQL (gaps are allowed, repeats never)
        Column("serial", BigId, primary_key=True, autoincrement=True),
        Column("gen_time", Text, nullable=False),  # ISO-8601 UTC, the token's genTime
        Column("hash_algorithm", Text, nullable=False),  # sha256 | sha384 | sha512
        Column("message_imprint", Text, nullable=False),  # hex
        Column("nonce", Text),  # hex of the request's nonce, if it had one
        # SHA-256 of (algorithm, imprint, nonce): one token per nonce and imprint, ever
        Column("replay_key", Text, unique=True),
        Column("cert_req", Boolean, nullable=False),
        Column("requester", Text),  # the observer's code when the request had a session
        Column("address", Text),  # the client's address (HTTP), None in-process
        Column("tsa_fingerprint", Text, nullable=False),  # SHA-256 of the TSA certificate
        Column("token_sha256", Text),  # of the TimeStampToken's DER (set before commit)
        Index("ix_tsa_tokens_gen_time", "gen_time"),
        sqlite_autoincrement=True,
    )
    t["crls"] = Table(
        "crls",
        md,
        Column("number", BigInteger, primary_key=True, autoincrement=False),  # cRLNumber
        Column("this_update", Text, nullable=False),
        Column("next_update", Text, nullable=False),
        Column("revoked", Integer, nullable=False),  # entries listed
        Column("der", LargeBinary, nullable=False),
    )


def _index_tables(md: MetaData, t: dict[str, Table]) -> None:
    """The audit JSON of every committed submission, read into rows (oic_server/indexing.py)
    so the console filters in SQL; photo thumbnails; the staff's activity log."""
    t["submission_index"] = Table(
        "submission_index",
        md,
        Column("submission_id", Text, ForeignKey("submissions.id"), primary_key=True),
        Column("observer_id", Integer, ForeignKey("observers.id"), nullable=False),
        Column("form_id", Text, nullable=False),
        Column("supersedes", Text),  # the audit id of the version this one replaces
        Column("procedure_number", Text, nullable=False),  # "" when the audit has none
        Column("convening_unit", Text, nullable=False),
        Column("procedure_type", Text, nullable=False),
        Column("title", Text, nullable=False),
        Column("amount", Float),
        Column("event_date", Text, nullable=False),  # YYYY-MM-DD or ""
        Column("place", Text, nullable=False),
        Column("gps_lat", Float),
        Column("gps_lon", Float),
        Column("max_severity", Integer, nullable=False),  # 0 none, 1 baja, 2 media, 3 alta
        Column("findings_count", Integer, nullable=False),
        Column("evidence_count", Integer, nullable=False),
        Column("search_text", Text, nullable=False),  # folded: number, title, findings
        Column("verification", Text, nullable=False),  # JSON: the checks made at commit
        Column("indexed_at", Text, nullable=False),
        # copies of submissions' columns the inbox filters and sorts on, so that its
        # queries read one table (kept in step by commit, Tomar and every decision)
        Column("committed_at", Text, nullable=False),
        Column("review_state", Text, nullable=False),
        Column("assignee_id", Integer),
        # a newer committed version of the same observer's audit replaces this one
        Column("superseded", Boolean, nullable=False, server_default=false()),
        Index("ix_submission_index_observer", "observer_id"),
        Index("ix_submission_index_form", "form_id"),
        Index("ix_submission_index_unit", "convening_unit"),
        Index("ix_submission_index_type", "procedure_type"),
        Index("ix_submission_index_supersedes", "supersedes"),
        Index("ix_submission_index_committed", "committed_at", "submission_id"),
        Index("ix_submission_index_event", "event_date", "submission_id"),
        Index("ix_submission_index_severity", "max_severity", "submission_id"),
        Index("ix_submission_index_state", "review_state", "assignee_id", "superseded"),
    )
    t["findings"] = Table(
        "findings",
        md,
        Column("submission_id", Text, ForeignKey("submissions.id"), nullable=False),
        Column("finding_id", Text, nullable=False),
        Column("source", Text, nullable=False),
        Column("rule_id", Text),
        Column("question_id", Text),
        Column("item", Integer),
        Column("severity", Text, nullable=False),
        Column("title", Text, nullable=False),
        Column("description", Text, nullable=False),
        Column("recommendation", Text, nullable=False),
        Column("status", Text, nullable=False),
        PrimaryKeyConstraint("submission_id", "finding_id"),
    )
    t["evidence"] = Table(
        "evidence",
        md,
        Column("submission_id", Text, ForeignKey("submissions.id"), nullable=False),
        Column("evidence_id", Text, nullable=False),
        Column("sha256", Text, nullable=False),
        Column("mime", Text, nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("original_name", Text, nullable=False),
        Column("caption", Text, nullable=False),
        Column("captured_at", Text),
        Column("gps_lat", Float),
        Column("gps_lon", Float),
        Column("links", Text, nullable=False),  # JSON [{"question", "item", "finding"}]
        PrimaryKeyConstraint("submission_id", "evidence_id"),
        Index("ix_evidence_sha256", "sha256"),
    )
    t["thumbnails"] = Table(  # made in the background (oic_server/thumbnails.py)
        "thumbnails",
        md,
        Column("sha256", Text, primary_key=True),
        Column("state", Text, nullable=False),  # pending | done | failed
        Column("thumb", LargeBinary),  # JPEG, ≤ 320 px
        Column("view", LargeBinary),  # JPEG, ≤ 1600 px: what a browser can always show
        Column("width", Integer),
        Column("height", Integer),
        Column("error", Text),
        Column("updated_at", Text, nullable=False),
        Index("ix_thumbnails_state", "state"),
    )
    t["activity"] = Table(  # append-only: what the staff did (coordinador and up read it)
        "activity",
        md,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("at", Text, nullable=False),
        Column("staff_id", Integer, ForeignKey("staff.id")),
        Column("actor", Text, nullable=False),  # staff code, or "cli:<user>"
        Column("action", Text, nullable=False),
        Column("target", Text, nullable=False),  # submission id, account code… or ""
        Column("detail", Text, nullable=False),
        Column("address", Text, nullable=False),
        Index("ix_activity_at", "at"),
        Index("ix_activity_action_at", "action", "at"),
        Index("ix_activity_target", "target"),
        Index("ix_activity_actor", "actor"),
    )


metadata = MetaData()
SCHEMA_VERSION = 12  # the last migration's (schema_migrations checks it)
_current = _tables(metadata, SCHEMA_VERSION)
schema_version = _current["schema_version"]
settings = _current["settings"]
counters = _current["counters"]
observers = _current["observers"]
tokens = _current["tokens"]
login_failures = _current["login_failures"]
certificates = _current["certificates"]
submissions = _current["submissions"]
submission_blobs = _current["submission_blobs"]
uploads = _current["uploads"]
blobs = _current["blobs"]
review_events = _current["review_events"]
staff = _current["staff"]
staff_sessions = _current["staff_sessions"]
submission_index = _current["submission_index"]
findings = _current["findings"]
evidence = _current["evidence"]
thumbnails = _current["thumbnails"]
activity = _current["activity"]
participation_sessions = _current["participation_sessions"]
session_decisions = _current["session_decisions"]
rates = _current["rates"]
constancias = _current["constancias"]
agenda_events = _current["agenda_events"]
signups = _current["signups"]
tsa_tokens = _current["tsa_tokens"]
crls = _current["crls"]
record_copies = _current["record_copies"]
store_uploads = _current["store_uploads"]
store_parts = _current["store_parts"]


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
