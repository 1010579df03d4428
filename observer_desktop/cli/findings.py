"""``observer finding``: findings added by hand, and the list of all."""

from __future__ import annotations

import argparse
from typing import Any

from observer_desktop.cli.common import (
    EXIT_OK,
    SEVERITY_LABELS,
    AddCommand,
    add_group,
    item_arg,
    json_flag,
    print_json,
)
from observer_desktop.services.app import Observador


def cmd_finding_add(app: Observador, args: argparse.Namespace) -> int:
    finding = app.add_finding(
        args.audit,
        title=args.title,
        severity=args.severity,
        description=args.description or "",
        recommendation=args.recommendation or "",
        question_id=args.question,
        item=item_arg(args.item),
    )
    if args.json:
        print_json(finding)
    else:
        print(finding["id"])
    return EXIT_OK


def cmd_finding_list(app: Observador, args: argparse.Namespace) -> int:
    rows = app.findings(args.audit, include_withdrawn=args.all)
    if args.json:
        print_json(
            [{**r, "item_number": None if r["item"] is None else r["item"] + 1} for r in rows]
        )
        return EXIT_OK
    if not rows:
        print("Sin hallazgos.")
    for f in rows:
        origin = "regla " + f["rule_id"] if f["source"] == "rule" else "manual"
        state = "" if f["status"] == "open" else "  (retirado)"
        print(
            f"{f['id'][:8]}  [{SEVERITY_LABELS[f['severity']]:<5}] {f['title']}  — {origin}{state}"
        )
    return EXIT_OK


def cmd_finding_remove(app: Observador, args: argparse.Namespace) -> int:
    app.remove_finding(args.audit, args.finding)
    print("Hallazgo eliminado.")
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    hsub = add_group(sub, "finding", "hallazgos")
    sp = add(hsub, "add", cmd_finding_add, "agregar un hallazgo a mano")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("--title", required=True)
    sp.add_argument("--severity", required=True, choices=["alta", "media", "baja"])
    sp.add_argument("--description")
    sp.add_argument("--recommendation")
    sp.add_argument("--question", metavar="PREGUNTA")
    sp.add_argument("--item", type=int, metavar="N")
    json_flag(sp)
    sp = add(hsub, "list", cmd_finding_list, "listar hallazgos")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("--all", action="store_true", help="incluir los retirados")
    json_flag(sp)
    sp = add(hsub, "remove", cmd_finding_remove, "eliminar un hallazgo manual")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("finding", metavar="HALLAZGO")
