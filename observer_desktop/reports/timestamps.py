"""The OIC's time in a signed PDF, and the validation data (DSS) the OIC embeds.

Two kinds of RFC 3161 tokens can say when a report existed:

- a **signature timestamp** in the signature itself (PAdES B-T: the laptop asked the
  OIC's time-stamping authority while signing, online);
- a **document timestamp** the OIC added in a later revision (the copy of record: the
  report timestamped at its first sync, then an archive timestamp over the DSS).

Either is the OIC's word only when its token is intact and the TSA's certificate
chains to a trusted root (the OIC CA); the earliest such time after the signature is
"firmado antes de". The laptop's own signing time is a claim, never proven. pyHanko
reads and checks every token; nothing here writes ASN.1 or crypto by hand.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ClockCheck",
    "DssCheck",
    "TimestampInfo",
    "check_dss",
    "clock_check",
    "document_timestamps",
    "signature_timestamp",
    "signature_timestamp_time",
]

# a signature timestamp asked while signing comes seconds after the claimed time
CLAIMED_AHEAD_TOLERANCE = _dt.timedelta(minutes=5)
SIGNATURE_TS_FAR_BEFORE = _dt.timedelta(hours=1)
# a document timestamp comes at the first sync: weeks offline are possible, not years
DOCUMENT_TS_FAR_BEFORE = _dt.timedelta(days=60)


@dataclass
class TimestampInfo:
    kind: str  # "signature" (B-T) | "document" (the OIC's copy)
    time: _dt.datetime | None
    intact: bool
    trusted: bool  # the TSA's certificate chains to a trusted root
    tsa: str | None = None  # the TSA certificate's subject
    covers_signature: bool = True  # a document timestamp made after the signature
    archive: bool = False  # a later document timestamp over validation data (B-LTA)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "time": self.time.isoformat() if self.time else None,
            "intact": self.intact,
            "trusted": self.trusted,
            "tsa": self.tsa,
            "covers_signature": self.covers_signature,
            "archive": self.archive,
        }


def _tst_info(signed_data: Any) -> Any:
    return signed_data["encap_content_info"]["content"].parsed


def signature_timestamp_time(signer_info: Any) -> _dt.datetime | None:
    """The genTime of the signature timestamp token in ``signer_info`` (unchecked)."""
    attrs = signer_info["unsigned_attrs"]
    if not attrs:
        return None
    for attr in attrs:
        if attr["type"].native == "signature_time_stamp_token":
            return _tst_info(attr["values"][0]["content"])["gen_time"].native
    return None


def signature_timestamp(status: Any) -> TimestampInfo | None:
    """The signature's own timestamp as pyHanko checked it (None when it has none)."""
    ts = getattr(status, "timestamp_validity", None)
    if ts is None:
        return None
    return TimestampInfo(
        kind="signature",
        time=ts.timestamp,
        intact=bool(ts.intact and ts.valid),
        trusted=bool(ts.intact and ts.valid and ts.trusted),
        tsa=_subject(ts.signing_cert),
    )


def document_timestamps(reader: Any, signature: Any, context: Any) -> list[TimestampInfo]:
    """Every document timestamp of the PDF, checked with ``context`` (pyHanko's
    ``ValidationContext`` over the trusted roots), oldest first."""
    from pyhanko.sign.validation import validate_pdf_timestamp

    found = []
    for ts_sig in reader.embedded_signatures:
        if ts_sig.sig_object_type != "/DocTimeStamp":
            continue
        try:
            status = validate_pdf_timestamp(ts_sig, validation_context=context)
            intact = bool(status.intact and status.valid)
            info = TimestampInfo(
                kind="document",
                time=status.timestamp,
                intact=intact,
                trusted=intact and bool(status.trusted),
                tsa=_subject(status.signing_cert),
            )
        except Exception:  # a damaged token: pyHanko raises many kinds
            info = TimestampInfo(kind="document", time=None, intact=False, trusted=False)
        info.covers_signature = ts_sig.signed_revision > signature.signed_revision
        found.append(info)
    found.sort(key=lambda t: t.time or _dt.datetime.max.replace(tzinfo=_dt.UTC))
    for later in found[1:]:
        later.archive = True
    return found


@dataclass
class ClockCheck:
    note: str | None = None
    impossible: bool = False  # claimed after the OIC's time


def clock_check(claimed: _dt.datetime | None, oic: TimestampInfo | None) -> ClockCheck:
    """What the laptop's claimed signing time says against the OIC's time."""
    if claimed is None or oic is None or oic.time is None:
        return ClockCheck()
    if claimed > oic.time + CLAIMED_AHEAD_TOLERANCE:
        return ClockCheck(
            "Orden imposible: la hora declarada por la computadora es posterior al sello de "
            "tiempo del OIC (el reloj de la computadora estaba adelantado o se alteró). Solo "
            "la hora del OIC está comprobada.",
            impossible=True,
        )
    far = SIGNATURE_TS_FAR_BEFORE if oic.kind == "signature" else DOCUMENT_TS_FAR_BEFORE
    gap = oic.time - claimed
    if gap > far:
        days = gap.days
        span = f"{days} día(s)" if days else f"{int(gap.total_seconds() // 3600)} hora(s)"
        return ClockCheck(
            f"La hora declarada por la computadora es {span} anterior al sello del OIC "
            "(¿reloj atrasado?). La hora declarada no está comprobada; solo la del OIC."
        )
    return ClockCheck()


@dataclass
class DssCheck:
    present: bool = False
    certificates: int = 0
    crls: list[bytes] = field(default_factory=list)  # DER of the CRLs it holds
    problems: list[str] = field(default_factory=list)


def check_dss(reader: Any, ca_der: list[bytes]) -> DssCheck:
    """The PDF's Document Security Store (validation data): every certificate and CRL
    it holds must be readable, and any that names a trusted CA as issuer must carry
    that CA's valid signature."""
    from cryptography import x509

    result = DssCheck()
    try:
        dss = reader.root.get("/DSS")
        dss = dss.get_object() if dss is not None else None
    except Exception:
        result.present = True
        result.problems.append("no se puede leer el diccionario de validación (DSS)")
        return result
    if dss is None:
        return result
    result.present = True
    cas = []
    for der in ca_der:
        try:
            cas.append(x509.load_der_x509_certificate(der))
        except ValueError:
            continue
    for name, loader in (("/Certs", x509.load_der_x509_certificate),
                         ("/CRLs", x509.load_der_x509_crl)):  # fmt: skip
        for data in _streams(dss, name, result):
            try:
                item = loader(data)
            except ValueError:
                result.problems.append(f"un elemento de {name[1:]} no se puede leer")
                continue
            if name == "/CRLs":
                result.crls.append(data)
                _check_crl_issuer(item, cas, result)
            else:
                result.certificates += 1
                _check_cert_issuer(item, cas, result)
    return result


def _streams(dss: Any, name: str, result: DssCheck) -> list[bytes]:
    try:
        items = dss.get(name)
        items = items.get_object() if items is not None else []
        return [ref.get_object().data for ref in items]
    except Exception:
        result.problems.append(f"la lista {name[1:]} del DSS está dañada")
        return []


def _check_crl_issuer(crl: Any, cas: list[Any], result: DssCheck) -> None:
    for ca in cas:
        if crl.issuer == ca.subject and not crl.is_signature_valid(ca.public_key()):
            result.problems.append(
                "una lista de revocación del DSS dice ser del OIC pero su firma no corresponde"
            )


def _check_cert_issuer(cert: Any, cas: list[Any], result: DssCheck) -> None:
    from cryptography.exceptions import InvalidSignature

    for ca in cas:
        if cert.issuer != ca.subject or cert.subject == ca.subject:
            continue
        try:
            cert.verify_directly_issued_by(ca)
        except (ValueError, TypeError, InvalidSignature):
            result.problems.append(
                "un certificado del DSS dice ser del OIC pero su firma no corresponde"
            )


def _subject(cert: Any) -> str | None:
    if cert is None:
        return None
    try:
        return cert.subject.human_friendly
    except Exception:
        return None
