"""``observer export`` and ``observer import``: portable audit packages (.zip)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, json_flag, print_json
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador


def cmd_export(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.packages import export_package, package_file_name

    audit = app.resolve_audit(args.audit)
    target = Path(args.output or package_file_name(audit))
    if target.exists() and not args.force:
        raise InputError(
            f"{target} ya existe; elija otro nombre con -o o use --force para reemplazarlo."
        )
    export_package(app, audit["id"], target)
    if args.json:
        print_json({"audit": audit["id"], "file": str(target), "bytes": target.stat().st_size})
    else:
        print(str(target))
    return EXIT_OK


def cmd_import(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.packages import import_package

    result = import_package(app, Path(args.file))
    if args.json:
        print_json(result)
    elif result["status"] == "already-present":
        print(f"La auditoría {result['audit'][:8]} ya estaba en esta carpeta; nada que importar.")
    else:
        print(
            f"Importada la auditoría {result['audit']} ({result['answers']} respuestas, "
            f"{result['evidence_added']} archivo(s) de evidencia nuevos)."
        )
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(sub, "export", cmd_export, "exportar una auditoría a un paquete .zip portátil")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("-o", "--output", metavar="ARCHIVO")
    sp.add_argument("--force", action="store_true", help="reemplazar el archivo si ya existe")
    json_flag(sp)
    sp = add(sub, "import", cmd_import, "importar un paquete de auditoría")
    sp.add_argument("file", metavar="ARCHIVO")
    json_flag(sp)
