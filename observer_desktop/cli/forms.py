"""``observer forms``: list, show and validate checklists."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from observer_desktop.cli.common import (
    EXIT_CHECK,
    EXIT_OK,
    AddCommand,
    add_group,
    json_flag,
    print_json,
)
from observer_desktop.core.checklist import ChecklistError
from observer_desktop.core.checklist_loader import load_checklist
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador


def cmd_forms_list(app: Observador, args: argparse.Namespace) -> int:
    forms = [c.summary() | {"path": c.source_path} for c in app.forms.all_latest()]
    problems = [p.to_json() for p in app.forms.problems]
    if args.json:
        print_json({"forms": forms, "problems": problems})
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
        print_json(_checklist_json(checklist))
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
        print_json(results)
    else:
        for r in results:
            if r["valid"]:
                print(f"✓ {r['path']}: {r['id']} v{r['version']} válido")
            else:
                print(f"✗ {r['error']}", file=sys.stderr)
    return EXIT_OK if all(r["valid"] for r in results) else EXIT_CHECK


def add_commands(sub: Any, add: AddCommand) -> None:
    fsub = add_group(sub, "forms", "formularios (listas de verificación)")
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
