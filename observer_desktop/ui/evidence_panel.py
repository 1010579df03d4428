"""The evidence of one audit: thumbnail grid, import with progress and cancel, captions, links.

:class:`EvidencePanel` is what the audit editor shows for an audit's photos and
documents. Nothing here touches the database or a file on the UI thread:

- the evidence list is read on the database thread and *merged* into the
  model (rows appear as the import commits them, selection is kept);
- thumbnails are decoded at icon size on the database thread, a few dozen at
  a time and only for the items the view asks to paint, and cached;
- an import runs on the long-task thread; its progress reaches the UI at most
  every 50 ms (``TaskHandle`` coalesces it).

So the UI thread only merges small results, and stays responsive while
hundreds of photos come in.
"""

from __future__ import annotations

import html
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.text import fold
from observer_desktop.services import evidence as evidence_service
from observer_desktop.services import reads
from observer_desktop.services.evidence import ImportProgress, ImportResult
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import date_text, local_time
from observer_desktop.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)


EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
THUMBNAIL_STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "loaded" | "loading" | "placeholder"
LINK_KEY_ROLE = Qt.ItemDataRole.UserRole + 10

ICON_SIZE = QSize(144, 108)
GRID_SIZE = QSize(172, 176)
THUMBNAIL_CACHE = 600  # icon-size pixmaps kept (about 60 KB each)
THUMBNAIL_BATCH = 24  # decoded per trip to the worker (about 40 ms of its time)
RELOAD_INTERVAL_MS = 250  # during an import, the list is re-read at most this often
SUMMARY_LINES = 5  # messages listed per kind in the import summary; the rest are counted
ADD_SHORTCUT = "Ctrl+E"

LinkKey = tuple  # ("q", question_id, item) or ("f", finding_id)


# --------------------------------------------------------------------- helpers


def kind_of(row: dict) -> str:
    """What placeholder a row gets: image, pdf, document, text, video, audio or other."""
    mime = row.get("mime") or ""
    if mime == "application/pdf":
        return "pdf"
    kind = (row.get("metadata") or {}).get("kind")
    if kind in ("image", "document", "text", "video", "audio"):
        return kind
    for prefix in ("image", "video", "audio", "text"):
        if mime.startswith(prefix + "/"):
            return prefix
    return "other"


def link_key(link: dict) -> LinkKey:
    if link.get("finding_id"):
        return ("f", link["finding_id"])
    return ("q", link["question_id"], link.get("item"))


def megabytes(n: int) -> str:
    return QLocale().toString(n / 1024 / 1024, "f", 1) + " MB"


def data_size(n: int) -> str:
    if n < 1024 * 1024:
        return QLocale().toString(max(1, round(n / 1024))) + " KB"
    return megabytes(n)


def camera_time(value: str | None) -> str:
    """EXIF time as the camera wrote it, dates as everywhere on screen: '2026-11-18T10:22:31'
    -> '18/11/2026 10:22' (in Spanish); the camera's zone, when it wrote one, after it."""
    if not value:
        return ""
    text = value.replace("T", " ")
    shown = f"{date_text(text[:10])} {text[11:16]}".strip()
    return shown + (f" ({text[19:]})" if len(text) > 19 else "")


def local_files(urls: Iterable) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]


def load_evidence(app, audit_id: str) -> dict[str, Any]:
    """Worker side: the audit's evidence, and what it can be linked to (labels in Spanish)."""
    audit = app.resolve_audit(audit_id)
    checklist = app.checklist_for(audit)
    counts = json.loads(audit.get("repeat_counts") or "{}")
    sections = []
    for section in checklist.sections:
        items = [None] if section.repeat is None else list(range(counts.get(section.id, 0)))
        for item in items:
            title = section.title.es
            if item is not None:
                title += f" — {section.repeat.item_label.es} {item + 1}"
            questions = [
                {"key": ("q", q.id, item), "label": q.label.es, "evidence": q.evidence}
                for q in section.questions
            ]
            sections.append({"title": title, "questions": questions})
    findings = [
        {
            "key": ("f", f["id"]),
            "label": f["title"],
            "severity": f["severity"],
            "open": f["status"] == "open",
        }
        for f in app.findings(audit["id"], include_withdrawn=True)
    ]
    return {
        "audit_id": audit["id"],
        "status": audit["status"],
        "rows": reads.evidence_rows(app, audit["id"]),
        "sections": sections,
        "findings": findings,
    }


def _expand_folders(paths: list[str]) -> tuple[list[Path], int]:
    """Worker side: a folder stands for the files directly inside it (not its subfolders)."""
    files: list[Path] = []
    subfolders = 0
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.name.startswith("."):
                    continue  # hidden files (.DS_Store, Thumbs caches) are never evidence
                if child.is_dir():
                    subfolders += 1
                elif child.is_file():
                    files.append(child)
        else:
            files.append(path)
    return list(dict.fromkeys(files)), subfolders


# ------------------------------------------------------------------ pictures


def draw_warning_badge(painter: QPainter, area: QRectF) -> None:
    """A yellow warning triangle in the bottom-right corner of ``area``."""
    side = min(area.width(), area.height()) * 0.3
    right, bottom = area.right() - 2, area.bottom() - 2
    triangle = QPolygonF(
        [
            QPointF(right - side / 2, bottom - side * 0.9),
            QPointF(right, bottom),
            QPointF(right - side, bottom),
        ]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#5d4037"), max(1.0, side / 16)))
    painter.setBrush(QColor("#fbc02d"))
    painter.drawPolygon(triangle)
    pen = QPen(QColor("#212121"), max(1.5, side / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = right - side / 2
    painter.drawLine(QPointF(x, bottom - side * 0.6), QPointF(x, bottom - side * 0.3))
    painter.drawPoint(QPointF(x, bottom - side * 0.14))
    painter.restore()


_PLACEHOLDERS: dict[tuple[str, bool, float], QPixmap] = {}


def placeholder(kind: str, *, warning: bool = False, dpr: float = 1.0) -> QPixmap:
    """An icon-size picture for a file without thumbnail, drawn once per kind."""
    key = (kind, warning, dpr)
    cached = _PLACEHOLDERS.get(key)
    if cached is not None:
        return cached
    w, h = ICON_SIZE.width(), ICON_SIZE.height()
    pixmap = QPixmap(round(w * dpr), round(h * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    cx, cy = w / 2, h / 2
    outline = QPen(QColor("#78909c"), 1.5)
    if kind in ("video", "image", "loading"):
        frame = QRectF(cx - 52, cy - 38, 104, 76)
        if kind == "loading":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 18))
            p.drawRoundedRect(frame, 6, 6)
        elif kind == "video":
            p.setPen(outline)
            p.setBrush(QColor("#37474f"))
            p.drawRoundedRect(frame, 6, 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#eceff1"))
            p.drawPolygon(
                QPolygonF(
                    [QPointF(cx - 12, cy - 16), QPointF(cx + 18, cy), QPointF(cx - 12, cy + 16)]
                )
            )
        else:  # an image without preview (damaged ones also get the warning badge)
            p.setPen(outline)
            p.setBrush(QColor("#eceff1"))
            p.drawRoundedRect(frame, 6, 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#b0bec5"))
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(frame.left() + 8, frame.bottom() - 8),
                        QPointF(cx - 12, cy - 6),
                        QPointF(cx + 4, cy + 10),
                        QPointF(cx + 20, cy - 2),
                        QPointF(frame.right() - 8, frame.bottom() - 8),
                    ]
                )
            )
            p.drawEllipse(QPointF(frame.right() - 24, frame.top() + 20), 8, 8)
    else:
        page = QRectF(cx - 32, cy - 42, 64, 84)
        fold = 16
        path = QPainterPath()
        path.moveTo(page.left(), page.top())
        path.lineTo(page.right() - fold, page.top())
        path.lineTo(page.right(), page.top() + fold)
        path.lineTo(page.right(), page.bottom())
        path.lineTo(page.left(), page.bottom())
        path.closeSubpath()
        p.setPen(outline)
        p.setBrush(QColor("#fafafa"))
        p.drawPath(path)
        p.drawLine(
            QPointF(page.right() - fold, page.top()),
            QPointF(page.right() - fold, page.top() + fold),
        )
        p.drawLine(
            QPointF(page.right() - fold, page.top() + fold),
            QPointF(page.right(), page.top() + fold),
        )
        accent = {
            "pdf": "#c62828",
            "document": "#1565c0",
            "text": "#546e7a",
            "audio": "#6a1b9a",
        }.get(kind, "#90a4ae")
        if kind == "pdf":
            band = QRectF(page.left() - 6, cy - 2, page.width() + 12, 22)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(accent))
            p.drawRoundedRect(band, 3, 3)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(14)
            p.setFont(font)
            p.setPen(QColor("white"))
            p.drawText(band, Qt.AlignmentFlag.AlignCenter, "PDF")
        elif kind in ("document", "text"):
            p.setPen(QPen(QColor(accent), 3))
            for i in range(6):
                y = page.top() + 24 + i * 9
                right = page.right() - (8 if i % 3 else 18)
                p.drawLine(QPointF(page.left() + 9, y), QPointF(right, y))
        elif kind == "audio":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(accent))
            for i, height in enumerate((12, 26, 38, 20, 30, 14)):
                x = page.left() + 9 + i * 8
                p.drawRoundedRect(QRectF(x, cy + 8 - height / 2, 5, height), 2, 2)
        else:  # unknown content: a plain page with a question mark
            font = QFont()
            font.setBold(True)
            font.setPixelSize(30)
            p.setFont(font)
            p.setPen(QColor(accent))
            p.drawText(page.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignCenter, "?")
    if warning:
        draw_warning_badge(p, QRectF(0, 0, w, h))
    p.end()
    _PLACEHOLDERS[key] = pixmap
    return pixmap


def read_thumbnails(app, batch: list[tuple[str, bool]], dpr: float) -> dict[str, QImage | None]:
    """Worker side: decode stored thumbnails at icon size, centred on a transparent canvas.

    ``None`` for a thumbnail that cannot be read (deleted derived file, damaged JPEG):
    the grid then shows the file-type placeholder.
    """
    w, h = round(ICON_SIZE.width() * dpr), round(ICON_SIZE.height() * dpr)
    out: dict[str, QImage | None] = {}
    for sha, warning in batch:
        try:
            path = app.evidence.thumbnail_path(sha)
        except ValueError:
            out[sha] = None
            continue
        reader = QImageReader(str(path))
        reader.setAutoTransform(False)  # thumbnails are stored upright already
        size = reader.size()
        if size.isValid() and (size.width() > w or size.height() > h):
            reader.setScaledSize(size.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            out[sha] = None
            continue
        canvas = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.drawImage((w - image.width()) // 2, (h - image.height()) // 2, image)
        if warning:
            draw_warning_badge(painter, QRectF(0, 0, w, h))
        painter.end()
        canvas.setDevicePixelRatio(dpr)
        out[sha] = canvas
    return out


# --------------------------------------------------------------------- model


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
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._requested: set[str] = set()
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
        self._requested.clear()
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
            self._requested.discard(sha)
            if image is None:
                self._failed.add(sha)
            else:
                self._pixmaps[sha] = QPixmap.fromImage(image)
                self._pixmaps.move_to_end(sha)
            row = self._row_of_sha.get(sha)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(
                    index, index, [Qt.ItemDataRole.DecorationRole, THUMBNAIL_STATE_ROLE]
                )
        while len(self._pixmaps) > THUMBNAIL_CACHE:
            self._pixmaps.popitem(last=False)

    def forget_requests(self) -> None:
        """Thumbnails asked for but not delivered (the loader dropped them) may be asked again."""
        self._requested.clear()

    def _thumbnail(self, row: dict) -> tuple[QPixmap, str]:
        meta = row.get("metadata") or {}
        warning = bool(meta.get("warnings"))
        sha = row["sha256"]
        if meta.get("thumbnail") and sha not in self._failed:
            pixmap = self._pixmaps.get(sha)
            if pixmap is not None:
                self._pixmaps.move_to_end(sha)
                return pixmap, "loaded"
            if sha not in self._requested:
                self._requested.add(sha)
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


# ------------------------------------------------------------- thumbnail loader


class ThumbnailLoader(QObject):
    """Reads requested thumbnails in batches on the database thread, one batch at a time."""

    loaded = Signal(dict)

    def __init__(self, backend, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self._queue: OrderedDict[str, bool] = OrderedDict()
        self._busy = False
        self._scheduled = False
        self.dpr = 1.0

    @property
    def idle(self) -> bool:
        return not self._busy and not self._queue

    def request(self, sha: str, warning: bool) -> None:
        self._queue[sha] = warning
        if not self._busy and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._next)  # gather what one paint asks for into one batch

    def clear(self) -> None:
        self._queue.clear()

    def _next(self) -> None:
        self._scheduled = False
        if self._busy or not self._queue or not shiboken6.isValid(self):
            return
        batch = []
        while self._queue and len(batch) < THUMBNAIL_BATCH:
            batch.append(self._queue.popitem(last=False))
        self._busy = True
        backend, dpr = self.backend, self.dpr

        def failed(exc: BaseException, tb: str) -> None:
            log.warning("thumbnails could not be read: %s\n%s", exc, tb)
            self._done(dict.fromkeys((sha for sha, _ in batch), None))

        self.tasks.run(
            lambda: read_thumbnails(backend.app(), batch, dpr),
            on_success=self._done,
            on_failure=failed,
        )

    def _done(self, images: dict) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.loaded.emit(images)
        self._next()


# ----------------------------------------------------------------- grid view


class EvidenceDelegate(QStyledItemDelegate):
    """Standard icon-and-caption items, with breathing room and a count of links."""

    TOP = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, self.TOP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.adjusted(0, self.TOP, 0, 0)
        super().paint(painter, moved, index)
        row = index.data(ROW_ROLE)
        links = len(row.get("links") or []) if row else 0
        if not links:
            return
        # a small blue disc with the number of questions/findings the file supports
        left = moved.rect.center().x() - ICON_SIZE.width() / 2
        disc = QRectF(left - 2, moved.rect.top() - 4, 22, 22)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor("#1565c0"))
        painter.drawEllipse(disc)
        font = QFont(option.font)
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(links) if links < 100 else "99")
        painter.restore()

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.adjusted(0, self.TOP, 0, 0)
        super().updateEditorGeometry(editor, moved, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # Qt calls this again whenever the row changes under an open editor (thumbnails,
        # report images or an import refreshing the list): never overwrite a caption
        # the observer is typing
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)


class EvidenceGrid(QListView):
    """The thumbnail grid; says how to add evidence while it is empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = ""
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setIconSize(ICON_SIZE)
        self.setGridSize(GRID_SIZE)
        self.setItemDelegate(EvidenceDelegate(self))
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setAcceptDrops(False)  # drops go to the panel
        self.viewport().setAcceptDrops(False)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()


# --------------------------------------------------------------- link dialog


class LinkDialog(QDialog):
    """Check the questions and findings the selected evidence belongs to.

    Items start checked when every selected file is linked there, partly checked
    when only some are (left as they are unless the observer changes them).
    """

    def __init__(
        self,
        sections: list[dict],
        findings: list[dict],
        linked: dict[LinkKey, int],
        selected: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link evidence"))
        self.resize(640, 560)
        self._initial: dict[LinkKey, Qt.CheckState] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check the questions and findings this evidence supports. "
                "Uncheck one to remove the link."
            )
            if selected == 1
            else self.tr(
                "Check the questions and findings these %1 files support. "
                "Uncheck one to remove the link."
            ).replace("%1", str(selected)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("linkFilter")
        self.filter.setPlaceholderText(self.tr("Filter questions and findings"))
        self.filter.setAccessibleName(self.tr("Filter questions and findings"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("linkTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Questions and findings"))
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        bold = QFont(self.font())
        bold.setBold(True)

        def group(title: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self.tree, [title])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setFont(0, bold)
            item.setFirstColumnSpanned(True)
            return item

        def target(parent_item: QTreeWidgetItem, key: LinkKey, label: str) -> None:
            child = QTreeWidgetItem(parent_item, [label])
            child.setToolTip(0, label)
            child.setData(0, LINK_KEY_ROLE, key)
            count = linked.get(key, 0)
            state = (
                Qt.CheckState.Checked
                if count and count >= selected
                else Qt.CheckState.PartiallyChecked
                if count
                else Qt.CheckState.Unchecked
            )
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if state == Qt.CheckState.PartiallyChecked:
                flags |= Qt.ItemFlag.ItemIsUserTristate
            child.setFlags(flags)
            child.setCheckState(0, state)
            self._initial[key] = state

        for section in sections:
            head = group(section["title"])
            for q in section["questions"]:
                target(head, q["key"], q["label"])
        shown_findings = [f for f in findings if f["open"] or linked.get(f["key"])]
        if shown_findings:
            head = group(self.tr("Findings"))
            for f in shown_findings:
                template = self.tr("%1 (severity %2)") if f["open"] else self.tr("%1 (withdrawn)")
                label = template.replace("%1", f["label"]).replace("%2", f["severity"])
                target(head, f["key"], label)
        self.tree.expandAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.setTabOrder(self.filter, self.tree)
        first = self._items()
        if first:
            self.tree.setCurrentItem(first[0])
        self.tree.setFocus()

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out.extend(head.child(j) for j in range(head.childCount()))
        return out

    def item_for(self, key: LinkKey) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, LINK_KEY_ROLE) == key:
                return item
        return None

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            head_match = needle in fold(head.text(0))
            visible = 0
            for j in range(head.childCount()):
                child = head.child(j)
                show = not needle or head_match or needle in fold(child.text(0))
                child.setHidden(not show)
                visible += show
            head.setHidden(visible == 0)

    def changes(self) -> tuple[list[LinkKey], list[LinkKey]]:
        """(links to add, links to remove) compared with how the dialog opened."""
        add, remove = [], []
        for item in self._items():
            key = item.data(0, LINK_KEY_ROLE)
            state, before = item.checkState(0), self._initial[key]
            if state == before:
                continue
            if state == Qt.CheckState.Checked:
                add.append(key)
            elif state == Qt.CheckState.Unchecked:
                remove.append(key)
        return add, remove


# --------------------------------------------------------------------- panel


class EvidencePanel(QWidget):
    """The evidence of one audit. Call :meth:`set_audit`; listen to ``evidence_changed``."""

    evidence_changed = Signal(str)  # audit id: evidence added, removed, linked or captioned
    import_finished = Signal(str, object)  # audit id, ImportResult (None if it failed)

    def __init__(self, backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.backend = backend
        self.tasks = tasks
        self._audit_id: str | None = None
        self._editable = False
        self._status: str | None = None
        self._generation = 0
        self._loading = False
        self._reload_again = False
        self._sections: list[dict] = []
        self._findings: list[dict] = []
        self._import: TaskHandle | None = None
        self._import_audit: str | None = None
        self._files_done = -1
        self._reveal_id: str | None = None
        self.viewer = None
        self.setAcceptDrops(True)

        self.model = EvidenceListModel(self)
        self.loader = ThumbnailLoader(backend, tasks, self)
        self.model.thumbnail_wanted.connect(self.loader.request)
        self.loader.loaded.connect(self.model.set_thumbnails)
        self.model.caption_edited.connect(self._save_caption)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        title = QLabel(self.tr("Evidence"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        head.addWidget(title)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("evidenceCount")
        head.addWidget(self.count_label)
        head.addStretch(1)
        layout.addLayout(head)
        # on its own row: beside the title, in a narrow panel, all but "Add" hid behind »
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("evidenceToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)

        self.read_only_note = QLabel(
            self.tr(
                "This audit is no longer a draft: its evidence can be viewed and saved, but not "
                "changed. To add or remove evidence, create a new version of the audit."
            ),
            self,
        )
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)
        layout.addWidget(self.read_only_note)

        self.view = EvidenceGrid(self)
        self.view.setObjectName("evidenceGrid")
        self.view.setAccessibleName(self.tr("Evidence files"))
        self.view.setModel(self.model)
        self.model.dpr = self.loader.dpr = self.devicePixelRatioF()
        layout.addWidget(self.view, 1)

        # import progress: file x of y, megabytes, current name, and a Cancel button
        self.import_bar = QFrame(self)
        self.import_bar.setObjectName("importBar")
        self.import_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.import_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        column = QVBoxLayout()
        self.import_label = QLabel(self.import_bar)
        self.import_label.setObjectName("importLabel")
        self.import_label.setTextFormat(Qt.TextFormat.PlainText)
        # long file names wrap (or are cut) instead of widening the panel and the window
        self.import_label.setWordWrap(True)
        self.import_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(self.import_label)
        self.import_progress = QProgressBar(self.import_bar)
        self.import_progress.setObjectName("importProgress")
        self.import_progress.setAccessibleName(self.tr("Import progress"))
        self.import_progress.setTextVisible(False)
        self.import_progress.setRange(0, 1000)
        column.addWidget(self.import_progress)
        bar.addLayout(column, 1)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self.import_bar)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        bar.addWidget(self.cancel_button)
        self.import_bar.setVisible(False)
        layout.addWidget(self.import_bar)

        # what the last import (or a refused action) did, until dismissed
        self.summary = QFrame(self)
        self.summary.setObjectName("importSummary")
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.summary)
        row.setContentsMargins(8, 4, 4, 4)
        self.summary_icon = QLabel(self.summary)
        row.addWidget(self.summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.summary_text = QLabel(self.summary)
        self.summary_text.setObjectName("importSummaryText")
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.summary_text, 1)
        self.summary_close = QToolButton(self.summary)
        self.summary_close.setObjectName("importSummaryClose")
        self.summary_close.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton)
        )
        self.summary_close.setText(self.tr("Close message"))
        self.summary_close.setToolTip(self.tr("Close message"))
        self.summary_close.setAccessibleName(self.tr("Close message"))
        self.summary_close.clicked.connect(lambda: self.summary.setVisible(False))
        row.addWidget(self.summary_close, 0, Qt.AlignmentFlag.AlignTop)
        self.summary.setVisible(False)
        layout.addWidget(self.summary)

        self._make_actions()
        self.view.activated.connect(lambda index: self.open_viewer(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_count)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_INTERVAL_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self._update_actions()
        self._update_count()

    # ------------------------------------------------------------- actions

    def _make_actions(self) -> None:
        def action(text: str, shortcut, slot: Callable, *, window: bool = False) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut
                if window
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.action_add = action(
            self.tr("&Add evidence…"), ADD_SHORTCUT, self.choose_files, window=True
        )
        self.action_add.setObjectName("actionAddEvidence")
        self.action_open = action(self.tr("&View"), None, lambda: self.open_viewer())
        self.action_open.setObjectName("actionViewEvidence")
        self.action_caption = action(self.tr("Edit &caption"), "F2", self.edit_caption)
        self.action_caption.setObjectName("actionEditCaption")
        self.action_link = action(self.tr("&Link to…"), "Ctrl+L", self.link_selected)
        self.action_link.setObjectName("actionLinkEvidence")
        self.action_save_copy = action(
            self.tr("&Save a copy…"), "Ctrl+Shift+S", self.save_selected_copy
        )
        self.action_save_copy.setObjectName("actionSaveCopy")
        self.action_remove = action(self.tr("&Remove…"), Qt.Key.Key_Delete, self.remove_selected)
        self.action_remove.setObjectName("actionRemoveEvidence")
        self.action_cancel_import = action(self.tr("Cancel import"), "Esc", self.cancel_import)
        self.action_cancel_import.setObjectName("actionCancelImport")
        for act in (self.action_add, self.action_open, self.action_link, self.action_remove):
            self.toolbar.addAction(act)
        # all four stay visible: none may hide in the toolbar's overflow menu
        self.toolbar.setMinimumWidth(self.toolbar.sizeHint().width())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in self.evidence_actions():
            self.view.addAction(act)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._share_add_shortcut()

    def _share_add_shortcut(self) -> None:
        """Leave Ctrl+E to a host window that has its own "Add evidence" action on it.

        Two actions on one key in one window make Qt ignore the key ("ambiguous
        shortcut"); the host's action is expected to trigger ``action_add``.
        """
        key = QKeySequence(ADD_SHORTCUT)
        window = self.window()

        def ours(action: QAction) -> bool:
            owner = action.parent()
            return isinstance(owner, QWidget) and (owner is self or self.isAncestorOf(owner))

        taken = window is not self and any(
            key in action.shortcuts() and not ours(action)
            for action in {*window.actions(), *window.findChildren(QAction)}
        )
        self.action_add.setShortcut(QKeySequence() if taken else key)

    def evidence_actions(self) -> list[QAction]:
        """The actions for an "Evidence" menu of the main window, in menu order."""
        return [
            self.action_add,
            self.action_open,
            self.action_caption,
            self.action_link,
            self.action_save_copy,
            self.action_remove,
        ]

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedIndexes())

    def _update_actions(self, *_: Any) -> None:
        selected = len(self._selected_rows()) if self.view.selectionModel() else 0
        has_audit = self._audit_id is not None
        can_change = has_audit and self._editable
        running = self.import_running
        self.action_add.setEnabled(can_change and not running)
        self.action_open.setEnabled(selected >= 1)
        self.action_caption.setEnabled(can_change and selected == 1)
        self.action_link.setEnabled(can_change and selected >= 1)
        self.action_save_copy.setEnabled(selected == 1)
        self.action_remove.setEnabled(can_change and selected >= 1)
        self.action_cancel_import.setEnabled(running)
        if not has_audit:
            reason = self.tr("Open an audit to see its evidence.")
        elif not self._editable:
            reason = self.tr("This audit is no longer a draft; its evidence cannot be changed.")
        elif running:
            reason = self.tr("Wait until the current import finishes or cancel it.")
        else:
            reason = self.tr("Add photos, PDFs, documents, audio or video (Ctrl+E).")
        self.action_add.setToolTip(reason)
        locked = self.tr("This audit is no longer a draft; its evidence cannot be changed.")
        for act in (self.action_remove, self.action_link, self.action_caption):
            act.setToolTip("" if can_change or not has_audit else locked)

    def _update_count(self, *_: Any) -> None:
        rows = self.model.rowCount()
        if self._audit_id is None:
            self.count_label.setText("")
        elif self._loading and rows == 0:
            self.count_label.setText(self.tr("(loading…)"))
        else:
            total = sum(r.get("size") or 0 for r in self.model.rows())
            text = self.tr("%n file(s)", "", rows)
            if rows:
                text = self.tr("%1 · %2").replace("%1", text).replace("%2", data_size(total))
            self.count_label.setText(text)
        self._update_actions()

    # --------------------------------------------------------------- state

    @property
    def audit_id(self) -> str | None:
        return self._audit_id

    @property
    def editable(self) -> bool:
        return self._editable

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def import_running(self) -> bool:
        return self._import is not None

    def set_audit(self, audit_id: str | None, editable: bool) -> None:
        """Show the evidence of ``audit_id`` (None: nothing). ``editable`` False for a closed audit."""
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.close()
        changed = audit_id != self._audit_id
        closed_now = self._editable and not (editable and audit_id)
        self._audit_id = audit_id
        self._editable = bool(editable and audit_id)
        if closed_now:  # finalized: the last import's summary is old news
            self.summary.setVisible(False)
        self._status = None
        self._generation += 1
        if changed:
            self.model.clear()
            self.loader.clear()
            self.model.forget_requests()
            self.summary.setVisible(False)
            self._sections, self._findings = [], []
        self.model.set_editable(self._editable)
        self._apply_editable()
        self.view.empty_text = self._empty_text()
        self.view.viewport().update()
        if audit_id is not None:
            self.refresh()
        else:
            self._loading = False
        self._update_count()

    def _empty_text(self) -> str:
        if self._audit_id is None:
            return ""
        if self._editable:
            return self.tr(
                "No evidence yet.\nDrag photos, PDFs or other files here, or press Ctrl+E to "
                "choose them."
            )
        return self.tr("This audit has no evidence.")

    def _apply_editable(self) -> None:
        self.read_only_note.setVisible(self._audit_id is not None and not self._editable)
        self.model.set_editable(self._editable)
        self._update_actions()

    def refresh(self) -> None:
        """Re-read the evidence list (merged into the grid: selection and scroll are kept)."""
        if self._audit_id is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self._reload_again = False
        generation, audit_id, backend = self._generation, self._audit_id, self.backend

        def failed(exc: BaseException, tb: str) -> None:
            if not shiboken6.isValid(self):
                return
            self._loading = False
            self._update_count()
            show_error(self, exc, tb)

        self.tasks.run(
            lambda: load_evidence(backend.app(), audit_id),
            on_success=lambda result: self._loaded(generation, result),
            on_failure=failed,
        )

    def _loaded(self, generation: int, result: dict) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        if generation == self._generation:
            self._status = result["status"]
            if result["status"] != "draft" and self._editable:
                self._editable = False
                self._apply_editable()
                self.view.empty_text = self._empty_text()
            self._sections, self._findings = result["sections"], result["findings"]
            labels: dict[LinkKey, str] = {}
            for section in self._sections:
                for q in section["questions"]:
                    labels[q["key"]] = f"{section['title']} › {q['label']}"
            for f in self._findings:
                labels[f["key"]] = f["label"]
            self.model.set_link_labels(labels)
            self.model.set_rows(result["rows"])
            if self._reveal_id is not None:
                row = self.model.row_of(self._reveal_id)
                if row >= 0:
                    self._reveal_id = None
                    index = self.model.index(row)
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
        self._update_count()
        if self._reload_again:
            self.refresh()

    # -------------------------------------------------------------- import

    def choose_files(
        self, *, question_id: str | None = None, item: int | None = None, title: str = ""
    ) -> None:
        """Ask for files (starting in the folder used last) and import them, linked to a
        question when one is given (the editor's "Evidence of this question…")."""
        if not self._can_add(explain=True):
            return
        settings = self.backend.settings()
        last = str(settings.value("evidence/last_folder", "") or "")
        start = last if last and Path(last).is_dir() else documents_folder()
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            title or self.tr("Add evidence"),
            start,
            self.tr("All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)"),
        )
        if paths:
            settings.setValue("evidence/last_folder", str(Path(paths[0]).parent))
            self.add_files(paths, question_id=question_id, item=item)

    def _can_add(self, *, explain: bool) -> bool:
        if self._audit_id is None:
            return False
        if not self._editable:
            if explain:
                self._show_summary(
                    self.tr(
                        "This audit is no longer a draft, so no evidence can be added. "
                        "Create a new version of the audit to add more."
                    ),
                    warning=True,
                )
            return False
        if self.import_running:
            if explain:
                self._show_summary(
                    self.tr(
                        "Files are still being added. Wait until that finishes, or cancel it "
                        "(Esc), then add these."
                    ),
                    warning=True,
                )
            return False
        return True

    def add_files(
        self,
        paths: Iterable[str | Path],
        question_id: str | None = None,
        item: int | None = None,
        finding_id: str | None = None,
    ) -> bool:
        """Import files (a folder: the files directly in it) into the open audit.

        Optionally linked to a question (``item`` for a repeatable section) or a
        finding. Returns False when nothing was started (no audit, closed audit,
        another import running — the panel says why).
        """
        paths = [str(p) for p in paths]
        if not paths or not self._can_add(explain=True):
            return False
        audit_id, backend = self._audit_id, self.backend

        def work(handle: TaskHandle) -> dict:
            files, subfolders = _expand_folders(paths)
            if not files:
                return {"result": None, "subfolders": subfolders}
            result = evidence_service.add_evidence(
                backend.app(),
                audit_id,
                files,
                question_id=question_id,
                item=item,
                finding_id=finding_id,
                progress=handle.progress,
                should_cancel=handle.cancelled,
            )
            return {"result": result, "subfolders": subfolders}

        self._import_audit = audit_id
        self._files_done = -1
        self.summary.setVisible(False)
        self.import_label.setText(self.tr("Preparing to add %n file(s)…", "", len(paths)))
        self.import_progress.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.import_bar.setVisible(True)
        self._import = self.tasks.run_long(
            work,
            on_progress=self._import_progress,
            on_success=lambda out: self._import_done(audit_id, out),
            on_failure=lambda exc, tb: self._import_failed(audit_id, exc, tb),
        )
        self._update_actions()
        return True

    def cancel_import(self) -> None:
        """Stop the running import: files already stored stay, the current one is dropped."""
        if self._import is None:
            return
        self._import.cancel()
        self.cancel_button.setEnabled(False)
        self.import_label.setText(self.tr("Cancelling… the files already added are kept."))

    def _import_progress(self, p: ImportProgress) -> None:
        if not shiboken6.isValid(self) or self._import is None or self._import.cancelled():
            return
        if p.stage == "previews":
            self.import_label.setText(
                self.tr("Preparing report images: %1 of %2")
                .replace("%1", str(p.files_done))
                .replace("%2", str(p.files_total))
            )
            self.import_progress.setRange(0, max(1, p.files_total))
            self.import_progress.setValue(p.files_done)
        else:
            current = min(p.files_done + 1, p.files_total)
            self.import_label.setText(
                self.tr("Adding file %1 of %2 (%3 of %4): %5")
                .replace("%1", str(current))
                .replace("%2", str(p.files_total))
                .replace("%3", megabytes(p.bytes_done))
                .replace("%4", megabytes(p.bytes_total))
                .replace("%5", p.current)
            )
            self.import_progress.setRange(0, 1000)
            self.import_progress.setValue(
                round(1000 * p.bytes_done / p.bytes_total) if p.bytes_total else 0
            )
        if p.files_done != self._files_done:
            self._files_done = p.files_done
            # new rows are committed: show them soon, without re-reading on every report
            if self._import_audit == self._audit_id and not self._reload_timer.isActive():
                self._reload_timer.start()

    def _finish_import(self) -> None:
        self._import = None
        self._reload_timer.stop()
        self.import_bar.setVisible(False)
        self._update_actions()

    def _import_done(self, audit_id: str, out: dict) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_import()
        result: ImportResult | None = out["result"]
        subfolders = out["subfolders"]
        if result is None:
            self._show_summary(
                self.tr("The folder has no files to add.")
                + ("\n" + self._subfolder_note(subfolders) if subfolders else ""),
                warning=True,
            )
            self.import_finished.emit(audit_id, None)
            return
        if audit_id == self._audit_id:
            if result.added:
                self._reveal_id = result.added[0]["id"]
            self.refresh()
        lines = []
        if result.cancelled:
            lines.append(
                self.tr(
                    "Import cancelled: %n file(s) were added and kept; the rest were not imported.",
                    "",
                    len(result.added),
                )
            )
        else:
            lines.append(self.tr("%n file(s) added.", "", len(result.added)))
        if result.duplicates:
            lines.append(
                self.tr("%n file(s) were already in this audit:", "", len(result.duplicates))
            )
            lines += self._listed([d["message"] for d in result.duplicates])
        if result.refused:
            lines.append(self.tr("%n file(s) were not imported:", "", len(result.refused)))
            lines += self._listed(
                [
                    self.tr("%1: %2").replace("%1", Path(r["file"]).name).replace("%2", r["reason"])
                    for r in result.refused
                ]
            )
        if result.warnings:
            lines.append(self.tr("%n warning(s):", "", len(result.warnings)))
            lines += self._listed(
                [
                    self.tr("%1: %2")
                    .replace("%1", Path(w["file"]).name)
                    .replace("%2", w["message"])
                    for w in result.warnings
                ]
            )
        if subfolders:
            lines.append(self._subfolder_note(subfolders))
        self._show_summary(
            "\n".join(lines),
            warning=bool(
                result.cancelled or result.duplicates or result.warnings or result.refused
            ),
        )
        self.evidence_changed.emit(audit_id)
        self.import_finished.emit(audit_id, result)

    def _subfolder_note(self, count: int) -> str:
        return self.tr(
            "%n subfolder(s) were not added: only the files directly inside a folder are. "
            "Open a subfolder to add its files.",
            "",
            count,
        )

    def _listed(self, messages: list[str]) -> list[str]:
        lines = ["  • " + m for m in messages[:SUMMARY_LINES]]
        if len(messages) > SUMMARY_LINES:
            lines.append(
                "  " + self.tr("…and %1 more.").replace("%1", str(len(messages) - SUMMARY_LINES))
            )
        return lines

    def _import_failed(self, audit_id: str, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_import()
        if audit_id == self._audit_id:
            self.refresh()  # a failure part-way keeps the files finished before it
        self.evidence_changed.emit(audit_id)
        self.import_finished.emit(audit_id, None)
        show_error(self, exc, tb)

    def _show_summary(self, text: str, *, warning: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.summary_icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        self.summary_text.setText(text)
        self.summary.setVisible(True)

    # ------------------------------------------------------- drag and drop

    def _highlight_drop(self, on: bool) -> None:
        self.view.setStyleSheet(
            "QListView { border: 2px dashed palette(highlight); }" if on else ""
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData().urls()) and self._can_add(explain=False):
            event.acceptProposedAction()
            self._highlight_drop(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData().urls()) and self._can_add(explain=False):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight_drop(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight_drop(False)
        paths = local_files(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        if not self._can_add(explain=True):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # --------------------------------------------------- caption and links

    def edit_caption(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self._editable:
            self.view.edit(index)

    def _save_caption(self, evidence_id: str, caption: str) -> None:
        audit_id, backend = self._audit_id, self.backend
        if audit_id is None:
            return

        def saved(row: dict) -> None:
            if not shiboken6.isValid(self):
                return
            if audit_id == self._audit_id:
                self.model.update_row(evidence_id, caption=row["caption"])
            self.evidence_changed.emit(audit_id)

        def failed(exc: BaseException, tb: str) -> None:
            if not shiboken6.isValid(self):
                return
            self.refresh()  # puts the saved caption back
            show_error(self, exc, tb)

        self.tasks.run(
            lambda: evidence_service.set_caption(backend.app(), audit_id, evidence_id, caption),
            on_success=saved,
            on_failure=failed,
        )

    def link_selected(self) -> LinkDialog | None:
        """Open the dialog that links the selected evidence to questions and findings."""
        rows = [self.model.row_dict(r) for r in self._selected_rows()]
        if not rows or not self._editable or self._audit_id is None:
            return None
        linked: dict[LinkKey, int] = {}
        for row in rows:
            for key in {link_key(link) for link in row.get("links", [])}:
                linked[key] = linked.get(key, 0) + 1
        dialog = LinkDialog(self._sections, self._findings, linked, len(rows), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r["id"] for r in rows]
        current = {r["id"]: {link_key(link) for link in r.get("links", [])} for r in rows}
        dialog.accepted.connect(lambda: self._apply_links(ids, current, *dialog.changes()))
        dialog.open()
        return dialog

    def _apply_links(
        self,
        ids: list[str],
        current: dict[str, set],
        add: list[LinkKey],
        remove: list[LinkKey],
    ) -> None:
        if not add and not remove:
            return
        audit_id, backend = self._audit_id, self.backend

        def target(key: LinkKey) -> dict:
            if key[0] == "f":
                return {"finding_id": key[1]}
            return {"question_id": key[1], "item": key[2]}

        def work() -> None:
            app = backend.app()
            for evidence_id in ids:
                for key in add:
                    if key not in current[evidence_id]:
                        evidence_service.link_evidence(app, audit_id, evidence_id, **target(key))
                for key in remove:
                    if key in current[evidence_id]:
                        evidence_service.unlink_evidence(app, audit_id, evidence_id, **target(key))

        def done(_: Any = None) -> None:
            if not shiboken6.isValid(self):
                return
            self.refresh()
            self.evidence_changed.emit(audit_id)

        def failed(exc: BaseException, tb: str) -> None:
            if not shiboken6.isValid(self):
                return
            done()
            show_error(self, exc, tb)

        self.tasks.run(work, on_success=done, on_failure=failed)

    # ----------------------------------------------------------------- remove

    def remove_selected(self) -> QMessageBox | None:
        """Ask, then take the selected evidence out of the audit (only while it is a draft)."""
        rows = [self.model.row_dict(r) for r in self._selected_rows()]
        if not rows or self._audit_id is None:
            return None
        if not self._editable:
            self._can_add(explain=True)
            return None
        if len(rows) == 1:
            text = self.tr("Remove “%1” from this audit?").replace(
                "%1", rows[0].get("caption") or rows[0]["original_name"]
            )
        else:
            text = self.tr("Remove %n file(s) from this audit?", "", len(rows))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove evidence"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRemoveDialog")
        box.setInformativeText(
            self.tr(
                "Its links to questions and findings are removed too. The custody log keeps a "
                "record that it was removed."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r["id"] for r in rows]
        audit_id, backend = self._audit_id, self.backend

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return

            def work() -> None:
                app = backend.app()
                for evidence_id in ids:
                    evidence_service.remove_evidence(app, audit_id, evidence_id)

            def done(_: Any = None) -> None:
                if not shiboken6.isValid(self):
                    return
                self.refresh()
                self.evidence_changed.emit(audit_id)

            def failed(exc: BaseException, tb: str) -> None:
                if not shiboken6.isValid(self):
                    return
                done()
                show_error(self, exc, tb)

            self.tasks.run(work, on_success=done, on_failure=failed)

        box.finished.connect(answered)
        box.open()
        return box

    # ----------------------------------------------------------------- viewer

    def open_viewer(self, row: int | None = None):
        """Show evidence ``row`` (default: the current item) in the viewer dialog."""
        from observer_desktop.ui.viewer import EvidenceViewer

        if row is None:
            index = self.view.currentIndex()
            if not index.isValid():
                selected = self._selected_rows()
                if not selected:
                    return None
                row = selected[0]
            else:
                row = index.row()
        if not 0 <= row < self.model.rowCount() or self._audit_id is None:
            return None
        viewer = EvidenceViewer(
            self.backend,
            self.tasks,
            self.model.rows(),
            row,
            audit_id=self._audit_id,
            editable=self._editable,
            describe_links=self.model.link_labels,
            parent=self,
        )
        viewer.caption_saved.connect(self._caption_saved_in_viewer)
        viewer.current_changed.connect(self._viewer_moved)
        viewer.finished.connect(lambda _result: self.refresh())
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.deleteLater()
        self.viewer = viewer
        viewer.open()
        return viewer

    def _caption_saved_in_viewer(self, evidence_id: str, caption: str) -> None:
        self.model.update_row(evidence_id, caption=caption)
        if self._audit_id is not None:
            self.evidence_changed.emit(self._audit_id)

    def _viewer_moved(self, evidence_id: str) -> None:
        row = self.model.row_of(evidence_id)
        if row >= 0:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def save_selected_copy(self) -> None:
        from observer_desktop.ui.viewer import save_copy

        selected = self._selected_rows()
        if len(selected) != 1:
            return
        row = self.model.row_dict(selected[0])

        def saved(path: str) -> None:
            if shiboken6.isValid(self):
                self._show_summary(
                    self.tr("A copy was saved to %1").replace("%1", path), warning=False
                )

        save_copy(self, self.backend, self.tasks, row, on_saved=saved)
