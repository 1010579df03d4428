"""Test configuration shared by every tier.

Qt runs offscreen; every test gets its own data folder; nothing talks to a
network beyond loopback.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import typing
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("OBSERVER_DATA_DIR", None)
os.environ.pop("OBSERVER_PASSPHRASE", None)


class MemoryKeyring:
    """An in-memory keyring backend: tests never touch the real OS keyring."""

    def __init__(self):
        import keyring.backend

        class _Backend(keyring.backend.KeyringBackend):
            priority = 1
            store: typing.ClassVar[dict] = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                self.store.pop((service, username), None)

        self.backend = _Backend()
        self.backend.store = {}


@pytest.fixture(autouse=True)
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory.backend)
    yield memory.backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """No keyring backend at all (a headless Linux without Secret Service)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def isolated_logging(tmp_path, monkeypatch):
    """The log goes to the test's own folder (yielded); the root logger, the exception
    hooks and faulthandler are put back afterwards. Autouse in the gui and packaging
    tiers, whose code sets up logging and installs hooks."""
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


ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def app(data_dir: Path):
    from observer_desktop.services.app import Observador

    observador = Observador(data_dir)
    observador.save_profile(name="Ana López Ñúñez", observer_code="OBS-014")
    yield observador
    observador.close()


@pytest.fixture
def mini_form_dir(tmp_path: Path) -> Path:
    """A small checklist exercising every engine feature, in its own folder."""
    from helpers import MINI_FORM

    d = tmp_path / "forms"
    d.mkdir()
    (d / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    return d


@pytest.fixture
def mini_app(data_dir: Path, mini_form_dir: Path):
    from observer_desktop.services.app import Observador

    observador = Observador(data_dir, form_dirs=[mini_form_dir])
    observador.save_profile(name="Ana López", observer_code="OBS-014")
    yield observador
    observador.close()
