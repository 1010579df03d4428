"""The checklists the app knows: shipped ones plus those in ``<data>/forms``.

A broken file is recorded as a :class:`FormProblem` and skipped; it never
stops the others from loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from observer_desktop.core.checklist import Checklist, ChecklistError
from observer_desktop.core.checklist_loader import load_checklist

__all__ = ["FormProblem", "FormRegistry", "shipped_forms_dir"]


def shipped_forms_dir() -> Path:
    """``forms/`` of the source tree, or its copy inside an installed wheel."""
    package_dir = Path(__file__).resolve().parent.parent
    bundled = package_dir / "_forms"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "forms"


@dataclass(frozen=True)
class FormProblem:
    path: Path
    error: ChecklistError

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "line": self.error.line,
            "where": self.error.path,
            "message": self.error.message,
        }


class FormRegistry:
    def __init__(self, directories: list[Path]):
        self.directories = [Path(d) for d in directories]
        self.checklists: dict[tuple[str, int], Checklist] = {}
        self.problems: list[FormProblem] = []
        self.reload()

    def reload(self) -> None:
        self.checklists.clear()
        self.problems.clear()
        for directory in self.directories:
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.y*ml")):
                try:
                    checklist = load_checklist(path)
                except ChecklistError as exc:
                    self.problems.append(FormProblem(path, exc))
                    continue
                except Exception as exc:  # a hostile file must never stop the others
                    self.problems.append(
                        FormProblem(
                            path,
                            ChecklistError(
                                f"no se pudo leer ({type(exc).__name__}); revise el archivo",
                                file=str(path),
                            ),
                        )
                    )
                    continue
                key = (checklist.id, checklist.version)
                other = self.checklists.get(key)
                if other is not None and other.sha256 != checklist.sha256:
                    self.problems.append(
                        FormProblem(
                            path,
                            ChecklistError(
                                f"el formulario {checklist.id!r} versión {checklist.version} ya "
                                f"existe en {other.source_path} con otro contenido; "
                                "aumente 'version' al cambiar un formulario",
                                file=str(path),
                            ),
                        )
                    )
                    continue
                self.checklists.setdefault(key, checklist)

    def latest(self, form_id: str) -> Checklist | None:
        versions = [c for (fid, _), c in self.checklists.items() if fid == form_id]
        return max(versions, key=lambda c: c.version) if versions else None

    def get(self, form_id: str, version: int) -> Checklist | None:
        return self.checklists.get((form_id, version))

    def all_latest(self) -> list[Checklist]:
        ids = sorted({fid for fid, _ in self.checklists})
        return [c for fid in ids if (c := self.latest(fid)) is not None]
