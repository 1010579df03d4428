"""Checks that need a whole checklist: what its expressions name, and relevance cycles.

A name must be a question, a header field or a constant of the same file, and in
scope (a repeatable section's questions are visible only inside that section); a
string compared with a choice question must be one of its option ids; and no
question may decide, through relevance, its own visibility.
"""

from __future__ import annotations

from collections.abc import Iterator

from observer_desktop.core.checklist import Checklist, relevance_dependencies
from observer_desktop.core.checklist_yaml import YamlDoc
from observer_desktop.core.expr import Expression

__all__ = ["check_cycles", "check_references"]


def check_references(cl: Checklist, doc: YamlDoc) -> None:
    top_names = set(cl.constants) | {f.id for f in cl.header}
    group_names: dict[str, set[str]] = {}
    for s in cl.sections:
        if s.repeat:
            group_names[s.id] = {q.id for q in s.questions}
        else:
            top_names |= {q.id for q in s.questions}
    all_fields = {q.id: q for q in cl.questions()} | {f.id: f for f in cl.header}
    for expression, path, group in _expression_sites(cl):
        allowed = top_names | (group_names.get(group, set()) if group else set())
        for name in sorted(expression.names):
            if name in allowed:
                continue
            if any(name in names for names in group_names.values()):
                raise doc.error(
                    f"la expresión {expression.source!r} nombra {name!r}, que está en una "
                    "sección repetible; solo las preguntas de esa misma sección pueden usarla",
                    path,
                )
            raise doc.error(
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
                raise doc.error(
                    f"la expresión {expression.source!r} compara {name!r} con {literal!r}, "
                    f"que no es una de sus opciones ({', '.join(valid)})",
                    path,
                )


def _expression_sites(cl: Checklist) -> Iterator[tuple[Expression, tuple, str | None]]:
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


def check_cycles(cl: Checklist, doc: YamlDoc) -> None:
    """Relevance must form a DAG: a question cannot decide its own visibility."""
    deps = relevance_dependencies(cl)
    where: dict[str, tuple] = {}
    for hi, f in enumerate(cl.header):
        where[f.id] = ("header", hi, "relevant")
    for si, s in enumerate(cl.sections):
        for qi, q in enumerate(s.questions):
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
                raise doc.error(
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
