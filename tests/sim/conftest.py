"""A small scenario that exercises every population type and tactic, generated once per session."""

from __future__ import annotations

import gzip
import json

import pytest

from distillguard.sim import simulate

SCENARIO = {
    "name": "test-mini",
    "start": "2026-11-01T00:00:00Z",
    "days": 1,
    "models": [
        {"name": "acme-chat-2026-06", "share": 0.6},
        {"name": "acme-reason-2026-08", "share": 0.4, "reasoning": True},
        {"name": "acme-reason-2026-11", "reasoning": True, "released_day": 0.5},
    ],
    "populations": [
        {"type": "casual_chat", "count": 40},
        {"type": "developer", "count": 15},
        {"type": "students", "count": 15},
        {"type": "vpn_users", "count": 8},
        {"type": "shared_nat", "name": "campus", "count": 10, "kind": "university", "addresses": 1},
        {"type": "shared_nat", "name": "corp", "count": 10, "kind": "corporate"},
        {"type": "agentic_coding", "count": 4},
        {"type": "enterprise_batch", "requests": 1500},
        {"type": "eval_harness", "items": 300, "hours": 2, "start_hour": 3},
        {"type": "reseller", "name": "router", "requests_per_day": 800, "end_users": 200},
        {"type": "campaign", "id": "c-hydra", "tactic": "hydra_cot", "count": 20, "objective": {"cot": 3, "trace": 1},
         "languages": {"en": 1, "zh": 1, "ru": 1}, "requests_per_account_per_day": 40,
         "proxies": {"kind": "datacenter", "pool": 5}, "payment": "shared", "pivot": {"fraction": 0.8, "within_hours": 2}},
        {"type": "campaign", "id": "c-slow", "tactic": "low_and_slow", "count": 6, "objective": "synthetic",
         "dataset": "self_instruct", "low_and_slow": True, "requests_per_account_per_day": 24,
         "proxies": {"kind": "residential", "countries": ["US"], "pool": 6}, "payment": "distinct",
         "cover": 0.3},
        {"type": "campaign", "id": "c-mixed", "tactic": "reseller_rubric", "count": 4, "objective": "rubric",
         "via_reseller": "router", "requests_per_account_per_day": 30},
        {"type": "campaign", "id": "c-agent", "tactic": "agentic", "count": 3, "objective": {"agentic": 1, "safe_rewrite": 1},
         "dataset": "arena_hard", "jailbreak": 0.5, "requests_per_account_per_day": 30, "paraphrase": False},
    ],
}


@pytest.fixture(scope="session")
def mini_scenario() -> dict:
    return SCENARIO


@pytest.fixture(scope="session")
def mini(tmp_path_factory):
    d = tmp_path_factory.mktemp("sim")
    out, labels = d / "traffic.jsonl.gz", d / "labels.json"
    stats = simulate(SCENARIO, out, labels, seed=3)
    with gzip.open(out, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return {"out": out, "labels_path": labels, "labels": json.loads(labels.read_text()), "rows": rows, "stats": stats}
