"""Metadata and behaviour look like real traffic (and campaigns carry the tactics they claim)."""

from __future__ import annotations

import collections
import datetime as dt
import re

from distillguard import data
from distillguard.sim import network, text


def _by_label(mini):
    acc = mini["labels"]["accounts"]
    groups = collections.defaultdict(list)
    for r in mini["rows"]:
        lab = acc[r["account_id"]]
        groups[lab.get("campaign_id") or lab["population"]].append(r)
    return groups


def test_addresses_lie_in_real_networks_of_the_right_kind(mini):
    g = _by_label(mini)
    for r in g["enterprise_batch"][:20]:
        cc, net = network.lookup(r["ip"])
        assert net in network.MAJOR_CLOUD
    for r in g["c-slow"][:50]:
        cc, net = network.lookup(r["ip"])
        assert net in network.RESIDENTIAL["US"]
    for r in g["c-hydra"][:50]:
        assert network.lookup(r["ip"])[1] in network.DATACENTER
    casual_nets = {network.lookup(r["ip"])[1] for r in g["casual_chat"]}
    assert len(casual_nets) >= 5


def test_shared_nat_accounts_share_addresses(mini):
    campus = [r for r in _by_label(mini)["shared_nat"] if network.lookup(r["ip"])[1] in network.UNIVERSITY]
    by_ip = collections.defaultdict(set)
    for r in campus:
        by_ip[r["ip"]].add(r["account_id"])
    assert max(len(v) for v in by_ip.values()) >= 5


def test_hydra_pool_shared_and_payment_modes(mini):
    g = _by_label(mini)
    hydra_ips = collections.defaultdict(set)
    for r in g["c-hydra"]:
        hydra_ips[r["ip"]].add(r["account_id"])
    assert len(hydra_ips) <= 5 and max(len(v) for v in hydra_ips.values()) >= 5
    assert len({r["payment_fingerprint"] for r in g["c-hydra"]}) == 1  # payment: shared
    slow_accounts = {r["account_id"] for r in g["c-slow"]}
    assert len({r["payment_fingerprint"] for r in g["c-slow"]}) == len(slow_accounts)  # distinct


def test_tokens_follow_text_length_and_script():
    en = "Please explain how photosynthesis works in plants. " * 8
    zh = "请一步一步地解答下面的问题，写出你完整的内部推理过程。" * 8
    ru = "Реши следующую задачу и подробно распиши ход рассуждений. " * 8
    assert abs(text.tokens(en) - len(en) / 4) <= 2
    assert abs(text.tokens(zh) - len(zh) / 1.5) <= len(zh) * 0.1
    assert len(ru) / 4 < text.tokens(ru) < len(ru) / 2.5


def test_usage_is_consistent_with_text(mini):
    for r in mini["rows"][:3000]:
        if r["status"] == 200 and r.get("response") and (r["params"].get("n") or 1) == 1:
            assert r["usage"]["output_tokens"] == text.tokens(r["response"]) + r["usage"]["reasoning_tokens"]
        if r.get("reasoning"):
            assert r["usage"]["reasoning_tokens"] == text.tokens(r["reasoning"])


def test_status_codes_include_rate_limits_and_errors(mini):
    codes = collections.Counter(r["status"] for r in mini["rows"])
    assert codes[200] > 0.85 * len(mini["rows"])
    assert codes[429] > 0 and codes[200] < len(mini["rows"])


def test_campaign_languages_templates_and_items(mini):
    hydra = _by_label(mini)["c-hydra"]
    prompts = [r["messages"][-1]["content"] for r in hydra]
    assert any(re.search(r"[\u4e00-\u9fff]", p) for p in prompts)
    assert any(re.search(r"[\u0400-\u04ff]", p) for p in prompts)
    questions = {g["question"] for g in data.gsm8k()}
    assert sum(any(q in p for q in questions) for p in prompts[:40]) == 40  # wraps real GSM8K items
    ok = [r for r in hydra if r["status"] == 200]
    zh = [r for r in ok if re.search(r"[\u4e00-\u9fff]", r["messages"][-1]["content"])]
    assert zh and all(re.search(r"[\u4e00-\u9fff]", r["response"]) for r in zh)  # answers in the prompt's language


def test_new_model_pivot_within_a_day(mini):
    release = dt.datetime(2026, 11, 1, 12, tzinfo=dt.timezone.utc)
    hydra = _by_label(mini)["c-hydra"]
    after = [r for r in hydra if dt.datetime.fromisoformat(r["ts"].replace("Z", "+00:00")) > release + dt.timedelta(hours=3)]
    before = [r for r in hydra if dt.datetime.fromisoformat(r["ts"].replace("Z", "+00:00")) < release]
    assert not any(r["model"] == "acme-reason-2026-11" for r in before)
    share = sum(r["model"] == "acme-reason-2026-11" for r in after) / len(after)
    assert share > 0.6
    benign_after = [r for r in _by_label(mini)["casual_chat"] if r["ts"] > "2026-11-01T15"]
    assert sum(r["model"] == "acme-reason-2026-11" for r in benign_after) / len(benign_after) < 0.2


def test_low_and_slow_spacing(mini):
    by_acct = collections.defaultdict(list)
    for r in _by_label(mini)["c-slow"]:
        by_acct[r["account_id"]].append(dt.datetime.fromisoformat(r["ts"].replace("Z", "+00:00")))
    for ts in by_acct.values():
        gaps = [(b - a).total_seconds() for a, b in zip(ts, ts[1:])]
        assert 15 <= len(ts) <= 32 and min(gaps) > 1200  # ~1/hour, never bursts


def test_jailbreak_prefixes_are_real(mini):
    agent = _by_label(mini)["c-agent"]
    real = data.inthewild_jailbreaks() + [p for ps in data.dan_prompts().values() for p in ps]
    models = {r["model"] for r in agent}
    heads = {p.replace("{generator.name}", m)[:60] for p in real for m in models}
    user_msgs = [m["content"] for r in agent for m in r["messages"] if m["role"] == "user"]
    assert sum(u[:60] in heads for u in user_msgs) >= 3


def test_hard_negatives_behave_like_the_real_thing(mini):
    g = _by_label(mini)
    batch = g["enterprise_batch"]
    assert len({r["account_id"] for r in batch}) == 1 and len(batch) > 1000
    hours = {r["ts"][11:13] for r in batch}
    assert len(hours) == 24  # round the clock
    harness = g["eval_harness"]
    assert len(harness) == 300 and all(("Question:" in r["messages"][-1]["content"]) or ("step by step" in r["messages"][-1]["content"])
                                       for r in harness)
    assert len({r["messages"][-1]["content"] for r in harness}) == 300  # each benchmark item asked once
    agents = g["agentic_coding"]
    assert all(r["params"].get("tools") for r in agents)
    assert any(m["role"] == "tool" for r in agents for m in r["messages"])
    reseller = g["reseller"]
    assert len({r["end_user"] for r in reseller}) > 50
    students = g["students"]
    assert students and all(r["messages"][0]["content"] for r in students)
    casual = g["casual_chat"]
    convs = collections.Counter(r["conversation_id"] for r in casual)
    assert max(convs.values()) >= 3  # multi-turn
    uas = {r["user_agent"].split("/")[0] for r in mini["rows"]}
    assert {"OpenAI", "Mozilla"} <= uas


def test_cover_traffic_mixes_ordinary_requests_into_a_campaign(mini):
    slow = _by_label(mini)["c-slow"]
    arena_first_turns = {c["messages"][0]["content"] for c in data.arena_conversations()}
    cover = sum(r["messages"][-1]["content"] in arena_first_turns for r in slow)
    assert 0.1 < cover / len(slow) < 0.5


def test_byok_app_users_share_the_apps_client_and_prompt_but_not_their_accounts(tmp_path):
    import gzip
    import json
    import statistics

    from distillguard.sim import simulate

    scenario = {"name": "byok", "start": "2026-11-01T00:00:00Z", "days": 7,
                "populations": [{"type": "byok_app", "name": "app", "count": 40, "sessions_per_day": 0.15,
                                 "app": "StudyBuddy"}]}
    out, labels = tmp_path / "t.jsonl.gz", tmp_path / "l.json"
    simulate(scenario, out, labels, seed=4)
    with gzip.open(out, "rt") as f:
        rows = [json.loads(line) for line in f]
    assert rows and {r["user_agent"] for r in rows} == {rows[0]["user_agent"]}
    assert rows[0]["user_agent"].startswith("StudyBuddy/")
    assert all(r["messages"][0]["role"] == "system" and "step by step" in r["messages"][0]["content"] for r in rows)
    assert len({json.dumps(r["params"], sort_keys=True) for r in rows}) == 1
    per_account = collections.Counter(r["account_id"] for r in rows)
    assert len(per_account) >= 20 and statistics.median(per_account.values()) <= 5  # a few requests a week
    assert {v["population"] for v in json.loads(labels.read_text())["accounts"].values()} == {"byok_app"}


def test_labs_running_one_evaluation_tool_share_its_client_and_nothing_else(tmp_path):
    """`one_client`: every run is its own lab (organisation, address) with the tool's user agent,
    `spacing_hours` apart; without it each run draws a client of its own."""
    import gzip
    import json

    from distillguard.sim import simulate

    def runs(**p):
        scenario = {"name": "tool", "start": "2026-11-01T00:00:00Z", "days": 2,
                    "models": [{"name": "acme-chat-2026-06", "share": 1.0}],
                    "populations": [{"type": "eval_harness", "items": 40, "count": 6, "hours": 1, "start_hour": 1, **p}]}
        out = tmp_path / f"t{len(p)}.jsonl.gz"
        simulate(scenario, out, tmp_path / f"l{len(p)}.json", seed=5)
        with gzip.open(out, "rt", encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    tool = runs(one_client=True, spacing_hours=3)
    assert len({r["account_id"] for r in tool}) == 6 and len({r["user_agent"] for r in tool}) == 1
    assert len({r["org_id"] for r in tool}) == 6
    first = sorted({r["account_id"]: r["ts"] for r in sorted(tool, key=lambda r: r["ts"], reverse=True)}.values())
    gaps = [(dt.datetime.fromisoformat(b[:19]) - dt.datetime.fromisoformat(a[:19])).total_seconds() for a, b in zip(first, first[1:])]
    assert all(abs(g - 3 * 3600) < 1800 for g in gaps)
    assert len({r["user_agent"] for r in runs()}) > 1


def test_some_developers_read_log_probabilities_and_the_default_is_unchanged(tmp_path):
    """`logprobs_fraction`: that share of developers ask for log-probabilities on some of their
    single requests (a third of them; not in chat sessions); 0 (the default) leaves the traffic as
    it was, byte for byte."""
    import gzip
    import json

    from distillguard.sim import simulate

    def traffic(name, **p):
        scenario = {"name": "dev", "start": "2026-11-02T00:00:00Z", "days": 2,
                    "models": [{"name": "acme-chat-2026-06", "share": 1.0}],
                    "populations": [{"type": "developer", "count": 40, "requests_per_day": 8, **p}]}
        out = tmp_path / f"{name}.jsonl.gz"
        simulate(scenario, out, tmp_path / f"{name}.json", seed=3)
        with gzip.open(out, "rt", encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    def share(rows):
        by = collections.defaultdict(list)
        for r in rows:
            by[r["account_id"]].append(bool((r.get("params") or {}).get("logprobs")))
        return sorted(sum(v) / len(v) for v in by.values())

    # every developer asks for them now and then (3% of single requests); the readers far more often
    assert sum(s > 0.06 for s in share(traffic("some", logprobs_fraction=0.5))) >= 10
    assert sum(s > 0.06 for s in share(traffic("none"))) <= 3
    assert traffic("none") == traffic("zero", logprobs_fraction=0.0)


def test_params_diversity_gives_each_account_its_own_settings(tmp_path):
    """A campaign with params_diversity: each account keeps its own request settings and system
    prompt (no operator script to pool its accounts on); without it they share the operator's."""
    import gzip
    import json

    from distillguard.sim import simulate

    def settings(diverse: bool) -> dict:
        scenario = {"name": "diverse", "start": "2026-11-01T00:00:00Z", "days": 2,
                    "models": [{"name": "acme-reason-2026-08", "share": 1.0, "reasoning": True}],
                    "populations": [{"type": "campaign", "id": "c", "tactic": "t", "count": 30, "objective": "cot",
                                     "dataset": "gsm8k", "requests_per_account_per_day": 6, "params_diversity": diverse}]}
        out = tmp_path / f"{diverse}.jsonl.gz"
        simulate(scenario, out, tmp_path / f"{diverse}.json", seed=5)
        seen = collections.defaultdict(set)
        with gzip.open(out, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                system = next((m["content"] for m in r["messages"] if m["role"] == "system"), None)
                params = {k: r.get("params", {}).get(k) for k in ("temperature", "max_tokens", "top_p")}
                seen[r["account_id"]].add((json.dumps(params, sort_keys=True), system))
        return seen

    diverse, shared = settings(True), settings(False)
    assert all(len(v) == 1 for v in diverse.values())  # constant within an account
    assert len({next(iter(v)) for v in diverse.values()}) >= 10  # and its own
    assert len({next(iter(v)) for v in shared.values()}) == 1


def test_content_studios_are_open_customers_walking_their_bank_with_one_prompt_per_job(tmp_path):
    """`content_studio`: each company is one organisation on one card with one client, its seats
    send its own prompt (at most two wordings) over items of its bank, mostly a new item each time."""
    import gzip
    import json

    from distillguard.sim import simulate

    scenario = {"name": "studios", "start": "2026-11-02T00:00:00Z", "days": 2,
                "models": [{"name": "acme-chat-2026-06", "share": 0.6}, {"name": "acme-reason-2026-08", "share": 0.4,
                                                                         "reasoning": True}],
                "populations": [{"type": "content_studio", "count": 6, "seats": [2, 4], "requests_per_day": 120}]}
    out = tmp_path / "s.jsonl.gz"
    simulate(scenario, out, tmp_path / "s.json", seed=4)
    with gzip.open(out, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    labels = json.loads((tmp_path / "s.json").read_text())["accounts"]
    assert {v["population"] for v in labels.values()} == {"content_studio"}
    by_org = collections.defaultdict(list)
    for r in rows:
        by_org[r["org_id"]].append(r)
    assert len(by_org) == 6
    for org_rows in by_org.values():
        assert 2 <= len({r["account_id"] for r in org_rows}) <= 4
        assert len({r["payment_fingerprint"] for r in org_rows}) == 1 and len({r["user_agent"] for r in org_rows}) == 1
        asks = [r["messages"][-1]["content"] for r in org_rows]
        # one prompt per job: its first line is one of at most two wordings
        heads = {re.sub(r"\d+", "#", a.split("\n")[0][:40]) for a in asks}
        assert len(heads) <= 2 + 1, heads  # (+1: a job whose first line is the item itself)
        assert len(set(asks)) >= 0.5 * len(asks)
