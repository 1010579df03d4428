"""The OIC's per-question comments on a review: read from the feed (with or without the
``comments`` key), stored with the review, kept in the custody log, and which return's
comments an audit shows (its own, or its older version's until it is delivered)."""

from __future__ import annotations

from review_helpers import delivered_mini_audit, fetch_reviews, review_event

from observer_desktop.services import sync

COMMENTS = [
    {"question": "ofertas", "item": None, "text": "¿Cuatro ofertas? El acta dice tres."},
    {"question": "estatus", "item": 1, "text": "El hito 2 ya estaba completo."},
]


def _row(app, submission_id):
    return app.store.get_outbox(submission_id)


def test_a_return_with_comments_stores_them_with_the_review(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    changes = fetch_reviews(mini_app, [review_event(audit, sid, comments=COMMENTS)])

    row = _row(mini_app, sid)
    assert row["review_state"] == "returned"
    assert row["review_comment"] == "Faltan datos de los hitos."
    assert row["review_comments"] == COMMENTS
    assert mini_app.store.get_audit(audit["id"])["status"] == "returned"
    assert changes[0]["comments"] == COMMENTS
    # what the editor and the outbox read
    shown = sync.audit_reviews(mini_app, audit["id"])
    assert shown[0]["review_comments"] == COMMENTS
    # what the OIC said is part of the audit's history
    entry = mini_app.custody_log(audit["id"])[-1]
    assert entry["action"] == "review.returned"
    assert entry["details"]["comments"] == COMMENTS
    assert mini_app.verify_custody() == []


def test_a_feed_without_comments_still_returns_the_audit(mini_app):
    """A server older than per-question comments sends no ``comments`` key."""
    audit, sid = delivered_mini_audit(mini_app)
    event = review_event(audit, sid)
    assert "comments" not in event
    fetch_reviews(mini_app, [event])

    row = _row(mini_app, sid)
    assert row["review_state"] == "returned"
    assert row["review_comment"] == "Faltan datos de los hitos."
    assert row["review_comments"] == []
    assert sync.audit_reviews(mini_app, audit["id"])[0]["review_comments"] == []
    assert "comments" not in mini_app.custody_log(audit["id"])[-1]["details"]


def test_unknown_keys_and_malformed_comments_are_ignored(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    comments = [
        *COMMENTS,
        {"question": "ofertas", "item": None, "text": "   "},  # nothing said
        {"question": "", "item": None, "text": "sin pregunta"},
        {"question": "ofertas", "item": -1, "text": "índice negativo"},
        {"question": "ofertas", "item": True, "text": "no es un número"},
        {"question": "ofertas", "item": "1", "text": "texto en vez de número"},
        {"question": 7, "item": None, "text": "pregunta numérica"},
        "no es un objeto",
        {"question": "avance", "text": "sin item: como null", "extra": {"new": 1}},
    ]
    event = review_event(audit, sid, comments=comments, reviewer={"name": "X"}, future=[1])
    fetch_reviews(mini_app, [event])
    assert _row(mini_app, sid)["review_comments"] == [
        *COMMENTS,
        {"question": "avance", "item": None, "text": "sin item: como null"},
    ]


def test_comments_that_are_not_a_list_count_as_none(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    fetch_reviews(mini_app, [review_event(audit, sid, comments=None, cursor=1) | {"comments": {}}])
    assert _row(mini_app, sid)["review_state"] == "returned"
    assert _row(mini_app, sid)["review_comments"] == []


def test_a_later_event_with_other_comments_replaces_them(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    fetch_reviews(mini_app, [review_event(audit, sid, comments=COMMENTS[:1], cursor=1)])
    again = review_event(audit, sid, comments=COMMENTS, cursor=2)
    again["at"] = "2026-11-27T17:00:00.000Z"
    changes = fetch_reviews(mini_app, [again])
    assert _row(mini_app, sid)["review_comments"] == COMMENTS
    assert len(changes) == 1
    # the same event once more changes nothing
    assert fetch_reviews(mini_app, [again | {"cursor": 3}]) == []


def test_a_received_event_keeps_its_comments_too(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    fetch_reviews(mini_app, [review_event(audit, sid, state="received", comments=COMMENTS)])
    row = _row(mini_app, sid)
    assert (row["review_state"], row["review_comments"]) == ("received", COMMENTS)


# ------------------------------------------------------------------ which return an audit shows


def test_the_new_version_shows_the_comments_of_the_version_it_corrects(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    fetch_reviews(mini_app, [review_event(audit, sid, comments=COMMENTS)])
    old = mini_app.store.get_audit(audit["id"])

    def shown(a):
        a = mini_app.store.get_audit(a["id"])
        review = sync.returned_review(a, sync.audit_reviews(mini_app, a["id"]))
        return None if review is None else (review["audit"], review["review_comments"])

    assert shown(old) == (old["id"], COMMENTS)
    new = mini_app.new_version(old["id"])
    assert shown(new) == (old["id"], COMMENTS)  # a draft
    assert shown(old) == (old["id"], COMMENTS)  # the returned version keeps its own
    mini_app.finalize(new["id"])
    assert shown(new) == (old["id"], COMMENTS)  # finalized, not sent yet
    queued = sync.queue_audit(mini_app, new["id"])
    assert shown(new) == (old["id"], COMMENTS)  # waiting in the outbox
    with mini_app.database.transaction():
        mini_app.store.update_outbox(
            queued["submission_id"], state="delivered", review_state="received"
        )
    assert shown(new) is None  # sent: the OIC reviews this version now


def test_an_approved_older_version_lends_no_comments(mini_app):
    audit, sid = delivered_mini_audit(mini_app)
    fetch_reviews(mini_app, [review_event(audit, sid, state="approved", comments=COMMENTS)])
    old = mini_app.store.get_audit(audit["id"])
    assert sync.returned_review(old, sync.audit_reviews(mini_app, old["id"])) is None
    new = mini_app.new_version(old["id"])
    assert sync.returned_review(new, sync.audit_reviews(mini_app, new["id"])) is None
