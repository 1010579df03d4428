"""Signed PDF audit reports, without Qt and without the database (the server uses it too).

- :mod:`.layout` — :func:`~.layout.build_report` lays out the unsigned PDF from
  :class:`~.layout.ReportData` (gathered by ``services/reports.py``): the sections of
  :mod:`.sections` and the photos of :mod:`.gallery`, on the pages of :mod:`.page`, in
  the fonts and styles of :mod:`.styles`;
- :mod:`.signing` — the observer's key and certificate, and the PAdES signature that
  embeds the audit JSON and the evidence manifest;
- :mod:`.verify` — what a reviewer's check says about any PDF: signature, coverage,
  changes after signing, the embedded record against the manifest.
"""
