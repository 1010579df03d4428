"""Step 4 of the migration ladder: the outbox keeps the OIC's per-question comments.

A database of the release before (frozen schema 3) holding an audit the OIC returned
opens, keeps that review, has no comments for it, and stores those of the next one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from review_helpers import fetch_reviews, review_event

from observer_desktop.services import sync
from observer_desktop.services.app import Observador

FROZEN_V3 = Path(__file__).parent / "frozen" / "schema_v3.sql"
SUBMISSION = "7b1d9c1e-0c4f-4a52-9a57-3f0e6f1c2a10"


def _old_database_with_a_returned_audit(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.executescript(FROZEN_V3.read_text(encoding="utf-8"))
    audit_id = conn.execute(
        "SELECT id FROM audits WHERE status != 'draft' AND superseded_by IS NULL LIMIT 1"
    ).fetchone()[0]
    version = conn.execute("SELECT version FROM audits WHERE id = ?", (audit_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO outbox (submission_id, audit_id, audit_version, state, attempts,"
        " created_at, updated_at, delivered_at, review_state, review_comment, review_at)"
        " VALUES (?, ?, ?, 'delivered', 1, '2026-11-20T10:00:00.000Z', '2026-11-21T09:00:00.000Z',"
        " '2026-11-20T10:00:00.000Z', 'returned', 'Falta el acta de apertura.',"
        " '2026-11-21T09:00:00.000Z')",
        (SUBMISSION, audit_id, version),
    )
    conn.execute("UPDATE audits SET status = 'returned' WHERE id = ?", (audit_id,))
    conn.commit()
    assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 3
    conn.close()
    return audit_id


def test_a_returned_audit_of_schema_3_keeps_its_review_and_gets_comments(data_dir):
    audit_id = _old_database_with_a_returned_audit(data_dir)
    with Observador(data_dir) as app:
        assert app.database.schema_version() >= 4
        assert list(data_dir.glob("observer.db.backup-v3-*"))  # copied before the step
        cols = {r[1] for r in app.database.execute("PRAGMA table_info(outbox)")}
        assert "review_comments" in cols
        row = app.store.get_outbox(SUBMISSION)
        assert row["review_state"] == "returned"
        assert row["review_comment"] == "Falta el acta de apertura."
        assert row["review_comments"] == []  # reviewed before comments existed
        shown = sync.audit_reviews(app, audit_id)
        assert shown[0]["review"] == "returned" and shown[0]["review_comments"] == []
        audit = app.store.get_audit(audit_id)
        assert sync.returned_review(audit, shown)["submission_id"] == SUBMISSION

        # the OIC says it again, now with a comment on a question: stored
        comments = [{"question": "q1", "item": None, "text": "¿Dónde está el acta?"}]
        event = review_event(audit, SUBMISSION, comment="Falta el acta.", comments=comments)
        fetch_reviews(app, [event])
        assert app.store.get_outbox(SUBMISSION)["review_comments"] == comments
        assert app.database.integrity_check() == "ok"
