"""Checklist templates in memory: the model a loaded checklist becomes, and its lookups.

A checklist is read from YAML by ``core/checklist_loader.py`` (``load_checklist``,
``parse_checklist``); the frozen dataclasses here are what the engine, the services,
the report and the UI use. :class:`ChecklistError` is what reading a bad file raises,
with the file, the line and the path inside the document. See ``docs/checklists.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from observer_desktop.core.expr import Expression

__all__ = [
    "QUESTION_TYPES",
    "SEVERITIES",
    "Checklist",
    "ChecklistError",
    "Label",
    "Option",
    "Question",
    "RedFlagRule",
    "RepeatSpec",
    "Section",
    "relevance_dependencies",
    "relevance_order",
]

QUESTION_TYPES = (
    "yes_no_na",
    "yes_no",
    "single_choice",
    "multiple_choice",
    "number",
    "date",
    "text",
    "evidence",
)
SEVERITIES = ("alta", "media", "baja")
YES_NO_OPTIONS = {"si": "Sí", "no": "No", "na": "No aplica"}


class ChecklistError(ValueError):
    """A checklist file that cannot be used, with where and what is wrong."""

    def __init__(self, message: str, *, file: str = "", line: int | None = None, path: str = ""):
        self.file = file
        self.line = line
        self.path = path
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file or "<checklist>"
        if self.line is not None:
            where += f":{self.line}"
        loc = f" ({self.path})" if self.path else ""
        return f"{where}{loc}: {self.message}"


@dataclass(frozen=True)
class Label:
    es: str
    en: str | None = None

    def text(self, lang: str = "es") -> str:
        if lang.startswith("en") and self.en:
            return self.en
        return self.es

    @classmethod
    def of(cls, raw: Any) -> Label | None:
        if raw is None:
            return None
        if isinstance(raw, str):
            return cls(raw)
        return cls(raw["es"], raw.get("en"))

    def to_json(self) -> dict[str, str]:
        out = {"es": self.es}
        if self.en:
            out["en"] = self.en
        return out


@dataclass(frozen=True)
class Option:
    id: str
    label: Label


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    when: Expression
    severity: str
    title: Label
    description: Label | None
    recommendation: Label | None
    question_id: str | None  # None for a form-level rule
    group_id: str | None  # the repeatable section the rule runs in, if any


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: Label
    section_id: str | None  # None for header fields
    group_id: str | None  # repeatable section id, or None
    help: Label | None = None
    required: bool = False
    evidence: str = "none"
    evidence_required: bool | Expression = False
    relevant: Expression | None = None
    options: tuple[Option, ...] = ()
    min: float | None = None
    max: float | None = None
    integer: bool = False
    unit: str | None = None
    multiline: bool = False
    format: str | None = None
    max_length: int = 5000
    red_flags: tuple[RedFlagRule, ...] = ()

    @property
    def is_header(self) -> bool:
        return self.section_id is None

    def option_ids(self) -> tuple[str, ...]:
        if self.type == "yes_no_na":
            return ("si", "no", "na")
        if self.type == "yes_no":
            return ("si", "no")
        return tuple(o.id for o in self.options)

    def option_label(self, option_id: str, lang: str = "es") -> str:
        for o in self.options:
            if o.id == option_id:
                return o.label.text(lang)
        if option_id in YES_NO_OPTIONS:
            en = {"si": "Yes", "no": "No", "na": "Not applicable"}
            return en[option_id] if lang.startswith("en") else YES_NO_OPTIONS[option_id]
        return option_id


@dataclass(frozen=True)
class RepeatSpec:
    min: int
    max: int
    item_label: Label


@dataclass(frozen=True)
class Section:
    id: str
    title: Label
    questions: tuple[Question, ...]
    description: Label | None = None
    relevant: Expression | None = None
    repeat: RepeatSpec | None = None


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    title: Label
    description: Label | None
    constants: dict[str, Any]
    header: tuple[Question, ...]
    sections: tuple[Section, ...]
    rules: tuple[RedFlagRule, ...]
    source_text: str = field(repr=False)
    sha256: str
    source_path: str = ""
    _qmap: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._qmap.update({q.id: q for q in self.questions()})

    def questions(self) -> Iterator[Question]:
        """Every question of every section, in order (header fields excluded)."""
        for section in self.sections:
            yield from section.questions

    @property
    def question_map(self) -> dict[str, Question]:
        return self._qmap

    def question(self, question_id: str) -> Question:
        return self.question_map[question_id]

    def header_field(self, field_id: str) -> Question:
        for f in self.header:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def all_rules(self) -> Iterator[RedFlagRule]:
        for q in self.questions():
            yield from q.red_flags
        yield from self.rules

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title.es,
            "sha256": self.sha256,
            "sections": len(self.sections),
            "questions": sum(len(s.questions) for s in self.sections),
            "rules": sum(1 for _ in self.all_rules()),
        }

    def __hash__(self) -> int:
        return hash((self.id, self.version, self.sha256))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Checklist) and (self.id, self.version, self.sha256) == (
            other.id,
            other.version,
            other.sha256,
        )


def relevance_dependencies(cl: Checklist) -> dict[str, set[str]]:
    """Per header field and question (in form order), the names its relevance depends on.

    A question inherits its section's relevance. Names may include constants."""
    deps: dict[str, set[str]] = {}
    for f in cl.header:
        deps[f.id] = set(f.relevant.names) if f.relevant else set()
    for s in cl.sections:
        sdeps = set(s.relevant.names) if s.relevant else set()
        for q in s.questions:
            deps[q.id] = (set(q.relevant.names) if q.relevant else set()) | sdeps
    return deps


def relevance_order(cl: Checklist) -> list[str]:
    """Question and header ids ordered so each comes after what its relevance names."""
    deps = relevance_dependencies(cl)
    order: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        if node in done or node not in deps:
            return
        done.add(node)
        for nxt in sorted(deps[node]):
            visit(nxt)
        order.append(node)

    for node in deps:
        visit(node)
    return order
