"""The audit editor: sections, one input per question, live relevance and red flags,
findings, notes, evidence counts, autosave and finalization.

Everything is saved as it is typed: choices at once, text 500 ms after typing
stops or when the field loses the focus. Each save is one task on the single
database thread (so saves keep their order) that also re-evaluates the audit;
its result updates relevance, red flags, progress and findings in place —
questions are shown or hidden, never rebuilt, so the focus stays where the
observer is. :meth:`AuditEditor.flush` sends pending saves at once; it runs
before another audit is opened, before finalizing and when the editor closes
or hides, so typed text is never lost.

Section pages are built the first time they are shown, so a checklist with
hundreds of questions opens at once.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.checklist import Checklist, Question, Section
from observer_desktop.core.errors import ChangedElsewhereError, InputError, ObserverError
from observer_desktop.services.audit_view import audit_view
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.models import status_label, status_phrase
from observer_desktop.ui.question_widgets import (
    SEVERITY_STYLES,
    QuestionWidget,
    checklist_language,
    place_in_tab_order,
    severity_label,
)
from observer_desktop.ui.sync.review_banner import ReviewBanner
from observer_desktop.ui.tasks import alive

__all__ = ["HEADER_PAGE", "AddFindingDialog", "AuditEditor", "MissingItemsDialog"]

HEADER_PAGE = "__header__"  # never a checklist id: those start with a letter
DEBOUNCE_MS = 500
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_ROLE = Qt.ItemDataRole.UserRole + 3

Key = tuple[str, int | None]


# ------------------------------------------------------------ worker side


def _guarded(stored: dict, key: tuple, value: Any, write: Callable[..., Any]) -> None:
    """Write ``value`` expecting what ``stored`` says the database holds (runs on the
    database thread, in order). The database's answer updates ``stored``: the new value
    after a write, the other value after a refusal (ChangedElsewhereError)."""
    try:
        write(expected=stored.get(key))
    except ChangedElsewhereError as exc:
        stored[key] = exc.current
        raise
    stored[key] = value


# ------------------------------------------------------------ dialogs


class MissingItemsDialog(QDialog):
    """What still blocks finalization; choosing an item jumps to it."""

    jump = Signal(dict)

    def __init__(self, missing: list[dict], section_titles: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("missingDialog")
        self.setWindowTitle(self.tr("The audit cannot be finalized yet"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        if len(missing) == 1:
            intro = self.tr("One thing is missing before you can finalize.")
        else:
            intro = self.tr("%1 things are missing before you can finalize.").replace(
                "%1", str(len(missing))
            )
        head = QLabel(
            intro + " " + self.tr("Choose one and press Enter (or double-click it) to go there."),
            self,
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        self.list = QListWidget(self)
        self.list.setObjectName("missingList")
        self.list.setAccessibleName(self.tr("Missing items"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        for m in missing:
            section = section_titles.get(m.get("section") or HEADER_PAGE, "")
            if section:
                text = m["message"] + "\n" + self.tr("Section: %1").replace("%1", section)
            else:
                text = m["message"]
            row = QListWidgetItem(text)
            row.setData(MISSING_ROLE, m)
            row.setToolTip(text)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.go_button = buttons.addButton(
            self.tr("&Go to this item"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_button.setObjectName("goButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _activated(self, row: QListWidgetItem | None) -> None:
        # Enter in the list both activates the row and presses the default button
        if row is None or self.result() == QDialog.DialogCode.Accepted:
            return
        data = row.data(MISSING_ROLE)
        self.accept()
        self.jump.emit(data)


class AddFindingDialog(QDialog):
    """A finding the observer writes (title, severity, description, recommendation)."""

    submitted = Signal(dict)

    def __init__(
        self,
        questions: list[tuple[str, Key]],
        current: Key | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("addFindingDialog")
        self.setWindowTitle(self.tr("Add a finding"))
        self.resize(600, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Describe what you observed as a fact, not an accusation. Fields marked * are "
                "required."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("findingTitle")
        self.title.setMaxLength(1000)
        self.title.setAccessibleName(self.tr("Title"))
        self.severity = QComboBox(self)
        self.severity.setObjectName("findingSeverity")
        self.severity.setAccessibleName(self.tr("Severity"))
        for sev, hint in (
            ("alta", self.tr("possible breach of the law; escalate to the OIC")),
            ("media", self.tr("weak control or transparency")),
            ("baja", self.tr("good practice not followed")),
        ):
            self.severity.addItem(f"{severity_label(sev)} — {hint}", sev)
        self.severity.setCurrentIndex(1)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("findingDescription")
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.recommendation = QPlainTextEdit(self)
        self.recommendation.setObjectName("findingRecommendation")
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.question = QComboBox(self)
        self.question.setObjectName("findingQuestion")
        self.question.setAccessibleName(self.tr("Question"))
        self.question.addItem(self.tr("(The whole audit)"), None)
        for text, key in questions:
            self.question.addItem(text, key)
            if key == current:
                self.question.setCurrentIndex(self.question.count() - 1)
        for label, widget in (
            (self.tr("&Title *"), self.title),
            (self.tr("&Severity"), self.severity),
            (self.tr("&Description"), self.description),
            (self.tr("&Recommendation"), self.recommendation),
            (self.tr("&Question"), self.question),
        ):
            form.addRow(label, widget)
        layout.addLayout(form, 1)
        self.error = QLabel(self)
        self.error.setObjectName("findingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.title.textEdited.connect(lambda _text: self.error.setVisible(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def values(self) -> dict:
        key = self.question.currentData()
        return {
            "title": self.title.text(),
            "severity": self.severity.currentData(),
            "description": self.description.toPlainText(),
            "recommendation": self.recommendation.toPlainText(),
            "question_id": key[0] if key else None,
            "item": key[1] if key else None,
        }

    def _submit(self) -> None:
        self.show_error(None)
        self.set_busy(True)
        self.submitted.emit(self.values())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        if message:
            self.title.setFocus()


# ------------------------------------------------------------ the editor


class _SectionPage(QScrollArea):
    """One page of the editor; its questions are created the first time it is shown."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.built = False
        self.setObjectName(f"page_{key}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions inside
        self.not_applicable: QLabel | None = None
        self.add_button: QPushButton | None = None
        self.count_label: QLabel | None = None
        self.question_widgets: list[QuestionWidget] = []

    def minimumSizeHint(self) -> QSize:
        """As wide as its questions need: they are never cut off nor scrolled sideways."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is not None:
            width = (
                content.minimumSizeHint().width()
                + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth()
            )
            hint.setWidth(max(hint.width(), width))
        return hint

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the questions' minimum width may have changed
        return super().viewportEvent(event)


class _RoomyRows(QStyledItemDelegate):
    """Word-wrapped rows with a little air between them.

    Not ``QListView.setSpacing``: the view measures a row for the full width but paints
    it narrower by the spacing, so a title that just fits is cut ("preparación…").
    """

    PAD = 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 2 * self.PAD)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Any) -> None:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(0, self.PAD, 0, -self.PAD)
        super().paint(painter, inner, index)


class AuditEditor(QWidget):
    """Edit one audit. Call :meth:`open_audit`; put :meth:`actions` in a menu."""

    audit_loaded = Signal(str)
    audit_saved = Signal(str)
    request_evidence = Signal(str, object)  # question id, item (int) or None
    request_report = Signal(str)
    new_version_created = Signal(str)
    status_changed = Signal(str)

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditEditor")
        self.backend = backend
        self.tasks = tasks
        self.lang = checklist_language()
        self._audit_id = ""
        self._audit: dict | None = None
        self._checklist: Checklist | None = None
        self._answers: dict[Key, dict] = {}
        self._state: dict = {}
        self._generation = 0
        self._read_only = True
        self._loading = False
        self._pending: dict[tuple, QTimer] = {}
        self._pending_fns: dict[tuple, Callable[[], None]] = {}
        self._saved: dict[tuple, Any] = {}
        # what the database holds for each answer and note, as far as this editor knows:
        # set when the audit is read, and by each save job on the database thread after
        # its write (so a job queued behind a failed one expects what is really stored)
        self._stored: dict[tuple, Any] = {}
        self._refused: dict[tuple, Any] = {}  # a value refused because of a change elsewhere
        self._errors: dict[tuple, str] = {}
        self._inflight = 0
        self._last_saved: _dt.datetime | None = None
        self._qwidgets: dict[Key, QuestionWidget] = {}
        self._pages: dict[str, _SectionPage] = {}
        self._current: Key | None = None
        self._build_ui()
        self._build_actions()
        self._update_actions()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------ layout

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)

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
        outer.addLayout(top)

        self.banner = QFrame(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border: 1px solid #d29a00;"
            " border-radius: 3px; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("readOnlyText")
        self.banner_label.setWordWrap(True)
        banner_layout.addWidget(self.banner_label, 1)
        self.new_version_button = QToolButton(self.banner)
        self.new_version_button.setObjectName("newVersionButton")
        banner_layout.addWidget(self.new_version_button)
        self.open_newer_button = QPushButton(self.tr("Open the newer version"), self.banner)
        self.open_newer_button.setObjectName("openNewerButton")
        self.open_newer_button.clicked.connect(self._open_newer)
        banner_layout.addWidget(self.open_newer_button)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        # the OIC's review of this audit: "Returned by the OIC: <comment>" (ui/sync/review_banner.py)
        self.review_banner = ReviewBanner(self)
        self.review_banner.new_version_requested.connect(self.action_create_new_version)
        outer.addWidget(self.review_banner)
        self._reviews: list[dict] = []
        # the return whose comments are shown beside the questions (services.sync
        # returned_review), and where they go: question and repeat item → texts
        self._returned_review: dict | None = None
        self._oic_comments: dict[Key, list[str]] = {}
        self._oic_elsewhere: list[tuple[str, str]] = []

        self.body = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("No audit is open."), self)
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.body.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        sections_title = QLabel(self.tr("Sections"), left)
        sections_title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(sections_title)
        self.section_list = QListWidget(left)
        self.section_list.setObjectName("sectionList")
        self.section_list.setAccessibleName(self.tr("Sections of the checklist"))
        self.section_list.setWordWrap(True)
        # re-wrap the rows when the splitter makes the list narrower (or wider)
        self.section_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.section_list.setItemDelegate(_RoomyRows(self.section_list))
        self.section_list.currentRowChanged.connect(self._section_chosen)
        left_layout.addWidget(self.section_list, 1)
        sections_title.setBuddy(self.section_list)

        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("sectionPages")

        right = QWidget(self.splitter)
        right.setObjectName("findingsPanel")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(right)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        right_layout.addWidget(self.summary_label)
        findings_title = QLabel(self.tr("Findings and red flags"), right)
        findings_title.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(findings_title)
        self.findings_list = QListWidget(right)
        self.findings_list.setObjectName("findingsList")
        self.findings_list.setAccessibleName(self.tr("Findings and red flags"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.findings_list.setItemDelegate(_RoomyRows(self.findings_list))
        self.findings_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_list.itemActivated.connect(self._finding_activated)
        self.findings_list.currentItemChanged.connect(lambda *_: self._update_finding_buttons())
        self.findings_list.installEventFilter(self)
        findings_title.setBuddy(self.findings_list)
        right_layout.addWidget(self.findings_list, 1)
        buttons = QHBoxLayout()
        self.add_finding_button = QToolButton(right)
        self.add_finding_button.setObjectName("addFindingButton")
        self.remove_finding_button = QPushButton(self.tr("Remove"), right)
        self.remove_finding_button.setObjectName("removeFindingButton")
        self.remove_finding_button.setToolTip(self.tr("Remove the selected finding (Delete)"))
        self.remove_finding_button.clicked.connect(self.remove_selected_finding)
        buttons.addWidget(self.add_finding_button)
        buttons.addWidget(self.remove_finding_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)

        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([190, 700, 240])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(170)
        right.setMinimumWidth(220)
        self.body.addWidget(self.splitter)
        outer.addWidget(self.body, 1)

        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(5000)
        self._hint_timer.timeout.connect(lambda: self.hint_label.setText(""))

    def _build_actions(self) -> None:
        # the ones with keys: the audit page adds them to itself too, so they work from
        # the evidence panel beside the editor (ui/app.py AuditPage)
        self.keyboard_actions: list[QAction] = []

        def make(text: str, shortcut: Any, slot: Callable, name: str, tip: str = "") -> QAction:
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

        self.action_next = make(
            self.tr("&Next question"), "F8", self.action_next_question, "actionNextQuestion"
        )
        self.action_prev = make(
            self.tr("&Previous question"),
            "Shift+F8",
            self.action_prev_question,
            "actionPrevQuestion",
        )
        self.action_note = make(
            self.tr("Note on this q&uestion"),
            "Ctrl+Shift+O",
            self.action_note_for_question,
            "actionNote",
        )
        self.action_evidence = make(
            self.tr("&Evidence of this question…"),
            "Ctrl+Shift+E",
            self.action_evidence_for_question,
            "actionEvidence",
        )
        self.action_add_finding = make(
            self.tr("&Add finding…"),
            "Ctrl+Shift+H",
            self.action_add_finding_dialog,
            "actionAddFinding",
        )
        self.action_finalize = make(
            self.tr("&Finalize audit…"),
            "Ctrl+Shift+F",
            self.action_finalize_audit,
            "actionFinalize",
            self.tr("Check that nothing is missing and close the audit for changes"),
        )
        self.action_new_version = make(
            self.tr("Create new &version"),
            "Ctrl+Shift+N",
            self.action_create_new_version,
            "actionNewVersion",
            self.tr("Copy this audit into a new draft that replaces it"),
        )
        self.action_report = make(
            self.tr("&Report…"),
            None,
            self.action_open_report,
            "actionReport",
            self.tr("The signed PDF report of a finalized audit (Ctrl+P)"),
        )
        self.finalize_button.setDefaultAction(self.action_finalize)
        self.report_button.setDefaultAction(self.action_report)
        self.new_version_button.setDefaultAction(self.action_new_version)
        self.add_finding_button.setDefaultAction(self.action_add_finding)
        for button in (
            self.finalize_button,
            self.report_button,
            self.new_version_button,
            self.add_finding_button,
        ):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

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
        return bool(self._pending) or self._inflight > 0

    def open_audit(self, audit_id: str) -> None:
        """Load ``audit_id`` on the worker and show it (pending saves are sent first)."""
        self.flush()
        self._generation += 1
        generation = self._generation
        self._loading = True
        backend = self.backend
        self.save_indicator.setText(self.tr("Loading…"))

        def loaded(state: dict) -> None:
            if alive(self) and generation == self._generation:
                self._loaded(state)

        def failed(exc: BaseException, tb: str) -> None:
            if not alive(self) or generation != self._generation:
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
        for key in list(self._pending):
            self._fire(key)

    def reload_evidence_counts(self) -> None:
        """Evidence changed elsewhere: reload counts, evaluation and findings."""
        if not self._audit_id:
            return
        self._refresh()

    def focus_question(self, question_id: str, item: int | None = None) -> bool:
        return self._focus_key((question_id, item), "input")

    def question_widget(self, question_id: str, item: int | None = None) -> QuestionWidget | None:
        """The widget of a question (its page is built if it was not yet); None when the
        open audit has no such question or repeat item."""
        if self._checklist is None or self._question(question_id) is None:
            return None
        page = self._pages.get(self._page_of(question_id))
        if page is None:
            return None
        self._ensure_page(page.key)
        return self._qwidgets.get((question_id, item))

    def oic_comments(self) -> dict[Key, list[str]]:
        """The OIC's comments shown beside the questions: (question id, item) → texts."""
        return {key: list(texts) for key, texts in self._oic_comments.items()}

    def closeEvent(self, event: Any) -> None:
        self.flush()
        super().closeEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    # ------------------------------------------------------------ loading

    def _loaded(self, state: dict) -> None:
        previous_form = self._checklist.id if self._checklist is not None else None
        previous_page = self._current_page_key()
        another_audit = state["audit"]["id"] != self._audit_id
        if another_audit:
            self._last_saved = None  # "Saved 10:42" was about the audit shown before
        self._clear()
        self._loading = False
        self._checklist = state["checklist"]
        self._answers = state["answers"]
        self._audit = state["audit"]
        self._audit_id = self._audit["id"]
        self._reviews = state.get("reviews") or []
        self._returned_review = state.get("returned_review")
        self._oic_comments = {}
        self._stored = {}
        self._refused = {}
        for key, answer in self._answers.items():
            kind = "header" if self._is_header(key[0]) else "answer"
            self._saved[(kind, *key)] = answer["value"]
            self._saved[("note", *key)] = answer["note"]
            self._stored[(kind, *key)] = answer["value"]
            self._stored[("note", *key)] = answer["note"]
        self._read_only = self._audit["status"] != "draft"
        self._populate_sections()
        self._apply_state(state)
        self.body.setCurrentWidget(self.splitter)
        page = previous_page if previous_form == self._checklist.id else None
        if page not in self._pages:
            page = self._checklist.sections[0].id if self._checklist.sections else HEADER_PAGE
        self._show_page(page)
        self._update_indicator()
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
        for timer in self._pending.values():
            timer.stop()
            timer.deleteLater()
        self._pending.clear()
        self._pending_fns.clear()
        self._saved.clear()
        self._errors.clear()
        self._qwidgets.clear()
        self._current = None
        self.section_list.blockSignals(True)
        self.section_list.clear()
        self.section_list.blockSignals(False)
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.hide()
            page.setParent(None)  # gone from the tree now, not at the next event loop turn
            page.deleteLater()
        self._pages.clear()
        self.findings_list.clear()

    def _populate_sections(self) -> None:
        assert self._checklist is not None
        self.section_list.blockSignals(True)
        keys = [HEADER_PAGE] + [s.id for s in self._checklist.sections]
        for key in keys:
            row = QListWidgetItem(self._page_title(key))
            row.setData(PAGE_ROLE, key)
            self.section_list.addItem(row)
            page = _SectionPage(key, self.pages)
            self._pages[key] = page
            self.pages.addWidget(page)
        self.section_list.blockSignals(False)

    def _page_title(self, key: str) -> str:
        if key == HEADER_PAGE:
            return self.tr("Process data")
        assert self._checklist is not None
        return self._checklist.section(key).title.text(self.lang)

    def _is_header(self, qid: str) -> bool:
        return self._checklist is not None and any(f.id == qid for f in self._checklist.header)

    def _question(self, qid: str) -> Question | None:
        if self._checklist is None:
            return None
        q = self._checklist.question_map.get(qid)
        if q is not None:
            return q
        for f in self._checklist.header:
            if f.id == qid:
                return f
        return None

    def _page_of(self, qid: str) -> str:
        q = self._question(qid)
        if q is None or q.section_id is None:
            return HEADER_PAGE
        return q.section_id

    # ------------------------------------------------------------ pages

    def _current_page_key(self) -> str | None:
        row = self.section_list.currentItem()
        return row.data(PAGE_ROLE) if row is not None else None

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.section_list.item(row).data(PAGE_ROLE)
        page = self._ensure_page(key)
        self.pages.setCurrentWidget(page)

    def _show_page(self, key: str) -> _SectionPage:
        page = self._ensure_page(key)
        for row in range(self.section_list.count()):
            if self.section_list.item(row).data(PAGE_ROLE) == key:
                if self.section_list.currentRow() != row:
                    self.section_list.blockSignals(True)
                    self.section_list.setCurrentRow(row)
                    self.section_list.blockSignals(False)
                break
        self.pages.setCurrentWidget(page)
        return page

    def _ensure_page(self, key: str) -> _SectionPage:
        page = self._pages[key]
        if not page.built:
            self._build_page(page)
        return page

    def _build_page(self, page: _SectionPage) -> None:
        assert self._checklist is not None
        old = page.takeWidget()
        if old is not None:
            old.deleteLater()
        for qw in page.question_widgets:
            self._qwidgets.pop(qw.key, None)
        page.question_widgets = []
        content = QWidget()
        content.setObjectName("pageContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(2)
        title = QLabel(self._page_title(page.key), content)
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        section: Section | None = None
        if page.key == HEADER_PAGE:
            intro = QLabel(
                self.tr(
                    "Data of the process you are observing. They title the audit in the list "
                    "and appear on the report cover."
                ),
                content,
            )
            intro.setWordWrap(True)
            intro.setStyleSheet("color: #555;")
            layout.addWidget(intro)
            for f in self._checklist.header:
                layout.addWidget(self._make_question(page, f, None, content, extras=False))
        else:
            section = self._checklist.section(page.key)
            if section.description is not None:
                desc = QLabel(section.description.text(self.lang), content)
                desc.setWordWrap(True)
                desc.setStyleSheet("color: #555;")
                layout.addWidget(desc)
            page.not_applicable = QLabel(
                self.tr(
                    "This section does not apply with the current answers. It will appear "
                    "when the answers it depends on change."
                ),
                content,
            )
            page.not_applicable.setObjectName("notApplicable")
            page.not_applicable.setWordWrap(True)
            page.not_applicable.setStyleSheet("color: #555; font-style: italic;")
            page.not_applicable.setVisible(False)
            layout.addWidget(page.not_applicable)
            if section.repeat is None:
                for q in section.questions:
                    layout.addWidget(self._make_question(page, q, None, content))
            else:
                self._build_items(page, section, content, layout)
        layout.addStretch(1)
        page.setWidget(content)
        page.updateGeometry()
        page.built = True
        place_in_tab_order(self.section_list, content, self.findings_list)
        if self._state:
            for qw in page.question_widgets:
                self._apply_to_widget(qw)
            self._apply_page_state(page)

    def _build_items(
        self, page: _SectionPage, section: Section, content: QWidget, layout: QVBoxLayout
    ) -> None:
        assert section.repeat is not None
        label = section.repeat.item_label.text(self.lang)
        count = self._repeat_count(section.id)
        for i in range(count):
            box = QGroupBox(f"{label} {i + 1}", content)
            box.setObjectName(f"item_{i}")
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(2)
            for q in section.questions:
                box_layout.addWidget(self._make_question(page, q, i, box))
            remove = QPushButton(self.tr("Remove %1").replace("%1", f"{label} {i + 1}"), box)
            remove.setObjectName(f"removeItem_{i}")
            remove.setEnabled(not self._read_only)
            remove.clicked.connect(lambda _c=False, s=section.id, n=i: self._remove_item(s, n))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(remove)
            box_layout.addLayout(row)
            layout.addWidget(box)
        if count == 0:
            empty = QLabel(self.tr("No items yet."), content)
            empty.setStyleSheet("color: #555;")
            layout.addWidget(empty)
        row = QHBoxLayout()
        page.add_button = QPushButton(self.tr("Add %1").replace("%1", label), content)
        page.add_button.setObjectName("addItemButton")
        page.add_button.clicked.connect(lambda _c=False, s=section.id: self._add_item(s))
        page.count_label = QLabel(content)
        page.count_label.setObjectName("itemCount")
        row.addWidget(page.add_button)
        row.addWidget(page.count_label)
        row.addStretch(1)
        layout.addLayout(row)

    def _repeat_count(self, section_id: str) -> int:
        counts = self._state.get("repeat_counts") or {}
        return int(counts.get(section_id, 0))

    def _make_question(
        self,
        page: _SectionPage,
        q: Question,
        item: int | None,
        parent: QWidget,
        *,
        extras: bool = True,
    ) -> QuestionWidget:
        qw = QuestionWidget(q, item, lang=self.lang, extras=extras, parent=parent)
        answer = self._answers.get((q.id, item)) or {}
        qw.set_value(answer.get("value"))
        qw.set_note(answer.get("note"))
        qw.set_read_only(self._read_only)
        qw.edited.connect(lambda w=qw: self._answer_edited(w))
        qw.chosen.connect(lambda w=qw: self._save_answer(w, quiet=False))
        qw.committed.connect(lambda w=qw: self._save_answer(w, quiet=False))
        qw.note_edited.connect(lambda w=qw: self._note_edited(w))
        qw.note_committed.connect(lambda w=qw: self._save_note(w))
        qw.evidence_requested.connect(
            lambda w=qw: self.request_evidence.emit(w.question.id, w.item)
        )
        key = (q.id, item)
        if key in self._oic_comments:
            qw.set_oic_comments(self._oic_comments[key], version=self._oic_comments_version())
        if key in self._errors:
            qw.set_error(self._errors[key])
        self._qwidgets[key] = qw
        page.question_widgets.append(qw)
        return qw

    # ------------------------------------------------------------ OIC comments

    def _place_oic_comments(self, repeat_counts: dict) -> None:
        """Put each comment of the return beside its question: a question of a repeatable
        section beside that item's. Those of a question or item this audit lacks (an item
        removed in the new version, a question of another checklist version) go to the
        review banner, so none is lost."""
        self._oic_comments = {}
        self._oic_elsewhere = []
        review = self._returned_review
        if review is None or self._checklist is None:
            return
        for comment in review.get("review_comments") or []:
            qid, item, text = comment["question"], comment["item"], comment["text"]
            q = self._question(qid)
            key: Key | None = None
            if q is not None and q.group_id is None:
                key = (q.id, None)
            elif q is not None and item is not None:
                if item < int(repeat_counts.get(q.group_id, 0)):
                    key = (q.id, item)
            if key is None:
                where = self._question_title(qid, item) if q is not None else qid
                self._oic_elsewhere.append((where, text))
            else:
                self._oic_comments.setdefault(key, []).append(text)

    def _update_oic_comments(self, repeat_counts: dict) -> None:
        """Place the comments again (items added or removed change which exist) and show
        the change in the questions already built."""
        before = self._oic_comments
        self._place_oic_comments(repeat_counts)
        version = self._oic_comments_version()
        for key in before.keys() | self._oic_comments.keys():
            texts = self._oic_comments.get(key, [])
            qw = self._qwidgets.get(key)
            if before.get(key, []) != texts and alive(qw):
                qw.set_oic_comments(texts, version=version)

    def _oic_comments_version(self) -> int | None:
        """The version the comments were made on, when it is not the one shown."""
        review = self._returned_review
        if review is None or review["audit"] == self._audit_id:
            return None
        return review["audit_version"]

    def _oic_comment_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for (qid, _item), texts in self._oic_comments.items():
            page = self._page_of(qid)
            counts[page] = counts.get(page, 0) + len(texts)
        return counts

    # ------------------------------------------------------------ state

    def _apply_state(self, state: dict) -> None:
        """Show a fresh evaluation in place: visibility, flags, counts, progress, findings."""
        self._state = state
        self._audit = state["audit"]
        self._update_oic_comments(state.get("repeat_counts") or {})
        if self._audit["status"] != "draft" and not self._read_only:
            self._read_only = True
            for qw in self._qwidgets.values():
                qw.set_read_only(True)
        flags: dict[Key, list[dict]] = {}
        for f in state["findings"]:
            if f["question_id"]:
                flags.setdefault((f["question_id"], f["item"]), []).append(f)
        self._flags = flags
        self._missing_evidence = {
            (m["id"], m["item"]) for m in state["missing"] if m["kind"] == "evidence"
        }
        for qw in self._qwidgets.values():
            self._apply_to_widget(qw)
        for page in self._pages.values():
            if page.built:
                self._apply_page_state(page)
        self._update_section_list()
        self._update_findings()
        self._update_titles()
        self._update_actions()

    def _apply_to_widget(self, qw: QuestionWidget) -> None:
        key = qw.key
        relevant = self._state["relevant"].get(key, True)
        if qw.isVisibleTo(qw.parentWidget()) != relevant:
            qw.setVisible(relevant)
        findings = self._flags.get(key, [])
        signature = tuple((f["id"], f["severity"], f["title"]) for f in findings)
        if getattr(qw, "_flag_signature", None) != signature:
            qw._flag_signature = signature
            qw.set_flags(findings)
        qw.set_evidence_count(
            self._state["evidence_counts"].get(key, 0), missing=key in self._missing_evidence
        )

    def _apply_page_state(self, page: _SectionPage) -> None:
        if page.key == HEADER_PAGE:
            return
        applies = self._state["section_applies"].get(page.key, True)
        if page.not_applicable is not None:
            page.not_applicable.setVisible(not applies)
        if page.add_button is not None and self._checklist is not None:
            section = self._checklist.section(page.key)
            count = self._repeat_count(page.key)
            page.add_button.setEnabled(
                not self._read_only and applies and count < section.repeat.max
            )
            page.count_label.setText(
                self.tr("%1 of at most %2")
                .replace("%1", str(count))
                .replace("%2", str(section.repeat.max))
            )

    def _header_progress(self) -> tuple[int, int]:
        assert self._checklist is not None
        required = answered = 0
        header = self._state.get("header", {})
        for f in self._checklist.header:
            if f.required and self._state["relevant"].get((f.id, None), True):
                required += 1
                if header.get(f.id) not in (None, "", []):
                    answered += 1
        return required, answered

    def _update_section_list(self) -> None:
        if self._checklist is None:
            return
        commented = self._oic_comment_counts()
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            key = item.data(PAGE_ROLE)
            title = self._page_title(key)
            applies = True
            if key == HEADER_PAGE:
                required, done = self._header_progress()
                answered = visible = None
            else:
                applies = self._state["section_applies"].get(key, True)
                required, done, answered, visible = self._state["progress"].get(key, (0, 0, 0, 0))
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

    def _update_findings(self) -> None:
        selected = None
        current = self.findings_list.currentItem()
        if current is not None and current.data(FINDING_ROLE):
            selected = current.data(FINDING_ROLE)["id"]
        self.findings_list.blockSignals(True)
        self.findings_list.clear()
        for f in self._state.get("findings", []):
            fg, bg, _border = SEVERITY_STYLES.get(f["severity"], SEVERITY_STYLES["media"])
            source = self.tr("Red flag") if f["source"] == "rule" else self.tr("Manual finding")
            where = ""
            if f["question_id"]:
                where = self._question_title(f["question_id"], f["item"])
            lines = [f"{severity_label(f['severity'])} · {f['title']}"]
            lines.append(f"{source} — {where}" if where else source)
            row = QListWidgetItem("\n".join(lines))
            row.setData(FINDING_ROLE, f)
            row.setForeground(QColor(fg))
            row.setBackground(QColor(bg))
            tip = [f["title"]]
            if f.get("description"):
                tip.append(f["description"])
            if f.get("recommendation"):
                tip.append(self.tr("Recommendation: %1").replace("%1", f["recommendation"]))
            row.setToolTip("\n\n".join(tip))
            self.findings_list.addItem(row)
            if f["id"] == selected:
                self.findings_list.setCurrentItem(row)
        if not self._state.get("findings"):
            empty = QListWidgetItem(self.tr("No findings or red flags."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(FINDING_ROLE, None)
            self.findings_list.addItem(empty)
        self.findings_list.blockSignals(False)
        self._update_finding_buttons()
        self._update_summary()

    def _update_summary(self) -> None:
        if self._checklist is None:
            return
        done, required = self._state["required_total"]
        lines = [
            self.tr("Required answers: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(required))
        ]
        missing = len(self._state["missing"])
        if not self._read_only:  # a closed audit has nothing left to finalize
            if missing:
                lines.append(self.tr("Missing to finalize: %1").replace("%1", str(missing)))
            else:
                lines.append(self.tr("Ready to finalize."))
        counts = {"alta": 0, "media": 0, "baja": 0}
        for f in self._state["findings"]:
            if f["source"] == "rule":
                counts[f["severity"]] = counts.get(f["severity"], 0) + 1
        lines.append(
            self.tr("Red flags — high: %1 · medium: %2 · low: %3")
            .replace("%1", str(counts["alta"]))
            .replace("%2", str(counts["media"]))
            .replace("%3", str(counts["baja"]))
        )
        self.summary_label.setText("\n".join(lines))

    def _update_titles(self) -> None:
        if self._audit is None or self._checklist is None:
            return
        audit = self._audit
        self.title_label.setText(audit.get("title") or self._checklist.title.text(self.lang))
        status = status_label(audit["status"])
        if audit.get("superseded_by"):
            status = self.tr("%1 (replaced by a newer version)").replace("%1", status)
        subtitle = self.tr("%1 · version %2 · %3")
        subtitle = subtitle.replace("%1", self._checklist.title.text(self.lang))
        subtitle = subtitle.replace("%2", str(audit["version"]))
        subtitle = subtitle.replace("%3", status)
        self.subtitle_label.setText(subtitle)
        if self._read_only:
            if audit.get("superseded_by"):
                text = self.tr(
                    "This audit is %1 and a newer version replaces it: it can no longer be "
                    "changed. Open the newer version to keep working."
                )
            else:
                text = self.tr(
                    "This audit is %1: it can no longer be changed. To correct or complete it, "
                    "create a new version (a draft copy that replaces it)."
                )
            self.banner_label.setText(text.replace("%1", status_phrase(audit["status"])))
            self.new_version_button.setVisible(not audit.get("superseded_by"))
            self.open_newer_button.setVisible(bool(audit.get("superseded_by")))
        self.review_banner.set_audit(
            audit,
            self._reviews,
            on_questions=sum(len(texts) for texts in self._oic_comments.values()),
            elsewhere=self._oic_elsewhere,
        )
        # a returned audit: the review banner says why and offers the new version itself
        self.banner.setVisible(self._read_only and not self.review_banner.offers_new_version)

    def _update_actions(self) -> None:
        loaded = bool(self._audit_id) and self._audit is not None
        draft = loaded and not self._read_only
        superseded = loaded and bool(self._audit.get("superseded_by"))
        self.action_next.setEnabled(loaded)
        self.action_prev.setEnabled(loaded)
        self.action_note.setEnabled(draft)
        self.action_evidence.setEnabled(loaded)
        self.action_add_finding.setEnabled(draft)
        self.action_finalize.setEnabled(draft)
        self.action_new_version.setEnabled(loaded and self._read_only and not superseded)
        self.action_report.setEnabled(loaded)
        self._update_finding_buttons()

    def _update_finding_buttons(self) -> None:
        row = self.findings_list.currentItem()
        finding = row.data(FINDING_ROLE) if row is not None else None
        self.remove_finding_button.setEnabled(
            bool(finding) and finding["source"] == "manual" and not self._read_only
        )

    def _question_title(self, qid: str, item: int | None) -> str:
        q = self._question(qid)
        if q is None:
            return qid
        text = q.label.text(self.lang)
        if item is not None and q.section_id is not None and self._checklist is not None:
            section = self._checklist.section(q.section_id)
            if section.repeat is not None:
                text += f" ({section.repeat.item_label.text(self.lang)} {item + 1})"
        return text

    # ------------------------------------------------------------ saving

    def _answer_edited(self, qw: QuestionWidget) -> None:
        key = ("answer", *qw.key)
        self._schedule(key, lambda w=qw: self._save_answer(w, quiet=True))

    def _note_edited(self, qw: QuestionWidget) -> None:
        self._schedule(("note", *qw.key), lambda w=qw: self._save_note(w))

    def _schedule(self, key: tuple, fn: Callable[[], None]) -> None:
        if self._read_only:
            return
        timer = self._pending.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda k=key: self._fire(k))
            self._pending[key] = timer
        self._pending_fns[key] = fn
        timer.start()
        self._update_indicator()

    def _fire(self, key: tuple) -> None:
        timer = self._pending.pop(key, None)
        fn = self._pending_fns.pop(key, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if fn is not None:
            fn()
        self._update_indicator()

    def _cancel_pending(self, key: tuple) -> None:
        timer = self._pending.pop(key, None)
        self._pending_fns.pop(key, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def _save_answer(self, qw: QuestionWidget, *, quiet: bool) -> None:
        """Save what ``qw`` shows. ``quiet``: typing paused; a half-typed value waits."""
        if self._read_only or not alive(qw) or not self._audit_id:
            return
        qid, item = qw.key
        header = qw.question.is_header
        kind = "header" if header else "answer"
        save_key = (kind, qid, item)
        self._cancel_pending(("answer", qid, item))
        self.flush()  # what was typed before goes first
        try:
            value = qw.value()
        except InputError as exc:  # the engine's ValueRejected: a Spanish message
            if quiet:
                return
            self._set_error((qid, item), str(exc))
            return
        if self._still_refused(save_key, value):
            return
        if save_key in self._saved and self._saved[save_key] == value:
            self._set_error((qid, item), None)
            return
        self._saved[save_key] = value
        self._answers.setdefault((qid, item), {"value": None, "note": None})["value"] = value
        audit_id = self._audit_id
        stored = self._stored
        if header:

            def job(app: Any) -> None:
                _guarded(stored, save_key, value, lambda **kw: app.set_header(
                    audit_id, {qid: value}, expected={qid: kw["expected"]}
                ))  # fmt: skip
        else:

            def job(app: Any) -> None:
                # what the database holds as far as this editor knows, decided here on the
                # database thread: a save queued behind a failed one expects the truth
                _guarded(stored, save_key, value, lambda **kw: app.set_answer(
                    audit_id, qid, value, item=item, **kw
                ))  # fmt: skip

        self._submit(
            job,
            save_key=save_key,
            error_key=(qid, item),
            on_error=lambda exc, _tb: self._changed_elsewhere(save_key, value, exc),
        )

    def _still_refused(self, save_key: tuple, value: Any) -> bool:
        """True while the field still holds a value refused for a change elsewhere (focus
        left, say): it is not saved again and the message stays. A new value clears it."""
        if save_key not in self._refused:
            return False
        if self._refused[save_key] == value:
            return True
        del self._refused[save_key]  # the observer changed it after reading the message
        return False

    def _changed_elsewhere(self, save_key: tuple, refused: Any, exc: BaseException) -> bool:
        """Another window or the command line changed the value meanwhile: nothing was
        written. The refused value is not saved again (leaving the field would do that)
        until the observer changes it after reading the message; the message under the
        question says what is stored (returns False: the default message shows)."""
        if isinstance(exc, ChangedElsewhereError):
            self._saved[save_key] = exc.current
            self._refused[save_key] = refused
        return False

    def _save_note(self, qw: QuestionWidget) -> None:
        if self._read_only or not alive(qw) or not self._audit_id or qw.note_edit is None:
            return
        qid, item = qw.key
        save_key = ("note", qid, item)
        self._cancel_pending(save_key)
        self.flush()
        note = qw.note()
        if self._still_refused(save_key, note):
            return
        if self._saved.get(save_key) == note:
            return
        self._saved[save_key] = note
        self._answers.setdefault((qid, item), {"value": None, "note": None})["note"] = note
        audit_id = self._audit_id
        stored = self._stored

        def job(app: Any) -> None:
            _guarded(stored, save_key, note, lambda **kw: app.set_note(
                audit_id, qid, note, item=item, **kw
            ))  # fmt: skip

        self._submit(
            job,
            save_key=save_key,
            error_key=(qid, item),
            on_error=lambda exc, _tb: self._changed_elsewhere(save_key, note, exc),
        )

    def _submit(
        self,
        job: Callable[[Any], Any],
        *,
        save_key: tuple | None = None,
        error_key: Key | None = None,
        after: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], bool] | None = None,
    ) -> None:
        """Run ``job(app)`` on the database thread, then refresh the evaluation from its result.

        ``after(result)`` runs on success with what ``job`` returned; ``on_error`` may
        handle a failure itself (return True) instead of the default message.
        """
        backend = self.backend
        audit_id = self._audit_id
        generation = self._generation
        self._inflight += 1
        self._update_indicator()

        def work() -> dict:
            app = backend.app()
            result = job(app)
            return {"result": result, "state": audit_view(app, audit_id)}

        def done(out: dict) -> None:
            if not alive(self):
                return
            self._inflight -= 1
            self._last_saved = _dt.datetime.now()
            self.audit_saved.emit(audit_id)
            if generation == self._generation:
                if error_key is not None:
                    self._set_error(error_key, None)
                self._apply_state(out["state"])
                if after is not None:
                    after(out["result"])
            self._update_indicator()

        def failed(exc: BaseException, tb: str) -> None:
            if not alive(self):
                return
            self._inflight -= 1
            if save_key is not None:
                self._saved.pop(save_key, None)  # unknown now: the next edit retries
            handled = on_error is not None and on_error(exc, tb)
            if not handled:
                if (
                    isinstance(exc, ObserverError)
                    and error_key is not None
                    and generation == self._generation
                ):
                    self._set_error(error_key, str(exc))  # under the question
                else:  # unexpected, or about an audit no longer shown: never silent
                    show_error(self, exc, tb)
            self._update_indicator()

        self.tasks.run(work, on_success=done, on_failure=failed)

    def _refresh(self, after: Callable[[], None] | None = None) -> None:
        backend = self.backend
        audit_id = self._audit_id
        generation = self._generation

        def done(state: dict) -> None:
            if alive(self) and generation == self._generation:
                self._apply_state(state)
                if after is not None:
                    after()

        self.tasks.run(
            lambda: audit_view(backend.app(), audit_id),
            on_success=done,
            on_failure=lambda exc, tb: alive(self) and show_error(self, exc, tb),
        )

    def _set_error(self, key: Key, message: str | None) -> None:
        if message:
            self._errors[key] = message
        else:
            self._errors.pop(key, None)
        qw = self._qwidgets.get(key)
        if alive(qw):
            qw.set_error(message)
        self._update_indicator()

    def _update_indicator(self) -> None:
        if self._loading:
            return
        if self._pending or self._inflight:
            text, style, tip = self.tr("Saving…"), "color: #555;", ""
        elif self._errors:
            first = next(iter(self._errors))
            text = self.tr("Not saved: %1").replace("%1", self._question_title(*first))
            style, tip = "color: #b3261e; font-weight: bold;", self._errors[first]
        elif self._last_saved is not None:
            text = self.tr("Saved %1").replace("%1", self._last_saved.strftime("%H:%M"))
            style, tip = "color: #1e6b30;", self.tr("Every change is saved as you type.")
        elif self._read_only:
            text, style, tip = self.tr("Read only"), "color: #555;", ""
        else:
            text, style = self.tr("Changes are saved automatically"), "color: #555;"
            tip = ""
        self.save_indicator.setText(text)
        self.save_indicator.setStyleSheet(style)
        self.save_indicator.setToolTip(tip)

    def _hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self._hint_timer.start()

    # ------------------------------------------------------------ repeatable items

    def _add_item(self, section_id: str) -> None:
        if self._read_only:
            return
        self.flush()
        audit_id = self._audit_id

        def job(app: Any) -> dict:
            index = app.add_group_item(audit_id, section_id)
            return {"index": index, "answers": audit_view(app, audit_id, full=True)["answers"]}

        def after(result: dict) -> None:
            self._answers = result["answers"]
            self._rebuild_page(section_id)
            self._focus_key(self._first_key_of_item(section_id, result["index"]), "input")

        self._submit(job, after=after)

    def _remove_item(self, section_id: str, index: int) -> None:
        if self._read_only or self._checklist is None:
            return
        section = self._checklist.section(section_id)
        label = f"{section.repeat.item_label.text(self.lang)} {index + 1}"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove item"),
            self.tr("Remove %1 with its answers, notes and red flags?").replace("%1", label),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("removeItemConfirm")
        box.setInformativeText(
            self.tr("The evidence files stay in the audit; only their link to this item goes.")
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemove")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: Any) -> None:
            if button is remove:
                self._do_remove_item(section_id, index)

        box.buttonClicked.connect(answered)
        box.open()

    def _do_remove_item(self, section_id: str, index: int) -> None:
        self.flush()
        audit_id = self._audit_id
        stored = self._stored
        group = {q.id for q in self._checklist.section(section_id).questions}

        def job(app: Any) -> dict:
            app.remove_group_item(audit_id, section_id, index)
            answers = audit_view(app, audit_id, full=True)["answers"]
            # the items after it moved up: what is stored for them, before any later save
            for key in [k for k in stored if k[1] in group]:
                del stored[key]
            for (qid, item), answer in answers.items():
                if qid in group:
                    stored[("answer", qid, item)] = answer["value"]
                    stored[("note", qid, item)] = answer["note"]
            return answers

        def after(answers: dict) -> None:
            self._answers = answers
            for key in [k for k in self._saved if k[0] in ("answer", "note")]:
                q = self._question(key[1])
                if q is not None and q.group_id == section_id:
                    self._saved.pop(key, None)
            for (qid, item), answer in answers.items():
                q = self._question(qid)
                if q is not None and q.group_id == section_id:
                    self._saved[("answer", qid, item)] = answer["value"]
                    self._saved[("note", qid, item)] = answer["note"]
            self._rebuild_page(section_id)
            page = self._pages[section_id]
            if page.add_button is not None:
                page.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

        self._submit(job, after=after)

    def _rebuild_page(self, key: str) -> None:
        page = self._pages[key]
        if page.built:
            for qw in page.question_widgets:
                for kind in ("answer", "note"):
                    self._cancel_pending((kind, *qw.key))
        page.built = False
        self._build_page(page)

    def _first_key_of_item(self, section_id: str, index: int) -> Key:
        assert self._checklist is not None
        section = self._checklist.section(section_id)
        for q in section.questions:
            if self._state["relevant"].get((q.id, index), True):
                return (q.id, index)
        return (section.questions[0].id, index)

    # ------------------------------------------------------------ navigation

    def _sequence(self) -> list[tuple[Key, bool]]:
        """Every question of the audit in order, with whether it is visible now."""
        assert self._checklist is not None
        relevant = self._state.get("relevant", {})
        out: list[tuple[Key, bool]] = []
        for f in self._checklist.header:
            out.append(((f.id, None), relevant.get((f.id, None), True)))
        for s in self._checklist.sections:
            items = range(self._repeat_count(s.id)) if s.repeat is not None else [None]
            for i in items:
                for q in s.questions:
                    out.append(((q.id, i), relevant.get((q.id, i), True)))
        return out

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not alive(self) or new is None or not alive(new):
            return
        widget = new
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionWidget):
                self._current = widget.key
                return
            widget = widget.parentWidget()

    def current_question(self) -> Key | None:
        focus = QApplication.focusWidget()
        widget = focus
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionWidget):
                return widget.key
            widget = widget.parentWidget()
        return self._current

    def action_next_question(self) -> None:
        self._step(1)

    def action_prev_question(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self._checklist is None or not self._state:
            return
        sequence = self._sequence()
        if not sequence:
            return
        current = self.current_question()
        keys = [k for k, _visible in sequence]
        if current in keys and QApplication.focusWidget() is not self.section_list:
            position = keys.index(current)
        else:
            # from the list of sections (or nowhere yet): the page on screen, not the
            # question visited last, nor the start of the audit
            page = self._current_page_key()
            on_page = [i for i, key in enumerate(keys) if self._page_of(key[0]) == page]
            if on_page:
                position = on_page[0] - 1 if direction > 0 else on_page[-1] + 1
            else:
                position = -1 if direction > 0 else len(keys)
        index = position + direction
        while 0 <= index < len(sequence):
            key, visible = sequence[index]
            if visible:
                self._focus_key(key, "input")
                return
            index += direction
        self._hint(
            self.tr("This is the last question.")
            if direction > 0
            else self.tr("This is the first question.")
        )

    def _focus_key(self, key: Key, target: str = "input") -> bool:
        if self._checklist is None or self._question(key[0]) is None:
            return False
        page = self._show_page(self._page_of(key[0]))
        qw = self._qwidgets.get(key)
        if qw is None:
            return False
        if not self._state.get("relevant", {}).get(key, True):
            self._hint(self.tr("That question does not apply with the current answers."))
            return False
        self._current = key
        if target == "evidence":
            qw.focus_evidence()
        elif target == "note":
            qw.focus_note()
        else:
            qw.focus_input()
        page.ensureWidgetVisible(qw, 20, 40)
        # the page may have been built just now: scroll again once it has its geometry
        QTimer.singleShot(0, lambda: alive(qw) and page.ensureWidgetVisible(qw, 20, 40))
        return True

    def _jump_to_missing(self, missing: dict) -> None:
        self.window().activateWindow()  # the dialog just closed: give the focus back here
        kind = missing["kind"]
        if kind == "items":
            page = self._show_page(missing["id"])
            if page.add_button is not None:
                page.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
                page.ensureWidgetVisible(page.add_button)
            return
        key = (missing["id"], missing["item"])
        self._focus_key(key, "evidence" if kind == "evidence" else "input")

    def action_note_for_question(self) -> None:
        key = self.current_question()
        if key is None or key not in self._qwidgets:
            self._hint(self.tr("Go to a question first (F8)."))
            return
        qw = self._qwidgets[key]
        if qw.note_edit is None:
            self._hint(self.tr("The process data have no notes."))
            return
        qw.focus_note()

    def action_open_report(self) -> None:
        if not self._audit_id:
            return
        if not self._read_only:
            # beside the button, not in the header: a long hint there would reflow the page
            button = self.report_button
            QToolTip.showText(
                button.mapToGlobal(QPoint(0, button.height())),
                self.tr("Finalize the audit first; then you can make its signed report."),
                button,
                QRect(),
                6000,
            )
            return
        self.request_report.emit(self._audit_id)

    def action_evidence_for_question(self) -> None:
        key = self.current_question()
        if key is None or self._is_header(key[0]):
            self._hint(self.tr("Go to a question first (F8)."))
            return
        self.request_evidence.emit(key[0], key[1])

    def _open_newer(self) -> None:
        if self._audit and self._audit.get("superseded_by"):
            self.open_audit(self._audit["superseded_by"])

    # ------------------------------------------------------------ findings

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.findings_list
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected_finding()
            return True
        return super().eventFilter(watched, event)

    def _finding_activated(self, row: QListWidgetItem) -> None:
        finding = row.data(FINDING_ROLE) if row is not None else None
        if finding and finding["question_id"]:
            self._focus_key((finding["question_id"], finding["item"]), "input")

    def _question_choices(self) -> list[tuple[str, Key]]:
        out = []
        if self._checklist is None:
            return out
        for key, visible in self._sequence():
            if visible and not self._is_header(key[0]):
                section = self._page_title(self._page_of(key[0]))
                out.append((f"{self._question_title(*key)} — {section}", key))
        return out

    def action_add_finding_dialog(self) -> None:
        if self._read_only or not self._audit_id:
            return
        current = self.current_question()
        dialog = AddFindingDialog(self._question_choices(), current, self)
        dialog.submitted.connect(lambda values, d=dialog: self._add_finding(d, values))
        dialog.finished.connect(lambda _r, d=dialog: d.deleteLater())
        dialog.open()

    def _add_finding(self, dialog: AddFindingDialog, values: dict) -> None:
        audit_id = self._audit_id

        def job(app: Any) -> dict:
            return app.add_finding(audit_id, **values)

        def after(_row: dict) -> None:
            if alive(dialog):
                dialog.accept()

        def on_error(exc: BaseException, tb: str) -> bool:
            if not alive(dialog):
                return False
            dialog.set_busy(False)
            if isinstance(exc, ObserverError):
                dialog.show_error(str(exc))
                return True
            show_error(dialog, exc, tb)
            return True

        self._submit(job, after=after, on_error=on_error)

    def remove_selected_finding(self) -> None:
        row = self.findings_list.currentItem()
        finding = row.data(FINDING_ROLE) if row is not None else None
        if not finding or finding["source"] != "manual" or self._read_only:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove finding"),
            self.tr("Remove the finding “%1”?").replace("%1", finding["title"]),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("removeFindingConfirm")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemove")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        audit_id = self._audit_id

        def answered(button: Any) -> None:
            if button is not remove:
                return
            self._submit(
                lambda app: app.remove_finding(audit_id, finding["id"]),
                after=lambda _r: self.findings_list.setFocus(),
            )

        box.buttonClicked.connect(answered)
        box.open()

    # ------------------------------------------------------------ finalize, new version

    def action_finalize_audit(self) -> None:
        if self._read_only or not self._audit_id:
            return
        self.flush()
        backend = self.backend
        audit_id = self._audit_id
        generation = self._generation

        def checked(state: dict) -> None:
            if not alive(self) or generation != self._generation:
                return
            self._apply_state(state)
            if state["missing"]:
                self._show_missing(state["missing"])
            else:
                self._confirm_finalize()

        self.tasks.run(
            lambda: audit_view(backend.app(), audit_id),
            on_success=checked,
            on_failure=lambda exc, tb: alive(self) and show_error(self, exc, tb),
        )

    def _show_missing(self, missing: list[dict]) -> None:
        assert self._checklist is not None
        titles = {HEADER_PAGE: self.tr("Process data")}
        titles.update({s.id: s.title.text(self.lang) for s in self._checklist.sections})
        dialog = MissingItemsDialog(missing, titles, self)
        dialog.jump.connect(self._jump_to_missing)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _confirm_finalize(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Finalize audit"),
            self.tr("Nothing is missing. Finalize this audit now?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("finalizeConfirm")
        box.setInformativeText(
            self.tr(
                "A finalized audit is read-only: its answers, findings and evidence can no "
                "longer be changed, and it can be signed and sent to the OIC. To correct it "
                "later you would create a new version."
            )
        )
        finalize = box.addButton(self.tr("Finalize"), QMessageBox.ButtonRole.AcceptRole)
        finalize.setObjectName("confirmFinalize")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(finalize)

        def answered(button: Any) -> None:
            if button is finalize:
                self._finalize()

        box.buttonClicked.connect(answered)
        box.open()

    def _finalize(self) -> None:
        audit_id = self._audit_id

        def after(_audit: dict) -> None:
            self.status_changed.emit(audit_id)
            self.open_audit(audit_id)

        def on_error(exc: BaseException, tb: str) -> bool:
            show_error(self, exc, tb)
            return True

        self._submit(lambda app: app.finalize(audit_id), after=after, on_error=on_error)

    def action_create_new_version(self) -> None:
        if not self._audit_id or not self._read_only or self._audit is None:
            return
        if self._audit.get("superseded_by"):
            return
        old_id = self._audit_id
        backend = self.backend
        generation = self._generation

        def created(new_audit: dict) -> None:
            if not alive(self):
                return
            self.status_changed.emit(old_id)
            self.new_version_created.emit(new_audit["id"])
            if generation == self._generation:
                self.open_audit(new_audit["id"])

        self.tasks.run(
            lambda: backend.app().new_version(old_id),
            on_success=created,
            on_failure=lambda exc, tb: alive(self) and show_error(self, exc, tb),
        )
