"""bench_rural.py leaves no namespace, device or process behind — at its end, on an
error, on Ctrl-C or SIGTERM, and after a bench killed outright — and says why it
skips where it cannot run, which bench-quick accepts from it alone. The namespace
tests need root (they skip elsewhere, with the reason)."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import quick  # noqa: E402
import ruralnet  # noqa: E402
from linkem import LinkShape  # noqa: E402

# one worker at a time (make test: --dist loadgroup): a RuralNet removes every namespace of
# a process that is gone, so another worker's could take the stale one made here
pytestmark = pytest.mark.xdist_group("network-namespaces")

FAST = LinkShape(rate_bps=50e6, delay_s=0.005, loss=0.0)
ECHO = f"""
import socket
s = socket.create_server(("{ruralnet.SERVER_IP}", 9000))
c, _ = s.accept()
c.sendall(c.recv(100).upper())
"""
CLIENT = f"""
import socket, time
for _ in range(100):
    try:
        c = socket.create_connection(("{ruralnet.SERVER_IP}", 9000), timeout=5)
        break
    except ConnectionRefusedError:
        time.sleep(0.1)
c.sendall(b"hola")
print(c.recv(100).decode())
"""


@pytest.fixture
def root():
    reason = ruralnet.cannot_run()
    if reason:
        pytest.skip(reason)


def _device_exists(name: str) -> bool:
    return subprocess.run(["ip", "link", "show", "dev", name], capture_output=True).returncode == 0


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with contextlib.suppress(ChildProcessError):
        return os.waitpid(pid, os.WNOHANG)[0] == pid  # our zombie: it ended
    return False


def _ours(pid: int) -> list[str]:
    return [n for n in ruralnet.leftovers() if n.startswith(f"{ruralnet.PREFIX}-{pid}-")]


def test_the_link_carries_tcp_and_everything_goes_with_it(root):
    with ruralnet.RuralNet(FAST, emulator="tun") as net:
        assert set(_ours(os.getpid())) == {net.laptop, net.server}
        assert net.emulator == "linkem" and "TUN" in net.why
        net.start(net.server, [sys.executable, "-c", ECHO])
        answer = net.run(net.laptop, [sys.executable, "-c", CLIENT], timeout=60)
        assert answer.stdout.strip() == "HOLA"
        assert net.stats()["laptop"]["delivered"] > 0
        # a process the bench did not start itself (a grandchild) is in the namespace too
        grandchild = net.start(net.server, ["sh", "-c", "sleep 300 & echo $!; wait"],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
        sleeper = int(grandchild.stdout.readline())
        emulator = net._linkem.proc
    assert _ours(os.getpid()) == []
    assert not any(_device_exists(name) for name in net.devices)
    assert emulator.poll() is not None
    deadline = time.monotonic() + 10
    while not _gone(sleeper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(sleeper)


def test_an_error_inside_takes_it_all_down(root):
    with pytest.raises(RuntimeError, match="a mitad"), ruralnet.RuralNet(FAST) as net:
        raise RuntimeError("a mitad del banco")
    assert _ours(os.getpid()) == []
    assert not any(_device_exists(name) for name in net.devices)


def test_namespaces_of_a_bench_killed_outright_are_removed_by_the_next(root):
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = f"{ruralnet.PREFIX}-{dead.pid}-laptop"
    subprocess.run(["ip", "netns", "add", stale], check=True)
    try:
        with ruralnet.RuralNet(FAST) as net:
            assert net.stale_removed == [stale]
        assert stale not in ruralnet.leftovers()
    finally:
        subprocess.run(["ip", "netns", "del", stale], capture_output=True)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_mid_bench_leaves_nothing(root, tmp_path, signum):
    bench = subprocess.Popen(
        [sys.executable, str(BENCH / "bench_rural.py"), *quick.RURAL_QUICK.split(),
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        # the two hosts; a third, "-netem", lives a moment while the bench asks the
        # kernel for netem, so the count alone is not the test
        hosts = {f"{ruralnet.PREFIX}-{bench.pid}-{k}" for k in ("server", "laptop")}
        deadline = time.monotonic() + 120
        while not hosts <= set(_ours(bench.pid)) and time.monotonic() < deadline:
            assert bench.poll() is None, bench.stderr.read()
            time.sleep(0.1)
        assert hosts <= set(_ours(bench.pid))
        time.sleep(3)  # into the server's start or the laptop's login
        bench.send_signal(signum)
        bench.wait(60)
    finally:
        if bench.poll() is None:
            bench.kill()
            bench.wait()
    assert bench.returncode != 0
    assert _ours(bench.pid) == []
    assert not any(_device_exists(f"{kind}{bench.pid}"[:15]) for kind in ("orl", "ors"))
    assert list(tmp_path.iterdir()) == []  # its data folder too


def test_not_root_it_says_why_it_skips(monkeypatch, capsys):
    import bench_rural

    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setattr(sys, "argv", ["bench_rural.py", *quick.RURAL_QUICK.split()])
    bench_rural.main()
    result = json.loads(capsys.readouterr().out)
    assert "requiere root" in result["skipped"]
    assert "budgets" not in result


def test_bench_quick_takes_a_skip_from_the_rural_bench_only(tmp_path, monkeypatch):
    monkeypatch.setattr(quick, "HERE", tmp_path)
    body = "import json\nprint(json.dumps({'skipped': 'se omite: requiere root'}))\n"
    for name in ("bench_rural", "bench_store"):
        (tmp_path / f"{name}.py").write_text(body, encoding="utf-8")
    result, found, _ = quick.run("bench_rural", [], 30, tmp_path)
    assert found == [] and result["skipped"] == "se omite: requiere root"
    _, found, _ = quick.run("bench_store", [], 30, tmp_path)
    assert found and "may not" in found[0]
    (tmp_path / "bench_rural.py").write_text('print(\'{"skipped": ""}\')\n', encoding="utf-8")
    _, found, _ = quick.run("bench_rural", [], 30, tmp_path)
    assert found  # a skip must say why
