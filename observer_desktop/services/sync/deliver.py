"""Delivering: :func:`sync_now`, one run (queue what is signed, prepare, send only what
the server lacks, store each verified receipt with the "delivered" mark in one
transaction, then new checklists and reviews), and the lock that keeps one sync per
data folder."""

from __future__ import annotations

import contextlib
import os
import platform
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from observer_desktop.core.errors import InputError, os_reason
from observer_desktop.services import keys, settings
from observer_desktop.services.app import Observador
from observer_desktop.services.sync.agenda import AgendaSynced, _sync_agenda
from observer_desktop.services.sync.checklists import _fetch_forms
from observer_desktop.services.sync.crl import own_revocation, refresh_crl
from observer_desktop.services.sync.outbox import (
    PENDING_STATES,
    REPREPARE_CODES,
    _mark_failed,
    _note_error,
    _reset_for_reprepare,
    not_ready,
    outbox,
    queue_signed,
)
from observer_desktop.services.sync.prepare import _prepare
from observer_desktop.services.sync.record import fetch_records
from observer_desktop.services.sync.reviews import _fetch_reviews
from observer_desktop.services.sync.server import (
    SyncOptions,
    _check_pins,
    _client,
    _clock_warning,
    _server_config,
    _with_retries,
)
from observer_desktop.services.sync.session import (
    _enroll,
    _file_token,
    _forget_session,
    _keyring_token,
    _not_logged_in,
)
from observer_desktop.services.sync.sessions import SessionsSynced, _sync_sessions
from observer_desktop.services.sync.status import _set_state
from observer_desktop.services.sync_keys import SERVER_KEY
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import Meta, ProtocolClient
from observer_desktop.sync.engine import Outgoing, ProgressTracker, SyncProgress, send_submission
from observer_desktop.sync.errors import Cancelled, SyncError
from observer_desktop.sync.pacing import ChunkPacer
from observer_desktop.sync.policy import Retrier, SyncControl
from observer_desktop.sync.receipts import manifest_sha256, verify_receipt

ProgressFn = Callable[[SyncProgress], None]


@dataclass
class SyncResult:
    server: str | None = None
    delivered: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    forms_added: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    error_code: str | None = None
    cancelled: bool = False
    # finalized audits without a signed report: not sendable yet (they need one)
    not_ready: list[dict[str, Any]] = field(default_factory=list)
    chunk_bytes_sent: int = 0  # evidence/report/audit bytes handed to the network
    requests: int = 0
    # participation sessions sent, removed, refused, and the OIC's decisions read
    sessions: SessionsSynced = field(default_factory=SessionsSynced)
    # the OIC's agenda read, sign-ups and withdrawals sent, their states read
    agenda: AgendaSynced = field(default_factory=AgendaSynced)
    # submissions whose copy of record (timestamped by the OIC) was downloaded this run
    records: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.pending and self.error is None and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "ok": self.ok,
            "delivered": self.delivered,
            "pending": self.pending,
            "reviews": self.reviews,
            "forms_added": self.forms_added,
            "warnings": self.warnings,
            "error": self.error,
            "error_code": self.error_code,
            "cancelled": self.cancelled,
            "not_ready": self.not_ready,
            "chunk_bytes_sent": self.chunk_bytes_sent,
            "requests": self.requests,
            "sessions": self.sessions.to_json(),
            "agenda": self.agenda.to_json(),
            "records": self.records,
        }


@contextlib.contextmanager
def _sync_lock(app: Observador) -> Iterator[None]:
    """One sync per data folder at a time (the app and a script may both try)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the server's idempotency still holds
        yield
        return
    path = app.data_dir / "sync.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SyncError(
                "Ya hay un envío en curso desde esta carpeta de datos (la aplicación u otro "
                "comando observer sync). Espere a que termine.",
                code="busy",
            ) from None
        yield
    finally:
        os.close(fd)  # releases the lock


def sync_now(
    app: Observador,
    *,
    token: str | None = None,
    password: str | None = None,
    progress: ProgressFn | None = None,
    should_cancel: Callable[[], bool] | None = None,
    control: SyncControl | None = None,
    ask: keys.PassphraseProvider | None = None,
    options: SyncOptions | None = None,
) -> SyncResult:
    """Deliver everything in the outbox, then fetch reviews and new checklists.

    The token comes from ``token`` (held in memory by the UI), else the keyring,
    else a login with ``password`` for this run only (revoked at the end), else
    the encrypted token file, opened with the key's passphrase (``ask``).
    Missing configuration raises :class:`InputError`; everything that happens
    after the first request is reported in the :class:`SyncResult` (and in
    :func:`sync_status`), never raised.
    """
    options = options or SyncOptions()
    control = control or SyncControl(should_cancel)
    url, config = _logged_in_server(app)
    token, kept = _session_token(app, url, token=token, password=password, ask=ask)
    result = SyncResult(server=url)
    tracker = ProgressTracker(progress)
    with _sync_lock(app):
        queue_signed(app)  # before any request: offline, they count as pending too
        _set_state(app, last_attempt_at=now_iso())
        client = _client(app, url, token, options)
        ephemeral = False  # logged in for this run only: logged out at the end
        try:
            tracker.emit(stage="connect", message="Conectando con el servidor del OIC…")
            if not token:
                _log_in_for_run(app, client, password, options)
                ephemeral = True
            _run(app, client, config, result, tracker, control, ask, options)
        except Cancelled:
            result.cancelled = True
        except SyncError as exc:
            result.error, result.error_code = str(exc), exc.code
            if exc.code == "unauthenticated" and kept:
                _forget_session(app, url)  # revoked on the server: status must say so
        finally:
            _close_client(client, result, log_out=ephemeral)
        _record_outcome(app, result)
        tracker.emit(stage="done", message="")
    return result


def _session_token(
    app: Observador,
    url: str,
    *,
    token: str | None,
    password: str | None,
    ask: keys.PassphraseProvider | None,
) -> tuple[str | None, bool]:
    """(the token to send with, whether it is this computer's: keyring or file, to forget
    if revoked); None when a ``password`` logs in for this run only."""
    kept = False
    if not token:
        token = _keyring_token(app, url) or (None if password else _file_token(app, url, ask))
        kept = token is not None
    if not token and not password:
        raise _not_logged_in(url)
    return token, kept


def _log_in_for_run(
    app: Observador, client: ProtocolClient, password: str | None, options: SyncOptions
) -> None:
    """A login with ``password`` for this run only; the client carries its token."""
    code = settings.login_code(app)
    answer = client.login(code, password or "", options.device or platform.node() or "laptop")
    client.token = str(answer["token"])


def _close_client(client: ProtocolClient, result: SyncResult, *, log_out: bool) -> None:
    """The run's counters into ``result``, and the client closed; logged out first when
    its token was for this run only."""
    if log_out:
        with contextlib.suppress(SyncError):
            client.logout()
    result.chunk_bytes_sent = client.stats.chunk_bytes_sent
    result.requests = client.stats.requests
    client.close()


def _logged_in_server(app: Observador) -> tuple[str, dict[str, Any]]:
    """The server address and what was pinned at its login; refuses before any request."""
    url = settings.server_url(app)
    config = _server_config(app)
    if not url:
        raise InputError(
            "No hay servidor del OIC configurado. Inicie sesión primero: "
            "observer login --server https://… --code SU-CODIGO."
        )
    if not config or config.get("url") != url:
        raise InputError(
            f"Aún no ha iniciado sesión en {url} desde esta computadora (o cambió la dirección "
            f"del servidor). Inicie sesión: observer login --server {url} --code SU-CODIGO."
        )
    return url, config


def _record_outcome(app: Observador, result: SyncResult) -> None:
    """What is still pending, and the run's outcome where :func:`sync_status` reads it."""
    result.pending = outbox(app)
    result.not_ready = not_ready(app)
    state: dict[str, Any] = {"warnings": result.warnings}
    if result.error:
        state.update(last_error=result.error, last_error_code=result.error_code)
    elif result.pending and not result.cancelled:
        first = next((p for p in result.pending if p["error"]), None)
        state.update(
            last_error=first["error"] if first else None,
            last_error_code=first["error_code"] if first else None,
        )
    else:
        state.update(last_error=None, last_error_code=None)
    if result.ok:
        state["last_success_at"] = now_iso()
    _set_state(app, **state)


def _run(
    app: Observador,
    client: ProtocolClient,
    config: dict[str, Any],
    result: SyncResult,
    tracker: ProgressTracker,
    control: SyncControl,
    ask: keys.PassphraseProvider | None,
    options: SyncOptions,
) -> None:
    def on_wait(delay: float, error: SyncError) -> None:
        tracker.emit(stage="waiting", retry_in=delay, message=str(error))

    retrier = Retrier(options.retry, control, on_wait=on_wait)
    meta, config = _refresh_server(app, client, config, result, retrier, control)
    _check_revocation(app, client, meta, config, result, ask)
    rows = _rows_to_send(app, options)
    tracker.emit(stage="prepare", message="Preparando los envíos…")
    outgoing = _prepare_all(app, rows, config, control, ask)
    tracker.set_totals(
        files=sum(len(o.sources) for _, o in outgoing),
        nbytes=sum(sum(s.size for s in o.sources.values()) for _, o in outgoing),
        submissions=len(outgoing),
    )
    chunk = meta.chunk_bytes
    if options.max_chunk_bytes:
        chunk = min(chunk, options.max_chunk_bytes)
    pacer = ChunkPacer(chunk)  # one per run: what it learns of the line serves every submission
    _deliver_all(app, client, outgoing, result, config=config, chunk_bytes=chunk, pacer=pacer,
                 retrier=retrier, control=control, tracker=tracker)  # fmt: skip
    tracker.emit(stage="records", message="Descargando las copias selladas por el OIC…")
    result.records = fetch_records(app, client, result.warnings)
    tracker.emit(stage="sessions", message="Enviando sesiones de participación…")
    result.sessions = _sync_sessions(app, client, retrier, control)
    tracker.emit(stage="agenda", message="Consultando la agenda del OIC…")
    result.agenda = _sync_agenda(app, client, retrier, control)
    if options.fetch_forms:
        _collect_forms(app, client, result, tracker)
    tracker.emit(stage="reviews", message="Consultando revisiones del OIC…")
    result.reviews = _fetch_reviews(app, client, retrier, control)


def _deliver_all(
    app: Observador,
    client: ProtocolClient,
    outgoing: list,
    result: SyncResult,
    **each: Any,
) -> None:
    """Send each prepared submission in turn (``each``: what :func:`_deliver` needs besides
    the row and the item). A refusal of one submission is kept on it and the rest go; any
    other error stops the run."""
    control, tracker = each["control"], each["tracker"]
    done = 0
    for row, item in outgoing:
        control.checkpoint()
        sid = row["submission_id"]
        tracker.emit(current=item.label, message=f"Enviando «{item.label}»…")
        try:
            delivered = _deliver(app, client, row, item, **each)
            if delivered is not None:
                result.delivered.append(delivered)
            done += 1
            tracker.emit(submissions_done=done)
        except SyncError as exc:
            if exc.scope == "submission" and not exc.retryable:
                _mark_failed(app, sid, exc)
                continue
            _note_error(app, sid, exc)
            raise


def _refresh_server(
    app: Observador,
    client: ProtocolClient,
    config: dict[str, Any],
    result: SyncResult,
    retrier: Retrier,
    control: SyncControl,
) -> tuple[Meta, dict[str, Any]]:
    """The server's /meta, checked against the pins; its current limits are kept."""
    meta = _with_retries(client.meta, retrier, control, first_contact=True)
    _check_pins(config, client.server_url, meta)
    if (w := _clock_warning(meta)) is not None:
        result.warnings.append(w)
    config = {**config, "limits": meta.limits}
    with app.database.transaction():
        app.store.set_setting(SERVER_KEY, config)
    return meta, config


def _check_revocation(
    app: Observador,
    client: ProtocolClient,
    meta: Meta,
    config: dict[str, Any],
    result: SyncResult,
    ask: keys.PassphraseProvider | None,
) -> None:
    """The OIC's CRL fetched and kept (a failure is a warning), then enrollment: a
    certificate of this laptop that the CRL lists is replaced by a new one when the OIC
    lets the observer enroll again; until then the observer is told it was revoked. A
    login that could not enroll tries again here too; a failure is a warning."""
    crl = refresh_crl(app, client)
    told = len(result.warnings)  # told before enrolling: a refused enrollment stops the run
    result.warnings.extend(crl.warnings)
    if not keys.enrolled_with(app, config["ca_pem"]):
        try:
            _enroll(app, client, meta, ask=ask)
        except InputError as exc:
            result.warnings.append(str(exc))
        except SyncError as exc:
            if exc.scope == "run" and exc.code not in ("enroll_mismatch",):
                raise
            result.warnings.append(str(exc))
    if crl.own_revoked is not None and own_revocation(app, config["ca_pem"]) is None:
        result.warnings[told] = (
            "El OIC había revocado su certificado de firma; ya se obtuvo uno nuevo. Los "
            "informes pendientes se firmarán de nuevo con él."
        )


def _rows_to_send(app: Observador, options: SyncOptions) -> list[dict[str, Any]]:
    """The outbox rows this run sends; a refused manifest is prepared again, new id."""
    states = PENDING_STATES if options.retry_failed else ("queued",)
    rows = app.store.outbox_rows(states=states)
    for r in rows:
        if r["state"] == "failed" and r["error_code"] in REPREPARE_CODES and not r["exported_at"]:
            _reset_for_reprepare(app, r)
    rows = [app.store.get_outbox(r["submission_id"]) for r in app.store.outbox_rows(states=states)]
    return [r for r in rows if r is not None]


def _prepare_all(
    app: Observador,
    rows: list[dict[str, Any]],
    config: dict[str, Any],
    control: SyncControl,
    ask: keys.PassphraseProvider | None,
) -> list[tuple[dict[str, Any], Outgoing]]:
    """What to send for each row; a row that cannot be prepared fails with the reason."""
    outgoing: list[tuple[dict[str, Any], Outgoing]] = []
    for row in rows:
        control.checkpoint()
        try:
            outgoing.append((row, _prepare(app, row, config=config, ask=ask)))
        except SyncError as exc:
            _mark_failed(app, row["submission_id"], exc)
        except InputError as exc:
            _mark_failed(app, row["submission_id"], SyncError(str(exc), code="prepare"))
    return outgoing


def _deliver(
    app: Observador,
    client: ProtocolClient,
    row: dict[str, Any],
    item: Outgoing,
    *,
    config: dict[str, Any],
    chunk_bytes: int,
    pacer: ChunkPacer,
    retrier: Retrier,
    control: SyncControl,
    tracker: ProgressTracker,
) -> dict[str, Any] | None:
    """One submission: counted as an attempt, sent, its receipt verified and stored."""
    sid = row["submission_id"]
    with app.database.transaction():
        app.store.update_outbox(
            sid,
            attempts=(row["attempts"] or 0) + 1,
            first_sent_at=row["first_sent_at"] or now_iso(),
            updated_at=now_iso(),
        )
    body = send_submission(
        client,
        item,
        chunk_bytes=chunk_bytes,
        pacer=pacer,
        retrier=retrier,
        control=control,
        tracker=tracker,
    )
    signed = verify_receipt(
        body,
        public_key_pem=config["receipt_key_pem"],
        submission_id=sid,
        manifest=item.manifest,
    )
    return _mark_delivered(app, row, item, signed, server=client.server_url)


def _collect_forms(
    app: Observador, client: ProtocolClient, result: SyncResult, tracker: ProgressTracker
) -> None:
    """Checklists new on the server; only a failure of the whole run stops the run."""
    tracker.emit(stage="forms", message="Buscando listas de verificación nuevas…")
    try:
        result.forms_added = _fetch_forms(app, client, result.warnings)
    except SyncError as exc:
        if exc.scope == "run":
            raise
        result.warnings.append(str(exc))
    except OSError as exc:
        result.warnings.append(
            f"No se pudieron guardar las listas de verificación nuevas: {os_reason(exc)}."
        )


def _mark_delivered(
    app: Observador,
    row: dict[str, Any],
    item: Outgoing,
    signed: dict[str, Any],
    *,
    server: str,
) -> dict[str, Any] | None:
    """Receipt, outbox mark, audit status and custody entry: one transaction."""
    receipt = signed["receipt"]
    sid = row["submission_id"]
    with app.database.transaction():
        current = app.store.get_outbox(sid)
        if current is None or current["state"] == "delivered":
            return None  # another process stored it first
        if app.store.get_receipt(sid) is None:
            app.store.insert_receipt(sid, signed, receipt["received_at"])
        now = now_iso()
        app.store.update_outbox(
            sid,
            state="delivered",
            delivered_at=now,
            last_error=None,
            error_code=None,
            updated_at=now,
            review_state=current["review_state"] or "received",
        )
        audit = app.store.get_audit(row["audit_id"])
        if audit is not None and audit["status"] in ("queued", "signed", "finalized"):
            app.store.update_audit(row["audit_id"], status="delivered")
        app.store.append_custody(
            row["audit_id"],
            "submission.delivered",
            {
                "submission_id": sid,
                "server": server,
                "received_at": receipt["received_at"],
                "manifest_sha256": manifest_sha256(item.manifest),
                "receipt_signature": signed["signature"],
                **(
                    {"record_sha256": receipt["record_sha256"]}
                    if receipt.get("record_sha256")
                    else {}
                ),
            },
            actor=app.actor(),
        )
    return {
        "submission_id": sid,
        "audit": row["audit_id"],
        "audit_version": row["audit_version"],
        "title": item.label,
        "received_at": receipt["received_at"],
    }
