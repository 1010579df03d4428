"""The report's page: letter size and margins, where the signature goes, and the canvas
that draws what every page carries (the footer with "Página N de M") and the box the
signature widget sits on at the foot of the last page.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas

__all__ = ["MARGIN", "PAGE", "SIGNATURE_BOX", "TEXT_WIDTH", "NumberedCanvas", "canvas_for"]

PAGE = LETTER
MARGIN = 1.8 * cm
TEXT_WIDTH = PAGE[0] - 2 * MARGIN
# where the signature widget goes on the last page (x1, y1, x2, y2 in points)
SIGNATURE_BOX = (
    PAGE[0] - MARGIN - 9.5 * cm,
    MARGIN + 0.6 * cm,
    PAGE[0] - MARGIN,
    MARGIN + 3.0 * cm,
)


class NumberedCanvas(rl_canvas.Canvas):
    """Draws 'página N de M' after the last page is known (two-pass on saved states)."""

    footer_left = ""
    signature_lines: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            self._footer(total)
            if number == total:
                self._signature_box()
            super().showPage()
        super().save()

    def _signature_box(self) -> None:
        """What the signature widget sits on: who signs and when, in the embedded font."""
        x1, y1, x2, y2 = SIGNATURE_BOX
        self.saveState()
        self.setStrokeColor(colors.HexColor("#1b3a5c"))
        self.setFillColor(colors.HexColor("#f3f6fa"))
        self.roundRect(x1, y1, x2 - x1, y2 - y1, 4, stroke=1, fill=1)
        self.setFillColor(colors.black)
        y = y2 - 14
        for i, line in enumerate(self.signature_lines):
            self.setFont("Vera-Bold" if i == 0 else "Vera", 8.5 if i == 0 else 7.5)
            self.drawString(x1 + 8, y, line)
            y -= 12 if i == 0 else 10
        self.restoreState()

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setFont("Vera", 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(MARGIN, MARGIN - 0.9 * cm, self.footer_left)
        self.drawRightString(
            PAGE[0] - MARGIN, MARGIN - 0.9 * cm, f"Página {self._pageNumber} de {total}"
        )
        self.setStrokeColor(colors.HexColor("#bbbbbb"))
        self.line(MARGIN, MARGIN - 0.6 * cm, PAGE[0] - MARGIN, MARGIN - 0.6 * cm)
        self.restoreState()


def canvas_for(
    audit: dict[str, Any], *, generated_at: _dt.datetime, certificate: str
) -> type[NumberedCanvas]:
    """The canvas of one report: its audit in the footer, its signer in the signature box."""
    observer = audit.get("observer") or {}
    signed = generated_at.astimezone()

    class _Canvas(NumberedCanvas):
        footer_left = f"Auditoría {audit['id']} · versión {audit['version']}"
        signature_lines = (
            "Firmado digitalmente por",
            f"{observer.get('name', '—')} (código {observer.get('code', '—')})",
            f"Fecha: {signed.strftime('%d/%m/%Y %H:%M')} (UTC{signed.strftime('%z')[:3]})",
            f"Certificado: {certificate}",
            "Verifique: observer verify archivo.pdf",
        )

    return _Canvas
