"""Content type of an evidence file, decided from its bytes, never from its name.

Only the first bytes are read (plus, for zip-based office documents, the zip
directory). A file that matches nothing is ``application/octet-stream``: kept
as a generic file, never executed, opened or rendered.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GENERIC", "HEAD_BYTES", "FileKind", "executable_reason", "sniff", "sniff_bytes"]

HEAD_BYTES = 8192


@dataclass(frozen=True)
class FileKind:
    mime: str
    kind: str  # image | document | text | video | audio | archive | other
    label: str  # Spanish, for screens and reports

    @property
    def is_image(self) -> bool:
        return self.kind == "image"


GENERIC = FileKind("application/octet-stream", "other", "Archivo")

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
_MP4_BRANDS = {
    b"isom",
    b"iso2",
    b"iso4",
    b"iso5",
    b"iso6",
    b"mp41",
    b"mp42",
    b"avc1",
    b"3gp4",
    b"3gp5",
    b"3gp6",
    b"3g2a",
    b"dash",
    b"mmp4",
    b"MSNV",
    b"XAVC",
}
_AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P "}

_OOXML = {
    "word/": FileKind(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "document",
        "Documento de Word",
    ),
    "xl/": FileKind(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "document",
        "Hoja de cálculo de Excel",
    ),
    "ppt/": FileKind(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "document",
        "Presentación de PowerPoint",
    ),
}
_ODF = {
    b"application/vnd.oasis.opendocument.text": FileKind(
        "application/vnd.oasis.opendocument.text", "document", "Documento de texto ODF"
    ),
    b"application/vnd.oasis.opendocument.spreadsheet": FileKind(
        "application/vnd.oasis.opendocument.spreadsheet", "document", "Hoja de cálculo ODF"
    ),
    b"application/vnd.oasis.opendocument.presentation": FileKind(
        "application/vnd.oasis.opendocument.presentation", "document", "Presentación ODF"
    ),
}


def sniff(path: Path) -> FileKind:
    """The kind of the file at ``path`` (reads its first bytes, and a zip's directory)."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    kind = sniff_bytes(head)
    if kind.mime == "application/zip":
        return _zip_kind(path) or kind
    return kind


def sniff_bytes(head: bytes) -> FileKind:
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind("image/jpeg", "image", "Fotografía JPEG")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind("image/png", "image", "Imagen PNG")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return FileKind("image/gif", "image", "Imagen GIF")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind("image/webp", "image", "Imagen WebP")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return FileKind("image/tiff", "image", "Imagen TIFF")
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(len(head), 64), 4)}
        if head[8:12] in (b"avif", b"avis"):
            return FileKind("image/avif", "image", "Imagen AVIF")
        if brands & _HEIF_BRANDS and head[8:12] not in _MP4_BRANDS | {b"qt  "}:
            return FileKind("image/heic", "image", "Fotografía HEIC")
        if head[8:12] in _AUDIO_MP4_BRANDS:
            return FileKind("audio/mp4", "audio", "Audio M4A")
        if head[8:12] == b"qt  ":
            return FileKind("video/quicktime", "video", "Video MOV")
        return FileKind("video/mp4", "video", "Video MP4")
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free") and len(head) >= 8:
        return FileKind("video/quicktime", "video", "Video MOV")
    if head.startswith(b"%PDF-"):
        return FileKind("application/pdf", "document", "Documento PDF")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return FileKind("application/zip", "archive", "Archivo ZIP")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return FileKind("application/x-ole-storage", "document", "Documento de Office (antiguo)")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return FileKind("audio/wav", "audio", "Audio WAV")
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return FileKind("video/x-msvideo", "video", "Video AVI")
    if head.startswith(b"ID3") or (
        len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x06 != 0
    ):
        return FileKind("audio/mpeg", "audio", "Audio MP3")
    if head.startswith(b"OggS"):
        return FileKind("audio/ogg", "audio", "Audio OGG")
    if head.startswith(b"fLaC"):
        return FileKind("audio/flac", "audio", "Audio FLAC")
    if head.startswith(b"#!AMR"):
        return FileKind("audio/amr", "audio", "Nota de voz AMR")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return FileKind("video/webm", "video", "Video WebM/MKV")
    if _looks_like_text(head):
        return FileKind("text/plain", "text", "Texto")
    return GENERIC


# programs and scripts are never evidence: a double-click on one in the OIC's console or
# a reviewer's folder would run it. Decided by content where a format has a signature;
# scripts without one (a .bat is plain text) by their name.
_PROGRAMS = (
    (b"\x7fELF", "es un programa (ejecutable de Linux)"),
    (b"MZ", "es un programa de Windows (.exe, .dll o similar)"),
    (b"\xfe\xed\xfa\xce", "es un programa de macOS"),
    (b"\xfe\xed\xfa\xcf", "es un programa de macOS"),
    (b"\xce\xfa\xed\xfe", "es un programa de macOS"),
    (b"\xcf\xfa\xed\xfe", "es un programa de macOS"),
    (b"\xca\xfe\xba\xbe", "es un programa (macOS o Java)"),
    (b"\x00asm", "es un programa (WebAssembly)"),
)
_SCRIPT_SUFFIXES = frozenset(
    ".bat .cmd .com .ps1 .psm1 .vbs .vbe .js .jse .wsf .wsh .hta .scr .msi .lnk .reg "
    ".sh .bash .command .jar .apk .app .py .pyw".split()
)


def executable_reason(head: bytes, name: str) -> str | None:
    """Why a file is refused as evidence (Spanish), or None: a program by its first
    bytes, a script by its ``#!`` line or its extension."""
    for magic, reason in _PROGRAMS:
        if head.startswith(magic):
            if magic == b"MZ" and _looks_like_text(head):
                continue  # "MZ 12 LT 5…", "MZA,LOTE": addresses (manzana), not a program
            return reason
    if head.startswith(b"#!") and not head.startswith(b"#!AMR"):  # AMR voice notes
        return "es un guion (script) que se puede ejecutar"
    suffix = Path(name).suffix.lower()
    if suffix in _SCRIPT_SUFFIXES:
        return f"es un programa o guion ({suffix}) que se puede ejecutar"
    return None


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for cut in range(4):  # the sample may end inside a multi-byte character
        try:
            text = head[: len(head) - cut].decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    else:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return controls <= len(text) // 100


def _zip_kind(path: Path) -> FileKind | None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()[:2000]
            if "mimetype" in names:
                with zf.open("mimetype") as fh:
                    kind = _ODF.get(fh.read(100).strip())
                if kind:
                    return kind
            if "[Content_Types].xml" in names:
                for prefix, kind in _OOXML.items():
                    if any(n.startswith(prefix) for n in names):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None
    return None
