"""Participation sessions: events the observer attended (date, times, place, audit), what
the OIC said about each (sent, validated, disputed) and the removals still to tell it."""

from __future__ import annotations

import json
from typing import Any

from observer_desktop.storage.repositories.base import Repository, json_text

__all__ = ["SessionRepository"]


class SessionRepository(Repository):
    def insert_session(self, row: dict[str, Any]) -> None:
        self.database.db["participation_sessions"].insert(row)

    def update_session(self, session_id: str, fields: dict[str, Any]) -> None:
        self.database.db["participation_sessions"].update(session_id, fields)

    def delete_session(self, session_id: str) -> int:
        return self.database.execute(
            "DELETE FROM participation_sessions WHERE id = ?", (session_id,)
        ).rowcount

    def get_session(self, session_id: str) -> dict | None:
        return self.database.query_one(
            "SELECT * FROM participation_sessions WHERE id = ?", (session_id,)
        )

    def sessions(self, *, date_from: str | None = None, date_to: str | None = None) -> list[dict]:
        where, params = [], []
        if date_from:
            where.append("date >= ?")
            params.append(date_from)
        if date_to:
            where.append("date <= ?")
            params.append(date_to)
        sql = "SELECT * FROM participation_sessions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date, start_time"
        return self.database.query(sql, params)

    def sessions_to_send(self) -> list[dict]:
        """New or changed since the server last acknowledged them; validated ones never."""
        return self.database.query(
            "SELECT * FROM participation_sessions"
            " WHERE (sent_version IS NULL OR sent_version < version)"
            " AND coalesce(server_state, '') != 'validated' ORDER BY date, start_time"
        )

    # ------------------------------------------------------------ removals to send

    def record_deletion(self, row: dict[str, Any], deleted_at: str) -> None:
        self.database.execute(
            "INSERT OR REPLACE INTO session_deletions (session_id, row, deleted_at)"
            " VALUES (?, ?, ?)",
            (row["id"], json_text(row), deleted_at),
        )

    def deletions(self) -> list[dict]:
        rows = self.database.query("SELECT * FROM session_deletions ORDER BY deleted_at")
        return [{**r, "row": json.loads(r["row"])} for r in rows]

    def drop_deletion(self, session_id: str) -> None:
        self.database.execute("DELETE FROM session_deletions WHERE session_id = ?", (session_id,))

    def note_deletion_error(self, session_id: str, error: str | None) -> None:
        self.database.execute(
            "UPDATE session_deletions SET send_error = ? WHERE session_id = ?", (error, session_id)
        )
