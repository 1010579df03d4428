"""``oic-server staff``: the OIC's staff accounts, who use the console.

Kept apart from :mod:`oic_server.cli` (which adds these commands to its parser) so each
file keeps one job.
"""

from __future__ import annotations

import argparse
from typing import Any

from oic_server.cli import (
    EXIT_OK,
    AddCommand,
    _json,
    _open,
    _out,
    _password_stdin,
    _read_password_stdin,
    _table,
    add_account_commands,
    add_group,
)
from oic_server.usecases.staff import ROLE_NAMES, ROLES

__all__ = ["add_staff_commands"]


def cmd_staff_add(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else None
    with _open(args) as server:
        result = server.add_staff(
            args.code, args.name, args.role, password, one_time=password is None
        )
    _out(f"Cuenta {result['code']} ({result['name']}, {ROLE_NAMES[result['role']]}) registrada.")
    if result["password"] is not None:
        _out("Contraseña de un solo uso (se muestra solo esta vez; entréguela en persona):")
        _out(f"  {result['password']}")
        _out("Al entrar por primera vez a la consola, la persona elige su propia contraseña.")
    return EXIT_OK


def cmd_staff_list(args: argparse.Namespace) -> int:
    with _open(args) as server:
        rows = server.list_staff()
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        _out(
            "No hay cuentas de personal. Agregue una con «oic-server staff add CÓDIGO --name "
            "NOMBRE --role administrador»."
        )
        return EXIT_OK
    _table(
        [
            [
                r["code"],
                r["name"],
                ROLE_NAMES[r["role"]],
                "deshabilitada"
                if r["disabled"]
                else "sin primer inicio"
                if r["first_login_pending"]
                else "activa",
                r["created_at"],
            ]
            for r in rows
        ],
        ["CÓDIGO", "NOMBRE", "ROL", "ESTADO", "ALTA"],
    )
    return EXIT_OK


def _set_staff_disabled(args: argparse.Namespace, disabled: bool) -> int:
    with _open(args) as server:
        result = server.set_staff_disabled(args.code, disabled)
    if not result["changed"]:
        _out(f"La cuenta {result['code']} ya estaba {'deshabilitada' if disabled else 'activa'}.")
    elif disabled:
        _out(f"Cuenta {result['code']} deshabilitada; sus sesiones se cerraron.")
    else:
        _out(f"Cuenta {result['code']} habilitada de nuevo.")
    return EXIT_OK


def cmd_staff_password(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else None
    with _open(args) as server:
        result = server.reset_staff_password(args.code, password)
    _out(f"Contraseña de {result['code']} cambiada; sus sesiones se cerraron.")
    if result["password"] is not None:
        _out("Contraseña de un solo uso (se muestra solo esta vez; entréguela en persona):")
        _out(f"  {result['password']}")
    return EXIT_OK


def add_staff_commands(sub: Any, add: AddCommand) -> None:
    staff = add_group(sub, "staff", "personal del OIC (consola): alta, lista, deshabilitar")
    new, _password = add_account_commands(
        staff,
        add,
        add_account=(
            cmd_staff_add,
            "registrar una cuenta de personal (imprime una contraseña de un solo uso)",
            "código de la cuenta, p. ej. REV-01",
        ),
        list_accounts=(cmd_staff_list, "listar las cuentas de personal"),
        set_disabled=(_set_staff_disabled, "deshabilitar una cuenta (cierra sus sesiones)"),
        set_password=(
            cmd_staff_password,
            "darle una contraseña de un solo uso (cierra sus sesiones)",
        ),
    )
    new.add_argument(
        "--role",
        required=True,
        choices=list(reversed(ROLES)),
        help="administrador (todo), coordinador, revisor (revisa envíos) o consulta (solo lee)",
    )
    _password_stdin(
        new, "leer la contraseña de la entrada estándar (sin esto se imprime una de un solo uso)"
    )
