"""Signed reports on screen, one module per job:

- :mod:`.report_dialog` — :class:`ReportDialog`: make the signed report of a finalized
  audit with progress (or open the latest one), preview it, save a copy;
- :mod:`.pages` — :class:`ReportPages`, what that dialog shows one page at a time
  (busy, a report exists, no report, the result);
- :mod:`.progress` — :class:`ReportProgress`, the busy page: the service's stages on one
  bar, in words, with Cancel while nothing is signed;
- :mod:`.preview` — the QtPdf preview with page navigation and zoom;
- :mod:`.verification_view` — :class:`VerificationView`, the verdict on one PDF in plain
  words;
- :mod:`.verify_dialog` — :class:`VerifyDialog`: verify any PDF (chosen, dropped,
  double-clicked); :func:`is_pdf_drop`.

The signing key's passphrase is asked through ``ui/passphrase.py``, as everywhere in the
app. Translations: every module here shares ``translations/es_MX/reports.ts``.
"""
