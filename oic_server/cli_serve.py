"""``oic-server serve``: the laptops' API and the staff console over HTTP(S), with the limits
that keep anonymous clients from exhausting it (docs/server.md, "Limits").

Kept apart from :mod:`oic_server.cli` (which adds this command to its parser) so each
file keeps one job.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from pathlib import Path
from typing import Any

from oic_server.cli import EXIT_OK, AddCommand, _open
from oic_server.config import KEY_PASSPHRASE_ENV, METRICS_NETWORKS, METRICS_TOKEN_ENV, Limits
from oic_server.errors import ApiError

__all__ = ["add_serve_command"]

MAX_FILE_MB = (1, 100_000)
CHUNK_MB = (1, 64)
S3_CHUNK_MB = 5  # S3's smallest part (all but the last)
DEFAULT_CHUNK_MB = Limits.chunk_bytes // (1024 * 1024)
MAX_CONNECTIONS = (16, 1_000_000)
HEADER_TIMEOUT = (1, 600)


def _in_range(value: int, bounds: tuple[int, int], option: str, unit: str = "") -> int:
    low, high = bounds
    if not low <= value <= high:
        raise ApiError(
            "bad_request", f"{option} debe estar entre {low} y {high}{unit}; se indicó {value}."
        )
    return value


def _connection_limits(args: argparse.Namespace):
    """The connection limits of ``serve`` (oic_server/connections.py)."""
    from oic_server.connections import ConnectionLimits

    return ConnectionLimits(
        max_connections=_in_range(args.max_connections, MAX_CONNECTIONS, "--max-connections"),
        header_timeout=_in_range(args.header_timeout, HEADER_TIMEOUT, "--header-timeout"),
    )


def _serve_limits(args: argparse.Namespace) -> Limits:
    """The limits ``serve`` publishes (GET /api/v1/meta); laptops follow them."""
    from dataclasses import replace

    from oic_server.config import Paths, resolve_blob_store

    _in_range(args.max_file_mb, MAX_FILE_MB, "--max-file-mb", " (MB)")
    s3 = resolve_blob_store(args.blob_store, Paths(args.data_dir_path)).startswith("s3://")
    # with S3 a chunk is a multipart part, and S3 takes parts of 5 MiB and up (but the
    # last): smaller chunks would wait as pieces and be read back (docs/server.md)
    low = S3_CHUNK_MB if s3 else CHUNK_MB[0]
    chunk_mb = args.chunk_mb if args.chunk_mb is not None else max(low, DEFAULT_CHUNK_MB)
    _in_range(chunk_mb, (low, CHUNK_MB[1]), "--chunk-mb", " (MB)" + (" con S3" if s3 else ""))
    if s3 and args.max_file_mb > S3_CHUNK_MB * 10_000:  # 10,000 parts of 5 MiB and up
        raise ApiError(
            "bad_request",
            f"Con S3 un archivo mide a lo más {S3_CHUNK_MB * 10_000} MB (10 000 partes); se "
            f"indicó --max-file-mb {args.max_file_mb}.",
        )
    return replace(
        Limits(),
        max_blob_bytes=args.max_file_mb * 1024 * 1024,
        chunk_bytes=chunk_mb * 1024 * 1024,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _public_url(value: str | None) -> str:
    """``--public-url`` checked: the address the constancias' QR codes point at (docs/server.md).
    HTTPS with a host name, or HTTP only to this machine (a test); no user, query or fragment."""
    from urllib.parse import urlsplit

    if not value:
        return ""
    text = value.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        parts, host = None, ""
    problem = None
    if any(c.isspace() or ord(c) < 32 for c in text):
        problem = "no debe llevar espacios"
    elif parts is None or parts.scheme not in ("https", "http") or not host:
        problem = "debe ser una dirección completa, p. ej. https://oic.chihuahua.gob.mx"
    elif parts.scheme == "http" and not _is_loopback(host):
        problem = (
            "debe empezar con https:// (http:// solo para 127.0.0.1 o localhost): quien lea "
            "el código QR de una constancia llegará a esa dirección"
        )
    elif parts.username is not None or parts.password is not None:
        problem = "no debe llevar usuario ni contraseña"
    elif parts.query or parts.fragment or "?" in text or "#" in text:
        problem = "no debe llevar «?» ni «#»"
    if problem:
        raise ApiError("bad_request", f"--public-url {problem}; se indicó «{value}».")
    return text.rstrip("/")


def _tls_for(args: argparse.Namespace, keys_folder: Path) -> tuple[str | None, str | None]:
    """The certificate and key ``serve`` uses: the ones given, else the OIC CA's
    (``init --hostname``) off loopback or with --tls; plain HTTP off loopback only
    with --plain-http (a TLS proxy on another machine)."""
    from oic_server import tls

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise ApiError("bad_request", "Use --ssl-certfile y --ssl-keyfile juntos.")
    if args.ssl_certfile:
        return args.ssl_certfile, args.ssl_keyfile
    files = tls.tls_files(keys_folder)
    local = _is_loopback(args.host)
    if args.plain_http or (local and not args.tls):
        if not local:
            print(
                "Aviso: HTTP sin cifrar en una dirección que no es local (--plain-http). "
                "Observador solo se conecta por HTTPS fuera de 127.0.0.1: el proxy con TLS "
                "delante debe ser el único que llegue aquí.",
                file=sys.stderr,
            )
        return None, None
    if not files.exist():
        raise ApiError(
            "bad_request",
            "Para atender fuera de 127.0.0.1 el servidor necesita HTTPS (Observador no envía "
            "nada por HTTP sin cifrar a otra computadora). Emita su certificado con la CA del "
            "OIC: «oic-server init --hostname oic.su-dominio.mx» (el nombre o la IP con que "
            "lo alcanzan las laptops); o use --ssl-certfile/--ssl-keyfile con uno público; o, "
            "detrás de un proxy con TLS, --plain-http.",
        )
    left = tls.days_left(files)
    if left is not None and left < tls.RENEW_DAYS:
        print(
            f"Aviso: el certificado TLS vence en {max(left, 0)} días: renuévelo con «oic-server "
            "init --hostname …».",
            file=sys.stderr,
        )
    return str(files.cert), str(files.key)


def _log_format(value: str) -> str:
    """``auto``: text at a terminal, JSON lines anywhere else (journald, a file, a container)."""
    if value != "auto":
        return value
    return "text" if sys.stderr.isatty() else "json"


def _metrics_access(args: argparse.Namespace):
    """Who may read ``GET /metrics`` (oic_server/observability/metrics.py)."""
    from oic_server.observability.metrics import MetricsAccess, parse_networks

    try:
        networks = parse_networks(args.metrics_allow)
    except ValueError as exc:
        raise ApiError(
            "bad_request",
            f"--metrics-allow: «{exc}» no es una red (p. ej. 10.0.0.0/8 o 192.168.1.5); "
            "separe varias con comas, o «none» para exigir el token.",
        ) from None
    token = os.environ.get(METRICS_TOKEN_ENV) or None
    if token is not None and len(token) < 16:
        raise ApiError("bad_request", f"{METRICS_TOKEN_ENV} debe tener al menos 16 caracteres.")
    return MetricsAccess(networks=networks, token=token)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from oic_server.api import create_app
    from oic_server.connections import raise_fd_limit, uvicorn_config
    from oic_server.observability.logs import logging_config

    connection_limits = _connection_limits(args)
    public_url = _public_url(args.public_url)
    metrics_access = _metrics_access(args)
    log_config = logging_config(_log_format(args.log_format), args.log_level)
    logging.captureWarnings(True)  # a library's warning is a log line too, not bare stderr
    with _open(args, limits=_serve_limits(args)) as server:
        certfile, keyfile = _tls_for(args, server.paths.keys)
        scheme = "https" if certfile else "http"
        raise_fd_limit()  # before the cap is computed from it
        app = create_app(server)
        app.state.map_tiles = args.map_tiles
        app.state.public_url = public_url
        app.state.metrics_access = metrics_access
        config = uvicorn_config(
            app,
            limits=connection_limits,
            host=args.host,
            port=args.port,
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            ssl_keyfile_password=os.environ.get(KEY_PASSPHRASE_ENV) if keyfile else None,
            proxy_headers=bool(args.forwarded_allow_ips),
            forwarded_allow_ips=args.forwarded_allow_ips,
            server_header=False,
            log_level=args.log_level,
            log_config=log_config,
            access_log=False,  # one line per request from oic_server.access instead
        )
        print(
            f"Servidor OIC en {scheme}://{args.host}:{args.port}/api/v1 — datos en "
            f"{server.paths.root}; hasta {config.connection_guard.max_connections} conexiones "
            "(Ctrl+C para detener)",
            file=sys.stderr,
        )
        uvicorn.Server(config).run()
    return EXIT_OK


DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def add_serve_command(sub: Any, add: AddCommand) -> None:
    c = add(sub, "serve", cmd_serve, "atender el protocolo v1 por HTTP(S)")
    c.add_argument("--host", default="127.0.0.1", metavar="H", help="dirección (127.0.0.1)")
    c.add_argument("--port", type=int, default=8000, metavar="P", help="puerto (8000)")
    c.add_argument("--ssl-certfile", metavar="ARCHIVO", help="certificado TLS (PEM)")
    c.add_argument("--ssl-keyfile", metavar="ARCHIVO", help="llave del certificado TLS (PEM)")
    c.add_argument(
        "--tls",
        action="store_true",
        help="HTTPS con el certificado de «init --hostname» también en 127.0.0.1",
    )
    c.add_argument(
        "--plain-http",
        action="store_true",
        help="HTTP sin cifrar fuera de 127.0.0.1 (solo detrás de un proxy con TLS)",
    )
    c.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="proxies de confianza cuyo X-Forwarded-For se usa (p. ej. 127.0.0.1)",
    )
    c.add_argument(
        "--max-file-mb",
        type=int,
        default=Limits.max_blob_bytes // (1024 * 1024),
        metavar="MB",
        help="tamaño máximo de cada archivo recibido (500; videos largos pueden pedir más)",
    )
    c.add_argument(
        "--chunk-mb",
        type=int,
        default=None,
        metavar="MB",
        help="tamaño máximo de cada fragmento de subida (4, con S3 5; de 1 —con S3 5— a 64)",
    )
    c.add_argument(
        "--max-connections",
        type=int,
        default=4096,
        metavar="N",
        help="conexiones abiertas a la vez (4096; nunca más que «ulimit -n» menos 384)",
    )
    c.add_argument(
        "--header-timeout",
        type=int,
        default=15,
        metavar="S",
        help="segundos para recibir los encabezados de una solicitud (15)",
    )
    c.add_argument(
        "--map-tiles",
        default=DEFAULT_TILES,
        metavar="URL",
        help='teselas del mapa de la consola, con {z}/{x}/{y} (OpenStreetMap; "" sin teselas: '
        "los puntos se ven igual, p. ej. en una intranet)",
    )
    c.add_argument(
        "--public-url",
        default="",
        metavar="URL",
        help="dirección pública del servidor (https://…): a ella apunta el código QR de las "
        "constancias (sin ella, la que usó el navegador del coordinador)",
    )
    c.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="detalle del registro (info)",
    )
    c.add_argument(
        "--log-format",
        default="auto",
        choices=["auto", "json", "text"],
        help="registro en líneas JSON o en texto (auto: texto en una terminal, JSON en "
        "journald o un archivo); cada línea lleva el X-Request-ID de su solicitud",
    )
    c.add_argument(
        "--metrics-allow",
        default=METRICS_NETWORKS,
        metavar="REDES",
        help="redes que pueden leer GET /metrics (locales y privadas; «none»: solo con el "
        f"token de {METRICS_TOKEN_ENV})",
    )
