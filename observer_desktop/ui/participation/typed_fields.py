"""Date and time fields that take what is typed, for the session form."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget


class _TypedFieldMixin:
    """Date and time fields that take what is typed: Tab leaves the field (it went to the
    field's next part, so "16:00" typed after Tab changed the date's month), and the
    part clicked or entered is selected, so typing replaces it.

    A mixin because the same overrides go on two Qt classes, QDateEdit and QTimeEdit."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.ShortcutFocusReason):
            self.setCurrentSectionIndex(0)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.setCurrentSectionIndex(self.sectionCount() - 1)
        QTimer.singleShot(0, lambda: self.setSelectedSection(self.currentSection()))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.setSelectedSection(self.currentSection())


class TypedTimeEdit(_TypedFieldMixin, QTimeEdit):
    """A time field that takes typed times ("16:00")."""


class TypedDateEdit(_TypedFieldMixin, QDateEdit):
    """A date field whose Tab goes to the next field, not to its own next part."""
