"""Output contract: exchange log v1 lines (spec section 1), labels (section 4), order, determinism."""

from __future__ import annotations

import datetime as dt
import gzip
import ipaddress

import orjson

import pytest

from distillguard.sim import load_scenario, simulate
from distillguard.sim.simulate import build


def _ts(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def test_every_line_is_a_valid_exchange(mini):
    rows = mini["rows"]
    assert len(rows) > 3000
    ids = set()
    for r in rows:
        assert isinstance(r["account_id"], str) and r["account_id"]
        assert _ts(r["ts"]).tzinfo is not None
        assert ("messages" in r) != ("prompt" in r)
        for m in r["messages"]:
            assert m["role"] in ("system", "user", "assistant", "tool")
            assert m["content"] is None or isinstance(m["content"], str)
        assert r["messages"][-1]["role"] in ("user", "tool")
        ipaddress.ip_address(r["ip"])
        assert isinstance(r["params"], dict)
        assert isinstance(r["status"], int)
        assert set(r["usage"]) == {"input_tokens", "output_tokens", "reasoning_tokens"}
        assert r["usage"]["input_tokens"] > 0
        if r["status"] == 200:
            assert isinstance(r["response"], str)
        else:
            assert "response" not in r and r["usage"]["output_tokens"] == 0
        _ts(r["account_created"])
        assert r["id"] not in ids
        ids.add(r["id"])


def test_output_is_time_ordered(mini):
    ts = [_ts(r["ts"]) for r in mini["rows"]]
    assert all(a <= b for a, b in zip(ts, ts[1:]))
    start = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    assert ts[0] >= start and ts[-1] < start + dt.timedelta(days=1, hours=2)


def test_labels_cover_exactly_the_accounts_in_traffic(mini):
    labels = mini["labels"]
    assert labels["version"] == 1
    in_traffic = {r["account_id"] for r in mini["rows"]}
    assert in_traffic == set(labels["accounts"])
    for aid, lab in labels["accounts"].items():
        if lab["label"] == "campaign":
            assert lab["campaign_id"] and lab["tactic"]
        else:
            assert lab["label"] == "benign" and lab["population"]


def test_campaign_membership_is_consistent(mini):
    labels = mini["labels"]
    by_campaign: dict[str, set] = {}
    for aid, lab in labels["accounts"].items():
        if lab["label"] == "campaign":
            by_campaign.setdefault(lab["campaign_id"], set()).add(aid)
    for cid, meta in labels["campaigns"].items():
        assert meta["accounts"] == len(by_campaign.get(cid, ()))
    assert set(by_campaign) == {"c-hydra", "c-slow", "c-agent"}
    # The reseller-hidden campaign is labelled by end user, and those end users do appear.
    eus = labels["end_users"]
    assert eus and all(v["campaign_id"] == "c-mixed" for v in eus.values())
    seen_eu = {r.get("end_user") for r in mini["rows"]}
    assert set(eus) <= seen_eu
    host = next(iter(eus.values()))["account_ids"][0]
    assert labels["accounts"][host] == {"label": "benign", "population": "reseller", "mixed_campaigns": ["c-mixed"]}
    assert labels["campaigns"]["c-mixed"]["end_users"] == len(eus)


def test_benign_populations_all_present(mini):
    pops = {lab.get("population") for lab in mini["labels"]["accounts"].values()}
    assert {"casual_chat", "developer", "students", "vpn_users", "shared_nat", "agentic_coding",
            "enterprise_batch", "eval_harness", "reseller"} <= pops


def test_same_seed_same_bytes_other_seed_differs(tmp_path, mini_scenario):
    small = {**mini_scenario, "days": 0.6}
    a, b, c = (tmp_path / f"{n}.jsonl.gz" for n in "abc")
    simulate(small, a, tmp_path / "a.json", seed=11)
    simulate(small, b, tmp_path / "b.json", seed=11)
    simulate(small, c, tmp_path / "c.json", seed=12)
    assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert a.read_bytes() != c.read_bytes()
    # logs of two seeds (or scenarios) share no exchange id, so both can go into one store
    ids = [{orjson.loads(line)["id"] for line in gzip.open(p)} for p in (a, c)]
    assert ids[0] and ids[1] and not ids[0] & ids[1]
    d = tmp_path / "d.jsonl.gz"
    simulate({**small, "name": "another"}, d, None, seed=11)
    assert not {orjson.loads(line)["id"] for line in gzip.open(d)} & ids[0]


def test_scale_multiplies_accounts(tmp_path):
    small = {"days": 0.25, "populations": [{"type": "casual_chat", "count": 200, "sessions_per_day": 4}]}
    s1 = simulate(small, tmp_path / "1.jsonl", None, seed=1, scale=1)
    s2 = simulate(small, tmp_path / "2.jsonl", None, seed=1, scale=2.5)
    _, pops1 = build(load_scenario(small), 1, 1.0)
    _, pops2 = build(load_scenario(small), 1, 2.5)
    assert len(pops1[0].accounts) == 200 and len(pops2[0].accounts) == 500
    assert 1.9 < s2.exchanges / s1.exchanges < 3.2


def test_sources_reader_accepts_everything(mini):
    sources = pytest.importorskip("distillguard.sources")
    stream = sources.read_exchanges([str(mini["out"])])
    n = sum(batch.num_rows for batch in stream)
    stats = stream.stats
    assert n == len(mini["rows"])
    total_q = sum(f.quarantined for f in stats.files.values()) if hasattr(stats, "files") else stats.quarantined
    assert total_q == 0


def test_identical_across_processes_with_different_hash_seeds(tmp_path):
    import os
    import subprocess
    import sys

    sc = tmp_path / "s.yaml"
    sc.write_text("name: hs\ndays: 0.1\npopulations:\n  - {type: casual_chat, count: 30, sessions_per_day: 20}\n"
                  "  - {type: campaign, id: c-1, count: 4, languages: {zh: 1, ru: 1}, requests_per_account_per_day: 200}\n")
    outs = []
    for hs in ("1", "4242"):
        out = tmp_path / f"{hs}.jsonl.gz"
        code = f"from distillguard.sim import simulate; simulate({str(sc)!r}, {str(out)!r}, {str(out) + '.json'!r}, seed=5)"
        subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONHASHSEED": hs})
        outs.append((out.read_bytes(), (tmp_path / f"{hs}.jsonl.gz.json").read_bytes()))
    assert outs[0] == outs[1]
