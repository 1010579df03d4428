"""What the sync screens share: "today at 10:20" times, non-blocking message boxes, and
:class:`SyncPart`, what each part of the controller is."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from observer_desktop.ui.i18n import local_moment
from observer_desktop.ui.i18n import local_time as i18n_local_time

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


def local_time(iso: str | None) -> str:
    """As :func:`i18n.local_time`, with "today at 10:20" for today (the status bar)."""
    moment = local_moment(iso)
    if moment is not None and moment.date() == QDate.currentDate():
        return QCoreApplication.translate("SyncUi", "today at %1").replace(
            "%1", moment.toString("HH:mm")
        )
    return i18n_local_time(iso)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    name: str,
    details: str = "",
) -> QMessageBox:
    """A non-blocking message (``open()``); returned so callers and tests can add buttons."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class SyncPart(QObject):
    """One job of the sync (its actions, the runs, login and logout…), as a child of the
    controller that reaches it through :meth:`parent`.

    The controller is its Qt parent, not a Python attribute: an attribute would be a
    reference cycle keeping a closed window's controller alive (docs/ui.md).
    """

    def __init__(self, controller: SyncController):
        super().__init__(controller)

    @property
    def controller(self) -> SyncController:
        return cast("SyncController", self.parent())

    @property
    def window(self) -> QWidget:
        return self.controller.window
