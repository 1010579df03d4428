"""``oic-server staff``: the OIC's staff accounts, who use the console.

Kept apart from :mod:`oic_server.cli` (which adds these commands to its parser) so each
file keeps one job.
"""

from __future__ import annotations

import argparse
from typing import Any

from oic_server.cli import EXIT_OK, AddCommand, _json, _open, _out, _read_password_stdin, _table
from oic_server.usecases.staff import ROLE_NAMES, ROLES

__all__ = ["add_staff_commands"]


def cmd_staff_add(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else None
    server = _open(args)
    try:
        result = server.add_staff(
            args.code, args.name, args.role, password, one_time=password is None
        )
    finally:
        server.close()
    _out(f"Cuenta {result['code']} ({result['name']}, {ROLE_NAMES[result['role']]}) registrada.")
    if result["password"] is not None:
        _out("Contraseña de un solo uso (se muestra solo esta vez; entréguela en persona):")
        _out(f"  {result['password']}")
        _out("Al entrar por primera vez a la consola, la persona elige su propia contraseña.")
    return EXIT_OK


def cmd_staff_list(args: argparse.Namespace) -> int:
    server = _open(args)
    try:
        rows = server.list_staff()
    finally:
        server.close()
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
    server = _open(args)
    try:
        result = server.set_staff_disabled(args.code, disabled)
    finally:
        server.close()
    if not result["changed"]:
        _out(f"La cuenta {result['code']} ya estaba {'deshabilitada' if disabled else 'activa'}.")
    elif disabled:
        _out(f"Cuenta {result['code']} deshabilitada; sus sesiones se cerraron.")
    else:
        _out(f"Cuenta {result['code']} habilitada de nuevo.")
    return EXIT_OK


def cmd_staff_password(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else None
    server = _open(args)
    try:
        result = server.reset_staff_password(args.code, password)
    finally:
        server.close()
    _out(f"Contraseña de {result['code']} cambiada; sus sesiones se cerraron.")
    if result["password"] is not None:
        _out("Contraseña de un solo uso (se muestra solo esta vez; entréguela en persona):")
        _out(f"  {result['password']}")
    return EXIT_OK


def add_staff_commands(sub: Any, add: AddCommand, parser_class: type) -> None:
    staff = sub.add_parser("staff", help="personal del OIC (consola): alta, lista, deshabilitar")
    staff_sub = staff.add_subparsers(
        dest="staff_command", metavar="ACCIÓN", parser_class=parser_class
    )
    staff_sub.required = True
    c = add(
        staff_sub,
        "add",
        cmd_staff_add,
        "registrar una cuenta de personal (imprime una contraseña de un solo uso)",
    )
    c.add_argument("code", metavar="CÓDIGO", help="código de la cuenta, p. ej. REV-01")
    c.add_argument("--name", required=True, metavar="NOMBRE", help="nombre completo")
    c.add_argument(
        "--role",
        required=True,
        choices=list(reversed(ROLES)),
        help="administrador (todo), coordinador, revisor (revisa envíos) o consulta (solo lee)",
    )
    c.add_argument(
        "--password-stdin",
        action="store_true",
        help="leer la contraseña de la entrada estándar (sin esto se imprime una de un solo uso)",
    )
    c = add(staff_sub, "list", cmd_staff_list, "listar las cuentas de personal")
    c.add_argument("--json", action="store_true")
    c = add(
        staff_sub,
        "disable",
        lambda a: _set_staff_disabled(a, True),
        "deshabilitar una cuenta (cierra sus sesiones)",
    )
    c.add_argument("code", metavar="CÓDIGO")
    c = add(staff_sub, "enable", lambda a: _set_staff_disabled(a, False), "habilitar de nuevo")
    c.add_argument("code", metavar="CÓDIGO")
    c = add(
        staff_sub,
        "password",
        cmd_staff_password,
        "darle una contraseña de un solo uso (cierra sus sesiones)",
    )
    c.add_argument("code", metavar="CÓDIGO")
    c.add_argument(
        "--password-stdin", action="store_true", help="leer la contraseña de la entrada estándar"
    )
