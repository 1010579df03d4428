"""Editing a draft audit: create it, its header, answers and notes, repeatable items.

A mixin of :class:`~observer_desktop.services.app.Observador` (which supplies
``store``, ``database``, ``resolve_audit``, ``checklist_for``, ``actor`` and the
findings refresh). Every change is one transaction that reads the audit inside
it, bumps ``updated_at``, appends to the custody log and refreshes the red
flags. :meth:`AuditsMixin.editable_audit` and :meth:`AuditsMixin.require_question`
are public because the evidence service checks audits and questions the same way.
"""

from __future__ import annotations

import uuid
from typing import Any

from observer_desktop.core.checklist import Checklist, Question
from observer_desktop.core.engine import (
    AuditState,
    Evaluation,
    evaluate,
    normalize_value,
    parse_value,
)
from observer_desktop.core.errors import (
    AuditLockedError,
    ChangedElsewhereError,
    InputError,
    NotFoundError,
)
from observer_desktop.core.statuses import SPANISH_LABELS
from observer_desktop.core.text import fold
from observer_desktop.services.changes import AuditChange
from observer_desktop.services.json_columns import dump_json, load_json
from observer_desktop.storage.database import Database
from observer_desktop.storage.repositories import Store, now_iso

__all__ = ["AuditsMixin"]

_UNSET: Any = object()


class AuditsMixin:
    """Create a draft and change what it records."""

    store: Store
    database: Database

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
            self.pin_checklist(checklist)
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
            row.update(self.derived_fields(checklist, values, audit_id))
            row["header"] = dump_json(values)
            counts = {s.id: s.repeat.min for s in checklist.sections if s.repeat}
            row["repeat_counts"] = dump_json(counts)
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

    def derived_fields(self, checklist: Checklist, header: dict, audit_id: str) -> dict:
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

    def editable_audit(self, audit_ref: str) -> tuple[dict, Checklist]:
        """The audit and its checklist, refusing one that is no longer a draft.

        Call it inside the write transaction: another process may have finalized
        the audit since the caller last read it."""
        audit = self.resolve_audit(audit_ref)
        if audit["status"] != "draft":
            raise AuditLockedError(
                f"La auditoría {audit['id'][:8]} está {SPANISH_LABELS[audit['status']].lower()} y ya "
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
            audit, checklist = self.editable_audit(audit_ref)
            header = load_json(audit["header"])
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
            fields = self.derived_fields(checklist, header, audit["id"])
            self.store.update_audit(
                audit["id"], header=dump_json(header), updated_at=now_iso(), **fields
            )
            self.store.append_custody(
                audit["id"], "header.changed", {"values": changed}, actor=self.actor()
            )
            change = self._refresh_findings(audit["id"], checklist)
            change.header = True
            return change

    def require_question(
        self, checklist: Checklist, question_id: str, item: int | None, audit: dict
    ) -> Question:
        """The checklist's question, refusing an unknown id or an item the audit lacks
        (``item`` is 0-based, and given exactly for questions of repeatable sections)."""
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
            count = load_json(audit["repeat_counts"]).get(q.group_id, 0)
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
        note = _checked_note(note)
        with self.database.transaction():
            audit, checklist = self.editable_audit(audit_ref)
            q = self.require_question(checklist, question_id, item, audit)
            value = normalize_value(q, value)
            if value is not None:
                self._require_relevant(checklist, audit, q, item)
            existing = self.store.get_answer(audit["id"], question_id, item)
            old_value = existing["value"] if existing else None
            old_note = existing["note"] if existing else None
            _refuse_changed_elsewhere(q, old_value, old_note, expected, expected_note)
            new_note = old_note if note is _UNSET else note
            if old_value == value and old_note == new_note:
                return AuditChange(audit["id"])  # nothing changes: nothing to log
            if value is None and new_note is None:
                self.store.delete_answer(audit["id"], question_id, item)
            else:
                self.store.put_answer(audit["id"], question_id, item, value=value, note=new_note)
            action, details = _answer_entry(
                question_id, item, (old_value, value), (old_note, new_note)
            )
            self.store.update_audit(audit["id"], updated_at=now_iso())
            self.store.append_custody(audit["id"], action, details, actor=self.actor())
            change = self._refresh_findings(audit["id"], checklist)
            change.answers.add((question_id, item))
            return change

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
        audit, checklist = self.editable_audit(audit_ref)
        return parse_value(self.require_question(checklist, question_id, item, audit), text)

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
            audit, checklist = self.editable_audit(audit_ref)
            self.require_question(checklist, question_id, item, audit)
            existing = self.store.get_answer(audit["id"], question_id, item)
            value = existing["value"] if existing else None
            return self.set_answer(
                audit["id"], question_id, value, item=item, note=note, expected_note=expected
            )

    def add_group_item(self, audit_ref: str, section_id: str) -> int:
        """Append an item to a repeatable section; return its 0-based index."""
        with self.database.transaction():
            audit, checklist = self.editable_audit(audit_ref)
            section = self._repeat_section(checklist, section_id)
            counts = load_json(audit["repeat_counts"])
            count = counts.get(section_id, 0)
            if count >= section.repeat.max:
                raise InputError(
                    f"La sección {section_id!r} admite como máximo {section.repeat.max} elementos."
                )
            counts[section_id] = count + 1
            self.store.update_audit(
                audit["id"], repeat_counts=dump_json(counts), updated_at=now_iso()
            )
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
            audit, checklist = self.editable_audit(audit_ref)
            section = self._repeat_section(checklist, section_id)
            counts = load_json(audit["repeat_counts"])
            count = counts.get(section_id, 0)
            if not 0 <= item < count:
                raise InputError(f"La sección {section_id!r} no tiene el elemento {item + 1}.")
            counts[section_id] = count - 1
            removed = self.store.delete_group_item(
                audit["id"], [q.id for q in section.questions], item
            )
            self.store.update_audit(
                audit["id"], repeat_counts=dump_json(counts), updated_at=now_iso()
            )
            self.store.append_custody(
                audit["id"],
                "item.removed",
                {"section": section_id, "item": item, **removed},
                actor=self.actor(),
            )
            change = self._refresh_findings(audit["id"], checklist)
            # later items move up: their answers, findings and evidence links with them
            change.items = change.findings = change.evidence = True
            return change

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
        counts = load_json(audit["repeat_counts"])
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
            header=load_json(audit["header"]),
            answers=answers,
            groups=groups,
            evidence_counts=self.store.evidence_counts(audit["id"]),
        )

    def evaluate(self, audit_ref: str) -> Evaluation:
        audit = self.resolve_audit(audit_ref)
        return evaluate(self.checklist_for(audit), self.audit_state(audit))


def _checked_note(note: Any) -> Any:
    """A note as given to :meth:`AuditsMixin.set_answer`: trimmed, empty as None."""
    if note is not _UNSET and note is not None:
        note = note.strip() or None
        if note and len(note) > 10000:
            raise InputError("La nota es demasiado larga (máximo 10 000 caracteres).")
    return note


def _refuse_changed_elsewhere(
    q: Question, old_value: Any, old_note: Any, expected: Any, expected_note: Any
) -> None:
    """Refuse an edit made over a value or note the caller did not see."""
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


def _answer_entry(
    question_id: str, item: int | None, values: tuple[Any, Any], notes: tuple[Any, Any]
) -> tuple[str, dict[str, Any]]:
    """The custody action and details of an answer or note going from old to new."""
    (old_value, value), (old_note, new_note) = values, notes
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
    return action, details


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
