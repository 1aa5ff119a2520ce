"""The batch pipeline end to end on small hand-made traffic (real detectors, real campaign stage)."""

import datetime as dt
import random

import pytest

from distillguard import schema
from distillguard.pipeline import reference_from_batches, scan_batches
from distillguard.risk.end_users import SEPARATOR
from distillguard.verdicts import validate_verdicts

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
TOPICS = ["how do I bake sourdough bread at home", "explain python decorators with an example",
          "write a short poem about autumn leaves", "what is the capital of peru and why",
          "help me fix this bug in my react component", "summarize the plot of hamlet",
          "translate 'good morning' into french and german", "plan a three day trip to rome"]
COT = "Question {q}: a train leaves at {h} o'clock. Think step by step and write out your full internal reasoning trace before the final answer."


def _human(rng, acc, n, end_user=None):
    rows, t = [], T0 + dt.timedelta(hours=rng.uniform(0, 30))
    for i in range(n):
        t += dt.timedelta(seconds=rng.expovariate(1 / 2400))
        rows.append({schema.EXCHANGE_ID: f"{acc}-{end_user or ''}-{i}", schema.TS: t, schema.ACCOUNT_ID: acc,
                     schema.END_USER: end_user, schema.PROMPT: f"{rng.choice(TOPICS)} ({rng.randint(0, 10**6)})",
                     schema.TURNS: rng.choice([1, 2, 3]), schema.MODEL: "m1", schema.TEMPERATURE: rng.choice([0.7, 1.0, None]),
                     schema.OUTPUT_TOKENS: rng.randint(50, 500)})
    return rows


def _bot(rng, acc, n, end_user=None):
    rows, t = [], T0 + dt.timedelta(minutes=rng.uniform(0, 60))
    for i in range(n):
        t += dt.timedelta(seconds=60 + rng.uniform(-2, 2))
        rows.append({schema.EXCHANGE_ID: f"{acc}-{end_user or ''}-{i}", schema.TS: t, schema.ACCOUNT_ID: acc,
                     schema.END_USER: end_user, schema.PROMPT: COT.format(q=rng.randint(0, 9999), h=rng.randint(1, 12)),
                     schema.TURNS: 1, schema.MODEL: "m1", schema.TEMPERATURE: 0.0, schema.OUTPUT_TOKENS: 900})
    return rows


def _traffic(seed, n_humans, n_bots=0, reseller=False):
    rng = random.Random(seed)
    rows = []
    for a in range(n_humans):
        rows += _human(rng, f"h{seed}-{a}", rng.randint(3, 40))
    for a in range(n_bots):
        rows += _bot(rng, f"x{seed}-{a}", 150)
    if reseller:  # one platform account relaying 30 people and 2 extraction scripts
        for u in range(30):
            rows += _human(rng, "platform", rng.randint(5, 30), end_user=f"u{u}")
        for u in range(2):
            rows += _bot(rng, "platform", 60, end_user=f"script{u}")
    rows.sort(key=lambda r: r[schema.TS])
    return schema.from_rows(rows)


@pytest.fixture(scope="module")
def reference():
    return reference_from_batches(_traffic(1, 500), meta={"source": "test benign"})


@pytest.fixture(scope="module")
def result(reference):
    return scan_batches(_traffic(2, 150, n_bots=4, reseller=True), reference=reference, target_fpr=0.01)


def test_every_account_once_and_valid(result):
    doc = result.verdicts
    ids = [a["account_id"] for a in doc["accounts"]]
    assert len(ids) == len(set(ids)) == 150 + 4 + 1
    assert validate_verdicts(doc) == []
    assert doc["stats"]["exchanges_read"] == doc["stats"]["exchanges_scanned"] > 0
    assert doc["stats"]["reference"]["source"] == "test benign"


def test_bots_flagged_with_evidence(result):
    by_id = {a["account_id"]: a for a in result.verdicts["accounts"]}
    for b in range(4):
        a = by_id[f"x2-{b}"]
        assert a["flagged"] and a["risk"] >= 0.99
        # the content family: the learned classifier or the cue list it shares a family with
        cot = [e for e in a["evidence"] if e["signal"] in ("cot_elicitation", "extraction_intent")]
        assert cot and cot[0]["detail"].startswith("150 of 150 distinct prompts") and cot[0]["exchange_ids"]
    humans = [a for a in result.verdicts["accounts"] if a["account_id"].startswith("h2-")]
    assert sum(a["flagged"] for a in humans) <= 3  # about 1% of 150 at target FPR 1%


def test_small_accounts_say_insufficient_traffic(result):
    small = [a for a in result.verdicts["accounts"] if a["evidence"] and a["evidence"][0]["signal"] == "insufficient_traffic"]
    assert small and all(not a["flagged"] and a["risk"] == 0.0 for a in small if a["campaign_id"] is None)
    assert all(a["evidence"][0]["detail"].startswith("insufficient traffic: ") for a in small)


def test_platform_judged_per_end_user(result):
    platform = next(a for a in result.verdicts["accounts"] if a["account_id"] == "platform")
    flagged_users = {u["end_user"] for u in platform.get("end_users", [])}
    assert flagged_users == {"script0", "script1"}
    assert platform["evidence"][0]["signal"] == "relayed_end_users"
    assert "2 of them flagged" in platform["evidence"][0]["detail"]
    assert not platform["flagged"]  # the account is judged on its other 30 end users
    assert all(SEPARATOR not in a["account_id"] for a in result.verdicts["accounts"])


def test_timelines_for_top_accounts(result):
    top = result.verdicts["accounts"][0]["account_id"]
    assert result.timelines[top] and sum(n for _, n in result.timelines[top]) > 0


def test_empty_input(reference):
    empty = scan_batches(schema.empty_table(), reference=reference)
    assert empty.verdicts["accounts"] == [] and validate_verdicts(empty.verdicts) == []


def test_parallel_detectors_give_the_same_signals():
    from distillguard.pipeline import collect

    table = _traffic(3, 20, n_bots=1)
    one_ex, one_sig, _ = collect(table.to_batches(max_chunksize=500), workers=1)
    two_ex, two_sig, _ = collect(table.to_batches(max_chunksize=500), workers=2)
    assert one_ex.equals(two_ex) and one_sig.equals(two_sig)


def test_scoring_in_the_readers_workers_gives_the_same_exchanges_and_signals(tmp_path):
    """scan's path: logs parsed, pseudonymised and scored in the reader's workers
    (worker_transform=score_batch, chunks of a few KB here) equals scoring in this process."""
    import orjson

    from distillguard.normalize.privacy import Pseudonymizer
    from distillguard.pipeline import SCAN_COLUMNS, collect, score_batch
    from distillguard.sources import read_exchanges

    table = _traffic(5, 15, n_bots=2)
    log = tmp_path / "log.jsonl"
    with open(log, "wb") as fh:
        for row in table.to_pylist():
            msgs = orjson.loads(row[schema.INPUT_MESSAGES]) if row[schema.INPUT_MESSAGES] else None
            rec = {"id": row[schema.EXCHANGE_ID], "ts": row[schema.TS].isoformat(), "account_id": row[schema.ACCOUNT_ID],
                   "ip": row[schema.CLIENT_ADDRESS], "model": row[schema.MODEL]}
            rec["messages"] = msgs or [{"role": "user", "content": row[schema.PROMPT] or ""}]
            fh.write(orjson.dumps(rec) + b"\n")
    privacy = Pseudonymizer(b"k").apply
    serial = collect(read_exchanges([str(log)], columns=SCAN_COLUMNS, transform=privacy))
    workers = collect(read_exchanges([str(log)], columns=SCAN_COLUMNS, transform=privacy, workers=2,
                                     parallel_min_bytes=0, chunk_bytes=4096, worker_transform=score_batch))
    assert workers[2].get("scored_in_reader_rows") == table.num_rows
    assert serial[0].equals(workers[0]) and serial[1].equals(workers[1])
    assert serial[0].column(schema.ACCOUNT_ID)[0].as_py().startswith("hmac-sha256:")


def _hit_and_run(seed, n_fleet, n_crowd):
    """A fleet of fresh accounts, 3 chain-of-thought harvesting requests each from one script
    (its own user agent and parameters), and a crowd of small ordinary users of one app (its own
    user agent, nobody else's): every one of them too small to judge alone."""
    rng = random.Random(seed)
    rows = []
    for a in range(n_fleet):
        for r in _bot(rng, f"trial-{a}", 3):
            rows.append({**r, schema.USER_AGENT: "harvest-kit/0.3", schema.MAX_TOKENS: 8192})
    for a in range(n_crowd):
        for r in _human(rng, f"appuser-{a}", 3):
            rows.append({**r, schema.USER_AGENT: "notes-app/2.4", schema.TEMPERATURE: 0.7})
    return rows


def test_fleet_too_small_to_judge_is_caught_by_its_pooled_traffic(reference):
    rows = _hit_and_run(9, 20, 25)
    rows += _traffic(9, 60).to_pylist()
    rows.sort(key=lambda r: r[schema.TS])
    res = scan_batches(schema.from_rows(rows), reference=reference, target_fpr=0.01)
    alone = scan_batches(schema.from_rows(rows), reference=reference, target_fpr=0.01, campaigns=False)
    by_id = {a["account_id"]: a for a in res.verdicts["accounts"]}
    alone_by_id = {a["account_id"]: a for a in alone.verdicts["accounts"]}
    fleet = [by_id[f"trial-{a}"] for a in range(20)]
    assert not any(alone_by_id[f"trial-{a}"]["flagged"] for a in range(20))  # clean alone: 3 requests each
    campaign = next(c for c in res.verdicts["campaigns"] if c["account_ids"][0].startswith("trial-"))
    assert sorted(campaign["account_ids"]) == sorted(f"trial-{a}" for a in range(20))
    assert campaign["evidence"][0]["signal"] == "collective_evidence"
    assert "20 accounts, each too small to judge alone" in campaign["evidence"][0]["detail"]
    assert "60 requests pooled as one account" in campaign["evidence"][0]["detail"]
    assert all(a["flagged"] and a["campaign_id"] == campaign["campaign_id"] for a in fleet)
    assert any(e["signal"] == "collective_evidence" for e in fleet[0]["evidence"])
    # the app's crowd pools into an ordinary account: no campaign, nobody flagged
    crowd = [by_id[f"appuser-{a}"] for a in range(25)]
    assert not any(a["flagged"] or a["campaign_id"] for a in crowd)
    assert validate_verdicts(res.verdicts) == []


def test_jailbreaks_alone_are_a_finding_not_a_case(reference):
    """An ordinary user trying persona prompts is reported (findings), never flagged for distillation."""
    from distillguard import data

    rng = random.Random(5)
    jailbreaks = [p.replace("{generator.name}", "ChatGPT") for v in data.dan_prompts().values() for p in v]
    rows = _human(rng, "roleplayer", 30)
    for i, row in enumerate(rows[:12]):
        row[schema.PROMPT] = jailbreaks[i % len(jailbreaks)] + f" ({i})"
    traffic = schema.from_rows(sorted(rows + _human(rng, "other", 20), key=lambda r: r[schema.TS]))
    doc = scan_batches(traffic, reference=reference, target_fpr=0.01).verdicts
    acct = next(a for a in doc["accounts"] if a["account_id"] == "roleplayer")
    assert not acct["flagged"]
    assert acct["findings"] and acct["findings"][0]["signal"] == "jailbreak"
    assert not any(e["signal"] == "jailbreak" for e in acct["evidence"])  # a finding, not distillation evidence
    assert validate_verdicts(doc) == []


def test_thin_fleet_with_nothing_in_common_is_one_campaign():
    """40 fresh accounts, 3 chain-of-thought harvesting requests each, each with its own client,
    address and settings (no key to pool on), among ordinary small users: many more
    harvest-only small accounts than the reference's small accounts hold (campaigns.thin_fleet)."""
    rng = random.Random(11)
    small_people = [r for a in range(300) for r in _human(rng, f"visitor-{a}", rng.randint(2, 4))]
    reference = reference_from_batches(schema.from_rows(sorted(_traffic(1, 300).to_pylist() + small_people,
                                                               key=lambda r: r[schema.TS])), meta={"source": "test"})
    assert reference.meta["small_accounts"]["accounts"] >= 300 and reference.meta["small_accounts"]["harvest_only"] == 0
    rows = [r for a in range(80) for r in _human(rng, f"guest-{a}", rng.randint(2, 4))]
    for a in range(40):
        for r in _bot(rng, f"thin-{a}", 3):
            rows.append({**r, schema.USER_AGENT: f"client-{a}/1.{a}", schema.CLIENT_ADDRESS: f"203.0.{a}.7",
                         schema.TEMPERATURE: round(0.1 + a / 50, 2)})
    rows += _traffic(12, 60).to_pylist()
    rows.sort(key=lambda r: r[schema.TS])
    res = scan_batches(schema.from_rows(rows), reference=reference, target_fpr=0.01)
    by_id = {a["account_id"]: a for a in res.verdicts["accounts"]}
    fleet = [c for c in res.verdicts["campaigns"] if c["rule"] == "thin_fleet"]
    assert len(fleet) == 1 and sorted(fleet[0]["account_ids"]) == sorted(f"thin-{a}" for a in range(40))
    assert "40 of this scan's" in fleet[0]["evidence"][0]["detail"]
    assert all(by_id[f"thin-{a}"]["flagged"] for a in range(40))
    assert not any(by_id[f"guest-{a}"]["flagged"] or by_id[f"guest-{a}"]["campaign_id"] for a in range(80))
    assert validate_verdicts(res.verdicts) == []


def test_a_pooled_group_is_as_old_as_its_typical_member():
    """Pooled, a group's account age was the first use of any member after the earliest creation:
    a course of 48 signed up in one burst, one of whom started at once, read "first used 0.0 hours
    after creation" (gen_o, session 36). A pooled account stands for its typical member."""
    import pyarrow as pa

    from distillguard.behaviour import account_features
    from distillguard.pipeline import _typical_age

    t0 = dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)
    rows = []
    for i, start_h in enumerate((0.0, 30.0, 50.0, 70.0, 90.0)):
        for k in range(3):
            rows.append({schema.EXCHANGE_ID: f"s{i}-{k}", schema.ACCOUNT_ID: f"s{i}",
                         schema.TS: t0 + dt.timedelta(hours=start_h + k), schema.PROMPT: f"question {i} {k}",
                         schema.ACCOUNT_CREATED: t0 - dt.timedelta(minutes=i)})
    table = schema.from_rows(rows)
    alone = account_features(table, table.select([schema.EXCHANGE_ID]))
    ages = dict(zip(alone.column("account_id").to_pylist(), alone.column("account_age_hours").to_pylist()))
    pooled = table.set_column(table.schema.get_field_index(schema.ACCOUNT_ID), schema.ACCOUNT_ID,
                              pa.array(["group"] * len(table)))
    raw = account_features(pooled, pooled.select([schema.EXCHANGE_ID]))
    assert raw.column("account_age_hours")[0].as_py() < 0.1  # the first member's start
    typical = _typical_age(raw, {"group": [f"s{i}" for i in range(5)]}, ages)
    assert abs(typical.column("account_age_hours")[0].as_py() - ages["s2"]) < 1e-9  # the median member
    assert _typical_age(raw, {"group": ["nobody"]}, ages).column("account_age_hours")[0].as_py() is None


def test_a_pooled_group_counts_its_distinct_prompts_once(reference):
    """group_scorer says how many distinct prompts a group's pooled traffic holds: members asking
    one assignment count it once (risk.campaign_boost.mark_asked reads it)."""
    from distillguard.behaviour import signal_specs
    from distillguard.pipeline import group_scorer
    from distillguard.risk import RiskModel
    from distillguard.signals import run_signals

    rows = []
    for i in range(6):
        for k in range(4):  # every member sends the same four prompts
            rows.append({schema.EXCHANGE_ID: f"c{i}-{k}", schema.ACCOUNT_ID: f"c{i}", schema.TS: T0 + dt.timedelta(minutes=10 * i + k),
                         schema.PROMPT: f"assignment question {k}: explain the water cycle", schema.OUTPUT_TOKENS: 300})
    table = schema.from_rows(rows)
    signals = run_signals(table)
    score = group_scorer(table, signals, RiskModel(reference), signal_specs(signals))
    assert score([f"c{i}" for i in range(6)]).prompts == 4
    assert score(["c0"]).prompts == 4
