"""Report rows: each signed PDF of an audit, in the order they were signed."""

from __future__ import annotations

from typing import Any

from observer_desktop.storage.repositories.base import Repository

__all__ = ["ReportRepository"]


class ReportRepository(Repository):
    def insert_report(self, row: dict[str, Any]) -> None:
        self.database.db["reports"].insert(row)

    def reports(self, audit_id: str) -> list[dict]:
        return self.database.query(
            "SELECT * FROM reports WHERE audit_id = ? ORDER BY signed_at", (audit_id,)
        )
