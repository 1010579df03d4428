"""Benchmark sync over an emulated rural link: sync time against a plain PUT, and a link that drops.

Prints one JSON object. Budgets in force (../shared/DESIGN.md §7, bench/budgets.py):
sync throughput over the link >= 0.9 of one plain HTTPS PUT of the same bytes over
the same link; on a link that drops every 60 s, bytes sent again <= one chunk per
drop, and the whole submission delivered within twice a plain PUT's time.

    .venv/bin/python bench/bench_rural.py [--mb 50] [--files 12] [--rate-mbit 2]
        [--rtt-ms 300] [--loss 1] [--drop-mb MB] [--drop-every 60] [--outage 5]
        [--emulator auto|netem|tun] [--cc cubic] [--repeat 1] [--dir D]

Needs root (network namespaces); elsewhere it prints ``{"skipped": reason}``.
Builds two namespaces joined by the link (ruralnet.py: ``tc netem`` on a veth
pair, or linkem.py over TUN where the kernel has no netem), runs a real
``oic-server`` with HTTPS in the server's namespace and the observer's client in
the laptop's (rural_roles.py), and removes all of it at the end, Ctrl-C and
errors included. Full size takes about half an hour: see bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from statistics import median

from bench_sync import MINI, OIC, PASSWORD, make_audit  # bench/bench_sync.py
from budgets import report  # bench/budgets.py
from linkem import LinkShape  # bench/linkem.py
from ruralnet import SERVER_IP, RuralNet, cannot_run  # bench/ruralnet.py

HERE = Path(__file__).resolve().parent
PORT, SINK_PORT = 8443, 8444
PY = sys.executable


def _interrupted(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")  # the finally blocks take everything down


class Bench:
    """The server, the sink and the laptop's data folder on a built :class:`RuralNet`."""

    def __init__(self, net: RuralNet, base: Path, args: argparse.Namespace):
        self.net, self.base, self.args = net, base, args
        self.oic = base / "oic"
        self.forms = base / "forms"
        self.laptop = base / "laptop"
        self.url = f"https://{SERVER_IP}:{PORT}"

    # ------------------------------------------------------------ setting up

    def start_server(self) -> None:
        """oic-server with a TLS certificate for the link's address, in its namespace."""
        cli = [str(OIC), "--data-dir", str(self.oic)]
        subprocess.run([*cli, "init", "--hostname", SERVER_IP], check=True, capture_output=True)
        init = subprocess.run([*cli, "init", "--json"], check=True, capture_output=True)
        self.ca_fingerprint = json.loads(init.stdout)["ca_fingerprint_sha256"]
        subprocess.run([*cli, "observer", "add", "OBS-900", "--name", "Banco", "--password-stdin",
                        "--reusable"], input=(PASSWORD + "\n").encode(), check=True,
                       capture_output=True)  # fmt: skip
        with open(self.base / "oic.log", "wb") as log:  # the server keeps its own copy
            self.net.start(self.net.server, [*cli, "serve", "--host", SERVER_IP, "--port",
                                             str(PORT), "--log-level", "warning"],
                           stdout=log, stderr=log)  # fmt: skip
        keys = self.oic / "keys"
        sink_dir = self.base / "sink"
        sink_dir.mkdir()
        self.net.start(self.net.server, [PY, str(HERE / "rural_roles.py"), "sink", "--host",
                                         SERVER_IP, "--port", str(SINK_PORT), "--folder",
                                         str(sink_dir), "--cert", str(keys / "tls-cert.pem"),
                                         "--key", str(keys / "tls-key.pem")])  # fmt: skip
        self.ca_file = keys / "tls-cert.pem"  # the chain: the certificate, then the OIC CA
        for port in (PORT, SINK_PORT):
            self._wait_listening(port)

    def _wait_listening(self, port: int) -> None:
        for _ in range(600):
            listening = self.net.run(self.net.server, ["ss", "-Hltn", f"sport = :{port}"])
            if listening.stdout.strip():
                return
            time.sleep(0.1)
        log = (self.base / "oic.log").read_text(errors="replace")[-2000:]
        raise SystemExit(f"nothing listens on {SERVER_IP}:{port} after 60 s\n{log}")

    def enroll_laptop(self) -> None:
        """The laptop's data folder and profile; the login (and enrollment) over the link."""
        self.forms.mkdir()
        helpers: dict = {}
        exec(compile(MINI, "helpers.py", "exec"), helpers)  # tests/helpers.py, as bench_sync
        (self.forms / "mini.yaml").write_text(helpers["MINI_FORM"], encoding="utf-8")
        app = self.app()
        app.save_profile(name="Banco de pruebas", observer_code="OBS-900")
        app.close()
        token = self.role("login", "--url", self.url, "--ca-fingerprint", self.ca_fingerprint,
                          timeout=300)["token"]  # fmt: skip
        # without a keyring the token is in the data folder, encrypted with the key's passphrase
        self.token = ("--token", token) if token else ()
        app = self.app()
        try:
            from observer_desktop.services.sync import SERVER_KEY

            self.chunk = int(app.store.get_setting(SERVER_KEY)["limits"]["chunk_bytes"])
        finally:
            app.close()

    def app(self):
        from observer_desktop.services.app import Observador

        return Observador(self.laptop, form_dirs=[self.forms])

    def audit(self, mb: float, files: int, tag: str) -> tuple[str, list[Path]]:
        """A finalized audit with ``files`` random evidence files, its report signed."""
        app = self.app()
        try:
            src = self.base / "src"
            src.mkdir(exist_ok=True)
            audit, paths = make_audit(app, src, [int(mb * 1e6) // files] * files, tag)
            return audit["id"], paths
        finally:
            app.close()

    def payload(self, audit_id: str) -> int:
        app = self.app()
        try:
            return int(app.store.outbox_rows(audit_id=audit_id)[0]["bytes_total"])
        finally:
            app.close()

    # ------------------------------------------------------------ the laptop's side

    def role(self, role: str, *args: str, timeout: float) -> dict:
        """A rural_roles.py role in the laptop's namespace; its JSON line."""
        common = ["--cc", self.args.cc]
        if role in ("login", "sync"):
            common += ["--data", str(self.laptop), "--forms", str(self.forms)]
        done = self.net.run(self.net.laptop, [PY, str(HERE / "rural_roles.py"), role, *common,
                                              *args], timeout=timeout, check=False)  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"{role} failed ({done.returncode}):\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    def measured(self, role: str, *args: str, timeout: float) -> dict:
        """A role timed on the laptop's side, with the link's counters over it."""
        self.net.reshape(self.net.shape)  # the same loss sequence from the same point
        before = self.net.stats()
        out = self.role(role, *args, timeout=timeout)
        out["link"] = _delta(before, self.net.stats())
        return out

    def clean_pair(self, i: int, files: int) -> dict:
        """One plain PUT and one sync of a fresh submission of --mb, in turn."""
        audit_id, paths = self.audit(self.args.mb, files, f"clean-{i}")
        limit = self.expected_seconds(self.args.mb) * 20 + 300
        sink = f"https://{SERVER_IP}:{SINK_PORT}/upload"
        put = ("put", "--url", sink, "--ca", str(self.ca_file), *map(str, paths))
        sync = ("sync", *self.token)
        done = {}
        for phase in (put, sync) if i % 2 == 0 else (sync, put):  # alternate which goes first
            done[phase[0]] = self.measured(*phase, timeout=limit)
        plain, synced = done["put"], done["sync"]
        for path in paths:
            path.unlink()
        if not synced["delivered"]:
            raise SystemExit(f"the sync did not deliver on the clean link: {synced['runs']}")
        payload = self.payload(audit_id)
        return {
            "order": "put, sync" if i % 2 == 0 else "sync, put",
            "plain_put": _rates(plain, plain["bytes"]),
            "sync": _rates(synced, payload),
            "ratio": round((payload / synced["seconds"]) / (plain["bytes"] / plain["seconds"]), 3),
            "payload_bytes": payload,
        }

    def dropping(self, plain_rate: float) -> dict:
        """A fresh submission of --drop-mb over a link that drops every --drop-every s,
        given twice what a plain PUT of it takes on the clean link (and two drops more)."""
        args = self.args
        audit_id, paths = self.audit(args.drop_mb, args.files, "drops")
        limit = 2 * args.drop_mb * 1e6 / plain_rate + 2 * args.drop_every
        self.net.reshape(replace(self.net.shape, drop_every_s=args.drop_every,
                                 outage_s=args.outage))  # fmt: skip
        before = self.net.stats()
        out = self.role("sync", *self.token, "--limit", str(limit), timeout=limit + 120)
        link = _delta(before, self.net.stats())
        self.net.reshape(replace(self.net.shape, drop_every_s=0))
        for path in paths:
            path.unlink()
        payload = self.payload(audit_id)
        held = payload if out["delivered"] else out["bytes_done"]
        again = out["chunk_bytes_sent"] - held
        drops = link["drops"]
        # a drop that ended no connection cost nothing (the client was waiting between runs)
        cut = link["drops_that_reset"] if link.get("drops_that_reset") is not None else drops
        return {
            "every_s": args.drop_every,
            "outage_s": args.outage,
            "limit_s": round(limit, 1),
            "payload_bytes": payload,
            "delivered": out["delivered"],
            "delivered_share": round(held / payload, 4),
            "seconds": out["seconds"],
            "runs": len(out["runs"]),
            "errors": sorted({r["error"] for r in out["runs"] if r["error"]}),
            "drops": drops,
            "drops_that_reset": link.get("drops_that_reset"),
            "connections_reset": link.get("connections_reset"),
            "bytes_sent_again": again,
            "bytes_sent_again_per_drop": round(again / max(1, cut)),
            # in the protocol's chunks (the server's chunk_bytes, the largest a client sends)
            "chunks_sent_again_per_drop": round(again / self.chunk / max(1, cut), 3),
            "link": link,
            "timeline": out["timeline"],
        }

    def expected_seconds(self, mb: float) -> float:
        return mb * 8e6 / (self.net.shape.rate_bps)


def _delta(before: dict, after: dict) -> dict:
    """The link's counters over a phase."""
    out: dict = {}
    for key, value in after.items():
        if isinstance(value, dict):
            out[key] = _delta(before.get(key, {}), value)
        elif isinstance(value, int | float) and not isinstance(value, bool) and key != "at":
            out[key] = value - (before.get(key) or 0)
    return out


def _rates(phase: dict, payload: int) -> dict:
    wire = sum(phase["link"].get(side, {}).get("bytes_in", 0) for side in ("laptop", "server"))
    out = {
        "bytes": payload,
        "seconds": phase["seconds"],
        "mbit_per_s": round(payload * 8 / phase["seconds"] / 1e6, 3),
        "wire_per_payload": round(wire / payload, 4),
        "link": phase["link"],
    }
    for key in ("upload_seconds", "requests", "runs", "timeline"):
        if key in phase:
            out[key] = phase[key]
    return out


def measure(args: argparse.Namespace, shape: LinkShape, base: Path) -> dict:
    t0 = time.monotonic()
    with RuralNet(shape, emulator=args.emulator) as net:
        bench = Bench(net, base, args)
        bench.start_server()
        bench.enroll_laptop()
        setup_s = time.monotonic() - t0
        pairs = [bench.clean_pair(i, args.files) for i in range(args.repeat)]
        ratio = median([p["ratio"] for p in pairs])
        plain_rate = median([p["plain_put"]["bytes"] / p["plain_put"]["seconds"] for p in pairs])
        drops = bench.dropping(plain_rate)
        link = {"emulator": net.emulator, "why": net.why, "stale_namespaces_removed":
                net.stale_removed}  # fmt: skip
    wire = median([p["sync"]["wire_per_payload"] for p in pairs])
    return {
        "link": link,
        "setup_seconds": round(setup_s, 1),
        "chunk_bytes": bench.chunk,
        "clean": pairs,
        "drops": drops,
        "total_seconds": round(time.monotonic() - t0, 1),
        "budgets": report({
            "rural_sync_ratio": ratio,
            "rural_resent_chunks_per_drop": drops["chunks_sent_again_per_drop"],
            "rural_drop_delivered": drops["delivered_share"],
        }),
        "wire_per_payload": {"sync": wire, "plain_put": median(
            [p["plain_put"]["wire_per_payload"] for p in pairs])},
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="the submission's evidence, MB")
    parser.add_argument("--files", type=int, default=12, help="evidence files (12 MP photos)")
    parser.add_argument("--rate-mbit", type=float, default=2.0)
    parser.add_argument("--rtt-ms", type=float, default=300.0)
    parser.add_argument("--loss", type=float, default=1.0, help="random loss, percent")
    parser.add_argument("--queue-kb", type=float, default=0, help="bottleneck buffer; 0: 1 BDP")
    parser.add_argument("--drop-mb", type=float, default=None, help="that link's payload (--mb)")
    parser.add_argument("--drop-every", type=float, default=60.0, help="seconds between drops")
    parser.add_argument("--outage", type=float, default=5.0, help="seconds a drop lasts")
    parser.add_argument("--emulator", choices=("auto", "netem", "tun"), default="auto")
    parser.add_argument("--cc", default="cubic", help="the laptop's TCP congestion control")
    parser.add_argument("--repeat", type=int, default=1, help="clean-link pairs (put, sync)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    args.drop_mb = args.drop_mb or args.mb
    shape = LinkShape(rate_bps=args.rate_mbit * 1e6, delay_s=args.rtt_ms / 2000,
                      loss=args.loss / 100, queue_bytes=int(args.queue_kb * 1000),
                      seed=args.seed)  # fmt: skip
    head = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "shape": {"rate_mbit": args.rate_mbit, "rtt_ms": args.rtt_ms, "loss_percent": args.loss,
                  "queue_bytes": shape.queue_limit, "congestion_control": args.cc},
        "payload_mb": args.mb,
        "files": args.files,
    }  # fmt: skip
    reason = cannot_run()
    if reason:
        print(json.dumps({"skipped": reason, **head}, indent=2))
        return
    signal.signal(signal.SIGTERM, _interrupted)
    os.environ.setdefault("OBSERVER_PASSPHRASE", "frase de paso del banco")
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # never the machine's keyring
    base = Path(tempfile.mkdtemp(prefix="bench-rural-", dir=args.dir))
    try:
        print(json.dumps({**head, **measure(args, shape, base)}, indent=2))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
