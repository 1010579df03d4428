"""``observer report``, ``verify`` and ``key``: signed PDF reports and the signing key."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, human_size, json_flag, print_json
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador
from observer_desktop.services.reads import resolve_data_dir


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
        print_json(result.to_json())
    else:
        print(
            f"Informe firmado: {result.path} ({human_size(result.size)}, SHA-256 {result.sha256[:16]}…)"
        )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from observer_desktop.services.reports import verify_report

    app = None
    if args.data_dir or os.environ.get("OBSERVER_DATA_DIR"):
        app = Observador(resolve_data_dir(args.data_dir))
    crl = Path(args.crl) if args.crl else None
    try:
        v = verify_report(
            Path(args.file), trust=[Path(t) for t in args.trust or []], app=app, crl=crl
        )
    finally:
        if app is not None:
            app.close()
    code = v.exit_code(require_trust=args.require_trust)
    if args.json:
        print_json(v.to_json() | {"exit_code": code})
        return code
    print(v.headline())
    if v.constancia:
        _print_constancia(v)
    if v.signer:
        print(f"  Firmó: {v.signer}" + (f" (código {v.signer_code})" if v.signer_code else ""))
        _print_times(v)
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
    _print_revocation(v, crl)
    for reason in v.reasons:
        print(f"  - {reason}")
    if v.status == "valid" and not v.trusted and args.require_trust:
        print("  - Se pidió --require-trust y el certificado no es de confianza.")
    return code


def _local_time(iso: str) -> str:
    """An ISO time as the reader's local time, with its offset."""
    import datetime as _dt

    try:
        moment = _dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %z")


def _print_times(v: Any) -> None:
    """The OIC's time (proven) apart from the laptop's claimed time (not proven)."""
    if v.oic_time:
        how = "sello de la firma" if v.oic_time_source == "signature" else "sello del documento"
        print(f"  Firmado antes de {_local_time(v.oic_time)} (sello de tiempo del OIC, {how})")
    elif any(not t["trusted"] for t in v.timestamps):
        print(
            "  Sello de tiempo: presente, pero su autoridad no es de confianza aquí (indique "
            "--trust con el certificado del OIC)."
        )
    else:
        print("  Sin sello de tiempo del OIC: la hora de la firma no está comprobada.")
    claimed = _local_time(v.signed_at) if v.signed_at else "no indicada"
    print(f"  Hora declarada por la computadora: {claimed} (no comprobada)")
    if v.clock_note:
        print(f"    ¡Atención! {v.clock_note}")


def _print_revocation(v: Any, crl: Path | None) -> None:
    """Which revocation list was used, how old it is, and what it says of the signer."""
    if v.crl is None:
        if crl is not None:
            print(
                f"  Revocación: la lista {crl} no está firmada por una autoridad de confianza "
                "(indique --trust con el certificado del OIC); no se usó."
            )
        elif v.signer:
            print(
                "  Revocación: no se comprobó (no hay lista de revocación del OIC; "
                "sincronice, o indique --crl ARCHIVO)."
            )
        return
    c = v.crl
    where = {
        "computadora": "de esta computadora",
        "archivo": f"de {crl}",
        "pdf": "incluida en el PDF",
    }
    line = (
        f"  Revocación: lista de revocación del {c['this_update'][:10]}, hace {c['age_days']} "
        f"días ({where.get(c['source'], c['source'])}, número {c['number']})"
    )
    print(line + (" — vencida: sincronice para obtener una nueva" if c["expired"] else ""))
    if v.revocation_note:
        print(f"    {v.revocation_note}")
    elif v.signer:
        print("    El certificado del firmante no está revocado en esa lista.")


def _print_constancia(v: Any) -> None:
    """What a constancia de participación says it certifies (its embedded record)."""
    c = v.constancia
    state = "firma válida" if v.valid else "firma inválida"
    if v.valid and not v.trusted:
        state += " (sin confirmar que el emisor sea el OIC: indique --trust con su certificado)"
    print(
        f"  Constancia de participación folio {c['folio']}, emitida por el OIC "
        f"({c['emisor']}) el {c['emitida'][:10]}, {state}."
    )
    print(
        f"    {c['observador']} (código {c['codigo']}): {c['sesiones']} sesión(es) "
        f"validada(s), {c['horas']:g} h, del {c['desde']} al {c['hasta']}"
    )
    print(f"    Verificación pública: {c['verificar']}")


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
        print_json(info)
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


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(
        sub, "report", cmd_report, "generar el informe PDF firmado de una auditoría finalizada"
    )
    sp.add_argument("audit", metavar="AUDITORÍA")
    sp.add_argument("-o", "--output", metavar="ARCHIVO")
    sp.add_argument("--force", action="store_true", help="reemplazar el archivo si ya existe")
    json_flag(sp)
    sp = add(
        sub,
        "verify",
        cmd_verify,
        "verificar un informe o una constancia PDF firmados",
        needs_app=False,
    )
    sp.add_argument("file", metavar="ARCHIVO.pdf")
    sp.add_argument(
        "--trust",
        action="append",
        metavar="CERT.pem",
        help="certificado de confianza (p. ej. la autoridad del OIC)",
    )
    sp.add_argument(
        "--crl",
        metavar="ARCHIVO.crl",
        help="lista de revocación del OIC a usar (si no, la que guarda esta computadora)",
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
