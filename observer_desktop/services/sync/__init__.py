"""Sync use cases shared by the CLI and the UI: deliver finished audits to the OIC.

- :func:`login` / :func:`logout`: server address, observer code and password →
  a device token in the OS keyring (only in memory without one); the first
  login pins the OIC's CA and receipt key and enrolls the observer's key.
- :func:`queue_audit`: a finalized audit enters the outbox (one submission id
  per audit version). :func:`sync_now` queues every signed audit, prepares
  each submission once (report signed with the OIC certificate, manifest
  frozen), sends only what the server lacks, stores the verified receipt and
  the "delivered" mark in one transaction, fetches reviews and new checklists.
- :func:`export_batch`: the same submissions on a USB stick.
- :func:`sync_status`: a cheap summary for the window's status bar.

One module per job:

=============== ==============================================================
``session``     login, logout, the device token, enrollment of the signing key
``server``      options of a run, the pinned server, a client that trusts it
``outbox``      queue, states and rows of the submissions
``prepare``     building a submission once: report, manifest, blobs
``deliver``     :func:`sync_now`: send, verify the receipt, mark delivered
``reviews``     the reviews feed, its cursor, the per-question comments
``sessions``    participation sessions sent, removed, and the OIC's decisions
``checklists``  checklists new on the server
``status``      :func:`sync_status` and the last attempt it reads
``batch``       :func:`export_batch` for a USB stick
=============== ==============================================================

The setting names are in :mod:`observer_desktop.services.sync_keys`. When the app
syncs in the background is :mod:`observer_desktop.sync.schedule`'s business
(driven by the window's sync controller), not this package's.

Everything here is safe to run on a worker thread with its own
:class:`Observador`; progress comes back through plain callbacks and
:class:`~observer_desktop.sync.policy.SyncControl` pauses or cancels. No call
holds a database transaction while it talks to the network.
"""

from __future__ import annotations

from observer_desktop.services.sync.batch import export_batch
from observer_desktop.services.sync.deliver import SyncResult, sync_now
from observer_desktop.services.sync.outbox import outbox, queue_audit, queue_signed
from observer_desktop.services.sync.reviews import (
    _fetch_reviews,
    audit_reviews,
    returned_review,
    review_comments_from,
)
from observer_desktop.services.sync.server import SyncOptions, _clock_warning
from observer_desktop.services.sync.session import (
    LoginResult,
    _keyring_token,
    check_new_password,
    login,
    logout,
    needs_password,
    revoke_token,
)
from observer_desktop.services.sync.sessions import SessionsSynced, session_body
from observer_desktop.services.sync.status import SyncStatus, sync_status
from observer_desktop.services.sync_keys import (
    AUTO_SYNC_KEY,
    REVIEW_CURSOR_KEY,
    REVIEW_CURSOR_OWNER_KEY,
    SERVER_KEY,
    SERVER_URL_KEY,
    SESSION_CURSOR_KEY,
    SESSION_KEY,
    STATE_KEY,
)
from observer_desktop.sync.client import format_fingerprint
from observer_desktop.sync.engine import SyncProgress
from observer_desktop.sync.errors import PasswordChangeRequired, UnknownAuthority
from observer_desktop.sync.policy import RetryPolicy, SyncControl

# the names the CLI, the UI, the demo, the tests and the bench use; the private ones
# are for tests (a review feed without a server, the keyring token, the clock warning)
__all__ = [
    "AUTO_SYNC_KEY",
    "REVIEW_CURSOR_KEY",
    "REVIEW_CURSOR_OWNER_KEY",
    "SERVER_KEY",
    "SERVER_URL_KEY",
    "SESSION_CURSOR_KEY",
    "SESSION_KEY",
    "STATE_KEY",
    "LoginResult",
    "PasswordChangeRequired",
    "RetryPolicy",
    "SessionsSynced",
    "SyncControl",
    "SyncOptions",
    "SyncProgress",
    "SyncResult",
    "SyncStatus",
    "UnknownAuthority",
    "_clock_warning",
    "_fetch_reviews",
    "_keyring_token",
    "audit_reviews",
    "check_new_password",
    "export_batch",
    "format_fingerprint",
    "login",
    "logout",
    "needs_password",
    "outbox",
    "queue_audit",
    "queue_signed",
    "returned_review",
    "review_comments_from",
    "revoke_token",
    "session_body",
    "sync_now",
    "sync_status",
]
