"""Telling the observer what a run did: delivered and approved audits in the status bar,
returned audits and problems in a dialog, the login dialog when the session is gone. A
background run's failure that fixes itself (the link, a busy server) stays in the status
bar; another is shown once until a run goes through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from observer_desktop.services.sync import SyncResult, SyncStatus
from observer_desktop.ui.sync.common import SyncPart

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController
    from observer_desktop.ui.sync.run import SyncOutcome

# background failures that fix themselves (the link, a busy server): the status bar says
# so, no dialog pops up every minute
QUIET_CODES = {"network", "stalled", "unavailable", "rate_limited", "busy", "redirect"}


class RunReport(SyncPart):
    """What the observer reads after a run."""

    def __init__(self, controller: SyncController):
        super().__init__(controller)
        self.noticed: set[str] = set()  # background errors already shown in a dialog

    def tell(self, outcome: SyncOutcome) -> None:
        result = outcome.result
        if outcome.error is not None:
            self._not_started(outcome)
            return
        if result is None:
            return
        if result.reviews:
            self._show_reviews(result.reviews)
        if result.delivered:
            self.controller.message.emit(
                self.tr("%n audit(s) delivered to the OIC.", "", len(result.delivered))
            )
        if result.cancelled:
            self.controller.message.emit(
                self.tr(
                    "Sending cancelled. What was already sent is kept; the rest continues "
                    "next time."
                )
            )
            return
        if result.error:
            self._stopped(outcome, result)
            return
        if outcome.manual:
            self._summary(outcome, result)

    def _not_started(self, outcome: SyncOutcome) -> None:
        """A problem before any request: a manual run says it (or asks to log in)."""
        if outcome.manual and outcome.needs_login:
            self.controller.open_login(then_sync=True, reason=self.login_reason(outcome.status))
        elif outcome.manual:
            self.controller.show_message(
                QMessageBox.Icon.Warning,
                self.tr("Nothing was sent"),
                outcome.error or "",
                "syncErrorDialog",
            )

    def _stopped(self, outcome: SyncOutcome, result: SyncResult) -> None:
        """The run stopped on an error: always said after a manual run; after a background
        one, not for what fixes itself, and each other error once."""
        quiet = result.error_code in QUIET_CODES
        if not (outcome.manual or (not quiet and result.error_code not in self.noticed)):
            return
        self.noticed.add(result.error_code or "")
        if result.error_code == "unauthenticated":
            reason = self.tr(
                "Your session on the OIC server is no longer valid (it was closed or "
                "the OIC revoked it). Log in again to send."
            )
            self.controller.open_login(then_sync=outcome.manual, reason=reason)
            return
        self.controller.show_message(
            QMessageBox.Icon.Warning,
            self.tr("Sending to the OIC stopped"),
            result.error or "",
            "syncErrorDialog",
        )

    def _summary(self, outcome: SyncOutcome, result: SyncResult) -> None:
        """After a manual run: what could not be sent and why, or that all is up to date."""
        lines: list[str] = []
        stopped = [p for p in result.pending if p["state"] == "failed" and p["error"]]
        if stopped:
            lines.append(self.tr("These audits could not be sent:"))
            lines.extend("• " + p["error"] for p in stopped)
        if outcome.unsigned:
            lines.append(
                self.tr(
                    "%n finalized audit(s) are not sent yet because they have no signed "
                    "report: open each one and make its report (Ctrl+P).",
                    "",
                    outcome.unsigned,
                )
            )
        lines.extend(result.warnings)
        if lines:
            self.controller.show_message(
                QMessageBox.Icon.Warning if stopped else QMessageBox.Icon.Information,
                self.tr("Sending to the OIC"),
                "\n\n".join(lines),
                "syncResultDialog",
            )
        elif not result.delivered and not result.reviews:
            self.controller.message.emit(self.tr("Everything is up to date with the OIC."))

    def login_reason(self, status: SyncStatus | None) -> str:
        """Why the login dialog opened by itself (the services' wording is for the CLI)."""
        if status is not None and status.logged_in and status.configured:
            return self.tr(
                "This computer has no system keyring, so your session on the OIC server ended "
                "when Observador was closed. Log in again to send."
            )
        return self.tr("To send your audits, log in to the OIC server first.")

    def _show_reviews(self, reviews: list[dict]) -> None:
        returned = [r for r in reviews if r["state"] == "returned"]
        approved = [r for r in reviews if r["state"] == "approved"]
        if approved:
            self.controller.message.emit(
                self.tr("The OIC approved %n audit(s).", "", len(approved))
            )
        if not returned:
            return
        lines = [
            self.tr(
                "The OIC returned %n audit(s) for correction. Open each one and create a new "
                "version to correct it; it is sent again once you finalize and sign it.",
                "",
                len(returned),
            )
        ]
        for r in returned:
            line = "• " + (
                self.tr("%1 (version %2)")
                .replace("%1", r["title"] or r["audit"][:8])
                .replace("%2", str(r["audit_version"]))
            )
            if r.get("comment"):
                line += "\n   " + self.tr("OIC comment: %1").replace("%1", r["comment"])
            lines.append(line)
        box = self.controller.show_message(
            QMessageBox.Icon.Information,
            self.tr("Audits returned by the OIC"),
            "\n\n".join(lines),
            "reviewsDialog",
        )
        first = returned[0]["audit"]
        open_button = box.addButton(self.tr("&Open the audit"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openReturnedButton")
        controller = self.controller
        open_button.clicked.connect(lambda: controller.open_audit_requested.emit(first))
