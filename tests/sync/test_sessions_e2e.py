"""Participation sessions: the laptop against a real ``oic-server`` on 127.0.0.1, through
the fault-injecting proxy. Sessions arrive exactly once (added, corrected and removed on
a link that drops, stalls, truncates and resets); the OIC's decisions come back: a
validated session cannot be edited on the laptop, a disputed one shows its reason and,
corrected, goes back to the OIC."""

from __future__ import annotations

import datetime as dt
from contextlib import closing

import pytest
from conftest import CODE, FAST, login
from proxy import FaultProxy, RandomFaults

from observer_desktop.core.errors import InputError
from observer_desktop.services import sync
from observer_desktop.services.sessions import (
    add_session,
    list_sessions,
    remove_session,
    update_session,
)

DAY = (dt.date.today() - dt.timedelta(days=3)).isoformat()  # past for the server's zone too


@pytest.fixture
def server(own_oic):
    return own_oic.start()


@pytest.fixture
def proxy(server):
    with FaultProxy(server.port) as p:
        yield p


def server_sessions(server) -> dict[str, tuple]:
    """client id → (event, end, state, reason, deleted) of the observer's sessions."""
    with closing(server.db()) as conn:
        rows = conn.execute(
            "SELECT client_id, event, end_time, state, reason, deleted_at IS NOT NULL"
            " FROM participation_sessions ps JOIN observers o ON o.id = ps.observer_id"
            f" WHERE o.code = '{CODE}'"
        ).fetchall()
    assert len({r[0] for r in rows}) == len(rows)  # one row per client id, always
    return {r[0]: (r[1], r[2], r[3], r[4], bool(r[5])) for r in rows}


def decide(server, client_id: str, decision: str, reason: str = "") -> None:
    """What a coordinator does in the console's Sesiones page."""
    from sqlalchemy import select

    from oic_server import schema as s
    from oic_server.service import OICServer
    from oic_server.usecases.staff import StaffMember

    oic = OICServer.open(server.data_dir, server.database_url)
    try:
        with oic.db.read() as conn:
            staff = conn.execute(select(s.staff.c.id).where(s.staff.c.code == "COORD-01"))
            staff_id = staff.scalar()
        if staff_id is None:
            oic.add_staff("COORD-01", "Carla Ruiz", "coordinador", "contrasena-larga-1")
            with oic.db.read() as conn:
                staff = conn.execute(select(s.staff.c.id).where(s.staff.c.code == "COORD-01"))
                staff_id = staff.scalar_one()
        member = StaffMember(staff_id, "COORD-01", "Carla Ruiz", "coordinador", "t", "c")
        with oic.db.read() as conn:
            t = s.participation_sessions
            row_id = conn.execute(select(t.c.id).where(t.c.client_id == client_id)).scalar_one()
        oic.decide_sessions([row_id], decision, reason, member)
    finally:
        oic.close()


def sync_until_done(app, *, max_runs: int = 8) -> list[sync.SyncResult]:
    """Runs until one ends without an error (a bad link may stop a run before the end)."""
    results = []
    for _ in range(max_runs):
        result = sync.sync_now(app, options=FAST)
        results.append(result)
        if result.ok:
            return results
    raise AssertionError([r.to_json() for r in results])


def mine(app) -> dict[str, dict]:
    return {r["id"]: r for r in list_sessions(app)["sessions"]}


@pytest.mark.parametrize("seed", [3, 11])
def test_sessions_arrive_exactly_once_over_a_bad_link(server, proxy, observer, seed):
    observer.save_profile(name="Ana López Ñúñez", observer_code=CODE, institution="UACH")
    login(observer, proxy.url)
    a = add_session(observer, event="Junta LP-1", date=DAY, start="09:00", end="10:00")
    b = add_session(observer, event="Apertura LP-1", date=DAY, start="10:00", end="11:30")
    c = add_session(observer, event="Fallo LP-1", date=DAY, start="12:00", end="13:00")
    proxy.plan = RandomFaults(seed=seed, rate=0.5, guaranteed=2, max_after_down=200)
    sync_until_done(observer)
    assert set(server_sessions(server)) == {a["id"], b["id"], c["id"]}

    # corrected, removed, and one more, on the same bad link
    update_session(observer, a["id"], event="Junta de aclaraciones LP-1", date=DAY,
                   start="09:00", end="09:45")  # fmt: skip
    remove_session(observer, b["id"])
    d = add_session(observer, event="Visita de obra", date=DAY, start="15:00", end="16:00")
    sync_until_done(observer)
    proxy.plan = None
    assert proxy.faults  # the link really was bad
    on_server = server_sessions(server)
    assert on_server == {
        a["id"]: ("Junta de aclaraciones LP-1", "09:45", "received", None, False),
        b["id"]: ("Apertura LP-1", "11:30", "received", None, True),
        c["id"]: ("Fallo LP-1", "13:00", "received", None, False),
        d["id"]: ("Visita de obra", "16:00", "received", None, False),
    }
    assert {r["state"] for r in mine(observer).values()} == {"sent"}
    assert observer.store.deletions() == [] and observer.store.sessions_to_send() == []
    with closing(server.db()) as conn:
        institution = conn.execute(
            f"SELECT institution FROM observers WHERE code = '{CODE}'"
        ).fetchone()[0]
    assert institution == "UACH"
    # a run with nothing new sends nothing
    again = sync.sync_now(observer, options=FAST)
    assert again.ok and again.sessions.sent == [] and again.sessions.removed == []


def test_validated_is_locked_and_disputed_shows_its_reason(server, proxy, observer):
    login(observer, proxy.url)
    kept = add_session(observer, event="Fallo LP-7", date=DAY, start="09:00", end="10:00")
    wrong = add_session(observer, event="Junta LP-7", date=DAY, start="11:00", end="13:00")
    sync_until_done(observer)
    decide(server, kept["id"], "validated")
    reason = "El acta dice que la junta terminó a las 12:00."
    decide(server, wrong["id"], "disputed", reason)
    proxy.plan = RandomFaults(seed=5, rate=0.5, guaranteed=1, max_after_down=200)
    result = sync_until_done(observer)[-1]
    proxy.plan = None
    assert {d["session"]: d["state"] for d in result.sessions.decided} == {
        kept["id"]: "validated",
        wrong["id"]: "disputed",
    }
    rows = mine(observer)
    assert rows[kept["id"]]["state"] == "validated" and rows[kept["id"]]["decided_at"]
    assert (rows[wrong["id"]]["state"], rows[wrong["id"]]["reason"]) == ("disputed", reason)

    # the validated one cannot be edited nor removed on the laptop
    with pytest.raises(InputError, match=r"validada por el OIC el .*; ya no se puede cambiar"):
        update_session(observer, kept["id"], event="Otro", date=DAY, start="09:00", end="09:30")
    with pytest.raises(InputError, match="ya no se puede eliminar"):
        remove_session(observer, kept["id"])

    # the disputed one, corrected, goes back to the OIC, which decides again
    update_session(observer, wrong["id"], event="Junta LP-7", date=DAY, start="11:00", end="12:00")
    assert mine(observer)[wrong["id"]]["state"] == "to_send"
    sync_until_done(observer)
    rows = mine(observer)
    assert (rows[wrong["id"]]["state"], rows[wrong["id"]]["reason"]) == ("sent", None)
    on_server = server_sessions(server)
    assert on_server[wrong["id"]] == ("Junta LP-7", "12:00", "received", None, False)
    assert on_server[kept["id"]] == ("Fallo LP-7", "10:00", "validated", None, False)


def test_the_server_refuses_an_overlap_the_laptop_did_not_know_of(server, observer, tmp_path):
    """Two laptops of the same observer: the second one's overlapping session is refused
    by the server with its reason, kept on the session, and the run goes on."""
    from conftest import open_observer

    login(observer, server)
    add_session(observer, event="Fallo LP-9", date=DAY, start="09:00", end="11:00")
    sync_until_done(observer)
    other = open_observer(tmp_path / "laptop-2", tmp_path)
    try:
        login(other, server)
        clash = add_session(other, event="Junta LP-9", date=DAY, start="10:00", end="12:00")
        fine = add_session(other, event="Visita LP-9", date=DAY, start="12:00", end="13:00")
        result = sync.sync_now(other, options=FAST)
        assert result.error is None and result.sessions.sent == [fine["id"]]
        row = mine(other)[clash["id"]]
        assert row["state"] == "to_send" and "se traslapa con «Fallo LP-9»" in row["send_error"]
    finally:
        other.close()
