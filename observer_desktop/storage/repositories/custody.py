"""The custody log: one hash chain per audit, appended to, copied in, read back."""

from __future__ import annotations

import json
from typing import Any

from observer_desktop.core.custody import entry_hash
from observer_desktop.storage.repositories.base import Repository, json_text, now_iso

__all__ = ["CustodyRepository"]

_INSERT = (
    "INSERT INTO custody_log (audit_id, n, at, actor, action, details, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class CustodyRepository(Repository):
    def append_custody(self, audit_id: str, action: str, details: Any, *, actor: str) -> dict:
        """Append one entry to the audit's chain. Call inside a transaction."""
        head = self.database.execute(
            "SELECT log_head, log_count FROM audits WHERE id = ?", (audit_id,)
        ).fetchone()
        if head is None:
            raise KeyError(audit_id)
        prev_hash, count = head
        n = count + 1
        at = now_iso()
        digest = entry_hash(
            audit_id=audit_id,
            n=n,
            at=at,
            actor=actor,
            action=action,
            details=details,
            prev_hash=prev_hash,
        )
        self.database.execute(
            _INSERT, (audit_id, n, at, actor, action, json_text(details), prev_hash, digest)
        )
        self.database.execute(
            "UPDATE audits SET log_head = ?, log_count = ? WHERE id = ?", (digest, n, audit_id)
        )
        return {
            "n": n,
            "at": at,
            "actor": actor,
            "action": action,
            "details": details,
            "prev_hash": prev_hash,
            "hash": digest,
        }

    def insert_custody_entry(self, audit_id: str, entry: dict[str, Any]) -> None:
        """Insert an entry verbatim (package import, after its chain was verified)."""
        self.database.execute(
            _INSERT,
            (
                audit_id,
                entry["n"],
                entry["at"],
                entry["actor"],
                entry["action"],
                json_text(entry["details"]),
                entry["prev_hash"],
                entry["hash"],
            ),
        )

    def custody_entries(self, audit_id: str) -> list[dict]:
        rows = self.database.query(
            "SELECT n, at, actor, action, details, prev_hash, hash FROM custody_log"
            " WHERE audit_id = ? ORDER BY n",
            (audit_id,),
        )
        for r in rows:
            r["details"] = json.loads(r["details"])
        return rows

    def custody_heads(self) -> list[dict]:
        return self.database.query("SELECT id, log_head, log_count FROM audits ORDER BY created_at")
