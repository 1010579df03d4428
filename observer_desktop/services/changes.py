"""What one operation changed, for views to refresh only that.

Services that change an audit return an :class:`AuditChange` (answers,
header, repeatable items, findings); the desktop UI runs every operation
through ``TaskRunner.run_op`` and its change hub hands the change, once, to
every view that subscribed (ui/changes.py). A view looks at the parts it
shows — the editor at ``answers``/``findings``/``evidence``, the audit list
at ``listed``, the participation page at ``sessions`` — and does nothing for
the rest.

A change made while refreshing findings carries the evaluation it made
(``evaluation``: the audit's state and the engine's result), so a view can
show progress, relevance and what is missing without evaluating the whole
audit again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["AuditChange", "Evaluated"]

Key = tuple[str, "int | None"]


@dataclass(frozen=True)
class Evaluated:
    """An audit as a write left it, evaluated once: its row, checklist, state (answers,
    header, evidence counts) and the engine's result (relevance, progress, missing, flags)."""

    audit: dict
    checklist: Any
    state: Any
    result: Any


@dataclass
class AuditChange:
    """What one operation changed.

    ``audit_id`` is the audit changed (None for a change of no single audit, such
    as a participation session or a sync); ``audits`` names further audits the
    operation touched (the new version of an audit, the audits a sync delivered
    or saw reviewed).
    """

    audit_id: str | None
    answers: set[Key] = field(default_factory=set)  # (question id, item) whose answer or note
    header: bool = False
    items: bool = False  # repeatable items added or removed
    findings: bool = False  # a finding raised, withdrawn, added or removed
    evidence: bool = False  # added, removed, linked, unlinked or captioned
    status: bool = False  # finalized, signed, queued, sent, reviewed, superseded
    reports: bool = False  # a signed report made
    outbox: bool = False  # what waits to be sent changed
    sessions: bool = False  # participation sessions
    agenda: bool = False  # the OIC's agenda or the observer's sign-ups
    audits: set[str] = field(default_factory=set)
    raised: list[dict] = field(default_factory=list)
    withdrawn: list[dict] = field(default_factory=list)
    evaluation: Evaluated | None = None  # the evaluation the write made, or None
    value: Any = None  # what the operation returns beside the change (a new item's index…)

    @property
    def touched(self) -> set[str]:
        """Every audit this change is about."""
        return self.audits | ({self.audit_id} if self.audit_id else set())

    @property
    def listed(self) -> bool:
        """Whether the audit list (title, status, counts, dates) may show something new:
        any write to an audit moves its "updated" time."""
        return bool(
            self.touched
            and (
                self.answers or self.header or self.items or self.findings or self.evidence
                or self.status
            )
        )  # fmt: skip

    @property
    def empty(self) -> bool:
        """Nothing changed (a write of the value already stored)."""
        return not (
            self.answers or self.header or self.items or self.findings or self.evidence
            or self.status or self.reports or self.outbox or self.sessions or self.audits
        )  # fmt: skip

    @property
    def only_answers(self) -> bool:
        """Answers, notes or the header, and the findings they raised or withdrew: nothing
        a view must read again when it has the change's evaluation."""
        return not (
            self.items or self.evidence or self.status or self.reports or self.audits
        ) and bool(self.answers or self.header)

    def merge(self, other: AuditChange) -> AuditChange:
        """Both changes as one (the later evaluation wins)."""
        audits = self.touched | other.touched
        first = self.audit_id or other.audit_id
        if self.audit_id and other.audit_id and other.audit_id != self.audit_id:
            first = None
        return AuditChange(
            first,
            answers=self.answers | other.answers,
            header=self.header or other.header,
            items=self.items or other.items,
            findings=self.findings or other.findings,
            evidence=self.evidence or other.evidence,
            status=self.status or other.status,
            reports=self.reports or other.reports,
            outbox=self.outbox or other.outbox,
            sessions=self.sessions or other.sessions,
            audits=audits - ({first} if first else set()),
            raised=self.raised + other.raised,
            withdrawn=self.withdrawn + other.withdrawn,
            evaluation=other.evaluation or self.evaluation,
            value=other.value if other.value is not None else self.value,
        )

    def to_json(self) -> dict:
        return {
            "audit": self.audit_id,
            "raised": [
                {"id": f["id"], "rule": f["rule_id"], "title": f["title"]} for f in self.raised
            ],
            "withdrawn": [{"id": f["id"], "rule": f["rule_id"]} for f in self.withdrawn],
        }
