"""The ``observer`` command: a thin shell over the services, for scripts and power users.

Exit codes: 0 ok, 1 a check that failed (incomplete audit, broken custody
chain, invalid checklist), 2 bad usage or input, 3 an internal error (logged
with its traceback in ``<data>/logs/observer-cli.log``). OIC staff script these
commands: keep names and options stable once released. Never imports Qt.

One module per command group registers its commands and their handlers with
``add_commands(sub, add)``; ``common`` holds what they share (exit codes,
output helpers, how errors become exit codes).
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from observer_desktop import __version__
from observer_desktop.cli import (
    audit,
    batch,
    custody,
    demo,
    evidence,
    findings,
    forms,
    packages,
    profile,
    reports,
    sessions,
    settings,
    sync,
)
from observer_desktop.cli.common import add_command, run
from observer_desktop.core.argparse_es import SpanishParser

__all__ = ["build_parser", "main"]

# in the order `observer --help` lists them
_COMMAND_MODULES = (
    profile,  # init
    forms,
    audit,
    findings,  # finding
    packages,  # export, import
    custody,  # log
    sessions,  # session
    evidence,
    reports,  # report, verify, key
    settings,  # config
    demo,
    sync,  # login, logout, sync, outbox
    batch,  # export-batch
)


def build_parser() -> argparse.ArgumentParser:
    p = SpanishParser(
        prog="observer",
        description="Observador: auditorías ciudadanas de contrataciones públicas (línea de comandos).",
    )
    p.add_argument("--version", action="version", version=f"observer {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="D",
        help="carpeta de datos (por omisión OBSERVER_DATA_DIR o la carpeta del sistema)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMANDO", parser_class=SpanishParser)
    sub.required = True
    for module in _COMMAND_MODULES:
        module.add_commands(sub, add_command)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    args = build_parser().parse_args(argv)
    return run(args)
