"""From a checklist's validated data to the model, checking what each entry says.

The schema has already checked the shape; :class:`ChecklistBuilder` makes the
:mod:`~observer_desktop.core.checklist` objects and refuses what a schema cannot
say about one entry: an id used twice in the file, an expression that does not
parse, options on a question that has none (or none where it needs them),
a key that does not apply to the question's type, evidence asked but not allowed.
What needs the whole checklist (names in scope, cycles) is in
``core/checklist_checks.py``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from observer_desktop.core.checklist import (
    Checklist,
    Label,
    Option,
    Question,
    RedFlagRule,
    RepeatSpec,
    Section,
)
from observer_desktop.core.checklist_checks import check_cycles, check_references
from observer_desktop.core.checklist_yaml import YamlDoc
from observer_desktop.core.expr import Expression, ExpressionError, compile_expression

__all__ = ["ChecklistBuilder"]

# keys that only questions of these types may carry
_TYPE_KEYS = (
    ("min", ("number",)),
    ("max", ("number",)),
    ("integer", ("number",)),
    ("unit", ("number",)),
    ("multiline", ("text",)),
    ("format", ("text",)),
    ("max_length", ("text",)),
)


class ChecklistBuilder:
    """One checklist file's data, built once into a :class:`Checklist`."""

    def __init__(self, doc: YamlDoc, data: dict[str, Any], text: str):
        self.doc = doc
        self.data = data
        self.text = text
        self.ids: dict[str, tuple] = {}  # every id of the file, with the path it was given at

    def build(self) -> Checklist:
        d = self.data
        constants = dict(d.get("constants") or {})
        for name in constants:
            self.claim(name, ("constants", name))
        header = self._header(d.get("header") or [])
        sections = tuple(self._section(raw, ("sections", i)) for i, raw in enumerate(d["sections"]))
        rules = tuple(
            self._rule(raw, ("rules", i), question_id=None, group_id=None)
            for i, raw in enumerate(d.get("rules") or [])
        )
        checklist = Checklist(
            id=d["id"],
            version=d["version"],
            title=Label.of(d["title"]),
            description=Label.of(d.get("description")),
            constants=constants,
            header=header,
            sections=sections,
            rules=rules,
            source_text=self.text,
            sha256=hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            source_path=self.doc.file,
        )
        check_references(checklist, self.doc)
        check_cycles(checklist, self.doc)
        return checklist

    # -- shared by every entry -------------------------------------------

    def claim(self, ident: str, path: tuple) -> None:
        if ident in self.ids:
            first = self.doc.line_of(self.ids[ident])
            raise self.doc.error(
                f"el id {ident!r} está repetido (ya se usó en la línea {first}); "
                "cada id debe ser único en el archivo",
                path,
            )
        self.ids[ident] = path

    def expr(self, source: str, path: tuple) -> Expression:
        try:
            return compile_expression(source)
        except ExpressionError as exc:
            raise self.doc.error(f"expresión no válida {source!r}: {exc}", path) from None

    # -- header and sections ---------------------------------------------

    def _header(self, raw_fields: list[dict[str, Any]]) -> tuple[Question, ...]:
        header = [
            self._question(raw, ("header", i), section_id=None, group_id=None)
            for i, raw in enumerate(raw_fields)
        ]
        # Header fields never raise red flags by themselves: rules live on questions
        for i, (q, raw) in enumerate(zip(header, raw_fields, strict=True)):
            if raw.get("red_flags"):
                raise self.doc.error(
                    "los campos del encabezado no llevan red_flags; use 'rules' del formulario",
                    ("header", i, "red_flags"),
                )
            if q.type == "evidence":
                raise self.doc.error(
                    "un campo del encabezado no puede ser de tipo 'evidence'",
                    ("header", i, "type"),
                )
        return tuple(header)

    def _section(self, raw: dict[str, Any], path: tuple) -> Section:
        self.claim(raw["id"], (*path, "id"))
        repeat = self._repeat(raw, path)
        group_id = raw["id"] if repeat is not None else None
        questions = tuple(
            self._question(rq, (*path, "questions", qi), section_id=raw["id"], group_id=group_id)
            for qi, rq in enumerate(raw["questions"])
        )
        return Section(
            id=raw["id"],
            title=Label.of(raw["title"]),
            description=Label.of(raw.get("description")),
            relevant=self.expr(raw["relevant"], (*path, "relevant")) if "relevant" in raw else None,
            repeat=repeat,
            questions=questions,
        )

    def _repeat(self, raw: dict[str, Any], path: tuple) -> RepeatSpec | None:
        if "repeat" not in raw:
            return None
        r = raw["repeat"] or {}
        rmin, rmax = int(r.get("min", 0)), int(r.get("max", 50))
        if rmin > rmax:
            raise self.doc.error(
                f"repeat.min ({rmin}) es mayor que repeat.max ({rmax})", (*path, "repeat")
            )
        return RepeatSpec(rmin, rmax, Label.of(r.get("item_label")) or Label("Elemento", "Item"))

    # -- questions and rules ---------------------------------------------

    def _question(
        self, raw: dict[str, Any], path: tuple, *, section_id: str | None, group_id: str | None
    ) -> Question:
        qid = raw["id"]
        self.claim(qid, (*path, "id"))
        qtype = raw["type"]
        options = self._options(raw, path, qid, qtype)
        self._check_type_keys(raw, path, qtype)
        evidence, evidence_required = self._evidence(raw, path, qid, qtype)
        return Question(
            id=qid,
            type=qtype,
            label=Label.of(raw["label"]),
            section_id=section_id,
            group_id=group_id,
            help=Label.of(raw.get("help")),
            required=bool(raw.get("required", False)),
            evidence=evidence,
            evidence_required=evidence_required,
            relevant=self.expr(raw["relevant"], (*path, "relevant")) if "relevant" in raw else None,
            options=options,
            min=raw.get("min"),
            max=raw.get("max"),
            integer=bool(raw.get("integer", False)),
            unit=raw.get("unit"),
            multiline=bool(raw.get("multiline", False)),
            format=raw.get("format"),
            max_length=int(raw.get("max_length", 5000)),
            red_flags=tuple(
                self._rule(r, (*path, "red_flags", i), question_id=qid, group_id=group_id)
                for i, r in enumerate(raw.get("red_flags") or [])
            ),
        )

    def _options(
        self, raw: dict[str, Any], path: tuple, qid: str, qtype: str
    ) -> tuple[Option, ...]:
        if qtype not in ("single_choice", "multiple_choice"):
            if "options" in raw:
                raise self.doc.error(
                    f"'options' solo se usa en preguntas de opción; {qid!r} es de tipo {qtype}",
                    (*path, "options"),
                )
            return ()
        if "options" not in raw:
            raise self.doc.error(
                f"la pregunta {qid!r} de tipo {qtype} necesita 'options'", (*path, "type")
            )
        seen: set[str] = set()
        options = []
        for oi, o in enumerate(raw["options"]):
            if o["id"] in seen:
                raise self.doc.error(
                    f"la opción {o['id']!r} está repetida en la pregunta {qid!r}",
                    (*path, "options", oi, "id"),
                )
            seen.add(o["id"])
            options.append(Option(o["id"], Label.of(o["label"])))
        return tuple(options)

    def _check_type_keys(self, raw: dict[str, Any], path: tuple, qtype: str) -> None:
        for key, types in _TYPE_KEYS:
            if key in raw and qtype not in types:
                raise self.doc.error(f"{key!r} no aplica a preguntas de tipo {qtype}", (*path, key))
        if "min" in raw and "max" in raw and raw["min"] > raw["max"]:
            raise self.doc.error(
                f"min ({raw['min']}) es mayor que max ({raw['max']})", (*path, "min")
            )

    def _evidence(
        self, raw: dict[str, Any], path: tuple, qid: str, qtype: str
    ) -> tuple[str, bool | Expression]:
        """The question's ``evidence`` kind and its ``evidence_required`` (a flag or a rule)."""
        er = raw.get("evidence_required", False)
        evidence_required: bool | Expression
        if isinstance(er, str):
            evidence_required = self.expr(er, (*path, "evidence_required"))
        else:
            evidence_required = bool(er)
        evidence = raw.get("evidence", "any" if qtype == "evidence" or er else "none")
        if er is not False and evidence == "none":
            raise self.doc.error(
                f"la pregunta {qid!r} pide evidencia (evidence_required) pero dice evidence: none",
                (*path, "evidence"),
            )
        if qtype == "evidence" and evidence == "none":
            raise self.doc.error(
                f"la pregunta {qid!r} es de tipo 'evidence' y no puede tener evidence: none",
                (*path, "evidence"),
            )
        return evidence, evidence_required

    def _rule(
        self, raw: dict[str, Any], path: tuple, *, question_id: str | None, group_id: str | None
    ) -> RedFlagRule:
        self.claim(raw["id"], (*path, "id"))
        return RedFlagRule(
            id=raw["id"],
            when=self.expr(raw["when"], (*path, "when")),
            severity=raw["severity"],
            title=Label.of(raw["title"]),
            description=Label.of(raw.get("description")),
            recommendation=Label.of(raw.get("recommendation")),
            question_id=question_id,
            group_id=group_id,
        )
