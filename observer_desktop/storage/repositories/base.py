"""What every repository shares: the database handle, the time format, the ``item``
column's "no item" value, JSON columns and escaped LIKE patterns."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from observer_desktop.core.canonical import canonical_json
from observer_desktop.storage.database import Database

__all__ = [
    "NO_ITEM",
    "Repository",
    "item_column",
    "item_value",
    "json_text",
    "like_escape",
    "now_iso",
]

NO_ITEM = -1  # the ``item`` column for answers outside a repeatable section


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def item_column(item: int | None) -> int:
    """An item as stored (primary keys cannot hold NULL usefully)."""
    return NO_ITEM if item is None else item


def item_value(stored: int) -> int | None:
    """An ``item`` column as callers see it: None outside a repeatable section."""
    return None if stored == NO_ITEM else stored


def json_text(value: Any) -> str:
    return canonical_json(value).decode("utf-8")


def like_escape(text: str) -> str:
    """``text`` for a ``LIKE … ESCAPE '\\'`` pattern, its wildcards taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Repository:
    """The SQL of one aggregate, over the folder's database."""

    def __init__(self, database: Database):
        self.database = database

    def _update_row(self, table: str, key_column: str, key: str, fields: dict[str, Any]) -> None:
        """``UPDATE table SET field = value, … WHERE key_column = key``."""
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE {table} SET {sets} WHERE {key_column} = :__id", {**fields, "__id": key}
        )
