"""The application service: one object per data folder, used by the CLI and the UI.

Every method that changes an audit runs in one database transaction that
also appends to the custody log and refreshes the red-flag findings, so what
is on disk is always consistent. Methods return what changed, for views to
refresh from.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observer_desktop.core.canonical import canonical_hash, canonical_json
from observer_desktop.core.checklist import SEVERITIES, Checklist, Question, parse_checklist
from observer_desktop.core.custody import ChainBreak, verify_chain
from observer_desktop.core.engine import (
    AuditState,
    Evaluation,
    MissingItem,
    evaluate,
    normalize_value,
    parse_value,
)
from observer_desktop.core.errors import (
    AuditLockedError,
    ChangedElsewhereError,
    CheckFailedError,
    ConflictError,
    InputError,
    NotFoundError,
    NotOwnAuditError,
)
from observer_desktop.core.statuses import SPANISH_LABELS
from observer_desktop.core.text import count_text, fold
from observer_desktop.core.text import observer_code as canonical_code
from observer_desktop.evidence.store import EvidenceStore
from observer_desktop.services.forms import FormRegistry, shipped_forms_dir
from observer_desktop.storage.database import Database, open_database, resolve_data_dir
from observer_desktop.storage.repositories import Store, now_iso

__all__ = [
    "AUDIT_FORMAT",
    "STATUS_LABELS",
    "AuditChange",
    "IncompleteAuditError",
    "Observador",
]

AUDIT_FORMAT = "observador.audit/1"
STATUS_LABELS = SPANISH_LABELS  # the statuses' Spanish names, for the CLI
SEVERITY_LABELS = {"alta": "Alta", "media": "Media", "baja": "Baja"}
_UNSET: Any = object()


class IncompleteAuditError(CheckFailedError):
    def __init__(self, missing: list[MissingItem]):
        self.missing = missing
        lines = "\n".join(f"  - {m.message} [{m.id}]" for m in missing)
        super().__init__(
            "La auditoría no se puede finalizar: "
            + ("falta 1 elemento" if len(missing) == 1 else f"faltan {len(missing)} elementos")
            + f":\n{lines}"
        )


@dataclass
class AuditChange:
    """What one service call changed, for views to refresh."""

    audit_id: str
    raised: list[dict] = field(default_factory=list)
    withdrawn: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "audit": self.audit_id,
            "raised": [
                {"id": f["id"], "rule": f["rule_id"], "title": f["title"]} for f in self.raised
            ],
            "withdrawn": [{"id": f["id"], "rule": f["rule_id"]} for f in self.withdrawn],
        }


class Observador:
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
    ) -> dict:
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
        with self.database.transaction():
            self._check_code_change(observer_code)
            self.store.save_profile(
                name=name,
                observer_code=observer_code,
                municipality=municipality,
                email=email or None,
                language=language,
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

    def _pin_checklist(self, checklist: Checklist) -> None:
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

    def create_audit(
        self,
        form_id: str,
        *,
        version: int | None = None,
        header: dict[str, Any] | None = None,
    ) -> dict:
        checklist = self.find_checklist(form_id, version)
        values = {}
        for key, value in (header or {}).items():
            values[key] = self._header_value(checklist, key, value)
        audit_id = str(uuid.uuid4())
        now = now_iso()
        profile = self.store.get_profile()
        with self.database.transaction():
            self._pin_checklist(checklist)
            row = {
                "id": audit_id,
                "form_id": checklist.id,
                "form_version": checklist.version,
                "form_sha256": checklist.sha256,
                "status": "draft",
                "version": 1,
                "header": "{}",
                "repeat_counts": "{}",
                "observer_code": profile["observer_code"] if profile else None,
                "created_at": now,
                "updated_at": now,
            }
            row.update(self._derived_fields(checklist, values, audit_id))
            row["header"] = _dumps(values)
            counts = {s.id: s.repeat.min for s in checklist.sections if s.repeat}
            row["repeat_counts"] = _dumps(counts)
            self.store.insert_audit(row)
            self.store.append_custody(
                audit_id,
                "audit.created",
                {
                    "form": checklist.id,
                    "form_version": checklist.version,
                    "form_sha256": checklist.sha256,
                    "header": values,
                },
                actor=self.actor(),
            )
            self._refresh_findings(audit_id)
        return self.store.get_audit(audit_id)

    def _derived_fields(self, checklist: Checklist, header: dict, audit_id: str) -> dict:
        """Title, event date and search text of an audit, from its header.

        Title: the first text field (the process or contract number) and a
        description (the first field whose id starts with ``objeto`` or
        ``nombre``, else the next required text field). Event date: the first
        required date field, else the first date field.
        """
        texts = [f for f in checklist.header if f.type == "text" and header.get(f.id)]
        parts = [str(header[texts[0].id])] if texts else []
        described = [f for f in texts[1:] if f.id.startswith(("objeto", "nombre"))] or [
            f for f in texts[1:] if f.required
        ]
        if described:
            parts.append(str(header[described[0].id]))
        title = " — ".join(parts) or checklist.title.es
        dates = [f for f in checklist.header if f.type == "date" and header.get(f.id)]
        dates.sort(key=lambda f: not f.required)
        event_date = header[dates[0].id] if dates else None
        words = [audit_id, checklist.id, checklist.title.es, title]
        for f in checklist.header:
            v = header.get(f.id)
            if v in (None, "", []):
                continue
            if f.type in ("single_choice", "yes_no", "yes_no_na"):
                words.append(f.option_label(v))
            elif f.type == "multiple_choice":
                words.extend(f.option_label(x) for x in v)
            else:
                words.append(str(v))
        return {"title": title, "event_date": event_date, "search_text": fold(" ".join(words))}

    def _header_value(self, checklist: Checklist, field_id: str, value: Any) -> Any:
        try:
            f = checklist.header_field(field_id)
        except KeyError:
            known = ", ".join(f.id for f in checklist.header)
            raise NotFoundError(
                f"El formulario {checklist.id!r} no tiene el campo de encabezado {field_id!r}. "
                f"Campos: {known}."
            ) from None
        if isinstance(value, str) and f.type != "text":
            return parse_value(f, value)
        return normalize_value(f, value)

    def _editable(self, audit_ref: str) -> tuple[dict, Checklist]:
        audit = self.resolve_audit(audit_ref)
        if audit["status"] != "draft":
            raise AuditLockedError(
                f"La auditoría {audit['id'][:8]} está {STATUS_LABELS[audit['status']].lower()} y ya "
                "no se puede modificar. Cree una nueva versión (observer audit new-version)."
            )
        return audit, self.checklist_for(audit)

    def set_header(
        self, audit_ref: str, values: dict[str, Any], *, expected: dict[str, Any] | None = None
    ) -> AuditChange:
        """Save header fields. ``expected`` (field → what the caller showed): a field
        changed elsewhere meanwhile refuses the whole write with
        :class:`ChangedElsewhereError`, as :meth:`set_answer` does."""
        with self.database.transaction():
            # read inside the write transaction: another process may have changed the audit
            audit, checklist = self._editable(audit_ref)
            header = _loads(audit["header"])
            for key, shown in (expected or {}).items():
                shown = None if shown is None else self._header_value(checklist, key, shown)
                if header.get(key) != shown:
                    raise ChangedElsewhereError(
                        "Este dato cambió en otra parte mientras usted lo editaba (otra ventana "
                        f"o la línea de comandos): ahora dice «{_shown(header.get(key))}». El "
                        "suyo no se guardó; si es el correcto, cámbielo de nuevo y se guardará.",
                        current=header.get(key),
                    )
            changed = {}
            for key, raw in values.items():
                value = self._header_value(checklist, key, raw)
                if header.get(key) != value:
                    changed[key] = value
            if not changed:
                return AuditChange(audit["id"])
            for key, value in changed.items():
                if value is None:
                    header.pop(key, None)
                else:
                    header[key] = value
            fields = self._derived_fields(checklist, header, audit["id"])
            self.store.update_audit(
                audit["id"], header=_dumps(header), updated_at=now_iso(), **fields
            )
            self.store.append_custody(
                audit["id"], "header.changed", {"values": changed}, actor=self.actor()
            )
            return self._refresh_findings(audit["id"], checklist)

    def _question(
        self, checklist: Checklist, question_id: str, item: int | None, audit: dict
    ) -> Question:
        q = checklist.question_map.get(question_id)
        if q is None:
            raise NotFoundError(
                f"El formulario {checklist.id!r} no tiene la pregunta {question_id!r} "
                "(observer forms show lo lista)."
            )
        if q.group_id is None and item is not None:
            raise InputError(
                f"La pregunta {question_id!r} no está en una sección repetible; quite --item."
            )
        if q.group_id is not None:
            count = _loads(audit["repeat_counts"]).get(q.group_id, 0)
            if item is None:
                raise InputError(
                    f"La pregunta {question_id!r} está en la sección repetible {q.group_id!r}; "
                    f"indique el elemento con --item (1 a {count})."
                )
            if not 0 <= item < count:
                raise InputError(
                    f"La sección {q.group_id!r} tiene {count} elemento(s); el elemento "
                    f"{item + 1} no existe (agréguelo primero)."
                )
        return q

    def set_answer(
        self,
        audit_ref: str,
        question_id: str,
        value: Any,
        *,
        item: int | None = None,
        note: str | None = _UNSET,
        expected: Any = _UNSET,
        expected_note: Any = _UNSET,
    ) -> AuditChange:
        """Save one answer (``value`` None clears it). ``item`` is 0-based.

        ``expected`` / ``expected_note``: what the caller showed before this edit. When
        the stored value differs (changed elsewhere meanwhile) nothing is written and
        :class:`ChangedElsewhereError` says what is stored now: never lost silently.
        """
        if note is not _UNSET and note is not None:
            note = note.strip() or None
            if note and len(note) > 10000:
                raise InputError("La nota es demasiado larga (máximo 10 000 caracteres).")
        with self.database.transaction():
            audit, checklist = self._editable(audit_ref)
            q = self._question(checklist, question_id, item, audit)
            value = normalize_value(q, value)
            if value is not None:
                self._require_relevant(checklist, audit, q, item)
            existing = self.store.get_answer(audit["id"], question_id, item)
            old_value = existing["value"] if existing else None
            old_note = existing["note"] if existing else None
            if expected is not _UNSET and old_value != _normalized(q, expected):
                raise ChangedElsewhereError(
                    f"Esta respuesta cambió en otra parte mientras usted la editaba (otra "
                    f"ventana o la línea de comandos): ahora dice «{_shown(old_value)}». La suya "
                    "no se guardó; si es la correcta, cámbiela de nuevo y se guardará.",
                    current=old_value,
                )
            if expected_note is not _UNSET and old_note != _clean_note(expected_note):
                raise ChangedElsewhereError(
                    f"Esta nota cambió en otra parte mientras usted la editaba: ahora dice "
                    f"«{_shown(old_note)}». La suya no se guardó; si es la correcta, cámbiela "
                    "de nuevo y se guardará.",
                    current=old_note,
                )
            new_note = old_note if note is _UNSET else note
            if old_value == value and old_note == new_note:
                return AuditChange(audit["id"])  # nothing changes: nothing to log
            if value is None and new_note is None:
                self.store.delete_answer(audit["id"], question_id, item)
            else:
                self.store.put_answer(audit["id"], question_id, item, value=value, note=new_note)
            details: dict[str, Any] = {"question": question_id, "item": item}
            if value != old_value:
                details["value"] = value
                details["previous"] = old_value
            if new_note != old_note:
                details["note"] = new_note
            if value == old_value:
                action = "note.set"
            elif value is None:
                action = "answer.cleared"
            else:
                action = "answer.set"
            self.store.update_audit(audit["id"], updated_at=now_iso())
            self.store.append_custody(audit["id"], action, details, actor=self.actor())
            return self._refresh_findings(audit["id"], checklist)

    def _require_relevant(self, checklist: Checklist, audit: dict, q: Question, item) -> None:
        if q.relevant is None and (
            q.section_id is None or checklist.section(q.section_id).relevant is None
        ):
            return
        if evaluate(checklist, self.audit_state(audit)).is_relevant(q.id, item):
            return
        section = checklist.section(q.section_id)
        condition = q.relevant.source if q.relevant else section.relevant.source
        raise InputError(
            f"La pregunta {q.id!r} no aplica con las respuestas actuales (solo se responde "
            f"cuando {condition}). Cambie primero la respuesta de la que depende."
        )

    def parse_answer(
        self, audit_ref: str, question_id: str, text: str, *, item: int | None = None
    ) -> Any:
        """Turn typed text (CLI, import of a spreadsheet) into the question's value."""
        audit, checklist = self._editable(audit_ref)
        return parse_value(self._question(checklist, question_id, item, audit), text)

    def clear_answer(
        self, audit_ref: str, question_id: str, *, item: int | None = None
    ) -> AuditChange:
        return self.set_answer(audit_ref, question_id, None, item=item)

    def set_note(
        self,
        audit_ref: str,
        question_id: str,
        note: str | None,
        *,
        item: int | None = None,
        expected: Any = _UNSET,
    ) -> AuditChange:
        with self.database.transaction():
            audit, checklist = self._editable(audit_ref)
            self._question(checklist, question_id, item, audit)
            existing = self.store.get_answer(audit["id"], question_id, item)
            value = existing["value"] if existing else None
            return self.set_answer(
                audit["id"], question_id, value, item=item, note=note, expected_note=expected
            )

    def add_group_item(self, audit_ref: str, section_id: str) -> int:
        """Append an item to a repeatable section; return its 0-based index."""
        with self.database.transaction():
            audit, checklist = self._editable(audit_ref)
            section = self._repeat_section(checklist, section_id)
            counts = _loads(audit["repeat_counts"])
            count = counts.get(section_id, 0)
            if count >= section.repeat.max:
                raise InputError(
                    f"La sección {section_id!r} admite como máximo {section.repeat.max} elementos."
                )
            counts[section_id] = count + 1
            self.store.update_audit(audit["id"], repeat_counts=_dumps(counts), updated_at=now_iso())
            self.store.append_custody(
                audit["id"],
                "item.added",
                {"section": section_id, "item": count},
                actor=self.actor(),
            )
            self._refresh_findings(audit["id"], checklist)
        return count

    def remove_group_item(self, audit_ref: str, section_id: str, item: int) -> AuditChange:
        """Remove one item; answers, findings and evidence links of later items move up."""
        with self.database.transaction():
            audit, checklist = self._editable(audit_ref)
            section = self._repeat_section(checklist, section_id)
            counts = _loads(audit["repeat_counts"])
            count = counts.get(section_id, 0)
            if not 0 <= item < count:
                raise InputError(f"La sección {section_id!r} no tiene el elemento {item + 1}.")
            counts[section_id] = count - 1
            removed = self.store.delete_group_item(
                audit["id"], [q.id for q in section.questions], item
            )
            self.store.update_audit(audit["id"], repeat_counts=_dumps(counts), updated_at=now_iso())
            self.store.append_custody(
                audit["id"],
                "item.removed",
                {"section": section_id, "item": item, **removed},
                actor=self.actor(),
            )
            return self._refresh_findings(audit["id"], checklist)

    def _repeat_section(self, checklist: Checklist, section_id: str):
        try:
            section = checklist.section(section_id)
        except KeyError:
            raise NotFoundError(f"El formulario no tiene la sección {section_id!r}.") from None
        if section.repeat is None:
            raise InputError(f"La sección {section_id!r} no es repetible.")
        return section

    # ------------------------------------------------------------ state

    def audit_state(self, audit: dict) -> AuditState:
        answers: dict[str, Any] = {}
        counts = _loads(audit["repeat_counts"])
        groups: dict[str, list[dict[str, Any]]] = {
            gid: [{} for _ in range(n)] for gid, n in counts.items()
        }
        checklist = self.checklist_for(audit)
        qmap = checklist.question_map
        for row in self.store.answers(audit["id"]):
            q = qmap.get(row["question_id"])
            if q is None:
                continue
            if q.group_id is None:
                answers[q.id] = row["value"]
            elif row["item"] is not None and row["item"] < len(groups.get(q.group_id, [])):
                groups[q.group_id][row["item"]][q.id] = row["value"]
        return AuditState(
            header=_loads(audit["header"]),
            answers=answers,
            groups=groups,
            evidence_counts=self.store.evidence_counts(audit["id"]),
        )

    def evaluate(self, audit_ref: str) -> Evaluation:
        audit = self.resolve_audit(audit_ref)
        return evaluate(self.checklist_for(audit), self.audit_state(audit))

    def _refresh_findings(self, audit_id: str, checklist: Checklist | None = None) -> AuditChange:
        """Bring rule findings in line with the answers. Call inside a transaction."""
        audit = self.store.get_audit(audit_id)
        checklist = checklist or self.checklist_for(audit)
        result = evaluate(checklist, self.audit_state(audit))
        fired = {flag.key: flag for flag in result.flags}
        existing = self.store.rule_findings(audit_id)
        change = AuditChange(audit_id)
        now = now_iso()
        actor = self.actor()
        for key, flag in fired.items():
            row = existing.get(key)
            if row is None:
                rule = flag.rule
                row = {
                    "id": str(uuid.uuid4()),
                    "audit_id": audit_id,
                    "source": "rule",
                    "rule_id": rule.id,
                    "question_id": rule.question_id,
                    "item": flag.item,
                    "severity": rule.severity,
                    "title": rule.title.es,
                    "description": rule.description.es if rule.description else "",
                    "recommendation": rule.recommendation.es if rule.recommendation else "",
                    "status": "open",
                    "created_at": now,
                    "updated_at": now,
                }
                self.store.insert_finding(row)
            elif row["status"] == "withdrawn":
                self.store.update_finding(row["id"], status="open", updated_at=now)
            else:
                continue
            change.raised.append(row)
            self.store.append_custody(
                audit_id,
                "finding.raised",
                {
                    "finding": row["id"],
                    "rule": row["rule_id"],
                    "item": flag.item,
                    "severity": row["severity"],
                },
                actor=actor,
            )
        for key, row in existing.items():
            if key not in fired and row["status"] == "open":
                self.store.update_finding(row["id"], status="withdrawn", updated_at=now)
                change.withdrawn.append(row)
                self.store.append_custody(
                    audit_id,
                    "finding.withdrawn",
                    {"finding": row["id"], "rule": row["rule_id"], "item": row["item"]},
                    actor=actor,
                )
        return change

    # ---------------------------------------------------------- findings

    def add_finding(
        self,
        audit_ref: str,
        *,
        title: str,
        severity: str,
        description: str = "",
        recommendation: str = "",
        question_id: str | None = None,
        item: int | None = None,
    ) -> dict:
        title = (title or "").strip()
        if not title:
            raise InputError("El hallazgo necesita un título.")
        if len(title) > 1000:
            raise InputError("El título del hallazgo es demasiado largo (máximo 1000 caracteres).")
        severity = (severity or "").strip().lower()
        if severity not in SEVERITIES:
            raise InputError(f"La severidad debe ser alta, media o baja; se recibió {severity!r}.")
        if question_id is None and item is not None:
            raise InputError("Indique la pregunta (--question) a la que pertenece el elemento.")
        with self.database.transaction():
            return self._add_finding(
                audit_ref,
                title=title,
                severity=severity,
                description=description,
                recommendation=recommendation,
                question_id=question_id,
                item=item,
            )

    def _add_finding(
        self, audit_ref, *, title, severity, description, recommendation, question_id, item
    ) -> dict:
        audit, checklist = self._editable(audit_ref)
        if question_id is not None:
            self._question(checklist, question_id, item, audit)
        now = now_iso()
        row = {
            "id": str(uuid.uuid4()),
            "audit_id": audit["id"],
            "source": "manual",
            "rule_id": None,
            "question_id": question_id,
            "item": item,
            "severity": severity,
            "title": title,
            "description": description.strip(),
            "recommendation": recommendation.strip(),
            "status": "open",
            "created_at": now,
            "updated_at": now,
        }
        self.store.insert_finding(row)
        self.store.update_audit(audit["id"], updated_at=now)
        self.store.append_custody(
            audit["id"],
            "finding.added",
            {
                "finding": row["id"],
                "title": title,
                "severity": severity,
                "question": question_id,
                "item": item,
            },
            actor=self.actor(),
        )
        return self.store.get_finding(row["id"])

    def remove_finding(self, audit_ref: str, finding_ref: str) -> None:
        with self.database.transaction():
            audit, _ = self._editable(audit_ref)
            finding = self._resolve_finding(audit["id"], finding_ref)
            if finding["source"] != "manual":
                raise InputError(
                    "Los hallazgos generados por una regla se retiran solos al cambiar la respuesta."
                )
            self.store.delete_finding(finding["id"])
            self.store.update_audit(audit["id"], updated_at=now_iso())
            self.store.append_custody(
                audit["id"], "finding.removed", {"finding": finding["id"]}, actor=self.actor()
            )

    def _resolve_finding(self, audit_id: str, ref: str) -> dict:
        ref = (ref or "").strip().lower()
        if len(ref) < 4:
            raise InputError(
                "Indique el hallazgo con su identificador o al menos sus primeros 4 caracteres "
                "(observer finding list)."
            )
        matches = self.store.finding_ids_with_prefix(audit_id, ref)
        if len(matches) != 1:
            raise NotFoundError(
                f"No hay un hallazgo {ref!r} en esta auditoría."
                if not matches
                else f"{ref!r} corresponde a varios hallazgos; escriba más caracteres."
            )
        return self.store.get_finding(matches[0])

    def findings(self, audit_ref: str, *, include_withdrawn: bool = False) -> list[dict]:
        audit = self.resolve_audit(audit_ref)
        return self.store.findings(audit["id"], include_withdrawn=include_withdrawn)

    # ---------------------------------------------------------- finalize

    def finalize(self, audit_ref: str) -> dict:
        if self.store.get_profile() is None:
            raise InputError(
                "Antes de finalizar, registre su perfil de observador "
                "(observer init --name … --code …): la auditoría finalizada lleva su nombre."
            )
        with self.database.transaction():
            audit, checklist = self._editable(audit_ref)
            result = evaluate(checklist, self.audit_state(audit))
            if result.missing:
                raise IncompleteAuditError(result.missing)
            now = now_iso()
            # the person who finalizes signs off: their profile is frozen into the audit
            self.store.update_audit(
                audit["id"],
                status="finalized",
                finalized_at=now,
                updated_at=now,
                observer=_dumps(self._observer_snapshot()),
            )
            document = self.audit_document(audit["id"])
            digest = canonical_hash(document)
            self.store.update_audit(audit["id"], finalized_sha256=digest)
            self.store.append_custody(
                audit["id"], "audit.finalized", {"content_sha256": digest}, actor=self.actor()
            )
        return self.store.get_audit(audit["id"])

    def new_version(self, audit_ref: str) -> dict:
        """Copy a finalized (or later) audit into a new draft that supersedes it."""
        with self.database.transaction():
            return self._new_version(audit_ref)

    def _new_version(self, audit_ref: str) -> dict:
        old = self.resolve_audit(audit_ref)
        if old["status"] == "draft":
            raise InputError("La auditoría sigue en borrador; puede modificarla directamente.")
        if old["superseded_by"]:
            raise ConflictError(
                f"La auditoría ya tiene una versión más nueva ({old['superseded_by'][:8]}); "
                "trabaje sobre esa."
            )
        checklist = self.checklist_for(old)
        new_id = str(uuid.uuid4())
        now = now_iso()
        if True:  # one transaction, opened by new_version
            row = {
                k: old[k]
                for k in (
                    "form_id",
                    "form_version",
                    "form_sha256",
                    "header",
                    "repeat_counts",
                    "title",
                    "event_date",
                    "observer_code",
                )
            }
            row.update(
                id=new_id,
                status="draft",
                version=old["version"] + 1,
                supersedes=old["id"],
                created_at=now,
                updated_at=now,
                search_text=old["search_text"].replace(old["id"], new_id),
            )
            self.store.insert_audit(row)
            for answer in self.store.answers(old["id"]):
                self.store.put_answer(
                    new_id,
                    answer["question_id"],
                    answer["item"],
                    value=answer["value"],
                    note=answer["note"],
                )
            new_finding_ids: dict[str, str] = {}
            for f in self.store.findings(old["id"]):
                if f["source"] == "manual":
                    new_finding_ids[f["id"]] = str(uuid.uuid4())
                    self.store.insert_finding(
                        {
                            **f,
                            "id": new_finding_ids[f["id"]],
                            "audit_id": new_id,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
            for ev in self.store.evidence(old["id"]):
                ev_id = str(uuid.uuid4())
                links = ev.pop("links")
                self.store.insert_evidence({**ev, "id": ev_id, "audit_id": new_id})
                for link in links:
                    if link["question_id"]:
                        self.store.insert_evidence_link(
                            ev_id, question_id=link["question_id"], item=link["item"]
                        )
                    elif link["finding_id"] in new_finding_ids:
                        self.store.insert_evidence_link(
                            ev_id, finding_id=new_finding_ids[link["finding_id"]]
                        )
            self.store.update_audit(old["id"], superseded_by=new_id)
            self.store.append_custody(
                new_id,
                "audit.created",
                {
                    "supersedes": old["id"],
                    "supersedes_head": old["log_head"],
                    "form": old["form_id"],
                    "form_version": old["form_version"],
                    "form_sha256": old["form_sha256"],
                    # the starting state, so the log alone can rebuild this version
                    "header": _loads(old["header"]),
                    "repeat_counts": _loads(old["repeat_counts"]),
                    "answers": [
                        [a["question_id"], a["item"], a["value"], a["note"]]
                        for a in self.store.answers(old["id"])
                    ],
                },
                actor=self.actor(),
            )
            self.store.append_custody(
                old["id"], "audit.superseded", {"by": new_id}, actor=self.actor()
            )
            self._refresh_findings(new_id, checklist)
        return self.store.get_audit(new_id)

    # ---------------------------------------------------------- document

    def audit_document(self, audit_ref: str) -> dict:
        """The audit as its canonical JSON document (the machine-readable record)."""
        audit = self.resolve_audit(audit_ref)
        answers = [
            {
                "question": a["question_id"],
                "item": a["item"],
                "value": a["value"],
                "note": a["note"],
                "updated_at": a["updated_at"],
            }
            for a in self.store.answers(audit["id"])
        ]
        findings = [
            {
                k: f[k]
                for k in (
                    "id",
                    "source",
                    "rule_id",
                    "question_id",
                    "item",
                    "severity",
                    "title",
                    "description",
                    "recommendation",
                    "status",
                    "created_at",
                    "updated_at",
                )
            }
            for f in self.store.findings(audit["id"], include_withdrawn=True)
        ]
        evidence = []
        for ev in self.store.evidence(audit["id"]):
            evidence.append(
                {
                    "id": ev["id"],
                    "sha256": ev["sha256"],
                    "size": ev["size"],
                    "mime": ev["mime"],
                    "original_name": ev["original_name"],
                    "caption": ev["caption"],
                    "captured_at": ev["captured_at"],
                    "imported_at": ev["imported_at"],
                    "gps": None if ev["gps_lat"] is None else [ev["gps_lat"], ev["gps_lon"]],
                    "metadata": ev["metadata"],
                    "links": [
                        {
                            "question": link["question_id"],
                            "item": link["item"],
                            "finding": link["finding_id"],
                        }
                        for link in ev["links"]
                    ],
                }
            )
        return {
            "format": AUDIT_FORMAT,
            "audit": {
                "id": audit["id"],
                "version": audit["version"],
                "supersedes": audit["supersedes"],
                "status": audit["status"],
                "created_at": audit["created_at"],
                "updated_at": audit["updated_at"],
                "finalized_at": audit["finalized_at"],
                "form": {
                    "id": audit["form_id"],
                    "version": audit["form_version"],
                    "sha256": audit["form_sha256"],
                },
                "header": _loads(audit["header"]),
                "repeat_counts": _loads(audit["repeat_counts"]),
                # a draft shows who is working on it; from finalization on, who signed off
                "observer": (
                    _loads(audit["observer"])
                    if audit["status"] != "draft"
                    else self._observer_snapshot()
                )
                or None,
            },
            "answers": answers,
            "findings": findings,
            "evidence": evidence,
            "custody": {"count": audit["log_count"], "head": audit["log_head"]},
        }

    # ------------------------------------------------------------- lists

    def list_audits(self, **filters: Any) -> list[dict]:
        return self.store.list_audits(**filters)

    def status_counts(self, **filters: Any) -> dict[str, int]:
        return self.store.count_audits_by_status(**filters)

    # ------------------------------------------------------------ custody

    def verify_custody(self, audit_ref: str | None = None) -> list[ChainBreak]:
        """Check every audit's chain (or one) and that the audit's data matches it.

        Returns the first problem of each audit: a broken link, or data (header,
        answers, notes, finalized content) that differs from what the log records.
        """
        if audit_ref:
            audit = self.resolve_audit(audit_ref)
            heads = [
                {"id": audit["id"], "log_head": audit["log_head"], "log_count": audit["log_count"]}
            ]
        else:
            heads = self.store.custody_heads()
        breaks = []
        for head in heads:
            problem = verify_chain(
                head["id"],
                self.store.custody_entries(head["id"]),
                head_hash=head["log_head"],
                head_count=head["log_count"],
            )
            if problem is None:
                problem = self._verify_content(head["id"])
            if problem:
                breaks.append(problem)
        return breaks

    def _verify_content(self, audit_id: str) -> ChainBreak | None:
        """Replay the custody log and compare with the tables (catches direct edits)."""
        audit = self.store.get_audit(audit_id)
        checklist = self.checklist_for(audit)
        entries = self.store.custody_entries(audit_id)
        header: dict[str, Any] = {}
        counts: dict[str, int] = {}
        answers: dict[tuple[str, int | None], list] = {}
        groups = {s.id: {q.id for q in s.questions} for s in checklist.sections if s.repeat}
        finalized: dict | None = None
        for e in entries:
            d, action = e["details"], e["action"]
            if action == "audit.created":
                header = dict(d.get("header") or {})
                counts = dict(
                    d.get("repeat_counts")
                    or {s.id: s.repeat.min for s in checklist.sections if s.repeat}
                )
                answers = {(q, i): [v, n] for q, i, v, n in d.get("answers", [])}
            elif action == "header.changed":
                for key, value in d["values"].items():
                    if value is None:
                        header.pop(key, None)
                    else:
                        header[key] = value
            elif action in ("answer.set", "answer.cleared", "note.set"):
                slot = answers.setdefault((d["question"], d["item"]), [None, None])
                if "value" in d:
                    slot[0] = d["value"]
                if "note" in d:
                    slot[1] = d["note"]
            elif action == "item.added":
                counts[d["section"]] = counts.get(d["section"], 0) + 1
            elif action == "item.removed":
                counts[d["section"]] = counts.get(d["section"], 0) - 1
                members, gone = groups.get(d["section"], set()), d["item"]
                answers = {
                    (q, i - 1 if q in members and i is not None and i > gone else i): v
                    for (q, i), v in answers.items()
                    if not (q in members and i == gone)
                }
            elif action == "audit.finalized":
                finalized = e
        replayed = {k: v for k, v in answers.items() if v != [None, None]}
        stored = {
            (a["question_id"], a["item"]): [a["value"], a["note"]]
            for a in self.store.answers(audit_id)
        }
        if replayed != stored:
            diff = sorted(
                (k for k in replayed.keys() | stored.keys() if replayed.get(k) != stored.get(k)),
                key=str,
            )
            question, item = diff[0]
            where = question + ("" if item is None else f" (elemento {item + 1})")
            return ChainBreak(
                audit_id,
                None,
                f"la respuesta a {where} no coincide con el registro de custodia "
                "(los datos se modificaron fuera de Observador)",
            )
        if header != _loads(audit["header"]):
            return ChainBreak(
                audit_id, None, "el encabezado no coincide con el registro de custodia"
            )
        if counts and counts != _loads(audit["repeat_counts"]):
            return ChainBreak(
                audit_id, None, "los elementos repetibles no coinciden con el registro de custodia"
            )
        if finalized is not None and audit["status"] != "draft":
            then = self.audit_document(audit_id)
            then["audit"]["status"] = "finalized"
            then["custody"] = {"count": finalized["n"] - 1, "head": finalized["prev_hash"]}
            if canonical_hash(then) != finalized["details"].get("content_sha256"):
                return ChainBreak(
                    audit_id,
                    finalized["n"],
                    "el contenido de la auditoría finalizada ya no coincide con su huella",
                )
        elif finalized is not None or audit["status"] != "draft":
            return ChainBreak(
                audit_id, None, "el estado de la auditoría no coincide con el registro"
            )
        return None

    def custody_log(self, audit_ref: str) -> list[dict]:
        return self.store.custody_entries(self.resolve_audit(audit_ref)["id"])


def _audit_codes(audit: dict) -> set[str]:
    """The observer codes an audit records: who created it and who finalized it (the one
    its report and its JSON name). Empty for an audit made before any profile existed."""
    codes = {audit.get("observer_code")}
    if "finalized_by" in audit:
        codes.add(audit["finalized_by"])
    else:
        snapshot = _loads(audit.get("observer"))
        codes.add(snapshot.get("code") if isinstance(snapshot, dict) else None)
    return {canonical_code(c) for c in codes if isinstance(c, str) and c.strip()}


def _dumps(value: Any) -> str:
    return canonical_json(value).decode("utf-8")


def _normalized(q: Question, value: Any) -> Any:
    """``value`` as it would be stored (what a caller showed may be unnormalized)."""
    if value is None:
        return None
    try:
        return normalize_value(q, value)
    except Exception:  # not storable: it cannot equal what is stored
        return value


def _clean_note(note: Any) -> Any:
    return (note.strip() or None) if isinstance(note, str) else note


def _shown(value: Any) -> str:
    """A stored answer in a sentence: lists joined, nothing as «(vacía)»."""
    if value in (None, "", []):
        return "(vacía)"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _loads(text: str | None) -> Any:
    return json.loads(text) if text else {}
