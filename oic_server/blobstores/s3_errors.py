"""What an S3 client error says, in one place for the store and the API: its code
(``NoSuchUpload``, ``BadDigest``…), its HTTP status, and whether it **passes** (S3
unreachable, timed out, busy, or refusing a body that did not arrive whole: the same
request may succeed later, so the API answers 503 with ``Retry-After``) or will fail
again the same way (no credentials, no bucket, access denied, a parameter the code got
wrong: a 500, logged as an internal error). docs/server.md, "S3 failures"."""

from __future__ import annotations

from botocore import exceptions as _botocore

# what a call to the S3 store raises (boto3's client)
ERRORS: tuple[type[Exception], ...] = (_botocore.BotoCoreError, _botocore.ClientError)

# error codes that pass besides any HTTP 5xx
PASSING_CODES = frozenset(
    {"BadDigest", "IncompleteBody", "RequestTimeout", "SlowDown", "ServiceUnavailable"}
)


def code(exc: BaseException) -> str:
    """The S3 error code of a ``ClientError`` ("" for any other exception)."""
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


def status(exc: BaseException) -> int:
    """The HTTP status S3 answered with (0 when it did not answer)."""
    response = getattr(exc, "response", None) or {}
    return int(response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)


def name(exc: BaseException) -> str:
    """The error code, else the exception's class: what the log says of it."""
    return code(exc) or type(exc).__name__


def passes(exc: BaseException) -> bool:
    """A failure of S3 that passes, not one that will come back the same way."""
    if isinstance(exc, _botocore.ClientError):
        return status(exc) >= 500 or code(exc) in PASSING_CODES
    return isinstance(exc, _botocore.ConnectionError | _botocore.HTTPClientError)
