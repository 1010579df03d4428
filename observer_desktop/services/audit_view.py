"""The audit editor's read model: everything the editor shows about one audit.

:func:`audit_view` reads the audit, evaluates it (relevance, progress, what is missing)
and adds its findings and evidence counts; with ``full=True`` also the answers, the
checklist and what the OIC said about it. It changes nothing, and runs on the database
thread (the UI calls it inside a task). :func:`section_applies` says which sections'
own ``relevant`` holds.

:func:`change_view` is what the editor shows after its own write: the write evaluated
the audit already (to raise and withdraw red flags) and its :class:`AuditChange` carries
that evaluation, so the view is made from it without evaluating the audit again, and the
findings are read only when the write raised or withdrew one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from observer_desktop.core.engine import evaluate
from observer_desktop.services import reads
from observer_desktop.services.changes import AuditChange, Evaluated

if TYPE_CHECKING:
    from observer_desktop.core.checklist import Checklist

__all__ = ["audit_view", "change_view", "evaluated_view", "section_applies"]

Key = tuple[str, int | None]


def audit_view(app: Any, audit_id: str, *, full: bool = False) -> dict:
    """Everything the editor shows about an audit (runs on the database thread)."""
    audit = app.resolve_audit(audit_id)
    checklist = app.checklist_for(audit)
    state = app.audit_state(audit)
    out = evaluated_view(Evaluated(audit, checklist, state, evaluate(checklist, state)))
    out["findings"] = app.findings(audit["id"])
    if full:
        answers: dict[Key, dict] = {
            (a["question_id"], a["item"]): {"value": a["value"], "note": a["note"]}
            for a in reads.answers(app, audit["id"])
        }
        for fid, value in state.header.items():
            answers[(fid, None)] = {"value": value, "note": None}
        out["answers"] = answers
        out["checklist"] = checklist
        # what the OIC said about this audit and its earlier versions (review banner), and
        # the return whose per-question comments go beside the questions
        from observer_desktop.services.sync import audit_reviews, returned_review

        out["reviews"] = audit_reviews(app, audit["id"])
        out["returned_review"] = returned_review(audit, out["reviews"])
    return out


def evaluated_view(evaluated: Evaluated) -> dict:
    """The view of an evaluated audit, findings aside (reads nothing)."""
    audit, checklist, state, result = (
        evaluated.audit, evaluated.checklist, evaluated.state, evaluated.result
    )  # fmt: skip
    return {
        "audit": audit,
        "repeat_counts": json.loads(audit["repeat_counts"] or "{}"),
        "header": dict(state.header),
        "relevant": dict(result.relevant),
        "progress": {
            sid: (p.required, p.required_answered, p.answered, p.visible)
            for sid, p in result.progress.items()
        },
        "required_total": result.required_total,  # (answered, required), as the report
        "missing": [m.to_json() for m in result.missing],
        "evidence_counts": dict(state.evidence_counts),
        "section_applies": section_applies(checklist, state, result.relevant),
    }


def change_view(app: Any, change: AuditChange) -> dict:
    """What the editor shows after ``change``, its own write to the audit shown.

    An answer, note or header field (and the red flags they raised or withdrew): made
    from the evaluation the write carries, findings read only if they changed — no
    second evaluation. A write that changed nothing: ``{}``, nothing to show anew.
    Anything else (items added or removed, a finding, evidence): :func:`audit_view`.
    """
    if change.empty:
        return {}  # the stored value was already this one: nothing was written
    if change.evaluation is not None and change.only_answers:
        out = evaluated_view(change.evaluation)
        if change.findings:
            out["findings"] = app.findings(change.audit_id)
        return out
    return audit_view(app, change.audit_id)


def section_applies(checklist: Checklist, state: Any, relevant: dict) -> dict[str, bool]:
    """Whether each section's own ``relevant`` holds (a repeatable one may have no items)."""
    names: dict[str, Any] = dict(checklist.constants)
    for f in checklist.header:
        names[f.id] = state.header.get(f.id) if relevant.get((f.id, None)) else None
    for q in checklist.questions():
        if q.group_id is None:
            ok = relevant.get((q.id, None)) and q.type != "evidence"
            names[q.id] = state.answers.get(q.id) if ok else None
    out = {}
    for s in checklist.sections:
        if s.relevant is None:
            out[s.id] = True
            continue
        try:
            out[s.id] = s.relevant.is_true(names)
        except Exception:  # data of a shape the expression cannot use: as the engine does
            out[s.id] = False
    return out
