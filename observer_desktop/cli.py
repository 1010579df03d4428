"""The ``observer`` command: a thin shell over the services, for scripts and power users.

Exit codes: 0 ok, 1 a check that failed (incomplete audit, broken custody
chain, invalid checklist), 2 bad usage or input, 3 an internal error (logged
with its traceback in ``<data>/logs/observer-cli.log``). OIC staff script these
commands: keep names and options stable once released. Never imports Qt.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from observer_desktop import __version__
from observer_desktop.core.checklist import ChecklistError, load_checklist
from observer_desktop.core.engine import parse_date
from observer_desktop.core.errors import CheckFailedError, InputError, ObserverError
from observer_desktop.core.text import fold
from observer_desktop.services.app import SEVERITY_LABELS, STATUS_LABELS, Observador
from observer_desktop.storage.database import resolve_data_dir

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_CHECK, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


_ARGPARSE_ES = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opciones",
    "show this help message and exit": "mostrar esta ayuda y salir",
    "show program's version number and exit": "mostrar la versión y salir",
    "the following arguments are required: %s": "faltan los argumentos: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "opción no válida: %(value)r (elija entre %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "expected one argument": "se esperaba un valor",
    "expected at least one argument": "se esperaba al menos un valor",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opción ambigua: %(option)s puede ser %(matches)s"
    ),
    "not allowed with argument %s": "no se permite junto con %s",
    "one of the arguments %s is required": "se requiere uno de los argumentos %s",
}


def _spanish(message: str) -> str:
    return _ARGPARSE_ES.get(message, message)


argparse._ = _spanish  # argparse looks its own messages up through this module global


class _Parser(argparse.ArgumentParser):
    """argparse with Spanish wording for its own errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


_STATUS_ALIASES = {
    "borrador": "draft",
    "finalizada": "finalized",
    "firmada": "signed",
    "en-cola": "queued",
    "cola": "queued",
    "entregada": "delivered",
    "aprobada": "approved",
    "devuelta": "returned",
}


def _status(text: str) -> str:
    key = fold(text.strip())
    if key in STATUS_LABELS:
        return key
    if key in _STATUS_ALIASES:
        return _STATUS_ALIASES[key]
    raise argparse.ArgumentTypeError(
        f"estado desconocido {text!r}; use {', '.join(_STATUS_ALIASES)}"
    )


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False))


def _item_arg(value: int | None) -> int | None:
    if value is None:
        return None
    if value < 1:
        raise InputError("--item empieza en 1.")
    return value - 1


def _key_values(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"Se esperaba CAMPO=VALOR y se recibió {pair!r}.")
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


# ------------------------------------------------------------- commands


def cmd_init(app: Observador, args: argparse.Namespace) -> int:
    profile = app.profile()
    changes = (args.name, args.code, args.municipality, args.email, args.language)
    if all(v is None for v in changes):
        if profile is None:
            raise InputError(
                "No hay perfil de observador. Créelo con: observer init --name 'Nombre' --code OBS-001"
            )
    else:
        if profile is None and (args.name is None or args.code is None):
            raise InputError("Para crear el perfil indique al menos --name y --code.")
        profile = app.save_profile(
            name=args.name if args.name is not None else (profile or {}).get("name", ""),
            observer_code=args.code
            if args.code is not None
            else (profile or {}).get("observer_code", ""),
            municipality=args.municipality or (profile or {}).get("municipality") or "Chihuahua",
            email=args.email if args.email is not None else (profile or {}).get("email"),
            language=args.language or (profile or {}).get("language") or "es",
        )
    if args.json:
        _print_json({**profile, "data_dir": str(app.data_dir)})
    else:
        print(
            f"Observador: {profile['name']} ({profile['observer_code']}), {profile['municipality']}"
        )
        print(f"Carpeta de datos: {app.data_dir}")
    return EXIT_OK


def cmd_forms_list(app: Observador, args: argparse.Namespace) -> int:
    forms = [c.summary() | {"path": c.source_path} for c in app.forms.all_latest()]
    problems = [p.to_json() for p in app.forms.problems]
    if args.json:
        _print_json({"forms": forms, "problems": problems})
    else:
        for f in forms:
            print(f"{f['id']:<32} v{f['version']:<3} {f['questions']:>3} preguntas  {f['title']}")
        for p in problems:
            print(
                f"NO SE PUDO CARGAR {p['path']}:{p['line'] or ''} {p['message']}", file=sys.stderr
            )
    return EXIT_OK


def cmd_forms_show(app: Observador, args: argparse.Namespace) -> int:
    checklist = app.find_checklist(args.form, args.version)
    if args.json:
        _print_json(_checklist_json(checklist))
        return EXIT_OK
    print(f"{checklist.title.es} ({checklist.id} v{checklist.version})")
    if checklist.header:
        print("\nEncabezado:")
        for f in checklist.header:
            opts = f"  [{', '.join(f.option_ids())}]" if f.option_ids() else ""
            print(f"  {f.id:<28} {f.type:<16} {'*' if f.required else ' '} {f.label.es}{opts}")
    for s in checklist.sections:
        rep = " (repetible)" if s.repeat else ""
        print(f"\n[{s.id}] {s.title.es}{rep}")
        for q in s.questions:
            flags = f"  ⚑{len(q.red_flags)}" if q.red_flags else ""
            opts = f"  [{', '.join(q.option_ids())}]" if q.option_ids() else ""
            print(
                f"  {q.id:<28} {q.type:<16} {'*' if q.required else ' '} {q.label.es}{opts}{flags}"
            )
            if q.relevant:
                print(f"  {'':<28} {'':<16}   ↳ solo si {q.relevant.source}")
    print("\n* obligatoria (cuando aplica)   ⚑ reglas de alerta   ↳ cuándo aplica")
    return EXIT_OK


def _checklist_json(c) -> dict:
    def q_json(q):
        return {
            "id": q.id,
            "type": q.type,
            "label": q.label.to_json(),
            "required": q.required,
            "options": list(q.option_ids()),
            "evidence": q.evidence,
            "relevant": q.relevant.source if q.relevant else None,
            "red_flags": [
                {"id": r.id, "when": r.when.source, "severity": r.severity, "title": r.title.es}
                for r in q.red_flags
            ],
        }

    return {
        **c.summary(),
        "header": [q_json(f) for f in c.header],
        "sections": [
            {
                "id": s.id,
                "title": s.title.to_json(),
                "repeat": bool(s.repeat),
                "questions": [q_json(q) for q in s.questions],
            }
            for s in c.sections
        ],
        "rules": [
            {"id": r.id, "when": r.when.source, "severity": r.severity, "title": r.title.es}
            for r in c.rules
        ],
        "constants": c.constants,
    }


def cmd_forms_validate(args: argparse.Namespace) -> int:
    for path in args.paths:
        if not Path(path).is_file():
            raise InputError(f"No existe el archivo {path}.")
    results = []
    for path in args.paths:
        try:
            c = load_checklist(path)
            results.append({"path": path, "valid": True, "id": c.id, "version": c.version})
        except ChecklistError as exc:
            results.append(
                {
                    "path": path,
                    "valid": False,
                    "line": exc.line,
                    "where": exc.path,
                    "message": exc.message,
                    "error": str(exc),
                }
            )
    if args.json:
        _print_json(results)
    else:
        for r in results:
            if r["valid"]:
                print(f"✓ {r['path']}: {r['id']} v{r['version']} válido")
            else:
                print(f"✗ {r['error']}", file=sys.stderr)
    return EXIT_OK if all(r["valid"] for r in results) else EXIT_CHECK


def cmd_audit_new(app: Observador, args: argparse.Namespace) -> int:
    audit = app.create_audit(args.form, version=args.version, header=_key_values(args.set or []))
    if args.json:
        _print_json(_audit_row_json(audit))
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
        _print_json([_audit_row_json(r) for r in rows])
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
        _print_json(app.audit_document(audit["id"]))
        return EXIT_OK
    checklist = app.checklist_for(audit)
    state = app.audit_state(audit)
    evaluation = app.evaluate(audit["id"])
    notes = {(a["question_id"], a["item"]): a["note"] for a in app.store.answers(audit["id"])}
    print(f"{audit['title']}")
    print(
        f"  id {audit['id']}  ·  {checklist.title.es} v{checklist.version}  ·  "
        f"{STATUS_LABELS[audit['status']]}  ·  versión {audit['version']}"
    )
    header = state.header
    for f in checklist.header:
        value = header.get(f.id)
        print(f"  {f.label.es}: {_show_value(f, value)}")

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
    return EXIT_OK


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
    change = app.set_header(args.audit, _key_values(args.values))
    _report_change(change, args.json)
    return EXIT_OK


def _report_change(change, as_json: bool) -> None:
    if as_json:
        _print_json({"saved": True, **change.to_json()})
        return
    print("Guardado.")
    for f in change.raised:
        print(f"  ⚑ Alerta [{SEVERITY_LABELS[f['severity']]}]: {f['title']}")
    for f in change.withdrawn:
        print(f"  ✓ Alerta retirada: {f['title']}")


def cmd_audit_answer(app: Observador, args: argparse.Namespace) -> int:
    item = _item_arg(args.item)
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
        _print_json({"section": args.section, "item": index, "item_number": index + 1})
    else:
        print(f"Elemento {index + 1} agregado a {args.section}.")
    return EXIT_OK


def cmd_audit_remove_item(app: Observador, args: argparse.Namespace) -> int:
    change = app.remove_group_item(args.audit, args.section, _item_arg(args.item))
    if args.json:
        _print_json({"removed": args.item, **change.to_json()})
    else:
        print(f"Elemento {args.item} quitado de {args.section}; los siguientes se renumeraron.")
        for f in change.withdrawn:
            print(f"  ✓ Alerta retirada: {f['title']}")
    return EXIT_OK


def cmd_audit_check(app: Observador, args: argparse.Namespace) -> int:
    evaluation = app.evaluate(args.audit)
    missing = [m.to_json() for m in evaluation.missing]
    if args.json:
        _print_json({"complete": not missing, "missing": missing})
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
            _print_json({"finalized": False, "missing": [m.to_json() for m in exc.missing]})
            return EXIT_CHECK
        raise
    if args.json:
        _print_json({"finalized": True, **_audit_row_json(audit)})
    else:
        print(f"Auditoría {audit['id'][:8]} finalizada; ya no se puede modificar.")
    return EXIT_OK


def cmd_audit_new_version(app: Observador, args: argparse.Namespace) -> int:
    audit = app.new_version(args.audit)
    if args.json:
        _print_json(_audit_row_json(audit))
    else:
        print(audit["id"])
    return EXIT_OK


def cmd_audit_log(app: Observador, args: argparse.Namespace) -> int:
    entries = app.custody_log(args.audit)
    if args.json:
        _print_json(entries)
    else:
        for e in entries:
            print(
                f"{e['n']:>4}  {e['at']}  {e['actor']:<12} {e['action']:<18} "
                f"{json.dumps(e['details'], ensure_ascii=False)[:90]}"
            )
    return EXIT_OK


def cmd_finding_add(app: Observador, args: argparse.Namespace) -> int:
    finding = app.add_finding(
        args.audit,
        title=args.title,
        severity=args.severity,
        description=args.description or "",
        recommendation=args.recommendation or "",
        question_id=args.question,
        item=_item_arg(args.item),
    )
    if args.json:
        _print_json(finding)
    else:
        print(finding["id"])
    return EXIT_OK


def cmd_finding_list(app: Observador, args: argparse.Namespace) -> int:
    rows = app.findings(args.audit, include_withdrawn=args.all)
    if args.json:
        _print_json(
            [{**r, "item_number": None if r["item"] is None else r["item"] + 1} for r in rows]
        )
        return EXIT_OK
    if not rows:
        print("Sin hallazgos.")
    for f in rows:
        origin = "regla " + f["rule_id"] if f["source"] == "rule" else "manual"
        state = "" if f["status"] == "open" else "  (retirado)"
        print(
            f"{f['id'][:8]}  [{SEVERITY_LABELS[f['severity']]:<5}] {f['title']}  — {origin}{state}"
        )
    return EXIT_OK


def cmd_finding_remove(app: Observador, args: argparse.Namespace) -> int:
    app.remove_finding(args.audit, args.finding)
    print("Hallazgo eliminado.")
    return EXIT_OK


def cmd_export(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.packages import export_package, package_file_name

    audit = app.resolve_audit(args.audit)
    target = Path(args.output or package_file_name(audit))
    if target.exists() and not args.force:
        raise InputError(
            f"{target} ya existe; elija otro nombre con -o o use --force para reemplazarlo."
        )
    export_package(app, audit["id"], target)
    if args.json:
        _print_json({"audit": audit["id"], "file": str(target), "bytes": target.stat().st_size})
    else:
        print(str(target))
    return EXIT_OK


def cmd_import(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.packages import import_package

    result = import_package(app, Path(args.file))
    if args.json:
        _print_json(result)
    elif result["status"] == "already-present":
        print(f"La auditoría {result['audit'][:8]} ya estaba en esta carpeta; nada que importar.")
    else:
        print(
            f"Importada la auditoría {result['audit']} ({result['answers']} respuestas, "
            f"{result['evidence_added']} archivo(s) de evidencia nuevos)."
        )
    return EXIT_OK


def cmd_log_verify(app: Observador, args: argparse.Namespace) -> int:
    breaks = app.verify_custody(args.audit)
    checked = 1 if args.audit else len(app.store.custody_heads())
    if args.json:
        _print_json(
            {"ok": not breaks, "audits_checked": checked, "breaks": [b.to_json() for b in breaks]}
        )
    elif breaks:
        for b in breaks:
            where = f"entrada {b.n}" if b.n else "final del registro"
            print(f"✗ auditoría {b.audit_id}: {where}: {b.reason}", file=sys.stderr)
    else:
        print(f"✓ Registro de custodia íntegro ({checked} auditoría(s)).")
    return EXIT_OK if not breaks else EXIT_CHECK


def cmd_session_add(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import add_session

    row = add_session(
        app,
        event=args.event,
        date=args.date,
        start=args.start,
        end=args.end,
        audit_ref=args.audit,
        place=args.place or "",
        notes=args.notes or "",
    )
    if args.json:
        _print_json(row)
    else:
        print(
            f"Sesión registrada: {row['date']} {row['start_time']}–{row['end_time']} "
            f"({row['hours']:.2f} h) {row['event']}"
        )
    return EXIT_OK


def cmd_session_remove(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import remove_session

    row = remove_session(app, args.session)
    print(f"Sesión eliminada: {row['date']} {row['start_time']}–{row['end_time']} {row['event']}")
    return EXIT_OK


def cmd_session_list(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sessions import list_sessions, sessions_csv

    listing = list_sessions(app, date_from=args.date_from, date_to=args.date_to)
    if args.csv:
        sys.stdout.write(sessions_csv(listing))
    elif args.json:
        _print_json(listing)
    else:
        for r in listing["sessions"]:
            print(
                f"{r['date']}  {r['start_time']}–{r['end_time']}  {r['hours']:>5.2f} h  {r['event']}"
            )
        print(f"Total: {listing['total_sessions']} sesión(es), {listing['total_hours']:.2f} horas")
    return EXIT_OK


def cmd_evidence_add(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import add_evidence

    show = sys.stderr.isatty() and not args.json
    last = [0.0]

    def progress(p) -> None:
        import time

        now = time.monotonic()
        if show and (now - last[0] > 0.2 or p.files_done == p.files_total):
            last[0] = now
            pct = 100 * p.bytes_done / p.bytes_total if p.bytes_total else 100
            sys.stderr.write(
                f"\r{p.files_done}/{p.files_total} archivos · {pct:5.1f} % · {p.current[:40]:<40}"
            )
            sys.stderr.flush()

    try:
        result = add_evidence(
            app,
            args.audit,
            args.files,
            question_id=args.question,
            item=_item_arg(args.item),
            finding_id=args.finding,
            caption=args.caption or "",
            progress=progress,
        )
    finally:
        if show:
            sys.stderr.write("\n")
    code = EXIT_CHECK if result.refused else EXIT_OK  # scripts see what was left out
    if args.json:
        _print_json(result.to_json() | {"exit_code": code})
        return code
    for e in result.added:
        preview = (
            "" if e["thumbnail"] or not e["mime"].startswith("image/") else "  (sin vista previa)"
        )
        print(
            f"{e['id'][:8]}  {e['mime']:<28} {_size(e['size']):>10}  {e['original_name']}{preview}"
        )
    for d in result.duplicates:
        print(f"= {d['message']}")
    for w in result.warnings:
        print(f"⚠ {Path(w['file']).name}: {w['message']}", file=sys.stderr)
    for r in result.refused:
        print(f"✗ {r['file']}: {r['reason']} (no se importó)", file=sys.stderr)
    print(
        f"{len(result.added)} archivo(s) agregado(s)"
        + (f", {len(result.duplicates)} repetido(s)" if result.duplicates else "")
        + (f", {len(result.refused)} rechazado(s)" if result.refused else "")
        + "."
    )
    return code


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def cmd_evidence_list(app: Observador, args: argparse.Namespace) -> int:
    audit = app.resolve_audit(args.audit)
    rows = app.store.evidence(audit["id"])
    if args.json:
        _print_json(
            [
                {
                    k: r[k]
                    for k in (
                        "id",
                        "sha256",
                        "size",
                        "mime",
                        "original_name",
                        "caption",
                        "captured_at",
                        "imported_at",
                        "metadata",
                    )
                }
                | {
                    "gps": None if r["gps_lat"] is None else [r["gps_lat"], r["gps_lon"]],
                    "thumbnail": str(app.evidence.thumbnail_path(r["sha256"]))
                    if app.evidence.thumbnail_path(r["sha256"]).is_file()
                    else None,
                    "links": [
                        {
                            "question": x["question_id"],
                            "item": x["item"],
                            "item_number": None if x["item"] is None else x["item"] + 1,
                            "finding": x["finding_id"],
                        }
                        for x in r["links"]
                    ],
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Sin evidencia. Agregue archivos con: observer evidence add AUDITORÍA ARCHIVO…")
    for r in rows:
        where = ", ".join(
            (x["question_id"] + ("" if x["item"] is None else f" #{x['item'] + 1}"))
            if x["question_id"]
            else f"hallazgo {x['finding_id'][:8]}"
            for x in r["links"]
        )
        taken = (r["captured_at"] or "")[:16].replace("T", " ")
        print(
            f"{r['id'][:8]}  {r['sha256'][:12]}  {_size(r['size']):>10}  {taken:<16}  "
            f"{r['original_name']}"
            + (f"  → {where}" if where else "")
            + (f"\n          «{r['caption']}»" if r["caption"] else "")
        )
    return EXIT_OK


def cmd_evidence_verify(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import verify_evidence

    report = verify_evidence(app)
    if args.json:
        _print_json(report.to_json())
    else:
        for m in report.missing:
            print(f"✗ falta {m['sha256'][:12]}… ({m['name']})", file=sys.stderr)
        for a in report.altered:
            print(
                f"✗ alterado {a['sha256'][:12]}… ({a['name']}): su contenido cambió",
                file=sys.stderr,
            )
        if report.ok:
            print(f"✓ {report.checked} archivo(s) de evidencia íntegros.")
        else:
            print(
                f"{len(report.missing)} faltante(s) y {len(report.altered)} alterado(s) de "
                f"{report.checked}. Restaure la carpeta de datos desde una copia de seguridad.",
                file=sys.stderr,
            )
    return EXIT_OK if report.ok else EXIT_CHECK


def cmd_evidence_caption(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import set_caption

    set_caption(app, args.audit, args.evidence, args.caption)
    print("Pie de foto guardado.")
    return EXIT_OK


def cmd_evidence_link(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import link_evidence, unlink_evidence

    kwargs = dict(question_id=args.question, item=_item_arg(args.item), finding_id=args.finding)
    if args.remove:
        unlink_evidence(app, args.audit, args.evidence, **kwargs)
        print("Enlace quitado.")
    else:
        linked = link_evidence(app, args.audit, args.evidence, **kwargs)
        print("Enlazada." if linked else "Ya estaba enlazada ahí.")
    return EXIT_OK


def cmd_evidence_remove(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import remove_evidence

    ev = remove_evidence(app, args.audit, args.evidence)
    print(
        f"Evidencia «{ev['original_name']}» quitada de la auditoría (queda en el registro de custodia)."
    )
    return EXIT_OK


def cmd_config(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import max_evidence_bytes, set_max_evidence_bytes

    if args.key not in (None, "evidence.max_mb"):
        raise InputError(f"Ajuste desconocido {args.key!r}. Ajustes: evidence.max_mb.")
    if args.value is not None:
        try:
            mb = float(args.value)
        except ValueError:
            raise InputError(
                f"evidence.max_mb espera un número de megabytes; se recibió {args.value!r}."
            ) from None
        set_max_evidence_bytes(app, int(mb * 1024 * 1024))
    settings = {"evidence.max_mb": round(max_evidence_bytes(app) / 1024 / 1024, 3)}
    if args.json:
        _print_json(settings)
    else:
        for k, v in settings.items():
            print(f"{k} = {v:g}")
    return EXIT_OK


def cmd_report(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.reports import generate_report

    audit = app.resolve_audit(args.audit)
    target = Path(args.output or f"informe-{audit['id'][:8]}-v{audit['version']}.pdf")
    if target.exists() and not args.force:
        raise InputError(f"{target} ya existe; elija otro nombre con -o o use --force.")
    show = sys.stderr.isatty() and not args.json
    stages = {
        "prepare": "Preparando",
        "previews": "Vistas de las fotos",
        "images": "Imágenes",
        "layout": "Maquetando",
        "sign": "Firmando",
        "done": "Listo",
    }

    def progress(stage: str, done: int, total: int) -> None:
        if show:
            sys.stderr.write(f"\r{stages.get(stage, stage)}… {done}/{total}          ")
            sys.stderr.flush()

    try:
        result = generate_report(app, audit["id"], output=target, progress=progress)
    finally:
        if show:
            sys.stderr.write("\n")
    if args.json:
        _print_json(result.to_json())
    else:
        print(
            f"Informe firmado: {result.path} ({_size(result.size)}, SHA-256 {result.sha256[:16]}…)"
        )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from observer_desktop.services.reports import verify_report

    app = None
    if args.data_dir or os.environ.get("OBSERVER_DATA_DIR"):
        app = Observador(resolve_data_dir(args.data_dir))
    try:
        v = verify_report(Path(args.file), trust=[Path(t) for t in args.trust or []], app=app)
    finally:
        if app is not None:
            app.close()
    code = v.exit_code(require_trust=args.require_trust)
    if args.json:
        _print_json(v.to_json() | {"exit_code": code})
        return code
    verdict = {
        "valid": "✓ Firma válida: el informe no ha cambiado desde que se firmó.",
        "invalid": "✗ El informe NO es válido.",
        "not_signed": "✗ El archivo no es un informe firmado.",
        "unreadable": "✗ No se pudo leer el archivo.",
    }[v.status]
    print(verdict)
    if v.signer:
        print(f"  Firmó: {v.signer}" + (f" (código {v.signer_code})" if v.signer_code else ""))
        print(f"  Fecha de firma: {v.signed_at}")
        print(f"  Certificado: {v.certificate['subject']}")
        print(f"    emitido por: {v.certificate['issuer']}")
        print(f"    huella SHA-256: {v.certificate['sha256']}")
        print(f"  Cubre todo el archivo: {'sí' if v.covers_whole_file else 'no'}")
        print(f"  Cambios después de firmar: {'sí' if v.modified_after_signing else 'ninguno'}")
        print(f"  Confianza: {v.trust_note}")
    if v.embedded_audit:
        e = v.embedded_audit
        print(
            f"  Auditoría adjunta: {e['id']} v{e['version']} ({e['form']}), "
            f"{e['evidence']} archivo(s) de evidencia"
        )
        print(f"  Manifiesto de evidencia: {'coincide' if v.manifest_matches else 'NO coincide'}")
    if v.local_evidence is not None:
        le = v.local_evidence
        print(f"  Evidencia en la carpeta de datos: {len(le['ok'])} de {le['checked']} íntegros")
    for reason in v.reasons:
        print(f"  - {reason}")
    if v.status == "valid" and not v.trusted and args.require_trust:
        print("  - Se pidió --require-trust y el certificado no es de confianza.")
    return code


def cmd_key(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.keys import ensure_identity, identity

    ident = ensure_identity(app) if args.create else identity(app)
    if ident is None:
        print(
            "Aún no hay llave de firma; se crea al generar el primer informe "
            "(o con observer key --create)."
        )
        return EXIT_OK
    if args.export_cert:
        Path(args.export_cert).write_bytes(ident.files.cert.read_bytes())
    info = {
        "subject": ident.subject,
        "sha256": ident.fingerprint,
        "self_signed": ident.self_signed,
        "key_file": str(ident.files.key),
        "certificate_file": str(ident.files.cert),
        "valid_to": ident.certificate.not_valid_after_utc.isoformat(),
    }
    if args.json:
        _print_json(info)
    else:
        print(f"Certificado: {info['subject']}")
        print(f"Huella SHA-256: {info['sha256']}")
        print(
            "Autofirmado (aún no certificado por el OIC)"
            if ident.self_signed
            else "Emitido por el OIC"
        )
        print(f"Vigente hasta: {info['valid_to']}")
        if args.export_cert:
            print(f"Certificado copiado a {args.export_cert}")
    return EXIT_OK


def cmd_demo(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.demo import load_demo

    result = load_demo(app, force=args.force)
    if args.json:
        _print_json(result)
    elif result["created"]:
        print(f"Datos de ejemplo creados: {result['created']} auditorías en {app.data_dir}")
    else:
        print(
            f"La carpeta {app.data_dir} ya tiene auditorías; use --force para agregar el ejemplo."
        )
    return EXIT_OK


# ------------------------------------------------------------- sync with the OIC


def _read_secret(args: argparse.Namespace, prompt: str) -> str | None:
    """The password from --password-stdin, else typed at a terminal, else None."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
        if not secret:
            raise InputError(
                "--password-stdin: no llegó ninguna contraseña por la entrada estándar."
            )
        return secret
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return None


def _passphrase_prompt(args: argparse.Namespace):
    from observer_desktop.services.keys import terminal_prompt

    return None if getattr(args, "password_stdin", False) else terminal_prompt


def _confirm_authority(unknown: Exception) -> str:
    """The OIC CA's fingerprint once the observer says it matches the OIC's (at a
    terminal); in scripts, --ca-fingerprint gives it."""
    fingerprint = str(getattr(unknown, "ca_fingerprint", ""))
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError(
            f"{unknown} Si coincide, repita el comando con --ca-fingerprint y esa huella."
        )
    print(str(unknown), file=sys.stderr)
    answer = input("¿Coincide con la que le dio el OIC? Escriba «si» para continuar: ")
    if answer.strip().lower() not in ("si", "sí", "s"):
        raise InputError("No se inició sesión ni se envió su contraseña. Avise al OIC.")
    return fingerprint


def _new_password(args: argparse.Namespace, required: Exception) -> str:
    """The observer's own password when the OIC's was one-time: the next line of
    --password-stdin, or typed twice at a terminal."""
    from observer_desktop.services.sync import check_new_password

    minimum = getattr(required, "min_length", 10)
    if getattr(args, "password_stdin", False):
        new = sys.stdin.readline().rstrip("\r\n")
        if not new:
            raise InputError(
                f"{required} Con --password-stdin, escriba la contraseña nueva en la línea "
                "siguiente a la del OIC."
            )
        return new
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError(str(required))
    import getpass

    print(str(required), file=sys.stderr)
    new = getpass.getpass(f"Contraseña nueva (al menos {minimum} caracteres): ")
    check_new_password("", new, minimum=minimum)
    if getpass.getpass("Escríbala otra vez: ") != new:
        raise InputError(
            "Las contraseñas nuevas no coinciden; no se cambió nada. Intente de nuevo."
        )
    return new


def cmd_login(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import login
    from observer_desktop.sync.client import format_fingerprint
    from observer_desktop.sync.errors import PasswordChangeRequired, UnknownAuthority

    password = _read_secret(args, f"Contraseña de {args.code} en el servidor del OIC: ")
    if not password:
        raise InputError(
            "Falta la contraseña: escríbala cuando se le pida (en una terminal) o envíela con "
            "--password-stdin."
        )
    ask = _passphrase_prompt(args)
    trust_ca: str | None = args.ca_fingerprint
    new_password: str | None = None
    while True:
        try:
            result = login(
                app,
                server=args.server,
                code=args.code,
                password=password,
                new_password=new_password,
                trust_ca=trust_ca,
                ask=ask,
            )
            break
        except UnknownAuthority as exc:
            if trust_ca:
                raise
            trust_ca = _confirm_authority(exc)
        except PasswordChangeRequired as exc:
            if new_password:
                raise
            new_password = _new_password(args, exc)
    if new_password:
        print("Contraseña nueva guardada en el servidor del OIC: úsela de ahora en adelante.")
    code = EXIT_OK if result.enrolled else EXIT_CHECK
    if args.json:
        _print_json(result.to_json())
        return code
    who = (
        f"{result.observer_name} ({result.observer_code})"
        if result.observer_name
        else result.observer_code
    )
    print(f"Sesión iniciada en {result.server} como {who}.")
    print("Huella SHA-256 de la autoridad certificadora del OIC:")
    print(f"  {format_fingerprint(result.ca_fingerprint)}")
    if result.ca_pinned_now:
        print(
            "  Primera conexión con este servidor: compare la huella con la que le dio el OIC. "
            "Observador rechazará cualquier servidor con otra huella."
        )
    if result.enrolled:
        print(
            f"Su llave de firma tiene el certificado del OIC (huella {result.certificate_fingerprint[:16]}…)."
        )
    else:
        print(f"Aviso: {result.enroll_error}", file=sys.stderr)
    from observer_desktop.services import tokens

    if result.token_store == tokens.KEYRING:
        print("La sesión quedó guardada en el llavero del sistema.")
    elif result.token_store == tokens.FILE:
        print(
            "Esta computadora no tiene llavero del sistema: la sesión quedó guardada cifrada con "
            "la frase de paso de su llave de firma; observer sync se la pedirá."
        )
    else:
        from observer_desktop.services.sync import revoke_token

        revoke_token(app, result.token or "")  # it cannot be kept: do not leave it valid
        print(
            "La sesión no se guardó en esta computadora "
            f"({result.token_note or 'no hay llavero del sistema'}). observer sync le pedirá "
            "la contraseña cada vez (o use --password-stdin)."
        )
    for warning in result.warnings:
        print(f"Aviso: {warning}", file=sys.stderr)
    return code


def cmd_logout(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import logout

    result = logout(app, forget_server=args.forget_server, ask=_passphrase_prompt(args))
    if args.json:
        _print_json(result)
        return EXIT_OK
    if result["revoked"]:
        print(f"Sesión cerrada en {result['server']}; el token ya no sirve.")
    elif result["was_logged_in"]:
        print("Sesión cerrada en esta computadora.")
    else:
        print("No había una sesión abierta.")
    if result["warning"]:
        print(f"Aviso: {result['warning']}", file=sys.stderr)
    if result["forgot_server"]:
        print(
            "Se olvidaron el servidor y sus huellas; el próximo inicio de sesión las registra de nuevo."
        )
    return EXIT_OK


def _sync_progress_printer(enabled: bool):
    state = {"last": 0.0}

    def show(p) -> None:
        if not enabled:
            return
        import time

        now = time.monotonic()
        if p.stage == "upload" and now - state["last"] < 0.2:
            return
        state["last"] = now
        if p.stage == "waiting":
            text = f"Reintentando en {p.retry_in:.0f} s: {p.message}"
        elif p.stage in ("upload", "commit") and p.files_total:
            current = min(p.submissions_done + 1, p.submissions_total)
            text = (
                f"Enviando {current}/{p.submissions_total}: {p.files_done}/{p.files_total} "
                f"archivos, {_size(p.bytes_done)} de {_size(p.bytes_total)}"
            )
        else:
            text = p.message
        if text:
            sys.stderr.write("\r\x1b[K" + text[:150])
            sys.stderr.flush()

    return show


def cmd_sync(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import needs_password, sync_now

    password = None
    if args.password_stdin or needs_password(app):
        password = _read_secret(args, "Contraseña del servidor del OIC: ")
    show = sys.stderr.isatty() and not args.json
    try:
        result = sync_now(
            app,
            password=password,
            progress=_sync_progress_printer(show),
            ask=_passphrase_prompt(args),
        )
    finally:
        if show:
            sys.stderr.write("\r\x1b[K")
    # an error (wrong password, server stopped) fails the command even when nothing was
    # waiting to be sent, as a login with a wrong password does: scripts must see it
    code = EXIT_OK if result.ok else EXIT_CHECK
    if args.json:
        _print_json(result.to_json() | {"exit_code": code})
        return code
    for d in result.delivered:
        print(f"✓ Entregada: {d['title']} ({d['audit'][:8]}), acuse del {d['received_at']}")
    for r in result.reviews:
        label = {"received": "recibida", "approved": "APROBADA", "returned": "DEVUELTA"}[r["state"]]
        line = f"• Revisión del OIC: {r['title']} ({r['audit'][:8]}) {label}"
        print(line + (f" — «{r['comment']}»" if r["comment"] else ""))
        if r["state"] == "returned":
            print(f"  Corríjala con: observer audit new-version {r['audit'][:8]}")
    for f in result.forms_added:
        print(f"• Lista de verificación nueva: {f['title']} ({f['id']} v{f['version']})")
    for w in result.warnings:
        print(f"Aviso: {w}", file=sys.stderr)
    if result.error:
        print(f"error: {result.error}", file=sys.stderr)
    if result.cancelled:
        print("Envío cancelado; lo ya enviado no se repetirá.", file=sys.stderr)
    if result.pending:
        print(f"Pendientes: {len(result.pending)}")
        for p in result.pending:
            reason = p["error"] or "en espera del próximo envío"
            print(f"  - {p['title']} ({p['audit'][:8]} v{p['audit_version']}): {reason}")
    if result.not_ready:
        print(f"Finalizadas sin informe firmado (no se envían todavía): {len(result.not_ready)}")
        for a in result.not_ready:
            print(
                f"  - {a['title']} ({a['audit'][:8]}): firme su informe con observer report {a['audit'][:8]}"
            )
    if not result.pending and not result.error:
        print(
            "Todo lo firmado se entregó al OIC." if result.not_ready else "Todo entregado al OIC."
        )
    return code


def cmd_outbox(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import outbox, queue_audit

    for ref in args.add or []:
        row = queue_audit(app, ref)
        if not args.json:
            print(
                f"En cola: {row['title']} ({row['audit_id'][:8]} v{row['audit_version'] or row['version']})"
            )
    rows = outbox(app, include_delivered=args.all)
    if args.json:
        _print_json({"outbox": rows, "pending": sum(r["state"] != "delivered" for r in rows)})
        return EXIT_OK
    if not rows:
        print("No hay envíos pendientes." if not args.all else "Aún no hay envíos.")
        return EXIT_OK
    for r in rows:
        extra = f"  {_size(r['bytes'])}" if r["bytes"] else ""
        review = f"  [{r['review_label']}]" if r["review_label"] else ""
        print(
            f"{r['audit'][:8]} v{r['audit_version']}  {r['state_label']:<10}{extra}{review}  {r['title']}"
        )
        if r["error"] and r["state"] != "delivered":
            print(f"    {r['error']}")
        if r["review_comment"]:
            print(f"    Comentario del OIC: {r['review_comment']}")
    return EXIT_OK


def cmd_export_batch(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.sync import export_batch

    profile = app.profile() or {}
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(
        args.output or f"lote-{profile.get('observer_code', 'observador')}-{stamp}.obsbatch"
    )
    if target.exists() and not args.force:
        raise InputError(f"{target} ya existe; elija otro nombre con -o o use --force.")
    summary = export_batch(app, target, ask=_passphrase_prompt(args))
    if args.json:
        _print_json(summary)
        return EXIT_OK
    print(
        f"Lote firmado: {summary['file']} ({summary['submissions']} auditoría(s), "
        f"{summary['blobs']} archivos, {_size(summary['bytes'])})."
    )
    print(
        "Entréguelo al OIC (oic-server ingest); el próximo envío por internet recibirá los acuses."
    )
    for problem in summary["problems"]:
        print(f"Aviso: {problem}", file=sys.stderr)
    return EXIT_OK


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="observer",
        description="Observador: auditorías ciudadanas de contrataciones públicas (línea de comandos).",
    )
    p.add_argument("--version", action="version", version=f"observer {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="D",
        help="carpeta de datos (por omisión OBSERVER_DATA_DIR o la carpeta del sistema)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMANDO", parser_class=_Parser)
    sub.required = True

    def add(parent, name: str, handler: Callable, help_text: str, *, needs_app: bool = True):
        sp = parent.add_parser(name, help=help_text, description=help_text)
        sp.set_defaults(handler=handler, needs_app=needs_app)
        return sp

    def json_flag(sp):
        sp.add_argument("--json", action="store_true", help="salida JSON")

    sp = add(sub, "init", cmd_init, "crear o actualizar el perfil del observador")
    sp.add_argument("--name", help="nombre completo")
    sp.add_argument("--code", help="código de observador asignado por el OIC")
    sp.add_argument("--municipality", help="municipio (por omisión Chihuahua)")
    sp.add_argument("--email", help="correo electrónico")
    sp.add_argument("--language", choices=["es", "en"], help="idioma de la interfaz")
    json_flag(sp)

    forms = sub.add_parser("forms", help="formularios (listas de verificación)")
    fsub = forms.add_subparsers(dest="forms_command", metavar="ACCIÓN", parser_class=_Parser)
    fsub.required = True
    sp = add(fsub, "list", cmd_forms_list, "listar los formularios disponibles")
    json_flag(sp)
    sp = add(fsub, "show", cmd_forms_show, "mostrar las preguntas de un formulario")
    sp.add_argument("form", metavar="FORMULARIO")
    sp.add_argument("--version", type=int)
    json_flag(sp)
    sp = add(
        fsub, "validate", cmd_forms_validate, "validar archivos de formulario", needs_app=False
    )
    sp.add_argument("paths", nargs="+", metavar="RUTA")
    json_flag(sp)

    audit = sub.add_parser("audit", help="auditorías")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACCIÓN", parser_class=_Parser)
    asub.required = True
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
        type=_status,
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

    finding = sub.add_parser("finding", help="hallazgos")
    hsub = finding.add_subparsers(dest="finding_command", metavar="ACCIÓN", parser_class=_Parser)
    hsub.required = True
    sp = add(hsub, "add", cmd_finding_add, "agregar un hallazgo a mano")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("--title", required=True)
    sp.add_argument("--severity", required=True, choices=["alta", "media", "baja"])
    sp.add_argument("--description")
    sp.add_argument("--recommendation")
    sp.add_argument("--question", metavar="PREGUNTA")
    sp.add_argument("--item", type=int, metavar="N")
    json_flag(sp)
    sp = add(hsub, "list", cmd_finding_list, "listar hallazgos")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("--all", action="store_true", help="incluir los retirados")
    json_flag(sp)
    sp = add(hsub, "remove", cmd_finding_remove, "eliminar un hallazgo manual")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("finding", metavar="HALLAZGO")

    sp = add(sub, "export", cmd_export, "exportar una auditoría a un paquete .zip portátil")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("-o", "--output", metavar="ARCHIVO")
    sp.add_argument("--force", action="store_true", help="reemplazar el archivo si ya existe")
    json_flag(sp)
    sp = add(sub, "import", cmd_import, "importar un paquete de auditoría")
    sp.add_argument("file", metavar="ARCHIVO")
    json_flag(sp)

    log = sub.add_parser("log", help="registro de custodia")
    lsub = log.add_subparsers(dest="log_command", metavar="ACCIÓN", parser_class=_Parser)
    lsub.required = True
    sp = add(lsub, "verify", cmd_log_verify, "verificar la cadena de huellas del registro")
    sp.add_argument("audit", nargs="?", metavar="AUDITORÍA")
    json_flag(sp)

    session = sub.add_parser("session", help="sesiones de participación")
    ssub = session.add_subparsers(dest="session_command", metavar="ACCIÓN", parser_class=_Parser)
    ssub.required = True
    sp = add(ssub, "add", cmd_session_add, "registrar una sesión")
    sp.add_argument("--event", required=True, help="evento al que asistió")
    sp.add_argument("--date", required=True, metavar="FECHA", help="AAAA-MM-DD o DD/MM/AAAA")
    sp.add_argument("--start", required=True, metavar="HH:MM")
    sp.add_argument("--end", required=True, metavar="HH:MM")
    sp.add_argument("--audit", metavar="AUDITORÍA")
    sp.add_argument("--place")
    sp.add_argument("--notes")
    json_flag(sp)
    sp = add(ssub, "remove", cmd_session_remove, "eliminar una sesión registrada por error")
    sp.add_argument("session", metavar="SESIÓN", help="id o sus primeros caracteres")
    sp = add(ssub, "list", cmd_session_list, "listar sesiones y total de horas de un periodo")
    sp.add_argument("--from", dest="date_from", metavar="AAAA-MM-DD")
    sp.add_argument("--to", dest="date_to", metavar="AAAA-MM-DD")
    sp.add_argument("--csv", action="store_true", help="salida CSV (para constancias)")
    json_flag(sp)

    evidence = sub.add_parser("evidence", help="evidencia (fotos, documentos…)")
    esub = evidence.add_subparsers(dest="evidence_command", metavar="ACCIÓN", parser_class=_Parser)
    esub.required = True
    sp = add(esub, "add", cmd_evidence_add, "agregar archivos de evidencia a una auditoría")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("files", nargs="+", metavar="ARCHIVO")
    sp.add_argument("--question", metavar="PREGUNTA", help="enlazar a esta pregunta")
    sp.add_argument(
        "--item", type=int, metavar="N", help="elemento de una sección repetible (desde 1)"
    )
    sp.add_argument("--finding", metavar="HALLAZGO", help="enlazar a este hallazgo")
    sp.add_argument("--caption", metavar="TEXTO", help="pie de foto")
    json_flag(sp)
    sp = add(esub, "list", cmd_evidence_list, "listar la evidencia de una auditoría")
    sp.add_argument("audit", metavar="AUDITORÍA")
    json_flag(sp)
    sp = add(
        esub, "verify", cmd_evidence_verify, "comprobar que ningún archivo falte o haya cambiado"
    )
    json_flag(sp)
    sp = add(esub, "caption", cmd_evidence_caption, "escribir el pie de foto de una evidencia")
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("evidence", metavar="EVIDENCIA")
    sp.add_argument("caption", metavar="TEXTO")
    sp = add(
        esub,
        "link",
        cmd_evidence_link,
        "enlazar (o desenlazar) evidencia a una pregunta o hallazgo",
    )
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("evidence", metavar="EVIDENCIA")
    sp.add_argument("--question", metavar="PREGUNTA")
    sp.add_argument("--item", type=int, metavar="N")
    sp.add_argument("--finding", metavar="HALLAZGO")
    sp.add_argument("--remove", action="store_true", help="quitar el enlace")
    sp = add(
        esub, "remove", cmd_evidence_remove, "quitar una evidencia de una auditoría en borrador"
    )
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("evidence", metavar="EVIDENCIA")

    sp = add(
        sub, "report", cmd_report, "generar el informe PDF firmado de una auditoría finalizada"
    )
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("-o", "--output", metavar="ARCHIVO")
    sp.add_argument("--force", action="store_true", help="reemplazar el archivo si ya existe")
    json_flag(sp)
    sp = add(sub, "verify", cmd_verify, "verificar un informe PDF firmado", needs_app=False)
    sp.add_argument("file", metavar="ARCHIVO.pdf")
    sp.add_argument(
        "--trust",
        action="append",
        metavar="CERT.pem",
        help="certificado de confianza (p. ej. la autoridad del OIC)",
    )
    sp.add_argument(
        "--require-trust",
        action="store_true",
        help="fallar (código 1) si el certificado no es de confianza",
    )
    json_flag(sp)
    sp = add(sub, "key", cmd_key, "ver la llave de firma y su certificado")
    sp.add_argument("--create", action="store_true", help="crearla ahora si no existe")
    sp.add_argument("--export-cert", metavar="ARCHIVO.pem", help="copiar el certificado")
    json_flag(sp)

    sp = add(sub, "config", cmd_config, "ver o cambiar ajustes (evidence.max_mb)")
    sp.add_argument("key", nargs="?", metavar="AJUSTE")
    sp.add_argument("value", nargs="?", metavar="VALOR")
    json_flag(sp)

    sp = add(sub, "demo", cmd_demo, "llenar la carpeta de datos con auditorías de ejemplo")
    sp.add_argument("--force", action="store_true", help="agregar aunque ya haya auditorías")
    json_flag(sp)

    sp = add(
        sub, "login", cmd_login, "iniciar sesión en el servidor del OIC y obtener su certificado"
    )
    sp.add_argument("--server", required=True, metavar="URL", help="p. ej. https://oic.ejemplo.mx")
    sp.add_argument("--code", required=True, metavar="CÓDIGO", help="su código de observador")
    sp.add_argument(
        "--password-stdin",
        action="store_true",
        help="leer la contraseña de la entrada estándar (si es la de un solo uso del OIC, la "
        "nueva en la línea siguiente)",
    )
    sp.add_argument(
        "--ca-fingerprint",
        metavar="HUELLA",
        help="huella SHA-256 de la CA del OIC (la que le dio el OIC), para un servidor con "
        "certificado de la CA propia del OIC en su primera conexión",
    )
    json_flag(sp)
    sp = add(sub, "logout", cmd_logout, "cerrar la sesión en el servidor del OIC (revoca el token)")
    sp.add_argument(
        "--forget-server",
        action="store_true",
        help="olvidar también el servidor y las huellas registradas",
    )
    json_flag(sp)
    sp = add(
        sub,
        "sync",
        cmd_sync,
        "entregar al OIC lo que está en la cola y traer revisiones (código 1 si algo queda pendiente)",
    )
    sp.add_argument(
        "--password-stdin",
        action="store_true",
        help="leer la contraseña de la entrada estándar (sin llavero del sistema)",
    )
    json_flag(sp)
    sp = add(sub, "outbox", cmd_outbox, "ver la cola de envío al OIC (y poner auditorías en ella)")
    sp.add_argument(
        "--add",
        action="append",
        metavar="AUDITORÍA",
        help="poner en la cola una auditoría finalizada",
    )
    sp.add_argument("--all", action="store_true", help="incluir lo ya entregado, con su revisión")
    json_flag(sp)
    sp = add(
        sub,
        "export-batch",
        cmd_export_batch,
        "escribir la cola de envío en un lote firmado (.obsbatch) para llevarlo en USB",
    )
    sp.add_argument("-o", "--output", metavar="ARCHIVO")
    sp.add_argument("--force", action="store_true", help="reemplazar el archivo si ya existe")
    json_flag(sp)
    return p


def _log_internal_error(data_dir: Path | None) -> Path | None:
    try:
        base = data_dir or Path.cwd()
        log_dir = base / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "observer-cli.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {_dt.datetime.now(_dt.UTC).isoformat()} observer {__version__}\n")
            fh.write(traceback.format_exc())
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    app: Observador | None = None
    data_dir: Path | None = None
    try:
        if not args.needs_app:
            return args.handler(args)
        data_dir = resolve_data_dir(args.data_dir)
        app = Observador(data_dir)
        return args.handler(app, args)
    except ObserverError as exc:
        print(f"error: {exc}", file=sys.stderr)
        hint = getattr(exc, "terminal_hint", None)  # what only a terminal can do
        if hint:
            print(hint, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # output piped into `head` and similar: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        where = _log_internal_error(data_dir)
        print(f"error interno: {type(exc).__name__}: {exc}", file=sys.stderr)
        if where:
            print(f"Detalles en {where}. Por favor repórtelo al OIC.", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if app is not None:
            app.close()


if __name__ == "__main__":
    sys.exit(main())
