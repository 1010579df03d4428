"""The evidence of one audit, beside the editor: the panel that puts the parts together.

:class:`EvidencePanel` holds the audit shown and whether it may change, the
toolbar and its actions, and wires the parts, each in its own module: the list
read (``loading``), the model and its thumbnails (``model``, ``thumbnails``), the
grid (``grid``), imports and drops (``import_flow``), captions and links
(``captions_links``), removal (``removal``), the message strip (``summary_bar``)
and the viewer (``viewer``). Nothing here touches the database or a file on the
UI thread: the list is read on the database thread and *merged* into the model
(rows appear as the import commits them, selection is kept), thumbnails are
decoded at icon size there too, a few dozen at a time and only for the items the
view paints, and an import runs on the long-task thread. So the UI thread only
merges small results, and stays responsive while hundreds of photos come in.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.evidence.captions_links import CaptionsAndLinks, LinkDialog, link_labels
from observer_desktop.ui.evidence.formats import data_size
from observer_desktop.ui.evidence.grid import EvidenceGrid
from observer_desktop.ui.evidence.import_flow import ImportBar, local_files
from observer_desktop.ui.evidence.loading import EvidenceReader
from observer_desktop.ui.evidence.model import EvidenceListModel
from observer_desktop.ui.evidence.removal import EvidenceRemoval
from observer_desktop.ui.evidence.save_copy import save_copy
from observer_desktop.ui.evidence.summary_bar import SummaryBar
from observer_desktop.ui.evidence.thumbnails import ThumbnailLoader
from observer_desktop.ui.evidence.toolbar import EvidenceToolbar
from observer_desktop.ui.tasks import TaskRunner

RELOAD_INTERVAL_MS = 250  # during an import, the list is re-read at most this often


class EvidencePanel(QWidget):
    """The evidence of one audit. Call :meth:`set_audit`.

    What it changes (evidence added, removed, linked or captioned) reaches the other
    views by the change signal (ui/changes.py); it re-reads its list when another view
    changes the audit's evidence, findings or repeatable items (the link targets)."""

    import_finished = Signal(str, object)  # audit id, ImportResult (None if it failed)

    def __init__(self, backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.backend = backend
        self.tasks = tasks
        self._audit_id: str | None = None
        self._editable = False
        self._sections: list[dict] = []
        self._findings: list[dict] = []
        self._reveal_id: str | None = None
        self.viewer = None
        self.setAcceptDrops(True)

        self.model = EvidenceListModel(self)
        self.loader = ThumbnailLoader(backend, tasks, self)
        self.reader = EvidenceReader(backend, tasks, self)
        self.captions_links = CaptionsAndLinks(backend, tasks, self)
        self.removal = EvidenceRemoval(backend, tasks, self)
        self._build()
        self._make_actions()
        self._connect()
        self._update_actions()
        self._update_count()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        title = QLabel(self.tr("Evidence"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        head.addWidget(title)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("evidenceCount")
        head.addWidget(self.count_label)
        head.addStretch(1)
        layout.addLayout(head)
        # on its own row: beside the title, in a narrow panel, all but "Add" hid behind »
        self.toolbar = EvidenceToolbar(self)
        layout.addWidget(self.toolbar)
        self.read_only_note = QLabel(
            self.tr(
                "This audit is no longer a draft: its evidence can be viewed and saved, but not "
                "changed. To add or remove evidence, create a new version of the audit."
            ),
            self,
        )
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)
        layout.addWidget(self.read_only_note)
        self.view = EvidenceGrid(self)
        self.view.setObjectName("evidenceGrid")
        self.view.setAccessibleName(self.tr("Evidence files"))
        self.view.setModel(self.model)
        self.model.dpr = self.loader.dpr = self.devicePixelRatioF()
        layout.addWidget(self.view, 1)
        self.import_bar = ImportBar(self.backend, self.tasks, self)
        layout.addWidget(self.import_bar)
        self.summary = SummaryBar(self)  # what the last import (or a refused action) did
        layout.addWidget(self.summary)
        # the parts' widgets by the names the panel always gave them
        self.import_label = self.import_bar.label
        self.import_progress = self.import_bar.progress
        self.cancel_button = self.import_bar.cancel_button
        self.summary_text = self.summary.message

    def _connect(self) -> None:
        self.model.thumbnail_wanted.connect(self.loader.request)
        self.loader.loaded.connect(self.model.set_thumbnails)
        self.model.caption_edited.connect(self._save_caption)
        self.reader.loaded.connect(self._loaded)
        self.reader.failed.connect(self._load_failed)
        self.import_bar.rows_committed.connect(self._rows_committed)
        self.import_bar.finished.connect(self._import_done)
        self.import_bar.failed.connect(self._import_failed)
        self.captions_links.caption_saved.connect(self._caption_saved)
        self.captions_links.caption_refused.connect(self.refresh)
        self.captions_links.links_saved.connect(self._changed_here)
        self.removal.removed.connect(self._changed_here)
        self.tasks.changes.changed.connect(self._changed)
        self.view.activated.connect(lambda index: self.open_viewer(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_count)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_INTERVAL_MS)
        self._reload_timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------- actions

    def _make_actions(self) -> None:
        bar = self.toolbar
        bar.make_actions(self, self.view)
        self.action_add, self.action_open = bar.action_add, bar.action_open
        self.action_caption, self.action_link = bar.action_caption, bar.action_link
        self.action_save_copy, self.action_remove = bar.action_save_copy, bar.action_remove
        self.action_cancel_import = bar.action_cancel_import

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.toolbar.share_add_shortcut()

    def evidence_actions(self) -> list[QAction]:
        """The actions for an "Evidence" menu of the main window, in menu order."""
        return self.toolbar.evidence_actions()

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedIndexes())

    def _update_actions(self, *_: Any) -> None:
        self.toolbar.update_actions(
            selected=len(self._selected_rows()) if self.view.selectionModel() else 0,
            has_audit=self._audit_id is not None,
            editable=self._editable,
            running=self.import_running,
        )

    def _update_count(self, *_: Any) -> None:
        rows = self.model.rowCount()
        if self._audit_id is None:
            self.count_label.setText("")
        elif self.loading and rows == 0:
            self.count_label.setText(self.tr("(loading…)"))
        else:
            total = sum(r.get("size") or 0 for r in self.model.rows())
            text = self.tr("%n file(s)", "", rows)
            if rows:
                text = self.tr("%1 · %2").replace("%1", text).replace("%2", data_size(total))
            self.count_label.setText(text)
        self._update_actions()

    # --------------------------------------------------------------- state

    @property
    def audit_id(self) -> str | None:
        return self._audit_id

    @property
    def editable(self) -> bool:
        return self._editable

    @property
    def loading(self) -> bool:
        return self.reader.loading

    @property
    def import_running(self) -> bool:
        return self.import_bar.running

    def set_audit(self, audit_id: str | None, editable: bool) -> None:
        """Show the evidence of ``audit_id`` (None: nothing). ``editable`` False for a closed audit."""
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.close()
        changed = audit_id != self._audit_id
        closed_now = self._editable and not (editable and audit_id)
        self._audit_id = audit_id
        self._editable = bool(editable and audit_id)
        if closed_now:  # finalized: the last import's summary is old news
            self.summary.setVisible(False)
        self.reader.set_audit(audit_id)
        if changed:
            self.model.clear()
            self.loader.clear()
            self.model.forget_requests()
            self.summary.setVisible(False)
            self._sections, self._findings = [], []
        self.model.set_editable(self._editable)
        self._apply_editable()
        self.view.empty_text = self._empty_text()
        self.view.viewport().update()
        self.refresh()
        self._update_count()

    def _empty_text(self) -> str:
        if self._audit_id is None:
            return ""
        if self._editable:
            return self.tr(
                "No evidence yet.\nDrag photos, PDFs or other files here, or press Ctrl+E to "
                "choose them."
            )
        return self.tr("This audit has no evidence.")

    def _apply_editable(self) -> None:
        self.read_only_note.setVisible(self._audit_id is not None and not self._editable)
        self.model.set_editable(self._editable)
        self._update_actions()

    def refresh(self) -> None:
        """Re-read the evidence list (merged into the grid: selection and scroll are kept)."""
        self.reader.read()

    def _loaded(self, result: dict | None) -> None:
        if result is not None:  # None: read for an audit shown before
            if result["status"] != "draft" and self._editable:
                self._editable = False
                self._apply_editable()
                self.view.empty_text = self._empty_text()
            self._sections, self._findings = result["sections"], result["findings"]
            self.model.set_link_labels(link_labels(self._sections, self._findings))
            self.model.set_rows(result["rows"])
            if self._reveal_id is not None:
                row = self.model.row_of(self._reveal_id)
                if row >= 0:
                    self._reveal_id = None
                    self._show_row(row)
        self._update_count()

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self._update_count()
        show_error(self, exc, tb)

    def _show_row(self, row: int) -> None:
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _changed_here(self, _audit_id: str) -> None:
        """Evidence was linked or removed here: show it (the change signal told the rest)."""
        self.refresh()

    def _changed(self, change: AuditChange, initiator: object) -> None:
        """Another view changed what this panel shows (its own parts update it already)."""
        if self._audit_id is None or self._audit_id not in change.touched:
            return
        if initiator is self or initiator in (
            self.import_bar, self.captions_links, self.removal, self.viewer
        ):  # fmt: skip
            return
        if change.evidence or change.findings or change.items:
            self.refresh()

    # -------------------------------------------------------------- import

    def choose_files(
        self, *, question_id: str | None = None, item: int | None = None, title: str = ""
    ) -> None:
        """Ask for files (starting in the folder used last) and import them, linked to a
        question when one is given (the editor's "Evidence of this question…")."""
        if not self._can_add(explain=True):
            return
        paths = self.import_bar.ask_for_files(self, title)
        if paths:
            self.add_files(paths, question_id=question_id, item=item)

    def _can_add(self, *, explain: bool) -> bool:
        if self._audit_id is None:
            return False
        reason = self.import_bar.refusal(editable=self._editable)
        if reason and explain:
            self.summary.show_message(reason, warning=True)
        return not reason

    def add_files(
        self,
        paths: Iterable[str | Path],
        question_id: str | None = None,
        item: int | None = None,
        finding_id: str | None = None,
    ) -> bool:
        """Import files (a folder: the files directly in it) into the open audit.

        Optionally linked to a question (``item`` for a repeatable section) or a
        finding. Returns False when nothing was started (no audit, closed audit,
        another import running — the panel says why).
        """
        paths = [str(p) for p in paths]
        if not paths or not self._can_add(explain=True):
            return False
        self.summary.setVisible(False)
        self.import_bar.start(
            paths, self._audit_id, question_id=question_id, item=item, finding_id=finding_id
        )
        self._update_actions()
        return True

    def cancel_import(self) -> None:
        """Stop the running import: files already stored stay, the current one is dropped."""
        self.import_bar.cancel()

    def _rows_committed(self, audit_id: str) -> None:
        # show the new rows soon, without re-reading on every progress report
        if audit_id == self._audit_id and not self._reload_timer.isActive():
            self._reload_timer.start()

    def _import_done(self, audit_id: str, out: dict) -> None:
        self._reload_timer.stop()
        self._update_actions()
        result = out["result"]
        if result is not None and audit_id == self._audit_id:
            if result.added:
                self._reveal_id = result.added[0]["id"]
            self.refresh()
        text, warning = self.import_bar.report(out)
        self.summary.show_message(text, warning=warning)
        self.import_finished.emit(audit_id, result)

    def _import_failed(self, audit_id: str, exc: BaseException, tb: str) -> None:
        self._reload_timer.stop()
        self._update_actions()
        if audit_id == self._audit_id:
            self.refresh()  # a failure part-way keeps the files finished before it
        self.import_finished.emit(audit_id, None)
        show_error(self, exc, tb)

    # ------------------------------------------------------- drag and drop

    def _highlight_drop(self, on: bool) -> None:
        self.view.setStyleSheet(
            "QListView { border: 2px dashed palette(highlight); }" if on else ""
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData().urls()) and self._can_add(explain=False):
            event.acceptProposedAction()
            self._highlight_drop(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData().urls()) and self._can_add(explain=False):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight_drop(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight_drop(False)
        paths = local_files(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        if not self._can_add(explain=True):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # ------------------------------------------- caption, links and removal

    def edit_caption(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self._editable:
            self.view.edit(index)

    def _save_caption(self, evidence_id: str, caption: str) -> None:
        if self._audit_id is not None:
            self.captions_links.save_caption(self._audit_id, evidence_id, caption)

    def _caption_saved(self, audit_id: str, evidence_id: str, caption: str) -> None:
        if audit_id == self._audit_id:
            self.model.update_row(evidence_id, caption=caption)

    def link_selected(self) -> LinkDialog | None:
        """Open the dialog that links the selected evidence to questions and findings."""
        rows = [self.model.row_dict(r) for r in self._selected_rows()]
        if not rows or not self._editable or self._audit_id is None:
            return None
        return self.captions_links.open_link_dialog(
            self._audit_id, rows, self._sections, self._findings
        )

    def remove_selected(self):
        """Ask, then take the selected evidence out of the audit (only while it is a draft)."""
        rows = [self.model.row_dict(r) for r in self._selected_rows()]
        if not rows or self._audit_id is None:
            return None
        if not self._editable:
            self._can_add(explain=True)
            return None
        return self.removal.ask(self._audit_id, rows)

    # ----------------------------------------------------------------- viewer

    def open_viewer(self, row: int | None = None):
        """Show evidence ``row`` (default: the current item) in the viewer dialog."""
        from observer_desktop.ui.evidence.viewer import EvidenceViewer

        if row is None:
            index = self.view.currentIndex()
            if not index.isValid():
                selected = self._selected_rows()
                if not selected:
                    return None
                row = selected[0]
            else:
                row = index.row()
        if not 0 <= row < self.model.rowCount() or self._audit_id is None:
            return None
        viewer = EvidenceViewer(
            self.backend,
            self.tasks,
            self.model.rows(),
            row,
            audit_id=self._audit_id,
            editable=self._editable,
            describe_links=self.model.link_labels,
            parent=self,
        )
        viewer.caption_saved.connect(self._caption_saved_in_viewer)
        viewer.current_changed.connect(self._viewer_moved)
        viewer.finished.connect(lambda _result: self.refresh())
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.deleteLater()
        self.viewer = viewer
        viewer.open()
        return viewer

    def _caption_saved_in_viewer(self, evidence_id: str, caption: str) -> None:
        self.model.update_row(evidence_id, caption=caption)

    def _viewer_moved(self, evidence_id: str) -> None:
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self._show_row(row)

    def save_selected_copy(self) -> None:
        selected = self._selected_rows()
        if len(selected) != 1:
            return
        row = self.model.row_dict(selected[0])

        def saved(path: str) -> None:
            if shiboken6.isValid(self):
                self.summary.show_message(
                    self.tr("A copy was saved to %1").replace("%1", path), warning=False
                )

        save_copy(self, self.backend, self.tasks, row, on_saved=saved)
