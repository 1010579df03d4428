"""What the viewer shows of one file: the photo, the PDF, the text, or why it shows none.

Photos are shown scaled to fit, upright, decoded from the original at the
screen's size (a JPEG at the DCT scale that covers it, so a 12 MP photo decodes
at half size on a full-HD screen); the print rendition (760 px) would look
blurred when enlarged, so it serves only for a photo Qt cannot read (HEIC: it is
made on first view when missing). PDFs with QtPdf,
all pages; plain text as text. Anything else gets a message: Observador never
hands evidence to another program, so a file pretending to be a photo cannot run.
Every file read happens on the database thread; the widgets only show results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPalette, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from observer_desktop.core.errors import os_reason
from observer_desktop.evidence.media import MAX_PIXELS
from observer_desktop.services import evidence as evidence_service
from observer_desktop.ui.evidence.formats import data_size, kind_of
from observer_desktop.ui.evidence.placeholders import placeholder
from observer_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DEFAULT_FIT_PX = 1920  # without a screen to ask (tests, offscreen)
MIN_FIT_PX = 1024
PDF_MAX_BYTES = 200 * 1024 * 1024  # larger PDFs: metadata and "Save a copy…" only
TEXT_PREVIEW_BYTES = 256 * 1024

Failed = Callable[[BaseException, str], None]


# ------------------------------------------------------------ worker side


def load_image(app, sha: str, fit_px: int = DEFAULT_FIT_PX) -> QImage:
    """An upright image whose longest side is at most ``fit_px`` (the screen's), decoded
    from the original; from the print rendition when Qt cannot read the original."""
    image = _read(app.evidence.path_for(sha), fit_px, upright=False)
    if not image.isNull():
        return image
    rendition = app.evidence.rendition_path(sha)
    if not rendition.is_file():
        # the same rendition a report uses: made once, kept for both
        evidence_service.make_previews(app, [sha])
    return _read(rendition, fit_px, upright=True)


def _read(path, fit_px: int, *, upright: bool) -> QImage:
    if not path.is_file():
        return QImage()
    reader = QImageReader(str(path))
    reader.setAutoTransform(not upright)  # an original: apply its EXIF orientation
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        return QImage()  # refused at import as a possible decompression bomb
    if size.isValid() and max(size.width(), size.height()) > fit_px:
        # the scaled size before the EXIF rotation; a square box fits either way. Qt's
        # JPEG reader decodes at the DCT scale that covers it, then smooths the rest
        reader.setScaledSize(size.scaled(fit_px, fit_px, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def screen_fit_px(widget: QWidget) -> int:
    """The longest side, in device pixels, a photo can be shown at on ``widget``'s screen."""
    screen = widget.screen()
    if screen is None:
        return DEFAULT_FIT_PX
    size = screen.size()
    return max(MIN_FIT_PX, round(max(size.width(), size.height()) * screen.devicePixelRatio()))


def read_head(app, sha: str, limit: int) -> bytes:
    with open(app.evidence.path_for(sha), "rb") as fh:
        return fh.read(limit)


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


class ViewerPages(QStackedWidget):
    """One page per way of showing a file; :meth:`show_file` picks it and loads the content.

    A result that arrives after the viewer moved on (or closed) is dropped.
    """

    def __init__(self, backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self._generation = 0
        self._image: QImage | None = None
        self._pdf_buffer: QBuffer | None = None
        self.image_view = ImageView(self)
        self.image_view.setObjectName("viewerImage")
        self.image_view.setAccessibleName(self.tr("Photo"))
        self.addWidget(self.image_view)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("viewerPdf")
        self.pdf_view.setAccessibleName(self.tr("PDF document"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.addWidget(self.pdf_view)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("viewerText")
        self.text_view.setAccessibleName(self.tr("Text of the file"))
        self.text_view.setReadOnly(True)
        self.addWidget(self.text_view)
        self.message_page = QWidget(self)
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
        self.addWidget(self.message_page)

    @property
    def image(self) -> QImage | None:
        """The picture shown (None while loading, or for files that are not pictures)."""
        return self._image

    @property
    def content(self) -> str:
        """What is shown now: image, pdf, text or message."""
        return {
            self.image_view: "image",
            self.pdf_view: "pdf",
            self.text_view: "text",
        }.get(self.currentWidget(), "message")

    def show_file(self, row: dict) -> None:
        """Show the file of evidence ``row``, loading it on the database thread."""
        self._generation += 1
        generation, sha = self._generation, row["sha256"]
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
            self._show_image(row, current, failed)
        elif kind == "pdf":
            self._show_pdf(row, current, failed)
        elif kind == "text":
            self._show_text(row, current, failed)
        else:
            self._message(
                row,
                self.tr(
                    "Observador does not open this kind of file, so that nothing received as "
                    "evidence can run on this computer. Use “Save a copy…” and open the copy "
                    "with a program you trust."
                ),
            )

    def clear(self) -> None:
        """Show nothing, and drop the results still on their way (the viewer closes)."""
        self._generation += 1
        self._image = None
        self.image_view.set_image(None)
        self._drop_pdf()

    def _message(self, row: dict, text: str) -> None:
        self._image = None
        meta = row.get("metadata") or {}
        self.message_icon.setPixmap(
            placeholder(
                kind_of(row), warning=bool(meta.get("warnings")), dpr=self.devicePixelRatioF()
            )
        )
        self.message_label.setText(text)
        self.setCurrentWidget(self.message_page)

    def _show_image(self, row: dict, current: Callable[[], bool], failed: Failed) -> None:
        backend, sha = self.backend, row["sha256"]
        self.image_view.set_image(None, self.tr("Loading…"))
        self.setCurrentWidget(self.image_view)

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

        fit_px = screen_fit_px(self)  # asked here: widgets belong to the UI thread
        self.tasks.run(
            lambda: load_image(backend.app(), sha, fit_px), on_success=shown, on_failure=failed
        )

    def _show_pdf(self, row: dict, current: Callable[[], bool], failed: Failed) -> None:
        backend, sha = self.backend, row["sha256"]
        if (row.get("size") or 0) > PDF_MAX_BYTES:
            self._message(
                row,
                self.tr("This PDF is too large to show here (%1). Save a copy to read it.").replace(
                    "%1", data_size(row.get("size") or 0)
                ),
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
            self.setCurrentWidget(self.pdf_view)

        self.tasks.run(
            lambda: read_head(backend.app(), sha, PDF_MAX_BYTES),
            on_success=opened,
            on_failure=failed,
        )

    def _show_text(self, row: dict, current: Callable[[], bool], failed: Failed) -> None:
        backend, sha = self.backend, row["sha256"]
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
            self.setCurrentWidget(self.text_view)

        self.tasks.run(
            lambda: read_head(backend.app(), sha, TEXT_PREVIEW_BYTES),
            on_success=read,
            on_failure=failed,
        )

    def _drop_pdf(self) -> None:
        """Close the PDF shown and free its bytes (a viewer may page through many)."""
        self.pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None
