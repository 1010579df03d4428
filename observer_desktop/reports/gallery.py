"""The evidence gallery: the audit's photos two per row, each with its caption, capture
time, place and SHA-256.

Photos come from the report renditions, scaled down once more to the size they are
printed at and written to temporary files that ReportLab reads lazily, so at most one
image is decoded at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib.units import cm
from reportlab.platypus import Image, PageBreak, Paragraph, Table, TableStyle

from observer_desktop.reports.sections import Context, Story
from observer_desktop.reports.styles import Styles, local_time, para

__all__ = ["GALLERY_PX", "gallery"]

GALLERY_PX = 760  # longest side of a photo as embedded in the PDF (≈ 170 dpi in the gallery)


def gallery(ctx: Context, folder: Path, report: Callable[[str, int, int], None]) -> Story:
    """The gallery section (nothing when the audit has no photo); the shrunk photos go
    to ``folder``, which must outlive the PDF's build."""
    images = [e for e in ctx.data.evidence if e.get("rendition")]
    if not images:
        return []
    cell_w = (ctx.width - 0.6 * cm) / 2
    row: list[Any] = []
    grid: list[list[Any]] = []
    # shrinking the photos is most of the work and Pillow releases the GIL:
    # two threads, each holding one photo at a time; results come in order
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="gallery") as pool:
        shrunk = pool.map(
            lambda job: _print_size(job[1]["rendition"], folder / f"{job[0]}.jpg"),
            enumerate(images),
        )
        for i, (e, (target, size)) in enumerate(zip(images, shrunk, strict=True)):
            report("images", i, len(images))
            row.append(_cell(e, target, size, cell_w, ctx.st))
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


def _print_size(rendition: Path, target: Path) -> tuple[Path, tuple[int, int]]:
    """Shrink one rendition to print size, as a temp JPEG ReportLab reads lazily."""
    with PILImage.open(rendition) as im:
        # ask for the print size in the photo's own proportions, so that libjpeg
        # decodes a 1600x1200 rendition at 1/2 scale (800x600) instead of in full
        fit = GALLERY_PX / max(im.size)
        if fit < 1:
            im.draft("RGB", (round(im.width * fit), round(im.height * fit)))
        im = im.convert("RGB")
        im.thumbnail((GALLERY_PX, GALLERY_PX))
        im.save(target, "JPEG", quality=68, optimize=True)
        return target, im.size


def _cell(e: dict, target: Path, size: tuple[int, int], cell_w: float, st: Styles) -> list[Any]:
    """One photo with its caption, capture time, place and SHA-256."""
    w, h = size
    max_h = 7.5 * cm
    scale = min(cell_w / w, max_h / h)
    flow: list[Any] = [Image(str(target), width=w * scale, height=h * scale, lazy=2)]
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
