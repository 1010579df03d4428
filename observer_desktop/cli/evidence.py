"""``observer evidence``: evidence files, their captions and links."""

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
    human_size,
    item_arg,
    json_flag,
    print_json,
)
from observer_desktop.services import reads
from observer_desktop.services.app import Observador


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
            item=item_arg(args.item),
            finding_id=args.finding,
            caption=args.caption or "",
            progress=progress,
        )
    finally:
        if show:
            sys.stderr.write("\n")
    code = EXIT_CHECK if result.refused else EXIT_OK  # scripts see what was left out
    if args.json:
        print_json(result.to_json() | {"exit_code": code})
        return code
    for e in result.added:
        preview = (
            "" if e["thumbnail"] or not e["mime"].startswith("image/") else "  (sin vista previa)"
        )
        print(
            f"{e['id'][:8]}  {e['mime']:<28} {human_size(e['size']):>10}  {e['original_name']}{preview}"
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


def cmd_evidence_list(app: Observador, args: argparse.Namespace) -> int:
    audit = app.resolve_audit(args.audit)
    rows = reads.evidence_rows(app, audit["id"])
    if args.json:
        print_json([_evidence_json(app, r) for r in rows])
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
            f"{r['id'][:8]}  {r['sha256'][:12]}  {human_size(r['size']):>10}  {taken:<16}  "
            f"{r['original_name']}"
            + (f"  → {where}" if where else "")
            + (f"\n          «{r['caption']}»" if r["caption"] else "")
        )
    return EXIT_OK


_EVIDENCE_JSON_FIELDS = (
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


def _evidence_json(app: Observador, r: dict) -> dict:
    thumbnail = app.evidence.thumbnail_path(r["sha256"])
    return {k: r[k] for k in _EVIDENCE_JSON_FIELDS} | {
        "gps": None if r["gps_lat"] is None else [r["gps_lat"], r["gps_lon"]],
        "thumbnail": str(thumbnail) if thumbnail.is_file() else None,
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


def cmd_evidence_verify(app: Observador, args: argparse.Namespace) -> int:
    from observer_desktop.services.evidence import verify_evidence

    report = verify_evidence(app)
    if args.json:
        print_json(report.to_json())
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

    kwargs = dict(question_id=args.question, item=item_arg(args.item), finding_id=args.finding)
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


def add_commands(sub: Any, add: AddCommand) -> None:
    esub = add_group(sub, "evidence", "evidencia (fotos, documentos…)")
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
