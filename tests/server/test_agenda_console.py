"""The console's agenda (issue 17) over HTTP, on SQLite and PostgreSQL: a coordinador
publishes, edits and cancels events, confirms and declines sign-ups (a reason to
decline) and edits the conflict-of-interest text, with CSRF; other roles read; bad
input is refused in Spanish and changes nothing; hostile text shows as text."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from oic_testing import PASSWORD
from sqlalchemy import select

from oic_server import schema as s
from oic_server.usecases import sessions as sessions_module

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(sessions_module, "oic_today", lambda: "2026-03-10")


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


@contextmanager
def _signed_in(server, code: str, role: str) -> Iterator[httpx.Client]:
    server.oic.add_staff(code, f"Persona {code}", role, PASSWORD, one_time=False)
    with httpx.Client(base_url=server.base_url, timeout=30) as c:
        page = c.get("/ingresar")
        r = c.post("/ingresar", data={"csrf": _csrf(page.text), "code": code, "password": PASSWORD})
        assert r.status_code == 303
        yield c


def _form(csrf: str, **over) -> dict[str, str]:
    return {
        "csrf": csrf,
        "kind": "visita_obra",
        "title": "",
        "date": "2026-03-20",
        "start_time": "09:30",
        "place": "Calle 5 de Mayo, Chihuahua",
        "procedure_number": "LO-008-2026",
        "convening_unit": "Obras Públicas",
        "seats": "1",
        "notes": HOSTILE,
    } | over


def _events(server) -> list:
    with server.oic.db.read() as conn:
        return conn.execute(select(s.agenda_events).order_by(s.agenda_events.c.id)).all()


def test_a_coordinator_publishes_edits_cancels_and_decides(server):
    server.add_observer("OBS-001", "Ana López")
    server.add_observer("OBS-002", HOSTILE)
    with _signed_in(server, "COORD-01", "coordinador") as coord:
        page = coord.get("/agenda")
        assert page.status_code == 200 and "Agenda de eventos" in page.text
        csrf = _csrf(page.text)
        r = coord.post("/agenda", data=_form(csrf))
        assert r.status_code == 303
        event_id = int(r.headers["location"].split("/")[2].split("?")[0])
        detail = coord.get(r.headers["location"])
        assert "Evento publicado." in detail.text and "Visita de obra" in detail.text
        assert HOSTILE not in detail.text and "&lt;script&gt;" in detail.text
        listing = coord.get("/agenda").text
        assert "Calle 5 de Mayo" in listing and "0 / 1" in listing
        # two observers sign up through the protocol
        ids = {}
        feed = None
        for code in ("OBS-001", "OBS-002"):
            with server.login(code) as laptop:
                feed = laptop.get("/agenda").json()
                ids[code] = str(uuid.uuid4())
                body = {
                    "event": event_id,
                    "declaration": feed["declaration"],
                    "declared_at": "2026-03-10T17:00:00Z",
                    "no_conflict": True,
                }
                assert laptop.put(f"/signups/{ids[code]}", json=body).status_code == 201
        with server.oic.db.read() as conn:
            rows = dict(conn.execute(select(s.signups.c.client_id, s.signups.c.id)).all())
        detail = coord.get(f"/agenda/{event_id}").text
        assert HOSTILE not in detail and "Solicitada" in detail
        decide = f"/agenda/{event_id}/inscripciones"
        # declining needs a reason; a sign-up of another event is refused
        r = coord.post(
            decide,
            data={"csrf": csrf, "inscripcion": rows[ids["OBS-002"]], "decision": "declinar"},
        )
        assert r.status_code == 400 and "escriba el motivo" in r.text
        r = coord.post(decide, data={"csrf": csrf, "inscripcion": "999", "decision": "confirmar"})
        assert r.status_code == 404
        r = coord.post(
            decide,
            data={"csrf": "x", "inscripcion": rows[ids["OBS-001"]], "decision": "confirmar"},
        )
        assert r.status_code == 403
        r = coord.post(
            decide,
            data={"csrf": csrf, "inscripcion": rows[ids["OBS-001"]], "decision": "confirmar"},
        )
        assert r.status_code == 200 and "Inscripción confirmada." in r.text
        # one seat: a second confirmation is refused
        r = coord.post(
            decide,
            data={"csrf": csrf, "inscripcion": rows[ids["OBS-002"]], "decision": "confirmar"},
        )
        assert r.status_code == 409 and "ya tiene confirmados" in r.text
        r = coord.post(
            decide,
            data={
                "csrf": csrf,
                "inscripcion": rows[ids["OBS-002"]],
                "decision": "declinar",
                "motivo": f"Cupo lleno {HOSTILE}",
            },
        )
        assert r.status_code == 200 and "Inscripción declinada." in r.text
        assert HOSTILE not in r.text
        with server.login("OBS-002") as laptop:
            mine = laptop.get("/signups").json()["signups"]
        assert [(i["state"], i["reason"]) for i in mine] == [("declined", f"Cupo lleno {HOSTILE}")]
        # edit: fewer seats than confirmed is refused, a new place is kept
        r = coord.post(f"/agenda/{event_id}", data=_form(csrf, seats="0"))
        assert r.status_code == 400 and "1 a 1000" in r.text
        r = coord.post(f"/agenda/{event_id}", data=_form(csrf, place="Otra calle", seats="2"))
        assert r.status_code == 200 and "Evento guardado." in r.text
        assert _events(server)[0].place == "Otra calle"
        # a title left empty is the kind's name, shown empty on the form: a new kind,
        # sent as the form was rendered, renames the event; a title of its own stays
        form = coord.get(f"/agenda/{event_id}").text
        assert re.search(r'name="title" maxlength="300" value=""', form), form
        r = coord.post(
            f"/agenda/{event_id}", data=_form(csrf, kind="fallo", place="Otra calle", seats="2")
        )
        assert r.status_code == 200 and _events(server)[0].title == "Fallo"
        assert "<h1>Fallo" in r.text and "Visita de obra" not in r.text.split("<h1>")[1][:40]
        coord.get("/idioma", params={"l": "en", "volver": "/agenda"})
        assert "<h1>Award decision" in coord.get(f"/agenda/{event_id}").text
        assert "Award decision</a>" in coord.get("/agenda").text
        coord.get("/idioma", params={"l": "es", "volver": "/agenda"})
        r = coord.post(
            f"/agenda/{event_id}",
            data=_form(csrf, kind="fallo", title="Fallo de la LO-8", place="Otra calle", seats="2"),
        )
        form = coord.get(f"/agenda/{event_id}").text
        assert 'value="Fallo de la LO-8"' in form and _events(server)[0].title == "Fallo de la LO-8"
        # «Otro» needs a title of its own: one typed as "Otro" stays on the form
        r = coord.post(
            f"/agenda/{event_id}", data=_form(csrf, kind="otro", title="Otro", place="Otra calle",
                                              seats="2"),
        )  # fmt: skip
        assert 'name="title" maxlength="300" value="Otro"' in coord.get(f"/agenda/{event_id}").text
        r = coord.post(f"/agenda/{event_id}/cancelar", data={"csrf": csrf})
        assert r.status_code == 200 and "Evento cancelado." in r.text
        assert _events(server)[0].cancelled_at is not None
        with server.login("OBS-001") as laptop:
            agenda = laptop.get("/agenda", params={"since": feed["next"]}).json()["events"]
        assert agenda[-1]["cancelled"] is True and agenda[-1]["place"] == "Otra calle"
    with server.oic.db.read() as conn:
        actions = [r[0] for r in conn.execute(select(s.activity.c.action)).all()]
    for action in ("agenda_publish", "signup_confirm", "signup_decline", "agenda_edit"):
        assert action in actions
    assert "agenda_cancel" in actions


def test_bad_events_are_refused_in_spanish_and_change_nothing(server):
    with _signed_in(server, "COORD-01", "coordinador") as coord:
        csrf = _csrf(coord.get("/agenda").text)
        cases = [
            (_form(csrf, kind="fiesta"), "Elija el tipo"),
            (_form(csrf, kind="otro"), "«Otro»"),
            (_form(csrf, date="2026-02-30"), "AAAA-MM-DD"),
            (_form(csrf, date="2026-03-01"), "ya pasó"),
            (_form(csrf, start_time="9"), "HH:MM"),
            (_form(csrf, place=" "), "lugar"),
            (_form(csrf, seats="muchos"), "1 a 1000"),
            (_form(csrf, title="x" * 301), "demasiado largo"),
            (_form(csrf, title="a\x07b"), "caracteres de control"),
        ]
        for data, words in cases:
            r = coord.post("/agenda", data=data)
            assert r.status_code == 400, (data, r.status_code)
            assert words in r.text, (words, data)
        assert coord.post("/agenda", data=_form("otro-token")).status_code == 403
        assert _events(server) == []
        assert coord.get("/agenda/999").status_code == 404
        assert coord.get("/agenda/abc").status_code == 404


def test_other_roles_read_but_do_not_publish(server):
    with _signed_in(server, "COORD-01", "coordinador") as coord:
        csrf = _csrf(coord.get("/agenda").text)
        event_id = coord.post("/agenda", data=_form(csrf)).headers["location"].split("/")[2]
        event_id = event_id.split("?")[0]
    with _signed_in(server, "REV-01", "revisor") as rev:
        page = rev.get("/agenda")
        assert page.status_code == 200 and "Calle 5 de Mayo" in page.text
        assert "Publicar un evento" not in page.text and "Guardar declaración" not in page.text
        detail = rev.get(f"/agenda/{event_id}")
        assert detail.status_code == 200 and "Cancelar el evento" not in detail.text
        csrf = _csrf(page.text)
        assert rev.post("/agenda", data=_form(csrf)).status_code == 403
        assert rev.post(f"/agenda/{event_id}/cancelar", data={"csrf": csrf}).status_code == 403
        r = rev.post("/agenda/declaracion", data={"csrf": csrf, "declaration": "x" * 40})
        assert r.status_code == 403
    assert len(_events(server)) == 1 and _events(server)[0].cancelled_at is None
    with httpx.Client(base_url=server.base_url) as anonymous:
        assert anonymous.get("/agenda").status_code == 303


def test_the_declaration_setting(server):
    server.add_observer("OBS-001", "Ana López")
    with _signed_in(server, "COORD-01", "coordinador") as coord:
        page = coord.get("/agenda")
        assert "no tengo conflicto de interés" in page.text
        csrf = _csrf(page.text)
        r = coord.post("/agenda/declaracion", data={"csrf": csrf, "declaration": "corto"})
        assert r.status_code == 400 and "al menos 20" in r.text
        text = f"Declaro que no tengo conflicto de interés alguno. {HOSTILE}"
        r = coord.post("/agenda/declaracion", data={"csrf": csrf, "declaration": text})
        assert r.status_code == 200 and "Declaración guardada." in r.text
        assert HOSTILE not in r.text
    with server.login("OBS-001") as laptop:
        assert laptop.get("/agenda").json()["declaration"] == text
    with server.oic.db.read() as conn:
        actions = [r[0] for r in conn.execute(select(s.activity.c.action)).all()]
    assert actions.count("agenda_declaration") == 1


def test_english_pages(server):
    with _signed_in(server, "COORD-01", "coordinador") as coord:
        coord.get("/idioma", params={"l": "en", "volver": "/agenda"})
        page = coord.get("/agenda")
        assert "Events agenda" in page.text and "Publish an event" in page.text


def test_the_demo_publishes_upcoming_events_once(server):
    from oic_server.cli_demo import DEMO_EVENTS, STAFF_CODE, _demo_agenda

    server.oic.add_staff(STAFF_CODE, "Demo", "administrador", PASSWORD, one_time=False)
    server.add_observer("DEMO-001", "Ana")
    server.add_observer("DEMO-002", "Beto")
    assert _demo_agenda(server.oic) == len(DEMO_EVENTS)
    assert _demo_agenda(server.oic) == len(DEMO_EVENTS)  # a second run adds nothing
    listing = server.oic.list_events()
    assert len(listing["upcoming"]) == len(DEMO_EVENTS) and listing["past"] == []
    counts = listing["upcoming"][0]["counts"]
    assert counts == {"confirmed": 1, "requested": 1}
    with server.login("DEMO-001") as laptop:
        assert [i["state"] for i in laptop.get("/signups").json()["signups"]] == ["confirmed"]
