"""``oic-server demo``: a server data folder with sample work, to see the staff console
populated with one command (``make console``).

It initializes the folder (as ``init``), adds an administrador account (its one-time
password printed once) and has two demo observers deliver sample audits through protocol
v1: the server runs in this process on a free loopback port, and each observer's laptop
is a process of its own (``python -m observer_desktop.services.demo_delivery``), as a
real laptop would be — the server never imports the laptop's app (the import contracts).
The laptops' folders stay in ``<data>/demo-laptops/``, so running again finds their
audits and sends nothing twice.

Kept apart from :mod:`oic_server.cli` (which adds this command to its parser) so each
file keeps one job.
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observer_desktop.core.text import count_text
from oic_server.cli import EXIT_CHECK, EXIT_OK, AddCommand, _open, _out
from oic_server.config import Paths
from oic_server.errors import ApiError

__all__ = ["STAFF_CODE", "add_demo_command"]

STAFF_CODE = "ADMIN-DEMO"
STAFF_NAME = "Administración (demo)"
LAPTOPS = "demo-laptops"  # inside the server's data folder
LAPTOP_MODULE = "observer_desktop.services.demo_delivery"
LAPTOP_TIMEOUT = 600  # seconds; a laptop signs a few reports and sends a few MB


@dataclass(frozen=True)
class DemoObserver:
    code: str
    name: str


# DEMO-001 is the desktop demo's own code (observer_desktop/services/demo.py): its laptop
# loads those audits; any other code gets audits of its own (demo_delivery.OTHER_AUDITS)
OBSERVERS = (
    DemoObserver("DEMO-001", "Observadora de ejemplo"),
    DemoObserver("DEMO-002", "Segundo observador de ejemplo"),
)


def _check_demo_folder(server: Any) -> None:
    """Refuse a server with real observers: sample submissions must never reach a real
    OIC's inbox."""
    demo = {o.code for o in OBSERVERS}
    real = [o["code"] for o in server.list_observers() if o["code"] not in demo]
    if real:
        shown = ", ".join(real[:3]) + ("…" if len(real) > 3 else "")
        raise ApiError(
            "conflict",
            f"Este servidor tiene observadores reales ({shown}): la demostración no mezcla "
            "envíos de ejemplo con los del OIC. Use otra carpeta de datos (--data-dir).",
        )


def _staff_account(server: Any, *, reset: bool) -> tuple[str, str | None]:
    """("creada" | "existente" | "restablecida", one-time password or None)."""
    existing = {r["code"]: r for r in server.list_staff()}
    if STAFF_CODE not in existing:
        result = server.add_staff(STAFF_CODE, STAFF_NAME, "administrador", None, one_time=True)
        return "creada", result["password"]
    if reset:
        if existing[STAFF_CODE]["disabled"]:
            server.set_staff_disabled(STAFF_CODE, False)
        return "restablecida", server.reset_staff_password(STAFF_CODE)["password"]
    return "existente", None


@contextmanager
def _serving(server: Any) -> Iterator[str]:
    """The server's API under uvicorn in a thread, on 127.0.0.1 and a free port, as
    ``serve`` runs it (the connection guard); yields its address."""
    import uvicorn

    from oic_server.api import create_app
    from oic_server.connections import uvicorn_config

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn_config(
        create_app(server), log_level="warning", lifespan="off", access_log=False
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not running.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise ApiError("internal", "El servidor de la demostración no arrancó.")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        running.should_exit = True
        thread.join(30)
        sock.close()


def _observer_password(server: Any, observer: DemoObserver) -> str:
    """A new reusable password for the demo observer (added if missing): only their
    laptop process learns it, on its standard input."""
    password = secrets.token_urlsafe(18)
    if any(o["code"] == observer.code for o in server.list_observers()):
        server.set_password(observer.code, password, one_time=False)
    else:
        server.add_observer(observer.code, observer.name, password, one_time=False)
    return password


def _committed(server: Any, code: str) -> int:
    rows = server.admin_submissions(state="committed")
    return sum(r["observer"] == code for r in rows)


def _start_laptop(folder: Path, url: str, observer: DemoObserver) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("OBSERVER_DATA_DIR", None)
    command = [
        sys.executable,
        "-m",
        LAPTOP_MODULE,
        *("--folder", str(folder), "--server", url),
        *("--code", observer.code, "--name", observer.name),
    ]
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _deliver(server: Any, laptops: Path) -> list[dict[str, Any]]:
    """Run every demo observer's laptop against the server (at once); one row each."""
    rows: list[dict[str, Any]] = []
    started: list[tuple[dict[str, Any], subprocess.Popen]] = []
    try:
        with _serving(server) as url:
            _run_laptops(server, laptops, url, rows, started)
    finally:
        for _, process in started:
            if process.poll() is None:  # this run failed before waiting for it
                process.kill()
                process.wait()
    for row in rows:
        row["after"] = _committed(server, row["observer"].code)
    return rows


def _run_laptops(
    server: Any,
    laptops: Path,
    url: str,
    rows: list[dict[str, Any]],
    started: list[tuple[dict[str, Any], subprocess.Popen]],
) -> None:
    """Start every demo observer's laptop (at once), then wait for each; fills ``rows``."""
    for observer in OBSERVERS:
        folder = laptops / observer.code
        row: dict[str, Any] = {"observer": observer, "before": _committed(server, observer.code)}
        rows.append(row)
        if not folder.is_dir() and row["before"]:
            # its audits are on the server but the laptop is gone: new audits would
            # be copies, so this observer is left as it is
            row["skipped"] = True
            continue
        folder.mkdir(parents=True, exist_ok=True)
        password = _observer_password(server, observer)
        process = _start_laptop(folder, url, observer)
        started.append((row, process))
        assert process.stdin is not None
        process.stdin.write(password + "\n")  # now, so they all work at once
        process.stdin.flush()  # (communicate closes it)
    for row, process in started:
        try:
            _, err = process.communicate(timeout=LAPTOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
            err += f"\nSin terminar después de {LAPTOP_TIMEOUT} s."
        row["error"] = err.strip() if process.returncode else None


# Participation sessions (issue 17): (observer, days ago, start, end, event, place,
# decision, reason). Stored through the same use case as PUT /api/v1/sessions, with
# fixed ids (a second run replaces nothing it already has); decided by the demo's own
# staff account so that Sesiones shows each state and Estipendios has amounts.
DEMO_SESSIONS = (
    ("DEMO-001", 20, "10:00", "12:00", "Junta de aclaraciones LP-2026-014", "Sala de juntas, "
     "Presidencia", "validated", ""),
    ("DEMO-001", 13, "09:00", "11:30", "Presentación y apertura de proposiciones LP-2026-014",
     "Sala de juntas, Presidencia", "validated", ""),
    ("DEMO-001", 6, "17:00", "18:00", "Fallo LP-2026-014", "Auditorio municipal", "disputed",
     "El acta registra el fallo a las 12:00; corrija el horario."),
    ("DEMO-001", 2, "11:00", "13:00", "Visita de obra OP-2026-031", "Col. Centro", "", ""),
    ("DEMO-002", 15, "10:00", "11:00", "Junta de aclaraciones IR-2026-007", "Oficialía Mayor",
     "validated", ""),
    ("DEMO-002", 4, "09:30", "12:00", "Visita de obra OP-2026-031", "Col. Centro", "", ""),
)  # fmt: skip
DEMO_RATES = (("uma_value", "113.14"), ("umas_per_session", "50"))


def _demo_sessions(server: Any) -> int:
    """The demo's sessions, decisions and rates (once); how many sessions the server has."""
    import datetime as _dt
    import uuid

    from sqlalchemy import func, select

    from oic_server import schema as s
    from oic_server.models import SessionBody
    from oic_server.usecases.base import Caller
    from oic_server.usecases.sessions import oic_today
    from oic_server.usecases.staff import StaffMember

    today = _dt.date.fromisoformat(oic_today())
    with server.db.read() as conn:
        observers = {r.code: r for r in conn.execute(select(s.observers))}
        admin = conn.execute(select(s.staff).where(s.staff.c.code == STAFF_CODE)).one()
        has_rates = conn.execute(select(func.count()).select_from(s.rates)).scalar_one()
    member = StaffMember(admin.id, admin.code, admin.name, admin.role, "", "")
    if not has_rates:
        for kind, value in DEMO_RATES:
            server.set_rate(kind, value, f"{today.year}-01-01", member, address="demo")
    for n, (code, ago, start, end, event, place, decision, reason) in enumerate(DEMO_SESSIONS):
        if code not in observers:
            continue
        o = observers[code]
        client_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"observador-demo/{code}/{n}"))
        body = SessionBody(
            event=event,
            date=(today - _dt.timedelta(days=ago)).isoformat(),
            start=start,
            end=end,
            place=place,
            notes="Sesión de ejemplo de la demostración.",
            institution="Universidad Autónoma de Chihuahua" if code == "DEMO-002" else None,
        )
        try:
            _, state = server.put_session(Caller(o.id, o.code, o.name, ""), client_id, body)
        except ApiError:  # validated on an earlier run (another day): kept as it is
            continue
        if decision and state["state"] == "received" and state["decided_at"] is None:
            with server.db.read() as conn:
                t = s.participation_sessions
                row_id = conn.execute(
                    select(t.c.id).where(t.c.observer_id == o.id, t.c.client_id == client_id)
                ).scalar_one()
            server.decide_sessions([row_id], decision, reason, member, address="demo")
    with server.db.read() as conn:
        return conn.execute(select(func.count()).select_from(s.participation_sessions)).scalar_one()


# The agenda (issue 17): (days ahead, kind, title, start, place, procedure, unit, seats,
# sign-ups as (observer, decision)). Published once (a second run adds nothing), by the
# demo's staff account; the sign-ups through the same use case as PUT /api/v1/signups.
DEMO_EVENTS = (
    (3, "junta_aclaraciones", "", "10:00", "Sala de juntas, Presidencia", "LP-2026-021",
     "Dirección de Obras Públicas", 2, (("DEMO-001", "confirmed"), ("DEMO-002", ""))),
    (8, "visita_obra", "", "09:00", "Av. Tecnológico y Calle 20, Col. Centro", "OP-2026-034",
     "Dirección de Obras Públicas", 3, (("DEMO-002", ""),)),
    (12, "apertura_proposiciones", "", "11:00", "Sala de juntas, Presidencia", "LP-2026-021",
     "Dirección de Obras Públicas", 2, ()),
    (20, "otro", "Otro: sesión del Comité de Adquisiciones", "12:00", "Oficialía Mayor",
     "", "Oficialía Mayor", 1, ()),
)  # fmt: skip


def _demo_agenda(server: Any) -> int:
    """The demo's upcoming events and sign-ups (once); how many events the server has."""
    import datetime as _dt
    import uuid

    from sqlalchemy import func, select

    from oic_server import schema as s
    from oic_server.models import SignupBody
    from oic_server.usecases.agenda import EventForm
    from oic_server.usecases.base import Caller
    from oic_server.usecases.sessions import oic_today
    from oic_server.usecases.staff import StaffMember

    today = _dt.date.fromisoformat(oic_today())
    with server.db.read() as conn:
        if conn.execute(select(func.count()).select_from(s.agenda_events)).scalar_one():
            return conn.execute(select(func.count()).select_from(s.agenda_events)).scalar_one()
        observers = {r.code: r for r in conn.execute(select(s.observers))}
        admin = conn.execute(select(s.staff).where(s.staff.c.code == STAFF_CODE)).one()
    member = StaffMember(admin.id, admin.code, admin.name, admin.role, "", "")
    declaration = server.declaration()
    now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for n, (ahead, kind, title, start, place, number, unit, seats, signups) in enumerate(
        DEMO_EVENTS
    ):
        form = EventForm.parse(
            {
                "kind": kind,
                "title": title,
                "date": (today + _dt.timedelta(days=ahead)).isoformat(),
                "start_time": start,
                "place": place,
                "procedure_number": number,
                "convening_unit": unit,
                "seats": str(seats),
                "notes": "Evento de ejemplo de la demostración. Llegue 15 minutos antes.",
            }
        )
        event_id = server.save_event(form, member, address="demo")
        for code, decision in signups:
            if code not in observers:
                continue
            o = observers[code]
            client_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"observador-demo/{code}/evento/{n}"))
            body = SignupBody(
                event=event_id, declaration=declaration, declared_at=now, no_conflict=True
            )
            server.put_signup(Caller(o.id, o.code, o.name, ""), client_id, body)
            if decision:
                with server.db.read() as conn:
                    signup_id = conn.execute(
                        select(s.signups.c.id).where(
                            s.signups.c.observer_id == o.id, s.signups.c.client_id == client_id
                        )
                    ).scalar_one()
                server.decide_signup(signup_id, decision, "", member, address="demo")
    return len(DEMO_EVENTS)


def cmd_demo(args: argparse.Namespace) -> int:
    from oic_server.service import initialize

    started = time.monotonic()
    data_dir: Path = args.data_dir_path
    if (Paths(data_dir).keys).is_dir() and not (data_dir / LAPTOPS).is_dir():
        raise ApiError(  # checked before init, which could migrate a real server's database
            "conflict",
            f"{data_dir} ya tiene un servidor que no es de demostración: la demostración no "
            "mezcla envíos de ejemplo con los del OIC. Use otra carpeta de datos (--data-dir).",
        )
    init = initialize(data_dir, args.database, blob_store=args.blob_store)  # recorded for serve
    (data_dir / LAPTOPS).mkdir(exist_ok=True)  # marks the folder as the demo's
    _out(
        f"Servidor de demostración en {init['data_dir']} "
        + ("(recién creado)." if init["keys_created"] else "(ya existía).")
    )
    with _open(args) as server:
        _check_demo_folder(server)
        state, password = _staff_account(server, reset=args.reset_password)
        rows = _deliver(server, data_dir / LAPTOPS)
        total = len(server.admin_submissions(state="committed"))
        sessions = _demo_sessions(server)
        events = _demo_agenda(server)

    failed = False
    _out("Observadores de ejemplo (cada uno envió desde su propia laptop):")
    for row in rows:
        o: DemoObserver = row["observer"]
        new = row["after"] - row["before"]
        line = f"  {o.code}  {o.name}: " + count_text(row["after"], "envío", "envíos")
        if row.get("skipped"):
            _out(line + f" (falta su carpeta {data_dir / LAPTOPS / o.code}: no se repiten)")
            continue
        if not row["error"]:
            _out(line + (f" ({new} nuevo{'s' if new != 1 else ''})" if new else " (ya estaban)"))
        else:
            failed = True
            _out(line + "; su laptop falló:\n    " + row["error"].replace("\n", "\n    "))

    url = f"http://127.0.0.1:{args.port}/"
    _out("")
    _out("Consola del OIC")
    _out(
        f"  1. Atiéndala con «oic-server --data-dir {data_dir} serve --port {args.port}» "
        "(make console ya lo hace)"
    )
    _out(f"  2. Abra {url}")
    if password is not None:
        word = "creada" if state == "creada" else "con contraseña nueva"
        _out(f"  3. Entre con la cuenta {STAFF_CODE} ({STAFF_NAME}, {word}):")
        _out(f"       código:     {STAFF_CODE}")
        _out(f"       contraseña: {password}")
        _out(
            "     Es de un solo uso y se muestra solo esta vez: al entrar, la consola le pide "
            "elegir una propia."
        )
    else:
        _out(
            f"  3. Entre con la cuenta {STAFF_CODE}: ya existía, así que su contraseña no se "
            "muestra de nuevo. Si no la recuerda, ejecute la demostración con "
            "--reset-password (le da otra de un solo uso)."
        )
    _out(
        f"Envíos en el servidor: {total}, de {count_text(len(rows), 'observador', 'observadores')} "
        f"({time.monotonic() - started:.0f} s)."
    )
    _out(
        f"Sesiones de participación: {sessions} (Recibida, Validada, Impugnada), con tarifas "
        "de ejemplo: vea Sesiones y Estipendios en la consola."
    )
    _out(f"Agenda: {events} eventos con inscripciones de ejemplo: vea Agenda en la consola.")
    return EXIT_CHECK if failed else EXIT_OK


def add_demo_command(sub: Any, add: AddCommand) -> None:
    c = add(
        sub,
        "demo",
        cmd_demo,
        "carpeta de demostración: cuenta de administración y envíos de ejemplo entregados "
        "por el protocolo v1 (para ver la consola con datos)",
    )
    c.add_argument(
        "--reset-password",
        action="store_true",
        help=f"dar a la cuenta {STAFF_CODE}, si ya existe, otra contraseña de un solo uso",
    )
    c.add_argument(
        "--port",
        type=int,
        default=8000,
        metavar="P",
        help="puerto en que atenderá «serve», para la dirección que se imprime (8000)",
    )
