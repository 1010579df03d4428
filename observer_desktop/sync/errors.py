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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from observer_desktop.core.errors import ObserverError

__all__ = [
    "Cancelled",
    "CertificateChangedError",
    "PasswordChangeRequired",
    "SyncError",
    "UnknownAuthority",
    "bad_response",
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


@dataclass(frozen=True)
class _Answer:
    """What an HTTP error answer said: its status, the server's ``error`` object and
    what was being sent."""

    status: int
    error: dict[str, Any]
    what: str
    retry_after: float | None

    @property
    def code(self) -> str:
        """The server's machine code, "" when it sent none."""
        return str(self.error.get("code") or "")

    @property
    def server_says(self) -> str:
        return str(self.error.get("message") or "").strip()

    def words(self) -> dict[str, Any]:
        """The pieces the messages of :data:`_RULES` are written with."""
        says = self.server_says
        reason = str(self.error.get("reason") or "").strip() or says
        minimum = PasswordChangeRequired("", code=self.code, detail=self.error).min_length
        return {
            "status": self.status,
            "about": f" ({self.what})" if self.what else "",
            "server_says": says,
            "says_or_status": says or self.status,
            "colon_says": f": {says}" if says else "",
            "paren_says": f" ({says})" if says else "",
            "colon_reason": f": {reason}" if reason else "",
            "wait": f" unos {self.retry_after:.0f} s" if self.retry_after else " un momento",
            "then": " e intente de nuevo" if self.what == "login" else ". Se reintentará solo",
            "minimum": minimum,
        }


@dataclass(frozen=True)
class _Rule:
    """One kind of error answer: when it applies, what the observer reads (a template
    over :meth:`_Answer.words`) and what the engine does with it."""

    when: Callable[[_Answer], bool]
    message: str
    code: str | None = None  # ours in place of the server's
    fallback: str | None = None  # ours when the server sent none (else http_<status>)
    scope: str = "run"
    retryable: bool | Callable[[_Answer], bool] = False
    retry_after: bool = False  # pass the server's Retry-After on
    kind: type[SyncError] = SyncError

    def error(self, answer: _Answer) -> SyncError:
        retryable = self.retryable(answer) if callable(self.retryable) else self.retryable
        return self.kind(
            self.message.format_map(answer.words()),
            code=self.code or answer.code or self.fallback or f"http_{answer.status}",
            retryable=retryable,
            scope=self.scope,
            status=answer.status,
            detail=answer.error,
            retry_after=answer.retry_after if self.retry_after else None,
        )


def _code(name: str) -> Callable[[_Answer], bool]:
    return lambda a: a.code == name


def _status(status: int) -> Callable[[_Answer], bool]:
    return lambda a: a.status == status


# In order: the first rule that applies describes the answer (a code the server
# names wins over its status, except where a status says more).
_RULES: tuple[_Rule, ...] = (
    _Rule(
        lambda a: a.code == "bad_credentials" or (a.status, a.code, a.what) == (401, "", "login"),
        "El código de observador o la contraseña no son correctos. Revíselos (la "
        "contraseña distingue mayúsculas) o pida al OIC que le asigne una nueva.",
        code="bad_credentials",
    ),
    _Rule(
        _status(401),
        "Su sesión en el servidor del OIC ya no es válida (se cerró o el OIC la revocó). "
        "Inicie sesión de nuevo (observer login o Ajustes → Servidor).",
        fallback="unauthenticated",
    ),
    _Rule(
        _code("password_change_required"),
        "La contraseña que le dio el OIC sirve una sola vez: elija ahora su propia "
        "contraseña (al menos {minimum} caracteres) para iniciar sesión.",
        kind=PasswordChangeRequired,
    ),
    _Rule(
        _code("observer_disabled"),
        "El OIC desactivó su cuenta de observador: no se puede enviar nada. Comuníquese "
        "con el OIC.",
    ),
    _Rule(
        _status(403),
        "El servidor rechazó la operación: el envío pertenece a otro observador. "
        "Revise que inició sesión con su propio código de observador.",
        fallback="forbidden",
        scope="submission",
    ),
    _Rule(
        _code("offset_mismatch"),
        "El servidor tiene otra cantidad de bytes de este archivo; se continúa desde ahí.",
        scope="submission",
    ),
    _Rule(
        _code("incomplete"),
        "El servidor aún no tiene completos todos los archivos del envío; se envían los que "
        "faltan.",
        scope="submission",
    ),
    _Rule(
        _code("not_enrolled"),
        "Su cuenta aún no tiene certificado del OIC, que el servidor exige para recibir "
        "informes. Inicie sesión de nuevo (observer login) para obtenerlo.",
    ),
    _Rule(
        _code("submission_conflict"),
        "El servidor ya tiene un envío con este identificador y otro contenido. Se "
        "preparará de nuevo con otro identificador en el próximo envío.",
        scope="submission",
    ),
    _Rule(
        _status(409),
        "El servidor rechazó el envío por un conflicto{about}: {says_or_status}.",
        scope="submission",
    ),
    _Rule(
        lambda a: a.status == 413 or a.code == "too_large",
        "Un archivo es más grande de lo que acepta el servidor del OIC{about}. Pida al OIC "
        "que aumente el límite, o quite ese archivo en una nueva versión de la auditoría.",
        code="too_large",
        scope="submission",
    ),
    _Rule(
        _code("hash_mismatch"),
        "Un archivo no llegó íntegro al servidor{about}: su huella SHA-256 no coincide. "
        "Se vuelve a enviar desde el inicio.",
        scope="submission",
    ),
    _Rule(
        _code("signature_invalid"),
        "El servidor rechazó la firma del informe{colon_reason}. Genere de nuevo el informe "
        "firmado (observer report o el botón Informe) después de iniciar sesión, para que "
        "quede firmado con su certificado del OIC.",
        scope="submission",
    ),
    _Rule(
        lambda a: a.code == "manifest_mismatch" and a.error.get("reason") == "observer",
        "El servidor no recibe esta auditoría: la hizo otro observador{paren_says}. Cada "
        "observador envía solo sus propias auditorías, desde su carpeta de datos y con su "
        "sesión.",
        scope="submission",
    ),
    _Rule(
        _code("manifest_mismatch"),
        "El servidor encontró diferencias entre la auditoría, su informe y la lista de "
        "archivos{colon_reason}. Genere de nuevo el informe y vuelva a enviar.",
        scope="submission",
    ),
    _Rule(
        _status(404),
        "El servidor no encontró lo que se le pidió{about}. Si acaba de cambiar de servidor, "
        "inicie sesión de nuevo.",
        fallback="not_found",
        scope="submission",
    ),
    _Rule(
        _status(429),
        "Demasiados intentos seguidos; el servidor pide esperar{wait}{then}.",
        fallback="rate_limited",
        retryable=lambda a: a.what != "login",  # a login waits for the observer instead
        retry_after=True,
    ),
    _Rule(
        _status(408),
        "La conexión con el servidor se detuvo a mitad de un envío. Se reintentará "
        "automáticamente desde donde quedó; no necesita hacer nada.",
        fallback="request_timeout",
        retryable=True,
    ),
    _Rule(
        lambda a: a.status >= 500,
        "El servidor del OIC no está disponible por ahora (error {status}). Se reintentará "
        "automáticamente; no necesita hacer nada.",
        fallback="unavailable",
        retryable=True,
        retry_after=True,
    ),
    _Rule(
        # the server's words about a new password (too short, the same as the current)
        lambda a: (a.status, a.what) == (400, "login") and bool(a.server_says),
        "{server_says}",
        fallback="bad_request",
    ),
    _Rule(
        _status(400),
        "El servidor no entendió la petición{colon_says}. Puede que esta versión de "
        "Observador sea antigua: actualícela.",
        fallback="bad_request",
        scope="submission",
    ),
    _Rule(
        lambda a: True,
        "Respuesta inesperada del servidor del OIC (HTTP {status}){colon_says}.",
        scope="submission",
    ),
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
    answer = _Answer(status, error if isinstance(error, dict) else {}, what, retry_after)
    rule = next(r for r in _RULES if r.when(answer))
    return rule.error(answer)


def bad_response(url: str, what: str) -> SyncError:
    """What a server that does not speak protocol v1 answered (a captive portal…)."""
    return SyncError(
        f"{url} no respondió como un servidor del OIC ({what}). Revise la dirección del "
        "servidor; si está en la red de un café u hotel, abra el navegador y acepte sus "
        "condiciones.",
        code="bad_response",
        retryable=False,
    )
