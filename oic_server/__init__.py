"""The OIC receiving server: protocol v1 (docs/protocol.md, docs/server.md).

Receives observers' submissions (manifest, resumable blob uploads, commit),
verifies every hash and the report's PAdES signature against the certificate
this server's CA issued to the observer, and answers with a signed receipt.
"""

__version__ = "0.1.0"
