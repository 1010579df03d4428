"""Generators of evidence files for tests: every test makes its own, nothing is committed."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw


def photo(
    path: Path,
    *,
    size: tuple[int, int] = (800, 600),
    gps: tuple[float, float] | None = (28.7121, -106.1077),
    orientation: int | None = None,
    taken: str | None = "2026:11:18 10:22:31",
    make: str = "Motorola",
    color: tuple[int, int, int] = (90, 120, 60),
    fmt: str = "JPEG",
) -> Path:
    im = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, size[0] // 3, size[1] // 4), fill=(230, 40, 40))  # marks "top-left"
    exif = Image.Exif()
    if make:
        exif[ExifTags.Base.Make] = make
        exif[ExifTags.Base.Model] = "moto g32"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if taken:
        exif[ExifTags.Base.DateTime] = taken
    if gps:
        lat, lon = gps
        exif[0x8825] = {
            1: "N" if lat >= 0 else "S",
            2: _dms(abs(lat)),
            3: "E" if lon >= 0 else "W",
            4: _dms(abs(lon)),
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, fmt, exif=exif, **({"quality": 85} if fmt == "JPEG" else {}))
    return path


def _dms(value: float) -> tuple[float, float, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 4)
    return (float(d), float(m), s)


def png(path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    Image.new("RGBA", size, (10, 20, 200, 128)).save(path, "PNG")
    return path


def heic(path: Path) -> Path:
    import pillow_heif

    pillow_heif.register_heif_opener()
    Image.new("RGB", (320, 240), (200, 10, 10)).save(path, format="HEIF")
    return path


def pdf(path: Path, pages: int = 2) -> Path:
    """A small valid PDF written by hand (no library needed)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(out.getvalue())
    return path


def docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return path


def xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


def odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    return path


def mp4(path: Path, brand: bytes = b"isom") -> Path:
    box = struct.pack(">I", 24) + b"ftyp" + brand + b"\x00\x00\x02\x00" + brand + b"mp41"
    path.write_bytes(box + struct.pack(">I", 8) + b"free" + b"\x00" * 64)
    return path


def mov(path: Path) -> Path:
    return mp4(path, brand=b"qt  ")


def mp3(path: Path) -> Path:
    path.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 64)
    return path


def wav(path: Path) -> Path:
    data = b"\x00\x00" * 800
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16) + b"data"
    path.write_bytes(header + struct.pack("<I", len(data)) + data)
    return path


def text(path: Path, content: str = "Acta de la junta de aclaraciones.\nAsistentes: 3.\n") -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def binary(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 8)
    return path


def png_bomb(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A tiny PNG whose header claims 10 gigapixels."""
    buf = io.BytesIO()
    Image.new("L", (1, 1)).save(buf, "PNG")
    data = bytearray(buf.getvalue())
    ihdr = 8  # after the signature: length(4) type(4) data(13) crc(4)
    struct.pack_into(">II", data, ihdr + 8, width, height)
    crc = zlib.crc32(bytes(data[ihdr + 4 : ihdr + 8 + 13]))
    struct.pack_into(">I", data, ihdr + 8 + 13, crc)
    path.write_bytes(bytes(data))
    return path


def truncated_jpeg(path: Path) -> Path:
    full = photo(path.with_suffix(".full.jpg"), size=(1200, 900))
    data = full.read_bytes()
    full.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path
