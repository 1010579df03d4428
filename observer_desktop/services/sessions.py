"""Participation sessions: the unit of stipends (per session) and academic credit (hours).

Every change marks the session to send to the OIC (its ``version`` passes the
``sent_version`` the server acknowledged; services/sync/sessions.py sends it). Once the
OIC validated a session it is locked here as on the server; a disputed one shows the
OIC's reason and may be corrected, which sends it again.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import uuid
from typing import Any

from observer_desktop.core.engine import parse_date
from observer_desktop.core.errors import InputError, NotFoundError
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso

__all__ = [
    "SESSION_STATES",
    "STATE_WORDS",
    "add_session",
    "list_sessions",
    "remove_session",
    "session_state",
    "sessions_csv",
    "update_session",
]

# What the observer sees of a session's way to the OIC, in the order a session goes.
SESSION_STATES = ("to_send", "sent", "validated", "disputed")
# ... and in the words of the participation page (its state column) for the CSV
STATE_WORDS = {
    "to_send": "Por enviar",
    "sent": "Enviada",
    "validated": "Validada",
    "disputed": "Impugnada",
}


def _date(text: str, what: str) -> str:
    return parse_date(text, what=f"La {what}")


def _time(text: str, what: str) -> str:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", (text or "").strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise InputError(f"La hora de {what} debe escribirse HH:MM (24 h); se recibió {text!r}.")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _cell(text: str) -> str:
    """Neutralize text a spreadsheet would run as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def add_session(
    app: Observador,
    *,
    event: str,
    date: str,
    start: str,
    end: str,
    audit_ref: str | None = None,
    place: str = "",
    notes: str = "",
) -> dict:
    row = _checked_row(
        app, event=event, date=date, start=start, end=end, audit_ref=audit_ref, place=place,
        notes=notes, replacing=None,
    )  # fmt: skip
    now = now_iso()
    row = {"id": str(uuid.uuid4()), **row, "created_at": now, "updated_at": now, "version": 1}
    with app.database.transaction():
        app.store.insert_session(row)
    return _with_hours(row)


def update_session(
    app: Observador,
    session_ref: str,
    *,
    event: str,
    date: str,
    start: str,
    end: str,
    audit_ref: str | None = None,
    place: str = "",
    notes: str = "",
) -> dict:
    """Correct a session (a wrong time, a misspelt event): the same checks as a new one,
    its own old times aside. Refused once the OIC validated it; a disputed one corrected
    goes to the OIC again (it decides again)."""
    with app.database.transaction():
        current = _resolve_session(app, session_ref)
        _refuse_if_validated(current, "cambiar")
        row = _checked_row(
            app, event=event, date=date, start=start, end=end, audit_ref=audit_ref,
            place=place, notes=notes, replacing=current["id"],
        )  # fmt: skip
        if all(row[k] == current[k] for k in row):
            return _with_hours(current)  # nothing changed: nothing to send again
        row |= {"version": current["version"] + 1, "send_error": None, "updated_at": now_iso()}
        app.store.update_session(current["id"], row)
    return _with_hours({**current, **row})


def _refuse_if_validated(row: dict[str, Any], verb: str) -> None:
    if row.get("server_state") != "validated":
        return
    day = (row.get("decided_at") or "")[:10]
    when = f" el {day[8:10]}/{day[5:7]}/{day[:4]}" if len(day) == 10 else ""
    raise InputError(
        f"La sesión «{row['event']}» del {row['date']} fue validada por el OIC{when}; ya no "
        f"se puede {verb}. Si hay un error, comuníquese con el OIC."
    )


def session_state(row: dict[str, Any]) -> str:
    """``to_send`` (new, or changed since the OIC last received it), ``sent``,
    ``validated`` or ``disputed``: what the observer sees of it."""
    if row.get("server_state") == "validated":
        return "validated"
    sent = row.get("sent_version")
    if sent is None or sent < (row.get("version") or 1):
        return "to_send"
    return "disputed" if row.get("server_state") == "disputed" else "sent"


def _checked_row(
    app: Observador,
    *,
    event: str,
    date: str,
    start: str,
    end: str,
    audit_ref: str | None,
    place: str,
    notes: str,
    replacing: str | None,
) -> dict:
    event = (event or "").strip()
    if not event:
        raise InputError(
            "Indique el evento al que asistió (p. ej. «Junta de aclaraciones LP-012»)."
        )
    day = _date(date, "fecha")
    if day > _dt.date.today().isoformat():
        raise InputError(
            f"La sesión del {day} aún no ocurre; registre las sesiones después de asistir."
        )
    t0, t1 = _time(start, "inicio"), _time(end, "fin")
    if t1 <= t0:
        raise InputError(
            f"La hora de fin ({t1}) debe ser posterior a la de inicio ({t0}). Una sesión que "
            "pasa de la medianoche se registra en dos partes."
        )
    for other in app.store.sessions(date_from=day, date_to=day):
        if other["id"] == replacing:
            continue
        if t0 < other["end_time"] and other["start_time"] < t1:
            raise InputError(
                f"La sesión se traslapa con «{other['event']}» ({other['start_time']}–"
                f"{other['end_time']}); las horas no se pueden contar dos veces."
            )
    audit_id = app.resolve_audit(audit_ref)["id"] if audit_ref else None
    return {
        "event": event,
        "date": day,
        "start_time": t0,
        "end_time": t1,
        "audit_id": audit_id,
        "place": (place or "").strip(),
        "notes": (notes or "").strip(),
    }


def _resolve_session(app: Observador, session_ref: str) -> dict:
    ref = (session_ref or "").strip().lower()
    if len(ref) < 4:
        raise InputError("Indique la sesión con al menos los primeros 4 caracteres de su id.")
    matches = [r for r in app.store.sessions() if r["id"].startswith(ref)]
    if len(matches) != 1:
        raise NotFoundError(
            f"No existe la sesión {session_ref!r} (observer session list --json muestra los ids)."
            if not matches
            else f"{session_ref!r} corresponde a varias sesiones; escriba más caracteres."
        )
    return matches[0]


def remove_session(app: Observador, session_ref: str) -> dict:
    """Remove a session recorded by mistake; the next sync tells the OIC (refused once the
    OIC validated it)."""
    with app.database.transaction():
        row = _resolve_session(app, session_ref)
        _refuse_if_validated(row, "eliminar")
        app.store.delete_session(row["id"])
        app.store.record_deletion(row, now_iso())
    return row


def _with_hours(row: dict[str, Any]) -> dict[str, Any]:
    h0, m0 = map(int, row["start_time"].split(":"))
    h1, m1 = map(int, row["end_time"].split(":"))
    hours = round(((h1 * 60 + m1) - (h0 * 60 + m0)) / 60, 2)
    return {**row, "hours": hours, "state": session_state(row)}


def list_sessions(
    app: Observador, *, date_from: str | None = None, date_to: str | None = None
) -> dict[str, Any]:
    start = _date(date_from, "fecha inicial") if date_from else None
    end = _date(date_to, "fecha final") if date_to else None
    if start and end and end < start:
        raise InputError("La fecha final es anterior a la inicial.")
    rows = [_with_hours(r) for r in app.store.sessions(date_from=start, date_to=end)]
    return {
        "from": start,
        "to": end,
        "sessions": rows,
        "total_sessions": len(rows),
        "total_hours": round(sum(r["hours"] for r in rows), 2),
    }


CSV_COLUMNS = (
    "fecha", "evento", "inicio", "fin", "horas", "lugar", "auditoria", "notas",
    "estado", "motivo_impugnacion",
)  # fmt: skip


def sessions_csv(listing: dict[str, Any]) -> str:
    """The sessions as a spreadsheet reads them (one row each, then the totals), with
    their state at the OIC and, for a disputed one, the OIC's reason."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in listing["sessions"]:
        state = r.get("state") or session_state(r)
        writer.writerow(
            [
                r["date"],
                _cell(r["event"]),
                r["start_time"],
                r["end_time"],
                f"{r['hours']:.2f}",
                _cell(r["place"]),
                r["audit_id"] or "",
                _cell(r["notes"]),
                STATE_WORDS[state],
                _cell(r.get("reason") or "") if state == "disputed" else "",
            ]
        )
    writer.writerow(
        [
            "TOTAL",
            f"{listing['total_sessions']} sesiones",
            "",
            "",
            f"{listing['total_hours']:.2f}",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    return out.getvalue()
