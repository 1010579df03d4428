"""Sync's rows: the outbox of submissions to the OIC (with their review) and receipts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from observer_desktop.storage.repositories.base import Repository, json_text

__all__ = ["OutboxRepository"]

_OUTBOX_ROWS = (
    "SELECT o.submission_id, o.audit_id, o.audit_version, o.state, o.attempts,"
    " o.last_error, o.error_code, o.bytes_total, o.created_at, o.updated_at,"
    " o.first_sent_at, o.exported_at, o.delivered_at, o.review_state,"
    " o.review_comment, o.review_at, o.review_comments, o.record_path, o.record_sha256,"
    " o.manifest IS NOT NULL AS prepared,"
    " a.title, a.version, a.status AS audit_status, a.form_id, a.superseded_by,"
    " r.received_at"
    " FROM outbox o JOIN audits a ON a.id = o.audit_id"
    " LEFT JOIN receipts r ON r.submission_id = o.submission_id"
)


class OutboxRepository(Repository):
    def insert_outbox(self, row: dict[str, Any]) -> None:
        self.database.db["outbox"].insert(row)

    def get_outbox(self, submission_id: str) -> dict | None:
        row = self.database.query_one(
            "SELECT * FROM outbox WHERE submission_id = ?", (submission_id,)
        )
        if row is not None:
            row["review_comments"] = json.loads(row["review_comments"] or "[]")
        return row

    def update_outbox(self, submission_id: str, **fields: Any) -> None:
        """``review_comments``: the list of the OIC's per-question comments (stored as JSON)."""
        if "review_comments" in fields:
            fields["review_comments"] = json_text(fields["review_comments"] or [])
        self._update_row("outbox", "submission_id", submission_id, fields)

    def replace_submission_id(self, old: str, new: str, **fields: Any) -> None:
        """Give an unsent row a new submission id (its manifest is about to change)."""
        sets = "".join(f", {k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE outbox SET submission_id = :__new{sets} WHERE submission_id = :__old",
            {**fields, "__new": new, "__old": old},
        )

    def outbox_rows(
        self, *, states: Iterable[str] | None = None, audit_id: str | None = None
    ) -> list[dict]:
        """Outbox rows with their audit's title, version and status, oldest first."""
        where, params = [], []
        if states is not None:
            states = list(states)
            where.append(f"o.state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        if audit_id is not None:
            where.append("o.audit_id = ?")
            params.append(audit_id)
        sql = _OUTBOX_ROWS
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY o.created_at, o.submission_id"
        rows = self.database.query(sql, params)
        for r in rows:
            r["prepared"] = bool(r["prepared"])
            r["review_comments"] = json.loads(r["review_comments"] or "[]")
        return rows

    def outbox_counts(self) -> dict[str, int]:
        return {
            row[0]: row[1]
            for row in self.database.execute("SELECT state, count(*) FROM outbox GROUP BY state")
        }

    def insert_receipt(self, submission_id: str, receipt: Any, received_at: str) -> None:
        self.database.execute(
            "INSERT INTO receipts (submission_id, receipt, received_at) VALUES (?, ?, ?)",
            (submission_id, json_text(receipt), received_at),
        )

    def get_receipt(self, submission_id: str) -> dict | None:
        row = self.database.query_one(
            "SELECT receipt, received_at FROM receipts WHERE submission_id = ?", (submission_id,)
        )
        if row:
            row["receipt"] = json.loads(row["receipt"])
        return row
