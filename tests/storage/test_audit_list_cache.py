"""The window's brief audit lists are kept until the database changes, and never longer."""

from observer_desktop.services.app import Observador

HEADER = {
    "numero_procedimiento": "LP-MCH-001-2026",
    "unidad_convocante": "Dirección de Obras Públicas",
    "objeto_contratacion": "Luminarias",
    "tipo_procedimiento": "licitacion_publica",
    "fecha_evento": "2026-04-15",
}


def brief(app: Observador, **filters) -> list[dict]:
    return app.list_audits(**filters, sort=None, brief=True)


def test_an_unchanged_list_is_not_read_again(app):
    app.create_audit("procedimiento_contratacion", header=HEADER)
    first = brief(app)
    again = brief(app)
    assert again == first
    assert again[0] is first[0]  # the same rows: no query ran
    assert again is not first  # but a list of the caller's own


def test_a_write_on_the_same_connection_is_seen(app):
    audit = app.create_audit("procedimiento_contratacion", header=HEADER)
    assert [r["title"] for r in brief(app)] == [audit["title"]]
    app.set_header(audit["id"], {"numero_procedimiento": "LP-MCH-777-2026"})
    titles = [r["title"] for r in brief(app)]
    assert "LP-MCH-777-2026" in titles[0]
    app.create_audit("procedimiento_contratacion", header=HEADER)
    assert len(brief(app)) == 2


def test_a_commit_by_another_connection_is_seen(app, data_dir):
    app.create_audit("procedimiento_contratacion", header=HEADER)
    assert len(brief(app)) == 1
    other = Observador(data_dir)  # another thread's (or process's) connection
    try:
        other.create_audit("procedimiento_contratacion", header=HEADER)
    finally:
        other.close()
    assert len(brief(app)) == 2


def test_filters_are_kept_apart(app):
    app.create_audit("procedimiento_contratacion", header=HEADER)
    app.create_audit(
        "procedimiento_contratacion", header={**HEADER, "objeto_contratacion": "Patrullas"}
    )
    assert len(brief(app)) == 2
    assert len(brief(app, text="patrullas")) == 1
    assert len(brief(app, status="finalized")) == 0
    assert len(brief(app, status=["draft"])) == 2
    assert len(brief(app)) == 2
    assert len(brief(app, text="patrullas")) == 1


def test_a_list_read_inside_a_rolled_back_transaction_is_not_kept(app):
    """Its own writes do not move the token and a rollback does not undo total_changes:
    a list kept mid-transaction would describe rows that never were."""
    import pytest

    with pytest.raises(RuntimeError), app.database.transaction():
        app.create_audit("procedimiento_contratacion", header=HEADER)
        assert len(brief(app)) == 1
        raise RuntimeError("rolled back")
    assert brief(app) == []
