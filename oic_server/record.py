"""The copy of record: a committed report made PAdES B-LTA with the OIC's own time-stamps.

A report signed offline proves who signed and that nothing changed, but its time is
the laptop's claim. At commit the server keeps, next to the report as it arrived, a
*copy of record*: the same bytes followed by incremental updates that the report's
certifying signature (DocMDP "no changes") permits:

1. a **document time-stamp** from the OIC's TSA (:mod:`oic_server.tsa`): the report
   existed, signed, by then — "firmado antes de <hora del OIC>";
2. a **DSS** (Document Security Store) with what validation needs offline: the
   observer's certificate, the OIC CA's, the TSA's and the CA's current CRL;
3. an **archive time-stamp** over all of it (and the DSS updated for it), so the
   file is PAdES B-LTA and verifies with nothing but the OIC CA certificate after
   the observer's and the TSA's certificates have expired.

:func:`renew_archive` adds another archive time-stamp (``oic-server retimestamp``)
before the last one's TSA certificate expires. :func:`check_record` is the
validation the console, the tests and the command use; :func:`signature_timestamp`
reads a time-stamp the laptop got from the OIC's TSA when it signed online (PAdES
B-T), which is what lets a report outlive a later revocation of its certificate.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509

__all__ = [
    "RecordCheck",
    "RecordFacts",
    "Trust",
    "check_record",
    "make_record",
    "read_facts",
    "renew_archive",
    "signature_timestamp",
    "warm_up",
]

MD = "sha256"
DOC_TS_FIELD = "SelloOIC"  # the first document time-stamp's field
ARCHIVE_FIELD = "SelloArchivoOIC"  # archive time-stamps: SelloArchivoOIC-<n>


def _quiet() -> None:
    # pyHanko logs every expected refusal (an untrusted chain, a broken token) at error level
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Trust:
    """What a validation trusts: the OIC CA (DER) only, the CRL(s) given, nothing fetched,
    at ``moment`` (now when None)."""

    ca_der: bytes
    crls: tuple[bytes, ...] = ()
    moment: _dt.datetime | None = None

    @property
    def root(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.ca_der)

    def context(self, *, require_revocation: bool = True) -> Any:
        """A pyHanko ``ValidationContext``. The observers' and TSA's certificates name no
        CRL distribution point, so ``require`` is what makes pyHanko read the CRL."""
        from pyhanko_certvalidator import ValidationContext

        kwargs: dict[str, Any] = {
            "trust_roots": [self.root],
            "crls": [asn1_crl.CertificateList.load(c) for c in self.crls],
            "allow_fetching": False,
            "revocation_mode": "require" if require_revocation else "soft-fail",
        }
        if self.moment is not None:
            kwargs["moment"] = self.moment
        return ValidationContext(**kwargs)


def warm_up() -> None:
    """Import what a commit uses (pyHanko's reader, validation, signers; ~0.3 s of CPU on
    the first use) so that a fresh server process does not put it on its first commit
    (issue 20's load test saw each instance's first commit take 1.1-1.2 s). pyHanko's
    import-time deprecation notice about DSA (which nothing here uses) is not let into
    the server's log, where ``serve`` turns Python warnings into log lines."""
    import importlib
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="DSA is deprecated", category=Warning)
        for name in _COMMIT_MODULES:
            importlib.import_module(name)


_COMMIT_MODULES = (
    "pyhanko.pdf_utils.incremental_writer",
    "pyhanko.pdf_utils.reader",
    "pyhanko.sign.diff_analysis",
    "pyhanko.sign.signers.pdf_signer",
    "pyhanko.sign.validation",
    "pyhanko_certvalidator",
)


# ------------------------------------------------------------------ reading


@dataclass(frozen=True)
class RecordFacts:
    """What a copy of record says of itself (read, not validated)."""

    timestamped_at: _dt.datetime  # the first document time-stamp's genTime: the OIC time
    archived_at: _dt.datetime  # the last document time-stamp's genTime
    archive_tsa_not_after: _dt.datetime  # when the last one's TSA certificate expires
    archive_timestamps: int  # document time-stamps after the first


def _reader(data: bytes) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(data), strict=False)


def _gen_time(embedded: Any) -> _dt.datetime:
    info = embedded.signed_data["encap_content_info"]["content"].parsed
    return info["gen_time"].native.astimezone(_dt.UTC)


def _not_after(cert: asn1_x509.Certificate) -> _dt.datetime:
    return cert["tbs_certificate"]["validity"]["not_after"].native.astimezone(_dt.UTC)


def _after_signature(reader: Any) -> tuple[list[Any], list[Any]]:
    """The document time-stamps made after the observer's signature, oldest first, and
    those made before it. Only the first kind proves anything of the signature: one
    made before can carry any time its maker chose (it covers the unsigned bytes)."""
    signatures = reader.embedded_regular_signatures
    signed = signatures[0].signed_revision if signatures else -1
    stamps = sorted(reader.embedded_timestamp_signatures, key=lambda t: t.signed_revision)
    return (
        [t for t in stamps if t.signed_revision > signed],
        [t for t in stamps if t.signed_revision <= signed],
    )


def read_facts(data: bytes) -> RecordFacts:
    """The document time-stamps of a copy of record made after the observer's signature:
    ``ValueError`` when it has none."""
    stamps, _before = _after_signature(_reader(data))
    if not stamps:
        raise ValueError("el PDF no tiene sellos de tiempo de documento posteriores a la firma")
    first, last = stamps[0], stamps[-1]
    return RecordFacts(
        timestamped_at=_gen_time(first),
        archived_at=_gen_time(last),
        archive_tsa_not_after=_not_after(last.signer_cert),
        archive_timestamps=len(stamps) - 1,
    )


def signature_timestamp(
    data: bytes,
    trust: Trust,
    *,
    moment: _dt.datetime | None = None,
    certs: list[asn1_x509.Certificate] | None = None,
    crls: list[asn1_crl.CertificateList] | None = None,
) -> _dt.datetime | None:
    """The genTime of the report signature's own time-stamp (PAdES B-T) when it is intact,
    covers this signature and was made by a TSA the OIC CA certified (valid at
    ``moment``, default ``trust.moment``); None otherwise: a report whose only time is
    the laptop's clock."""
    from pyhanko.sign.validation import validate_pdf_signature

    _quiet()
    known = crls if crls is not None else [asn1_crl.CertificateList.load(c) for c in trust.crls]
    when = moment or trust.moment
    try:
        signatures = _reader(data).embedded_regular_signatures
        if not signatures:
            return None
        status = validate_pdf_signature(
            signatures[0],
            # the signer may be revoked: that is judged apart, against this time
            _context(trust, moment=when, certs=certs or [], crls=known, require_revocation=False),
            ts_validation_context=_context(trust, moment=when, certs=certs or [], crls=known),
        )
    except Exception:  # a PDF the checks at commit already read; anything odd: no B-T
        return None
    ts = status.timestamp_validity
    if ts is None or not (ts.intact and ts.valid and ts.trusted):
        return None
    return ts.timestamp.astimezone(_dt.UTC)


# ------------------------------------------------------------------ writing


def _timestamp(writer: Any, timestamper: Any, field_name: str, context: Any) -> bytes:
    """What ``writer`` holds, plus a document time-stamp. With ``context`` the DSS gets the
    TSA's chain and the context's CRLs first, in the same revision, so the time-stamp
    covers the whole file."""
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings

    out = io.BytesIO()
    PdfTimeStamper(timestamper, field_name=field_name).timestamp_pdf(
        writer,
        MD,
        validation_context=context,
        output=out,
        dss_settings=TimestampDSSContentSettings(update_before_ts=True, include_vri=False),
    )
    return out.getvalue()


def _writer(data: bytes) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def _supply_dss(
    writer: Any, *, certs: list[asn1_x509.Certificate], crls: tuple[bytes, ...]
) -> None:
    from pyhanko.sign.validation import DocumentSecurityStore

    DocumentSecurityStore.supply_dss_in_writer(
        writer,
        None,
        certs=_unique(certs),
        crls=[asn1_crl.CertificateList.load(c) for c in crls],
    )


def make_record(report: bytes, *, timestamper: Any, trust: Trust) -> bytes:
    """The copy of record of a signed report (module docstring): a document time-stamp
    (the OIC time), then one revision with the DSS (observer's chain, CA, TSA, CRL) and
    the archive time-stamp over it. ``timestamper`` is a pyHanko ``TimeStamper`` answered
    by the OIC's TSA (:func:`oic_server.tsa.in_process_timestamper`); ``trust`` holds
    the OIC CA, its current CRL and the time (``moment``)."""
    _quiet()
    signature = _reader(report).embedded_regular_signatures[0]
    stamped = _timestamp(_writer(report), timestamper, DOC_TS_FIELD, None)
    tsa_cert = _reader(stamped).embedded_timestamp_signatures[-1].signer_cert
    writer = _writer(stamped)
    _supply_dss(
        writer,
        certs=[signature.signer_cert, *signature.other_embedded_certs, trust.root, tsa_cert],
        crls=trust.crls,
    )
    return _timestamp(writer, timestamper, f"{ARCHIVE_FIELD}-1", trust.context())


def renew_archive(record: bytes, *, timestamper: Any, trust: Trust) -> bytes:
    """``record`` with one more archive time-stamp (PAdES B-LTA renewal): the DSS gets the
    last time-stamp's TSA certificate, the new one's and ``trust``'s CRLs, and a new
    document time-stamp covers everything. ``trust.moment`` is the time of the run."""
    _quiet()
    stamps = _reader(record).embedded_timestamp_signatures
    if not stamps:
        raise ValueError("el PDF no tiene sellos de tiempo de documento")
    writer = _writer(record)
    _supply_dss(writer, certs=[stamps[-1].signer_cert, trust.root], crls=trust.crls)
    return _timestamp(writer, timestamper, f"{ARCHIVE_FIELD}-{len(stamps)}", trust.context())


def _unique(certs: list[asn1_x509.Certificate]) -> list[asn1_x509.Certificate]:
    seen, out = set(), []
    for cert in certs:
        key = cert.sha256
        if key not in seen:
            seen.add(key)
            out.append(cert)
    return out


# ------------------------------------------------------------------ checking


@dataclass
class RecordCheck:
    """A copy of record's verdict: ``valid`` with the proven times, or the reasons."""

    valid: bool = False
    reasons: list[str] = field(default_factory=list)
    signature_intact: bool = False
    modification: str | None = None
    signer: str | None = None
    signed_before: _dt.datetime | None = None  # the oldest OIC time-stamp proving it
    timestamped_at: _dt.datetime | None = None  # the first document time-stamp
    archived_at: _dt.datetime | None = None  # the last one
    timestamps: int = 0

    def to_json(self) -> dict[str, Any]:
        def iso(t: _dt.datetime | None) -> str | None:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ") if t else None

        return {
            "valid": self.valid,
            "reasons": list(self.reasons),
            "signature_intact": self.signature_intact,
            "modification": self.modification,
            "signer": self.signer,
            "signed_before": iso(self.signed_before),
            "timestamped_at": iso(self.timestamped_at),
            "archived_at": iso(self.archived_at),
            "timestamps": self.timestamps,
        }


def check_record(data: bytes, trust: Trust) -> RecordCheck:
    """Validate a copy of record offline with only the OIC CA as root, at
    ``trust.moment`` (now when None), the way PAdES long-term validation reasons (ETSI EN
    319 102-1 §5.6.3, each time-stamp a proof of existence of what it covers):

    - every document time-stamp intact over the bytes it names, the last one covering
      the whole file (nothing added after it);
    - the last time-stamp valid now: its TSA certificate from the OIC CA, in force, not
      revoked by the CRLs given or kept in the DSS;
    - each earlier one valid at the time of the one after it, with the CRLs of the DSS;
    - the observer's signature intact, the document changed after it only by DSS and
      time-stamps (``LTA_UPDATES``), and its certificate valid and not revoked at the
      oldest OIC time proving it: its own time-stamp (PAdES B-T) when it has one, else
      the first document time-stamp.
    """
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature

    _quiet()
    result = RecordCheck()
    try:
        reader = _reader(data)
        signatures = reader.embedded_regular_signatures
        stamps, before = _after_signature(reader)
        certs, crls = _dss_contents(reader)
    except Exception as exc:  # pyHanko raises many kinds on broken files
        result.reasons.append(f"El PDF está dañado y no se puede leer ({type(exc).__name__}).")
        return result
    result.timestamps = len(stamps) + len(before)
    if not signatures:
        result.reasons.append("El PDF no tiene la firma del observador.")
        return result
    if len(signatures) > 1:
        result.reasons.append(
            f"El PDF tiene {len(signatures)} firmas; una copia de registro lleva solo la del "
            "observador."
        )
        return result
    if before:
        result.reasons.append(
            "Un sello de tiempo es anterior a la firma del observador: no prueba nada de ella "
            "(su hora la eligió quien lo pidió) y una copia de registro del OIC no lo lleva."
        )
        return result
    if not stamps:
        result.reasons.append(
            "El PDF no tiene sellos de tiempo del OIC: no es una copia de registro."
        )
        return result
    crls = [*crls, *(asn1_crl.CertificateList.load(c) for c in trust.crls)]
    times = _check_stamps(stamps, result, certs=certs, crls=crls, trust=trust)
    if result.reasons:
        return result
    result.timestamped_at, result.archived_at = times[0], times[-1]
    signature = signatures[0]
    try:
        proof = times[0]
        sig_ts = signature_timestamp(data, trust, moment=times[0], certs=certs, crls=crls)
        if sig_ts is not None and sig_ts < proof:
            proof = sig_ts
        status = validate_pdf_signature(
            signature,
            _context(trust, moment=proof, certs=certs, crls=crls),
            ts_validation_context=_context(trust, moment=times[0], certs=certs, crls=crls),
        )
    except Exception as exc:
        result.reasons.append(f"La firma del observador no se puede leer ({type(exc).__name__}).")
        return result
    result.signer = status.signing_cert.subject.human_friendly
    result.signature_intact = bool(status.intact and status.valid)
    level = status.modification_level
    result.modification = level.name if level is not None else None
    if not result.signature_intact:
        result.reasons.append(
            "La firma del observador no corresponde al contenido: el informe se alteró."
        )
    elif level not in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES) or (
        status.docmdp_ok is False
    ):
        result.reasons.append(
            "Después de la firma se agregó algo más que sellos de tiempo y datos de validación."
        )
    elif status.revoked:
        result.reasons.append(
            f"El OIC revocó el certificado del observador antes de {_text(proof)}, la hora más "
            "antigua que prueba la firma."
        )
    elif not status.trusted:
        result.reasons.append(
            f"El certificado del observador no era válido el {_text(proof)} según la CA del OIC."
        )
    else:
        result.signed_before = proof
    result.valid = not result.reasons
    return result


def _text(moment: _dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _context(
    trust: Trust,
    *,
    moment: _dt.datetime | None,
    certs: list[asn1_x509.Certificate],
    crls: list[asn1_crl.CertificateList],
    require_revocation: bool = True,
) -> Any:
    """Validation at a past ``moment`` (proven by a later time-stamp) with the CRLs known;
    a CRL issued after that moment still tells what was revoked before it."""
    from pyhanko_certvalidator import ValidationContext

    kwargs: dict[str, Any] = {
        "trust_roots": [trust.root],
        "other_certs": certs,
        "crls": crls,
        "allow_fetching": False,
        "revocation_mode": "require" if require_revocation else "soft-fail",
        "retroactive_revinfo": True,
    }
    if moment is not None:
        kwargs["moment"] = moment
    return ValidationContext(**kwargs)


def _dss_contents(
    reader: Any,
) -> tuple[list[asn1_x509.Certificate], list[asn1_crl.CertificateList]]:
    """The certificates and CRLs in the file's DSS (none when it has no DSS)."""
    from pyhanko.sign.validation import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return [], []
    context = dss.as_validation_context({"allow_fetching": False})
    return list(context.certificate_registry), list(context.crls)


def _check_stamps(
    stamps: list[Any],
    result: RecordCheck,
    *,
    certs: list[asn1_x509.Certificate],
    crls: list[asn1_crl.CertificateList],
    trust: Trust,
) -> list[_dt.datetime]:
    """Each document time-stamp intact, the last covering the whole file and valid at
    ``trust.moment``, each earlier one valid at the next one's time; their genTimes."""
    from pyhanko.sign.validation import validate_pdf_timestamp

    times = [_gen_time(stamp) for stamp in stamps]
    for number in range(len(stamps), 0, -1):
        stamp = stamps[number - 1]
        what = "El sello de tiempo del OIC" if number == 1 else f"El sello de archivo {number - 1}"
        last = number == len(stamps)
        moment = trust.moment if last else times[number]
        # the newest: checked against the CRLs there are, now (a verifier years later
        # may have none fresher than the DSS's); the older ones: with the DSS's CRLs
        context = _context(
            trust, moment=moment, certs=certs, crls=crls, require_revocation=not last
        )
        try:
            status = validate_pdf_timestamp(stamp, context)
        except Exception as exc:
            result.reasons.append(f"{what} no se puede leer ({type(exc).__name__}).")
            continue
        if not status.intact:
            result.reasons.append(
                f"{what} no corresponde a los bytes que cubre (el archivo se alteró "
                "o el sello es de otro documento)."
            )
        elif last and status.coverage.name != "ENTIRE_FILE":
            result.reasons.append(
                "El último sello de tiempo no cubre todo el archivo: se agregó contenido después."
            )
        elif not (status.valid and status.trusted):
            when = "hoy" if moment is None else f"el {_text(moment)}"
            result.reasons.append(
                f"{what} no es válido {when}: su autoridad no está certificada por "
                "la CA del OIC, su certificado venció o fue revocado."
            )
    return times
