"""bench/linkem.py: the rural link's model (rate, delay, loss, buffer, drops and the
resets after them) on an injected clock with made-up packets, and its loop on socket
pairs. Times here are the model's, never the machine's."""

import json
import os
import socket
import struct
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from linkem import Link, LinkShape, checksum, reset_for, serve

LAPTOP, SERVER = bytes([10, 201, 0, 1]), bytes([10, 201, 0, 2])
FIN, SYN, RST, ACK = 0x01, 0x02, 0x04, 0x10
QUIET = {"loss": 0.0, "queue_bytes": 10**9}


def tcp(src=LAPTOP, dst=SERVER, sport=40000, dport=8443, *, seq=1000, ack=5000, flags=ACK,
        payload=b"", size=None) -> bytes:  # fmt: skip
    """An IPv4 TCP segment with valid checksums; ``size`` pads the payload to that many
    bytes of IP packet."""
    if size is not None:
        payload = b"x" * (size - 40)
    header = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0)
    pseudo = src + dst + struct.pack("!BBH", 0, 6, len(header) + len(payload))
    header = header[:16] + struct.pack("!H", checksum(pseudo + header + payload)) + header[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(header) + len(payload), 1, 0, 64, 6, 0,
                     src, dst)  # fmt: skip
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return ip + header + payload


def from_server(**kw) -> bytes:
    return tcp(src=SERVER, dst=LAPTOP, sport=8443, dport=40000, **kw)


def fields(packet: bytes) -> dict:
    sport, dport, seq, ack, _, flags = struct.unpack("!HHIIBB", packet[20:34])
    return {"src": packet[12:16], "dst": packet[16:20], "sport": sport, "dport": dport,
            "seq": seq, "ack": ack, "flags": flags}  # fmt: skip


def valid(packet: bytes) -> bool:
    """Both checksums of an IPv4 TCP packet verify."""
    pseudo = packet[12:20] + struct.pack("!BBH", 0, 6, len(packet) - 20)
    return checksum(packet[:20]) == 0 and checksum(pseudo + packet[20:]) == 0


def test_packets_are_serialised_at_the_rate_then_delayed():
    link = Link(LinkShape(rate_bps=1_000_000, delay_s=0.1, **QUIET), now=0.0)
    for seq in range(3):
        link.receive("laptop", tcp(seq=seq, size=1500), 0.0)  # 12 ms each at 1 Mbit/s
    link.receive("server", from_server(size=1500), 0.0)  # the other way has its own line
    assert link.next_due() == pytest.approx(0.112)
    assert link.due(0.1119) == []
    arrived = link.due(0.1121)
    assert sorted(side for side, _ in arrived) == ["laptop", "server"]
    assert [fields(p)["seq"] for _, p in link.due(0.1241)] == [1]
    assert link.next_due() == pytest.approx(0.136)
    assert [fields(p)["seq"] for _, p in link.due(0.2)] == [2]
    # a packet after an idle line waits for nobody
    link.receive("laptop", tcp(size=1500), 5.0)
    assert link.next_due() == pytest.approx(5.112)
    assert link.stats(6.0)["laptop"]["delivered"] == 3


def test_loss_is_random_seeded_and_per_packet():
    def lost(seed: int, loss: float) -> list[int]:
        link = Link(LinkShape(loss=loss, seed=seed, queue_bytes=10**9), now=0.0)
        out = []
        for i in range(5000):
            before = link.ways["laptop"].stats.lost
            link.receive("laptop", tcp(seq=i, size=100), i * 0.01)  # never queued
            if link.ways["laptop"].stats.lost > before:
                out.append(i)
        return out

    once = lost(18, 0.01)
    assert 25 <= len(once) <= 80  # 1 % of 5,000 is 50
    assert lost(18, 0.01) == once  # the same seed loses the same packets
    assert lost(19, 0.01) != once
    assert lost(18, 0.0) == []
    assert len(lost(18, 1.0)) == 5000


def test_a_full_buffer_drops_the_tail():
    link = Link(LinkShape(rate_bps=1_000_000, delay_s=0.0, loss=0.0, queue_bytes=15_000), 0.0)
    for seq in range(20):  # a burst: 10 × 1,500 bytes fit
        link.receive("laptop", tcp(seq=seq, size=1500), 0.0)
    assert link.ways["laptop"].stats.queue_dropped == 10
    # 12 ms later one packet is on the wire: room for one more
    link.receive("laptop", tcp(seq=20, size=1500), 0.012)
    link.receive("laptop", tcp(seq=21, size=1500), 0.012)
    assert link.ways["laptop"].stats.queue_dropped == 11
    assert [fields(p)["seq"] for _, p in link.due(1.0)] == [*range(10), 20]


def test_the_default_buffer_is_one_bandwidth_delay_product():
    assert LinkShape(rate_bps=2_000_000, delay_s=0.15).queue_limit == 75_000
    assert LinkShape(rate_bps=100_000, delay_s=0.01).queue_limit == 16 * 1500
    with pytest.raises(ValueError):
        LinkShape(drop_every_s=5, outage_s=5)


def test_a_drop_loses_everything_for_its_length_and_ends_the_connections_across_it():
    shape = LinkShape(rate_bps=10_000_000, delay_s=0.1, drop_every_s=10, outage_s=2, **QUIET)
    link = Link(shape, now=0.0)
    link.receive("laptop", tcp(seq=1000, ack=5000, size=500), 1.0)
    assert len(link.due(2.0)) == 1
    link.receive("laptop", tcp(seq=1460, ack=5000, size=500), 9.95)  # still in flight at 10 s
    link.receive("laptop", tcp(seq=1920, ack=5000, size=500), 10.5)
    assert link.due(11.0) == []
    assert link.stats(11.0)["laptop"]["outage_dropped"] == 2
    assert link.stats(11.0)["drops"] == 1 and link.stats(11.0)["down"] is True

    # after the drop, a segment of the old connection is answered with a reset
    link.receive("laptop", tcp(seq=1920, ack=5000, size=500), 12.5)
    assert link.due(12.65) == []  # it reached the server, which did not take it...
    [(side, rst)] = link.due(12.8)  # ...and whose reset came back
    assert side == "laptop" and valid(rst)
    got = fields(rst)
    assert got["flags"] == RST and got["seq"] == 5000  # what the laptop expects next
    assert (got["src"], got["dst"], got["sport"], got["dport"]) == (SERVER, LAPTOP, 8443, 40000)
    # the server's side of it too
    link.receive("server", from_server(seq=5000, ack=1920, size=100), 13.0)
    [(side, rst)] = link.due(13.5)
    assert side == "server" and fields(rst)["seq"] == 1920 and valid(rst)

    # a connection opened after the drop works, also on the same ports
    link.receive("laptop", tcp(sport=40001, flags=SYN, seq=77, ack=0, size=60), 14.0)
    link.receive("laptop", tcp(flags=SYN, seq=99, ack=0, size=60), 14.0)
    link.receive("laptop", tcp(seq=100, ack=1, size=60), 14.1)
    delivered = link.due(15.0)
    assert [(s, fields(p)["seq"]) for s, p in delivered] == [("server", 77), ("server", 99),
                                                             ("server", 100)]  # fmt: skip
    stats = link.stats(15.0)
    assert stats["connections_reset"] == 1 and stats["drops_that_reset"] == 1
    assert stats["laptop"]["resets"] == 1 and stats["server"]["resets"] == 1
    assert link.stats(20.5)["drops"] == 2  # the next one, 10 s later


def test_the_reset_for_a_segment_without_ack_acknowledges_it():
    syn = tcp(flags=SYN, seq=4000, ack=0, size=60)  # 20 bytes of payload, plus the SYN
    got = fields(reset_for(syn))
    assert got["flags"] == RST | ACK and got["seq"] == 0 and got["ack"] == 4000 + 20 + 1
    assert valid(reset_for(syn))
    assert reset_for(tcp(flags=RST | ACK)) is None  # a reset is never answered
    assert reset_for(b"\x60" + bytes(39)) is None  # IPv6 passes untouched


def test_a_new_shape_restarts_the_drop_schedule_and_keeps_the_counters():
    link = Link(LinkShape(drop_every_s=10, outage_s=2, **QUIET), now=0.0)
    link.receive("laptop", tcp(size=100), 10.5)
    link.reshape(LinkShape(drop_every_s=10, outage_s=2, **QUIET), 11.0)
    assert link.down(11.5) is False and link.down(21.5) is True
    link.reshape(LinkShape(**QUIET), 30.0)
    assert link.down(41.0) is False
    stats = link.stats(50.0)
    assert stats["drops"] == 2 and stats["laptop"]["outage_dropped"] == 1


def test_the_loop_forwards_packets_and_answers_its_control_socket():
    """serve() over datagram socket pairs in place of the TUN devices."""
    pairs = {side: socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM) for side in ("l", "s")}
    ours, theirs = socket.socketpair()
    for _, inner in pairs.values():
        inner.setblocking(False)  # as the TUN devices are opened
    link = Link(LinkShape(rate_bps=100_000_000, delay_s=0.0, **QUIET), now=0.0)
    fds = {"laptop": pairs["l"][1].fileno(), "server": pairs["s"][1].fileno()}
    loop = threading.Thread(target=serve, args=(fds, theirs, link), daemon=True)
    loop.start()
    ours.settimeout(10)
    reader = ours.makefile("rb")

    def ask(**message) -> dict:
        ours.sendall(json.dumps(message).encode() + b"\n")
        return json.loads(reader.readline())

    assert ask(op="start") == {"ok": True}
    packet = tcp(size=300)
    os.write(pairs["l"][0].fileno(), packet)
    pairs["s"][0].settimeout(10)
    assert pairs["s"][0].recv(2000) == packet
    os.write(pairs["s"][0].fileno(), from_server(size=80))
    pairs["l"][0].settimeout(10)
    assert len(pairs["l"][0].recv(2000)) == 80
    stats = ask(op="stats")["stats"]
    assert stats["laptop"]["delivered_bytes"] == 300 and stats["server"]["delivered"] == 1
    assert ask(op="nonsense")["ok"] is False
    assert ask(op="shape", shape={"loss": 1.0})["ok"] is True
    assert ask(op="stop") == {"ok": True, "stopped": True}
    loop.join(10)
    assert not loop.is_alive()
