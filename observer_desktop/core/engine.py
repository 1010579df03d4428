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
from collections.abc import Mapping
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
    qid = question.id
    what = _what(question)
    t = question.type
    if value is None:
        return None
    if t == "evidence":
        raise ValueRejected(f"{what} se responde adjuntando evidencia, no con un valor.")
    if t in ("yes_no_na", "yes_no", "single_choice"):
        valid = question.option_ids()
        if not isinstance(value, str) or value not in valid:
            raise ValueRejected(f"{what} acepta {', '.join(valid)}; se recibió {value!r}.")
        return value
    if t == "multiple_choice":
        valid = question.option_ids()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueRejected(f"{what} espera una lista de opciones.")
        unknown = [v for v in value if v not in valid]
        if unknown:
            raise ValueRejected(
                f"{what} no tiene la(s) opción(es) {', '.join(unknown)}; "
                f"opciones: {', '.join(valid)}."
            )
        # keep the checklist's order and drop repeats, so equal choices compare equal
        chosen = set(value)
        return [v for v in valid if v in chosen]
    if t == "number":
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
    if t == "date":
        if not isinstance(value, str):
            raise ValueRejected(f"{what} espera una fecha AAAA-MM-DD.")
        try:
            return _dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueRejected(
                f"{what} espera una fecha AAAA-MM-DD; se recibió {value!r}."
            ) from None
    if t == "text":
        if not isinstance(value, str):
            raise ValueRejected(f"{what} espera un texto.")
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
                f"{what} espera una dirección web que empiece con http:// o https://."
            )
        return value or None
    raise AssertionError(f"unknown type {t}")  # pragma: no cover


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
        cleaned = raw.replace("$", "").replace(" ", "").replace("%", "")
        if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
            cleaned = cleaned.replace(",", "")  # thousands separators, as written in Mexico
        elif "," in cleaned:
            raise ValueRejected(
                f"{_what(question)}: no se entiende {raw!r}. Use punto para decimales (1.5) y "
                "coma solo para miles (1,500)."
            )
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
    today = today or _dt.date.today()
    relevant: dict[tuple[str, int | None], bool] = {}
    names: dict[str, Any] = dict(checklist.constants)
    order = relevance_order(checklist)
    header_ids = {f.id for f in checklist.header}
    qmap = checklist.question_map
    fields = {f.id: f for f in checklist.header} | qmap
    sections = {s.id: s for s in checklist.sections}
    for f in checklist.header:
        names[f.id] = None
    for q in checklist.questions():
        if q.group_id is None:
            names[q.id] = None

    def evidence_count(qid: str, item: int | None) -> int:
        return state.evidence_counts.get((qid, item), 0)

    def value_of(q: Question, scope_values: Mapping[str, Any]) -> Any:
        if q.type == "evidence":
            return None
        return scope_values.get(q.id)

    # top level (header + non-repeatable questions), in dependency order
    for qid in order:
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
        names[qid] = value_of(q, source) if ok else None

    # repeatable sections, item by item, siblings first-class in scope
    item_scopes: dict[tuple[str, int], ChainMap] = {}
    for section in checklist.sections:
        if section.repeat is None:
            continue
        section_ok = section.relevant is None or _safe_true(section.relevant, names, today)
        group_order = [qid for qid in order if qid in qmap and qmap[qid].group_id == section.id]
        for i, item_values in enumerate(state.groups.get(section.id, [])):
            local: dict[str, Any] = {qid: None for qid in group_order}
            scope = ChainMap(local, names)
            for qid in group_order:
                q = qmap[qid]
                ok = section_ok and (q.relevant is None or _safe_true(q.relevant, scope, today))
                relevant[(qid, i)] = ok
                local[qid] = value_of(q, item_values) if ok else None
            item_scopes[(section.id, i)] = scope

    flags: list[FiredFlag] = []
    for q in checklist.questions():
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
            for (gid, i), scope in item_scopes.items():
                if gid == q.group_id and relevant.get((q.id, i)):
                    flags.extend(
                        FiredFlag(rule, i)
                        for rule in q.red_flags
                        if _safe_true(rule.when, scope, today)
                    )
    flags.extend(
        FiredFlag(rule, None) for rule in checklist.rules if _safe_true(rule.when, names, today)
    )

    missing: list[MissingItem] = []
    progress: dict[str, SectionProgress] = {s.id: SectionProgress() for s in checklist.sections}
    header_progress = SectionProgress()
    for f in checklist.header:
        if not relevant.get((f.id, None)):
            continue
        answered = is_answered(state.header.get(f.id))
        header_progress.visible += 1
        header_progress.answered += answered
        if f.required:
            header_progress.required += 1
            header_progress.required_answered += answered
        if f.required and not answered:
            missing.append(
                MissingItem(
                    "header",
                    f.id,
                    None,
                    None,
                    f.label.es,
                    f"Falta el dato del encabezado «{f.label.es}».",
                )
            )

    def check_question(
        q: Question, item: int | None, values: Mapping[str, Any], scope: Mapping
    ) -> None:
        if not relevant.get((q.id, item)):
            return
        prog = progress[q.section_id]
        prog.visible += 1
        count = evidence_count(q.id, item)
        answered = count > 0 if q.type == "evidence" else is_answered(values.get(q.id))
        where = "" if item is None else f" ({_item_label(checklist, q, item)})"
        if answered:
            prog.answered += 1
        if q.required:
            prog.required += 1
            if answered:
                prog.required_answered += 1
            else:
                kind = "evidence" if q.type == "evidence" else "answer"
                missing.append(
                    MissingItem(
                        kind,
                        q.id,
                        q.section_id,
                        item,
                        q.label.es,
                        f"Falta responder «{q.label.es}»{where}."
                        if kind == "answer"
                        else f"Falta adjuntar evidencia en «{q.label.es}»{where}.",
                    )
                )
                return
        if q.type == "evidence" or not answered:
            return
        needs = q.evidence_required
        if isinstance(needs, Expression):
            needs = _safe_true(needs, scope, today)
        if needs and count == 0:
            missing.append(
                MissingItem(
                    "evidence",
                    q.id,
                    q.section_id,
                    item,
                    q.label.es,
                    f"La respuesta a «{q.label.es}»{where} requiere evidencia adjunta.",
                )
            )

    for section in checklist.sections:
        if section.repeat is None:
            for q in section.questions:
                check_question(q, None, state.answers, names)
            continue
        items = state.groups.get(section.id, [])
        section_ok = section.relevant is None or _safe_true(section.relevant, names, today)
        if section_ok and len(items) < section.repeat.min:
            label = section.repeat.item_label.es
            missing.append(
                MissingItem(
                    "items",
                    section.id,
                    section.id,
                    None,
                    section.title.es,
                    f"La sección «{section.title.es}» necesita al menos {section.repeat.min} "
                    f"elemento(s) «{label}»; tiene {len(items)}.",
                )
            )
        for i, values in enumerate(items):
            for q in section.questions:
                check_question(q, i, values, item_scopes[(section.id, i)])
    return Evaluation(
        relevant=relevant, flags=flags, missing=missing, progress=progress, header=header_progress
    )


def _item_label(checklist: Checklist, q: Question, item: int) -> str:
    section = checklist.section(q.section_id)
    label = section.repeat.item_label.es if section.repeat else "Elemento"
    return f"{label} {item + 1}"
