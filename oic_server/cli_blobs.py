"""``oic-server blobs copy --to s3://bucket/prefix``: move the data folder's blobs into an
S3-compatible store (:mod:`oic_server.blobstores.copy`), before switching the server
to it (docs/server.md, "Evidencia en S3").

Kept apart from :mod:`oic_server.cli` (which adds this command to its parser) so each
file keeps one job.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from oic_server.cli import EXIT_CHECK, EXIT_OK, AddCommand, _json, _out, add_group
from oic_server.config import Paths
from oic_server.errors import ApiError

__all__ = ["add_blobs_commands"]

_MB = 1024 * 1024


def cmd_blobs_copy(args: argparse.Namespace) -> int:
    from oic_server.blobstore import FilesystemBlobStore
    from oic_server.blobstores import parse_s3
    from oic_server.blobstores.copy import copy_blobs, record_path
    from oic_server.blobstores.s3 import S3BlobStore
    from oic_server.service import OICServer

    location = parse_s3(args.to)
    paths = Paths(args.data_dir_path)
    # the server's database (its schema checked); the source is always the folder's blobs/
    server = OICServer.open(paths.root, args.database, blob_store="file:")
    try:
        target = S3BlobStore(location, database=server.db, root=paths.root)
        problem = target.ready()
        if problem:
            raise ApiError(
                "unavailable",
                f"No se alcanza el almacén S3 ({problem}): revise OIC_S3_ENDPOINT o "
                "AWS_ENDPOINT_URL, las credenciales AWS_* y que la cubeta exista. No se copió nada.",
            )

        def progress(p: dict[str, Any]) -> None:
            if not args.json:
                print(
                    f"  {p['done']}/{p['blobs']} archivos, {p['bytes'] / _MB:.1f} de "
                    f"{p['total_bytes'] / _MB:.1f} MB",
                    file=sys.stderr,
                    flush=True,
                )

        result = copy_blobs(
            FilesystemBlobStore(paths.root),
            target,
            record=record_path(paths.root, target),
            dry_run=args.dry_run,
            progress=progress,
        )
        result["to"] = location.url
        result["database_blobs_missing"] = _missing_from_folder(server.db, paths)
    finally:
        server.close()
    if args.json:
        _json(result)
    else:
        _report(result)
    return EXIT_CHECK if result["damaged"] else EXIT_OK


def _missing_from_folder(db: Any, paths: Paths) -> int:
    """Blobs the database lists that the folder does not hold (a copy would miss them)."""
    from sqlalchemy import select

    from oic_server import schema as s

    with db.read() as conn:
        listed = conn.execute(select(s.blobs.c.sha256)).scalars().all()
    return sum(1 for sha in listed if not (paths.blobs / sha[:2] / sha[2:4] / sha).is_file())


def _report(r: dict[str, Any]) -> None:
    _out(f"Origen: {r['blobs']} archivos ({r['bytes'] / _MB:.1f} MB) en la carpeta de datos.")
    if r["dry_run"]:
        _out(
            f"Ensayo (--dry-run): se copiarían {r['to_copy']} a {r['to']}; "
            f"{r['already_there']} ya están ahí. No se copió nada."
        )
    else:
        _out(
            f"Copiados y verificados: {r['copied']} ({r['copied_bytes'] / _MB:.1f} MB); ya "
            f"estaban: {r['already_there']}; saltados por el registro de una copia anterior: "
            f"{r['skipped_recorded']}."
        )
        _out(f"Registro de lo copiado: {r['record']}")
    for sha in r["damaged"]:
        _out(f"DAÑADO (su contenido no tiene el SHA-256 de su nombre; no se copió): {sha}")
    if r["database_blobs_missing"]:
        _out(
            f"Aviso: {r['database_blobs_missing']} archivo(s) que la base de datos registra no "
            "están en la carpeta de datos."
        )
    if not r["dry_run"] and not r["damaged"]:
        _out(
            "La carpeta de datos no se modificó. Para cambiar de almacén: detenga el servidor, "
            f"repita esta copia, y ejecute «oic-server --blob-store {r['to']} init»."
        )


def add_blobs_commands(sub: Any, add: AddCommand) -> None:
    group = add_group(sub, "blobs", "almacén de archivos: copiar la carpeta de datos a S3")
    c = add(
        group,
        "copy",
        cmd_blobs_copy,
        "copiar los archivos de la carpeta de datos a un almacén S3, verificando cada SHA-256 "
        "(se puede reanudar; la carpeta no se modifica)",
    )
    c.add_argument("--to", required=True, metavar="URL", help="s3://cubeta/prefijo")
    c.add_argument("--dry-run", action="store_true", help="solo decir qué se copiaría")
    c.add_argument("--json", action="store_true", help="resultado en JSON")
