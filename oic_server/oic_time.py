"""The OIC's time: its zone (America/Chihuahua), its date ("today"), and stored UTC
times as the OIC reads them. Times are stored in UTC (``2026-12-08T00:38:12Z``, the
exports and the API give them so); what people see, and the days they filter by, are
Chihuahua's (docs/console.md)."""

from __future__ import annotations

import datetime as _dt
from zoneinfo import ZoneInfo

__all__ = ["OIC_ZONE", "ZONE", "day_after", "day_start_utc", "oic_day", "oic_today", "shown_time"]

OIC_ZONE = "America/Chihuahua"
ZONE = ZoneInfo(OIC_ZONE)


def oic_today() -> str:
    """The OIC's date (a session later than it "lies in the future")."""
    return _dt.datetime.now(ZONE).date().isoformat()


def _stored(moment: str) -> _dt.datetime:
    """A stored time (``…Z``, ``+00:00``, or without a zone: UTC), aware."""
    at = _dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return at if at.tzinfo is not None else at.replace(tzinfo=_dt.UTC)


def oic_day(moment: str) -> str:
    """The OIC's date of a stored time, as a constancia prints it ("Se expide el …"):
    2026-12-07 for 2026-12-08T00:38:12Z."""
    return _stored(moment).astimezone(ZONE).date().isoformat()


def day_start_utc(day: str) -> str | None:
    """When the OIC's ``day`` (YYYY-MM-DD) begins, as times are stored (UTC, ``…Z``);
    None past the calendar's end (the day after 9999-12-31): no bound."""
    try:
        start = _dt.datetime.combine(_dt.date.fromisoformat(day), _dt.time(), ZONE)
        return start.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):
        return None


def day_after(day: str) -> str | None:
    """The ISO day after ``day``; None after 9999-12-31."""
    try:
        return (_dt.date.fromisoformat(day) + _dt.timedelta(days=1)).isoformat()
    except OverflowError:
        return None


def shown_time(iso: str | None) -> str:
    """A stored time as the OIC reads it, in its own zone: ``2026-12-06 16:55 CST`` for
    ``2026-12-06T22:55:00Z``; what is not a time is shown as it is."""
    if not iso:
        return ""
    try:
        moment = _stored(iso)
    except ValueError:
        return iso
    return moment.astimezone(ZONE).strftime("%Y-%m-%d %H:%M %Z")
