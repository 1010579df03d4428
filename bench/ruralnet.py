"""Two network namespaces, laptop and server, joined by an emulated rural link.

bench_rural.py builds it, runs the oic-server in one namespace and the observer's
client in the other (``ip netns exec``), and takes it all down at the end — also
on Ctrl-C, SIGTERM or an error: :class:`RuralNet` is a context manager whose
``close`` kills what runs in its namespaces, stops the link and deletes the
namespaces. Names carry the bench's pid; a namespace of a bench that was killed
with SIGKILL (its pid gone) is removed by the next one.

The link is ``tc netem`` on a veth pair where the kernel has netem (both ends
shaped, each ``delay`` one way), else :mod:`linkem` over two TUN devices. The
JSON of the bench says which one and why. The laptop's connections use CUBIC,
the congestion control of a Debian or Windows laptop, set per socket in the
laptop's processes (rural_roles.py): a namespace inherits the machine's default
(BBR here, which does not slow down on random loss and would flatter every
client), and the kernel lets a namespace other than the first choose only
among ``tcp_allowed_congestion_control``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading

from linkem import Emulator, LinkShape  # bench/linkem.py

__all__ = ["LAPTOP_IP", "PREFIX", "SERVER_IP", "RuralNet", "cannot_run", "leftovers"]

PREFIX = "obsrural"
LAPTOP_IP, SERVER_IP = "10.201.0.1", "10.201.0.2"
CONGESTION_CONTROL = "cubic"


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=check)


def cannot_run() -> str | None:
    """Why the bench cannot build its namespaces here (in Spanish, for its JSON), or None."""
    if os.geteuid() != 0:
        return "se omite: crear espacios de nombres de red requiere root (ejecútelo como root)"
    if shutil.which("ip") is None or shutil.which("tc") is None:
        return "se omite: falta iproute2 (apt-get install iproute2)"
    probe = f"{PREFIX}-{os.getpid()}-probe"
    made = _ip("netns", "add", probe, check=False)
    if made.returncode != 0:
        return f"se omite: no se pueden crear espacios de nombres de red ({made.stderr.strip()})"
    _ip("netns", "del", probe, check=False)
    if not os.access("/dev/net/tun", os.R_OK | os.W_OK) and _netem_works() is not None:
        return "se omite: este núcleo no tiene tc netem ni /dev/net/tun"
    return None


def _netem_works() -> str | None:
    """None when ``tc netem`` works here, else what tc said."""
    probe = f"{PREFIX}-{os.getpid()}-netem"
    _ip("netns", "add", probe)
    try:
        done = subprocess.run(
            ["ip", "netns", "exec", probe, "tc", "qdisc", "add", "dev", "lo", "root", "netem",
             "delay", "1ms"], capture_output=True, text=True)  # fmt: skip
        return None if done.returncode == 0 else (done.stderr.strip() or "tc netem failed")
    finally:
        _ip("netns", "del", probe, check=False)


def leftovers() -> list[str]:
    """This bench's namespaces that exist now (any pid)."""
    listed = _ip("netns", "list", check=False).stdout.split()
    return [name for name in listed if name.startswith(PREFIX + "-")]


def _remove_namespace(name: str) -> None:
    """Kill what runs in the namespace (only this bench starts processes there), delete it."""
    pids = _ip("netns", "pids", name, check=False).stdout.split()
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid), signal.SIGKILL)
    _ip("netns", "del", name, check=False)


def remove_stale() -> list[str]:
    """Namespaces left by a bench whose process is gone (killed with SIGKILL)."""
    removed = []
    for name in leftovers():
        pid = name.split("-")[1]
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            _remove_namespace(name)
            removed.append(name)
    return removed


class RuralNet:
    """The laptop's and the server's namespaces and the link between them."""

    def __init__(self, shape: LinkShape, *, emulator: str = "auto"):
        pid = os.getpid()
        self.shape = shape
        self.wanted = emulator  # auto | netem | tun
        self.laptop, self.server = f"{PREFIX}-{pid}-laptop", f"{PREFIX}-{pid}-server"
        self.devices = (f"orl{pid}"[:15], f"ors{pid}"[:15])
        self.emulator = ""  # which one was used
        self.why = ""
        self.stale_removed: list[str] = []
        self._linkem: Emulator | None = None
        self._drops: _NetemDrops | None = None
        self._procs: list[subprocess.Popen] = []

    def __enter__(self) -> RuralNet:
        try:
            self._build()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _build(self) -> None:
        self.stale_removed = remove_stale()
        for ns in (self.laptop, self.server):
            _ip("netns", "add", ns)
            _ip("-n", ns, "link", "set", "lo", "up")
        problem = _netem_works() if self.wanted != "tun" else None
        if self.wanted != "tun" and problem is None:
            self.emulator, self.why = "netem", "el núcleo tiene tc netem"
            self._veth()
        elif self.wanted == "netem":
            raise RuntimeError(f"se pidió netem y no funciona aquí: {problem}")
        else:
            self.emulator = "linkem"
            reason = f"sin tc netem ({problem})" if problem else "se pidió --emulator tun"
            self.why = f"{reason}: emulador en espacio de usuario sobre TUN"
            self._tun()

    def _tun(self) -> None:
        self._linkem = Emulator(self.devices, self.shape)
        for ns, dev, mine, peer in ((self.laptop, self.devices[0], LAPTOP_IP, SERVER_IP),
                                    (self.server, self.devices[1], SERVER_IP, LAPTOP_IP)):  # fmt: skip
            _ip("link", "set", dev, "netns", ns)
            _ip("-n", ns, "addr", "add", mine, "peer", peer, "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
        self._linkem.start()

    def _veth(self) -> None:
        laptop_dev, server_dev = self.devices
        _ip("link", "add", laptop_dev, "netns", self.laptop, "type", "veth",
            "peer", "name", server_dev, "netns", self.server)  # fmt: skip
        for ns, dev, mine in ((self.laptop, laptop_dev, LAPTOP_IP),
                              (self.server, server_dev, SERVER_IP)):  # fmt: skip
            _ip("-n", ns, "addr", "add", f"{mine}/30", "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
            self.run(ns, netem_argv("add", dev, self.shape))

    # ------------------------------------------------------------ using it

    def argv(self, ns: str, argv: list[str]) -> list[str]:
        return ["ip", "netns", "exec", ns, *argv]

    def run(self, ns: str, argv: list[str], **kw) -> subprocess.CompletedProcess:
        kw.setdefault("capture_output", True)
        kw.setdefault("check", True)
        return subprocess.run(self.argv(ns, argv), text=True, **kw)

    def start(self, ns: str, argv: list[str], **kw) -> subprocess.Popen:
        """A process in ``ns``, killed by :meth:`close` if still running."""
        proc = subprocess.Popen(self.argv(ns, argv), **kw)
        self._procs.append(proc)
        return proc

    def reshape(self, shape: LinkShape) -> None:
        """A new shape from now on; its drop schedule starts now."""
        self.shape = shape
        if self._linkem is not None:
            self._linkem.shape(shape)
            return
        if self._drops is not None:
            self._drops.stop()
            self._drops = None
        for ns, dev in zip((self.laptop, self.server), self.devices, strict=True):
            self.run(ns, netem_argv("change", dev, shape))
        if shape.drop_every_s:
            self._drops = _NetemDrops(self, shape)

    def stats(self) -> dict:
        """The link's counters (see linkem.Link.stats); with netem, the drops made and the
        bytes each device sent (after netem: its losses not counted)."""
        if self._linkem is not None:
            return self._linkem.stats()
        out = {"drops": self._drops.count if self._drops else 0, "drops_that_reset": None}
        for side, ns, dev in zip(("laptop", "server"), (self.laptop, self.server),
                                 self.devices, strict=True):  # fmt: skip
            text = self.run(ns, ["cat", f"/sys/class/net/{dev}/statistics/tx_bytes"]).stdout
            out[side] = {"bytes_in": int(text)}
        return out

    def close(self) -> None:
        if self._drops is not None:
            self._drops.stop()
        for proc in self._procs:
            if proc.poll() is None:
                proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)
        for ns in (self.laptop, self.server):
            _remove_namespace(ns)
        if self._linkem is not None:
            self._linkem.close()  # its TUN devices go with the process


def netem_argv(verb: str, dev: str, shape: LinkShape, *, loss: float | None = None) -> list[str]:
    """``tc qdisc add|change`` of one veth end: the delay one way, the rate, the loss and a
    limit in packets that holds the buffer plus the packets in the delay line (netem counts
    both)."""
    loss = shape.loss if loss is None else loss
    in_flight = shape.rate_bps / 8 * shape.delay_s
    limit = max(16, round((shape.queue_limit + in_flight) / 1500))
    return ["tc", "qdisc", verb, "dev", dev, "root", "netem",
            "delay", f"{shape.delay_s * 1000:g}ms", "rate", f"{shape.rate_bps:g}bit",
            "loss", "random", f"{loss * 100:g}%", "limit", str(limit)]  # fmt: skip


class _NetemDrops:
    """linkem's drops with netem: every ``drop_every_s`` all is lost for ``outage_s``
    (loss 100 %), then the connections that crossed the link are killed at both ends
    (``ss -K``), as the far end's reset would end them."""

    def __init__(self, net: RuralNet, shape: LinkShape):
        self.net, self.shape, self.count = net, shape, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        pairs = list(zip((self.net.laptop, self.net.server), self.net.devices, strict=True))
        while not self._stop.wait(self.shape.drop_every_s):
            self.count += 1
            for ns, dev in pairs:
                self.net.run(ns, netem_argv("change", dev, self.shape, loss=1.0))
            self._stop.wait(self.shape.outage_s)
            for ns, peer in ((self.net.laptop, SERVER_IP), (self.net.server, LAPTOP_IP)):
                self.net.run(ns, ["ss", "-K", "-t", "dst", peer], check=False)
            for ns, dev in pairs:
                self.net.run(ns, netem_argv("change", dev, self.shape))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.shape.outage_s + 10)
