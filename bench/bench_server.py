"""Server upload path: throughput, bytes on the wire per payload byte, bytes resent after a cut.

Runs a real uvicorn on 127.0.0.1 with a fresh data folder (SQLite, or
``--database URL``), puts a counting TCP relay in front of it, and uploads one
random blob in protocol-sized chunks (PUT manifest, PATCH chunks, HEAD to
resume). Prints JSON. Budgets in force (../shared/DESIGN.md §7, bench/budgets.py):
wire/payload ≤ 1.01, bytes sent again after a cut at 50 % ≤ one chunk.

    .venv/bin/python bench/bench_server.py [--mb 64] [--database postgresql://…/test]

With ``--database`` the figures are taken in a throw-away schema of that
PostgreSQL database (created and dropped here).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from budgets import report  # noqa: E402 - bench/budgets.py
from relay import Relay  # noqa: E402 - bench/relay.py

from oic_server.api import create_app  # noqa: E402
from oic_server.config import Limits  # noqa: E402
from oic_server.service import OICServer, initialize  # noqa: E402


def _serve(app) -> tuple[int, object]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return sock.getsockname()[1], server


def _patch(client: httpx.Client, digest: str, offset: int, data: bytes) -> httpx.Response:
    return client.patch(
        f"/blobs/{digest}",
        content=data,
        headers={"Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    limits = Limits()
    most = limits.max_blob_bytes // (1024 * 1024)
    # the cut at 50 % must fall past the first chunk for "bytes sent again" to mean anything
    least = 2 * limits.chunk_bytes // (1024 * 1024)
    parser.add_argument(
        "--mb", type=int, default=64, help=f"blob size in MiB (64; {least} to {most})"
    )
    parser.add_argument("--database", help="database URL (default: SQLite in a temp folder)")
    args = parser.parse_args()
    if not least <= args.mb <= most:
        parser.error(
            f"--mb {args.mb}: from {least} MiB (two chunks, so that the cut at 50 % falls "
            f"past the first) to {most} MiB (the server's max_blob_bytes)"
        )

    database, schema = args.database, None
    if database:  # a throw-away schema, dropped at the end
        import psycopg

        schema = f"bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(database, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        database += ("&" if "?" in database else "?") + f"options=-csearch_path%3D{schema}"
    data_dir = Path(tempfile.mkdtemp(prefix="bench-server-")) / "srv"
    initialize(data_dir, database)
    oic = OICServer.open(data_dir, database)
    chunk = oic.limits.chunk_bytes
    port, uv = _serve(create_app(oic))
    relay = Relay(port)
    oic.add_observer("OBS-001", "Banco de pruebas", "contraseña-de-banco", one_time=False)
    base = f"http://127.0.0.1:{relay.port}/api/v1"
    login = httpx.post(
        f"{base}/auth/login", json={"code": "OBS-001", "password": "contraseña-de-banco"}
    )
    client = httpx.Client(
        base_url=base, headers={"Authorization": f"Bearer {login.json()['token']}"}, timeout=120
    )

    payload = os.urandom(args.mb * 1024 * 1024)
    digest = hashlib.sha256(payload).hexdigest()
    small = [os.urandom(1000), os.urandom(2000)]
    manifest = {
        "audit_id": str(uuid.uuid4()),
        "audit_version": 1,
        "form_id": "visita_obra_publica",
        "form_version": 1,
        "audit_sha256": hashlib.sha256(small[0]).hexdigest(),
        "report_sha256": hashlib.sha256(small[1]).hexdigest(),
        "blobs": [
            {"sha256": hashlib.sha256(small[0]).hexdigest(), "size": 1000, "role": "audit"},
            {"sha256": hashlib.sha256(small[1]).hexdigest(), "size": 2000, "role": "report"},
            {"sha256": digest, "size": len(payload), "role": "evidence", "name": "video.mp4"},
        ],
    }
    assert client.put(f"/submissions/{uuid.uuid4()}", json=manifest).status_code == 201

    # 1. an uninterrupted upload: wire bytes per payload byte and throughput
    relay.reset()
    start = time.perf_counter()
    offset = 0
    while offset < len(payload):
        r = _patch(client, digest, offset, payload[offset : offset + chunk])
        assert r.status_code == 204, r.text
        offset = int(r.headers["Upload-Offset"])
    seconds = time.perf_counter() - start
    time.sleep(0.2)  # let the relay threads count the last bytes
    wire_up, wire_down = relay.up, relay.down

    # 2. the same size again under another hash, cut in the middle of a chunk at 50 %
    second = os.urandom(len(payload))
    digest2 = hashlib.sha256(second).hexdigest()
    manifest2 = dict(manifest, audit_id=str(uuid.uuid4()))
    manifest2["blobs"] = [*manifest["blobs"][:2], dict(manifest["blobs"][2], sha256=digest2)]
    assert client.put(f"/submissions/{uuid.uuid4()}", json=manifest2).status_code == 201
    half = (len(second) // 2) // chunk * chunk
    offset = 0
    while offset < half:
        offset = int(
            _patch(client, digest2, offset, second[offset : offset + chunk]).headers[
                "Upload-Offset"
            ]
        )
    token = client.headers["Authorization"].split()[1]
    with socket.create_connection(("127.0.0.1", relay.port)) as raw:
        raw.sendall(
            (
                f"PATCH /api/v1/blobs/{digest2} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                f"Upload-Offset: {offset}\r\nContent-Type: application/offset+octet-stream\r\n"
                f"Content-Length: {chunk}\r\n\r\n"
            ).encode()
            + second[offset : offset + chunk // 2]
        )
    client.close()
    client = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120)
    resume = int(client.head(f"/blobs/{digest2}").headers["Upload-Offset"])
    sent_after_cut = chunk // 2  # the half chunk that died with the connection
    while resume < len(second):
        piece = second[resume : resume + chunk]
        sent_after_cut += len(piece)
        resume = int(_patch(client, digest2, resume, piece).headers["Upload-Offset"])
    resent = sent_after_cut - (len(second) - offset)

    client.close()
    uv.should_exit = True
    oic.close()
    if schema:
        with psycopg.connect(args.database, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    shutil.rmtree(data_dir.parent, ignore_errors=True)
    print(
        json.dumps(
            {
                "benchmark": "server_upload",
                "database": "postgresql" if args.database else "sqlite",
                "payload_bytes": len(payload),
                "chunk_bytes": chunk,
                "seconds": round(seconds, 3),
                "mib_per_s": round(len(payload) / seconds / 2**20, 1),
                "ms_per_chunk": round(seconds * 1000 / -(-len(payload) // chunk), 2),
                "wire_bytes_up": wire_up,
                "wire_bytes_down": wire_down,
                "wire_per_payload": round((wire_up + wire_down) / len(payload), 5),
                "resent_after_cut_bytes": resent,
                "budgets": report(
                    {
                        "server_wire_per_payload": round((wire_up + wire_down) / len(payload), 5),
                        "server_resent_chunks": round(resent / chunk, 3),
                    }
                ),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
