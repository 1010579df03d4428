from observer_desktop.core.canonical import ZERO_HASH, canonical_hash, canonical_json
from observer_desktop.core.custody import entry_hash, verify_chain


def make_chain(n=4, audit="a1"):
    entries, prev = [], ZERO_HASH
    for i in range(1, n + 1):
        e = {
            "n": i,
            "at": f"2026-01-0{i}T00:00:00Z",
            "actor": "OBS-1",
            "action": "answer.set",
            "details": {"question": f"q{i}", "value": i},
            "prev_hash": prev,
        }
        e["hash"] = entry_hash(
            audit_id=audit,
            **{k: e[k] for k in ("n", "at", "actor", "action", "details")},
            prev_hash=prev,
        )
        prev = e["hash"]
        entries.append(e)
    return entries


def test_intact_chain():
    chain = make_chain()
    assert verify_chain("a1", chain, head_hash=chain[-1]["hash"], head_count=4) is None


def test_edited_entry_is_the_first_break():
    chain = make_chain()
    chain[1] = {**chain[1], "details": {"question": "q2", "value": 99}}
    problem = verify_chain("a1", chain)
    assert problem.n == 2 and "modificado" in problem.reason


def test_removed_entry():
    chain = make_chain()
    del chain[1]
    assert verify_chain("a1", chain).n == 2


def test_reordered_entries():
    chain = make_chain()
    chain[1], chain[2] = chain[2], chain[1]
    assert verify_chain("a1", chain).n == 2


def test_truncated_tail_caught_by_head():
    chain = make_chain()
    problem = verify_chain("a1", chain[:3], head_hash=chain[-1]["hash"], head_count=4)
    assert problem is not None and "4 entradas" in problem.reason


def test_chain_of_another_audit_does_not_verify():
    assert verify_chain("otra", make_chain()).n == 1


def test_canonical_json_is_stable_and_utf8():
    a = {"b": 1, "a": [1.0, "ñandú"], "c": {"z": None, "y": True}}
    b = {"c": {"y": True, "z": None}, "a": [1, "ñandú"], "b": 1}
    assert canonical_json(a) == canonical_json(b)
    assert canonical_json(a) == '{"a":[1,"ñandú"],"b":1,"c":{"y":true,"z":null}}'.encode()
    assert canonical_hash(a) == canonical_hash(b)
