"""What the parts of the audit editor share: the header page's key, the section list's
role, a question's key, look-ups in the open checklist, the base of the editor's parts,
and the delegate that gives the side lists' rows room."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from observer_desktop.core.checklist import Checklist, Question
    from observer_desktop.ui.audit_editor.editor import AuditEditor

__all__ = [
    "HEADER_PAGE",
    "PAGE_ROLE",
    "EditorPart",
    "Key",
    "RoomyRows",
    "find_question",
    "is_header",
    "page_of",
    "question_title",
]

HEADER_PAGE = "__header__"  # never a checklist id: those start with a letter
PAGE_ROLE = Qt.ItemDataRole.UserRole + 2

Key = tuple[str, int | None]  # (question id, repeat item or None)


class EditorPart(QObject):
    """One job of the editor, as a child of it that reaches the open audit through it.

    The editor is its Qt parent, not a Python attribute: an attribute would be a reference
    cycle that keeps the editor's wrapper alive after its widget is gone (docs/ui.md).
    """

    def __init__(self, editor: AuditEditor):
        super().__init__(editor)

    @property
    def editor(self) -> AuditEditor:
        return cast("AuditEditor", self.parent())


# ------------------------------------------------------------ the open checklist


def find_question(checklist: Checklist | None, qid: str) -> Question | None:
    """A question or a header field of ``checklist`` by id; None if it has none."""
    if checklist is None:
        return None
    q = checklist.question_map.get(qid)
    if q is not None:
        return q
    for f in checklist.header:
        if f.id == qid:
            return f
    return None


def is_header(checklist: Checklist | None, qid: str) -> bool:
    return checklist is not None and any(f.id == qid for f in checklist.header)


def page_of(checklist: Checklist | None, qid: str) -> str:
    """The key of the page that shows ``qid``: its section, or the header page."""
    q = find_question(checklist, qid)
    if q is None or q.section_id is None:
        return HEADER_PAGE
    return q.section_id


def question_title(checklist: Checklist | None, qid: str, item: int | None, lang: str) -> str:
    """A question's label, with the repeat item it belongs to ("Hito 2")."""
    q = find_question(checklist, qid)
    if q is None:
        return qid
    text = q.label.text(lang)
    if item is not None and q.section_id is not None and checklist is not None:
        section = checklist.section(q.section_id)
        if section.repeat is not None:
            text += f" ({section.repeat.item_label.text(lang)} {item + 1})"
    return text


# ------------------------------------------------------------ the side lists


class RoomyRows(QStyledItemDelegate):
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
