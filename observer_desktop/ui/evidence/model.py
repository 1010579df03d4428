"""The evidence rows of one audit as a Qt list model: merged, not reset, as imports add rows.

Items show the caption (or the file name), a thumbnail or a placeholder, and a
tooltip with what is known of the file; the caption is edited in place.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap

from observer_desktop.ui.evidence.captions_links import LinkKey, link_key
from observer_desktop.ui.evidence.formats import camera_time, data_size, kind_of
from observer_desktop.ui.evidence.placeholders import placeholder
from observer_desktop.ui.evidence.thumbnails import ThumbnailCache
from observer_desktop.ui.i18n import local_time

EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
THUMBNAIL_STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "loaded" | "loading" | "placeholder"


class EvidenceListModel(QAbstractListModel):
    """The evidence rows of one audit (``services.reads.evidence_rows`` dicts), one item each.

    ``set_rows`` merges a newer list into the current one: rows that left are
    removed, new ones inserted where they belong, changed ones updated, so a
    view keeps its selection and scroll position while an import adds rows.
    Thumbnails are asked for through ``thumbnail_wanted`` when an item is first
    painted and handed back with ``set_thumbnails``.
    """

    thumbnail_wanted = Signal(str, bool)  # sha256, has warnings
    caption_edited = Signal(str, str)  # evidence id, new caption

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._row_of: dict[str, int] = {}
        self._row_of_sha: dict[str, int] = {}
        self._editable = False
        self._link_labels: dict[LinkKey, str] = {}
        self._thumbnails = ThumbnailCache()
        self.dpr = 1.0

    # -- contents
    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_of(self, evidence_id: str) -> int:
        return self._row_of.get(evidence_id, -1)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def set_link_labels(self, labels: dict[LinkKey, str]) -> None:
        self._link_labels = dict(labels)

    def link_labels(self, row: dict) -> list[str]:
        return [
            self._link_labels.get(link_key(link), link.get("question_id") or "")
            for link in row.get("links", [])
        ]

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._reindex()
        self._thumbnails.forget_requests()
        self.endResetModel()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        new_ids = [r["id"] for r in rows]
        wanted = set(new_ids)
        # rows that left, removed from the end so earlier positions stay valid
        end = len(self._rows) - 1
        while end >= 0:
            if self._rows[end]["id"] in wanted:
                end -= 1
                continue
            start = end
            while start > 0 and self._rows[start - 1]["id"] not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start : end + 1]
            self.endRemoveRows()
            end = start - 1
        kept = {r["id"] for r in self._rows}
        if [i for i in new_ids if i in kept] != [r["id"] for r in self._rows]:
            self.beginResetModel()  # reordered (never by the services today): start over
            self._rows = list(rows)
            self._reindex()
            self.endResetModel()
            return
        pos = k = 0
        while k < len(rows):
            if pos < len(self._rows) and self._rows[pos]["id"] == rows[k]["id"]:
                if self._rows[pos] != rows[k]:
                    self._rows[pos] = rows[k]
                    index = self.index(pos)
                    self.dataChanged.emit(index, index)
                pos += 1
                k += 1
                continue
            start = k
            while k < len(rows) and (
                pos >= len(self._rows) or rows[k]["id"] != self._rows[pos]["id"]
            ):
                k += 1
            self.beginInsertRows(QModelIndex(), pos, pos + k - start - 1)
            self._rows[pos:pos] = rows[start:k]
            self._reindex()
            self.endInsertRows()
            pos += k - start
        self._reindex()

    def update_row(self, evidence_id: str, **fields: Any) -> None:
        row = self._row_of.get(evidence_id)
        if row is None:
            return
        self._rows[row] = {**self._rows[row], **fields}
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _reindex(self) -> None:
        self._row_of = {r["id"]: i for i, r in enumerate(self._rows)}
        self._row_of_sha = {r["sha256"]: i for i, r in enumerate(self._rows)}

    # -- thumbnails
    def set_thumbnails(self, images: dict[str, QImage | None]) -> None:
        for sha, image in images.items():
            self._thumbnails.put(sha, image)
            row = self._row_of_sha.get(sha)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(
                    index, index, [Qt.ItemDataRole.DecorationRole, THUMBNAIL_STATE_ROLE]
                )
        self._thumbnails.trim()

    def forget_requests(self) -> None:
        """Thumbnails asked for but not delivered (the loader dropped them) may be asked again."""
        self._thumbnails.forget_requests()

    def _thumbnail(self, row: dict) -> tuple[QPixmap, str]:
        meta = row.get("metadata") or {}
        warning = bool(meta.get("warnings"))
        sha = row["sha256"]
        if meta.get("thumbnail") and not self._thumbnails.failed(sha):
            pixmap = self._thumbnails.get(sha)
            if pixmap is not None:
                return pixmap, "loaded"
            if self._thumbnails.ask(sha):
                self.thumbnail_wanted.emit(sha, warning)
            return placeholder("loading", warning=warning, dpr=self.dpr), "loading"
        return placeholder(kind_of(row), warning=warning, dpr=self.dpr), "placeholder"

    # -- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.get("caption") or row.get("original_name") or row["sha256"][:12]
        if role == Qt.ItemDataRole.EditRole:
            return row.get("caption") or ""
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(row)[0]
        if role == THUMBNAIL_STATE_ROLE:
            return self._thumbnail(row)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = row.get("original_name") or ""
            caption = row.get("caption") or ""
            return f"{caption} ({name})" if caption else name
        if role == EVIDENCE_ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        row = self._rows[index.row()]
        caption = str(value or "").strip()
        if caption == (row.get("caption") or ""):
            return False
        # shown at once; the panel saves it and restores the old text if that fails
        self.update_row(row["id"], caption=caption)
        self.caption_edited.emit(row["id"], caption)
        return True

    def tooltip(self, row: dict) -> str:
        meta = row.get("metadata") or {}
        lines = [f"<b>{html.escape(row.get('original_name') or '')}</b>"]

        def add(template: str, *values: Any) -> None:
            text = template
            for n, value in enumerate(values, 1):
                text = text.replace(f"%{n}", str(value))
            lines.append(html.escape(text))

        if row.get("caption"):
            add(self.tr("Caption: %1"), row["caption"])
        add(self.tr("Type: %1"), meta.get("type_label") or row.get("mime") or "")
        add(self.tr("Size: %1"), data_size(row.get("size") or 0))
        if meta.get("width") and meta.get("height"):
            add(self.tr("Dimensions: %1 × %2 px"), meta["width"], meta["height"])
        if meta.get("pages"):
            add(self.tr("Pages: %1"), meta["pages"])
        if row.get("captured_at"):
            add(self.tr("Taken: %1"), camera_time(row["captured_at"]))
        if row.get("gps_lat") is not None and row.get("gps_lon") is not None:
            add(self.tr("Location: %1, %2"), f"{row['gps_lat']:.5f}", f"{row['gps_lon']:.5f}")
        add(self.tr("Added: %1"), local_time(row.get("imported_at")))
        add(self.tr("SHA-256: %1…"), row["sha256"][:16])
        for label in self.link_labels(row):
            add(self.tr("Linked to: %1"), label)
        for warning in meta.get("warnings") or []:
            add(self.tr("Warning: %1"), warning)
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
