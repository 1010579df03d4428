"""Captions and links: what a file shows in the report, and which questions or findings it supports.

:class:`LinkDialog` lets the observer check the questions and findings the
selected files belong to; :class:`CaptionsAndLinks` writes a caption typed in
the grid, or the links chosen in the dialog, on the database thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.text import fold
from observer_desktop.services import evidence as evidence_service
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.evidence.batch_write import run_evidence_writes
from observer_desktop.ui.tasks import TaskRunner

LINK_KEY_ROLE = Qt.ItemDataRole.UserRole + 10

LinkKey = tuple  # ("q", question_id, item) or ("f", finding_id)


def link_key(link: dict) -> LinkKey:
    if link.get("finding_id"):
        return ("f", link["finding_id"])
    return ("q", link["question_id"], link.get("item"))


def link_labels(sections: list[dict], findings: list[dict]) -> dict[LinkKey, str]:
    """How each link target is named on screen: "Section › Question", or the finding's title."""
    labels: dict[LinkKey, str] = {}
    for section in sections:
        for q in section["questions"]:
            labels[q["key"]] = f"{section['title']} › {q['label']}"
    for f in findings:
        labels[f["key"]] = f["label"]
    return labels


class LinkDialog(QDialog):
    """Check the questions and findings the selected evidence belongs to.

    Items start checked when every selected file is linked there, partly checked
    when only some are (left as they are unless the observer changes them).
    """

    def __init__(
        self,
        sections: list[dict],
        findings: list[dict],
        linked: dict[LinkKey, int],
        selected: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link evidence"))
        self.resize(640, 560)
        self._initial: dict[LinkKey, Qt.CheckState] = {}
        self._linked, self._selected = linked, selected
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check the questions and findings this evidence supports. "
                "Uncheck one to remove the link."
            )
            if selected == 1
            else self.tr(
                "Check the questions and findings these %1 files support. "
                "Uncheck one to remove the link."
            ).replace("%1", str(selected)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("linkFilter")
        self.filter.setPlaceholderText(self.tr("Filter questions and findings"))
        self.filter.setAccessibleName(self.tr("Filter questions and findings"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("linkTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Questions and findings"))
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        self._fill(sections, findings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.setTabOrder(self.filter, self.tree)
        first = self._items()
        if first:
            self.tree.setCurrentItem(first[0])
        self.tree.setFocus()

    def _fill(self, sections: list[dict], findings: list[dict]) -> None:
        for section in sections:
            head = self._group(section["title"])
            for q in section["questions"]:
                self._target(head, q["key"], q["label"])
        shown_findings = [f for f in findings if f["open"] or self._linked.get(f["key"])]
        if shown_findings:
            head = self._group(self.tr("Findings"))
            for f in shown_findings:
                template = self.tr("%1 (severity %2)") if f["open"] else self.tr("%1 (withdrawn)")
                label = template.replace("%1", f["label"]).replace("%2", f["severity"])
                self._target(head, f["key"], label)
        self.tree.expandAll()

    def _group(self, title: str) -> QTreeWidgetItem:
        bold = QFont(self.font())
        bold.setBold(True)
        item = QTreeWidgetItem(self.tree, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFont(0, bold)
        item.setFirstColumnSpanned(True)
        return item

    def _target(self, parent_item: QTreeWidgetItem, key: LinkKey, label: str) -> None:
        child = QTreeWidgetItem(parent_item, [label])
        child.setToolTip(0, label)
        child.setData(0, LINK_KEY_ROLE, key)
        count = self._linked.get(key, 0)
        state = (
            Qt.CheckState.Checked
            if count and count >= self._selected
            else Qt.CheckState.PartiallyChecked
            if count
            else Qt.CheckState.Unchecked
        )
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsUserCheckable
        if state == Qt.CheckState.PartiallyChecked:
            flags |= Qt.ItemFlag.ItemIsUserTristate
        child.setFlags(flags)
        child.setCheckState(0, state)
        self._initial[key] = state

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out.extend(head.child(j) for j in range(head.childCount()))
        return out

    def item_for(self, key: LinkKey) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, LINK_KEY_ROLE) == key:
                return item
        return None

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            head_match = needle in fold(head.text(0))
            visible = 0
            for j in range(head.childCount()):
                child = head.child(j)
                show = not needle or head_match or needle in fold(child.text(0))
                child.setHidden(not show)
                visible += show
            head.setHidden(visible == 0)

    def changes(self) -> tuple[list[LinkKey], list[LinkKey]]:
        """(links to add, links to remove) compared with how the dialog opened."""
        add, remove = [], []
        for item in self._items():
            key = item.data(0, LINK_KEY_ROLE)
            state, before = item.checkState(0), self._initial[key]
            if state == before:
                continue
            if state == Qt.CheckState.Checked:
                add.append(key)
            elif state == Qt.CheckState.Unchecked:
                remove.append(key)
        return add, remove


class CaptionsAndLinks(QObject):
    """Writes a caption or a set of links on the database thread and says when it is stored.

    Errors are shown over the parent widget (the panel).
    """

    caption_saved = Signal(str, str, str)  # audit id, evidence id, the caption as stored
    caption_refused = Signal()  # not stored: the list is read again to show the stored one
    links_saved = Signal(str)  # audit id (also after a failure part-way: some were written)

    def __init__(self, backend, tasks: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks

    def save_caption(self, audit_id: str, evidence_id: str, caption: str) -> None:
        backend = self.backend

        def saved(row: dict) -> None:
            if shiboken6.isValid(self):
                self.caption_saved.emit(audit_id, evidence_id, row["caption"])

        def failed(exc: BaseException, tb: str) -> None:
            if not shiboken6.isValid(self):
                return
            self.caption_refused.emit()  # puts the saved caption back
            show_error(self.parent(), exc, tb)

        self.tasks.run_op(
            lambda: evidence_service.set_caption(backend.app(), audit_id, evidence_id, caption),
            initiator=self,
            change=AuditChange(audit_id, evidence=True),
        ).success(saved).failure(failed)

    def open_link_dialog(
        self, audit_id: str, rows: list[dict], sections: list[dict], findings: list[dict]
    ) -> LinkDialog:
        """The dialog that links ``rows`` (the selected evidence) to questions and findings."""
        linked: dict[LinkKey, int] = {}
        for row in rows:
            for key in {link_key(link) for link in row.get("links", [])}:
                linked[key] = linked.get(key, 0) + 1
        dialog = LinkDialog(sections, findings, linked, len(rows), self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r["id"] for r in rows]
        current = {r["id"]: {link_key(link) for link in r.get("links", [])} for r in rows}
        dialog.accepted.connect(
            lambda: self._apply_links(audit_id, ids, current, *dialog.changes())
        )
        dialog.open()
        return dialog

    def _apply_links(
        self,
        audit_id: str,
        ids: list[str],
        current: dict[str, set],
        add: list[LinkKey],
        remove: list[LinkKey],
    ) -> None:
        if not add and not remove:
            return
        backend = self.backend

        def target(key: LinkKey) -> dict:
            if key[0] == "f":
                return {"finding_id": key[1]}
            return {"question_id": key[1], "item": key[2]}

        def work() -> None:
            app = backend.app()
            for evidence_id in ids:
                for key in add:
                    if key not in current[evidence_id]:
                        evidence_service.link_evidence(app, audit_id, evidence_id, **target(key))
                for key in remove:
                    if key in current[evidence_id]:
                        evidence_service.unlink_evidence(app, audit_id, evidence_id, **target(key))

        run_evidence_writes(self, self.tasks, audit_id, work, self.links_saved)
