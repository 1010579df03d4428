"""The folder's own rows: the observer's profile, settings, and pinned checklist sources."""

from __future__ import annotations

import json
from typing import Any

from observer_desktop.storage.repositories.base import Repository, json_text, now_iso

__all__ = ["ProfileRepository"]


class ProfileRepository(Repository):
    # --------------------------------------------------------- profile

    def get_profile(self) -> dict | None:
        return self.database.query_one("SELECT * FROM observer_profile WHERE id = 1")

    def save_profile(self, **fields: Any) -> None:
        now = now_iso()
        existing = self.get_profile()
        if existing:
            sets = ", ".join(f"{k} = :{k}" for k in fields)
            self.database.execute(
                f"UPDATE observer_profile SET {sets}, updated_at = :now WHERE id = 1",
                {**fields, "now": now},
            )
        else:
            cols = ", ".join(fields)
            vals = ", ".join(f":{k}" for k in fields)
            self.database.execute(
                f"INSERT INTO observer_profile (id, {cols}, created_at, updated_at) "
                f"VALUES (1, {vals}, :now, :now)",
                {**fields, "now": now},
            )

    # --------------------------------------------------------- settings

    def get_setting(self, key: str) -> Any:
        row = self.database.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_setting(self, key: str, value: Any) -> None:
        self.database.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, json_text(value), now_iso()),
        )

    # ------------------------------------------------------- checklists

    def get_checklist_row(self, form_id: str, version: int) -> dict | None:
        return self.database.query_one(
            "SELECT * FROM checklists WHERE form_id = ? AND version = ?", (form_id, version)
        )

    def insert_checklist(
        self, *, form_id: str, version: int, sha256: str, title: str, source: str
    ) -> None:
        self.database.execute(
            "INSERT INTO checklists (form_id, version, sha256, title, source, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (form_id, version, sha256, title, source, now_iso()),
        )
