"""The package tests' fixtures: a finalized audit, its good package, a fresh folder, a
target folder with work of its own, and the package opened for rewriting."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import (
    Package,
    attach_evidence,
    build_audit,
    new_app,
)

from observer_desktop.services.app import Observador
from observer_desktop.services.packages import export_package

# ------------------------------------------------------------------ fixtures


@pytest.fixture
def audit_id(mini_app: Observador) -> str:
    return build_audit(mini_app)


@pytest.fixture
def good(mini_app: Observador, audit_id: str, tmp_path: Path) -> Path:
    return export_package(mini_app, audit_id, tmp_path / "auditoria.observador.zip")


@pytest.fixture
def fresh(tmp_path: Path, mini_form_dir: Path):
    """An empty second data folder, same forms, same observer (a new laptop)."""
    app = new_app(tmp_path / "fresh", mini_form_dir, name="Ana López", code="OBS-014")
    yield app
    app.close()


@pytest.fixture
def target(tmp_path: Path, mini_form_dir: Path):
    """A second data folder that already holds an audit and an evidence file of its own."""
    app = new_app(tmp_path / "target", mini_form_dir, name="Bea Ruiz", code="OBS-077")
    own = app.create_audit("mini", header={"numero": "AD-9", "tipo": "lp"})
    app.set_answer(own["id"], "ofertas", 2)
    attach_evidence(
        app,
        own["id"],
        b"archivo propio",
        name="propio.txt",
        mime="text/plain",
        question_id="foto_sitio",
    )
    yield app
    app.close()


@pytest.fixture
def pkg(good: Path) -> Package:
    return Package(good)
