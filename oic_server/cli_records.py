"""``oic-server retimestamp``: renew the archive time-stamps of the copies of record
(PAdES B-LTA, :mod:`oic_server.record`) before their TSA certificate expires, or make
the copies that submissions committed before them lack (``--missing``).

Kept apart from :mod:`oic_server.cli` (which adds the command to its parser) so each
file keeps one job.
"""

from __future__ import annotations

import argparse
from typing import Any

from oic_server.cli import EXIT_OK, AddCommand, _json, _open, _out
from oic_server.errors import ApiError

__all__ = ["add_retimestamp_command"]


def cmd_retimestamp(args: argparse.Namespace) -> int:
    if args.within_days < 0:
        raise ApiError("bad_request", "--within-days no puede ser negativo.")
    if args.all and args.missing:
        raise ApiError("bad_request", "Use --all o --missing, no los dos.")
    with _open(args) as server:

        def progress(number: int, total: int, item: Any, copy: Any) -> None:
            if args.json:
                return
            head = f"[{number}/{total}] envío {item.submission_id[:8]}"
            if copy is None:
                what = (
                    "sin copia de registro"
                    if item.kind == "missing"
                    else (f"sello de archivo vigente hasta {item.renew_by or '—'}")
                )
                _out(f"{head}: {what} (ensayo, no se cambió nada)")
            elif item.kind == "missing":
                _out(
                    f"{head}: copia de registro {copy.sha256[:12]}… hecha ahora; su hora del "
                    f"OIC es {copy.timestamped_at} (la de esta ejecución, no la de su recepción)"
                )
            else:
                _out(
                    f"{head}: nuevo sello de archivo {copy.archived_at}, vigente hasta "
                    f"{copy.renew_by}; copia {copy.sha256[:12]}… (la anterior "
                    f"{(item.record_sha256 or '')[:12]}… se conserva)"
                )

        result = server.retimestamp(
            within_days=args.within_days,
            everything=args.all,
            missing=args.missing,
            dry_run=args.dry_run,
            progress=progress,
        )
    if args.json:
        _json(result)
        return EXIT_OK
    if not result["planned"]:
        which = (
            "sin copia de registro"
            if args.missing
            else "que renovar"
            if args.all
            else f"cuyo sello de archivo venza en los próximos {args.within_days} días"
        )
        _out(f"No hay envíos {which}.")
    elif args.dry_run:
        _out(f"Ensayo (--dry-run): {result['planned']} envío(s); no se cambió nada.")
    else:
        _out(f"Listo: {result['done']} de {result['planned']} envío(s).")
        if args.missing:
            _out(
                "Estas copias llevan la hora del OIC de esta ejecución: prueban que el informe "
                "existía firmado desde ahora, no desde que se recibió."
            )
    return EXIT_OK


def add_retimestamp_command(sub: Any, add: AddCommand) -> None:
    c = add(
        sub,
        "retimestamp",
        cmd_retimestamp,
        "renovar los sellos de archivo de las copias de registro antes de que venza el "
        "certificado de sellos de tiempo (se puede interrumpir y volver a ejecutar)",
    )
    c.add_argument(
        "--within-days",
        type=int,
        default=365,
        metavar="DÍAS",
        help="las que vencen dentro de tantos días (365)",
    )
    c.add_argument("--all", action="store_true", help="todas las copias de registro")
    c.add_argument(
        "--missing",
        action="store_true",
        help="hacer la copia de registro de los envíos recibidos antes de que existieran "
        "(su hora del OIC será la de esta ejecución)",
    )
    c.add_argument("--dry-run", action="store_true", help="solo decir qué se haría")
    c.add_argument("--json", action="store_true", help="resultado en JSON")
