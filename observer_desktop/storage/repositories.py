"""Repositories: every SQL statement of the app lives here.

Methods take and return plain dicts and values. They do not open
transactions themselves (except :meth:`Store.append_custody`, which must run
inside one): services decide what one unit of work is and wrap it in
``Database.transaction()``.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from observer_desktop.core.canonical import canonical_json
from observer_desktop.core.custody import entry_hash
from observer_desktop.core.text import fold
from observer_desktop.storage.database import Database

__all__ = ["NO_ITEM", "AuditFilter", "Store", "now_iso"]

NO_ITEM = -1  # the ``item`` column for answers outside a repeatable section

AUDIT_SORTS = {
    "updated": "updated_at DESC",
    "created": "created_at DESC",
    "event_date": "coalesce(event_date, '') DESC, updated_at DESC",
    "title": "title COLLATE NOCASE ASC",
    "status": "status ASC, updated_at DESC",
}


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _item(item: int | None) -> int:
    return NO_ITEM if item is None else item


def _json(value: Any) -> str:
    return canonical_json(value).decode("utf-8")


class AuditFilter(dict):
    """Keyword filter for :meth:`Store.list_audits` (text, status, form_id, date_from, date_to)."""


BRIEF_LIST_CACHE = 4  # brief audit lists kept per connection (the window's last filters)


class Store:
    def __init__(self, database: Database):
        self.database = database
        # brief lists by their arguments, with the change token they were read under
        self._brief_lists: OrderedDict[tuple, tuple[tuple[int, int], list[dict]]] = OrderedDict()

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
            (key, _json(value), now_iso()),
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

    # ----------------------------------------------------------- audits

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
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.database.execute(
            "SELECT id FROM audits WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (escaped + "%", limit),
        ).fetchall()
        return [r[0] for r in rows]

    def update_audit(self, audit_id: str, **fields: Any) -> None:
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE audits SET {sets} WHERE id = :__id",
            {**fields, "__id": audit_id},
        )

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
        key = None
        # not inside a transaction: its own writes do not move the token, and a rollback
        # would leave a list kept mid-transaction describing rows that never were
        if brief and not self.database.conn.in_transaction:
            key = (
                text,
                status if status is None or isinstance(status, str) else tuple(status),
                form_id,
                date_from,
                date_to,
                sort,
                limit,
                include_superseded,
                with_header,
            )
            token = self.database.change_token()
            kept = self._brief_lists.get(key)
            if kept is not None and kept[0] == token:
                self._brief_lists.move_to_end(key)
                return list(kept[1])
        where, params = self._audit_where(
            text=text, status=status, form_id=form_id, date_from=date_from, date_to=date_to
        )
        if not include_superseded:
            where.append("superseded_by IS NULL")
        columns = (
            "id, form_id, form_version, status, version, supersedes, superseded_by, title,"
            " event_date, created_at, updated_at, finalized_at"
        )
        if brief:
            columns = "id, form_id, status, version, superseded_by, title, event_date, updated_at"
        if with_header:
            columns += ", header"
        sql = f"SELECT {columns} FROM audits"
        if where:
            sql += " WHERE " + " AND ".join(where)
        if sort is not None:
            sql += f" ORDER BY {AUDIT_SORTS.get(sort, AUDIT_SORTS['updated'])}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        if brief and not with_header:
            # the window's list: rows built by a dict display, three times faster than
            # the generic query's dict(zip(...)) for 10,000 rows
            rows = [
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
        else:
            rows = self.database.query(sql, params)
        if key is not None:
            self._brief_lists[key] = (token, rows)
            self._brief_lists.move_to_end(key)
            while len(self._brief_lists) > BRIEF_LIST_CACHE:
                self._brief_lists.popitem(last=False)
            return list(rows)
        return rows

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
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append("search_text LIKE ? ESCAPE '\\'")
                params.append(f"%{escaped}%")
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

    # ---------------------------------------------------------- answers

    def answers(self, audit_id: str) -> list[dict]:
        rows = self.database.query(
            "SELECT question_id, item, value, note, created_at, updated_at FROM answers"
            " WHERE audit_id = ? ORDER BY question_id, item",
            (audit_id,),
        )
        for r in rows:
            r["value"] = json.loads(r["value"]) if r["value"] is not None else None
            r["item"] = None if r["item"] == NO_ITEM else r["item"]
        return rows

    def get_answer(self, audit_id: str, question_id: str, item: int | None) -> dict | None:
        row = self.database.query_one(
            "SELECT value, note FROM answers WHERE audit_id = ? AND question_id = ? AND item = ?",
            (audit_id, question_id, _item(item)),
        )
        if row and row["value"] is not None:
            row["value"] = json.loads(row["value"])
        return row

    def put_answer(
        self,
        audit_id: str,
        question_id: str,
        item: int | None,
        *,
        value: Any,
        note: str | None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> None:
        """Insert or update an answer; timestamps default to now (given on import)."""
        now = now_iso()
        encoded = None if value is None else _json(value)
        self.database.execute(
            "INSERT INTO answers (audit_id, question_id, item, value, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (audit_id, question_id, item) DO UPDATE SET"
            " value = excluded.value, note = excluded.note, updated_at = excluded.updated_at",
            (
                audit_id,
                question_id,
                _item(item),
                encoded,
                note,
                created_at or now,
                updated_at or now,
            ),
        )

    def delete_answer(self, audit_id: str, question_id: str, item: int | None) -> None:
        self.database.execute(
            "DELETE FROM answers WHERE audit_id = ? AND question_id = ? AND item = ?",
            (audit_id, question_id, _item(item)),
        )

    def delete_group_item(self, audit_id: str, question_ids: list[str], index: int) -> dict:
        """Remove item ``index`` of a repeatable section and move later items up by one.

        Answers of the item are deleted; rule findings of the item are deleted
        (their rule no longer has an item to fire on); manual findings about it
        are kept but detached from the question; evidence stays in the audit but
        loses its link to the item. Returns the ids affected, for the custody log.
        """
        marks = ", ".join("?" for _ in question_ids)
        qargs = (audit_id, *question_ids)
        in_group = f"audit_id = ? AND question_id IN ({marks})"
        deleted = [
            r[0]
            for r in self.database.execute(
                f"SELECT id FROM findings WHERE {in_group} AND item = ? AND source = 'rule'",
                (*qargs, index),
            )
        ]
        detached = [
            r[0]
            for r in self.database.execute(
                f"SELECT id FROM findings WHERE {in_group} AND item = ? AND source = 'manual'",
                (*qargs, index),
            )
        ]
        for finding_id in deleted:
            self.delete_finding(finding_id)
        for finding_id in detached:
            self.database.execute(
                "UPDATE findings SET question_id = NULL, item = -1 WHERE id = ?", (finding_id,)
            )
        link_where = (
            "evidence_id IN (SELECT id FROM evidence WHERE audit_id = ?)"
            " AND question_id IN (" + marks + ")"
        )
        unlinked = self.database.execute(
            f"DELETE FROM evidence_links WHERE {link_where} AND item = ?",
            (*qargs, index),
        ).rowcount
        self.database.execute(
            f"DELETE FROM answers WHERE {in_group} AND item = ?",
            (*qargs, index),
        )
        # shift in ascending order so no unique index ever sees two rows on one item
        rows = self.database.execute(
            f"SELECT question_id, item FROM answers WHERE {in_group} AND item > ?"
            " ORDER BY item ASC",
            (*qargs, index),
        ).fetchall()
        for qid, item in rows:  # answers has no rowid (WITHOUT ROWID): move by key
            self.database.execute(
                "UPDATE answers SET item = ? WHERE audit_id = ? AND question_id = ? AND item = ?",
                (item - 1, audit_id, qid, item),
            )
        for table, where in (("findings", in_group), ("evidence_links", link_where)):
            rows = self.database.execute(
                f"SELECT rowid, item FROM {table} WHERE {where} AND item > ? ORDER BY item ASC",
                (*qargs, index),
            ).fetchall()
            for rowid, item in rows:
                self.database.execute(
                    f"UPDATE {table} SET item = ? WHERE rowid = ?",
                    (item - 1, rowid),
                )
        return {
            "findings_deleted": deleted,
            "findings_detached": detached,
            "evidence_links_removed": unlinked,
        }

    # --------------------------------------------------------- findings

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
            r["item"] = None if r["item"] == NO_ITEM else r["item"]
        return rows

    def get_finding(self, finding_id: str) -> dict | None:
        row = self.database.query_one("SELECT * FROM findings WHERE id = ?", (finding_id,))
        if row:
            row["item"] = None if row["item"] == NO_ITEM else row["item"]
        return row

    def finding_ids_with_prefix(self, audit_id: str, prefix: str) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return [
            r[0]
            for r in self.database.execute(
                "SELECT id FROM findings WHERE audit_id = ? AND id LIKE ? ESCAPE '\\' LIMIT 5",
                (audit_id, escaped + "%"),
            )
        ]

    def insert_finding(self, row: dict[str, Any]) -> None:
        row = dict(row)
        row["item"] = _item(row.get("item"))
        self.database.db["findings"].insert(row)

    def update_finding(self, finding_id: str, **fields: Any) -> None:
        if "item" in fields:
            fields["item"] = _item(fields["item"])
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE findings SET {sets} WHERE id = :__id",
            {**fields, "__id": finding_id},
        )

    def delete_finding(self, finding_id: str) -> None:
        self.database.execute("DELETE FROM evidence_links WHERE finding_id = ?", (finding_id,))
        self.database.execute("DELETE FROM findings WHERE id = ?", (finding_id,))

    def rule_findings(self, audit_id: str) -> dict[tuple[str, int | None], dict]:
        rows = self.database.query(
            "SELECT * FROM findings WHERE audit_id = ? AND source = 'rule'", (audit_id,)
        )
        out = {}
        for r in rows:
            r["item"] = None if r["item"] == NO_ITEM else r["item"]
            out[(r["rule_id"], r["item"])] = r
        return out

    # --------------------------------------------------------- evidence

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
            link["item"] = None if link["item"] == NO_ITEM else link["item"]
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
        return {(q, None if i == NO_ITEM else i): c for q, i, c in rows}

    def insert_evidence(self, row: dict[str, Any]) -> None:
        row = dict(row)
        row["metadata"] = _json(row.get("metadata") or {})
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
            (evidence_id, question_id, _item(item), finding_id),
        )

    def all_evidence_hashes(self) -> set[str]:
        return {r[0] for r in self.database.execute("SELECT DISTINCT sha256 FROM evidence")}

    def get_evidence(self, evidence_id: str) -> dict | None:
        row = self.database.query_one("SELECT * FROM evidence WHERE id = ?", (evidence_id,))
        if row:
            row["metadata"] = json.loads(row["metadata"] or "{}")
        return row

    def evidence_ids_with_prefix(self, audit_id: str, prefix: str) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return [
            r[0]
            for r in self.database.execute(
                "SELECT id FROM evidence WHERE audit_id = ? AND removed_at IS NULL"
                " AND id LIKE ? ESCAPE '\\' LIMIT 5",
                (audit_id, escaped + "%"),
            )
        ]

    def find_evidence_by_hash(self, audit_id: str, sha256: str) -> dict | None:
        return self.database.query_one(
            "SELECT * FROM evidence WHERE audit_id = ? AND sha256 = ? AND removed_at IS NULL",
            (audit_id, sha256),
        )

    def update_evidence(self, evidence_id: str, **fields: Any) -> None:
        if "metadata" in fields:
            fields["metadata"] = _json(fields["metadata"])
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE evidence SET {sets} WHERE id = :__id", {**fields, "__id": evidence_id}
        )

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
            (evidence_id, question_id, _item(item)),
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

    # ---------------------------------------------------- custody log

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
            "INSERT INTO custody_log (audit_id, n, at, actor, action, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (audit_id, n, at, actor, action, _json(details), prev_hash, digest),
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
            "INSERT INTO custody_log (audit_id, n, at, actor, action, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                audit_id,
                entry["n"],
                entry["at"],
                entry["actor"],
                entry["action"],
                _json(entry["details"]),
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

    # ----------------------------------------------------------- reports

    def insert_report(self, row: dict[str, Any]) -> None:
        self.database.db["reports"].insert(row)

    def reports(self, audit_id: str) -> list[dict]:
        return self.database.query(
            "SELECT * FROM reports WHERE audit_id = ? ORDER BY signed_at", (audit_id,)
        )

    # ---------------------------------------------------------- sessions

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

    # ------------------------------------------------------------ outbox

    def insert_outbox(self, row: dict[str, Any]) -> None:
        self.database.db["outbox"].insert(row)

    def get_outbox(self, submission_id: str) -> dict | None:
        row = self.database.query_one(
            "SELECT * FROM outbox WHERE submission_id = ?", (submission_id,)
        )
        if row is not None:
            row["review_comments"] = json.loads(row["review_comments"] or "[]")
        return row

    def update_outbox(self, submission_id: str, **fields: Any) -> None:
        """``review_comments``: the list of the OIC's per-question comments (stored as JSON)."""
        if "review_comments" in fields:
            fields["review_comments"] = _json(fields["review_comments"] or [])
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE outbox SET {sets} WHERE submission_id = :__id",
            {**fields, "__id": submission_id},
        )

    def replace_submission_id(self, old: str, new: str, **fields: Any) -> None:
        """Give an unsent row a new submission id (its manifest is about to change)."""
        sets = "".join(f", {k} = :{k}" for k in fields)
        self.database.execute(
            f"UPDATE outbox SET submission_id = :__new{sets} WHERE submission_id = :__old",
            {**fields, "__new": new, "__old": old},
        )

    def outbox_rows(
        self, *, states: Iterable[str] | None = None, audit_id: str | None = None
    ) -> list[dict]:
        """Outbox rows with their audit's title, version and status, oldest first."""
        where, params = [], []
        if states is not None:
            states = list(states)
            where.append(f"o.state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        if audit_id is not None:
            where.append("o.audit_id = ?")
            params.append(audit_id)
        sql = (
            "SELECT o.submission_id, o.audit_id, o.audit_version, o.state, o.attempts,"
            " o.last_error, o.error_code, o.bytes_total, o.created_at, o.updated_at,"
            " o.first_sent_at, o.exported_at, o.delivered_at, o.review_state,"
            " o.review_comment, o.review_at, o.review_comments,"
            " o.manifest IS NOT NULL AS prepared,"
            " a.title, a.version, a.status AS audit_status, a.form_id, a.superseded_by,"
            " r.received_at"
            " FROM outbox o JOIN audits a ON a.id = o.audit_id"
            " LEFT JOIN receipts r ON r.submission_id = o.submission_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY o.created_at, o.submission_id"
        rows = self.database.query(sql, params)
        for r in rows:
            r["prepared"] = bool(r["prepared"])
            r["review_comments"] = json.loads(r["review_comments"] or "[]")
        return rows

    def outbox_counts(self) -> dict[str, int]:
        return {
            row[0]: row[1]
            for row in self.database.execute("SELECT state, count(*) FROM outbox GROUP BY state")
        }

    def insert_receipt(self, submission_id: str, receipt: Any, received_at: str) -> None:
        self.database.execute(
            "INSERT INTO receipts (submission_id, receipt, received_at) VALUES (?, ?, ?)",
            (submission_id, _json(receipt), received_at),
        )

    def get_receipt(self, submission_id: str) -> dict | None:
        row = self.database.query_one(
            "SELECT receipt, received_at FROM receipts WHERE submission_id = ?", (submission_id,)
        )
        if row:
            row["receipt"] = json.loads(row["receipt"])
        return row
