"""Shared test data and helpers (imported by tests, not collected)."""

from __future__ import annotations

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
