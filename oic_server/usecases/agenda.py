"""The agenda of events and the observers' sign-ups (issue 17): what a coordinador
publishes in the console, what laptops read (``GET /api/v1/agenda?since=``), the
sign-ups they send (``PUT``/``DELETE /api/v1/signups/{client_id}``, the feed ``GET
/signups?since=``) and the coordinador's confirmation or refusal.

Events share one feed: every change of an event (published, edited, cancelled, a
sign-up confirmed or no longer confirmed, which moves ``seats_taken``) gives it the
next value of the ``agenda_seq`` counter, whose row stays locked until commit, so
positions become visible in order. A sign-up needs the conflict-of-interest
declaration: the observer answered "no conflict" to the server's current text (a
setting a coordinador edits; the laptop shows what the last sync brought, and a
sign-up made under an older text is refused with the new one, to be shown again).
Sign-ups move in each observer's own feed, as sessions do; the observer's row is
locked first in every write.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, select, update

from oic_server import schema as s
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases import sessions as _sessions
from oic_server.usecases.base import Caller, ServerParts

__all__ = [
    "DEFAULT_DECLARATION",
    "EVENT_KINDS",
    "SIGNUP_STATES",
    "AgendaCases",
    "EventForm",
]

EVENT_KINDS = {
    "junta_aclaraciones": "Junta de aclaraciones",
    "apertura_proposiciones": "Presentación y apertura de proposiciones",
    "fallo": "Fallo",
    "visita_obra": "Visita de obra",
    "otro": "Otro",
}
SIGNUP_STATES = {
    "requested": "Solicitada",
    "confirmed": "Confirmada",
    "declined": "Declinada",
    "withdrawn": "Retirada",
}
DECLARATION_KEY = "conflict_declaration"
DEFAULT_DECLARATION = (
    "Declaro, bajo protesta de decir verdad, que no tengo conflicto de interés con el "
    "procedimiento de este evento: no tengo relación personal, familiar (hasta el cuarto "
    "grado), laboral, profesional ni de negocios con los licitantes, los servidores "
    "públicos que lo conducen ni la unidad convocante, y no obtengo beneficio alguno de su "
    "resultado. Si durante el evento surge un conflicto, lo comunicaré al OIC y me "
    "abstendré de observar."
)
MAX_DECLARATION = 5000
FEED_PAST_DAYS = 90
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def _clean(value: str, what: str, limit: int, *, lines: bool = False) -> str:
    value = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").strip())
    if len(value) > limit:
        raise ApiError("bad_request", f"{what} es demasiado largo (máximo {limit} caracteres).")
    allowed = "\n\t" if lines else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in value):
        raise ApiError("bad_request", f"{what} contiene caracteres de control.")
    return value


def _same_text(a: str, b: str) -> bool:
    def norm(x: str) -> str:
        return unicodedata.normalize("NFC", x.replace("\r\n", "\n").strip())

    return norm(a) == norm(b)


@dataclass(frozen=True)
class EventForm:
    """An event as the console's form gives it, checked (Spanish refusals)."""

    kind: str
    title: str
    date: str
    start_time: str
    place: str
    procedure_number: str
    convening_unit: str
    seats: int
    notes: str

    @classmethod
    def parse(cls, form: dict[str, str]) -> EventForm:
        kind = (form.get("kind") or "").strip()
        if kind not in EVENT_KINDS:
            raise ApiError("bad_request", "Elija el tipo de evento.")
        title = _clean(form.get("title", ""), "El título", 300)
        if kind == "otro" and not title:
            raise ApiError("bad_request", "Para un evento de tipo «Otro» escriba su nombre.")
        day = _sessions.parse_day(form.get("date", ""), "La fecha del evento")
        start = (form.get("start_time") or "").strip()
        if not _TIME.fullmatch(start):
            raise ApiError("bad_request", "La hora de inicio debe escribirse HH:MM (p. ej. 10:00).")
        place = _clean(form.get("place", ""), "El lugar", 500)
        if not place:
            raise ApiError("bad_request", "Escriba el lugar del evento.")
        seats_text = (form.get("seats") or "").strip()
        if not seats_text.isdigit() or not 1 <= int(seats_text) <= 1000:
            raise ApiError("bad_request", "Los lugares son un número entero de 1 a 1000.")
        return cls(
            kind=kind,
            title=title or EVENT_KINDS[kind],
            date=day,
            start_time=start,
            place=place,
            procedure_number=_clean(form.get("procedure_number", ""), "El número", 200),
            convening_unit=_clean(form.get("convening_unit", ""), "La unidad convocante", 300),
            seats=int(seats_text),
            notes=_clean(form.get("notes", ""), "Las notas", 5000, lines=True),
        )


def _event_json(row: Any, taken: int) -> dict[str, Any]:
    return {
        "event": int(row.id),
        "kind": row.kind,
        "title": row.title,
        "date": row.date,
        "start": row.start_time,
        "place": row.place,
        "procedure_number": row.procedure_number,
        "convening_unit": row.convening_unit,
        "seats": int(row.seats),
        "seats_taken": taken,
        "notes": row.notes,
        "cancelled": row.cancelled_at is not None,
        "seq": int(row.seq),
    }


def _signup_json(row: Any) -> dict[str, Any]:
    return {
        "signup": row.client_id,
        "event": int(row.event_id),
        "state": row.state,
        "reason": row.reason,
        "seq": int(row.seq),
    }


def _invalid(reason: str, **extra: Any) -> ApiError:
    return ApiError(
        "signup_invalid", f"El OIC no aceptó la inscripción: {reason}.", reason=reason, **extra
    )


def _day(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


class AgendaCases(ServerParts):
    """The agenda, the conflict-of-interest text, sign-ups and their decisions."""

    # ------------------------------------------------------------ helpers

    @staticmethod
    def _next_agenda_seq(conn: Connection) -> int:
        """The next agenda feed position; the counter's row stays locked until commit."""
        insert_ignore(conn, s.counters, [{"name": "agenda_seq", "value": 0}])
        conn.execute(
            update(s.counters)
            .where(s.counters.c.name == "agenda_seq")
            .values(value=s.counters.c.value + 1)
        )
        return int(
            conn.execute(
                select(s.counters.c.value).where(s.counters.c.name == "agenda_seq")
            ).scalar_one()
        )

    @staticmethod
    def _next_signup_seq(conn: Connection, observer_id: int) -> int:
        """The observer's next sign-up feed position (their row is locked)."""
        top = conn.execute(
            select(func.max(s.signups.c.seq)).where(s.signups.c.observer_id == observer_id)
        ).scalar()
        return int(top or 0) + 1

    @staticmethod
    def _lock_observer(conn: Connection, observer_id: int) -> None:
        conn.execute(
            select(s.observers.c.id).where(s.observers.c.id == observer_id).with_for_update()
        )

    @staticmethod
    def _taken(conn: Connection, event_ids: list[int]) -> dict[int, int]:
        if not event_ids:
            return {}
        su = s.signups.c
        rows = conn.execute(
            select(su.event_id, func.count())
            .where(su.event_id.in_(event_ids), su.state == "confirmed")
            .group_by(su.event_id)
        ).all()
        return {int(e): int(n) for e, n in rows}

    # ------------------------------------------------------------ the declaration

    def declaration(self, conn: Connection | None = None) -> str:
        """The conflict-of-interest text in force (the default until one is set)."""
        query = select(s.settings.c.value).where(s.settings.c.key == DECLARATION_KEY)
        if conn is not None:
            return conn.execute(query).scalar() or DEFAULT_DECLARATION
        with self.db.read() as c:
            return c.execute(query).scalar() or DEFAULT_DECLARATION

    def set_declaration(self, text: str, member: Any, *, address: str = "") -> str:
        value = _clean(text, "El texto de la declaración", MAX_DECLARATION, lines=True)
        if len(value) < 20:
            raise ApiError(
                "bad_request",
                "Escriba el texto completo de la declaración de conflicto de interés "
                "(al menos 20 caracteres).",
            )

        def txn(conn: Connection) -> str:
            t = s.settings
            found = conn.execute(
                select(t.c.value).where(t.c.key == DECLARATION_KEY).with_for_update()
            ).first()
            if found is None:
                conn.execute(t.insert().values(key=DECLARATION_KEY, value=value))
            elif found.value != value:
                conn.execute(update(t).where(t.c.key == DECLARATION_KEY).values(value=value))
            else:
                return value
            self.log_activity(  # type: ignore[attr-defined]
                conn,
                actor=member.code if member is not None else "demo",
                staff_id=member.id if member is not None else None,
                action="agenda_declaration",
                target=DECLARATION_KEY,
                detail=value,
                address=address,
            )
            return value

        return self.db.write(txn)

    # ------------------------------------------------------------ protocol

    def agenda_feed(self, caller: Caller, since: int) -> dict[str, Any]:
        """Events changed after ``since``, from the last 90 days on (upcoming ones all)."""
        e = s.agenda_events.c
        oldest = (
            _dt.date.fromisoformat(_sessions.oic_today()) - _dt.timedelta(days=FEED_PAST_DAYS)
        ).isoformat()
        with self.db.read() as conn:
            rows = conn.execute(
                select(s.agenda_events)
                .where(e.seq > since, e.date >= oldest)
                .order_by(e.seq)
                .limit(self.limits.reviews_page)
            ).all()
            taken = self._taken(conn, [int(r.id) for r in rows])
            text = self.declaration(conn)
        items = [_event_json(r, taken.get(int(r.id), 0)) for r in rows]
        return {"events": items, "declaration": text, "next": items[-1]["seq"] if items else since}

    def put_signup(self, caller: Caller, client_id: str, body: Any) -> tuple[bool, dict[str, Any]]:
        """Sign the caller up to ``body.event`` (True: a new sign-up). The same id again
        answers its state as it is; a withdrawn sign-up to the event comes back requested."""
        try:
            _dt.datetime.fromisoformat(body.declared_at.replace("Z", "+00:00"))
        except ValueError:
            raise ApiError(
                "bad_request", "declared_at no es una fecha y hora válida (ISO-8601 UTC)."
            ) from None
        today = _sessions.oic_today()

        def txn(conn: Connection) -> tuple[bool, dict[str, Any]]:
            self._lock_observer(conn, caller.observer_id)
            su = s.signups
            mine = conn.execute(
                select(su).where(
                    su.c.observer_id == caller.observer_id, su.c.client_id == client_id
                )
            ).first()
            if mine is not None and mine.event_id != body.event:
                raise ApiError(
                    "conflict",
                    "Esa inscripción es de otro evento; una inscripción no cambia de evento.",
                )
            if mine is not None and mine.state != "withdrawn":
                return False, _signup_json(mine)  # the same sign-up again
            event = conn.execute(
                select(s.agenda_events).where(s.agenda_events.c.id == body.event).with_for_update()
            ).first()
            if event is None:
                raise ApiError("not_found", "El OIC no tiene ese evento en su agenda.")
            title = f"«{event.title}» del {_day(event.date)}"
            if event.cancelled_at is not None:
                raise _invalid(f"el evento {title} fue cancelado")
            if event.date < today:
                raise _invalid(f"el evento {title} ya pasó")
            if not body.no_conflict:
                raise _invalid(
                    "para inscribirse hay que declarar que no se tiene conflicto de interés "
                    "con el procedimiento"
                )
            current = self.declaration(conn)
            if not _same_text(body.declaration, current):
                raise _invalid(
                    "el texto de la declaración de conflicto de interés cambió; léalo de "
                    "nuevo y vuelva a responder",
                    declaration=current,
                )
            other = conn.execute(
                select(su).where(su.c.event_id == event.id, su.c.observer_id == caller.observer_id)
            ).first()
            if other is not None and other.state in ("requested", "confirmed", "declined"):
                if other.state == "declined":
                    raise _invalid(
                        f"el OIC ya declinó su inscripción al evento {title}"
                        + (f" ({other.reason})" if other.reason else "")
                    )
                raise _invalid(f"ya está inscrito al evento {title}")
            confirmed = self._taken(conn, [int(event.id)]).get(int(event.id), 0)
            if confirmed >= event.seats:
                raise ApiError(
                    "event_full",
                    f"El evento {title} ya tiene confirmados sus {event.seats} lugares; el OIC "
                    "no recibe más inscripciones.",
                    seats=int(event.seats),
                )
            now = now_iso()
            values = {
                "client_id": client_id,
                "declaration_text": unicodedata.normalize("NFC", body.declaration.strip()),
                "declared_at": body.declared_at,
                "received_at": now,
                "state": "requested",
                "reason": None,
                "decided_by": None,
                "decided_at": None,
                "updated_at": now,
                "seq": self._next_signup_seq(conn, caller.observer_id),
            }
            if other is None:
                conn.execute(
                    su.insert().values(event_id=event.id, observer_id=caller.observer_id, **values)
                )
            else:  # withdrawn before: signed up again (perhaps under a new id)
                conn.execute(update(su).where(su.c.id == other.id).values(**values))
            fresh = conn.execute(
                select(su).where(
                    su.c.observer_id == caller.observer_id, su.c.client_id == client_id
                )
            ).one()
            return other is None, _signup_json(fresh)

        return self.db.write(txn)

    def delete_signup(self, caller: Caller, client_id: str) -> dict[str, Any]:
        """Withdraw the caller's sign-up (until the event's day; again: the same)."""
        today = _sessions.oic_today()

        def txn(conn: Connection) -> dict[str, Any]:
            self._lock_observer(conn, caller.observer_id)
            su = s.signups
            row = conn.execute(
                select(su).where(
                    su.c.observer_id == caller.observer_id, su.c.client_id == client_id
                )
            ).first()
            if row is None:
                raise ApiError("not_found", "El OIC no tiene esa inscripción.")
            if row.state in ("withdrawn", "declined"):
                return _signup_json(row)
            event = conn.execute(
                select(s.agenda_events).where(s.agenda_events.c.id == row.event_id)
            ).one()
            if event.date < today:
                raise _invalid(
                    f"el evento «{event.title}» del {_day(event.date)} ya pasó; una inscripción "
                    "se retira a más tardar el día del evento"
                )
            now = now_iso()
            conn.execute(
                update(su)
                .where(su.c.id == row.id)
                .values(
                    state="withdrawn",
                    reason=None,
                    updated_at=now,
                    seq=self._next_signup_seq(conn, caller.observer_id),
                )
            )
            if row.state == "confirmed":  # a seat freed: seats_taken moves
                self._touch_event(conn, int(row.event_id), now)
            return _signup_json(conn.execute(select(su).where(su.c.id == row.id)).one())

        return self.db.write(txn)

    def _touch_event(self, conn: Connection, event_id: int, now: str) -> None:
        conn.execute(
            update(s.agenda_events)
            .where(s.agenda_events.c.id == event_id)
            .values(seq=self._next_agenda_seq(conn), updated_at=now)
        )

    def signup_feed(self, caller: Caller, since: int) -> dict[str, Any]:
        su = s.signups.c
        with self.db.read() as conn:
            rows = conn.execute(
                select(s.signups)
                .where(su.observer_id == caller.observer_id, su.seq > since)
                .order_by(su.seq)
                .limit(self.limits.reviews_page)
            ).all()
        items = [_signup_json(r) for r in rows]
        return {"signups": items, "next": items[-1]["seq"] if items else since}

    # ------------------------------------------------------------ console

    def list_events(self) -> dict[str, Any]:
        """Upcoming events (soonest first) and past ones (latest first, 200 at most), with
        their sign-ups counted by state."""
        e, su = s.agenda_events.c, s.signups.c
        today = _sessions.oic_today()
        with self.db.read() as conn:
            upcoming = conn.execute(
                select(s.agenda_events)
                .where(e.date >= today)
                .order_by(e.date, e.start_time, e.id)
                .limit(1000)
            ).all()
            past = conn.execute(
                select(s.agenda_events)
                .where(e.date < today)
                .order_by(e.date.desc(), e.start_time.desc(), e.id.desc())
                .limit(200)
            ).all()
            ids = [int(r.id) for r in (*upcoming, *past)]
            counts: dict[int, dict[str, int]] = {}
            if ids:
                for event_id, state, n in conn.execute(
                    select(su.event_id, su.state, func.count())
                    .where(su.event_id.in_(ids))
                    .group_by(su.event_id, su.state)
                ).all():
                    counts.setdefault(int(event_id), {})[state] = int(n)

        def item(r: Any) -> dict[str, Any]:
            return r._asdict() | {"counts": counts.get(int(r.id), {})}

        return {"upcoming": [item(r) for r in upcoming], "past": [item(r) for r in past]}

    def event_detail(self, event_id: int) -> dict[str, Any] | None:
        e, su, o, st = s.agenda_events, s.signups, s.observers, s.staff
        with self.db.read() as conn:
            row = conn.execute(
                select(e, st.c.code.label("created_by_code"))
                .outerjoin(st, st.c.id == e.c.created_by)
                .where(e.c.id == event_id)
            ).first()
            if row is None:
                return None
            decider = st.alias("decider")
            signups = conn.execute(
                select(
                    su,
                    o.c.code.label("observer_code"),
                    o.c.name.label("observer_name"),
                    decider.c.code.label("decided_by_code"),
                )
                .join(o, o.c.id == su.c.observer_id)
                .outerjoin(decider, and_(decider.c.id == su.c.decided_by))
                .where(su.c.event_id == event_id)
                .order_by(su.c.received_at, su.c.id)
            ).all()
        items = [r._asdict() for r in signups]
        taken = sum(1 for r in items if r["state"] == "confirmed")
        return row._asdict() | {"signups": items, "seats_taken": taken}

    def save_event(
        self, f: EventForm, member: Any, *, event_id: int | None = None, address: str = ""
    ) -> int:
        """Publish a new event (``event_id`` None) or change one; the event's id."""
        today = _sessions.oic_today()

        def txn(conn: Connection) -> int:
            e = s.agenda_events
            now = now_iso()
            values = {
                "kind": f.kind,
                "title": f.title,
                "date": f.date,
                "start_time": f.start_time,
                "place": f.place,
                "procedure_number": f.procedure_number,
                "convening_unit": f.convening_unit,
                "seats": f.seats,
                "notes": f.notes,
            }
            if event_id is None:
                if f.date < today:
                    raise ApiError(
                        "bad_request", f"La fecha del evento ya pasó (hoy es {today} en Chihuahua)."
                    )
                new_id = conn.execute(
                    e.insert().values(
                        **values,
                        created_by=member.id if member is not None else None,
                        created_at=now,
                        updated_at=now,
                        seq=self._next_agenda_seq(conn),
                    )
                ).inserted_primary_key[0]
                action, target = "agenda_publish", int(new_id)
            else:
                row = conn.execute(select(e).where(e.c.id == event_id).with_for_update()).first()
                if row is None:
                    raise ApiError("not_found", "No existe ese evento.")
                if row.cancelled_at is not None:
                    raise ApiError("conflict", "El evento está cancelado; ya no se edita.")
                if f.date < today and f.date != row.date:
                    raise ApiError(
                        "bad_request",
                        f"La nueva fecha del evento ya pasó (hoy es {today} en Chihuahua).",
                    )
                taken = self._taken(conn, [event_id]).get(event_id, 0)
                if f.seats < taken:
                    raise ApiError(
                        "bad_request",
                        f"Ya hay {taken} inscripciones confirmadas; los lugares no pueden ser "
                        "menos.",
                    )
                if all(getattr(row, k) == v for k, v in values.items()):
                    return event_id
                conn.execute(
                    update(e)
                    .where(e.c.id == event_id)
                    .values(**values, updated_at=now, seq=self._next_agenda_seq(conn))
                )
                action, target = "agenda_edit", event_id
            self.log_activity(  # type: ignore[attr-defined]
                conn,
                actor=member.code if member is not None else "demo",
                staff_id=member.id if member is not None else None,
                action=action,
                target=f"evento-{target}",
                detail=f"{f.title} ({f.date} {f.start_time})",
                address=address,
            )
            return int(target)

        return self.db.write(txn)

    def cancel_event(self, event_id: int, member: Any, *, address: str = "") -> None:
        def txn(conn: Connection) -> None:
            e = s.agenda_events
            row = conn.execute(select(e).where(e.c.id == event_id).with_for_update()).first()
            if row is None:
                raise ApiError("not_found", "No existe ese evento.")
            if row.cancelled_at is not None:
                return
            now = now_iso()
            conn.execute(
                update(e)
                .where(e.c.id == event_id)
                .values(cancelled_at=now, updated_at=now, seq=self._next_agenda_seq(conn))
            )
            self.log_activity(  # type: ignore[attr-defined]
                conn,
                actor=member.code,
                staff_id=member.id,
                action="agenda_cancel",
                target=f"evento-{event_id}",
                detail=f"{row.title} ({row.date} {row.start_time})",
                address=address,
            )

        self.db.write(txn)

    def decide_signup(
        self, signup_id: int, decision: str, reason: str, member: Any, *, address: str = ""
    ) -> dict[str, Any]:
        """Confirm (within the seats) or decline (a reason required) one sign-up."""
        if decision not in ("confirmed", "declined"):
            raise ApiError("bad_request", "La decisión es confirmar o declinar.")
        reason = _clean(reason, "El motivo", 2000, lines=True)
        if decision == "declined" and not reason:
            raise ApiError(
                "bad_request",
                "Para declinar escriba el motivo: el observador lo verá en su laptop.",
            )

        def txn(conn: Connection) -> dict[str, Any]:
            su = s.signups
            row = conn.execute(select(su).where(su.c.id == signup_id)).first()
            if row is None:
                raise ApiError("not_found", "No existe esa inscripción.")
            self._lock_observer(conn, int(row.observer_id))
            event = conn.execute(
                select(s.agenda_events)
                .where(s.agenda_events.c.id == row.event_id)
                .with_for_update()
            ).one()
            row = conn.execute(select(su).where(su.c.id == signup_id)).one()
            stored = reason if decision == "declined" else None
            if row.state == decision and (row.reason or None) == (stored or None):
                return _signup_json(row)
            if row.state == "withdrawn":
                raise ApiError(
                    "conflict", "El observador retiró su inscripción; no se decidió nada."
                )
            if event.cancelled_at is not None and decision == "confirmed":
                raise ApiError("conflict", "El evento está cancelado; no se confirma a nadie.")
            if decision == "confirmed":
                taken = self._taken(conn, [int(event.id)]).get(int(event.id), 0)
                if taken >= event.seats:
                    raise ApiError(
                        "event_full",
                        f"El evento ya tiene confirmados sus {event.seats} lugares; decline a "
                        "alguien o aumente los lugares antes de confirmar.",
                    )
            now = now_iso()
            conn.execute(
                update(su)
                .where(su.c.id == row.id)
                .values(
                    state=decision,
                    reason=stored,
                    decided_by=member.id,
                    decided_at=now,
                    updated_at=now,
                    seq=self._next_signup_seq(conn, int(row.observer_id)),
                )
            )
            if "confirmed" in (row.state, decision):  # seats_taken moves
                self._touch_event(conn, int(event.id), now)
            self.log_activity(  # type: ignore[attr-defined]
                conn,
                actor=member.code,
                staff_id=member.id,
                action="signup_confirm" if decision == "confirmed" else "signup_decline",
                target=f"evento-{event.id}",
                detail=f"{row.client_id} {stored or ''}".strip(),
                address=address,
            )
            return _signup_json(conn.execute(select(su).where(su.c.id == row.id)).one())

        return self.db.write(txn)
