"""Fixtures of the window's sync tests: the OIC server (one per test module), the laptop
and the main window."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from helpers import MINI_FORM
from sync_ui_support import (
    CODE,
    FAST,
    NAME,
    PASSWORD,
    copy_server,
    oic_cli,
)

from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.ui.main_window.window import MainWindow


@pytest.fixture(scope="module")
def oic_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("oic-gui-template") / "data"
    done = oic_cli(folder, "init", "--server-name", "oic-gui")
    assert done.returncode == 0, done.stderr
    done = oic_cli(
        folder,
        "observer",
        "add",
        CODE,
        "--name",
        NAME,
        "--password-stdin",
        "--reusable",
        stdin=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def oic(oic_template, tmp_path_factory):
    """One server for the module (tests keep apart by their own data folders)."""
    server = copy_server(oic_template, tmp_path_factory.mktemp("oic-gui")).start()
    yield server
    server.stop()


@pytest.fixture
def laptop(data_dir):
    """A data folder with the observer's profile and the mini checklist."""
    (data_dir / "forms").mkdir(exist_ok=True)
    (data_dir / "forms" / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    with Observador(data_dir) as app:
        app.save_profile(name=NAME, observer_code=CODE)
    return data_dir


@pytest.fixture
def make_window(qtbot, backend, tasks):
    windows: list[MainWindow] = []

    def make(options: sync.SyncOptions = FAST) -> MainWindow:
        window = MainWindow(backend, tasks, first_run_check=False)
        window.sync.options = options
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        assert window.sync.wait(20000)
    tasks.wait()
