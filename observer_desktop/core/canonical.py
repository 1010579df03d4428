"""Canonical JSON and hashing.

One byte-exact encoding of a JSON value, so the same audit always hashes the
same on the laptop, in the PDF and on the OIC server: keys sorted, no
insignificant whitespace, UTF-8 without escaping non-ASCII, integral floats
written as integers, NaN and infinities refused.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

ZERO_HASH = "0" * 64


def _normalize(value: Any) -> Any:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError("NaN and infinities have no canonical JSON form")
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
        return value
    if isinstance(value, dict):
        return {str(k): _normalize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_normalize(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """Encode ``value`` as canonical JSON bytes."""
    return json.dumps(
        _normalize(value),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_hash(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of ``value``."""
    return sha256_hex(canonical_json(value))
