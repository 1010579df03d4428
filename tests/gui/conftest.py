"""GUI tests: real widgets, offscreen, Spanish translation installed, fresh data folder.

The log goes to the test's temporary folder, and the root logger and exception
hooks are put back after each test (``isolated_logging`` in ``tests/conftest.py``):
the diagnostics and crash dialogs install hooks, the window may log.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


@pytest.fixture(autouse=True)
def _logs_in_tmp(isolated_logging):
    yield isolated_logging


@pytest.fixture(autouse=True)
def spanish(qapp):
    """Every GUI test sees the screens as an observer does: in Spanish."""
    from observer_desktop.ui import i18n

    assert i18n.install("es_MX") == "es_MX"
    yield
    i18n.install("es_MX")


@pytest.fixture
def backend(data_dir):
    from observer_desktop.ui.backend import Backend

    return Backend(data_dir)


@pytest.fixture
def tasks(qapp):
    from observer_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def profiled(data_dir):
    """A data folder with an observer profile (what the first-run assistant leaves)."""
    from observer_desktop.services.app import Observador

    with Observador(data_dir) as app:
        app.save_profile(name="Ana Pérez", observer_code="OBS-001", municipality="Chihuahua")
    return data_dir


@pytest.fixture
def demo_dir(data_dir):
    from observer_desktop.services.app import Observador
    from observer_desktop.services.demo import load_demo

    with Observador(data_dir) as app:
        load_demo(app)
    return data_dir


@pytest.fixture
def mini_dir(profiled):
    """A data folder with a profile and the mini checklist in its forms/ folder."""
    from helpers import MINI_FORM

    forms = profiled / "forms"
    forms.mkdir(exist_ok=True)
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    return profiled


@pytest.fixture
def editor(qtbot, backend, tasks):
    """An audit editor shown at a laptop's size; closed (pending saves flushed) at the end."""
    from observer_desktop.ui.audit_editor import AuditEditor

    ed = AuditEditor(backend, tasks)
    qtbot.addWidget(ed)
    ed.resize(1366, 740)
    ed.show()
    qtbot.waitExposed(ed)
    ed.activateWindow()
    yield ed
    ed.close()  # flushes pending saves before the runner stops
    tasks.wait()
