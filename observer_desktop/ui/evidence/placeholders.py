"""The pictures drawn for evidence: a placeholder per kind of file, and the warning badge.

A file without a thumbnail (a PDF, a video, a damaged photo) gets its kind's
placeholder, drawn once and kept; a file the import warned about gets a yellow
badge, on its placeholder or its thumbnail. ``ICON_SIZE`` is every grid picture's.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

ICON_SIZE = QSize(144, 108)


def draw_warning_badge(painter: QPainter, area: QRectF) -> None:
    """A yellow warning triangle in the bottom-right corner of ``area``."""
    side = min(area.width(), area.height()) * 0.3
    right, bottom = area.right() - 2, area.bottom() - 2
    triangle = QPolygonF(
        [
            QPointF(right - side / 2, bottom - side * 0.9),
            QPointF(right, bottom),
            QPointF(right - side, bottom),
        ]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#5d4037"), max(1.0, side / 16)))
    painter.setBrush(QColor("#fbc02d"))
    painter.drawPolygon(triangle)
    pen = QPen(QColor("#212121"), max(1.5, side / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = right - side / 2
    painter.drawLine(QPointF(x, bottom - side * 0.6), QPointF(x, bottom - side * 0.3))
    painter.drawPoint(QPointF(x, bottom - side * 0.14))
    painter.restore()


_PLACEHOLDERS: dict[tuple[str, bool, float], QPixmap] = {}


def placeholder(kind: str, *, warning: bool = False, dpr: float = 1.0) -> QPixmap:
    """An icon-size picture for a file without thumbnail, drawn once per kind."""
    key = (kind, warning, dpr)
    cached = _PLACEHOLDERS.get(key)
    if cached is not None:
        return cached
    w, h = ICON_SIZE.width(), ICON_SIZE.height()
    pixmap = QPixmap(round(w * dpr), round(h * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    cx, cy = w / 2, h / 2
    outline = QPen(QColor("#78909c"), 1.5)
    if kind in ("video", "image", "loading"):
        _draw_frame(p, kind, cx, cy, outline)
    else:
        _draw_page(p, kind, cx, cy, outline)
    if warning:
        draw_warning_badge(p, QRectF(0, 0, w, h))
    p.end()
    _PLACEHOLDERS[key] = pixmap
    return pixmap


def _draw_frame(p: QPainter, kind: str, cx: float, cy: float, outline: QPen) -> None:
    """A picture's frame: faint while loading, a play sign for video, a landscape for images."""
    frame = QRectF(cx - 52, cy - 38, 104, 76)
    if kind == "loading":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 18))
        p.drawRoundedRect(frame, 6, 6)
    elif kind == "video":
        p.setPen(outline)
        p.setBrush(QColor("#37474f"))
        p.drawRoundedRect(frame, 6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#eceff1"))
        p.drawPolygon(
            QPolygonF([QPointF(cx - 12, cy - 16), QPointF(cx + 18, cy), QPointF(cx - 12, cy + 16)])
        )
    else:  # an image without preview (damaged ones also get the warning badge)
        p.setPen(outline)
        p.setBrush(QColor("#eceff1"))
        p.drawRoundedRect(frame, 6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#b0bec5"))
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(frame.left() + 8, frame.bottom() - 8),
                    QPointF(cx - 12, cy - 6),
                    QPointF(cx + 4, cy + 10),
                    QPointF(cx + 20, cy - 2),
                    QPointF(frame.right() - 8, frame.bottom() - 8),
                ]
            )
        )
        p.drawEllipse(QPointF(frame.right() - 24, frame.top() + 20), 8, 8)


def _draw_page(p: QPainter, kind: str, cx: float, cy: float, outline: QPen) -> None:
    """A page with a folded corner, marked by kind: PDF band, lines of text, sound bars or '?'."""
    page = QRectF(cx - 32, cy - 42, 64, 84)
    fold = 16
    path = QPainterPath()
    path.moveTo(page.left(), page.top())
    path.lineTo(page.right() - fold, page.top())
    path.lineTo(page.right(), page.top() + fold)
    path.lineTo(page.right(), page.bottom())
    path.lineTo(page.left(), page.bottom())
    path.closeSubpath()
    p.setPen(outline)
    p.setBrush(QColor("#fafafa"))
    p.drawPath(path)
    p.drawLine(
        QPointF(page.right() - fold, page.top()),
        QPointF(page.right() - fold, page.top() + fold),
    )
    p.drawLine(
        QPointF(page.right() - fold, page.top() + fold),
        QPointF(page.right(), page.top() + fold),
    )
    accent = {
        "pdf": "#c62828",
        "document": "#1565c0",
        "text": "#546e7a",
        "audio": "#6a1b9a",
    }.get(kind, "#90a4ae")
    if kind == "pdf":
        band = QRectF(page.left() - 6, cy - 2, page.width() + 12, 22)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(accent))
        p.drawRoundedRect(band, 3, 3)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(14)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(band, Qt.AlignmentFlag.AlignCenter, "PDF")
    elif kind in ("document", "text"):
        p.setPen(QPen(QColor(accent), 3))
        for i in range(6):
            y = page.top() + 24 + i * 9
            right = page.right() - (8 if i % 3 else 18)
            p.drawLine(QPointF(page.left() + 9, y), QPointF(right, y))
    elif kind == "audio":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(accent))
        for i, height in enumerate((12, 26, 38, 20, 30, 14)):
            x = page.left() + 9 + i * 8
            p.drawRoundedRect(QRectF(x, cy + 8 - height / 2, 5, height), 2, 2)
    else:  # unknown content: a plain page with a question mark
        font = QFont()
        font.setBold(True)
        font.setPixelSize(30)
        p.setFont(font)
        p.setPen(QColor(accent))
        p.drawText(page.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignCenter, "?")
