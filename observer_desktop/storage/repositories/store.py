"""``Store``: the folder's repositories as the one object services use (``app.store``).

Each base class is the SQL of one aggregate and stands alone over a
:class:`Database`; they share nothing but that handle. Services call
``app.store.<method>`` in some 350 places and mix aggregates inside one
transaction, so one object keeps those calls as they are. What spans
aggregates lives here: removing an item of a repeatable section touches
answers, findings and evidence links at once.
"""

from __future__ import annotations

from observer_desktop.storage.repositories.agenda import AgendaRepository
from observer_desktop.storage.repositories.answers import AnswerRepository
from observer_desktop.storage.repositories.audits import AuditRepository
from observer_desktop.storage.repositories.custody import CustodyRepository
from observer_desktop.storage.repositories.evidence import EvidenceRepository
from observer_desktop.storage.repositories.findings import FindingRepository
from observer_desktop.storage.repositories.outbox import OutboxRepository
from observer_desktop.storage.repositories.profile import ProfileRepository
from observer_desktop.storage.repositories.reports import ReportRepository
from observer_desktop.storage.repositories.sessions import SessionRepository

__all__ = ["Store"]


class Store(
    ProfileRepository,
    AuditRepository,
    AnswerRepository,
    FindingRepository,
    EvidenceRepository,
    CustodyRepository,
    ReportRepository,
    SessionRepository,
    AgendaRepository,
    OutboxRepository,
):
    def delete_group_item(self, audit_id: str, question_ids: list[str], index: int) -> dict:
        """Remove item ``index`` of a repeatable section and move later items up by one.

        Answers of the item are deleted; rule findings of the item are deleted
        (their rule no longer has an item to fire on); manual findings about it
        are kept but detached from the question; evidence stays in the audit but
        loses its link to the item. Returns the ids affected, for the custody log.
        """
        marks = ", ".join("?" for _ in question_ids)
        qargs = (audit_id, *question_ids)
        in_group = f"audit_id = ? AND question_id IN ({marks})"
        deleted = self._item_findings(in_group, (*qargs, index), "rule")
        detached = self._item_findings(in_group, (*qargs, index), "manual")
        for finding_id in deleted:
            self.delete_finding(finding_id)
        for finding_id in detached:
            self.database.execute(
                "UPDATE findings SET question_id = NULL, item = -1 WHERE id = ?", (finding_id,)
            )
        link_where = (
            "evidence_id IN (SELECT id FROM evidence WHERE audit_id = ?)"
            " AND question_id IN (" + marks + ")"
        )
        unlinked = self.database.execute(
            f"DELETE FROM evidence_links WHERE {link_where} AND item = ?",
            (*qargs, index),
        ).rowcount
        self.database.execute(
            f"DELETE FROM answers WHERE {in_group} AND item = ?",
            (*qargs, index),
        )
        self._shift_items_up(in_group, link_where, (*qargs, index))
        return {
            "findings_deleted": deleted,
            "findings_detached": detached,
            "evidence_links_removed": unlinked,
        }

    def _item_findings(self, in_group: str, args: tuple, source: str) -> list[str]:
        return [
            r[0]
            for r in self.database.execute(
                f"SELECT id FROM findings WHERE {in_group} AND item = ? AND source = ?",
                (*args, source),
            )
        ]

    def _shift_items_up(self, in_group: str, link_where: str, args: tuple) -> None:
        """Items after the removed one move up by one, in answers, findings and links."""
        # shift in ascending order so no unique index ever sees two rows on one item
        rows = self.database.execute(
            f"SELECT question_id, item FROM answers WHERE {in_group} AND item > ?"
            " ORDER BY item ASC",
            args,
        ).fetchall()
        audit_id = args[0]
        for qid, item in rows:  # answers has no rowid (WITHOUT ROWID): move by key
            self.database.execute(
                "UPDATE answers SET item = ? WHERE audit_id = ? AND question_id = ? AND item = ?",
                (item - 1, audit_id, qid, item),
            )
        for table, where in (("findings", in_group), ("evidence_links", link_where)):
            rows = self.database.execute(
                f"SELECT rowid, item FROM {table} WHERE {where} AND item > ? ORDER BY item ASC",
                args,
            ).fetchall()
            for rowid, item in rows:
                self.database.execute(
                    f"UPDATE {table} SET item = ? WHERE rowid = ?",
                    (item - 1, rowid),
                )
