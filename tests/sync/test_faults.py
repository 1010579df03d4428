"""Bad links and crashes: every audit arrives exactly once, nothing is sent twice.

The client talks to a real ``oic-server`` through :mod:`proxy`, which drops,
stalls, truncates and resets connections (seeded), or through a server that
is killed with SIGKILL in the middle of an upload and started again.
"""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from conftest import FAST, login, make_audit, manifest_blobs, open_observer
from proxy import FaultProxy, GlobalCut, RandomFaults

from observer_desktop.services import sync
from observer_desktop.sync.policy import RetryPolicy

CHUNK = FAST.max_chunk_bytes
SEEDS = range(20)


def payload(app) -> int:
    """Bytes of every blob of every submission in the outbox (what must cross once)."""
    import json

    total = 0
    for row in app.store.outbox_rows():
        full = app.store.get_outbox(row["submission_id"])
        total += sum(b["size"] for b in json.loads(full["manifest"])["blobs"])
    return total


@pytest.fixture
def proxy(oic):
    with FaultProxy(oic.port) as p:
        yield p


def assert_delivered_exactly_once(oic, app, audits):
    committed = oic.committed()
    for audit in audits:
        mine = [c for c in committed if c[1] == audit["id"]]
        assert len(mine) == 1, f"{audit['id']} committed {len(mine)} times"
        assert app.store.get_audit(audit["id"])["status"] == "delivered"
        rows = app.store.outbox_rows(audit_id=audit["id"])
        assert [r["state"] for r in rows] == ["delivered"]
        assert rows[0]["submission_id"] == mine[0][0]
        assert app.store.get_receipt(rows[0]["submission_id"]) is not None
    blobs = manifest_blobs(app)
    assert blobs and all(oic.blob_ok(sha) for sha in blobs)
    assert sync.outbox(app) == []


@pytest.mark.parametrize("resume", ["same_run", "next_run"])
def test_cut_halfway_through_a_large_file_resends_at_most_one_chunk(
    oic, proxy, observer, tmp_path, resume
):
    login(observer, proxy.url)
    size = 1_500_000
    make_audit(observer, tmp_path / "ev", sizes=(size,), seed=31 if resume == "same_run" else 32)
    armed = {"done": False}

    def cut_at_half(p):
        # the large file is the last blob sent (smallest first); its first half is past
        if not armed["done"] and p.stage == "upload" and p.bytes_done >= p.bytes_total - size // 2:
            armed["done"] = True
            proxy.cut = GlobalCut(at=proxy.bytes_up + CHUNK // 3, kind="reset")

    options = FAST
    if resume == "next_run":  # the link dies and the observer tries again later
        options = dataclasses.replace(FAST, retry=RetryPolicy(base=0.01, max_failures=0))
    first = sync.sync_now(observer, progress=cut_at_half, options=options)
    assert proxy.cut is not None and proxy.cut.fired
    sent = first.chunk_bytes_sent
    if resume == "next_run":
        assert not first.ok and first.error_code == "network"
        assert first.pending and "conexión" in first.pending[0]["error"]
        second = sync.sync_now(observer, options=FAST)
        assert second.ok, second.to_json()
        sent += second.chunk_bytes_sent
    else:
        assert first.ok, first.to_json()
    again = sent - payload(observer)
    assert 0 < again <= CHUNK, f"sent {again} bytes twice (chunk {CHUNK})"
    assert_delivered_exactly_once(oic, observer, observer.list_audits())


@pytest.mark.parametrize("seed", SEEDS)
def test_seeded_faults_deliver_every_audit_exactly_once(oic, proxy, tmp_path, mini_form_dir, seed):
    app = open_observer(tmp_path / f"laptop-{seed}", mini_form_dir)
    try:
        login(app, proxy.url)
        audits = [
            make_audit(
                app,
                tmp_path / "ev",
                sizes=((seed * 7919 + i * 104_729) % 180_000 + 1, 65_536 + i),
                seed=seed * 100 + i,
            )
            for i in range(2)
        ]
        proxy.plan = RandomFaults(
            seed, rate=0.5, guaranteed=2, max_after_up=350_000, stall_seconds=1.0
        )
        options = dataclasses.replace(FAST, stall_timeout=0.6)
        for _ in range(5):  # the observer presses "sync" again if a run gives up
            outcome = sync.sync_now(app, options=options)
            if outcome.ok:
                break
        proxy.plan = None
        assert outcome.ok, (outcome.to_json(), proxy.faults)
        assert proxy.faults  # the link really was bad
        assert_delivered_exactly_once(oic, app, audits)
        assert app.verify_custody() == []
    finally:
        app.close()


def test_server_killed_mid_upload_and_restarted(own_oic, observer, tmp_path):
    own_oic.start()
    login(observer, own_oic)
    size = 3_000_000
    audit = make_audit(observer, tmp_path / "ev", sizes=(size,), seed=41)
    state = {"bytes": 0, "total": 0}
    killed = threading.Event()
    restarted = threading.Event()

    def watch():
        # kill from outside the client, at whatever point the upload happens to be
        while not killed.is_set():
            if state["total"] and state["bytes"] >= state["total"] - size * 2 // 3:
                own_oic.kill()
                killed.set()
                time.sleep(0.3)
                own_oic.start()
                restarted.set()
                return
            time.sleep(0.005)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()

    def progress(p):
        if p.bytes_total:
            state["bytes"], state["total"] = p.bytes_done, p.bytes_total

    options = dataclasses.replace(FAST, retry=RetryPolicy(base=0.05, cap=0.5, max_failures=200))
    outcome = sync.sync_now(observer, progress=progress, options=options)
    watcher.join(60)
    assert killed.is_set() and restarted.is_set()
    assert outcome.ok, outcome.to_json()
    again = outcome.chunk_bytes_sent - payload(observer)
    assert 0 <= again <= CHUNK, f"sent {again} bytes twice (chunk {CHUNK})"
    assert_delivered_exactly_once(own_oic, observer, [audit])


def test_commit_answer_lost_still_gives_exactly_one_receipt(oic, proxy, observer, tmp_path):
    """The server commits but the answer never arrives: the retry gets the same receipt."""
    login(observer, proxy.url)
    audit = make_audit(observer, tmp_path / "ev", sizes=(10_000,), seed=51)

    def lose_commit_answer(p):
        if p.stage == "commit" and proxy.cut is None:
            proxy.cut = GlobalCut(at=proxy.bytes_down + 20, kind="truncate", direction="down")

    outcome = sync.sync_now(observer, progress=lose_commit_answer, options=FAST)
    assert proxy.cut is not None and proxy.cut.fired
    assert outcome.ok, outcome.to_json()
    assert_delivered_exactly_once(oic, observer, [audit])


def test_crash_after_commit_before_the_receipt_is_stored(oic, observer, tmp_path, monkeypatch):
    """The laptop dies between the server's commit and its own transaction: no duplicate."""
    login(observer, oic)
    audit = make_audit(observer, tmp_path / "ev", seed=52)

    def power_cut(*args, **kwargs):
        raise KeyboardInterrupt  # the process stops right here

    from observer_desktop.services.sync import deliver

    monkeypatch.setattr(deliver, "_mark_delivered", power_cut)
    with pytest.raises(KeyboardInterrupt):
        sync.sync_now(observer, options=FAST)
    monkeypatch.undo()
    assert [r["state"] for r in observer.store.outbox_rows()] == ["queued"]
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.ok and outcome.chunk_bytes_sent == 0
    assert_delivered_exactly_once(oic, observer, [audit])


def test_cancel_mid_upload_keeps_what_was_sent(oic, observer, tmp_path):
    from observer_desktop.sync.policy import SyncControl

    login(observer, oic)
    size = 800_000
    audit = make_audit(observer, tmp_path / "ev", sizes=(size,), seed=53)
    control = SyncControl()

    def cancel_at_half(p):
        if p.stage == "upload" and p.bytes_done >= p.bytes_total - size // 2:
            control.cancel()  # the observer pressed "cancel"

    first = sync.sync_now(observer, progress=cancel_at_half, control=control, options=FAST)
    assert first.cancelled and not first.ok and first.error is None
    assert sync.sync_status(observer).unsent == 1
    second = sync.sync_now(observer, options=FAST)
    assert second.ok
    assert first.chunk_bytes_sent + second.chunk_bytes_sent == payload(observer)  # none twice
    assert_delivered_exactly_once(oic, observer, [audit])
