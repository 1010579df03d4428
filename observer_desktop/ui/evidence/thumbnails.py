"""Thumbnails for the grid: decoded at icon size on the database thread, kept in a cache.

The model asks for a thumbnail the first time its item is painted
(:class:`ThumbnailCache` remembers what was asked, what came back and what
failed); :class:`ThumbnailLoader` reads what was asked in batches, one batch at
a time, so a grid of hundreds of photos never floods the database thread.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap

from observer_desktop.ui.evidence.placeholders import ICON_SIZE, draw_warning_badge
from observer_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

THUMBNAIL_CACHE = 600  # icon-size pixmaps kept (about 60 KB each)
THUMBNAIL_BATCH = 24  # decoded per trip to the worker (about 40 ms of its time)


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


class ThumbnailCache:
    """Icon-size pixmaps by SHA-256, the most recently shown kept; which failed; which are asked."""

    def __init__(self) -> None:
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._requested: set[str] = set()

    def failed(self, sha: str) -> bool:
        """The thumbnail could not be read: the item keeps its file-type placeholder."""
        return sha in self._failed

    def get(self, sha: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(sha)
        if pixmap is not None:
            self._pixmaps.move_to_end(sha)
        return pixmap

    def ask(self, sha: str) -> bool:
        """True the first time a thumbnail is wanted, until it comes back or is forgotten."""
        if sha in self._requested:
            return False
        self._requested.add(sha)
        return True

    def put(self, sha: str, image: QImage | None) -> None:
        self._requested.discard(sha)
        if image is None:
            self._failed.add(sha)
        else:
            self._pixmaps[sha] = QPixmap.fromImage(image)
            self._pixmaps.move_to_end(sha)

    def trim(self) -> None:
        while len(self._pixmaps) > THUMBNAIL_CACHE:
            self._pixmaps.popitem(last=False)

    def forget_requests(self) -> None:
        """Thumbnails asked for but not delivered (the loader dropped them) may be asked again."""
        self._requested.clear()


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
