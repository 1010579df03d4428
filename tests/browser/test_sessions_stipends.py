"""Issue 17 in a real browser: an observer's session arrives through protocol v1, the
coordinator validates it on «Sesiones», sets the rates on «Tarifas», and downloads the
stipends CSV of the period from «Estipendios y horas» (the amount is the rates in force)."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import uuid

from console_browser import expect, login

from oic_server.usecases.sessions import oic_today


def test_the_coordinator_validates_a_session_and_downloads_the_stipends_csv(
    page, console_server, make_staff
):
    day = (_dt.date.fromisoformat(oic_today()) - _dt.timedelta(days=1)).isoformat()
    console_server.add_observer("OBS-001", "Ana López")
    sid = str(uuid.uuid4())
    with console_server.login("OBS-001") as laptop:
        body = {
            "event": "Junta de aclaraciones <b>LP-012</b>",
            "date": day,
            "start": "10:00",
            "end": "12:30",
            "place": "Sala de juntas",
            "notes": "<img src=x onerror=alert(1)>",
            "audit": None,
            "institution": "UACH",
        }
        assert laptop.put(f"/sessions/{sid}", json=body).status_code == 201
    coordinator = make_staff("COORD-01", "Carla Ruiz", "coordinador")
    login(page, coordinator.code, coordinator.password)

    page.get_by_role("link", name="Sesiones").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sesiones de participación")
    expect(page.get_by_text("<img src=x onerror=alert(1)>")).to_be_visible()  # as text
    page.get_by_label("Marcar Junta de aclaraciones <b>LP-012</b>").check()
    page.get_by_role("button", name="Aplicar a las marcadas").click()
    expect(page.get_by_role("status")).to_have_text("Sesiones validadas: 1; sin cambio: 0.")
    expect(page.locator(".state.session-validated")).to_have_text("Validada")
    expect(page.get_by_text("COORD-01")).to_be_visible()

    page.get_by_role("link", name="Estipendios").click()
    page.get_by_role("link", name="Tarifas").click()
    for kind, value in (("Valor de la UMA (pesos)", "113.14"), ("UMAs por sesión", "50")):
        page.locator("select[name=kind]").select_option(label=kind)
        page.get_by_label("Valor", exact=True).fill(value)
        page.get_by_label("Vigente desde").fill(f"{day[:4]}-01-01")
        page.get_by_role("button", name="Guardar tarifa").click()
        expect(page.get_by_role("status")).to_have_text("Tarifa guardada.")

    page.get_by_role("link", name="Estipendios").click()
    page.get_by_label("Desde").fill(day)
    page.get_by_label("Hasta").fill(day)
    page.get_by_role("button", name="Calcular").click()
    expect(page.get_by_role("cell", name="5,657.00")).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == f"estipendios-{day}-{day}.csv"
    rows = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8-sig").read())))
    assert rows[1][:6] == ["OBS-001", "Ana López", "UACH", "1", "2.50", "5657.00"]

    with console_server.login("OBS-001") as laptop:  # the laptop learns it at its next sync
        feed = laptop.get("/sessions", params={"since": 1}).json()
    assert [(i["session"], i["state"]) for i in feed["sessions"]] == [(sid, "validated")]
