"""The audit report laid out with ReportLab (platypus): :func:`build_report`.

Input is plain data (:class:`ReportData`) gathered by the services layer; the
output is an unsigned PDF that :mod:`observer_desktop.reports.signing` embeds
the audit JSON into and signs. The report is its sections in order
(:mod:`~observer_desktop.reports.sections`, the photos in
:mod:`~observer_desktop.reports.gallery`) on the pages of
:mod:`~observer_desktop.reports.page`, in the fonts and styles of
:mod:`~observer_desktop.reports.styles`.
"""

from __future__ import annotations

import datetime as _dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from observer_desktop.core.checklist import Checklist
from observer_desktop.core.engine import Evaluation
from observer_desktop.reports import sections
from observer_desktop.reports.gallery import gallery
from observer_desktop.reports.page import MARGIN, PAGE, canvas_for
from observer_desktop.reports.styles import register_fonts

__all__ = ["ReportData", "build_report"]

Progress = Callable[[str, int, int], None]


@dataclass
class ReportData:
    document: dict[str, Any]
    checklist: Checklist
    evaluation: Evaluation
    evidence: list[dict[str, Any]]  # rows + "rendition": Path | None
    custody: list[dict[str, Any]]
    generated_at: _dt.datetime
    program: str = "Programa Observador Ciudadano"
    organization: str = "Órgano Interno de Control del Municipio de Chihuahua"
    extra: dict[str, Any] = field(default_factory=dict)


def build_report(data: ReportData, out: BinaryIO, *, progress: Progress | None = None) -> None:
    """Write the unsigned report PDF to ``out``.

    ``progress(stage, done, total)`` hears "images" (the gallery's photos) and "layout".
    """
    register_fonts()
    report = progress or (lambda stage, done, total: None)
    ctx = sections.Context.of(data)
    # the gallery's photos are read while the pages are built: the folder outlives both
    with tempfile.TemporaryDirectory(prefix="observador-report-") as folder:
        story = [
            *sections.cover(ctx),
            *sections.summary(ctx),
            *sections.answers(ctx),
            *sections.findings(ctx),
            *gallery(ctx, Path(folder), report),
            *sections.manifest(ctx),
            *sections.custody(ctx),
            *sections.signature_note(ctx),
        ]
        report("layout", 0, 1)
        _document(out, ctx).build(
            story,
            canvasmaker=canvas_for(
                ctx.audit,
                generated_at=data.generated_at,
                certificate=data.extra.get("certificate", "—"),
            ),
        )
        report("layout", 1, 1)


def _document(out: BinaryIO, ctx: sections.Context) -> SimpleDocTemplate:
    """Letter pages with the report's margins, and the PDF's title, author and subject."""
    return SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 0.2 * cm,
        title=f"Informe de auditoría {ctx.audit['id']}",
        author=ctx.observer.get("name", ""),
        subject=ctx.data.checklist.title.es,
        creator="Observador",
        lang="es-MX",
    )
