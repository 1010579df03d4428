"""Protocol v1's agenda and sign-ups (issue 17): GET /agenda?since=, PUT/DELETE
/signups/{client_id} and the feed GET /signups?since=, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from oic_server import schema as s
from oic_server.usecases import sessions as sessions_module
from oic_server.usecases.agenda import DEFAULT_DECLARATION, EventForm
from oic_server.usecases.staff import StaffMember

TODAY = "2026-03-10"


def _coordinator(server) -> StaffMember:
    server.oic.add_staff("COORD-01", "Carla Ruiz", "coordinador", "contrasena-larga-1")
    with server.oic.db.read() as conn:
        staff_id = conn.execute(select(s.staff.c.id)).scalar_one()
    return StaffMember(staff_id, "COORD-01", "Carla Ruiz", "coordinador", "t", "c")


def _event(server, member, **over) -> int:
    form = {
        "kind": "junta_aclaraciones",
        "title": "",
        "date": "2026-03-20",
        "start_time": "10:00",
        "place": "Sala de juntas, edificio B",
        "procedure_number": "LP-012-2026",
        "convening_unit": "Obras Públicas",
        "seats": "2",
        "notes": "Llegar 15 minutos antes.",
    } | over
    return server.oic.save_event(EventForm.parse(form), member)


def _signup(event: int, **over):
    body = {
        "event": event,
        "declaration": DEFAULT_DECLARATION,
        "declared_at": "2026-03-10T16:00:00Z",
        "no_conflict": True,
    }
    return body | over


def _signup_id(server, client_id: str) -> int:
    with server.oic.db.read() as conn:
        t = s.signups
        return conn.execute(select(t.c.id).where(t.c.client_id == client_id)).scalar_one()


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(sessions_module, "oic_today", lambda: TODAY)


@pytest.fixture
def coordinator(server):
    return _coordinator(server)


@pytest.fixture
def client(server):
    server.add_observer("OBS-001", "Ana López")
    with server.login("OBS-001") as c:
        yield c


def test_the_agenda_feed_gives_events_changed_after_the_cursor(server, client, coordinator):
    first = client.get("/agenda", params={"since": 0}).json()
    assert first == {"events": [], "declaration": DEFAULT_DECLARATION, "next": 0}
    a = _event(server, coordinator)
    b = _event(server, coordinator, kind="otro", title="Otro: recorrido", date="2026-04-01")
    old = _event(server, coordinator, date="2026-03-10")
    feed = client.get("/agenda").json()
    assert [e["event"] for e in feed["events"]] == [a, b, old] and feed["next"] == 3
    assert feed["events"][0] == {
        "event": a,
        "kind": "junta_aclaraciones",
        "title": "Junta de aclaraciones",
        "date": "2026-03-20",
        "start": "10:00",
        "place": "Sala de juntas, edificio B",
        "procedure_number": "LP-012-2026",
        "convening_unit": "Obras Públicas",
        "seats": 2,
        "seats_taken": 0,
        "notes": "Llegar 15 minutos antes.",
        "cancelled": False,
        "seq": 1,
    }
    assert client.get("/agenda", params={"since": 3}).json()["events"] == []
    server.oic.cancel_event(b, coordinator)
    server.oic.cancel_event(b, coordinator)  # again: nothing more
    changed = client.get("/agenda", params={"since": 3}).json()
    assert [(e["event"], e["cancelled"], e["seq"]) for e in changed["events"]] == [(b, True, 4)]
    # an edit moves the event to the end of the feed; the same form again does not
    edit = {"kind": "fallo", "date": "2026-03-20", "start_time": "09:00", "place": "Sala"}
    server.oic.save_event(EventForm.parse(edit | {"seats": "3"}), coordinator, event_id=a)
    server.oic.save_event(EventForm.parse(edit | {"seats": "3"}), coordinator, event_id=a)
    moved = client.get("/agenda", params={"since": 4}).json()
    assert [(e["event"], e["kind"], e["title"], e["seq"]) for e in moved["events"]] == [
        (a, "fallo", "Fallo", 5)
    ]


def test_the_window_leaves_out_events_older_than_90_days(server, client, coordinator, monkeypatch):
    old = _event(server, coordinator, date="2026-03-10")
    new = _event(server, coordinator, date="2026-06-30")
    monkeypatch.setattr(sessions_module, "oic_today", lambda: "2026-06-10")
    assert [e["event"] for e in client.get("/agenda").json()["events"]] == [new]
    monkeypatch.setattr(sessions_module, "oic_today", lambda: "2026-06-08")
    assert [e["event"] for e in client.get("/agenda").json()["events"]] == [old, new]


def test_a_sign_up_is_idempotent_and_the_coordinator_confirms_it(server, client, coordinator):
    event = _event(server, coordinator)
    sid = str(uuid.uuid4())
    first = client.put(f"/signups/{sid}", json=_signup(event))
    assert first.status_code == 201, first.text
    assert first.json() == {
        "signup": sid,
        "event": event,
        "state": "requested",
        "reason": None,
        "seq": 1,
    }
    again = client.put(f"/signups/{sid}", json=_signup(event))
    assert again.status_code == 200 and again.json() == first.json()
    with server.oic.db.read() as conn:
        row = conn.execute(select(s.signups)).one()
    assert row.declaration_text == DEFAULT_DECLARATION
    assert row.declared_at == "2026-03-10T16:00:00Z" and row.received_at
    server.oic.decide_signup(_signup_id(server, sid), "confirmed", "", coordinator)
    feed = client.get("/signups", params={"since": 1}).json()
    assert feed == {
        "signups": [
            {"signup": sid, "event": event, "state": "confirmed", "reason": None, "seq": 2}
        ],
        "next": 2,
    }
    agenda = client.get("/agenda", params={"since": 1}).json()
    assert [(e["event"], e["seats_taken"]) for e in agenda["events"]] == [(event, 1)]
    # a retry of the sign-up answers the confirmed state
    assert client.put(f"/signups/{sid}", json=_signup(event)).json()["state"] == "confirmed"


def test_bad_sign_ups_are_refused_in_spanish_and_change_nothing(server, client, coordinator):
    event = _event(server, coordinator)
    today = _event(server, coordinator, date=TODAY)
    cancelled = _event(server, coordinator, date="2026-03-25")
    server.oic.cancel_event(cancelled, coordinator)
    cases = [
        (_signup(event, no_conflict=False), "conflicto de interés"),
        (_signup(event, declaration="Otro texto cualquiera"), "cambió"),
        (_signup(cancelled), "fue cancelado"),
    ]
    for body, words in cases:
        r = client.put(f"/signups/{uuid.uuid4()}", json=body)
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "signup_invalid" and words in error["reason"], error
        assert words in error["message"]
    changed = client.put(f"/signups/{uuid.uuid4()}", json=_signup(event, declaration="x"))
    assert changed.json()["error"]["declaration"] == DEFAULT_DECLARATION
    # today's event is still open to sign-ups
    assert client.put(f"/signups/{uuid.uuid4()}", json=_signup(today)).status_code == 201
    assert client.put(f"/signups/{uuid.uuid4()}", json=_signup(99999)).status_code == 404
    for body in (
        _signup(event, extra=1),
        _signup(event, declared_at="ayer"),
        _signup(event, no_conflict="true"),
        _signup(event) | {"event": "1"},
        _signup(event, declaration=""),
    ):
        r = client.put(f"/signups/{uuid.uuid4()}", json=body)
        assert r.status_code == 400, (body, r.text)
    assert client.put("/signups/not-a-uuid", json=_signup(event)).status_code == 400
    # one sign-up per event: a second id for the same event is refused
    sid = str(uuid.uuid4())
    assert client.put(f"/signups/{sid}", json=_signup(event)).status_code == 201
    dup = client.put(f"/signups/{uuid.uuid4()}", json=_signup(event))
    assert dup.status_code == 422 and "ya está inscrito" in dup.json()["error"]["reason"]
    other = client.put(f"/signups/{sid}", json=_signup(today))
    assert other.status_code == 409
    with server.oic.db.read() as conn:
        assert len(conn.execute(select(s.signups)).all()) == 2


def test_a_past_event_refuses_sign_ups_and_withdrawals(server, client, coordinator, monkeypatch):
    event = _event(server, coordinator, date="2026-03-12")
    sid = str(uuid.uuid4())
    assert client.put(f"/signups/{sid}", json=_signup(event)).status_code == 201
    monkeypatch.setattr(sessions_module, "oic_today", lambda: "2026-03-13")
    late = client.put(f"/signups/{uuid.uuid4()}", json=_signup(event))
    assert late.status_code == 422 and "ya pasó" in late.json()["error"]["reason"]
    assert client.put(f"/signups/{sid}", json=_signup(event)).status_code == 200  # a retry
    kept = client.delete(f"/signups/{sid}")
    assert kept.status_code == 422 and "ya pasó" in kept.json()["error"]["message"]
    assert client.get("/signups").json()["signups"][0]["state"] == "requested"


def test_a_full_event_refuses_new_sign_ups(server, coordinator):
    event = _event(server, coordinator, seats="1")
    for code in ("OBS-001", "OBS-002", "OBS-003"):
        server.add_observer(code, f"Persona {code}")
    with server.login("OBS-001") as ana, server.login("OBS-002") as beto:
        a, b = str(uuid.uuid4()), str(uuid.uuid4())
        assert ana.put(f"/signups/{a}", json=_signup(event)).status_code == 201
        assert beto.put(f"/signups/{b}", json=_signup(event)).status_code == 201  # requested
        server.oic.decide_signup(_signup_id(server, a), "confirmed", "", coordinator)
        with pytest.raises(Exception, match="ya tiene confirmados"):
            server.oic.decide_signup(_signup_id(server, b), "confirmed", "", coordinator)
        with pytest.raises(Exception, match="motivo"):
            server.oic.decide_signup(_signup_id(server, b), "declined", " ", coordinator)
        server.oic.decide_signup(_signup_id(server, b), "declined", "Cupo lleno.", coordinator)
        feed = beto.get("/signups").json()["signups"]
        assert [(i["state"], i["reason"]) for i in feed] == [("declined", "Cupo lleno.")]
    with server.login("OBS-003") as carla:
        full = carla.put(f"/signups/{uuid.uuid4()}", json=_signup(event))
        assert full.status_code == 409 and full.json()["error"]["code"] == "event_full"
        assert "1 lugares" in full.json()["error"]["message"]


def test_withdraw_is_idempotent_frees_the_seat_and_may_sign_up_again(server, client, coordinator):
    event = _event(server, coordinator)
    sid = str(uuid.uuid4())
    client.put(f"/signups/{sid}", json=_signup(event))
    server.oic.decide_signup(_signup_id(server, sid), "confirmed", "", coordinator)
    gone = client.delete(f"/signups/{sid}")
    assert gone.status_code == 200 and gone.json()["state"] == "withdrawn"
    assert client.delete(f"/signups/{sid}").json() == gone.json()
    assert client.delete(f"/signups/{uuid.uuid4()}").status_code == 404
    agenda = client.get("/agenda").json()["events"]
    assert agenda[0]["seats_taken"] == 0
    with pytest.raises(Exception, match="retiró"):
        server.oic.decide_signup(_signup_id(server, sid), "confirmed", "", coordinator)
    # signed up again under a new id: requested, one row for the event
    again = str(uuid.uuid4())
    r = client.put(f"/signups/{again}", json=_signup(event))
    assert r.status_code == 200 and r.json()["state"] == "requested"
    feed = client.get("/signups").json()["signups"]
    assert [(i["signup"], i["state"]) for i in feed] == [(again, "requested")]


def test_a_changed_declaration_must_be_accepted_again(server, client, coordinator):
    event = _event(server, coordinator)
    text = "Declaro que no tengo conflicto de interés con este procedimiento ni sus partes."
    server.oic.set_declaration(text, coordinator)
    assert client.get("/agenda").json()["declaration"] == text
    old = client.put(f"/signups/{uuid.uuid4()}", json=_signup(event))
    assert old.status_code == 422 and old.json()["error"]["declaration"] == text
    body = _signup(event, declaration=text + "\r\n")
    assert client.put(f"/signups/{uuid.uuid4()}", json=body).status_code == 201
    with pytest.raises(Exception, match="al menos 20"):
        server.oic.set_declaration("corto", coordinator)


def test_the_feeds_are_the_observers_own_and_check_the_cursor(server, client, coordinator):
    event = _event(server, coordinator)
    server.add_observer("OBS-002", "Beto")
    sid = str(uuid.uuid4())
    client.put(f"/signups/{sid}", json=_signup(event))
    with server.login("OBS-002") as other:
        assert other.get("/signups").json() == {"signups": [], "next": 0}
        assert other.delete(f"/signups/{sid}").status_code == 404
        assert other.put(f"/signups/{sid}", json=_signup(event)).status_code == 201  # own id
    for path in ("/signups", "/agenda"):
        for bad in ("-1", "1.0", "01", "x"):
            assert client.get(path, params={"since": bad}).status_code == 400
        assert client.get(f"{path}?since=0&since=1").status_code == 400
    with server.client() as anonymous:
        assert anonymous.get("/agenda").status_code == 401
        assert anonymous.put(f"/signups/{uuid.uuid4()}", json=_signup(event)).status_code == 401
        assert anonymous.get("/signups").status_code == 401
