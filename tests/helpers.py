"""Shared test data and helpers (imported by tests, not collected)."""

from __future__ import annotations

from pathlib import Path

MINI_FORM = """\
id: mini
version: 1
title: {es: Formulario mínimo, en: Minimal form}
constants:
  plazo_minimo_dias: 15
header:
  - id: numero
    type: text
    label: Número de procedimiento
    required: true
  - id: tipo
    type: single_choice
    label: Tipo
    options:
      - {id: lp, label: Licitación pública}
      - {id: ad, label: Adjudicación directa}
  - id: fecha_fin
    type: date
    label: Fecha de término
sections:
  - id: general
    title: General
    questions:
      - id: publicada
        type: yes_no_na
        label: ¿Convocatoria publicada?
        required: true
        evidence: document
        evidence_required: "publicada == 'no'"
        red_flags:
          - id: rf_no_publicada
            when: "publicada == 'no'"
            severity: alta
            title: Convocatoria no publicada
            recommendation: Solicite la liga de publicación.
      - id: ofertas
        type: number
        label: Número de ofertas
        integer: true
        min: 0
        required: true
        red_flags:
          - {id: rf_una_oferta, when: "ofertas == 1", severity: alta, title: Una sola oferta}
          - {id: rf_pocas_ofertas, when: "ofertas > 1 and ofertas <= 3", severity: media, title: Pocas ofertas}
      - id: excepcion
        type: yes_no
        label: ¿Dictamen de excepción aprobado?
        required: true
        relevant: "tipo == 'ad'"
      - id: excepcion_detalle
        type: text
        label: Detalle de la excepción
        relevant: "excepcion == 'no'"
      - id: publicacion
        type: date
        label: Fecha de publicación
      - id: apertura
        type: date
        label: Fecha de apertura
      - id: criterios
        type: multiple_choice
        label: Criterios de evaluación
        options:
          - {id: precio, label: Precio}
          - {id: puntos, label: Puntos y porcentajes}
          - {id: costo_beneficio, label: Costo-beneficio}
      - id: foto_sitio
        type: evidence
        label: Fotografía del lugar
        evidence: photo
        required: true
        relevant: "tipo == 'lp'"
  - id: hitos
    title: Hitos
    repeat: {min: 1, max: 3, item_label: Hito}
    questions:
      - id: estatus
        type: single_choice
        label: Estatus
        required: true
        options:
          - {id: no_iniciado, label: No iniciado}
          - {id: completo, label: Completo}
        red_flags:
          - id: rf_hito_vencido
            when: "fecha_fin < today() and estatus != 'completo'"
            severity: media
            title: Hito vencido sin completar
      - id: avance
        type: number
        label: Avance verificado (%)
        min: 0
        max: 100
rules:
  - id: rf_plazo_corto
    when: "days_between(publicacion, apertura) < plazo_minimo_dias"
    severity: media
    title: Plazo corto entre publicación y apertura
"""


def fill_mini(app, audit_id: str) -> None:
    """Answer every required question of the mini form (tipo = ad)."""
    app.set_answer(audit_id, "publicada", "si")
    app.set_answer(audit_id, "ofertas", 4)
    app.set_answer(audit_id, "excepcion", "si")
    app.set_answer(audit_id, "estatus", "completo", item=0)


def plausible_value(q):
    """A valid value for a question or header field, with Spanish accents and punctuation in
    free text (so every report made from it shows that they survive)."""
    if q.type in ("yes_no_na", "yes_no"):
        return "si"
    if q.type == "number":
        return q.min if q.min is not None else 3
    if q.type == "date":
        return "2026-10-14"
    if q.type == "text":
        return (
            "https://ejemplo.mx/expediente"
            if q.format == "url"
            else "Revisión: «ñandú», ¿sí?, ¡claro! pingüino"
        )
    if q.type == "single_choice":
        return q.option_ids()[0]
    return [q.option_ids()[0]]


def answer_until_complete(app, audit_id: str, *, photos: Path | None = None) -> None:
    """Answer whatever the audit still misses, the way a diligent observer would, until it
    can be finalized (any form; used by the report tests and bench/bench_report.py).

    Each round fills the first thing the engine says is missing: a header field, an
    answer, a repeatable item, or evidence. Evidence is a new photo made in ``photos``
    (one per question, in distinct colours, with a caption) or, without ``photos``, the
    audit's first piece of evidence linked to the question.
    """
    from observer_desktop.services import evidence as ev

    audit = app.resolve_audit(audit_id)
    checklist = app.checklist_for(audit)
    for _ in range(200):
        missing = app.evaluate(audit_id).missing
        if not missing:
            return
        m = missing[0]
        if m.kind == "header":
            app.set_header(audit_id, {m.id: plausible_value(checklist.header_field(m.id))})
        elif m.kind == "answer":
            app.set_answer(audit_id, m.id, plausible_value(checklist.question(m.id)), item=m.item)
        elif m.kind == "items":
            app.add_group_item(audit_id, m.id)
        elif photos is not None:
            import media

            photo = media.photo(
                photos / f"{m.id}-{m.item}.jpg", color=(len(m.id) * 9 % 255, 80, 40)
            )
            ev.add_evidence(
                app,
                audit_id,
                [photo],
                question_id=m.id,
                item=m.item,
                caption=f"Evidencia de «{m.label}»",
            )
        else:
            first = app.store.evidence(audit_id)[0]["id"]
            ev.link_evidence(app, audit_id, first, question_id=m.id, item=m.item)
    raise AssertionError(f"could not complete: {app.evaluate(audit_id).missing}")
