"""What arrives, read into rows: the audit JSON of a committed submission becomes its
process header, findings and evidence metadata, so the console filters in SQL and
never parses JSON per row (DESIGN.md §9).

The header's fields are named by each checklist (``forms/*.yaml``); the console asks
the same questions of all of them (procedure number, convening unit, type, amount,
event date, place, GPS), so each is read from the first header field a checklist
has among its candidates below. A checklist with other names adds them here.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
from typing import Any

from sqlalchemy import Connection, delete, select, update

from observer_desktop.core.canonical import canonical_json
from observer_desktop.core.text import fold
from oic_server import schema as s
from oic_server.db import insert_ignore
from oic_server.schema import now_iso

__all__ = [
    "DESCRIPTION_LIMIT",
    "HEADER_FIELDS",
    "SEVERITY_RANK",
    "audit_rows",
    "index_submission",
    "is_image",
    "missing_index",
    "parse_document",
    "verification_after_the_fact",
]

log = logging.getLogger(__name__)

HEADER_FIELDS: dict[str, tuple[str, ...]] = {
    "procedure_number": ("numero_procedimiento", "numero_contrato", "numero_compromiso", "numero"),
    "convening_unit": ("unidad_convocante", "institucion_responsable", "dependencia"),
    "procedure_type": ("tipo_procedimiento", "materia", "evento_observado", "tipo"),
    "title": ("objeto_contratacion", "nombre_obra", "nombre_compromiso"),
    "amount": ("monto_adjudicado", "monto_contratado", "monto_estimado"),
    "event_date": ("fecha_evento", "fecha_visita", "fecha_revision", "fecha_inicio"),
    "place": ("lugar", "ubicacion"),
    "gps_lat": ("latitud",),
    "gps_lon": ("longitud",),
}
SEVERITY_RANK = {"baja": 1, "media": 2, "alta": 3}
IMAGE_MIMES = frozenset({"image/jpeg", "image/png", "image/heic", "image/heif", "image/webp"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TEXT_MAX = 2000  # an index column; the full text stays in the stored audit JSON
_SEARCH_MAX = 20000
DESCRIPTION_LIMIT = 20000  # a finding's text kept in the index (the page says when it is cut)


def is_image(mime: str) -> bool:
    return mime in IMAGE_MIMES


def _text(value: Any, limit: int = _TEXT_MAX) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()[:limit]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and abs(number) < 1e18 else None  # no NaN, no inf


def _date(value: Any) -> str:
    text = _text(value, 40)
    if _DATE.fullmatch(text[:10]):
        try:
            _dt.date.fromisoformat(text[:10])
        except ValueError:
            return ""
        return text[:10]
    return ""


def _coordinate(value: Any, bound: float) -> float | None:
    number = _number(value)
    return number if number is not None and -bound <= number <= bound else None


def _first(header: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = header.get(name)
        if value not in (None, "", []):
            return value
    return None


def _choice_label(value: Any) -> str:
    """Choice answers are stored as their ids (``licitacion_publica``): shown readable."""
    text = _text(value)
    return text.replace("_", " ") if re.fullmatch(r"[a-z0-9_]+", text) else text


def audit_rows(
    submission_id: str,
    observer_id: int,
    document: dict[str, Any],
    verification: dict[str, Any],
    *,
    committed_at: str,
    review_state: str = "received",
    assignee_id: int | None = None,
    option_labels: dict[str, dict[str, str]] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The index row, finding rows and evidence rows of one audit document (checked
    already by content.check_audit_json; anything odd in it becomes empty, never an
    error: the submission was accepted)."""
    audit = document.get("audit") or {}
    header = audit.get("header") if isinstance(audit.get("header"), dict) else {}
    get = {key: _first(header, names) for key, names in HEADER_FIELDS.items()}
    labels = option_labels or {}
    kind_field = next((n for n in HEADER_FIELDS["procedure_type"] if header.get(n)), None)
    kind = get["procedure_type"]
    if kind_field and isinstance(kind, str) and kind in labels.get(kind_field, {}):
        kind = labels[kind_field][kind]  # the checklist's own words for the option
    lat, lon = _coordinate(get["gps_lat"], 90), _coordinate(get["gps_lon"], 180)
    findings = []
    seen_findings: set[str] = set()
    for f in document.get("findings") or []:
        if not isinstance(f, dict) or not f.get("id"):
            continue
        if _text(f.get("id"), 64) in seen_findings:  # ids are the laptop's: never trusted
            continue
        seen_findings.add(_text(f.get("id"), 64))
        item = f.get("item")
        item = item if isinstance(item, int) and not isinstance(item, bool) else None
        item = item if item is not None and 0 <= item < 10_000 else None
        findings.append(
            {
                "submission_id": submission_id,
                "finding_id": _text(f.get("id"), 64),
                "source": _text(f.get("source"), 32),
                "rule_id": _text(f.get("rule_id"), 200) or None,
                "question_id": _text(f.get("question_id"), 200) or None,
                "item": item,
                "severity": _text(f.get("severity"), 16),
                "title": _text(f.get("title")),
                "description": _text(f.get("description"), DESCRIPTION_LIMIT),
                "recommendation": _text(f.get("recommendation"), DESCRIPTION_LIMIT),
                "status": _text(f.get("status"), 32),
            }
        )
    live = [f for f in findings if f["status"] != "withdrawn"]
    evidence = []
    seen_evidence: set[str] = set()
    for e in document.get("evidence") or []:
        if not isinstance(e, dict) or not e.get("id") or _text(e.get("id"), 64) in seen_evidence:
            continue
        seen_evidence.add(_text(e.get("id"), 64))
        gps = e.get("gps") if isinstance(e.get("gps"), list) and len(e["gps"]) == 2 else None
        evidence.append(
            {
                "submission_id": submission_id,
                "evidence_id": _text(e.get("id"), 64),
                "sha256": _text(e.get("sha256"), 64),
                "mime": _text(e.get("mime"), 100),
                "size": e["size"] if isinstance(e.get("size"), int) else 0,
                "original_name": _text(e.get("original_name"), 500),
                "caption": _text(e.get("caption")),
                "captured_at": _text(e.get("captured_at"), 40) or None,
                "gps_lat": _coordinate(gps[0], 90) if gps else None,
                "gps_lon": _coordinate(gps[1], 180) if gps else None,
                "links": canonical_json(
                    [
                        {k: link.get(k) for k in ("question", "item", "finding")}
                        for link in e.get("links") or []
                        if isinstance(link, dict)
                    ]
                ).decode("utf-8"),
            }
        )
    number, title = _text(get["procedure_number"], 200), _text(get["title"])
    search = " ".join(
        [number, title, _text(get["convening_unit"])]
        + [f"{f['title']} {f['description']} {f['rule_id'] or ''}" for f in live]
    )
    row = {
        "submission_id": submission_id,
        "observer_id": observer_id,
        "form_id": _text((audit.get("form") or {}).get("id"), 200),
        "supersedes": _text(audit.get("supersedes"), 64) or None,
        "procedure_number": number,
        "convening_unit": _text(get["convening_unit"], 300),
        "procedure_type": _choice_label(kind)[:200],
        "title": title,
        "amount": _number(get["amount"]),
        "event_date": _date(get["event_date"]),
        "place": _text(get["place"], 500),
        "gps_lat": lat if lon is not None else None,
        "gps_lon": lon if lat is not None else None,
        "max_severity": max((SEVERITY_RANK.get(f["severity"], 0) for f in live), default=0),
        "findings_count": len(live),
        "evidence_count": len(evidence),
        "search_text": fold(search)[:_SEARCH_MAX],
        "verification": canonical_json(verification).decode("utf-8"),
        "indexed_at": now_iso(),
        "committed_at": committed_at,
        "review_state": review_state,
        "assignee_id": assignee_id,
    }
    return row, findings, evidence


def index_submission(
    conn: Connection,
    submission_id: str,
    observer_id: int,
    document: dict[str, Any],
    verification: dict[str, Any],
    **state: Any,
) -> None:
    """Write (or rewrite) one submission's index rows, and queue its photos' thumbnails.
    ``state``: the submission's ``committed_at``, ``review_state`` and ``assignee_id``."""
    row, findings, evidence = audit_rows(
        submission_id, observer_id, document, verification, **state
    )
    for table in (s.findings, s.evidence, s.submission_index):
        conn.execute(delete(table).where(table.c.submission_id == submission_id))
    audit_id = conn.execute(
        select(s.submissions.c.audit_id).where(s.submissions.c.id == submission_id)
    ).scalar()
    newer = conn.execute(  # a version of this audit already here (indexed out of order)
        select(s.submission_index.c.submission_id)
        .where(
            s.submission_index.c.observer_id == observer_id,
            s.submission_index.c.supersedes == audit_id,
        )
        .limit(1)
    ).first()
    conn.execute(s.submission_index.insert().values(**row, superseded=newer is not None))
    if row["supersedes"]:  # this version replaces the observer's earlier ones
        older = select(s.submissions.c.id).where(
            s.submissions.c.observer_id == observer_id,
            s.submissions.c.audit_id == row["supersedes"],
        )
        conn.execute(
            update(s.submission_index)
            .where(s.submission_index.c.submission_id.in_(older))
            .values(superseded=True)
        )
    if findings:
        conn.execute(s.findings.insert(), findings)
    if evidence:
        conn.execute(s.evidence.insert(), evidence)
        photos = sorted({e["sha256"] for e in evidence if is_image(e["mime"])})
        if photos:
            insert_ignore(
                conn,
                s.thumbnails,
                ({"sha256": sha, "state": "pending", "updated_at": now_iso()} for sha in photos),
            )


def missing_index(conn: Connection, limit: int = 500) -> list[Any]:
    """Committed submissions with no index row yet (stored before schema v5)."""
    return conn.execute(
        select(
            s.submissions.c.id,
            s.submissions.c.observer_id,
            s.submissions.c.audit_sha256,
            s.submissions.c.signer_fingerprint,
            s.submissions.c.committed_at,
            s.submissions.c.review_state,
            s.submissions.c.assignee_id,
            s.submissions.c.form_id,
            s.submissions.c.form_version,
        )
        .outerjoin(s.submission_index, s.submission_index.c.submission_id == s.submissions.c.id)
        .where(s.submissions.c.state == "committed", s.submission_index.c.submission_id.is_(None))
        .order_by(s.submissions.c.committed_at)
        .limit(limit)
    ).all()


def verification_after_the_fact(row: Any) -> dict[str, Any]:
    """What is known of a submission committed before the checks were recorded: every
    check passed, or the commit would have been refused; when is not known."""
    return {
        "signature": True,
        "certificate_of_observer": True,
        "content_agrees": True,
        "signer_fingerprint": row.signer_fingerprint,
        "signed_at": None,
        "custody": None,
        "checked_at": row.committed_at,
        "recorded": "migration",
    }


def parse_document(data: bytes) -> dict[str, Any] | None:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None
