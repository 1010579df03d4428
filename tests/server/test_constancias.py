"""Constancias de participación (issue 17, item 5): the OIC's document-signing key, the
signed PDF (pdfsig, pyHanko, ``observer verify``), its QR code, the console's issue
form and the public page ``/verificar/<folio>`` — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from oic_testing import PASSWORD
from sqlalchemy import func, select

from oic_server import schema as s
from oic_server.constancias.cases import issue_constancia
from oic_server.keys import DOCUMENT_COMMON_NAME, KeyPaths, ServerKeys
from oic_server.schema import now_iso
from oic_server.service import OICServer

EVENTS = (
    ("2026-03-02", "Junta de aclaraciones LO-014", "10:00", "12:30"),
    ("2026-03-09", "Apertura de proposiciones LO-014", "09:00", "10:15"),
    ("2026-03-20", "Fallo LO-014", "13:00", "14:00"),
)


def _observer_with_sessions(server, code: str, name: str, *, states=None) -> None:
    server.add_observer(code, name)
    states = states or ["validated"] * len(EVENTS)

    def add(conn):
        observer = conn.execute(
            select(s.observers.c.id).where(s.observers.c.code == code)
        ).scalar_one()
        for i, ((day, event, start, end), state) in enumerate(zip(EVENTS, states, strict=True)):
            conn.execute(
                s.participation_sessions.insert().values(
                    observer_id=observer,
                    client_id=f"00000000-0000-4000-8000-{observer:06d}{i:06d}",
                    event=event,
                    date=day,
                    start_time=start,
                    end_time=end,
                    place="Sala de juntas de Obras Públicas",
                    notes="",
                    state=state,
                    received_at=now_iso(),
                    updated_at=now_iso(),
                    seq=i + 1,
                )
            )

    server.oic.db.write(add)


def _staff_id(server, code: str, role: str = "coordinador") -> int:
    """The id of staff member ``code`` (added the first time)."""
    with server.oic.db.read() as conn:
        found = conn.execute(select(s.staff.c.id).where(s.staff.c.code == code)).scalar()
    if found is not None:
        return found
    server.oic.add_staff(code, f"Persona {code}", role, PASSWORD, one_time=False)
    return _staff_id(server, code, role)


def _issue(server, code: str = "OBS-014", **period: str):
    staff = _staff_id(server, "COORD-01")
    return issue_constancia(
        server.oic,
        staff_id=staff,
        actor="COORD-01",
        observer_code=code,
        date_from=period.get("date_from", "2026-03-01"),
        date_to=period.get("date_to", "2026-03-31"),
        base_url=server.base_url,
    )


def _pdf(server, folio: str) -> bytes:
    with server.oic.db.read() as conn:
        return bytes(
            conn.execute(
                select(s.constancias.c.pdf).where(s.constancias.c.folio == folio)
            ).scalar_one()
        )


# ------------------------------------------------------------------ the key


def test_the_document_signing_key_is_made_at_init_and_at_start_when_missing(server):
    keys = server.oic.keys
    assert keys.document is not None
    cert = keys.document.cert
    assert keys.issued_by_ca(cert)
    assert DOCUMENT_COMMON_NAME in cert.subject.rfc4514_string()
    # a server initialised before the key existed gets it at its next start
    path = KeyPaths(server.data_dir / "keys").document
    assert path.is_file() and path.stat().st_mode & 0o077 == 0
    path.unlink()
    reopened = OICServer.open(server.data_dir, server.database_url)
    try:
        assert reopened.keys.document is not None
        assert reopened.keys.issued_by_ca(reopened.keys.document.cert)
        assert reopened.keys.document.fingerprint != keys.document.fingerprint
        assert path.is_file()
        # and keeps it from then on
        again = ServerKeys.load(server.data_dir / "keys", passphrase=None)
        assert again.document.fingerprint == reopened.keys.document.fingerprint
    finally:
        reopened.close()


# ------------------------------------------------------------------ issuing


def test_a_period_without_validated_sessions_is_refused_and_changes_nothing(server):
    from oic_server.errors import ApiError

    _observer_with_sessions(
        server, "OBS-014", "Ana López", states=["received", "disputed", "received"]
    )
    with pytest.raises(ApiError) as refused:
        _issue(server)
    assert "no tiene sesiones validadas" in refused.value.message
    with pytest.raises(ApiError) as backwards:
        _issue(server, date_from="2026-03-31", date_to="2026-03-01")
    assert "termina antes de empezar" in backwards.value.message
    with pytest.raises(ApiError) as unknown:
        _issue(server, code="OBS-999")
    assert unknown.value.code == "not_found"
    with pytest.raises(ApiError) as nobody:
        _issue(server, code="  ")
    assert "Elija el observador" in nobody.value.message
    # a period that has not ended: "hasta" is at most the OIC's today
    today = _dt.datetime.now(ZoneInfo("America/Chihuahua")).date()
    with pytest.raises(ApiError) as unfinished:
        _issue(server, date_to=(today + _dt.timedelta(days=1)).isoformat())
    assert f"a lo más hoy, {today.isoformat()}" in unfinished.value.message
    with server.oic.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(s.constancias)).scalar_one() == 0
        assert (
            conn.execute(
                select(func.count())
                .select_from(s.counters)
                .where(s.counters.c.name.like("constancia_folio:%"))
            ).scalar_one()
            == 0
        )


def test_folios_count_up_and_carry_a_check(server):
    _observer_with_sessions(server, "OBS-014", "Ana López")
    first = _issue(server)
    second = issue_constancia(
        server.oic,
        staff_id=_staff_id(server, "COORD-02"),
        actor="COORD-02",
        observer_code="OBS-014",
        date_from="2026-03-05",
        date_to="2026-03-31",
        base_url=server.base_url,
    )
    a = re.fullmatch(r"OIC-(\d{4})-(\d{6})-([A-Z2-9]{6})", first.folio)
    b = re.fullmatch(r"OIC-(\d{4})-(\d{6})-([A-Z2-9]{6})", second.folio)
    assert a and b and int(b.group(2)) == int(a.group(2)) + 1
    assert (first.sessions, first.hours) == (3, 4.75)  # 2:30 + 1:15 + 1:00
    assert (second.sessions, second.hours) == (2, 2.25)


def test_the_constancia_verifies_with_pyhanko_pdfsig_and_observer_verify(server, tmp_path):
    from observer_desktop.reports.verify import verify_pdf_data

    _observer_with_sessions(server, "OBS-014", "Ana María López Núñez")
    issued = _issue(server)
    pdf = _pdf(server, issued.folio)
    assert hashlib.sha256(pdf).hexdigest() == issued.sha256
    ca = server.oic.keys.ca_pem.encode()

    # pyHanko, with the OIC CA as the trust root
    v = verify_pdf_data(pdf, trust_certs=[ca])
    assert v.status == "valid" and v.trusted and v.covers_whole_file, v.reasons
    assert v.constancia["folio"] == issued.folio
    assert v.constancia["observador"] == "Ana María López Núñez"
    assert (v.constancia["sesiones"], v.constancia["horas"]) == (3, 4.75)

    path = tmp_path / "constancia.pdf"
    path.write_bytes(pdf)
    # poppler
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) no está instalado")
    sig = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in sig.stdout, sig.stdout + sig.stderr
    assert "Total document signed" in sig.stdout

    # the laptop's command, trusting the OIC CA
    ca_file = tmp_path / "oic-ca.pem"
    ca_file.write_bytes(ca)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "observer_desktop.cli",
            "verify",
            str(path),
            "--trust",
            str(ca_file),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    # its first line speaks of the constancia, not of a report
    assert run.stdout.splitlines()[0] == (
        "✓ Firma válida: la constancia no ha cambiado desde que se firmó."
    )
    assert "informe" not in run.stdout
    assert f"Constancia de participación folio {issued.folio}, emitida por el OIC" in run.stdout
    assert "firma válida." in run.stdout

    # one byte changed: the command says the signature is not valid
    altered = bytearray(pdf)
    at = pdf.index(b"Ana Mar") if b"Ana Mar" in pdf else len(pdf) // 3
    altered[at] ^= 0x01
    bad = tmp_path / "alterada.pdf"
    bad.write_bytes(bytes(altered))
    assert verify_pdf_data(bytes(altered), trust_certs=[ca]).status != "valid"
    refused = subprocess.run(
        [sys.executable, "-m", "observer_desktop.cli", "verify", str(bad), "--trust", str(ca_file)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"},
    )
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert refused.stdout.splitlines()[0] == "✗ La constancia NO es válida."


def test_a_reports_verdict_keeps_the_reports_words():
    from observer_desktop.reports.verify import Verification

    headlines = {s: Verification(status=s).headline() for s in ("valid", "invalid")}
    assert headlines == {
        "valid": "✓ Firma válida: el informe no ha cambiado desde que se firmó.",
        "invalid": "✗ El informe NO es válido.",
    }
    assert Verification(status="not_signed").headline() == (
        "✗ El archivo no es un informe firmado."
    )


def _decoded_qr(pdf: bytes) -> str:
    """The text of the QR code on the PDF's first page (pdftoppm, then zbarimg)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "constancia.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path), f"{folder}/p"],
            check=True,
        )
        page = next(Path(folder).glob("p*.png"))
        decoded = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert decoded.returncode == 0, decoded.stderr
        return decoded.stdout.strip()


def test_the_qr_code_decodes_to_the_public_page(server):
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (apt: zbar-tools) o pdftoppm (poppler-utils) no están instalados")
    _observer_with_sessions(server, "OBS-014", "Ana López")
    issued = _issue(server)
    decoded = _decoded_qr(_pdf(server, issued.folio))
    url = f"{server.base_url}/verificar/{issued.folio}"
    assert decoded == url
    # and that address is the public page of this constancia
    answer = httpx.get(url, timeout=30)
    assert answer.status_code == 200 and issued.folio in answer.text


# ------------------------------------------------------------------ the public page


def _upload(url: str, data: bytes) -> httpx.Response:
    return httpx.post(
        url, files={"archivo": ("constancia.pdf", data, "application/pdf")}, timeout=60
    )


def test_the_public_page_says_what_it_certifies_and_nothing_more(server):
    _observer_with_sessions(server, "OBS-014", "Ana López")
    _observer_with_sessions(server, "OBS-015", "Berta Otra Persona")
    issued = _issue(server)
    page = httpx.get(f"{server.base_url}/verificar/{issued.folio}", timeout=30)
    assert page.status_code == 200
    text = page.text
    for shown in (
        issued.folio,
        "Ana López",
        "01/03/2026",
        "31/03/2026",
        "4 h 45 min",
        "<dd>3</dd>",
    ):
        assert shown in text, shown
    # not the code, not another observer, not the sessions' events, no console menu
    for hidden in ("OBS-014", "OBS-015", "Berta", "LO-014", "Junta", "/observadores", "@"):
        assert hidden not in text, hidden
    assert "set-cookie" not in page.headers
    # the public sees the OIC's name, not "the console"
    assert "Órgano Interno de Control · Programa" in text and "Consola del OIC ·" not in text
    # the issue date is the OIC's, as the PDF prints it ("Se expide el …"): one issued
    # at 18:38 in Chihuahua is of that day, though UTC has moved on to the next
    with server.oic.db.engine.begin() as conn:
        conn.execute(
            s.constancias.update()
            .where(s.constancias.c.folio == issued.folio)
            .values(issued_at="2026-12-08T00:38:12Z")
        )
    text = httpx.get(f"{server.base_url}/verificar/{issued.folio}", timeout=30).text
    assert "07/12/2026" in text and "08/12/2026" not in text


def _without_return(html: str) -> str:
    return re.sub(r"volver=[^\"]*", "", html)


@pytest.mark.parametrize(
    "folio",
    ["OIC-2026-999999-ABCDEF", "no-es-un-folio", "OIC-2026-000001-<script>", "x" * 64],
)
def test_an_unknown_or_forged_folio_does_not_exist_and_says_nothing_else(server, folio):
    _observer_with_sessions(server, "OBS-014", "Ana López")
    issued = _issue(server)
    number = issued.folio.rsplit("-", 1)[0]
    # the right number with one check character changed
    forged = f"{number}-{'A' if issued.folio[-6] != 'A' else 'B'}{issued.folio[-5:]}"
    assert forged != issued.folio
    reference = httpx.get(f"{server.base_url}/verificar/OIC-2000-000000-AAAAAA", timeout=30)
    for candidate in (folio, forged):
        answer = httpx.get(f"{server.base_url}/verificar/{candidate}", timeout=30)
        assert answer.status_code == 404
        assert "No existe." in answer.text
        assert "Ana" not in answer.text and "<script>" not in answer.text
        # the same page whatever was asked (but the language switch's way back here)
        assert _without_return(answer.text) == _without_return(reference.text)
        # uploading to it tells nothing either
        refused = _upload(f"{server.base_url}/verificar/{candidate}", _pdf(server, issued.folio))
        assert refused.status_code == 404
        assert _without_return(refused.text) == _without_return(reference.text)


def test_an_uploaded_pdf_is_accepted_only_when_it_is_exactly_the_constancia(server):
    _observer_with_sessions(server, "OBS-014", "Ana López")
    _observer_with_sessions(server, "OBS-015", "Berta Otra")
    issued = _issue(server)
    other = _issue(server, code="OBS-015")
    url = f"{server.base_url}/verificar/{issued.folio}"
    pdf = _pdf(server, issued.folio)

    right = _upload(url, pdf)
    assert right.status_code == 200
    assert "El archivo es exactamente esta constancia y su firma del OIC es válida." in right.text

    altered = bytearray(pdf)
    altered[len(pdf) // 3] ^= 0x01
    wrong = _upload(url, bytes(altered))
    assert "El archivo NO es esta constancia." in wrong.text
    assert "exactamente esta constancia y su firma" not in wrong.text

    # another genuine constancia, signed by the OIC, is still not this one
    someone_else = _upload(url, _pdf(server, other.folio))
    assert "El archivo NO es esta constancia." in someone_else.text
    assert "Berta" not in someone_else.text

    empty = httpx.post(url, data={"archivo": ""}, timeout=30)
    assert empty.status_code == 400 and "Elija el archivo PDF" in empty.text


def test_an_upload_over_the_limit_is_refused_before_it_is_read(server):
    _observer_with_sessions(server, "OBS-014", "Ana López")
    issued = _issue(server)
    big = b"%PDF-1.7\n" + b"0" * (6 * 1024 * 1024)
    answer = _upload(f"{server.base_url}/verificar/{issued.folio}", big)
    assert answer.status_code == 413


# ------------------------------------------------------------------ the console


@contextmanager
def _console_login(server, code: str, role: str) -> Iterator[httpx.Client]:
    server.oic.add_staff(code, f"Persona {code}", role, PASSWORD, one_time=False)
    with httpx.Client(base_url=server.base_url, timeout=60, follow_redirects=False) as c:
        token = _csrf(c.get("/ingresar").text)
        login = c.post("/ingresar", data={"csrf": token, "code": code, "password": PASSWORD})
        assert login.status_code == 303
        yield c


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_a_coordinator_issues_from_the_console_and_others_only_read(server, tmp_path):
    _observer_with_sessions(server, "OBS-014", "Ana <b>López</b>")
    with _console_login(server, "COORD-01", "coordinador") as c:
        listing = c.get("/constancias")
        assert listing.status_code == 200 and "Emitir constancia" in listing.text
        form = {"csrf": _csrf(listing.text), "observador": "OBS-014"}
        # no validated sessions in the period: refused, in Spanish, nothing issued
        none = c.post("/constancias", data=form | {"desde": "2025-01-01", "hasta": "2025-01-31"})
        assert none.status_code == 400 and "no tiene sesiones validadas" in none.text
        # without the token: nothing
        stale = c.post(
            "/constancias",
            data=form | {"csrf": "x", "desde": "2026-03-01", "hasta": "2026-03-31"},
        )
        assert stale.status_code == 403
        made = c.post("/constancias", data=form | {"desde": "2026-03-01", "hasta": "2026-03-31"})
        assert made.status_code == 200, made.text
        folio = re.search(r"Constancia (OIC-\d{4}-\d{6}-[A-Z2-9]{6}) emitida", made.text).group(1)
        assert "Ana &lt;b&gt;López&lt;/b&gt;" in made.text  # a name renders as text
        pdf = c.get(f"/constancias/{folio}.pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
        assert "attachment" in pdf.headers["content-disposition"]
        assert hashlib.sha256(pdf.content).hexdigest() == _issued_sha(server, folio)
        activity = c.get("/actividad", params={"objeto": folio}).text
        assert "Emitió una constancia" in activity
    with _console_login(server, "CONS-01", "consulta") as c:
        listing = c.get("/constancias")
        assert listing.status_code == 200 and folio in listing.text
        assert "Emitir constancia</button>" not in listing.text
        refused = c.post(
            "/constancias",
            data={
                "csrf": _csrf(listing.text),
                "observador": "OBS-014",
                "desde": "2026-03-01",
                "hasta": "2026-03-31",
            },
        )
        assert refused.status_code == 403
        assert c.get(f"/constancias/{folio}.pdf").status_code == 200
    with server.oic.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(s.constancias)).scalar_one() == 1


def _issued_sha(server, folio: str) -> str:
    with server.oic.db.read() as conn:
        return conn.execute(
            select(s.constancias.c.sha256).where(s.constancias.c.folio == folio)
        ).scalar_one()


def test_the_console_pages_need_a_session(server):
    with httpx.Client(base_url=server.base_url, timeout=30, follow_redirects=False) as c:
        assert c.get("/constancias").status_code == 303
        assert c.get("/constancias/OIC-2026-000001-ABCDEF.pdf").status_code == 303
        assert c.post("/constancias", data={"observador": "OBS-014"}).status_code == 303


# ------------------------------------------------------------------ serve --public-url


def test_serve_public_url_is_checked_and_reaches_the_app(server, monkeypatch, capsys):
    import uvicorn

    from oic_server.cli import main

    served: list[str] = []

    class NotServing:
        def __init__(self, config) -> None:
            served.append(config.app.state.public_url)

        def run(self) -> None:
            pass

    monkeypatch.setattr(uvicorn, "Server", NotServing)
    base = [*server.cli_args(), "serve", "--port", "0"]
    assert main([*base, "--public-url", "https://oic.example.mx/observador/"]) == 0
    assert served == ["https://oic.example.mx/observador"]
    assert main(base) == 0 and served[-1] == ""  # none: the browser's address
    assert main([*base, "--public-url", "http://127.0.0.1:8000"]) == 0
    capsys.readouterr()
    for bad, why in (
        ("http://oic.example.mx", "debe empezar con https://"),
        ("oic.example.mx", "debe ser una dirección completa"),
        ("ftp://oic.example.mx", "debe ser una dirección completa"),
        ("https://oic.example.mx/?x=1", "no debe llevar «?» ni «#»"),
        ("https://ana:secreto@oic.example.mx", "no debe llevar usuario ni contraseña"),
        ("https://oic.example.mx/a b", "no debe llevar espacios"),
    ):
        served.clear()
        assert main([*base, "--public-url", bad]) == 2, bad
        err = capsys.readouterr().err
        assert f"error: --public-url {why}" in err and bad in err, err
        assert served == []  # refused before anything is opened or served


def test_the_qr_code_points_at_serves_public_url(server, uvicorn_session):
    """Issued from the console of a server with --public-url, the constancia's QR code and
    its embedded record point at that address, not at the one the browser used."""
    from observer_desktop.reports.verify import verify_pdf_data

    uvicorn_session.target.state.public_url = "https://oic.example.mx"
    _observer_with_sessions(server, "OBS-014", "Ana López")
    with _console_login(server, "COORD-01", "coordinador") as c:
        form = {"csrf": _csrf(c.get("/constancias").text), "observador": "OBS-014"}
        made = c.post("/constancias", data=form | {"desde": "2026-03-01", "hasta": "2026-03-31"})
        assert made.status_code == 200, made.text
        folio = re.search(r"Constancia (OIC-\d{4}-\d{6}-[A-Z2-9]{6}) emitida", made.text).group(1)
    pdf = _pdf(server, folio)
    url = f"https://oic.example.mx/verificar/{folio}"
    assert verify_pdf_data(pdf).constancia["verificar"] == url
    assert server.base_url.encode() not in pdf
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):
        assert _decoded_qr(pdf) == url
