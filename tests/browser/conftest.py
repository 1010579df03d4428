"""Fixtures of the console's browser tests: a real oic-server on loopback and Debian's
chromium driven by Playwright.

- ``console_server``: a fresh server (its own data folder, SQLite) behind one uvicorn on
  127.0.0.1 for the whole session (as the server tests' ``server``). ``admin`` is an
  administrador account and ``make_staff(code, name, role)`` makes others, through the
  use case of ``oic-server staff add`` (a one-time password; ``login`` handles it).
- ``page``: a new browser context (headless, 1366×768, es-MX) whose relative URLs go to
  that server. Every console error, uncaught page error, dialog (alert, confirm…) and
  Content-Security-Policy violation is recorded, and the test fails at teardown if there
  was any; a test that provokes one on purpose says so with
  ``@pytest.mark.browser_problems_allowed`` or takes it out of ``browser_problems``.
  ``new_page()`` opens another person's browser the same way.
- ``make_laptop(code)``: an observer's Observador data folder (OBS-001, OBS-002) holding a
  finalized, signed audit of the test form "mini", copied from ``laptop_templates``
  (made once per session, as the server tests' fixtures of the same names).

Nothing downloads a browser: Playwright is pointed at an empty browsers folder and only
launches ``/usr/bin/chromium`` (``OIC_CHROMIUM`` to use another). Without chromium or
Playwright every browser test is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# before Playwright starts its driver, which reads them
os.environ["PLAYWRIGHT_BROWSERS_PATH"] = str(Path(tempfile.gettempdir()) / "oic-sin-navegadores")
os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"

CHROMIUM = os.environ.get("OIC_CHROMIUM", "/usr/bin/chromium")
NO_CHROMIUM = (
    "chromium no está instalado (apt-get install chromium): se omiten las pruebas del navegador"
)
NO_PLAYWRIGHT = (  # console_browser says the same when a test module imports it
    "playwright no está instalado (pip install -e '.[test]'): se omiten las pruebas del navegador"
)
VIEWPORT = {"width": 1366, "height": 768}
TIMEOUT_MS = 5_000  # a page of this console answers in milliseconds; fail fast, not in 30 s

try:
    from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
except ImportError:  # the fixtures below skip; the annotations stay strings
    sync_playwright = None  # type: ignore[assignment]

# the server tests' helpers: uvicorn in a thread, the Dispatcher, RunningServer
sys.path.append(str(Path(__file__).resolve().parent.parent / "server"))
from oic_testing import (  # noqa: E402
    PASSPHRASE,
    Dispatcher,
    Laptop,
    RunningServer,
    UvicornThread,
    copy_laptop,
    make_laptop_template,
)

from oic_server.api import create_app  # noqa: E402
from oic_server.forms import seed_forms  # noqa: E402
from oic_server.service import OICServer, initialize  # noqa: E402
from oic_server.usecases import base  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "browser_problems_allowed: the page's console errors, page errors, dialogs and CSP "
        "violations do not fail this browser test",
    )


# ------------------------------------------------------------------ the browser


def browser_problem() -> str | None:
    """None when the browser tests can run; else why they are skipped."""
    if sync_playwright is None:
        return NO_PLAYWRIGHT
    if not os.access(CHROMIUM, os.X_OK):
        return NO_CHROMIUM
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless, once per test module (a context per test keeps them
    apart). Not once per session: Playwright's sync API keeps an event loop running in
    this thread until it stops, and the suite's later tests (pyHanko signing, which calls
    asyncio.run) must not find one."""
    problem = browser_problem()
    if problem:
        pytest.skip(problem)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield chromium
        chromium.close()


@dataclass
class BrowserProblems:
    """What went wrong in a test's pages, as (kind, text): ``console``, ``pageerror``,
    ``dialog``, ``csp``."""

    seen: list[tuple[str, str]] = field(default_factory=list)

    def add(self, kind: str, text: str) -> None:
        self.seen.append((kind, text))

    def take(self, kind: str) -> list[str]:
        """The problems of one kind, removed: a test that expects them checks them."""
        taken = [text for k, text in self.seen if k == kind]
        self.seen = [(k, text) for k, text in self.seen if k != kind]
        return taken

    def report(self) -> str:
        return "\n".join(f"  {kind}: {text}" for kind, text in self.seen)


# every CSP violation, with the directive and what was blocked (chromium's console line
# says less); the listener runs in the page before its own scripts
_CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (e) => {
  window.__oicCspViolation(
    `${e.violatedDirective} bloqueó ${e.blockedURI || 'inline'} en ${e.sourceFile || e.documentURI}` +
    (e.lineNumber ? `:${e.lineNumber}` : ''));
});
"""


def _watch(context: BrowserContext, problems: BrowserProblems) -> None:
    def on_console(message: Any) -> None:
        if message.type != "error":
            return
        # the console's own error pages (401, 403, 429…) are documents a test asks for
        # and checks; chromium logs their status as an error. A subresource that fails
        # (a stylesheet, a script, an image) is still a problem.
        where = message.location.get("url", "")
        if message.text.startswith("Failed to load resource") and where == message.page.url:
            return
        problems.add("console", f"{message.text} ({where})")

    def on_dialog(dialog: Any) -> None:
        problems.add("dialog", f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    context.on("console", on_console)
    context.on("weberror", lambda error: problems.add("pageerror", str(error.error)))
    context.on("dialog", on_dialog)
    context.expose_function("__oicCspViolation", lambda text: problems.add("csp", text))
    context.add_init_script(_CSP_LISTENER)


@pytest.fixture
def browser_problems() -> BrowserProblems:
    return BrowserProblems()


@pytest.fixture
def new_page(
    browser: Browser,
    console_server: RunningServer,
    browser_problems: BrowserProblems,
    request: pytest.FixtureRequest,
) -> Iterator[Callable[..., Page]]:
    """``new_page(**options)`` opens a page in a browser context of its own (one person's
    cookies) on the test's server (``options``: Playwright's ``new_context``'s); at
    teardown, fails the test on any problem recorded in any of them."""
    contexts: list[BrowserContext] = []

    def open_page(**options: Any) -> Page:
        context = browser.new_context(
            **{
                "base_url": console_server.base_url,
                "viewport": VIEWPORT,
                "locale": "es-MX",
                "timezone_id": "America/Chihuahua",
                **options,  # Playwright's own new_context options
            }
        )
        context.set_default_timeout(TIMEOUT_MS)
        _watch(context, browser_problems)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    if browser_problems.seen and not request.node.get_closest_marker("browser_problems_allowed"):
        pytest.fail(
            "la consola tuvo problemas en el navegador (marque la prueba con "
            "@pytest.mark.browser_problems_allowed si los provoca a propósito):\n"
            + browser_problems.report(),
            pytrace=False,
        )


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    """A page on the test's server (relative URLs: ``page.goto("/ingresar")``)."""
    return new_page()


# ------------------------------------------------------------------ the server


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with small parameters, as in the server tests (the server runs in this
    process, so its logins use it too)."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        base, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(scope="session")
def console_forms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped checklists as ``init`` publishes them (parsed once per session)."""
    folder = tmp_path_factory.mktemp("console-forms") / "forms"
    seed_forms(folder)
    return folder


@pytest.fixture(scope="session")
def console_uvicorn() -> Iterator[Dispatcher]:
    """One real uvicorn on 127.0.0.1 (a free port) for the session, as ``oic-server serve``
    configures it; each test installs its own server's app."""
    dispatcher = Dispatcher()
    with UvicornThread(dispatcher) as running:
        dispatcher.base_url = running.base_url  # type: ignore[attr-defined]
        yield dispatcher


@pytest.fixture
def console_server(
    tmp_path: Path, console_forms: Path, console_uvicorn: Dispatcher
) -> Iterator[RunningServer]:
    """A fresh oic-server (own data folder, SQLite), initialized as ``oic-server init``."""
    data = tmp_path / "server"
    shutil.copytree(console_forms, data / "forms")  # init finds them and skips parsing
    initialize(data, None)
    oic = OICServer.open(data, None)
    console_uvicorn.target = create_app(oic)
    try:
        yield RunningServer(data, None, oic, console_uvicorn.base_url)  # type: ignore[attr-defined]
    finally:
        console_uvicorn.target = None
        oic.close()


@dataclass
class StaffAccount:
    """A staff account as the OIC hands it over: ``password`` works once (the first login
    chooses the person's own)."""

    code: str
    name: str
    role: str
    password: str


@pytest.fixture
def make_staff(console_server: RunningServer) -> Callable[..., StaffAccount]:
    """``make_staff(code, name, role)``: an account as ``oic-server staff add`` makes it,
    through the same use case, with its one-time password."""

    def make(code: str, name: str, role: str) -> StaffAccount:
        made = console_server.oic.add_staff(code, name, role)
        return StaffAccount(made["code"], made["name"], made["role"], made["password"])

    return make


@pytest.fixture
def admin(make_staff: Callable[..., StaffAccount]) -> StaffAccount:
    """ADM-01, administrador, with the one-time password the OIC hands over
    (``login`` chooses the person's own)."""
    return make_staff("ADM-01", "Alma Rivas", "administrador")


# ------------------------------------------------------------------ observers' laptops


@pytest.fixture
def observer_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    """The signing key's passphrase where the laptop code looks for it (enrolling and
    signing again need it), as in the server tests."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture(scope="session")
def laptop_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Laptop]:
    """Observador data folders with a finalized audit of the small test form "mini" (two
    photos) and a self-signed key, made once per session and copied for each test (as the
    server tests' fixture of the same name)."""
    from helpers import MINI_FORM

    base = tmp_path_factory.mktemp("console-laptops")
    forms = base / "forms"
    forms.mkdir()
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    previous = os.environ.get("OBSERVER_PASSPHRASE")
    os.environ["OBSERVER_PASSPHRASE"] = PASSPHRASE
    try:
        templates = {}
        # in a thread of its own: signing uses asyncio.run, which refuses to run in the
        # thread where Playwright's sync API keeps its event loop
        with ThreadPoolExecutor(max_workers=1) as laptop_thread:
            for code, size in (("OBS-001", (640, 480)), ("OBS-002", (400, 300))):
                folder = base / code
                audit_id = laptop_thread.submit(
                    make_laptop_template, folder, code=code, forms=forms, photo_size=size
                ).result()
                templates[code] = Laptop(folder, code, forms, audit_id)
    finally:
        if previous is None:
            os.environ.pop("OBSERVER_PASSPHRASE", None)
        else:
            os.environ["OBSERVER_PASSPHRASE"] = previous
    return templates


@pytest.fixture
def make_laptop(
    laptop_templates: dict[str, Laptop], tmp_path: Path, observer_passphrase: str
) -> Iterator[Callable[..., Laptop]]:
    """``make_laptop(code)``: a copy of that observer's laptop for this test (OBS-001 or
    OBS-002). Its data folder holds the mini form too, so the desktop app's own screens
    (which read ``<data>/forms``) open its audits. Laptop code that signs (``asyncio.run``)
    cannot run in the test's thread, where Playwright keeps its event loop: open the data
    folder in a worker thread (``Laptop.app`` is then closed at teardown, if used here)."""
    opened: list[Laptop] = []

    def make(code: str = "OBS-001") -> Laptop:
        laptop = copy_laptop(laptop_templates[code], tmp_path / f"laptop-{code}-{len(opened)}")
        (laptop.folder / "forms").mkdir(exist_ok=True)
        shutil.copy2(laptop.forms / "mini.yaml", laptop.folder / "forms" / "mini.yaml")
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        laptop.close()
