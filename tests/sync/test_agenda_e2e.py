"""The agenda and sign-ups: the laptop against a real ``oic-server`` on 127.0.0.1, through
the fault-injecting proxy. The coordinator publishes events; the observer's sign-ups (made
offline, with the declaration) and a withdrawal arrive exactly once over a bad link; the
coordinator's confirmation and decline (with its reason) come back to the laptop."""

from __future__ import annotations

import datetime as dt
from contextlib import closing

import pytest
from conftest import CODE, FAST, login
from proxy import FaultProxy, RandomFaults

from observer_desktop.services import sync
from observer_desktop.services.agenda import declaration, list_agenda, sign_up, withdraw

SOON = (dt.date.today() + dt.timedelta(days=5)).isoformat()
REASON = "Cupo completo con observadores de la zona; le avisaremos del siguiente."


@pytest.fixture
def server(own_oic):
    return own_oic.start()


@pytest.fixture
def proxy(server):
    with FaultProxy(server.port) as p:
        yield p


def _coordinator(oic):
    from sqlalchemy import select

    from oic_server import schema as s
    from oic_server.usecases.staff import StaffMember

    with oic.db.read() as conn:
        staff_id = conn.execute(select(s.staff.c.id).where(s.staff.c.code == "COORD-01")).scalar()
    if staff_id is None:
        oic.add_staff("COORD-01", "Carla Ruiz", "coordinador", "contrasena-larga-1")
        with oic.db.read() as conn:
            staff = conn.execute(select(s.staff.c.id).where(s.staff.c.code == "COORD-01"))
            staff_id = staff.scalar_one()
    return StaffMember(staff_id, "COORD-01", "Carla Ruiz", "coordinador", "t", "c")


def publish(server, title: str, number: str) -> int:
    """What a coordinator does in the console's Agenda page."""
    from oic_server.service import OICServer
    from oic_server.usecases.agenda import EventForm

    oic = OICServer.open(server.data_dir, server.database_url)
    try:
        form = EventForm.parse({
            "kind": "junta_aclaraciones", "title": title, "date": SOON, "start_time": "10:00",
            "place": "Sala de juntas", "procedure_number": number,
            "convening_unit": "Obras Públicas", "seats": "2", "notes": "",
        })  # fmt: skip
        return oic.save_event(form, _coordinator(oic))
    finally:
        oic.close()


def decide(server, client_id: str, decision: str, reason: str = "") -> None:
    from sqlalchemy import select

    from oic_server import schema as s
    from oic_server.service import OICServer

    oic = OICServer.open(server.data_dir, server.database_url)
    try:
        member = _coordinator(oic)
        with oic.db.read() as conn:
            t = s.signups
            row_id = conn.execute(select(t.c.id).where(t.c.client_id == client_id)).scalar_one()
        oic.decide_signup(row_id, decision, reason, member)
    finally:
        oic.close()


def server_signups(server) -> dict[str, tuple]:
    with closing(server.db()) as conn:
        rows = conn.execute(
            "SELECT client_id, state, reason, declaration_text FROM signups su"
            f" JOIN observers o ON o.id = su.observer_id WHERE o.code = '{CODE}'"
        ).fetchall()
    assert len({r[0] for r in rows}) == len(rows)  # one row per client id, always
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def sync_until_done(app, *, max_runs: int = 8) -> list[sync.SyncResult]:
    results = []
    for _ in range(max_runs):
        result = sync.sync_now(app, options=FAST)
        results.append(result)
        if result.ok:
            return results
    raise AssertionError([r.to_json() for r in results])


def mine(app) -> dict[int, dict]:
    return {e["event"]: e for e in list_agenda(app, "upcoming")}


@pytest.mark.parametrize("seed", [5, 13])
def test_sign_ups_arrive_exactly_once_and_the_decisions_come_back(server, proxy, observer, seed):
    observer.save_profile(name="Ana López Ñúñez", observer_code=CODE)
    login(observer, proxy.url)
    a = publish(server, "Junta de aclaraciones LP-7", "LP-7-2026")
    b = publish(server, "Junta de aclaraciones LP-8", "LP-8-2026")
    sync_until_done(observer)
    text = declaration(observer)
    assert text and set(mine(observer)) == {a, b}

    sa = sign_up(observer, a, declaration_text=text, no_conflict=True)["signup"]
    sb = sign_up(observer, b, declaration_text=text, no_conflict=True)["signup"]
    proxy.plan = RandomFaults(seed=seed, rate=0.5, guaranteed=2, max_after_down=200)
    sync_until_done(observer)
    assert server_signups(server) == {
        sa: ("requested", None, text),
        sb: ("requested", None, text),
    }
    assert {e["status"] for e in mine(observer).values()} == {"requested"}

    decide(server, sa, "confirmed")
    decide(server, sb, "declined", REASON)
    sync_until_done(observer)
    assert mine(observer)[a]["status"] == "confirmed"
    assert (mine(observer)[b]["status"], mine(observer)[b]["reason"]) == ("declined", REASON)

    withdraw(observer, a)  # withdrawn on the same bad link
    sync_until_done(observer)
    proxy.plan = None
    assert proxy.faults  # the link really was bad
    assert server_signups(server)[sa][0] == "withdrawn"
    assert mine(observer)[a]["status"] == "withdrawn"
    again = sync.sync_now(observer, options=FAST)
    assert again.ok and again.agenda.sent == [] and again.agenda.withdrawn == []
