"""``observer login``, ``logout``, ``sync`` and ``outbox``: delivery to the OIC's server."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from observer_desktop.cli.common import (
    EXIT_CHECK,
    EXIT_OK,
    AddCommand,
    human_size,
    json_flag,
    print_json,
)
from observer_desktop.cli.prompts import (
    ask_new_password,
    confirm_authority,
    passphrase_prompt,
    read_secret,
)
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador


def cmd_login(app: Observador, args: argparse.Namespace) -> int:
    password = read_secret(args, f"Contraseña de {args.code} en el servidor del OIC: ")
    if not password:
        raise InputError(
            "Falta la contraseña: escríbala cuando se le pida (en una terminal) o envíela con "
            "--password-stdin."
        )
    result, new_password = _log_in(app, args, password)
    if new_password:
        print("Contraseña nueva guardada en el servidor del OIC: úsela de ahora en adelante.")
    code = EXIT_OK if result.enrolled else EXIT_CHECK
    if args.json:
        print_json(result.to_json())
        return code
    _print_session(result)
    _keep_or_revoke_token(app, result)
    for warning in result.warnings:
        print(f"Aviso: {warning}", file=sys.stderr)
    return code


def _log_in(app: Observador, args: argparse.Namespace, password: str) -> tuple[Any, str | None]:
    """Log in, asking once to trust an unknown OIC authority and once for a new
    password when the OIC's was one-time; returns the result and that new password."""
    from observer_desktop.services.sync import login
    from observer_desktop.sync.errors import PasswordChangeRequired, UnknownAuthority

    ask = passphrase_prompt(args)
    trust_ca: str | None = args.ca_fingerprint
    new_password: str | None = None
    while True:
        try:
            result = login(
                app,
                server=args.server,
                code=args.code,
                password=password,
                new_password=new_password,
                trust_ca=trust_ca,
                ask=ask,
            )
            return result, new_password
        except UnknownAuthority as exc:
            if trust_ca:
                raise
            trust_ca = confirm_authority(exc)
        except PasswordChangeRequired as exc:
            if new_password:
                raise
            new_password = ask_new_password(args, exc)


def _print_session(result) -> None:
    from observer_desktop.sync.client import format_fingerprint

    who = (
        f"{result.observer_name} ({result.observer_code})"
        if result.observer_name
        else result.observer_code
    )
    print(f"Sesión iniciada en {result.server} como {who}.")
    print("Huella SHA-256 de la autoridad certificadora del OIC:")
    print(f"  {format_fingerprint(result.ca_fingerprint)}")
    if result.ca_pinned_now:
        print(
            "  Primera conexión con este servidor: compare la huella con la que le dio el OIC. "
            "Observador rechazará cualquier servidor con otra huella."
        )
    if result.enrolled:
        print(
            f"Su llave de firma tiene el certificado del OIC (huella {result.certificate_fingerprint[:16]}…)."
        )
    else:
        print(f"Aviso: {result.enroll_error}", file=sys.stderr)


def _keep_or_revoke_token(app: Observador, result) -> None:
    """Say where the session's token was kept; one that could not be kept is revoked."""
    from observer_desktop.services import tokens

    if result.token_store == tokens.KEYRING:
        print("La sesión quedó guardada en el llavero del sistema.")
    elif result.token_store == tokens.FILE:
        print(
            "Esta computadora no tiene llavero del sistema: la sesión quedó guardada cifrada con "
            "la frase de paso de su llave de firma; observer sync se la pedirá."
        )
    else:
        from observer_desktop.services.sync import revoke_token

        revoke_token(app, result.token or "")  # it cannot be kept: do not leave it valid
        print(
            "La sesión no se guardó en esta computadora "
            f"({result.token_note or 'no hay llavero del sistema'}). observer sync le pedirá "
            "la contraseña cada vez (o use --password-stdin)."
        )


def cmd_logout(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import logout

    result = logout(app, forget_server=args.forget_server, ask=passphrase_prompt(args))
    if args.json:
        print_json(result)
        return EXIT_OK
    if result["revoked"]:
        print(f"Sesión cerrada en {result['server']}; el token ya no sirve.")
    elif result["was_logged_in"]:
        print("Sesión cerrada en esta computadora.")
    else:
        print("No había una sesión abierta.")
    if result["warning"]:
        print(f"Aviso: {result['warning']}", file=sys.stderr)
    if result["forgot_server"]:
        print(
            "Se olvidaron el servidor y sus huellas; el próximo inicio de sesión las registra de nuevo."
        )
    return EXIT_OK


def _sync_progress_printer(enabled: bool):
    state = {"last": 0.0}

    def show(p) -> None:
        if not enabled:
            return
        import time

        now = time.monotonic()
        if p.stage == "upload" and now - state["last"] < 0.2:
            return
        state["last"] = now
        if p.stage == "waiting":
            text = f"Reintentando en {p.retry_in:.0f} s: {p.message}"
        elif p.stage in ("upload", "commit") and p.files_total:
            current = min(p.submissions_done + 1, p.submissions_total)
            text = (
                f"Enviando {current}/{p.submissions_total}: {p.files_done}/{p.files_total} "
                f"archivos, {human_size(p.bytes_done)} de {human_size(p.bytes_total)}"
            )
        else:
            text = p.message
        if text:
            sys.stderr.write("\r\x1b[K" + text[:150])
            sys.stderr.flush()

    return show


def cmd_sync(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import needs_password, sync_now

    password = None
    if args.password_stdin or needs_password(app):
        password = read_secret(args, "Contraseña del servidor del OIC: ")
    show = sys.stderr.isatty() and not args.json
    try:
        result = sync_now(
            app,
            password=password,
            progress=_sync_progress_printer(show),
            ask=passphrase_prompt(args),
        )
    finally:
        if show:
            sys.stderr.write("\r\x1b[K")
    # an error (wrong password, server stopped) fails the command even when nothing was
    # waiting to be sent, as a login with a wrong password does: scripts must see it
    code = EXIT_OK if result.ok else EXIT_CHECK
    if args.json:
        print_json(result.to_json() | {"exit_code": code})
        return code
    _print_sync_result(result)
    return code


def _print_sync_result(result) -> None:
    """What was delivered and reviewed, then what is left to do."""
    for d in result.delivered:
        print(f"✓ Entregada: {d['title']} ({d['audit'][:8]}), acuse del {d['received_at']}")
    for r in result.reviews:
        label = {"received": "recibida", "approved": "APROBADA", "returned": "DEVUELTA"}[r["state"]]
        line = f"• Revisión del OIC: {r['title']} ({r['audit'][:8]}) {label}"
        print(line + (f" — «{r['comment']}»" if r["comment"] else ""))
        if r["state"] == "returned":
            print(f"  Corríjala con: observer audit new-version {r['audit'][:8]}")
    for f in result.forms_added:
        print(f"• Lista de verificación nueva: {f['title']} ({f['id']} v{f['version']})")
    for w in result.warnings:
        print(f"Aviso: {w}", file=sys.stderr)
    if result.error:
        print(f"error: {result.error}", file=sys.stderr)
    if result.cancelled:
        print("Envío cancelado; lo ya enviado no se repetirá.", file=sys.stderr)
    if result.pending:
        print(f"Pendientes: {len(result.pending)}")
        for p in result.pending:
            reason = p["error"] or "en espera del próximo envío"
            print(f"  - {p['title']} ({p['audit'][:8]} v{p['audit_version']}): {reason}")
    if result.not_ready:
        print(f"Finalizadas sin informe firmado (no se envían todavía): {len(result.not_ready)}")
        for a in result.not_ready:
            print(
                f"  - {a['title']} ({a['audit'][:8]}): firme su informe con observer report {a['audit'][:8]}"
            )
    if not result.pending and not result.error:
        print(
            "Todo lo firmado se entregó al OIC." if result.not_ready else "Todo entregado al OIC."
        )


def cmd_outbox(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import outbox, queue_audit

    for ref in args.add or []:
        row = queue_audit(app, ref)
        if not args.json:
            print(
                f"En cola: {row['title']} ({row['audit_id'][:8]} v{row['audit_version'] or row['version']})"
            )
    rows = outbox(app, include_delivered=args.all)
    if args.json:
        print_json({"outbox": rows, "pending": sum(r["state"] != "delivered" for r in rows)})
        return EXIT_OK
    if not rows:
        print("No hay envíos pendientes." if not args.all else "Aún no hay envíos.")
        return EXIT_OK
    for r in rows:
        extra = f"  {human_size(r['bytes'])}" if r["bytes"] else ""
        review = f"  [{r['review_label']}]" if r["review_label"] else ""
        print(
            f"{r['audit'][:8]} v{r['audit_version']}  {r['state_label']:<10}{extra}{review}  {r['title']}"
        )
        if r["error"] and r["state"] != "delivered":
            print(f"    {r['error']}")
        if r["review_comment"]:
            print(f"    Comentario del OIC: {r['review_comment']}")
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(
        sub, "login", cmd_login, "iniciar sesión en el servidor del OIC y obtener su certificado"
    )
    sp.add_argument("--server", required=True, metavar="URL", help="p. ej. https://oic.ejemplo.mx")
    sp.add_argument("--code", required=True, metavar="CÓDIGO", help="su código de observador")
    sp.add_argument(
        "--password-stdin",
        action="store_true",
        help="leer la contraseña de la entrada estándar (si es la de un solo uso del OIC, la "
        "nueva en la línea siguiente)",
    )
    sp.add_argument(
        "--ca-fingerprint",
        metavar="HUELLA",
        help="huella SHA-256 de la CA del OIC (la que le dio el OIC), para un servidor con "
        "certificado de la CA propia del OIC en su primera conexión",
    )
    json_flag(sp)
    sp = add(sub, "logout", cmd_logout, "cerrar la sesión en el servidor del OIC (revoca el token)")
    sp.add_argument(
        "--forget-server",
        action="store_true",
        help="olvidar también el servidor y las huellas registradas",
    )
    json_flag(sp)
    sp = add(
        sub,
        "sync",
        cmd_sync,
        "entregar al OIC lo que está en la cola y traer revisiones (código 1 si algo queda pendiente)",
    )
    sp.add_argument(
        "--password-stdin",
        action="store_true",
        help="leer la contraseña de la entrada estándar (sin llavero del sistema)",
    )
    json_flag(sp)
    sp = add(sub, "outbox", cmd_outbox, "ver la cola de envío al OIC (y poner auditorías en ella)")
    sp.add_argument(
        "--add",
        action="append",
        metavar="AUDITORÍA",
        help="poner en la cola una auditoría finalizada",
    )
    sp.add_argument("--all", action="store_true", help="incluir lo ya entregado, con su revisión")
    json_flag(sp)
