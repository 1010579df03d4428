"""The laptop side of ``oic-server demo``: sample audits finalized, signed and delivered
to an OIC server through protocol v1, exactly as an observer's laptop does it.

``python -m observer_desktop.services.demo_delivery --folder F --server URL --code C
--name N`` reads the observer's password from its standard input and prints what it did
as JSON. The server starts it as a process of its own, as a real laptop would be: the
server never imports the laptop's app (the import contracts in pyproject.toml).

Observer ``DEMO-001`` gets the desktop demo (:mod:`.demo`), three of its drafts completed
and one finalized audit corrected in a version 2; any other code gets two audits of its
own. Every step looks at the folder first, so running again sends nothing twice. The
demo laptop has no keyring (nothing of it reaches this computer's keyring): its signing
key and saved session open with a fixed demo passphrase.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import InputError, ObserverError
from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.services.demo import DEMO_CODE, load_demo
from observer_desktop.services.evidence import add_evidence
from observer_desktop.services.reports import generate_report

__all__ = ["DEMO_PASSPHRASE", "deliver_demo", "main"]

DEMO_PASSPHRASE = "frase de paso de la demostración"  # noqa: S105 - a demo laptop's key

# Drafts of the desktop demo that the demo observer completes (by the number in their
# title): the answers still missing, and photos taken at the site (latitude, longitude).
COMPLETIONS: dict[str, dict[str, Any]] = {
    "OP-MCH-FISM-007-2026": {
        "answers": {
            "cantidades_coinciden": "no",
            "cantidades_detalle": "El tramo colado mide unos 220 m; la estimación 3 ya paga "
            "300 m de losa de concreto hidráulico.",
            "materiales_conformes": "si",
            "defectos_visibles": "menores",
            "calidad_detalle": "Fisuras superficiales en dos losas junto a la calle 20.",
            "pruebas_laboratorio": "no",
            "convenios_modificatorios": "no",
            "anticipo_amortizado": "si",
            "comite_contraloria_social": "no",
            "quejas_vecinos": "si",
            "quejas_detalle": "La calle está cerrada desde hace seis semanas y nadie les dice "
            "cuándo se reabre.",
            "acta_entrega_recepcion": "na",
            "observaciones_visita": "Avance físico menor al reportado; sin letrero de obra.",
        },
        "photos": [
            {
                "scene": "obra",
                "question": "cantidades_coinciden",
                "taken": "2026:11:18 08:42:10",
                "gps": (28.71218, -106.10771),
                "caption": "Tramo sin colar entre la calle 20 y la calle 22",
            },
            {
                "scene": "obra",
                "question": "fotografias_generales",
                "taken": "2026:11:18 09:05:33",
                "gps": (28.71164, -106.10702),
                "caption": "Frente de trabajo sin letrero de obra",
            },
        ],
    },
    "AD-MCH-SER-031-2026": {
        "answers": {
            "propuesta_extemporanea": "si",
            "indicios_colusion": "no",
            "fallo_en_fecha": "si",
            "contrato_coincide_fallo": "si",
            "garantia_cumplimiento": "si",
            "proveedor_riesgo": "no",
            "contratos_fraccionados": "no",
        },
        "notes": {
            "propuesta_extemporanea": "La cotización ganadora tiene sello de recepción del 29 "
            "de octubre; el plazo vencía el 28.",
        },
        "photos": [
            {
                "scene": "documento",
                "question": "propuesta_extemporanea",
                "taken": "2026:11:05 11:20:45",
                "gps": (28.64019, -106.08466),
                "caption": "Sello de recepción de la cotización ganadora (29 de octubre)",
            },
        ],
    },
    "Apertura rápida de empresas": {
        "answers": {"presupuesto_identificado": "no"},
        "notes": {
            "presupuesto_identificado": "El plan de acción no señala partida ni monto para el "
            "catálogo de giros.",
        },
    },
}

# The finalized audit the demo observer corrects in a version 2 (after sending version 1).
SECOND_VERSION = {
    "number": "LP-MCH-OP-009-2026",
    "answers": {
        "enlace_dictamen": "si",
        "observaciones_revision": "Segunda revisión, 30 de septiembre: la unidad corrigió el "
        "enlace al dictamen de evaluación; la información está completa y en formato abierto.",
    },
    "notes": {"enlace_dictamen": "Corregido por la Unidad de Transparencia el 30/09/2026."},
}

# Audits of any other demo observer.
OTHER_AUDITS: list[dict[str, Any]] = [
    {
        "form": "visita_obra_publica",
        "header": {
            "numero_contrato": "OP-MCH-FISM-015-2026",
            "nombre_obra": "Banquetas y rampas de accesibilidad en la calle Aldama",
            "ubicacion": "Calle Aldama entre Av. Independencia y calle 10a, Zona Centro",
            "latitud": 28.6368,
            "longitud": -106.0771,
            "contratista": "Urbanización y Accesos de Chihuahua, S.A. de C.V.",
            "monto_contratado": 2450000,
            "fecha_inicio_contrato": "2026-08-01",
            "fecha_fin_contrato": "2026-11-30",
            "residente_obra": "Arq. Sofía Márquez Loya",
            "origen_recursos": "federal",
            "fondo_programa": "FISM-DF (Ramo 33)",
            "fecha_visita": "2026-10-21",
        },
        "answers": {
            "expediente_disponible": "si",
            "letrero_obra": "si",
            "bitacora_al_dia": "no",
            "fecha_ultima_nota": "2026-09-30",
            "avance_fisico_observado": 45,
            "avance_fisico_reportado": 50,
            "avance_financiero_pagado": 60,
            "estado_programa": "en_tiempo",
            "cantidades_coinciden": "si",
            "materiales_conformes": "no",
            "defectos_visibles": "menores",
            "calidad_detalle": "Las rampas miden 1.20 m de ancho; el proyecto pide 1.50 m.",
            "pruebas_laboratorio": "si",
            "convenios_modificatorios": "no",
            "anticipo_amortizado": "si",
            "comite_contraloria_social": "si",
            "quejas_vecinos": "no",
            "acta_entrega_recepcion": "na",
            "observaciones_visita": "La bitácora no tiene notas desde el 30 de septiembre.",
        },
        "photos": [
            {
                "scene": "letrero",
                "question": "letrero_obra",
                "taken": "2026:10:21 10:02:17",
                "gps": (28.63691, -106.07725),
                "caption": "Letrero de obra en la esquina de Aldama e Independencia",
            },
            {
                "scene": "documento",
                "question": "bitacora_al_dia",
                "taken": "2026:10:21 09:48:52",
                "gps": (28.63702, -106.07737),
                "caption": "Bitácora de obra: la última nota es del 30 de septiembre",
            },
            {
                "scene": "rampa",
                "question": "materiales_conformes",
                "taken": "2026:10:21 10:15:48",
                "gps": (28.63642, -106.07688),
                "caption": "Rampa de 1.20 m de ancho (el proyecto pide 1.50 m)",
            },
            {
                "scene": "rampa",
                "question": "fotografias_generales",
                "taken": "2026:10:21 10:31:05",
                "gps": (28.63598, -106.07651),
                "caption": "Banqueta terminada frente a la calle 10a",
            },
        ],
    },
    {
        "form": "procedimiento_contratacion",
        "header": {
            "numero_procedimiento": "IR-MCH-ADQ-022-2026",
            "unidad_convocante": "Dirección de Recursos Materiales",
            "objeto_contratacion": "Equipo de cómputo para las bibliotecas municipales",
            "tipo_procedimiento": "invitacion_tres",
            "caracter": "nacional",
            "origen_recursos": "municipal",
            "monto_estimado": 890000,
            "evento_observado": "apertura_proposiciones",
            "fecha_evento": "2026-10-09",
            "lugar": "Sala de juntas de la Dirección de Recursos Materiales",
            "testigo_social": "no",
        },
        "answers": {
            "convocatoria_publicada": "si",
            "fecha_publicacion_convocatoria": "2026-10-01",
            "fecha_apertura_proposiciones": "2026-10-09",
            "especificaciones_dirigidas": "no",
            "investigacion_mercado_suficiencia": "si",
            "acta_junta_publicada": "si",
            "asistentes_junta": 2,
            "cambios_requisitos_fondo": "no",
            "numero_proposiciones": 1,
            "apertura_publica": "si",
            "propuesta_extemporanea": "no",
            "indicios_colusion": "no",
            "fallo_en_fecha": "si",
            "contrato_coincide_fallo": "si",
            "garantia_cumplimiento": "si",
            "proveedor_riesgo": "no",
            "contratos_fraccionados": "si",
            "supuesto_excepcion": "monto_dentro_de_limites",
            "dictamen_comite": "si",
        },
        "notes": {
            "contratos_fraccionados": "Es la tercera compra de equipo de cómputo al mismo "
            "proveedor desde agosto; juntas superan el monto de la licitación pública.",
        },
        "findings": [
            {
                "title": "Tres compras de equipo de cómputo al mismo proveedor en tres meses",
                "severity": "alta",
                "description": "Las invitaciones IR-MCH-ADQ-017, -019 y -022 suman 2.4 millones "
                "de pesos, por encima del umbral de la licitación pública.",
                "recommendation": "Revisar la planeación anual de adquisiciones de la unidad.",
            }
        ],
        "photos": [
            {
                "scene": "documento",
                "question": "numero_proposiciones",
                "taken": "2026:10:09 12:47:30",
                "gps": (28.63745, -106.07668),
                "caption": "Acta de apertura: una sola proposición recibida",
            },
            {
                "scene": "documento",
                "question": "contratos_fraccionados",
                "taken": "2026:10:09 13:05:12",
                "gps": (28.63745, -106.07668),
                "caption": "Pedidos de agosto y septiembre al mismo proveedor",
            },
        ],
    },
]


# ------------------------------------------------------------------ the audits


def _photo(path: Path, spec: dict[str, Any]) -> None:
    """A synthetic phone photo of the scene with its capture time and GPS position."""
    from PIL import Image, ImageDraw

    w, h = 1280, 960
    im = Image.new("RGB", (w, h), (120, 170, 220))
    draw = ImageDraw.Draw(im)
    if spec["scene"] == "documento":
        draw.rectangle((0, 0, w, h), fill=(96, 72, 52))  # a desk
        draw.rectangle((300, 80, 980, 900), fill=(246, 244, 236))
        for i in range(14):
            draw.rectangle((360, 150 + i * 46, 920 - (i % 4) * 70, 166 + i * 46), fill=(60, 60, 70))
        draw.ellipse((700, 700, 900, 860), outline=(150, 30, 60), width=10)  # the stamp
    else:
        draw.rectangle((0, h // 2, w, h), fill=(165, 160, 150))  # street
        draw.rectangle((0, h // 2 - 40, w, h // 2), fill=(200, 196, 188))  # curb
        if spec["scene"] == "letrero":
            draw.rectangle(
                (420, 170, 860, 430), fill=(245, 245, 240), outline=(120, 30, 40), width=10
            )
            for i in range(5):
                draw.rectangle(
                    (470, 220 + i * 40, 810 - (i % 2) * 80, 236 + i * 40), fill=(120, 30, 40)
                )
            draw.rectangle((625, 430, 655, 600), fill=(90, 90, 90))
        elif spec["scene"] == "rampa":
            draw.polygon([(380, 620), (900, 620), (1000, 900), (280, 900)], fill=(215, 210, 200))
            draw.line([(640, 620), (640, 900)], fill=(240, 200, 40), width=14)
        else:  # obra: unpoured section with formwork
            draw.rectangle((0, h // 2 + 60, w, h), fill=(150, 118, 84))
            for x in range(80, w, 180):
                draw.rectangle((x, h // 2 + 40, x + 110, h // 2 + 70), fill=(120, 90, 60))
    lat, lon = spec["gps"]
    exif = Image.Exif()
    exif[0x010F] = "Motorola"
    exif[0x0110] = "moto g32"
    exif[0x0132] = spec["taken"]
    exif[0x8825] = {
        1: "N" if lat >= 0 else "S",
        2: _dms(lat),
        3: "E" if lon >= 0 else "W",
        4: _dms(lon),
    }
    im.save(path, "JPEG", quality=82, exif=exif)


def _dms(degrees: float) -> tuple[float, float, float]:
    value = abs(degrees)
    d = int(value)
    m = int((value - d) * 60)
    return float(d), float(m), round((value - d - m / 60) * 3600, 2)


def _attach(app: Observador, audit_id: str, photos: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory(prefix="observador-demo-") as tmp:
        for spec in photos:
            stamp = spec["taken"].replace(":", "").replace(" ", "_")
            path = Path(tmp) / f"IMG_{stamp}.jpg"  # as a phone names it
            _photo(path, spec)
            add_evidence(
                app, audit_id, [path], question_id=spec["question"], caption=spec["caption"]
            )


def _fill(app: Observador, audit_id: str, spec: dict[str, Any]) -> None:
    notes = spec.get("notes", {})
    for qid, value in spec["answers"].items():
        if qid in notes:
            app.set_answer(audit_id, qid, value, note=notes[qid])
        else:
            app.set_answer(audit_id, qid, value)
    titles = {f["title"] for f in app.findings(audit_id)}
    for finding in spec.get("findings", []):
        if finding["title"] not in titles:  # a run cut short may have added it already
            app.add_finding(audit_id, **finding)
    if spec.get("photos"):
        _attach(app, audit_id, spec["photos"])


def _latest(app: Observador, key: str) -> dict[str, Any] | None:
    """The latest version of the audit whose title holds ``key``."""
    for audit in app.list_audits(include_superseded=False, sort="created"):
        if key in (audit.get("title") or ""):
            return audit
    return None


def _prepare_demo_observer(app: Observador) -> list[str]:
    """The desktop demo, with the drafts of :data:`COMPLETIONS` completed and finalized."""
    load_demo(app)
    finalized = []
    for key, spec in COMPLETIONS.items():
        audit = _latest(app, key)
        if audit is None or audit["status"] != "draft":
            continue
        _fill(app, audit["id"], spec)
        app.finalize(audit["id"])
        finalized.append(audit["id"])
    return finalized


def _prepare_other_observer(app: Observador, code: str, name: str) -> list[str]:
    """The audits of :data:`OTHER_AUDITS`, finalized (those missing or still drafts)."""
    if app.profile() is None:
        app.save_profile(name=name, observer_code=code, municipality="Chihuahua")
    finalized = []
    for spec in OTHER_AUDITS:
        number = next(iter(spec["header"].values()))
        audit = _latest(app, number)
        if audit is None:
            audit = app.create_audit(spec["form"], header=spec["header"])
        elif audit["status"] != "draft":
            continue
        _fill(app, audit["id"], spec)
        app.finalize(audit["id"])
        finalized.append(audit["id"])
    return finalized


def _second_version(app: Observador) -> str | None:
    """Version 2 of :data:`SECOND_VERSION`'s audit, once version 1 reached the OIC."""
    audit = _latest(app, SECOND_VERSION["number"])
    if audit is None:
        return None
    if audit["version"] == 1:
        if audit["status"] != "delivered":
            return None
        audit = app.new_version(audit["id"])
    elif audit["status"] != "draft":  # done already (a draft: a run cut short)
        return None
    _fill(app, audit["id"], SECOND_VERSION)
    app.finalize(audit["id"])
    return audit["id"]


# ------------------------------------------------------------------ delivery


def _sign_finalized(app: Observador) -> list[str]:
    """Sign the report of every finalized audit not yet signed (after login: with the
    OIC's certificate), as ``observer report`` does; sync then queues the signed ones."""
    signed = []
    for audit in app.list_audits(status="finalized", include_superseded=False, sort="created"):
        generate_report(app, audit["id"], ask=None)
        signed.append(audit["id"])
    return signed


def _sync(app: Observador, options: sync.SyncOptions) -> sync.SyncResult:
    result = sync.sync_now(app, options=options)
    if not result.ok:
        reasons = [result.error or ""] + [f"{p['title']}: {p['error']}" for p in result.pending]
        raise InputError("No se entregó todo al OIC: " + "; ".join(r for r in reasons if r))
    return result


def deliver_demo(
    folder: Path, *, server: str, code: str, name: str, password: str
) -> dict[str, Any]:
    """Make the sample audits of ``code`` in ``folder`` and deliver them to ``server``."""
    options = sync.SyncOptions(device="demostración", fetch_forms=False)
    app = Observador(folder)
    try:
        if code == DEMO_CODE:
            finalized = _prepare_demo_observer(app)
        else:
            finalized = _prepare_other_observer(app, code, name)
        login = sync.login(app, server=server, code=code, password=password, options=options)
        if not login.enrolled:
            raise InputError(f"No se obtuvo el certificado del OIC: {login.enroll_error}")
        signed = _sign_finalized(app)
        delivered = _sync(app, options).delivered
        second = _second_version(app) if code == DEMO_CODE else None
        if second is not None:
            finalized.append(second)
            signed += _sign_finalized(app)
            delivered += _sync(app, options).delivered
        sync.logout(app, options=options)
        return {
            "code": code,
            "folder": str(folder),
            "audits": len(app.list_audits()),
            "finalized": finalized,
            "signed": signed,
            "delivered": [
                {"audit": d["audit"], "title": d["title"], "version": d.get("audit_version")}
                for d in delivered
            ],
            "second_version": second,
        }
    finally:
        app.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m observer_desktop.services.demo_delivery",
        description="Laptop de demostración: entrega auditorías de ejemplo a un servidor del "
        "OIC (la contraseña del observador llega por la entrada estándar).",
    )
    parser.add_argument("--folder", required=True, help="carpeta de datos de la laptop")
    parser.add_argument("--server", required=True, help="dirección del servidor del OIC")
    parser.add_argument("--code", required=True, help="código del observador")
    parser.add_argument("--name", required=True, help="nombre del observador")
    args = parser.parse_args(argv)
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # demo secrets never reach this computer's keyring
    os.environ["OBSERVER_PASSPHRASE"] = DEMO_PASSPHRASE
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        result = deliver_demo(
            Path(args.folder), server=args.server, code=args.code, name=args.name, password=password
        )
    except ObserverError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception:
        traceback.print_exc()
        return 3
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
