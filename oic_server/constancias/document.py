"""The constancia de participación as a PDF: :func:`build_constancia` lays it out,
:func:`sign_constancia` embeds its record and certifies it with the OIC's
document-signing key (PAdES, pyHanko).

The layout uses the audit report's fonts, styles and page (letter, the footer with
"Página N de M", the signature box at the foot of the last page) from
:mod:`observer_desktop.reports`. A QR code (ReportLab's own widget) carries the
public verification page's address, ``<base URL>/verificar/<folio>``.

What marks the PDF as a constancia is its embedded record, ``constancia.json``
(under the signature, so it cannot be changed without breaking it), which
``observer verify`` reads; the PDF's subject says so too, for people.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from observer_desktop.reports.page import MARGIN, PAGE, SIGNATURE_BOX, TEXT_WIDTH, NumberedCanvas
from observer_desktop.reports.styles import para, register_fonts, styles, table
from oic_server.keys import CA_ORG, DocumentSigner, ServerKeys
from oic_server.oic_time import ZONE

__all__ = [
    "CONSTANCIA_ATTACHMENT",
    "CONSTANCIA_KIND",
    "ConstanciaData",
    "SessionLine",
    "build_constancia",
    "sign_constancia",
    "verify_url",
]

CONSTANCIA_ATTACHMENT = "constancia.json"  # the same name observer_desktop's verify looks for
CONSTANCIA_KIND = "constancia-participacion"
SIGNATURE_FIELD = "FirmaOIC"
PROGRAM = "Programa Observador Ciudadano"
QR_SIZE = 3.4 * cm
CHIHUAHUA = ZONE  # the OIC's dates are Chihuahua's


@dataclass(frozen=True)
class SessionLine:
    """One validated session as the constancia lists it."""

    client_id: str
    date: str  # ISO day
    event: str
    place: str
    start: str  # HH:MM
    end: str
    hours: float


@dataclass(frozen=True)
class ConstanciaData:
    folio: str
    observer_name: str
    observer_code: str
    date_from: str  # ISO days
    date_to: str
    sessions: tuple[SessionLine, ...]
    hours: float
    issued_at: _dt.datetime  # aware
    url: str  # the public verification page of this folio

    def record(self) -> dict[str, Any]:
        """The embedded ``constancia.json``."""
        return {
            "tipo": CONSTANCIA_KIND,
            "version": 1,
            "folio": self.folio,
            "emisor": CA_ORG,
            "observador": {"nombre": self.observer_name, "codigo": self.observer_code},
            "periodo": {"desde": self.date_from, "hasta": self.date_to},
            "sesiones": [
                {
                    "sesion": s.client_id,
                    "fecha": s.date,
                    "evento": s.event,
                    "inicio": s.start,
                    "fin": s.end,
                    "horas": s.hours,
                }
                for s in self.sessions
            ],
            "horas": self.hours,
            "emitida": self.issued_at.astimezone(_dt.UTC).isoformat(timespec="seconds"),
            "verificar": self.url,
        }


def verify_url(base_url: str, folio: str) -> str:
    return f"{base_url.rstrip('/')}/verificar/{folio}"


def day_text(iso: str) -> str:
    """15/04/2026, as the report writes dates."""
    try:
        return _dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def hours_text(hours: float) -> str:
    """2 h 30 min (never a fraction of a minute)."""
    minutes = round(hours * 60)
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if m else f"{h} h"


def _qr(url: str) -> Drawing:
    widget = QrCodeWidget(url, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x2 - x1), 0, 0, QR_SIZE / (y2 - y1), 0, 0]
    )
    drawing.add(widget)
    return drawing


def _story(data: ConstanciaData) -> list[Any]:
    st = styles()
    sessions = len(data.sessions)
    period = f"del {day_text(data.date_from)} al {day_text(data.date_to)}"
    rows: list[list[Any]] = [
        [para(h, st["cellb"]) for h in ("Fecha", "Evento", "Lugar", "Horario", "Horas")]
    ]
    for s in data.sessions:
        rows.append(
            [
                para(day_text(s.date), st["cell"]),
                para(s.event, st["cell"]),
                para(s.place or "—", st["cell"]),
                para(f"{s.start}–{s.end}", st["cell"]),
                para(hours_text(s.hours), st["cell"]),
            ]
        )
    rows.append(
        [para("", st["cell"])] * 3
        + [para("Total", st["cellb"]), para(hours_text(data.hours), st["cellb"])]
    )
    inner = TEXT_WIDTH - 12  # the frame pads 6 pt each side
    widths = [2.3 * cm, 6.4 * cm, 4.6 * cm, 2.3 * cm, inner - 15.6 * cm]
    verify = Table(
        [
            [
                _qr(data.url),
                [
                    para("Verificación", st["h2"]),
                    para(
                        "Esta constancia está firmada digitalmente por el Órgano Interno de "
                        "Control. Para comprobar que existe y que este archivo es exactamente "
                        "el que se emitió, lea el código QR o abra:",
                        st["base"],
                    ),
                    para(data.url, st["mono"]),
                ],
            ]
        ],
        colWidths=[QR_SIZE + 0.4 * cm, inner - QR_SIZE - 0.4 * cm],
    )
    verify.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    noun = "sesión validada" if sessions == 1 else "sesiones validadas"
    return [
        para(CA_ORG, st["subtitle"]),
        para(PROGRAM, st["subtitle"]),
        Spacer(1, 0.8 * cm),
        para("Constancia de participación", st["title"]),
        para(f"Folio {data.folio}", st["subtitle"]),
        Spacer(1, 0.8 * cm),
        para(
            f"El Órgano Interno de Control hace constar que {data.observer_name} "
            f"(código {data.observer_code}) participó como observador ciudadano en "
            f"{sessions} {noun} por el Órgano Interno de Control en el periodo {period}, "
            f"con un total de {hours_text(data.hours)}:",
            st["base"],
        ),
        Spacer(1, 0.4 * cm),
        table(rows, widths),
        Spacer(1, 0.4 * cm),
        para(
            f"Se expide el {data.issued_at.astimezone(CHIHUAHUA).strftime('%d/%m/%Y')} "
            "en Chihuahua, Chih.",
            st["base"],
        ),
        Spacer(1, 0.6 * cm),
        verify,
        # the signature box is drawn at the foot of the last page: keep that room free
        CondPageBreak(SIGNATURE_BOX[3] - MARGIN + 1.2 * cm),
    ]


def _canvas(data: ConstanciaData) -> type[NumberedCanvas]:
    issued = data.issued_at.astimezone(CHIHUAHUA)

    class _Canvas(NumberedCanvas):
        footer_left = f"Constancia de participación · folio {data.folio}"
        signature_lines = (
            "Firmado digitalmente por",
            "Órgano Interno de Control (constancias)",
            f"Fecha: {issued.strftime('%d/%m/%Y %H:%M')} (hora de Chihuahua)",
            f"Folio: {data.folio}",
            "Verifique: observer verify archivo.pdf",
        )

    return _Canvas


def build_constancia(data: ConstanciaData) -> bytes:
    """The unsigned PDF."""
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 0.2 * cm,
        title=f"Constancia de participación {data.folio}",
        author=CA_ORG,
        subject=f"{CONSTANCIA_KIND} {data.folio}",
        creator="Servidor OIC — Observador",
        lang="es-MX",
    ).build(_story(data), canvasmaker=_canvas(data))
    return out.getvalue()


def sign_constancia(unsigned: bytes, data: ConstanciaData, keys: ServerKeys) -> bytes:
    """Embed ``constancia.json`` and certify the PDF (PAdES, no later changes) with the
    OIC's document-signing key; its certificate and the CA travel in the signature."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    if keys.document is None:
        raise RuntimeError("the document-signing key is loaded with the server's keys")
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned))
    record = json.dumps(data.record(), ensure_ascii=False, indent=2).encode("utf-8")
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=CONSTANCIA_ATTACHMENT,
            file_name=CONSTANCIA_ATTACHMENT,
            embedded_data=embed.EmbeddedFileObject.from_file_data(
                writer,
                data=record,
                mime_type="application/json",
                params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
            ),
            description="Registro de la constancia de participación",
            af_relationship=generic.pdf_name("/Data"),
        ),
    )
    fields.append_signature_field(
        writer, fields.SigFieldSpec(SIGNATURE_FIELD, on_page=-1, box=SIGNATURE_BOX)
    )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        name=CA_ORG,
        reason=f"Constancia de participación {data.folio}",
        location="Chihuahua, Chih.",
    )
    # the visible text is drawn by the layout (embedded font); the widget only marks the box
    stamp = TextStampStyle(stamp_text=" ", border_width=0, background=None)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=_signer(keys.document, keys), stamp_style=stamp).sign_pdf(
        writer, output=out
    )
    return out.getvalue()


def _signer(document: DocumentSigner, keys: ServerKeys) -> Any:
    """pyHanko's signer over the in-memory key, with the CA in the chain it embeds."""
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    key = akeys.PrivateKeyInfo.load(
        document.key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return signers.SimpleSigner(
        signing_cert=ax509.Certificate.load(document.cert.public_bytes(der)),
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs(
            [ax509.Certificate.load(keys.ca_cert.public_bytes(der))]
        ),
    )
