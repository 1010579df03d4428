"""Signed reports on screen: generate one with progress, preview it, save a copy; verify any PDF.

:class:`ReportDialog` makes the signed PDF of a finalized audit (or opens the
latest one already made), shows it with QtPdf and says what a reviewer's check
would say about it. :class:`VerifyDialog` answers "is this PDF an authentic,
unmodified Observador report?" for any file, in plain words.

The signing key's passphrase normally comes from the OS keyring (or
``OBSERVER_PASSPHRASE``). The service would ask for it through a callback on
the *worker* thread, where no dialog may be shown, so the dialog first checks
on the worker whether the passphrase is available, asks on the UI thread only
when it is not, and then hands the typed value to the worker. The value lives
only in local variables and closures of one generation; it is never logged or
stored.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QPointF,
    QRectF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import InputError, NotOwnAuditError, ObserverError
from observer_desktop.core.files import atomic_write
from observer_desktop.services import keys, reads
from observer_desktop.services.reports import generate_report, verify_report
from observer_desktop.ui.backend import Backend, documents_folder
from observer_desktop.ui.errors import error_text, show_error
from observer_desktop.ui.i18n import local_time
from observer_desktop.ui.palette import BAD, GOOD, MUTED, WARN
from observer_desktop.ui.tasks import TaskHandle, TaskRunner

__all__ = ["PassphraseDialog", "ReportDialog", "VerificationView", "VerifyDialog", "is_pdf_drop"]

# Share of the progress bar each stage of generate_report takes (start, end in %).
_STAGE_SPAN = {
    "prepare": (0, 5),
    "previews": (5, 30),
    "images": (30, 60),
    "layout": (60, 82),
    "sign": (82, 98),
    "done": (98, 100),
}
# Stages during which cancelling is safe: nothing is signed or stored yet.
_CANCELLABLE = {"prepare", "previews", "images", "layout"}


class _Cancelled(Exception):
    """Raised from the progress callback to stop a generation the observer cancelled."""


class _WrongPassphrase(Exception):
    """The typed passphrase does not open the signing key (message: the service's Spanish)."""


# ------------------------------------------------------------ worker helpers


def _key_state(app: Any, audit_id: str) -> str:
    """'ready' (keyring/env works), 'ask' (a key exists; ask its passphrase) or 'create'.

    Runs on the worker. ``ask=None`` makes the services fail instead of prompting,
    which is how we learn, without showing anything, whether a prompt is needed.
    An audit of another observer code is refused here, before any passphrase is asked.
    """
    app.require_own_audit(app.resolve_audit(audit_id))
    ident = keys.identity(app)
    if ident is None:
        if app.profile() is None:
            return "ready"  # generation will explain that the profile is missing
        try:
            keys.ensure_identity(app, ask=None)  # creates it when the keyring can keep it
        except InputError:
            return "create"
        return "ready"
    try:
        keys.passphrase_for(app, ident, ask=None)
    except InputError:
        return "ask"
    return "ready"


def _read_report(app: Any, path: Path, *, meta: dict[str, Any]) -> dict[str, Any]:
    """The PDF's bytes (the preview parses them on the UI thread) and its verification."""
    data = Path(path).read_bytes()
    return {
        "path": Path(path),
        "bytes": data,
        "verification": verify_report(Path(path), app=app),
        **meta,
    }


def _verify_any(app: Any, path: Path) -> dict[str, Any]:
    """Verify a PDF; check local evidence only when its audit lives in this data folder.

    A report made by someone else would otherwise be called invalid just
    because its photos are not on this computer.
    """
    result = verify_report(Path(path))
    embedded = result.embedded_audit or {}
    audit_id = embedded.get("id")
    local = isinstance(audit_id, str) and reads.audit_or_none(app, audit_id) is not None
    if local:
        result = verify_report(Path(path), app=app)
    return {"path": Path(path), "verification": result, "local": local}


def _copy_file(source: Path, target: Path) -> Path:
    atomic_write(Path(target), Path(source).read_bytes())
    return Path(target)


# ------------------------------------------------------------------ helpers


def is_pdf_drop(mime_data: QMimeData | None) -> list[str]:
    """Local paths of the PDF files in a drag (for the main window's drop handling).

    Judged by name only: no disk access on the UI thread. The verification
    itself sniffs the content and says when a file is not a PDF.
    """
    if mime_data is None or not mime_data.hasUrls():
        return []
    paths = []
    for url in mime_data.urls():
        if url.isLocalFile():
            local = url.toLocalFile()
            if local.lower().endswith(".pdf"):
                paths.append(local)
    return paths


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


# ------------------------------------------------------------ verification


class VerificationView(QWidget):
    """The verdict on one PDF, in plain words: status, reasons, signer, checks, trust."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verificationView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

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
        outer.addWidget(self.verdict_frame)

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

        self.details = QWidget(self)
        self.form = QFormLayout(self.details)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setContentsMargins(0, 6, 0, 0)
        self.rows: dict[str, QLabel] = {}
        for key, label in (
            ("file", self.tr("File:")),
            ("signer", self.tr("Signed by:")),
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
        outer.addWidget(self.details)
        outer.addStretch(1)
        self.set_busy()

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
        """Show a :class:`~observer_desktop.reports.verify.Verification`."""
        self.status = v.status
        self.verdict_icon.setPixmap(verdict_pixmap(v.status))
        if v.status == "valid":
            headline = self.tr("Valid signed report")
            detail = self.tr(
                "The report is intact: it has not been changed since it was signed, and its "
                "embedded audit record matches it."
            )
            colour = GOOD
        elif v.status == "invalid":
            headline = self.tr("NOT valid: do not rely on this copy")
            detail = self.tr(
                "The checks below failed. Ask the observer for the original file or verify the "
                "copy kept by the OIC."
            )
            colour = BAD
        elif v.status == "not_signed":
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

        if v.reasons:
            items = "".join(f"<li>{_escape(r)}</li>" for r in v.reasons)
            why = _escape(self.tr("Why:"))
            self.reasons_label.setText(f"<b>{why}</b><ul style='margin-left:-20px'>{items}</ul>")
            self.reasons_label.show()
        else:
            self.reasons_label.hide()

        cert = v.certificate or {}
        if v.signatures:
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
        else:
            self.trust_label.hide()

        self._set_row("file", str(path) if path else None)
        signer = v.signer or ""
        if v.signer_code:
            signer = (
                self.tr("%1 (observer code %2)").replace("%1", signer).replace("%2", v.signer_code)
            )
        self._set_row("signer", signer or None)
        self._set_row("signed_at", local_time(v.signed_at) or None)
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
        self._set_yes_no("intact", v.signature_intact, good=True)
        self._set_yes_no("coverage", v.covers_whole_file, good=True)
        self._set_yes_no("modified", v.modified_after_signing, good=False)
        embedded = v.embedded_audit
        if embedded:
            files = embedded.get("evidence")
            self._set_row(
                "audit",
                self.tr("audit %1, version %2, %n evidence file(s)", "", int(files or 0))
                .replace("%1", str(embedded.get("id", ""))[:8])
                .replace("%2", str(embedded.get("version", ""))),
            )
        elif v.signatures:
            self._set_row("audit", self.tr("missing"), colour=BAD)
        else:
            self._set_row("audit", None)
        self._set_yes_no("manifest", v.manifest_matches, good=True)
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
        elif embedded and not local:
            self._set_row("evidence", self.tr("not checked: this audit is not in your data folder"))
        else:
            self._set_row("evidence", None)
        self.details.show()

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


# ------------------------------------------------------------- passphrase


class PassphraseDialog(QDialog):
    """Choose a passphrase for a new signing key (``mode`` 'create') or type the existing
    key's passphrase (any other mode: 'ask', 'unlock')."""

    MIN_LENGTH = 8

    def __init__(self, mode: str = "unlock", error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.mode = mode
        self.setWindowTitle(self.tr("Signing key passphrase"))
        layout = QVBoxLayout(self)
        explain = QLabel(self)
        explain.setObjectName("passphraseExplanation")
        explain.setWordWrap(True)
        if mode == "create":
            explain.setText(
                self.tr(
                    "You do not have a signing key yet. Choose a passphrase to protect it: at "
                    "least 8 characters, easy for you to remember and hard to guess. You will "
                    "type it every time you sign a report, so write it down somewhere safe. "
                    "It is not saved on this computer."
                )
            )
        else:
            explain.setText(
                self.tr(
                    "Your reports are signed with your personal signing key. Type the "
                    "passphrase you chose when the signing key was created (in the first-run "
                    "assistant). It is used only for this signature and is not saved."
                )
            )
        layout.addWidget(explain)
        form = QFormLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.edit)
        self.again = QLineEdit(self)
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        if mode == "create":
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        layout.addLayout(form)
        self.show_box = QCheckBox(self.tr("&Show what I type"), self)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_box)
        self._error = error
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("passphraseError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {BAD};")
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("&Create key and sign") if mode == "create" else self.tr("&Sign"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self.setTabOrder(self.edit, self.again)
        self.setTabOrder(self.again, self.show_box)
        self._update()
        self.setMinimumWidth(460)

    def passphrase(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.again.clear()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _problem(self) -> str:
        text = self.edit.text()
        if not text:
            return ""
        if self.mode == "create":
            if len(text) < self.MIN_LENGTH:
                return self.tr("Use at least 8 characters.")
            if self.again.text() and self.again.text() != text:
                return self.tr("The two passphrases are different.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        # a problem with what is being typed replaces, for now, the reason we asked again
        shown = problem or self._error
        self.error_label.setText(shown)
        self.error_label.setVisible(bool(shown))
        ready = bool(self.edit.text()) and not problem
        if self.mode == "create":
            ready = ready and self.again.text() == self.edit.text()
        self.ok_button.setEnabled(ready)

    def _accept(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()


# ---------------------------------------------------------------- preview


class _PdfPane(QWidget):
    """QtPdf viewer with page navigation and zoom, fed from bytes already in memory."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("pdfToolbar")
        layout.addWidget(self.toolbar)
        self.document = QPdfDocument(self)
        self.document.setObjectName("reportDocument")
        self.view = QPdfView(self)
        self.view.setObjectName("reportPdfView")
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None

        def action(text: str, shortcuts: list, slot: Callable[[], None], name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(shortcuts)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.prev_action = action(
            self.tr("Previous page"),
            [QKeySequence(Qt.Key.Key_PageUp)],
            lambda: self.go_to(self.current_page() - 1),
            "previousPageAction",
        )
        self.next_action = action(
            self.tr("Next page"),
            [QKeySequence(Qt.Key.Key_PageDown)],
            lambda: self.go_to(self.current_page() + 1),
            "nextPageAction",
        )
        self.first_action = action(
            self.tr("First page"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Home)],
            lambda: self.go_to(0),
            "firstPageAction",
        )
        self.last_action = action(
            self.tr("Last page"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_End)],
            lambda: self.go_to(self.document.pageCount() - 1),
            "lastPageAction",
        )
        self.fit_width_action = action(
            self.tr("Fit width"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0)],
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth),
            "fitWidthAction",
        )
        self.fit_page_action = action(
            self.tr("Whole page"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_9)],
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView),
            "fitPageAction",
        )
        self.zoom_in_action = action(
            self.tr("Zoom in"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
            lambda: self._zoom(1.25),
            "zoomInAction",
        )
        self.zoom_out_action = action(
            self.tr("Zoom out"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut),
            lambda: self._zoom(0.8),
            "zoomOutAction",
        )
        for act in (self.prev_action, self.next_action):
            self.toolbar.addAction(act)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        for act in (
            self.fit_width_action,
            self.fit_page_action,
            self.zoom_out_action,
            self.zoom_in_action,
        ):
            self.toolbar.addAction(act)
        for act in self.toolbar.actions():
            if act.shortcut().toString():
                shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                act.setToolTip(f"{act.text()} ({shortcut})")
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)
        self.document.pageCountChanged.connect(self._update_page)
        self._update_page()

    def load_bytes(self, data: bytes) -> None:
        """Parse the PDF from memory: the file was read on the worker."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to(0)
        self._update_page()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page()

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 6.0)))

    def _update_page(self, *_: Any) -> None:
        count = self.document.pageCount()
        page = self.current_page()
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(page + 1 if count else 0))
            .replace("%2", str(count))
        )
        self.prev_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < count - 1)


# ------------------------------------------------------------------ report


class ReportDialog(QDialog):
    """Generate (or open) the signed report of a finalized audit, preview it, save a copy.

    Signals: ``reportGenerated(audit_id)`` after a new report was signed and
    stored (the audit's status may have changed to "signed": refresh lists).
    """

    reportGenerated = Signal(str)

    PAGE_BUSY, PAGE_CHOICE, PAGE_MESSAGE, PAGE_RESULT = range(4)

    def __init__(
        self,
        backend: Backend,
        tasks: TaskRunner,
        audit_id: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.backend = backend
        self.tasks = tasks
        self.audit_id = audit_id
        self.audit: dict[str, Any] | None = None
        self.reports: list[dict[str, Any]] = []
        self.result: dict[str, Any] | None = None
        self.handle: TaskHandle | None = None
        self.save_handle: TaskHandle | None = None
        self.saved_path: Path | None = None
        self._closing = False
        self._signing = False  # a report is being made (its result changes the audit)
        self._close_code: int | None = None  # closing asked for while signing
        self._quit_after = False  # Ctrl+Q: close the window too once this one is closed
        self.setWindowTitle(self.tr("Signed report"))
        self.setSizeGripEnabled(True)
        self._size_for_screen()

        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("reportTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        # busy: stage and progress
        busy = QWidget(self)
        bl = QVBoxLayout(busy)
        bl.addStretch(1)
        self.stage_label = QLabel(busy)
        self.stage_label.setObjectName("stageLabel")
        self.stage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stage_label.setWordWrap(True)
        bl.addWidget(self.stage_label)
        self.progress = QProgressBar(busy)
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setRange(0, 100)
        self.progress.setMinimumWidth(420)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.progress, 3)
        row.addStretch(1)
        bl.addLayout(row)
        self.cancel_button = QPushButton(self.tr("&Cancel"), busy)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_generation)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.cancel_button)
        row2.addStretch(1)
        bl.addLayout(row2)
        bl.addStretch(2)
        self.stack.addWidget(busy)

        # choice: a report already exists
        choice = QWidget(self)
        cl = QVBoxLayout(choice)
        cl.addStretch(1)
        self.choice_label = QLabel(choice)
        self.choice_label.setObjectName("choiceLabel")
        self.choice_label.setWordWrap(True)
        self.choice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cl.addWidget(self.choice_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_latest_button = QPushButton(self.tr("&Open the latest report"), choice)
        self.open_latest_button.setObjectName("openLatestButton")
        self.open_latest_button.clicked.connect(self.open_latest)
        self.regenerate_button = QPushButton(self.tr("&Generate a new report"), choice)
        self.regenerate_button.setObjectName("regenerateButton")
        self.regenerate_button.clicked.connect(self.generate)
        buttons.addWidget(self.open_latest_button)
        buttons.addWidget(self.regenerate_button)
        buttons.addStretch(1)
        cl.addLayout(buttons)
        cl.addStretch(2)
        self.stack.addWidget(choice)

        # message: draft, cancelled, failed
        message = QWidget(self)
        ml = QVBoxLayout(message)
        ml.addStretch(1)
        self.message_label = QLabel(message)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ml.addWidget(self.message_label)
        mrow = QHBoxLayout()
        mrow.addStretch(1)
        self.retry_button = QPushButton(self.tr("&Try again"), message)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.generate)
        mrow.addWidget(self.retry_button)
        mrow.addStretch(1)
        ml.addLayout(mrow)
        ml.addStretch(2)
        self.stack.addWidget(message)

        # result: preview and verification side by side
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("resultSplitter")
        self.pdf = _PdfPane(self.splitter)
        self.document = self.pdf.document
        self.pdf_view = self.pdf.view
        side = QScrollArea(self.splitter)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        self.verification_view = VerificationView(side)
        side.setWidget(self.verification_view)
        side.setMinimumWidth(340)
        self.splitter.addWidget(self.pdf)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 400])
        self.stack.addWidget(self.splitter)

        # bottom row
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        self.save_button = QPushButton(self.tr("&Save a copy…"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.new_button = QPushButton(self.tr("Generate &new"), self)
        self.new_button.setObjectName("newReportButton")
        self.new_button.setToolTip(self.tr("Sign a new report of this audit"))
        self.close_button = QPushButton(self.tr("Clos&e"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        for b in (self.save_button, self.new_button, self.close_button):
            bottom.addWidget(b)
        layout.addLayout(bottom)
        self.close_button.clicked.connect(self.reject)
        self.new_button.clicked.connect(self.generate)

        self.save_action = QAction(self.tr("Save a copy…"), self)
        self.save_action.setObjectName("saveCopyAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_copy)
        self.addAction(self.save_action)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.save_button.setToolTip(self.tr("Save a copy of the signed PDF (Ctrl+S)"))
        # the app's Ctrl+Q works here too (the window behind this dialog cannot take keys)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_app)
        self.addAction(self.quit_action)

        self.setTabOrder(self.pdf_view, self.save_button)
        self.setTabOrder(self.save_button, self.new_button)
        self.setTabOrder(self.new_button, self.close_button)
        self._show_busy(self.tr("Loading the audit…"), cancellable=False)
        self._update_actions()
        self._load()

    # ----------------------------------------------------------- public

    def generate(self) -> None:
        """Sign a new report (asks for the passphrase first when it is not available)."""
        if self.handle is not None and not self.handle.finished:
            return
        self._show_busy(self.tr("Checking your signing key…"), cancellable=False)
        audit_id = self.audit_id
        self.tasks.run(
            lambda: _key_state(self.backend.app(), audit_id),
            on_success=self._key_checked,
            on_failure=self._failed,
        )

    def open_latest(self) -> None:
        """Show the newest report already made for this audit (no new signature)."""
        if not self.reports:
            return
        latest = self.reports[-1]
        meta = {"new": False, "signed_at": latest["signed_at"]}
        rel = latest["path"]
        self._show_busy(self.tr("Opening the report…"), cancellable=False)

        def read(_handle: TaskHandle) -> dict[str, Any]:
            app = self.backend.app()
            return _read_report(app, app.data_dir / rel, meta=meta)

        self.handle = self.tasks.run_long(
            read,
            on_success=self._shown,
            on_failure=self._failed,
        )

    def save_copy(self) -> None:
        """Ask where, then copy the signed PDF there on the worker."""
        if self.result is None or (self.save_handle is not None and not self.save_handle.finished):
            return
        target = self._ask_save_path(self._default_save_path())
        if not target:
            return
        source = self.result["path"]
        self.status_label.setText(self.tr("Saving a copy…"))

        def saved(path: Path) -> None:
            if self._closing:
                return
            self.saved_path = Path(path)
            self.status_label.setText(self.tr("Copy saved in %1").replace("%1", str(path)))

        def failed(exc: BaseException, tb: str) -> None:
            self.status_label.setText("")
            show_error(self, exc, tb)

        self.save_handle = self.tasks.run_long(
            lambda _h: _copy_file(source, Path(target)), on_success=saved, on_failure=failed
        )

    def cancel_generation(self) -> None:
        if self.handle is not None and not self.handle.finished:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("Cancelling…"))

    # ----------------------------------------------- overridable for tests

    def _ask_passphrase(self, mode: str, error: str = "") -> str | None:
        """Ask on the UI thread; ``None`` when the observer cancels."""
        dialog = PassphraseDialog(mode, error, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return None
        finally:
            dialog.clear()
            dialog.deleteLater()

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    # ------------------------------------------------------------ flow

    def _load(self) -> None:
        audit_id = self.audit_id

        def load() -> dict[str, Any]:
            app = self.backend.app()
            audit = app.resolve_audit(audit_id)
            reports = [
                r
                for r in reads.report_rows(app, audit["id"])
                if (app.data_dir / r["path"]).is_file()
            ]
            return {"audit": audit, "reports": reports}

        self.tasks.run(load, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, info: dict[str, Any]) -> None:
        if self._closing:
            return
        self.audit = info["audit"]
        self.audit_id = self.audit["id"]
        self.reports = info["reports"]
        self.title_label.setText(
            self.tr("%1 — version %2")
            .replace("%1", self.audit.get("title") or self.audit["id"][:8])
            .replace("%2", str(self.audit["version"]))
        )
        if self.audit["status"] == "draft":
            self._show_message(
                self.tr(
                    "This audit is still a draft. Finalize it in the editor first: the signed "
                    "report can only be made of a finalized audit."
                ),
                retry=False,
            )
            return
        if self.reports:
            latest = self.reports[-1]
            count = len(self.reports)
            self.choice_label.setText(
                self.tr(
                    "This audit already has %n signed report(s); the latest was made on %1.\n\n"
                    "You can open it, or sign a new one (for example after enrolling with "
                    "the OIC).",
                    "",
                    count,
                ).replace("%1", local_time(latest["signed_at"]))
            )
            self.stack.setCurrentIndex(self.PAGE_CHOICE)
            self.open_latest_button.setDefault(True)
            self.open_latest_button.setFocus()
            self._update_actions()
            return
        self.generate()

    def _key_checked(self, state: str) -> None:
        if self._closing:
            return
        if state == "ready":
            self._start(None, "ready")
            return
        self._ask_and_start(state, "")

    def _ask_and_start(self, mode: str, error: str) -> None:
        typed = self._ask_passphrase(mode, error)
        if not typed:
            self._show_message(
                self.tr("No report was made: the signature needs your passphrase."), retry=True
            )
            return
        self._start(typed, mode)

    def _start(self, typed: str | None, mode: str) -> None:
        audit_id = self.audit_id
        self._show_busy(self.tr("Preparing the report…"), cancellable=True)
        self.progress.setValue(0)
        self._signing = True

        def work(handle: TaskHandle) -> dict[str, Any]:
            app = self.backend.app()
            if typed is not None and mode == "ask":
                ident = keys.identity(app)
                if ident is not None:
                    try:
                        keys.passphrase_for(app, ident, ask=lambda _prompt: typed)
                    except InputError as exc:
                        raise _WrongPassphrase(str(exc)) from None

            def progress(stage: str, done: int, total: int) -> None:
                if stage in _CANCELLABLE and handle.cancelled():
                    raise _Cancelled
                handle.progress((stage, done, total), force=stage in ("sign", "done"))

            ask = (lambda _prompt: typed) if typed is not None else None
            made = generate_report(app, audit_id, progress=progress, ask=ask)
            return _read_report(
                app, made.path, meta={"new": True, "signed_at": made.signed_at, "made": made}
            )

        def failed(exc: BaseException, tb: str) -> None:
            self._signing = False
            if self._close_code is not None:  # closed meanwhile: cancelled, or failed (logged)
                self._finish_close()
                return
            if self._closing:
                return
            if isinstance(exc, _WrongPassphrase):
                self._ask_and_start("ask", str(exc))
            elif isinstance(exc, _Cancelled):
                self._show_message(self.tr("Cancelled. Nothing was signed or saved."), retry=True)
            else:
                self._failed(exc, tb)

        def succeeded(result: dict[str, Any]) -> None:
            self._signing = False
            self.reportGenerated.emit(audit_id)  # still alive: closing waited for this
            if self._close_code is not None:
                self._finish_close()
                return
            self._shown(result)

        self.handle = self.tasks.run_long(
            work, on_progress=self._progressed, on_success=succeeded, on_failure=failed
        )

    def _progressed(self, value: tuple[str, int, int]) -> None:
        if self._closing or self._close_code is not None:  # keep saying it is closing
            return
        stage, done, total = value
        start, end = _STAGE_SPAN.get(stage, (0, 100))
        fraction = (done / total) if total else 1.0
        self.progress.setValue(int(start + (end - start) * max(0.0, min(fraction, 1.0))))
        self.stage_label.setText(self._stage_text(stage, done, total))
        if stage not in _CANCELLABLE:
            self.cancel_button.setEnabled(False)

    def _stage_text(self, stage: str, done: int, total: int) -> str:
        if stage == "prepare":
            return self.tr("Gathering the audit's answers, findings and evidence…")
        if stage == "previews":
            return (
                self.tr("Preparing photos (%1 of %2)…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        if stage == "images":
            return (
                self.tr("Placing photos in the report (%1 of %2)…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        if stage == "layout":
            return self.tr("Laying out the pages…")
        if stage == "sign":
            return self.tr("Signing the report with your key…")
        if stage == "done":
            return self.tr("Done: the report is signed and saved.")
        return self.tr("Working…")

    def _shown(self, result: dict[str, Any]) -> None:
        if self._closing:
            return
        self.result = result
        self.pdf.load_bytes(result["bytes"])
        result["bytes"] = b""  # the preview keeps its own copy
        self.verification_view.set_result(result["verification"], path=result["path"])
        self.stack.setCurrentIndex(self.PAGE_RESULT)
        when = local_time(result.get("signed_at"))
        if result.get("new"):
            self.status_label.setText(
                self.tr("New report signed on %1 and kept in your data folder.").replace("%1", when)
            )
        else:
            self.status_label.setText(self.tr("Report signed on %1.").replace("%1", when))
        self._update_actions()
        self.pdf_view.setFocus()

    def _failed(self, exc: BaseException, tb: str) -> None:
        if self._closing:
            return
        self._show_message(
            self.tr("The report could not be made:\n\n%1").replace("%1", error_text(exc)),
            # trying again cannot sign another observer's audit
            retry=self.audit is not None
            and self.audit.get("status") != "draft"
            and not isinstance(exc, NotOwnAuditError),
        )
        if not isinstance(exc, ObserverError):
            show_error(self, exc, tb)

    # ----------------------------------------------------------- pages

    def _show_busy(self, text: str, *, cancellable: bool) -> None:
        self.stage_label.setText(text)
        self.progress.setRange(0, 100 if cancellable else 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.stack.setCurrentIndex(self.PAGE_BUSY)
        self._update_actions()

    def _show_message(self, text: str, *, retry: bool) -> None:
        self.message_label.setText(text)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentIndex(self.PAGE_MESSAGE)
        if retry:
            self.retry_button.setFocus()
        self._update_actions()

    def _update_actions(self) -> None:
        page = self.stack.currentIndex()
        on_result = page == self.PAGE_RESULT and self.result is not None
        self.save_action.setEnabled(on_result)
        self.save_button.setVisible(on_result)
        self.new_button.setVisible(on_result)
        for act in self.pdf.actions():
            act.setEnabled(on_result)
        if on_result:
            self.pdf._update_page()

    def _default_save_path(self) -> str:
        audit = self.audit or {"id": self.audit_id, "version": 1}
        name = f"informe-{audit['id'][:8]}-v{audit['version']}.pdf"
        return os.path.join(documents_folder(), name)

    def _size_for_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        width, height = 1180, 740
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, int(avail.width() * 0.95))
            height = min(height, int(avail.height() * 0.92))
        self.resize(width, height)

    def done(self, code: int) -> None:
        if self._signing:
            # cancel what has not been signed yet; a signature under way finishes and its
            # PDF is kept. Either way the window waits for the task, saying so, and then
            # closes: the list must learn of a new report, and nothing may reach a window
            # already deleted ("Signal source has been deleted").
            if self.handle is not None:
                self.handle.cancel()
            self._close_code = code
            self._show_busy(
                self.tr(
                    "Closing… a report being signed is saved first; this window closes by itself."
                ),
                cancellable=False,
            )
            return
        # late callbacks of other tasks (opening, saving a copy) then do nothing
        if self.handle is not None and not self.handle.finished:
            self.handle.cancel()
        self._closing = True
        super().done(code)
        if self._quit_after and self.parent() is not None:
            self.parent().window().close()

    def _finish_close(self) -> None:
        code, self._close_code = self._close_code, None
        self.done(QDialog.DialogCode.Rejected if code is None else code)

    def quit_app(self) -> None:
        """Ctrl+Q: close this window (waiting for a signature under way), then the app's."""
        self._quit_after = True
        self.reject()


# ------------------------------------------------------------------ verify


class VerifyDialog(QDialog):
    """Verify any PDF and say, in plain words, whether it is an authentic Observador report."""

    def __init__(
        self,
        backend: Backend,
        tasks: TaskRunner,
        pdf_path: str | os.PathLike[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.backend = backend
        self.tasks = tasks
        self.pdf_path = Path(pdf_path)
        self.verification: Any = None
        self.handle: TaskHandle | None = None
        self._closing = False
        self._generation = 0
        self.setWindowTitle(self.tr("Verify a report"))
        self.setAcceptDrops(True)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("verifyFileLabel")
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("verifyProgress")
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Verifying"))
        layout.addWidget(self.busy)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view = VerificationView(scroll)
        scroll.setWidget(self.view)
        layout.addWidget(scroll, 1)
        hint = QLabel(
            self.tr(
                "Verification checks the digital signature inside the PDF; it works without "
                "internet. You can also drop another PDF on this window."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.another_button = QPushButton(self.tr("Verify &another file…"), self)
        self.another_button.setObjectName("verifyAnotherButton")
        self.open_button = QPushButton(self.tr("&Open the PDF"), self)
        self.open_button.setObjectName("openPdfButton")
        self.close_button = QPushButton(self.tr("Clos&e"), self)
        self.close_button.setObjectName("closeButton")
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.another_action = QAction(self.tr("Verify another file…"), self)
        self.another_action.setShortcut(QKeySequence.StandardKey.Open)
        self.another_action.triggered.connect(self.choose_another)
        self.addAction(self.another_action)
        self.another_button.clicked.connect(self.another_action.trigger)
        self.another_button.setToolTip(self.tr("Choose another PDF to verify (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        screen = QGuiApplication.primaryScreen()
        height = 640
        if screen is not None:
            height = min(height, int(screen.availableGeometry().height() * 0.9))
        self.resize(640, height)
        self.verify(self.pdf_path)

    def verify(self, path: str | os.PathLike[str]) -> None:
        """Check ``path`` on the worker; the result replaces what is shown."""
        self.pdf_path = Path(path)
        self._generation += 1
        generation = self._generation
        self.verification = None
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.pdf_path)))
        self.view.set_busy()
        self.busy.show()
        self.open_button.setEnabled(False)
        target = self.pdf_path

        def done(result: dict[str, Any]) -> None:
            if self._closing or generation != self._generation:
                return
            self.busy.hide()
            self.verification = result["verification"]
            self.view.set_result(result["verification"], path=None, local=result["local"])
            self.open_button.setEnabled(result["verification"].status != "unreadable")

        def failed(exc: BaseException, tb: str) -> None:
            if self._closing or generation != self._generation:
                return
            self.busy.hide()
            self.view.set_busy(self.tr("The file could not be verified."))
            show_error(self, exc, tb)

        self.handle = self.tasks.run_long(
            lambda _h: _verify_any(self.backend.app(), target), on_success=done, on_failure=failed
        )

    def choose_another(self) -> None:
        path = self._ask_open_path()
        if path:
            self.verify(path)

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def _ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a PDF to verify"),
            str(self.pdf_path.parent),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        return path

    def dragEnterEvent(self, event: Any) -> None:
        if is_pdf_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = is_pdf_drop(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.verify(paths[0])

    def done(self, code: int) -> None:
        self._closing = True
        super().done(code)
