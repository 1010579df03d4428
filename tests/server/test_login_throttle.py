"""The login throttle (issue 14, items 3 and 4) through the API: client addresses come
through X-Forwarded-For from a trusted loopback proxy, as behind the reverse proxy
docs/server.md recommends."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from oic_testing import PASSWORD, error_code

from oic_server.config import Limits


def _login(c: httpx.Client, code: str, password: str, address: str) -> httpx.Response:
    return c.post(
        "/auth/login",
        json={"code": code, "password": password, "device": "prueba"},
        headers={"X-Forwarded-For": address},
    )


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=0.5)])
def test_failures_from_another_address_do_not_lock_the_owner_out(server, limits):
    server.add_observer("OBS-001")
    with server.client() as c:
        attacker = [
            _login(c, "OBS-001", f"adivina-{n}", "203.0.113.9").status_code for n in range(12)
        ]
        assert attacker == [401] * 5 + [429] * 7
        # the owner, from their own address, with the right password: in
        r = _login(c, "OBS-001", PASSWORD, "198.51.100.7")
        assert r.status_code == 200, r.text
        # the attacker keeps trying meanwhile; the owner still gets in, every time
        for n in range(4):
            assert _login(c, "OBS-001", f"otra-{n}", "203.0.113.9").status_code == 429
            assert _login(c, "OBS-001", PASSWORD, "198.51.100.7").status_code == 200
        # from yet another address the attacker starts over, and is limited there too
        more = [_login(c, "OBS-001", "x", "192.0.2.44").status_code for _ in range(6)]
        assert more == [401] * 5 + [429]
        assert _login(c, "OBS-001", PASSWORD, "198.51.100.7").status_code == 200


def test_failures_of_one_code_from_everywhere_only_slow_it_down(server):
    """The per-code count never refuses; it adds a wait that doubles, up to a ceiling."""
    server.add_observer("OBS-001")
    throttle = server.oic.throttle
    now = time.time()
    assert throttle.delay("OBS-001", now) == 0
    delays = []
    for n in range(12):
        attempt = throttle.begin("OBS-001", f"198.51.100.{n}", now)
        assert attempt.ids  # counted, not refused: each address is new
        delays.append(throttle.delay("OBS-001", now))
    limits = server.oic.limits
    assert delays[: limits.login_code_failures - 1] == [0] * (limits.login_code_failures - 1)
    assert delays[limits.login_code_failures - 1] > 0
    assert delays == sorted(delays) and max(delays) == limits.login_delay_ceiling
    assert throttle.delay("OBS-001", now + limits.login_window_seconds + 1) == 0


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=0.1)])
def test_parallel_wrong_passwords_check_at_most_the_limit(server, limits, monkeypatch):
    from oic_server.usecases import base

    server.add_observer("OBS-001")
    checked = []
    real = base._hasher

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def verify(self, stored, password):
            checked.append(password)
            return real.verify(stored, password)

    monkeypatch.setattr(base, "_hasher", Counting())
    start = threading.Barrier(60)

    def attempt(n: int) -> int:
        with server.client() as c:
            start.wait(30)
            return _login(c, "OBS-001", f"equivocada-{n}", "203.0.113.20").status_code

    with ThreadPoolExecutor(60) as pool:
        codes = list(pool.map(attempt, range(60)))
    assert len(checked) <= server.oic.limits.login_failures, len(checked)
    assert codes.count(401) == len(checked) and codes.count(429) == 60 - len(checked)


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=2.0)])
def test_an_address_over_its_limit_is_refused_before_any_wait(server, limits, monkeypatch):
    """A hot code makes answers wait; an address already refused must not wait too
    (it would hold a connection for free, and an attacker would pay nothing)."""
    from oic_server.api import auth as api

    waits: list[float] = []

    async def recorded(seconds):
        waits.append(seconds)

    monkeypatch.setattr(api, "wait_out", recorded)
    server.add_observer("OBS-001")
    with server.client() as c:
        for n in range(8):  # the code gets hot from many addresses
            assert _login(c, "OBS-001", "x", f"198.51.100.{n}").status_code == 401
        assert waits and max(waits) > 0
        for _ in range(5):
            _login(c, "OBS-001", "x", "203.0.113.5")
        waits.clear()
        r = _login(c, "OBS-001", "x", "203.0.113.5")
        assert r.status_code == 429 and waits == []
        # the owner still gets in, after a wait
        assert _login(c, "OBS-001", PASSWORD, "192.0.2.10").status_code == 200
        assert waits and 0 < waits[-1] <= limits.login_delay_ceiling


def test_ipv6_clients_are_counted_by_their_64():
    from oic_server.throttle import client_key

    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:bbbb::99")
    assert client_key("2001:db8:1:2::1") != client_key("2001:db8:1:3::1")
    assert client_key("::ffff:192.0.2.7") == client_key("192.0.2.7") == "192.0.2.7"
    assert client_key("desconocida") == "desconocida"


@pytest.mark.parametrize("limits", [Limits(login_failures=2)])
def test_right_passwords_and_refused_requests_are_not_counted_as_guesses(server, limits):
    server.add_observer("OBS-001", password="del-oic-12345", one_time=True)
    with server.client() as c:
        for _ in range(4):  # the right one-time password: no guess
            r = _login(c, "OBS-001", "del-oic-12345", "203.0.113.8")
            assert r.status_code == 403 and error_code(r) == "password_change_required"
        for _ in range(4):  # a new password too short: refused before any check
            r = c.post(
                "/auth/password",
                json={"code": "OBS-001", "password": "x", "new_password": "corta"},
                headers={"X-Forwarded-For": "203.0.113.8"},
            )
            assert r.status_code == 400, r.text
        r = c.post(
            "/auth/password",
            json={"code": "OBS-001", "password": "del-oic-12345", "new_password": "la-de-ana-123"},
            headers={"X-Forwarded-For": "203.0.113.8"},
        )
        assert r.status_code == 200, r.text
