"""The evidence viewer: one file of an audit at a time, never executed.

Photos are shown scaled to fit, upright (the report rendition has the EXIF
orientation applied; it is made on first view when missing); PDFs with QtPdf,
all pages; plain text as text. Anything else shows its metadata and can only
be exported with "Save a copy…": Observador never hands evidence to another
program, so a file pretending to be a photo cannot run.

Every file read happens on the database thread; the dialog only shows results.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFontDatabase,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import os_reason
from observer_desktop.evidence.media import MAX_PIXELS, RENDITION_PX
from observer_desktop.services import evidence as evidence_service
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.evidence_panel import camera_time, data_size, kind_of, placeholder
from observer_desktop.ui.i18n import local_time
from observer_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PDF_MAX_BYTES = 200 * 1024 * 1024  # larger PDFs: metadata and "Save a copy…" only
TEXT_PREVIEW_BYTES = 256 * 1024
QUICK_COPY_BYTES = 50 * 1024 * 1024  # larger copies go to the long-task queue


# ------------------------------------------------------------ worker side


def load_image(app, sha: str) -> QImage:
    """An upright image of at most RENDITION_PX, made from the report rendition when possible."""
    rendition = app.evidence.rendition_path(sha)
    if not rendition.is_file():
        # the same preview a report uses: made once, kept for both
        evidence_service.make_previews(app, [sha])
    for path, upright in ((rendition, True), (app.evidence.path_for(sha), False)):
        if not path.is_file():
            continue
        reader = QImageReader(str(path))
        reader.setAutoTransform(not upright)  # an original: apply its EXIF orientation
        size = reader.size()
        if size.isValid() and size.width() * size.height() > MAX_PIXELS:
            continue  # refused at import as a possible decompression bomb
        if size.isValid() and max(size.width(), size.height()) > RENDITION_PX:
            reader.setScaledSize(
                size.scaled(RENDITION_PX, RENDITION_PX, Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if not image.isNull():
            return image
    return QImage()


def read_head(app, sha: str, limit: int) -> bytes:
    with open(app.evidence.path_for(sha), "rb") as fh:
        return fh.read(limit)


class AlteredEvidenceError(Exception):
    """The stored file no longer has the SHA-256 it was imported with."""


def export_copy(app, sha: str, target: Path, *, should_cancel: Callable[[], bool] | None = None):
    """Copy a stored file to ``target``, checking its SHA-256 on the way; all or nothing."""
    source = app.evidence.path_for(sha)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".observador-", suffix=".part")
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(1024 * 1024):
                if should_cancel is not None and should_cancel():
                    raise InterruptedError
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            raise AlteredEvidenceError(sha)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(target)


def safe_file_name(name: str, fallback: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name or "").strip(" .")
    return name[:200] or fallback


def save_copy(
    parent: QWidget,
    backend,
    tasks: TaskRunner,
    row: dict,
    *,
    on_saved: Callable[[str], None] | None = None,
) -> None:
    """Ask where, then export one evidence file (the only way to open it elsewhere)."""
    settings = backend.settings()
    folder = str(settings.value("evidence/export_folder", "") or "") or documents_folder()
    name = safe_file_name(row.get("original_name", ""), row["sha256"][:16])
    target, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EvidenceViewer", "Save a copy"),
        str(Path(folder) / name),
    )
    if not target:
        return
    settings.setValue("evidence/export_folder", str(Path(target).parent))
    sha = row["sha256"]

    def saved(path: str) -> None:
        if on_saved is not None:
            on_saved(path)

    def failed(exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(parent):
            return
        if isinstance(exc, AlteredEvidenceError):
            text = QCoreApplication.translate(
                "EvidenceViewer",
                "The stored file no longer matches its SHA-256 fingerprint: it was damaged or "
                "altered after it was added. No copy was saved. Run “observer evidence verify” "
                "and tell the OIC.",
            )
        elif isinstance(exc, InterruptedError):
            return
        elif isinstance(exc, OSError):
            text = (
                QCoreApplication.translate(
                    "EvidenceViewer", "The copy could not be saved to %1: %2"
                )
                .replace("%1", target)
                .replace("%2", os_reason(exc))
            )
        else:
            show_error(parent, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("EvidenceViewer", "Save a copy"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("errorDialog")
        box.open()

    if (row.get("size") or 0) <= QUICK_COPY_BYTES:
        tasks.run(
            lambda: export_copy(backend.app(), sha, Path(target)),
            on_success=saved,
            on_failure=failed,
        )
    else:
        tasks.run_long(
            lambda handle: export_copy(
                backend.app(), sha, Path(target), should_cancel=handle.cancelled
            ),
            on_success=saved,
            on_failure=failed,
        )


# ------------------------------------------------------------------- widgets


class ImageView(QWidget):
    """A picture scaled to fit, centred, never enlarged past its own size."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._scaled: QPixmap | None = None
        self._text = ""
        self.setMinimumSize(200, 150)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setAutoFillBackground(True)

    def set_image(self, image: QImage | None, text: str = "") -> None:
        self._pixmap = (
            QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        )
        self._scaled = None
        self._text = text
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        area = self.rect().adjusted(8, 8, -8, -8)
        if self._pixmap is None:
            painter.setPen(self.palette().brightText().color())
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._text
            )
            return
        dpr = self.devicePixelRatioF()
        target = self._pixmap.size().scaled(
            round(area.width() * dpr),
            round(area.height() * dpr),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        if target.width() > self._pixmap.width():
            target = self._pixmap.size()
        if self._scaled is None or self._scaled.size() != target:
            self._scaled = self._pixmap.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._scaled.setDevicePixelRatio(dpr)
        w, h = self._scaled.width() / dpr, self._scaled.height() / dpr
        painter.drawPixmap(
            round(area.x() + (area.width() - w) / 2),
            round(area.y() + (area.height() - h) / 2),
            self._scaled,
        )


class EvidenceViewer(QDialog):
    """One evidence file at a time, with previous/next (arrow keys) and its caption."""

    caption_saved = Signal(str, str)  # evidence id, caption
    current_changed = Signal(str)  # evidence id now shown

    def __init__(
        self,
        backend,
        tasks: TaskRunner,
        rows: list[dict[str, Any]],
        index: int,
        *,
        audit_id: str,
        editable: bool,
        describe_links: Callable[[dict], list[str]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.backend = backend
        self.tasks = tasks
        self.rows = [dict(r) for r in rows]
        self.audit_id = audit_id
        self.editable = editable
        self.describe_links = describe_links or (lambda row: [])
        self.index = -1
        self._generation = 0
        self._image: QImage | None = None
        self._pdf_buffer: QBuffer | None = None
        self._caption_shown = ""

        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1200, 800
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)

        self.stack = QStackedWidget(splitter)
        self.image_view = ImageView(self.stack)
        self.image_view.setObjectName("viewerImage")
        self.image_view.setAccessibleName(self.tr("Photo"))
        self.stack.addWidget(self.image_view)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self.stack)
        self.pdf_view.setObjectName("viewerPdf")
        self.pdf_view.setAccessibleName(self.tr("PDF document"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.stack.addWidget(self.pdf_view)
        self.text_view = QPlainTextEdit(self.stack)
        self.text_view.setObjectName("viewerText")
        self.text_view.setAccessibleName(self.tr("Text of the file"))
        self.text_view.setReadOnly(True)
        self.stack.addWidget(self.text_view)
        self.message_page = QWidget(self.stack)
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        self.message_icon = QLabel(self.message_page)
        self.message_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message_layout.addWidget(self.message_icon)
        self.message_label = QLabel(self.message_page)
        self.message_label.setObjectName("viewerMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message_layout.addWidget(self.message_label)
        message_layout.addStretch(1)
        self.stack.addWidget(self.message_page)

        side = QScrollArea(splitter)
        side.setWidgetResizable(True)
        side.setMinimumWidth(280)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details = QWidget(side)
        side.setWidget(details)
        column = QVBoxLayout(details)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        column.addStretch(1)
        self.form = form
        self.fields: dict[str, QWidget] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("type", self.tr("Type")),
            ("size", self.tr("Size")),
            ("shape", self.tr("Dimensions")),
            ("pages", self.tr("Pages")),
            ("taken", self.tr("Taken")),
            ("location", self.tr("Location")),
            ("camera", self.tr("Camera")),
            ("added", self.tr("Added")),
            ("sha", self.tr("SHA-256")),
            ("links", self.tr("Linked to")),
            ("warnings", self.tr("Warnings")),
        ):
            if key == "sha":
                # the whole fingerprint, copyable, in a field that scrolls instead of wrapping
                value = QLineEdit(details)
                value.setReadOnly(True)
                value.setFrame(False)
                value.setFont(self._mono())
                value.setAccessibleName(label)
                value.setCursorPosition(0)
            else:
                value = QLabel(details)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"viewerField_{key}")
            form.addRow(label, value)
            self.fields[key] = value
        self.caption = QPlainTextEdit(details)
        self.caption.setObjectName("viewerCaption")
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setTabChangesFocus(True)
        self.caption.setFixedHeight(90)
        self.caption.setReadOnly(not editable)
        self.caption.setPlaceholderText(
            self.tr("Describe what the photo or document shows (appears in the report)")
            if editable
            else self.tr("No caption")
        )
        form.addRow(self.tr("Caption"), self.caption)
        self.save_caption_button = QPushButton(self.tr("Save c&aption"), details)
        self.save_caption_button.setObjectName("viewerSaveCaption")
        self.save_caption_button.setToolTip(self.tr("Save the caption (Ctrl+S)"))
        self.save_caption_button.clicked.connect(self.save_caption)
        self.save_caption_button.setVisible(editable)
        form.addRow("", self.save_caption_button)
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([max(400, width - 340), 320])

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.setObjectName("viewerPrevious")
        self.previous_button.setToolTip(self.tr("Previous file (Left arrow)"))
        self.previous_button.clicked.connect(self.show_previous)
        buttons.addWidget(self.previous_button)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("viewerPosition")
        self.position_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.position_label)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("viewerNext")
        self.next_button.setToolTip(self.tr("Next file (Right arrow)"))
        self.next_button.clicked.connect(self.show_next)
        buttons.addWidget(self.next_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("viewerStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.status_label, 1)
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_copy_button.setObjectName("viewerSaveCopy")
        self.save_copy_button.setToolTip(
            self.tr("Export this file, unchanged, to open it with another program")
        )
        self.save_copy_button.clicked.connect(self.save_copy)
        buttons.addWidget(self.save_copy_button)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.setObjectName("viewerClose")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for button in (self.previous_button, self.next_button, self.save_copy_button):
            button.setAutoDefault(False)

        def shortcut(keys, slot: Callable) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.action_previous = shortcut(Qt.Key.Key_Left, self.show_previous)
        self.action_next = shortcut(Qt.Key.Key_Right, self.show_next)
        self.action_save_caption = shortcut(QKeySequence.StandardKey.Save, self.save_caption)

        self.setTabOrder(self.caption, self.save_caption_button)
        self.setTabOrder(self.save_caption_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.save_copy_button)
        self.setTabOrder(self.save_copy_button, self.close_button)
        self.show_row(index)

    @staticmethod
    def _mono():
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    # ----------------------------------------------------------- state

    @property
    def current_row(self) -> dict[str, Any]:
        return self.rows[self.index]

    @property
    def image(self) -> QImage | None:
        """The picture shown (None while loading, or for files that are not pictures)."""
        return self._image

    @property
    def content(self) -> str:
        """What the viewer shows now: image, pdf, text or message."""
        return {
            self.image_view: "image",
            self.pdf_view: "pdf",
            self.text_view: "text",
        }.get(self.stack.currentWidget(), "message")

    # ------------------------------------------------------ navigation

    def show_previous(self) -> None:
        if self.index > 0:
            self.show_row(self.index - 1)

    def show_next(self) -> None:
        if self.index < len(self.rows) - 1:
            self.show_row(self.index + 1)

    def show_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        if self.index >= 0 and index != self.index:
            self._save_caption_if_changed()
        self.index = index
        self._generation += 1
        row = self.current_row
        self.setWindowTitle(self.tr("Evidence — %1").replace("%1", row.get("original_name", "")))
        self.position_label.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.rows)))
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.rows) - 1)
        self.status_label.setText("")
        self._fill_details(row)
        self._show_content(row)
        self.current_changed.emit(row["id"])

    def _fill_details(self, row: dict) -> None:
        meta = row.get("metadata") or {}
        f = self.fields

        def put(key: str, text: str) -> None:
            f[key].setText(text)
            self.form.setRowVisible(f[key], bool(text))

        put("name", row.get("original_name") or "")
        put("type", meta.get("type_label") or row.get("mime") or "")
        put(
            "size",
            self.tr("%1 (%2 bytes)")
            .replace("%1", data_size(row.get("size") or 0))
            .replace("%2", QLocale().toString(row.get("size") or 0)),
        )
        put(
            "shape",
            self.tr("%1 × %2 px")
            .replace("%1", str(meta["width"]))
            .replace("%2", str(meta["height"]))
            if meta.get("width") and meta.get("height")
            else "",
        )
        put("pages", str(meta["pages"]) if meta.get("pages") else "")
        put("taken", camera_time(row.get("captured_at")))
        lat, lon = row.get("gps_lat"), row.get("gps_lon")
        put("location", f"{lat:.6f}, {lon:.6f}" if lat is not None and lon is not None else "")
        put("camera", " ".join(x for x in (meta.get("camera_make"), meta.get("camera_model")) if x))
        put("added", local_time(row.get("imported_at")))
        put("sha", row["sha256"])
        f["sha"].setCursorPosition(0)
        put("links", "\n".join(self.describe_links(row)))
        put("warnings", "\n".join(meta.get("warnings") or []))
        self._caption_shown = row.get("caption") or ""
        self.caption.setPlainText(self._caption_shown)

    def _message(self, row: dict, text: str) -> None:
        self._image = None
        meta = row.get("metadata") or {}
        self.message_icon.setPixmap(
            placeholder(
                kind_of(row), warning=bool(meta.get("warnings")), dpr=self.devicePixelRatioF()
            )
        )
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_page)

    def _show_content(self, row: dict) -> None:
        generation, backend, sha = self._generation, self.backend, row["sha256"]
        kind = kind_of(row)
        self._image = None
        self._drop_pdf()

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def failed(exc: BaseException, tb: str) -> None:
            if not current():
                return
            log.warning("evidence %s could not be shown: %s\n%s", sha, exc, tb)
            reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
            template = self.tr("This file could not be shown: %1\n\nYou can still save a copy.")
            self._message(row, template.replace("%1", reason))

        if kind == "image":
            self.image_view.set_image(None, self.tr("Loading…"))
            self.stack.setCurrentWidget(self.image_view)

            def shown(image: QImage) -> None:
                if not current():
                    return
                if image.isNull():
                    self._message(
                        row,
                        self.tr(
                            "This image is damaged or in a format that cannot be shown. "
                            "It is kept as it was received; you can save a copy."
                        ),
                    )
                    return
                self._image = image
                self.image_view.set_image(image)

            self.tasks.run(
                lambda: load_image(backend.app(), sha), on_success=shown, on_failure=failed
            )
        elif kind == "pdf":
            if (row.get("size") or 0) > PDF_MAX_BYTES:
                self._message(
                    row,
                    self.tr(
                        "This PDF is too large to show here (%1). Save a copy to read it."
                    ).replace("%1", data_size(row.get("size") or 0)),
                )
                return
            self._message(row, self.tr("Loading…"))

            def opened(data: bytes) -> None:
                if not current():
                    return
                buffer = QBuffer(self)
                buffer.setData(QByteArray(data))
                buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                self._pdf_buffer = buffer
                self.pdf_document.load(buffer)
                if self.pdf_document.status() == QPdfDocument.Status.Error:
                    self._message(
                        row,
                        self.tr(
                            "This PDF is damaged or protected and cannot be shown. "
                            "It is kept as it was received; you can save a copy."
                        ),
                    )
                    return
                self.stack.setCurrentWidget(self.pdf_view)

            self.tasks.run(
                lambda: read_head(backend.app(), sha, PDF_MAX_BYTES),
                on_success=opened,
                on_failure=failed,
            )
        elif kind == "text":
            self._message(row, self.tr("Loading…"))

            def read(data: bytes) -> None:
                if not current():
                    return
                text = data.decode("utf-8", errors="replace")
                if text.count("\ufffd") > len(text) // 20:
                    text = data.decode("cp1252", errors="replace")  # Windows Notepad files
                if (row.get("size") or 0) > len(data):
                    text += "\n\n" + self.tr("[Only the beginning of the file is shown.]")
                self.text_view.setPlainText(text)
                self.stack.setCurrentWidget(self.text_view)

            self.tasks.run(
                lambda: read_head(backend.app(), sha, TEXT_PREVIEW_BYTES),
                on_success=read,
                on_failure=failed,
            )
        else:
            self._message(
                row,
                self.tr(
                    "Observador does not open this kind of file, so that nothing received as "
                    "evidence can run on this computer. Use “Save a copy…” and open the copy "
                    "with a program you trust."
                ),
            )

    # ---------------------------------------------------------- caption

    def _save_caption_if_changed(self) -> None:
        if self.editable and self.caption.toPlainText().strip() != self._caption_shown.strip():
            self.save_caption()

    def save_caption(self) -> None:
        if not self.editable or self.index < 0:
            return
        row = self.current_row
        caption = self.caption.toPlainText().strip()
        evidence_id, audit_id, backend = row["id"], self.audit_id, self.backend
        self._caption_shown = caption
        self.status_label.setText(self.tr("Saving caption…"))

        def saved(updated: dict) -> None:
            if not shiboken6.isValid(self):
                return  # the panel re-reads the list when the viewer closes
            for r in self.rows:
                if r["id"] == evidence_id:
                    r["caption"] = updated["caption"]
            self.caption_saved.emit(evidence_id, updated["caption"])
            self.status_label.setText(self.tr("Caption saved."))

        def failed(exc: BaseException, tb: str) -> None:
            if shiboken6.isValid(self):
                self.status_label.setText("")
                show_error(self, exc, tb)

        self.tasks.run(
            lambda: evidence_service.set_caption(backend.app(), audit_id, evidence_id, caption),
            on_success=saved,
            on_failure=failed,
        )

    def done(self, result: int) -> None:
        self._save_caption_if_changed()  # closing never loses a typed caption
        self._generation += 1  # results still on their way are dropped
        self._image = None
        self.image_view.set_image(None)
        self._drop_pdf()
        super().done(result)

    def _drop_pdf(self) -> None:
        """Close the PDF shown and free its bytes (a viewer may page through many)."""
        self.pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None

    # ------------------------------------------------------------- copy

    def save_copy(self) -> None:
        row = self.current_row

        def saved(path: str) -> None:
            if shiboken6.isValid(self):
                self.status_label.setText(self.tr("Copy saved: %1").replace("%1", path))

        save_copy(self, self.backend, self.tasks, row, on_saved=saved)
