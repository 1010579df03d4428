"""What bench_rural.py runs inside its namespaces, one role per process.

    python bench/rural_roles.py sink  --port P --folder F --cert C --key K   (server side)
    python bench/rural_roles.py login --data D --forms F --url U --ca-fingerprint X
    python bench/rural_roles.py sync  --data D --forms F [--token T] [--limit S]
    python bench/rural_roles.py put   --url U --ca C FILE...

Each laptop role prints one JSON line. ``sync`` is the observer's real client
(``services.sync.sync_now``); with ``--limit`` it starts a new run after a run
that did not deliver, a second later (the background schedule's first backoff),
until everything is delivered or the limit passes (then it cancels). ``put`` is
the floor any protocol pays: one plain HTTPS PUT per file, in turn, on one
connection, to ``sink`` (bench_sync's sink: it writes the body and fsyncs).

The laptop's TCP connections use the congestion control named by ``--cc``
(CUBIC by default, a Debian or Windows laptop's), set on each socket before it
connects: see ruralnet.py for why not per namespace.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import ssl
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

CODE = "OBS-900"  # bench_sync's observer
STALL_TIMEOUT = 30.0  # the product's (SyncOptions); said here so the JSON can report it


def use_congestion_control(name: str) -> None:
    """Every TCP socket this process connects uses ``name``."""
    connect = socket.socket.connect

    def connect_with(self: socket.socket, address) -> None:
        if self.type == socket.SOCK_STREAM and self.family in (socket.AF_INET, socket.AF_INET6):
            self.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, name.encode())
        return connect(self, address)

    socket.socket.connect = connect_with  # type: ignore[method-assign]


def sink(args: argparse.Namespace) -> None:
    from bench_sync import _Sink  # bench/bench_sync.py: the plain PUT's server

    handler = type("Sink", (_Sink,), {"folder": Path(args.folder)})
    server = ThreadingHTTPServer((args.host, args.port), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.serve_forever()


def _app(args: argparse.Namespace):
    import keyring
    from keyring.backends import fail

    from observer_desktop.services.app import Observador

    keyring.set_keyring(fail.Keyring())  # never the machine's keyring (the token: in a file)
    return Observador(Path(args.data), form_dirs=[Path(args.forms)])


def login(args: argparse.Namespace) -> dict:
    from bench_sync import PASSWORD

    from observer_desktop.services import sync

    app = _app(args)
    try:
        result = sync.login(
            app, server=args.url, code=CODE, password=PASSWORD, trust_ca=args.ca_fingerprint
        )
    finally:
        app.close()
    return {"token": result.token, "enrolled": result.enrolled}


def run_sync(args: argparse.Namespace) -> dict:
    """Runs of the real client until it delivers (or once, without ``--limit``)."""
    from observer_desktop.services import sync

    app = _app(args)
    t0 = time.monotonic()
    marks: dict[str, float] = {}
    last: dict[str, int] = {"bytes_done": 0, "bytes_total": 0}

    timeline: list[list] = []  # where the time goes: [s, stage, bytes held(, why it waits)]

    def progress(p) -> None:
        if not timeline or timeline[-1][1:3] != [p.stage, p.bytes_done]:
            entry = [round(time.monotonic() - t0, 3), p.stage, p.bytes_done]
            timeline.append([*entry, p.message] if p.stage == "waiting" else entry)
        if p.stage == "upload":
            marks.setdefault("upload", time.monotonic())
            last.update(bytes_done=p.bytes_done, bytes_total=p.bytes_total)
        elif p.stage == "commit":
            marks["commit"] = time.monotonic()

    deadline = t0 + args.limit if args.limit else None
    control = sync.SyncControl(lambda: deadline is not None and time.monotonic() > deadline)
    options = sync.SyncOptions(fetch_forms=False)
    runs = []
    try:
        while True:
            r0 = time.monotonic()
            result = sync.sync_now(app, token=args.token, progress=progress, control=control,
                                   options=options)  # fmt: skip
            runs.append({"ok": result.ok, "seconds": round(time.monotonic() - r0, 3),
                         "chunk_bytes_sent": result.chunk_bytes_sent,
                         "requests": result.requests, "error": result.error})  # fmt: skip
            if result.ok or deadline is None or result.cancelled:
                break
            time.sleep(1.0)
    finally:
        app.close()
    end = time.monotonic()
    return {
        "delivered": runs[-1]["ok"],
        "seconds": round(end - t0, 3),
        "upload_seconds": round(marks.get("commit", end) - marks.get("upload", t0), 3),
        "runs": runs,
        "chunk_bytes_sent": sum(r["chunk_bytes_sent"] for r in runs),
        "requests": sum(r["requests"] for r in runs),
        "timeline": timeline,
        **last,
    }


def put(args: argparse.Namespace) -> dict:
    """One plain PUT per file, in turn, on one kept-alive HTTPS connection."""
    import httpx

    context = ssl.create_default_context(cafile=args.ca)
    paths = [Path(p) for p in args.files]
    t0 = time.monotonic()
    with httpx.Client(verify=context, timeout=STALL_TIMEOUT) as client:
        for path in paths:
            with open(path, "rb") as fh:
                size = path.stat().st_size
                answer = client.put(args.url, content=iter(lambda fh=fh: fh.read(1 << 20), b""),
                                    headers={"Content-Length": str(size)})  # fmt: skip
                answer.raise_for_status()
    return {
        "seconds": round(time.monotonic() - t0, 3),
        "bytes": sum(p.stat().st_size for p in paths),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="role", required=True)
    s = sub.add_parser("sink")
    s.add_argument("--host", required=True)
    s.add_argument("--port", type=int, required=True)
    for name in ("--folder", "--cert", "--key"):
        s.add_argument(name, required=True)
    for role in ("login", "sync"):
        p = sub.add_parser(role)
        p.add_argument("--data", required=True)
        p.add_argument("--forms", required=True)
        p.add_argument("--cc", default="cubic")
    sub.choices["login"].add_argument("--url", required=True)
    sub.choices["login"].add_argument("--ca-fingerprint", required=True)
    sub.choices["sync"].add_argument("--token", default=None, help="else the kept one")
    sub.choices["sync"].add_argument("--limit", type=float, default=0.0)
    p = sub.add_parser("put")
    p.add_argument("--url", required=True)
    p.add_argument("--ca", required=True)
    p.add_argument("--cc", default="cubic")
    p.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.role == "sink":
        sink(args)
        return
    use_congestion_control(args.cc)
    os.environ.setdefault("OBSERVER_PASSPHRASE", "frase de paso del banco")
    out = {"login": login, "sync": run_sync, "put": put}[args.role](args)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
