"""What the sync commands ask at a terminal (or read from --password-stdin)."""

from __future__ import annotations

import argparse
import sys

from observer_desktop.core.errors import InputError


def read_secret(args: argparse.Namespace, prompt: str) -> str | None:
    """The password from --password-stdin, else typed at a terminal, else None."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
        if not secret:
            raise InputError(
                "--password-stdin: no llegó ninguna contraseña por la entrada estándar."
            )
        return secret
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return None


def passphrase_prompt(args: argparse.Namespace):
    from observer_desktop.services.keys import terminal_prompt

    return None if getattr(args, "password_stdin", False) else terminal_prompt


def confirm_authority(unknown: Exception) -> str:
    """The OIC CA's fingerprint once the observer says it matches the OIC's (at a
    terminal); in scripts, --ca-fingerprint gives it."""
    fingerprint = str(getattr(unknown, "ca_fingerprint", ""))
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError(
            f"{unknown} Si coincide, repita el comando con --ca-fingerprint y esa huella."
        )
    print(str(unknown), file=sys.stderr)
    answer = input("¿Coincide con la que le dio el OIC? Escriba «si» para continuar: ")
    if answer.strip().lower() not in ("si", "sí", "s"):
        raise InputError("No se inició sesión ni se envió su contraseña. Avise al OIC.")
    return fingerprint


def ask_new_password(args: argparse.Namespace, required: Exception) -> str:
    """The observer's own password when the OIC's was one-time: the next line of
    --password-stdin, or typed twice at a terminal."""
    from observer_desktop.services.sync import check_new_password

    minimum = getattr(required, "min_length", 10)
    if getattr(args, "password_stdin", False):
        new = sys.stdin.readline().rstrip("\r\n")
        if not new:
            raise InputError(
                f"{required} Con --password-stdin, escriba la contraseña nueva en la línea "
                "siguiente a la del OIC."
            )
        return new
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError(str(required))
    import getpass

    print(str(required), file=sys.stderr)
    new = getpass.getpass(f"Contraseña nueva (al menos {minimum} caracteres): ")
    check_new_password("", new, minimum=minimum)
    if getpass.getpass("Escríbala otra vez: ") != new:
        raise InputError(
            "Las contraseñas nuevas no coinciden; no se cambió nada. Intente de nuevo."
        )
    return new
