"""The staff console's first pages over HTTP (issue 15): login with the one-time
password change, cookies, CSRF, roles, expiry, escaping — on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from oic_testing import PASSWORD

from oic_server.config import Limits

ADMIN_PASSWORD = "clave-de-teresa-1"


def _console(server) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=30, follow_redirects=False)


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def _login(c: httpx.Client, code: str, password: str, **extra: str) -> httpx.Response:
    page = c.get("/ingresar")
    return c.post(
        "/ingresar", data={"csrf": _csrf(page.text), "code": code, "password": password, **extra}
    )


@contextmanager
def _signed_in(server, code: str, role: str) -> Iterator[httpx.Client]:
    server.oic.add_staff(code, f"Persona {code}", role, PASSWORD, one_time=False)
    with _console(server) as c:
        assert _login(c, code, PASSWORD).status_code == 303
        yield c


def test_first_login_chooses_a_password_then_lands_on_home(server):
    made = server.oic.add_staff("ADM-01", "Lic. Teresa Rivas", "administrador")
    with _console(server) as c:
        r = c.get("/")
        assert r.status_code == 303 and r.headers["location"] == "/ingresar"
        page = c.get("/ingresar")
        assert page.status_code == 200 and "Iniciar sesión" in page.text
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp  # files only, no inline
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert page.headers["x-frame-options"] == "DENY"
        r = _login(c, "adm-01", made["password"])
        assert r.status_code == 403 and "sirve una sola vez" in r.text
        assert 'name="new_password"' in r.text and "oic_sesion" not in r.headers.get(
            "set-cookie", ""
        )
        r = _login(
            c, "ADM-01", made["password"], new_password=ADMIN_PASSWORD, again="otra-distinta-2"
        )
        assert r.status_code == 400 and "no son iguales" in r.text
        r = _login(c, "ADM-01", made["password"], new_password=ADMIN_PASSWORD, again=ADMIN_PASSWORD)
        assert r.status_code == 303 and r.headers["location"] == "/"
        cookie = r.headers["set-cookie"]
        assert "oic_sesion=" in cookie and "HttpOnly" in cookie
        assert "SameSite=strict" in cookie or "samesite=strict" in cookie.lower()
        assert "Secure" not in cookie  # loopback: the browser would not send it over http
        home = c.get("/")
        assert home.status_code == 200 and "Lic. Teresa Rivas" in home.text
        assert "Personal" in home.text  # an administrador sees the staff page's link


def test_a_login_form_without_its_token_changes_nothing(server):
    server.oic.add_staff("REV-01", "Pedro", "revisor", PASSWORD, one_time=False)
    with _console(server) as c:
        r = c.post("/ingresar", data={"code": "REV-01", "password": PASSWORD, "csrf": "x" * 40})
        assert r.status_code == 403 and "caducó" in r.text
        assert c.get("/").status_code == 303
        r = c.post("/ingresar", content=b'{"code": "REV-01"}')
        assert r.status_code == 400 and "formulario" in r.text


def test_staff_pages_follow_the_role_and_the_csrf_token(server):
    with _signed_in(server, "ADM-01", "administrador") as admin:
        page = admin.get("/personal")
        assert page.status_code == 200 and "Agregar una cuenta" in page.text
        token = _csrf(page.text)
        # without the session's token: refused, nothing added
        r = admin.post("/personal", data={"code": "REV-09", "name": "X", "role": "revisor"})
        assert r.status_code == 403 and "No se cambió nada" in r.text
        r = admin.post(
            "/personal", data={"csrf": "a" * 43, "code": "REV-09", "name": "X", "role": "revisor"}
        )
        assert r.status_code == 403
        assert [s["code"] for s in server.oic.list_staff()] == ["ADM-01"]
        # with it: added, its one-time password shown once
        r = admin.post(
            "/personal",
            data={"csrf": token, "code": "rev-09", "name": "Ana Ruiz", "role": "revisor"},
        )
        assert r.status_code == 200 and "Cuenta REV-09 registrada" in r.text
        shown = re.search(r'class="password">([^<]+)<', r.text).group(1)
        assert len(shown) >= 16 and shown not in admin.get("/personal").text
        # again: the page's own way to a new password, not the command line's
        r = admin.post(
            "/personal", data={"csrf": token, "code": "REV-09", "name": "Otra", "role": "consulta"}
        )
        assert r.status_code == 409 and "Ya existe la cuenta REV-09" in r.text
        assert "«Nueva contraseña»" in r.text and "oic-server" not in r.text
        # disable, and a bad role is explained
        r = admin.post("/personal/REV-09/deshabilitar", data={"csrf": token})
        assert r.status_code == 200 and "deshabilitada" in r.text
        assert server.oic.list_staff()[1]["disabled"] is True
        r = admin.post(
            "/personal", data={"csrf": token, "code": "X-1", "name": "Y", "role": "jefe"}
        )
        assert r.status_code == 400 and "no existe" in r.text
        r = admin.post("/personal/ADM-01/deshabilitar", data={"csrf": token})
        assert r.status_code == 403 and "propia cuenta" in r.text
    for role in ("coordinador", "revisor", "consulta"):
        code = f"{role[:3].upper()}-01"
        with _signed_in(server, code, role) as other:
            assert "Personal" not in other.get("/").text
            r = other.get("/personal")
            assert r.status_code == 403 and "Sin permiso" in r.text
            home = other.get("/")
            r = other.post(
                "/personal",
                data={"csrf": _csrf(home.text), "code": "Z-1", "name": "Z", "role": "consulta"},
            )
            assert r.status_code == 403
            r = other.post("/personal/ADM-01/deshabilitar", data={"csrf": _csrf(home.text)})
            assert r.status_code == 403
    assert "Z-1" not in [s["code"] for s in server.oic.list_staff()]
    assert server.oic.list_staff()[0]["disabled"] is False


def test_an_expired_session_sends_back_to_login_and_says_why(server):
    from oic_server import schema

    with _signed_in(server, "REV-01", "revisor") as c:
        assert c.get("/").status_code == 200
        server.oic.db.write(
            lambda conn: conn.execute(schema.staff_sessions.update().values(last_seen=0))
        )
        r = c.get("/")
        assert r.status_code == 303 and r.headers["location"] == "/ingresar?motivo=expirada"
        page = c.get(r.headers["location"])
        assert "tiempo sin uso" in page.text and "No se guardó" in page.text


def test_a_login_returns_to_the_page_it_interrupted_and_only_to_this_site(server):
    from urllib.parse import quote

    server.oic.add_staff("REV-01", "Persona REV-01", "revisor", PASSWORD, one_time=False)
    wanted = "/?estado=devuelta&q=acta"
    with _console(server) as c:
        r = c.get(wanted)  # a bookmark, without a session
        assert r.headers["location"] == f"/ingresar?volver={quote(wanted, safe='')}"
        page = c.get(r.headers["location"])
        assert f'name="volver" value="{wanted.replace("&", "&amp;")}"' in page.text
        r = c.post(
            "/ingresar",
            data={"csrf": _csrf(page.text), "code": "REV-01", "password": PASSWORD,
                  "volver": wanted},
        )  # fmt: skip
        assert r.status_code == 303 and r.headers["location"] == wanted
        assert c.get("/ingresar", params={"volver": "/actividad"}).headers["location"] == (
            "/actividad"  # already signed in: straight there
        )
    # a form sent without a session returns to the page the form was on (its Referer)
    with _console(server) as c:
        r = c.post(
            "/observadores", data={"csrf": "x"},
            headers={"Referer": f"{server.base_url}/observadores?pagina=2"},
        )  # fmt: skip
        assert r.headers["location"] == "/ingresar?volver=%2Fobservadores%3Fpagina%3D2"
        r = c.post(
            "/observadores", data={"csrf": "x"}, headers={"Referer": "https://otro.example/x"}
        )
        assert r.headers["location"] == "/ingresar"
    # never another site, nor the login or logout routes
    hostile_targets = (
        "//otro.example/", "https://otro.example/", "/\\otro", "/\t/otro.example", "/ingresar",
        "/salir", "/ingresar?volver=//otro.example",
    )  # fmt: skip
    for hostile in hostile_targets:
        with _console(server) as c:
            page = c.get("/ingresar", params={"volver": hostile})
            assert 'name="volver"' not in page.text, hostile
            r = c.post(
                "/ingresar",
                data={"csrf": _csrf(page.text), "code": "REV-01", "password": PASSWORD,
                      "volver": hostile},
            )  # fmt: skip
            assert r.status_code == 303 and r.headers["location"] == "/", hostile
    # an address comes back as the browser sent it, not decoded (%25 stays %25)
    with _console(server) as c:
        r = c.get("/envios/x%25y")
        assert r.headers["location"] == "/ingresar?volver=%2Fenvios%2Fx%2525y"


def test_logout_needs_the_token_and_ends_the_session(server):
    with _signed_in(server, "REV-01", "revisor") as c:
        home = c.get("/")
        r = c.post("/salir", data={"csrf": "x"})
        assert r.status_code == 403 and c.get("/").status_code == 200
        r = c.post("/salir", data={"csrf": _csrf(home.text)})
        assert r.status_code == 303 and r.headers["location"] == "/ingresar?motivo=salio"
        assert c.get("/").status_code == 303


def test_what_staff_typed_is_shown_as_text(server):
    hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    server.oic.add_staff("REV-02", hostile, "revisor", PASSWORD, one_time=False)
    with _signed_in(server, "ADM-01", "administrador") as admin:
        page = admin.get("/personal").text
        assert "<script>alert(1)" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("path", ["/nada", "/personal/x"])
def test_unknown_console_pages_are_pages_not_json(server, path):
    with _console(server) as c:
        r = c.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "No existe esa página" in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'none'")


def test_the_stylesheet_is_served_from_the_package(server):
    with _console(server) as c:
        r = c.get("/static/console.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")
    assert "@import" not in r.text and "url(" not in r.text  # nothing from outside


def test_cookies_are_secure_off_this_machine_and_over_https(server):
    """Behind the documented proxy (X-Forwarded-For/-Proto trusted from loopback) the
    session must never travel in clear; only a browser on this machine over plain HTTP
    gets a cookie without Secure."""
    server.oic.add_staff("REV-01", "Pedro", "revisor", PASSWORD, one_time=False)
    for headers in ({"X-Forwarded-For": "203.0.113.50"}, {"X-Forwarded-Proto": "https"}):
        with _console(server) as c:
            page = c.get("/ingresar", headers=headers)
            assert "Secure" in page.headers["set-cookie"]
            # a browser sends a Secure cookie over HTTPS only; here it is given by hand
            login_cookie = re.search(r"oic_ingreso=([^;]+)", page.headers["set-cookie"])[1]
            r = c.post(
                "/ingresar",
                data={"csrf": _csrf(page.text), "code": "REV-01", "password": PASSWORD},
                headers={**headers, "Cookie": f"oic_ingreso={login_cookie}"},
            )
            assert r.status_code == 303 and "Secure" in r.headers["set-cookie"], headers


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=1.0)])
def test_console_logins_for_a_code_under_attack_are_slowed(server, limits, monkeypatch):
    from oic_server.console import login as routes

    waits: list[float] = []

    async def recorded(seconds):
        waits.append(seconds)

    monkeypatch.setattr(routes, "wait_out", recorded)
    server.oic.add_staff("ADM-01", "Teresa", "administrador", PASSWORD, one_time=False)
    with _console(server) as c:
        for n in range(8):  # one code, guessed from many addresses
            page = c.get("/ingresar")
            r = c.post(
                "/ingresar",
                data={"csrf": _csrf(page.text), "code": "ADM-01", "password": f"x{n}"},
                headers={"X-Forwarded-For": f"198.51.100.{n}"},
            )
            assert r.status_code == 401
        assert waits and 0 < max(waits) <= limits.login_delay_ceiling
        for _ in range(5):
            page = c.get("/ingresar")
            c.post(
                "/ingresar",
                data={"csrf": _csrf(page.text), "code": "ADM-01", "password": "y"},
                headers={"X-Forwarded-For": "203.0.113.77"},
            )
        r = c.post(
            "/ingresar",
            data={"csrf": _csrf(c.get("/ingresar").text), "code": "ADM-01", "password": "y"},
            headers={"X-Forwarded-For": "203.0.113.77"},
        )
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


@pytest.mark.parametrize("code", ["ADM-01%20", "adm-01", "ADM-01%09"])
def test_an_administrador_cannot_act_on_their_own_account(server, code):
    with _signed_in(server, "ADM-01", "administrador") as admin:
        token = _csrf(admin.get("/personal").text)
        r = admin.post(f"/personal/{code}/deshabilitar", data={"csrf": token})
        assert r.status_code == 403 and "propia cuenta" in r.text
    assert server.oic.list_staff()[0]["disabled"] is False


def test_console_refusals_are_pages(server):
    with _signed_in(server, "REV-01", "revisor") as c:
        for method, path, body in (
            ("GET", "/salir", None),
            ("PUT", "/personal", None),
            ("POST", "/salir", b"no es un formulario"),
        ):
            r = c.request(method, path, content=body, headers={"Content-Type": "text/plain"})
            assert r.status_code in (400, 405), (method, path, r.status_code)
            assert r.headers["content-type"].startswith("text/html"), (method, path)
            assert "{" not in r.text.split("<main>")[1][:40]


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2026-12-08T00:38:12Z", "2026-12-07 18:38 CST"),  # evening in Chihuahua
        ("2026-06-15T17:05:00+00:00", "2026-06-15 11:05 CST"),  # no DST since 2022
        ("2026-06-15T17:05:00", "2026-06-15 11:05 CST"),  # stored without a zone: UTC
        ("", ""),
        (None, ""),
        ("no es fecha", "no es fecha"),
    ],
)
def test_times_are_shown_in_the_oics_zone(stored, shown):
    from oic_server.console.common import templates

    assert templates.filters["when"](stored) == shown
