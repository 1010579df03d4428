"""The console's submission page and its decisions: what a reviewer reads (header,
verification, answers by section with their red flags, findings, evidence, versions
and their diff, history) and what they do (Tomar, Devolver, Validar)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, case, select, update

from observer_desktop.core.checklist import Checklist, ChecklistError
from observer_desktop.core.checklist_loader import parse_checklist
from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.indexing import parse_document
from oic_server.schema import now_iso
from oic_server.usecases.base import ServerParts
from oic_server.usecases.inbox import console_state
from oic_server.usecases.reviews import review_comments, review_history
from oic_server.usecases.staff import StaffMember

__all__ = ["ConsoleCases"]

_DECISIONS = {"validar": "approve", "devolver": "return"}
_SEVERITY_ORDER = case(
    (s.findings.c.severity == "alta", 0),
    (s.findings.c.severity == "media", 1),
    (s.findings.c.severity == "baja", 2),
    else_=3,
)


def _value_text(question: Any, value: Any) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, list):
        return ", ".join(_value_text(question, v) for v in value)
    if question is not None and question.type in ("yes_no_na", "yes_no", "single_choice"):
        return question.option_label(str(value))
    if question is not None and question.type == "multiple_choice":
        return question.option_label(str(value))
    if isinstance(value, bool):
        return "Sí" if value else "No"
    if isinstance(value, (dict,)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _item(a: dict[str, Any]) -> int | None:
    """An answer's repeat index as the laptop sent it, or None when it is not a small
    non-negative integer (a hostile audit must not break its own page)."""
    item = a.get("item")
    ok = isinstance(item, int) and not isinstance(item, bool) and 0 <= item < 10_000
    return item if ok else None


def _answer_key(a: dict[str, Any]) -> tuple[str, int | None]:
    return str(a.get("question")), _item(a)


class ConsoleCases(ServerParts):
    """The submission page's data and the reviewers' decisions."""

    # ------------------------------------------------------------ reading

    def _document(self, audit_sha256: str) -> dict[str, Any]:
        try:
            with self.store.open(audit_sha256) as fh:
                return parse_document(fh.read(self.limits.max_audit_json_bytes + 1)) or {}
        except FileNotFoundError:
            return {}

    def _checklist(self, form_id: str, version: int) -> Checklist | None:
        """The checklist a submission was made with (parsed once per server)."""
        cache = self.__dict__.setdefault("_checklists", {})
        key = (form_id, version)
        if key not in cache:
            try:
                _entry, data = self.forms.get(form_id, version)
                cache[key] = parse_checklist(data, file=f"{form_id}.yaml")
            except (ApiError, ChecklistError, OSError):
                return None  # not cached: the form may be added later
        return cache[key]

    def header_option_labels(self, form_id: str, version: int) -> dict[str, dict[str, str]]:
        """Each choice field of a checklist's header: its options' Spanish labels."""
        checklist = self._checklist(form_id, version)
        if checklist is None:
            return {}
        return {
            q.id: {o.id: o.label.text("es") for o in q.options}
            for q in checklist.header
            if q.options
        }

    def submission_page(self, submission_id: str) -> dict[str, Any]:
        """Everything the submission page shows; ``not_found`` for an unknown or
        uncommitted submission."""
        sub, idx = s.submissions.c, s.submission_index.c
        with self.db.read() as conn:
            row = conn.execute(
                select(s.submissions, s.observers.c.code, s.observers.c.name)
                .join(s.observers, s.observers.c.id == sub.observer_id)
                .where(sub.id == submission_id, sub.state == "committed")
            ).first()
            if row is None:
                raise ApiError("not_found", "No existe ese envío (o aún no se confirma).")
            index = conn.execute(select(s.submission_index).where(idx.submission_id == row.id))
            index = index.first()
            findings = conn.execute(
                select(s.findings)
                .where(s.findings.c.submission_id == row.id)
                .order_by(_SEVERITY_ORDER, s.findings.c.title)
            ).all()
            evidence = conn.execute(
                select(s.evidence, s.thumbnails.c.state.label("thumb_state"))
                .outerjoin(s.thumbnails, s.thumbnails.c.sha256 == s.evidence.c.sha256)
                .where(s.evidence.c.submission_id == row.id)
                .order_by(s.evidence.c.captured_at, s.evidence.c.evidence_id)
            ).all()
            events = review_history(conn, row.id)
            takes = conn.execute(
                select(s.activity.c.at, s.activity.c.actor)
                .where(s.activity.c.target == row.id, s.activity.c.action == "take")
                .order_by(s.activity.c.id)
            ).all()
            previous = self._previous_version(conn, row, index)
            later = conn.execute(
                select(sub.id, sub.audit_version, sub.committed_at)
                .join(s.submission_index, idx.submission_id == sub.id)
                .where(
                    idx.supersedes == row.audit_id,
                    sub.observer_id == row.observer_id,
                    sub.state == "committed",
                )
                .order_by(sub.committed_at)
            ).all()
            assignee = None
            if row.assignee_id is not None:
                assignee = conn.execute(
                    select(s.staff.c.code, s.staff.c.name).where(s.staff.c.id == row.assignee_id)
                ).first()
        document = self._document(row.audit_sha256)
        checklist = self._checklist(row.form_id, row.form_version)
        page = {
            "submission": row._asdict(),
            "state": console_state(row.review_state, row.assignee_id, bool(later)),
            "assignee": assignee._asdict() if assignee else None,
            "index": index._asdict() if index else {},
            "verification": json.loads(index.verification) if index else {},
            "findings": [f._asdict() for f in findings],
            "evidence": [dict(e._asdict(), links=json.loads(e.links or "[]")) for e in evidence],
            "events": sorted(
                [dict(e._asdict(), comments=review_comments(e.comments)) for e in events]
                + [
                    {"at": t.at, "actor": t.actor, "state": "taken", "comment": "", "comments": []}
                    for t in takes
                ],
                key=lambda e: e["at"],
            ),
            "comments": review_comments(row.review_comments),
            "previous": previous._asdict() if previous else None,
            "later": [r._asdict() for r in later],
            "form_title": checklist.title.text("es") if checklist else row.form_id,
            "form_known": checklist is not None,
            "sections": self._sections(checklist, document, findings),
            "custody": document.get("custody") if isinstance(document, dict) else None,
            "observer_snapshot": (document.get("audit") or {}).get("observer"),
            "diff": None,
        }
        page["labels"] = {
            r["question"]: r["label"] for section in page["sections"] for r in section["rows"]
        }
        if previous is not None:
            before = self._document(previous.audit_sha256)
            page["diff"] = self._diff(checklist, before, document)
        return page

    def submission_files(self, submission_id: str) -> dict[str, Any]:
        """What downloads need of a committed submission (no JSON read, no checklist)."""
        sub = s.submissions.c
        with self.db.read() as conn:
            row = conn.execute(
                select(
                    sub.id,
                    sub.audit_id,
                    sub.audit_version,
                    sub.report_sha256,
                    sub.audit_sha256,
                    sub.form_id,
                    sub.form_version,
                    s.submission_index.c.procedure_number,
                )
                .outerjoin(s.submission_index, s.submission_index.c.submission_id == sub.id)
                .where(sub.id == submission_id, sub.state == "committed")
            ).first()
            if row is None:
                raise ApiError("not_found", "No existe ese envío (o aún no se confirma).")
            files = conn.execute(
                select(s.evidence.c.original_name, s.evidence.c.sha256)
                .where(s.evidence.c.submission_id == submission_id)
                .order_by(s.evidence.c.captured_at, s.evidence.c.evidence_id)
            ).all()
        return dict(row._asdict(), procedure_number=row.procedure_number or "", evidence=files)

    def submission_photos(self, submission_id: str) -> dict[str, Any]:
        """What a photo's page needs: the submission's ids and its photos in gallery
        order (no JSON read, no checklist, no diff)."""
        files = self.submission_files(submission_id)
        with self.db.read() as conn:
            photos = conn.execute(
                select(s.evidence, s.thumbnails.c.state.label("thumb_state"))
                .join(s.thumbnails, s.thumbnails.c.sha256 == s.evidence.c.sha256)
                .where(s.evidence.c.submission_id == submission_id)
                .order_by(s.evidence.c.captured_at, s.evidence.c.evidence_id)
            ).all()
        checklist = self._checklist(files["form_id"], files["form_version"])
        labels = {}
        if checklist is not None:
            labels = {q.id: q.label.text("es") for q in (*checklist.header, *checklist.questions())}
        return {
            "submission": files,
            "labels": labels,
            "index": {"procedure_number": files["procedure_number"]},
            "photos": [dict(p._asdict(), links=json.loads(p.links or "[]")) for p in photos],
        }

    @staticmethod
    def _previous_version(conn: Connection, row: Any, index: Any) -> Any:
        if index is None or not index.supersedes:
            return None
        sub = s.submissions.c
        return conn.execute(
            select(sub.id, sub.audit_id, sub.audit_version, sub.audit_sha256, sub.review_state)
            .where(
                sub.audit_id == index.supersedes,
                sub.observer_id == row.observer_id,
                sub.state == "committed",
            )
            .order_by(sub.committed_at.desc())
            .limit(1)
        ).first()

    @staticmethod
    def _sections(
        checklist: Checklist | None, document: dict[str, Any], findings: list[Any]
    ) -> list[dict[str, Any]]:
        """Answers grouped by the checklist's sections, each with its red flags; answers
        the checklist does not know (an unavailable form) go in one last section."""
        answers = [a for a in document.get("answers") or [] if isinstance(a, dict)]
        by_question: dict[str, list[dict[str, Any]]] = {}
        for a in answers:
            by_question.setdefault(str(a.get("question")), []).append(a)
        flags: dict[str, list[Any]] = {}
        for f in findings:
            if f.question_id and f.status != "withdrawn":
                flags.setdefault(f.question_id, []).append(f)
        sections, seen = [], set()
        if checklist is not None:
            header = {
                "id": "_encabezado",
                "title": "Encabezado del proceso",
                "rows": [],
            }
            stored_header = (document.get("audit") or {}).get("header") or {}
            for q in checklist.header:
                if q.id in stored_header:
                    header["rows"].append(
                        {
                            "question": q.id,
                            "item": None,
                            "label": q.label.text("es"),
                            "value": _value_text(q, stored_header.get(q.id)),
                            "note": "",
                            "flags": [],
                        }
                    )
            sections.append(header)
            for section in checklist.sections:
                rows = []
                for q in section.questions:
                    seen.add(q.id)
                    for a in sorted(by_question.get(q.id, []), key=lambda a: _item(a) or 0):
                        rows.append(
                            {
                                "question": q.id,
                                "item": _item(a),
                                "label": q.label.text("es"),
                                "value": _value_text(q, a.get("value")),
                                "note": str(a.get("note") or ""),
                                "flags": [
                                    f
                                    for f in flags.get(q.id, [])
                                    if f.item is None or f.item == _item(a)
                                ],
                            }
                        )
                if rows:
                    sections.append(
                        {"id": section.id, "title": section.title.text("es"), "rows": rows}
                    )
        rest = [a for a in answers if str(a.get("question")) not in seen]
        if rest:
            sections.append(
                {
                    "id": "_otras",
                    "title": "Otras respuestas",
                    "rows": [
                        {
                            "question": str(a.get("question")),
                            "item": _item(a),
                            "label": str(a.get("question")),
                            "value": _value_text(None, a.get("value")),
                            "note": str(a.get("note") or ""),
                            "flags": flags.get(str(a.get("question")), []),
                        }
                        for a in rest
                    ],
                }
            )
        return sections

    @staticmethod
    def _diff(
        checklist: Checklist | None, before: dict[str, Any], after: dict[str, Any]
    ) -> dict[str, Any]:
        """What changed from the version superseded: answers, findings, evidence."""
        qmap = checklist.question_map if checklist else {}

        def answers(doc: dict[str, Any]) -> dict[tuple[str, int | None], Any]:
            return {
                _answer_key(a): (a.get("value"), a.get("note") or "")
                for a in doc.get("answers") or []
                if isinstance(a, dict)
            }

        old, new = answers(before), answers(after)
        changed = []
        for key in sorted(set(old) | set(new), key=lambda k: (k[0], k[1] or 0)):
            if old.get(key) != new.get(key):
                q = qmap.get(key[0])
                was, now = old.get(key, (None, "")), new.get(key, (None, ""))
                changed.append(
                    {
                        "question": key[0],
                        "item": key[1],
                        "label": q.label.text("es") if q else key[0],
                        "before": _value_text(q, was[0]),
                        "after": _value_text(q, now[0]),
                        "note_before": was[1],
                        "note_after": now[1],
                    }
                )

        def finding_set(doc: dict[str, Any]) -> dict[str, str]:
            out = {}
            for f in doc.get("findings") or []:
                if isinstance(f, dict) and f.get("status") != "withdrawn":
                    key = f"{f.get('rule_id') or ''}|{f.get('question_id') or ''}|{f.get('title')}"
                    out[key] = f"{f.get('severity', '')}: {f.get('title', '')}"
            return out

        def evidence_set(doc: dict[str, Any]) -> dict[str, str]:
            return {
                str(e.get("sha256")): str(e.get("original_name") or e.get("sha256"))
                for e in doc.get("evidence") or []
                if isinstance(e, dict)
            }

        fb, fa = finding_set(before), finding_set(after)
        eb, ea = evidence_set(before), evidence_set(after)
        return {
            "answers": changed,
            "findings_added": sorted(fa[k] for k in set(fa) - set(fb)),
            "findings_removed": sorted(fb[k] for k in set(fb) - set(fa)),
            "evidence_added": sorted(ea[k] for k in set(ea) - set(eb)),
            "evidence_removed": sorted(eb[k] for k in set(eb) - set(ea)),
        }

    def thumbnail(self, sha256: str, kind: str) -> bytes | None:
        """A photo's thumbnail or view JPEG, or None while it is not made."""
        column = s.thumbnails.c.thumb if kind == "thumb" else s.thumbnails.c.view
        with self.db.read() as conn:
            return conn.execute(
                select(column).where(
                    s.thumbnails.c.sha256 == sha256, s.thumbnails.c.state == "done"
                )
            ).scalar()

    def evidence_of(self, submission_id: str, sha256: str) -> Any:
        """An evidence row of a committed submission (the file's name and type)."""
        with self.db.read() as conn:
            row = conn.execute(
                select(s.evidence).where(
                    s.evidence.c.submission_id == submission_id, s.evidence.c.sha256 == sha256
                )
            ).first()
        if row is None:
            raise ApiError("not_found", "Ese archivo no es evidencia de este envío.")
        return row

    # ------------------------------------------------------------ deciding

    def _locked_for_decision(self, conn: Connection, submission_id: str) -> Any:
        row = conn.execute(
            select(s.submissions).where(s.submissions.c.id == submission_id).with_for_update()
        ).first()
        if row is None or row.state != "committed":
            raise ApiError("not_found", "No existe ese envío (o aún no se confirma).")
        newer = conn.execute(
            select(s.submissions.c.audit_version)
            .join(
                s.submission_index,
                s.submission_index.c.submission_id == s.submissions.c.id,
            )
            .where(
                s.submission_index.c.supersedes == row.audit_id,
                s.submissions.c.observer_id == row.observer_id,
                s.submissions.c.state == "committed",
            )
            .limit(1)
        ).first()
        if newer is not None:
            raise ApiError(
                "conflict",
                f"Esta versión ya fue sustituida por la versión {newer.audit_version}: revise la "
                "más reciente. Nada cambió.",
            )
        return row

    def take_submission(
        self, member: StaffMember, submission_id: str, *, address: str, holder: int | None = None
    ) -> dict:
        """*Tomar*: the reviewer takes the submission (others see who has it). ``holder``
        is who had it on the reviewer's page: if that changed meanwhile, nothing is taken
        and the reviewer is told who has it now."""
        self.require_role(member, "revisor")

        def txn(conn: Connection) -> dict[str, Any]:
            row = self._locked_for_decision(conn, submission_id)
            if row.review_state != "received":
                raise ApiError("conflict", "Este envío ya tiene una decisión: no se puede tomar.")
            if row.assignee_id == member.id:
                return {"changed": False}
            if row.assignee_id != holder:
                raise ApiError(
                    "conflict",
                    f"{self._staff_name(conn, row.assignee_id)} tomó este envío mientras usted "
                    "lo veía; no se cambió nada. Si aún debe tomarlo, vuelva a pulsar Tomar.",
                )
            conn.execute(
                update(s.submissions)
                .where(s.submissions.c.id == row.id)
                .values(assignee_id=member.id, assigned_at=now_iso())
            )
            conn.execute(
                update(s.submission_index)
                .where(s.submission_index.c.submission_id == row.id)
                .values(assignee_id=member.id)
            )
            before = ""
            if row.assignee_id is not None:
                before = conn.execute(
                    select(s.staff.c.code).where(s.staff.c.id == row.assignee_id)
                ).scalar_one()
            self.log_activity(
                conn,
                actor=member.code,
                staff_id=member.id,
                action="take",
                target=row.id,
                detail=f"antes lo tenía {before}" if before else "",
                address=address,
            )
            return {"changed": True, "from": before}

        return self.db.write(txn)

    def decide(
        self,
        member: StaffMember,
        submission_id: str,
        decision: str,
        comment: str,
        comments: list[dict[str, Any]],
        *,
        seen: int,
        address: str,
        holder: int | None = None,
    ) -> dict[str, Any]:
        """*Devolver* or *Validar*. ``seen`` is the review cursor the reviewer's page
        showed: if someone decided meanwhile, this decision is refused (theirs stands)."""
        self.require_role(member, "revisor")
        if decision not in _DECISIONS:
            raise ApiError("bad_request", "La decisión es «validar» o «devolver».")
        state, comment, notes = self._check_decision(_DECISIONS[decision], comment, comments)
        if notes is not None:
            page_form = self._known_questions(submission_id)
            for c in json.loads(notes):
                if page_form is not None and c["question"] not in page_form:
                    raise ApiError("bad_request", f"La pregunta «{c['question']}» no existe.")

        def txn(conn: Connection) -> dict[str, Any]:
            row = self._locked_for_decision(conn, submission_id)
            if int(row.review_cursor or 0) != seen:
                last = conn.execute(
                    select(s.review_events.c.actor, s.review_events.c.state)
                    .where(s.review_events.c.submission_id == row.id)
                    .order_by(s.review_events.c.cursor.desc())
                    .limit(1)
                ).first()
                who = last.actor if last else "otra persona"
                raise ApiError(
                    "conflict",
                    f"{who} registró una decisión sobre este envío mientras usted lo revisaba; "
                    "la suya no se guardó. Su texto sigue abajo: revise la página y decida de "
                    "nuevo si aún corresponde.",
                )
            if row.review_state != "received":
                raise ApiError(
                    "conflict", "Este envío ya tiene una decisión; el observador ya fue avisado."
                )
            if row.assignee_id not in (holder, member.id):
                raise ApiError(
                    "conflict",
                    f"{self._staff_name(conn, row.assignee_id)} tomó este envío mientras usted "
                    "lo revisaba; su decisión no se guardó. Su texto sigue abajo: hable con "
                    "quien lo tiene o vuelva a decidir.",
                )
            self.record_decision(conn, row, state, comment, notes, member.code)
            self.log_activity(
                conn,
                actor=member.code,
                staff_id=member.id,
                action=_DECISIONS[decision],
                target=row.id,
                detail=comment[:500],
                address=address,
            )
            return {"submission_id": row.id, "review": state}

        return self.db.write(txn)

    @staticmethod
    def _staff_name(conn: Connection, staff_id: int | None) -> str:
        if staff_id is None:
            return "Nadie"
        name = conn.execute(select(s.staff.c.name).where(s.staff.c.id == staff_id)).scalar()
        return name or "Otra persona"

    def _known_questions(self, submission_id: str) -> set[str] | None:
        """The questions a comment may name: the checklist's, or (when the server lacks
        that checklist) those the audit answered."""
        with self.db.read() as conn:
            row = conn.execute(
                select(
                    s.submissions.c.form_id,
                    s.submissions.c.form_version,
                    s.submissions.c.audit_sha256,
                ).where(s.submissions.c.id == submission_id)
            ).first()
        if row is None:
            return None
        checklist = self._checklist(row.form_id, row.form_version)
        if checklist is not None:
            return set(checklist.question_map) | {q.id for q in checklist.header}
        document = self._document(row.audit_sha256)
        header = (document.get("audit") or {}).get("header") or {}
        answered = {str(a.get("question")) for a in document.get("answers") or []}
        return answered | set(header)
