"""Column types shared by the server's table definitions."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer

__all__ = ["BigId"]

# 64-bit ids on PostgreSQL; SQLite's INTEGER PRIMARY KEY (its rowid) is already 64-bit
BigId = BigInteger().with_variant(Integer, "sqlite")
