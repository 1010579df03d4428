"""What the OIC said: the reviews feed (fetched after each sync from the cursor kept
here, applied to the outbox rows and audit statuses in the cursor's transaction), its
per-question comments, and the reviews of one audit that the editor shows."""

from __future__ import annotations

from typing import Any

from observer_desktop.services.app import Observador
from observer_desktop.services.sync.outbox import _row_json
from observer_desktop.services.sync.server import _with_retries
from observer_desktop.services.sync_keys import REVIEW_CURSOR_KEY
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.policy import Retrier, SyncControl


def audit_reviews(app: Observador, audit_ref: str) -> list[dict[str, Any]]:
    """What the OIC said about this audit and its earlier versions, newest version first."""
    audit = app.resolve_audit(audit_ref)
    chain = [audit]
    while chain[-1]["supersedes"]:
        older = app.store.get_audit(chain[-1]["supersedes"])
        if older is None:
            break
        chain.append(older)
    rows = []
    for a in chain:
        rows.extend(_row_json(r) for r in app.store.outbox_rows(audit_id=a["id"]))
    rows.sort(key=lambda r: (-(r["audit_version"] or 0), r["queued_at"] or ""))
    return rows


def returned_review(audit: dict[str, Any], reviews: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The return whose comments go beside the questions of ``audit``, or None.

    ``reviews``: the rows of :func:`audit_reviews`. The audit's own latest submission
    when the OIC returned it; else, while this version has not reached the OIC (a
    new version being corrected, finalized, signed or waiting in the outbox), the
    return of the version it supersedes. Once this version is delivered, what the OIC
    said about the older one no longer applies to it.
    """
    own = [r for r in reviews if r["audit"] == audit["id"]]
    current = own[-1] if own else None
    if current is not None and current.get("review") == "returned":
        return current
    if current is not None and current["state"] == "delivered":
        return None
    if audit.get("superseded_by") or not audit.get("supersedes"):
        return None
    older = [r for r in reviews if r["audit"] == audit["supersedes"] and r.get("review")]
    if older and older[-1].get("review") == "returned":
        return older[-1]
    return None


def _fetch_reviews(
    app: Observador, client: ProtocolClient, retrier: Retrier, control: SyncControl
) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    cursor = app.store.get_setting(REVIEW_CURSOR_KEY) or 0
    for _ in range(50):  # pages
        page = _with_retries(lambda c=cursor: client.reviews(c), retrier, control)
        reviews = [r for r in page.get("reviews") or [] if isinstance(r, dict)]
        new_cursor = page.get("cursor", cursor)
        with app.database.transaction():
            for review in reviews:
                change = _apply_review(app, review)
                if change is not None:
                    changes.append(change)
            app.store.set_setting(REVIEW_CURSOR_KEY, new_cursor)
        if not reviews or new_cursor == cursor:
            break
        cursor = new_cursor
    return changes


MAX_REVIEW_COMMENTS = 500  # per review: a reviewer comments on questions, not on a whole form
MAX_COMMENT_CHARS = 10_000


def review_comments_from(review: dict[str, Any]) -> list[dict[str, Any]]:
    """The per-question comments of a review event (feed or submission), in order:
    ``[{"question", "item", "text"}]``. A server older than this field sends none, and
    an entry of another shape is left out (the rest of the review still counts)."""
    raw = review.get("comments")
    if not isinstance(raw, list):
        return []
    out: list[dict[str, Any]] = []
    for entry in raw[:MAX_REVIEW_COMMENTS]:
        if not isinstance(entry, dict):
            continue
        question, item, text = entry.get("question"), entry.get("item"), entry.get("text")
        if not isinstance(question, str) or not question.strip():
            continue
        if item is not None and (isinstance(item, bool) or not isinstance(item, int) or item < 0):
            continue
        if not isinstance(text, str) or not text.strip():
            continue
        out.append({"question": question, "item": item, "text": text[:MAX_COMMENT_CHARS]})
    return out


def _apply_review(app: Observador, review: dict[str, Any]) -> dict[str, Any] | None:
    state = review.get("state")
    if state not in ("received", "approved", "returned"):
        return None
    row = app.store.get_outbox(str(review.get("submission_id") or ""))
    if row is None:
        return None  # sent from another computer or another data folder
    comment = review.get("comment") if isinstance(review.get("comment"), str) else None
    at = review.get("at") if isinstance(review.get("at"), str) else now_iso()
    comments = review_comments_from(review)
    known = (row["review_state"], row["review_comment"], row["review_at"], row["review_comments"])
    if known == (state, comment, at, comments):
        return None
    if state == "received" and row["review_state"] == "received":  # known since the receipt
        app.store.update_outbox(
            row["submission_id"], review_comment=comment, review_at=at, review_comments=comments
        )
        return None
    app.store.update_outbox(
        row["submission_id"],
        review_state=state,
        review_comment=comment,
        review_at=at,
        review_comments=comments,
        updated_at=now_iso(),
    )
    audit = app.store.get_audit(row["audit_id"])
    if audit is not None and state in ("approved", "returned"):
        if audit["status"] in ("queued", "delivered", "approved", "returned"):
            app.store.update_audit(row["audit_id"], status=state)
        details: dict[str, Any] = {
            "submission_id": row["submission_id"],
            "comment": comment,
            "at": at,
        }
        if comments:  # the entries of reviews without them keep their earlier shape
            details["comments"] = comments
        app.store.append_custody(row["audit_id"], f"review.{state}", details, actor="OIC")
    return {
        "submission_id": row["submission_id"],
        "audit": row["audit_id"],
        "audit_version": row["audit_version"],
        "title": audit["title"] if audit else "",
        "state": state,
        "comment": comment,
        "comments": comments,
        "at": at,
    }
