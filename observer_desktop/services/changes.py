"""What one service call changed, for views to refresh from."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["AuditChange"]


@dataclass
class AuditChange:
    """What one service call changed, for views to refresh."""

    audit_id: str
    raised: list[dict] = field(default_factory=list)
    withdrawn: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "audit": self.audit_id,
            "raised": [
                {"id": f["id"], "rule": f["rule_id"], "title": f["title"]} for f in self.raised
            ],
            "withdrawn": [{"id": f["id"], "rule": f["rule_id"]} for f in self.withdrawn],
        }
