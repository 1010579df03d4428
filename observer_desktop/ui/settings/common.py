"""What the settings tabs share: their order in the dialog and the field-with-notes layout."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

TAB_GENERAL, TAB_PROFILE, TAB_SYNC, TAB_KEY = range(4)


def stacked(*items: QWidget | QLayout) -> QVBoxLayout:
    """A field with its notes under it; hidden notes take no room (unlike extra form rows)."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
        else:
            column.addWidget(item)
    return column
