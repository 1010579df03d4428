"""The console's participation sessions, rates and stipends (issue 17) over HTTP, on
SQLite and PostgreSQL: validation one or many at once (coordinador, CSRF, a reason to
dispute), append-only decisions, the stipend arithmetic with a rate change mid-period,
and the CSV/XLSX downloads."""

from __future__ import annotations

import csv
import io
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
from oic_server.usecases.stipends import Period


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(sessions_module, "oic_today", lambda: "2026-03-31")


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


def _put(client, date, start, end, event="Junta de aclaraciones", **extra):
    sid = str(uuid.uuid4())
    body = {
        "event": event,
        "date": date,
        "start": start,
        "end": end,
        "place": "Sala",
        "notes": extra.pop("notes", ""),
        "audit": None,
        "institution": extra.pop("institution", None),
    }
    r = client.put(f"/sessions/{sid}", json=body)
    assert r.status_code == 201, r.text
    return sid


def _ids(server) -> dict[str, int]:
    t = s.participation_sessions
    with server.oic.db.read() as conn:
        return dict(conn.execute(select(t.c.client_id, t.c.id)).all())


@pytest.fixture
def observers(server):
    server.add_observer("OBS-001", "Ana López")
    server.add_observer("OBS-002", "Beto Díaz")
    with server.login("OBS-001") as ana, server.login("OBS-002") as beto:
        yield ana, beto


def test_a_coordinator_validates_and_disputes_in_bulk_with_csrf(server, observers):
    ana, beto = observers
    hostile = "<script>alert(1)</script>"
    a1 = _put(ana, "2026-03-02", "10:00", "12:00", notes=hostile)
    a2 = _put(ana, "2026-03-03", "09:00", "10:30")
    b1 = _put(beto, "2026-03-02", "10:00", "11:00")
    ids = _ids(server)
    with _signed_in(server, "CON-01", "consulta") as reader:
        page = reader.get("/sesiones")
        assert page.status_code == 200 and "Junta de aclaraciones" in page.text
        assert hostile not in page.text and "&lt;script&gt;" in page.text
        assert 'name="s"' not in page.text  # a reader has nothing to mark
        r = reader.post(
            "/sesiones/decision",
            data={"csrf": _csrf(page.text), "decision": "validar", "s": str(ids[a1])},
        )
        assert r.status_code == 403 and "Su rol" in r.text
    with _signed_in(server, "COORD-01", "coordinador") as c:
        page = c.get("/sesiones", params={"observador": "obs-001"})
        assert "Beto" not in page.text and 'name="s"' in page.text
        token = _csrf(page.text)
        r = c.post(
            "/sesiones/decision",
            data={"csrf": "x" * 40, "decision": "validar", "s": [str(ids[a1])]},
        )
        assert r.status_code == 403 and "caducó" in r.text
        r = c.post(
            "/sesiones/decision",
            data={"csrf": token, "decision": "impugnar", "motivo": " ", "s": [str(ids[b1])]},
        )
        assert r.status_code == 400 and "escriba el motivo" in r.text
        r = c.post(
            "/sesiones/decision",
            data={"csrf": token, "decision": "validar", "s": [str(ids[a1]), str(ids[a2])]},
        )
        assert r.status_code == 200 and "Sesiones validadas: 2; sin cambio: 0." in r.text
        r = c.post(
            "/sesiones/decision",
            data={
                "csrf": token,
                "decision": "impugnar",
                "motivo": "No hubo junta ese día.",
                "s": [str(ids[b1])],
            },
        )
        assert r.status_code == 200 and "Sesiones impugnadas: 1" in r.text
        # a validated one stays so: the whole decision is refused, nothing changes
        r = c.post(
            "/sesiones/decision",
            data={"csrf": token, "decision": "impugnar", "motivo": "x", "s": [str(ids[a1])]},
        )
        assert r.status_code == 409 and "ya está validada" in r.text
        detail = c.get(f"/sesiones/{ids[b1]}")
        assert "No hubo junta ese día." in detail.text and "COORD-01" in detail.text
        assert c.get("/sesiones/999999").status_code == 404
        assert "Validó una sesión" in c.get("/actividad").text
    # the laptops learn it from their feed
    feed = ana.get("/sessions", params={"since": 2}).json()["sessions"]
    assert sorted(i["state"] for i in feed) == ["validated", "validated"]
    assert beto.get("/sessions", params={"since": 1}).json()["sessions"][0]["reason"] == (
        "No hubo junta ese día."
    )
    with server.oic.db.read() as conn:
        decisions = conn.execute(select(s.session_decisions)).all()
    assert sorted(d.state for d in decisions) == ["disputed", "validated", "validated"]


def test_stipends_use_the_rates_in_force_on_each_date(server, observers):
    """UMA 100 until the 15th, 110 from then; 50 UMAs per session, 60 from the 20th.
    Ana: 2 sessions before the 15th (2 × 50 × 100), one on the 16th (50 × 110), one on
    the 25th (60 × 110) = 10000 + 5500 + 6600 = 22100."""
    ana, beto = observers
    oic = server.oic
    member = None  # the command line: no staff member
    mine = [
        _put(ana, "2026-03-02", "10:00", "12:00", institution="UACH"),
        _put(ana, "2026-03-14", "10:00", "11:30"),
        _put(ana, "2026-03-16", "16:00", "17:00"),
        _put(ana, "2026-03-25", "08:00", "09:15"),
        _put(ana, "2026-03-26", "08:00", "09:00"),  # left received: not paid
    ]
    other = _put(beto, "2026-02-27", "10:00", "11:00")  # before the period
    ids = _ids(server)
    coordinator = _coordinator(server)
    oic.decide_sessions([ids[x] for x in mine[:4]] + [ids[other]], "validated", "", coordinator)
    period = Period.parse("2026-03-01", "2026-03-31")
    result = oic.stipends(period)
    assert result["rates_missing"] and result["items"][0]["amount"] is None  # never guessed
    oic.set_rate("uma_value", "100", "2026-01-01", member)
    oic.set_rate("uma_value", "110", "2026-03-15", member)
    oic.set_rate("umas_per_session", "50", "2026-01-01", member)
    oic.set_rate("umas_per_session", "60", "2026-03-20", member)
    oic.set_rate("uma_value", "999", "2026-04-01", member)  # after the period
    result = oic.stipends(period)
    assert [(w["observer"], w["sessions"], w["hours"], w["amount"]) for w in result["items"]] == [
        ("OBS-001", 4, 5.75, 22100.0)
    ]
    assert result["items"][0]["institution"] == "UACH" and not result["rates_missing"]
    with pytest.raises(Exception, match="no es un número"):
        oic.set_rate("uma_value", "cien", "2026-01-01", member)
    with pytest.raises(Exception, match="mayor que cero"):
        oic.set_rate("uma_value", "-1", "2026-01-01", member)
    # the point for decimals and the comma between thousands, as written in Mexico: a
    # decimal comma is refused, never read as 11314 (a stipend 100 times too large)
    for typed in ("113,14", "113,1", "1,0000", "1,00,000", "1.000,50"):
        with pytest.raises(Exception, match="escriba los decimales con punto"):
            oic.set_rate("uma_value", typed, "2026-05-01", member)
    for typed in ("113.14.1", "cien pesos", "1 000"):
        with pytest.raises(Exception, match="no es un número"):
            oic.set_rate("uma_value", typed, "2026-05-01", member)
    for typed in ("", " "):
        with pytest.raises(Exception, match="Escriba el valor"):
            oic.set_rate("uma_value", typed, "2026-05-01", member)
    for typed in ("nan", "inf", "1,234,567.5"):
        with pytest.raises(Exception, match="menor que un millón"):
            oic.set_rate("uma_value", typed, "2026-05-02", member)
    assert oic.set_rate("uma_value", " 1,000.50 ", "2026-05-01", member)["value"] == 1000.5
    assert oic.set_rate("umas_per_session", ".5", "2026-05-01", member)["value"] == 0.5
    with pytest.raises(Exception, match="AAAA-MM-DD"):
        oic.set_rate("uma_value", "100", "01/03/2026", member)
    with _signed_in(server, "CON-01", "consulta") as c:
        page = c.get("/estipendios", params={"desde": "2026-03-01", "hasta": "2026-03-31"})
        assert page.status_code == 200 and "22,100.00" in page.text and "UACH" in page.text
        assert c.get("/estipendios", params={"desde": "x"}).status_code == 400
        # without dates: the last whole month at the OIC (what payroll pays)
        import oic_server.console.stipends as stipends_page

        real_today = stipends_page.oic_today
        stipends_page.oic_today = lambda: "2026-04-07"
        try:
            opened = c.get("/estipendios")
        finally:
            stipends_page.oic_today = real_today
        assert 'value="2026-03-01"' in opened.text and 'value="2026-03-31"' in opened.text
        assert "22,100.00" in opened.text
        got = c.get("/estipendios.csv", params={"desde": "2026-03-01", "hasta": "2026-03-31"})
        assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(got.content.decode("utf-8-sig"))))
        assert rows[0][:6] == [
            "Observador",
            "Nombre",
            "Institución",
            "Sesiones validadas",
            "Horas",
            "Importe (pesos)",
        ]
        assert rows[1][:6] == ["OBS-001", "Ana López", "UACH", "4", "5.75", "22100.00"]
        assert len(rows) == 2
        got = c.get("/estipendios.xlsx", params={"desde": "2026-03-01", "hasta": "2026-03-31"})
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(got.content)).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[1][:6] == ["OBS-001", "Ana López", "UACH", 4, 5.75, 22100]
        rates = c.get("/tarifas")
        assert "110" in rates.text and 'action="/tarifas"' not in rates.text  # read only
        assert c.get("/estipendios.pdf").status_code == 404


def test_rates_are_set_in_the_console_by_a_coordinator(server):
    with _signed_in(server, "COORD-01", "coordinador") as c:
        page = c.get("/tarifas")
        assert "sin fijar" in page.text
        token = _csrf(page.text)
        form = {"csrf": token, "kind": "uma_value", "value": "113.14", "valid_from": "2026-02-01"}
        r = c.post("/tarifas", data=form)
        assert r.status_code == 200 and "Tarifa guardada." in r.text and "113.14" in r.text
        r = c.post("/tarifas", data=form | {"value": "0"})
        assert r.status_code == 400 and "mayor que cero" in r.text
        r = c.post("/tarifas", data=form | {"csrf": "x" * 40, "value": "1"})
        assert r.status_code == 403
    with server.oic.db.read() as conn:
        assert [(r.kind, r.value) for r in conn.execute(select(s.rates))] == [("uma_value", 113.14)]


def _coordinator(server):
    from oic_server.usecases.staff import StaffMember

    server.oic.add_staff("COORD-09", "Carla", "coordinador", PASSWORD, one_time=False)
    with server.oic.db.read() as conn:
        staff_id = conn.execute(
            select(s.staff.c.id).where(s.staff.c.code == "COORD-09")
        ).scalar_one()
    return StaffMember(staff_id, "COORD-09", "Carla", "coordinador", "t", "c")


def test_the_names_shown_from_python_have_their_english():
    from oic_server.console.i18n import EN
    from oic_server.usecases.sessions import SESSION_STATES
    from oic_server.usecases.stipends import RATE_KINDS

    names = [*SESSION_STATES.values(), *RATE_KINDS.values()]
    names += ["Validó una sesión", "Impugnó una sesión", "Fijó una tarifa"]
    assert [name for name in names if name not in EN] == []
