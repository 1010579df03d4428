"""``observer config``: the settings a user may change."""

from __future__ import annotations

import argparse
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, json_flag, print_json
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador


def cmd_config(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import max_evidence_bytes, set_max_evidence_bytes

    if args.key not in (None, "evidence.max_mb"):
        raise InputError(f"Ajuste desconocido {args.key!r}. Ajustes: evidence.max_mb.")
    if args.value is not None:
        try:
            mb = float(args.value)
        except ValueError:
            raise InputError(
                f"evidence.max_mb espera un número de megabytes; se recibió {args.value!r}."
            ) from None
        set_max_evidence_bytes(app, int(mb * 1024 * 1024))
    settings = {"evidence.max_mb": round(max_evidence_bytes(app) / 1024 / 1024, 3)}
    if args.json:
        print_json(settings)
    else:
        for k, v in settings.items():
            print(f"{k} = {v:g}")
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(sub, "config", cmd_config, "ver o cambiar ajustes (evidence.max_mb)")
    sp.add_argument("key", nargs="?", metavar="AJUSTE")
    sp.add_argument("value", nargs="?", metavar="VALOR")
    json_flag(sp)
