"""Participation sessions to the OIC, against a fake transport that keeps the protocol's
contract (docs/protocol.md, sessions): what is sent, when again, what is locked, what
the OIC's decisions leave on the laptop. The real server is in tests/sync/test_sessions*.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from observer_desktop.core.errors import InputError
from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.services.sessions import (
    add_session,
    list_sessions,
    remove_session,
    update_session,
)
from observer_desktop.services.sync.sessions import _sync_sessions
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl

SERVER = "http://127.0.0.1:9"
FROZEN_V4 = Path(__file__).parent.parent / "storage" / "frozen" / "schema_v4.sql"


class FakeOIC:
    """The sessions endpoints of protocol v1, in memory; ``fail`` drops the next N
    requests' answers after the server acted (a lost answer), ``refuse_next`` a
    connection before it."""

    def __init__(self) -> None:
        self.sessions: dict[str, dict[str, Any]] = {}
        self.seq = 0
        self.puts: list[str] = []
        self.deletes: list[str] = []
        self.lost_answers = 0
        self.refused_connections = 0

    def _bump(self, s: dict[str, Any]) -> None:
        self.seq += 1
        s["seq"] = self.seq

    def decide(self, sid: str, state: str, reason: str | None = None) -> None:
        s = self.sessions[sid]
        s.update(state=state, reason=reason, decided_at="2026-03-10T17:00:00Z")
        self._bump(s)

    def _state(self, s: dict[str, Any], sid: str) -> dict[str, Any]:
        keys = ("state", "reason", "decided_at", "seq")
        return {"session": sid, **{k: s[k] for k in keys}}

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.refused_connections:
            self.refused_connections -= 1
            raise httpx.ConnectError("refused", request=request)
        response = self._answer(request)
        if self.lost_answers:
            self.lost_answers -= 1
            raise httpx.ReadError("cut", request=request)
        return response

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/v1")
        if request.method == "GET" and path == "/sessions":
            since = int(request.url.params["since"])
            changed = [self._state(s, k) for k, s in self.sessions.items() if s["seq"] > since]
            changed.sort(key=lambda s: s["seq"])
            return httpx.Response(200, json={"sessions": changed, "next": self.seq})
        sid = path.removeprefix("/sessions/")
        current = self.sessions.get(sid)
        if current and current["state"] == "validated" and request.method in ("PUT", "DELETE"):
            error = {
                "code": "session_locked",
                "message": "La sesión ya fue validada.",
                "state": "validated",
                "decided_at": current["decided_at"],
            }
            return httpx.Response(409, json={"error": error})
        if request.method == "PUT":
            body = json.loads(request.content)
            self.puts.append(sid)
            if body["end"] <= body["start"]:
                error = {"code": "session_invalid", "message": "La sesión termina antes."}
                return httpx.Response(422, json={"error": error})
            fresh = current is None or current.get("deleted")
            if fresh or current["body"] != body:
                s = {"body": body, "state": "received", "reason": None, "decided_at": None}
                self._bump(s)
                self.sessions[sid] = s
            s = self.sessions[sid]
            return httpx.Response(201 if fresh else 200, json=self._state(s, sid))
        if request.method == "DELETE":
            self.deletes.append(sid)
            if current is None:
                error = {"code": "not_found", "message": "No existe."}
                return httpx.Response(404, json={"error": error})
            current["deleted"] = True
            return httpx.Response(200, json={"session": sid, "deleted": True})
        return httpx.Response(405)


@pytest.fixture
def oic() -> FakeOIC:
    return FakeOIC()


def run_sync(app: Observador, oic: FakeOIC) -> sync.SessionsSynced:
    control = SyncControl()
    retrier = Retrier(RetryPolicy(base=0.001, cap=0.001, max_failures=6), control)
    with ProtocolClient(SERVER, token="t", transport=httpx.MockTransport(oic.handle)) as client:
        return _sync_sessions(app, client, retrier, control)


def _session(app: Observador, **kw: Any) -> dict:
    fields = {"event": "Junta de aclaraciones LP-012", "date": "2026-03-02"}
    fields |= {"start": "10:00", "end": "12:00", "place": "Sala 2"}
    return add_session(app, **(fields | kw))


def _row(app: Observador, sid: str) -> dict:
    return next(r for r in list_sessions(app)["sessions"] if r["id"] == sid)


def test_a_new_session_is_sent_once_with_the_institution(app, oic):
    app.save_profile(name="Ana", observer_code="OBS-014", institution="UACH  Derecho")
    s = _session(app)
    assert _row(app, s["id"])["state"] == "to_send"
    done = run_sync(app, oic)
    assert done.sent == [s["id"]] and done.changed
    assert oic.sessions[s["id"]]["body"] == {
        "event": "Junta de aclaraciones LP-012",
        "date": "2026-03-02",
        "start": "10:00",
        "end": "12:00",
        "place": "Sala 2",
        "notes": "",
        "audit": None,
        "institution": "UACH Derecho",
    }
    assert _row(app, s["id"])["state"] == "sent"
    again = run_sync(app, oic)  # nothing new: nothing sent, nothing changed
    assert oic.puts == [s["id"]] and not again.changed


def test_a_lost_answer_sends_the_same_session_again_and_it_arrives_once(app, oic):
    s = _session(app)
    oic.lost_answers = 1  # the server stored it, the laptop never heard
    oic.refused_connections = 1
    run_sync(app, oic)
    assert oic.puts == [s["id"], s["id"]]  # retried with the same id …
    assert len(oic.sessions) == 1  # … and the OIC has it once
    assert _row(app, s["id"])["state"] == "sent"


def test_a_change_is_sent_again_and_a_removal_is_deleted_on_the_server(app, oic):
    a, b = _session(app), _session(app, start="13:00", end="14:00", event="Fallo LP-012")
    run_sync(app, oic)
    update_session(app, a["id"], event="Junta LP-012", date="2026-03-02", start="10:00",
                   end="12:30")  # fmt: skip
    assert _row(app, a["id"])["state"] == "to_send"
    remove_session(app, b["id"])
    done = run_sync(app, oic)
    assert done.sent == [a["id"]] and done.removed == [b["id"]]
    assert oic.sessions[a["id"]]["body"]["end"] == "12:30"
    assert oic.sessions[b["id"]]["deleted"]
    assert app.store.deletions() == []
    # a session removed before it ever reached the server: the 404 ends it too
    c = _session(app, start="15:00", end="16:00")
    remove_session(app, c["id"])
    assert run_sync(app, oic).removed == [c["id"]] and c["id"] not in oic.puts


def test_a_session_unchanged_by_an_edit_is_not_sent_again(app, oic):
    s = _session(app)
    run_sync(app, oic)
    update_session(app, s["id"], event=s["event"], date=s["date"], start="10:00", end="12:00",
                   place="Sala 2")  # fmt: skip
    assert _row(app, s["id"])["state"] == "sent"


def test_a_validated_session_is_locked_with_the_reason_in_spanish(app, oic):
    s = _session(app)
    run_sync(app, oic)
    oic.decide(s["id"], "validated")
    done = run_sync(app, oic)
    assert done.decided == [
        {"session": s["id"], "event": s["event"], "date": "2026-03-02", "state": "validated",
         "reason": None}
    ]  # fmt: skip
    assert _row(app, s["id"])["state"] == "validated"
    edit = {"event": "Otro", "date": "2026-03-02", "start": "10:00", "end": "11:00"}
    for attempt in (
        lambda: update_session(app, s["id"][:8], **edit),
        lambda: remove_session(app, s["id"][:8]),
    ):
        with pytest.raises(InputError, match=r"validada por el OIC el 10/03/2026; ya no se puede"):
            attempt()
    assert _row(app, s["id"])["event"] == s["event"]
    assert app.store.deletions() == []


def test_a_disputed_session_shows_its_reason_and_a_correction_goes_again(app, oic):
    s = _session(app)
    run_sync(app, oic)
    oic.decide(s["id"], "disputed", "La junta terminó a las 11:00 según el acta.")
    run_sync(app, oic)
    row = _row(app, s["id"])
    assert row["state"] == "disputed"
    assert row["reason"] == "La junta terminó a las 11:00 según el acta."
    update_session(app, s["id"], event=s["event"], date=s["date"], start="10:00", end="11:00")
    assert _row(app, s["id"])["state"] == "to_send"  # the correction waits to be sent
    run_sync(app, oic)
    row = _row(app, s["id"])
    assert row["state"] == "sent" and row["reason"] is None
    assert oic.sessions[s["id"]]["state"] == "received"


def test_an_edit_the_oic_validated_first_stays_as_validated_and_says_why(app, oic):
    s = _session(app)
    run_sync(app, oic)
    update_session(app, s["id"], event="Cambiada", date=s["date"], start="10:00", end="11:00")
    oic.decide(s["id"], "validated")  # before the laptop's next sync
    done = run_sync(app, oic)
    row = _row(app, s["id"])
    assert row["state"] == "validated" and "antes de recibir su último cambio" in row["send_error"]
    assert [r["code"] for r in done.refused] == ["session_locked"]
    assert run_sync(app, oic).refused == []  # not sent again


def test_a_removal_the_oic_validated_first_brings_the_session_back(app, oic):
    s = _session(app)
    run_sync(app, oic)
    remove_session(app, s["id"])
    oic.decide(s["id"], "validated")
    run_sync(app, oic)
    row = _row(app, s["id"])
    assert row["state"] == "validated" and row["event"] == s["event"]
    assert "antes de saber que usted la eliminó" in row["send_error"]
    assert app.store.deletions() == []


def test_a_refused_session_keeps_the_servers_reason_and_the_run_goes_on(app, oic, monkeypatch):
    bad, good = _session(app), _session(app, start="13:00", end="14:00")
    # the laptop's own checks passed; the server's differ (its clock, another computer)
    app.database.execute(
        "UPDATE participation_sessions SET end_time = '09:00' WHERE id = ?", (bad["id"],)
    )
    done = run_sync(app, oic)
    assert done.sent == [good["id"]]
    assert done.refused == [
        {"session": bad["id"], "code": "session_invalid", "reason": "La sesión termina antes."}
    ]
    row = _row(app, bad["id"])
    assert row["state"] == "to_send" and row["send_error"] == "La sesión termina antes."


def test_the_feed_cursor_is_kept_per_server_and_observer(app, oic):
    s = _session(app)
    run_sync(app, oic)
    cursor = app.store.get_setting(sync.SESSION_CURSOR_KEY)
    assert cursor == {"server": SERVER, "code": "OBS-014", "seq": 1}
    # another observer's folder contents on this server start the feed again
    app.store.set_setting(sync.SESSION_CURSOR_KEY, {**cursor, "code": "OBS-099", "seq": 99})
    oic.decide(s["id"], "disputed", "Sin acta.")
    run_sync(app, oic)
    assert _row(app, s["id"])["reason"] == "Sin acta."


def test_the_profile_keeps_an_optional_institution(app):
    p = app.save_profile(name="Ana", observer_code="OBS-014", institution="  UACH ")
    assert p["institution"] == "UACH"
    assert app.save_profile(name="Ana", observer_code="OBS-014")["institution"] is None
    with pytest.raises(InputError, match="hasta 200 caracteres"):
        app.save_profile(name="Ana", observer_code="OBS-014", institution="x" * 201)


def test_sessions_of_schema_4_open_as_to_send(data_dir):
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.executescript(FROZEN_V4.read_text(encoding="utf-8"))
    conn.execute(
        "INSERT INTO participation_sessions (id, event, date, start_time, end_time, created_at)"
        " VALUES ('0b0e5d7a-5a29-4d7e-9f0a-3b1f1c6b2a11', 'Fallo LP-003', '2025-11-03',"
        " '09:00', '10:00', '2025-11-03T18:00:00.000Z')"
    )
    conn.commit()
    conn.close()
    with Observador(data_dir) as app:
        assert app.database.schema_version() >= 5
        rows = list_sessions(app)["sessions"]  # the demo's and this one
        assert "0b0e5d7a-5a29-4d7e-9f0a-3b1f1c6b2a11" in {r["id"] for r in rows}
        assert {(r["state"], r["version"]) for r in rows} == {("to_send", 1)}
        assert len(app.store.sessions_to_send()) == len(rows)
        assert app.profile()["institution"] is None


def test_a_server_without_sessions_leaves_them_to_send_and_the_run_goes_on(app):
    s = _session(app)
    control = SyncControl()
    retrier = Retrier(RetryPolicy(base=0.001, cap=0.001), control)
    older = httpx.MockTransport(lambda r: httpx.Response(404, json={"detail": "Not Found"}))
    with ProtocolClient(SERVER, token="t", transport=older) as client:
        done = _sync_sessions(app, client, retrier, control)
    assert not done.changed
    row = _row(app, s["id"])
    assert row["state"] == "to_send" and row["send_error"] is None
