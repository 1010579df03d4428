"""argparse in Spanish, for both command lines: ``observer`` and ``oic-server``.

argparse looks its own texts up through its module global ``_`` (meant for
gettext); :func:`use_spanish` points it at this table, so usage, headings and
errors read "uso:", "argumentos", "opciones", "faltan los argumentos: …".
:class:`SpanishParser` exits with 2 on a usage error (both commands' ``EXIT_USAGE``).
It lives in ``core`` because the server may import the laptop's pure libraries
and nothing else of it (the import-linter contracts in ``pyproject.toml``).
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["SpanishParser", "use_spanish"]

_EXIT_USAGE = 2  # `observer` and `oic-server` both document 2 for bad usage

_ARGPARSE_ES = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opciones",
    "show this help message and exit": "mostrar esta ayuda y salir",
    "show program's version number and exit": "mostrar la versión y salir",
    "the following arguments are required: %s": "faltan los argumentos: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "opción no válida: %(value)r (elija entre %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "expected one argument": "se esperaba un valor",
    "expected at least one argument": "se esperaba al menos un valor",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opción ambigua: %(option)s puede ser %(matches)s"
    ),
    "not allowed with argument %s": "no se permite junto con %s",
    "one of the arguments %s is required": "se requiere uno de los argumentos %s",
}


def _spanish(message: str) -> str:
    return _ARGPARSE_ES.get(message, message)


def use_spanish() -> None:
    """Make argparse word its own messages in Spanish (for the whole process)."""
    argparse._ = _spanish


class SpanishParser(argparse.ArgumentParser):
    """argparse with Spanish wording for its own errors; bad usage exits with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(_EXIT_USAGE, f"{self.prog}: error: {message}\n")
