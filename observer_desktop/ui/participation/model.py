"""The sessions table's model: one row per participation session, sortable on stored values,
with its state at the OIC (to send, sent, validated, disputed) and why in the tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from observer_desktop.ui.i18n import date_text

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AUDIT_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # services.sessions.SESSION_STATES


def hours_text(hours: float) -> str:
    """Hours as the table, the totals and the messages write them (``2.50``)."""
    return f"{hours:.2f}"


class SessionTableModel(QAbstractTableModel):
    """Participation sessions as rows; the audit column shows the linked audit's title."""

    COL_DATE, COL_EVENT, COL_START, COL_END, COL_HOURS, COL_PLACE, COL_AUDIT, COL_NOTES = range(8)
    COL_STATE = 8

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._titles: dict[str, str] = {}
        self._headers = (
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Hours"),
            self.tr("Place"),
            self.tr("Audit"),
            self.tr("Notes"),
            self.tr("State"),
        )

    def set_rows(self, rows: list[dict[str, Any]], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = dict(titles)
        self.endResetModel()

    def row(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def find(self, session_id: str) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["id"] == session_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == SESSION_ID_ROLE:
            return row["id"]
        if role == AUDIT_ROLE:
            return row.get("audit_id")
        if role == STATE_ROLE:
            return row.get("state")
        if role == SORT_ROLE:
            return self._sort_key(index, row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _sort_key(self, index: QModelIndex | QPersistentModelIndex, row: dict, col: int) -> Any:
        if col == self.COL_HOURS:
            return float(row["hours"])
        if col in (self.COL_DATE, self.COL_START, self.COL_END):
            return f"{row['date']} {row['start_time']}"
        return (self.data(index) or "").casefold()

    def _display(self, row: dict[str, Any], col: int) -> str | None:
        if col == self.COL_DATE:
            return date_text(row["date"])
        if col == self.COL_EVENT:
            return row["event"]
        if col == self.COL_START:
            return row["start_time"]
        if col == self.COL_END:
            return row["end_time"]
        if col == self.COL_HOURS:
            return hours_text(row["hours"])
        if col == self.COL_PLACE:
            return row.get("place") or ""
        if col == self.COL_AUDIT:
            audit_id = row.get("audit_id")
            return self._titles.get(audit_id, audit_id[:8]) if audit_id else ""
        if col == self.COL_NOTES:
            return " ".join((row.get("notes") or "").split())
        if col == self.COL_STATE:
            return self.state_text(row)
        return None

    def state_text(self, row: dict[str, Any]) -> str:
        return {
            "to_send": self.tr("To send"),
            "sent": self.tr("Sent"),
            "validated": self.tr("Validated"),
            "disputed": self.tr("Disputed"),
        }.get(row.get("state") or "to_send", "")

    def state_detail(self, row: dict[str, Any]) -> str:
        """What the state means for this session, in a sentence (the tooltip, the details
        under the table and why it cannot be edited)."""
        state = row.get("state") or "to_send"
        if state == "validated":
            decided = (row.get("decided_at") or "")[:10]
            text = (
                self.tr("Validated by the OIC on %1; it can no longer be changed.").replace(
                    "%1", date_text(decided)
                )
                if decided
                else self.tr("Validated by the OIC; it can no longer be changed.")
            )
        elif state == "disputed":
            text = self.tr(
                "Disputed by the OIC: %1 Correct it (Edit…) and it goes to the OIC again."
            ).replace("%1", (row.get("reason") or "").strip() or self.tr("(no reason given)."))
        elif state == "sent":
            text = self.tr("The OIC received it and has not decided yet.")
        else:
            text = self.tr("Not sent to the OIC yet: it goes with the next sync.")
            if row.get("reason"):  # a dispute corrected, waiting to go again
                text += " " + self.tr("The OIC had disputed it: %1").replace("%1", row["reason"])
        if row.get("send_error"):
            text += " " + self.tr("The OIC server said: %1").replace("%1", row["send_error"])
        return text

    def _tooltip(self, row: dict[str, Any], col: int) -> str | None:
        if col == self.COL_NOTES and row.get("notes"):
            return row["notes"]
        if col == self.COL_AUDIT and row.get("audit_id"):
            return row["audit_id"]
        if col == self.COL_EVENT:
            return row["event"]
        if col == self.COL_STATE:
            return self.state_detail(row)
        return None
