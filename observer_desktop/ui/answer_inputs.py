"""One input per checklist question type (the editor's answers, the new-audit dialog's
header fields). Nothing here touches the database: an input shows a value, turns what
the observer typed into a typed value with the engine's own parser
(:func:`~observer_desktop.core.engine.parse_value`, the same code the services validate
with, so its Spanish messages are the ones a save would give) and signals:

- ``edited``: the text changed (debounce, then save);
- ``chosen``: a choice was made (save at once);
- ``committed``: the field lost focus or the observer pressed Enter (save now).

:class:`~observer_desktop.ui.question_widgets.QuestionWidget` frames one of them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.checklist import Question
from observer_desktop.core.engine import parse_value
from observer_desktop.core.errors import InputError
from observer_desktop.core.text import number_text
from observer_desktop.ui.i18n import date_text

__all__ = [
    "AnswerInput",
    "ChoiceInput",
    "CommitOnFocusOut",
    "DateInput",
    "EvidenceOnlyInput",
    "MultiChoiceInput",
    "NumberInput",
    "TextInput",
    "make_input",
]

_MAX_RADIOS = 7  # more options than this: a drop-down list


def _number_for_display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class AnswerInput(QWidget):
    """Base class: the editor of one value. ``value()`` may raise ``ValueRejected``."""

    edited = Signal()
    chosen = Signal()
    committed = Signal()

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._read_only = False

    # abstract: every input type (ChoiceInput, NumberInput, DateInput…) implements both
    def value(self) -> Any:
        raise NotImplementedError(f"{type(self).__name__} must implement value()")

    def set_value(self, value: Any) -> None:
        raise NotImplementedError(f"{type(self).__name__} must implement set_value()")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def focus_target(self) -> QWidget | None:
        """The widget that takes the focus when the question is visited."""
        return None

    def is_typing(self) -> bool:
        """True while a text-like input has the focus (errors wait until it loses it)."""
        target = self.focus_target()
        return bool(target is not None and target.hasFocus() and self.has_text_entry())

    def has_text_entry(self) -> bool:
        return False


class CommitOnFocusOut(QObject):
    """Turns focus-out of a plain text editor into ``committed`` (it has no editingFinished)."""

    def __init__(self, owner: QObject, signal: Any):
        super().__init__(owner)
        self._signal = signal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._signal.emit()
        return False


class ChoiceInput(AnswerInput):
    """Yes/No, Yes/No/N-A and single choice: radio buttons, or a list when there are many."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.options = [(oid, question.option_label(oid, lang)) for oid in question.option_ids()]
        layout_cls = QHBoxLayout if question.type in ("yes_no", "yes_no_na") else QVBoxLayout
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.group: QButtonGroup | None = None
        self.buttons: dict[str, QRadioButton] = {}
        label = question.label.text(lang)
        if len(self.options) > _MAX_RADIOS:
            self.combo = QComboBox(self)
            self.combo.setObjectName("input")
            self.combo.setAccessibleName(label)
            self.combo.addItem(self.tr("— Choose an option —"), None)
            for oid, text in self.options:
                self.combo.addItem(text, oid)
            self.combo.activated.connect(lambda _i: self.chosen.emit())
            outer.addWidget(self.combo, 1)
        else:
            box = QWidget(self)
            inner = layout_cls(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(16 if layout_cls is QHBoxLayout else 4)
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            for oid, text in self.options:
                button = QRadioButton(text, box)
                button.setObjectName(f"opt_{oid}")
                button.setAccessibleDescription(label)
                self.group.addButton(button)
                self.buttons[oid] = button
                inner.addWidget(button)
            self.group.buttonClicked.connect(self._clicked)
            outer.addWidget(box)
            self.clear_button = QToolButton(self)
            self.clear_button.setObjectName("clearButton")
            self.clear_button.setText(self.tr("Clear answer"))
            self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
            self.clear_button.setAccessibleName(self.tr("Clear answer: %1").replace("%1", label))
            self.clear_button.clicked.connect(self._clear_clicked)
            # keep its room while hidden: answering must not widen the page and move things
            policy = self.clear_button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.clear_button.setSizePolicy(policy)
            self.clear_button.setVisible(False)
            outer.addSpacing(12)
            outer.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
            outer.addStretch(1)

    def _clicked(self, _button: QAbstractButton) -> None:
        self._sync_clear()
        self.chosen.emit()

    def _clear_clicked(self) -> None:
        focus_back = self.focus_target()
        self.set_value(None)
        self.chosen.emit()
        if focus_back is not None:
            focus_back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync_clear(self) -> None:
        if self.group is not None:
            self.clear_button.setVisible(self.value() is not None and not self._read_only)

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        for oid, button in self.buttons.items():
            if button.isChecked():
                return oid
        return None

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
            return
        assert self.group is not None
        self.group.setExclusive(False)  # an exclusive group refuses to uncheck its last button
        for oid, button in self.buttons.items():
            button.setChecked(oid == value)
        self.group.setExclusive(True)
        self._sync_clear()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self.combo is not None:
            self.combo.setEnabled(not read_only)
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self._sync_clear()

    def focus_target(self) -> QWidget | None:
        if self.combo is not None:
            return self.combo
        for button in self.buttons.values():
            if button.isChecked():
                return button
        return next(iter(self.buttons.values()), None)


class MultiChoiceInput(AnswerInput):
    """Multiple choice: one check box per option; the value keeps the checklist's order."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        label = question.label.text(lang)
        for oid in question.option_ids():
            box = QCheckBox(question.option_label(oid, lang), self)
            box.setObjectName(f"opt_{oid}")
            box.setAccessibleDescription(label)
            box.clicked.connect(lambda _checked: self.chosen.emit())
            self.boxes[oid] = box
            layout.addWidget(box)

    def value(self) -> Any:
        chosen = [oid for oid, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for oid, box in self.boxes.items():
            box.setChecked(oid in chosen)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def focus_target(self) -> QWidget | None:
        return next(iter(self.boxes.values()), None)


class _LineInput(AnswerInput):
    """Shared by number, date and one-line text: a line edit saved after typing stops."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("input")
        self.edit.setAccessibleName(question.label.text(lang))
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.edit.editingFinished.connect(self.committed.emit)
        self.layout_.addWidget(self.edit, 1)

    def text(self) -> str:
        return self.edit.text()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)

    def focus_target(self) -> QWidget | None:
        return self.edit

    def has_text_entry(self) -> bool:
        return True


class NumberInput(_LineInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.edit.setMaximumWidth(260)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        if question.min is not None and question.max is not None:
            hint = self.tr("From %1 to %2")
            hint = hint.replace("%1", _number_for_display(question.min))
            hint = hint.replace("%2", _number_for_display(question.max))
        elif question.integer:
            hint = self.tr("Whole number")
        else:
            hint = self.tr("Number")
        self.edit.setPlaceholderText(hint)
        if question.unit:
            unit = QLabel(question.unit, self)
            unit.setObjectName("unit")
            self.layout_.addWidget(unit)
        self.layout_.addStretch(1)

    def value(self) -> Any:
        return parse_value(self.question, self.edit.text())

    def set_value(self, value: Any) -> None:
        # as the report prints it (4,850,000.00 for an amount); the parser reads it back
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.edit.setText(number_text(value, unit=self.question.unit, with_unit=False))
        else:
            self.edit.setText(_number_for_display(value))


class _CalendarDialog(QDialog):
    def __init__(self, current: QDate | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a date"))
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        if current is not None and current.isValid():
            self.calendar.setSelectedDate(current)
        self.calendar.activated.connect(lambda _d: self.accept())
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.calendar.setFocus()


class DateInput(_LineInput):
    """A date typed as DD/MM/AAAA (or AAAA-MM-DD), or picked from a calendar (Alt+↓)."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.edit.setMaximumWidth(160)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))  # Spanish: DD/MM/AAAA
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(
            self.tr("Calendar for: %1").replace("%1", question.label.text(lang))
        )
        self.calendar_button.clicked.connect(self.open_calendar)
        self.layout_.addWidget(self.calendar_button)
        self.layout_.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        if self._read_only:
            return
        current = None
        try:
            iso = parse_value(self.question, self.edit.text())
        except InputError:
            iso = None
        if iso:
            current = QDate.fromString(iso, Qt.DateFormat.ISODate)
        dialog = _CalendarDialog(current, self)
        dialog.setObjectName("calendarDialog")

        def picked(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                chosen = dialog.calendar.selectedDate().toString(Qt.DateFormat.ISODate)
                self.set_value(chosen)
                self.chosen.emit()
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            dialog.deleteLater()

        dialog.finished.connect(picked)
        dialog.open()

    def value(self) -> Any:
        return parse_value(self.question, self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(date_text(value))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.calendar_button.setEnabled(not read_only)


class TextInput(AnswerInput):
    """Free text: one line, or a box of a few lines for ``multiline`` questions."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = question.label.text(lang)
        self.line: QLineEdit | None = None
        self.box: QPlainTextEdit | None = None
        if question.multiline:
            self.box = QPlainTextEdit(self)
            self.box.setObjectName("input")
            self.box.setTabChangesFocus(True)
            self.box.setFixedHeight(96)
            self.box.setAccessibleName(label)
            self.box.textChanged.connect(self._box_changed)
            self.box.installEventFilter(CommitOnFocusOut(self, self.committed))
            self._loading = False
            layout.addWidget(self.box)
        else:
            self.line = QLineEdit(self)
            self.line.setObjectName("input")
            self.line.setMaxLength(question.max_length)
            self.line.setAccessibleName(label)
            if question.format == "url":
                self.line.setPlaceholderText("https://…")
            self.line.textEdited.connect(lambda _t: self.edited.emit())
            self.line.editingFinished.connect(self.committed.emit)
            layout.addWidget(self.line)

    def _box_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def raw_text(self) -> str:
        return self.line.text() if self.line is not None else self.box.toPlainText()

    def value(self) -> Any:
        return parse_value(self.question, self.raw_text())

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.line is not None:
            self.line.setText(text)
        else:
            self._loading = True
            try:
                self.box.setPlainText(text)
            finally:
                self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        (self.line or self.box).setReadOnly(read_only)

    def focus_target(self) -> QWidget | None:
        return self.line or self.box

    def has_text_entry(self) -> bool:
        return True


class EvidenceOnlyInput(AnswerInput):
    """An ``evidence`` question has no value: it is answered by attaching files."""

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        return None


def make_input(question: Question, lang: str, parent: QWidget | None = None) -> AnswerInput:
    t = question.type
    if t in ("yes_no_na", "yes_no", "single_choice"):
        return ChoiceInput(question, lang, parent)
    if t == "multiple_choice":
        return MultiChoiceInput(question, lang, parent)
    if t == "number":
        return NumberInput(question, lang, parent)
    if t == "date":
        return DateInput(question, lang, parent)
    if t == "text":
        return TextInput(question, lang, parent)
    return EvidenceOnlyInput(question, lang, parent)
