"""Write the OpenAPI document of protocol v1: ``python -m oic_server.openapi [FILE]``.

``docs/openapi.json`` is this output, committed; ``tests/server/test_openapi.py``
fails when the app and the file disagree (run this module to update it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from oic_server.api import openapi_document

__all__ = ["render"]


def render() -> str:
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
