"""The OIC's agenda and the observer's sign-ups, within a sync run after the sessions:
read the agenda since its cursor (events and the declaration), ``PUT`` each new sign-up
and ``DELETE`` each withdrawal (their client ids make both idempotent), then read the
sign-ups' feed (``GET /signups?since=``), each page stored with its cursor in one
transaction (docs/sync.md, "Agenda and sign-ups")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from observer_desktop.services.agenda import DECLARATION_KEY
from observer_desktop.services.app import Observador
from observer_desktop.services.sync.server import _with_retries
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.policy import Retrier, SyncControl

__all__ = ["AGENDA_CURSOR_KEY", "SIGNUP_CURSOR_KEY", "AgendaSynced", "signup_body"]

AGENDA_CURSOR_KEY = "sync.agenda_cursor"  # {server, seq}: the OIC's events read so far
SIGNUP_CURSOR_KEY = "sync.signup_cursor"  # {server, code, seq}: the sign-ups' feed


class _NoAgenda(Exception):
    """The server answers 404 where the agenda lives: one older than it (nothing to do)."""


@dataclass
class AgendaSynced:
    """What a run did with the agenda: events received, sign-ups sent and withdrawals
    (client ids), refused ones (id, reason) and the sign-ups whose state the OIC changed."""

    events: int = 0
    sent: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    decided: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.events or self.sent or self.withdrawn or self.refused or self.decided)

    def to_json(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "sent": self.sent,
            "withdrawn": self.withdrawn,
            "refused": self.refused,
            "decided": self.decided,
        }


def signup_body(row: dict[str, Any]) -> dict[str, Any]:
    """The protocol's body of one sign-up (docs/protocol.md)."""
    return {
        "event": row["event_id"],
        "declaration": row["declaration_text"],
        "declared_at": row["declared_at"],
        "no_conflict": True,  # a sign-up exists here only with that answer
    }


def _sync_agenda(
    app: Observador, client: ProtocolClient, retrier: Retrier, control: SyncControl
) -> AgendaSynced:
    done = AgendaSynced()
    code = (app.profile() or {}).get("observer_code") or ""
    try:
        _read_agenda(app, client, retrier, control, done)
        for row in app.store.signups_to_send():
            control.checkpoint()
            _send_one(app, client, row, retrier, control, done)
        _read_signups(app, client, retrier, control, done, code)
    except _NoAgenda:
        pass  # sign-ups wait for a server that has an agenda
    return done


def _read_agenda(
    app: Observador,
    client: ProtocolClient,
    retrier: Retrier,
    control: SyncControl,
    done: AgendaSynced,
) -> None:
    owner = {"server": client.server_url}
    kept = app.store.get_setting(AGENDA_CURSOR_KEY) or {}
    same = kept.get("server") == client.server_url
    cursor = kept.get("seq", 0) if same else 0
    for _ in range(50):  # pages
        try:
            page = _with_retries(lambda c=cursor: client.agenda(c), retrier, control)
        except SyncError as exc:
            if exc.status == 404:
                raise _NoAgenda from None
            raise
        with app.database.transaction():
            if not same:  # another server's events (ids of another numbering)
                app.store.forget_events_without_signup()
                same = True
            received = now_iso()
            for event in page["events"]:
                app.store.upsert_event({**event, "received_at": received})
            done.events += len(page["events"])
            if page["declaration"] is not None:
                app.store.set_setting(
                    DECLARATION_KEY, {"server": client.server_url, "text": page["declaration"]}
                )
            app.store.set_setting(AGENDA_CURSOR_KEY, {**owner, "seq": page["next"]})
        if not page["events"] or page["next"] <= cursor:
            break
        cursor = page["next"]


def _send_one(
    app: Observador,
    client: ProtocolClient,
    row: dict[str, Any],
    retrier: Retrier,
    control: SyncControl,
    done: AgendaSynced,
) -> None:
    sid, version = row["id"], row["version"]
    try:
        if row["withdrawn"]:
            _with_retries(lambda: client.delete_signup(sid), retrier, control)
            answer = {"state": "withdrawn", "reason": row["reason"], "seq": row["seq"]}
        else:
            body = signup_body(row)
            answer = _with_retries(lambda: client.put_signup(sid, body), retrier, control)
    except SyncError as exc:
        if exc.scope == "run" or exc.retryable:
            raise
        message = _text(exc.detail.get("message")) or str(exc)
        with app.database.transaction():
            app.store.update_signup(sid, {"send_error": message})
        done.refused.append({"signup": sid, "code": exc.code or "", "reason": message})
        return
    with app.database.transaction():
        # a change made while the request travelled keeps version > sent_version
        app.store.update_signup(
            sid,
            {
                "sent_version": version,
                "state": answer["state"],
                "reason": answer["reason"],
                "seq": answer["seq"],
                "send_error": None,
            },
        )
    (done.withdrawn if row["withdrawn"] else done.sent).append(sid)


def _read_signups(
    app: Observador,
    client: ProtocolClient,
    retrier: Retrier,
    control: SyncControl,
    done: AgendaSynced,
    code: str,
) -> None:
    owner = {"server": client.server_url, "code": code}
    kept = app.store.get_setting(SIGNUP_CURSOR_KEY) or {}
    cursor = kept.get("seq", 0) if {k: kept.get(k) for k in owner} == owner else 0
    for _ in range(50):
        try:
            page = _with_retries(lambda c=cursor: client.signups(c), retrier, control)
        except SyncError as exc:
            if exc.status == 404:
                raise _NoAgenda from None
            raise
        with app.database.transaction():
            for entry in page["signups"]:
                change = _apply_state(app, entry)
                if change is not None:
                    done.decided.append(change)
            app.store.set_setting(SIGNUP_CURSOR_KEY, {**owner, "seq": page["next"]})
        if not page["signups"] or page["next"] <= cursor:
            break
        cursor = page["next"]


def _apply_state(app: Observador, entry: dict[str, Any]) -> dict[str, Any] | None:
    row = app.store.get_signup(entry["signup"])
    if row is None:
        return None  # from another computer: this laptop never signed it
    new = {"state": entry["state"], "reason": entry["reason"]}
    if all(row[k] == v for k, v in new.items()):
        return None
    if entry["seq"] is not None:
        new["seq"] = entry["seq"]
    app.store.update_signup(row["id"], new)
    return {"signup": row["id"], "event": row["event_id"], **new}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
