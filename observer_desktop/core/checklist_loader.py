"""Loading a checklist file: read it, check it, build the model.

A checklist file is YAML (``core/checklist_yaml.py``) validated against
``checklist.schema.json`` (``core/checklist_schema.py``), then built and checked
for what a schema cannot say (``core/checklist_builder.py``,
``core/checklist_checks.py``). Every problem is a :class:`ChecklistError` with the
file, the line and the path inside the document, so a coordinator can fix it in
an editor. See ``docs/checklists.md``.
"""

from __future__ import annotations

from pathlib import Path

from observer_desktop.core.checklist import Checklist, ChecklistError
from observer_desktop.core.checklist_builder import ChecklistBuilder
from observer_desktop.core.checklist_schema import check_schema
from observer_desktop.core.checklist_yaml import YamlDoc, read_yaml
from observer_desktop.core.errors import os_reason

__all__ = ["MAX_FILE_BYTES", "MAX_QUESTIONS", "load_checklist", "parse_checklist"]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_QUESTIONS = 600


def load_checklist(path: str | Path) -> Checklist:
    """Read and validate a checklist file. Raise :class:`ChecklistError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ChecklistError(
            f"no se puede leer el archivo: {os_reason(exc)}", file=str(path)
        ) from None
    if size > MAX_FILE_BYTES:
        raise ChecklistError(
            f"el archivo es demasiado grande ({size} bytes; máximo {MAX_FILE_BYTES})",
            file=str(path),
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(
            f"no se puede leer el archivo: {os_reason(exc)}", file=str(path)
        ) from None
    return parse_checklist(raw, file=str(path))


def parse_checklist(raw: bytes | str, *, file: str = "<checklist>") -> Checklist:
    """Validate checklist source (YAML text) and build the model."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ChecklistError(
                f"el archivo no está en UTF-8 (byte {exc.start}); guárdelo como UTF-8", file=file
            ) from None
    else:
        text = raw
    try:
        return _parse(text, file)
    except RecursionError:
        raise ChecklistError(
            "el formulario está anidado demasiado profundo para leerlo", file=file
        ) from None


def _parse(text: str, file: str) -> Checklist:
    doc = YamlDoc(file)
    data = read_yaml(doc, text)
    check_schema(doc, data)
    count = sum(len(s.get("questions", [])) for s in data["sections"]) + len(
        data.get("header") or []
    )
    if count > MAX_QUESTIONS:
        raise ChecklistError(
            f"el formulario tiene {count} preguntas y campos; el máximo es {MAX_QUESTIONS}",
            file=file,
        )
    return ChecklistBuilder(doc, data, text).build()
