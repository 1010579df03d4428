"""The one change signal (ui/changes.py): an op's change reaches subscribers once, then
its own success callback runs; a failed op changes nothing and says nothing."""

from __future__ import annotations

import pytest

from observer_desktop.services.changes import AuditChange


def _ops(tasks):
    seen: list[tuple] = []
    tasks.changes.changed.connect(lambda change, who: seen.append(("changed", change, who)))
    return seen


def test_a_service_change_is_emitted_once_before_the_ops_success(qtbot, tasks):
    seen = _ops(tasks)
    done = []
    who = object()
    change = AuditChange("a1", answers={("q", None)})
    op = tasks.run_op(lambda: change, initiator=who)
    op.success(lambda result: (done.append(result), seen.append(("success", result))))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert [entry[0] for entry in seen] == ["changed", "success"]
    assert seen[0][1] is change and seen[0][2] is who
    tasks.wait()
    qtbot.wait(50)  # nothing else arrives later
    assert len([e for e in seen if e[0] == "changed"]) == 1


def test_a_declared_change_is_built_from_the_result(qtbot, tasks):
    seen = _ops(tasks)
    done = []
    tasks.run_op(
        lambda: 3, change=lambda index: AuditChange("a1", items=True, value=index)
    ).success(done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [3]
    ((_kind, change, who),) = seen
    assert change.items and change.value == 3 and who is None


def test_a_failed_op_emits_nothing_and_reaches_its_failure_handler(qtbot, tasks):
    seen = _ops(tasks)
    failures = []

    def boom():
        raise ValueError("no")

    tasks.run_op(boom, change=AuditChange("a1")).failure(lambda exc, tb: failures.append(str(exc)))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == ["no"] and seen == []


def test_run_long_op_emits_its_change_and_reports_progress(qtbot, tasks):
    seen = _ops(tasks)
    progress, done = [], []

    def work(handle):
        handle.progress(1, force=True)
        return "ok"

    op, _handle = tasks.run_long_op(
        work, change=AuditChange("a1", evidence=True), on_progress=progress.append
    )
    op.success(done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["ok"] and progress == [1]
    assert len(seen) == 1 and seen[0][1].evidence


def test_merge_and_listed():
    a = AuditChange("a1", answers={("q", None)})
    b = AuditChange("a2", status=True)
    both = a.merge(b)
    assert both.audit_id is None and both.touched == {"a1", "a2"}
    assert both.answers == {("q", None)} and both.status
    assert a.listed and a.only_answers
    assert not AuditChange(None, sessions=True).listed
    assert AuditChange("a1", findings=True).listed  # a manual finding moves "updated"
    assert not AuditChange("a1", evidence=True).only_answers


def test_an_op_with_no_change_is_a_programming_error():
    from observer_desktop.ui.changes import ChangeHub, Op

    with pytest.raises(TypeError, match="declared none"):
        Op(ChangeHub(), None, None).change_of("not a change")
