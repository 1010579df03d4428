"""Errors of protocol v1: an HTTP status, a stable machine code and a Spanish message.

Every refusal the server makes, through the API or the ``oic-server`` command,
is an :class:`ApiError`. The API turns it into
``{"error": {"code": …, "message": …, …extra}}`` (docs/protocol.md); the
command prints the message. Messages say what is wrong and what to do.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ERROR_CODES", "ApiError"]

# code -> HTTP status (docs/protocol.md, "Every error is JSON…")
ERROR_CODES: dict[str, int] = {
    "bad_request": 400,
    "unauthenticated": 401,
    "bad_credentials": 401,
    "observer_disabled": 403,
    "password_change_required": 403,
    "forbidden": 403,
    "certificate_revoked": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "request_timeout": 408,
    "submission_conflict": 409,
    "offset_mismatch": 409,
    "incomplete": 409,
    "not_enrolled": 409,
    "conflict": 409,
    "session_locked": 409,
    "event_full": 409,
    "too_large": 413,
    "hash_mismatch": 422,
    "signature_invalid": 422,
    "manifest_mismatch": 422,
    "session_invalid": 422,
    "signup_invalid": 422,
    "rate_limited": 429,
    "internal": 500,
    "unavailable": 503,
}


class ApiError(Exception):
    """A refusal with its protocol code. ``extra`` goes into the JSON error body."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.status = ERROR_CODES[code]
        self.message = message
        self.headers = headers or {}
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, **self.extra}}

    def __str__(self) -> str:
        return self.message
