"""Participation sessions: events the observer attended (date, times, place, audit)."""

from __future__ import annotations

from typing import Any

from observer_desktop.storage.repositories.base import Repository

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
