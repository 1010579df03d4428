"""Log lines as JSON (one object a line) or as text, each carrying its request's id.

The id lives in a context variable set by :mod:`.middleware` for the length of a
request; anyio copies the context into the worker threads that run the routes, so
a line logged anywhere while the request is handled carries it. ``serve
--log-format`` picks the format (:func:`logging_config` is uvicorn's
``log_config``); uvicorn's own access log is off, :mod:`.middleware` writes one
line per request on the ``oic_server.access`` logger instead.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
from contextvars import ContextVar
from typing import Any

__all__ = [
    "ACCESS_LOGGER",
    "LOG_FORMATS",
    "JsonFormatter",
    "RequestIdFilter",
    "TextFormatter",
    "logging_config",
    "request_id",
]

ACCESS_LOGGER = "oic_server.access"
LOG_FORMATS = ("json", "text")
request_id: ContextVar[str | None] = ContextVar("oic_request_id", default=None)
# LogRecord attributes that are not extra fields (logging's own, plus ours)
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "request_id",
    "color_message",  # uvicorn's copy of the message with ANSI colours
}


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on the record (``-`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get() or "-"
        return True


def _time(record: logging.LogRecord) -> str:
    moment = _dt.datetime.fromtimestamp(record.created, _dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "message", "request_id", …extra fields, "exception"}``."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": _time(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or request_id.get()
        if rid and rid != "-":
            line["request_id"] = rid
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """``2026-12-07T10:00:00.123Z INFO oic_server.access [id] GET /api/v1/meta 200 …``."""

    def format(self, record: logging.LogRecord) -> str:
        rid = getattr(record, "request_id", None) or request_id.get() or "-"
        text = f"{_time(record)} {record.levelname} {record.name} [{rid}] {record.getMessage()}"
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """uvicorn's ``log_config`` for ``serve``: every logger (uvicorn's, asyncio's, the
    server's) to standard error in ``log_format``; the access lines at ``level``."""
    if log_format not in LOG_FORMATS:
        raise ValueError(f"log format {log_format!r}")
    formatter = JsonFormatter if log_format == "json" else TextFormatter
    upper = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,  # the server's loggers exist before this runs
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"default": {"()": formatter}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "filters": ["request_id"],
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["default"], "level": "WARNING"},
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": upper, "propagate": False},
            "uvicorn.error": {"level": upper},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "oic_server": {"level": upper},
        },
    }
