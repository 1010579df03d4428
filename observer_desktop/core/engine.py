"""The checklist engine: answer values, relevance, red flags and completeness.

Pure functions over a :class:`~observer_desktop.core.checklist.Checklist` and
an :class:`AuditState`; the storage and UI layers call :func:`evaluate` after
every change and act on what it returns.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import ChainMap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from observer_desktop.core.checklist import (
    Checklist,
    Question,
    RedFlagRule,
    relevance_order,
)
from observer_desktop.core.errors import InputError
from observer_desktop.core.expr import Expression, ExpressionError
from observer_desktop.core.text import without_thousands

__all__ = [
    "AuditState",
    "Evaluation",
    "FiredFlag",
    "MissingItem",
    "evaluate",
    "is_answered",
    "normalize_value",
    "parse_value",
]

MAX_NUMBER = 10**15  # pesos of a municipal budget fit many times over
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class ValueRejected(InputError):
    """A value that does not fit its question."""


# ----------------------------------------------------------------- values


def is_answered(value: Any) -> bool:
    return value not in (None, "", [])


def normalize_value(question: Question, value: Any) -> Any:
    """Check a typed value (from JSON or the UI) against its question.

    Return the value in its stored form; raise :class:`ValueRejected` with a
    message naming the question and what it expects.
    """
    if value is None:
        return None
    normalize = _NORMALIZERS.get(question.type)
    if normalize is None:
        raise AssertionError(f"unknown type {question.type}")  # pragma: no cover
    return normalize(question, value)


def _refuse_value(question: Question, value: Any) -> Any:
    raise ValueRejected(f"{_what(question)} se responde adjuntando evidencia, no con un valor.")


def _normalize_choice(question: Question, value: Any) -> str:
    valid = question.option_ids()
    if not isinstance(value, str) or value not in valid:
        raise ValueRejected(f"{_what(question)} acepta {', '.join(valid)}; se recibió {value!r}.")
    return value


def _normalize_choices(question: Question, value: Any) -> list[str]:
    what = _what(question)
    valid = question.option_ids()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueRejected(f"{what} espera una lista de opciones.")
    unknown = [v for v in value if v not in valid]
    if unknown:
        raise ValueRejected(
            f"{what} no tiene la(s) opción(es) {', '.join(unknown)}; opciones: {', '.join(valid)}."
        )
    # keep the checklist's order and drop repeats, so equal choices compare equal
    chosen = set(value)
    return [v for v in valid if v in chosen]


def _normalize_number(question: Question, value: Any) -> int | float:
    what = _what(question)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueRejected(f"{what} espera un número; se recibió {value!r}.")
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        raise ValueRejected(f"{what} espera un número finito.")
    if abs(value) > MAX_NUMBER:
        raise ValueRejected(
            f"{what} recibió un número demasiado grande (máximo {MAX_NUMBER:,.0f})."
        )
    if question.integer and not float(value).is_integer():
        raise ValueRejected(f"{what} espera un número entero; se recibió {value}.")
    if question.min is not None and value < question.min:
        raise ValueRejected(
            f"{what} acepta valores desde {_num(question.min)}; se recibió {_num(value)}."
        )
    if question.max is not None and value > question.max:
        raise ValueRejected(
            f"{what} acepta valores hasta {_num(question.max)}; se recibió {_num(value)}."
        )
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _normalize_date(question: Question, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueRejected(f"{_what(question)} espera una fecha AAAA-MM-DD.")
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueRejected(
            f"{_what(question)} espera una fecha AAAA-MM-DD; se recibió {value!r}."
        ) from None


def _normalize_text(question: Question, value: Any) -> str | None:
    qid = question.id
    if not isinstance(value, str):
        raise ValueRejected(f"{_what(question)} espera un texto.")
    value = value.strip()
    if len(value) > question.max_length:
        raise ValueRejected(
            f"La respuesta a {qid!r} es demasiado larga ({len(value)} caracteres; "
            f"máximo {question.max_length})."
        )
    if "\x00" in value:
        raise ValueRejected(f"La respuesta a {qid!r} contiene caracteres no válidos.")
    if question.format == "url" and value and not _URL.match(value):
        raise ValueRejected(
            f"{_what(question)} espera una dirección web que empiece con http:// o https://."
        )
    return value or None


# question type -> its check, each giving the stored form or raising ValueRejected
_NORMALIZERS: dict[str, Callable[[Question, Any], Any]] = {
    "evidence": _refuse_value,
    "yes_no_na": _normalize_choice,
    "yes_no": _normalize_choice,
    "single_choice": _normalize_choice,
    "multiple_choice": _normalize_choices,
    "number": _normalize_number,
    "date": _normalize_date,
    "text": _normalize_text,
}


def _what(question: Question) -> str:
    return f"El campo {question.id!r}" if question.is_header else f"La pregunta {question.id!r}"


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


_YES = {"si", "sí", "s", "yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
_NA = {"na", "n/a", "n.a.", "no aplica", "no_aplica"}


def parse_value(question: Question, text: str) -> Any:
    """Turn what a person typed (CLI, import) into a typed value, then check it."""
    raw = text.strip()
    t = question.type
    if raw == "":
        return None
    if t in ("yes_no_na", "yes_no"):
        low = raw.lower()
        if low in _YES:
            value: Any = "si"
        elif low in _NO:
            value = "no"
        elif low in _NA and t == "yes_no_na":
            value = "na"
        else:
            choices = "sí, no o na" if t == "yes_no_na" else "sí o no"
            raise ValueRejected(f"{_what(question)} acepta {choices}; se recibió {raw!r}.")
        return normalize_value(question, value)
    if t == "single_choice":
        return normalize_value(question, _match_option(question, raw))
    if t == "multiple_choice":
        parts = [p.strip() for p in raw.split(",") if p.strip()]
        return normalize_value(question, [_match_option(question, p) for p in parts])
    if t == "number":
        try:  # thousands separators, as written in Mexico
            cleaned = without_thousands(raw.replace("$", "").replace(" ", "").replace("%", ""))
        except ValueError:
            raise ValueRejected(
                f"{_what(question)}: no se entiende {raw!r}. Use punto para decimales (1.5) y "
                "coma solo para miles (1,500)."
            ) from None
        try:
            number: float | int = int(cleaned)
        except ValueError:
            try:
                number = float(cleaned)
            except ValueError:
                raise ValueRejected(
                    f"{_what(question)} espera un número; se recibió {raw!r}."
                ) from None
        return normalize_value(question, number)
    if t == "date":
        return normalize_value(question, parse_date(raw, what=_what(question)))
    return normalize_value(question, raw)


def parse_date(raw: str, *, what: str = "La fecha") -> str:
    """'2026-03-05' or '5/3/2026' (day first, as written in Mexico) → '2026-03-05'."""
    text = (raw or "").strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    iso = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else text
    try:
        return _dt.date.fromisoformat(iso).isoformat()
    except ValueError:
        raise ValueRejected(
            f"{what} espera una fecha AAAA-MM-DD o DD/MM/AAAA; se recibió {raw!r}."
        ) from None


def _match_option(question: Question, raw: str) -> str:
    ids = question.option_ids()
    if raw in ids:
        return raw
    low = raw.lower()
    for o in question.options:
        if o.id.lower() == low or o.label.es.lower() == low or (o.label.en or "").lower() == low:
            return o.id
    raise ValueRejected(
        f"{_what(question)} no tiene la opción {raw!r}; opciones: {', '.join(ids)}."
    )


# ------------------------------------------------------------- evaluation


@dataclass
class AuditState:
    """What the engine needs to know about one audit."""

    header: Mapping[str, Any] = field(default_factory=dict)
    answers: Mapping[str, Any] = field(default_factory=dict)
    # repeatable section id -> one mapping of answers per item
    groups: Mapping[str, list[Mapping[str, Any]]] = field(default_factory=dict)
    # (question id, item index or None) -> number of evidence files linked
    evidence_counts: Mapping[tuple[str, int | None], int] = field(default_factory=dict)


@dataclass(frozen=True)
class FiredFlag:
    rule: RedFlagRule
    item: int | None

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.rule.id, self.item)


@dataclass(frozen=True)
class MissingItem:
    kind: str  # header | answer | evidence | items
    id: str  # question, header field or section id
    section_id: str | None
    item: int | None
    label: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "section": self.section_id,
            "item": self.item,
            "item_number": None if self.item is None else self.item + 1,
            "label": self.label,
            "message": self.message,
        }


@dataclass
class SectionProgress:
    required: int = 0
    required_answered: int = 0
    answered: int = 0
    visible: int = 0


@dataclass
class Evaluation:
    relevant: dict[tuple[str, int | None], bool]
    flags: list[FiredFlag]
    missing: list[MissingItem]
    progress: dict[str, SectionProgress]
    header: SectionProgress = field(default_factory=SectionProgress)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def required_total(self) -> tuple[int, int]:
        """(answered, required) for the whole audit: the header's required fields and every
        section's required questions, those that apply. The editor's summary and the
        report print this one count."""
        parts = [self.header, *self.progress.values()]
        return sum(p.required_answered for p in parts), sum(p.required for p in parts)

    def is_relevant(self, question_id: str, item: int | None = None) -> bool:
        return self.relevant.get((question_id, item), False)


def _safe_true(expression: Expression, names: Mapping[str, Any], today: _dt.date) -> bool:
    try:
        return expression.is_true(names, today=today)
    except (ExpressionError, ArithmeticError, TypeError, ValueError, RecursionError):
        # The loader checked every name; an error here means data of a shape the
        # expression cannot use. Treat it as "does not hold" rather than crash.
        return False


def evaluate(
    checklist: Checklist, state: AuditState, *, today: _dt.date | None = None
) -> Evaluation:
    """Relevance, red flags, progress and what is missing, for one audit's answers."""
    run = _Run(checklist, state, today or _dt.date.today())
    run.top_level_relevance()
    run.item_relevance()
    flags = run.fired_flags()
    header = run.header_progress()
    progress = run.section_progress()
    return Evaluation(
        relevant=run.relevant, flags=flags, missing=run.missing, progress=progress, header=header
    )


class _Run:
    """One evaluation at work: its inputs, the names in scope, what it has found so far.

    :func:`evaluate` calls its stages in order: relevance first (the header and
    top-level questions, then each item), then the red flags and the progress,
    which read it. Each stage is one method."""

    def __init__(self, checklist: Checklist, state: AuditState, today: _dt.date) -> None:
        self.checklist = checklist
        self.state = state
        self.today = today
        self.order = relevance_order(checklist)
        # every header field and top-level question is a name, None until it has a value
        self.names: dict[str, Any] = dict(checklist.constants)
        for f in checklist.header:
            self.names[f.id] = None
        for q in checklist.questions():
            if q.group_id is None:
                self.names[q.id] = None
        self.relevant: dict[tuple[str, int | None], bool] = {}
        # (repeatable section id, item index) -> the item's answers over the top-level names
        self.item_scopes: dict[tuple[str, int], ChainMap] = {}
        self.missing: list[MissingItem] = []

    def top_level_relevance(self) -> None:
        """The header and the non-repeatable questions, in dependency order."""
        checklist, state, today = self.checklist, self.state, self.today
        names, relevant = self.names, self.relevant
        header_ids = {f.id for f in checklist.header}
        fields = {f.id: f for f in checklist.header} | checklist.question_map
        sections = {s.id: s for s in checklist.sections}
        for qid in self.order:
            q = fields[qid]
            if q.group_id is not None:
                continue
            ok = True
            if q.section_id is not None:
                section = sections[q.section_id]
                if section.relevant is not None:
                    ok = _safe_true(section.relevant, names, today)
            if ok and q.relevant is not None:
                ok = _safe_true(q.relevant, names, today)
            relevant[(qid, None)] = ok
            source = state.header if qid in header_ids else state.answers
            names[qid] = _value_of(q, source) if ok else None

    def item_relevance(self) -> None:
        """Repeatable sections, item by item, each item's siblings first-class in its scope."""
        qmap, names, today = self.checklist.question_map, self.names, self.today
        for section in self.checklist.sections:
            if section.repeat is None:
                continue
            section_ok = section.relevant is None or _safe_true(section.relevant, names, today)
            group_order = [
                qid for qid in self.order if qid in qmap and qmap[qid].group_id == section.id
            ]
            for i, item_values in enumerate(self.state.groups.get(section.id, [])):
                local: dict[str, Any] = {qid: None for qid in group_order}
                scope = ChainMap(local, names)
                for qid in group_order:
                    q = qmap[qid]
                    ok = section_ok and (q.relevant is None or _safe_true(q.relevant, scope, today))
                    self.relevant[(qid, i)] = ok
                    local[qid] = _value_of(q, item_values) if ok else None
                self.item_scopes[(section.id, i)] = scope

    def fired_flags(self) -> list[FiredFlag]:
        """The questions' red flags where they apply (per item in repeatable sections), then
        the form's own rules."""
        names, relevant, today = self.names, self.relevant, self.today
        flags: list[FiredFlag] = []
        for q in self.checklist.questions():
            if not q.red_flags:
                continue
            if q.group_id is None:
                if relevant.get((q.id, None)):
                    flags.extend(
                        FiredFlag(rule, None)
                        for rule in q.red_flags
                        if _safe_true(rule.when, names, today)
                    )
            else:
                for (gid, i), scope in self.item_scopes.items():
                    if gid == q.group_id and relevant.get((q.id, i)):
                        flags.extend(
                            FiredFlag(rule, i)
                            for rule in q.red_flags
                            if _safe_true(rule.when, scope, today)
                        )
        flags.extend(
            FiredFlag(rule, None)
            for rule in self.checklist.rules
            if _safe_true(rule.when, names, today)
        )
        return flags

    def header_progress(self) -> SectionProgress:
        """Count the header fields that apply; a required one left empty is missing."""
        header = self.state.header
        progress = SectionProgress()
        for f in self.checklist.header:
            if not self.relevant.get((f.id, None)):
                continue
            answered = is_answered(header.get(f.id))
            progress.visible += 1
            progress.answered += answered
            if f.required:
                progress.required += 1
                progress.required_answered += answered
            if f.required and not answered:
                self.missing.append(
                    MissingItem(
                        "header",
                        f.id,
                        None,
                        None,
                        f.label.es,
                        f"Falta el dato del encabezado «{f.label.es}».",
                    )
                )
        return progress

    def section_progress(self) -> dict[str, SectionProgress]:
        """Count each section's questions that apply (each item's, in repeatable sections);
        note what is missing, section by section."""
        state, names = self.state, self.names
        progress = {s.id: SectionProgress() for s in self.checklist.sections}
        for section in self.checklist.sections:
            if section.repeat is None:
                for q in section.questions:
                    self.check_question(q, None, state.answers, names, progress)
                continue
            items = state.groups.get(section.id, [])
            section_ok = section.relevant is None or _safe_true(section.relevant, names, self.today)
            if section_ok and len(items) < section.repeat.min:
                label = section.repeat.item_label.es
                self.missing.append(
                    MissingItem(
                        "items",
                        section.id,
                        section.id,
                        None,
                        section.title.es,
                        f"La sección «{section.title.es}» necesita al menos "
                        f"{section.repeat.min} elemento(s) «{label}»; tiene {len(items)}.",
                    )
                )
            for i, values in enumerate(items):
                scope = self.item_scopes[(section.id, i)]
                for q in section.questions:
                    self.check_question(q, i, values, scope, progress)
        return progress

    def check_question(
        self,
        q: Question,
        item: int | None,
        values: Mapping[str, Any],
        scope: Mapping,
        progress: dict[str, SectionProgress],
    ) -> None:
        """Count one question (of one item) if it applies; note it if required and empty,
        or answered without the evidence its answer requires."""
        if not self.relevant.get((q.id, item)):
            return
        prog = progress[q.section_id]
        prog.visible += 1
        count = self.state.evidence_counts.get((q.id, item), 0)
        answered = count > 0 if q.type == "evidence" else is_answered(values.get(q.id))
        if answered:
            prog.answered += 1
        if q.required:
            prog.required += 1
            if answered:
                prog.required_answered += 1
            else:
                self.missing.append(self.unanswered(q, item))
                return
        if q.type == "evidence" or not answered:
            return
        needs = q.evidence_required
        if isinstance(needs, Expression):
            needs = _safe_true(needs, scope, self.today)
        if needs and count == 0:
            where = self.where(q, item)
            self.missing.append(
                MissingItem(
                    "evidence",
                    q.id,
                    q.section_id,
                    item,
                    q.label.es,
                    f"La respuesta a «{q.label.es}»{where} requiere evidencia adjunta.",
                )
            )

    def unanswered(self, q: Question, item: int | None) -> MissingItem:
        """A required question left without its answer (or, for evidence, its file)."""
        where = self.where(q, item)
        if q.type == "evidence":
            message = f"Falta adjuntar evidencia en «{q.label.es}»{where}."
            return MissingItem("evidence", q.id, q.section_id, item, q.label.es, message)
        message = f"Falta responder «{q.label.es}»{where}."
        return MissingItem("answer", q.id, q.section_id, item, q.label.es, message)

    def where(self, q: Question, item: int | None) -> str:
        """' (Elemento 2)' after a question of a repeatable section's item, '' elsewhere."""
        return "" if item is None else f" ({_item_label(self.checklist, q, item)})"


def _value_of(q: Question, scope_values: Mapping[str, Any]) -> Any:
    """A question's answer as a name in expressions: evidence questions have none."""
    if q.type == "evidence":
        return None
    return scope_values.get(q.id)


def _item_label(checklist: Checklist, q: Question, item: int) -> str:
    section = checklist.section(q.section_id)
    label = section.repeat.item_label.es if section.repeat else "Elemento"
    return f"{label} {item + 1}"
