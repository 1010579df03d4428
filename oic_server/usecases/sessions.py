"""Participation sessions (issue 17): what laptops send (``PUT``/``DELETE
/api/v1/sessions/{client_id}``, the feed ``GET /sessions?since=``) and the OIC's
validation in the console.

A session is the observer's until the OIC validates it: a ``PUT`` creates or
replaces it, a ``DELETE`` marks it removed (the row stays, for the record); once
``validated`` both are refused (409 ``session_locked``). A disputed session may be
corrected: the new ``PUT`` puts it back to ``received``. Every state change bumps
the session's ``seq`` (the observer's own feed position, as review cursors are)
and appends a row to ``session_decisions``. The observer's row is locked first in
every write, so two requests of one observer (or a decision and a request) settle
the overlap check and the next ``seq`` one after the other.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update

from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.oic_time import oic_today
from oic_server.schema import now_iso
from oic_server.usecases.base import Caller, ServerParts

__all__ = [
    "SESSION_STATES",
    "SessionCases",
    "SessionFilter",
    "hours_between",
    "oic_today",
]

SESSION_STATES = {"received": "Recibida", "validated": "Validada", "disputed": "Impugnada"}
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_BULK = 500
_CONTENT = ("event", "date", "start_time", "end_time", "place", "notes", "audit_id", "institution")


def hours_between(start: str, end: str) -> float:
    h0, m0 = map(int, start.split(":"))
    h1, m1 = map(int, end.split(":"))
    return round(((h1 * 60 + m1) - (h0 * 60 + m0)) / 60, 2)


def parse_day(value: str, what: str) -> str:
    """An ISO day (YYYY-MM-DD) or a Spanish refusal."""
    value = (value or "").strip()
    try:
        if not _DAY.fullmatch(value):
            raise ValueError
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(
            "bad_request", f"{what} debe escribirse AAAA-MM-DD (p. ej. 2026-03-01)."
        ) from None


def parse_day_range(desde: str, hasta: str) -> tuple[str, str]:
    """A filter's optional ISO days, checked ("" where not given), or a Spanish refusal:
    a day that is not one, or a range that ends before it starts."""
    desde = parse_day(desde, "La fecha inicial") if desde else ""
    hasta = parse_day(hasta, "La fecha final") if hasta else ""
    if desde and hasta and hasta < desde:
        raise ApiError("bad_request", "La fecha final es anterior a la inicial.")
    return desde, hasta


@dataclass(frozen=True)
class SessionFilter:
    """The console's filters of the sessions page."""

    desde: str = ""
    hasta: str = ""
    observador: str = ""  # an observer's code
    estado: str = ""  # received | validated | disputed | ""

    @classmethod
    def parse(cls, params: dict[str, str]) -> SessionFilter:
        def get(name: str) -> str:
            return (params.get(name) or "").strip()[:100]

        desde, hasta = parse_day_range(get("desde"), get("hasta"))
        estado = get("estado")
        return cls(
            desde=desde,
            hasta=hasta,
            observador=get("observador").upper(),
            estado=estado if estado in SESSION_STATES else "",
        )

    def query(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def _answer(row: Any) -> dict[str, Any]:
    return {
        "session": row.client_id,
        "state": row.state,
        "reason": row.reason,
        "decided_at": row.decided_at,
        "seq": int(row.seq),
    }


def _locked(row: Any) -> ApiError:
    day = (row.decided_at or "")[:10]
    when = f" el {day[8:10]}/{day[5:7]}/{day[:4]}" if len(day) == 10 else ""
    return ApiError(
        "session_locked",
        f"La sesión «{row.event}» del {row.date} ya fue validada por el OIC{when}; ya no se "
        "puede cambiar ni eliminar. Si hay un error, comuníquese con el OIC.",
        state=row.state,
        decided_at=row.decided_at,
    )


def _invalid(event: str, day: str, reason: str) -> ApiError:
    return ApiError(
        "session_invalid",
        f"El OIC no aceptó la sesión «{event}» del {day}: {reason}.",
        reason=reason,
    )


class SessionCases(ServerParts):
    """Sessions from laptops, and the OIC's decisions on them."""

    @staticmethod
    def _lock_observer(conn: Connection, observer_id: int) -> None:
        conn.execute(
            select(s.observers.c.id).where(s.observers.c.id == observer_id).with_for_update()
        )

    @staticmethod
    def _next_session_seq(conn: Connection, observer_id: int) -> int:
        """The observer's next feed position (their row is locked: no two alike). A
        session's seq only grows and rows are never removed, so the maximum only grows."""
        top = conn.execute(
            select(func.max(s.participation_sessions.c.seq)).where(
                s.participation_sessions.c.observer_id == observer_id
            )
        ).scalar()
        return int(top or 0) + 1

    # ------------------------------------------------------------ protocol

    def put_session(self, caller: Caller, client_id: str, body: Any) -> tuple[bool, dict[str, Any]]:
        """Create or replace the caller's session ``client_id`` (True: created)."""
        content = {
            "event": unicodedata.normalize("NFC", body.event.strip()),
            "date": body.date,
            "start_time": body.start,
            "end_time": body.end,
            "place": unicodedata.normalize("NFC", body.place.strip()),
            "notes": unicodedata.normalize("NFC", body.notes.replace("\r\n", "\n").strip()),
            "audit_id": body.audit,
            "institution": (
                unicodedata.normalize("NFC", body.institution.strip()) or None
                if body.institution
                else None
            ),
        }
        if not content["event"]:
            raise ApiError("bad_request", "Falta el evento de la sesión.")
        day = parse_day(content["date"], "La fecha de la sesión")
        today = oic_today()

        def txn(conn: Connection) -> tuple[bool, dict[str, Any]]:
            self._lock_observer(conn, caller.observer_id)
            t = s.participation_sessions
            row = conn.execute(
                select(t).where(t.c.observer_id == caller.observer_id, t.c.client_id == client_id)
            ).first()
            if content["institution"]:
                conn.execute(
                    update(s.observers)
                    .where(s.observers.c.id == caller.observer_id)
                    .values(institution=content["institution"])
                )
            same = row is not None and all(getattr(row, k) == content[k] for k in _CONTENT)
            if same and row.deleted_at is None:
                return False, _answer(row)  # the same body again
            if row is not None and row.state == "validated":
                raise _locked(row)
            self._check(conn, caller.observer_id, client_id, content, day, today)
            now = now_iso()
            if row is None:
                seq = self._next_session_seq(conn, caller.observer_id)
                conn.execute(
                    t.insert().values(
                        observer_id=caller.observer_id,
                        client_id=client_id,
                        **content,
                        state="received",
                        received_at=now,
                        updated_at=now,
                        seq=seq,
                    )
                )
                created = True
            else:
                values: dict[str, Any] = {**content, "updated_at": now, "deleted_at": None}
                if row.state == "disputed" or row.deleted_at is not None:
                    values |= {
                        "state": "received",
                        "reason": None,
                        "decided_by": None,
                        "decided_at": None,
                        "seq": self._next_session_seq(conn, caller.observer_id),
                    }
                    conn.execute(
                        s.session_decisions.insert().values(
                            session_id=row.id, state="received", reason=None, actor_id=None, at=now
                        )
                    )
                conn.execute(update(t).where(t.c.id == row.id).values(**values))
                created = False
            fresh = conn.execute(
                select(t).where(t.c.observer_id == caller.observer_id, t.c.client_id == client_id)
            ).one()
            return created, _answer(fresh)

        return self.db.write(txn)

    @staticmethod
    def _check(
        conn: Connection,
        observer_id: int,
        client_id: str,
        content: dict[str, Any],
        day: str,
        today: str,
    ) -> None:
        event, t0, t1 = content["event"], content["start_time"], content["end_time"]
        if t1 <= t0:
            raise _invalid(
                event, day, f"la hora de fin ({t1}) no es posterior a la de inicio ({t0})"
            )
        if day > today:
            raise _invalid(event, day, f"la fecha aún no llega (hoy es {today} en Chihuahua)")
        t = s.participation_sessions
        others = conn.execute(
            select(t.c.event, t.c.start_time, t.c.end_time)
            .where(
                t.c.observer_id == observer_id,
                t.c.date == day,
                t.c.client_id != client_id,
                t.c.deleted_at.is_(None),
                t.c.start_time < t1,
                t.c.end_time > t0,
            )
            .order_by(t.c.start_time)
        ).first()
        if others is not None:
            raise _invalid(
                event,
                day,
                f"se traslapa con «{others.event}» ({others.start_time}–{others.end_time}) del "
                "mismo día; las horas no se pueden contar dos veces",
            )

    def delete_session(self, caller: Caller, client_id: str) -> dict[str, Any]:
        def txn(conn: Connection) -> dict[str, Any]:
            self._lock_observer(conn, caller.observer_id)
            t = s.participation_sessions
            row = conn.execute(
                select(t).where(t.c.observer_id == caller.observer_id, t.c.client_id == client_id)
            ).first()
            if row is None:
                raise ApiError("not_found", "El OIC no tiene esa sesión.")
            if row.state == "validated":
                raise _locked(row)
            if row.deleted_at is None:
                now = now_iso()
                conn.execute(
                    update(t).where(t.c.id == row.id).values(deleted_at=now, updated_at=now)
                )
            return {"session": client_id, "deleted": True}

        return self.db.write(txn)

    def session_feed(self, caller: Caller, since: int) -> dict[str, Any]:
        t = s.participation_sessions
        with self.db.read() as conn:
            rows = conn.execute(
                select(t)
                .where(
                    t.c.observer_id == caller.observer_id, t.c.seq > since, t.c.deleted_at.is_(None)
                )
                .order_by(t.c.seq)
                .limit(self.limits.reviews_page)
            ).all()
        items = [_answer(r) for r in rows]
        return {"sessions": items, "next": items[-1]["seq"] if items else since}

    # ------------------------------------------------------------ console

    def list_sessions(self, f: SessionFilter, *, limit: int = 1000) -> dict[str, Any]:
        """Sessions (not removed) by the console's filters, newest first, with who decided."""
        t, o, st = s.participation_sessions, s.observers, s.staff
        query = (
            select(
                t,
                o.c.code.label("observer_code"),
                o.c.name.label("observer_name"),
                st.c.code.label("decided_by_code"),
                st.c.name.label("decided_by_name"),
            )
            .join(o, o.c.id == t.c.observer_id)
            .outerjoin(st, st.c.id == t.c.decided_by)
            .where(t.c.deleted_at.is_(None))
        )
        if f.desde:
            query = query.where(t.c.date >= f.desde)
        if f.hasta:
            query = query.where(t.c.date <= f.hasta)
        if f.observador:
            query = query.where(o.c.code == f.observador)
        if f.estado:
            query = query.where(t.c.state == f.estado)
        with self.db.read() as conn:
            rows = conn.execute(
                query.order_by(t.c.date.desc(), t.c.start_time.desc(), t.c.id.desc()).limit(
                    limit + 1
                )
            ).all()
            audits = self._audits(conn, {(r.observer_id, r.audit_id) for r in rows if r.audit_id})
        items = []
        for r in rows[:limit]:
            item = r._asdict()
            item["hours"] = hours_between(r.start_time, r.end_time)
            item["submission_id"] = audits.get((r.observer_id, r.audit_id))
            items.append(item)
        return {"items": items, "more": len(rows) > limit}

    @staticmethod
    def _audits(conn: Connection, keys: set[tuple[int, str]]) -> dict[tuple[int, str], str]:
        """The latest committed submission of each (observer, audit id), to link to."""
        if not keys:
            return {}
        sub = s.submissions.c
        rows = conn.execute(
            select(sub.observer_id, sub.audit_id, sub.id, sub.audit_version)
            .where(
                sub.audit_id.in_({a for _, a in keys}),
                sub.state == "committed",
            )
            .order_by(sub.audit_version)
        ).all()
        return {
            (r.observer_id, r.audit_id): r.id for r in rows if (r.observer_id, r.audit_id) in keys
        }

    def session_detail(self, session_id: int) -> dict[str, Any] | None:
        """One session (removed ones too) with its observer, who decided, and its
        decisions first to last; None when there is no such session."""
        t, o, st = s.participation_sessions, s.observers, s.staff
        with self.db.read() as conn:
            row = conn.execute(
                select(
                    t,
                    o.c.code.label("observer_code"),
                    o.c.name.label("observer_name"),
                    st.c.code.label("decided_by_code"),
                    st.c.name.label("decided_by_name"),
                )
                .join(o, o.c.id == t.c.observer_id)
                .outerjoin(st, st.c.id == t.c.decided_by)
                .where(t.c.id == session_id)
            ).first()
            if row is None:
                return None
            audits = self._audits(
                conn, {(row.observer_id, row.audit_id)} if row.audit_id else set()
            )
        item = row._asdict()
        item["hours"] = hours_between(row.start_time, row.end_time)
        item["submission_id"] = audits.get((row.observer_id, row.audit_id))
        item["history"] = self.session_history(session_id)
        return item

    def session_history(self, session_id: int) -> list[dict[str, Any]]:
        d, st = s.session_decisions, s.staff
        with self.db.read() as conn:
            rows = conn.execute(
                select(d, st.c.code.label("actor_code"))
                .outerjoin(st, st.c.id == d.c.actor_id)
                .where(d.c.session_id == session_id)
                .order_by(d.c.id)
            ).all()
        return [r._asdict() for r in rows]

    def decide_sessions(
        self,
        ids: list[int],
        decision: str,
        reason: str,
        member: Any,
        *,
        address: str = "",
    ) -> dict[str, Any]:
        """Validate or dispute (``reason`` required) sessions, one or many, in one
        transaction. A session already in that state with that reason is left as it is;
        a validated one stays validated (refused); a removed one is refused."""
        if decision not in ("validated", "disputed"):
            raise ApiError("bad_request", "La decisión es validar o impugnar.")
        reason = unicodedata.normalize("NFC", (reason or "").replace("\r\n", "\n").strip())
        if decision == "disputed" and not reason:
            raise ApiError(
                "bad_request",
                "Para impugnar escriba el motivo: el observador lo verá en su laptop.",
            )
        if len(reason) > 2000:
            raise ApiError("bad_request", "El motivo es demasiado largo (máximo 2000 caracteres).")
        if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in reason):
            raise ApiError("bad_request", "El motivo contiene caracteres de control.")
        ids = sorted(set(ids))
        if not ids:
            raise ApiError("bad_request", "Marque al menos una sesión.")
        if len(ids) > _MAX_BULK:
            raise ApiError("bad_request", f"Son demasiadas sesiones a la vez (máximo {_MAX_BULK}).")
        stored_reason = reason if decision == "disputed" else (reason or None)

        def txn(conn: Connection) -> dict[str, Any]:
            t = s.participation_sessions
            rows = conn.execute(select(t).where(t.c.id.in_(ids))).all()
            if len(rows) != len(ids):
                raise ApiError("not_found", "Alguna de las sesiones marcadas ya no existe.")
            for observer_id in sorted({r.observer_id for r in rows}):
                self._lock_observer(conn, observer_id)
            rows = conn.execute(select(t).where(t.c.id.in_(ids)).order_by(t.c.id)).all()
            changed = 0
            for row in rows:
                if row.deleted_at is not None:
                    raise ApiError(
                        "conflict",
                        f"La sesión «{row.event}» del {row.date} fue eliminada por el "
                        "observador; no se decidió nada.",
                    )
                if row.state == decision and (row.reason or None) == stored_reason:
                    continue
                if row.state == "validated":
                    raise ApiError(
                        "conflict",
                        f"La sesión «{row.event}» del {row.date} ya está validada; una "
                        "validación no se cambia. No se decidió nada.",
                    )
                now = now_iso()
                conn.execute(
                    update(t)
                    .where(t.c.id == row.id)
                    .values(
                        state=decision,
                        reason=stored_reason,
                        decided_by=member.id,
                        decided_at=now,
                        updated_at=now,
                        seq=self._next_session_seq(conn, row.observer_id),
                    )
                )
                conn.execute(
                    s.session_decisions.insert().values(
                        session_id=row.id,
                        state=decision,
                        reason=stored_reason,
                        actor_id=member.id,
                        at=now,
                    )
                )
                self.log_activity(  # type: ignore[attr-defined]
                    conn,
                    actor=member.code,
                    staff_id=member.id,
                    action="session_validate" if decision == "validated" else "session_dispute",
                    target=row.client_id,
                    detail=stored_reason or "",
                    address=address,
                )
                changed += 1
            return {"changed": changed, "unchanged": len(rows) - changed}

        return self.db.write(txn)
