"""The settings under which sync keeps its state, by name.

Apart from the sync package so that :mod:`observer_desktop.services.settings` (which
reads the address, background sync and session) and :mod:`observer_desktop.services.sync`
(which reads it through settings) can both import them without a cycle.
"""

SERVER_URL_KEY = "sync.server_url"  # also written by the settings dialog
AUTO_SYNC_KEY = "sync.auto"  # background sync on (default) or off
SERVER_KEY = "sync.server"  # pins and limits of the server logged in to (no secret)
SESSION_KEY = "sync.session"  # who is logged in, and whether the token is in the keyring
STATE_KEY = "sync.state"  # last attempt, success and error, for sync_status
REVIEW_CURSOR_KEY = "sync.review_cursor"
REVIEW_CURSOR_OWNER_KEY = "sync.review_cursor_code"  # whose events the cursor counts
SESSION_CURSOR_KEY = "sync.session_cursor"  # {server, code, seq}: the sessions feed read so far
CRL_KEY = "sync.crl"  # the OIC CA's CRL kept in keys/oic.crl: fetched_at, number, dates
