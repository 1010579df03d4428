"""What the OIC said about the audit open in the editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from observer_desktop.ui.question_widgets import oic_comment_pixmap
from observer_desktop.ui.sync.common import local_time


class ReviewBanner(QFrame):
    """What the OIC said about the audit shown in the editor (hidden when nothing).

    ``set_audit(audit, reviews)`` with the rows of ``services.sync.audit_reviews``;
    ``new_version_requested`` when the observer chooses to correct a returned audit.
    A return's per-question comments are shown by the editor beside their questions;
    the banner says how many there are, and shows those it could not place there.
    """

    new_version_requested = Signal()

    STYLES: ClassVar[dict[str, str]] = {
        "returned": "#reviewBanner { background: #fde7e9; border: 1px solid #b3261e;"
        " border-radius: 3px; }",
        "approved": "#reviewBanner { background: #e6f4ea; border: 1px solid #2e6b2e;"
        " border-radius: 3px; }",
        "info": "#reviewBanner { background: #e8f0fe; border: 1px solid #5f6368;"
        " border-radius: 3px; }",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.kind = ""
        self._returned = False  # the banner says why the OIC returned this audit or the older
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        # the same bubble as the comments beside the questions (question_widgets.py)
        self.icon = QLabel(self)
        self.icon.setObjectName("reviewIcon")
        self.icon.setPixmap(oic_comment_pixmap(20, self.devicePixelRatioF()))
        self.icon.setVisible(False)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("reviewText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.new_version_button = QPushButton(self.tr("Create a new version to &correct it"), self)
        self.new_version_button.setObjectName("reviewNewVersionButton")
        self.new_version_button.clicked.connect(self.new_version_requested)
        layout.addWidget(self.new_version_button)
        self.setVisible(False)

    @property
    def offers_new_version(self) -> bool:
        return self.kind == "returned" and not self.new_version_button.isHidden()

    def set_audit(
        self,
        audit: dict | None,
        reviews: list[dict],
        *,
        on_questions: int = 0,
        elsewhere: Sequence[tuple[str, str]] = (),
    ) -> None:
        """``on_questions``: how many of the return's comments the editor shows beside
        their questions; ``elsewhere``: (question, comment) of those it could not place
        (a question or repeat item this audit does not have), shown here instead."""
        self.kind = ""
        self._returned = False
        text, style, button = "", "info", False
        if audit is not None:
            text, style, button = self._describe(audit, reviews)
        if self._returned and on_questions:
            text += "\n" + self.tr(
                "Comments of the OIC on answers: %1. Each one is framed beside its question; "
                "the list of sections says where they are."
            ).replace("%1", str(on_questions))
        if self._returned:
            for where, comment in elsewhere:
                text += "\n" + (
                    self.tr("OIC comment on «%1»: %2").replace("%1", where).replace("%2", comment)
                )
        self.label.setText(text)
        self.icon.setVisible(self._returned)
        self.setStyleSheet(self.STYLES[style])
        self.new_version_button.setVisible(button)
        self.setVisible(bool(text))

    def _describe(self, audit: dict, reviews: list[dict]) -> tuple[str, str, bool]:
        """The banner's text, style and whether it offers a new version."""
        own = [r for r in reviews if r["audit"] == audit["id"]]
        current = own[-1] if own else None
        review = (current or {}).get("review") or ""
        if audit["status"] == "returned" or review == "returned":
            return self._returned_text(current, superseded=bool(audit.get("superseded_by")))
        if audit["status"] == "approved" or review == "approved":
            return self._approved_text(current)
        if current is not None and current["state"] in ("delivered", "failed", "queued"):
            return self._sending_text(current)
        if audit["status"] == "draft":
            earlier = [r for r in reviews if r["audit"] != audit["id"] and r.get("review")]
            if earlier and earlier[0].get("review") == "returned":
                return self._correcting_text(earlier[0])
        return "", "info", False

    def _returned_text(self, current: dict | None, *, superseded: bool) -> tuple[str, str, bool]:
        self.kind = "returned"
        self._returned = True
        comment = (current or {}).get("review_comment") or self.tr("(no comment)")
        text = self.tr("Returned by the OIC: %1").replace("%1", comment)
        if current and current.get("review_at"):
            text += "\n" + self.tr("Reviewed %1.").replace("%1", local_time(current["review_at"]))
        if superseded:
            text += " " + self.tr("A newer version already replaces it.")
        else:
            text += " " + self.tr(
                "Correct it in a new version: once you finalize and sign it, it is sent again."
            )
        return text, "returned", not superseded

    def _approved_text(self, current: dict | None) -> tuple[str, str, bool]:
        text = self.tr("Approved by the OIC %1.").replace(
            "%1", local_time((current or {}).get("review_at"))
        )
        if current and current.get("review_comment"):
            text += "\n" + self.tr("OIC comment: %1").replace("%1", current["review_comment"])
        return text, "approved", False

    def _sending_text(self, current: dict) -> tuple[str, str, bool]:
        """Not reviewed: delivered, stopped, or waiting to be sent."""
        if current["state"] == "delivered":
            return (
                self.tr("Delivered to the OIC %1; not reviewed yet.").replace(
                    "%1", local_time(current["received_at"] or current["delivered_at"])
                ),
                "info",
                False,
            )
        if current["state"] == "failed":
            return (
                self.tr("Could not be sent to the OIC: %1").replace("%1", current["error"] or ""),
                "returned",
                False,
            )
        text = self.tr("Waiting to be sent to the OIC.")
        if current.get("error"):
            text += " " + self.tr("Last attempt: %1").replace("%1", current["error"])
        return text, "info", False

    def _correcting_text(self, returned: dict) -> tuple[str, str, bool]:
        """A draft that corrects a returned version: why that one came back."""
        text = (
            self.tr("The OIC returned version %1: %2")
            .replace("%1", str(returned["audit_version"]))
            .replace("%2", returned.get("review_comment") or self.tr("(no comment)"))
        )
        text += "\n" + self.tr(
            "Correct it here; when you finalize and sign this version it is sent again."
        )
        self._returned = True
        return text, "returned", False
