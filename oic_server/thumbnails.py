"""The console's pictures of photos, made in the background, never in a request.

A photo's evidence row queues its SHA-256 as ``pending`` in ``thumbnails`` (at
commit, :mod:`oic_server.indexing`); :class:`BackgroundWork` (one thread per
server process) indexes submissions stored before schema v5, then turns pending
photos into two JPEGs: a thumbnail (≤ 320 px) for the gallery and a view
(≤ 1600 px) that every browser shows (a HEIC photo is not shown by browsers).
Several instances may work at once: the same photo made twice is harmless.
"""

from __future__ import annotations

import io
import logging
import threading
from typing import IO, Any

from PIL import Image, ImageOps
from sqlalchemy import select, update

from oic_server import schema as s
from oic_server.schema import now_iso

__all__ = ["THUMB_PX", "VIEW_PX", "BackgroundWork", "render"]

log = logging.getLogger(__name__)
THUMB_PX = 320
VIEW_PX = 1600
# Only photo formats: Pillow would also open EPS (through Ghostscript) and a dozen others
# a laptop has no reason to send; the MIME type the laptop claims decides nothing.
FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
MAX_PIXELS = 120_000_000  # JPEG decodes at 1/8 scale (draft): larger than any camera
MAX_PIXELS_FULL = 40_000_000  # formats decoded whole (PNG, WebP, HEIF): ~160 MB at most
_BATCH = 8

try:  # HEIC/HEIF from phones (pillow-heif is a dependency; tolerate a broken install)
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif ships with the project
    log.warning("pillow-heif no está instalado: las fotos HEIC quedarán sin miniatura")


def render(fh: IO[bytes]) -> tuple[bytes, bytes, int, int]:
    """(thumbnail JPEG, view JPEG, width, height) of the photo in ``fh``."""
    with Image.open(fh, formats=FORMATS) as im:
        width, height = im.size
        most = MAX_PIXELS if im.format == "JPEG" else MAX_PIXELS_FULL
        if width * height > most:
            raise ValueError(f"la foto mide {width}×{height}: demasiado grande")
        im.draft("RGB", (VIEW_PX, VIEW_PX))  # JPEG: decode at a reduced DCT scale
        im = ImageOps.exif_transpose(im)
        im = im.convert("RGB")
        im.thumbnail((VIEW_PX, VIEW_PX))
        view = _jpeg(im, 82)
        im.thumbnail((THUMB_PX, THUMB_PX))
        thumb = _jpeg(im, 78)
    return thumb, view, width, height


def _jpeg(im: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()


class BackgroundWork:
    """One daemon thread: the index of older submissions, then pending thumbnails.
    ``wake()`` after a commit; otherwise it looks again every ``interval`` seconds."""

    def __init__(self, server: Any, *, interval: float = 5.0):
        self.server = server
        self.interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="oic-background", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if not self._thread.is_alive():
                self._thread = None  # a thread still finishing a photo is never doubled

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = run_once(self.server, stop=self._stop)
            except Exception:  # a bad moment of the database must not end the thread
                log.exception("trabajo en segundo plano falló; se reintenta")
                busy = False
            if not busy:
                self._wake.wait(self.interval)
                self._wake.clear()


def run_once(server: Any, *, stop: threading.Event | None = None) -> bool:
    """One round: index up to a batch of older submissions, or make a batch of
    thumbnails. True when there was work (so the caller asks again at once)."""
    if server.index_missing(limit=50):
        return True
    with server.db.read() as conn:
        pending = (
            conn.execute(
                select(s.thumbnails.c.sha256)
                .where(s.thumbnails.c.state == "pending")
                .order_by(s.thumbnails.c.updated_at, s.thumbnails.c.sha256)
                .limit(_BATCH)
            )
            .scalars()
            .all()
        )
    for sha in pending:
        if stop is not None and stop.is_set():
            break
        make_one(server, sha)
    return bool(pending)


def make_one(server: Any, sha: str) -> str:
    """Make one photo's thumbnail and view; returns the state written."""
    values: dict[str, Any]
    try:
        with server.store.open(sha) as fh:
            thumb, view, width, height = render(fh)
        values = {"state": "done", "thumb": thumb, "view": view, "width": width, "height": height}
    except FileNotFoundError:
        values = {"state": "failed", "error": "el archivo no está en el almacén"}
    except Exception as exc:  # any decoder failure: this photo fails, the next ones go on
        log.info("thumbnail of %s failed: %s", sha[:12], exc)
        values = {"state": "failed", "error": f"no se pudo leer la foto: {exc}"[:500]}
    values["updated_at"] = now_iso()
    server.db.write(
        lambda conn: conn.execute(
            update(s.thumbnails).where(s.thumbnails.c.sha256 == sha).values(**values)
        )
    )
    return values["state"]
