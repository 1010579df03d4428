"""The UI and the CLI reach the data folder only through services.

import-linter (pyproject.toml) forbids ``observer_desktop.ui`` and ``.cli`` to
import ``observer_desktop.storage``, but it cannot see attribute access:
``app.store.evidence(...)`` or ``app.database.transaction()`` go to storage
through the app object without an import. This test reads the sources with
``ast`` and fails with every such place, file:line. What the UI or the CLI
needs goes in ``services/reads.py`` (reads) or ``services/settings.py``
(settings), or in the service that owns it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import observer_desktop

PACKAGE = Path(observer_desktop.__file__).parent
STORAGE_ATTRIBUTES = {"store", "database"}  # Observador.store / .database
STORAGE = "observer_desktop.storage"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The absolute module names an import statement names (``from x import y``: x and x.y)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def storage_access(source: str, *, name: str, module: str, is_package: bool = False) -> list[str]:
    """``name:line code`` for each reach into storage in one module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in STORAGE_ATTRIBUTES:
            hit = True
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "setattr", "hasattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in STORAGE_ATTRIBUTES
        ):
            hit = True
        elif isinstance(node, ast.Import | ast.ImportFrom):
            hit = any(
                m == STORAGE or m.startswith(STORAGE + ".")
                for m in _imported(node, module, is_package)
            )
        else:
            hit = False
        if hit:
            found.append((node.lineno, f"{name}:{node.lineno} {ast.unparse(node)}"))
    return [text for _line, text in sorted(found)]


def test_ui_and_cli_reach_storage_only_through_services():
    found = []
    for layer in ("ui", "cli"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            found += storage_access(
                path.read_text(encoding="utf-8"),
                name=str(path.relative_to(PACKAGE.parent)),
                module=_module_name(path),
                is_package=path.name == "__init__.py",
            )
    assert not found, "the UI or the CLI reaches past services into storage:\n" + "\n".join(found)


def test_the_scan_sees_each_way_in():
    source = (
        "import observer_desktop.storage.database\n"
        "from observer_desktop.storage.database import resolve_data_dir\n"
        "from observer_desktop import storage\n"
        "from ..storage import repositories\n"
        "def f(app):\n"
        "    from observer_desktop.storage.repositories import now_iso\n"
        "    app.store.answers('a')\n"
        "    with app.database.transaction():\n"
        "        pass\n"
        "    getattr(app, 'store')\n"
        "    backend.app().store.get_setting('x')\n"
        "from observer_desktop.services import reads\n"
        "reads.answers(app, 'a')\n"
    )
    found = storage_access(source, name="m.py", module="observer_desktop.ui.m")
    assert [line.split()[0] for line in found] == [
        f"m.py:{n}" for n in (1, 2, 3, 4, 6, 7, 8, 10, 11)
    ]
