"""The OIC's agenda on screen: events to observe and the observer's sign-ups.

- :mod:`.page` — :class:`AgendaPage`: upcoming / mine / past, sign up, withdraw, start
  the audit and the session of a confirmed event (the main window's "Agenda" page);
- :mod:`.declaration` — :class:`DeclarationDialog`: the conflict-of-interest
  declaration a sign-up needs.

Translations: every module here shares ``translations/es_MX/agenda.ts``.
"""
