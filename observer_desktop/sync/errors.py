"""What can go wrong while talking to the OIC server, in words the observer can act on.

Every failure is a :class:`SyncError` with a stable ``code`` (the server's
machine code when it sent one, else ours), a Spanish message saying what
happened and what to do, and two flags the engine acts on:

- ``retryable``: a network error, a timeout, 429 or 5xx; retried with backoff.
- ``scope``: ``"run"`` when nothing else can be sent either (session revoked,
  certificate changed, network gone), ``"submission"`` when only this audit is
  stuck (file too large, signature refused) and the next one may still go.
"""

from __future__ import annotations

from typing import Any

from observer_desktop.core.errors import ObserverError

__all__ = [
    "Cancelled",
    "CertificateChangedError",
    "PasswordChangeRequired",
    "SyncError",
    "UnknownAuthority",
    "describe_http_error",
    "human_size",
]


class SyncError(ObserverError):
    """A failed exchange with the server. ``exit_code`` 1: something is still pending."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        code: str,
        retryable: bool = False,
        scope: str = "run",
        status: int | None = None,
        detail: dict[str, Any] | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.code = code
        self.retryable = retryable
        self.scope = scope
        self.status = status
        self.detail = detail or {}
        self.retry_after = retry_after

    @property
    def message(self) -> str:
        return str(self)


class CertificateChangedError(SyncError):
    """The server's CA or receipt key is not the one pinned at the first login."""


class PasswordChangeRequired(SyncError):
    """The password is the OIC's one-time one: log in again with a ``new_password``
    of the observer's choosing (at least ``min_length`` characters)."""

    @property
    def min_length(self) -> int:
        value = self.detail.get("min_length")
        return value if isinstance(value, int) and 0 < value < 1024 else 10


class UnknownAuthority(SyncError):
    """First contact with a server whose TLS certificate comes from the OIC's own CA,
    which this computer does not know yet. Nothing was sent: the observer compares
    ``ca_fingerprint`` with the OIC's and logs in again trusting it."""

    def __init__(self, message: str, *, ca_fingerprint: str, ca_pem: str):
        super().__init__(message, code="unknown_authority")
        self.ca_fingerprint = ca_fingerprint
        self.ca_pem = ca_pem


class Cancelled(Exception):
    """The observer cancelled; everything sent so far stays on the server and resumes later."""


def human_size(n: int | float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


def network_error(detail: str) -> SyncError:
    return SyncError(
        "No se pudo comunicar con el servidor del OIC "
        f"({detail}). Revise su conexión a internet; el envío seguirá donde se quedó, "
        "sin repetir lo ya enviado.",
        code="network",
        retryable=True,
    )


def stall_error(seconds: float) -> SyncError:
    return SyncError(
        f"La conexión con el servidor del OIC se detuvo (más de {seconds:g} s sin avanzar). "
        "Se reintentará; lo ya enviado no se repite.",
        code="stalled",
        retryable=True,
    )


def tls_error(url: str, detail: str) -> SyncError:
    return SyncError(
        f"No se pudo establecer una conexión segura con {url} ({detail}). Si está en la red "
        "de un café u hotel, abra el navegador y acepte las condiciones de la red; si el "
        "problema sigue, avise al OIC: podría ser un servidor falso.",
        code="tls",
        retryable=False,
    )


def describe_http_error(
    status: int,
    body: dict[str, Any] | None,
    *,
    retry_after: float | None = None,
    what: str = "",
) -> SyncError:
    """Turn an HTTP error answer into a :class:`SyncError` with a message for the observer.

    ``what`` names the thing being sent (a file name, an audit) for the messages
    that need it.
    """
    error = (body or {}).get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code = str(error.get("code") or "")
    server_says = str(error.get("message") or "").strip()
    reason = str(error.get("reason") or "").strip() or server_says
    about = f" ({what})" if what else ""

    def make(message: str, **kw: Any) -> SyncError:
        kw.setdefault("code", code or f"http_{status}")
        return SyncError(message, status=status, detail=error, **kw)

    if code == "bad_credentials" or (status == 401 and code == "" and what == "login"):
        return make(
            "El código de observador o la contraseña no son correctos. Revíselos (la "
            "contraseña distingue mayúsculas) o pida al OIC que le asigne una nueva.",
            code="bad_credentials",
        )
    if status == 401:
        return make(
            "Su sesión en el servidor del OIC ya no es válida (se cerró o el OIC la revocó). "
            "Inicie sesión de nuevo (observer login o Ajustes → Servidor).",
            code=code or "unauthenticated",
        )
    if code == "password_change_required":
        minimum = PasswordChangeRequired("", code=code, detail=error).min_length
        return PasswordChangeRequired(
            "La contraseña que le dio el OIC sirve una sola vez: elija ahora su propia "
            f"contraseña (al menos {minimum} caracteres) para iniciar sesión.",
            code=code,
            status=status,
            detail=error,
        )
    if code == "observer_disabled":
        return make(
            "El OIC desactivó su cuenta de observador: no se puede enviar nada. Comuníquese "
            "con el OIC.",
        )
    if status == 403:
        return make(
            "El servidor rechazó la operación: el envío pertenece a otro observador. "
            "Revise que inició sesión con su propio código de observador.",
            code=code or "forbidden",
            scope="submission",
        )
    if code == "offset_mismatch":
        return make(
            "El servidor tiene otra cantidad de bytes de este archivo; se continúa desde ahí.",
            scope="submission",
        )
    if code == "incomplete":
        return make(
            "El servidor aún no tiene completos todos los archivos del envío; se envían los que "
            "faltan.",
            scope="submission",
        )
    if code == "not_enrolled":
        return make(
            "Su cuenta aún no tiene certificado del OIC, que el servidor exige para recibir "
            "informes. Inicie sesión de nuevo (observer login) para obtenerlo.",
        )
    if code == "submission_conflict":
        return make(
            "El servidor ya tiene un envío con este identificador y otro contenido. Se "
            "preparará de nuevo con otro identificador en el próximo envío.",
            scope="submission",
        )
    if status == 409:
        return make(
            f"El servidor rechazó el envío por un conflicto{about}: {server_says or status}.",
            scope="submission",
        )
    if status == 413 or code == "too_large":
        return make(
            f"Un archivo es más grande de lo que acepta el servidor del OIC{about}. Pida al OIC "
            "que aumente el límite, o quite ese archivo en una nueva versión de la auditoría.",
            code="too_large",
            scope="submission",
        )
    if code == "hash_mismatch":
        return make(
            f"Un archivo no llegó íntegro al servidor{about}: su huella SHA-256 no coincide. "
            "Se vuelve a enviar desde el inicio.",
            scope="submission",
        )
    if code == "signature_invalid":
        return make(
            "El servidor rechazó la firma del informe"
            + (f": {reason}" if reason else "")
            + ". Genere de nuevo el informe firmado (observer report o el botón Informe) "
            "después de iniciar sesión, para que quede firmado con su certificado del OIC.",
            scope="submission",
        )
    if code == "manifest_mismatch" and error.get("reason") == "observer":
        return make(
            "El servidor no recibe esta auditoría: la hizo otro observador"
            + (f" ({server_says})" if server_says else "")
            + ". Cada observador envía solo sus propias auditorías, desde su carpeta de datos y "
            "con su sesión.",
            scope="submission",
        )
    if code == "manifest_mismatch":
        return make(
            "El servidor encontró diferencias entre la auditoría, su informe y la lista de "
            "archivos" + (f": {reason}" if reason else "") + ". Genere de nuevo el informe y "
            "vuelva a enviar.",
            scope="submission",
        )
    if status == 404:
        return make(
            f"El servidor no encontró lo que se le pidió{about}. Si acaba de cambiar de servidor, "
            "inicie sesión de nuevo.",
            code=code or "not_found",
            scope="submission",
        )
    if status == 429:
        wait = f" unos {retry_after:.0f} s" if retry_after else " un momento"
        then = " e intente de nuevo" if what == "login" else ". Se reintentará solo"
        return make(
            f"Demasiados intentos seguidos; el servidor pide esperar{wait}{then}.",
            code=code or "rate_limited",
            retryable=what != "login",
            retry_after=retry_after,
        )
    if status == 408:
        return make(
            "La conexión con el servidor se detuvo a mitad de un envío. Se reintentará "
            "automáticamente desde donde quedó; no necesita hacer nada.",
            code=code or "request_timeout",
            retryable=True,
        )
    if status >= 500:
        return make(
            f"El servidor del OIC no está disponible por ahora (error {status}). Se reintentará "
            "automáticamente; no necesita hacer nada.",
            code=code or "unavailable",
            retryable=True,
            retry_after=retry_after,
        )
    if status == 400 and what == "login" and server_says:
        # the server's words about a new password (too short, the same as the current)
        return make(server_says, code=code or "bad_request")
    if status == 400:
        return make(
            "El servidor no entendió la petición"
            + (f": {server_says}" if server_says else "")
            + ". Puede que esta versión de Observador sea antigua: actualícela.",
            code=code or "bad_request",
            scope="submission",
        )
    return make(
        f"Respuesta inesperada del servidor del OIC (HTTP {status})"
        + (f": {server_says}" if server_says else "")
        + ".",
        scope="submission",
    )
