"""The verdict on one PDF in plain words: :class:`VerificationView` (status, reasons,
signer, certificate, each check, whether the OIC certified the signer) and
:func:`verdict_pixmap`, its coloured mark. Shown by the report dialog beside the preview
and by the verify dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui.i18n import local_time
from observer_desktop.ui.palette import BAD, GOOD, MUTED, WARN

__all__ = ["VerificationView", "verdict_pixmap"]


def _grouped(hex_text: str, length: int = 16) -> str:
    short = hex_text[:length].upper()
    return " ".join(short[i : i + 4] for i in range(0, len(short), 4))


def verdict_pixmap(kind: str, size: int = 56) -> QPixmap:
    """A coloured disc with a white check, cross, exclamation or question mark."""
    colour = {"valid": GOOD, "invalid": BAD, "not_signed": WARN}.get(kind, MUTED)
    ratio = 2.0
    pix = QPixmap(int(size * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor("white"), size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if kind == "valid":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.73, s * 0.36))
        p.drawPath(path)
    elif kind == "invalid":
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif kind == "not_signed":
        p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56))
        p.drawPoint(QPointF(s * 0.5, s * 0.74))
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(s * 0.6))
        p.setFont(font)
        p.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "?")
    p.end()
    return pix


class VerificationView(QWidget):
    """The verdict on one PDF, in plain words: status, reasons, signer, checks, trust."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verificationView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._verdict_banner())

        self.reasons_label = QLabel(self)
        self.reasons_label.setObjectName("reasonsLabel")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.reasons_label)

        self.trust_label = QLabel(self)
        self.trust_label.setObjectName("trustLabel")
        self.trust_label.setWordWrap(True)
        outer.addWidget(self.trust_label)

        outer.addWidget(self._details_form())
        outer.addStretch(1)
        self.set_busy()

    def _verdict_banner(self) -> QFrame:
        """The coloured frame: the verdict's mark, headline and one sentence."""
        self.verdict_frame = QFrame(self)
        self.verdict_frame.setObjectName("verdictFrame")
        self.verdict_frame.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.verdict_frame)
        self.verdict_icon = QLabel(self.verdict_frame)
        self.verdict_icon.setObjectName("verdictIcon")
        self.verdict_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.verdict_icon)
        texts = QVBoxLayout()
        self.verdict_label = QLabel(self.verdict_frame)
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.verdict_detail = QLabel(self.verdict_frame)
        self.verdict_detail.setObjectName("verdictDetail")
        self.verdict_detail.setWordWrap(True)
        texts.addWidget(self.verdict_label)
        texts.addWidget(self.verdict_detail)
        banner.addLayout(texts, 1)
        return self.verdict_frame

    def _details_form(self) -> QWidget:
        """One row per fact and check (hidden while it does not apply)."""
        self.details = QWidget(self)
        self.form = QFormLayout(self.details)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setContentsMargins(0, 6, 0, 0)
        self.rows: dict[str, QLabel] = {}
        for key, label in (
            ("file", self.tr("File:")),
            ("signer", self.tr("Signed by:")),
            ("oic_time", self.tr("OIC timestamp:")),
            ("signed_at", self.tr("Signed on:")),
            ("certificate", self.tr("Certificate:")),
            ("intact", self.tr("Content unchanged since signing:")),
            ("coverage", self.tr("Signature covers the whole file:")),
            ("modified", self.tr("Modified after signing:")),
            ("audit", self.tr("Audit record inside the PDF:")),
            ("manifest", self.tr("Record matches the evidence list:")),
            ("evidence", self.tr("Evidence on this computer:")),
        ):
            value = QLabel(self.details)
            value.setObjectName(f"verify_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.form.addRow(label, value)
            self.rows[key] = value
        return self.details

    # -- states
    def set_busy(self, text: str | None = None) -> None:
        self.verdict_icon.clear()
        self.verdict_label.setText(text or self.tr("Checking the signature…"))
        self.verdict_detail.setText("")
        self._paint(MUTED)
        self.reasons_label.hide()
        self.trust_label.hide()
        self.details.hide()

    def set_result(self, v: Any, *, path: Path | None = None, local: bool = True) -> None:
        """Show a :class:`~observer_desktop.reports.verify.Verification` (``local``: its
        audit is in this data folder, so the evidence was checked against it)."""
        self.status = v.status
        if v.constancia:
            self._show_constancia(v)
        else:
            self._show_verdict(v.status)
        self._show_reasons(v.reasons)
        self._show_trust(v)
        self._show_signer(v, path)
        self._set_yes_no("intact", v.signature_intact, good=True)
        self._set_yes_no("coverage", v.covers_whole_file, good=True)
        self._set_yes_no("modified", v.modified_after_signing, good=False)
        self._show_embedded_audit(v)
        self._set_yes_no("manifest", v.manifest_matches, good=True)
        self._show_local_evidence(v, local=local)
        self.details.show()

    # -- the parts of a result
    def _show_verdict(self, status: str) -> None:
        self.verdict_icon.setPixmap(verdict_pixmap(status))
        if status == "valid":
            headline = self.tr("Valid signed report")
            detail = self.tr(
                "The report is intact: it has not been changed since it was signed, and its "
                "embedded audit record matches it."
            )
            colour = GOOD
        elif status == "invalid":
            headline = self.tr("NOT valid: do not rely on this copy")
            detail = self.tr(
                "The checks below failed. Ask the observer for the original file or verify the "
                "copy kept by the OIC."
            )
            colour = BAD
        elif status == "not_signed":
            headline = self.tr("This is not a signed report")
            detail = self.tr(
                "The PDF has no digital signature, so nobody can tell who made it or whether "
                "it was changed."
            )
            colour = WARN
        else:
            headline = self.tr("The file could not be read")
            detail = self.tr("It is not a PDF, or it is damaged.")
            colour = MUTED
        self.verdict_label.setText(headline)
        self.verdict_label.setAccessibleName(headline)
        self.verdict_detail.setText(detail)
        self._paint(colour)

    def _show_constancia(self, v: Any) -> None:
        """A constancia de participación the OIC issued (signed, valid or not): its folio,
        whom and what it certifies, in the words of the constancia rather than a report's."""
        self.verdict_icon.setPixmap(verdict_pixmap(v.status))
        c = v.constancia
        if v.status == "valid":
            headline = (
                self.tr("Participation certificate %1, issued by the OIC on %2: valid signature")
                .replace("%1", str(c.get("folio", "")))
                .replace("%2", local_time(c.get("emitida")))
            )
            colour = GOOD
        else:
            headline = self.tr(
                "Participation certificate %1: NOT valid, do not rely on this copy"
            ).replace("%1", str(c.get("folio", "")))
            colour = BAD
        sessions = int(c.get("sesiones", 0) or 0)
        hours = float(c.get("horas", 0) or 0)
        detail = (
            self.tr(
                "It certifies that %1 took part in %n validated session(s), %2 h, from %3 to %4.",
                "",
                sessions,
            )
            .replace("%1", str(c.get("observador", "")))
            .replace("%2", f"{hours:g}")
            .replace("%3", str(c.get("desde", "")))
            .replace("%4", str(c.get("hasta", "")))
        )
        if v.status == "valid":
            detail += " " + self.tr("It has not changed since it was signed.")
        else:
            detail += " " + self.tr(
                "The checks below failed: check the copy on the OIC's public page %1."
            ).replace("%1", str(c.get("verificar", "")))
        self.verdict_label.setText(headline)
        self.verdict_label.setAccessibleName(headline)
        self.verdict_detail.setText(detail)
        self._paint(colour)

    def _show_reasons(self, reasons: list[str]) -> None:
        if reasons:
            items = "".join(f"<li>{_escape(r)}</li>" for r in reasons)
            why = _escape(self.tr("Why:"))
            self.reasons_label.setText(f"<b>{why}</b><ul style='margin-left:-20px'>{items}</ul>")
            self.reasons_label.show()
        else:
            self.reasons_label.hide()

    def _show_trust(self, v: Any) -> None:
        """Whether the OIC stands behind the certificate (only for a signed PDF)."""
        cert = v.certificate or {}
        if not v.signatures:
            self.trust_label.hide()
            return
        if v.trusted:
            trust, tcolour = (
                self.tr("Certified: the certificate was issued or recognized by the OIC."),
                GOOD,
            )
        elif cert.get("self_signed") and v.status == "valid":
            trust, tcolour = (
                self.tr(
                    "Intact, but not certified by the OIC: the certificate is self-signed "
                    "by the observer. Only the OIC can confirm who the observer is."
                ),
                WARN,
            )
        elif cert.get("self_signed"):
            trust, tcolour = (
                self.tr(
                    "Not certified by the OIC: the certificate is self-signed by the observer."
                ),
                WARN,
            )
        else:
            trust, tcolour = (
                self.tr("The certificate does not come from an authority this app trusts."),
                WARN,
            )
        self.trust_label.setText(trust)
        self.trust_label.setStyleSheet(f"color: {tcolour}; font-weight: bold;")
        self.trust_label.show()

    def _show_signer(self, v: Any, path: Path | None) -> None:
        """The file, who signed it and when, and the certificate."""
        self._set_row("file", str(path) if path else None)
        signer = v.signer or ""
        if v.signer_code:
            signer = (
                self.tr("%1 (observer code %2)").replace("%1", signer).replace("%2", v.signer_code)
            )
        self._set_row("signer", signer or None)
        self._show_times(v)
        cert = v.certificate or {}
        if cert:
            fingerprint = cert.get("sha256", "")
            text = self.tr("fingerprint %1").replace("%1", _grouped(fingerprint))
            if cert.get("self_signed"):
                text += "\n" + self.tr("self-signed by the observer")
            else:
                text += "\n" + self.tr("issued by %1").replace("%1", cert.get("issuer", ""))
            if cert.get("valid_to"):
                text += "\n" + self.tr("valid until %1").replace("%1", cert["valid_to"][:10])
            self._set_row("certificate", text)
            self.rows["certificate"].setToolTip(fingerprint)
        else:
            self._set_row("certificate", None)

    def _show_times(self, v: Any) -> None:
        """The OIC's time, proven by its timestamp, apart from the time the signing
        computer declared (a constancia is signed by the OIC's server: its own time)."""
        note = f"\n{v.clock_note}" if v.clock_note else ""
        if v.oic_time:
            how = (
                self.tr("the OIC's timestamp on the signature")
                if v.oic_time_source == "signature"
                else self.tr("the OIC's timestamp on its copy of record")
            )
            text = self.tr("signed before %1 (%2)").replace("%1", local_time(v.oic_time))
            self._set_row(
                "oic_time",
                text.replace("%2", how) + note,
                colour=BAD if v.clock_impossible else (WARN if note else GOOD),
            )
        elif any(not stamp.get("intact", True) for stamp in v.timestamps or []):
            self._set_row(
                "oic_time",
                self.tr("present, but altered: it gives no time"),
                colour=BAD,
            )
        elif any(not stamp.get("trusted") for stamp in v.timestamps or []):
            self._set_row(
                "oic_time",
                self.tr("present, but its authority is not one this app trusts"),
                colour=WARN,
            )
        elif v.signatures and not v.constancia:
            self._set_row("oic_time", self.tr("none: the signing time is not proven"))
        else:
            self._set_row("oic_time", None)
        claimed = local_time(v.signed_at) if v.signed_at else ""
        if claimed and v.signatures and not v.constancia:
            claimed = self.tr("%1 (declared by the signing computer, not proven)").replace(
                "%1", claimed
            )
        self._set_row("signed_at", claimed or None)

    def _show_embedded_audit(self, v: Any) -> None:
        embedded = v.embedded_audit
        if embedded:
            files = embedded.get("evidence")
            self._set_row(
                "audit",
                self.tr("audit %1, version %2, %n evidence file(s)", "", int(files or 0))
                .replace("%1", str(embedded.get("id", ""))[:8])
                .replace("%2", str(embedded.get("version", ""))),
            )
        elif v.signatures and not v.constancia:  # a constancia carries its own record
            self._set_row("audit", self.tr("missing"), colour=BAD)
        else:
            self._set_row("audit", None)

    def _show_local_evidence(self, v: Any, *, local: bool) -> None:
        local_ev = v.local_evidence
        if local_ev is not None:
            missing, altered = len(local_ev.get("missing", [])), len(local_ev.get("altered", []))
            if not missing and not altered:
                checked = int(local_ev.get("checked", 0))
                self._set_row(
                    "evidence",
                    self.tr("%n file(s), present and identical", "", checked)
                    if checked
                    else self.tr("the report lists no evidence files"),
                    colour=GOOD,
                )
            else:
                self._set_row(
                    "evidence",
                    self.tr("%1 missing, %2 altered")
                    .replace("%1", str(missing))
                    .replace("%2", str(altered)),
                    colour=BAD,
                )
        elif v.embedded_audit and not local:
            self._set_row("evidence", self.tr("not checked: this audit is not in your data folder"))
        else:
            self._set_row("evidence", None)

    # -- internals
    def _paint(self, colour: str) -> None:
        base = QColor(colour)
        # a pale tint of the verdict colour: dark text on it stays readable
        tint = QColor(
            *(255 - round((255 - c) * 0.13) for c in (base.red(), base.green(), base.blue()))
        )
        self.verdict_frame.setStyleSheet(
            f"#verdictFrame {{ border: 2px solid {colour}; border-radius: 6px; "
            f"background: {tint.name()}; }}"
        )
        self.verdict_label.setStyleSheet(f"color: {colour};")

    def _set_row(self, key: str, text: str | None, *, colour: str | None = None) -> None:
        label = self.rows[key]
        visible = text is not None
        self.form.setRowVisible(label, visible)
        label.setText(text or "")
        label.setStyleSheet(f"color: {colour};" if colour else "")

    def _set_yes_no(self, key: str, value: bool | None, *, good: bool) -> None:
        if value is None:
            self._set_row(key, None)
            return
        text = self.tr("Yes") if value else self.tr("No")
        self._set_row(key, text, colour=GOOD if value == good else BAD)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
