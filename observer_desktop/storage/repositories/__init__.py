"""Repositories: every SQL statement of the app lives here, one module per aggregate.

Methods take and return plain dicts and values. They do not open
transactions themselves (except :meth:`CustodyRepository.append_custody`, which
must run inside one): services decide what one unit of work is and wrap it in
``Database.transaction()``.

``Store`` (``store.py``) is the one object services use (``app.store``): it
combines the repositories of ``profile`` (profile, settings, pinned checklists),
``audits``, ``answers``, ``findings``, ``evidence``, ``custody``, ``reports``,
``sessions`` and ``outbox`` (outbox and receipts), and holds what spans them
(removing an item of a repeatable section).
"""

from observer_desktop.storage.repositories.audits import AuditFilter
from observer_desktop.storage.repositories.base import NO_ITEM, now_iso
from observer_desktop.storage.repositories.store import Store

__all__ = ["NO_ITEM", "AuditFilter", "Store", "now_iso"]
