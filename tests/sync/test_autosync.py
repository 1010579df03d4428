"""Background sync: the app notices the server coming back and delivers without being asked."""

from __future__ import annotations

import threading

from conftest import FAST, login, make_audit

from observer_desktop.services import sync


def test_background_sync_delivers_when_the_server_comes_back(own_oic, observer, tmp_path):
    own_oic.start()
    login(observer, own_oic)
    own_oic.stop()  # the village link goes down
    audit = make_audit(observer, tmp_path / "ev", sizes=(120_000,), seed=101)

    results: list[sync.SyncResult] = []
    progress: list[sync.SyncProgress] = []
    statuses: list[sync.SyncStatus] = []
    delivered = threading.Event()

    def on_result(result):
        results.append(result)
        if result.delivered:
            delivered.set()

    auto = sync.AutoSync(
        observer.data_dir,
        on_progress=progress.append,
        on_result=on_result,
        on_status=statuses.append,
        options=FAST,
        probe_interval=0.1,
        probe_timeout=1.0,
    )
    auto.start()
    try:
        # it keeps probing and finds nobody: nothing is attempted, nothing fails loudly
        for _ in range(50):
            if len(statuses) >= 3:
                break
            threading.Event().wait(0.05)
        assert statuses and results == []
        assert statuses[-1].unsent == 1  # the signed audit was queued for the next chance
        own_oic.start()  # the link is back
        assert delivered.wait(60), results
    finally:
        auto.stop()
    assert observer.store.get_audit(audit["id"])["status"] == "delivered"
    assert any(p.stage == "upload" and p.bytes_done for p in progress)
    assert sync.sync_status(observer).unsent == 0


def test_background_sync_can_be_turned_off_and_still_synced_by_hand(oic, observer, tmp_path):
    login(observer, oic)
    observer.store.set_setting(sync.AUTO_SYNC_KEY, False)
    make_audit(observer, tmp_path / "ev", seed=102)
    done = threading.Event()
    results: list[sync.SyncResult] = []
    statuses: list[sync.SyncStatus] = []

    def on_result(result):
        results.append(result)
        done.set()

    auto = sync.AutoSync(
        observer.data_dir,
        on_result=on_result,
        on_status=statuses.append,
        options=FAST,
        probe_interval=0.05,
    )
    auto.start()
    try:
        for _ in range(100):
            if len(statuses) >= 4:
                break
            threading.Event().wait(0.02)
        assert results == [] and not statuses[-1].auto
        auto.pause()
        auto.sync_now()  # the observer pressed "sync now": that also resumes
        assert done.wait(60)
    finally:
        auto.stop()
    assert results[0].ok and len(results[0].delivered) == 1
