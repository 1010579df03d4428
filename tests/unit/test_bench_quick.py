"""bench/quick.py (``make bench-quick``) fails on a crash or an impossible figure."""

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import budgets  # noqa: E402
import quick  # noqa: E402


def good_store_result() -> dict:
    return {
        "answer_save": {"count": 200, "p99_ms": 1.5},
        "audit_list": {"search_text": {"median_ms": 0.4, "rows": 65}},
        "budgets": budgets.report({"answer_save_p99_ms": 1.5, "audit_query_ms": 0.4}),
    }


def test_a_sound_result_has_no_problems():
    assert budgets.problems("bench_store", good_store_result()) == []


def test_a_missing_budget_figure_is_a_problem():
    result = good_store_result()
    del result["budgets"]["audit_query_ms"]
    assert budgets.problems("bench_store", result) == [
        "bench_store: budget figure 'audit_query_ms' missing"
    ]
    assert budgets.problems("bench_store", {"answer_save": {}}) == [
        "bench_store: no 'budgets' in its JSON"
    ]


@pytest.mark.parametrize(
    ("where", "value", "words"),
    [
        (("answer_save", "p99_ms"), -0.1, "below zero"),
        (("audit_list", "search_text", "rows"), 0, "nothing was measured"),
        (("budgets", "audit_query_ms", "value"), float("nan"), "impossible"),
        (("budgets", "audit_query_ms", "value"), None, "not a number"),
    ],
)
def test_impossible_figures_are_problems(where, value, words):
    result = good_store_result()
    node = result
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    found = budgets.problems("bench_store", result)
    assert found and words in found[0]


def test_every_budget_in_force_belongs_to_a_bench_with_a_quick_size():
    for name, budget in budgets.BUDGETS.items():
        assert budget.bench in quick.QUICK, name
        assert (BENCH / f"{budget.bench}.py").is_file(), name
    assert quick.missing_entries() == []


def fake_bench(folder: Path, name: str, body: str) -> None:
    (folder / f"{name}.py").write_text(body, encoding="utf-8")


def test_a_bench_that_raises_or_hangs_fails_the_quick_run(tmp_path, monkeypatch):
    monkeypatch.setattr(quick, "HERE", tmp_path)
    fake_bench(tmp_path, "bench_store", "raise RuntimeError('la pregunta no aplica')\n")
    result, found, _ = quick.run("bench_store", [], 30, tmp_path)
    assert result is None
    assert "exit 1" in found[0] and "la pregunta no aplica" in found[0]

    fake_bench(tmp_path, "bench_store", "import time\ntime.sleep(30)\n")
    _, found, _ = quick.run("bench_store", [], 1, tmp_path)
    assert "still running" in found[0]

    fake_bench(tmp_path, "bench_store", "print('nothing useful')\n")
    _, found, _ = quick.run("bench_store", [], 30, tmp_path)
    assert "printed no JSON" in found[0]

    good = json.dumps(good_store_result())
    fake_bench(tmp_path, "bench_store", f"import sys\nprint({good!r})\n")
    result, found, _ = quick.run("bench_store", [], 30, tmp_path)
    assert found == [] and result["budgets"]["answer_save_p99_ms"]["within"] is True


def test_a_bench_without_a_quick_size_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(quick, "HERE", tmp_path)
    fake_bench(tmp_path, "bench_new_thing", "")
    assert quick.missing_entries() == ["bench_new_thing: no quick size in bench/quick.py (add one)"]
