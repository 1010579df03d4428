"""The checklists the server distributes: ``<data>/forms/*.yaml``.

``init`` seeds the folder with the checklists shipped with Observador; OIC
staff add new versions with ``oic-server forms add``. Every file is validated
with the laptop's own loader, so the server never hands out a checklist the
app would refuse; a broken file is reported and left out.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import observer_desktop
from observer_desktop.core.checklist import ChecklistError
from observer_desktop.core.checklist_loader import load_checklist, parse_checklist
from observer_desktop.core.files import atomic_write
from oic_server.errors import ApiError

__all__ = ["FormCatalog", "FormEntry", "seed_forms", "shipped_forms_dir"]


def shipped_forms_dir() -> Path:
    """``forms/`` of the source tree, or its copy inside an installed wheel."""
    package_dir = Path(observer_desktop.__file__).resolve().parent
    bundled = package_dir / "_forms"
    return bundled if bundled.is_dir() else package_dir.parent / "forms"


@dataclass(frozen=True)
class FormEntry:
    id: str
    version: int
    sha256: str
    title: str
    path: Path

    def to_json(self) -> dict:
        return {"id": self.id, "version": self.version, "sha256": self.sha256, "title": self.title}


@dataclass(frozen=True)
class FormProblem:
    path: Path
    message: str


class FormCatalog:
    """Valid checklists of a folder, re-read when a file changes (cheap stat per call)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._cache: dict[Path, tuple[tuple[int, int], FormEntry | FormProblem]] = {}

    def _scan(self) -> list[FormEntry | FormProblem]:
        if not self.folder.is_dir():
            return []
        out: list[FormEntry | FormProblem] = []
        with self._lock:
            seen = set()
            for path in sorted(self.folder.glob("*.y*ml")):
                try:
                    st = path.stat()
                except OSError:
                    continue
                stamp = (st.st_mtime_ns, st.st_size)
                seen.add(path)
                cached = self._cache.get(path)
                if cached is None or cached[0] != stamp:
                    cached = (stamp, _read(path))
                    self._cache[path] = cached
                out.append(cached[1])
            for gone in set(self._cache) - seen:
                del self._cache[gone]
        return out

    def entries(self) -> tuple[list[FormEntry], list[FormProblem]]:
        forms: dict[tuple[str, int], FormEntry] = {}
        problems: list[FormProblem] = []
        for item in self._scan():
            if isinstance(item, FormProblem):
                problems.append(item)
                continue
            key = (item.id, item.version)
            other = forms.get(key)
            if other is not None and other.sha256 != item.sha256:
                problems.append(
                    FormProblem(
                        item.path,
                        f"el formulario {item.id!r} versión {item.version} ya está en "
                        f"{other.path.name} con otro contenido; aumente «version»",
                    )
                )
                continue
            forms.setdefault(key, item)
        return sorted(forms.values(), key=lambda f: (f.id, f.version)), problems

    def get(self, form_id: str, version: int) -> tuple[FormEntry, bytes]:
        for entry in self.entries()[0]:
            if entry.id == form_id and entry.version == version:
                data = entry.path.read_bytes()
                if hashlib.sha256(data).hexdigest() == entry.sha256:
                    return entry, data
                break  # changed under us; treat as absent until the next scan
        raise ApiError(
            "not_found", f"No existe el formulario {form_id!r} versión {version} en este servidor."
        )

    def add(self, source: Path) -> tuple[FormEntry, bool]:
        """Validate ``source`` and copy it in as ``<id>-v<version>.yaml``.

        Returns the entry and whether it is new (the same checklist twice is a no-op)."""
        try:
            checklist = load_checklist(source)
        except ChecklistError as exc:
            raise ApiError("bad_request", f"El formulario no es válido: {exc}") from None
        data = Path(source).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        for entry in self.entries()[0]:
            if (entry.id, entry.version) == (checklist.id, checklist.version):
                if entry.sha256 == digest:
                    return entry, False
                raise ApiError(
                    "conflict",
                    f"Ya existe el formulario {checklist.id!r} versión {checklist.version} con "
                    "otro contenido: aumente «version» en el archivo para publicar el cambio.",
                )
        target = self.folder / f"{checklist.id}-v{checklist.version}.yaml"
        atomic_write(target, data, mode=0o644)
        entry = FormEntry(checklist.id, checklist.version, digest, checklist.title.es, target)
        st = target.stat()
        with self._lock:
            self._cache[target] = ((st.st_mtime_ns, st.st_size), entry)
        return entry, True


def _read(path: Path) -> FormEntry | FormProblem:
    try:
        data = path.read_bytes()
        checklist = parse_checklist(data, file=str(path))
    except ChecklistError as exc:
        return FormProblem(path, str(exc))
    except Exception as exc:  # a hostile file must never stop the others
        return FormProblem(path, f"no se pudo leer ({type(exc).__name__})")
    return FormEntry(
        checklist.id,
        checklist.version,
        hashlib.sha256(data).hexdigest(),
        checklist.title.es,
        path,
    )


def seed_forms(folder: Path, source: Path | None = None) -> tuple[list[str], list[str]]:
    """Add the shipped checklists the folder lacks. Returns (added, problems)."""
    source = source or shipped_forms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    catalog = FormCatalog(folder)
    added, problems = [], []
    present = {_file_sha256(p) for p in folder.glob("*.y*ml")}
    for path in sorted(Path(source).glob("*.y*ml")):
        if _file_sha256(path) in present:
            continue  # the very same file is already published
        try:
            entry, new = catalog.add(path)
        except ApiError as exc:
            problems.append(f"{path.name}: {exc.message}")
            continue
        if new:
            added.append(f"{entry.id} v{entry.version}")
    return added, problems


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
