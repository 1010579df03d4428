"""Participation sessions on screen: the record behind stipends and academic credit.

One module per job:

- :mod:`.page` — :class:`ParticipationPage`: the sessions of a period, add, correct,
  remove (the main window's "Participation" page);
- :mod:`.period` — :class:`PeriodBar`: the period (presets or two dates) and its totals;
- :mod:`.model` — :class:`SessionTableModel`, the table's rows and sort keys;
- :mod:`.session_dialog` — :class:`SessionDialog`: the session form, and what fills it
  in (a stored session, an audit's header);
- :mod:`.typed_fields` — date and time fields that take what is typed;
- :mod:`.audit_picker` — :class:`AuditPickerDialog`: choose the audit a session comes from;
- :mod:`.export` — :class:`CsvExport`: the period as a CSV file.

Translations: every module here shares ``translations/es_MX/participation.ts``.
"""
