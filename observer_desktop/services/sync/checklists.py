"""Checklists new on the server, fetched into ``<data>/forms/`` after a sync (hash and
checklist validation first; a different copy kept here wins, with a warning)."""

from __future__ import annotations

import hashlib
import re

from observer_desktop.core.checklist import ChecklistError
from observer_desktop.core.checklist_loader import parse_checklist
from observer_desktop.core.files import atomic_write
from observer_desktop.services.app import Observador
from observer_desktop.sync.client import ProtocolClient

_FORM_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def _fetch_forms(app: Observador, client: ProtocolClient, warnings: list[str]) -> list[dict]:
    added = []
    known = {(c.id, c.version): c.sha256 for c in app.forms.checklists.values()}
    folder = app.data_dir / "forms"
    for entry in client.forms():
        form_id, version, sha = entry.get("id"), entry.get("version"), entry.get("sha256")
        if not isinstance(form_id, str) or not _FORM_ID.match(form_id):
            continue
        if not isinstance(version, int) or not isinstance(sha, str):
            continue
        have = known.get((form_id, version))
        target = folder / f"{form_id}-v{version}.yaml"
        if have is None and target.is_file():
            have = hashlib.sha256(target.read_bytes()).hexdigest()
        if have == sha:
            continue
        if have is not None:
            warnings.append(
                f"El servidor tiene otra lista de verificación «{form_id}» versión {version} que "
                "la de esta computadora; se conserva la de aquí. Avise al OIC."
            )
            continue
        data = client.form(form_id, version)
        if hashlib.sha256(data).hexdigest() != sha:
            warnings.append(
                f"La lista de verificación «{form_id}» v{version} llegó dañada; se intentará en "
                "el próximo envío."
            )
            continue
        try:
            checklist = parse_checklist(data, file=f"{form_id} v{version} (servidor)")
        except ChecklistError as exc:
            warnings.append(f"La lista de verificación del servidor no es válida: {exc}")
            continue
        if (checklist.id, checklist.version) != (form_id, version):
            continue
        atomic_write(target, data, mode=0o644)
        known[(form_id, version)] = sha
        added.append({"id": form_id, "version": version, "title": checklist.title.es})
    if added:
        app.forms.reload()
    return added
