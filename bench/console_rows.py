"""Synthetic committed submissions for bench_console.py: observers, staff, submissions,
their index rows and findings, written by bulk INSERTs (100,000 signed PDFs through the
protocol would take hours). The variety is a municipality's: 60 observers, 40 convening
units, four checklists, six procedure types, three years of events, mixed review states."""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid

FORMS = [
    "procedimiento_contratacion",
    "transparencia_contratacion",
    "visita_obra_publica",
    "seguimiento_gobierno_abierto",
]
TYPES = [
    "licitacion publica",
    "invitacion a cuando menos tres personas",
    "adjudicacion directa",
    "obra publica",
    "servicios relacionados con la obra",
    "arrendamiento",
]
_DEPENDENCIES = [
    "Secretaría de Obras Públicas",
    "Junta Municipal de Agua y Saneamiento",
    "Dirección de Adquisiciones",
    "Secretaría de Salud",
    "Instituto de la Vivienda",
    "Dirección de Desarrollo Urbano",
    "Secretaría de Educación",
    "Comisión Estatal de Caminos",
    "Oficialía Mayor",
    "Instituto del Deporte",
]
_PLACES = ["Chihuahua", "Juárez", "Delicias", "Cuauhtémoc"]
UNITS = [f"{d} de {p}" for d in _DEPENDENCIES for p in _PLACES]  # 40
FINDINGS = [
    ("Convocatoria publicada fuera de plazo", "La convocatoria apareció después de la fecha"),
    ("Posible sobreprecio en partidas", "Los precios unitarios superan los de mercado"),
    ("Falta el acta de junta de aclaraciones", "No se puso a disposición el acta"),
    ("Proveedor sin registro vigente", "El proveedor adjudicado no figura en el padrón"),
    ("Obra con avance menor al reportado", "El avance físico observado es menor"),
    ("Fraccionamiento de la compra", "Compras del mismo bien divididas bajo el umbral"),
    ("Testigo social ausente", "El monto exigía testigo social y no lo hubo"),
    ("Fallo sin motivación suficiente", "El fallo no explica por qué se descalificó"),
    ("Bitácora de obra incompleta", "Faltan notas de bitácora de varias semanas"),
    ("Garantía de cumplimiento no entregada", "No consta la fianza de cumplimiento"),
    ("Señalización de seguridad deficiente", "La obra no tiene señalización para peatones"),
    ("Información pública desactualizada", "El portal no muestra el contrato firmado"),
]
TITLES = [
    "Construcción de pavimento hidráulico en la colonia {n}",
    "Adquisición de medicamentos para el hospital {n}",
    "Rehabilitación de la red de agua potable, sector {n}",
    "Servicio de limpieza de oficinas, lote {n}",
    "Compra de uniformes escolares, ciclo {n}",
    "Mantenimiento de alumbrado público, zona {n}",
    "Arrendamiento de vehículos para inspección, paquete {n}",
]
FIRST = ["Ana", "Luis", "María", "José", "Carmen", "Jorge", "Rosa", "Pedro", "Lucía", "Raúl"]
LAST = ["López", "Hernández", "García", "Martínez", "Ramírez", "Torres", "Flores", "Ruiz"]
SEVERITIES = ["alta", "media", "baja"]


def fill(server: object, count: int, seed: int = 15) -> dict:
    """``count`` committed submissions with their index and findings rows, in bulk."""
    from sqlalchemy import select, text

    from observer_desktop.core.text import fold
    from oic_server import schema as s

    rng = random.Random(seed)
    now = "2026-01-05T12:00:00Z"
    t0 = time.monotonic()
    engine = server.db.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(
            s.observers.insert(),
            [
                {
                    "code": f"OBS-{i:03d}",
                    "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",
                    "password_hash": "x",  # never logs in
                    "created_at": now,
                }
                for i in range(1, 61)
            ],
        )
        conn.execute(
            s.staff.insert(),
            [
                {
                    "code": f"REV-{i:02d}",
                    "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    "role": "revisor",
                    "password_hash": "x",
                    "must_change_password": False,
                    "created_at": now,
                }
                for i in range(1, 7)
            ],
        )
        observer_ids = [r[0] for r in conn.execute(select(s.observers.c.id))]
        staff_ids = [r[0] for r in conn.execute(select(s.staff.c.id))]
    start = dt.date(2023, 1, 1)
    batch = 5000
    findings_total = 0
    for first in range(0, count, batch):
        subs, idx, finds = [], [], []
        for n in range(first, min(count, first + batch)):
            sid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            day = start + dt.timedelta(days=rng.randrange(3 * 365))
            committed = dt.datetime.combine(
                day + dt.timedelta(days=rng.randrange(1, 30)), dt.time()
            ) + dt.timedelta(seconds=rng.randrange(86400))
            committed_at = committed.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            roll = rng.random()
            state = "received" if roll < 0.55 else "returned" if roll < 0.7 else "approved"
            assignee = rng.choice(staff_ids) if state == "received" and rng.random() < 0.3 else None
            form = rng.choice(FORMS)
            unit = rng.choice(UNITS)
            kind = rng.choice(TYPES)
            number = f"{rng.choice(['LP', 'IR', 'AD', 'OP'])}-{day.year}-{n:06d}"
            title = rng.choice(TITLES).format(n=rng.randrange(1, 400))
            hexes = [f"{rng.getrandbits(256):064x}" for _ in range(3)]
            subs.append(
                {
                    "id": sid,
                    "observer_id": rng.choice(observer_ids),
                    "manifest_sha256": hexes[0],
                    "manifest": "{}",
                    "audit_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "audit_version": 1 if rng.random() < 0.9 else 2,
                    "form_id": form,
                    "form_version": 1,
                    "audit_sha256": hexes[1],
                    "report_sha256": hexes[2],
                    "state": "committed",
                    "source": "api",
                    "created_at": committed_at,
                    "committed_at": committed_at,
                    "receipt": "{}",
                    "review_state": state,
                    "review_at": committed_at if state != "received" else None,
                    "assignee_id": assignee,
                    "assigned_at": committed_at if assignee else None,
                }
            )
            live = []
            for k in range(rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5])):
                ftitle, desc = rng.choice(FINDINGS)
                severity = rng.choices(SEVERITIES, weights=[2, 5, 4])[0]
                live.append((ftitle, desc, severity))
                finds.append(
                    {
                        "submission_id": sid,
                        "finding_id": f"f{k + 1}",
                        "source": "rule" if k % 2 else "observer",
                        "rule_id": f"regla_{k}" if k % 2 else None,
                        "question_id": "publicada",
                        "item": None,
                        "severity": severity,
                        "title": ftitle,
                        "description": desc,
                        "recommendation": "Solicitar la aclaración a la unidad convocante.",
                        "status": "open",
                    }
                )
            findings_total += len(live)
            rank = {"alta": 3, "media": 2, "baja": 1}
            idx.append(
                {
                    "submission_id": sid,
                    "observer_id": subs[-1]["observer_id"],
                    "form_id": form,
                    "supersedes": None,
                    "procedure_number": number,
                    "convening_unit": unit,
                    "procedure_type": kind,
                    "title": title,
                    "amount": round(rng.uniform(5e4, 5e7), 2),
                    "event_date": day.isoformat() if rng.random() > 0.02 else "",
                    "place": rng.choice(_PLACES),
                    "gps_lat": None,
                    "gps_lon": None,
                    "max_severity": max((rank[x[2]] for x in live), default=0),
                    "findings_count": len(live),
                    "evidence_count": rng.randrange(0, 12),
                    "search_text": fold(
                        " ".join([number, title, unit] + [f"{t} {d}" for t, d, _ in live])
                    ),
                    "verification": "{}",
                    "indexed_at": committed_at,
                    "committed_at": committed_at,  # the inbox's copies of submissions'
                    "review_state": state,
                    "assignee_id": assignee,
                }
            )
        with engine.begin() as conn:
            conn.execute(s.submissions.insert(), subs)
            conn.execute(s.submission_index.insert(), idx)
            if finds:
                conn.execute(s.findings.insert(), finds)
    with engine.begin() as conn:  # as autovacuum (or sqlite's optimize) would in a day
        conn.execute(text("ANALYZE"))
    return {
        "how": "bulk INSERTs into observers, staff, submissions, submission_index, findings "
        "(SQLAlchemy executemany, 5,000 per transaction), then ANALYZE; not through the "
        "protocol",
        "submissions": count,
        "findings_rows": findings_total,
        "observers": 60,
        "convening_units": len(UNITS),
        "forms": len(FORMS),
        "procedure_types": len(TYPES),
        "event_dates": "2023-01-01 to 2025-12-31 (2 % empty)",
        "review_states": "55 % received (30 % of them taken), 15 % returned, 30 % approved",
        "seconds": round(time.monotonic() - t0, 1),
    }
