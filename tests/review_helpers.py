"""A delivered audit and the OIC's reviews feed without a server (imported by tests).

The feed is served by :class:`FakeReviews` to the sync service's own review fetch
(``services.sync._fetch_reviews``), so what is stored is what a real sync stores.
"""

from __future__ import annotations

import uuid
from typing import Any

from helpers import fill_mini

from observer_desktop.services import sync
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl


class FakeReviews:
    """``client.reviews(since)`` of the protocol client, from a list of review events."""

    def __init__(self, events: list[dict[str, Any]]):
        self.events = events
        self.asked: list[Any] = []

    def reviews(self, since: int | str = 0) -> dict[str, Any]:
        self.asked.append(since)
        since = int(since)
        page = [e for e in self.events if e["cursor"] > since]
        return {"reviews": page, "cursor": page[-1]["cursor"] if page else since}


def fetch_reviews(app: Any, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run the sync's review fetch against ``events``; the changes it reports."""
    control = SyncControl()
    retrier = Retrier(RetryPolicy(max_failures=1), control)
    return sync._fetch_reviews(app, FakeReviews(events), retrier, control)


def delivered_mini_audit(app: Any, *, items: int = 2) -> tuple[dict, str]:
    """A finalized mini audit with ``items`` milestones, marked delivered to the OIC as
    a sync leaves it (outbox row, status); returns the audit and its submission id."""
    audit = app.create_audit("mini", header={"numero": "LP-014/2026", "tipo": "ad"})
    fill_mini(app, audit["id"])
    for i in range(1, items):
        app.add_group_item(audit["id"], "hitos")
        app.set_answer(audit["id"], "estatus", "no_iniciado", item=i)
    app.finalize(audit["id"])
    submission_id = str(uuid.uuid4())
    now = now_iso()
    with app.database.transaction():
        app.store.insert_outbox(
            {
                "submission_id": submission_id,
                "audit_id": audit["id"],
                "audit_version": audit["version"],
                "state": "delivered",
                "attempts": 1,
                "created_at": now,
                "updated_at": now,
                "delivered_at": now,
                "review_state": "received",
            }
        )
        app.store.update_audit(audit["id"], status="delivered")
    return app.store.get_audit(audit["id"]), submission_id


def review_event(
    audit: dict,
    submission_id: str,
    *,
    state: str = "returned",
    comment: str = "Faltan datos de los hitos.",
    cursor: int = 1,
    comments: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One event of ``GET /api/v1/reviews`` (protocol v1); ``comments=None`` leaves the
    key out, as a server older than per-question comments does."""
    event: dict[str, Any] = {
        "submission_id": submission_id,
        "audit_id": audit["id"],
        "audit_version": audit["version"],
        "state": state,
        "comment": comment,
        "at": "2026-11-27T16:05:00.000Z",
        "cursor": cursor,
        **extra,
    }
    if comments is not None:
        event["comments"] = comments
    return event
