"""The sessions table's model: one row per participation session, sortable on stored values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from observer_desktop.ui.i18n import date_text

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AUDIT_ROLE = Qt.ItemDataRole.UserRole + 3


def hours_text(hours: float) -> str:
    """Hours as the table, the totals and the messages write them (``2.50``)."""
    return f"{hours:.2f}"


class SessionTableModel(QAbstractTableModel):
    """Participation sessions as rows; the audit column shows the linked audit's title."""

    COL_DATE, COL_EVENT, COL_START, COL_END, COL_HOURS, COL_PLACE, COL_AUDIT, COL_NOTES = range(8)

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
        return None

    def _tooltip(self, row: dict[str, Any], col: int) -> str | None:
        if col == self.COL_NOTES and row.get("notes"):
            return row["notes"]
        if col == self.COL_AUDIT and row.get("audit_id"):
            return row["audit_id"]
        if col == self.COL_EVENT:
            return row["event"]
        return None
