"""The statuses of an audit, in one place: their keys in workflow order, their
Spanish names (services, CLI, PDF reports) and the English sources the screens
translate.

The core has no Qt, so the English sources are marked with a local
``QT_TRANSLATE_NOOP`` that ``pyside6-lupdate`` recognises by name; their Spanish
lives in ``ui/translations/es_MX/statuses.ts`` and the UI shows them through
``QCoreApplication.translate(UI_CONTEXT, …)`` (``ui.models.status_label``).
"""

from __future__ import annotations

__all__ = [
    "SPANISH_LABELS",
    "STATUSES",
    "UI_CONTEXT",
    "UI_LABELS",
    "UI_PHRASES",
    "UNSENT_STATUSES",
]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark ``source`` for translation in ``context``; the UI translates it when shown."""
    return source


UI_CONTEXT = "Status"

# workflow order: lists sort by it and the status filter offers it
STATUSES = ("draft", "finalized", "signed", "queued", "delivered", "approved", "returned")

# finished work that has not reached the OIC yet
UNSENT_STATUSES = ("finalized", "signed", "queued")

# what the services, the CLI and the PDF report write
SPANISH_LABELS = {
    "draft": "Borrador",
    "finalized": "Finalizada",
    "signed": "Firmada",
    "queued": "En cola de envío",
    "delivered": "Entregada",
    "approved": "Aprobada",
    "returned": "Devuelta",
}

# what the screens show, as a name ("Status: Signed")
UI_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "finalized": QT_TRANSLATE_NOOP("Status", "Finalized"),
    "signed": QT_TRANSLATE_NOOP("Status", "Signed"),
    "queued": QT_TRANSLATE_NOOP("Status", "Queued to send"),
    "delivered": QT_TRANSLATE_NOOP("Status", "Delivered"),
    "approved": QT_TRANSLATE_NOOP("Status", "Approved"),
    "returned": QT_TRANSLATE_NOOP("Status", "Returned"),
}

# what the screens show inside a sentence ("This audit is %1: …"); a draft is never
# read-only, so it has no phrase
UI_PHRASES = {
    "finalized": QT_TRANSLATE_NOOP("Status", "finalized"),
    "signed": QT_TRANSLATE_NOOP("Status", "signed"),
    "queued": QT_TRANSLATE_NOOP("Status", "queued to send"),
    "delivered": QT_TRANSLATE_NOOP("Status", "delivered"),
    "approved": QT_TRANSLATE_NOOP("Status", "approved"),
    "returned": QT_TRANSLATE_NOOP("Status", "returned to the observer"),
}
