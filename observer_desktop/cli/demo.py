"""``observer demo``: example audits for trying the program."""

from __future__ import annotations

import argparse
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, json_flag, print_json
from observer_desktop.services.app import Observador


def cmd_demo(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.demo import load_demo

    result = load_demo(app, force=args.force)
    if args.json:
        print_json(result)
    elif result["created"]:
        print(f"Datos de ejemplo creados: {result['created']} auditorías en {app.data_dir}")
    else:
        print(
            f"La carpeta {app.data_dir} ya tiene auditorías; use --force para agregar el ejemplo."
        )
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(sub, "demo", cmd_demo, "llenar la carpeta de datos con auditorías de ejemplo")
    sp.add_argument("--force", action="store_true", help="agregar aunque ya haya auditorías")
    json_flag(sp)
