"""Revocation: the observers' certificates the OIC withdrew, and the CA's CRL.

Disabling an observer (``oic-server observer disable``, the console) revokes every
certificate the CA issued them, with an RFC 5280 reason (:data:`REASONS`), in the
same transaction that disables the account, and issues a new CRL there. The CRL
(RFC 5280 §5, DER, signed ECDSA-SHA256 by the CA) lists every certificate ever
revoked, with its date and reason code, a CRL number one past the last, and a
nextUpdate :data:`CRL_DAYS` ahead. Every CRL issued is kept in the ``crls`` table;
the newest is served (``GET /api/v1/crl``), so every instance on the database
serves the same one. When the newest is missing or has fewer than
:data:`CRL_RENEW_DAYS` left, the first request after that issues the next
(:func:`current_crl`); two instances doing so at once cannot both take a number
(its primary key), the loser reads the winner's.

Enabling an observer again revokes nothing back: their laptop asks for a new
certificate at its next enrollment (a new CSR). A key whose certificate was revoked
for ``keyCompromise`` is never certified again (:func:`key_compromised`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Connection, func, select, update

from oic_server import schema as s
from oic_server.db import Database
from oic_server.errors import ApiError
from oic_server.keys import ServerKeys, public_key_fingerprint

__all__ = [
    "CRL_DAYS",
    "CRL_RENEW_DAYS",
    "CRL_TYPE",
    "DEFAULT_REASON",
    "REASONS",
    "Revocation",
    "current_crl",
    "is_revoked",
    "issue_crl",
    "key_compromised",
    "reason_flag",
    "revoke_observer_certificates",
]

CRL_DAYS = 7  # nextUpdate: how long a laptop may rely on the CRL it holds
CRL_RENEW_DAYS = 2  # a CRL with fewer days left is replaced at the next request
CRL_TYPE = "application/pkix-crl"

# the reasons an OIC operator may give, as RFC 5280 names them (x509.ReasonFlags'
# value, stored in certificates.revocation_reason), each with its Spanish choice
# (the CLI's --reason value) and its words in the console
REASONS: dict[str, tuple[str, str]] = {
    "cessationOfOperation": ("baja", "Dejó el programa (cese de operación)"),
    "keyCompromise": ("llave-comprometida", "Laptop perdida o robada, llave comprometida"),
    "affiliationChanged": ("cambio-institucion", "Cambió de institución"),
    "privilegeWithdrawn": ("retiro", "El OIC le retiró la acreditación"),
}
DEFAULT_REASON = "cessationOfOperation"
_CHOICES = {choice: name for name, (choice, _) in REASONS.items()}


def reason_flag(reason: str | None) -> x509.ReasonFlags:
    """The RFC 5280 reason of ``reason``: its RFC name (``keyCompromise``), its Spanish
    choice (``llave-comprometida``) or None (:data:`DEFAULT_REASON`); else
    ``bad_request``."""
    name = DEFAULT_REASON if not reason else _CHOICES.get(reason.strip().lower(), reason)
    if name not in REASONS:
        choices = ", ".join(choice for choice, _ in REASONS.values())
        raise ApiError("bad_request", f"El motivo {reason!r} no es válido; use uno de: {choices}.")
    return x509.ReasonFlags(name)


@dataclass(frozen=True)
class Revocation:
    """A revoked certificate: when (UTC) and why (an ``x509.ReasonFlags``)."""

    serial: int
    revoked_at: _dt.datetime
    reason: x509.ReasonFlags


def _iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(text: str) -> _dt.datetime:
    return _dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC)


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


# ------------------------------------------------------------------ revoking


def revoke_observer_certificates(
    conn: Connection,
    keys: ServerKeys,
    observer_id: int,
    reason: x509.ReasonFlags,
    *,
    now: _dt.datetime | None = None,
) -> int:
    """Revoke, in the caller's transaction, every certificate of ``observer_id`` not
    revoked yet, and issue a new CRL when any was. Returns how many were revoked.
    Certificates revoked before keep their date and reason."""
    moment = now or _now()
    c = s.certificates.c
    revoked = conn.execute(
        update(s.certificates)
        .where(c.observer_id == observer_id, c.revoked_at.is_(None))
        .values(revoked_at=_iso(moment), revocation_reason=reason.value)
    ).rowcount
    if revoked:
        issue_crl(conn, keys, now=moment)
    return int(revoked or 0)


def is_revoked(source: Database | Connection, serial: int | str) -> Revocation | None:
    """The revocation of the certificate with ``serial`` (an int, or hex as the
    ``certificates`` table keeps it), or None when it is not revoked (or unknown)."""
    key = format(serial, "x") if isinstance(serial, int) else serial.lower()
    c = s.certificates.c
    query = select(c.serial, c.revoked_at, c.revocation_reason).where(
        c.serial == key, c.revoked_at.is_not(None)
    )
    if isinstance(source, Database):
        with source.read() as conn:
            row = conn.execute(query).first()
    else:
        row = source.execute(query).first()
    if row is None:
        return None
    return Revocation(
        int(row.serial, 16), _parse(row.revoked_at), x509.ReasonFlags(row.revocation_reason)
    )


def key_compromised(conn: Connection, public_key: ec.EllipticCurvePublicKey) -> bool:
    """Whether a certificate for ``public_key`` was revoked for ``keyCompromise``."""
    wanted = public_key_fingerprint(public_key)
    c = s.certificates.c
    rows = conn.execute(
        select(c.pem).where(c.revocation_reason == x509.ReasonFlags.key_compromise.value)
    ).all()
    for row in rows:
        key = x509.load_pem_x509_certificate(row.pem.encode("ascii")).public_key()
        if isinstance(key, ec.EllipticCurvePublicKey) and public_key_fingerprint(key) == wanted:
            return True
    return False


# ------------------------------------------------------------------ the CRL


def issue_crl(conn: Connection, keys: ServerKeys, *, now: _dt.datetime | None = None) -> bytes:
    """A new CRL of every revoked certificate, numbered one past the newest, kept in
    ``crls`` (in the caller's transaction) and returned as DER."""
    moment = (now or _now()).replace(microsecond=0)
    c = s.certificates.c
    rows = conn.execute(
        select(c.serial, c.revoked_at, c.revocation_reason)
        .where(c.revoked_at.is_not(None))
        .order_by(c.revoked_at, c.serial)
    ).all()
    last = conn.execute(select(func.max(s.crls.c.number))).scalar()
    number = int(last or 0) + 1
    ca_ski = keys.ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(keys.ca_cert.subject)
        .last_update(moment)
        .next_update(moment + _dt.timedelta(days=CRL_DAYS))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
    )
    for row in rows:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(int(row.serial, 16))
            .revocation_date(_parse(row.revoked_at))
            .add_extension(x509.CRLReason(x509.ReasonFlags(row.revocation_reason)), critical=False)
            .build()
        )
    der = builder.sign(keys.ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    conn.execute(
        s.crls.insert().values(
            number=number,
            this_update=_iso(moment),
            next_update=_iso(moment + _dt.timedelta(days=CRL_DAYS)),
            revoked=len(rows),
            der=der,
        )
    )
    return der


def current_crl(db: Database, keys: ServerKeys, *, now: _dt.datetime | None = None) -> bytes:
    """The newest CRL (DER); a new one first when there is none or it has fewer than
    :data:`CRL_RENEW_DAYS` left at ``now``."""
    moment = now or _now()
    renew_after = _iso(moment + _dt.timedelta(days=CRL_RENEW_DAYS))
    newest = select(s.crls.c.der, s.crls.c.next_update).order_by(s.crls.c.number.desc()).limit(1)
    with db.read() as conn:
        row = conn.execute(newest).first()
    if row is not None and row.next_update > renew_after:
        return bytes(row.der)

    def txn(conn: Connection) -> bytes:
        found = conn.execute(newest).first()  # another instance may have issued it
        if found is not None and found.next_update > renew_after:
            return bytes(found.der)
        return issue_crl(conn, keys, now=moment)

    return db.write(txn)
