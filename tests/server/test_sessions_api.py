"""Protocol v1's participation sessions (issue 17): PUT/DELETE /sessions/{client_id} and
the feed GET /sessions?since=, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from oic_server import schema as s
from oic_server.usecases import sessions as sessions_module
from oic_server.usecases.staff import StaffMember


def _body(**over):
    body = {
        "event": "Junta de aclaraciones LP-012",
        "date": "2026-03-02",
        "start": "10:00",
        "end": "12:30",
        "place": "Sala de juntas",
        "notes": "Llegué a tiempo.\nSin incidentes.",
        "audit": None,
        "institution": "UACH",
    }
    return body | over


def _coordinator(server) -> StaffMember:
    server.oic.add_staff("COORD-01", "Carla Ruiz", "coordinador", "contrasena-larga-1")
    with server.oic.db.read() as conn:
        staff_id = conn.execute(select(s.staff.c.id)).scalar_one()
    return StaffMember(staff_id, "COORD-01", "Carla Ruiz", "coordinador", "t", "c")


def _session_id(server, client_id: str) -> int:
    with server.oic.db.read() as conn:
        t = s.participation_sessions
        return conn.execute(select(t.c.id).where(t.c.client_id == client_id)).scalar_one()


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(sessions_module, "oic_today", lambda: "2026-03-10")


@pytest.fixture
def client(server):
    server.add_observer("OBS-001", "Ana López")
    with server.login("OBS-001") as c:
        yield c


def test_put_is_idempotent_and_the_feed_tells_the_state(server, client):
    sid = str(uuid.uuid4())
    first = client.put(f"/sessions/{sid}", json=_body())
    assert first.status_code == 201, first.text
    assert first.json() == {
        "session": sid,
        "state": "received",
        "reason": None,
        "decided_at": None,
        "seq": 1,
    }
    again = client.put(f"/sessions/{sid}", json=_body())
    assert again.status_code == 200 and again.json() == first.json()
    changed = client.put(f"/sessions/{sid}", json=_body(end="13:00"))
    assert changed.status_code == 200 and changed.json()["state"] == "received"
    with server.oic.db.read() as conn:
        rows = conn.execute(select(s.participation_sessions)).all()
        inst = conn.execute(select(s.observers.c.institution)).scalar_one()
    assert [(r.end_time, r.notes) for r in rows] == [("13:00", "Llegué a tiempo.\nSin incidentes.")]
    assert inst == "UACH"
    feed = client.get("/sessions", params={"since": 0}).json()
    assert [i["session"] for i in feed["sessions"]] == [sid] and feed["next"] == 1
    assert client.get("/sessions", params={"since": 1}).json() == {"sessions": [], "next": 1}


def test_bad_sessions_are_refused_in_spanish_and_change_nothing(server, client):
    first = str(uuid.uuid4())
    assert client.put(f"/sessions/{first}", json=_body()).status_code == 201
    cases = [
        (_body(start="12:00", end="11:00"), "posterior a la de inicio"),
        (_body(date="2026-03-11"), "aún no llega"),
        (_body(start="12:00", end="14:00"), "se traslapa con «Junta de aclaraciones LP-012»"),
    ]
    for body, words in cases:
        r = client.put(f"/sessions/{uuid.uuid4()}", json=body)
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "session_invalid" and words in error["reason"], error
        assert words in error["message"]
    overlap = client.put(f"/sessions/{uuid.uuid4()}", json=_body(start="12:00", end="14:00"))
    assert "10:00–12:30" in overlap.json()["error"]["reason"]
    # malformed: strict bodies (400), bad ids (400)
    for body in (_body(extra=1), _body(start="9:00"), _body(date="2026-02-30"), _body(event="")):
        r = client.put(f"/sessions/{uuid.uuid4()}", json=body)
        assert r.status_code == 400, (body, r.text)
    assert client.put("/sessions/not-a-uuid", json=_body()).status_code == 400
    # the same times on another day, or touching end to start, are fine
    assert client.put(f"/sessions/{uuid.uuid4()}", json=_body(date="2026-03-03")).status_code == 201
    edge = _body(start="12:30", end="13:00")
    assert client.put(f"/sessions/{uuid.uuid4()}", json=edge).status_code == 201
    with server.oic.db.read() as conn:
        assert len(conn.execute(select(s.participation_sessions)).all()) == 3


def test_another_observers_sessions_do_not_overlap_and_stay_apart(server, client):
    server.add_observer("OBS-002", "Beto")
    sid = str(uuid.uuid4())
    assert client.put(f"/sessions/{sid}", json=_body()).status_code == 201
    with server.login("OBS-002") as other:
        assert other.put(f"/sessions/{uuid.uuid4()}", json=_body()).status_code == 201
        assert other.delete(f"/sessions/{sid}").status_code == 404  # not theirs
        assert len(other.get("/sessions").json()["sessions"]) == 1
    assert client.get("/sessions").json()["sessions"][0]["session"] == sid


def test_delete_is_idempotent_and_a_validated_session_is_locked(server, client):
    coordinator = _coordinator(server)
    gone, kept = str(uuid.uuid4()), str(uuid.uuid4())
    assert client.put(f"/sessions/{gone}", json=_body()).status_code == 201
    assert client.delete(f"/sessions/{gone}").json() == {"session": gone, "deleted": True}
    assert client.delete(f"/sessions/{gone}").json() == {"session": gone, "deleted": True}
    assert client.delete(f"/sessions/{uuid.uuid4()}").status_code == 404
    # the removed one no longer counts for overlaps, nor in the feed
    assert client.put(f"/sessions/{kept}", json=_body()).status_code == 201
    assert [i["session"] for i in client.get("/sessions").json()["sessions"]] == [kept]
    server.oic.decide_sessions([_session_id(server, kept)], "validated", "", coordinator)
    locked = client.put(f"/sessions/{kept}", json=_body(end="13:00"))
    assert locked.status_code == 409
    error = locked.json()["error"]
    assert error["code"] == "session_locked" and error["state"] == "validated"
    assert error["decided_at"] and "ya fue validada" in error["message"]
    assert client.delete(f"/sessions/{kept}").json()["error"]["code"] == "session_locked"
    same = client.put(f"/sessions/{kept}", json=_body())  # a retry of what it had sent
    assert same.status_code == 200 and same.json()["state"] == "validated"
    feed = client.get("/sessions", params={"since": 1}).json()
    assert [(i["state"], i["seq"]) for i in feed["sessions"]] == [("validated", 3)]


def test_a_disputed_session_corrected_goes_back_to_received(server, client):
    coordinator = _coordinator(server)
    sid = str(uuid.uuid4())
    client.put(f"/sessions/{sid}", json=_body())
    row_id = _session_id(server, sid)
    with pytest.raises(Exception, match="motivo"):
        server.oic.decide_sessions([row_id], "disputed", "  ", coordinator)
    server.oic.decide_sessions([row_id], "disputed", "La junta terminó a las 11:00.", coordinator)
    feed = client.get("/sessions", params={"since": 1}).json()
    assert feed["sessions"][0]["reason"] == "La junta terminó a las 11:00."
    assert feed["sessions"][0]["state"] == "disputed" and feed["next"] == 2
    fixed = client.put(f"/sessions/{sid}", json=_body(end="11:00"))
    assert fixed.status_code == 200
    assert fixed.json() | {"seq": 0} == {
        "session": sid,
        "state": "received",
        "reason": None,
        "decided_at": None,
        "seq": 0,
    }
    assert client.get("/sessions", params={"since": 2}).json()["sessions"][0]["seq"] == 3
    history = server.oic.session_history(row_id)
    assert [(h["state"], h["actor_code"]) for h in history] == [
        ("disputed", "COORD-01"),
        ("received", None),
    ]
    # a validated one stays validated; the decision is refused with nothing changed
    server.oic.decide_sessions([row_id], "validated", "", coordinator)
    with pytest.raises(Exception, match="ya está validada"):
        server.oic.decide_sessions([row_id], "disputed", "otro", coordinator)
    assert len(server.oic.session_history(row_id)) == 3


def test_the_cursor_is_checked_like_the_reviews_one(client):
    for bad in ("-1", "1.0", "01", "x"):
        assert client.get("/sessions", params={"since": bad}).status_code == 400
    assert client.get("/sessions?since=0&since=1").status_code == 400
    assert client.get("/sessions").status_code == 200


def test_sessions_need_a_token(server):
    with server.client() as anonymous:
        assert anonymous.put(f"/sessions/{uuid.uuid4()}", json=_body()).status_code == 401
        assert anonymous.get("/sessions").status_code == 401
