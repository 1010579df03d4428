"""The list of sections on the left of the editor: the process data and each section of
the checklist, with how far each one is answered and how many OIC comments it has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from observer_desktop.ui.audit_editor.common import HEADER_PAGE, PAGE_ROLE, RoomyRows

if TYPE_CHECKING:
    from collections.abc import Callable

    from observer_desktop.core.checklist import Checklist

__all__ = ["SectionList"]


class SectionList(QListWidget):
    """One row per page of the editor (its key in ``PAGE_ROLE``): title and progress."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionList")
        self.setAccessibleName(self.tr("Sections of the checklist"))
        self.setWordWrap(True)
        # re-wrap the rows when the splitter makes the list narrower (or wider)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(RoomyRows(self))

    def set_pages(self, pages: list[tuple[str, str]]) -> None:
        """The rows, as (page key, title), without announcing a choice."""
        self.blockSignals(True)
        self.clear()
        for key, title in pages:
            row = QListWidgetItem(title)
            row.setData(PAGE_ROLE, key)
            self.addItem(row)
        self.blockSignals(False)

    def current_key(self) -> str | None:
        row = self.currentItem()
        return row.data(PAGE_ROLE) if row is not None else None

    def select(self, key: str) -> None:
        """Mark the page shown, without announcing a choice."""
        for row in range(self.count()):
            if self.item(row).data(PAGE_ROLE) == key:
                if self.currentRow() != row:
                    self.blockSignals(True)
                    self.setCurrentRow(row)
                    self.blockSignals(False)
                break

    def show_progress(
        self,
        checklist: Checklist,
        state: dict,
        *,
        title_of: Callable[[str], str],
        commented: dict[str, int],
    ) -> None:
        """Each row's title, then whether it applies and how far it is answered."""
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(PAGE_ROLE)
            title = title_of(key)
            applies = True
            if key == HEADER_PAGE:
                required, done = _header_progress(checklist, state)
                answered = visible = None
            else:
                applies = state["section_applies"].get(key, True)
                required, done, answered, visible = state["progress"].get(key, (0, 0, 0, 0))
            if not applies:
                status = self.tr("Does not apply")
            elif required:
                status = (
                    self.tr("%1 of %2 required")
                    .replace("%1", str(done))
                    .replace("%2", str(required))
                )
            elif visible:
                status = (
                    self.tr("%1 of %2 answered")
                    .replace("%1", str(answered))
                    .replace("%2", str(visible))
                )
            else:
                status = self.tr("Optional")
            complete = applies and required and done == required
            if commented.get(key):
                status += "\n" + self.tr("OIC comments: %1").replace("%1", str(commented[key]))
            item.setText(f"{'✓ ' if complete else ''}{title}\n{status}")
            item.setForeground(QColor("#777") if not applies else QColor())
            item.setToolTip(f"{title} — {status}")


def _header_progress(checklist: Checklist, state: dict) -> tuple[int, int]:
    """(required, answered) of the process data that apply."""
    required = answered = 0
    header = state.get("header", {})
    for f in checklist.header:
        if f.required and state["relevant"].get((f.id, None), True):
            required += 1
            if header.get(f.id) not in (None, "", []):
                answered += 1
    return required, answered
