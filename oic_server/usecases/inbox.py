"""The console's inbox: committed submissions filtered, counted and paged in SQL over
the index (:mod:`oic_server.indexing`), never by parsing JSON per row."""

from __future__ import annotations

import base64
import datetime as _dt
import json
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, func, select, tuple_

from observer_desktop.core.text import fold
from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.exports import FINDING_STATES
from oic_server.indexing import (
    index_submission,
    missing_index,
    parse_document,
    verification_after_the_fact,
)
from oic_server.usecases.base import ServerParts, normalize_code

__all__ = ["STATES", "InboxCases", "InboxFilter"]

# the console's review states (DESIGN.md §9) over the protocol's (received|approved|returned)
STATES = {
    "recibida": "Recibida",
    "en_revision": "En revisión",
    "devuelta": "Devuelta",
    "validada": "Validada",
    "sustituida": "Sustituida",  # received, then replaced by a newer version: no decision
}
SEVERITIES = {"alta": 3, "media": 2, "baja": 1, "ninguna": 0}
SORTS = ("recibida", "fecha", "severidad")
PAGE = 50
log = logging.getLogger(__name__)
CHOICES_TTL = 60.0  # seconds
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class InboxFilter:
    """What the inbox shows: every field is a URL query parameter (bookmarkable)."""

    estado: str = ""
    formulario: str = ""
    observador: str = ""
    unidad: str = ""
    tipo: str = ""
    desde: str = ""
    hasta: str = ""
    severidad: str = ""
    q: str = ""
    orden: str = "recibida"
    dir: str = "desc"
    despues: str = ""  # keyset cursor of the last row of the page before

    @classmethod
    def parse(cls, params: dict[str, str]) -> InboxFilter:
        """From query parameters; a clear refusal for values that cannot be."""
        known = {k: (params.get(k) or "").strip()[:300] for k in cls.__dataclass_fields__}
        f = cls(**{k: v for k, v in known.items() if v})
        if f.estado and f.estado not in STATES:
            raise ApiError("bad_request", f"Estado desconocido «{f.estado}».")
        if f.severidad and f.severidad not in SEVERITIES:
            raise ApiError("bad_request", f"Severidad desconocida «{f.severidad}».")
        if f.orden not in SORTS:
            raise ApiError("bad_request", f"No se puede ordenar por «{f.orden}».")
        if f.dir not in ("asc", "desc"):
            raise ApiError("bad_request", "El orden es «asc» o «desc».")
        for name in ("desde", "hasta"):
            value = getattr(f, name)
            if value:
                try:
                    _dt.date.fromisoformat(value if _DATE.fullmatch(value) else "x")
                except ValueError:
                    raise ApiError(
                        "bad_request", f"La fecha «{value}» no es una fecha AAAA-MM-DD."
                    ) from None
        if f.desde and f.hasta and f.hasta < f.desde:  # as Sesiones and Estipendios say
            raise ApiError("bad_request", "La fecha final es anterior a la inicial.")
        return f

    def query(self, **changes: str) -> dict[str, str]:
        """The non-empty parameters (with ``changes``), for links."""
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        out.update(changes)
        defaults = {"orden": "recibida", "dir": "desc"}
        return {k: v for k, v in out.items() if v and defaults.get(k) != v}

    def first_page(self) -> InboxFilter:
        return replace(self, despues="")


def _state_clause(state: str) -> Any:
    idx = s.submission_index.c
    return {
        "recibida": and_(
            idx.review_state == "received", idx.assignee_id.is_(None), idx.superseded.is_(False)
        ),
        "en_revision": and_(
            idx.review_state == "received",
            idx.assignee_id.is_not(None),
            idx.superseded.is_(False),
        ),
        "sustituida": and_(idx.review_state == "received", idx.superseded.is_(True)),
        "devuelta": idx.review_state == "returned",
        "validada": idx.review_state == "approved",
    }[state]


def console_state(
    review_state: str | None, assignee_id: int | None, superseded: bool = False
) -> str:
    """The console's state: the protocol's, with *en revisión* (taken) and *sustituida*
    (never decided, and a newer version arrived: decisions go to that one)."""
    if review_state == "approved":
        return "validada"
    if review_state == "returned":
        return "devuelta"
    if superseded:
        return "sustituida"
    return "en_revision" if assignee_id is not None else "recibida"


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _values_seen(conn: Any, column: Any, *, limit: int) -> list[str]:
    """The distinct non-empty values of an index column, sorted, at most ``limit``."""
    rows = conn.execute(
        select(column).where(column != "").group_by(column).order_by(column).limit(limit)
    )
    return [r[0] for r in rows]


def _encode_cursor(value: Any, sid: str) -> str:
    raw = json.dumps([value, sid], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(token: str, *, integer: bool) -> tuple[Any, str]:
    """(sort value, submission id) of a page link; the value's type is the sort key's
    (a severity is a small int, dates are text), or the link is refused."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        value, sid = json.loads(raw)
        if not isinstance(sid, str) or len(sid) > 64:
            raise ValueError
        if integer:
            if type(value) is not int or not 0 <= value <= 3:
                raise ValueError
        elif not isinstance(value, str) or len(value) > 40:
            raise ValueError
        return value, sid
    except (ValueError, TypeError):
        raise ApiError(
            "bad_request", "El enlace de página no es válido: vuelva a la primera página."
        ) from None


def _index_now(
    conn: Any,
    row: Any,
    document: dict[str, Any],
    verification: dict,
    labels: dict[str, dict[str, str]] | None = None,
) -> None:
    """Index ``row``'s submission with its review state as it is now (read under lock in
    this transaction: a decision made since the listing is not undone)."""
    current = conn.execute(
        select(
            s.submissions.c.committed_at,
            s.submissions.c.review_state,
            s.submissions.c.assignee_id,
        )
        .where(s.submissions.c.id == row.id)
        .with_for_update()
    ).one()
    index_submission(
        conn,
        row.id,
        row.observer_id,
        document,
        verification,
        committed_at=current.committed_at,
        review_state=current.review_state or "received",
        assignee_id=current.assignee_id,
        option_labels=labels,
    )


class InboxCases(ServerParts):
    """Index upkeep and the inbox's queries."""

    # ------------------------------------------------------------ the index

    def index_missing(self, limit: int = 50) -> int:
        """Index committed submissions that have no index row (stored before schema v5).
        Returns how many were indexed. An audit JSON the index cannot take (whatever the
        reason) gets an index row without its contents, so it is listed, says so, and
        never stops the others."""
        with self.db.read() as conn:
            rows = missing_index(conn, limit)
        for row in rows:
            try:
                with self.store.open(row.audit_sha256) as fh:
                    document = parse_document(fh.read(self.limits.max_audit_json_bytes + 1))
            except FileNotFoundError:
                document = None
            verification = verification_after_the_fact(row)
            labels = self.header_option_labels(row.form_id, row.form_version)
            try:
                self.db.write(
                    lambda conn, r=row, d=document, v=verification, lb=labels: _index_now(
                        conn, r, d or {}, v, lb
                    )
                )
            except Exception:
                log.exception("submission %s could not be indexed; listed without contents", row.id)
                verification = dict(verification, index_error=True)
                self.db.write(lambda conn, r=row, v=verification: _index_now(conn, r, {}, v))
        return len(rows)

    # ------------------------------------------------------------ the inbox

    def _filtered(self, f: InboxFilter, columns: list[Any], *, with_state: bool) -> Select:
        """``columns`` of the index rows the filter keeps. Every filter and sort key is a
        column of ``submission_index`` (one table, its own indexes); the observer's code
        becomes their id first."""
        idx = s.submission_index.c
        query = select(*columns).select_from(s.submission_index)
        if with_state and f.estado:
            query = query.where(_state_clause(f.estado))
        if f.formulario:
            query = query.where(idx.form_id == f.formulario)
        if f.observador:
            observer = (
                select(s.observers.c.id)
                .where(s.observers.c.code == normalize_code(f.observador))
                .scalar_subquery()
            )
            query = query.where(idx.observer_id == observer)
        if f.unidad:
            query = query.where(idx.convening_unit == f.unidad)
        if f.tipo:
            query = query.where(idx.procedure_type == f.tipo)
        if f.desde:
            query = query.where(idx.event_date >= f.desde)
        if f.hasta:
            query = query.where(idx.event_date <= f.hasta, idx.event_date != "")
        if f.severidad:
            query = query.where(idx.max_severity == SEVERITIES[f.severidad])
        for word in fold(f.q).split()[:8]:
            query = query.where(idx.search_text.like(_like(word), escape="\\"))
        return query

    def _sort_key(self, f: InboxFilter) -> Any:
        return {
            "recibida": s.submission_index.c.committed_at,
            "fecha": s.submission_index.c.event_date,
            "severidad": s.submission_index.c.max_severity,
        }[f.orden]

    def _order(self, f: InboxFilter) -> tuple[Any, Any]:
        key, sid = self._sort_key(f), s.submission_index.c.submission_id
        return (key.desc(), sid.desc()) if f.dir == "desc" else (key.asc(), sid.asc())

    def inbox(self, f: InboxFilter, *, page: int = PAGE) -> dict[str, Any]:
        """One page of the inbox, the counts per state and the next page's cursor.
        The page and the counts read ``submission_index`` only; the page's 50 rows then
        get their observer and audit version by primary key."""
        sub, idx, obs = s.submissions.c, s.submission_index.c, s.observers.c
        key = self._sort_key(f)
        columns = [
            idx.submission_id.label("id"),
            idx.committed_at,
            idx.review_state,
            idx.assignee_id,
            idx.superseded,
            idx.observer_id,
            idx.form_id,
            idx.procedure_number,
            idx.convening_unit,
            idx.procedure_type,
            idx.title,
            idx.event_date,
            idx.max_severity,
            idx.findings_count,
            idx.evidence_count,
            key.label("sort_key"),
        ]
        query = self._filtered(f, columns, with_state=True)
        if f.despues:
            value, sid = _decode_cursor(f.despues, integer=f.orden == "severidad")
            pair, given = tuple_(key, idx.submission_id), tuple_(value, sid)
            query = query.where(pair < given if f.dir == "desc" else pair > given)
        with self.db.read() as conn:
            rows = conn.execute(query.order_by(*self._order(f)).limit(page + 1)).all()
            more = len(rows) > page
            rows = rows[:page]
            counted = self._filtered(
                f,
                [
                    idx.review_state,
                    idx.assignee_id.is_not(None).label("taken"),
                    idx.superseded,
                    func.count().label("n"),
                ],
                with_state=False,
            ).group_by(idx.review_state, idx.assignee_id.is_not(None), idx.superseded)
            counts = dict.fromkeys(STATES, 0)
            for r in conn.execute(counted).all():
                state = console_state(r.review_state, 1 if r.taken else None, bool(r.superseded))
                counts[state] += r.n
            extra = {
                r.id: r
                for r in conn.execute(
                    select(
                        sub.id,
                        sub.audit_id,
                        sub.audit_version,
                        obs.code.label("observer_code"),
                        obs.name.label("observer_name"),
                    )
                    .join(s.observers, obs.id == sub.observer_id)
                    .where(sub.id.in_([r.id for r in rows]))
                )
            }
            assignees = self._staff_names(conn, {r.assignee_id for r in rows if r.assignee_id})
        items = []
        for r in rows:
            more_of = extra[r.id]
            items.append(
                {
                    **r._asdict(),
                    "audit_id": more_of.audit_id,
                    "audit_version": more_of.audit_version,
                    "observer_code": more_of.observer_code,
                    "observer_name": more_of.observer_name,
                    "state": console_state(r.review_state, r.assignee_id, r.superseded),
                    "assignee": assignees.get(r.assignee_id),
                    "superseded": bool(r.superseded),
                }
            )
        cursor = _encode_cursor(rows[-1].sort_key, rows[-1].id) if more and rows else ""
        return {"items": items, "counts": counts, "next": cursor}

    @staticmethod
    def _staff_names(conn: Any, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        rows = conn.execute(select(s.staff.c.id, s.staff.c.name).where(s.staff.c.id.in_(ids)))
        return {r.id: r.name for r in rows}

    def inbox_choices(self) -> dict[str, list[str]]:
        """The values the inbox's selects offer (units, procedure types and checklists
        seen). Each is a scan of an index: computed at most once a minute per process (a
        unit first seen meanwhile is still found by the URL or the free text)."""
        cached = self.__dict__.get("_inbox_choices")
        if cached is not None and time.monotonic() - cached[0] < CHOICES_TTL:
            return cached[1]
        choices = self._read_choices()
        self.__dict__["_inbox_choices"] = (time.monotonic(), choices)
        return choices

    def _read_choices(self) -> dict[str, list[str]]:
        idx = s.submission_index.c
        with self.db.read() as conn:
            units = _values_seen(conn, idx.convening_unit, limit=500)
            types = _values_seen(conn, idx.procedure_type, limit=200)
            forms = conn.execute(select(idx.form_id).group_by(idx.form_id).order_by(idx.form_id))
            forms = [r[0] for r in forms]
        return {"units": units, "types": types, "forms": forms}

    # ------------------------------------------------------------ exports

    def export_submissions(self, f: InboxFilter) -> Iterator[dict[str, Any]]:
        """Every submission the filter shows (all pages), read in batches."""
        sub, idx, obs = s.submissions.c, s.submission_index.c, s.observers.c
        columns = [
            idx.submission_id.label("id"),
            idx.committed_at,
            idx.review_state,
            idx.assignee_id,
            idx.superseded,
            obs.code.label("observer_code"),
            idx.form_id,
            sub.form_version,
            sub.audit_version,
            idx.procedure_number,
            idx.convening_unit,
            idx.procedure_type,
            idx.title,
            idx.amount,
            idx.event_date,
            idx.place,
            idx.max_severity,
            idx.findings_count,
            idx.evidence_count,
        ]
        names = {3: "alta", 2: "media", 1: "baja", 0: ""}
        titles: dict[tuple[str, int], str] = {}  # misses too: a form gone is looked for once

        def form_title(form_id: str, version: int) -> str:
            if (form_id, version) not in titles:
                checklist = self._checklist(form_id, version)  # type: ignore[attr-defined]
                titles[form_id, version] = checklist.title.text("es") if checklist else form_id
            return titles[form_id, version]

        query = (
            self._filtered(f.first_page(), columns, with_state=True)
            .join(s.submissions, sub.id == idx.submission_id)
            .join(s.observers, obs.id == idx.observer_id)
            .order_by(*self._order(f))
        )
        with self.db.read() as conn:
            for r in conn.execution_options(yield_per=500).execute(query):
                row = r._asdict()
                row["state"] = STATES[console_state(r.review_state, r.assignee_id, r.superseded)]
                row["max_severity"] = names.get(r.max_severity, "")
                row["form_id"] = form_title(r.form_id, r.form_version)
                yield row

    def export_findings(self, f: InboxFilter) -> Iterator[dict[str, Any]]:
        """The findings of every submission the filter shows."""
        idx, obs, fi = s.submission_index.c, s.observers.c, s.findings.c
        columns = [
            fi.submission_id,
            idx.procedure_number,
            idx.convening_unit,
            obs.code.label("observer_code"),
            fi.severity,
            fi.rule_id,
            fi.question_id,
            fi.title,
            fi.description,
            fi.recommendation,
            fi.status,
        ]
        query = (
            self._filtered(f.first_page(), columns, with_state=True)
            .join(s.findings, fi.submission_id == idx.submission_id)
            .join(s.observers, obs.id == idx.observer_id)
            .order_by(*self._order(f), fi.finding_id)
        )
        with self.db.read() as conn:
            for r in conn.execution_options(yield_per=500).execute(query):
                row = r._asdict()
                row["status"] = FINDING_STATES.get(r.status, r.status)
                yield row
