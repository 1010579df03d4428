"""What the OIC said about the open audit: its reviews (for the review banner) and the
comments of a return, each placed beside its question (services.sync returned_review)."""

from __future__ import annotations

from typing import Any

from observer_desktop.ui.audit_editor.common import (
    EditorPart,
    Key,
    find_question,
    page_of,
    question_title,
)
from observer_desktop.ui.tasks import alive

__all__ = ["OicComments"]


class OicComments(EditorPart):
    """The open audit's reviews, and where the returned one's comments go: question and
    repeat item → texts; those with no place in this audit in :attr:`elsewhere`."""

    def __init__(self, editor: Any):
        super().__init__(editor)
        self.reviews: list[dict] = []
        self.returned_review: dict | None = None
        self.comments: dict[Key, list[str]] = {}
        self.elsewhere: list[tuple[str, str]] = []  # (where, text)

    def load(self, state: dict) -> None:
        """A newly read audit (its state read with ``full=True``)."""
        self.reviews = state.get("reviews") or []
        self.returned_review = state.get("returned_review")
        self.comments = {}

    def place(self, repeat_counts: dict) -> None:
        """Put each comment of the return beside its question: a question of a repeatable
        section beside that item's. Those of a question or item this audit lacks (an item
        removed in the new version, a question of another checklist version) go to the
        review banner, so none is lost."""
        self.comments = {}
        self.elsewhere = []
        review = self.returned_review
        checklist = self.editor.checklist
        if review is None or checklist is None:
            return
        for comment in review.get("review_comments") or []:
            qid, item, text = comment["question"], comment["item"], comment["text"]
            q = find_question(checklist, qid)
            key: Key | None = None
            if q is not None and q.group_id is None:
                key = (q.id, None)
            elif q is not None and item is not None:
                if item < int(repeat_counts.get(q.group_id, 0)):
                    key = (q.id, item)
            if key is None:
                where = (
                    question_title(checklist, qid, item, self.editor.lang) if q is not None else qid
                )
                self.elsewhere.append((where, text))
            else:
                self.comments.setdefault(key, []).append(text)

    def update(self, repeat_counts: dict) -> None:
        """Place the comments again (items added or removed change which exist) and show
        the change in the questions already built."""
        before = self.comments
        self.place(repeat_counts)
        version = self.version()
        widgets = self.editor.section_pages.widgets
        for key in before.keys() | self.comments.keys():
            texts = self.comments.get(key, [])
            qw = widgets.get(key)
            if before.get(key, []) != texts and alive(qw):
                qw.set_oic_comments(texts, version=version)

    def version(self) -> int | None:
        """The version the comments were made on, when it is not the one shown."""
        review = self.returned_review
        if review is None or review["audit"] == self.editor.audit_id:
            return None
        return review["audit_version"]

    def counts_by_page(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        checklist = self.editor.checklist
        for (qid, _item), texts in self.comments.items():
            page = page_of(checklist, qid)
            counts[page] = counts.get(page, 0) + len(texts)
        return counts

    def on_questions(self) -> int:
        """How many comments are shown beside the questions."""
        return sum(len(texts) for texts in self.comments.values())
