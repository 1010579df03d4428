"""The OIC's agenda (a cache of its events, kept by sync) and the observer's sign-ups:
the declaration as answered, what the observer wants (signed up or withdrawn), what
the OIC said and what is still to send."""

from __future__ import annotations

from typing import Any

from observer_desktop.storage.repositories.base import Repository

__all__ = ["AgendaRepository"]

_EVENT_SIGNUP = (
    "SELECT e.*, s.id AS signup_id, s.state AS signup_state, s.reason AS signup_reason,"
    " s.withdrawn AS signup_withdrawn, s.version AS signup_version,"
    " s.sent_version AS signup_sent_version, s.send_error AS signup_send_error,"
    " s.declared_at AS signup_declared_at, s.audit_id AS signup_audit_id"
    " FROM agenda_events e LEFT JOIN signups s ON s.event_id = e.id"
)


class AgendaRepository(Repository):
    # ------------------------------------------------------------ events

    def upsert_event(self, row: dict[str, Any]) -> None:
        self.database.db["agenda_events"].upsert(row, pk="id")

    def get_event(self, event_id: int) -> dict | None:
        return self.database.query_one(_EVENT_SIGNUP + " WHERE e.id = ?", (event_id,))

    def agenda_events(self) -> list[dict]:
        """Every event known, with the observer's sign-up to it (or NULLs)."""
        return self.database.query(_EVENT_SIGNUP + " ORDER BY e.date, e.start_time, e.id")

    def forget_events_without_signup(self) -> None:
        self.database.execute(
            "DELETE FROM agenda_events WHERE id NOT IN (SELECT event_id FROM signups)"
        )

    # ------------------------------------------------------------ sign-ups

    def insert_signup(self, row: dict[str, Any]) -> None:
        self.database.db["signups"].insert(row)

    def update_signup(self, signup_id: str, fields: dict[str, Any]) -> None:
        self.database.db["signups"].update(signup_id, fields)

    def get_signup(self, signup_id: str) -> dict | None:
        return self.database.query_one("SELECT * FROM signups WHERE id = ?", (signup_id,))

    def signup_for_event(self, event_id: int) -> dict | None:
        return self.database.query_one("SELECT * FROM signups WHERE event_id = ?", (event_id,))

    def signups_to_send(self) -> list[dict]:
        """Signed up or withdrawn since the server last acknowledged it."""
        return self.database.query(
            "SELECT * FROM signups WHERE sent_version IS NULL OR sent_version < version"
            " ORDER BY created_at"
        )
