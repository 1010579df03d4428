"""Helpers for the server tests: a real uvicorn on loopback, a laptop that makes genuine
signed reports, and a minimal protocol client. Imported by tests, not collected."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import shutil
import socket
import ssl
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from observer_desktop.core.canonical import canonical_json
from oic_server.service import OICServer

API = "/api/v1"
# one TLS context for every test client: building one per client costs ~20 ms (all loopback HTTP)
TLS = ssl.create_default_context()
PASSPHRASE = "frase de prueba larga"
PASSWORD = "contraseña-de-prueba-1"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------ the server


class UvicornThread:
    """uvicorn serving ``app`` on 127.0.0.1 (a free port), in a daemon thread."""

    def __init__(self, app: Any, limits: Any = None):
        import uvicorn

        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        from oic_server.connections import uvicorn_config

        # as `oic-server serve` runs it: the connection guard, X-Forwarded-For from loopback
        self.config = uvicorn_config(
            app,
            limits=limits,
            log_level="warning",
            lifespan="off",
            access_log=False,
            forwarded_allow_ips="127.0.0.1",
        )
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> UvicornThread:
        self.thread.start()
        deadline = time.monotonic() + 30  # startup wait, not a performance assertion
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class Dispatcher:
    """ASGI app forwarding to the current test's app: one uvicorn serves the whole session
    while every test still gets a server of its own (fresh database, keys and folder)."""

    def __init__(self) -> None:
        self.target: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.target is None:
            raise RuntimeError("no server app installed for this test")
        await self.target(scope, receive, send)


@dataclass
class RunningServer:
    data_dir: Path
    database_url: str | None
    oic: OICServer
    base_url: str
    blob_store: str | None = None  # s3://… when the test runs against S3

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url + API, headers=headers, timeout=60, verify=TLS)

    def add_observer(
        self, code: str, name: str = "Ana López", password: str = PASSWORD, *, one_time=False
    ) -> None:
        """An observer who already chose their password (``one_time`` for a first login)."""
        self.oic.add_observer(code, name, password, one_time=one_time)

    def login(self, code: str, password: str = PASSWORD) -> httpx.Client:
        with self.client() as c:
            r = c.post("/auth/login", json={"code": code, "password": password, "device": "prueba"})
        assert r.status_code == 200, r.text
        return self.client(r.json()["token"])

    def cli_args(self) -> list[str]:
        args = ["--data-dir", str(self.data_dir)]
        if self.database_url:
            args += ["--database", self.database_url]
        if self.blob_store:
            args += ["--blob-store", self.blob_store]
        return args

    def stored(self, sha256: str) -> bytes | None:
        """The complete blob's bytes in whichever store the server uses; None if absent."""
        if not self.oic.store.has(sha256):
            return None
        with self.oic.store.open(sha256) as fh:
            return fh.read()

    def partial_uploads(self) -> list[str]:
        """The store's partial uploads (part files, or S3 uploads in progress)."""
        return [key for key, _, _ in self.oic.store.parts()]


# ------------------------------------------------------------------ the laptop


@dataclass
class Submission:
    submission_id: str
    manifest: dict[str, Any]
    blobs: dict[str, bytes]
    audit_json: bytes
    report: bytes

    def put(self, client: httpx.Client) -> httpx.Response:
        return client.put(f"/submissions/{self.submission_id}", json=self.manifest)

    def batch_entry(self) -> dict[str, Any]:
        return {"submission_id": self.submission_id, "manifest": self.manifest}


@dataclass
class Laptop:
    """An observer's Observador data folder with a finalized audit and a signing key."""

    folder: Path
    code: str
    forms: Path
    audit_id: str
    _app: Any = field(default=None, repr=False)

    @property
    def app(self) -> Any:
        if self._app is None:
            from observer_desktop.services.app import Observador

            self._app = Observador(self.folder, form_dirs=[self.forms])
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
            self._app = None

    @property
    def keys(self) -> Path:
        return self.folder / "keys"

    def private_key(self) -> ec.EllipticCurvePrivateKey:
        key = serialization.load_pem_private_key(
            (self.keys / "signing-key.pem").read_bytes(), password=PASSPHRASE.encode()
        )
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return key

    def csr(self) -> str:
        request = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ignorado")]))
            .sign(self.private_key(), hashes.SHA256())
        )
        return request.public_bytes(serialization.Encoding.PEM).decode("ascii")

    def install_certificate(self, certificate: str, chain: list[str]) -> None:
        """What the client's ``install_certificate`` will do: the OIC's certificate, same key."""
        (self.keys / "signing-cert.pem").write_text(certificate, encoding="ascii")
        (self.keys / "chain.pem").write_text("".join(chain), encoding="ascii")

    def enroll(self, client: httpx.Client) -> dict[str, Any]:
        r = client.post("/enroll", json={"csr": self.csr()})
        assert r.status_code == 200, r.text
        body = r.json()
        self.install_certificate(body["certificate"], body["chain"])
        return body

    def certificate_pem(self) -> bytes:
        return (self.keys / "signing-cert.pem").read_bytes()

    def submission(self, *, submission_id: str | None = None) -> Submission:
        """Sign the report again (with whatever certificate is installed) and build the
        manifest and blobs of a submission, as the sync client does."""
        from pyhanko.pdf_utils.reader import PdfFileReader

        from observer_desktop.reports.verify import AUDIT_ATTACHMENT, _attachments
        from observer_desktop.services.reports import generate_report

        app = self.app
        result = generate_report(app, self.audit_id, ask=None)
        report = result.path.read_bytes()
        audit_json = _attachments(PdfFileReader(io.BytesIO(report), strict=False))[AUDIT_ATTACHMENT]
        document = json.loads(audit_json)
        assert canonical_json(document) == audit_json
        blobs = {sha(audit_json): audit_json, sha(report): report}
        entries = [
            {"sha256": sha(audit_json), "size": len(audit_json), "role": "audit"},
            {"sha256": sha(report), "size": len(report), "role": "report"},
        ]
        for ev in document["evidence"]:
            data = app.evidence.path_for(ev["sha256"]).read_bytes()
            blobs[ev["sha256"]] = data
            entries.append(
                {
                    "sha256": ev["sha256"],
                    "size": len(data),
                    "role": "evidence",
                    "name": ev["original_name"],
                }
            )
        audit = document["audit"]
        manifest = {
            "audit_id": audit["id"],
            "audit_version": audit["version"],
            "form_id": audit["form"]["id"],
            "form_version": audit["form"]["version"],
            "audit_sha256": sha(audit_json),
            "report_sha256": sha(report),
            "blobs": entries,
        }
        return Submission(submission_id or str(uuid.uuid4()), manifest, blobs, audit_json, report)


def make_laptop_template(
    folder: Path, *, code: str, forms: Path, photo_size: tuple[int, int]
) -> str:
    """Create an Observador folder with a finalized audit (two photos) and a key."""
    import media
    from helpers import fill_mini
    from PIL import Image

    from observer_desktop.services import evidence as ev
    from observer_desktop.services.app import Observador
    from observer_desktop.services.keys import ensure_identity
    from observer_desktop.services.reports import generate_report

    app = Observador(folder, form_dirs=[forms])
    try:
        app.save_profile(name=f"Observadora {code}", observer_code=code)
        audit_id = app.create_audit("mini", header={"numero": "AD-7", "tipo": "ad"})["id"]
        fill_mini(app, audit_id)
        noisy = folder.parent / f"{code}-a.jpg"  # noise: a photo that does not compress
        rng = random.Random(code)
        Image.frombytes("RGB", photo_size, rng.randbytes(photo_size[0] * photo_size[1] * 3)).save(
            noisy, "JPEG", quality=85
        )
        photos = [noisy, media.photo(folder.parent / f"{code}-b.jpg", size=(320, 240))]
        ev.add_evidence(app, audit_id, photos, question_id="publicada", caption="Convocatoria")
        app.finalize(audit_id)
        ensure_identity(app, ask=None)
        generate_report(app, audit_id, ask=None)  # leaves the photo renditions in derived/
    finally:
        app.close()
    return audit_id


def copy_laptop(template: Laptop, target: Path) -> Laptop:
    shutil.copytree(template.folder, target)
    return Laptop(target, template.code, template.forms, template.audit_id)


# ------------------------------------------------------------------ protocol client bits


def upload(
    client: httpx.Client, sha256: str, data: bytes, *, chunk: int, start: int = 0
) -> httpx.Response:
    """PATCH ``data`` from ``start`` in chunks; returns the last response."""
    offset = start
    response = None
    while offset < len(data) or response is None:
        piece = data[offset : offset + chunk]
        response = patch(client, sha256, offset, piece)
        if response.status_code != 204:
            return response
        offset = int(response.headers["Upload-Offset"])
        if not piece:
            break
    return response


def patch(client: httpx.Client, sha256: str, offset: int, data: bytes) -> httpx.Response:
    return client.patch(
        f"/blobs/{sha256}",
        content=data,
        headers={"Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"},
    )


def send_all(client: httpx.Client, sub: Submission, *, chunk: int = 4 * 1024 * 1024) -> dict:
    """PUT, upload every missing blob, commit; returns the commit answer."""
    r = sub.put(client)
    assert r.status_code in (200, 201), r.text
    for missing in r.json()["missing"]:
        data = sub.blobs[missing["sha256"]]
        last = upload(client, missing["sha256"], data, chunk=chunk, start=missing["offset"])
        assert last.status_code == 204, last.text
    r = client.post(f"/submissions/{sub.submission_id}/commit")
    assert r.status_code == 200, r.text
    return r.json()


def error_code(response: httpx.Response) -> str:
    return response.json()["error"]["code"]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def snapshot(server: RunningServer, *, skip: tuple[str, ...] = ("login_failures",)) -> dict:
    """Every row of every table and every stored file, and with S3 every object under the
    store's prefix and every multipart upload in progress: to prove a refusal changed
    nothing."""
    from sqlalchemy import select

    from oic_server import schema

    state: dict[str, Any] = {}
    with server.oic.db.read() as conn:
        for table in schema.metadata.sorted_tables:
            if table.name in skip:
                continue
            rows = conn.execute(select(table)).all()
            state[table.name] = sorted(tuple(str(v) for v in r) for r in rows)
    files = []
    for folder in ("blobs", "uploads", "staging"):
        root = server.data_dir / folder
        if root.is_dir():
            files += sorted(
                (str(p.relative_to(server.data_dir)), p.stat().st_size)
                for p in root.rglob("*")
                if p.is_file()
            )
    state["files"] = files
    state["objects"] = _s3_objects(server.oic.store)
    return state


def _s3_objects(store: Any) -> list[tuple[str, Any]]:
    """(key, size) of every object under an S3 store's prefix and (key, "upload") of
    every multipart upload in progress; nothing for the filesystem's store."""
    from oic_server.blobstores.s3 import S3BlobStore

    if not isinstance(store, S3BlobStore):
        return []
    found: list[tuple[str, Any]] = []
    prefix = store.location.prefix
    for page in store.client.get_paginator("list_objects_v2").paginate(
        Bucket=store.bucket, Prefix=prefix
    ):
        found += [(item["Key"], int(item["Size"])) for item in page.get("Contents", [])]
    uploads = store.client.list_multipart_uploads(Bucket=store.bucket, Prefix=prefix)
    found += [(u["Key"], "upload") for u in uploads.get("Uploads", [])]
    return sorted(found, key=str)
