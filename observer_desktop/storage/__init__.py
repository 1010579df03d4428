"""Local SQLite store: connection setup, migrations and repositories (the only SQL)."""
