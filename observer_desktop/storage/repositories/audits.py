"""Audit rows: insert, read, update, find by id prefix, and the filtered audit list.

The window's brief list is kept per connection until the database changes, so
asking again for a list it showed a moment ago costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from observer_desktop.core.text import fold
from observer_desktop.storage.database import Database
from observer_desktop.storage.repositories.base import Repository, like_escape

__all__ = ["AUDIT_SORTS", "AuditFilter", "AuditRepository"]

AUDIT_SORTS = {
    "updated": "updated_at DESC",
    "created": "created_at DESC",
    "event_date": "coalesce(event_date, '') DESC, updated_at DESC",
    "title": "title COLLATE NOCASE ASC",
    "status": "status ASC, updated_at DESC",
}

BRIEF_LIST_CACHE = 4  # brief audit lists kept per connection (the window's last filters)

_COLUMNS = (
    "id, form_id, form_version, status, version, supersedes, superseded_by, title,"
    " event_date, created_at, updated_at, finalized_at"
)
_BRIEF_COLUMNS = "id, form_id, status, version, superseded_by, title, event_date, updated_at"


class AuditFilter(dict):
    """Keyword filter for :meth:`Store.list_audits` (text, status, form_id, date_from, date_to)."""


class AuditRepository(Repository):
    def __init__(self, database: Database):
        super().__init__(database)
        # brief lists by their arguments, with the change token they were read under
        self._brief_lists: OrderedDict[tuple, tuple[tuple[int, int], list[dict]]] = OrderedDict()

    def insert_audit(self, row: dict[str, Any]) -> None:
        self.database.db["audits"].insert(row)

    def audit_observer_codes(self) -> list[dict]:
        """Per audit, the code it was created under (``observer_code``) and the code of
        whoever finalized it (``finalized_by``, from the frozen observer snapshot)."""
        return self.database.query(
            "SELECT id, observer_code, json_extract(observer, '$.code') AS finalized_by FROM audits"
        )

    def get_audit(self, audit_id: str) -> dict | None:
        return self.database.query_one("SELECT * FROM audits WHERE id = ?", (audit_id,))

    def audit_ids_with_prefix(self, prefix: str, limit: int = 5) -> list[str]:
        rows = self.database.execute(
            "SELECT id FROM audits WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (like_escape(prefix) + "%", limit),
        ).fetchall()
        return [r[0] for r in rows]

    def update_audit(self, audit_id: str, **fields: Any) -> None:
        self._update_row("audits", "id", audit_id, fields)

    def list_audits(
        self,
        *,
        text: str | None = None,
        status: str | Iterable[str] | None = None,
        form_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str | None = "updated",
        limit: int | None = None,
        include_superseded: bool = True,
        with_header: bool = False,
        brief: bool = False,
    ) -> list[dict]:
        """Audits matching the filters. ``sort=None`` leaves the order to the caller
        (the window sorts in memory); ``brief`` reads only what the list shows.

        Brief lists are kept until the database changes (any write, here or by another
        connection): the window asks again for a list it showed a moment ago — the
        whole list after a search is cleared — and building 10,000 rows costs more than
        everything else between a keystroke and the rows on screen. Their rows are
        shared between callers: read them, never modify them."""
        filters = {
            "text": text,
            "status": status,
            "form_id": form_id,
            "date_from": date_from,
            "date_to": date_to,
        }
        shape = {
            "sort": sort,
            "limit": limit,
            "include_superseded": include_superseded,
            "with_header": with_header,
            "brief": brief,
        }
        # not inside a transaction: its own writes do not move the token, and a rollback
        # would leave a list kept mid-transaction describing rows that never were
        if not brief or self.database.conn.in_transaction:
            return self._read_audits(filters, **shape)
        return self._kept_brief_list(filters, shape)

    def _kept_brief_list(self, filters: dict[str, Any], shape: dict[str, Any]) -> list[dict]:
        """The brief list kept for these arguments under the current change token, else
        read and kept (the last few); a new list object each time, the rows shared."""
        status = filters["status"]
        if status is not None and not isinstance(status, str):
            status = tuple(status)  # a key must be hashable
        key = (
            *{**filters, "status": status}.values(),
            *(value for name, value in shape.items() if name != "brief"),
        )
        token = self.database.change_token()
        kept = self._brief_lists.get(key)
        if kept is not None and kept[0] == token:
            self._brief_lists.move_to_end(key)
            return list(kept[1])
        rows = self._read_audits(filters, **shape)
        self._brief_lists[key] = (token, rows)
        self._brief_lists.move_to_end(key)
        while len(self._brief_lists) > BRIEF_LIST_CACHE:
            self._brief_lists.popitem(last=False)
        return list(rows)

    def _read_audits(
        self,
        filters: dict[str, Any],
        *,
        sort: str | None,
        limit: int | None,
        include_superseded: bool,
        with_header: bool,
        brief: bool,
    ) -> list[dict]:
        where, params = self._audit_where(**filters)
        if not include_superseded:
            where.append("superseded_by IS NULL")
        columns = _BRIEF_COLUMNS if brief else _COLUMNS
        if with_header:
            columns += ", header"
        sql = f"SELECT {columns} FROM audits"
        if where:
            sql += " WHERE " + " AND ".join(where)
        if sort is not None:
            sql += f" ORDER BY {AUDIT_SORTS.get(sort, AUDIT_SORTS['updated'])}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        if not brief or with_header:
            return self.database.query(sql, params)
        # the window's list: rows built by a dict display, three times faster than
        # the generic query's dict(zip(...)) for 10,000 rows
        return [
            {
                "id": a,
                "form_id": f,
                "status": s,
                "version": v,
                "superseded_by": by,
                "title": t,
                "event_date": d,
                "updated_at": u,
            }
            for a, f, s, v, by, t, d, u in self.database.execute(sql, params).fetchall()
        ]

    def count_audits_by_status(self, **filters: Any) -> dict[str, int]:
        where, params = self._audit_where(**filters)
        sql = "SELECT status, count(*) FROM audits"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " GROUP BY status"
        return {row[0]: row[1] for row in self.database.execute(sql, params)}

    @staticmethod
    def _audit_where(
        *,
        text: str | None = None,
        status: str | Iterable[str] | None = None,
        form_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if text:
            for word in fold(text).split():
                where.append("search_text LIKE ? ESCAPE '\\'")
                params.append(f"%{like_escape(word)}%")
        if status:
            statuses = [status] if isinstance(status, str) else list(status)
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        if form_id:
            where.append("form_id = ?")
            params.append(form_id)
        if date_from:
            where.append("coalesce(event_date, substr(created_at, 1, 10)) >= ?")
            params.append(date_from)
        if date_to:
            where.append("coalesce(event_date, substr(created_at, 1, 10)) <= ?")
            params.append(date_to)
        return where, params
