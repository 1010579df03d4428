"""The ``oic-server`` command: run the server and administer it.

``oic-server [--data-dir D] [--database URL] COMMAND …``. OIC staff script
these commands: keep names and options stable once released. Exit codes:
0 ok, 1 a check failed (a batch whose hashes or signatures do not verify),
2 bad usage or input, 3 internal error (traceback in
``<data>/logs/oic-server-cli.log``). Messages are in Spanish.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observer_desktop.core.argparse_es import SpanishParser, use_spanish
from observer_desktop.core.text import count_text, fingerprint_text
from oic_server import __version__
from oic_server.config import Limits, Paths, resolve_data_dir
from oic_server.errors import ApiError

if TYPE_CHECKING:
    from oic_server.service import OICServer

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_CHECK, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
_CHECK_CODES = {"hash_mismatch", "signature_invalid", "manifest_mismatch", "incomplete"}


# how build_parser's ``add`` adds a command (cli_serve, cli_staff use it too)
AddCommand = Callable[[Any, str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


use_spanish()  # usage, headings and argparse's own errors in Spanish (as `observer`)


# ------------------------------------------------------------------ helpers


def _out(text: str = "") -> None:
    print(text)


def _json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    _out(line.rstrip())
    for row in rows:
        _out("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _read_password_stdin() -> str:
    line = sys.stdin.readline()
    if not line:
        raise ApiError(
            "bad_request", "--password-stdin: no llegó ninguna contraseña por la entrada."
        )
    return line.rstrip("\r\n")


@contextlib.contextmanager
def _open(args: argparse.Namespace, limits: Limits | None = None) -> Iterator[OICServer]:
    """The server of ``--data-dir`` and ``--database``, closed when the ``with`` ends."""
    from oic_server.service import OICServer

    server = OICServer.open(
        args.data_dir_path, args.database, limits=limits, blob_store=args.blob_store
    )
    try:
        yield server
    finally:
        server.close()


REVIEW_ES = {"received": "recibido", "approved": "aprobado", "returned": "devuelto", None: "—"}
STATE_ES = {"open": "abierto", "committed": "confirmado"}


# ------------------------------------------------------------------ commands


def cmd_init(args: argparse.Namespace) -> int:
    from oic_server.service import initialize

    result = initialize(
        args.data_dir_path,
        args.database,
        server_name=args.server_name,
        hostnames=args.hostname,
        blob_store=args.blob_store,
    )
    if args.json:
        _json(result)
        return EXIT_OK
    schema = result["schema"]
    _out(f"Carpeta de datos: {result['data_dir']}")
    _out(f"Base de datos:    {result['database']}")
    if schema["from"] == schema["to"]:
        _out(f"Esquema:          versión {schema['to']} (al día)")
    else:
        _out(f"Esquema:          versión {schema['from']} → {schema['to']}")
    _out(f"Nombre:           {result['server_name']}")
    _out(
        "Autoridad certificadora (CA): "
        + ("creada" if result["keys_created"] else "existente")
        + f"\n  huella SHA-256: {fingerprint_text(result['ca_fingerprint_sha256'])}"
    )
    _out(
        "Llave de constancias: huella SHA-256 "
        + fingerprint_text(result["receipt_key_fingerprint_sha256"])
    )
    if result["forms_added"]:
        _out("Formularios agregados: " + ", ".join(result["forms_added"]))
    for problem in result["forms_problems"]:
        _out(f"Aviso (formulario): {problem}")
    if result["tls"]:
        t = result["tls"]
        _out(
            "Certificado TLS: "
            + ("emitido por la CA del OIC" if t["created"] else "existente (vigente)")
            + f" para {', '.join(t['hostnames'])}, vigente hasta {t['not_after']}"
            + f"\n  {t['cert']}\n  «oic-server serve --host 0.0.0.0» lo usa (HTTPS)."
        )
    for note in result["notes"]:
        _out(f"Nota: {note}")
    _out(
        "Listo. Los observadores verán la huella de la CA al iniciar sesión: compártala por un "
        "canal confiable."
    )
    return EXIT_OK


def _print_password(code: str, password: str | None, *, reusable: bool) -> None:
    if password is not None:
        kind = "Contraseña" if reusable else "Contraseña de un solo uso"
        _out(f"{kind} para {code} (se muestra solo esta vez; entréguela en persona):")
        _out(f"  {password}")
    if reusable:
        return
    _out(
        "Sirve una sola vez: al iniciar sesión por primera vez, el observador elige su propia "
        "contraseña."
    )


def cmd_observer_add(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else None
    with _open(args) as server:
        result = server.add_observer(args.code, args.name, password, one_time=not args.reusable)
    _out(f"Observador {result['code']} ({result['name']}) registrado.")
    _print_password(result["code"], result["password"], reusable=args.reusable)
    return EXIT_OK


def cmd_observer_password(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else None
    with _open(args) as server:
        result = server.set_password(args.code, password, one_time=not args.reusable)
    _out(f"Contraseña de {result['code']} cambiada; sus sesiones abiertas se cerraron.")
    _print_password(result["code"], result["password"], reusable=args.reusable)
    return EXIT_OK


def cmd_observer_list(args: argparse.Namespace) -> int:
    with _open(args) as server:
        rows = server.list_observers()
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        _out("No hay observadores. Agregue uno con «oic-server observer add CÓDIGO --name NOMBRE».")
        return EXIT_OK
    _table(
        [
            [
                r["code"],
                r["name"],
                "deshabilitado"
                if r["disabled"]
                else "sin primer inicio"
                if r["must_change_password"]
                else "activo",
                str(r["certificates"]),
                str(r["submissions"]),
                r["created_at"],
            ]
            for r in rows
        ],
        ["CÓDIGO", "NOMBRE", "ESTADO", "CERTIFICADOS", "ENVÍOS", "ALTA"],
    )
    return EXIT_OK


def _set_disabled(args: argparse.Namespace, disabled: bool) -> int:
    with _open(args) as server:
        if disabled:
            result = server.set_disabled(args.code, True, reason=args.reason)
        else:
            result = server.set_disabled(args.code, False)
    if disabled:
        from oic_server.crl import REASONS

        _out(
            f"Observador {result['code']} deshabilitado; sus sesiones se cerraron."
            if result["changed"]
            else f"El observador {result['code']} ya estaba deshabilitado."
        )
        if result["revoked"]:
            _out(
                count_text(result["revoked"], "certificado revocado", "certificados revocados")
                + f" (motivo: {REASONS[result['reason']][1]}); la lista de revocación (CRL) "
                "se publicó de nuevo."
            )
    else:
        _out(
            f"Observador {result['code']} habilitado de nuevo (debe iniciar sesión otra vez)."
            if result["changed"]
            else f"El observador {result['code']} ya estaba activo."
        )
    return EXIT_OK


def cmd_submissions_list(args: argparse.Namespace) -> int:
    with _open(args) as server:
        rows = server.admin_submissions(observer=args.observer, state=args.state)
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        _out("No hay envíos" + (" con esos filtros." if args.observer or args.state else "."))
        return EXIT_OK
    _table(
        [
            [
                r["submission_id"][:8],
                r["observer"],
                f"{r['audit_id'][:8]} v{r['audit_version']}",
                r["form"],
                STATE_ES.get(r["state"], r["state"]),
                REVIEW_ES.get(r["review"], r["review"] or "—"),
                (r["committed_at"] or r["created_at"]),
            ]
            for r in rows
        ],
        ["ENVÍO", "OBSERVADOR", "AUDITORÍA", "FORMULARIO", "ESTADO", "REVISIÓN", "FECHA"],
    )
    return EXIT_OK


def cmd_submissions_show(args: argparse.Namespace) -> int:
    with _open(args) as server:
        detail = server.submission_detail(args.submission)
    if args.json:
        _json(detail)
        return EXIT_OK
    _out(f"Envío {detail['submission_id']}")
    _out(f"  observador: {detail['observer']}")
    _out(f"  auditoría:  {detail['audit_id']} versión {detail['audit_version']} ({detail['form']})")
    _out(f"  estado:     {STATE_ES.get(detail['state'], detail['state'])} (vía {detail['source']})")
    _out(f"  recibido:   {detail['committed_at'] or '—'}")
    review = REVIEW_ES.get(detail["review"], detail["review"])
    _out(
        f"  revisión:   {review}"
        + (f" — {detail['review_comment']}" if detail["review_comment"] else "")
    )
    _out(f"  archivos:   {detail['files']} ({detail['bytes']} bytes)")
    for b in detail["blobs"]:
        _out(f"    {b['role']:<8} {b['sha256'][:16]}  {b['size']:>12}  {b['name'] or ''}")
    return EXIT_OK


def cmd_submissions_export(args: argparse.Namespace) -> int:
    with _open(args) as server:
        result = server.export_submission(args.submission, Path(args.output))
    _out(f"Envío {result['submission_id'][:8]} copiado en {result['folder']}:")
    for name in result["files"]:
        _out(f"  {name}")
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    with _open(args) as server:
        result = server.review(args.submission, args.decision, args.comment or "")
    word = REVIEW_ES[result["review"]]
    if result["changed"]:
        _out(
            f"Envío {result['submission_id'][:8]} {word}. El observador lo verá en su próxima "
            "sincronización."
        )
    else:
        _out(f"El envío {result['submission_id'][:8]} ya estaba {word} con ese comentario.")
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from oic_server.batch import ingest_batch

    with _open(args) as server:
        result = ingest_batch(server, Path(args.file))
    if args.json:
        _json(result)
        return EXIT_OK
    subs = result["submissions"]
    new = [x for x in subs if x["status"] == "committed"]
    _out(
        f"Lote de {result['observer']}: "
        + count_text(len(new), "envío recibido", "envíos recibidos")
        + ", "
        + count_text(len(subs) - len(new), "ya estaba recibido", "ya estaban recibidos")
        + "."
    )
    for x in subs:
        status = "recibido" if x["status"] == "committed" else "ya recibido"
        _out(
            f"  {x['submission_id'][:8]}  auditoría {x['audit_id'][:8]} v{x['audit_version']}  {status}"
        )
    return EXIT_OK


def cmd_cleanup(args: argparse.Namespace) -> int:
    with _open(args) as server:
        result = server.cleanup(args.older_than, dry_run=args.dry_run)
    if args.json:
        _json(result)
        return EXIT_OK
    mb = 1024 * 1024
    verb = "se borrarían" if args.dry_run else "se borraron"
    _out(
        f"Subidas sin actividad en {args.older_than:g} día(s): {result['abandoned_uploads']} "
        f"({result['abandoned_upload_bytes'] / mb:.1f} MB) {verb}; sus observadores las "
        "reanudan desde el principio si vuelven."
    )
    _out(
        f"Fragmentos que ninguna subida necesita: {result['orphan_parts']} "
        f"({result['orphan_part_bytes'] / mb:.1f} MB); archivos de ingestas interrumpidas: "
        f"{result['staging_files']} ({result['staging_bytes'] / mb:.1f} MB); {verb}."
    )
    if args.dry_run:
        _out("Ensayo (--dry-run): no se borró nada.")
    return EXIT_OK


def _forms_folder(args: argparse.Namespace) -> Path:
    paths = Paths(args.data_dir_path)
    if not paths.root.is_dir():
        raise ApiError(
            "bad_request", f"No hay servidor en {paths.root}: ejecute primero «oic-server init»."
        )
    return paths.forms


def cmd_forms_list(args: argparse.Namespace) -> int:
    from oic_server.forms import FormCatalog

    catalog = FormCatalog(_forms_folder(args))
    entries, problems = catalog.entries()
    if args.json:
        _json(
            {
                "forms": [e.to_json() | {"file": e.path.name} for e in entries],
                "problems": [{"file": p.path.name, "message": p.message} for p in problems],
            }
        )
        return EXIT_OK
    if entries:
        _table(
            [[e.id, str(e.version), e.title, e.path.name] for e in entries],
            ["ID", "VERSIÓN", "TÍTULO", "ARCHIVO"],
        )
    else:
        _out("No hay formularios (ejecute «oic-server init» o «oic-server forms add ARCHIVO»).")
    for p in problems:
        _out(f"No se publica {p.path.name}: {p.message}")
    return EXIT_CHECK if problems else EXIT_OK


def cmd_forms_add(args: argparse.Namespace) -> int:
    from oic_server.forms import FormCatalog

    folder = _forms_folder(args)
    folder.mkdir(parents=True, exist_ok=True)
    entry, new = FormCatalog(folder).add(Path(args.file))
    if new:
        _out(f"Formulario {entry.id} versión {entry.version} publicado ({entry.path.name}).")
    else:
        _out(f"El formulario {entry.id} versión {entry.version} ya estaba publicado.")
    return EXIT_OK


# ------------------------------------------------------------------ parser


def add_group(sub: Any, name: str, help_: str) -> Any:
    """A command whose actions follow it (``oic-server NAME ACCIÓN …``); their parsers
    are added to what this returns."""
    group = sub.add_parser(name, help=help_)
    actions = group.add_subparsers(
        dest=f"{name}_command", metavar="ACCIÓN", parser_class=SpanishParser
    )
    actions.required = True
    return actions


def _password_stdin(c: argparse.ArgumentParser, help_: str | None = None) -> None:
    c.add_argument(
        "--password-stdin",
        action="store_true",
        help=help_ or "leer la contraseña de la entrada estándar",
    )


Handler = Callable[[argparse.Namespace], int]


def _add_reason(disable: argparse.ArgumentParser) -> None:
    from oic_server.crl import DEFAULT_REASON, REASONS

    choices = {choice: words for choice, words in REASONS.values()}
    disable.add_argument(
        "--reason",
        choices=list(choices),
        default=REASONS[DEFAULT_REASON][0],
        metavar="MOTIVO",
        help="motivo de la revocación de sus certificados: "
        + "; ".join(f"{c}: {w}" for c, w in choices.items())
        + f" (por omisión {REASONS[DEFAULT_REASON][0]})",
    )


def add_account_commands(
    actions: Any,
    add: AddCommand,
    *,
    add_account: tuple[Handler, str, str],
    list_accounts: tuple[Handler, str],
    set_disabled: tuple[Callable[[argparse.Namespace, bool], int], str],
    set_password: tuple[Handler, str],
) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The actions observers and staff accounts both have, each a handler and its help:
    ``add CÓDIGO --name NOMBRE`` (``add_account`` also gives the code's help), ``list
    [--json]``, ``disable CÓDIGO``, ``enable CÓDIGO`` and ``password CÓDIGO
    [--password-stdin]``. Returns the ``add`` and ``password`` parsers, for the options
    that are their own."""
    handler, help_, code_help = add_account
    new = add(actions, "add", handler, help_)
    new.add_argument("code", metavar="CÓDIGO", help=code_help)
    new.add_argument("--name", required=True, metavar="NOMBRE", help="nombre completo")
    c = add(actions, "list", *list_accounts)
    c.add_argument("--json", action="store_true")
    set_disabled_to, disable_help = set_disabled
    c = add(actions, "disable", lambda a: set_disabled_to(a, True), disable_help)
    c.add_argument("code", metavar="CÓDIGO")
    c = add(actions, "enable", lambda a: set_disabled_to(a, False), "habilitar de nuevo")
    c.add_argument("code", metavar="CÓDIGO")
    password = add(actions, "password", *set_password)
    password.add_argument("code", metavar="CÓDIGO")
    _password_stdin(password)
    return new, password


def build_parser() -> argparse.ArgumentParser:
    p = SpanishParser(
        prog="oic-server",
        description="Servidor del OIC: recibe, verifica y acusa recibo de los envíos de Observador.",
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"oic-server {__version__}",
        help="mostrar la versión y salir",
    )
    p.add_argument(
        "--data-dir",
        metavar="D",
        help="carpeta de datos (por omisión OIC_SERVER_DATA_DIR o la carpeta del sistema)",
    )
    p.add_argument(
        "--database",
        metavar="URL",
        help="base de datos, p. ej. postgresql://oic@db.example:5432/oic (por omisión "
        "OIC_SERVER_DATABASE_URL, la de init o SQLite en la carpeta de datos)",
    )
    p.add_argument(
        "--blob-store",
        metavar="URL",
        help="almacén de archivos s3://cubeta/prefijo (por omisión OIC_SERVER_BLOB_STORE, el "
        "de init o la carpeta de datos); extremo y credenciales de S3 por el entorno",
    )
    sub = p.add_subparsers(dest="command", metavar="COMANDO", parser_class=SpanishParser)
    sub.required = True

    def add(parent: Any, name: str, handler: Callable[[argparse.Namespace], int], help_: str):
        cmd = parent.add_parser(name, help=help_, description=help_)
        cmd.set_defaults(handler=handler)
        return cmd

    c = add(
        sub,
        "init",
        cmd_init,
        "crear o actualizar la base de datos, la CA y la llave de constancias",
    )
    c.add_argument(
        "--server-name", metavar="NOMBRE", help="nombre en las constancias (oic-chihuahua)"
    )
    c.add_argument(
        "--hostname",
        action="append",
        metavar="NOMBRE",
        help="emitir el certificado TLS del servidor para este nombre o IP (se puede repetir)",
    )
    c.add_argument("--json", action="store_true", help="resultado en JSON")

    from oic_server.cli_serve import add_serve_command  # it imports this module's helpers

    add_serve_command(sub, add)

    obs = add_group(sub, "observer", "observadores: alta, lista, deshabilitar")
    new, password = add_account_commands(
        obs,
        add,
        add_account=(
            cmd_observer_add,
            "registrar un observador (imprime una contraseña de un solo uso)",
            "código del observador, p. ej. OBS-001",
        ),
        list_accounts=(cmd_observer_list, "listar observadores"),
        set_disabled=(
            _set_disabled,
            "deshabilitar (cierra sus sesiones y revoca sus certificados; habilitar no los "
            "restituye: la laptop pide uno nuevo)",
        ),
        set_password=(cmd_observer_password, "darle otra contraseña (cierra sus sesiones)"),
    )
    _add_reason(obs.choices["disable"])
    _password_stdin(new)
    for c in (new, password):
        c.add_argument(
            "--reusable",
            action="store_true",
            help="la contraseña no se cambia en el primer inicio de sesión (pruebas, demostraciones)",
        )

    from oic_server.cli_staff import add_staff_commands  # it imports this module's helpers

    add_staff_commands(sub, add)

    subs_sub = add_group(sub, "submissions", "envíos recibidos")
    c = add(subs_sub, "list", cmd_submissions_list, "listar envíos")
    c.add_argument("--json", action="store_true")
    c.add_argument("--observer", metavar="CÓDIGO", help="solo los de un observador")
    c.add_argument(
        "--state",
        choices=["open", "committed", "received", "approved", "returned"],
        help="solo en ese estado (abierto/confirmado) o revisión",
    )
    c = add(subs_sub, "show", cmd_submissions_show, "detalle de un envío")
    c.add_argument("submission", metavar="ENVÍO", help="identificador o sus primeros caracteres")
    c.add_argument("--json", action="store_true")
    c = add(
        subs_sub, "export", cmd_submissions_export, "copiar informe, JSON y evidencia a una carpeta"
    )
    c.add_argument("submission", metavar="ENVÍO")
    c.add_argument("-o", "--output", required=True, metavar="CARPETA")

    c = add(sub, "review", cmd_review, "aprobar o devolver un envío confirmado")
    c.add_argument("submission", metavar="ENVÍO")
    c.add_argument("decision", choices=["approve", "return"], metavar="approve|return")
    c.add_argument("--comment", default="", metavar="TEXTO", help="obligatorio al devolver")

    c = add(
        sub,
        "cleanup",
        cmd_cleanup,
        "liberar el disco de subidas abandonadas (los envíos y archivos completos no se tocan)",
    )
    c.add_argument(
        "--older-than",
        type=float,
        default=30.0,
        metavar="DÍAS",
        help="sin actividad desde hace al menos tantos días (30; mínimo 1)",
    )
    c.add_argument("--dry-run", action="store_true", help="solo decir qué se borraría")
    c.add_argument("--json", action="store_true", help="resultado en JSON")

    c = add(sub, "ingest", cmd_ingest, "recibir un lote (.obsbatch) traído en USB")
    c.add_argument("file", metavar="ARCHIVO")
    c.add_argument("--json", action="store_true")

    forms_sub = add_group(sub, "forms", "formularios que el servidor distribuye")
    c = add(
        forms_sub,
        "list",
        cmd_forms_list,
        "listar formularios publicados (y los que tienen errores)",
    )
    c.add_argument("--json", action="store_true")
    c = add(forms_sub, "add", cmd_forms_add, "validar y publicar un formulario YAML")
    c.add_argument("file", metavar="ARCHIVO")

    from oic_server.cli_blobs import add_blobs_commands  # it imports this module's helpers

    add_blobs_commands(sub, add)

    from oic_server.cli_records import add_retimestamp_command  # imports this module's helpers

    add_retimestamp_command(sub, add)

    from oic_server.cli_demo import add_demo_command  # it imports this module's helpers

    add_demo_command(sub, add)
    return p


def _log_internal_error(data_dir: Path | None) -> Path | None:
    try:
        folder = (data_dir or Path.cwd()) / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "oic-server-cli.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {_dt.datetime.now(_dt.UTC).isoformat()} oic-server {__version__}\n")
            fh.write(traceback.format_exc())
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir: Path | None = None
    try:
        data_dir = args.data_dir_path = resolve_data_dir(args.data_dir)
        return args.handler(args)
    except ApiError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_CHECK if exc.code in _CHECK_CODES else EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        where = _log_internal_error(data_dir)
        print(f"error interno: {type(exc).__name__}: {exc}", file=sys.stderr)
        if where:
            print(f"Detalles en {where}.", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
