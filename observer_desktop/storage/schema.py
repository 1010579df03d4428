"""The migration ladder of the local database.

Append-only: a released step is never edited, only followed by a new one.
Each step runs in one transaction together with its row in
``schema_migrations``; the database file is copied before the first step of
an upgrade (see :mod:`observer_desktop.storage.database`). Tests open a frozen
copy of every released schema (``tests/storage/frozen/``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration"]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _v1_initial(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)


_V1 = """
CREATE TABLE observer_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    observer_code TEXT NOT NULL,
    municipality TEXT NOT NULL,
    email TEXT,
    language TEXT NOT NULL DEFAULT 'es',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE checklists (
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (form_id, version)
);

CREATE TABLE audits (
    id TEXT PRIMARY KEY,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    form_sha256 TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'finalized', 'signed', 'queued', 'delivered', 'approved', 'returned')),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    supersedes TEXT REFERENCES audits(id),
    superseded_by TEXT REFERENCES audits(id),
    header TEXT NOT NULL DEFAULT '{}',
    repeat_counts TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    event_date TEXT,
    observer_code TEXT,
    observer TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_at TEXT,
    finalized_sha256 TEXT,
    log_head TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    log_count INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (form_id, form_version) REFERENCES checklists(form_id, version)
);

CREATE INDEX audits_status ON audits(status);

CREATE INDEX audits_updated ON audits(updated_at);

CREATE INDEX audits_form ON audits(form_id);

CREATE TABLE answers (
    audit_id TEXT NOT NULL REFERENCES audits(id),
    question_id TEXT NOT NULL,
    item INTEGER NOT NULL DEFAULT -1,
    value TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (audit_id, question_id, item)
) WITHOUT ROWID;

CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    source TEXT NOT NULL CHECK (source IN ('rule', 'manual')),
    rule_id TEXT,
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    severity TEXT NOT NULL CHECK (severity IN ('alta', 'media', 'baja')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX findings_rule ON findings(audit_id, rule_id, item) WHERE source = 'rule';

CREATE INDEX findings_audit ON findings(audit_id);

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    original_name TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    captured_at TEXT,
    imported_at TEXT NOT NULL,
    gps_lat REAL,
    gps_lon REAL,
    metadata TEXT NOT NULL DEFAULT '{}',
    removed_at TEXT
);

CREATE INDEX evidence_audit ON evidence(audit_id);

CREATE INDEX evidence_sha ON evidence(sha256);

CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);

CREATE UNIQUE INDEX evidence_links_unique
    ON evidence_links(evidence_id, coalesce(question_id, ''), item, coalesce(finding_id, ''));

CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    pdf_sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    signer TEXT NOT NULL,
    signed_at TEXT NOT NULL
);

CREATE TABLE participation_sessions (
    id TEXT PRIMARY KEY,
    event TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    audit_id TEXT REFERENCES audits(id),
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX sessions_date ON participation_sessions(date);

CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE receipts (
    submission_id TEXT PRIMARY KEY REFERENCES outbox(submission_id),
    receipt TEXT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE TABLE custody_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    n INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (audit_id, n)
);

CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'custody_log is append-only');
END;

CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'custody_log is append-only');
END
"""


def _v2_sync(conn: sqlite3.Connection) -> None:
    for statement in _V2.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)


# Sync with the OIC (docs/sync.md). One outbox row per audit version queued; its
# manifest and audit JSON blob are frozen once prepared, so a retry always sends
# the same submission (the server answers 409 to the same id with other content).
_V2 = """
ALTER TABLE outbox ADD COLUMN audit_version INTEGER;

ALTER TABLE outbox ADD COLUMN manifest TEXT;

ALTER TABLE outbox ADD COLUMN audit_json BLOB;

ALTER TABLE outbox ADD COLUMN report_path TEXT;

ALTER TABLE outbox ADD COLUMN bytes_total INTEGER NOT NULL DEFAULT 0;

ALTER TABLE outbox ADD COLUMN error_code TEXT;

ALTER TABLE outbox ADD COLUMN first_sent_at TEXT;

ALTER TABLE outbox ADD COLUMN exported_at TEXT;

ALTER TABLE outbox ADD COLUMN delivered_at TEXT;

ALTER TABLE outbox ADD COLUMN review_state TEXT;

ALTER TABLE outbox ADD COLUMN review_comment TEXT;

ALTER TABLE outbox ADD COLUMN review_at TEXT;

CREATE INDEX outbox_audit ON outbox(audit_id);

CREATE INDEX outbox_state ON outbox(state)
"""


# Databases made by the first release lack the settings table: it was added to the
# initial schema after that release, and step 1 never runs again on them.
_V3 = """
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""


def _v3_settings(conn: sqlite3.Connection) -> None:
    conn.execute(_V3)


# The OIC's comments on single questions when it returns (or reviews) a submission:
# a JSON list of {"question", "item", "text"} (item: the repeat index, or null), beside
# the review's overall comment. Rows reviewed before this step have none.
_V4 = """
ALTER TABLE outbox ADD COLUMN review_comments TEXT NOT NULL DEFAULT '[]'
"""


def _v4_review_comments(conn: sqlite3.Connection) -> None:
    conn.execute(_V4)


# Participation sessions reach the OIC (docs/sync.md, "Participation sessions"). A
# session's ``version`` counts the observer's changes and ``sent_version`` the one the
# server acknowledged (NULL: never sent), so a change made while a sync talks to the
# server is sent again. ``server_state`` is what the OIC said ('received', 'validated',
# 'disputed'; NULL before the first answer), ``reason`` why it disputed it,
# ``decided_at`` when it decided, ``send_error`` why the server refused the last copy
# sent. A removed session leaves its row (JSON) in ``session_deletions`` until the server
# confirms the DELETE: a session validated meanwhile comes back from there. The profile
# gains the optional institution (academic hours) sent with each session.
_V5 = """
ALTER TABLE observer_profile ADD COLUMN institution TEXT;

ALTER TABLE participation_sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE participation_sessions ADD COLUMN sent_version INTEGER;

ALTER TABLE participation_sessions ADD COLUMN server_state TEXT;

ALTER TABLE participation_sessions ADD COLUMN reason TEXT;

ALTER TABLE participation_sessions ADD COLUMN decided_at TEXT;

ALTER TABLE participation_sessions ADD COLUMN send_error TEXT;

ALTER TABLE participation_sessions ADD COLUMN updated_at TEXT;

CREATE TABLE session_deletions (
    session_id TEXT PRIMARY KEY,
    row TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    send_error TEXT
)
"""


def _v5_sessions_sync(conn: sqlite3.Connection) -> None:
    for statement in _V5.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)


# The OIC's agenda of events and the observer's sign-ups (docs/sync.md, "Agenda and
# sign-ups"). ``agenda_events`` is a cache of the server's events (its ids, ``seq`` the
# feed position); ``signups`` one row per event the observer signed up to: its client
# id (the PUT's), the conflict-of-interest declaration exactly as shown and when it was
# answered, ``withdrawn`` (what the observer wants), ``version``/``sent_version`` as
# sessions have them, and what the OIC said (``state``: 'requested', 'confirmed',
# 'declined', 'withdrawn'; NULL before its first answer), ``reason``, ``send_error``.
# ``audit_id`` is the audit started from the confirmed event.
_V6 = """
CREATE TABLE agenda_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    procedure_number TEXT NOT NULL DEFAULT '',
    convening_unit TEXT NOT NULL DEFAULT '',
    seats INTEGER NOT NULL DEFAULT 1,
    seats_taken INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    cancelled INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL
);

CREATE INDEX agenda_events_date ON agenda_events (date, start_time);

CREATE TABLE signups (
    id TEXT PRIMARY KEY,
    event_id INTEGER NOT NULL UNIQUE,
    declaration_text TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    sent_version INTEGER,
    state TEXT,
    reason TEXT,
    send_error TEXT,
    seq INTEGER,
    audit_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""


def _v6_agenda(conn: sqlite3.Connection) -> None:
    for statement in _V6.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)


# The OIC's copy of record of a delivered report (issue 19): the PDF the server
# timestamped (PAdES B-LTA), downloaded next to the report; its SHA-256 is the receipt's
_V7 = """
ALTER TABLE outbox ADD COLUMN record_path TEXT;

ALTER TABLE outbox ADD COLUMN record_sha256 TEXT
"""


def _v7_record_copy(conn: sqlite3.Connection) -> None:
    for statement in _V7.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _v1_initial),
    Migration(2, "sync outbox: manifest, audit blob, errors, reviews", _v2_sync),
    Migration(3, "settings table for databases of the first release", _v3_settings),
    Migration(4, "the OIC's per-question comments of a review", _v4_review_comments),
    Migration(
        5, "participation sessions sent to the OIC; the profile's institution", _v5_sessions_sync
    ),
    Migration(6, "the OIC's agenda of events and the observer's sign-ups", _v6_agenda),
    Migration(7, "the OIC's copy of record of a delivered report", _v7_record_copy),
)

LATEST_VERSION = MIGRATIONS[-1].version
