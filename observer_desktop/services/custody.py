"""Checking the custody log: each audit's hash chain, and its data against the chain.

A mixin of :class:`~observer_desktop.services.app.Observador`. The chain itself
is ``core/custody.py``; here the log is also *replayed* (header changes,
answers and notes, items added and removed) and compared with the tables, and
a finalized audit's document is recomputed as it was at finalization and
compared with the hash its ``audit.finalized`` entry recorded. An edit made to
the database behind the app's back is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from observer_desktop.core.canonical import canonical_hash
from observer_desktop.core.checklist import Checklist
from observer_desktop.core.custody import ChainBreak, verify_chain
from observer_desktop.services.json_columns import load_json
from observer_desktop.storage.repositories import Store

__all__ = ["CustodyMixin"]


class CustodyMixin:
    """Verify custody chains and read an audit's log."""

    store: Store

    def verify_custody(self, audit_ref: str | None = None) -> list[ChainBreak]:
        """Check every audit's chain (or one) and that the audit's data matches it.

        Returns the first problem of each audit: a broken link, or data (header,
        answers, notes, finalized content) that differs from what the log records.
        """
        if audit_ref:
            audit = self.resolve_audit(audit_ref)
            heads = [
                {"id": audit["id"], "log_head": audit["log_head"], "log_count": audit["log_count"]}
            ]
        else:
            heads = self.store.custody_heads()
        breaks = []
        for head in heads:
            problem = verify_chain(
                head["id"],
                self.store.custody_entries(head["id"]),
                head_hash=head["log_head"],
                head_count=head["log_count"],
            )
            if problem is None:
                problem = self._verify_content(head["id"])
            if problem:
                breaks.append(problem)
        return breaks

    def _verify_content(self, audit_id: str) -> ChainBreak | None:
        """Replay the custody log and compare with the tables (catches direct edits)."""
        audit = self.store.get_audit(audit_id)
        replay = _replay(self.checklist_for(audit), self.store.custody_entries(audit_id))
        stored = {
            (a["question_id"], a["item"]): [a["value"], a["note"]]
            for a in self.store.answers(audit_id)
        }
        replayed = replay.kept_answers()
        if replayed != stored:
            diff = sorted(
                (k for k in replayed.keys() | stored.keys() if replayed.get(k) != stored.get(k)),
                key=str,
            )
            question, item = diff[0]
            where = question + ("" if item is None else f" (elemento {item + 1})")
            return ChainBreak(
                audit_id,
                None,
                f"la respuesta a {where} no coincide con el registro de custodia "
                "(los datos se modificaron fuera de Observador)",
            )
        if replay.header != load_json(audit["header"]):
            return ChainBreak(
                audit_id, None, "el encabezado no coincide con el registro de custodia"
            )
        if replay.counts and replay.counts != load_json(audit["repeat_counts"]):
            return ChainBreak(
                audit_id, None, "los elementos repetibles no coinciden con el registro de custodia"
            )
        return self._verify_finalized(audit, replay.finalized)

    def _verify_finalized(self, audit: dict, finalized: dict | None) -> ChainBreak | None:
        """A finalized audit's document, as it was then, must still hash as logged."""
        audit_id = audit["id"]
        if finalized is not None and audit["status"] != "draft":
            then = self.audit_document(audit_id)
            then["audit"]["status"] = "finalized"
            then["custody"] = {"count": finalized["n"] - 1, "head": finalized["prev_hash"]}
            if canonical_hash(then) != finalized["details"].get("content_sha256"):
                return ChainBreak(
                    audit_id,
                    finalized["n"],
                    "el contenido de la auditoría finalizada ya no coincide con su huella",
                )
        elif finalized is not None or audit["status"] != "draft":
            return ChainBreak(
                audit_id, None, "el estado de la auditoría no coincide con el registro"
            )
        return None

    def custody_log(self, audit_ref: str) -> list[dict]:
        return self.store.custody_entries(self.resolve_audit(audit_ref)["id"])


@dataclass
class _Replay:
    """What an audit's tables must hold, rebuilt from its custody log."""

    header: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    answers: dict[tuple[str, int | None], list] = field(default_factory=dict)
    finalized: dict | None = None  # the audit.finalized entry

    def kept_answers(self) -> dict[tuple[str, int | None], list]:
        """The answers with a value or a note (a row cleared of both is deleted)."""
        return {k: v for k, v in self.answers.items() if v != [None, None]}


def _replay(checklist: Checklist, entries: list[dict]) -> _Replay:
    state = _Replay()
    groups = {s.id: {q.id for q in s.questions} for s in checklist.sections if s.repeat}
    for e in entries:
        d, action = e["details"], e["action"]
        if action == "audit.created":
            state.header = dict(d.get("header") or {})
            state.counts = dict(
                d.get("repeat_counts")
                or {s.id: s.repeat.min for s in checklist.sections if s.repeat}
            )
            state.answers = {(q, i): [v, n] for q, i, v, n in d.get("answers", [])}
        elif action == "header.changed":
            for key, value in d["values"].items():
                if value is None:
                    state.header.pop(key, None)
                else:
                    state.header[key] = value
        elif action in ("answer.set", "answer.cleared", "note.set"):
            slot = state.answers.setdefault((d["question"], d["item"]), [None, None])
            if "value" in d:
                slot[0] = d["value"]
            if "note" in d:
                slot[1] = d["note"]
        elif action == "item.added":
            state.counts[d["section"]] = state.counts.get(d["section"], 0) + 1
        elif action == "item.removed":
            state.counts[d["section"]] = state.counts.get(d["section"], 0) - 1
            members, gone = groups.get(d["section"], set()), d["item"]
            state.answers = {
                (q, i - 1 if q in members and i is not None and i > gone else i): v
                for (q, i), v in state.answers.items()
                if not (q in members and i == gone)
            }
        elif action == "audit.finalized":
            state.finalized = e
    return state
