"""The audit editor, one module per job (docs/ui.md):

- ``editor.py``: :class:`AuditEditor`, which lays out and composes the parts, opens an
  audit and shows each fresh evaluation in place;
- ``pages.py``: the section pages, built when first shown, their questions, and the items
  of repeatable sections;
- ``section_list.py``: the list of sections with their progress;
- ``autosave.py``: saving as the observer types, without overwriting changes made
  elsewhere;
- ``navigation.py``: next/previous question, going to a question or a missing item;
- ``findings_pane.py``: the findings pane, adding and removing findings;
- ``finalize.py``: finalize, the report of a closed audit, a new version;
- ``oic_comments.py``: the OIC's comments beside their questions;
- ``read_only_banner.py``: the banner over a closed audit;
- ``common.py``: what the parts share.

What it reads comes from ``services/audit_view.py``. Its Spanish is in
``translations/es_MX/audit_editor.ts``.
"""

from observer_desktop.ui.audit_editor.editor import AuditEditor

__all__ = ["AuditEditor"]
