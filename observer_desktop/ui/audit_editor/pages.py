"""The editor's pages: the process data and one page per section, each built the first
time it is shown (a checklist with hundreds of questions opens at once), with one
:class:`QuestionWidget` per question and repeat item; adding and removing the items of a
repeatable section.

A fresh evaluation is shown in place: questions are shown or hidden, never rebuilt, so
the focus stays where the observer is. Only adding or removing an item rebuilds its page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.checklist import Question, Section
from observer_desktop.services.audit_view import audit_view
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor.autosave import Autosave
from observer_desktop.ui.audit_editor.common import HEADER_PAGE, PAGE_ROLE, EditorPart, Key
from observer_desktop.ui.question_widgets import QuestionWidget, place_in_tab_order

__all__ = ["SectionPage", "SectionPages"]


class SectionPage(QScrollArea):
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


class SectionPages(EditorPart):
    """The pages in the editor's page stack and the question widgets built on them."""

    def __init__(self, editor: Any):
        super().__init__(editor)
        self.pages: dict[str, SectionPage] = {}
        self.widgets: dict[Key, QuestionWidget] = {}
        self._flags: dict[Key, list[dict]] = {}
        self._missing_evidence: set[Key] = set()

    # ------------------------------------------------------------ which pages

    def clear(self) -> None:
        """Drop the pages of the audit shown before."""
        editor = self.editor
        self.widgets.clear()
        editor.section_list.set_pages([])
        for page in self.pages.values():
            editor.pages.removeWidget(page)
            page.hide()
            page.setParent(None)  # gone from the tree now, not at the next event loop turn
            page.deleteLater()
        self.pages.clear()

    def populate(self) -> None:
        """One empty page (and one row in the section list) per page of the checklist."""
        editor = self.editor
        assert editor.checklist is not None
        keys = [HEADER_PAGE] + [s.id for s in editor.checklist.sections]
        editor.section_list.set_pages([(key, self.title(key)) for key in keys])
        for key in keys:
            page = SectionPage(key, editor.pages)
            self.pages[key] = page
            editor.pages.addWidget(page)

    def title(self, key: str) -> str:
        if key == HEADER_PAGE:
            return self.tr("Process data")
        checklist = self.editor.checklist
        assert checklist is not None
        return checklist.section(key).title.text(self.editor.lang)

    def chosen(self, row: int) -> None:
        """The observer chose a row of the section list."""
        if row < 0:
            return
        editor = self.editor
        key = editor.section_list.item(row).data(PAGE_ROLE)
        page = self.ensure(key)
        editor.pages.setCurrentWidget(page)

    def show(self, key: str) -> SectionPage:
        page = self.ensure(key)
        self.editor.section_list.select(key)
        self.editor.pages.setCurrentWidget(page)
        return page

    def ensure(self, key: str) -> SectionPage:
        page = self.pages[key]
        if not page.built:
            self._build(page)
        return page

    def repeat_count(self, section_id: str) -> int:
        counts = self.editor.state.get("repeat_counts") or {}
        return int(counts.get(section_id, 0))

    # ------------------------------------------------------------ building a page

    def _build(self, page: SectionPage) -> None:
        editor = self.editor
        assert editor.checklist is not None
        old = page.takeWidget()
        if old is not None:
            old.deleteLater()
        for qw in page.question_widgets:
            self.widgets.pop(qw.key, None)
        page.question_widgets = []
        content = QWidget()
        content.setObjectName("pageContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(2)
        title = QLabel(self.title(page.key), content)
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        if page.key == HEADER_PAGE:
            self._build_header(page, content, layout)
        else:
            self._build_section(page, content, layout)
        layout.addStretch(1)
        page.setWidget(content)
        page.updateGeometry()
        page.built = True
        place_in_tab_order(editor.section_list, content, editor.findings_list)
        if editor.state:
            for qw in page.question_widgets:
                self.apply_to_widget(qw)
            self.apply_page_state(page)

    def _build_header(self, page: SectionPage, content: QWidget, layout: QVBoxLayout) -> None:
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
        for f in self.editor.checklist.header:
            layout.addWidget(self._make_question(page, f, None, content, extras=False))

    def _build_section(self, page: SectionPage, content: QWidget, layout: QVBoxLayout) -> None:
        section = self.editor.checklist.section(page.key)
        if section.description is not None:
            desc = QLabel(section.description.text(self.editor.lang), content)
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

    def _build_items(
        self, page: SectionPage, section: Section, content: QWidget, layout: QVBoxLayout
    ) -> None:
        assert section.repeat is not None
        label = section.repeat.item_label.text(self.editor.lang)
        count = self.repeat_count(section.id)
        for i in range(count):
            box = QGroupBox(f"{label} {i + 1}", content)
            box.setObjectName(f"item_{i}")
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(2)
            for q in section.questions:
                box_layout.addWidget(self._make_question(page, q, i, box))
            remove = QPushButton(self.tr("Remove %1").replace("%1", f"{label} {i + 1}"), box)
            remove.setObjectName(f"removeItem_{i}")
            remove.setEnabled(not self.editor.read_only)
            remove.clicked.connect(lambda _c=False, s=section.id, n=i: self.remove_item(s, n))
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
        page.add_button.clicked.connect(lambda _c=False, s=section.id: self.add_item(s))
        page.count_label = QLabel(content)
        page.count_label.setObjectName("itemCount")
        row.addWidget(page.add_button)
        row.addWidget(page.count_label)
        row.addStretch(1)
        layout.addLayout(row)

    def _make_question(
        self,
        page: SectionPage,
        q: Question,
        item: int | None,
        parent: QWidget,
        *,
        extras: bool = True,
    ) -> QuestionWidget:
        editor = self.editor
        autosave: Autosave = editor.autosave
        qw = QuestionWidget(q, item, lang=editor.lang, extras=extras, parent=parent)
        answer = editor.answers.get((q.id, item)) or {}
        qw.set_value(answer.get("value"))
        qw.set_note(answer.get("note"))
        qw.set_read_only(editor.read_only)
        qw.edited.connect(lambda w=qw: autosave.answer_edited(w))
        qw.chosen.connect(lambda w=qw: autosave.save_answer(w, quiet=False))
        qw.committed.connect(lambda w=qw: autosave.save_answer(w, quiet=False))
        qw.note_edited.connect(lambda w=qw: autosave.note_edited(w))
        qw.note_committed.connect(lambda w=qw: autosave.save_note(w))
        qw.evidence_requested.connect(
            lambda w=qw: self.editor.request_evidence.emit(w.question.id, w.item)
        )
        key = (q.id, item)
        comments = editor.oic.comments
        if key in comments:
            qw.set_oic_comments(comments[key], version=editor.oic.version())
        if key in autosave.errors:
            qw.set_error(autosave.errors[key])
        self.widgets[key] = qw
        page.question_widgets.append(qw)
        return qw

    # ------------------------------------------------------------ a fresh evaluation

    def apply_state(self, state: dict) -> None:
        """Show a fresh evaluation on the questions and pages already built."""
        flags: dict[Key, list[dict]] = {}
        for f in state["findings"]:
            if f["question_id"]:
                flags.setdefault((f["question_id"], f["item"]), []).append(f)
        self._flags = flags
        self._missing_evidence = {
            (m["id"], m["item"]) for m in state["missing"] if m["kind"] == "evidence"
        }
        for qw in self.widgets.values():
            self.apply_to_widget(qw)
        for page in self.pages.values():
            if page.built:
                self.apply_page_state(page)

    def apply_to_widget(self, qw: QuestionWidget) -> None:
        state = self.editor.state
        key = qw.key
        relevant = state["relevant"].get(key, True)
        if qw.isVisibleTo(qw.parentWidget()) != relevant:
            qw.setVisible(relevant)
        findings = self._flags.get(key, [])
        signature = tuple((f["id"], f["severity"], f["title"]) for f in findings)
        if getattr(qw, "_flag_signature", None) != signature:
            qw._flag_signature = signature
            qw.set_flags(findings)
        qw.set_evidence_count(
            state["evidence_counts"].get(key, 0), missing=key in self._missing_evidence
        )

    def apply_page_state(self, page: SectionPage) -> None:
        if page.key == HEADER_PAGE:
            return
        editor = self.editor
        applies = editor.state["section_applies"].get(page.key, True)
        if page.not_applicable is not None:
            page.not_applicable.setVisible(not applies)
        if page.add_button is not None and editor.checklist is not None:
            section = editor.checklist.section(page.key)
            count = self.repeat_count(page.key)
            page.add_button.setEnabled(
                not editor.read_only and applies and count < section.repeat.max
            )
            page.count_label.setText(
                self.tr("%1 of at most %2")
                .replace("%1", str(count))
                .replace("%2", str(section.repeat.max))
            )

    # ------------------------------------------------------------ repeatable items

    def add_item(self, section_id: str) -> None:
        editor = self.editor
        if editor.read_only:
            return
        editor.autosave.flush()
        audit_id = editor.audit_id

        def job(app: Any) -> dict:
            index = app.add_group_item(audit_id, section_id)
            return {"index": index, "answers": audit_view(app, audit_id, full=True)["answers"]}

        def after(result: dict) -> None:
            self.editor.answers = result["answers"]
            self._rebuild(section_id)
            key = self._first_key_of_item(section_id, result["index"])
            self.editor.navigator.focus_key(key, "input")

        editor.autosave.submit(
            job, change=lambda audit, _result: AuditChange(audit, items=True), after=after
        )

    def remove_item(self, section_id: str, index: int) -> None:
        """Ask first: the item goes with its answers, notes and red flags."""
        editor = self.editor
        if editor.read_only or editor.checklist is None:
            return
        section = editor.checklist.section(section_id)
        label = f"{section.repeat.item_label.text(editor.lang)} {index + 1}"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove item"),
            self.tr("Remove %1 with its answers, notes and red flags?").replace("%1", label),
            QMessageBox.StandardButton.NoButton,
            editor,
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
        editor = self.editor
        autosave: Autosave = editor.autosave
        autosave.flush()
        audit_id = editor.audit_id
        stored = autosave.stored
        group = {q.id for q in editor.checklist.section(section_id).questions}

        def job(app: Any) -> dict:
            app.remove_group_item(audit_id, section_id, index)
            answers = audit_view(app, audit_id, full=True)["answers"]
            # the items after it moved up: what is stored for them, before any later save
            Autosave.learn_moved_items(stored, group, answers)
            return answers

        def after(answers: dict) -> None:
            self.editor.answers = answers
            self.editor.autosave.relearn_items(group, answers)
            self._rebuild(section_id)
            page = self.pages[section_id]
            if page.add_button is not None:
                page.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

        autosave.submit(
            job,
            # the later items move up with their answers, red flags and evidence links
            change=lambda audit, _result: AuditChange(
                audit, items=True, findings=True, evidence=True
            ),
            after=after,
        )

    def _rebuild(self, key: str) -> None:
        page = self.pages[key]
        if page.built:
            for qw in page.question_widgets:
                for kind in ("answer", "note"):
                    self.editor.autosave.cancel_pending((kind, *qw.key))
        page.built = False
        self._build(page)

    def _first_key_of_item(self, section_id: str, index: int) -> Key:
        editor = self.editor
        assert editor.checklist is not None
        section = editor.checklist.section(section_id)
        for q in section.questions:
            if editor.state["relevant"].get((q.id, index), True):
                return (q.id, index)
        return (section.questions[0].id, index)
