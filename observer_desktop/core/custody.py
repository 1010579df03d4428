"""The custody log's hash chain.

Each audit has its own chain: entry *n* stores the hash of entry *n − 1*
(``ZERO_HASH`` for the first) and its own hash covers that link and every
field of the entry, so removing, reordering or editing any entry breaks every
hash after it. The audit row keeps the head (last hash and count), which
catches truncation at the end of the chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from observer_desktop.core.canonical import ZERO_HASH, canonical_hash

__all__ = ["ChainBreak", "entry_hash", "verify_chain"]


def entry_hash(
    *, audit_id: str, n: int, at: str, actor: str, action: str, details: Any, prev_hash: str
) -> str:
    return canonical_hash(
        {
            "audit": audit_id,
            "n": n,
            "at": at,
            "actor": actor,
            "action": action,
            "details": details,
            "prev": prev_hash,
        }
    )


@dataclass(frozen=True)
class ChainBreak:
    audit_id: str
    n: int | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"audit": self.audit_id, "entry": self.n, "reason": self.reason}


def verify_chain(
    audit_id: str,
    entries: Iterable[Mapping[str, Any]],
    *,
    head_hash: str | None = None,
    head_count: int | None = None,
) -> ChainBreak | None:
    """Return the first broken link of one audit's chain, or None if intact.

    ``entries`` are mappings with n, at, actor, action, details (decoded),
    prev_hash and hash, in order of n.
    """
    prev = ZERO_HASH
    expected_n = 1
    last_hash = ZERO_HASH
    count = 0
    for e in entries:
        n = e["n"]
        if n != expected_n:
            return ChainBreak(audit_id, expected_n, f"falta la entrada {expected_n} (sigue la {n})")
        if e["prev_hash"] != prev:
            return ChainBreak(audit_id, n, "el enlace con la entrada anterior no coincide")
        want = entry_hash(
            audit_id=audit_id,
            n=n,
            at=e["at"],
            actor=e["actor"],
            action=e["action"],
            details=e["details"],
            prev_hash=e["prev_hash"],
        )
        if want != e["hash"]:
            return ChainBreak(audit_id, n, "el contenido de la entrada fue modificado")
        prev = last_hash = e["hash"]
        expected_n += 1
        count += 1
    if head_count is not None and count != head_count:
        return ChainBreak(
            audit_id,
            count + 1 if count < head_count else None,
            f"la auditoría registra {head_count} entradas y el registro tiene {count}",
        )
    if head_hash is not None and head_hash != last_hash:
        return ChainBreak(audit_id, count or None, "la última entrada no coincide con la auditoría")
    return None
