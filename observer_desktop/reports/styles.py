"""How the report's text looks and reads: fonts, paragraph styles, the blocks every section
is made of (a paragraph of plain text, a table, a severity label), and how answers and
times are written.

Fonts are Bitstream Vera (shipped inside ReportLab), embedded, so Spanish text
(á é í ó ú ü ñ ¿ ¡ « ») renders and stays searchable everywhere.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle

from observer_desktop.core.checklist import Question
from observer_desktop.core.text import number_text

__all__ = [
    "SEVERITY",
    "Styles",
    "by_severity",
    "font_path",
    "local_time",
    "para",
    "register_fonts",
    "severity_cell",
    "styles",
    "table",
    "value_text",
]

Styles = dict[str, ParagraphStyle]

SEVERITY = {
    "alta": ("Alta", colors.HexColor("#b3261e")),
    "media": ("Media", colors.HexColor("#b26a00")),
    "baja": ("Baja", colors.HexColor("#2e6b30")),
}

# ------------------------------------------------------------------ fonts

_FONTS_READY = False


def register_fonts() -> None:
    """ReportLab's set-up for our documents, once per process: the Vera fonts, and
    streams written in binary. ReportLab's default wraps every stream, photos included,
    in ASCII85 text: a quarter larger, and its encoder is pure Python here (about 12 ms
    a photo, 2.5 s of a 200-photo report); PDF readers take binary streams alike."""
    global _FONTS_READY
    if _FONTS_READY:
        return
    rl_config.useA85 = 0
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (
        ("Vera", "Vera.ttf"),
        ("Vera-Bold", "VeraBd.ttf"),
        ("Vera-Italic", "VeraIt.ttf"),
        ("Vera-BoldItalic", "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        "Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-BoldItalic"
    )
    _FONTS_READY = True


def font_path() -> Path:
    return Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def styles() -> Styles:
    base = ParagraphStyle("base", fontName="Vera", fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "mono": ParagraphStyle(
            "mono", parent=base, fontSize=6.8, leading=8.5, textColor=colors.HexColor("#333333")
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="Vera-Bold",
            fontSize=20,
            leading=25,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#333333"),
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName="Vera-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=6,
            spaceAfter=8,
            textColor=colors.HexColor("#1b3a5c"),
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName="Vera-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#1b3a5c"),
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle(
            "cellb", parent=base, fontName="Vera-Bold", fontSize=8.5, leading=10.5
        ),
    }


# ----------------------------------------------------------------- blocks


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    """Plain text (escaped; line breaks kept) as a paragraph."""
    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def table(
    rows: list[list[Any]], widths: list[float], *, header: bool = True, zebra: bool = True
) -> Table:
    """A grid with a shaded header row and, when ``zebra``, every other row shaded."""
    grid = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8c8c8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eaf2")))
    if zebra:
        for r in range(1 if header else 0, len(rows)):
            if r % 2 == 0:
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f7f9")))
    grid.setStyle(TableStyle(style))
    return grid


def severity_cell(severity: str, st: Styles) -> Paragraph:
    """The severity's Spanish name, bold, in its colour."""
    label, color = SEVERITY[severity]
    return Paragraph(f'<font color="{color.hexval()}"><b>{label}</b></font>', st["cell"])


def by_severity(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings from the most to the least severe (in their order within a severity)."""
    return sorted(findings, key=lambda f: list(SEVERITY).index(f["severity"]))


# ----------------------------------------------------------------- values


def value_text(q: Question, value: Any) -> str:
    """An answer (or header value) as the report prints it."""
    if value in (None, "", []):
        return "Sin respuesta"
    if q.type in ("yes_no", "yes_no_na", "single_choice"):
        return q.option_label(value)
    if q.type == "multiple_choice":
        return ", ".join(q.option_label(v) for v in value)
    if q.type == "number":  # every digit entered: 28.63541 is not 28.64 (a kilometre)
        return number_text(value, unit=q.unit)
    if q.type == "date":  # as the app shows it in Spanish: 15/04/2026
        try:
            return _dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    return str(value)


def local_time(iso: str | None) -> str:
    """A stored ISO time in this computer's zone (a camera's zone-less time as it is)."""
    if not iso:
        return "—"
    try:
        moment = _dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return moment.strftime("%d/%m/%Y %H:%M")  # camera time, zone unknown
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
