"""``observer audit``: create, answer, check and finalize audits."""

from __future__ import annotations

import argparse
import json
from typing import Any

from observer_desktop.cli.common import (
    EXIT_CHECK,
    EXIT_OK,
    SEVERITY_LABELS,
    STATUS_LABELS,
    AddCommand,
    add_group,
    item_arg,
    json_flag,
    key_values,
    print_json,
    status_arg,
)
from observer_desktop.core.engine import parse_date
from observer_desktop.core.errors import CheckFailedError, InputError
from observer_desktop.services import reads
from observer_desktop.services.app import Observador


def cmd_audit_new(app: Observador, args: argparse.Namespace) -> int:
    audit = app.create_audit(args.form, version=args.version, header=key_values(args.set or []))
    if args.json:
        print_json(_audit_row_json(audit))
    else:
        print(audit["id"])
    return EXIT_OK


def _audit_row_json(a: dict) -> dict:
    return {
        "id": a["id"],
        "form": a["form_id"],
        "form_version": a["form_version"],
        "status": a["status"],
        "version": a["version"],
        "title": a["title"],
        "event_date": a["event_date"],
        "supersedes": a["supersedes"],
        "superseded_by": a["superseded_by"],
        "created_at": a["created_at"],
        "updated_at": a["updated_at"],
        "finalized_at": a["finalized_at"],
        "header": json.loads(a["header"]) if "header" in a else None,
    }


def cmd_audit_list(app: Observador, args: argparse.Namespace) -> int:
    for value in (args.date_from, args.date_to):
        if value:
            parse_date(value, what="--from/--to")
    rows = app.list_audits(
        text=args.search,
        status=args.status,
        form_id=args.form,
        date_from=parse_date(args.date_from) if args.date_from else None,
        date_to=parse_date(args.date_to) if args.date_to else None,
        sort=args.sort,
        with_header=args.json,
    )
    if args.json:
        print_json([_audit_row_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        print(
            "No hay auditorías"
            + (
                " que coincidan."
                if any((args.search, args.status, args.form, args.date_from, args.date_to))
                else ". Cree una con: observer audit new FORMULARIO"
            )
        )
        return EXIT_OK
    for r in rows:
        sup = "  (reemplazada)" if r["superseded_by"] else ""
        print(
            f"{r['id'][:8]}  {STATUS_LABELS[r['status']]:<16} v{r['version']}  "
            f"{r['event_date'] or '          '}  {r['form_id']:<30} {r['title']}{sup}"
        )
    return EXIT_OK


def cmd_audit_show(app: Observador, args: argparse.Namespace) -> int:
    audit = app.resolve_audit(args.audit)
    if args.json:
        print_json(app.audit_document(audit["id"]))
        return EXIT_OK
    checklist = app.checklist_for(audit)
    state = app.audit_state(audit)
    evaluation = app.evaluate(audit["id"])
    print(f"{audit['title']}")
    print(
        f"  id {audit['id']}  ·  {checklist.title.es} v{checklist.version}  ·  "
        f"{STATUS_LABELS[audit['status']]}  ·  versión {audit['version']}"
    )
    header = state.header
    for f in checklist.header:
        value = header.get(f.id)
        print(f"  {f.label.es}: {_show_value(f, value)}")
    _print_sections(app, audit, checklist, state, evaluation)
    _print_findings_and_readiness(app, audit, evaluation)
    return EXIT_OK


def _print_sections(app: Observador, audit: dict, checklist, state, evaluation) -> None:
    """Every relevant question, section by section (each item of a repeatable one)."""
    notes = {(a["question_id"], a["item"]): a["note"] for a in reads.answers(app, audit["id"])}

    def line(q, value, item):
        if not evaluation.is_relevant(q.id, item):
            return
        mark = "✓" if value not in (None, "", []) else ("·" if not q.required else "✗")
        if q.type == "evidence":
            count = state.evidence_counts.get((q.id, item), 0)
            mark = "✓" if count else ("✗" if q.required else "·")
            shown = f"{count} archivo(s)"
        else:
            shown = _show_value(q, value)
        print(f"  {mark} {q.label.es}  [{q.id}]\n      → {shown}")
        note = notes.get((q.id, item))
        if note:
            print(f"      nota: {note}")

    for s in checklist.sections:
        if s.repeat is None:
            print(f"\n== {s.title.es}")
            for q in s.questions:
                line(q, state.answers.get(q.id), None)
        else:
            items = state.groups.get(s.id, [])
            print(f"\n== {s.title.es} ({len(items)} {s.repeat.item_label.es.lower()}(s))")
            for i, values in enumerate(items):
                print(f"  -- {s.repeat.item_label.es} {i + 1}")
                for q in s.questions:
                    line(q, values.get(q.id), i)


def _print_findings_and_readiness(app: Observador, audit: dict, evaluation) -> None:
    findings = app.findings(audit["id"])
    if findings:
        print("\nHallazgos:")
        for f in findings:
            origin = "regla" if f["source"] == "rule" else "manual"
            print(f"  [{SEVERITY_LABELS[f['severity']]}] {f['title']}  ({origin}, {f['id'][:8]})")
    if audit["status"] == "draft":
        if evaluation.missing:
            print(
                f"\nPendiente para finalizar: {len(evaluation.missing)} elemento(s) "
                "(observer audit check)."
            )
        else:
            print("\nLista para finalizar (observer audit finalize).")


def _show_value(q, value) -> str:
    if value in (None, "", []):
        return "(sin respuesta)"
    if q.type in ("yes_no", "yes_no_na", "single_choice"):
        return q.option_label(value)
    if q.type == "multiple_choice":
        return ", ".join(q.option_label(v) for v in value)
    if q.type == "number" and q.unit:
        return f"{value} {q.unit}"
    return str(value)


def cmd_audit_header(app: Observador, args: argparse.Namespace) -> int:
    change = app.set_header(args.audit, key_values(args.values))
    _report_change(change, args.json)
    return EXIT_OK


def _report_change(change, as_json: bool) -> None:
    if as_json:
        print_json({"saved": True, **change.to_json()})
        return
    print("Guardado.")
    for f in change.raised:
        print(f"  ⚑ Alerta [{SEVERITY_LABELS[f['severity']]}]: {f['title']}")
    for f in change.withdrawn:
        print(f"  ✓ Alerta retirada: {f['title']}")


def cmd_audit_answer(app: Observador, args: argparse.Namespace) -> int:
    item = item_arg(args.item)
    audit = app.resolve_audit(args.audit)
    if args.clear:
        if args.value is not None or args.note is not None:
            raise InputError("Use --clear solo: borra la respuesta; para la nota use --note.")
        change = app.clear_answer(audit["id"], args.question, item=item)
    elif args.value is None:
        if args.note is None:
            raise InputError("Indique el VALOR de la respuesta, --note o --clear.")
        change = app.set_note(audit["id"], args.question, args.note, item=item)
    else:
        value = app.parse_answer(audit["id"], args.question, args.value, item=item)
        if args.note is not None:
            change = app.set_answer(audit["id"], args.question, value, item=item, note=args.note)
        else:
            change = app.set_answer(audit["id"], args.question, value, item=item)
    _report_change(change, args.json)
    return EXIT_OK


def cmd_audit_add_item(app: Observador, args: argparse.Namespace) -> int:
    index = app.add_group_item(args.audit, args.section)
    if args.json:
        print_json({"section": args.section, "item": index, "item_number": index + 1})
    else:
        print(f"Elemento {index + 1} agregado a {args.section}.")
    return EXIT_OK


def cmd_audit_remove_item(app: Observador, args: argparse.Namespace) -> int:
    change = app.remove_group_item(args.audit, args.section, item_arg(args.item))
    if args.json:
        print_json({"removed": args.item, **change.to_json()})
    else:
        print(f"Elemento {args.item} quitado de {args.section}; los siguientes se renumeraron.")
        for f in change.withdrawn:
            print(f"  ✓ Alerta retirada: {f['title']}")
    return EXIT_OK


def cmd_audit_check(app: Observador, args: argparse.Namespace) -> int:
    evaluation = app.evaluate(args.audit)
    missing = [m.to_json() for m in evaluation.missing]
    if args.json:
        print_json({"complete": not missing, "missing": missing})
    elif missing:
        print(_missing_title(len(missing)))
        for m in evaluation.missing:
            print(f"  - {m.message}  [{m.id}]")
    else:
        print("Completa: se puede finalizar.")
    return EXIT_OK if not missing else EXIT_CHECK


def _missing_title(n: int) -> str:
    return "Falta 1 elemento para finalizar:" if n == 1 else f"Faltan {n} elementos para finalizar:"


def cmd_audit_finalize(app: Observador, args: argparse.Namespace) -> int:
    try:
        audit = app.finalize(args.audit)
    except CheckFailedError as exc:
        if args.json and hasattr(exc, "missing"):
            print_json({"finalized": False, "missing": [m.to_json() for m in exc.missing]})
            return EXIT_CHECK
        raise
    if args.json:
        print_json({"finalized": True, **_audit_row_json(audit)})
    else:
        print(f"Auditoría {audit['id'][:8]} finalizada; ya no se puede modificar.")
    return EXIT_OK


def cmd_audit_new_version(app: Observador, args: argparse.Namespace) -> int:
    audit = app.new_version(args.audit)
    if args.json:
        print_json(_audit_row_json(audit))
    else:
        print(audit["id"])
    return EXIT_OK


def cmd_audit_log(app: Observador, args: argparse.Namespace) -> int:
    entries = app.custody_log(args.audit)
    if args.json:
        print_json(entries)
    else:
        for e in entries:
            print(
                f"{e['n']:>4}  {e['at']}  {e['actor']:<12} {e['action']:<18} "
                f"{json.dumps(e['details'], ensure_ascii=False)[:90]}"
            )
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    asub = add_group(sub, "audit", "auditorías")
    sp = add(asub, "new", cmd_audit_new, "crear una auditoría a partir de un formulario")
    sp.add_argument("form", metavar="FORMULARIO")
    sp.add_argument(
        "--version", type=int, help="versión del formulario (por omisión la más reciente)"
    )
    sp.add_argument("--set", action="append", metavar="CAMPO=VALOR", help="dato del encabezado")
    json_flag(sp)
    sp = add(asub, "list", cmd_audit_list, "listar auditorías")
    sp.add_argument("--search", metavar="TEXTO", help="número de procedimiento, unidad, texto…")
    sp.add_argument(
        "--status",
        type=status_arg,
        action="append",
        metavar="ESTADO",
        help="borrador, finalizada, firmada, en-cola, entregada, aprobada, devuelta (o en inglés)",
    )
    sp.add_argument("--form", metavar="FORMULARIO")
    sp.add_argument("--from", dest="date_from", metavar="AAAA-MM-DD")
    sp.add_argument("--to", dest="date_to", metavar="AAAA-MM-DD")
    sp.add_argument(
        "--sort", choices=["updated", "created", "event_date", "title", "status"], default="updated"
    )
    json_flag(sp)
    sp = add(asub, "show", cmd_audit_show, "mostrar una auditoría")
    sp.add_argument("audit", metavar="AUDITORÍA")
    json_flag(sp)
    _add_editing_commands(asub, add)
    _add_lifecycle_commands(asub, add)


def _add_editing_commands(asub: Any, add: AddCommand) -> None:
    sp = add(asub, "header", cmd_audit_header, "cambiar datos del encabezado")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("values", nargs="+", metavar="CAMPO=VALOR")
    json_flag(sp)
    sp = add(asub, "answer", cmd_audit_answer, "responder (o borrar) una pregunta")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("question", metavar="PREGUNTA")
    sp.add_argument("value", nargs="?", metavar="VALOR")
    sp.add_argument("--note", help="nota del observador para esta respuesta")
    sp.add_argument("--clear", action="store_true", help="borrar la respuesta")
    sp.add_argument(
        "--item", type=int, metavar="N", help="elemento de una sección repetible (desde 1)"
    )
    json_flag(sp)
    sp = add(asub, "add-item", cmd_audit_add_item, "agregar un elemento a una sección repetible")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("section", metavar="SECCIÓN")
    json_flag(sp)
    sp = add(
        asub, "remove-item", cmd_audit_remove_item, "quitar un elemento de una sección repetible"
    )
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("section", metavar="SECCIÓN")
    sp.add_argument("item", type=int, metavar="N")
    json_flag(sp)


def _add_lifecycle_commands(asub: Any, add: AddCommand) -> None:
    sp = add(asub, "check", cmd_audit_check, "listar lo que falta para finalizar")
    sp.add_argument("audit", metavar="AUDITORÍA")
    json_flag(sp)
    sp = add(asub, "finalize", cmd_audit_finalize, "finalizar (bloquea la auditoría)")
    sp.add_argument("audit", metavar="AUDITORÍA")
    json_flag(sp)
    sp = add(asub, "new-version", cmd_audit_new_version, "crear una nueva versión editable")
    sp.add_argument("audit", metavar="AUDITORÍA")
    json_flag(sp)
    sp = add(asub, "log", cmd_audit_log, "mostrar el registro de custodia de una auditoría")
    sp.add_argument("audit", metavar="AUDITORÍA")
    json_flag(sp)
