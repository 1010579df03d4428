"""The OIC receiving server: protocol v1 (docs/protocol.md)."""
