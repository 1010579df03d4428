"""Reviews: the OIC's decisions, and the feed each observer reads with a cursor of their own."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from sqlalchemy import Connection, select, update

from observer_desktop.core.canonical import canonical_json
from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases.base import Caller, ServerParts, current_user


class ReviewCases(ServerParts):
    """Review events: the OIC's decisions and the per-observer cursors laptops read."""

    @staticmethod
    def _next_cursor(conn: Connection, observer_id: int) -> tuple[int, int]:
        """The next global cursor (the server's order of events) and the observer's own
        (what their laptop sees). Both rows stay locked until commit, so cursors become
        visible in order."""
        conn.execute(
            update(s.counters)
            .where(s.counters.c.name == "review_cursor")
            .values(value=s.counters.c.value + 1)
        )
        cursor = conn.execute(
            select(s.counters.c.value).where(s.counters.c.name == "review_cursor")
        ).scalar_one()
        conn.execute(
            update(s.observers)
            .where(s.observers.c.id == observer_id)
            .values(review_seq=s.observers.c.review_seq + 1)
        )
        seq = conn.execute(
            select(s.observers.c.review_seq).where(s.observers.c.id == observer_id)
        ).scalar_one()
        return int(cursor), int(seq)

    # ------------------------------------------------------------ reviews

    def reviews(self, caller: Caller, since: int) -> dict[str, Any]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(
                    s.review_events.c.seq,
                    s.review_events.c.state,
                    s.review_events.c.comment,
                    s.review_events.c.comments,
                    s.review_events.c.at,
                    s.submissions.c.id,
                    s.submissions.c.audit_id,
                    s.submissions.c.audit_version,
                )
                .join(s.submissions, s.submissions.c.id == s.review_events.c.submission_id)
                .where(
                    s.review_events.c.observer_id == caller.observer_id,
                    s.review_events.c.seq > since,
                )
                .order_by(s.review_events.c.seq)
                .limit(self.limits.reviews_page)
            ).all()
        reviews = [
            {
                "submission_id": r.id,
                "audit_id": r.audit_id,
                "audit_version": r.audit_version,
                "state": r.state,
                "comment": r.comment,
                "comments": review_comments(r.comments),
                "at": r.at,
                "cursor": int(r.seq),
            }
            for r in rows
        ]
        return {"reviews": reviews, "cursor": reviews[-1]["cursor"] if reviews else since}

    def review(
        self,
        ref: str,
        decision: str,
        comment: str,
        *,
        actor: str | None = None,
        comments: list[dict[str, Any]] | None = None,
    ) -> dict:
        """The OIC's decision on a committed submission: ``approve`` or ``return``
        (``oic-server review``; the console decides through :meth:`decide`)."""
        if decision == "return" and not (comment or "").strip():
            raise ApiError(
                "bad_request",
                "Al devolver un envío escriba en --comment qué debe corregir el observador.",
            )
        state, comment, notes = self._check_decision(decision, comment, comments)
        who = actor or f"cli:{current_user()}"

        def txn(conn: Connection) -> tuple[Any, bool]:
            row = self.resolve_submission(conn, ref)
            row = conn.execute(
                select(s.submissions).where(s.submissions.c.id == row.id).with_for_update()
            ).one()
            if row.state != "committed":
                raise ApiError(
                    "conflict",
                    "Ese envío aún no está confirmado (faltan archivos o la confirmación): no se "
                    "puede revisar todavía.",
                )
            if (
                row.review_state == state
                and (row.review_comment or "") == comment
                and (row.review_comments or None) == notes
            ):
                return row, False
            self.record_decision(conn, row, state, comment, notes, who)
            return row, True

        row, changed = self.db.write(txn)
        return {"submission_id": row.id, "review": state, "comment": comment, "changed": changed}

    def _check_decision(
        self, decision: str, comment: str, comments: list[dict[str, Any]] | None
    ) -> tuple[str, str, str | None]:
        """(protocol state, comment, per-question comments as canonical JSON or None)."""
        states = {"approve": "approved", "return": "returned"}
        if decision not in states:
            raise ApiError(
                "bad_request", "La decisión es «approve» (aprobar) o «return» (devolver)."
            )
        comment = _clean_text(comment, "El comentario", 5000, required=False)
        if decision == "return" and not comment:
            raise ApiError(
                "bad_request",
                "Al devolver un envío escriba el motivo: qué debe corregir el observador.",
            )
        notes = None
        if comments:
            if decision != "return":
                raise ApiError(
                    "bad_request", "Los comentarios por pregunta acompañan a una devolución."
                )
            if len(comments) > 200:
                raise ApiError("bad_request", "Son demasiados comentarios (máximo 200).")
            clean = []
            for c in comments:
                question = str(c.get("question") or "")
                item = c.get("item")
                if not re.fullmatch(r"[a-z][a-z0-9_]{0,99}", question):
                    raise ApiError("bad_request", f"La pregunta «{question[:40]}» no existe.")
                if item is not None and (not isinstance(item, int) or not 0 <= item < 1000):
                    raise ApiError("bad_request", "El número de elemento no es válido.")
                text = _clean_text(str(c.get("text") or ""), "Un comentario", 2000)
                clean.append({"question": question, "item": item, "text": text})
            notes = canonical_json(clean).decode("utf-8")
        return states[decision], comment, notes

    def record_decision(
        self, conn: Connection, row: Any, state: str, comment: str, notes: str | None, who: str
    ) -> int:
        """Write a decision on the locked submission ``row``: its state and an append-only
        event the observer's laptop reads. Returns the new global cursor."""
        at = now_iso()
        cursor, seq = self._next_cursor(conn, row.observer_id)
        conn.execute(
            update(s.submissions)
            .where(s.submissions.c.id == row.id)
            .values(
                review_state=state,
                review_comment=comment,
                review_comments=notes,
                review_at=at,
                review_cursor=cursor,
            )
        )
        conn.execute(  # the inbox's copy (no row before the submission is indexed: fine)
            update(s.submission_index)
            .where(s.submission_index.c.submission_id == row.id)
            .values(review_state=state)
        )
        conn.execute(
            s.review_events.insert().values(
                cursor=cursor,
                seq=seq,
                submission_id=row.id,
                observer_id=row.observer_id,
                state=state,
                comment=comment,
                comments=notes,
                at=at,
                actor=who,
            )
        )
        return cursor


def _clean_text(value: str, what: str, limit: int, *, required: bool = True) -> str:
    value = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").strip())
    if required and not value:
        raise ApiError("bad_request", f"{what} está vacío.")
    if len(value) > limit:
        raise ApiError("bad_request", f"{what} es demasiado largo (máximo {limit} caracteres).")
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in value):
        raise ApiError("bad_request", f"{what} contiene caracteres de control.")
    return value


def review_history(conn: Connection, submission_id: str) -> list[Any]:
    """A submission's review events, first to last."""
    return conn.execute(
        select(s.review_events)
        .where(s.review_events.c.submission_id == submission_id)
        .order_by(s.review_events.c.cursor)
    ).all()


def review_comments(raw: str | None) -> list[dict[str, Any]]:
    """Stored per-question comments as the feed sends them (``[]`` when none)."""
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return value if isinstance(value, list) else []
