"""Issuing, listing and checking constancias: the use cases the console and the public
page call (plain functions of an :class:`~oic_server.service.OICServer`).

A constancia certifies an observer's *validated* sessions in a period (DESIGN.md §10).
Its folio is ``OIC-<year>-<number>-<check>``: the number from a counter per year (the
``counters`` table, bumped under its row lock), the check six random characters, so
the public page cannot be walked folio by folio to list the observers; a folio whose
check is wrong does not exist. The signed PDF is kept in the table with its SHA-256,
which is what an uploaded copy must match exactly.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, select, update

from oic_server import schema as s
from oic_server.constancias.document import (
    CHIHUAHUA,
    ConstanciaData,
    SessionLine,
    build_constancia,
    sign_constancia,
    verify_url,
)
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.usecases.base import normalize_code

__all__ = [
    "FOLIO_RE",
    "MAX_UPLOAD_BYTES",
    "Issued",
    "check_upload",
    "constancia_pdf",
    "issue_constancia",
    "list_constancias",
    "public_view",
]

_CHECK_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed
FOLIO_RE = re.compile(r"OIC-(?P<year>[0-9]{4})-(?P<number>[0-9]{6,9})-[A-Z2-9]{6}")
MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # a constancia is tens of kB; the public form's limit
MAX_PERIOD_DAYS = 2 * 366


@dataclass(frozen=True)
class Issued:
    folio: str
    sha256: str
    size: int
    sessions: int
    hours: float


def _day(value: str, label: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ApiError(
            "bad_request", f"La fecha «{label}» debe escribirse AAAA-MM-DD (p. ej. 2026-03-31)."
        ) from None


def _period(date_from: str, date_to: str, today: _dt.date) -> tuple[str, str]:
    """The period, checked; ``today`` is the OIC's date of issue: a constancia certifies
    sessions already validated, so its period has ended by then."""
    start, end = _day(date_from, "desde"), _day(date_to, "hasta")
    if end < start:
        raise ApiError(
            "bad_request", "El periodo termina antes de empezar: revise «desde» y «hasta»."
        )
    if end > today:
        raise ApiError(
            "bad_request",
            f"El periodo aún no termina: «hasta» puede ser a lo más hoy, {today.isoformat()} "
            "(una constancia hace constar sesiones ya validadas).",
        )
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ApiError("bad_request", "El periodo de una constancia es de dos años a lo más.")
    return start.isoformat(), end.isoformat()


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def session_hours(start: str, end: str) -> float:
    """A session's length in hours (to the minute)."""
    return round(max(0, _minutes(end) - _minutes(start)) / 60, 4)


def _observer(conn: Connection, code: str) -> Any:
    row = conn.execute(
        select(s.observers.c.id, s.observers.c.code, s.observers.c.name).where(
            s.observers.c.code == normalize_code(code)
        )
    ).first()
    if row is None:
        raise ApiError("not_found", f"No existe el observador {code.strip()[:40]!r}.")
    return row


def _validated_sessions(conn: Connection, observer_id: int, start: str, end: str) -> list[Any]:
    ps = s.participation_sessions
    return list(
        conn.execute(
            select(
                ps.c.client_id, ps.c.date, ps.c.event, ps.c.place, ps.c.start_time, ps.c.end_time
            )
            .where(
                and_(
                    ps.c.observer_id == observer_id,
                    ps.c.state == "validated",
                    ps.c.deleted_at.is_(None),
                    ps.c.date >= start,
                    ps.c.date <= end,
                )
            )
            .order_by(ps.c.date, ps.c.start_time, ps.c.id)
        )
    )


def _next_folio(conn: Connection, year: int) -> str:
    """The year's next number (its counter row stays locked until commit) and a check."""
    name = f"constancia_folio:{year}"
    insert_ignore(conn, s.counters, [{"name": name, "value": 0}])
    conn.execute(
        update(s.counters).where(s.counters.c.name == name).values(value=s.counters.c.value + 1)
    )
    number = conn.execute(select(s.counters.c.value).where(s.counters.c.name == name)).scalar_one()
    check = "".join(secrets.choice(_CHECK_ALPHABET) for _ in range(6))
    return f"OIC-{year}-{int(number):06d}-{check}"


def issue_constancia(
    server: Any,
    *,
    staff_id: int,
    actor: str,
    observer_code: str,
    date_from: str,
    date_to: str,
    base_url: str,
    address: str = "",
) -> Issued:
    """Issue the constancia of ``observer_code``'s validated sessions from ``date_from`` to
    ``date_to`` (ISO days, both included). Refused, changing nothing, for a bad period, an
    unknown observer or a period without validated sessions. The folio is taken first
    (a failure after it leaves a gap in the numbers, never a repeated folio)."""
    if not observer_code.strip():
        raise ApiError("bad_request", "Elija el observador de la constancia.")
    issued_at = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    start, end = _period(date_from, date_to, issued_at.astimezone(CHIHUAHUA).date())

    def reserve(conn: Connection) -> tuple[Any, list[Any], str]:
        observer = _observer(conn, observer_code)
        rows = _validated_sessions(conn, observer.id, start, end)
        if not rows:
            raise ApiError(
                "bad_request",
                f"{observer.name} ({observer.code}) no tiene sesiones validadas entre el "
                f"{start} y el {end}: no hay nada que hacer constar.",
            )
        return observer, rows, _next_folio(conn, issued_at.astimezone(CHIHUAHUA).year)

    observer, rows, folio = server.db.write(reserve)
    lines = tuple(
        SessionLine(
            client_id=r.client_id,
            date=r.date,
            event=r.event,
            place=r.place,
            start=r.start_time,
            end=r.end_time,
            hours=session_hours(r.start_time, r.end_time),
        )
        for r in rows
    )
    data = ConstanciaData(
        folio=folio,
        observer_name=observer.name,
        observer_code=observer.code,
        date_from=start,
        date_to=end,
        sessions=lines,
        hours=round(sum(line.hours for line in lines), 4),
        issued_at=issued_at,
        url=verify_url(base_url, folio),
    )
    pdf = sign_constancia(build_constancia(data), data, server.keys)
    sha = hashlib.sha256(pdf).hexdigest()
    sessions_json = json.dumps(data.record()["sesiones"], ensure_ascii=False)

    def store(conn: Connection) -> None:
        conn.execute(
            s.constancias.insert().values(
                folio=folio,
                observer_id=observer.id,
                date_from=start,
                date_to=end,
                sessions=sessions_json,
                session_count=len(lines),
                hours=data.hours,
                sha256=sha,
                pdf=pdf,
                issued_by=staff_id,
                issued_at=issued_at.isoformat().replace("+00:00", "Z"),
            )
        )
        server.log_activity(
            conn,
            actor=actor,
            action="constancia",
            staff_id=staff_id,
            target=folio,
            detail=f"{observer.code} {start}…{end}: {len(lines)} sesiones",
            address=address,
        )

    server.db.write(store)
    return Issued(folio=folio, sha256=sha, size=len(pdf), sessions=len(lines), hours=data.hours)


def list_constancias(server: Any, *, limit: int = 200) -> list[dict[str, Any]]:
    """The latest constancias issued, newest first (the console's list)."""
    c, o, st = s.constancias, s.observers, s.staff
    with server.db.read() as conn:
        rows = conn.execute(
            select(
                c.c.folio,
                c.c.date_from,
                c.c.date_to,
                c.c.session_count,
                c.c.hours,
                c.c.sha256,
                c.c.issued_at,
                o.c.code,
                o.c.name,
                st.c.code.label("issued_by"),
            )
            .join(o, o.c.id == c.c.observer_id)
            .join(st, st.c.id == c.c.issued_by)
            .order_by(c.c.id.desc())
            .limit(limit)
        ).all()
    return [dict(r._mapping) for r in rows]


def constancia_pdf(server: Any, folio: str) -> bytes:
    """The signed PDF of ``folio`` (the console's download)."""
    if not FOLIO_RE.fullmatch(folio):
        raise ApiError("not_found", "No existe esa constancia.")
    with server.db.read() as conn:
        pdf = conn.execute(select(s.constancias.c.pdf).where(s.constancias.c.folio == folio))
        data = pdf.scalar_one_or_none()
    if data is None:
        raise ApiError("not_found", "No existe esa constancia.")
    return bytes(data)


def public_view(server: Any, folio: str) -> dict[str, Any] | None:
    """What the public page may say of ``folio``: whom and what it certifies, nothing more
    (no code, no email, no session details); None when it does not exist."""
    if not FOLIO_RE.fullmatch(folio):
        return None
    c, o = s.constancias, s.observers
    with server.db.read() as conn:
        row = conn.execute(
            select(
                c.c.folio,
                c.c.date_from,
                c.c.date_to,
                c.c.session_count,
                c.c.hours,
                c.c.sha256,
                c.c.issued_at,
                o.c.name,
            )
            .join(o, o.c.id == c.c.observer_id)
            .where(c.c.folio == folio)
        ).first()
    return dict(row._mapping) if row is not None else None


def check_upload(server: Any, view: dict[str, Any], data: bytes) -> dict[str, Any]:
    """Whether ``data`` is exactly the constancia of ``view`` (its SHA-256) and its
    signature verifies with the OIC CA as the trust root."""
    from observer_desktop.reports.verify import verify_pdf_data

    same = hashlib.sha256(data).hexdigest() == view["sha256"]
    verification = verify_pdf_data(data, trust_certs=[server.keys.ca_pem.encode("ascii")])
    signed = verification.valid and verification.trusted
    record = verification.constancia or {}
    return {
        "same_file": same,
        "signature_valid": signed and record.get("folio") == view["folio"],
        "ok": same and signed and record.get("folio") == view["folio"],
        "reasons": verification.reasons,
    }
