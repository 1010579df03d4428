"""Evidence rows and their links to questions (and items) or findings.

The files themselves live in the evidence store (``evidence/store.py``); a row
removed from an audit keeps ``removed_at`` and its file.
"""

from __future__ import annotations

import json
from typing import Any

from observer_desktop.storage.repositories.base import (
    Repository,
    item_column,
    item_value,
    json_text,
    like_escape,
)

__all__ = ["EvidenceRepository"]


class EvidenceRepository(Repository):
    def evidence(self, audit_id: str, *, include_removed: bool = False) -> list[dict]:
        sql = "SELECT * FROM evidence WHERE audit_id = ?"
        if not include_removed:
            sql += " AND removed_at IS NULL"
        sql += " ORDER BY imported_at, id"
        rows = self.database.query(sql, (audit_id,))
        links = self.database.query(
            "SELECT l.* FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id"
            " WHERE e.audit_id = ?",
            (audit_id,),
        )
        by_id: dict[str, list[dict]] = {}
        for link in links:
            link["item"] = item_value(link["item"])
            by_id.setdefault(link["evidence_id"], []).append(link)
        for r in rows:
            r["metadata"] = json.loads(r["metadata"] or "{}")
            r["links"] = by_id.get(r["id"], [])
        return rows

    def evidence_counts(self, audit_id: str) -> dict[tuple[str, int | None], int]:
        rows = self.database.execute(
            "SELECT l.question_id, l.item, count(*) FROM evidence_links l"
            " JOIN evidence e ON e.id = l.evidence_id"
            " WHERE e.audit_id = ? AND e.removed_at IS NULL AND l.question_id IS NOT NULL"
            " GROUP BY l.question_id, l.item",
            (audit_id,),
        ).fetchall()
        return {(q, item_value(i)): c for q, i, c in rows}

    def insert_evidence(self, row: dict[str, Any]) -> None:
        row = dict(row)
        row["metadata"] = json_text(row.get("metadata") or {})
        self.database.db["evidence"].insert(row)

    def insert_evidence_link(
        self,
        evidence_id: str,
        *,
        question_id: str | None = None,
        item: int | None = None,
        finding_id: str | None = None,
    ) -> None:
        self.database.execute(
            "INSERT OR IGNORE INTO evidence_links (evidence_id, question_id, item, finding_id)"
            " VALUES (?, ?, ?, ?)",
            (evidence_id, question_id, item_column(item), finding_id),
        )

    def all_evidence_hashes(self) -> set[str]:
        return {r[0] for r in self.database.execute("SELECT DISTINCT sha256 FROM evidence")}

    def get_evidence(self, evidence_id: str) -> dict | None:
        row = self.database.query_one("SELECT * FROM evidence WHERE id = ?", (evidence_id,))
        if row:
            row["metadata"] = json.loads(row["metadata"] or "{}")
        return row

    def evidence_ids_with_prefix(self, audit_id: str, prefix: str) -> list[str]:
        return [
            r[0]
            for r in self.database.execute(
                "SELECT id FROM evidence WHERE audit_id = ? AND removed_at IS NULL"
                " AND id LIKE ? ESCAPE '\\' LIMIT 5",
                (audit_id, like_escape(prefix) + "%"),
            )
        ]

    def find_evidence_by_hash(self, audit_id: str, sha256: str) -> dict | None:
        return self.database.query_one(
            "SELECT * FROM evidence WHERE audit_id = ? AND sha256 = ? AND removed_at IS NULL",
            (audit_id, sha256),
        )

    def update_evidence(self, evidence_id: str, **fields: Any) -> None:
        if "metadata" in fields:
            fields["metadata"] = json_text(fields["metadata"])
        self._update_row("evidence", "id", evidence_id, fields)

    def delete_evidence_link(
        self,
        evidence_id: str,
        *,
        question_id: str | None = None,
        item: int | None = None,
        finding_id: str | None = None,
    ) -> int:
        if finding_id is not None:
            return self.database.execute(
                "DELETE FROM evidence_links WHERE evidence_id = ? AND finding_id = ?",
                (evidence_id, finding_id),
            ).rowcount
        return self.database.execute(
            "DELETE FROM evidence_links WHERE evidence_id = ? AND question_id = ? AND item = ?",
            (evidence_id, question_id, item_column(item)),
        ).rowcount

    def delete_all_evidence_links(self, evidence_id: str) -> int:
        return self.database.execute(
            "DELETE FROM evidence_links WHERE evidence_id = ?", (evidence_id,)
        ).rowcount

    def stored_evidence(self) -> list[dict]:
        """Every distinct stored file referenced by any evidence row (removed ones included)."""
        return self.database.query(
            "SELECT sha256, max(size) AS size, count(*) AS uses, min(original_name) AS name"
            " FROM evidence GROUP BY sha256 ORDER BY sha256"
        )
