"""The first-run assistant: screen language, observer profile and signing key.

One module per job:

- :mod:`.assistant` — :class:`FirstRunWizard`, the assistant: its pages, its state
  (profile, key, keyring), busy while a page saves;
- :mod:`.page` — :class:`AssistantPage`, what every page shares;
- :mod:`.welcome_page`, :mod:`.profile_page`, :mod:`.key_page`, :mod:`.done_page` — one
  module per page;
- :mod:`.profile_form` — :class:`ProfileForm`, the profile fields (also in the settings);
- :mod:`.signing_key` — :class:`KeyInfo`, fingerprints, passphrase strength and the worker
  functions that read and create the key (also used by the settings);
- :mod:`.styles` — the colours of inline messages.

Translations: every module here shares ``translations/es_MX/wizard.ts``.
"""
