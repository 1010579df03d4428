"""Reviews: the OIC's decisions, and the feed each observer reads with a cursor of their own."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import Connection, select, update

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
                "at": r.at,
                "cursor": int(r.seq),
            }
            for r in rows
        ]
        return {"reviews": reviews, "cursor": reviews[-1]["cursor"] if reviews else since}

    def review(self, ref: str, decision: str, comment: str, *, actor: str | None = None) -> dict:
        """The OIC's decision on a committed submission: ``approve`` or ``return``."""
        states = {"approve": "approved", "return": "returned"}
        if decision not in states:
            raise ApiError(
                "bad_request", "La decisión es «approve» (aprobar) o «return» (devolver)."
            )
        comment = unicodedata.normalize("NFC", comment.strip())
        if decision == "return" and not comment:
            raise ApiError(
                "bad_request",
                "Al devolver un envío escriba en --comment qué debe corregir el observador.",
            )
        if len(comment) > 5000:
            raise ApiError("bad_request", "El comentario es demasiado largo (máximo 5000).")
        if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in comment):
            raise ApiError("bad_request", "El comentario contiene caracteres de control.")
        state = states[decision]
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
            if row.review_state == state and (row.review_comment or "") == comment:
                return row, False
            at = now_iso()
            cursor, seq = self._next_cursor(conn, row.observer_id)
            conn.execute(
                update(s.submissions)
                .where(s.submissions.c.id == row.id)
                .values(
                    review_state=state, review_comment=comment, review_at=at, review_cursor=cursor
                )
            )
            conn.execute(
                s.review_events.insert().values(
                    cursor=cursor,
                    seq=seq,
                    submission_id=row.id,
                    observer_id=row.observer_id,
                    state=state,
                    comment=comment,
                    at=at,
                    actor=who,
                )
            )
            return row, True

        row, changed = self.db.write(txn)
        return {"submission_id": row.id, "review": state, "comment": comment, "changed": changed}
