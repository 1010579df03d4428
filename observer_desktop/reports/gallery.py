"""The evidence gallery: the audit's photos two per row, each with its caption, capture
time, place and SHA-256.

A report rendition made at print size (a JPEG whose longest side is at most
:data:`GALLERY_PX`, as the import makes them) goes into the PDF as it is: ReportLab
reads a ``.jpg`` file's header for its size and embeds its bytes as a DCTDecode
stream, without decoding them. Any other rendition (larger, a PNG, CMYK: not what the
import writes, but a file under that name can be anything) is shrunk to print size
first, as a temporary JPEG that ReportLab reads the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.units import cm
from reportlab.platypus import Image, PageBreak, Paragraph, Table, TableStyle

from observer_desktop.core.print_size import GALLERY_PX, GALLERY_QUALITY
from observer_desktop.reports.sections import Context, Story
from observer_desktop.reports.styles import Styles, local_time, para

__all__ = ["GALLERY_PX", "GALLERY_QUALITY", "gallery", "print_ready", "printable"]

# the names ReportLab embeds as JPEG without decoding (it decides by the file's suffix)
_JPEG_SUFFIXES = (".jpg", ".jpeg")

Printable = tuple[Path, tuple[int, int]]  # the JPEG the PDF embeds, its size in pixels


def gallery(ctx: Context, folder: Path, report: Callable[[str, int, int], None]) -> Story:
    """The gallery section (nothing when the audit has no photo); photos shrunk to print
    size go to ``folder``, which must outlive the PDF's build."""
    images = [e for e in ctx.data.evidence if e.get("rendition")]
    if not images:
        return []
    cell_w = (ctx.width - 0.6 * cm) / 2
    row: list[Any] = []
    grid: list[list[Any]] = []
    for i, (e, (path, size)) in enumerate(zip(images, _printables(images, folder), strict=True)):
        report("images", i, len(images))
        row.append(_cell(e, path, size, cell_w, ctx.st))
        if len(row) == 2:
            grid.append(row)
            row = []
    if row:
        grid.append([*row, ""])
    report("images", len(images), len(images))
    photos = Table(grid, colWidths=[cell_w + 0.3 * cm] * 2)
    photos.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    )
    return [PageBreak(), para("Galería de evidencia", ctx.st["h1"]), photos]


def _printables(images: list[dict], folder: Path) -> Iterator[Printable]:
    """Each photo as the PDF embeds it, in order. Shrinking one is most of the work and
    Pillow releases the GIL: two threads, each holding one photo at a time."""
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="gallery")
    try:
        yield from pool.map(
            lambda job: printable(Path(job[1]["rendition"]), folder / f"{job[0]}.jpg"),
            enumerate(images),
        )
    finally:  # a cancelled report does not wait for the photos not started yet
        pool.shutdown(cancel_futures=True)


def printable(rendition: Path, target: Path) -> Printable:
    """The rendition itself when it is :func:`print_ready`; otherwise a copy shrunk to
    print size, written to ``target``."""
    size = print_ready(rendition)
    return (rendition, size) if size else _shrunk(rendition, target)


def print_ready(rendition: Path) -> tuple[int, int] | None:
    """The size of a rendition the PDF embeds as it is: a JPEG (RGB or grey) named
    ``.jpg``, its longest side at most :data:`GALLERY_PX`. Only its header is read."""
    if rendition.suffix.lower() not in _JPEG_SUFFIXES:
        return None
    try:
        with PILImage.open(rendition) as im:  # lazy: decodes nothing
            if im.format == "JPEG" and im.mode in ("RGB", "L") and max(im.size) <= GALLERY_PX:
                return im.size
    except (UnidentifiedImageError, OSError):
        pass  # not ready: the shrink says what is wrong with it
    return None


def _shrunk(rendition: Path, target: Path) -> Printable:
    """One rendition shrunk to print size, as a JPEG ReportLab reads lazily."""
    with PILImage.open(rendition) as im:
        # ask for the print size in the photo's own proportions, so that libjpeg
        # decodes a 1600x1200 rendition at 1/2 scale (800x600) instead of in full
        fit = GALLERY_PX / max(im.size)
        if fit < 1:
            im.draft("RGB", (round(im.width * fit), round(im.height * fit)))
        im = im.convert("RGB")
        im.thumbnail((GALLERY_PX, GALLERY_PX))
        im.save(target, "JPEG", quality=GALLERY_QUALITY, optimize=True)
        return target, im.size


def _cell(e: dict, path: Path, size: tuple[int, int], cell_w: float, st: Styles) -> list[Any]:
    """One photo with its caption, capture time, place and SHA-256."""
    w, h = size
    max_h = 7.5 * cm
    scale = min(cell_w / w, max_h / h)
    flow: list[Any] = [Image(str(path), width=w * scale, height=h * scale, lazy=2)]
    lines = [f"<b>{escape(e['caption'] or e['original_name'])}</b>"]
    taken = (
        local_time(e.get("captured_at")) if e.get("captured_at") else "hora de captura desconocida"
    )
    place = (
        f"{e['gps_lat']:.5f}, {e['gps_lon']:.5f}"
        if e.get("gps_lat") is not None
        else "sin ubicación GPS"
    )
    lines.append(f"{escape(taken)} · {escape(place)}")
    flow.append(Paragraph("<br/>".join(lines), st["small"]))
    flow.append(Paragraph(f"SHA-256 {e['sha256']}", st["mono"]))
    return flow
