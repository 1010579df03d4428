"""Finding rows: red flags raised by rules and findings written by the observer."""

from __future__ import annotations

from typing import Any

from observer_desktop.storage.repositories.base import (
    Repository,
    item_column,
    item_value,
    like_escape,
)

__all__ = ["FindingRepository"]


class FindingRepository(Repository):
    def findings(self, audit_id: str, *, include_withdrawn: bool = False) -> list[dict]:
        sql = "SELECT * FROM findings WHERE audit_id = ?"
        if not include_withdrawn:
            sql += " AND status = 'open'"
        sql += (
            " ORDER BY CASE severity WHEN 'alta' THEN 0 WHEN 'media' THEN 1 ELSE 2 END,"
            " created_at, id"
        )
        rows = self.database.query(sql, (audit_id,))
        for r in rows:
            r["item"] = item_value(r["item"])
        return rows

    def get_finding(self, finding_id: str) -> dict | None:
        row = self.database.query_one("SELECT * FROM findings WHERE id = ?", (finding_id,))
        if row:
            row["item"] = item_value(row["item"])
        return row

    def finding_ids_with_prefix(self, audit_id: str, prefix: str) -> list[str]:
        return [
            r[0]
            for r in self.database.execute(
                "SELECT id FROM findings WHERE audit_id = ? AND id LIKE ? ESCAPE '\\' LIMIT 5",
                (audit_id, like_escape(prefix) + "%"),
            )
        ]

    def insert_finding(self, row: dict[str, Any]) -> None:
        row = dict(row)
        row["item"] = item_column(row.get("item"))
        self.database.db["findings"].insert(row)

    def update_finding(self, finding_id: str, **fields: Any) -> None:
        if "item" in fields:
            fields["item"] = item_column(fields["item"])
        self._update_row("findings", "id", finding_id, fields)

    def delete_finding(self, finding_id: str) -> None:
        self.database.execute("DELETE FROM evidence_links WHERE finding_id = ?", (finding_id,))
        self.database.execute("DELETE FROM findings WHERE id = ?", (finding_id,))

    def rule_findings(self, audit_id: str) -> dict[tuple[str, int | None], dict]:
        rows = self.database.query(
            "SELECT * FROM findings WHERE audit_id = ? AND source = 'rule'", (audit_id,)
        )
        out = {}
        for r in rows:
            r["item"] = item_value(r["item"])
            out[(r["rule_id"], r["item"])] = r
        return out
