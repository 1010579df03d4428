"""Rows named by the start of their id, as people type them (``observer evidence
caption 3f2a…``): the one id a prefix of at least four characters picks, or the
refusal that says why none was picked."""

from __future__ import annotations

from collections.abc import Callable

from observer_desktop.core.errors import InputError, NotFoundError

__all__ = ["one_by_prefix"]

MIN_PREFIX = 4


def one_by_prefix(
    ref: str | None,
    ids_with_prefix: Callable[[str], list[str]],
    *,
    short: str,
    none: str,
    many: str,
) -> str:
    """The one id ``ids_with_prefix`` finds for ``ref`` (trimmed, in lower case). Refused
    with ``short`` (an :class:`InputError`) under four characters, and with ``none`` or
    ``many`` (a :class:`NotFoundError`; ``{ref!r}`` in them is the ref as looked up) when
    no id or several begin with it."""
    ref = (ref or "").strip().lower()
    if len(ref) < MIN_PREFIX:
        raise InputError(short)
    matches = ids_with_prefix(ref)
    if len(matches) != 1:
        raise NotFoundError((many if matches else none).format(ref=ref))
    return matches[0]
