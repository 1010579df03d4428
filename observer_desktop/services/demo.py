"""Sample data for ``make run`` and demonstrations: realistic audits in Spanish.

Every value goes through the normal services, so the sample data is exactly
what an observer would produce (custody log, red flags and all). The process
numbers and names are invented.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador
from observer_desktop.services.sessions import add_session

__all__ = ["DEMO_AUDITS", "DEMO_CODE", "load_demo"]

DEMO_CODE = "DEMO-001"

DEMO_AUDITS: list[dict[str, Any]] = [
    {
        "form": "procedimiento_contratacion",
        "header": {
            "numero_procedimiento": "LP-MCH-ADQ-014-2026",
            "unidad_convocante": "Dirección de Recursos Materiales",
            "objeto_contratacion": "Adquisición de uniformes para la Secretaría de Seguridad Pública",
            "tipo_procedimiento": "licitacion_publica",
            "caracter": "nacional",
            "origen_recursos": "municipal",
            "monto_estimado": 4850000,
            "evento_observado": "apertura_proposiciones",
            "fecha_evento": "2026-10-14",
            "lugar": "Sala de juntas del Comité de Adquisiciones, Presidencia Municipal",
            "testigo_social": "no",
        },
        "answers": {
            "convocatoria_publicada": "si",
            "fecha_publicacion_convocatoria": "2026-10-02",
            "fecha_apertura_proposiciones": "2026-10-14",
            "especificaciones_dirigidas": "no",
            "investigacion_mercado_suficiencia": "si",
            "acta_junta_publicada": "si",
            "asistentes_junta": 3,
            "cambios_requisitos_fondo": "no",
            "numero_proposiciones": 2,
            "apertura_publica": "si",
            "propuesta_extemporanea": "no",
            "indicios_colusion": "no",
        },
        "notes": {
            "numero_proposiciones": "Se presentaron dos proposiciones; una tercera empresa retiró "
            "su participación después de la junta de aclaraciones.",
        },
    },
    {
        "form": "procedimiento_contratacion",
        "header": {
            "numero_procedimiento": "AD-MCH-SER-031-2026",
            "unidad_convocante": "Dirección de Alumbrado Público",
            "objeto_contratacion": "Mantenimiento correctivo de luminarias en el sector poniente",
            "tipo_procedimiento": "adjudicacion_directa",
            "caracter": "nacional",
            "origen_recursos": "estatal",
            "monto_estimado": 1280000,
            "evento_observado": "fallo",
            "fecha_evento": "2026-11-05",
            "lugar": "Oficinas de la Dirección de Alumbrado Público",
            "testigo_social": "no",
        },
        "answers": {
            "especificaciones_dirigidas": "si",
            "especificaciones_detalle": "Se exige una marca específica de luminaria LED sin "
            "admitir equivalentes.",
            "investigacion_mercado_suficiencia": "si",
            "supuesto_excepcion": "monto_dentro_de_limites",
            "dictamen_comite": "si",
        },
        "findings": [
            {
                "title": "La cotización ganadora llegó un día después del plazo de invitación",
                "severity": "media",
                "description": "El sello de recepción de la cotización del proveedor adjudicado "
                "tiene fecha del 29 de octubre; el plazo vencía el 28.",
                "recommendation": "Solicitar a la unidad la aclaración por escrito y anexarla al "
                "expediente.",
            }
        ],
    },
    {
        "form": "visita_obra_publica",
        "header": {
            "numero_contrato": "OP-MCH-FISM-007-2026",
            "nombre_obra": "Pavimentación con concreto hidráulico de la calle Libertad",
            "ubicacion": "Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento",
            "latitud": 28.7121,
            "longitud": -106.1077,
            "contratista": "Construcciones y Pavimentos del Norte, S.A. de C.V.",
            "monto_contratado": 6735400.50,
            "fecha_inicio_contrato": "2026-07-01",
            "fecha_fin_contrato": "2026-10-31",
            "residente_obra": "Ing. Laura Chávez Domínguez",
            "origen_recursos": "federal",
            "fondo_programa": "FISM-DF (Ramo 33)",
            "fecha_visita": "2026-11-18",
        },
        "answers": {
            "expediente_disponible": "si",
            "letrero_obra": "no",
            "bitacora_al_dia": "si",
            "fecha_ultima_nota": "2026-11-15",
            "avance_fisico_observado": 55,
            "avance_fisico_reportado": 70,
            "avance_financiero_pagado": 68,
            "estado_programa": "atrasada",
        },
        "notes": {
            "letrero_obra": "No se encontró letrero en ninguno de los dos frentes de trabajo.",
            "avance_fisico_observado": "Falta colar aproximadamente 180 m de los 400 m del tramo.",
        },
    },
    {
        "form": "transparencia_contratacion",
        "header": {
            "numero_procedimiento": "LP-MCH-OP-009-2026",
            "numero_contrato": "CONT-OP-009-2026",
            "unidad_convocante": "Dirección de Obras Públicas",
            "objeto_contratacion": "Rehabilitación del parque Los Nogales",
            "materia": "obra_publica",
            "tipo_procedimiento": "licitacion_publica",
            "proveedor": "Urbanizadora Sierra Madre, S.A. de C.V.",
            "monto_contratado": 3120000,
            "fecha_inicio_contrato": "2026-05-04",
            "ejercicio": 2026,
            "trimestre": "t2",
            "fecha_revision": "2026-09-22",
            "url_portal": "https://www.municipiochihuahua.gob.mx/transparencia",
        },
        "answers": {
            "contrato_en_sipot": "si",
            "url_registro_sipot": "https://www.plataformadetransparencia.org.mx/",
            "fecha_publicacion_sipot": "2026-07-28",
            "enlace_convocatoria": "si",
            "enlace_fallo": "si",
            "enlace_dictamen": "no",
            "lista_asistentes_publicada": "si",
            "motivos_seleccion_publicados": "si",
            "version_publica_contrato": "si",
            "partida_origen_publicados": "si",
            "avance_obra_publicado": "si",
            "recepcion_obra_publicada": "na",
            "finiquito_publicado": "na",
            "mecanismos_vigilancia": ["contraloria_social", "oic"],
            "padron_proveedores_publicado": "si",
            "listado_obras_publicado": "si",
            "formato_datos": "abierto",
            "observaciones_revision": "El enlace al dictamen de evaluación devuelve error 404; "
            "el resto de la información está completa y en formato abierto.",
        },
        "finalize": True,
    },
    {
        "form": "seguimiento_gobierno_abierto",
        "header": {
            "numero_compromiso": "2",
            "nombre_compromiso": "Apertura rápida de empresas",
            "plan_accion": "Primer Plan de Acción Local de Gobierno Abierto de Chihuahua",
            "institucion_responsable": "Dirección de Desarrollo Económico",
            "fecha_inicio": "2025-03-01",
            "fecha_fin": "2026-08-31",
            "problema_publico": "Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.",
            "valores_ogp": ["acceso_informacion", "rendicion_cuentas"],
        },
        "items": {
            "hitos": [
                {
                    "descripcion": "Ventanilla única digital en operación",
                    "entregable_verificable": "si",
                    "estatus": "completo",
                    "porcentaje_reportado": 100,
                    "porcentaje_verificado": 100,
                    "url_evidencia": "https://www.municipiochihuahua.gob.mx/",
                },
                {
                    "descripcion": "Catálogo público de giros de bajo riesgo",
                    "entregable_verificable": "si",
                    "estatus": "limitado",
                    "porcentaje_reportado": 80,
                    "porcentaje_verificado": 40,
                },
            ]
        },
        "answers": {
            "grupo_coordinador_participo": "si",
            "informe_avance_publicado": "no",
        },
    },
    {
        "form": "visita_obra_publica",
        "header": {
            "numero_contrato": "OP-MCH-RP-021-2026",
            "nombre_obra": "Construcción de techumbre en cancha de usos múltiples",
            "ubicacion": "Escuela Primaria Benito Juárez, localidad El Sauz",
            "contratista": "Estructuras Metálicas Cuauhtémoc, S.A. de C.V.",
            "monto_contratado": 1985000,
            "fecha_inicio_contrato": "2026-04-15",
            "fecha_fin_contrato": "2026-08-15",
            "origen_recursos": "municipal",
            "fecha_visita": "2026-09-03",
        },
        "answers": {
            "expediente_disponible": "si",
            "letrero_obra": "si",
            "bitacora_al_dia": "si",
            "fecha_ultima_nota": "2026-08-14",
            "avance_fisico_observado": 100,
            "avance_fisico_reportado": 100,
            "avance_financiero_pagado": 100,
            "estado_programa": "terminada",
            "cantidades_coinciden": "si",
            "materiales_conformes": "si",
            "defectos_visibles": "ninguno",
            "pruebas_laboratorio": "si",
            "convenios_modificatorios": "no",
            "anticipo_amortizado": "si",
            "comite_contraloria_social": "si",
            "quejas_vecinos": "no",
            "acta_entrega_recepcion": "si",
            "obra_en_uso": "si",
            "observaciones_visita": "Obra terminada y en uso por la escuela; sin observaciones.",
        },
        "evidence": [
            {
                "scene": "letrero",
                "question": "letrero_obra",
                "taken": "2026:09:03 09:14:02",
                "caption": "Letrero de obra con monto, contratista y fuente de los recursos",
            },
            {
                "scene": "techumbre",
                "question": "obra_en_uso",
                "taken": "2026:09:03 09:31:47",
                "caption": "Techumbre terminada; la cancha está en uso durante el recreo",
            },
            {
                "scene": "techumbre",
                "question": "fotografias_generales",
                "taken": "2026:09:03 09:40:10",
                "caption": "Vista general desde el acceso norte",
                "orientation": 6,
            },
        ],
        "finalize": True,
    },
]

DEMO_SESSIONS = [
    {
        "event": "Junta de aclaraciones LP-MCH-ADQ-014-2026",
        "date": "2026-10-07",
        "start": "10:00",
        "end": "12:30",
        "place": "Presidencia Municipal",
        "audit": 0,
    },
    {
        "event": "Apertura de proposiciones LP-MCH-ADQ-014-2026",
        "date": "2026-10-14",
        "start": "09:30",
        "end": "13:00",
        "place": "Presidencia Municipal",
        "audit": 0,
    },
    {
        "event": "Visita de obra OP-MCH-FISM-007-2026",
        "date": "2026-11-18",
        "start": "08:00",
        "end": "11:15",
        "place": "Col. Riberas de Sacramento",
        "audit": 2,
    },
    {
        "event": "Visita de obra OP-MCH-RP-021-2026",
        "date": "2026-09-03",
        "start": "09:00",
        "end": "12:00",
        "place": "El Sauz",
        "audit": 5,
    },
]


def _attach_demo_photos(app: Observador, audit_id: str, photos: list[dict]) -> None:
    from observer_desktop.services.evidence import add_evidence

    with tempfile.TemporaryDirectory(prefix="observador-demo-") as tmp:
        for i, spec in enumerate(photos):
            path = Path(tmp) / f"IMG_2026090{i + 3}_0{i}.jpg"
            _draw_photo(path, spec)
            add_evidence(
                app, audit_id, [path], question_id=spec["question"], caption=spec["caption"]
            )


def _draw_photo(path: Path, spec: dict) -> None:
    """A synthetic site photo (sky, ground, a structure) with phone-like EXIF."""
    from PIL import Image, ImageDraw, ImageFilter

    w, h = 1600, 1200
    im = Image.new("RGB", (w, h), (135, 180, 225))
    draw = ImageDraw.Draw(im)
    for y in range(h // 2):  # sky gradient
        shade = int(225 - y * 0.12)
        draw.line([(0, y), (w, y)], fill=(110, 160, shade))
    draw.rectangle((0, h // 2, w, h), fill=(170, 140, 100))  # dirt ground
    if spec["scene"] == "letrero":
        draw.rectangle((520, 260, 1080, 620), fill=(245, 245, 240), outline=(40, 60, 120), width=12)
        for i in range(6):
            draw.rectangle(
                (580, 320 + i * 45, 1020 - (i % 3) * 90, 340 + i * 45), fill=(40, 60, 120)
            )
        draw.rectangle((760, 620, 800, 900), fill=(90, 90, 90))
    else:
        draw.polygon([(200, 380), (1400, 380), (1500, 470), (100, 470)], fill=(150, 155, 165))
        for x in range(180, 1480, 260):
            draw.rectangle((x, 470, x + 24, 860), fill=(110, 110, 120))
        draw.rectangle((260, 760, 1340, 900), fill=(80, 120, 90))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    exif = Image.Exif()
    exif[0x010F] = "Motorola"
    exif[0x0110] = "moto g32"
    exif[0x0132] = spec["taken"]
    if spec.get("orientation") == 6:
        # as a phone held sideways stores it: pixels turned, the tag says how to show them
        im = im.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (28.0, 26.0, 10.8), 3: "W", 4: (106.0, 51.0, 32.4)}
    im.save(path, "JPEG", quality=85, exif=exif)


def load_demo(app: Observador, *, force: bool = False) -> dict[str, Any]:
    """Create the sample audits unless the folder already has audits."""
    profile = app.profile()
    if profile is not None and profile["observer_code"] != DEMO_CODE:
        raise InputError(
            f"Esta carpeta es de {profile['name']} ({profile['observer_code']}); los datos de "
            "ejemplo no se mezclan con trabajo real. Cárguelos en otra carpeta (--data-dir)."
        )
    if app.list_audits(limit=1) and not force:
        return {"created": 0, "audits": []}
    if profile is None:
        app.save_profile(
            name="Observadora de ejemplo", observer_code=DEMO_CODE, municipality="Chihuahua"
        )
    created: list[str] = []
    for spec in DEMO_AUDITS:
        audit = app.create_audit(spec["form"], header=spec["header"])
        audit_id = audit["id"]
        for section_id, items in spec.get("items", {}).items():
            checklist = app.checklist_for(audit)
            have = checklist.section(section_id).repeat.min
            for index, values in enumerate(items):
                if index >= have:
                    app.add_group_item(audit_id, section_id)
                for qid, value in values.items():
                    app.set_answer(audit_id, qid, value, item=index)
        for qid, value in spec["answers"].items():
            app.set_answer(audit_id, qid, value, note=spec.get("notes", {}).get(qid))
        for finding in spec.get("findings", []):
            app.add_finding(audit_id, **finding)
        if spec.get("evidence"):
            _attach_demo_photos(app, audit_id, spec["evidence"])
        if spec.get("finalize"):
            app.finalize(audit_id)
        created.append(audit_id)
    for s in DEMO_SESSIONS:
        add_session(
            app,
            event=s["event"],
            date=s["date"],
            start=s["start"],
            end=s["end"],
            place=s["place"],
            audit_ref=created[s["audit"]],
        )
    return {"created": len(created), "audits": created}
