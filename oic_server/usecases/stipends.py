"""Stipends and academic hours (issue 17): validated sessions of a period, per observer,
priced with the rates in force on each session's date.

Two rates, each a dated history set in the console (never a constant in code):
the UMA's value in pesos and the UMAs paid per session. The value in force on a
day is the row of that kind with the latest ``valid_from`` on or before it (a
later row with the same ``valid_from`` corrects an earlier one). A session whose
date has no rate in force gets no amount, and the page says which rate is
missing rather than guessing.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from observer_desktop.core.text import without_thousands
from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases.base import ServerParts
from oic_server.usecases.sessions import hours_between, parse_day

__all__ = ["RATE_KINDS", "STIPEND_COLUMNS", "StipendCases", "in_force"]

RATE_KINDS = {
    "uma_value": "Valor de la UMA (pesos)",
    "umas_per_session": "UMAs por sesión",
}
STIPEND_COLUMNS = (
    ("observer", "Observador"),
    ("name", "Nombre"),
    ("institution", "Institución"),
    ("sessions", "Sesiones validadas"),
    ("hours", "Horas"),
    ("amount", "Importe (pesos)"),
    ("missing", "Sin tarifa vigente"),
)


def in_force(history: list[Any], day: str) -> float | None:
    """The value in force on ``day`` of one kind's rows sorted by (valid_from, id)."""
    value = None
    for row in history:
        if row.valid_from > day:
            break
        value = row.value
    return value


def parse_amount(value: str | None) -> float:
    """A rate as typed in the console, written as in Mexico (113.14, 1,000.50), or
    :class:`ApiError` saying how to write it."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        raise ApiError("bad_request", "Escriba el valor (p. ej. 113.14). No se guardó nada.")
    try:
        text = without_thousands(text)
    except ValueError:
        raise ApiError(
            "bad_request",
            f"«{text}»: escriba los decimales con punto (113.14); la coma solo separa miles "
            "(1,000.50). No se guardó nada.",
        ) from None
    try:
        return float(text)
    except ValueError:
        raise ApiError(
            "bad_request",
            f"«{text}» no es un número (p. ej. 113.14 o 1,000.50). No se guardó nada.",
        ) from None


@dataclass(frozen=True)
class Period:
    desde: str
    hasta: str

    @classmethod
    def parse(cls, desde: str, hasta: str) -> Period:
        if not (desde or "").strip() or not (hasta or "").strip():
            raise ApiError("bad_request", "Indique el periodo: fecha inicial y fecha final.")
        start = parse_day(desde, "La fecha inicial")
        end = parse_day(hasta, "La fecha final")
        if end < start:
            raise ApiError("bad_request", "La fecha final es anterior a la inicial.")
        return cls(start, end)


class StipendCases(ServerParts):
    """Rates, and what the validated sessions of a period amount to."""

    def set_rate(
        self, kind: str, value: str, valid_from: str, member: Any, *, address: str = ""
    ) -> dict:
        if kind not in RATE_KINDS:
            raise ApiError(
                "bad_request", "Elija qué tarifa fija: valor de la UMA o UMAs por sesión."
            )
        number = parse_amount(value)
        if not math.isfinite(number) or number <= 0 or number > 1_000_000:
            raise ApiError(
                "bad_request", "El valor debe ser mayor que cero (y menor que un millón)."
            )
        day = parse_day(valid_from, "La fecha de inicio de vigencia")
        now = now_iso()

        def txn(conn: Connection) -> dict:
            conn.execute(
                s.rates.insert().values(
                    kind=kind,
                    value=number,
                    valid_from=day,
                    set_by=member.id if member is not None else None,
                    set_at=now,
                )
            )
            self.log_activity(  # type: ignore[attr-defined]
                conn,
                actor=member.code if member is not None else "demo",
                staff_id=member.id if member is not None else None,
                action="rate",
                target=kind,
                detail=f"{number:g} desde {day}",
                address=address,
            )
            return {"kind": kind, "value": number, "valid_from": day}

        return self.db.write(txn)

    @staticmethod
    def _histories(conn: Connection) -> dict[str, list[Any]]:
        r = s.rates.c
        rows = conn.execute(select(s.rates).order_by(r.kind, r.valid_from, r.id)).all()
        return {kind: [x for x in rows if x.kind == kind] for kind in RATE_KINDS}

    def list_rates(self, today: str) -> dict[str, Any]:
        """Each kind's history (newest first, who set it) and the value in force today."""
        r, st = s.rates.c, s.staff.c
        with self.db.read() as conn:
            rows = conn.execute(
                select(s.rates, st.code.label("set_by_code"))
                .outerjoin(s.staff, st.id == r.set_by)
                .order_by(r.valid_from.desc(), r.id.desc())
            ).all()
            histories = self._histories(conn)
        return {
            "history": [x._asdict() for x in rows],
            "in_force": {kind: in_force(histories[kind], today) for kind in RATE_KINDS},
        }

    def stipends(self, period: Period) -> dict[str, Any]:
        """Per observer with validated sessions in the period: sessions, hours, amount
        (Σ UMAs per session × UMA value, each in force on the session's date)."""
        t, o = s.participation_sessions, s.observers
        with self.db.read() as conn:
            histories = self._histories(conn)
            rows = conn.execute(
                select(
                    t.c.date,
                    t.c.start_time,
                    t.c.end_time,
                    t.c.institution,
                    o.c.code,
                    o.c.name,
                    o.c.institution.label("observer_institution"),
                )
                .join(o, o.c.id == t.c.observer_id)
                .where(
                    t.c.state == "validated",
                    t.c.deleted_at.is_(None),
                    t.c.date >= period.desde,
                    t.c.date <= period.hasta,
                )
                .order_by(o.c.code, t.c.date, t.c.start_time)
            ).all()
        people: dict[str, dict[str, Any]] = {}
        for row in rows:
            who = people.setdefault(
                row.code,
                {
                    "observer": row.code,
                    "name": row.name,
                    "institution": row.observer_institution or "",
                    "sessions": 0,
                    "hours": 0.0,
                    "amount": 0.0,
                    "missing": [],
                },
            )
            if not who["institution"] and row.institution:
                who["institution"] = row.institution
            who["sessions"] += 1
            who["hours"] = round(who["hours"] + hours_between(row.start_time, row.end_time), 2)
            uma = in_force(histories["uma_value"], row.date)
            per = in_force(histories["umas_per_session"], row.date)
            if uma is None or per is None:
                who["missing"].append(row.date)
            else:
                who["amount"] = round(who["amount"] + round(uma * per, 2), 2)
        items = list(people.values())
        for who in items:
            if who["missing"]:
                who["amount"] = None  # never a partial sum that looks complete
            who["missing"] = ", ".join(who["missing"])
        amounts = [w["amount"] for w in items]
        return {
            "period": period,
            "items": items,
            "total_sessions": sum(w["sessions"] for w in items),
            "total_hours": round(sum(w["hours"] for w in items), 2),
            "total_amount": (
                round(sum(a for a in amounts if a is not None), 2)
                if all(a is not None for a in amounts)
                else None
            ),
            "rates_missing": any(w["missing"] for w in items),
        }

    def stipend_rows(self, period: Period, *, as_text: bool) -> list[dict[str, Any]]:
        """The rows of the CSV (``as_text``: 2 decimals) or XLSX (numbers); the amount
        is empty where a rate was missing."""
        rows = []
        for w in self.stipends(period)["items"]:
            amount, hours = w["amount"], w["hours"]
            if as_text:
                amount = "" if amount is None else f"{amount:.2f}"
                hours = f"{hours:.2f}"
            rows.append({**w, "amount": "" if amount is None else amount, "hours": hours})
        return rows
