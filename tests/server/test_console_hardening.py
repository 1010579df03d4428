"""What a review of the console found, each as a test that failed before its fix:
hostile files for the thumbnail thread, an audit the index cannot take, long decision
forms, submissions not yet indexed, control characters in exports, two reviewers taking
one submission, malformed tokens, cursors and dates."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from oic_testing import send_all
from sqlalchemy import delete, select
from test_console_review import _csrf, _seen, _staff, _state

from oic_server import schema as s
from oic_server.indexing import audit_rows
from oic_server.thumbnails import render

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n(hola) print\nshowpage\n"


def _png_header(width: int, height: int) -> bytes:
    """A PNG that only claims its size (decoding it would need width × height pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_thumbnails_open_photo_formats_only_and_refuse_huge_decodes():
    with pytest.raises(Exception) as eps:
        render(io.BytesIO(EPS))  # never handed to Ghostscript
    assert "cannot identify" in str(eps.value)
    with pytest.raises(ValueError, match="demasiado grande"):
        render(io.BytesIO(_png_header(8000, 6000)))  # 48 MP decoded whole: refused unread


def test_duplicate_finding_and_evidence_ids_are_indexed_once():
    document = {
        "audit": {"form": {"id": "mini"}, "header": {}},
        "findings": [
            {"id": "f1", "severity": "alta", "title": "uno", "status": "open"},
            {"id": "f1", "severity": "baja", "title": "otra vez", "status": "open"},
        ],
        "evidence": [
            {"id": "e1", "sha256": "a" * 64, "mime": "image/jpeg", "size": 1},
            {"id": "e1", "sha256": "b" * 64, "mime": "image/jpeg", "size": "x"},
        ],
    }
    row, findings, evidence = audit_rows("s", 1, document, {}, committed_at="2026-01-01T00:00:00Z")
    assert [f["title"] for f in findings] == ["uno"] and row["findings_count"] == 1
    assert [e["sha256"] for e in evidence] == ["a" * 64]


@pytest.fixture
def committed(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    return sub


def _unindex(server, sid):
    server.oic.db.write(
        lambda conn: [
            conn.execute(delete(t).where(t.c.submission_id == sid))
            for t in (s.findings, s.evidence, s.submission_index)
        ]
    )


def test_an_unindexed_submission_shows_a_notice_and_a_failing_index_lists_it_anyway(
    server, committed, monkeypatch
):
    sid = committed.submission_id
    _unindex(server, sid)
    with _staff(server, "CON-01", "consulta") as c:
        page = c.get(f"/envios/{sid}")
        assert page.status_code == 200 and "se está indexando" in page.text
    import oic_server.usecases.inbox as inbox

    real, calls = inbox.index_submission, []

    def failing(conn, *args, **kwargs):
        calls.append(args[2])
        if args[2]:  # the audit's contents: the index cannot take them
            raise ValueError("datos inesperados")
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(inbox, "index_submission", failing)
    assert server.oic.index_missing() == 1
    with server.oic.db.read() as conn:
        index = conn.execute(select(s.submission_index)).one()
    assert '"index_error":true' in index.verification and index.review_state == "received"
    with _staff(server, "CON-02", "consulta") as c:
        page = c.get(f"/envios/{sid}")
        assert page.status_code == 200 and "no se pudo indexar" in page.text
        assert f"/envios/{sid}" in c.get("/").text


def test_a_long_return_and_a_taken_submission(server, committed):
    sid = committed.submission_id
    with _staff(server, "REV-01", "revisor") as a, _staff(server, "REV-02", "revisor") as b:
        page_a, page_b = a.get(f"/envios/{sid}"), b.get(f"/envios/{sid}")
        r = a.post(f"/envios/{sid}/tomar", data={"csrf": _csrf(page_a.text), "holder": ""})
        assert r.status_code == 303 and r.headers["location"] == f"/envios/{sid}?hecho=tomado"
        # B's page showed nobody had it: taking it now would silently take it from A
        r = b.post(f"/envios/{sid}/tomar", data={"csrf": _csrf(page_b.text), "holder": ""})
        assert r.status_code == 409 and "Persona REV-01" in r.text
        r = b.post(
            f"/envios/{sid}/decision",
            data={
                "csrf": _csrf(page_b.text),
                "seen": _seen(page_b.text),
                "holder": "",
                "decision": "validar",
                "comment": "bien",
            },
        )
        assert r.status_code == 409 and "bien" in r.text
        assert _state(server, sid).review_state == "received"
        # B, seeing A has it, takes it over: said on the submission's own address
        holder = str(_state(server, sid).assignee_id)
        r = b.post(f"/envios/{sid}/tomar", data={"csrf": _csrf(page_b.text), "holder": holder})
        assert r.headers["location"] == f"/envios/{sid}?hecho=tomado_de_otro"
        assert "quién lo tenía antes queda en la actividad" in b.get(r.headers["location"]).text
        page_a = a.get(f"/envios/{sid}")
        r = a.post(f"/envios/{sid}/tomar", data={"csrf": _csrf(page_a.text), "holder": holder})
        assert r.status_code == 409  # A's page still says A has it: now B does
        page_a = a.get(f"/envios/{sid}")
        r = a.post(
            f"/envios/{sid}/tomar",
            data={"csrf": _csrf(page_a.text), "holder": str(_state(server, sid).assignee_id)},
        )
        assert r.status_code == 303
        page_a = a.get(f"/envios/{sid}")
        reason = "Falta el acta de apertura firmada por todos. " * 100  # ~4,500 characters
        note = "El acta dice tres ofertas y la auditoría cuatro; corrija y adjunte. " * 27
        r = a.post(
            f"/envios/{sid}/decision",
            data={"csrf": _csrf(page_a.text), "seen": _seen(page_a.text),
                  "holder": str(_state(server, sid).assignee_id), "decision": "devolver",
                  "comment": reason.strip(), "c:ofertas:-": note[:1900],
                  "c:publicada:-": note[:1900], "c:estatus:0": note[:1900]},
        )  # fmt: skip
        assert r.status_code == 303, r.text[:300]
        history = a.get(f"/envios/{sid}").text
        assert "Tomado" in history and "por REV-01" in history  # Tomar is in the history
    assert _state(server, sid).review_state == "returned"


def test_malformed_tokens_cursors_dates_and_control_characters(server, committed):
    from openpyxl import load_workbook

    sid = committed.submission_id
    server.oic.db.write(
        lambda conn: conn.execute(s.submission_index.update().values(title="Obra\x0bnueva\x01"))
    )
    with _staff(server, "REV-01", "revisor") as c:
        r = c.post(f"/envios/{sid}/tomar", data={"csrf": "ñ" * 10, "holder": ""})
        assert r.status_code == 403  # not a 500
        assert c.get("/actividad?antes=²").status_code in (200, 403)
        assert c.get("/?desde=2026-13-45").status_code == 400
        backwards = c.get("/?desde=2026-11-01&hasta=2026-10-01")  # said, not 0 rows silently
        assert backwards.status_code == 400 and "anterior a la inicial" in backwards.text
        assert c.get("/?orden=severidad&despues=WyJ4IiwiYSJd").status_code == 400  # ["x","a"]
        assert c.get("/?despues=WzEsImEiXQ").status_code == 400  # [1,"a"] for a date sort
        r = c.get("/exportar/envios.xlsx")
        assert r.status_code == 200
        title = list(load_workbook(io.BytesIO(r.content), read_only=True).active.values)[1][9]
        assert title == "Obranueva"
    with _staff(server, "COO-01", "coordinador") as c:
        assert c.get("/actividad?antes=²").status_code == 200


def test_findings_are_listed_most_severe_first(server, committed):
    sid = committed.submission_id
    server.oic.db.write(
        lambda conn: conn.execute(
            s.findings.insert(),
            [
                {"submission_id": sid, "finding_id": f"x{n}", "source": "observer",
                 "severity": sev, "title": f"{sev} {n}", "description": "",
                 "recommendation": "", "status": "open"}
                for n, sev in enumerate(["baja", "alta", "media"])
            ],
        )
    )  # fmt: skip
    data = server.oic.submission_page(sid)
    severities = [f["severity"] for f in data["findings"]]
    assert severities == sorted(severities, key=["alta", "media", "baja"].index)


def test_an_undecided_version_replaced_by_a_newer_one_leaves_the_pending_tabs(server, enrolled):
    from oic_testing import Laptop

    laptop, client = enrolled
    first = laptop.submission()
    send_all(client, first, chunk=server.oic.limits.chunk_bytes)
    new_id = laptop.app.new_version(laptop.audit_id)["id"]
    laptop.app.finalize(new_id)
    second = Laptop(laptop.folder, laptop.code, laptop.forms, new_id, laptop.app).submission()
    send_all(client, second, chunk=server.oic.limits.chunk_bytes)
    with _staff(server, "CON-01", "consulta") as c:
        pending = c.get("/?estado=recibida").text
        replaced = c.get("/?estado=sustituida").text
        page = c.get(f"/envios/{first.submission_id}").text
    assert f"/envios/{first.submission_id}" not in pending
    assert f"/envios/{second.submission_id}" in pending
    assert f"/envios/{first.submission_id}" in replaced
    assert 'class="state sustituida"' in page


def test_the_activity_log_filters_by_the_oics_days_and_says_what_is_not_a_date(server):
    """The times are shown in Chihuahua's zone, so "from/to a day" means Chihuahua's day:
    a row at 03:00 UTC on the 8th is of the evening of the 7th there."""
    server.oic.db.write(
        lambda conn: conn.execute(
            s.activity.insert(),
            [
                {
                    "at": at,
                    "actor": "COO-09",
                    "action": "rate",
                    "target": target,
                    "detail": "",
                    "address": "",
                }
                for at, target in (
                    ("2026-12-07T05:59:00Z", "noche-del-6"),  # 23:59 of the 6th
                    ("2026-12-08T03:00:00Z", "noche-del-7"),  # 21:00 of the 7th
                    ("2026-12-08T06:00:00Z", "madrugada-del-8"),  # 00:00 of the 8th
                )
            ],
        )
    )
    with _staff(server, "COO-01", "coordinador") as c:

        def shown(**params: str) -> list[str]:
            page = c.get("/actividad", params={"persona": "COO-09", **params})
            assert page.status_code == 200, page.text
            return [t for t in ("noche-del-6", "noche-del-7", "madrugada-del-8") if t in page.text]

        assert shown(desde="2026-12-07", hasta="2026-12-07") == ["noche-del-7"]
        assert shown(desde="2026-12-08") == ["madrugada-del-8"]
        assert shown(hasta="2026-12-06") == ["noche-del-6"]
        assert "2026-12-07 21:00 CST" in c.get("/actividad", params={"persona": "COO-09"}).text
        assert shown(hasta="9999-12-31") == ["noche-del-6", "noche-del-7", "madrugada-del-8"]
        assert shown(desde="9999-12-31") == []  # the calendar's last day: no 500
        for bad, words in (
            ({"desde": "xx"}, "AAAA-MM-DD"),
            ({"desde": "2026-02-30"}, "AAAA-MM-DD"),
            ({"desde": "2026-12-08", "hasta": "2026-12-07"}, "anterior a la inicial"),
        ):
            page = c.get("/actividad", params={"persona": "COO-09", **bad})
            assert page.status_code == 400 and words in page.text, bad
            # the dates are dropped, the other filters kept: COO-09's rows, and only theirs
            assert "noche-del-7" in page.text and 'value="COO-09"' in page.text, bad
            assert "COO-01" not in page.text.split("<tbody>")[1], bad
