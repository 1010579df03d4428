"""Packaging tests: the self-test, upgrades of old data folders, logs, diagnostics, .deb.

Nothing here writes to the machine's real log folder, keyring or data folder:
``OBSERVER_LOG_DIR`` points into the test's temporary folder, and the root
logger, the exception hooks and faulthandler are put back after each test.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading

import pytest


@pytest.fixture(autouse=True)
def isolated_logging(tmp_path, monkeypatch):
    monkeypatch.setenv("OBSERVER_LOG_DIR", str(tmp_path / "logs"))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = sys.excepthook, threading.excepthook
    yield tmp_path / "logs"
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks
    if faulthandler.is_enabled():
        faulthandler.enable(file=sys.__stderr__)  # away from a crash.log about to be deleted


@pytest.fixture
def spanish(qapp):
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
