"""Metadata and derived images of evidence files.

Images: capture time, GPS, camera and orientation from EXIF; a thumbnail
(longest side ``THUMB_PX``) and a print rendition (longest side ``PRINT_PX``,
baseline RGB JPEG of quality ``PRINT_QUALITY``: what a report prints, so it embeds
these bytes as they are), both with EXIF orientation applied, from one decode of
the original. A JPEG decodes at the smallest DCT scale that still covers the
print size (``Image.draft``): 1/4 for a 12 MP photo (1000x750), the whole file
handed to libjpeg in one call. The source is a path, or the memory the import
read the file into (a ``memoryview``), so a photo is read from the disk once.

Hostile or broken images never crash an import: an image above
``MAX_PIXELS`` is refused as a decompression bomb, a truncated or corrupt one
is kept as a file with a warning and no derivatives.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import io
import math
import os
import re
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError

from observer_desktop.core.print_size import GALLERY_PX, GALLERY_QUALITY
from observer_desktop.evidence.direct import BufferReader

try:  # HEIC/HEIF photos from phones
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORT = True
except ImportError:  # pragma: no cover - optional at runtime, a dependency in pyproject
    HEIF_SUPPORT = False

__all__ = [
    "MAX_PIXELS",
    "PRINT_PX",
    "PRINT_QUALITY",
    "THUMB_PX",
    "MediaInfo",
    "Source",
    "analyze",
]

THUMB_PX = 320
THUMB_QUALITY = 80
# the size and quality the report prints a photo at: it embeds this rendition's bytes
PRINT_PX = GALLERY_PX
PRINT_QUALITY = GALLERY_QUALITY
MAX_PIXELS = 80_000_000  # a 12 MP photo is 12 M; 80 M covers panoramas, not bombs
# Bytes handed to the decoder per call. Pillow's default, 64 KiB, makes libjpeg stop
# and resume ~64 times in a 4 MB photo (each time it backs out of the unfinished MCU
# and Pillow takes the GIL back): the whole file in one call decodes a 12 MP photo at
# 1/4 scale with 2.6 % fewer instructions (callgrind) and fewer page faults.
DECODE_BLOCK = 16 * 1024 * 1024
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Keep a few freed 16 MiB image blocks for the next decode instead of returning them
# to the system: saves ~7,000 page faults (about 10 % of the CPU) per 12 MP photo.
Image.core.set_blocks_max(8)

_GPS_TAG = 0x8825
_EXIF_IFD = 0x8769


@dataclass
class MediaInfo:
    """What was learnt from a file's content."""

    captured_at: str | None = None
    gps: tuple[float, float] | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    thumbnail: bool = False
    rendition: bool = False  # the print-size one


Source = Path | memoryview  # a file, or its bytes already in memory


def analyze(
    source: Source, *, mime: str, thumb_path: Path | None, rendition_path: Path | None
) -> MediaInfo:
    """Read metadata of ``source``; for images also write the derived JPEGs (the print
    rendition to ``rendition_path``) when their paths are given."""
    info = MediaInfo()
    try:
        if mime.startswith("image/"):
            _analyze_image(source, info, thumb_path, rendition_path)
        elif mime == "application/pdf":
            pages = pdf_page_count(source)
            if pages is not None:
                info.metadata["pages"] = pages
            else:
                info.warnings.append("No se pudo leer el número de páginas del PDF.")
    except MemoryError:
        info.warnings.append("El archivo es demasiado grande para analizarlo; se guardó tal cual.")
    return info


# ------------------------------------------------------------------ images


def _open(source: Source):
    if isinstance(source, memoryview):
        return BufferReader(source)
    return open(source, "rb")


def _analyze_image(
    source: Source, info: MediaInfo, thumb_path: Path | None, rendition_path: Path | None
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with _open(source) as fh, Image.open(fh) as im:
                width, height = im.size
                info.metadata.update(width=width, height=height, format=im.format)
                if width * height > MAX_PIXELS:
                    raise Image.DecompressionBombError(f"{width}x{height}")
                _read_exif(im, info)
                if thumb_path is None and rendition_path is None:
                    return
                _derive(im, info, thumb_path, rendition_path)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            info.warnings.append(
                "La imagen declara demasiados píxeles (posible bomba de descompresión); se guardó "
                "el archivo sin vista previa."
            )
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
            info.warnings.append(
                f"La imagen está dañada o incompleta ({type(exc).__name__}); se guardó el archivo "
                "sin vista previa."
            )
            for path in (thumb_path, rendition_path):
                if path is not None:
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
            info.thumbnail = info.rendition = False


def _derive(
    im: Image.Image, info: MediaInfo, thumb_path: Path | None, rendition_path: Path | None
) -> None:
    """Both derived JPEGs from one decode."""
    width, height = im.size
    # JPEGs: let libjpeg decode at the smallest DCT scale (1/2, 1/4, 1/8) whose
    # result still covers the largest image wanted: the entropy decoding costs the
    # same at any scale, the rest shrinks with it. A 12 MP photo decodes at 1000x750.
    target = PRINT_PX if rendition_path is not None else THUMB_PX
    scale = target / max(width, height)
    if scale < 1:
        im.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
    im.decodermaxblock = max(im.decodermaxblock, DECODE_BLOCK)  # the file in one call
    im.load()
    # shrink first, then rotate: transposing 0.4 MP is cheaper than 0.75 MP
    shown = _orient(_fit(im, target), info.metadata.get("orientation"))
    if shown.mode != "RGB":  # greyscale: reports expect RGB
        shown = shown.convert("RGB")
    if rendition_path is not None:
        _save_jpeg(shown, rendition_path, quality=PRINT_QUALITY)
        info.rendition = True
    if thumb_path is not None:
        _save_jpeg(_thumbnail_of(shown), thumb_path, quality=THUMB_QUALITY)
        info.thumbnail = True


def _thumbnail_of(im: Image.Image) -> Image.Image:
    """The thumbnail from the print-size image: halved by averaging 2x2 pixels first
    (a tenth of a resize's cost), then resized to its exact size."""
    if max(im.size) >= 2 * THUMB_PX:
        im = im.reduce(2)
    return _fit(im, THUMB_PX)


# EXIF orientation -> the transpose that shows the photo upright (as ImageOps.exif_transpose)
_ORIENT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _orient(im: Image.Image, orientation: int | None) -> Image.Image:
    method = _ORIENT.get(orientation) if orientation else None
    return im.transpose(method) if method is not None else im


def _fit(im: Image.Image, limit: int) -> Image.Image:
    if im.mode not in ("RGB", "L"):
        im = _to_rgb(im)
    longest = max(im.size)
    if longest <= limit:
        return im
    scale = limit / longest
    size = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
    # Pillow's Hamming filter (antialiased, widened with the reduction) costs what its
    # bilinear one does and half Lanczos; on the bench's photos, 1000 -> 760 px, it is
    # 2.4 dB closer to a Lanczos resize of the full photo than bilinear
    return im.resize(size, Image.Resampling.HAMMING, reducing_gap=2.0)


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA")
        background = Image.new("RGB", im.size, (255, 255, 255))
        background.paste(im, mask=im.getchannel("A"))
        return background
    return im.convert("RGB")


def _save_jpeg(im: Image.Image, target: Path, *, quality: int) -> None:
    """A baseline RGB JPEG (what every PDF reader shows), written atomically: a crash
    never leaves a half-written preview under its name. Huffman tables are not
    optimized: 3 % smaller for three times the encoding time."""
    target.parent.mkdir(parents=True, exist_ok=True)
    encoded = io.BytesIO()
    im.save(encoded, "JPEG", quality=quality, optimize=False, progressive=False)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".jpg")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(encoded.getbuffer())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _read_exif(im: Image.Image, info: MediaInfo) -> None:
    try:
        exif = im.getexif()
    except Exception:  # malformed EXIF must not stop an import
        info.warnings.append("Los metadatos EXIF están dañados; se ignoraron.")
        return
    if not exif:
        return
    base = dict(exif)
    try:
        detail = dict(exif.get_ifd(_EXIF_IFD))
    except Exception:
        detail = {}
    make = _text(base.get(ExifTags.Base.Make))
    model = _text(base.get(ExifTags.Base.Model))
    if make:
        info.metadata["camera_make"] = make
    if model:
        info.metadata["camera_model"] = model
    orientation = base.get(ExifTags.Base.Orientation)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        info.metadata["orientation"] = orientation
    taken = _exif_time(
        detail.get(ExifTags.Base.DateTimeOriginal) or base.get(ExifTags.Base.DateTime),
        detail.get(ExifTags.Base.OffsetTimeOriginal),
    )
    if taken:
        info.captured_at = taken
    try:
        gps = exif.get_ifd(_GPS_TAG)
    except Exception:
        gps = {}
    position = _gps(gps) if gps else None
    if position:
        info.gps = position


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.strip("\x00 ").strip()
    return value[:100] or None


def _exif_time(value: Any, offset: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    m = re.fullmatch(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})", text[:19])
    if not m:
        return None
    try:
        moment = _dt.datetime(*map(int, m.groups()))
    except ValueError:
        return None
    off = _text(offset)
    if off and re.fullmatch(r"[+-]\d{2}:\d{2}", off):
        return moment.isoformat() + off
    return moment.isoformat()  # camera local time, zone unknown


def _gps(gps: dict) -> tuple[float, float] | None:
    try:
        lat = _dms(gps[2], gps.get(1))
        lon = _dms(gps[4], gps.get(3))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    if lat == 0 and lon == 0:
        return None  # cameras write 0,0 when they had no fix
    return (round(lat, 7), round(lon, 7))


def _dms(values: Any, ref: Any) -> float | None:
    d, m, s = (float(v) for v in values)
    value = d + m / 60 + s / 3600
    ref = _text(ref) or ""
    if ref.upper() in ("S", "W"):
        value = -value
    return value


# -------------------------------------------------------------------- PDFs

_PAGES_COUNT = re.compile(
    rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", re.DOTALL
)


def pdf_page_count(path: Source) -> int | None:
    """Pages of a PDF: pyHanko's reader (object streams included), else a raw scan."""
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        with _open(path) as fh:
            count = PdfFileReader(fh, strict=False).root["/Pages"]["/Count"]
        if isinstance(count, int) and count >= 0:
            return int(count)
    except Exception:  # damaged PDFs are common: fall back to a raw scan
        return _scan_page_count(path)
    return _scan_page_count(path)


def _scan_page_count(path: Source) -> int | None:
    """The largest ``/Count`` of a ``/Pages`` node (the root's), read from raw bytes."""
    best = None
    try:
        with _open(path) as fh:
            for chunk in _chunks(fh, 4 * 1024 * 1024, overlap=4096):
                for m in _PAGES_COUNT.finditer(chunk):
                    n = int(m.group(1) or m.group(2))
                    best = n if best is None else max(best, n)
    except OSError:
        return None
    return best


def _chunks(fh, size: int, *, overlap: int):
    tail = b""
    while True:
        block = fh.read(size)
        if not block:
            if tail:
                yield tail
            return
        data = tail + block
        yield data
        tail = data[-overlap:]
