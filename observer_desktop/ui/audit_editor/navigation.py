"""Moving through the open audit: the question the observer is on, next and previous
question (F8, Shift+F8), going to a question, to a missing item, to its note or its
evidence, and the short hint when there is nowhere to go."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from observer_desktop.ui.audit_editor.common import (
    EditorPart,
    Key,
    find_question,
    is_header,
    page_of,
)
from observer_desktop.ui.question_widgets import QuestionWidget
from observer_desktop.ui.tasks import alive

__all__ = ["Navigator"]


class Navigator(EditorPart):
    """The question the observer is on, and the moves from it."""

    def __init__(self, editor: Any):
        super().__init__(editor)
        self.current: Key | None = None  # the question visited last
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(5000)
        self._hint_timer.timeout.connect(lambda: self.editor.hint_label.setText(""))
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    def sequence(self) -> list[tuple[Key, bool]]:
        """Every question of the audit in order, with whether it is visible now."""
        editor = self.editor
        assert editor.checklist is not None
        relevant = editor.state.get("relevant", {})
        out: list[tuple[Key, bool]] = []
        for f in editor.checklist.header:
            out.append(((f.id, None), relevant.get((f.id, None), True)))
        for s in editor.checklist.sections:
            items = (
                range(editor.section_pages.repeat_count(s.id)) if s.repeat is not None else [None]
            )
            for i in items:
                for q in s.questions:
                    out.append(((q.id, i), relevant.get((q.id, i), True)))
        return out

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not alive(self) or new is None or not alive(new):
            return
        editor = self.editor
        widget = new
        while widget is not None and widget is not editor:
            if isinstance(widget, QuestionWidget):
                self.current = widget.key
                return
            widget = widget.parentWidget()

    def current_question(self) -> Key | None:
        editor = self.editor
        focus = QApplication.focusWidget()
        widget = focus
        while widget is not None and widget is not editor:
            if isinstance(widget, QuestionWidget):
                return widget.key
            widget = widget.parentWidget()
        return self.current

    def step(self, direction: int) -> None:
        """To the next (1) or previous (-1) question that applies."""
        editor = self.editor
        if editor.checklist is None or not editor.state:
            return
        sequence = self.sequence()
        if not sequence:
            return
        current = self.current_question()
        keys = [k for k, _visible in sequence]
        if current in keys and QApplication.focusWidget() is not editor.section_list:
            position = keys.index(current)
        else:
            # from the list of sections (or nowhere yet): the page on screen, not the
            # question visited last, nor the start of the audit
            page = editor.section_list.current_key()
            on_page = [i for i, key in enumerate(keys) if page_of(editor.checklist, key[0]) == page]
            if on_page:
                position = on_page[0] - 1 if direction > 0 else on_page[-1] + 1
            else:
                position = -1 if direction > 0 else len(keys)
        index = position + direction
        while 0 <= index < len(sequence):
            key, visible = sequence[index]
            if visible:
                self.focus_key(key, "input")
                return
            index += direction
        self.hint(
            self.tr("This is the last question.")
            if direction > 0
            else self.tr("This is the first question.")
        )

    def focus_key(self, key: Key, target: str = "input") -> bool:
        """Show the question's page and put the keyboard in its input, note or evidence."""
        editor = self.editor
        checklist = editor.checklist
        if checklist is None or find_question(checklist, key[0]) is None:
            return False
        page = editor.section_pages.show(page_of(checklist, key[0]))
        qw = editor.section_pages.widgets.get(key)
        if qw is None:
            return False
        if not editor.state.get("relevant", {}).get(key, True):
            self.hint(self.tr("That question does not apply with the current answers."))
            return False
        self.current = key
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

    def jump_to_missing(self, missing: dict) -> None:
        """The observer chose an item of the missing-items dialog."""
        editor = self.editor
        editor.window().activateWindow()  # the dialog just closed: give the focus back here
        kind = missing["kind"]
        if kind == "items":
            page = editor.section_pages.show(missing["id"])
            if page.add_button is not None:
                page.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
                page.ensureWidgetVisible(page.add_button)
            return
        key = (missing["id"], missing["item"])
        self.focus_key(key, "evidence" if kind == "evidence" else "input")

    def note_for_question(self) -> None:
        key = self.current_question()
        widgets = self.editor.section_pages.widgets
        if key is None or key not in widgets:
            self.hint(self.tr("Go to a question first (F8)."))
            return
        qw = widgets[key]
        if qw.note_edit is None:
            self.hint(self.tr("The process data have no notes."))
            return
        qw.focus_note()

    def evidence_for_question(self) -> None:
        key = self.current_question()
        if key is None or is_header(self.editor.checklist, key[0]):
            self.hint(self.tr("Go to a question first (F8)."))
            return
        self.editor.request_evidence.emit(key[0], key[1])

    def hint(self, text: str) -> None:
        """A short message beside the title that goes after a few seconds."""
        self.editor.hint_label.setText(text)
        self._hint_timer.start()
