"""What every ``observer`` command shares: exit codes, the Spanish parser (from
``core/argparse_es.py``, shared with ``oic-server``), how a command is
registered, output helpers, and how errors become exit codes."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from observer_desktop import __version__
from observer_desktop.core.argparse_es import SpanishParser, use_spanish
from observer_desktop.core.errors import InputError, ObserverError
from observer_desktop.core.statuses import SPANISH_LABELS, STATUSES
from observer_desktop.core.text import fold
from observer_desktop.services.app import SEVERITY_LABELS, Observador
from observer_desktop.services.reads import resolve_data_dir

__all__ = [
    "EXIT_CHECK",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "SEVERITY_LABELS",
    "STATUS_LABELS",
    "AddCommand",
    "add_command",
    "add_group",
    "human_size",
    "item_arg",
    "json_flag",
    "key_values",
    "print_json",
    "run",
    "status_arg",
]

EXIT_OK, EXIT_CHECK, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# an audit status's Spanish name, as the services and the PDF report write it
STATUS_LABELS = SPANISH_LABELS


use_spanish()  # usage, headings and argparse's own errors in Spanish


# ------------------------------------------------------------- registering commands

# how a command module's ``add_commands(sub, add)`` registers one command:
# add(parent, name, handler, help_text, needs_app=True) -> its parser
AddCommand = Callable[..., argparse.ArgumentParser]


def add_command(
    parent: Any, name: str, handler: Callable[..., int], help_text: str, *, needs_app: bool = True
) -> argparse.ArgumentParser:
    """A command whose handler gets ``(app, args)``, or only ``args`` without ``needs_app``."""
    sp = parent.add_parser(name, help=help_text, description=help_text)
    sp.set_defaults(handler=handler, needs_app=needs_app)
    return sp


def add_group(sub: Any, name: str, help_text: str) -> Any:
    """A command group (``observer NAME ACCIÓN``); returns where its actions go."""
    group = sub.add_parser(name, help=help_text)
    actions = group.add_subparsers(
        dest=f"{name}_command", metavar="ACCIÓN", parser_class=SpanishParser
    )
    actions.required = True
    return actions


def json_flag(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--json", action="store_true", help="salida JSON")


# ------------------------------------------------------------- arguments

# what may be typed for --status besides a status's key
_STATUS_ALIASES = {
    "borrador": "draft",
    "finalizada": "finalized",
    "firmada": "signed",
    "en-cola": "queued",
    "cola": "queued",
    "entregada": "delivered",
    "aprobada": "approved",
    "devuelta": "returned",
}


def status_arg(text: str) -> str:
    """An audit status typed in Spanish (or its English key), as an argparse type."""
    key = fold(text.strip())
    if key in STATUSES:
        return key
    if key in _STATUS_ALIASES:
        return _STATUS_ALIASES[key]
    raise argparse.ArgumentTypeError(
        f"estado desconocido {text!r}; use {', '.join(_STATUS_ALIASES)}"
    )


def item_arg(value: int | None) -> int | None:
    """--item counts from 1 on the command line, from 0 in the services."""
    if value is None:
        return None
    if value < 1:
        raise InputError("--item empieza en 1.")
    return value - 1


def key_values(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"Se esperaba CAMPO=VALOR y se recibió {pair!r}.")
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


# ------------------------------------------------------------- output


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False))


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


# ------------------------------------------------------------- errors and exit codes


def _log_internal_error(data_dir: Path | None) -> Path | None:
    try:
        base = data_dir or Path.cwd()
        log_dir = base / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "observer-cli.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {_dt.datetime.now(_dt.UTC).isoformat()} observer {__version__}\n")
            fh.write(traceback.format_exc())
        return path
    except OSError:
        return None


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; every error becomes its message and exit code."""
    app: Observador | None = None
    data_dir: Path | None = None
    try:
        if not args.needs_app:
            return args.handler(args)
        data_dir = resolve_data_dir(args.data_dir)
        app = Observador(data_dir)
        return args.handler(app, args)
    except ObserverError as exc:
        print(f"error: {exc}", file=sys.stderr)
        hint = getattr(exc, "terminal_hint", None)  # what only a terminal can do
        if hint:
            print(hint, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # output piped into `head` and similar: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        where = _log_internal_error(data_dir)
        print(f"error interno: {type(exc).__name__}: {exc}", file=sys.stderr)
        if where:
            print(f"Detalles en {where}. Por favor repórtelo al OIC.", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if app is not None:
            app.close()
