"""``observer export-batch``: the outbox as a signed batch carried on a USB stick."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, human_size, json_flag, print_json
from observer_desktop.cli.prompts import passphrase_prompt
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador


def cmd_export_batch(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import export_batch

    profile = app.profile() or {}
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(
        args.output or f"lote-{profile.get('observer_code', 'observador')}-{stamp}.obsbatch"
    )
    if target.exists() and not args.force:
        raise InputError(f"{target} ya existe; elija otro nombre con -o o use --force.")
    summary = export_batch(app, target, ask=passphrase_prompt(args))
    if args.json:
        print_json(summary)
        return EXIT_OK
    print(
        f"Lote firmado: {summary['file']} ({summary['submissions']} auditoría(s), "
        f"{summary['blobs']} archivos, {human_size(summary['bytes'])})."
    )
    print(
        "Entréguelo al OIC (oic-server ingest); el próximo envío por internet recibirá los acuses."
    )
    for problem in summary["problems"]:
        print(f"Aviso: {problem}", file=sys.stderr)
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(
        sub,
        "export-batch",
        cmd_export_batch,
        "escribir la cola de envío en un lote firmado (.obsbatch) para llevarlo en USB",
    )
    sp.add_argument("-o", "--output", metavar="ARCHIVO")
    sp.add_argument("--force", action="store_true", help="reemplazar el archivo si ya existe")
    json_flag(sp)
