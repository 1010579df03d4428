"""``oic-server demo``: an administrador account and sample submissions delivered by two
demo laptops through protocol v1; a second run adds nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.sync.receipts import verify_receipt
from oic_server.cli import main
from oic_server.cli_demo import LAPTOPS, OBSERVERS, STAFF_CODE
from oic_server.errors import ApiError
from oic_server.service import OICServer


def _blob(data: Path, sha256: str) -> bytes:
    return (data / "blobs" / sha256[:2] / sha256[2:4] / sha256).read_bytes()


def _laptop_receipts(folder: Path) -> dict[str, dict]:
    """submission id -> the receipt the laptop stored, checked against the pinned key."""
    app = Observador(folder)
    try:
        config = app.store.get_setting(sync.SERVER_KEY)
        checked = {}
        for row in app.store.outbox_rows():
            assert row["state"] == "delivered", row
            full = app.store.get_outbox(row["submission_id"])
            stored = app.store.get_receipt(row["submission_id"])["receipt"]
            checked[row["submission_id"]] = verify_receipt(
                stored,
                public_key_pem=config["receipt_key_pem"],
                submission_id=row["submission_id"],
                manifest=json.loads(full["manifest"]),
            )
        return checked
    finally:
        app.close()


def _session_states(server) -> dict[str, int]:
    from oic_server.usecases.sessions import SessionFilter

    found: dict[str, int] = {}
    for item in server.list_sessions(SessionFilter())["items"]:
        found[item["state"]] = found.get(item["state"], 0) + 1
    return found


def test_demo_fills_the_console_through_the_protocol_and_runs_again_harmlessly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "oic-data"
    assert main(["--data-dir", str(data), "demo", "--port", "8765"]) == 0
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8765/" in out
    password = re.search(r"contraseña: (\S+)", out)
    assert password, out

    server = OICServer.open(data)
    try:
        staff = {r["code"]: r for r in server.list_staff()}
        assert staff[STAFF_CODE]["role"] == "administrador"
        assert staff[STAFF_CODE]["first_login_pending"]
        with pytest.raises(ApiError) as first_login:  # the printed password, one-time
            server.staff_login(STAFF_CODE, password.group(1), "127.0.0.1")
        assert first_login.value.code == "password_change_required"

        committed = server.admin_submissions(state="committed")
        assert len(committed) >= 4
        assert {r["observer"] for r in committed} == {o.code for o in OBSERVERS}
        assert len({r["form"].split()[0] for r in committed}) >= 3
        details = [server.submission_detail(r["submission_id"]) for r in committed]
        sessions = _session_states(server)
        assert set(sessions) == {"received", "validated", "disputed"}  # issue 17's pages
        assert all(server.list_rates("2999-01-01")["in_force"].values())
    finally:
        server.close()

    assert all(d["receipt"] for d in details)
    photos = [b for d in details for b in d["blobs"] if b["role"] == "evidence"]
    assert len(photos) >= 5
    audits = {}
    for d in details:
        (audit_blob,) = [b for b in d["blobs"] if b["role"] == "audit"]
        audits[d["submission_id"]] = json.loads(_blob(data, audit_blob["sha256"]))["audit"]
    (second,) = [a for a in audits.values() if a["version"] == 2]
    assert second["supersedes"] in {a["id"] for a in audits.values() if a["version"] == 1}

    receipts: dict[str, dict] = {}
    for observer in OBSERVERS:
        receipts |= _laptop_receipts(data / LAPTOPS / observer.code)
    assert set(receipts) == set(audits)

    assert main(["--data-dir", str(data), "demo"]) == 0
    again = capsys.readouterr().out
    assert "ya existía" in again and "contraseña:" not in again
    assert again.count("(ya estaban)") == len(OBSERVERS)
    server = OICServer.open(data)
    try:
        assert len(server.admin_submissions()) == len(committed)
        assert [r["code"] for r in server.list_staff()] == [STAFF_CODE]
        assert _session_states(server) == sessions
        assert len(server.list_rates("2999-01-01")["history"]) == 2
    finally:
        server.close()


def test_demo_refuses_a_real_servers_folder(tmp_path: Path, capsys) -> None:
    from oic_server.service import initialize

    data = tmp_path / "oic"
    initialize(data)
    assert main(["--data-dir", str(data), "demo"]) == 2
    assert "no es de demostración" in capsys.readouterr().err
    server = OICServer.open(data)
    try:
        assert server.list_staff() == [] and server.list_observers() == []
    finally:
        server.close()


def test_a_demo_on_s3_records_the_store_for_serve(tmp_path: Path, s3_bucket: str, capsys) -> None:
    """``demo --blob-store s3://…`` puts the evidence in S3 and records the store, as
    ``init`` does: the ``serve`` it tells the newcomer to run (no ``--blob-store``)
    finds every file, instead of a console whose every file is missing."""
    from oic_server.blobstores.s3 import S3BlobStore

    data = tmp_path / "oic-demo"
    assert main(["--data-dir", str(data), "--blob-store", s3_bucket, "demo"]) == 0
    capsys.readouterr()
    assert not (data / "blobs").exists()
    server = OICServer.open(data)  # as `serve` opens it
    try:
        assert isinstance(server.store, S3BlobStore)
        assert server.store.location.url == s3_bucket + "/"
        from sqlalchemy import select

        from oic_server import schema as s

        with server.db.read() as conn:
            reports = conn.execute(select(s.submissions.c.report_sha256)).scalars().all()
        assert reports
        for sha256 in reports:  # every report the console shows is read from S3
            with server.store.open(sha256) as fh:
                assert fh.read(5) == b"%PDF-"
    finally:
        server.close()
