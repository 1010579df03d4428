"""The audit editor: it lays out and composes the parts (pages, autosave, navigation,
findings, finalize, the OIC's comments), opens an audit and shows each fresh evaluation
(relevance, red flags, progress, findings) in place.

Everything is saved as it is typed (autosave.py). :meth:`AuditEditor.flush` sends pending
saves at once; it runs before another audit is opened, before finalizing and when the
editor closes or hides, so typed text is never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services.audit_view import audit_view
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor.autosave import Autosave
from observer_desktop.ui.audit_editor.common import HEADER_PAGE, Key, find_question, page_of
from observer_desktop.ui.audit_editor.finalize import Finalizer
from observer_desktop.ui.audit_editor.findings_pane import Findings, FindingsPane
from observer_desktop.ui.audit_editor.navigation import Navigator
from observer_desktop.ui.audit_editor.oic_comments import OicComments
from observer_desktop.ui.audit_editor.pages import SectionPages
from observer_desktop.ui.audit_editor.read_only_banner import ReadOnlyBanner
from observer_desktop.ui.audit_editor.section_list import SectionList
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.models import status_label
from observer_desktop.ui.question_widgets import QuestionWidget, checklist_language
from observer_desktop.ui.sync.review_banner import ReviewBanner
from observer_desktop.ui.tasks import alive

if TYPE_CHECKING:
    from observer_desktop.core.checklist import Checklist

__all__ = ["AuditEditor"]


class AuditEditor(QWidget):
    """Edit one audit. Call :meth:`open_audit`; put :meth:`actions` in a menu.

    The open audit (:attr:`audit`, :attr:`checklist`, :attr:`answers`, :attr:`state`, the
    last evaluation) is here; each job is a part that reads it through the editor.

    What it changes goes out by the change signal (``tasks.changes``, ui/changes.py),
    and it follows the changes other views make to its audit: evidence, findings and
    items re-read the evaluation, a new status (finalized, signed, sent, reviewed) the
    whole audit. Its own signals only ask the window to show something.
    """

    audit_loaded = Signal(str)
    request_evidence = Signal(str, object)  # question id, item (int) or None
    request_report = Signal(str)
    new_version_created = Signal(str)

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditEditor")
        self.backend = backend
        self.tasks = tasks
        self.lang = checklist_language()
        self._audit_id = ""
        self.audit: dict | None = None
        self.checklist: Checklist | None = None
        self.answers: dict[Key, dict] = {}
        self.state: dict = {}  # the last services.audit_view of the open audit
        self.generation = 0  # bumped by each open: results for an earlier one are dropped
        self._read_only = True
        self._loading = False
        self.autosave = Autosave(self)
        self.section_pages = SectionPages(self)
        self.oic = OicComments(self)
        self.navigator = Navigator(self)
        self.findings = Findings(self)
        self.finalizer = Finalizer(self)
        self._build_ui()
        self._build_actions()
        self._update_actions()
        tasks.changes.changed.connect(self._changed)

    # ------------------------------------------------------------ layout

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        outer.addLayout(self._build_top())
        self._build_banners(outer)
        self.body = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("No audit is open."), self)
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.body.addWidget(self.placeholder)
        self.body.addWidget(self._build_splitter())
        outer.addWidget(self.body, 1)

    def _build_top(self) -> QHBoxLayout:
        """Title and subtitle, the hint, the save status, finalize and report."""
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("auditTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("auditSubtitle")
        self.subtitle_label.setStyleSheet("color: #555;")
        self.subtitle_label.setWordWrap(True)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setStyleSheet("color: #555;")
        top.addWidget(self.hint_label)
        self.save_indicator = QLabel(self)
        self.save_indicator.setObjectName("saveIndicator")
        self.save_indicator.setMinimumWidth(190)
        self.save_indicator.setWordWrap(True)  # "Not saved: <question>" can be long
        self.save_indicator.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.save_indicator.setAccessibleName(self.tr("Save status"))
        top.addWidget(self.save_indicator)
        self.finalize_button = QToolButton(self)
        self.finalize_button.setObjectName("finalizeButton")
        self.report_button = QToolButton(self)
        self.report_button.setObjectName("reportButton")
        top.addWidget(self.finalize_button)
        top.addWidget(self.report_button)
        return top

    def _build_banners(self, outer: QVBoxLayout) -> None:
        """The read-only banner, and the OIC's review of this audit."""
        self.banner = ReadOnlyBanner(self)
        self.banner.open_newer_button.clicked.connect(self._open_newer)
        self.banner_label = self.banner.label
        self.new_version_button = self.banner.new_version_button
        outer.addWidget(self.banner)
        # the OIC's review of this audit: "Returned by the OIC: <comment>" (ui/sync/review_banner.py)
        self.review_banner = ReviewBanner(self)
        self.review_banner.new_version_requested.connect(self.finalizer.new_version)
        outer.addWidget(self.review_banner)

    def _build_splitter(self) -> QSplitter:
        """The sections on the left, the page shown, the findings on the right."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        sections_title = QLabel(self.tr("Sections"), left)
        sections_title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(sections_title)
        self.section_list = SectionList(left)
        self.section_list.currentRowChanged.connect(self.section_pages.chosen)
        left_layout.addWidget(self.section_list, 1)
        sections_title.setBuddy(self.section_list)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("sectionPages")
        self.findings_pane = FindingsPane(self.splitter)
        self.findings_pane.finding_chosen.connect(
            lambda qid, item: self.navigator.focus_key((qid, item), "input")
        )
        self.findings_pane.remove_requested.connect(self.findings.remove)
        self.findings_list = self.findings_pane.list
        self.summary_label = self.findings_pane.summary_label
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.findings_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([190, 700, 240])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(170)
        return self.splitter

    def _build_actions(self) -> None:
        # the ones with keys: the audit page adds them to itself too, so they work from
        # the evidence panel beside the editor (ui/main_window/audit_page.py)
        self.keyboard_actions: list[QAction] = []
        nav, fin = self.navigator, self.finalizer
        make = self._make_action
        self.action_next = make(
            self.tr("&Next question"), "F8", lambda: nav.step(1), "actionNextQuestion"
        )
        self.action_prev = make(
            self.tr("&Previous question"), "Shift+F8", lambda: nav.step(-1), "actionPrevQuestion"
        )
        self.action_note = make(
            self.tr("Note on this q&uestion"), "Ctrl+Shift+O", nav.note_for_question, "actionNote"
        )
        self.action_evidence = make(
            self.tr("&Evidence of this question…"),
            "Ctrl+Shift+E",
            nav.evidence_for_question,
            "actionEvidence",
        )
        self.action_add_finding = make(
            self.tr("&Add finding…"), "Ctrl+Shift+H", self.findings.add, "actionAddFinding"
        )
        self.action_finalize = make(
            self.tr("&Finalize audit…"),
            "Ctrl+Shift+F",
            fin.finalize,
            "actionFinalize",
            self.tr("Check that nothing is missing and close the audit for changes"),
        )
        self.action_new_version = make(
            self.tr("Create new &version"),
            "Ctrl+Shift+N",
            fin.new_version,
            "actionNewVersion",
            self.tr("Copy this audit into a new draft that replaces it"),
        )
        self.action_report = make(
            self.tr("&Report…"),
            None,
            fin.open_report,
            "actionReport",
            self.tr("The signed PDF report of a finalized audit (Ctrl+P)"),
        )
        for button, action in (
            (self.finalize_button, self.action_finalize),
            (self.report_button, self.action_report),
            (self.new_version_button, self.action_new_version),
            (self.findings_pane.add_button, self.action_add_finding),
        ):
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _make_action(
        self, text: str, shortcut: Any, slot: Callable, name: str, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            self.keyboard_actions.append(action)
        # only while the focus is inside the open audit: the window may show other pages
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # ------------------------------------------------------------ public API

    @property
    def audit_id(self) -> str:
        return self._audit_id

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def is_loading(self) -> bool:
        return self._loading

    def has_pending_saves(self) -> bool:
        return self.autosave.has_pending()

    def open_audit(self, audit_id: str) -> None:
        """Load ``audit_id`` on the worker and show it (pending saves are sent first)."""
        self.flush()
        self.generation += 1
        generation = self.generation
        self._loading = True
        backend = self.backend
        self.save_indicator.setText(self.tr("Loading…"))

        def loaded(state: dict) -> None:
            if alive(self) and generation == self.generation:
                self._loaded(state)

        def failed(exc: BaseException, tb: str) -> None:
            if not alive(self) or generation != self.generation:
                return
            self._loading = False
            self.save_indicator.setText("")
            show_error(self, exc, tb)

        self.tasks.run(
            lambda: audit_view(backend.app(), audit_id, full=True),
            on_success=loaded,
            on_failure=failed,
        )

    def flush(self) -> None:
        """Send every pending (debounced) save now, in the order they were typed."""
        self.autosave.flush()

    def _changed(self, change: AuditChange, initiator: object) -> None:
        """Another view changed the audit shown (its own writes are shown as they end)."""
        if initiator is self or not self._audit_id or self._audit_id not in change.touched:
            return
        if change.status:
            self.flush()
            self.open_audit(self._audit_id)  # read only now, or reviewed: all of it anew
        elif change.evidence or change.findings or change.items or change.answers:
            self._refresh()  # evidence counts, what is missing, red flags

    def focus_question(self, question_id: str, item: int | None = None) -> bool:
        return self.navigator.focus_key((question_id, item), "input")

    def current_question(self) -> Key | None:
        """The question the keyboard is in, or the one visited last."""
        return self.navigator.current_question()

    def question_widget(self, question_id: str, item: int | None = None) -> QuestionWidget | None:
        """The widget of a question (its page is built if it was not yet); None when the
        open audit has no such question or repeat item."""
        if self.checklist is None or find_question(self.checklist, question_id) is None:
            return None
        pages = self.section_pages
        page = pages.pages.get(page_of(self.checklist, question_id))
        if page is None:
            return None
        pages.ensure(page.key)
        return pages.widgets.get((question_id, item))

    def oic_comments(self) -> dict[Key, list[str]]:
        """The OIC's comments shown beside the questions: (question id, item) → texts."""
        return {key: list(texts) for key, texts in self.oic.comments.items()}

    def closeEvent(self, event: Any) -> None:
        self.flush()
        super().closeEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    # ------------------------------------------------------------ loading

    def _loaded(self, state: dict) -> None:
        previous_form = self.checklist.id if self.checklist is not None else None
        previous_page = self.section_list.current_key()
        another_audit = state["audit"]["id"] != self._audit_id
        if another_audit:
            self.autosave.last_saved = None  # "Saved 10:42" was about the audit shown before
        self._clear()
        self._loading = False
        self.checklist = state["checklist"]
        self.answers = state["answers"]
        self.audit = state["audit"]
        self._audit_id = self.audit["id"]
        self.oic.load(state)
        self.autosave.learn(self.answers)
        self._read_only = self.audit["status"] != "draft"
        self.section_pages.populate()
        self.apply_state(state)
        self.body.setCurrentWidget(self.splitter)
        page = previous_page if previous_form == self.checklist.id else None
        if page not in self.section_pages.pages:
            page = self.checklist.sections[0].id if self.checklist.sections else HEADER_PAGE
        self.section_pages.show(page)
        self.autosave.update_indicator()
        if another_audit:
            self._take_focus()
        self.audit_loaded.emit(self._audit_id)

    def _take_focus(self) -> None:
        """Put the keyboard in the newly opened audit: F8, Ctrl+Shift+F… act only while
        the focus is inside the editor. Not when the observer is in another window."""
        if not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if focused is None or (
            focused.window() is self.window() and not self.isAncestorOf(focused)
        ):
            self.section_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self) -> None:
        self.autosave.clear()
        self.navigator.current = None
        self.section_pages.clear()
        self.findings_list.clear()

    def _refresh(self) -> None:
        backend = self.backend
        audit_id = self._audit_id
        generation = self.generation

        def done(state: dict) -> None:
            if alive(self) and generation == self.generation:
                self.apply_state(state)

        self.tasks.run(
            lambda: audit_view(backend.app(), audit_id),
            on_success=done,
            on_failure=lambda exc, tb: alive(self) and show_error(self, exc, tb),
        )

    def _open_newer(self) -> None:
        if self.audit and self.audit.get("superseded_by"):
            self.open_audit(self.audit["superseded_by"])

    # ------------------------------------------------------------ a fresh evaluation

    def apply_state(self, state: dict) -> None:
        """Show a fresh evaluation in place: visibility, flags, counts, progress, findings.

        ``state`` may lack the findings (a write that raised or withdrew none): the ones
        shown stay, and the findings pane is not redrawn."""
        findings_changed = "findings" in state
        state = {**self.state, **state}
        self.state = state
        self.audit = state["audit"]
        self.oic.update(state.get("repeat_counts") or {})
        if self.audit["status"] != "draft" and not self._read_only:
            self._read_only = True
            for qw in self.section_pages.widgets.values():
                qw.set_read_only(True)
        self.section_pages.apply_state(state)
        if self.checklist is not None:
            self.section_list.show_progress(
                self.checklist,
                state,
                title_of=self.section_pages.title,
                commented=self.oic.counts_by_page(),
            )
        self.findings.show(state, findings=findings_changed)
        self._update_titles()
        self._update_actions()

    def _update_titles(self) -> None:
        if self.audit is None or self.checklist is None:
            return
        audit = self.audit
        self.title_label.setText(audit.get("title") or self.checklist.title.text(self.lang))
        status = status_label(audit["status"])
        if audit.get("superseded_by"):
            status = self.tr("%1 (replaced by a newer version)").replace("%1", status)
        subtitle = self.tr("%1 · version %2 · %3")
        subtitle = subtitle.replace("%1", self.checklist.title.text(self.lang))
        subtitle = subtitle.replace("%2", str(audit["version"]))
        subtitle = subtitle.replace("%3", status)
        self.subtitle_label.setText(subtitle)
        if self._read_only:
            self.banner.show_audit(audit)
        self.review_banner.set_audit(
            audit,
            self.oic.reviews,
            on_questions=self.oic.on_questions(),
            elsewhere=self.oic.elsewhere,
        )
        # a returned audit: the review banner says why and offers the new version itself
        self.banner.setVisible(self._read_only and not self.review_banner.offers_new_version)

    def _update_actions(self) -> None:
        loaded = bool(self._audit_id) and self.audit is not None
        draft = loaded and not self._read_only
        superseded = loaded and bool(self.audit.get("superseded_by"))
        self.action_next.setEnabled(loaded)
        self.action_prev.setEnabled(loaded)
        self.action_note.setEnabled(draft)
        self.action_evidence.setEnabled(loaded)
        self.action_add_finding.setEnabled(draft)
        self.action_finalize.setEnabled(draft)
        self.action_new_version.setEnabled(loaded and self._read_only and not superseded)
        self.action_report.setEnabled(loaded)
        self.findings_pane.set_read_only(self._read_only)
