"""``observer session``: participation sessions and their hours."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, add_group, json_flag, print_json
from observer_desktop.services.app import Observador


def cmd_session_add(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import add_session

    row = add_session(
        app,
        event=args.event,
        date=args.date,
        start=args.start,
        end=args.end,
        audit_ref=args.audit,
        place=args.place or "",
        notes=args.notes or "",
    )
    if args.json:
        print_json(row)
    else:
        print(
            f"Sesión registrada: {row['date']} {row['start_time']}–{row['end_time']} "
            f"({row['hours']:.2f} h) {row['event']}"
        )
    return EXIT_OK


def _state_word(state: str) -> str:
    """The state's name in a sentence (the services' names, lower case)."""
    from observer_desktop.services.sessions import STATE_WORDS

    return STATE_WORDS[state].lower()


def cmd_session_edit(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import list_sessions, update_session

    current = next(
        (r for r in list_sessions(app)["sessions"] if r["id"].startswith(args.session.lower())),
        None,
    )
    fields = {
        "event": args.event,
        "date": args.date,
        "start": args.start,
        "end": args.end,
        "place": args.place,
        "notes": args.notes,
    }
    if current is not None:  # what is not given stays (update_session checks the rest)
        kept = {
            "event": current["event"],
            "date": current["date"],
            "start": current["start_time"],
            "end": current["end_time"],
            "place": current["place"],
            "notes": current["notes"],
        }
        fields = {k: v if v is not None else kept[k] for k, v in fields.items()}
    audit = args.audit if args.audit is not None else (current or {}).get("audit_id")
    row = update_session(app, args.session, audit_ref=audit or None, **fields)
    if args.json:
        print_json(row)
    else:
        print(
            f"Sesión corregida: {row['date']} {row['start_time']}–{row['end_time']} "
            f"({row['hours']:.2f} h) {row['event']} — {_state_word(row['state'])}"
        )
    return EXIT_OK


def cmd_session_remove(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import remove_session

    row = remove_session(app, args.session)
    print(f"Sesión eliminada: {row['date']} {row['start_time']}–{row['end_time']} {row['event']}")
    return EXIT_OK


def cmd_session_list(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import list_sessions, sessions_csv

    listing = list_sessions(app, date_from=args.date_from, date_to=args.date_to)
    if args.csv:
        sys.stdout.write(sessions_csv(listing))
    elif args.json:
        print_json(listing)
    else:
        for r in listing["sessions"]:
            print(
                f"{r['date']}  {r['start_time']}–{r['end_time']}  {r['hours']:>5.2f} h  "
                f"{r['event']}  [{_state_word(r['state'])}]"
            )
            if r["state"] == "disputed" and r["reason"]:
                print(f"    Impugnada por el OIC: {r['reason']}")
            if r["send_error"]:
                print(f"    El OIC no la recibió: {r['send_error']}")
        print(f"Total: {listing['total_sessions']} sesión(es), {listing['total_hours']:.2f} horas")
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    ssub = add_group(sub, "session", "sesiones de participación")
    sp = add(ssub, "add", cmd_session_add, "registrar una sesión")
    sp.add_argument("--event", required=True, help="evento al que asistió")
    sp.add_argument("--date", required=True, metavar="FECHA", help="AAAA-MM-DD o DD/MM/AAAA")
    sp.add_argument("--start", required=True, metavar="HH:MM")
    sp.add_argument("--end", required=True, metavar="HH:MM")
    sp.add_argument("--audit", metavar="AUDITORÍA")
    sp.add_argument("--place")
    sp.add_argument("--notes")
    json_flag(sp)
    sp = add(ssub, "edit", cmd_session_edit, "corregir una sesión (no una validada por el OIC)")
    sp.add_argument("session", metavar="SESIÓN", help="id o sus primeros caracteres")
    sp.add_argument("--event", help="evento al que asistió")
    sp.add_argument("--date", metavar="FECHA", help="AAAA-MM-DD o DD/MM/AAAA")
    sp.add_argument("--start", metavar="HH:MM")
    sp.add_argument("--end", metavar="HH:MM")
    sp.add_argument("--audit", metavar="AUDITORÍA", help="'' la desvincula")
    sp.add_argument("--place")
    sp.add_argument("--notes")
    json_flag(sp)
    sp = add(ssub, "remove", cmd_session_remove, "eliminar una sesión registrada por error")
    sp.add_argument("session", metavar="SESIÓN", help="id o sus primeros caracteres")
    sp = add(ssub, "list", cmd_session_list, "listar sesiones y total de horas de un periodo")
    sp.add_argument("--from", dest="date_from", metavar="AAAA-MM-DD")
    sp.add_argument("--to", dest="date_to", metavar="AAAA-MM-DD")
    sp.add_argument("--csv", action="store_true", help="salida CSV (para constancias)")
    json_flag(sp)
