"""Answer rows: one per question and item of an audit, the value stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from observer_desktop.storage.repositories.base import (
    Repository,
    item_column,
    item_value,
    json_text,
    now_iso,
)

__all__ = ["AnswerRepository"]


class AnswerRepository(Repository):
    def answers(self, audit_id: str) -> list[dict]:
        rows = self.database.query(
            "SELECT question_id, item, value, note, created_at, updated_at FROM answers"
            " WHERE audit_id = ? ORDER BY question_id, item",
            (audit_id,),
        )
        for r in rows:
            r["value"] = json.loads(r["value"]) if r["value"] is not None else None
            r["item"] = item_value(r["item"])
        return rows

    def get_answer(self, audit_id: str, question_id: str, item: int | None) -> dict | None:
        row = self.database.query_one(
            "SELECT value, note FROM answers WHERE audit_id = ? AND question_id = ? AND item = ?",
            (audit_id, question_id, item_column(item)),
        )
        if row and row["value"] is not None:
            row["value"] = json.loads(row["value"])
        return row

    def put_answer(
        self,
        audit_id: str,
        question_id: str,
        item: int | None,
        *,
        value: Any,
        note: str | None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> None:
        """Insert or update an answer; timestamps default to now (given on import)."""
        now = now_iso()
        encoded = None if value is None else json_text(value)
        self.database.execute(
            "INSERT INTO answers (audit_id, question_id, item, value, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (audit_id, question_id, item) DO UPDATE SET"
            " value = excluded.value, note = excluded.note, updated_at = excluded.updated_at",
            (
                audit_id,
                question_id,
                item_column(item),
                encoded,
                note,
                created_at or now,
                updated_at or now,
            ),
        )

    def delete_answer(self, audit_id: str, question_id: str, item: int | None) -> None:
        self.database.execute(
            "DELETE FROM answers WHERE audit_id = ? AND question_id = ? AND item = ?",
            (audit_id, question_id, item_column(item)),
        )
