"""The audit table's JSON columns (header, repeat counts, observer snapshot).

Written as canonical JSON so the same content always stores the same text;
an empty column reads as an empty dict.
"""

from __future__ import annotations

import json
from typing import Any

from observer_desktop.core.canonical import canonical_json

__all__ = ["dump_json", "load_json"]


def dump_json(value: Any) -> str:
    return canonical_json(value).decode("utf-8")


def load_json(text: str | None) -> Any:
    return json.loads(text) if text else {}
