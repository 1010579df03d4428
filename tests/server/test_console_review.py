"""Issue 15 over HTTP: what arrives is indexed, the inbox filters it, reviewers decide
with per-question comments that reach the reviews feed, roles and CSRF hold, two
decisions at once leave one, exports stream — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from oic_testing import PASSWORD, send_all
from sqlalchemy import delete, select

from oic_server import schema as s
from oic_server.thumbnails import run_once


def _console(server) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=30, follow_redirects=False)


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:2000]
    return found.group(1)


@contextmanager
def _staff(server, code: str, role: str) -> Iterator[httpx.Client]:
    server.oic.add_staff(code, f"Persona {code}", role, PASSWORD, one_time=False)
    with _console(server) as c:
        page = c.get("/ingresar")
        r = c.post("/ingresar", data={"csrf": _csrf(page.text), "code": code, "password": PASSWORD})
        assert r.status_code == 303, r.text
        yield c


@pytest.fixture
def committed(server, enrolled):
    """A committed submission of OBS-001 (the mini form, two photos)."""
    laptop, client = enrolled
    sub = laptop.submission()
    answer = send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    assert "receipt" in answer, answer
    return sub


def _seen(html: str) -> str:
    found = re.search(r'name="seen" value="(\d+)"', html)
    assert found, "no decision form"
    return found.group(1)


def _state(server, sid: str):
    with server.oic.db.read() as conn:
        return conn.execute(select(s.submissions).where(s.submissions.c.id == sid)).one()


def test_a_commit_is_indexed_and_the_inbox_filters_it(server, committed):
    sid = committed.submission_id
    with server.oic.db.read() as conn:
        index = conn.execute(select(s.submission_index)).one()
        findings = conn.execute(select(s.findings)).all()
        evidence = conn.execute(select(s.evidence)).all()
        pending = conn.execute(select(s.thumbnails.c.state)).scalars().all()
    assert index.submission_id == sid and index.procedure_number == "AD-7"
    assert index.form_id == "mini" and index.procedure_type == "ad"
    assert index.verification and '"signature":true' in index.verification
    assert len(evidence) == 2 and {e.caption for e in evidence} == {"Convocatoria"}
    assert index.findings_count == len([f for f in findings if f.status != "withdrawn"])
    assert pending == ["pending", "pending"]  # thumbnails: never in the request
    with _staff(server, "CON-01", "consulta") as c:
        for query, shown in [
            ("", True),
            ("?q=ad-7", True),
            ("?q=no-existe", False),
            ("?observador=obs-001", True),
            ("?observador=OBS-999", False),
            ("?estado=recibida", True),
            ("?estado=validada", False),
            ("?formulario=mini", True),
            ("?desde=2000-01-01", False),  # no event date: outside any date range
        ]:
            page = c.get("/" + query)
            assert page.status_code == 200, page.text
            assert (f"/envios/{sid}" in page.text) is shown, query
        bad = c.get("/?desde=ayer")
        assert bad.status_code == 400 and "AAAA-MM-DD" in bad.text
        assert c.get("/?despues=%%%").status_code == 400


def test_older_submissions_are_indexed_and_thumbnails_made_in_the_background(server, committed):
    sid = committed.submission_id
    server.oic.db.write(
        lambda conn: [
            conn.execute(delete(t).where(t.c.submission_id == sid))
            for t in (s.findings, s.evidence, s.submission_index)
        ]
    )
    assert run_once(server.oic) is True  # the index first
    rounds = 0
    while run_once(server.oic):  # until a round finds nothing to do (bounded)
        rounds += 1
        assert rounds < 100, "the background work never ran out"
    with server.oic.db.read() as conn:
        index = conn.execute(select(s.submission_index)).one()
        states = conn.execute(select(s.thumbnails.c.state)).scalars().all()
    assert index.procedure_number == "AD-7" and '"recorded":"migration"' in index.verification
    assert states == ["done", "done"]
    photo = next(sha for sha, b in committed.blobs.items() if b[:3] == b"\xff\xd8\xff")
    with _staff(server, "CON-01", "consulta") as c:
        r = c.get(f"/envios/{sid}/miniatura/{photo}.jpg")
        assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg"
        assert r.content[:3] == b"\xff\xd8\xff"
        assert c.get(f"/envios/{sid}/miniatura/{'0' * 64}.jpg").status_code == 404
        original = c.get(f"/envios/{sid}/archivo/{photo}")
        assert original.content == committed.blobs[photo]
        assert original.headers["content-disposition"].startswith("attachment")


def test_roles_on_every_decision_route(server, committed):
    sid = committed.submission_id
    with _staff(server, "CON-01", "consulta") as c:
        page = c.get(f"/envios/{sid}")
        assert page.status_code == 200 and 'id="decision"' not in page.text
        token = _csrf(page.text)
        for path, data in [
            (f"/envios/{sid}/tomar", {"csrf": token}),
            (
                f"/envios/{sid}/decision",
                {"csrf": token, "seen": "1", "decision": "validar", "comment": ""},
            ),
            ("/observadores", {"csrf": token, "code": "OBS-9", "name": "X"}),
        ]:
            r = c.post(path, data=data)
            assert r.status_code == 403 and "Sin permiso" in r.text, path
        assert c.get("/actividad").status_code == 403
    assert _state(server, sid).review_state == "received"
    with _staff(server, "REV-01", "revisor") as c:
        assert c.get("/actividad").status_code == 403
        assert (
            c.post("/observadores", data={"csrf": "x", "code": "A", "name": "B"}).status_code == 403
        )
    with _staff(server, "COO-01", "coordinador") as c:
        page = c.get("/actividad")
        assert page.status_code == 200 and "CON-01" in page.text  # consulta's views are logged
    with server.oic.db.read() as conn:
        actions = conn.execute(select(s.activity.c.actor, s.activity.c.action)).all()
    assert ("CON-01", "view") in actions and ("CON-01", "login") in actions
    with _console(server) as c:
        page = c.get("/ingresar")
        c.post("/ingresar", data={"csrf": _csrf(page.text), "code": "con-01", "password": "x" * 12})
    with server.oic.db.read() as conn:
        failed = (
            conn.execute(select(s.activity.c.actor).where(s.activity.c.action == "login_failed"))
            .scalars()
            .all()
        )
    assert failed == ["CON-01"]


def test_return_with_comments_reaches_the_feed_and_a_stale_decision_loses(server, committed):
    sid = committed.submission_id
    with _staff(server, "REV-01", "revisor") as a, _staff(server, "REV-02", "revisor") as b:
        page_a, page_b = a.get(f"/envios/{sid}"), b.get(f"/envios/{sid}")
        token_a = _csrf(page_a.text)
        r = a.post(
            f"/envios/{sid}/decision",
            data={
                "csrf": "equivocado",
                "seen": _seen(page_a.text),
                "decision": "devolver",
                "comment": "x",
            },
        )
        assert r.status_code == 403 and _state(server, sid).review_state == "received"
        r = a.post(f"/envios/{sid}/tomar", data={"csrf": token_a})
        assert r.status_code == 303  # to the submission's own address: a reload takes nothing
        r = a.get(r.headers["location"])
        assert r.status_code == 200 and "Usted tiene este envío." in r.text
        assert f"/envios/{sid}" in a.get("/?estado=en_revision").text  # the index follows
        assert f"/envios/{sid}" not in a.get("/?estado=recibida").text
        r = a.post(
            f"/envios/{sid}/decision",
            data={
                "csrf": token_a,
                "seen": _seen(page_a.text),
                "decision": "devolver",
                "comment": "",
            },
        )
        assert r.status_code == 400 and "motivo" in r.text  # a return needs its reason
        r = a.post(
            f"/envios/{sid}/decision",
            data={
                "csrf": token_a,
                "seen": _seen(page_a.text),
                "decision": "devolver",
                "comment": "Falta el acta <script>alert(1)</script>",
                "c:ofertas:-": "¿Cuatro ofertas? El acta dice tres.",
                "c:estatus:0": "Adjunte la evidencia del hito.",
                "c:publicada:-": "",
            },
        )
        assert r.status_code == 303 and "hecho=devuelto" in r.headers["location"]
        shown = a.get(r.headers["location"])
        assert f"/envios/{sid}" in a.get("/?estado=devuelta").text
        assert "Envío devuelto" in shown.text
        assert (
            "&lt;script&gt;alert(1)&lt;/script&gt;" in shown.text
            and "<script>alert" not in shown.text
        )
        # REV-02 decides on the page it loaded before: refused, their text kept
        r = b.post(
            f"/envios/{sid}/decision",
            data={
                "csrf": _csrf(page_b.text),
                "seen": _seen(page_b.text),
                "decision": "validar",
                "comment": "Todo en orden según yo",
            },
        )
        assert r.status_code == 409 and "REV-01" in r.text and "Todo en orden según yo" in r.text
    row = _state(server, sid)
    assert row.review_state == "returned" and row.review_comment.startswith("Falta el acta")
    feed = server.login("OBS-001").get("/reviews", params={"since": 0}).json()["reviews"]
    assert [e["state"] for e in feed] == ["received", "returned"]
    assert feed[0]["comments"] == []
    assert feed[-1]["comments"] == [
        {"question": "estatus", "item": 0, "text": "Adjunte la evidencia del hito."},
        {"question": "ofertas", "item": None, "text": "¿Cuatro ofertas? El acta dice tres."},
    ] or sorted(feed[-1]["comments"], key=lambda c: c["question"]) == [
        {"question": "estatus", "item": 0, "text": "Adjunte la evidencia del hito."},
        {"question": "ofertas", "item": None, "text": "¿Cuatro ofertas? El acta dice tres."},
    ]
    with server.oic.db.read() as conn:
        actions = [r.action for r in conn.execute(select(s.activity).order_by(s.activity.c.id))]
    assert "take" in actions and "return" in actions and "approve" not in actions


def test_a_comment_on_a_question_the_checklist_lacks_changes_nothing(server, committed):
    sid = committed.submission_id
    with _staff(server, "REV-01", "revisor") as c:
        page = c.get(f"/envios/{sid}")
        r = c.post(
            f"/envios/{sid}/decision",
            data={
                "csrf": _csrf(page.text),
                "seen": _seen(page.text),
                "decision": "devolver",
                "comment": "Revise",
                "c:no_existe:-": "¿?",
            },
        )
        assert r.status_code == 400 and "no_existe" in r.text and "¿?" in r.text
    assert _state(server, sid).review_state == "received"


def test_exports_stream_csv_xlsx_and_the_evidence_zip(server, enrolled, committed):
    from openpyxl import load_workbook

    sid = committed.submission_id
    server.oic.db.write(  # a laptop's text that a spreadsheet would run as a formula
        lambda conn: conn.execute(
            s.submission_index.update().values(
                title='=HYPERLINK("http://x","clic")', amount=3120000.0
            )
        )
    )
    server.oic.forms.add(enrolled[0].forms / "mini.yaml")  # the checklist's title
    server.oic.db.write(  # one finding the observer kept and one withdrawn
        lambda conn: conn.execute(
            s.findings.insert(),
            [
                {"submission_id": sid, "finding_id": f"f{n}", "source": "rule", "rule_id": "r",
                 "question_id": "publicada", "item": None, "severity": "alta", "title": "T",
                 "description": "D", "recommendation": "R", "status": status}
                for n, status in enumerate(("open", "withdrawn"))
            ],
        )
    )  # fmt: skip
    with _staff(server, "CON-01", "consulta") as c:
        r = c.get("/exportar/envios.csv?q=ad-7")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert rows[0][0] == "Envío" and rows[1][0] == sid and len(rows) == 2
        assert "'=HYPERLINK" in r.text
        r = c.get("/exportar/envios.xlsx")
        sheet = load_workbook(io.BytesIO(r.content), read_only=True).active
        values = list(sheet.values)
        assert values[1][0] == sid and values[1][9].startswith("'=")
        # people's words, not the data's: the checklist's title, a whole amount as such
        assert values[1][4] == "Formulario mínimo" and values[1][10] == 3120000
        assert type(values[1][10]) is int  # 3120000.0 == 3120000 too: the type is the test
        assert rows[1][4] == "Formulario mínimo" and rows[1][10] == "3120000"
        r = c.get("/exportar/hallazgos.csv")
        found = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert r.status_code == 200 and found[0][-1] == "Estado del hallazgo"
        assert sorted(row[-1] for row in found[1:]) == ["Retirado", "Vigente"]
        assert c.get("/exportar/otra.csv").status_code == 404
        r = c.get(f"/envios/{sid}/evidencia.zip")
        assert r.status_code == 200
        with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
            assert zf.testzip() is None
            got = {zf.read(n) for n in zf.namelist()}
    assert set(committed.blobs.values()) <= got  # photos, report and audit JSON, intact
    with server.oic.db.read() as conn:
        exported = (
            conn.execute(select(s.activity.c.target).where(s.activity.c.action == "export"))
            .scalars()
            .all()
        )
    assert {"envios.csv", "envios.xlsx", "hallazgos.csv", sid} <= set(exported)


def test_observers_page_adds_with_a_one_time_sheet_and_disables(server, committed):
    with _staff(server, "ADM-01", "administrador") as c:
        page = c.get("/observadores")
        assert page.status_code == 200 and "OBS-001" in page.text
        r = c.post(
            "/observadores", data={"csrf": _csrf(page.text), "code": "obs-777", "name": "Luz"}
        )
        assert r.status_code == 200 and "OBS-777" in r.text
        assert server.oic.keys.ca_fingerprint in r.text
        again = c.post(
            "/observadores", data={"csrf": _csrf(page.text), "code": "OBS-777", "name": "Otra"}
        )
        assert again.status_code == 409 and "Ya existe el observador OBS-777" in again.text
        assert "«Nueva contraseña»" in again.text and "oic-server" not in again.text
        password = re.search(r'class="password secret">([^<]+)<', r.text).group(1)
        with server.client() as api:
            login = api.post(
                "/auth/login", json={"code": "OBS-777", "password": password, "device": "x"}
            )
        assert login.status_code == 403  # one-time: the first login must change it
        # never one click from the list: a page says what it does and asks for the reason
        assert "/observadores/OBS-001/deshabilitar" in page.text
        assert 'name="reason"' not in page.text
        confirm = c.get("/observadores/OBS-001/deshabilitar")
        assert confirm.status_code == 200 and "se revocan" in confirm.text
        assert '<option value="" selected disabled>' in confirm.text
        r = c.post("/observadores/OBS-001/deshabilitar", data={"csrf": _csrf(page.text)})
        assert r.status_code == 400 and "Elija el motivo" in r.text  # no default reason
        assert not server.oic.list_observers()[0]["disabled"]
        assert c.get("/observadores/OBS-999/deshabilitar").status_code == 404
        r = c.post(
            "/observadores/OBS-001/deshabilitar",
            data={"csrf": _csrf(confirm.text), "reason": "baja"},
        )
        assert r.status_code == 200 and "deshabilitado" in r.text
        assert c.get("/observadores/OBS-001/deshabilitar").headers["location"] == "/observadores"
    with server.client() as api:
        r = api.post("/auth/login", json={"code": "OBS-001", "password": PASSWORD, "device": "x"})
    assert r.status_code in (401, 403)


def test_a_new_version_arrives_linked_with_its_diff_and_the_old_one_takes_no_decision(
    server, enrolled
):
    from oic_testing import Laptop

    laptop, client = enrolled
    server.oic.forms.add(laptop.forms / "mini.yaml")  # the server knows this checklist
    first = laptop.submission()
    send_all(client, first, chunk=server.oic.limits.chunk_bytes)
    with _staff(server, "REV-01", "revisor") as c:
        page = c.get(f"/envios/{first.submission_id}")
        assert "¿Convocatoria publicada?" in page.text  # labels from the checklist
        r = c.post(
            f"/envios/{first.submission_id}/decision",
            data={
                "csrf": _csrf(page.text),
                "seen": _seen(page.text),
                "decision": "devolver",
                "comment": "Corrija las ofertas",
                "c:ofertas:-": "El acta dice 3",
            },
        )
        assert r.status_code == 303
        # the observer's new version, with one answer changed
        new_id = laptop.app.new_version(laptop.audit_id)["id"]
        laptop.app.set_answer(new_id, "ofertas", 3)
        laptop.app.finalize(new_id)
        second = Laptop(laptop.folder, laptop.code, laptop.forms, new_id, laptop.app).submission()
        send_all(client, second, chunk=server.oic.limits.chunk_bytes)
        newer = c.get(f"/envios/{second.submission_id}")
        assert newer.status_code == 200, newer.text
        assert f'href="/envios/{first.submission_id}"' in newer.text
        assert "Adjudicación directa" in newer.text  # the header's option in its own words
        diff = newer.text[newer.text.index("Cambios respecto") :]
        assert "Número de ofertas" in diff[:3000] and "Pocas ofertas" in diff
        older = c.get(f"/envios/{first.submission_id}")
        assert "fue sustituida" in older.text and 'id="decision"' not in older.text
        inbox = c.get("/?q=ad-7")
        assert "sustituida" in inbox.text
    with pytest.raises(Exception) as refused:
        server.oic.decide(
            server.oic.staff_session(
                server.oic.staff_login("REV-01", PASSWORD, "127.0.0.1")["token"]
            ),
            first.submission_id,
            "validar",
            "",
            [],
            seen=int(_state(server, first.submission_id).review_cursor),
            address="127.0.0.1",
        )
    assert "sustituida" in str(refused.value.message)


@pytest.mark.parametrize("failure", ["unreachable", "missing", "disk"])
def test_a_file_the_store_cannot_give_is_said_on_a_page(server, committed, monkeypatch, failure):
    """The original of a photo and the report's PDF when the store fails: S3 not
    answering or the disk failing is a 503 page, a file recorded but absent a 404 page
    (logged for the OIC) — never JSON, a trace or a download cut short."""
    import botocore.exceptions

    sid = committed.submission_id
    photo = next(sha for sha, b in committed.blobs.items() if b[:3] == b"\xff\xd8\xff")
    raised = {
        "unreachable": botocore.exceptions.EndpointConnectionError(endpoint_url="http://s3"),
        "missing": FileNotFoundError(photo),
        "disk": OSError(5, "Input/output error"),
    }[failure]

    def failing(sha256):
        raise raised

    with _staff(server, "CON-01", "consulta") as c:
        with monkeypatch.context() as patched:
            patched.setattr(server.oic.store, "open", failing)
            for path in (f"/envios/{sid}/archivo/{photo}", f"/envios/{sid}/informe.pdf"):
                r = c.get(path)
                assert r.headers["content-type"].startswith("text/html"), (path, r.text[:300])
                if failure == "missing":
                    assert r.status_code == 404 and "no está en el almacén" in r.text
                else:
                    assert r.status_code == 503 and "No disponible" in r.text
                assert "Traceback" not in r.text
            english = c.get(f"/envios/{sid}/archivo/{photo}", headers={"Accept-Language": "en"})
            said = {
                "missing": "is recorded but is not in the server",
                "unreachable": "file store (S3) failed or did not answer",
                "disk": "could not save or read a file",
            }[failure]
            assert said in english.text, english.text[-1500:]
        assert c.get(f"/envios/{sid}/archivo/{photo}").content == committed.blobs[photo]
