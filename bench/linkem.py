"""A link emulator in user space, over TUN: netem's model where the kernel has no netem.

bench_rural.py runs it as its own process in the root namespace (``python
bench/linkem.py --control-fd N --tun A --tun B``). It creates the two TUN
devices (the bench moves one into the laptop's namespace and one into the
server's) and forwards each IP packet read from one to the other through the
model below; a JSON-lines control socket reshapes the link and reads the
counters. The devices vanish with the process (they are not persistent), and
the process ends when the control socket closes, so a bench that dies takes
its link with it.

The model, per direction (the link's two ways are independent):

- **loss**: each packet is lost with probability ``loss`` (seeded), on entry,
  as netem's ``loss``;
- **queue**: a bottleneck buffer of ``queue_bytes`` in front of the line:
  a packet that does not fit behind the bytes still waiting is dropped
  (tail drop). The default is one bandwidth-delay product (rate × RTT);
- **rate**: the packet is serialised at ``rate_bps`` after the ones before
  it (IP bytes; no link-layer overhead);
- **delay**: then it travels ``delay_s`` (one way; the RTT is twice that);
  no jitter, so no reordering.

**Drops** (``drop_every_s``, ``outage_s``): every ``drop_every_s`` seconds
after the shape is set, the link carries nothing for ``outage_s`` seconds —
packets arriving, queued or in flight then are lost — and the TCP
connections that crossed it before are gone when it comes back, as after a
modem that re-dials with a new address behind the carrier's NAT: a later
segment of such a connection, from either side, reaches the far end and is
answered with a reset (RST, RFC 9293 §3.10.7.1) instead of being delivered.
So a client that was sending learns it at its next retransmission (a
second or two after the link is back); one that had sent its request and
waits for the answer hears nothing (the server's answer is reset on the
way) until its own stall timeout. A connection opened after the drop works.

The model (:class:`Link`) takes its clock as an argument and never sleeps; the
loop (:func:`serve`) waits on epoll for packets, the control socket or the
next delivery, never busy.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import fcntl
import heapq
import itertools
import json
import math
import os
import random
import selectors
import signal
import socket
import struct
import subprocess
import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = ["Direction", "Emulator", "Link", "LinkShape", "reset_for", "serve"]

SIDES = ("laptop", "server")
TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
_TCP = 6
_FIN, _SYN, _RST, _ACK = 0x01, 0x02, 0x04, 0x10


@dataclass(frozen=True)
class LinkShape:
    """What the link does to each direction; ``queue_bytes`` 0 means one BDP."""

    rate_bps: float = 2_000_000
    delay_s: float = 0.150  # one way
    loss: float = 0.01
    queue_bytes: int = 0
    drop_every_s: float = 0.0  # 0: never
    outage_s: float = 5.0
    seed: int = 18

    def __post_init__(self) -> None:
        if self.rate_bps <= 0 or self.delay_s < 0 or not 0 <= self.loss <= 1:
            raise ValueError(f"forma de enlace imposible: {self}")
        if self.drop_every_s and not 0 < self.outage_s < self.drop_every_s:
            raise ValueError("el corte debe durar menos que el intervalo entre cortes")

    @property
    def queue_limit(self) -> int:
        """The buffer in bytes: as given, else rate × RTT (at least 16 full packets)."""
        if self.queue_bytes:
            return self.queue_bytes
        return max(16 * 1500, math.ceil(self.rate_bps / 8 * 2 * self.delay_s))


@dataclass
class DirectionStats:
    packets_in: int = 0
    bytes_in: int = 0  # every IP byte offered, retransmissions and losses included
    delivered: int = 0
    delivered_bytes: int = 0
    lost: int = 0  # random loss
    queue_dropped: int = 0  # tail drop at the bottleneck buffer
    outage_dropped: int = 0
    resets: int = 0  # RSTs this side's far end sent back for a connection a drop ended
    write_dropped: int = 0  # the receiving device's queue was full (the loop fell behind)


class Direction:
    """One way of the link: loss, tail-drop buffer, serialisation at the rate, delay."""

    def __init__(self, shape: LinkShape, rng: random.Random):
        self.shape = shape
        self.rng = rng
        self.busy_until = 0.0
        self.backlog: deque[tuple[float, int]] = deque()  # (serialised at, bytes) waiting
        self.queued = 0
        self.stats = DirectionStats()

    def offer(self, size: int, now: float) -> float | None:
        """When a packet of ``size`` bytes entering now reaches the far end; None if lost."""
        while self.backlog and self.backlog[0][0] <= now:
            self.queued -= self.backlog.popleft()[1]
        if self.rng.random() < self.shape.loss:  # drawn for every packet: same seed, same losses
            self.stats.lost += 1
            return None
        if self.queued + size > self.shape.queue_limit:
            self.stats.queue_dropped += 1
            return None
        done = max(now, self.busy_until) + size * 8 / self.shape.rate_bps
        self.busy_until = done
        self.backlog.append((done, size))
        self.queued += size
        return done + self.shape.delay_s


@dataclass
class _Flow:
    last_seen: float
    ended_by: int = 0  # the drop (1-based) that ended the connection; 0: alive
    reset: bool = False


@dataclass
class Link:
    """Both directions, the drops and the connections they end. Times are the caller's
    clock (seconds); nothing here sleeps or reads a clock."""

    shape: LinkShape
    now: float
    ways: dict[str, Direction] = field(init=False)
    timers: list[tuple[float, int, str, bytes]] = field(default_factory=list)
    flows: dict[tuple, _Flow] = field(default_factory=dict)
    drops_started: int = 0
    connections_reset: int = 0
    _since: float = field(init=False)  # when this shape's drop schedule began
    _drops_before: int = 0  # drops of earlier shapes
    _pruned: float = field(init=False)
    _order: itertools.count = field(default_factory=itertools.count)
    _reset_by: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._since = self._pruned = self.now
        self.ways = {
            side: Direction(self.shape, _rng(self.shape, i)) for i, side in enumerate(SIDES)
        }

    def reshape(self, shape: LinkShape, now: float) -> None:
        """A new shape from ``now`` (packets on their way keep their times); the drop
        schedule starts again at ``now``; counters go on."""
        self._advance(now)
        self._drops_before = self.drops_started
        self.shape, self._since = shape, self.now
        for i, side in enumerate(SIDES):
            self.ways[side].shape, self.ways[side].rng = shape, _rng(shape, i)

    # ------------------------------------------------------------ the drop schedule

    def _drop_index(self, t: float) -> int:
        """How many drops of this shape began at or before ``t``."""
        every = self.shape.drop_every_s
        return max(0, math.floor((t - self._since) / every)) if every else 0

    def down(self, t: float) -> bool:
        k = self._drop_index(t)
        return k >= 1 and t - (self._since + k * self.shape.drop_every_s) < self.shape.outage_s

    def _advance(self, now: float) -> None:
        """Drops that began by ``now`` end every connection seen before them."""
        self.now = max(self.now, now)
        started = self._drops_before + self._drop_index(self.now)
        while self.drops_started < started:
            self.drops_started += 1
            for flow in self.flows.values():
                if not flow.ended_by:
                    flow.ended_by = self.drops_started
        if self.now - self._pruned > 60:  # connections unseen for 10 min are forgotten
            self._pruned = self.now
            for key in [k for k, f in self.flows.items() if self.now - f.last_seen > 600]:
                del self.flows[key]

    # ------------------------------------------------------------ packets

    def receive(self, side: str, packet: bytes, now: float) -> None:
        """A packet ``side`` sent into the link at ``now``."""
        self._advance(now)
        way = self.ways[side]
        way.stats.packets_in += 1
        way.stats.bytes_in += len(packet)
        if self.down(self.now):
            way.stats.outage_dropped += 1
            return
        self._track(packet)
        self._send(side, packet, self.now)

    def _send(self, side: str, packet: bytes, now: float) -> None:
        at = self.ways[side].offer(len(packet), now)
        if at is not None:
            heapq.heappush(self.timers, (at, next(self._order), _other(side), packet))

    def _track(self, packet: bytes) -> None:
        key = flow_key(packet)
        if key is None:
            return
        flow = self.flows.get(key)
        opening = _tcp_flags(packet) & (_SYN | _ACK) == _SYN
        if flow is None or (flow.ended_by and opening):  # a new connection on the same ports
            self.flows[key] = _Flow(self.now)
        else:
            flow.last_seen = self.now

    def next_due(self) -> float | None:
        return self.timers[0][0] if self.timers else None

    def due(self, now: float) -> list[tuple[str, bytes]]:
        """The packets that reached their side by ``now``: (side to write to, packet)."""
        self._advance(now)
        out = []
        while self.timers and self.timers[0][0] <= self.now:
            at, _, to, packet = heapq.heappop(self.timers)
            sender = self.ways[_other(to)].stats
            if self.down(at):
                sender.outage_dropped += 1
                continue
            flow = self.flows.get(flow_key(packet) or ())
            if flow is not None and flow.ended_by and not _tcp_flags(packet) & _RST:
                self._answer_reset(to, packet, flow, sender, at)
                continue
            sender.delivered += 1
            sender.delivered_bytes += len(packet)
            out.append((to, packet))
        return out

    def _answer_reset(
        self, far: str, packet: bytes, flow: _Flow, sender: DirectionStats, at: float
    ) -> None:
        """The far end no longer knows this connection: at ``at`` it answers with a reset."""
        rst = reset_for(packet)
        if rst is None:
            return
        sender.resets += 1
        if not flow.reset:
            flow.reset = True
            self.connections_reset += 1
        self._reset_by.add(flow.ended_by)
        self._send(far, rst, at)

    def stats(self, now: float) -> dict:
        self._advance(now)
        return {
            "at": now,
            "down": self.down(self.now),
            "drops": self.drops_started,
            "drops_that_reset": len(self._reset_by),
            "connections_reset": self.connections_reset,
            **{side: asdict(self.ways[side].stats) for side in SIDES},
        }


def _rng(shape: LinkShape, way: int) -> random.Random:
    return random.Random(f"{shape.seed}-{way}")  # a loss model, not secrets


def _other(side: str) -> str:
    return SIDES[1 - SIDES.index(side)]


# ---------------------------------------------------------------- IPv4 and TCP


def _tcp_header(packet: bytes) -> int | None:
    """Where the TCP header starts in an IPv4 packet, None when it is not TCP."""
    if len(packet) < 20 or packet[0] >> 4 != 4 or packet[9] != _TCP:
        return None
    ihl = (packet[0] & 15) * 4
    return ihl if len(packet) >= ihl + 20 else None


def _tcp_flags(packet: bytes) -> int:
    at = _tcp_header(packet)
    return 0 if at is None else packet[at + 13]


def flow_key(packet: bytes) -> tuple | None:
    """The connection a TCP segment belongs to, the same in both directions."""
    at = _tcp_header(packet)
    if at is None:
        return None
    a = (packet[12:16], packet[at : at + 2])
    b = (packet[16:20], packet[at + 2 : at + 4])
    return (a, b) if a <= b else (b, a)


def checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def reset_for(packet: bytes) -> bytes | None:
    """The RST a host that does not know the connection sends back for ``packet``
    (RFC 9293 §3.10.7.1); None for a reset or a packet that is not TCP."""
    at = _tcp_header(packet)
    if at is None:
        return None
    sport, dport, seq, ack, offset, flags = struct.unpack("!HHIIBB", packet[at : at + 14])
    if flags & _RST:
        return None
    if flags & _ACK:
        r_seq, r_ack, r_flags = ack, 0, _RST  # seq = what the sender expects next
    else:
        length = struct.unpack("!H", packet[2:4])[0] - at - (offset >> 4) * 4
        length += bool(flags & _SYN) + bool(flags & _FIN)
        r_seq, r_ack, r_flags = 0, (seq + length) & 0xFFFFFFFF, _RST | _ACK
    src, dst = packet[16:20], packet[12:16]
    tcp = struct.pack("!HHIIBBHHH", dport, sport, r_seq, r_ack, 5 << 4, r_flags, 0, 0, 0)
    pseudo = src + dst + struct.pack("!BBH", 0, _TCP, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, _TCP, 0, src, dst)
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return ip + tcp


# ---------------------------------------------------------------- the process


def open_tun(name: str) -> int:
    """A non-blocking TUN device ``name`` (IP packets, no extra header)."""
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    except OSError:
        os.close(fd)
        raise
    return fd


def serve(fds: dict[str, int], control: socket.socket, link: Link, clock=time.monotonic) -> None:
    """Forward packets between the two devices through ``link`` until the control
    socket closes or says stop."""
    sel = selectors.DefaultSelector()
    sel.register(control, selectors.EVENT_READ, None)
    pending = b""
    while True:
        due = link.next_due()
        timeout = None if due is None else max(0.0, due - clock())
        for key, _ in sel.select(timeout):
            if key.data is None:
                data = control.recv(65536)
                if not data:
                    return
                pending += data
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    message = json.loads(line)
                    answer = _command(link, message, clock())
                    try:
                        control.sendall(json.dumps(answer).encode() + b"\n")
                    except OSError:  # the bench is gone
                        return
                    if answer.get("stopped"):
                        return
                    if message.get("op") == "start":  # the devices are in place and up
                        for side, fd in fds.items():
                            sel.register(fd, selectors.EVENT_READ, side)
            else:
                _read_all(key.fd, key.data, link, clock)
        for to, packet in link.due(clock()):
            try:
                os.write(fds[to], packet)
            except (BlockingIOError, OSError):
                link.ways[_other(to)].stats.write_dropped += 1


def _read_all(fd: int, side: str, link: Link, clock) -> None:
    for _ in range(256):  # a burst at most, then timers get their turn
        try:
            packet = os.read(fd, 65536)
        except BlockingIOError:
            return
        except OSError as exc:  # EBADFD while the device moves to its namespace
            if exc.errno != errno.EBADFD:
                raise
            return
        if not packet:
            return
        link.receive(side, packet, clock())


def _command(link: Link, message: dict, now: float) -> dict:
    op = message.get("op")
    if op == "shape":
        link.reshape(LinkShape(**message["shape"]), now)
        return {"ok": True, "stats": link.stats(now)}
    if op == "start":
        return {"ok": True}
    if op == "stats":
        return {"ok": True, "stats": link.stats(now)}
    if op == "stop":
        return {"ok": True, "stopped": True}
    return {"ok": False, "error": f"unknown op {op!r}"}


class Emulator:
    """The emulator process as the bench sees it: started with its two TUN devices,
    reshaped, asked for counters, stopped (also when the bench dies: its end of the
    control socket closes)."""

    def __init__(self, tuns: tuple[str, str], shape: LinkShape):
        self.tuns = tuns
        ours, theirs = socket.socketpair()
        self.sock = ours
        argv = [sys.executable, str(Path(__file__).resolve()), "--control-fd",
                str(theirs.fileno()), "--tun", tuns[0], "--tun", tuns[1],
                "--shape", json.dumps(asdict(shape))]  # fmt: skip
        self.proc = subprocess.Popen(argv, pass_fds=(theirs.fileno(),))
        theirs.close()
        self.sock.settimeout(15)
        self._buffer = b""
        ready = self._answer()
        if not ready.get("ok"):
            self.close()
            raise RuntimeError(f"linkem: {ready.get('error')}")

    def _answer(self) -> dict:
        while b"\n" not in self._buffer:
            data = self.sock.recv(65536)
            if not data:
                raise RuntimeError("linkem: the emulator process ended")
            self._buffer += data
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def request(self, **message) -> dict:
        self.sock.sendall(json.dumps(message).encode() + b"\n")
        answer = self._answer()
        if not answer.get("ok"):
            raise RuntimeError(f"linkem: {answer.get('error')}")
        return answer

    def shape(self, shape: LinkShape) -> dict:
        return self.request(op="shape", shape=asdict(shape))["stats"]

    def start(self) -> None:
        """Forward packets from now on (the devices are in their namespaces and up)."""
        self.request(op="start")

    def stats(self) -> dict:
        return self.request(op="stats")["stats"]

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, ValueError):
            self.request(op="stop")
        self.sock.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--control-fd", type=int, required=True)
    parser.add_argument("--tun", action="append", required=True)
    parser.add_argument("--shape", default="{}")
    args = parser.parse_args()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the bench's: it stops us in order
    control = socket.socket(fileno=args.control_fd)
    try:
        fds = {side: open_tun(name) for side, name in zip(SIDES, args.tun, strict=True)}
    except OSError as exc:
        control.sendall(json.dumps({"ok": False, "error": str(exc)}).encode() + b"\n")
        return
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, 0, -10)  # a qdisc runs in the kernel: keep up like one
    link = Link(LinkShape(**json.loads(args.shape)), time.monotonic())
    control.sendall(b'{"ok": true}\n')
    serve(fds, control, link)


if __name__ == "__main__":
    main()
