"""A SHA-256 whose state is bytes: a resumable upload's hash, kept in the database.

An S3 multipart upload's parts cannot be read before the upload is completed,
and ``hashlib``'s state cannot be saved; yet with several instances (or after a
restart) the chunk that completes a blob often reaches another process than the
one before. So the running hash is OpenSSL's own SHA-256 (``SHA256_Init`` /
``SHA256_Update`` / ``SHA256_Final`` of the libcrypto that ``hashlib`` already
loaded, at C speed) whose context — a plain structure of 112 bytes, no pointers
— is saved after every chunk, with the chunk, in the database row of the upload.
Any instance continues it; the blob's hash is known when its last byte arrives,
so only verified bytes are ever completed under a blob's name.

A state is tagged with OpenSSL's major version and the structure's size: one
saved by another build is not trusted (:func:`load` returns None, and the upload
starts over).
"""

from __future__ import annotations

import ctypes
import ssl
from typing import Any

__all__ = ["ResumableSha256", "available", "load"]

_CTX_BYTES = 112  # SHA256_CTX: h[8], Nl, Nh, data[16], num, md_len (32-bit each)
_CTX_ALLOC = 256  # room to spare should a build's structure be larger (never written past)
_TAG = f"ossl{ssl.OPENSSL_VERSION_INFO[0]}-{_CTX_BYTES}:".encode()


def _libcrypto() -> Any:
    try:
        import _hashlib  # the extension is linked against the libcrypto hashlib uses
    except ImportError:  # pragma: no cover - Python without OpenSSL
        return None
    try:
        lib = ctypes.CDLL(_hashlib.__file__)
        init, update, final = lib.SHA256_Init, lib.SHA256_Update, lib.SHA256_Final
    except (OSError, AttributeError):  # pragma: no cover - a libcrypto without them
        return None
    init.argtypes = [ctypes.c_void_p]
    update.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    final.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    for fn in (init, update, final):
        fn.restype = ctypes.c_int
    return lib


_LIB = _libcrypto()


def available() -> bool:
    """Whether this Python's libcrypto offers the SHA-256 whose state can be saved."""
    return _LIB is not None


class ResumableSha256:
    """``hashlib.sha256()``'s ``update``/``hexdigest``/``copy``, plus :meth:`state`."""

    def __init__(self, state: bytes | None = None):
        if _LIB is None:
            raise RuntimeError("libcrypto has no SHA256_Init")
        self._ctx = ctypes.create_string_buffer(_CTX_ALLOC)
        if state is None:
            _LIB.SHA256_Init(self._ctx)
        else:
            ctypes.memmove(self._ctx, state, _CTX_BYTES)

    def update(self, data: Any) -> None:
        view = memoryview(data).cast("B")
        if not view.nbytes:
            return
        if view.readonly:  # ctypes takes the address of a writable buffer only
            buffer = (ctypes.c_char * view.nbytes).from_buffer_copy(view)
        else:
            buffer = (ctypes.c_char * view.nbytes).from_buffer(view)
        _LIB.SHA256_Update(self._ctx, buffer, view.nbytes)

    def copy(self) -> ResumableSha256:
        return ResumableSha256(self._ctx.raw[:_CTX_BYTES])

    def state(self) -> bytes:
        """The hash so far, as bytes :func:`load` takes back (here or in another process)."""
        return _TAG + self._ctx.raw[:_CTX_BYTES]

    def hexdigest(self) -> str:
        out = ctypes.create_string_buffer(32)
        ctx = ctypes.create_string_buffer(self._ctx.raw, _CTX_ALLOC)  # Final spoils its context
        _LIB.SHA256_Final(out, ctx)
        return out.raw.hex()


def load(state: bytes | None) -> ResumableSha256 | None:
    """The hash a :meth:`ResumableSha256.state` saved; None when it is not one of this
    build's (or there is none)."""
    if _LIB is None or not state or not state.startswith(_TAG):
        return None
    body = state[len(_TAG) :]
    if len(body) != _CTX_BYTES:
        return None
    return ResumableSha256(body)
