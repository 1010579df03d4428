"""The thumbnail grid: items with room for a count of links, and a hint while it is empty."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from observer_desktop.ui.evidence.model import ROW_ROLE
from observer_desktop.ui.evidence.placeholders import ICON_SIZE

GRID_SIZE = QSize(172, 176)


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
