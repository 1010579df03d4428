"""``observer session edit/list`` and ``observer init --institution``: the state of each
session at the OIC, and the lock on a validated one, from the command line."""

from __future__ import annotations

import json

from observer_desktop.cli import main
from observer_desktop.services.app import Observador


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_sessions_show_their_state_and_a_validated_one_cannot_be_edited(capsys, data_dir):
    cli(capsys, data_dir, "init", "--name", "Ana", "--code", "OBS-014")
    code, out, _ = cli(
        capsys, data_dir, "session", "add", "--event", "Fallo LP-3", "--date", "2026-03-02",
        "--start", "10:00", "--end", "11:00", "--json",
    )  # fmt: skip
    assert code == 0
    sid = json.loads(out)["id"]
    code, out, _ = cli(capsys, data_dir, "session", "edit", sid[:8], "--end", "11:30")
    assert code == 0 and "10:00–11:30" in out and "por enviar" in out
    with Observador(data_dir) as app:  # what a sync stores when the OIC disputes it
        app.store.update_session(
            sid,
            {"sent_version": 2, "server_state": "disputed", "reason": "Sin acta de fallo."},
        )
    _, out, _ = cli(capsys, data_dir, "session", "list")
    assert "[impugnada]" in out and "Impugnada por el OIC: Sin acta de fallo." in out
    with Observador(data_dir) as app:
        app.store.update_session(
            sid, {"server_state": "validated", "decided_at": "2026-03-10T17:00:00Z"}
        )
    code, _, err = cli(capsys, data_dir, "session", "edit", sid[:8], "--end", "12:00")
    assert code != 0 and "validada por el OIC el 10/03/2026; ya no se puede cambiar" in err
    code, _, err = cli(capsys, data_dir, "session", "remove", sid[:8])
    assert code != 0 and "ya no se puede eliminar" in err
    _, out, _ = cli(capsys, data_dir, "session", "list", "--json")
    row = json.loads(out)["sessions"][0]
    assert row["end_time"] == "11:30" and row["state"] == "validated"


def test_the_profile_takes_an_institution_and_keeps_it(capsys, data_dir):
    cli(capsys, data_dir, "init", "--name", "Ana", "--code", "OBS-014", "--institution", "UACH")
    code, out, _ = cli(capsys, data_dir, "init", "--email", "ana@example.com")
    assert code == 0 and "Institución: UACH" in out
    _, out, _ = cli(capsys, data_dir, "init", "--institution", "", "--json")
    assert json.loads(out)["institution"] is None


def test_the_csv_says_each_sessions_state_and_the_dispute_reason(capsys, data_dir):
    import csv
    import io

    cli(capsys, data_dir, "init", "--name", "Ana", "--code", "OBS-014")
    ids = []
    for day, event in (
        ("2026-03-02", "Junta de aclaraciones LP-3"),
        ("2026-03-03", "Apertura LP-3"),
        ("2026-03-04", "Fallo LP-3"),
        ("2026-03-05", "Visita de obra LP-3"),
    ):
        _, out, _ = cli(
            capsys, data_dir, "session", "add", "--event", event, "--date", day,
            "--start", "10:00", "--end", "11:00", "--json",
        )  # fmt: skip
        ids.append(json.loads(out)["id"])
    with Observador(data_dir) as app:  # what a sync stores from the OIC's answers
        app.store.update_session(ids[1], {"sent_version": 1, "server_state": "received"})
        app.store.update_session(
            ids[2],
            {"sent_version": 1, "server_state": "validated", "decided_at": "2026-03-10T17:00Z"},
        )
        app.store.update_session(
            ids[3],
            {"sent_version": 1, "server_state": "disputed", "reason": "=Sin acta, firme otra"},
        )
    code, out, _ = cli(capsys, data_dir, "session", "list", "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][-2:] == ["estado", "motivo_impugnacion"]
    assert [r[-2:] for r in rows[1:-1]] == [
        ["Por enviar", ""],
        ["Enviada", ""],
        ["Validada", ""],
        ["Impugnada", "'=Sin acta, firme otra"],  # the OIC's words, never a formula
    ]
    assert rows[-1][0] == "TOTAL" and len(rows[-1]) == len(rows[0])
    # corrected, the disputed session goes again: its old reason no longer stands
    code, _, _ = cli(capsys, data_dir, "session", "edit", ids[3][:8], "--end", "11:30")
    assert code == 0
    _, out, _ = cli(capsys, data_dir, "session", "list", "--csv")
    assert list(csv.reader(io.StringIO(out)))[4][-2:] == ["Por enviar", ""]
