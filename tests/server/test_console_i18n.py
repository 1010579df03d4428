"""The console in Spanish (es-MX, the default) with English available: every template
string has its English, the language follows the cookie then Accept-Language, the
switch returns only to this site, and English pages escape what laptops sent as the
Spanish ones do — over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import httpx
import pytest
from oic_testing import PASSWORD, send_all

from oic_server.console import inbox as inbox_page
from oic_server.console import submission as submission_page
from oic_server.console.i18n import EN, _from_accept_language, safe_return
from oic_server.usecases.activity import ACTIONS
from oic_server.usecases.inbox import STATES
from oic_server.usecases.staff import ROLE_NAMES

TEMPLATES = Path(submission_page.__file__).parent / "templates"
# _("…") or _('…'), as the templates write them
_LITERAL = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_TEXT_ATTRIBUTE = re.compile(r'\b(?:placeholder|aria-label|title|alt)="([^"]*)"')
# text that reads the same in both languages
_NEUTRAL = {"Observador", "CSV", "XLSX", "GPS", "SHA-256", "KiB", "OBS-001", "REV-01"}


def _template_strings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(TEMPLATES.glob("*.html")):
        for match in _LITERAL.finditer(path.read_text(encoding="utf-8")):
            text = match.group(1) if match.group(1) is not None else match.group(2)
            found.setdefault(text, []).append(path.name)
    return found


def test_every_template_string_has_its_english():
    strings = _template_strings()
    assert len(strings) > 150  # the regex still reads the templates
    missing = {text: where for text, where in strings.items() if text not in EN}
    assert not missing, f"add to oic_server/console/i18n.py EN: {missing}"


def test_the_names_shown_from_python_have_their_english():
    names = [
        *STATES.values(),
        *ACTIONS.values(),
        *ROLE_NAMES.values(),
        *inbox_page.SEVERITY_NAMES.values(),
        *inbox_page.SORT_NAMES.values(),
        *submission_page.SEVERITY_NAMES.values(),
    ]
    assert [name for name in names if name not in EN] == []


def test_translations_keep_their_placeholders_and_hold_no_markup():
    for spanish, english in EN.items():
        assert spanish.count("%s") == english.count("%s"), spanish
        assert "%" not in spanish.replace("%s", ""), spanish  # |format would choke
        assert not re.search(r"[<>&]", english), english  # autoescape shows it as text


def test_no_template_text_is_left_unwrapped():
    """Text between tags, and text attributes, go through _() (else English misses it)."""
    left = []
    for path in sorted(TEMPLATES.glob("*.html")):
        source = _JINJA.sub(" ", path.read_text(encoding="utf-8"))
        attributes = _TEXT_ATTRIBUTE.findall(source)
        between = re.sub(r"<[^>]*>", " ", source).split()
        for piece in [*attributes, *between]:
            if re.search(r"[^\W\d_]", piece) and piece.strip(" ,.:;()") not in _NEUTRAL:
                left.append((path.name, piece))
    assert left == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", "es"),
        ("en-US", "en"),
        ("en-US,en;q=0.9,es;q=0.8", "en"),
        ("es-MX,es;q=0.9,en;q=0.8", "es"),
        ("es-MX, en-US", "es"),
        ("en, es", "en"),
        ("fr-FR, en;q=0.5", "en"),
        ("fr-FR", "es"),
        ("en;q=0, es;q=0.1", "es"),
        ("en;q=0.4, es;q=0.7", "es"),
        ("en;q=garbage", "es"),
    ],
)
def test_accept_language_chooses_english_only_when_preferred(header, expected):
    assert _from_accept_language(header) == expected


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/\\/evil.example",
        "/\t/evil.example",
        "/ok\r\nSet-Cookie: x=1",
        "javascript:alert(1)",
        "evil.example",
        "",
    ],
)
def test_the_switch_returns_only_to_this_site(server, target):
    assert safe_return(target) == "/"
    with _console(server) as c:
        r = c.get("/idioma", params={"l": "en", "volver": target})
        assert r.status_code == 303 and r.headers["location"] == "/"


def test_the_switch_sets_the_cookie_and_goes_back_without_a_session(server):
    with _console(server) as c:
        r = c.get("/idioma", params={"l": "en", "volver": "/ingresar?motivo=salio"})
        assert r.status_code == 303 and r.headers["location"] == "/ingresar?motivo=salio"
        cookie = r.headers["set-cookie"]
        assert cookie.startswith("oic_idioma=en;") and "HttpOnly" in cookie
        assert "samesite=strict" in cookie.lower() and "Path=/" in cookie
        assert "Max-Age=31536000" in cookie and "Secure" not in cookie  # loopback, plain HTTP
        page = c.get("/ingresar?motivo=salio")
        assert '<html lang="en"' in page.text and "You logged out." in page.text
        # an unknown language changes nothing, and still goes back
        r = c.get("/idioma", params={"l": "fr", "volver": "/ingresar"})
        assert r.status_code == 303 and "set-cookie" not in r.headers
        assert '<html lang="en"' in c.get("/ingresar").text
        r = c.get("/idioma", params={"l": "es", "volver": "/ingresar"})
        assert '<html lang="es-MX"' in c.get("/ingresar").text


def test_after_a_form_the_switch_returns_to_the_page_the_form_was_on(server):
    """A POST's own address may not answer a GET: the switch goes back to the Referer."""
    with _console(server) as c:
        form = {"csrf": "x" * 40, "code": "REV-01", "password": "x"}
        r = c.post("/ingresar", data=form, headers={"Referer": f"{server.base_url}/ingresar?a=1"})
        assert r.status_code == 403 and "volver=%2Fingresar%3Fa%3D1" in r.text
        r = c.post("/ingresar", data=form)  # no Referer: the start
        assert r.status_code == 403 and 'volver=%2F"' in r.text


def test_the_cookie_is_secure_off_this_machine_and_over_https(server):
    for headers in ({"X-Forwarded-For": "203.0.113.50"}, {"X-Forwarded-Proto": "https"}):
        with _console(server) as c:
            r = c.get("/idioma", params={"l": "en", "volver": "/"}, headers=headers)
            assert r.status_code == 303 and "Secure" in r.headers["set-cookie"], headers


def test_login_and_inbox_follow_the_browser_then_the_cookie(server, committed):
    english = {"Accept-Language": "en-US,en;q=0.9"}
    with _console(server, headers=english) as c:
        login = c.get("/ingresar")
        assert '<html lang="en"' in login.text and login.headers["content-language"] == "en"
        assert "<h1>Log in</h1>" in login.text and "Iniciar sesión" not in login.text
        assert ">Español</strong>" not in login.text and 'lang="es" hreflang="es"' in login.text
        _log_in(c, "REV-01", "revisor", server)
        inbox = c.get("/")
        assert '<html lang="en"' in inbox.text and "Submissions inbox" in inbox.text
        assert ">Received\n" in inbox.text and "Reviewer" in inbox.text  # state, role
        assert "Bandeja de envíos" not in inbox.text and "Filtrar" not in inbox.text
        assert "Log out" in inbox.text
        shown = c.get(f"/envios/{committed.submission_id}")
        assert "Verification on receipt" in shown.text and "Approve</button>" in shown.text
        missing = c.get("/envios/00000000-0000-0000-0000-000000000000")
        assert missing.status_code == 404 and "Submission not found" in missing.text
        # the cookie wins over the browser
        c.cookies.set("oic_idioma", "es")
        inbox = c.get("/")
        assert '<html lang="es-MX"' in inbox.text and "Bandeja de envíos" in inbox.text
        assert "Revisor(a)" in inbox.text and "Submissions inbox" not in inbox.text
    with _console(server) as c:  # no header, no cookie: Spanish
        assert '<html lang="es-MX"' in c.get("/ingresar").text


def test_the_first_login_is_explained_in_english(server):
    made = server.oic.add_staff("ADM-01", "Teresa", "administrador")
    with _console(server, headers={"Accept-Language": "en"}) as c:
        page = c.get("/ingresar")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post(
            "/ingresar", data={"csrf": token, "code": "ADM-01", "password": made["password"]}
        )
        assert r.status_code == 403 and "This password was assigned by the OIC" in r.text
        assert "Your current password was assigned by the OIC" in r.text  # the form's hint
        assert "Repeat it" in r.text and "sirve una sola vez" not in r.text


def test_a_refusal_names_the_roles_in_english(server):
    with _console(server, headers={"Accept-Language": "en"}) as c:
        _log_in(c, "CON-01", "consulta", server)
        r = c.get("/personal")
        assert r.status_code == 403 and "Not allowed" in r.text
        assert "Your role (Read-only) does not allow this; it takes Administrator" in r.text


def test_what_a_laptop_sent_is_escaped_in_english(server, enrolled, tmp_path):
    import media
    from helpers import fill_mini

    from observer_desktop.services import evidence as ev
    from observer_desktop.services.reports import generate_report

    script = "<script>alert(1)</script>"
    image = '"><img src=x onerror=alert(2)>'
    laptop, client = enrolled
    app = laptop.app
    audit_id = app.create_audit("mini", header={"numero": script, "tipo": "ad"})["id"]
    fill_mini(app, audit_id)
    app.add_finding(audit_id, title=f"{script} {image}", severity="alta")
    photo = media.photo(tmp_path / "sitio.jpg", size=(320, 240))
    ev.add_evidence(app, audit_id, [photo], question_id="publicada", caption=image)
    app.finalize(audit_id)
    generate_report(app, audit_id, ask=None)
    laptop.close()
    hostile = dataclasses.replace(laptop, audit_id=audit_id, _app=None)
    try:
        sub = hostile.submission()
        assert "receipt" in send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    finally:
        hostile.close()
    with _console(server, headers={"Accept-Language": "en-US"}) as c:
        _log_in(c, "REV-01", "revisor", server)
        inbox = c.get("/")
        page = c.get(f"/envios/{sub.submission_id}")
        sha = re.search(r"/foto/([0-9a-f]{64})", page.text).group(1)
        photo_page = c.get(f"/envios/{sub.submission_id}/foto/{sha}")
        for html in (inbox.text, page.text, photo_page.text):
            assert '<html lang="en"' in html
            assert "<script>alert(1)" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; · version 1" in page.text
        assert "<title>Submission &lt;script&gt;alert(1)&lt;/script&gt; — " in page.text
        assert "« Submission &lt;script&gt;alert(1)&lt;/script&gt;</a>" in photo_page.text
        assert 'aria-label="Comment on “' in page.text  # a formatted attribute
        assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page.text


# ------------------------------------------------------------------ helpers


def _console(server, **options) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=30, follow_redirects=False, **options)


def _log_in(c: httpx.Client, code: str, role: str, server) -> None:
    server.oic.add_staff(code, f"Persona {code}", role, PASSWORD, one_time=False)
    page = c.get("/ingresar")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/ingresar", data={"csrf": token, "code": code, "password": PASSWORD})
    assert r.status_code == 303, r.text


@pytest.fixture
def committed(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    assert "receipt" in send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    return sub
