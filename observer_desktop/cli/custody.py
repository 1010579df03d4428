"""``observer log``: the custody log's chain of hashes."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from observer_desktop.cli.common import (
    EXIT_CHECK,
    EXIT_OK,
    AddCommand,
    add_group,
    json_flag,
    print_json,
)
from observer_desktop.services import reads
from observer_desktop.services.app import Observador


def cmd_log_verify(app: Observador, args: argparse.Namespace) -> int:
    breaks = app.verify_custody(args.audit)
    checked = 1 if args.audit else len(reads.custody_heads(app))
    if args.json:
        print_json(
            {"ok": not breaks, "audits_checked": checked, "breaks": [b.to_json() for b in breaks]}
        )
    elif breaks:
        for b in breaks:
            where = f"entrada {b.n}" if b.n else "final del registro"
            print(f"✗ auditoría {b.audit_id}: {where}: {b.reason}", file=sys.stderr)
    else:
        print(f"✓ Registro de custodia íntegro ({checked} auditoría(s)).")
    return EXIT_OK if not breaks else EXIT_CHECK


def add_commands(sub: Any, add: AddCommand) -> None:
    lsub = add_group(sub, "log", "registro de custodia")
    sp = add(lsub, "verify", cmd_log_verify, "verificar la cadena de huellas del registro")
    sp.add_argument("audit", nargs="?", metavar="AUDITORÍA")
    json_flag(sp)
