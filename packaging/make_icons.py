"""Render the app icon (SVG) to the PNG sizes desktops use and a Windows .ico.

    python packaging/make_icons.py observer_desktop/ui/icons/observador.svg build/packaging/icons

Writes ``observador-<N>.png`` for each size, ``observador.png`` (256 px) and
``observador.ico`` (16–256 px). Generated at build time, never committed.
Uses Qt's SVG renderer offscreen, and Pillow for the .ico.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"No se pudo leer el icono {svg} (SVG no válido).")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        path = out / f"observador-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"No se pudo escribir {path}.")
        written.append(path)
    (out / "observador.png").write_bytes((out / "observador-256.png").read_bytes())

    from PIL import Image

    # each size as Qt drew it (crisper than Pillow scaling the 256 px one down)
    images = [Image.open(out / f"observador-{s}.png") for s in ICO_SIZES]
    images[-1].save(
        out / "observador.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1]
    )
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("uso: make_icons.py ICONO.svg CARPETA_DE_SALIDA")
    render(Path(sys.argv[1]), Path(sys.argv[2]))
