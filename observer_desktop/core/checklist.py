"""Checklist templates: the YAML format, its loader and the in-memory model.

A checklist file is YAML validated against ``checklist.schema.json`` (shipped
beside this module), then checked for what a schema cannot say: unique ids,
expressions that parse and name existing questions, choice comparisons that
use real options, and relevance without cycles. Every problem is reported
with the file, the line and the path inside the document, so a coordinator
can fix it in an editor. See ``docs/checklists.md``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from observer_desktop.core.errors import os_reason
from observer_desktop.core.expr import Expression, ExpressionError, compile_expression

__all__ = [
    "QUESTION_TYPES",
    "SEVERITIES",
    "Checklist",
    "ChecklistError",
    "Label",
    "Option",
    "Question",
    "RedFlagRule",
    "Section",
    "load_checklist",
    "parse_checklist",
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
MAX_FILE_BYTES = 2 * 1024 * 1024


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


# ------------------------------------------------------------------ model


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


# ------------------------------------------------------------ YAML reading


_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{t}"
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}


class _Doc:
    """YAML converted to plain data, remembering the line of every path."""

    MAX_DEPTH = 20

    def __init__(self, file: str):
        self.file = file
        self.lines: dict[tuple, int] = {}
        self.seen: set[int] = set()

    def line_of(self, path: tuple) -> int | None:
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]

    def error(self, message: str, path: tuple = ()) -> ChecklistError:
        return ChecklistError(
            message, file=self.file, line=self.line_of(path), path=_path_text(path)
        )

    def convert(self, node: yaml.Node, path: tuple) -> Any:
        # PyYAML's composer turns an alias into the very same node object: seeing a
        # node twice means anchors/aliases, which can blow up (billion laughs) or loop.
        if id(node) in self.seen:
            raise ChecklistError(
                "no se permiten anclas ni alias de YAML (&, *); escriba cada valor completo",
                file=self.file,
                line=node.start_mark.line + 1,
                path=_path_text(path),
            )
        self.seen.add(id(node))
        if len(path) > self.MAX_DEPTH:
            raise ChecklistError(
                "el documento está anidado demasiado profundo",
                file=self.file,
                line=node.start_mark.line + 1,
                path=_path_text(path),
            )
        self.lines[path] = node.start_mark.line + 1
        if node.tag not in _PLAIN_TAGS:
            raise ChecklistError(
                f"etiqueta de YAML no permitida {node.tag!r}; quítela",
                file=self.file,
                line=node.start_mark.line + 1,
                path=_path_text(path),
            )
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise ChecklistError(
                        "las claves deben ser textos simples",
                        file=self.file,
                        line=key_node.start_mark.line + 1,
                        path=_path_text(path),
                    )
                key = key_node.value
                if key == "<<":
                    raise ChecklistError(
                        "las fusiones de YAML (<<) no están permitidas; escriba los campos",
                        file=self.file,
                        line=key_node.start_mark.line + 1,
                        path=_path_text(path),
                    )
                if key in out:
                    raise ChecklistError(
                        f"la clave {key!r} aparece dos veces",
                        file=self.file,
                        line=key_node.start_mark.line + 1,
                        path=_path_text(path),
                    )
                out[key] = self.convert(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
        return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    text = node.value
    if node.style in ("'", '"') or tag == "tag:yaml.org,2002:str":
        return text
    if tag == "tag:yaml.org,2002:bool":
        # YAML 1.1 reads yes/no/on/off as booleans; checklists are Spanish and
        # use "no" as an option id, so only true/false are booleans here.
        low = text.lower()
        if low in ("true", "false"):
            return low == "true"
        return text
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            return text
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return text
    if tag == "tag:yaml.org,2002:timestamp":
        return text
    return text


def _path_text(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@cache
def checklist_schema() -> dict[str, Any]:
    data = resources.files("observer_desktop.core").joinpath("checklist.schema.json")
    return json.loads(data.read_text(encoding="utf-8"))


@cache
def _validator() -> Any:
    import jsonschema  # imported here: commands that never read a checklist start faster

    return jsonschema.Draft202012Validator(checklist_schema())


def _schema_message(err: Any) -> str:
    """Turn a jsonschema error into a sentence a coordinator understands."""
    v = err.validator
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(sorted(err.schema.get("properties", {})))
        return f"campo desconocido {', '.join(map(repr, extra))}; campos válidos: {allowed}"
    if v == "required":
        missing = [p for p in err.schema["required"] if p not in err.instance]
        return f"falta el campo obligatorio {', '.join(map(repr, missing))}"
    if v == "enum":
        allowed = ", ".join(map(str, err.validator_value))
        if err.path and err.path[-1] == "type":
            return f"tipo de pregunta desconocido {err.instance!r}; tipos válidos: {allowed}"
        return f"valor {err.instance!r} no válido; valores permitidos: {allowed}"
    if v == "pattern":
        return (
            f"identificador {err.instance!r} no válido: use minúsculas, dígitos y guion bajo, "
            "empezando por una letra (máx. 64)"
        )
    if v == "type":
        names = {
            "string": "un texto",
            "integer": "un número entero",
            "number": "un número",
            "boolean": "true o false",
            "array": "una lista",
            "object": "un mapa (clave: valor)",
        }
        want = err.validator_value
        want_list = want if isinstance(want, list) else [want]
        wanted = " o ".join(names.get(w, w) for w in want_list)
        return f"se esperaba {wanted}, no {err.instance!r}"
    if v == "oneOf" and err.path and err.schema.get("oneOf") and _is_label_schema(err.schema):
        return "una etiqueta debe ser un texto o un mapa con 'es' (obligatorio) y 'en'"
    if v == "minItems":
        return f"la lista necesita al menos {err.validator_value} elemento(s)"
    if v == "minLength":
        return "el texto no puede estar vacío"
    if v in ("minimum", "maximum"):
        word = "mínimo" if v == "minimum" else "máximo"
        return f"el valor {err.instance!r} está fuera de rango ({word} {err.validator_value})"
    return err.message


def _is_label_schema(schema: dict[str, Any]) -> bool:
    return any(s.get("type") == "string" for s in schema.get("oneOf", []))


# ---------------------------------------------------------------- building


def load_checklist(path: str | Path) -> Checklist:
    """Read and validate a checklist file. Raise :class:`ChecklistError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ChecklistError(
            f"no se puede leer el archivo: {os_reason(exc)}", file=str(path)
        ) from None
    if size > MAX_FILE_BYTES:
        raise ChecklistError(
            f"el archivo es demasiado grande ({size} bytes; máximo {MAX_FILE_BYTES})",
            file=str(path),
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(
            f"no se puede leer el archivo: {os_reason(exc)}", file=str(path)
        ) from None
    return parse_checklist(raw, file=str(path))


def parse_checklist(raw: bytes | str, *, file: str = "<checklist>") -> Checklist:
    """Validate checklist source (YAML text) and build the model."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ChecklistError(
                f"el archivo no está en UTF-8 (byte {exc.start}); guárdelo como UTF-8", file=file
            ) from None
    else:
        text = raw
    doc = _Doc(file)
    try:
        return _parse(doc, text, file)
    except RecursionError:
        raise ChecklistError(
            "el formulario está anidado demasiado profundo para leerlo", file=file
        ) from None


MAX_QUESTIONS = 600

_YAML_PROBLEMS = (
    ("mapping values are not allowed", "hay «:» donde no se espera (¿falta comillas o sangría?)"),
    ("could not find expected ':'", "falta «:» después de una clave"),
    ("cannot start any token", "hay un carácter no permitido (¿un tabulador? use espacios)"),
    ("expected ',' or ']'", "una lista entre [ ] no está bien cerrada"),
    ("expected ',' or '}'", "un mapa entre { } no está bien cerrado"),
    ("unexpected end of stream", "el archivo termina antes de tiempo (¿comillas sin cerrar?)"),
    ("did not find expected key", "sangría incorrecta: se esperaba una clave"),
    ("did not find expected '-' indicator", "sangría incorrecta en una lista"),
    ("found undefined alias", "alias sin ancla; no use alias (*)"),
    ("while scanning a quoted scalar", "unas comillas no se cerraron"),
)


def _yaml_problem(problem: str) -> str:
    for english, spanish in _YAML_PROBLEMS:
        if english in problem:
            return f"{spanish} ({problem})"
    return problem


# libyaml's composer, where PyYAML was built with it, reads a checklist about ten
# times faster than the pure-Python one: the app reads every checklist at start,
# on the way to the first list. It makes the same nodes (an alias is the anchored
# node itself, as _Doc.convert relies on). On an error the file is read again with
# the pure-Python composer, whose messages _YAML_PROBLEMS translates.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> list[yaml.Node]:
    try:
        return list(yaml.compose_all(text, Loader=_FAST_LOADER))
    except yaml.YAMLError:
        if _FAST_LOADER is yaml.SafeLoader:
            raise
    return list(yaml.compose_all(text, Loader=yaml.SafeLoader))


def _parse(doc: _Doc, text: str, file: str) -> Checklist:
    try:
        nodes = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ChecklistError(
            f"YAML mal formado: {_yaml_problem(exc.problem or exc.context or '')}",
            file=file,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise ChecklistError(f"YAML mal formado: {exc}", file=file) from None
    if len(nodes) != 1 or nodes[0] is None:
        raise ChecklistError(
            "el archivo debe contener exactamente un documento YAML"
            if nodes
            else "el archivo está vacío",
            file=file,
            line=1,
        )
    if not isinstance(nodes[0], yaml.MappingNode):
        raise ChecklistError(
            "el documento debe ser un mapa (id:, version:, title:, sections: …), no una lista o un texto",
            file=file,
            line=nodes[0].start_mark.line + 1,
        )
    data = doc.convert(nodes[0], ())

    errors = sorted(
        _validator().iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path)))
    )
    if errors:
        err = _most_specific(errors)
        raise doc.error(_schema_message(err), tuple(err.absolute_path))

    count = sum(len(s.get("questions", [])) for s in data["sections"]) + len(
        data.get("header") or []
    )
    if count > MAX_QUESTIONS:
        raise ChecklistError(
            f"el formulario tiene {count} preguntas y campos; el máximo es {MAX_QUESTIONS}",
            file=file,
        )
    return _Builder(doc, data, text).build()


def _most_specific(errors: list[Any]) -> Any:
    import jsonschema.exceptions

    best = jsonschema.exceptions.best_match(errors)
    # best_match prefers shallow errors; for oneOf on labels descend into context
    while best.context:
        deeper = jsonschema.exceptions.best_match(best.context)
        if deeper is None or _is_label_schema(best.schema):
            break
        best = deeper
    return best


class _Builder:
    def __init__(self, doc: _Doc, data: dict[str, Any], text: str):
        self.doc = doc
        self.data = data
        self.text = text
        self.ids: dict[str, tuple] = {}
        self.questions: dict[str, Question] = {}

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

    def build(self) -> Checklist:
        d = self.data
        constants = dict(d.get("constants") or {})
        for name in constants:
            self.claim(name, ("constants", name))

        header = []
        for i, raw in enumerate(d.get("header") or []):
            header.append(self.question(raw, ("header", i), section_id=None, group_id=None))
        # Header fields never raise red flags by themselves: rules live on questions
        for q, raw in zip(header, d.get("header") or [], strict=True):
            if raw.get("red_flags"):
                raise self.doc.error(
                    "los campos del encabezado no llevan red_flags; use 'rules' del formulario",
                    ("header", header.index(q), "red_flags"),
                )
            if q.type == "evidence":
                raise self.doc.error(
                    "un campo del encabezado no puede ser de tipo 'evidence'",
                    ("header", header.index(q), "type"),
                )

        sections = []
        for si, raw_s in enumerate(d["sections"]):
            spath = ("sections", si)
            self.claim(raw_s["id"], (*spath, "id"))
            repeat = None
            group_id = None
            if "repeat" in raw_s:
                r = raw_s["repeat"] or {}
                rmin, rmax = int(r.get("min", 0)), int(r.get("max", 50))
                if rmin > rmax:
                    raise self.doc.error(
                        f"repeat.min ({rmin}) es mayor que repeat.max ({rmax})", (*spath, "repeat")
                    )
                repeat = RepeatSpec(
                    rmin, rmax, Label.of(r.get("item_label")) or Label("Elemento", "Item")
                )
                group_id = raw_s["id"]
            questions = tuple(
                self.question(
                    rq, (*spath, "questions", qi), section_id=raw_s["id"], group_id=group_id
                )
                for qi, rq in enumerate(raw_s["questions"])
            )
            sections.append(
                Section(
                    id=raw_s["id"],
                    title=Label.of(raw_s["title"]),
                    description=Label.of(raw_s.get("description")),
                    relevant=self.expr(raw_s["relevant"], (*spath, "relevant"))
                    if "relevant" in raw_s
                    else None,
                    repeat=repeat,
                    questions=questions,
                )
            )

        rules = tuple(
            self.rule(raw, ("rules", i), question_id=None, group_id=None)
            for i, raw in enumerate(d.get("rules") or [])
        )

        checklist = Checklist(
            id=d["id"],
            version=d["version"],
            title=Label.of(d["title"]),
            description=Label.of(d.get("description")),
            constants=constants,
            header=tuple(header),
            sections=tuple(sections),
            rules=rules,
            source_text=self.text,
            sha256=hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            source_path=self.doc.file,
        )
        self.check_references(checklist)
        self.check_cycles(checklist)
        return checklist

    def question(
        self, raw: dict[str, Any], path: tuple, *, section_id: str | None, group_id: str | None
    ) -> Question:
        qid = raw["id"]
        self.claim(qid, (*path, "id"))
        qtype = raw["type"]
        options: tuple[Option, ...] = ()
        if qtype in ("single_choice", "multiple_choice"):
            if "options" not in raw:
                raise self.doc.error(
                    f"la pregunta {qid!r} de tipo {qtype} necesita 'options'", (*path, "type")
                )
            seen: set[str] = set()
            opts = []
            for oi, o in enumerate(raw["options"]):
                if o["id"] in seen:
                    raise self.doc.error(
                        f"la opción {o['id']!r} está repetida en la pregunta {qid!r}",
                        (*path, "options", oi, "id"),
                    )
                seen.add(o["id"])
                opts.append(Option(o["id"], Label.of(o["label"])))
            options = tuple(opts)
        elif "options" in raw:
            raise self.doc.error(
                f"'options' solo se usa en preguntas de opción; {qid!r} es de tipo {qtype}",
                (*path, "options"),
            )
        for key, types in (
            ("min", ("number",)),
            ("max", ("number",)),
            ("integer", ("number",)),
            ("unit", ("number",)),
            ("multiline", ("text",)),
            ("format", ("text",)),
            ("max_length", ("text",)),
        ):
            if key in raw and qtype not in types:
                raise self.doc.error(f"{key!r} no aplica a preguntas de tipo {qtype}", (*path, key))
        if "min" in raw and "max" in raw and raw["min"] > raw["max"]:
            raise self.doc.error(
                f"min ({raw['min']}) es mayor que max ({raw['max']})", (*path, "min")
            )
        evidence_required: bool | Expression = False
        er = raw.get("evidence_required", False)
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
        q = Question(
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
                self.rule(r, (*path, "red_flags", i), question_id=qid, group_id=group_id)
                for i, r in enumerate(raw.get("red_flags") or [])
            ),
        )
        self.questions[qid] = q
        return q

    def rule(
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

    # -- whole-document checks ------------------------------------------

    def _expression_sites(self, cl: Checklist) -> Iterator[tuple[Expression, tuple, str | None]]:
        """(expression, path, group_id) for every expression in the checklist."""
        for hi, f in enumerate(cl.header):
            if f.relevant:
                yield f.relevant, ("header", hi, "relevant"), None
        for si, s in enumerate(cl.sections):
            if s.relevant:
                yield s.relevant, ("sections", si, "relevant"), None
            for qi, q in enumerate(s.questions):
                base = ("sections", si, "questions", qi)
                if q.relevant:
                    yield q.relevant, (*base, "relevant"), q.group_id
                if isinstance(q.evidence_required, Expression):
                    yield q.evidence_required, (*base, "evidence_required"), q.group_id
                for ri, r in enumerate(q.red_flags):
                    yield r.when, (*base, "red_flags", ri, "when"), q.group_id
        for ri, r in enumerate(cl.rules):
            yield r.when, ("rules", ri, "when"), None

    def check_references(self, cl: Checklist) -> None:
        top_names = set(cl.constants) | {f.id for f in cl.header}
        group_names: dict[str, set[str]] = {}
        for s in cl.sections:
            if s.repeat:
                group_names[s.id] = {q.id for q in s.questions}
            else:
                top_names |= {q.id for q in s.questions}
        all_fields = {q.id: q for q in cl.questions()} | {f.id: f for f in cl.header}
        for expression, path, group in self._expression_sites(cl):
            allowed = top_names | (group_names.get(group, set()) if group else set())
            for name in sorted(expression.names):
                if name in allowed:
                    continue
                if any(name in names for names in group_names.values()):
                    raise self.doc.error(
                        f"la expresión {expression.source!r} nombra {name!r}, que está en una "
                        "sección repetible; solo las preguntas de esa misma sección pueden usarla",
                        path,
                    )
                raise self.doc.error(
                    f"la expresión {expression.source!r} nombra {name!r}, que no es una pregunta, "
                    "campo del encabezado ni constante de este formulario",
                    path,
                )
            for name, literal in expression.string_comparisons():
                target = all_fields.get(name)
                if target is None:
                    continue
                valid = target.option_ids()
                if valid and literal not in valid:
                    raise self.doc.error(
                        f"la expresión {expression.source!r} compara {name!r} con {literal!r}, "
                        f"que no es una de sus opciones ({', '.join(valid)})",
                        path,
                    )

    def check_cycles(self, cl: Checklist) -> None:
        """Relevance must form a DAG: a question cannot decide its own visibility."""
        deps: dict[str, set[str]] = {}
        where: dict[str, tuple] = {}
        for hi, f in enumerate(cl.header):
            deps[f.id] = set(f.relevant.names) if f.relevant else set()
            where[f.id] = ("header", hi, "relevant")
        for si, s in enumerate(cl.sections):
            sdeps = set(s.relevant.names) if s.relevant else set()
            for qi, q in enumerate(s.questions):
                deps[q.id] = (set(q.relevant.names) if q.relevant else set()) | sdeps
                where[q.id] = ("sections", si, "questions", qi, "relevant")
        state: dict[str, int] = {}
        stack: list[str] = []

        def visit(node: str) -> None:
            state[node] = 1
            stack.append(node)
            for nxt in sorted(deps.get(node, ())):
                if nxt not in deps:
                    continue  # constants
                if state.get(nxt) == 1:
                    cycle = [*stack[stack.index(nxt) :], nxt]
                    raise self.doc.error(
                        "la relevancia forma un ciclo: "
                        + " → ".join(cycle)
                        + "; una pregunta no puede depender de sí misma",
                        where[nxt],
                    )
                if state.get(nxt) is None:
                    visit(nxt)
            stack.pop()
            state[node] = 2

        for node in deps:
            if node not in state:
                visit(node)


def relevance_order(cl: Checklist) -> list[str]:
    """Question and header ids ordered so each comes after what its relevance names."""
    deps: dict[str, set[str]] = {}
    for f in cl.header:
        deps[f.id] = set(f.relevant.names) if f.relevant else set()
    for s in cl.sections:
        sdeps = set(s.relevant.names) if s.relevant else set()
        for q in s.questions:
            deps[q.id] = (set(q.relevant.names) if q.relevant else set()) | sdeps
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
