"""The colours that carry meaning on screen, named once: text that says something
went well, needs attention, failed, or is only a hint. Each passes WCAG AA
contrast (4.5:1) on a white window."""

from __future__ import annotations

__all__ = ["BAD", "GOOD", "MUTED", "WARN"]

GOOD = "#2e6b2e"  # done, valid, connected
WARN = "#8a5300"  # needs attention: paused, not signed, changed
BAD = "#b3261e"  # failed, invalid, missing
MUTED = "#666"  # a hint or an empty state
