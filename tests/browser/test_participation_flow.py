"""Issue 17's whole loop in one test, in a real browser and the real laptop client (its
services and sync, no GUI): the coordinator publishes an event on «Agenda»; the observer's
laptop syncs, signs up with the conflict-of-interest declaration and syncs; the
coordinator confirms; the laptop starts the audit and the session from the confirmed
event, records the session on the event's day and syncs; the coordinator validates it on
«Sesiones», issues the constancia of the period on «Constancias» and downloads its PDF;
the public page ``/verificar/<folio>`` (another browser, no login) says what it certifies
and accepts that PDF; the laptop's next sync shows the session validated and locked."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
from console_browser import expect, login
from oic_testing import PASSWORD
from sqlalchemy import select

from observer_desktop.core.errors import InputError
from observer_desktop.services import sync
from observer_desktop.services.agenda import declaration, list_agenda, sign_up, start_from_event
from observer_desktop.services.app import Observador
from observer_desktop.services.sessions import add_session, list_sessions, update_session
from observer_desktop.sync.policy import RetryPolicy
from oic_server import schema as s
from oic_server.oic_time import OIC_ZONE, oic_today

OPTIONS = sync.SyncOptions(
    stall_timeout=10.0,
    connect_timeout=5.0,
    retry=RetryPolicy(base=0.02, cap=0.3, max_failures=5, seed=1),
    fetch_forms=False,
)
T = TypeVar("T")


@pytest.fixture
def laptop_in_chihuahua(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The laptop's clock in the OIC's zone, as an observer's laptop is: its «today» (a
    sign-up to a past event, a session in the future) must be the OIC's, whatever zone
    the machine running the tests is in."""
    monkeypatch.setenv("TZ", OIC_ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def on_laptop(laptop: Any, work: Callable[[Observador], T]) -> T:
    """``work(app)`` in a thread of its own (signing uses ``asyncio.run``, which refuses
    the thread where Playwright keeps its event loop). The shipped checklists too: the
    audit of the event is one of them."""

    def run() -> T:
        with Observador(laptop.folder) as app:
            return work(app)

    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(run).result()


def test_agenda_sign_up_session_validation_constancia_and_the_public_page(
    page, new_page, console_server, make_staff, make_laptop, laptop_in_chihuahua, tmp_path
):
    today = oic_today()
    day_shown = f"{today[8:10]}/{today[5:7]}/{today[:4]}"

    # 1. the coordinator publishes today's event (at midnight: already past)
    coordinator = make_staff("COORD-01", "Carla Ruiz", "coordinador")
    login(page, coordinator.code, coordinator.password)
    page.get_by_role("link", name="Agenda").click()
    page.locator("select[name=kind]").select_option(label="Junta de aclaraciones")
    page.get_by_label("Fecha").fill(today)
    page.get_by_label("Hora de inicio").fill("00:00")
    page.get_by_label("Lugar", exact=True).fill("Sala de juntas de Obras Públicas")
    page.get_by_label("Número de procedimiento").fill("LP-012-2026")
    page.get_by_label("Unidad convocante").fill("Obras Públicas")
    page.get_by_label("Lugares").fill("2")
    page.get_by_role("button", name="Publicar", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Evento publicado.")
    event_url = page.url.split("?")[0]

    # 2. the observer's laptop logs in (enrolls), syncs, signs up, syncs again
    laptop = make_laptop("OBS-001")
    console_server.add_observer(laptop.code, "Ana López Núñez")
    logged = on_laptop(
        laptop,
        lambda app: sync.login(
            app, server=console_server.base_url, code=laptop.code, password=PASSWORD,
            options=OPTIONS,
        ),
    )  # fmt: skip
    assert logged.enrolled, logged

    def sync_laptop() -> None:
        outcome = on_laptop(laptop, lambda app: sync.sync_now(app, options=OPTIONS))
        assert outcome.ok, outcome.to_json()

    sync_laptop()
    events = on_laptop(laptop, lambda app: list_agenda(app, "upcoming"))
    assert [(e["title"], e["date"], e["status"]) for e in events] == [
        ("Junta de aclaraciones", today, None)
    ]
    event_id = events[0]["event"]
    signed = on_laptop(
        laptop,
        lambda app: sign_up(app, event_id, declaration_text=declaration(app), no_conflict=True),
    )
    assert signed["status"] == "to_send"
    sync_laptop()

    # 3. the coordinator confirms the sign-up on the event's page
    page.goto(event_url)
    row = page.get_by_role("row").filter(has_text="OBS-001")
    expect(row.locator(".state")).to_have_text("Solicitada")
    row.get_by_label("Confirmar").check()
    row.get_by_role("button", name="Decidir").click()
    expect(page.get_by_role("status")).to_have_text("Inscripción confirmada.")

    # 4. the laptop sees it confirmed, starts the audit and the session from the event
    sync_laptop()

    def start_and_record(app: Observador) -> dict:
        [event] = list_agenda(app, "mine")
        assert (event["event"], event["status"]) == (event_id, "confirmed")
        started = start_from_event(app, event_id, "procedimiento_contratacion")
        prefill = started["session"]
        assert (prefill["event"], prefill["date"], prefill["start"], prefill["place"]) == (
            "Junta de aclaraciones",
            today,
            "00:00",
            "Sala de juntas de Obras Públicas",
        )
        header = app.resolve_audit(started["audit"]["id"])["header"]
        header = json.loads(header) if isinstance(header, str) else header
        assert header["numero_procedimiento"] == "LP-012-2026"
        return add_session(
            app, event=prefill["event"], date=prefill["date"], start=prefill["start"],
            end="00:45", place=prefill["place"], audit_ref=prefill["audit_id"],
        )  # fmt: skip

    session = on_laptop(laptop, start_and_record)
    assert session["state"] == "to_send" and session["hours"] == 0.75
    sync_laptop()
    sent = on_laptop(laptop, lambda app: list_sessions(app)["sessions"])
    assert [(s["id"], s["state"]) for s in sent] == [(session["id"], "sent")]

    # 5. the coordinator validates it on «Sesiones»
    page.get_by_role("link", name="Sesiones").click()
    page.get_by_label("Marcar Junta de aclaraciones").check()
    page.get_by_role("button", name="Aplicar a las marcadas").click()
    expect(page.get_by_role("status")).to_have_text("Sesiones validadas: 1; sin cambio: 0.")
    expect(page.locator(".state.session-validated")).to_have_text("Validada")

    # 6. ... issues the constancia of the observer and the period and downloads it
    page.get_by_role("link", name="Constancias").click()
    page.locator("select[name=observador]").select_option("OBS-001")
    page.get_by_label("Desde").fill(today)
    page.get_by_label("Hasta").fill(today)
    page.get_by_role("button", name="Emitir constancia").click()
    notice = page.get_by_role("status")
    expect(notice).to_contain_text("emitida: 1 sesiones validadas.")
    folio = notice.inner_text().split()[1]
    current = page.locator("tr.current")
    expect(current.get_by_role("cell", name=folio)).to_be_visible()
    with page.expect_download() as info:
        current.get_by_role("link", name="Descargar PDF").click()
    pdf_path = tmp_path / info.value.suggested_filename
    info.value.save_as(pdf_path)
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF-")
    with console_server.oic.db.read() as conn:
        sha = conn.execute(
            select(s.constancias.c.sha256).where(s.constancias.c.folio == folio)
        ).scalar_one()
    assert hashlib.sha256(pdf).hexdigest() == sha

    # 7. the public page, in another browser without a session
    public = new_page()
    public.goto(f"/verificar/{folio}")
    expect(public.get_by_role("button", name="Salir")).to_have_count(0)
    expect(public.get_by_role("status")).to_have_text(
        f"El folio {folio} existe: es una constancia de participación emitida por el "
        "Órgano Interno de Control."
    )
    facts = public.locator("dl.facts")
    expect(facts).to_contain_text("Ana López Núñez")
    expect(facts).to_contain_text(f"{day_shown} – {day_shown}")
    expect(facts.locator("dt:has-text('Sesiones validadas') + dd")).to_have_text("1")
    expect(facts.locator("dt:has-text('Horas') + dd")).to_have_text("0 h 45 min")
    expect(facts).not_to_contain_text("OBS-001")
    public.locator("input[name=archivo]").set_input_files(str(pdf_path))
    public.get_by_role("button", name="Comprobar").click()
    expect(public.get_by_text("El archivo es exactamente esta constancia")).to_be_visible()
    expect(public.get_by_text("El archivo NO es esta constancia")).to_have_count(0)

    # 8. the laptop's next sync: validated, and locked
    sync_laptop()

    def edit(app: Observador) -> tuple[str, str]:
        [row] = list_sessions(app)["sessions"]
        try:
            update_session(
                app, row["id"], event=row["event"], date=row["date"], start="00:00",
                end="01:00", place=row["place"],
            )  # fmt: skip
        except InputError as refused:
            return row["state"], str(refused)
        raise AssertionError("una sesión validada se pudo cambiar en el equipo")

    state, refusal = on_laptop(laptop, edit)
    assert state == "validated"
    assert "fue validada por el OIC" in refusal and "ya no se puede cambiar" in refusal
    assert [s["end_time"] for s in on_laptop(laptop, lambda a: list_sessions(a)["sessions"])] == [
        "00:45"
    ]
