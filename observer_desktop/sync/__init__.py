"""Protocol v1 on the laptop's side (``docs/protocol.md``, docs/sync.md), without Qt.

- :mod:`.client` — the HTTP client, one method per endpoint, failures as
  :class:`~.errors.SyncError`;
- :mod:`.engine` — sending one submission: manifest, the missing bytes in
  resumable chunks, commit;
- :mod:`.errors` — what went wrong, in Spanish the observer can act on;
- :mod:`.receipts` — the server's signed receipt, checked before anything is
  marked delivered;
- :mod:`.policy` — backoff, pause and cancel of a running sync;
- :mod:`.schedule` — when the app's background sync may run next;
- :mod:`.batch` — the signed USB batch for offices without a network.

What to send and the session with the server are ``services/sync/``.
"""
