"""Write a frozen copy of the current schema with sample data, for migration tests.

Run once when a release changes the schema (``python tests/storage/make_frozen.py N``)
and commit the ``.sql`` dump it writes; never edit an existing dump.
"""

import sqlite3
import sys
import tempfile
from pathlib import Path

from observer_desktop.services.app import Observador
from observer_desktop.services.demo import load_demo


def main(version: int) -> None:
    target = Path(__file__).parent / "frozen" / f"schema_v{version}.sql"
    if target.exists():
        sys.exit(f"{target} exists; frozen schemas are never rewritten")
    with tempfile.TemporaryDirectory() as tmp:
        app = Observador(tmp)
        assert app.database.schema_version() == version, "dump the schema this code creates"
        load_demo(app)
        app.close()
        conn = sqlite3.connect(Path(tmp) / "observer.db")
        target.write_text("\n".join(conn.iterdump()) + "\n", encoding="utf-8")
        conn.close()
    print(target)


if __name__ == "__main__":
    main(int(sys.argv[1]))
