"""The frame that shows a question (its input comes from :mod:`.answer_inputs`).

Shared by the audit editor (answers, notes, evidence, red flags) and the new
audit dialog (header fields only). Nothing here touches the database: a
widget shows a value, turns what the observer typed into a typed value with
the engine's own parser (:func:`~observer_desktop.core.engine.parse_value`, the
same code the services validate with, so its Spanish messages are the ones the
observer would get from a save) and signals edits; the caller decides when to
save.

Signals of every :class:`AnswerInput` (and forwarded by :class:`QuestionWidget`):

- ``edited``: the text changed (debounce, then save);
- ``chosen``: a choice was made (save at once);
- ``committed``: the field lost focus or the observer pressed Enter (save now).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.checklist import Question
from observer_desktop.ui.answer_inputs import (
    AnswerInput,
    CommitOnFocusOut,
    EvidenceOnlyInput,
    make_input,
)

__all__ = [
    "OIC_COMMENT_STYLE",
    "SEVERITY_STYLES",
    "AnswerInput",
    "QuestionWidget",
    "checklist_language",
    "make_input",
    "oic_comment_pixmap",
    "place_in_tab_order",
    "severity_label",
]

# (text, background, border) per severity: never color alone, the text says it too
SEVERITY_STYLES = {
    "alta": ("#8c1d18", "#fdecea", "#d93025"),
    "media": ("#5c3c00", "#fff4ce", "#d29a00"),
    "baja": ("#174ea6", "#e8f0fe", "#4c8bf5"),
}
# (text, background, border) of what the OIC said when it returned an audit: the colours
# of the review banner (ui/sync/review_banner.py), so a comment beside a question reads as its part
OIC_COMMENT_STYLE = ("#8c1d18", "#fde7e9", "#b3261e")


def oic_comment_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    """A speech bubble in the OIC's comment colour: drawn, so no icon font is needed."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(OIC_COMMENT_STYLE[2])
    box = QPainterPath()
    box.addRoundedRect(QRectF(0.5, 0.5, size - 1.0, size * 0.72), size * 0.18, size * 0.18)
    tail = QPainterPath()
    tail.addPolygon(
        QPolygonF(
            [
                QPointF(size * 0.22, size * 0.6),
                QPointF(size * 0.2, size - 0.5),
                QPointF(size * 0.52, size * 0.6),
                QPointF(size * 0.22, size * 0.6),
            ]
        )
    )
    painter.fillPath(box.united(tail), colour)
    painter.setBrush(QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    dot = size * 0.075
    for x in (0.3, 0.5, 0.7):
        painter.drawEllipse(QPointF(size * x, size * 0.37), dot, dot)
    painter.end()
    return pixmap


def checklist_language() -> str:
    """'en' when the screens are in English (checklists may carry English labels), else 'es'."""
    return "en" if QLocale().language() == QLocale.Language.English else "es"


def severity_label(severity: str) -> str:
    labels = {
        "alta": QCoreApplication.translate("Severity", "High"),
        "media": QCoreApplication.translate("Severity", "Medium"),
        "baja": QCoreApplication.translate("Severity", "Low"),
    }
    return labels.get(severity, severity)


def place_in_tab_order(before: QWidget, container: QWidget, after: QWidget | None) -> None:
    """Put the focusable widgets inside ``container`` between ``before`` and ``after``.

    Qt appends a widget created later (a page built on first view) to the end of the
    window's tab order; this moves them where they are on screen.
    """
    inside: list[QWidget] = []
    start = container.window()
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        if (
            container.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            inside.append(widget)
        widget = widget.nextInFocusChain()
    previous = before
    for widget in inside:
        QWidget.setTabOrder(previous, widget)
        previous = widget
    if after is not None and inside:
        QWidget.setTabOrder(previous, after)


class QuestionWidget(QFrame):
    """A question: label (with the required marker), help, input, red flags, error,
    and in the editor its note and its evidence."""

    edited = Signal()
    chosen = Signal()
    committed = Signal()
    note_edited = Signal()
    note_committed = Signal()
    evidence_requested = Signal()

    def __init__(
        self,
        question: Question,
        item: int | None = None,
        *,
        lang: str = "es",
        extras: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self.item = item
        self.lang = lang
        self.extras = extras
        self._read_only = False
        self.setObjectName(f"q_{question.id}" + ("" if item is None else f"_{item}"))
        self.setProperty("questionFrame", True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # focus target when inputs are disabled
        self.setFrameShape(QFrame.Shape.NoFrame)
        label_text = question.label.text(lang)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 10)
        layout.setSpacing(4)
        self._build_label(label_text, layout)
        self._build_input(layout)

        self.oic_comments_box: QFrame | None = None  # made when the OIC commented here
        self._oic_comments: list[str] = []
        self._build_flags_and_error(layout)

        self.note_edit: QPlainTextEdit | None = None
        self.note_button: QPushButton | None = None
        self.evidence_button: QPushButton | None = None
        self.evidence_label: QLabel | None = None
        if extras:
            layout.addLayout(self._build_note_and_evidence_row(label_text))
            self._build_note(label_text, layout)

    def _build_label(self, label_text: str, layout: QVBoxLayout) -> None:
        """The question in bold (with the required marker), and its help under it."""
        question = self.question
        self.label = QLabel(self)
        self.label.setObjectName("questionLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        text = f"<b>{html.escape(label_text)}</b>"
        if question.required:
            marker = html.escape(self.tr("required"))
            text += f' <span style="color:#b3261e" title="{marker}">*</span>'
            self.label.setToolTip(self.tr("Required to finalize the audit"))
        self.label.setText(text)
        layout.addWidget(self.label)

        if question.help is not None:
            self.help = QLabel(question.help.text(self.lang), self)
            self.help.setObjectName("questionHelp")
            self.help.setWordWrap(True)
            self.help.setStyleSheet("color: #555;")
            self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.help)

    def _build_input(self, layout: QVBoxLayout) -> None:
        """The answer's input (:mod:`.answer_inputs`), its signals forwarded; the label is
        its buddy and the help its description (an evidence-only question shows none)."""
        question = self.question
        self.input = make_input(question, self.lang, self)
        self.input.edited.connect(self.edited)
        self.input.chosen.connect(self.chosen)
        self.input.committed.connect(self.committed)
        if not isinstance(self.input, EvidenceOnlyInput):
            layout.addWidget(self.input)
            target = self.input.focus_target()
            if target is not None:
                target.setAccessibleDescription(
                    question.help.text(self.lang) if question.help is not None else ""
                )
                self.label.setBuddy(target)

    def _build_flags_and_error(self, layout: QVBoxLayout) -> None:
        """The red flags' box (filled by :meth:`set_flags`) and the error line, both hidden."""
        self.flags_box = QWidget(self)
        self.flags_box.setObjectName("flags")
        self.flags_layout = QVBoxLayout(self.flags_box)
        self.flags_layout.setContentsMargins(0, 2, 0, 0)
        self.flags_layout.setSpacing(3)
        self.flags_box.setVisible(False)
        layout.addWidget(self.flags_box)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("questionError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

    def _build_note_and_evidence_row(self, label_text: str) -> QHBoxLayout:
        """Add note; and, when the question wants evidence, its count and Evidence…"""
        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 0)
        self.note_button = QPushButton(self.tr("Add note"), self)
        self.note_button.setObjectName("noteButton")
        self.note_button.setAccessibleName(self.tr("Add a note to: %1").replace("%1", label_text))
        self.note_button.setFlat(True)
        self.note_button.clicked.connect(self.open_note)
        row.addWidget(self.note_button)
        question = self.question
        wants_evidence = question.type == "evidence" or question.evidence != "none"
        if wants_evidence:
            self.evidence_label = QLabel(self)
            self.evidence_label.setObjectName("evidenceCount")
            self.evidence_button = QPushButton(self.tr("Evidence…"), self)
            self.evidence_button.setObjectName("evidenceButton")
            self.evidence_button.setAccessibleName(
                self.tr("Evidence for: %1").replace("%1", label_text)
            )
            self.evidence_button.setToolTip(self.tr("Attach or see the evidence (Ctrl+Shift+E)"))
            self.evidence_button.clicked.connect(self.evidence_requested)
            row.addSpacing(12)
            row.addWidget(self.evidence_label)
            row.addWidget(self.evidence_button)
            self.set_evidence_count(0)
        row.addStretch(1)
        return row

    def _build_note(self, label_text: str, layout: QVBoxLayout) -> None:
        """The note's editor, hidden until Add note or a stored note opens it."""
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        self.note_edit.setPlaceholderText(
            self.tr("Note: what you saw, who said it, where the document is…")
        )
        self.note_edit.setAccessibleName(self.tr("Note for: %1").replace("%1", label_text))
        self.note_edit.setVisible(False)
        self._note_loading = False
        self.note_edit.textChanged.connect(self._note_changed)
        self.note_edit.installEventFilter(CommitOnFocusOut(self, self.note_committed))
        layout.addWidget(self.note_edit)

    # -- values
    @property
    def key(self) -> tuple[str, int | None]:
        return (self.question.id, self.item)

    def value(self) -> Any:
        """The typed value; raises ``ValueRejected`` (Spanish message) when it does not fit."""
        return self.input.value()

    def set_value(self, value: Any) -> None:
        self.input.set_value(value)

    def note(self) -> str | None:
        if self.note_edit is None:
            return None
        return self.note_edit.toPlainText().strip() or None

    def set_note(self, note: str | None) -> None:
        if self.note_edit is None:
            return
        self._note_loading = True
        try:
            self.note_edit.setPlainText(note or "")
        finally:
            self._note_loading = False
        if note:
            self.note_edit.setVisible(True)
            self.note_button.setVisible(False)

    def _note_changed(self) -> None:
        if not self._note_loading:
            self.note_edited.emit()

    def open_note(self) -> None:
        if self.note_edit is None:
            return
        self.note_edit.setVisible(True)
        self.note_button.setVisible(False)
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state shown around the answer
    def set_flags(self, findings: list[dict]) -> None:
        """Red flags (rule findings) and manual findings attached to this answer."""
        while self.flags_layout.count():
            widget = self.flags_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for finding in findings:
            fg, bg, border = SEVERITY_STYLES.get(finding["severity"], SEVERITY_STYLES["media"])
            if finding["source"] == "rule":
                head = self.tr("Red flag (%1): %2")
            else:
                head = self.tr("Finding (%1): %2")
            head = head.replace("%1", severity_label(finding["severity"]))
            head = head.replace("%2", finding["title"])
            text = f"<b>⚑ {html.escape(head)}</b>"
            if finding.get("recommendation"):
                rec = self.tr("Recommendation: %1").replace("%1", finding["recommendation"])
                text += f"<br>{html.escape(rec)}"
            label = QLabel(text, self.flags_box)
            label.setObjectName("flagLabel")
            label.setProperty("severity", finding["severity"])
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(head)
            label.setStyleSheet(
                f"QLabel {{ color: {fg}; background: {bg}; border-left: 4px solid {border};"
                " padding: 4px 6px; border-radius: 2px; }"
            )
            self.flags_layout.addWidget(label)
        self.flags_box.setVisible(bool(findings))

    def set_oic_comments(self, texts: list[str], *, version: int | None = None) -> None:
        """What the OIC said about this answer when it returned the audit, framed under
        the input in the review banner's colours; ``[]`` hides it. ``version``: the
        earlier version the comments were made on (shown in the new version that
        corrects it). The texts are the server's: shown as plain text, never markup."""
        self._oic_comments = list(texts)
        if not texts:
            if self.oic_comments_box is not None:
                self.oic_comments_box.setVisible(False)
            self._describe_input()
            return
        if self.oic_comments_box is not None:
            self.oic_comments_box.setParent(None)
            self.oic_comments_box.deleteLater()
        fg, bg, border = OIC_COMMENT_STYLE
        box = QFrame(self)
        box.setObjectName("oicComments")
        box.setStyleSheet(
            f"#oicComments {{ background: {bg}; border: 1px solid {border};"
            f" border-left: 4px solid {border}; border-radius: 3px; }}"
        )
        box.setAccessibleName(self.tr("OIC comments on this question"))
        outer = QHBoxLayout(box)
        outer.setContentsMargins(6, 5, 8, 6)
        outer.setSpacing(8)
        icon = QLabel(box)
        icon.setObjectName("oicCommentIcon")
        icon.setPixmap(oic_comment_pixmap(18, self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("OIC comment"))
        outer.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        if version is None:
            heading = self.tr("OIC comment")
        else:
            heading = self.tr("OIC comment on version %1").replace("%1", str(version))
        title = QLabel(heading, box)
        title.setObjectName("oicCommentHeading")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet(f"color: {fg}; font-weight: bold; background: transparent;")
        column.addWidget(title)
        for text in texts:
            label = QLabel(box)
            label.setObjectName("oicCommentText")
            label.setTextFormat(Qt.TextFormat.PlainText)  # the server's words, never markup
            label.setText(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("color: #1f1f1f; background: transparent;")
            label.setAccessibleName(self.tr("OIC comment: %1").replace("%1", text))
            column.addWidget(label)
        outer.addLayout(column, 1)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.flags_box), box)
        self.oic_comments_box = box
        self._describe_input()

    def oic_comment_texts(self) -> list[str]:
        """The OIC's comments shown beside this question, as a screen reader says them."""
        if self.oic_comments_box is None or self.oic_comments_box.isHidden():
            return []
        return [
            label.accessibleName()
            for label in self.oic_comments_box.findChildren(QLabel, "oicCommentText")
        ]

    def _describe_input(self) -> None:
        """The input's description says the help and the OIC's comments: a screen reader
        reads them when the keyboard reaches the answer."""
        target = self.input.focus_target()
        if target is None:
            return
        parts = [self.question.help.text(self.lang)] if self.question.help is not None else []
        parts += [self.tr("OIC comment: %1").replace("%1", t) for t in self._oic_comments]
        target.setAccessibleDescription("\n".join(parts))

    def flag_texts(self) -> list[str]:
        out = []
        for i in range(self.flags_layout.count()):
            widget = self.flags_layout.itemAt(i).widget()
            if isinstance(widget, QLabel):
                out.append(widget.accessibleName())
        return out

    def set_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def set_evidence_count(self, count: int, *, missing: bool = False) -> None:
        if self.evidence_label is None or getattr(self, "_evidence_shown", None) == (
            count,
            missing,
        ):
            return
        self._evidence_shown = (count, missing)
        if missing:
            text = self.tr("Evidence missing (required)")
        elif count == 0:
            text = self.tr("No evidence")
        elif count == 1:
            text = self.tr("1 evidence file")
        else:
            text = self.tr("%1 evidence files").replace("%1", str(count))
        self.evidence_label.setText(text)
        self.evidence_label.setStyleSheet("color: #b3261e; font-weight: bold;" if missing else "")
        self.evidence_button.setAccessibleDescription(text)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.input.set_read_only(read_only)
        if self.note_edit is not None:
            self.note_edit.setReadOnly(read_only)
            self.note_button.setEnabled(not read_only)
            if read_only and not self.note_edit.toPlainText():
                self.note_edit.setVisible(False)
                self.note_button.setVisible(False)
            elif not self.note_edit.isVisibleTo(self):
                self.note_button.setVisible(True)

    # -- focus
    # These move the keyboard from a shortcut (F8, a missing item, a finding). With any
    # other focus reason Qt hides the focus frame, and the observer cannot see where
    # the keyboard went.
    def focus_input(self) -> None:
        target = self.input.focus_target()
        if target is None or not target.isEnabled():
            target = self.evidence_button if self.evidence_button is not None else None
        if target is None or not target.isEnabled():
            target = self
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_evidence(self) -> None:
        if self.evidence_button is not None:
            self.evidence_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_input()

    def focus_note(self) -> None:
        if self.note_edit is None:
            return
        if self.note_edit.isVisibleTo(self):
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self._read_only:
            self.open_note()
