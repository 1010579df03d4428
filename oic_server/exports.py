"""The console's exports, streamed: the filtered inbox and its findings as CSV or XLSX
(openpyxl's write-only mode: rows go to disk as they come), and one submission's
evidence as a ZIP read from the blob store chunk by chunk. Nothing is held in memory
whole (ODK Central's media exports bring small servers down: central#150)."""

from __future__ import annotations

import csv
import io
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

__all__ = [
    "FINDING_COLUMNS",
    "FINDING_STATES",
    "SUBMISSION_COLUMNS",
    "csv_stream",
    "xlsx_file",
    "zip_stream",
]

SUBMISSION_COLUMNS = (
    ("id", "Envío"),
    ("committed_at", "Recibido (UTC)"),
    ("state", "Estado"),
    ("observer_code", "Observador"),
    ("form_id", "Lista de verificación"),
    ("audit_version", "Versión"),
    ("procedure_number", "Número de procedimiento"),
    ("convening_unit", "Unidad convocante"),
    ("procedure_type", "Tipo de procedimiento"),
    ("title", "Objeto"),
    ("amount", "Monto"),
    ("event_date", "Fecha del evento"),
    ("place", "Lugar"),
    ("max_severity", "Bandera roja más alta"),
    ("findings_count", "Hallazgos"),
    ("evidence_count", "Archivos de evidencia"),
)
FINDING_COLUMNS = (
    ("submission_id", "Envío"),
    ("procedure_number", "Número de procedimiento"),
    ("convening_unit", "Unidad convocante"),
    ("observer_code", "Observador"),
    ("severity", "Severidad"),
    ("rule_id", "Regla"),
    ("question_id", "Pregunta"),
    ("title", "Título"),
    ("description", "Descripción"),
    ("recommendation", "Recomendación"),
    ("status", "Estado del hallazgo"),
)
# a finding's status in the audit JSON, as the exports say it
FINDING_STATES = {"open": "Vigente", "withdrawn": "Retirado"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl's ILLEGAL_CHARACTERS


def cell(value: Any) -> Any:
    """A value a spreadsheet shows as text, never runs (CSV/formula injection), without
    the control characters XLSX cannot hold (a laptop's title may carry Word's
    vertical tab)."""
    if isinstance(value, str):
        value = _CONTROL.sub("", value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    if isinstance(value, float) and value.is_integer():
        return int(value)  # an amount of 3120000, not "3120000.0"
    return value


def csv_stream(columns: tuple[tuple[str, str], ...], rows: Iterable[dict]) -> Iterator[bytes]:
    """UTF-8 CSV with a BOM (Excel reads the accents), a few KiB at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([title for _, title in columns])
    for n, row in enumerate(rows, 1):
        writer.writerow([cell(row.get(key)) for key, _ in columns])
        if n % 200 == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def xlsx_file(
    columns: tuple[tuple[str, str], ...], rows: Iterable[dict], *, title: str
) -> IO[bytes]:
    """The rows as an XLSX workbook in a temporary file (rewound; deleted on close)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.append([t for _, t in columns])
    for row in rows:
        sheet.append([cell(row.get(key)) for key, _ in columns])
    out = tempfile.TemporaryFile()
    workbook.save(out)
    out.seek(0)
    return out


def file_chunks(fh: IO[bytes], size: int = 256 * 1024) -> Iterator[bytes]:
    try:
        while data := fh.read(size):
            yield data
    finally:
        fh.close()


class _Pipe(io.RawIOBase):
    """A write-only, unseekable sink whose bytes the ZIP generator hands on."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        self.parts.append(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        return data


def zip_stream(
    files: Iterable[tuple[str, Any]], open_blob: Any, *, chunk: int = 256 * 1024
) -> Iterator[bytes]:
    """A ZIP of ``(name, sha256)`` files read through ``open_blob(sha256)``, yielded as
    it is written (stored, not compressed: photos and PDFs do not shrink)."""
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        for name, sha256 in files:
            with open_blob(sha256) as src, zf.open(name, "w", force_zip64=True) as dst:
                while data := src.read(chunk):
                    dst.write(data)
                    yield pipe.take()
            yield pipe.take()
    yield pipe.take()
