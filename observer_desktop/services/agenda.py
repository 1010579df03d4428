"""The OIC's agenda of events and the observer's sign-ups (issue 17, item 1).

Sync keeps a copy of the OIC's events and its conflict-of-interest declaration
(services/sync/agenda.py). The observer signs up to an upcoming event by answering the
declaration ("no tengo conflicto de interés"): the exact text shown and the time of the
answer are stored, and the sign-up waits, offline if need be, for the next sync. A
withdrawal is sent the same way. From an event the OIC confirmed the observer starts the
audit (header pre-filled where the checklist has the fields) and the participation
session (event, date, start, place, the new audit).
"""

from __future__ import annotations

import datetime as _dt
import uuid
from typing import Any

from observer_desktop.core.errors import InputError, NotFoundError
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso

__all__ = [
    "DECLARATION_KEY",
    "KIND_LABELS",
    "SIGNUP_STATUSES",
    "declaration",
    "event_header",
    "list_agenda",
    "session_prefill",
    "sign_up",
    "signup_status",
    "start_from_event",
    "withdraw",
]

DECLARATION_KEY = "agenda.declaration"  # {server, text}: the OIC's current declaration

KIND_LABELS = {
    "junta_aclaraciones": "Junta de aclaraciones",
    "apertura_proposiciones": "Presentación y apertura de proposiciones",
    "fallo": "Fallo",
    "visita_obra": "Visita de obra",
    "otro": "Otro",
}

# What the observer sees of a sign-up, in the order it goes; None: not signed up.
SIGNUP_STATUSES = (
    "to_send",  # signed up here, not yet received by the OIC
    "withdraw_to_send",  # withdrawn here, the OIC not yet told
    "requested",  # received, waiting for the coordinator
    "confirmed",
    "declined",
    "withdrawn",
)

# The checklists' header fields an event fills (the shipped forms' ids).
_HEADER_FROM_EVENT = {
    "numero_procedimiento": "procedure_number",
    "unidad_convocante": "convening_unit",
    "fecha_evento": "date",
    "fecha_visita": "date",
    "lugar": "place",
    "ubicacion": "place",
}
# The agenda's kinds as the procurement checklist's "evento_observado" options.
_OBSERVED_EVENT = {
    "junta_aclaraciones": "junta_aclaraciones",
    "apertura_proposiciones": "apertura_proposiciones",
    "fallo": "fallo",
    "visita_obra": "visita_sitio",
    "otro": "otro_evento",
}


def _today() -> str:
    return _dt.date.today().isoformat()


def declaration(app: Observador) -> str | None:
    """The OIC's conflict-of-interest declaration as last synced (None: never synced)."""
    kept = app.store.get_setting(DECLARATION_KEY) or {}
    text = kept.get("text") if isinstance(kept, dict) else None
    return text if isinstance(text, str) and text.strip() else None


def signup_status(row: dict[str, Any]) -> str | None:
    """What the observer sees of their sign-up to an event row (``agenda_events`` joined
    with its sign-up): None when not signed up, else one of :data:`SIGNUP_STATUSES`."""
    if row.get("signup_id") is None:
        return None
    withdrawn = bool(row.get("signup_withdrawn"))
    sent = row.get("signup_sent_version")
    if sent is None or sent < (row.get("signup_version") or 1):
        return "withdraw_to_send" if withdrawn else "to_send"
    if withdrawn:
        return "withdrawn"
    state = row.get("signup_state")
    return state if state in ("requested", "confirmed", "declined", "withdrawn") else "requested"


def _view(row: dict[str, Any]) -> dict[str, Any]:
    status = signup_status(row)
    return {
        "event": row["id"],
        "kind": row["kind"],
        "kind_label": KIND_LABELS.get(row["kind"], row["kind"]),
        "title": row["title"],
        "date": row["date"],
        "start": row["start_time"],
        "place": row["place"],
        "procedure_number": row["procedure_number"],
        "convening_unit": row["convening_unit"],
        "seats": row["seats"],
        "seats_taken": row["seats_taken"],
        "notes": row["notes"],
        "cancelled": bool(row["cancelled"]),
        "signup": row.get("signup_id"),
        "status": status,
        "reason": row.get("signup_reason"),
        "send_error": row.get("signup_send_error"),
        "declared_at": row.get("signup_declared_at"),
        "audit_id": row.get("signup_audit_id"),
        "mine": status not in (None, "withdrawn", "withdraw_to_send"),
    }


def list_agenda(app: Observador, which: str = "upcoming", *, today: str | None = None) -> list:
    """``upcoming`` (today on, soonest first), ``mine`` (signed up and not withdrawn, any
    date, soonest first) or ``past`` (latest first)."""
    if which not in ("upcoming", "mine", "past"):
        raise InputError(f"Vista de agenda desconocida: {which!r} (upcoming, mine, past).")
    day = today or _today()
    rows = [_view(r) for r in app.store.agenda_events()]
    if which == "upcoming":
        return [r for r in rows if r["date"] >= day]
    if which == "mine":
        return [r for r in rows if r["mine"]]
    return sorted((r for r in rows if r["date"] < day), key=lambda r: r["date"], reverse=True)


def get_event(app: Observador, event_id: int) -> dict[str, Any]:
    row = app.store.get_event(int(event_id))
    if row is None:
        raise NotFoundError(
            f"No existe el evento {event_id} en la agenda de este equipo; sincronice para "
            "recibir la agenda del OIC."
        )
    return _view(row)


def _when(view: dict[str, Any]) -> str:
    d = view["date"]
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}" if len(d) == 10 else d


def sign_up(
    app: Observador,
    event_id: int,
    *,
    declaration_text: str,
    no_conflict: bool,
    now: str | None = None,
) -> dict[str, Any]:
    """Sign up to an upcoming event. ``declaration_text`` is the declaration as the
    observer read it (it must be the OIC's current one) and ``no_conflict`` their answer;
    both and the time are stored. Signing up again to the same event changes nothing;
    after a withdrawal it asks again (the same client id)."""
    if not no_conflict:
        raise InputError(
            "Para inscribirse debe declarar que no tiene conflicto de interés con el "
            "procedimiento; si lo tiene, no se inscriba y avise al OIC."
        )
    with app.database.transaction():
        view = get_event(app, event_id)
        current = _open_to_sign_up(app, view, declaration_text)
        _record_signup(app, view["event"], current, now or now_iso())
        return get_event(app, view["event"])


def _open_to_sign_up(app: Observador, view: dict[str, Any], declaration_text: str) -> str:
    """The OIC's current declaration, when ``view`` may be signed up to with the text the
    observer read; else the Spanish reason why not."""
    current = declaration(app)
    if current is None:
        raise InputError(
            "Aún no se ha recibido la declaración de conflicto de interés del OIC; "
            "sincronice antes de inscribirse."
        )
    if (declaration_text or "").strip() != current.strip():
        raise InputError(
            "El texto de la declaración de conflicto de interés cambió; léalo de nuevo "
            "y vuelva a responder."
        )
    if view["cancelled"]:
        raise InputError(f"El evento «{view['title']}» fue cancelado por el OIC.")
    if view["date"] < _today():
        raise InputError(
            f"El evento «{view['title']}» fue el {_when(view)}; ya no admite inscripciones."
        )
    return current


def _record_signup(app: Observador, event_id: int, current: str, stamp: str) -> None:
    """A new sign-up, a withdrawn one asked again, or one refused for an older declaration
    answered again (each then waits to be sent); an active one stays as it is."""
    existing = app.store.signup_for_event(event_id)
    answered = {"declaration_text": current, "declared_at": stamp, "updated_at": stamp}
    if existing is None:
        app.store.insert_signup(
            {
                "id": str(uuid.uuid4()),
                "event_id": event_id,
                **answered,
                "withdrawn": 0,
                "version": 1,
                "created_at": stamp,
            }
        )
    elif existing["withdrawn"]:
        app.store.update_signup(
            existing["id"],
            {**answered, "withdrawn": 0, "version": existing["version"] + 1, "send_error": None},
        )
    elif existing["send_error"] and existing["declaration_text"] != current:
        # refused for an older declaration: answered again, sent again
        app.store.update_signup(
            existing["id"],
            {**answered, "version": existing["version"] + 1, "send_error": None},
        )


def withdraw(app: Observador, event_id: int) -> dict[str, Any]:
    """Withdraw a sign-up (until the event's day); sent at the next sync."""
    with app.database.transaction():
        view = get_event(app, event_id)
        row = app.store.signup_for_event(view["event"])
        if row is None or row["withdrawn"]:
            raise InputError(f"No está inscrito en «{view['title']}».")
        if view["date"] < _today():
            raise InputError(
                f"El evento «{view['title']}» fue el {_when(view)}; ya no se puede retirar "
                "la inscripción."
            )
        app.store.update_signup(
            row["id"],
            {
                "withdrawn": 1,
                "version": row["version"] + 1,
                "send_error": None,
                "updated_at": now_iso(),
            },
        )
        return get_event(app, view["event"])


def event_header(app: Observador, event: dict[str, Any], form_id: str, version: int | None = None):
    """The header values an event gives the checklist's fields that exist (by id)."""
    checklist = app.find_checklist(form_id, version)
    ids = {f.id for f in checklist.header}
    header: dict[str, Any] = {}
    for field_id, key in _HEADER_FROM_EVENT.items():
        if field_id in ids and event.get(key):
            header[field_id] = event[key]
    if "evento_observado" in ids:
        option = _OBSERVED_EVENT.get(event["kind"])
        field = checklist.header_field("evento_observado")
        if option and option in {o.id for o in getattr(field, "options", []) or []}:
            header["evento_observado"] = option
    return header


def start_from_event(
    app: Observador, event_id: int, form_id: str, version: int | None = None
) -> dict[str, Any]:
    """The audit of a confirmed event: a draft of ``form_id`` whose header the event
    fills, remembered on the sign-up (a second call opens the same one while it exists).
    Returns ``{"audit", "session", "existing"}``: the audit row, the participation
    session's pre-filled fields and whether the audit was there already."""
    view = get_event(app, event_id)
    if view["status"] != "confirmed":
        raise InputError(
            f"El OIC aún no confirma su inscripción en «{view['title']}»; la auditoría y la "
            "sesión se inician desde un evento confirmado."
        )
    if view["audit_id"] and app.store.get_audit(view["audit_id"]) is not None:
        audit = app.resolve_audit(view["audit_id"])
        return {"audit": audit, "session": session_prefill(view, audit), "existing": True}
    audit = app.create_audit(
        form_id, version=version, header=event_header(app, view, form_id, version)
    )
    with app.database.transaction():
        app.store.update_signup(view["signup"], {"audit_id": audit["id"], "updated_at": now_iso()})
    return {"audit": audit, "session": session_prefill(view, audit), "existing": False}


def session_prefill(view: dict[str, Any], audit: dict[str, Any] | None) -> dict[str, Any]:
    """The participation session's fields from an event (the session dialog's prefill)."""
    return {
        "event": view["title"],
        "date": view["date"],
        "start": view["start"],
        "place": view["place"],
        "audit_id": audit["id"] if audit else None,
        "title": (audit.get("title") or audit["id"][:8]) if audit else "",
    }
