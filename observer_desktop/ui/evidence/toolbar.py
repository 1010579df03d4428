"""The evidence actions: their toolbar, their shortcuts, and when each one may be used.

Add, View, Link and Remove sit on the toolbar; all of them are in the grid's
context menu and in the window's "Evidence" menu (``evidence_actions``). Their
shortcuts work wherever the focus is inside the panel; Ctrl+E anywhere in the
window, unless the window has its own "Add evidence" action on that key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

ADD_SHORTCUT = "Ctrl+E"


class EvidenceToolbar(QToolBar):
    """The panel's toolbar, owner of the panel's actions (``action_add``…)."""

    def __init__(self, panel: QWidget):
        super().__init__(panel)
        self.setObjectName("evidenceToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def make_actions(self, panel, view: QWidget) -> None:
        """The actions, triggering the panel's methods; shortcuts on ``panel``, menu on ``view``."""

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
            panel.addAction(act)
            return act

        self.action_add = action(
            self.tr("&Add evidence…"), ADD_SHORTCUT, panel.choose_files, window=True
        )
        self.action_add.setObjectName("actionAddEvidence")
        self.action_open = action(self.tr("&View"), None, lambda: panel.open_viewer())
        self.action_open.setObjectName("actionViewEvidence")
        self.action_caption = action(self.tr("Edit &caption"), "F2", panel.edit_caption)
        self.action_caption.setObjectName("actionEditCaption")
        self.action_link = action(self.tr("&Link to…"), "Ctrl+L", panel.link_selected)
        self.action_link.setObjectName("actionLinkEvidence")
        self.action_save_copy = action(
            self.tr("&Save a copy…"), "Ctrl+Shift+S", panel.save_selected_copy
        )
        self.action_save_copy.setObjectName("actionSaveCopy")
        self.action_remove = action(self.tr("&Remove…"), Qt.Key.Key_Delete, panel.remove_selected)
        self.action_remove.setObjectName("actionRemoveEvidence")
        self.action_cancel_import = action(self.tr("Cancel import"), "Esc", panel.cancel_import)
        self.action_cancel_import.setObjectName("actionCancelImport")
        for act in (self.action_add, self.action_open, self.action_link, self.action_remove):
            self.addAction(act)
        # all four stay visible: none may hide in the toolbar's overflow menu
        self.setMinimumWidth(self.sizeHint().width())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in self.evidence_actions():
            view.addAction(act)

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

    def update_actions(
        self, *, selected: int, has_audit: bool, editable: bool, running: bool
    ) -> None:
        """Enable what may be done now; the tooltips of the disabled ones say why."""
        can_change = has_audit and editable
        self.action_add.setEnabled(can_change and not running)
        self.action_open.setEnabled(selected >= 1)
        self.action_caption.setEnabled(can_change and selected == 1)
        self.action_link.setEnabled(can_change and selected >= 1)
        self.action_save_copy.setEnabled(selected == 1)
        self.action_remove.setEnabled(can_change and selected >= 1)
        self.action_cancel_import.setEnabled(running)
        if not has_audit:
            reason = self.tr("Open an audit to see its evidence.")
        elif not editable:
            reason = self.tr("This audit is no longer a draft; its evidence cannot be changed.")
        elif running:
            reason = self.tr("Wait until the current import finishes or cancel it.")
        else:
            reason = self.tr("Add photos, PDFs, documents, audio or video (Ctrl+E).")
        self.action_add.setToolTip(reason)
        locked = self.tr("This audit is no longer a draft; its evidence cannot be changed.")
        for act in (self.action_remove, self.action_link, self.action_caption):
            act.setToolTip("" if can_change or not has_audit else locked)

    def share_add_shortcut(self) -> None:
        """Leave Ctrl+E to a host window that has its own "Add evidence" action on it.

        Two actions on one key in one window make Qt ignore the key ("ambiguous
        shortcut"); the host's action is expected to trigger ``action_add``.
        """
        key = QKeySequence(ADD_SHORTCUT)
        panel = self.parentWidget()
        window = panel.window()

        def ours(action: QAction) -> bool:
            owner = action.parent()
            return isinstance(owner, QWidget) and (owner is panel or panel.isAncestorOf(owner))

        taken = window is not panel and any(
            key in action.shortcuts() and not ours(action)
            for action in {*window.actions(), *window.findChildren(QAction)}
        )
        self.action_add.setShortcut(QKeySequence() if taken else key)
