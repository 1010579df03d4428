"""Sneakernet batches (``*.obsbatch``): read with every check the API makes; write for tests.

A batch is a ZIP holding ``batch.json``, ``batch.sig`` (base64 ECDSA
P-256/SHA-256 over the exact bytes of ``batch.json``), ``certificate.pem``
(the observer's OIC certificate) and ``blobs/<sha256>`` (docs/protocol.md).

Reading treats the file as hostile: only those names (no traversal, links,
encryption or odd compression), sizes capped by the manifests while
decompressing (zip bombs stop at the declared size), every blob re-hashed,
the signature checked against a certificate this server issued to that
observer, and each submission checked exactly as ``PUT`` + ``commit`` would.
Nothing is recorded unless everything passes; then the whole batch is one
database transaction.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import io
import json
import re
import stat
import zipfile
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import ValidationError
from sqlalchemy import Connection, select, update

from observer_desktop.core.canonical import canonical_json
from oic_server import schema as s
from oic_server.blobstore import StagedBlob
from oic_server.content import ContentCheck, check_content, strict_json
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.keys import certificate_fingerprint
from oic_server.models import UUID_PATTERN, Manifest
from oic_server.schema import now_iso
from oic_server.service import OICServer, normalize_code

__all__ = ["BATCH_FORMAT", "ingest_batch", "write_batch"]

BATCH_FORMAT = "observador-batch"
BATCH_VERSION = 1
MAX_BATCH_JSON = 64 * 1024 * 1024
MAX_SMALL_MEMBER = 64 * 1024
MAX_MEMBERS = 200_000
MAX_SUBMISSIONS = 10_000
_BLOB_NAME = re.compile(r"blobs/([0-9a-f]{64})")
_FIXED = ("batch.json", "batch.sig", "certificate.pem")
_READ = 1024 * 1024


def _refuse(message: str, code: str = "bad_request", **extra: Any) -> ApiError:
    return ApiError(code, f"Lote rechazado: {message} No se guardó nada.", **extra)


# ---------------------------------------------------------------- reading the ZIP


def _members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(f"tiene {len(infos)} entradas (máximo {MAX_MEMBERS}).")
    out: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if info.is_dir():
            if name == "blobs/":
                continue
            raise _refuse(f"contiene la carpeta inesperada «{name}».")
        if name not in _FIXED and not _BLOB_NAME.fullmatch(name):
            raise _refuse(
                f"contiene el archivo inesperado «{name[:80]}» (solo batch.json, batch.sig, "
                "certificate.pem y blobs/<sha256>)."
            )
        if name in out:
            raise _refuse(f"contiene dos veces «{name}».")
        if info.flag_bits & 0x1:
            raise _refuse(f"«{name}» está cifrado.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(f"«{name}» usa una compresión no admitida.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse(f"«{name}» es un enlace simbólico.")
        out[name] = info
    for name in _FIXED:
        if name not in out:
            raise _refuse(f"le falta {name}.")
    return out


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise _refuse(f"«{info.filename}» es demasiado grande ({info.file_size} bytes).")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # the header lied about the size
        raise _refuse(f"«{info.filename}» es demasiado grande.")
    return data


def _copy_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, sink: StagedBlob | None
) -> str:
    """Decompress a blob (at most ``size`` bytes + 1), returning its SHA-256."""
    if info.file_size != size:
        raise _refuse(
            f"«{info.filename}» mide {info.file_size} bytes y el manifiesto dice {size}.",
            "hash_mismatch",
        )
    digest = hashlib.sha256()
    total = 0
    with zf.open(info) as fh:
        while chunk := fh.read(min(_READ, size + 1 - total)):
            total += len(chunk)
            if total > size:
                raise _refuse(
                    f"«{info.filename}» tiene más bytes de los declarados.", "hash_mismatch"
                )
            digest.update(chunk)
            if sink is not None:
                sink.write(chunk)
    if total != size:
        raise _refuse(f"«{info.filename}» está incompleto.", "hash_mismatch")
    return digest.hexdigest()


@dataclass
class _Submission:
    submission_id: str
    manifest: dict[str, Any]
    digest: str
    skip: bool = False


def _parse_batch_json(raw: bytes) -> dict[str, Any]:
    try:
        doc = strict_json(raw)
    except (ValueError, RecursionError):
        raise _refuse("batch.json no es JSON válido (UTF-8, sin claves repetidas).") from None
    if not isinstance(doc, dict):
        raise _refuse("batch.json debe ser un objeto JSON.")
    if doc.get("format") != BATCH_FORMAT or doc.get("version") != BATCH_VERSION:
        raise _refuse(
            f"batch.json no es un lote «{BATCH_FORMAT}» versión {BATCH_VERSION} (¿viene de una "
            "versión más nueva de Observador?)."
        )
    if not isinstance(doc.get("observer"), str) or not doc["observer"].strip():
        raise _refuse("batch.json no dice qué observador lo envía («observer»).")
    subs = doc.get("submissions")
    if not isinstance(subs, list) or not subs:
        raise _refuse("batch.json no trae envíos («submissions»).")
    if len(subs) > MAX_SUBMISSIONS:
        raise _refuse(f"trae {len(subs)} envíos (máximo {MAX_SUBMISSIONS}).")
    return doc


def _manifests(server: OICServer, doc: dict[str, Any]) -> list[_Submission]:
    out: list[_Submission] = []
    seen: set[str] = set()
    for i, item in enumerate(doc["submissions"]):
        if not isinstance(item, dict) or set(item) != {"submission_id", "manifest"}:
            raise _refuse(f"el envío {i + 1} debe tener exactamente submission_id y manifest.")
        sid = item["submission_id"]
        if not isinstance(sid, str) or not re.fullmatch(UUID_PATTERN, sid):
            raise _refuse(f"el envío {i + 1} no tiene un submission_id UUID válido.")
        if sid in seen:
            raise _refuse(f"el envío {sid} aparece dos veces.")
        seen.add(sid)
        try:
            manifest = Manifest.model_validate(item["manifest"], strict=True)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise _refuse(f"el manifiesto del envío {sid} no es válido ({where}).") from None
        try:
            m, digest = server.validate_manifest(manifest)
        except ApiError as exc:
            raise _refuse(f"envío {sid}: {exc.message}", exc.code, **exc.extra) from None
        out.append(_Submission(sid, m, digest))
    return out


def _check_signer(
    server: OICServer, conn: Connection, code: str, cert_pem: bytes, doc_bytes: bytes, sig: bytes
) -> Any:
    row = conn.execute(select(s.observers).where(s.observers.c.code == code)).first()
    if row is None:
        raise _refuse(f"el observador {code} no está registrado en este servidor.", "not_found")
    if row.disabled_at is not None:
        raise _refuse(f"el OIC deshabilitó al observador {code}.", "observer_disabled")
    fingerprints = server.certificate_fingerprints(conn, row.id)
    if not fingerprints:
        raise _refuse(
            f"el observador {code} aún no tiene certificado del OIC (inscripción).", "not_enrolled"
        )
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        raise _refuse(
            "certificate.pem no es un certificado PEM válido.", "signature_invalid"
        ) from None
    if certificate_fingerprint(cert) not in fingerprints or not server.keys.issued_by_ca(cert):
        raise _refuse(
            f"certificate.pem no es un certificado que este servidor haya emitido a {code}.",
            "signature_invalid",
            reason="untrusted_certificate",
        )
    try:
        signature = base64.b64decode(sig.strip(), validate=True)
        key = cert.public_key()
        assert isinstance(key, ec.EllipticCurvePublicKey)
        key.verify(signature, doc_bytes, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, AssertionError):
        raise _refuse(
            "la firma batch.sig no corresponde a batch.json con ese certificado (el lote se "
            "alteró o se firmó con otra llave).",
            "signature_invalid",
            reason="batch_signature",
        ) from None
    return row, fingerprints


def ingest_batch(server: OICServer, path: Path) -> dict[str, Any]:
    """Check and record a batch. Returns {observer, submissions: [...]} or raises ApiError."""
    path = Path(path)
    if not path.is_file():
        raise ApiError("bad_request", f"No existe el archivo {path}.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _refuse(
            f"{path.name} no es un lote de Observador (ZIP dañado o de otro tipo)."
        ) from None
    staged: dict[str, StagedBlob] = {}
    try:
        with zf:
            try:
                return _ingest(server, zf, staged)
            except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError) as exc:
                raise _refuse(f"el ZIP está dañado ({type(exc).__name__}).") from None
            except OSError as exc:  # reading the stick or writing the staging folder
                raise _refuse(
                    f"no se pudo leer el lote o escribir en {server.paths.root} "
                    f"({exc.strerror or type(exc).__name__}).",
                    "unavailable",
                ) from None
    finally:
        for blob in staged.values():
            blob.discard()


def _ingest(server: OICServer, zf: zipfile.ZipFile, staged: dict[str, StagedBlob]) -> dict:
    members = _members(zf)
    raw = _read_small(zf, members["batch.json"], MAX_BATCH_JSON)
    signature = _read_small(zf, members["batch.sig"], MAX_SMALL_MEMBER)
    cert_pem = _read_small(zf, members["certificate.pem"], MAX_SMALL_MEMBER)
    doc = _parse_batch_json(raw)
    code = normalize_code(doc["observer"])
    with server.db.read() as conn:
        observer, fingerprints = _check_signer(server, conn, code, cert_pem, raw, signature)
    submissions = _manifests(server, doc)

    # what the database already knows
    with server.db.read() as conn:
        existing = {
            r.id: r
            for r in conn.execute(
                select(s.submissions).where(
                    s.submissions.c.id.in_([x.submission_id for x in submissions])
                )
            ).all()
        }
        complete = {
            r.sha256
            for r in conn.execute(
                select(s.uploads.c.sha256).where(
                    s.uploads.c.observer_id == observer.id, s.uploads.c.complete.is_(True)
                )
            ).all()
        }
    for sub in submissions:
        row = existing.get(sub.submission_id)
        if row is None:
            continue
        if row.observer_id != observer.id:
            raise _refuse(f"el envío {sub.submission_id} pertenece a otro observador.", "forbidden")
        if row.manifest_sha256 != sub.digest:
            raise _refuse(
                f"ya existe el envío {sub.submission_id} con otro contenido.", "submission_conflict"
            )
        sub.skip = row.state == "committed"

    # every blob: listed once with one size, present (or already held), hash checked
    sizes: dict[str, int] = {}
    for sub in submissions:
        for b in sub.manifest["blobs"]:
            if sizes.setdefault(b["sha256"], b["size"]) != b["size"]:
                raise _refuse(
                    f"el archivo {b['sha256']} figura con dos tamaños distintos.",
                    "manifest_mismatch",
                    reason="blob_size",
                )
    needed = {b["sha256"] for x in submissions if not x.skip for b in x.manifest["blobs"]}
    in_zip = {m.group(1) for name in members if (m := _BLOB_NAME.fullmatch(name))}
    extra = in_zip - set(sizes)
    if extra:
        raise _refuse(f"contiene {len(extra)} archivo(s) que ningún envío lista.")
    absent = needed - in_zip - complete
    if absent:
        raise _refuse(
            f"le faltan {len(absent)} archivo(s) listados en los manifiestos "
            f"(p. ej. {sorted(absent)[0]}).",
            "incomplete",
        )
    for sha in sorted(in_zip):
        sink = None
        if sha in needed and sha not in complete:
            sink = staged[sha] = server.store.stage()
        got = _copy_member(zf, members[f"blobs/{sha}"], sizes[sha], sink)
        if got != sha:
            raise _refuse(
                f"el archivo blobs/{sha} no tiene ese SHA-256 (está dañado o alterado).",
                "hash_mismatch",
            )
        if sink is not None:
            sink.finish()

    # each submission as commit checks it
    signers: dict[str, ContentCheck] = {}
    for sub in submissions:
        if sub.skip:
            continue
        try:
            signers[sub.submission_id] = _check_content(
                server, sub.manifest, staged, fingerprints, observer_code=observer.code
            )
        except ApiError as exc:
            raise _refuse(
                f"envío {sub.submission_id}: {exc.message}", exc.code, **exc.extra
            ) from None

    # store: blobs first (content-addressed, harmless if the rest fails), then one transaction
    added = [sha for sha, blob in staged.items() if server.store.promote_staged(blob, sha)]
    staged.clear()
    try:
        records = _records(server, submissions, signers)
        results = server.db.write(
            lambda conn: _record(server, conn, observer, submissions, sizes, signers, records)
        )
    except BaseException:
        _forget(server, added)
        raise
    for sha in needed:
        server.store.discard_part(f"{observer.id}-{sha}")
    return {"observer": observer.code, "submissions": results}


def _check_content(
    server: OICServer,
    manifest: dict[str, Any],
    staged: Mapping[str, StagedBlob],
    fingerprints: set[str],
    *,
    observer_code: str,
) -> ContentCheck:
    audit_sha, report_sha = manifest["audit_sha256"], manifest["report_sha256"]
    with ExitStack() as stack:
        if audit_sha in staged:
            audit_bytes = staged[audit_sha].path.read_bytes()
        else:
            audit_bytes = stack.enter_context(server.store.open(audit_sha)).read()
        if report_sha in staged:
            report_path = staged[report_sha].path
        else:
            report_path = stack.enter_context(server.store.local_path(report_sha))
        return check_content(
            manifest,
            audit_bytes,
            report_path,
            fingerprints=fingerprints,
            observer_code=observer_code,
        )


def _records(
    server: OICServer, submissions: list[_Submission], signers: dict[str, ContentCheck]
) -> dict[str, Any]:
    """Each new submission's signer standing and copy of record, before the transaction
    (as commit does: a revoked certificate without an earlier OIC time refuses the batch)."""
    records = {}
    for sub in submissions:
        if sub.submission_id not in signers:
            continue
        try:
            records[sub.submission_id] = server.prepare_record(
                sub.manifest["report_sha256"], signers[sub.submission_id]
            )
        except ApiError as exc:
            raise _refuse(
                f"envío {sub.submission_id}: {exc.message}", exc.code, **exc.extra
            ) from None
    return records


def _record(
    server: OICServer,
    conn: Connection,
    observer: Any,
    submissions: list[_Submission],
    sizes: dict[str, int],
    signers: dict[str, ContentCheck],
    records: dict[str, Any],
) -> list[dict[str, Any]]:
    results = []
    now = now_iso()
    for sub in submissions:
        _, row = server._record_submission(
            conn,
            observer_id=observer.id,
            submission_id=sub.submission_id,
            manifest=sub.manifest,
            manifest_sha=sub.digest,
            source="batch",
        )
        if row.state == "committed":
            results.append(_result(row.id, sub.manifest, "already_committed", row.receipt))
            continue
        shas = sorted(b["sha256"] for b in sub.manifest["blobs"])
        insert_ignore(
            conn, s.blobs, [{"sha256": x, "size": sizes[x], "stored_at": now} for x in shas]
        )
        insert_ignore(
            conn,
            s.uploads,
            [
                {
                    "observer_id": observer.id,
                    "sha256": x,
                    "size": sizes[x],
                    "held": sizes[x],
                    "complete": True,
                    "updated_at": now,
                }
                for x in shas
            ],
        )
        for x in shas:
            conn.execute(
                update(s.uploads)
                .where(s.uploads.c.observer_id == observer.id, s.uploads.c.sha256 == x)
                .values(held=sizes[x], complete=True, updated_at=now)
            )
        answer = server._commit_locked(
            conn,
            submission_id=row.id,
            code=observer.code,
            checked=signers[row.id],
            record=records[row.id],
        )
        results.append(_result(row.id, sub.manifest, "committed", canonical_json(answer).decode()))
    return results


def _result(sid: str, manifest: dict[str, Any], status: str, receipt: str | None) -> dict:
    return {
        "submission_id": sid,
        "audit_id": manifest["audit_id"],
        "audit_version": manifest["audit_version"],
        "status": status,
        "receipt": json.loads(receipt) if receipt else None,
    }


def _forget(server: OICServer, added: Iterable[str]) -> None:
    """Remove blobs this ingest added when its transaction failed (unless now recorded)."""
    added = list(added)
    if not added:
        return
    try:
        with server.db.read() as conn:
            kept = {
                r.sha256
                for r in conn.execute(select(s.blobs.c.sha256).where(s.blobs.c.sha256.in_(added)))
            }
    except ApiError:
        return  # database down: leaving unreferenced content is harmless
    for sha in added:
        if sha not in kept:
            server.store.delete(sha)


# ---------------------------------------------------------------- writing (tests, tools)


def write_batch(
    target: Path | io.BytesIO,
    *,
    observer: str,
    certificate_pem: bytes,
    private_key: ec.EllipticCurvePrivateKey,
    submissions: list[dict[str, Any]],
    blobs: Mapping[str, bytes | Path],
    created_at: str | None = None,
) -> bytes:
    """Write a valid batch. ``submissions`` are ``{"submission_id", "manifest"}``; ``blobs``
    maps every listed SHA-256 to its bytes or a file. Returns the bytes of ``batch.json``."""
    doc = {
        "format": BATCH_FORMAT,
        "version": BATCH_VERSION,
        "observer": observer,
        "created_at": created_at or _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "submissions": submissions,
    }
    raw = canonical_json(doc)
    signature = base64.b64encode(private_key.sign(raw, ec.ECDSA(hashes.SHA256())))
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("batch.json", raw)
        zf.writestr("batch.sig", signature)
        zf.writestr("certificate.pem", certificate_pem)
        for sha in sorted(blobs):
            value = blobs[sha]
            info = zipfile.ZipInfo(f"blobs/{sha}", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            with zf.open(info, "w") as out:
                if isinstance(value, bytes | bytearray):
                    out.write(value)
                else:
                    with open(value, "rb") as fh:
                        while chunk := fh.read(_READ):
                            out.write(chunk)
    return raw


def load_private_key(pem: bytes, passphrase: bytes | None) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(pem, password=passphrase)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key
