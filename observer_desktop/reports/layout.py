"""The audit report laid out with ReportLab (platypus).

Input is plain data (:class:`ReportData`) gathered by the services layer; the
output is an unsigned PDF that :mod:`observer_desktop.reports.signing` embeds
the audit JSON into and signs. Fonts are Bitstream Vera (shipped inside
ReportLab), embedded, so Spanish text (á é í ó ú ü ñ ¿ ¡ « ») renders and
stays searchable everywhere. Images come from the report renditions, scaled
down once more to the size they are printed at and streamed from temporary
files, so at most one image is decoded at a time.
"""

from __future__ import annotations

import datetime as _dt
import tempfile
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import reportlab
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from observer_desktop.core.checklist import Checklist, Question
from observer_desktop.core.engine import Evaluation
from observer_desktop.core.statuses import SPANISH_LABELS
from observer_desktop.core.text import count_text, number_text

__all__ = ["SIGNATURE_BOX", "ReportData", "build_report"]

PAGE = LETTER
MARGIN = 1.8 * cm
# where the signature widget goes on the last page (x1, y1, x2, y2 in points)
SIGNATURE_BOX = (
    PAGE[0] - MARGIN - 9.5 * cm,
    MARGIN + 0.6 * cm,
    PAGE[0] - MARGIN,
    MARGIN + 3.0 * cm,
)
GALLERY_PX = 760  # longest side of a photo as embedded in the PDF (≈ 170 dpi in the gallery)

SEVERITY = {
    "alta": ("Alta", colors.HexColor("#b3261e")),
    "media": ("Media", colors.HexColor("#b26a00")),
    "baja": ("Baja", colors.HexColor("#2e6b30")),
}
ACTIONS = {
    "audit.created": "Auditoría creada",
    "header.changed": "Encabezado modificado",
    "answer.set": "Respuesta guardada",
    "answer.cleared": "Respuesta borrada",
    "note.set": "Nota guardada",
    "item.added": "Elemento agregado",
    "item.removed": "Elemento quitado",
    "finding.raised": "Alerta generada",
    "finding.withdrawn": "Alerta retirada",
    "finding.added": "Hallazgo agregado",
    "finding.removed": "Hallazgo eliminado",
    "evidence.added": "Evidencia agregada",
    "evidence.captioned": "Pie de foto",
    "evidence.linked": "Evidencia enlazada",
    "evidence.unlinked": "Enlace quitado",
    "evidence.removed": "Evidencia quitada",
    "audit.finalized": "Auditoría finalizada",
    "audit.superseded": "Reemplazada por nueva versión",
    "audit.imported": "Importada de un paquete",
    "report.signed": "Informe firmado",
    "submission.queued": "En cola para enviarse al OIC",
    "submission.exported": "Exportada en un lote para USB",
    "submission.delivered": "Entregada al OIC (acuse firmado)",
}


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


# ------------------------------------------------------------------ fonts

_FONTS_READY = False


def _register_fonts() -> None:
    global _FONTS_READY
    if _FONTS_READY:
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (
        ("Vera", "Vera.ttf"),
        ("Vera-Bold", "VeraBd.ttf"),
        ("Vera-Italic", "VeraIt.ttf"),
        ("Vera-BoldItalic", "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        "Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-BoldItalic"
    )
    _FONTS_READY = True


def font_path() -> Path:
    return Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName="Vera", fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "mono": ParagraphStyle(
            "mono", parent=base, fontSize=6.8, leading=8.5, textColor=colors.HexColor("#333333")
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="Vera-Bold",
            fontSize=20,
            leading=25,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#333333"),
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName="Vera-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=6,
            spaceAfter=8,
            textColor=colors.HexColor("#1b3a5c"),
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName="Vera-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#1b3a5c"),
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle(
            "cellb", parent=base, fontName="Vera-Bold", fontSize=8.5, leading=10.5
        ),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


# ----------------------------------------------------------- page numbers


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws 'página N de M' after the last page is known (two-pass on saved states)."""

    footer_left = ""
    signature_lines: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            self._footer(total)
            if number == total:
                self._signature_box()
            super().showPage()
        super().save()

    def _signature_box(self) -> None:
        """What the signature widget sits on: who signs and when, in the embedded font."""
        x1, y1, x2, y2 = SIGNATURE_BOX
        self.saveState()
        self.setStrokeColor(colors.HexColor("#1b3a5c"))
        self.setFillColor(colors.HexColor("#f3f6fa"))
        self.roundRect(x1, y1, x2 - x1, y2 - y1, 4, stroke=1, fill=1)
        self.setFillColor(colors.black)
        y = y2 - 14
        for i, line in enumerate(self.signature_lines):
            self.setFont("Vera-Bold" if i == 0 else "Vera", 8.5 if i == 0 else 7.5)
            self.drawString(x1 + 8, y, line)
            y -= 12 if i == 0 else 10
        self.restoreState()

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setFont("Vera", 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(MARGIN, MARGIN - 0.9 * cm, self.footer_left)
        self.drawRightString(
            PAGE[0] - MARGIN, MARGIN - 0.9 * cm, f"Página {self._pageNumber} de {total}"
        )
        self.setStrokeColor(colors.HexColor("#bbbbbb"))
        self.line(MARGIN, MARGIN - 0.6 * cm, PAGE[0] - MARGIN, MARGIN - 0.6 * cm)
        self.restoreState()


# ----------------------------------------------------------------- helpers


def _value_text(q: Question, value: Any) -> str:
    if value in (None, "", []):
        return "Sin respuesta"
    if q.type in ("yes_no", "yes_no_na", "single_choice"):
        return q.option_label(value)
    if q.type == "multiple_choice":
        return ", ".join(q.option_label(v) for v in value)
    if q.type == "number":  # every digit entered: 28.63541 is not 28.64 (a kilometre)
        return number_text(value, unit=q.unit)
    if q.type == "date":  # as the app shows it in Spanish: 15/04/2026
        try:
            return _dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    return str(value)


def _local(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        moment = _dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return moment.strftime("%d/%m/%Y %H:%M")  # camera time, zone unknown
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _table(
    rows: list[list[Any]], widths: list[float], *, header: bool = True, zebra: bool = True
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8c8c8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eaf2")))
    if zebra:
        for r in range(1 if header else 0, len(rows)):
            if r % 2 == 0:
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f7f9")))
    table.setStyle(TableStyle(style))
    return table


# ------------------------------------------------------------------- build


def build_report(
    data: ReportData,
    out: BinaryIO,
    *,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Write the unsigned report PDF to ``out``."""
    _register_fonts()
    st = _styles()
    doc = data.document
    audit = doc["audit"]
    report = progress or (lambda stage, done, total: None)
    width = PAGE[0] - 2 * MARGIN
    story: list[Any] = []

    # -- cover
    story += [
        Spacer(1, 1.2 * cm),
        _p(data.program, st["subtitle"]),
        _p(data.organization, st["subtitle"]),
        Spacer(1, 1.2 * cm),
        _p("Informe de auditoría ciudadana", st["title"]),
        _p(data.checklist.title.es, st["subtitle"]),
        Spacer(1, 1 * cm),
    ]
    header = audit["header"]
    rows = [
        [_p(f.label.es, st["cellb"]), _p(_value_text(f, header.get(f.id)), st["cell"])]
        for f in data.checklist.header
    ]
    story.append(_table(rows, [0.38 * width, 0.62 * width], header=False))
    story.append(Spacer(1, 0.6 * cm))
    observer = audit.get("observer") or {}
    facts = [
        ("Observador(a)", f"{observer.get('name', '—')} (código {observer.get('code', '—')})"),
        ("Municipio", observer.get("municipality", "—")),
        ("Estado de la auditoría", SPANISH_LABELS.get(audit["status"], audit["status"])),
        ("Identificador", audit["id"]),
        (
            "Versión",
            str(audit["version"])
            + (f" (reemplaza a {audit['supersedes']})" if audit.get("supersedes") else ""),
        ),
        ("Formulario", f"{data.checklist.title.es} — versión {data.checklist.version}"),
        ("Creada", _local(audit["created_at"])),
        ("Finalizada", _local(audit.get("finalized_at"))),
        ("Informe generado", data.generated_at.astimezone().strftime("%d/%m/%Y %H:%M")),
    ]
    story.append(
        _table(
            [[_p(k, st["cellb"]), _p(v, st["cell"])] for k, v in facts],
            [0.38 * width, 0.62 * width],
            header=False,
        )
    )
    story.append(Spacer(1, 0.8 * cm))
    story.append(
        _p(
            "Este documento está firmado digitalmente. La firma cubre todo el archivo; cualquier "
            "cambio posterior la invalida. El archivo lleva adjunto el registro completo de la "
            "auditoría en formato JSON (auditoria.json). Para verificarlo: «observer verify "
            "archivo.pdf», o el panel de firmas de cualquier lector de PDF.",
            st["small"],
        )
    )
    story.append(PageBreak())

    # -- summary
    story.append(_p("Resumen", st["h1"]))
    ev = data.evaluation
    answered, required = ev.required_total  # the editor's count too
    findings = [f for f in doc["findings"] if f["status"] == "open"]
    by_sev = Counter(f["severity"] for f in findings)
    summary = [
        [
            _p("Preguntas obligatorias respondidas", st["cellb"]),
            _p(f"{answered} de {required}", st["cell"]),
        ],
        [
            _p("Hallazgos abiertos", st["cellb"]),
            _p(
                f"{len(findings)}: "
                + ", ".join(f"{SEVERITY[s][0]} {by_sev.get(s, 0)}" for s in SEVERITY),
                st["cell"],
            ),
        ],
        [_p("Archivos de evidencia", st["cellb"]), _p(str(len(data.evidence)), st["cell"])],
        [
            _p("Entradas del registro de custodia", st["cellb"]),
            _p(str(len(data.custody)), st["cell"]),
        ],
    ]
    story.append(_table(summary, [0.45 * width, 0.55 * width], header=False))
    story.append(Spacer(1, 0.4 * cm))
    rows = [
        [
            _p("Sección", st["cellb"]),
            _p("Obligatorias respondidas", st["cellb"]),
            _p("Respuestas en total", st["cellb"]),
        ]
    ]
    for s in data.checklist.sections:
        prog = ev.progress[s.id]
        rows.append(
            [
                _p(s.title.es, st["cell"]),
                _p(f"{prog.required_answered} de {prog.required}", st["cell"]),
                _p(str(prog.answered), st["cell"]),
            ]
        )
    story.append(_table(rows, [0.6 * width, 0.2 * width, 0.2 * width]))
    if findings:
        story.append(_p("Alertas y hallazgos por severidad", st["h2"]))
        rows = [[_p("Severidad", st["cellb"]), _p("Hallazgo", st["cellb"])]]
        for f in sorted(findings, key=lambda f: list(SEVERITY).index(f["severity"])):
            rows.append([_sev(f["severity"], st), _p(f["title"], st["cell"])])
        story.append(_table(rows, [0.18 * width, 0.82 * width]))

    # -- answers
    story.append(PageBreak())
    story.append(_p("Respuestas por sección", st["h1"]))
    answers = {(a["question"], a["item"]): a for a in doc["answers"]}
    flags_by_q: dict[tuple[str, int | None], list[dict]] = {}
    for f in findings:
        if f.get("question_id"):
            flags_by_q.setdefault((f["question_id"], f.get("item")), []).append(f)
    counts = {}
    for e in data.evidence:
        for link in e.get("links", []):
            if link.get("question"):
                key = (link["question"], link.get("item"))
                counts[key] = counts.get(key, 0) + 1
    for section in data.checklist.sections:
        items = range(audit["repeat_counts"].get(section.id, 0)) if section.repeat else [None]
        for item in items:
            title = section.title.es
            if item is not None:
                title += f" — {section.repeat.item_label.es} {item + 1}"
            rows = [
                [
                    _p("Pregunta", st["cellb"]),
                    _p("Respuesta", st["cellb"]),
                    _p("Nota y alertas", st["cellb"]),
                ]
            ]
            for q in section.questions:
                if not ev.is_relevant(q.id, item):
                    continue
                a = answers.get((q.id, item)) or {}
                n_ev = counts.get((q.id, item), 0)
                if q.type == "evidence":
                    shown = (
                        count_text(n_ev, "archivo de evidencia", "archivos de evidencia")
                        if n_ev
                        else "Sin evidencia"
                    )
                else:
                    shown = _value_text(q, a.get("value")) + (
                        f"\n({count_text(n_ev, 'evidencia', 'evidencias')})" if n_ev else ""
                    )
                notes: list[Any] = []
                if a.get("note"):
                    notes.append(_p(a["note"], st["cell"]))
                for f in flags_by_q.get((q.id, item), []):
                    label, color = SEVERITY[f["severity"]]
                    notes.append(
                        Paragraph(
                            f'<font color="{color.hexval()}"><b>Alerta {label}:</b></font> {escape(f["title"])}',
                            st["cell"],
                        )
                    )
                rows.append([_p(q.label.es, st["cell"]), _p(shown, st["cell"]), notes or ""])
            story.append(CondPageBreak(3 * cm))
            story.append(_p(title, st["h2"]))
            if len(rows) == 1:
                story.append(_p("Esta sección no aplica con las respuestas dadas.", st["small"]))
            else:
                story.append(_table(rows, [0.4 * width, 0.3 * width, 0.3 * width]))

    # -- findings
    story.append(PageBreak())
    story.append(_p("Hallazgos", st["h1"]))
    if not findings:
        story.append(_p("No se registraron hallazgos.", st["base"]))
    qmap = data.checklist.question_map
    for f in sorted(findings, key=lambda f: list(SEVERITY).index(f["severity"])):
        origin = (
            "Generado por una regla del formulario"
            if f["source"] == "rule"
            else "Registrado por el observador"
        )
        about = ""
        if f.get("question_id") in qmap:
            about = f" · Pregunta: {qmap[f['question_id']].label.es}"
            if f.get("item") is not None:
                about += f" (elemento {f['item'] + 1})"
        block = [
            Table(
                [[_sev(f["severity"], st), _p(f["title"], st["cellb"])]],
                colWidths=[0.16 * width, 0.84 * width],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#999999")),
                    ]
                ),
            ),
            _p(origin + about, st["small"]),
        ]
        if f.get("description"):
            block.append(_p(f["description"], st["base"]))
        if f.get("recommendation"):
            block.append(
                Paragraph(f"<b>Recomendación:</b> {escape(f['recommendation'])}", st["base"])
            )
        block.append(Spacer(1, 0.3 * cm))
        story.append(KeepTogether(block))

    # -- evidence gallery (images only), two per row
    images = [e for e in data.evidence if e.get("rendition")]
    tmpdir = tempfile.TemporaryDirectory(prefix="observador-report-")
    try:
        if images:
            story.append(PageBreak())
            story.append(_p("Galería de evidencia", st["h1"]))
            cell_w = (width - 0.6 * cm) / 2
            row: list[Any] = []
            grid: list[list[Any]] = []
            # shrinking the photos is most of the work and Pillow releases the GIL:
            # two threads, each holding one photo at a time; results come in order
            with ThreadPoolExecutor(max_workers=2, thread_name_prefix="gallery") as pool:
                shrunk = pool.map(
                    lambda job: _print_size(
                        job[1]["rendition"], Path(tmpdir.name) / f"{job[0]}.jpg"
                    ),
                    enumerate(images),
                )
                for i, (e, (target, size)) in enumerate(zip(images, shrunk, strict=True)):
                    report("images", i, len(images))
                    row.append(_gallery_cell(e, target, size, cell_w, st))
                    if len(row) == 2:
                        grid.append(row)
                        row = []
            if row:
                grid.append([*row, ""])
            report("images", len(images), len(images))
            table = Table(grid, colWidths=[cell_w + 0.3 * cm] * 2)
            table.setStyle(
                TableStyle(
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]
                )
            )
            story.append(table)

        # -- evidence manifest
        story.append(PageBreak())
        story.append(_p("Manifiesto de evidencia", st["h1"]))
        story.append(
            _p(
                "Huella SHA-256 de cada archivo tal como se recibió; el mismo archivo "
                "siempre produce la misma huella, y cualquier cambio la altera.",
                st["small"],
            )
        )
        story.append(Spacer(1, 0.2 * cm))
        rows = [
            [
                _p("#", st["cellb"]),
                _p("Archivo", st["cellb"]),
                _p("Tipo y tamaño", st["cellb"]),
                _p("SHA-256", st["cellb"]),
            ]
        ]
        for i, e in enumerate(data.evidence, 1):
            rows.append(
                [
                    _p(str(i), st["cell"]),
                    _p(e["original_name"], st["cell"]),
                    _p(f"{e['mime']}\n{e['size']:,} bytes", st["small"]),
                    _p(e["sha256"][:32] + "\n" + e["sha256"][32:], st["mono"]),
                ]
            )
        if len(rows) == 1:
            story.append(_p("La auditoría no tiene evidencia adjunta.", st["base"]))
        else:
            story.append(_table(rows, [0.06 * width, 0.38 * width, 0.24 * width, 0.32 * width]))

        # -- custody summary
        story.append(CondPageBreak(8 * cm))
        story.append(_p("Registro de custodia", st["h1"]))
        custody = data.custody
        if custody:
            story.append(
                _p(
                    f"{len(custody)} entradas encadenadas por huellas SHA-256, del "
                    f"{_local(custody[0]['at'])} al {_local(custody[-1]['at'])}. Última huella: "
                    f"{custody[-1]['hash']}",
                    st["small"],
                )
            )
            kinds = Counter(e["action"] for e in custody)
            rows = [[_p("Acción", st["cellb"]), _p("Veces", st["cellb"])]]
            rows += [
                [_p(ACTIONS.get(k, k), st["cell"]), _p(str(v), st["cell"])]
                for k, v in kinds.most_common()
            ]
            story.append(Spacer(1, 0.2 * cm))
            story.append(_table(rows, [0.7 * width, 0.3 * width]))
            key_events = [
                e
                for e in custody
                if e["action"]
                in (
                    "audit.created",
                    "audit.finalized",
                    "audit.imported",
                    "audit.superseded",
                    "report.signed",
                )
            ]
            if key_events:
                story.append(_p("Momentos clave", st["h2"]))
                rows = [
                    [
                        _p("Fecha", st["cellb"]),
                        _p("Acción", st["cellb"]),
                        _p("Por", st["cellb"]),
                        _p("Huella", st["cellb"]),
                    ]
                ]
                rows += [
                    [
                        _p(_local(e["at"]), st["cell"]),
                        _p(ACTIONS.get(e["action"], e["action"]), st["cell"]),
                        _p(e["actor"], st["cell"]),
                        _p(e["hash"][:24] + "…", st["mono"]),
                    ]
                    for e in key_events
                ]
                story.append(_table(rows, [0.2 * width, 0.32 * width, 0.18 * width, 0.3 * width]))
        # the signature box is drawn at the bottom of the last page: keep that room free
        story.append(CondPageBreak(SIGNATURE_BOX[3] - MARGIN + 1.2 * cm))
        story.append(Spacer(1, 0.3 * cm))
        story.append(
            _p(
                "La firma digital del observador está en el recuadro al pie de esta página.",
                st["small"],
            )
        )
        signed = data.generated_at.astimezone()

        class _Canvas(_NumberedCanvas):
            footer_left = f"Auditoría {audit['id']} · versión {audit['version']}"
            signature_lines = (
                "Firmado digitalmente por",
                f"{observer.get('name', '—')} (código {observer.get('code', '—')})",
                f"Fecha: {signed.strftime('%d/%m/%Y %H:%M')} (UTC{signed.strftime('%z')[:3]})",
                f"Certificado: {data.extra.get('certificate', '—')}",
                "Verifique: observer verify archivo.pdf",
            )

        report("layout", 0, 1)
        pdf = SimpleDocTemplate(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 0.2 * cm,
            title=f"Informe de auditoría {audit['id']}",
            author=observer.get("name", ""),
            subject=data.checklist.title.es,
            creator="Observador",
            lang="es-MX",
        )
        pdf.build(story, canvasmaker=_Canvas)
        report("layout", 1, 1)
    finally:
        tmpdir.cleanup()


def _sev(severity: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    label, color = SEVERITY[severity]
    return Paragraph(f'<font color="{color.hexval()}"><b>{label}</b></font>', st["cell"])


def _print_size(rendition: Path, target: Path) -> tuple[Path, tuple[int, int]]:
    """Shrink one rendition to print size, as a temp JPEG ReportLab reads lazily."""
    with PILImage.open(rendition) as im:
        # ask for the print size in the photo's own proportions, so that libjpeg
        # decodes a 1600x1200 rendition at 1/2 scale (800x600) instead of in full
        fit = GALLERY_PX / max(im.size)
        if fit < 1:
            im.draft("RGB", (round(im.width * fit), round(im.height * fit)))
        im = im.convert("RGB")
        im.thumbnail((GALLERY_PX, GALLERY_PX))
        im.save(target, "JPEG", quality=68, optimize=True)
        return target, im.size


def _gallery_cell(
    e: dict, target: Path, size: tuple[int, int], cell_w: float, st: dict
) -> list[Any]:
    """One photo with its caption, capture time, place and SHA-256."""
    w, h = size
    max_h = 7.5 * cm
    scale = min(cell_w / w, max_h / h)
    flow: list[Any] = [Image(str(target), width=w * scale, height=h * scale, lazy=2)]
    lines = [f"<b>{escape(e['caption'] or e['original_name'])}</b>"]
    taken = _local(e.get("captured_at")) if e.get("captured_at") else "hora de captura desconocida"
    place = (
        f"{e['gps_lat']:.5f}, {e['gps_lon']:.5f}"
        if e.get("gps_lat") is not None
        else "sin ubicación GPS"
    )
    lines.append(f"{escape(taken)} · {escape(place)}")
    flow.append(Paragraph("<br/>".join(lines), st["small"]))
    flow.append(Paragraph(f"SHA-256 {e['sha256']}", st["mono"]))
    return flow
