"""Enrollment: the OIC CA certifies an observer's signing key."""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.hazmat.primitives import serialization
from sqlalchemy import Connection, select

from oic_server import schema as s
from oic_server.crl import key_compromised
from oic_server.errors import ApiError
from oic_server.keys import certificate_fingerprint, parse_csr
from oic_server.schema import now_iso
from oic_server.usecases.base import Caller, ServerParts


class EnrollmentCases(ServerParts):
    """Certificates for the observers' signing keys."""

    # ------------------------------------------------------------ enrollment

    def enroll(self, caller: Caller, csr_pem: str) -> dict[str, Any]:
        csr = parse_csr(csr_pem)
        csr_sha = hashlib.sha256(csr.public_bytes(serialization.Encoding.DER)).hexdigest()

        def issue(conn: Connection) -> str:
            existing = conn.execute(
                select(s.certificates.c.pem, s.certificates.c.revoked_at).where(
                    s.certificates.c.observer_id == caller.observer_id,
                    s.certificates.c.csr_sha256 == csr_sha,
                )
            ).first()
            if existing is not None and existing.revoked_at is not None:
                # a laptop makes a new CSR (a new ECDSA signature) at every enrollment;
                # only a replayed one lands here
                raise ApiError(
                    "conflict",
                    "El certificado de esta solicitud fue revocado; pida uno nuevo con una "
                    "solicitud nueva.",
                )
            if existing is not None:  # the same request again: the same certificate
                return existing.pem
            if key_compromised(conn, csr.public_key()):  # type: ignore[arg-type]
                raise ApiError(
                    "conflict",
                    "Esta llave de firma fue revocada por compromiso (laptop perdida o robada): "
                    "cree una llave nueva en Observador y vuelva a iniciar sesión.",
                )
            cert = self.keys.issue(csr, code=caller.code, name=caller.name)
            pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
            conn.execute(
                s.certificates.insert().values(
                    fingerprint=certificate_fingerprint(cert),
                    observer_id=caller.observer_id,
                    serial=format(cert.serial_number, "x"),
                    csr_sha256=csr_sha,
                    pem=pem,
                    issued_at=now_iso(),
                    not_after=cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
            )
            return pem

        pem = self.db.write(issue)
        return {
            "certificate": pem,
            "chain": [self.keys.ca_pem],
            "ca_fingerprint_sha256": self.keys.ca_fingerprint,
        }

    def certificate_fingerprints(self, conn: Connection, observer_id: int) -> set[str]:
        rows = conn.execute(
            select(s.certificates.c.fingerprint).where(s.certificates.c.observer_id == observer_id)
        ).all()
        return {r.fingerprint for r in rows}
