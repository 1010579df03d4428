"""The agenda and sign-ups on the laptop: signing up with the declaration, withdrawing,
offline until the next sync, and the sync step against a fake transport that keeps the
protocol's contract (docs/protocol.md, agenda). The real server: tests/sync/test_agenda*.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from observer_desktop.core.errors import InputError
from observer_desktop.services.agenda import (
    declaration,
    event_header,
    list_agenda,
    sign_up,
    start_from_event,
    withdraw,
)
from observer_desktop.services.app import Observador
from observer_desktop.services.sessions import add_session
from observer_desktop.services.sync.agenda import AgendaSynced, _sync_agenda
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl

SERVER = "http://127.0.0.1:9"
FROZEN_V5 = Path(__file__).parent.parent / "storage" / "frozen" / "schema_v5.sql"
TEXT = "Declaro que no tengo conflicto de interés con las personas ni el procedimiento."
TODAY = _dt.date.today()


def day(offset: int) -> str:
    return (TODAY + _dt.timedelta(days=offset)).isoformat()


class FakeOIC:
    """The agenda endpoints of protocol v1 in memory. ``lost_answers`` drops the next
    answers after the server acted; ``refused_connections`` refuses before it."""

    def __init__(self) -> None:
        self.seq = 0
        self.signup_seq = 0
        self.declaration = TEXT
        self.events: dict[int, dict[str, Any]] = {}
        self.signups: dict[str, dict[str, Any]] = {}
        self.puts: list[str] = []
        self.deletes: list[str] = []
        self.lost_answers = 0
        self.refused_connections = 0
        self.lost_put_answers = 0  # only a PUT's answer lost

    def publish(self, eid: int, **kw: Any) -> None:
        self.seq += 1
        event = {
            "event": eid, "kind": "junta_aclaraciones", "title": f"Junta LP-{eid:03d}",
            "date": day(3), "start": "10:00", "place": "Sala de juntas, piso 2",
            "procedure_number": f"LP-{eid:03d}-2026", "convening_unit": "Obras Públicas",
            "seats": 2, "seats_taken": 0, "notes": "", "cancelled": False,
        }  # fmt: skip
        self.events[eid] = {**self.events.get(eid, event), **kw, "seq": self.seq}

    def decide(self, sid: str, state: str, reason: str | None = None) -> None:
        self.signup_seq += 1
        self.signups[sid].update(state=state, reason=reason, seq=self.signup_seq)

    def _state(self, sid: str) -> dict[str, Any]:
        s = self.signups[sid]
        return {"signup": sid, "event": s["event"], **{k: s[k] for k in ("state", "reason", "seq")}}

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.refused_connections:
            self.refused_connections -= 1
            raise httpx.ConnectError("refused", request=request)
        response = self._answer(request)
        if self.lost_put_answers and request.method == "PUT":
            self.lost_put_answers -= 1
            raise httpx.ReadError("cut", request=request)
        if self.lost_answers:
            self.lost_answers -= 1
            raise httpx.ReadError("cut", request=request)
        return response

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/v1")
        if request.method == "GET" and path == "/agenda":
            since = int(request.url.params["since"])
            events = sorted((e for e in self.events.values() if e["seq"] > since),
                            key=lambda e: e["seq"])  # fmt: skip
            body = {"events": events, "declaration": self.declaration, "next": self.seq}
            return httpx.Response(200, json=body)
        if request.method == "GET" and path == "/signups":
            since = int(request.url.params["since"])
            changed = sorted((k for k, s in self.signups.items() if s["seq"] > since),
                             key=lambda k: self.signups[k]["seq"])  # fmt: skip
            body = {"signups": [self._state(k) for k in changed], "next": self.signup_seq}
            return httpx.Response(200, json=body)
        sid = path.removeprefix("/signups/")
        if request.method == "PUT":
            self.puts.append(sid)
            body = json.loads(request.content)
            if body["declaration"] != self.declaration or body["no_conflict"] is not True:
                error = {"code": "signup_invalid", "message": "La declaración cambió."}
                return httpx.Response(422, json={"error": error})
            fresh = sid not in self.signups
            if fresh or self.signups[sid]["state"] == "withdrawn":
                self.signup_seq += 1
                self.signups[sid] = {"event": body["event"], "body": body, "state": "requested",
                                     "reason": None, "seq": self.signup_seq}  # fmt: skip
            return httpx.Response(201 if fresh else 200, json=self._state(sid))
        if request.method == "DELETE":
            self.deletes.append(sid)
            if sid not in self.signups:
                return httpx.Response(404, json={"error": {"code": "not_found", "message": "-"}})
            if self.signups[sid]["state"] != "withdrawn":
                self.decide(sid, "withdrawn")
            return httpx.Response(200, json=self._state(sid))
        return httpx.Response(405)


@pytest.fixture
def oic() -> FakeOIC:
    oic = FakeOIC()
    oic.publish(1)
    oic.publish(2, kind="visita_obra", title="Visita de obra LP-002", date=day(5))
    oic.publish(3, title="Fallo LP-003", kind="fallo", date=day(-10))
    return oic


def run_sync(app: Observador, oic: FakeOIC) -> AgendaSynced:
    control = SyncControl()
    retrier = Retrier(RetryPolicy(base=0.001, cap=0.001, max_failures=6), control)
    with ProtocolClient(SERVER, token="t", transport=httpx.MockTransport(oic.handle)) as client:
        return _sync_agenda(app, client, retrier, control)


def _event(app: Observador, eid: int, which: str = "upcoming") -> dict:
    return next(e for e in list_agenda(app, which) if e["event"] == eid)


def test_the_agenda_arrives_with_the_declaration_and_lists_upcoming_mine_past(app, oic):
    done = run_sync(app, oic)
    assert done.events == 3 and done.changed
    assert declaration(app) == TEXT
    assert [e["event"] for e in list_agenda(app, "upcoming")] == [1, 2]
    assert [e["event"] for e in list_agenda(app, "past")] == [3]
    assert list_agenda(app, "mine") == []
    assert _event(app, 1)["procedure_number"] == "LP-001-2026"
    again = run_sync(app, oic)  # nothing new
    assert not again.changed
    oic.publish(2, cancelled=True)  # the next run brings only the change
    assert run_sync(app, oic).events == 1 and _event(app, 2)["cancelled"]


def test_signing_up_needs_the_answer_and_the_current_text_and_changes_nothing_otherwise(app, oic):
    with pytest.raises(InputError, match="sincronice"):
        sign_up(app, 1, declaration_text=TEXT, no_conflict=True)  # nothing synced yet
    run_sync(app, oic)
    with pytest.raises(InputError, match="no tiene conflicto de interés"):
        sign_up(app, 1, declaration_text=TEXT, no_conflict=False)
    with pytest.raises(InputError, match="cambió"):
        sign_up(app, 1, declaration_text="otro texto", no_conflict=True)
    with pytest.raises(InputError, match="ya no admite"):
        sign_up(app, 3, declaration_text=TEXT, no_conflict=True)  # in the past
    oic.publish(2, cancelled=True)
    run_sync(app, oic)
    with pytest.raises(InputError, match="cancelado"):
        sign_up(app, 2, declaration_text=TEXT, no_conflict=True)
    assert app.store.signups_to_send() == []
    with pytest.raises(InputError, match="No está inscrito"):
        withdraw(app, 1)


def test_a_sign_up_made_offline_is_sent_once_with_the_text_and_time(app, oic):
    run_sync(app, oic)
    view = sign_up(app, 1, declaration_text=TEXT, no_conflict=True, now="2026-03-01T10:00:00Z")
    assert view["status"] == "to_send" and view["mine"]
    assert sign_up(app, 1, declaration_text=TEXT, no_conflict=True)["status"] == "to_send"
    oic.lost_put_answers, oic.refused_connections = 1, 1  # stored there, the answer lost
    done = run_sync(app, oic)
    sid = view["signup"]
    assert done.sent == [sid] and oic.puts == [sid, sid] and len(oic.signups) == 1
    assert oic.signups[sid]["body"] == {
        "event": 1, "declaration": TEXT, "declared_at": "2026-03-01T10:00:00Z",
        "no_conflict": True,
    }  # fmt: skip
    assert _event(app, 1)["status"] == "requested"
    assert not run_sync(app, oic).sent  # nothing more to send


def test_the_coordinators_decision_arrives_and_a_withdrawal_is_sent(app, oic):
    run_sync(app, oic)
    a = sign_up(app, 1, declaration_text=TEXT, no_conflict=True)["signup"]
    b = sign_up(app, 2, declaration_text=TEXT, no_conflict=True)["signup"]
    run_sync(app, oic)
    oic.decide(a, "confirmed")
    oic.decide(b, "declined", "Cupo completo; le avisaremos del siguiente.")
    done = run_sync(app, oic)
    assert {d["signup"]: d["state"] for d in done.decided} == {a: "confirmed", b: "declined"}
    assert _event(app, 1)["status"] == "confirmed"
    assert _event(app, 2)["reason"] == "Cupo completo; le avisaremos del siguiente."
    assert withdraw(app, 1)["status"] == "withdraw_to_send"
    assert [e["event"] for e in list_agenda(app, "mine")] == [2]
    done = run_sync(app, oic)
    assert done.withdrawn == [a] and oic.signups[a]["state"] == "withdrawn"
    assert _event(app, 1)["status"] == "withdrawn"
    # signing up again asks again, with the same client id
    assert sign_up(app, 1, declaration_text=TEXT, no_conflict=True)["signup"] == a
    run_sync(app, oic)
    assert oic.signups[a]["state"] == "requested" and _event(app, 1)["status"] == "requested"


def test_a_refusal_is_kept_on_the_sign_up_and_answering_the_new_text_sends_it_again(app, oic):
    run_sync(app, oic)
    sid = sign_up(app, 1, declaration_text=TEXT, no_conflict=True)["signup"]
    oic.declaration = "Texto nuevo de la declaración."
    done = run_sync(app, oic)  # the agenda brings the new text, then the PUT is refused
    assert done.refused == [{"signup": sid, "code": "signup_invalid",
                             "reason": "La declaración cambió."}]  # fmt: skip
    assert _event(app, 1)["send_error"] == "La declaración cambió."
    assert declaration(app) == "Texto nuevo de la declaración."
    sign_up(app, 1, declaration_text="Texto nuevo de la declaración.", no_conflict=True)
    assert run_sync(app, oic).sent == [sid]
    assert _event(app, 1)["send_error"] is None


def test_a_server_without_an_agenda_leaves_sign_ups_waiting(app, oic):
    run_sync(app, oic)
    sign_up(app, 1, declaration_text=TEXT, no_conflict=True)
    control = SyncControl()
    retrier = Retrier(RetryPolicy(base=0.001, cap=0.001), control)
    older = httpx.MockTransport(lambda r: httpx.Response(404, json={"detail": "Not Found"}))
    with ProtocolClient(SERVER, token="t", transport=older) as client:
        done = _sync_agenda(app, client, retrier, control)
    assert not done.changed and len(app.store.signups_to_send()) == 1


def test_a_confirmed_event_starts_the_audit_with_its_header_and_the_session(app, oic):
    run_sync(app, oic)
    sid = sign_up(app, 1, declaration_text=TEXT, no_conflict=True)["signup"]
    with pytest.raises(InputError, match="aún no confirma"):
        start_from_event(app, 1, "procedimiento_contratacion")
    run_sync(app, oic)
    oic.decide(sid, "confirmed")
    run_sync(app, oic)
    started = start_from_event(app, 1, "procedimiento_contratacion")
    header = app.resolve_audit(started["audit"]["id"])["header"]
    header = json.loads(header) if isinstance(header, str) else header
    assert header == {
        "numero_procedimiento": "LP-001-2026",
        "unidad_convocante": "Obras Públicas",
        "fecha_evento": day(3),
        "lugar": "Sala de juntas, piso 2",
        "evento_observado": "junta_aclaraciones",
    }
    assert started["session"] | {"title": ""} == {
        "event": "Junta LP-001", "date": day(3), "start": "10:00",
        "place": "Sala de juntas, piso 2", "audit_id": started["audit"]["id"], "title": "",
    }  # fmt: skip
    again = start_from_event(app, 1, "procedimiento_contratacion")  # the same audit
    assert again["existing"] and again["audit"]["id"] == started["audit"]["id"]
    # the site-visit checklist takes what it has
    visit = event_header(app, _event(app, 2), "visita_obra_publica")
    assert visit == {"fecha_visita": day(5), "ubicacion": "Sala de juntas, piso 2"}


def test_the_session_of_an_event_that_took_place_is_saved_from_the_prefill(app, oic):
    oic.publish(4, title="Junta LP-004", date=TODAY.isoformat(), start="00:00")
    run_sync(app, oic)
    sid = sign_up(app, 4, declaration_text=TEXT, no_conflict=True)["signup"]
    run_sync(app, oic)
    oic.decide(sid, "confirmed")
    run_sync(app, oic)
    p = start_from_event(app, 4, "procedimiento_contratacion")["session"]
    session = add_session(app, event=p["event"], date=p["date"], start=p["start"],
                          end="00:30", place=p["place"], audit_ref=p["audit_id"])  # fmt: skip
    assert session["audit_id"] == p["audit_id"] and session["place"] == p["place"]


def test_the_v5_database_of_the_previous_release_gains_an_empty_agenda(data_dir):
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.executescript(FROZEN_V5.read_text(encoding="utf-8"))
    conn.commit()
    conn.close()
    with Observador(data_dir) as app:
        assert app.database.schema_version() >= 6
        assert list_agenda(app, "upcoming") == [] and app.store.signups_to_send() == []
