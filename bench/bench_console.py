"""The staff console under load (issue 15), measured. Prints JSON.

Three figures, each against a real ``oic-server serve`` subprocess on 127.0.0.1 (so the
client never shares the server's GIL and the server's RSS is its own), on PostgreSQL
when it answers (``--database``, by default ``postgresql://postgres@127.0.0.1:5432/test``,
in a schema of the bench's own, dropped at the end), else on SQLite:

- **inbox**: ``--submissions`` committed submissions written by bulk INSERTs straight
  into ``observers``, ``staff``, ``submissions``, ``submission_index`` and ``findings``
  (100,000 signed PDFs through the protocol would take hours; the rows are what
  ``oic_server.indexing`` would write), then ``--requests`` GETs of ``/`` with a mix
  of filter URLs (state tabs, unit, dates, severity, ``q``, sort by event date, second
  pages via ``despues``): p95 of the wall time per request;
- **submission page**: one real submission of ``--photos`` photos sent through protocol
  v1 by an enrolled laptop (tests/server/oic_testing.py), thumbnails made by the
  server's background thread (waited for, untimed); then Debian's chromium
  (Playwright, never a downloaded browser) opens ``/envios/{id}``, scrolls to the
  gallery (``#h-ev``) and waits until every thumbnail in the viewport is
  ``complete && naturalWidth > 0``: time from the request to that, in the browser's
  clock (Navigation Timing), median of ``--loads`` cold loads;
- **export**: ``--export`` submissions (bulk INSERTs as above) downloaded as
  ``/exportar/envios.xlsx``: the server's peak RSS (VmHWM), seconds, file size, and
  the file read back with openpyxl (read_only): a header row plus one per submission.

Budgets (issue 15; bench/budgets.py): inbox p95 ≤ 100 ms, page to thumbnails ≤ 1 s,
export peak RSS ≤ 200 MB.

    .venv/bin/python bench/bench_console.py [--submissions 100000] [--export 10000]
        [--photos 200] [--requests 300] [--loads 5] [--database URL|sqlite]
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # helpers, media: the tests' laptop fixtures
sys.path.insert(0, str(ROOT / "tests" / "server"))  # oic_testing

from budgets import report  # noqa: E402 - bench/budgets.py
from console_rows import UNITS, fill  # noqa: E402 - bench/console_rows.py
from procs import free_port, postgres_problem, proc_status_bytes, stop_process  # noqa: E402 - bench/procs.py

OIC_SERVER = Path(sys.executable).with_name("oic-server")
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
CHROMIUM = Path("/usr/bin/chromium")
PASSWORD = "contraseña-del-bench-1"
STAFF = "REV-BENCH"
MIB = 1024 * 1024


@contextlib.contextmanager
def database(pg_url: str | None, tag: str) -> Iterator[str | None]:
    """A fresh PostgreSQL schema (dropped afterwards) or None for SQLite."""
    if pg_url is None:
        yield None
        return
    import psycopg

    schema = f"bench_console_{os.getpid()}_{tag}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{pg_url}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


# ------------------------------------------------------------------ rows


def make_server(data: Path, url: str | None) -> object:
    from oic_server.service import OICServer, initialize

    initialize(data, url)
    server = OICServer.open(data, url)
    server.add_staff(STAFF, "Revisora del banco", "coordinador", PASSWORD, one_time=False)
    return server


# ------------------------------------------------------------------ the server


class Serve:
    """``oic-server serve`` as a subprocess on a free loopback port."""

    def __init__(self, data: Path, url: str | None, log: Path):
        self.port = free_port()
        db = ["--database", url] if url else []
        self.proc = subprocess.Popen(
            [
                *(str(OIC_SERVER), "--data-dir", str(data), *db, "serve"),
                *("--port", str(self.port), "--log-level", "warning"),
            ],
            stdout=open(log, "wb"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60  # waiting for startup, not measuring it
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(log.read_text(errors="replace"))
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.base + "/api/v1/meta", timeout=2).status_code == 200:
                    return
            if time.monotonic() > deadline:
                raise RuntimeError("oic-server did not start")
            time.sleep(0.05)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def console(self) -> httpx.Client:
        """A client signed in to the console as the bench's staff member."""
        c = httpx.Client(base_url=self.base, timeout=120, follow_redirects=False)
        page = c.get("/ingresar")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf, page.text[:500]
        r = c.post("/ingresar", data={"csrf": csrf.group(1), "code": STAFF, "password": PASSWORD})
        assert r.status_code == 303 and "oic_sesion" in c.cookies, (r.status_code, r.text[:500])
        return c

    def stop(self) -> None:
        stop_process(self.proc)


# ------------------------------------------------------------------ 1. the inbox


def inbox_urls(rng: random.Random) -> list[str]:
    unit, unit2 = UNITS[3], UNITS[17]
    return [
        "/",
        "/?estado=recibida",
        "/?estado=en_revision",
        "/?estado=devuelta&orden=fecha",
        "/?estado=validada&unidad=" + httpx.QueryParams({"u": unit2})["u"],
        f"/?{httpx.QueryParams({'unidad': unit})}",
        "/?desde=2024-03-01&hasta=2024-05-31",
        "/?estado=recibida&desde=2025-01-01&hasta=2025-12-31&orden=fecha",
        "/?severidad=alta&orden=fecha&dir=asc",
        "/?q=sobreprecio",
        f"/?{httpx.QueryParams({'q': 'pavimento hidráulico'})}",
        f"/?{httpx.QueryParams({'q': 'LP-2024'})}",
        "/?formulario=visita_obra_publica&severidad=media",
        f"/?observador=OBS-{rng.randrange(1, 61):03d}&orden=fecha",
        f"/?{httpx.QueryParams({'tipo': 'adjudicacion directa', 'desde': '2023-06-01'})}",
        "/?orden=severidad",
    ]


def second_pages(c: httpx.Client, urls: list[str]) -> list[str]:
    out = []
    for url in urls:
        found = re.search(r'href="([^"]*despues=[^"]*)" rel="next"', c.get(url).text)
        if found:
            out.append(html.unescape(found.group(1)))
    return out


def inbox(pg_url: str | None, work: Path, count: int, requests: int) -> dict:
    with database(pg_url, "inbox") as url:
        data = work / "inbox"
        server = make_server(data, url)
        try:
            rows = fill(server, count)
        finally:
            server.close()  # type: ignore[attr-defined]
        serve = Serve(data, url, work / "inbox.log")
        try:
            with contextlib.closing(serve.console()) as c:
                rng = random.Random(7)
                firsts = inbox_urls(rng)
                seconds = second_pages(c, ["/", "/?orden=fecha", "/?q=sobreprecio",
                                           "/?estado=recibida&orden=fecha&dir=asc"])  # fmt: skip
                mix = firsts + seconds
                for url in mix:  # warm-up: templates, plans, connection pool
                    assert c.get(url).status_code == 200, url
                order = [mix[i % len(mix)] for i in range(requests)]
                rng.shuffle(order)
                times: dict[str, list[float]] = {u: [] for u in mix}
                for url in order:
                    t0 = time.perf_counter()
                    r = c.get(url)
                    times[url].append((time.perf_counter() - t0) * 1000)
                    assert r.status_code == 200, (url, r.status_code)
        finally:
            serve.stop()
    every = sorted(t for ts in times.values() for t in ts)
    p95 = every[max(0, round(0.95 * len(every)) - 1)]
    per_url = {u: round(statistics.median(ts), 1) for u, ts in times.items() if ts}
    return {
        "database": "postgresql" if url else "sqlite",
        "rows": rows,
        "requests": len(every),
        "distinct_urls": len(mix),
        "second_pages": len(seconds),
        "p50_ms": round(statistics.median(every), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(every[-1], 1),
        "median_ms_by_url": dict(sorted(per_url.items(), key=lambda kv: -kv[1])),
    }


# ------------------------------------------------------------------ 2. one submission's page


def _photos(folder: Path, count: int) -> list[Path]:
    """``count`` distinct 640×480 JPEGs with some texture (≈ 40 KB each)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(200)
    out = []
    for i in range(count):
        im = Image.effect_noise((640, 480), 40).convert("RGB")
        draw = ImageDraw.Draw(im, "RGBA")
        for _ in range(12):
            x, y = rng.randrange(600), rng.randrange(440)
            color = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 150)
            draw.rectangle((x, y, x + rng.randrange(40, 300), y + rng.randrange(30, 200)), color)
        path = folder / f"foto-{i:03d}.jpg"
        im.save(path, "JPEG", quality=80)
        out.append(path)
    return out


def laptop_with_photos(work: Path, count: int) -> object:
    """An Observador folder with a finalized audit of ``count`` photos and a key (as
    oic_testing.make_laptop_template, with more photos)."""
    from helpers import MINI_FORM, fill_mini
    from oic_testing import PASSPHRASE, Laptop

    from observer_desktop.services import evidence as ev
    from observer_desktop.services.app import Observador
    from observer_desktop.services.keys import ensure_identity

    os.environ["OBSERVER_PASSPHRASE"] = PASSPHRASE
    forms = work / "laptop-forms"
    forms.mkdir()
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    folder = work / "laptop"
    app = Observador(folder, form_dirs=[forms])
    try:
        app.save_profile(name="Observadora del banco", observer_code="OBS-001")
        audit_id = app.create_audit("mini", header={"numero": "LP-2026-000200", "tipo": "ad"})["id"]
        fill_mini(app, audit_id)
        photos = _photos(work / "photos", count)
        ev.add_evidence(app, audit_id, photos, question_id="publicada", caption="Visita de obra")
        app.finalize(audit_id)
        ensure_identity(app, ask=None)
    finally:
        app.close()
    return Laptop(folder, "OBS-001", forms, audit_id)


def _wait_thumbnails(url: str | None, data: Path, expected: int) -> float:
    from sqlalchemy import func, select

    from oic_server import schema as s
    from oic_server.service import OICServer

    server = OICServer.open(data, url)
    t0 = time.monotonic()
    try:
        while True:
            with server.db.read() as conn:
                states = dict(
                    conn.execute(
                        select(s.thumbnails.c.state, func.count()).group_by(s.thumbnails.c.state)
                    ).all()
                )
            if not states.get("pending") and sum(states.values()) >= expected:
                break
            if time.monotonic() - t0 > 600:
                raise RuntimeError(f"thumbnails still pending: {states}")
            time.sleep(0.2)
    finally:
        server.close()
    if states.get("done", 0) < expected:
        raise RuntimeError(f"thumbnails not all made: {states}")
    return time.monotonic() - t0


_SHOWN = """() => {
  const h = document.getElementById('h-ev');
  if (!h) return null;
  const imgs = [...document.querySelectorAll('img[src*="/miniatura/"]')];
  const seen = imgs.filter(i => { const r = i.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth; });
  if (!seen.length || !seen.every(i => i.complete && i.naturalWidth > 0)) return null;
  return {done: performance.now(), shown: seen.length, total: imgs.length};
}"""


def browser_loads(base: str, session: str, sid: str, loads: int) -> dict:
    from playwright.sync_api import sync_playwright

    empty = tempfile.mkdtemp(prefix="bench-console-pw-")
    os.environ["PLAYWRIGHT_BROWSERS_PATH"] = empty  # nothing is ever downloaded
    results = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            for _ in range(loads + 1):  # the first load warms the server, not counted
                context = browser.new_context(viewport={"width": 1366, "height": 768})
                context.add_cookies([{"name": "oic_sesion", "value": session, "url": base}])
                page = context.new_page()
                page.goto(f"{base}/envios/{sid}", wait_until="domcontentloaded")
                page.evaluate("document.getElementById('h-ev').scrollIntoView()")
                handle = page.wait_for_function(_SHOWN, polling="raf", timeout=30000)
                shown = handle.json_value()
                nav = page.evaluate(
                    "(() => { const n = performance.getEntriesByType('navigation')[0];"
                    " return {start: n.startTime, first_byte: n.responseStart,"
                    " dom: n.domContentLoadedEventEnd, bytes: n.transferSize}; })()"
                )
                results.append({**nav, **shown})
                context.close()
        finally:
            browser.close()
    results = results[1:]
    to_thumbs = [(r["done"] - r["start"]) / 1000 for r in results]
    first_byte = [(r["first_byte"] - r["start"]) / 1000 for r in results]
    after_byte = [(r["done"] - r["first_byte"]) / 1000 for r in results]
    return {
        "loads": len(results),
        "viewport": "1366x768",
        "thumbnails_in_viewport": results[0]["shown"],
        "thumbnails_on_page": results[0]["total"],
        "page_bytes": results[0]["bytes"],
        "first_byte_median_s": round(statistics.median(first_byte), 3),
        "to_thumbnails_median_s": round(statistics.median(to_thumbs), 3),
        "to_thumbnails_max_s": round(max(to_thumbs), 3),
        "first_byte_to_thumbnails_median_s": round(statistics.median(after_byte), 3),
    }


def submission_page(pg_url: str | None, work: Path, photos: int, loads: int) -> dict:
    from oic_testing import send_all

    if not CHROMIUM.exists():
        return {"skipped": f"{CHROMIUM} is absent: install Debian's chromium to measure this"}
    try:
        import playwright.sync_api  # noqa: F401 - the test extra
    except ImportError:
        return {"skipped": "playwright is not installed (pip install -e '.[test]')"}
    t0 = time.monotonic()
    laptop = laptop_with_photos(work, photos)
    laptop_s = time.monotonic() - t0
    with database(pg_url, "page") as url:
        data = work / "page"
        server = make_server(data, url)
        try:
            server.add_observer("OBS-001", "Observadora del banco", PASSWORD, one_time=False)  # type: ignore[attr-defined]
        finally:
            server.close()  # type: ignore[attr-defined]
        serve = Serve(data, url, work / "page.log")
        try:
            api = httpx.Client(base_url=serve.base + "/api/v1", timeout=300)
            r = api.post(
                "/auth/login", json={"code": "OBS-001", "password": PASSWORD, "device": "banco"}
            )
            assert r.status_code == 200, r.text
            api.headers["Authorization"] = f"Bearer {r.json()['token']}"
            laptop.enroll(api)  # type: ignore[attr-defined]
            t0 = time.monotonic()
            sub = laptop.submission()  # type: ignore[attr-defined]
            report_s = time.monotonic() - t0
            t0 = time.monotonic()
            send_all(api, sub)
            send_s = time.monotonic() - t0
            api.close()
            laptop.close()  # type: ignore[attr-defined]
            thumbs_s = _wait_thumbnails(url, data, photos)
            with contextlib.closing(serve.console()) as c:
                session = c.cookies["oic_sesion"]
                page = c.get(f"/envios/{sub.submission_id}")
                assert page.status_code == 200, page.status_code
                assert page.text.count("/miniatura/") >= photos, "gallery incomplete"
            figures = browser_loads(serve.base, session, sub.submission_id, loads)
        finally:
            serve.stop()
    return {
        "database": "postgresql" if url else "sqlite",
        "how": "one submission through protocol v1 (enrolled laptop, signed report), "
        "thumbnails by the server's background thread",
        "photos": photos,
        "photo_px": "640x480",
        "setup_laptop_s": round(laptop_s, 1),
        "setup_report_s": round(report_s, 1),
        "setup_send_s": round(send_s, 1),
        "setup_thumbnails_wait_s": round(thumbs_s, 1),
        **figures,
    }


# ------------------------------------------------------------------ 3. the export


def export(pg_url: str | None, work: Path, count: int) -> dict:
    from openpyxl import load_workbook

    with database(pg_url, "export") as url:
        data = work / "export"
        server = make_server(data, url)
        try:
            rows = fill(server, count, seed=16)
        finally:
            server.close()  # type: ignore[attr-defined]
        serve = Serve(data, url, work / "export.log")
        target = work / "envios.xlsx"
        try:
            with contextlib.closing(serve.console()) as c:
                before = proc_status_bytes(serve.proc.pid, "VmHWM")
                rss_before = proc_status_bytes(serve.proc.pid, "VmRSS")
                t0 = time.monotonic()
                with c.stream("GET", "/exportar/envios.xlsx") as r, open(target, "wb") as out:
                    assert r.status_code == 200, r.status_code
                    first = None
                    for chunk in r.iter_bytes(256 * 1024):
                        first = first or time.monotonic() - t0
                        out.write(chunk)
                seconds = time.monotonic() - t0
                peak = proc_status_bytes(serve.proc.pid, "VmHWM")
        finally:
            serve.stop()
    book = load_workbook(target, read_only=True)
    sheet = book.worksheets[0]
    read = sum(1 for _ in sheet.iter_rows(values_only=True))
    book.close()
    return {
        "database": "postgresql" if url else "sqlite",
        "rows": rows,
        "seconds": round(seconds, 2),
        "first_byte_s": round(first or 0.0, 3),
        "file_mb": round(target.stat().st_size / MIB, 2),
        "xlsx_rows_read": read,
        "xlsx_rows_expected": count + 1,
        "rss_before_mb": round(rss_before / MIB, 1),
        "peak_rss_before_export_mb": round(before / MIB, 1),
        "peak_rss_mb": round(peak / MIB, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--export", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--database", default=PG_URL, help="PostgreSQL URL, or 'sqlite'")
    parser.add_argument("--dir", default=None, help="parent folder for the bench's data")
    args = parser.parse_args()
    pg_url, why = None, "asked for sqlite"
    if args.database != "sqlite":
        why = postgres_problem(args.database)
        pg_url = None if why else args.database
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-console-") as tmp:
        work = Path(tmp)
        inbox_figures = inbox(pg_url, work, args.submissions, args.requests)
        page_figures = submission_page(pg_url, work, args.photos, args.loads)
        export_figures = export(pg_url, work, args.export)
    if export_figures["xlsx_rows_read"] != export_figures["xlsx_rows_expected"]:
        raise SystemExit(f"the XLSX has the wrong rows: {export_figures}")
    values = {
        "inbox_p95_ms": inbox_figures["p95_ms"],
        "export_xlsx_peak_rss_mb": export_figures["peak_rss_mb"],
    }
    if "to_thumbnails_median_s" in page_figures:
        values["submission_page_to_thumbnails_s"] = page_figures["to_thumbnails_median_s"]
    print(
        json.dumps(
            {
                "bench": "bench_console",
                "database": "postgresql" if pg_url else f"sqlite ({why})",
                "inbox": inbox_figures,
                "submission_page": page_figures,
                "export": export_figures,
                "budgets": report(values),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
