"""The application service: one object per data folder, used by the CLI and the UI.

:class:`Observador` is the composition root: it opens the data folder (database,
store, evidence store), reads the checklists and pins the versions audits use,
keeps the observer's profile, and finds audits. What it does with an audit lives
in a module per job, mixed in here so that callers keep one object:

- ``services/audits.py``: create a draft; its header, answers, notes and
  repeatable items; its state and evaluation
- ``services/findings.py``: rule findings raised and withdrawn, manual findings
- ``services/versions.py``: finalize, new version
- ``services/document.py``: the canonical JSON document
- ``services/custody.py``: the custody log checked against the data

Every method that changes an audit runs in one database transaction that
also appends to the custody log and refreshes the red-flag findings, so what
is on disk is always consistent. Methods return what changed, for views to
refresh from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from observer_desktop.core.checklist import Checklist
from observer_desktop.core.checklist_loader import parse_checklist
from observer_desktop.core.errors import (
    ConflictError,
    InputError,
    NotFoundError,
    NotOwnAuditError,
)
from observer_desktop.core.statuses import SPANISH_LABELS
from observer_desktop.core.text import count_text
from observer_desktop.core.text import observer_code as canonical_code
from observer_desktop.evidence.store import EvidenceStore
from observer_desktop.services.audits import AuditsMixin
from observer_desktop.services.changes import AuditChange
from observer_desktop.services.custody import CustodyMixin
from observer_desktop.services.document import AUDIT_FORMAT, DocumentMixin
from observer_desktop.services.findings import SEVERITY_LABELS, FindingsMixin
from observer_desktop.services.forms import FormRegistry, shipped_forms_dir
from observer_desktop.services.json_columns import load_json
from observer_desktop.services.versions import IncompleteAuditError, VersionsMixin
from observer_desktop.storage.database import Database, open_database, resolve_data_dir
from observer_desktop.storage.repositories import Store

__all__ = [
    "AUDIT_FORMAT",
    "SEVERITY_LABELS",
    "STATUS_LABELS",
    "AuditChange",
    "IncompleteAuditError",
    "Observador",
]

STATUS_LABELS = SPANISH_LABELS  # the statuses' Spanish names, for the CLI


class Observador(AuditsMixin, FindingsMixin, VersionsMixin, DocumentMixin, CustodyMixin):
    """Everything the app does with one data folder."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        form_dirs: list[Path] | None = None,
    ):
        self.data_dir = resolve_data_dir(data_dir)
        self.database: Database = open_database(self.data_dir)
        self.store = Store(self.database)
        self.evidence = EvidenceStore(self.data_dir / "evidence")
        self._form_dirs = (
            form_dirs if form_dirs is not None else [shipped_forms_dir(), self.data_dir / "forms"]
        )
        self._forms: FormRegistry | None = None
        self._pinned: dict[tuple[str, int], Checklist] = {}

    @property
    def forms(self) -> FormRegistry:
        """The checklists on disk, read on first use (listing audits never needs them)."""
        if self._forms is None:
            self._forms = FormRegistry(self._form_dirs)
        return self._forms

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Observador:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ profile

    def profile(self) -> dict | None:
        return self.store.get_profile()

    def save_profile(
        self,
        *,
        name: str,
        observer_code: str,
        municipality: str = "Chihuahua",
        email: str | None = None,
        language: str = "es",
        institution: str | None = None,
    ) -> dict:
        """Create or change the profile. ``institution``: where the observer studies or
        works, for academic hours (optional; sent to the OIC with each session)."""
        name, observer_code, municipality = (
            name.strip(),
            canonical_code(observer_code),
            municipality.strip(),
        )
        if not name:
            raise InputError("El nombre del observador no puede quedar vacío.")
        if not observer_code or len(observer_code) > 40 or any(c.isspace() for c in observer_code):
            raise InputError(
                "El código de observador es obligatorio, sin espacios y de hasta 40 caracteres "
                "(el que le asignó el OIC)."
            )
        if not municipality:
            raise InputError("El municipio no puede quedar vacío.")
        if language not in ("es", "en"):
            raise InputError("El idioma debe ser 'es' (español) o 'en' (inglés).")
        if email is not None and email and "@" not in email:
            raise InputError(f"El correo {email!r} no parece válido.")
        institution = " ".join((institution or "").split()) or None
        if institution is not None and len(institution) > 200:
            raise InputError("El nombre de la institución admite hasta 200 caracteres.")
        with self.database.transaction():
            self._check_code_change(observer_code)
            self.store.save_profile(
                name=name,
                observer_code=observer_code,
                municipality=municipality,
                email=email or None,
                language=language,
                institution=institution,
            )
        return self.store.get_profile()

    def _check_code_change(self, new_code: str) -> None:
        """Refuse a new observer code while this folder holds audits of another code: the
        reports and submissions of those audits would carry this profile's signature."""
        current = self.store.get_profile()
        if current is None or canonical_code(current["observer_code"]) == new_code:
            return  # a first profile (imported audits keep their code) or no change of code
        others: dict[str, int] = {}
        for row in self.store.audit_observer_codes():
            for code in _audit_codes(row) - {new_code}:
                others[code] = others.get(code, 0) + 1
        if not others:
            return
        listed = " y ".join(
            f"{count_text(n, 'auditoría', 'auditorías')} de {code}"
            for code, n in sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        raise InputError(
            f"No se cambió el código de observador a {new_code}: esta carpeta de datos tiene "
            f"{listed}, y sus informes y envíos llevarían la firma de {new_code}. Para trabajar "
            f"como {new_code} use otra carpeta de datos (abra Observador con --data-dir u "
            "OBSERVER_DATA_DIR); esta se queda como está."
        )

    def require_own_audit(self, audit: dict) -> None:
        """Refuse to sign (or send) an audit another observer code made or finalized."""
        profile = self.store.get_profile()
        if profile is None:
            return  # signing asks for a profile first
        own = canonical_code(profile["observer_code"])
        others = sorted(_audit_codes(audit) - {own})
        if not others:
            return
        theirs = others[0]
        raise NotOwnAuditError(
            f"La auditoría {audit['id'][:8]} es del observador {theirs} y su perfil es {own}: "
            f"el informe diría que es de {theirs} pero llevaría la firma de {own}, así que no "
            f"se firmó ni se envió. Fírmela en la carpeta de datos de {theirs}, con la llave de "
            f"{theirs}; para su propio trabajo, cree una auditoría nueva en esta carpeta."
        )

    def _observer_snapshot(self) -> dict:
        profile = self.store.get_profile()
        if not profile:
            return {}
        return {
            "name": profile["name"],
            "code": profile["observer_code"],
            "municipality": profile["municipality"],
        }

    def actor(self) -> str:
        profile = self.store.get_profile()
        return profile["observer_code"] if profile else "sin-perfil"

    # -------------------------------------------------------- checklists

    def checklist_for(self, audit: dict) -> Checklist:
        """The checklist version an audit pinned, from the database (not from forms/)."""
        key = (audit["form_id"], audit["form_version"])
        cached = self._pinned.get(key)
        if cached is not None and cached.sha256 == audit["form_sha256"]:
            return cached
        row = self.store.get_checklist_row(*key)
        if row is None:
            raise NotFoundError(f"Falta el formulario {key[0]} v{key[1]} en la base de datos.")
        checklist = parse_checklist(row["source"], file=f"{key[0]} v{key[1]} (guardado)")
        self._pinned[key] = checklist
        return checklist

    def pin_checklist(self, checklist: Checklist) -> None:
        """Store the checklist version an audit uses (refused if that version changed since
        it was first used); public for the package import (services/packages/writer.py)."""
        row = self.store.get_checklist_row(checklist.id, checklist.version)
        if row is None:
            self.store.insert_checklist(
                form_id=checklist.id,
                version=checklist.version,
                sha256=checklist.sha256,
                title=checklist.title.es,
                source=checklist.source_text,
            )
        elif row["sha256"] != checklist.sha256:
            raise ConflictError(
                f"El formulario {checklist.id!r} versión {checklist.version} cambió desde que se "
                "usó por primera vez. Quien mantiene los formularios debe aumentar su 'version'."
            )

    def find_checklist(self, form_id: str, version: int | None = None) -> Checklist:
        checklist = (
            self.forms.get(form_id, version) if version is not None else self.forms.latest(form_id)
        )
        if checklist is None:
            known = ", ".join(c.id for c in self.forms.all_latest()) or "ninguno"
            what = f"{form_id!r}" + (f" versión {version}" if version is not None else "")
            raise NotFoundError(
                f"No existe el formulario {what}. Formularios disponibles: {known}."
            )
        return checklist

    # ------------------------------------------------------------ audits

    def resolve_audit(self, ref: str) -> dict:
        """An audit by id or unique id prefix (at least 4 characters)."""
        ref = (ref or "").strip().lower()
        audit = self.store.get_audit(ref)
        if audit:
            return audit
        if len(ref) < 4:
            raise NotFoundError(
                f"No existe la auditoría {ref!r}. Use el identificador completo o al menos "
                "sus primeros 4 caracteres (observer audit list)."
            )
        matches = self.store.audit_ids_with_prefix(ref)
        if not matches:
            raise NotFoundError(
                f"No existe la auditoría {ref!r} (observer audit list las muestra)."
            )
        if len(matches) > 1:
            raise InputError(
                f"{ref!r} corresponde a varias auditorías ({', '.join(m[:8] for m in matches)}…); "
                "escriba más caracteres."
            )
        return self.store.get_audit(matches[0])

    # ------------------------------------------------------------- lists

    def list_audits(self, **filters: Any) -> list[dict]:
        return self.store.list_audits(**filters)

    def status_counts(self, **filters: Any) -> dict[str, int]:
        return self.store.count_audits_by_status(**filters)


def _audit_codes(audit: dict) -> set[str]:
    """The observer codes an audit records: who created it and who finalized it (the one
    its report and its JSON name). Empty for an audit made before any profile existed."""
    codes = {audit.get("observer_code")}
    if "finalized_by" in audit:
        codes.add(audit["finalized_by"])
    else:
        snapshot = load_json(audit.get("observer"))
        codes.add(snapshot.get("code") if isinstance(snapshot, dict) else None)
    return {canonical_code(c) for c in codes if isinstance(c, str) and c.strip()}
