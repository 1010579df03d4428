"""Packaging tests: the self-test, logs, the .deb recipe.

Nothing here writes to the machine's real log folder, keyring or data folder:
``OBSERVER_LOG_DIR`` points into the test's temporary folder, and the root
logger, the exception hooks and faulthandler are put back after each test
(``isolated_logging`` in ``tests/conftest.py``).
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _logs_in_tmp(isolated_logging):
    yield isolated_logging
