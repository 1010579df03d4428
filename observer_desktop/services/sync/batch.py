"""Delivery on a USB stick: :func:`export_batch` writes the queued submissions to a
signed ``*.obsbatch`` for ``oic-server ingest``; the next online sync collects their
receipts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.services.sync.deliver import _sync_lock
from observer_desktop.services.sync.outbox import (
    PENDING_STATES,
    REPREPARE_CODES,
    _mark_failed,
    _reset_for_reprepare,
    queue_signed,
)
from observer_desktop.services.sync.prepare import _prepare
from observer_desktop.services.sync.server import _server_config
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.batch import write_batch
from observer_desktop.sync.engine import Outgoing
from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.policy import SyncControl


def export_batch(
    app: Observador,
    path: Path,
    *,
    ask: keys.PassphraseProvider | None = None,
    control: SyncControl | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write every queued submission to a signed batch for ``oic-server ingest``.

    Needs the OIC certificate (one login, ever) and the signing key's
    passphrase. The submissions stay queued: the next online sync gets their
    receipts from the server ("committed" answer) and marks them delivered.
    """
    with _sync_lock(app):
        return _export_batch(app, Path(path), ask=ask, control=control, on_bytes=on_bytes)


def _export_batch(
    app: Observador,
    path: Path,
    *,
    ask: keys.PassphraseProvider | None,
    control: SyncControl | None,
    on_bytes: Callable[[int], None] | None,
) -> dict[str, Any]:
    control = control or SyncControl()
    config = _server_config(app)
    if not config:
        raise InputError(
            "Para entregar en USB necesita antes el certificado del OIC: inicie sesión una vez "
            "(observer login --server … --code …) desde una conexión a internet."
        )
    if not keys.enrolled_with(app, config["ca_pem"]):
        raise InputError(
            "Su llave de firma aún no tiene el certificado del OIC, que el servidor exige para "
            "aceptar un lote. Inicie sesión (observer login) para obtenerlo."
        )
    items, problems = _prepare_queued(app, config, ask)
    if not items:
        raise InputError(
            "No hay envíos en la cola que se puedan exportar."
            + (" " + " ".join(problems) if problems else "")
        )
    profile = app.profile() or {}
    summary = write_batch(
        Path(path),
        observer_code=str(profile.get("observer_code", "")),
        submissions=[o for _, o in items],
        certificate_pem=keys.certificate_pem(app),
        sign=lambda data: keys.sign_bytes(app, data, ask),
        control=control,
        on_bytes=on_bytes,
    )
    now = now_iso()
    with app.database.transaction():
        for row, _ in items:
            app.store.update_outbox(row["submission_id"], exported_at=now, updated_at=now)
            app.store.append_custody(
                row["audit_id"],
                "submission.exported",
                {"submission_id": row["submission_id"], "file": Path(path).name},
                actor=app.actor(),
            )
    summary["audits"] = [
        {"audit": row["audit_id"], "version": row["audit_version"], "title": o.label}
        for row, o in items
    ]
    summary["problems"] = problems
    return summary


def _prepare_queued(
    app: Observador, config: dict[str, Any], ask: keys.PassphraseProvider | None
) -> tuple[list[tuple[dict, Outgoing]], list[str]]:
    """Every queued submission prepared, and why the others failed."""
    queue_signed(app)
    for r in app.store.outbox_rows(states=("failed",)):
        if r["error_code"] in REPREPARE_CODES and not r["exported_at"]:
            _reset_for_reprepare(app, r)
    items: list[tuple[dict, Outgoing]] = []
    problems: list[str] = []
    for r in app.store.outbox_rows(states=PENDING_STATES):
        row = app.store.get_outbox(r["submission_id"])
        if row is None:
            continue
        try:
            items.append((row, _prepare(app, row, config=config, ask=ask)))
        except SyncError as exc:
            _mark_failed(app, row["submission_id"], exc)
            problems.append(str(exc))
    return items, problems
