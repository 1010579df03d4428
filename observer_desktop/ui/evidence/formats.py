"""How evidence reads on screen: the kind of a file, its size, the time its camera wrote.

Shared by the grid (tooltips, placeholders) and the viewer (details).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from observer_desktop.ui.i18n import date_text


def kind_of(row: dict) -> str:
    """What placeholder a row gets: image, pdf, document, text, video, audio or other."""
    mime = row.get("mime") or ""
    if mime == "application/pdf":
        return "pdf"
    kind = (row.get("metadata") or {}).get("kind")
    if kind in ("image", "document", "text", "video", "audio"):
        return kind
    for prefix in ("image", "video", "audio", "text"):
        if mime.startswith(prefix + "/"):
            return prefix
    return "other"


def megabytes(n: int) -> str:
    return QLocale().toString(n / 1024 / 1024, "f", 1) + " MB"


def data_size(n: int) -> str:
    if n < 1024 * 1024:
        return QLocale().toString(max(1, round(n / 1024))) + " KB"
    return megabytes(n)


def camera_time(value: str | None) -> str:
    """EXIF time as the camera wrote it, dates as everywhere on screen: '2026-11-18T10:22:31'
    -> '18/11/2026 10:22' (in Spanish); the camera's zone, when it wrote one, after it."""
    if not value:
        return ""
    text = value.replace("T", " ")
    shown = f"{date_text(text[:10])} {text[11:16]}".strip()
    return shown + (f" ({text[19:]})" if len(text) > 19 else "")
