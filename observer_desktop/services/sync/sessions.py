"""Participation sessions to the OIC, within a sync run after the submissions: each new
or changed session ``PUT`` (its client id makes it idempotent), each removed one
``DELETE``\\ d, then the feed of what the OIC decided (``GET /sessions?since=``) stored
beside them, its cursor in the same transaction (docs/sync.md, "Participation
sessions")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from observer_desktop.services.app import Observador
from observer_desktop.services.sync.server import _with_retries
from observer_desktop.services.sync_keys import SESSION_CURSOR_KEY
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.policy import Retrier, SyncControl

__all__ = ["SessionsSynced", "session_body"]

LOCKED_BEFORE_SENT = (
    "El OIC validó esta sesión antes de recibir su último cambio; quedó como la validó. "
    "Si hay un error, comuníquese con el OIC."
)


class _NoSessions(Exception):
    """The server answers 404 where sessions live: one older than them (nothing to do)."""


@dataclass
class SessionsSynced:
    """What a run did with the sessions: sent (PUT answered), removed on the server,
    refused (id, reason) and the sessions whose state the OIC changed."""

    sent: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    decided: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.sent or self.removed or self.refused or self.decided)

    def to_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "removed": self.removed,
            "refused": self.refused,
            "decided": self.decided,
        }


def session_body(row: dict[str, Any], institution: str | None) -> dict[str, Any]:
    """The protocol's body of one session (docs/protocol.md)."""
    return {
        "event": row["event"],
        "date": row["date"],
        "start": row["start_time"],
        "end": row["end_time"],
        "place": row["place"] or "",
        "notes": row["notes"] or "",
        "audit": row["audit_id"],
        "institution": institution,
    }


def _sync_sessions(
    app: Observador, client: ProtocolClient, retrier: Retrier, control: SyncControl
) -> SessionsSynced:
    """Send, remove, then read the OIC's decisions. A refusal of one session is kept on
    it (``send_error``) and the run goes on; a failure of the whole run is raised."""
    done = SessionsSynced()
    profile = app.profile() or {}
    try:
        for row in app.store.sessions_to_send():
            control.checkpoint()
            _send_one(app, client, row, profile.get("institution"), retrier, control, done)
        for deletion in app.store.deletions():
            control.checkpoint()
            _remove_one(app, client, deletion, retrier, control, done)
        _read_decisions(app, client, retrier, control, done, profile.get("observer_code") or "")
    except _NoSessions:
        pass  # they wait, marked to send, for a server that takes them
    return done


def _send_one(
    app: Observador,
    client: ProtocolClient,
    row: dict[str, Any],
    institution: str | None,
    retrier: Retrier,
    control: SyncControl,
    done: SessionsSynced,
) -> None:
    sid, version = row["id"], row["version"]
    body = session_body(row, institution)
    try:
        answer = _with_retries(lambda: client.put_session(sid, body), retrier, control)
    except SyncError as exc:
        if exc.scope == "run" or exc.retryable:
            raise
        if exc.status == 404:  # a PUT creates: only a server without sessions says so
            raise _NoSessions from None
        _refused(app, row, exc, done)
        return
    with app.database.transaction():
        if app.store.get_session(sid) is None:
            return  # removed meanwhile: its DELETE follows
        app.store.update_session(
            sid,
            {
                # a change made while the PUT travelled keeps version > sent_version
                "sent_version": version,
                "server_state": answer["state"],
                "reason": answer["reason"],
                "decided_at": answer["decided_at"],
                "send_error": None,
            },
        )
    done.sent.append(sid)


def _refused(app: Observador, row: dict[str, Any], exc: SyncError, done: SessionsSynced) -> None:
    """The server would not take this copy: locked (validated there), or invalid (its
    reason kept on the session, sent again at the next run after a correction)."""
    sid = row["id"]
    with app.database.transaction():
        if app.store.get_session(sid) is None:
            return
        if exc.code == "session_locked":
            message = LOCKED_BEFORE_SENT
            app.store.update_session(
                sid,
                {
                    "server_state": "validated",
                    "decided_at": _text(exc.detail.get("decided_at")) or row["decided_at"],
                    "sent_version": row["version"],
                    "send_error": message,
                },
            )
        else:
            message = _text(exc.detail.get("message")) or str(exc)
            app.store.update_session(sid, {"send_error": message})
    done.refused.append({"session": sid, "code": exc.code, "reason": message})


def _remove_one(
    app: Observador,
    client: ProtocolClient,
    deletion: dict[str, Any],
    retrier: Retrier,
    control: SyncControl,
    done: SessionsSynced,
) -> None:
    sid = deletion["session_id"]
    try:
        _with_retries(lambda: client.delete_session(sid), retrier, control)
    except SyncError as exc:
        if exc.scope == "run" or exc.retryable:
            raise
        with app.database.transaction():
            if exc.code == "session_locked":  # validated before it heard: it comes back
                _restore_validated(app, deletion, exc)
                done.refused.append(
                    {"session": sid, "code": exc.code, "reason": LOCKED_BEFORE_SENT}
                )
            else:
                app.store.note_deletion_error(sid, _text(exc.detail.get("message")) or str(exc))
        return
    with app.database.transaction():
        app.store.drop_deletion(sid)
    done.removed.append(sid)


def _restore_validated(app: Observador, deletion: dict[str, Any], exc: SyncError) -> None:
    row = dict(deletion["row"])
    sid = deletion["session_id"]
    app.store.drop_deletion(sid)
    if app.store.get_session(sid) is not None:
        return
    row.update(
        server_state="validated",
        decided_at=_text(exc.detail.get("decided_at")) or row.get("decided_at"),
        reason=None,
        sent_version=row.get("version") or 1,
        send_error="El OIC validó esta sesión antes de saber que usted la eliminó; se "
        "conserva como la validó. Si hay un error, comuníquese con el OIC.",
        updated_at=now_iso(),
    )
    row.pop("hours", None)
    row.pop("state", None)
    app.store.insert_session(row)


def _read_decisions(
    app: Observador,
    client: ProtocolClient,
    retrier: Retrier,
    control: SyncControl,
    done: SessionsSynced,
    code: str,
) -> None:
    """The feed from the cursor kept for this server and observer (another one starts
    from 0), applied with the cursor in one transaction per page."""
    owner = {"server": client.server_url, "code": code}
    kept = app.store.get_setting(SESSION_CURSOR_KEY) or {}
    cursor = kept.get("seq", 0) if {k: kept.get(k) for k in owner} == owner else 0
    for _ in range(50):  # pages
        try:
            page = _with_retries(lambda c=cursor: client.sessions(c), retrier, control)
        except SyncError as exc:
            if exc.status == 404:
                raise _NoSessions from None
            raise
        with app.database.transaction():
            for entry in page["sessions"]:
                change = _apply_decision(app, entry)
                if change is not None:
                    done.decided.append(change)
            app.store.set_setting(SESSION_CURSOR_KEY, {**owner, "seq": page["next"]})
        if not page["sessions"] or page["next"] <= cursor:
            break
        cursor = page["next"]


def _apply_decision(app: Observador, entry: dict[str, Any]) -> dict[str, Any] | None:
    row = app.store.get_session(entry["session"])
    if row is None:
        return None  # removed here (its DELETE is on its way) or from another computer
    new = {"server_state": entry["state"], "reason": entry["reason"]}
    new["decided_at"] = entry["decided_at"]
    if all(row[k] == v for k, v in new.items()):
        return None
    if entry["state"] == "validated" and (row["sent_version"] or 0) < row["version"]:
        new["send_error"] = LOCKED_BEFORE_SENT  # a change that never reached the OIC
    app.store.update_session(row["id"], new)
    return {
        "session": row["id"],
        "event": row["event"],
        "date": row["date"],
        "state": entry["state"],
        "reason": entry["reason"],
    }


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
