"""Issue 17's agenda in a real browser: the coordinator publishes an event on «Agenda»;
an observer signs up from the real laptop client (its services and sync, no GUI) with
the conflict-of-interest declaration the laptop received; the coordinator confirms the
sign-up on the event's page; the laptop's next sync sees it confirmed.

With ``OIC_AGENDA_SCREENSHOTS=<folder>`` the console's agenda pages are saved there."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from console_browser import expect, login
from oic_testing import PASSWORD

from observer_desktop.services import sync
from observer_desktop.services.agenda import declaration, list_agenda, sign_up
from observer_desktop.services.app import Observador
from observer_desktop.sync.policy import RetryPolicy
from oic_server.usecases.sessions import oic_today

OPTIONS = sync.SyncOptions(
    stall_timeout=10.0,
    connect_timeout=5.0,
    retry=RetryPolicy(base=0.02, cap=0.3, max_failures=5, seed=1),
    fetch_forms=False,
)
SCREENSHOTS = os.environ.get("OIC_AGENDA_SCREENSHOTS", "")
T = TypeVar("T")


def on_laptop(laptop: Any, work: Callable[[Observador], T]) -> T:
    """``work(app)`` in a thread of its own (signing uses ``asyncio.run``, which refuses
    the thread where Playwright keeps its event loop)."""

    def run() -> T:
        with Observador(laptop.folder, form_dirs=[laptop.forms]) as app:
            return work(app)

    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(run).result()


def shot(page, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=True)


def test_publish_sign_up_from_the_laptop_confirm_and_the_laptop_sees_it(
    page, console_server, make_staff, make_laptop
):
    day = (_dt.date.fromisoformat(oic_today()) + _dt.timedelta(days=5)).isoformat()
    coordinator = make_staff("COORD-01", "Carla Ruiz", "coordinador")
    login(page, coordinator.code, coordinator.password)
    page.get_by_role("link", name="Agenda").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Agenda de eventos")
    page.locator("select[name=kind]").select_option(label="Junta de aclaraciones")
    page.get_by_label("Fecha").fill(day)
    page.get_by_label("Hora de inicio").fill("10:00")
    page.get_by_label("Lugar", exact=True).fill("Sala de juntas <b>B</b>")
    page.get_by_label("Número de procedimiento").fill("LP-012-2026")
    page.get_by_label("Unidad convocante").fill("Obras Públicas")
    page.get_by_label("Lugares").fill("2")
    page.get_by_role("button", name="Publicar", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Evento publicado.")
    expect(page.get_by_text("Sala de juntas <b>B</b>")).to_be_visible()  # as text
    event_url = page.url.split("?")[0]

    # the observer's laptop: log in (enrolls), sync the agenda, sign up, sync again
    laptop = make_laptop("OBS-001")
    console_server.add_observer(laptop.code, "Ana López")
    logged = on_laptop(
        laptop,
        lambda app: sync.login(
            app,
            server=console_server.base_url,
            code=laptop.code,
            password=PASSWORD,
            options=OPTIONS,
        ),
    )
    assert logged.enrolled, logged

    def sync_laptop() -> None:
        outcome = on_laptop(laptop, lambda app: sync.sync_now(app, options=OPTIONS))
        assert outcome.ok, outcome.to_json()

    sync_laptop()
    events = on_laptop(laptop, lambda app: list_agenda(app, "upcoming"))
    assert [(e["title"], e["date"]) for e in events] == [("Junta de aclaraciones", day)]
    event_id = events[0]["event"]

    def signing(app: Observador) -> dict:
        return sign_up(app, event_id, declaration_text=declaration(app), no_conflict=True)

    on_laptop(laptop, signing)
    sync_laptop()

    page.goto(event_url)
    row = page.get_by_role("row").filter(has_text="OBS-001")
    expect(row.locator(".state")).to_have_text("Solicitada")
    shot(page, "agenda-event-requested.png")
    row.get_by_label("Confirmar").check()
    row.get_by_role("button", name="Decidir").click()
    expect(page.get_by_role("status")).to_have_text("Inscripción confirmada.")
    expect(page.get_by_role("row").filter(has_text="OBS-001").locator(".state")).to_have_text(
        "Confirmada"
    )
    expect(page.get_by_text("1 confirmados de 2")).to_be_visible()
    page.get_by_role("link", name="Agenda").first.click()
    shot(page, "agenda.png")

    sync_laptop()
    mine = on_laptop(laptop, lambda app: list_agenda(app, "upcoming"))
    assert [(e["event"], e["status"], e["seats_taken"]) for e in mine] == [
        (event_id, "confirmed", 1)
    ]
