"""Qt item models over plain rows from the services (testable without widgets)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

STATUS_LABELS = {
    "draft": "Borrador",
    "finalized": "Finalizada",
    "signed": "Firmada",
    "queued": "En cola de envío",
    "delivered": "Entregada",
    "approved": "Aprobada",
    "returned": "Devuelta",
}

AUDIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(iso_utc: str | None) -> str:
    """'2026-11-26T16:20:00.000Z' (stored in UTC) as the observer's local 'AAAA-MM-DD HH:MM'."""
    if not iso_utc:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class AuditTableModel(QAbstractTableModel):
    COL_STATUS, COL_DATE, COL_TITLE, COL_FORM, COL_VERSION, COL_UPDATED = range(6)
    HEADERS = ("Estado", "Fecha del evento", "Proceso", "Formulario", "Versión", "Actualizada")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._form_titles: dict[str, str] = {}

    def set_rows(
        self, rows: list[dict[str, Any]], form_titles: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if form_titles is not None:
            self._form_titles = dict(form_titles)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == AUDIT_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.COL_STATUS:
                label = STATUS_LABELS.get(row["status"], row["status"])
                return label + (" (reemplazada)" if row.get("superseded_by") else "")
            if col == self.COL_DATE:
                return row.get("event_date") or ""
            if col == self.COL_TITLE:
                return row.get("title") or ""
            if col == self.COL_FORM:
                return self._form_titles.get(row["form_id"], row["form_id"])
            if col == self.COL_VERSION:
                return str(row.get("version", 1))
            if col == self.COL_UPDATED:
                return local_time(row.get("updated_at"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["id"]
        return None
