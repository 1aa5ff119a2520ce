"""Scenario validation: bad scenarios fail with one clear line; bundled scenarios are valid."""

from __future__ import annotations

import pathlib

import pytest
from click.testing import CliRunner

from distillguard.cli.main import cli
from distillguard.sim import ScenarioError, load_scenario, simulate

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUNDLED = ["demo", "small", "medium", "large", "reference", "quiet", "hitrun", "adversary", "adversary_heldout"]


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_scenarios_validate(name):
    sc = load_scenario(ROOT / "benchmarks" / "scenarios" / f"{name}.yaml")
    types = {p["type"] for p in sc["populations"]}
    benign = {"casual_chat", "developer", "students", "vpn_users", "shared_nat", "agentic_coding",
              "enterprise_batch", "eval_harness", "reseller"}
    assert benign <= types
    if name == "reference":
        assert "campaign" not in types
    else:
        assert "campaign" in types


def test_medium_and_large_have_the_required_campaign_kinds():
    for name in ("medium", "large"):
        camps = [p for p in load_scenario(ROOT / "benchmarks" / "scenarios" / f"{name}.yaml")["populations"] if p["type"] == "campaign"]
        assert any(p["count"] >= 10 for p in camps)
        assert any(p.get("low_and_slow") for p in camps)
        assert any(p.get("payment") == "distinct" for p in camps) and any(p.get("payment") == "shared" for p in camps)
        assert any((p.get("proxies") or {}).get("kind") == "residential" for p in camps)
        assert any(p.get("via_reseller") for p in camps)
        assert any(p.get("pivot") for p in camps)


BAD = [
    ({"populations": [{"type": "chatters", "count": 3}]}, "unknown type 'chatters'"),
    ({"populations": [{"type": "casual_chat"}]}, "'count'"),
    ({"populations": [{"type": "casual_chat", "count": 0}]}, "count must be at least 1"),
    ({"populations": [{"type": "casual_chat", "count": "many"}]}, "count must be int"),
    ({"populations": [{"type": "casual_chat", "count": 3, "colour": "red"}]}, "unknown parameter 'colour'"),
    ({"populations": []}, "non-empty list"),
    ({"days": -1, "populations": [{"type": "casual_chat", "count": 3}]}, "'days'"),
    ({"start": "yesterday", "populations": [{"type": "casual_chat", "count": 3}]}, "'start'"),
    ({"populations": [{"type": "campaign", "count": 3, "payment": "cash"}]}, "payment must be"),
    ({"populations": [{"type": "campaign", "count": 3, "jailbreak": 2}]}, "between 0 and 1"),
    ({"populations": [{"type": "campaign", "count": 3, "proxies": {"kind": "tor"}}]}, "proxies.kind"),
    ({"populations": [{"type": "campaign", "count": 3, "proxies": {"size": 3}}]}, "unknown key 'size'"),
    ({"populations": [{"type": "shared_nat", "count": 3, "kind": "mall"}]}, "kind must be one of"),
    ({"populations": [{"type": "casual_chat", "count": 3}, {"type": "casual_chat", "name": "casual_chat-0", "count": 3}]}, "duplicate"),
    ({"populations": [{"type": "casual_chat", "count": 3, "start_day": 5}], "days": 2}, "start_day"),
    ({"models": [{"name": "m", "released_day": 1}], "populations": [{"type": "casual_chat", "count": 3}]}, "at least one model"),
    ({"colour": 1, "populations": [{"type": "casual_chat", "count": 3}]}, "unknown top-level key"),
    (["not", "a", "mapping"], "expected a mapping"),
    ({"populations": [{"type": "content_studio", "count": 2, "seats": [3]}]}, "seats must be [lo, hi]"),
    ({"populations": [{"type": "content_studio", "count": 2, "seats": [4, 2]}]}, "seats must be [lo, hi]"),
    ({"populations": [{"type": "content_studio", "count": 2, "jobs": ["poems"]}]}, "jobs must be a list of"),
]


@pytest.mark.parametrize("doc,needle", BAD)
def test_bad_scenarios_raise_one_line_errors(doc, needle):
    with pytest.raises(ScenarioError) as exc:
        load_scenario(doc)
    msg = str(exc.value)
    assert needle in msg and "\n" not in msg


def test_semantic_errors_found_while_building(tmp_path):
    bad = {"populations": [{"type": "campaign", "count": 2, "via_reseller": "nobody"}]}
    with pytest.raises(ScenarioError, match="via_reseller 'nobody'"):
        simulate(bad, tmp_path / "x.jsonl", None)
    bad = {"populations": [{"type": "campaign", "count": 2, "objective": "mining"}]}
    with pytest.raises(ScenarioError, match="unknown objective 'mining'"):
        simulate(bad, tmp_path / "x.jsonl", None)
    bad = {"populations": [{"type": "campaign", "count": 2, "pivot": {"fraction": 0.5}}]}
    with pytest.raises(ScenarioError, match="pivot needs a model release"):
        simulate(bad, tmp_path / "x.jsonl", None)


def test_cli_prints_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("populations:\n  - {type: casual_chat, count: 2, bogus: 1}\n")
    broken = tmp_path / "broken.yaml"
    broken.write_text("populations: [\n")
    for path in (bad, broken, tmp_path / "missing.yaml"):
        result = CliRunner().invoke(cli, ["sim", str(path), "--out", str(tmp_path / "o.jsonl.gz")], standalone_mode=False)
        assert result.exception is not None
        assert "Traceback" not in (result.output or "")
        assert "\n" not in str(result.exception)


def test_cli_writes_traffic_and_labels(tmp_path):
    sc = tmp_path / "s.yaml"
    sc.write_text("name: cli\ndays: 0.2\npopulations:\n  - {type: casual_chat, count: 20, sessions_per_day: 10}\n"
                  "  - {type: campaign, id: c-1, count: 3, requests_per_account_per_day: 100}\n")
    out, labels = tmp_path / "t.jsonl.gz", tmp_path / "l.json"
    result = CliRunner().invoke(cli, ["sim", str(sc), "--out", str(out), "--labels", str(labels), "--seed", "4"])
    assert result.exit_code == 0, result.output
    assert "exchanges" in result.output and out.stat().st_size > 0 and labels.stat().st_size > 0


def test_plain_harvest_onboarded_team_and_held_out_labels(tmp_path):
    """`plain` asks dataset items bare; an onboarded team is made within its hours; `held_out`
    reaches the labels."""
    import datetime as dt
    import gzip
    import json

    doc = {"start": "2026-11-01T00:00:00Z", "days": 1, "populations": [
        {"type": "shared_nat", "name": "team", "count": 12, "kind": "corporate", "shared_payment_fraction": 1.0,
         "onboard_hours": 2},
        {"type": "campaign", "id": "c-plain", "tactic": "plain_sweep", "count": 5, "objective": "plain",
         "dataset": "gsm8k", "requests_per_account_per_day": 20, "held_out": True},
    ]}
    out, labels = tmp_path / "t.jsonl.gz", tmp_path / "l.json"
    simulate(doc, out, labels, seed=1)
    lab = json.loads(labels.read_text())["accounts"]
    rows = [json.loads(line) for line in gzip.open(out, "rt")]
    from distillguard.sim import prompts

    questions = {q["question"] for q in prompts.gsm8k()}
    plain = [r for r in rows if lab[r["account_id"]].get("tactic") == "plain_sweep"]
    assert plain and all(r["messages"][-1]["content"] in questions for r in plain)
    assert all(lab[r["account_id"]]["held_out"] is True for r in plain)
    created = sorted({dt.datetime.fromisoformat(r["account_created"].replace("Z", "+00:00"))
                      for r in rows if lab[r["account_id"]].get("population") == "shared_nat"})
    assert len(created) > 1 and created[-1] - created[0] <= dt.timedelta(hours=2)
    assert len({r["payment_fingerprint"] for r in rows if lab[r["account_id"]].get("population") == "shared_nat"}) == 1


def test_a_campaign_sweeps_a_bundled_benchmark(tmp_path):
    """Any benchmark of data/public/benchmarks is a campaign dataset; its items are what is sent."""
    import gzip
    import json

    from distillguard.sim import prompts

    doc = {"start": "2026-11-01T00:00:00Z", "days": 0.5, "populations": [
        {"type": "campaign", "id": "c-mmlu", "tactic": "mmlu_sweep", "count": 3, "objective": "plain",
         "dataset": "mmlu", "requests_per_account_per_day": 40},
    ]}
    out, labels = tmp_path / "t.jsonl.gz", tmp_path / "l.json"
    simulate(doc, out, labels, seed=2)
    items = set(prompts.benchmark("mmlu"))
    rows = [json.loads(line) for line in gzip.open(out, "rt")]
    assert rows and all(r["messages"][-1]["content"] in items for r in rows)
    # an unknown dataset is a one-line scenario error naming the choices
    doc["populations"][0]["dataset"] = "no-such-benchmark"
    with pytest.raises(ScenarioError, match="mmlu"):
        simulate(doc, out, labels, seed=2)
