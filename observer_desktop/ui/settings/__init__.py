"""The settings dialog: language, observer profile, OIC server, data folder, evidence
size, signing key. One module per job:

- :mod:`.dialog` — :class:`SettingsDialog`: composes the tabs, loads the settings, saves
  what changed in one transaction and shows a refused value on its tab;
- :mod:`.general_tab` — :class:`GeneralTab`: screen language (applied at once), the data
  folder, the largest evidence file;
- :mod:`.data_folder` — :class:`DataFolder`: the folder's path, copy it, open it;
- :mod:`.profile_tab` — :class:`ProfileTab`: the observer's profile;
- :mod:`.sync_tab` — :class:`SyncTab`: the OIC server's address, send automatically;
- :mod:`.key_tab` — :class:`KeyTab`: the signing key and its certificate, save a copy;
- :mod:`.server_url` — :func:`check_server_url`, also used by the sync's login;
- :mod:`.values` — what the dialog shows and saves, read and written on the worker;
- :mod:`.common` — the tabs' order and the field-with-notes layout.

Translations: every module here shares ``translations/es_MX/settings.ts``.
"""
