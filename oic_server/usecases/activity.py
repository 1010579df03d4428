"""The staff's activity log: append-only rows of what was done in the console (logins,
views of a submission, decisions, exports, account changes). Coordinators and up
read it, filtered (DESIGN.md §9; ODK Central keeps it for administrators only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from oic_server import schema as s
from oic_server.oic_time import day_after, day_start_utc
from oic_server.schema import now_iso
from oic_server.usecases.base import ServerParts
from oic_server.usecases.sessions import parse_day_range

__all__ = ["ACTIONS", "ActivityCases", "ActivityFilter"]

ACTIONS = {
    "login": "Inicio de sesión",
    "login_failed": "Inicio de sesión fallido",
    "logout": "Cierre de sesión",
    "view": "Consulta de un envío",
    "take": "Tomó un envío",
    "return": "Devolvió un envío",
    "approve": "Validó un envío",
    "export": "Exportación",
    "staff": "Cambio en el personal",
    "observer": "Cambio en un observador",
    "constancia": "Emitió una constancia",
    "session_validate": "Validó una sesión",
    "session_dispute": "Impugnó una sesión",
    "rate": "Fijó una tarifa",
    "agenda_publish": "Publicó un evento",
    "agenda_edit": "Editó un evento",
    "agenda_cancel": "Canceló un evento",
    "agenda_declaration": "Cambió la declaración de conflicto de interés",
    "signup_confirm": "Confirmó una inscripción",
    "signup_decline": "Declinó una inscripción",
}


@dataclass(frozen=True)
class ActivityFilter:
    accion: str = ""
    persona: str = ""
    objeto: str = ""
    desde: str = ""  # YYYY-MM-DD
    hasta: str = ""
    antes: int = 0  # keyset: rows with a smaller id

    @classmethod
    def parse(cls, params: dict[str, str]) -> ActivityFilter:
        def get(name: str) -> str:
            return (params.get(name) or "").strip()[:100]

        before = get("antes")
        desde, hasta = parse_day_range(get("desde"), get("hasta"))
        return cls(
            accion=get("accion") if get("accion") in ACTIONS else "",
            persona=get("persona").upper(),
            objeto=get("objeto"),
            desde=desde,
            hasta=hasta,
            antes=int(before) if re.fullmatch(r"[0-9]{1,18}", before) else 0,
        )


class ActivityCases(ServerParts):
    """Writing and reading the activity log."""

    @staticmethod
    def log_activity(
        conn: Connection,
        *,
        actor: str,
        action: str,
        staff_id: int | None = None,
        target: str = "",
        detail: str = "",
        address: str = "",
    ) -> None:
        """One row, in the caller's transaction (so a decision and its row land together)."""
        conn.execute(
            s.activity.insert().values(
                at=now_iso(),
                staff_id=staff_id,
                actor=actor,
                action=action,
                target=target[:200],
                detail=detail[:2000],
                address=address[:64],
            )
        )

    def record_activity(self, member: Any, action: str, **fields: Any) -> None:
        """One row in its own transaction; ``member`` is a StaffMember (or None)."""
        self.db.write(
            lambda conn: self.log_activity(
                conn,
                actor=member.code if member is not None else fields.pop("actor", "?"),
                staff_id=member.id if member is not None else None,
                action=action,
                **fields,
            )
        )

    def activity(self, f: ActivityFilter, *, page: int = 100) -> dict[str, Any]:
        a = s.activity.c
        query = select(s.activity)
        if f.accion:
            query = query.where(a.action == f.accion)
        if f.persona:
            query = query.where(a.actor == f.persona)
        if f.objeto:
            query = query.where(a.target == f.objeto)
        # the OIC's days, as the page shows the times (no bound past the calendar's end)
        since = day_start_utc(f.desde) if f.desde else None
        until = day_start_utc(day_after(f.hasta) or "") if f.hasta else None
        if since is not None:
            query = query.where(a.at >= since)
        if until is not None:
            query = query.where(a.at < until)
        if f.antes:
            query = query.where(a.id < f.antes)
        with self.db.read() as conn:
            rows = conn.execute(query.order_by(a.id.desc()).limit(page + 1)).all()
        more = len(rows) > page
        rows = rows[:page]
        return {
            "items": [r._asdict() for r in rows],
            "next": rows[-1].id if more and rows else 0,
        }
