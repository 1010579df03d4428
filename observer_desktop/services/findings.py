"""Findings: the red flags the checklist's rules raise, and the observer's own.

A mixin of :class:`~observer_desktop.services.app.Observador`. Rule findings are
refreshed inside every change to a draft (:meth:`FindingsMixin._refresh_findings`):
new flags are raised, flags no longer triggered are withdrawn (the row is kept,
and reopens if the rule fires again). Manual findings are added and removed by
the observer.
"""

from __future__ import annotations

import uuid

from observer_desktop.core.checklist import SEVERITIES, Checklist
from observer_desktop.core.engine import FiredFlag, evaluate
from observer_desktop.core.errors import InputError
from observer_desktop.services.changes import AuditChange, Evaluated
from observer_desktop.services.refs import one_by_prefix
from observer_desktop.storage.database import Database
from observer_desktop.storage.repositories import Store, now_iso

__all__ = ["SEVERITY_LABELS", "FindingsMixin"]

SEVERITY_LABELS = {"alta": "Alta", "media": "Media", "baja": "Baja"}


class FindingsMixin:
    """Raise and withdraw rule findings; add, remove, look up and list findings."""

    store: Store
    database: Database

    def _refresh_findings(self, audit_id: str, checklist: Checklist | None = None) -> AuditChange:
        """Bring rule findings in line with the answers. Call inside a transaction."""
        audit = self.store.get_audit(audit_id)
        checklist = checklist or self.checklist_for(audit)
        state = self.audit_state(audit)
        result = evaluate(checklist, state)
        fired = {flag.key: flag for flag in result.flags}
        existing = self.store.rule_findings(audit_id)
        change = AuditChange(audit_id, evaluation=Evaluated(audit, checklist, state, result))
        now = now_iso()
        actor = self.actor()
        for key, flag in fired.items():
            row = existing.get(key)
            if row is None:
                row = _rule_finding(audit_id, flag, now)
                self.store.insert_finding(row)
            elif row["status"] == "withdrawn":
                self.store.update_finding(row["id"], status="open", updated_at=now)
            else:
                continue
            change.raised.append(row)
            self.store.append_custody(
                audit_id,
                "finding.raised",
                {
                    "finding": row["id"],
                    "rule": row["rule_id"],
                    "item": flag.item,
                    "severity": row["severity"],
                },
                actor=actor,
            )
        for key, row in existing.items():
            if key not in fired and row["status"] == "open":
                self.store.update_finding(row["id"], status="withdrawn", updated_at=now)
                change.withdrawn.append(row)
                self.store.append_custody(
                    audit_id,
                    "finding.withdrawn",
                    {"finding": row["id"], "rule": row["rule_id"], "item": row["item"]},
                    actor=actor,
                )
        change.findings = bool(change.raised or change.withdrawn)
        return change

    def add_finding(
        self,
        audit_ref: str,
        *,
        title: str,
        severity: str,
        description: str = "",
        recommendation: str = "",
        question_id: str | None = None,
        item: int | None = None,
    ) -> dict:
        title = (title or "").strip()
        if not title:
            raise InputError("El hallazgo necesita un título.")
        if len(title) > 1000:
            raise InputError("El título del hallazgo es demasiado largo (máximo 1000 caracteres).")
        severity = (severity or "").strip().lower()
        if severity not in SEVERITIES:
            raise InputError(f"La severidad debe ser alta, media o baja; se recibió {severity!r}.")
        if question_id is None and item is not None:
            raise InputError("Indique la pregunta (--question) a la que pertenece el elemento.")
        with self.database.transaction():
            return self._add_finding(
                audit_ref,
                title=title,
                severity=severity,
                description=description,
                recommendation=recommendation,
                question_id=question_id,
                item=item,
            )

    def _add_finding(
        self, audit_ref, *, title, severity, description, recommendation, question_id, item
    ) -> dict:
        audit, checklist = self.editable_audit(audit_ref)
        if question_id is not None:
            self.require_question(checklist, question_id, item, audit)
        now = now_iso()
        row = {
            "id": str(uuid.uuid4()),
            "audit_id": audit["id"],
            "source": "manual",
            "rule_id": None,
            "question_id": question_id,
            "item": item,
            "severity": severity,
            "title": title,
            "description": description.strip(),
            "recommendation": recommendation.strip(),
            "status": "open",
            "created_at": now,
            "updated_at": now,
        }
        self.store.insert_finding(row)
        self.store.update_audit(audit["id"], updated_at=now)
        self.store.append_custody(
            audit["id"],
            "finding.added",
            {
                "finding": row["id"],
                "title": title,
                "severity": severity,
                "question": question_id,
                "item": item,
            },
            actor=self.actor(),
        )
        return self.store.get_finding(row["id"])

    def remove_finding(self, audit_ref: str, finding_ref: str) -> None:
        with self.database.transaction():
            audit, _ = self.editable_audit(audit_ref)
            finding = self.resolve_finding(audit["id"], finding_ref)
            if finding["source"] != "manual":
                raise InputError(
                    "Los hallazgos generados por una regla se retiran solos al cambiar la respuesta."
                )
            self.store.delete_finding(finding["id"])
            self.store.update_audit(audit["id"], updated_at=now_iso())
            self.store.append_custody(
                audit["id"], "finding.removed", {"finding": finding["id"]}, actor=self.actor()
            )

    def resolve_finding(self, audit_id: str, ref: str) -> dict:
        """A finding of the audit by id or unique id prefix (at least 4 characters)."""
        finding_id = one_by_prefix(
            ref,
            lambda prefix: self.store.finding_ids_with_prefix(audit_id, prefix),
            short="Indique el hallazgo con su identificador o al menos sus primeros 4 "
            "caracteres (observer finding list).",
            none="No hay un hallazgo {ref!r} en esta auditoría.",
            many="{ref!r} corresponde a varios hallazgos; escriba más caracteres.",
        )
        return self.store.get_finding(finding_id)

    def findings(self, audit_ref: str, *, include_withdrawn: bool = False) -> list[dict]:
        audit = self.resolve_audit(audit_ref)
        return self.store.findings(audit["id"], include_withdrawn=include_withdrawn)


def _rule_finding(audit_id: str, flag: FiredFlag, now: str) -> dict:
    """The row of a finding a rule raises for the first time."""
    rule = flag.rule
    return {
        "id": str(uuid.uuid4()),
        "audit_id": audit_id,
        "source": "rule",
        "rule_id": rule.id,
        "question_id": rule.question_id,
        "item": flag.item,
        "severity": rule.severity,
        "title": rule.title.es,
        "description": rule.description.es if rule.description else "",
        "recommendation": rule.recommendation.es if rule.recommendation else "",
        "status": "open",
        "created_at": now,
        "updated_at": now,
    }
