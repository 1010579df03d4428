"""A data folder like a busy observer's, for the store and window benches.

Used by bench_store.py and bench_ui.py (run from the repository root, so
``bench/`` is on ``sys.path`` as the script's own folder).

Audits are created through the service (their header, title and search text
are the app's own); a share of them is then moved to the later statuses with
one UPDATE, since finalizing, signing and sending 10,000 audits through the
services would take minutes and the list only reads the column. Evidence rows
are inserted as the store records them, without files (the list and the start
only count them).
"""

from __future__ import annotations

import random
import uuid
from typing import Any

UNITS = [
    "Dirección de Obras Públicas",
    "Dirección de Recursos Materiales",
    "Dirección de Alumbrado Público",
    "Secretaría de Seguridad Pública",
    "DIF Municipal",
]
OBJECTS = [
    "uniformes",
    "luminarias",
    "pavimentación",
    "patrullas",
    "medicamentos",
    "papelería",
    "mantenimiento de parques",
    "combustible",
    "equipo de cómputo",
    "techumbre",
]
TYPES = ["licitacion_publica", "invitacion_tres", "adjudicacion_directa"]
# (status, share of the audits): most in progress, some at each later step
STATUS_SHARES = [
    ("finalized", 0.10),
    ("signed", 0.05),
    ("queued", 0.03),
    ("delivered", 0.20),
    ("approved", 0.10),
    ("returned", 0.02),
]
BATCH = 500


def create_audits(app: Any, count: int, *, seed: int = 7) -> list[str]:
    """``count`` procurement audits with varied units, objects, types and dates."""
    rng = random.Random(seed)
    ids: list[str] = []
    for start in range(0, count, BATCH):
        with app.database.transaction():  # one commit per batch keeps set-up fast
            for i in range(start, min(start + BATCH, count)):
                audit = app.create_audit(
                    "procedimiento_contratacion",
                    header={
                        "numero_procedimiento": f"LP-MCH-{i:05d}-2026",
                        "unidad_convocante": rng.choice(UNITS),
                        "objeto_contratacion": f"Adquisición de {rng.choice(OBJECTS)} lote {i}",
                        "tipo_procedimiento": rng.choice(TYPES),
                        "fecha_evento": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    },
                )
                ids.append(audit["id"])
    spread_statuses(app, ids, seed=seed)
    return ids


def spread_statuses(app: Any, ids: list[str], *, seed: int = 7) -> dict[str, int]:
    """Move a fixed share of ``ids`` to each later status; returns the count per status."""
    rng = random.Random(seed)
    shuffled = list(ids)
    rng.shuffle(shuffled)
    counts: dict[str, int] = {}
    at = 0
    with app.database.transaction() as conn:
        for status, share in STATUS_SHARES:
            chosen = shuffled[at : at + round(share * len(ids))]
            at += len(chosen)
            conn.executemany(
                "UPDATE audits SET status = ? WHERE id = ?", [(status, a) for a in chosen]
            )
            counts[status] = len(chosen)
    counts["draft"] = len(ids) - at
    return counts


def add_evidence_rows(app: Any, audit_ids: list[str], count: int, *, stamp: str) -> None:
    """``count`` evidence rows spread over the audits (rows only: no files in the store)."""
    for start in range(0, count, 5000):
        with app.database.transaction():
            for n in range(start, min(start + 5000, count)):
                app.store.insert_evidence(
                    {
                        "id": str(uuid.uuid4()),
                        "audit_id": audit_ids[n % len(audit_ids)],
                        "sha256": f"{n:064x}",
                        "size": 4_000_000,
                        "mime": "image/jpeg",
                        "original_name": f"IMG_{n:06d}.jpg",
                        "caption": "",
                        "captured_at": None,
                        "imported_at": stamp,
                        "gps_lat": None,
                        "gps_lon": None,
                        "metadata": {"kind": "image", "thumbnail": False},
                    }
                )
