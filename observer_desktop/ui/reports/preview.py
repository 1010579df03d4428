"""The report's preview: :class:`_PdfPane`, a QtPdf view of a PDF already read into
memory, with page navigation and zoom from the keyboard and a toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget


class _PdfPane(QWidget):
    """QtPdf viewer with page navigation and zoom, fed from bytes already in memory."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("pdfToolbar")
        layout.addWidget(self.toolbar)
        self.document = QPdfDocument(self)
        self.document.setObjectName("reportDocument")
        self.view = QPdfView(self)
        self.view.setObjectName("reportPdfView")
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None
        self._add_actions()
        self._fill_toolbar()
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)
        self.document.pageCountChanged.connect(self._update_page)
        self._update_page()

    def _action(self, text: str, shortcuts: list, slot: Callable[[], None], name: str) -> QAction:
        """An action of this pane: its keys work while the focus is in the pane."""
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcuts(shortcuts)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _add_actions(self) -> None:
        """Pages (Page Up/Down, Ctrl+Home/End) and zoom (Ctrl+0, Ctrl+9, Ctrl++/-)."""
        action = self._action
        self.prev_action = action(
            self.tr("Previous page"),
            [QKeySequence(Qt.Key.Key_PageUp)],
            lambda: self.go_to(self.current_page() - 1),
            "previousPageAction",
        )
        self.next_action = action(
            self.tr("Next page"),
            [QKeySequence(Qt.Key.Key_PageDown)],
            lambda: self.go_to(self.current_page() + 1),
            "nextPageAction",
        )
        self.first_action = action(
            self.tr("First page"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Home)],
            lambda: self.go_to(0),
            "firstPageAction",
        )
        self.last_action = action(
            self.tr("Last page"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_End)],
            lambda: self.go_to(self.document.pageCount() - 1),
            "lastPageAction",
        )
        self.fit_width_action = action(
            self.tr("Fit width"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0)],
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth),
            "fitWidthAction",
        )
        self.fit_page_action = action(
            self.tr("Whole page"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_9)],
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView),
            "fitPageAction",
        )
        self.zoom_in_action = action(
            self.tr("Zoom in"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
            lambda: self._zoom(1.25),
            "zoomInAction",
        )
        self.zoom_out_action = action(
            self.tr("Zoom out"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut),
            lambda: self._zoom(0.8),
            "zoomOutAction",
        )

    def _fill_toolbar(self) -> None:
        """Previous, next, "Page N of M", then the zoom actions; tooltips name the keys."""
        for act in (self.prev_action, self.next_action):
            self.toolbar.addAction(act)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        for act in (
            self.fit_width_action,
            self.fit_page_action,
            self.zoom_out_action,
            self.zoom_in_action,
        ):
            self.toolbar.addAction(act)
        for act in self.toolbar.actions():
            if act.shortcut().toString():
                shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                act.setToolTip(f"{act.text()} ({shortcut})")

    def load_bytes(self, data: bytes) -> None:
        """Parse the PDF from memory: the file was read on the worker."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to(0)
        self._update_page()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page()

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 6.0)))

    def _update_page(self, *_: Any) -> None:
        count = self.document.pageCount()
        page = self.current_page()
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(page + 1 if count else 0))
            .replace("%2", str(count))
        )
        self.prev_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < count - 1)
