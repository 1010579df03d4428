"""The report's sections, in reading order, each a function that returns its flowables:
:func:`cover`, :func:`summary`, :func:`answers` (by section), :func:`findings`,
:func:`manifest` (the evidence files and their SHA-256), :func:`custody` and
:func:`signature_note`. The evidence gallery, which shrinks photos, is
:mod:`observer_desktop.reports.gallery`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from observer_desktop.core.checklist import Question, Section
from observer_desktop.core.statuses import SPANISH_LABELS
from observer_desktop.core.text import count_text
from observer_desktop.reports.page import MARGIN, SIGNATURE_BOX, TEXT_WIDTH
from observer_desktop.reports.styles import (
    SEVERITY,
    Styles,
    by_severity,
    local_time,
    para,
    severity_cell,
    styles,
    table,
    value_text,
)

if TYPE_CHECKING:
    from observer_desktop.reports.layout import ReportData

__all__ = [
    "ACTIONS",
    "KEY_ACTIONS",
    "Context",
    "Story",
    "answers",
    "cover",
    "custody",
    "findings",
    "manifest",
    "signature_note",
    "summary",
]

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
    "submission.record_saved": "Copia sellada por el OIC guardada",
}
# custody entries listed one by one under "Momentos clave"
KEY_ACTIONS = (
    "audit.created",
    "audit.finalized",
    "audit.imported",
    "audit.superseded",
    "report.signed",
)

Story = list[Flowable]


@dataclass(frozen=True)
class Context:
    """What every section reads: the report's data, the styles, the open findings."""

    data: ReportData
    st: Styles
    open_findings: list[dict[str, Any]]
    width: float = TEXT_WIDTH

    @classmethod
    def of(cls, data: ReportData) -> Context:
        found = [f for f in data.document["findings"] if f["status"] == "open"]
        return cls(data=data, st=styles(), open_findings=found)

    @property
    def audit(self) -> dict[str, Any]:
        return self.data.document["audit"]

    @property
    def observer(self) -> dict[str, Any]:
        return self.audit.get("observer") or {}

    def pairs(self, rows: list[tuple[str, Any]], widths: tuple[float, float]) -> Table:
        """A two-column table without header: bold names, plain values (``widths`` are
        shares of the text width)."""
        st = self.st
        return table(
            [[para(k, st["cellb"]), para(v, st["cell"])] for k, v in rows],
            [share * self.width for share in widths],
            header=False,
        )

    def heading_row(self, *names: str) -> list[Paragraph]:
        return [para(name, self.st["cellb"]) for name in names]


# ------------------------------------------------------------------ cover


def cover(ctx: Context) -> Story:
    """Program, title and checklist; the header's answers; the audit's facts; how to verify."""
    st, data = ctx.st, ctx.data
    header = ctx.audit["header"]
    header_rows = [(f.label.es, value_text(f, header.get(f.id))) for f in data.checklist.header]
    return [
        Spacer(1, 1.2 * cm),
        para(data.program, st["subtitle"]),
        para(data.organization, st["subtitle"]),
        Spacer(1, 1.2 * cm),
        para("Informe de auditoría ciudadana", st["title"]),
        para(data.checklist.title.es, st["subtitle"]),
        Spacer(1, 1 * cm),
        ctx.pairs(header_rows, (0.38, 0.62)),
        Spacer(1, 0.6 * cm),
        ctx.pairs(_audit_facts(ctx), (0.38, 0.62)),
        Spacer(1, 0.8 * cm),
        para(
            "Este documento está firmado digitalmente. La firma cubre todo el archivo; cualquier "
            "cambio posterior la invalida. El archivo lleva adjunto el registro completo de la "
            "auditoría en formato JSON (auditoria.json). Para verificarlo: «observer verify "
            "archivo.pdf», o el panel de firmas de cualquier lector de PDF.",
            st["small"],
        ),
        PageBreak(),
    ]


def _audit_facts(ctx: Context) -> list[tuple[str, str]]:
    audit, observer, checklist = ctx.audit, ctx.observer, ctx.data.checklist
    supersedes = f" (reemplaza a {audit['supersedes']})" if audit.get("supersedes") else ""
    return [
        ("Observador(a)", f"{observer.get('name', '—')} (código {observer.get('code', '—')})"),
        ("Municipio", observer.get("municipality", "—")),
        ("Estado de la auditoría", SPANISH_LABELS.get(audit["status"], audit["status"])),
        ("Identificador", audit["id"]),
        ("Versión", str(audit["version"]) + supersedes),
        ("Formulario", f"{checklist.title.es} — versión {checklist.version}"),
        ("Creada", local_time(audit["created_at"])),
        ("Finalizada", local_time(audit.get("finalized_at"))),
        ("Informe generado", ctx.data.generated_at.astimezone().strftime("%d/%m/%Y %H:%M")),
    ]


# ---------------------------------------------------------------- summary


def summary(ctx: Context) -> Story:
    """Counts (answers, findings, evidence, custody), progress per section, findings."""
    st = ctx.st
    story: Story = [para("Resumen", st["h1"]), _counts(ctx), Spacer(1, 0.4 * cm)]
    story.append(_progress_per_section(ctx))
    if ctx.open_findings:
        story.append(para("Alertas y hallazgos por severidad", st["h2"]))
        rows = [ctx.heading_row("Severidad", "Hallazgo")]
        for f in by_severity(ctx.open_findings):
            rows.append([severity_cell(f["severity"], st), para(f["title"], st["cell"])])
        story.append(table(rows, [0.18 * ctx.width, 0.82 * ctx.width]))
    return story


def _counts(ctx: Context) -> Table:
    answered, required = ctx.data.evaluation.required_total  # the editor's count too
    found = ctx.open_findings
    by_sev = Counter(f["severity"] for f in found)
    severities = ", ".join(f"{SEVERITY[s][0]} {by_sev.get(s, 0)}" for s in SEVERITY)
    return ctx.pairs(
        [
            ("Preguntas obligatorias respondidas", f"{answered} de {required}"),
            ("Hallazgos abiertos", f"{len(found)}: " + severities),
            ("Archivos de evidencia", str(len(ctx.data.evidence))),
            ("Entradas del registro de custodia", str(len(ctx.data.custody))),
        ],
        (0.45, 0.55),
    )


def _progress_per_section(ctx: Context) -> Table:
    st, progress = ctx.st, ctx.data.evaluation.progress
    rows = [ctx.heading_row("Sección", "Obligatorias respondidas", "Respuestas en total")]
    for s in ctx.data.checklist.sections:
        prog = progress[s.id]
        rows.append(
            [
                para(s.title.es, st["cell"]),
                para(f"{prog.required_answered} de {prog.required}", st["cell"]),
                para(str(prog.answered), st["cell"]),
            ]
        )
    return table(rows, [0.6 * ctx.width, 0.2 * ctx.width, 0.2 * ctx.width])


# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class _AnswerIndex:
    """The answers, red flags and evidence counts of one audit, by (question, item)."""

    answers: dict[tuple[str, int | None], dict[str, Any]]
    flags: dict[tuple[str, int | None], list[dict[str, Any]]]
    evidence: dict[tuple[str, int | None], int]

    @classmethod
    def of(cls, ctx: Context) -> _AnswerIndex:
        answers = {(a["question"], a["item"]): a for a in ctx.data.document["answers"]}
        flags: dict[tuple[str, int | None], list[dict]] = {}
        for f in ctx.open_findings:
            if f.get("question_id"):
                flags.setdefault((f["question_id"], f.get("item")), []).append(f)
        counts: dict[tuple[str, int | None], int] = {}
        for e in ctx.data.evidence:
            for link in e.get("links", []):
                if link.get("question"):
                    key = (link["question"], link.get("item"))
                    counts[key] = counts.get(key, 0) + 1
        return cls(answers, flags, counts)


def answers(ctx: Context) -> Story:
    """Every relevant question with its answer, note and red flags, section by section
    (a repeatable section once per item)."""
    story: Story = [PageBreak(), para("Respuestas por sección", ctx.st["h1"])]
    index = _AnswerIndex.of(ctx)
    for section in ctx.data.checklist.sections:
        repeats = ctx.audit["repeat_counts"].get(section.id, 0)
        for item in range(repeats) if section.repeat else [None]:
            story += _section_answers(ctx, index, section, item)
    return story


def _section_answers(
    ctx: Context, index: _AnswerIndex, section: Section, item: int | None
) -> Story:
    st = ctx.st
    title = section.title.es
    if item is not None:
        title += f" — {section.repeat.item_label.es} {item + 1}"
    rows: list[list[Any]] = [ctx.heading_row("Pregunta", "Respuesta", "Nota y alertas")]
    for q in section.questions:
        if ctx.data.evaluation.is_relevant(q.id, item):
            rows.append(_answer_row(ctx, index, q, item))
    story: Story = [CondPageBreak(3 * cm), para(title, st["h2"])]
    if len(rows) == 1:
        story.append(para("Esta sección no aplica con las respuestas dadas.", st["small"]))
    else:
        story.append(table(rows, [0.4 * ctx.width, 0.3 * ctx.width, 0.3 * ctx.width]))
    return story


def _answer_row(ctx: Context, index: _AnswerIndex, q: Question, item: int | None) -> list[Any]:
    st = ctx.st
    a = index.answers.get((q.id, item)) or {}
    n_ev = index.evidence.get((q.id, item), 0)
    if q.type == "evidence":
        shown = (
            count_text(n_ev, "archivo de evidencia", "archivos de evidencia")
            if n_ev
            else "Sin evidencia"
        )
    else:
        shown = value_text(q, a.get("value")) + (
            f"\n({count_text(n_ev, 'evidencia', 'evidencias')})" if n_ev else ""
        )
    notes: list[Any] = []
    if a.get("note"):
        notes.append(para(a["note"], st["cell"]))
    for f in index.flags.get((q.id, item), []):
        label, color = SEVERITY[f["severity"]]
        notes.append(
            Paragraph(
                f'<font color="{color.hexval()}"><b>Alerta {label}:</b></font> {escape(f["title"])}',
                st["cell"],
            )
        )
    return [para(q.label.es, st["cell"]), para(shown, st["cell"]), notes or ""]


# --------------------------------------------------------------- findings


def findings(ctx: Context) -> Story:
    """Each open finding, most severe first: where it came from, what, what to do."""
    story: Story = [PageBreak(), para("Hallazgos", ctx.st["h1"])]
    if not ctx.open_findings:
        story.append(para("No se registraron hallazgos.", ctx.st["base"]))
    for f in by_severity(ctx.open_findings):
        story.append(_finding(ctx, f))
    return story


def _finding(ctx: Context, f: dict[str, Any]) -> KeepTogether:
    st, width = ctx.st, ctx.width
    origin = (
        "Generado por una regla del formulario"
        if f["source"] == "rule"
        else "Registrado por el observador"
    )
    qmap = ctx.data.checklist.question_map
    about = ""
    if f.get("question_id") in qmap:
        about = f" · Pregunta: {qmap[f['question_id']].label.es}"
        if f.get("item") is not None:
            about += f" (elemento {f['item'] + 1})"
    block: Story = [
        Table(
            [[severity_cell(f["severity"], st), para(f["title"], st["cellb"])]],
            colWidths=[0.16 * width, 0.84 * width],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#999999")),
                ]
            ),
        ),
        para(origin + about, st["small"]),
    ]
    if f.get("description"):
        block.append(para(f["description"], st["base"]))
    if f.get("recommendation"):
        block.append(Paragraph(f"<b>Recomendación:</b> {escape(f['recommendation'])}", st["base"]))
    block.append(Spacer(1, 0.3 * cm))
    return KeepTogether(block)


# --------------------------------------------------------------- evidence


def manifest(ctx: Context) -> Story:
    """Every evidence file: name, type and size, SHA-256."""
    st, width = ctx.st, ctx.width
    story: Story = [
        PageBreak(),
        para("Manifiesto de evidencia", st["h1"]),
        para(
            "Huella SHA-256 de cada archivo tal como se recibió; el mismo archivo "
            "siempre produce la misma huella, y cualquier cambio la altera.",
            st["small"],
        ),
        Spacer(1, 0.2 * cm),
    ]
    rows: list[list[Any]] = [ctx.heading_row("#", "Archivo", "Tipo y tamaño", "SHA-256")]
    for i, e in enumerate(ctx.data.evidence, 1):
        rows.append(
            [
                para(str(i), st["cell"]),
                para(e["original_name"], st["cell"]),
                para(f"{e['mime']}\n{e['size']:,} bytes", st["small"]),
                para(e["sha256"][:32] + "\n" + e["sha256"][32:], st["mono"]),
            ]
        )
    if len(rows) == 1:
        story.append(para("La auditoría no tiene evidencia adjunta.", st["base"]))
    else:
        story.append(table(rows, [0.06 * width, 0.38 * width, 0.24 * width, 0.32 * width]))
    return story


# ---------------------------------------------------------------- custody


def custody(ctx: Context) -> Story:
    """The custody log: its span and last hash, how often each action, the key moments."""
    st, log = ctx.st, ctx.data.custody
    story: Story = [CondPageBreak(8 * cm), para("Registro de custodia", st["h1"])]
    if not log:
        return story
    story.append(
        para(
            f"{len(log)} entradas encadenadas por huellas SHA-256, del "
            f"{local_time(log[0]['at'])} al {local_time(log[-1]['at'])}. Última huella: "
            f"{log[-1]['hash']}",
            st["small"],
        )
    )
    kinds = Counter(e["action"] for e in log)
    rows = [ctx.heading_row("Acción", "Veces")]
    rows += [
        [para(ACTIONS.get(k, k), st["cell"]), para(str(v), st["cell"])]
        for k, v in kinds.most_common()
    ]
    story.append(Spacer(1, 0.2 * cm))
    story.append(table(rows, [0.7 * ctx.width, 0.3 * ctx.width]))
    return story + _key_moments(ctx)


def _key_moments(ctx: Context) -> Story:
    st, width = ctx.st, ctx.width
    moments = [e for e in ctx.data.custody if e["action"] in KEY_ACTIONS]
    if not moments:
        return []
    rows = [ctx.heading_row("Fecha", "Acción", "Por", "Huella")]
    rows += [
        [
            para(local_time(e["at"]), st["cell"]),
            para(ACTIONS.get(e["action"], e["action"]), st["cell"]),
            para(e["actor"], st["cell"]),
            para(e["hash"][:24] + "…", st["mono"]),
        ]
        for e in moments
    ]
    return [
        para("Momentos clave", st["h2"]),
        table(rows, [0.2 * width, 0.32 * width, 0.18 * width, 0.3 * width]),
    ]


# -------------------------------------------------------------- signature


def signature_note(ctx: Context) -> Story:
    """The last words, with the room the signature box needs left free below them."""
    return [
        # the signature box is drawn at the bottom of the last page: keep that room free
        CondPageBreak(SIGNATURE_BOX[3] - MARGIN + 1.2 * cm),
        Spacer(1, 0.3 * cm),
        para(
            "La firma digital del observador está en el recuadro al pie de esta página.",
            ctx.st["small"],
        ),
    ]
