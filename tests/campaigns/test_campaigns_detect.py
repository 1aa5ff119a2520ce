"""detect_campaigns on a hand-built world: two campaigns, a corporate NAT, a VPN exit, a reseller."""

import datetime as dt
import random

import numpy as np
import pyarrow as pa
import pytest

from distillguard import schema
from distillguard.campaigns import CampaignConfig, CampaignResult, detect_campaigns
from distillguard.linkage.synthetic import T0, account_rows, tables

VPN_EXIT = "185.156.46.10"


def world():
    rng = random.Random(11)
    rows, risk = [], {}
    # campaign A: 12 accounts on 4 cloud proxy addresses (and a VPN exit), one harvester client,
    # created in a burst, sweeping gsm8k in disjoint slices; 4 of them look clean alone
    for k in range(12):
        a = f"A{k:02d}"
        rows += account_rows(
            a, 40, start=T0 + dt.timedelta(hours=2), step_s=300,
            ip=lambda i, k=k: VPN_EXIT if i % 10 == 0 else f"52.1.2.{10 + (i + k) % 4}",
            user_agent="harvest-bot/2.1", payment=f"card-A{k // 4}", created=T0 + dt.timedelta(seconds=40 * k),
            signals={"template.skeleton": "tplA", "dataset_match.item": lambda i, k=k: f"gsm8k:{k * 100 + i}",
                     "capability.label": "math reasoning", "language.code": "zh"})
        risk[a] = 0.99 if k < 8 else 0.05
    # campaign B: 10 residential accounts, each its own address and card, stock SDK user agent, but
    # one rubric-grading system prompt and template, run together; 4 look clean alone
    for k in range(10):
        a = f"B{k:02d}"
        rows += account_rows(
            a, 30, start=T0 + dt.timedelta(days=1), step_s=900, ip=f"73.1.{k}.5", user_agent="OpenAI/Python 1.54.0",
            payment=f"card-B{k}", created=T0 - dt.timedelta(days=3) + dt.timedelta(seconds=30 * k),
            system_prompt="You are a grader. Score the answer from 1 to 10 with this rubric: " * 5,
            signals={"template.skeleton": "tplB", "capability.label": "coding", "language.code": "en",
                     # B sweeps gsm8k too: the sweep links A and B; communities must still split them
                     "dataset_match.item": lambda i, k=k: f"gsm8k:{5000 + k * 100 + i}" if i % 3 == 0 else None})
        risk[a] = 0.98 if k < 6 else 0.1
    # corporate NAT: 300 employees behind one address, stock SDK, a popular template; 4 false alarms
    for k in range(300):
        a = f"N{k:03d}"
        rows += account_rows(
            a, 4, start=T0 + dt.timedelta(seconds=rng.randrange(5 * 86400)), step_s=rng.randrange(60, 9000),
            ip="165.225.1.20", user_agent="OpenAI/Python 1.54.0", payment=f"card-N{k}",
            created=T0 - dt.timedelta(seconds=rng.randrange(400 * 86400)),
            signals={"template.skeleton": lambda i, k=k: "translate-fr" if i < 2 else f"own-{k}-{i}",
                     "capability.label": "general chat", "language.code": "en"})
        risk[a] = 0.9 if k < 4 else rng.random() * 0.3
    # VPN exit: 60 unrelated users share the exit campaign A also uses
    for k in range(60):
        a = f"V{k:02d}"
        rows += account_rows(a, 5, start=T0 + dt.timedelta(seconds=rng.randrange(5 * 86400)), step_s=rng.randrange(60, 20000),
                             ip=VPN_EXIT, user_agent="Mozilla/5.0", payment=f"card-V{k}",
                             created=T0 - dt.timedelta(seconds=rng.randrange(400 * 86400)))
        risk[a] = rng.random() * 0.3
    # reseller: 15 customer accounts on the reseller's card, address and client; ordinary traffic
    for k in range(15):
        a = f"R{k:02d}"
        rows += account_rows(a, 6, start=T0 + dt.timedelta(seconds=rng.randrange(5 * 86400)), step_s=rng.randrange(600, 20000),
                             ip="34.120.5.6", user_agent="reseller-gateway/3", payment="card-reseller",
                             created=T0 - dt.timedelta(seconds=rng.randrange(400 * 86400)))
        risk[a] = 0.95 if k == 0 else rng.random() * 0.3
    ex, sig = tables(rows)
    accounts = pa.table({"account_id": list(risk), "risk": list(risk.values())})
    return ex, sig, accounts


@pytest.fixture(scope="module")
def result():
    ex, sig, accounts = world()
    return detect_campaigns(ex, sig, accounts)


def members(result, prefix):
    return {a for a, m in result.membership.items() if a.startswith(prefix)}


def test_two_campaigns_found_and_separated(result):
    assert len(result.campaigns) == 2
    a = {result.campaign_of(f"A{k:02d}") for k in range(12)}
    b = {result.campaign_of(f"B{k:02d}") for k in range(10)}
    assert len(a) == 1 and len(b) == 1 and a != b and None not in a | b


def test_clean_looking_campaign_accounts_are_caught_through_links(result):
    for a in ["A08", "A09", "A10", "A11", "B06", "B07", "B08", "B09"]:
        m = result.membership[a]
        assert m["strength"] >= 0.6
        assert len(m["evidence"]) >= 2


def test_benign_sharing_does_not_make_or_join_a_campaign(result):
    for prefix in ("N", "V", "R"):  # NAT employees, VPN users, reseller customers
        assert members(result, prefix) == set()


def test_campaign_dict_has_the_spec_fields(result):
    c = next(c for c in result.campaigns if "A00" in c["account_ids"])
    assert set(c) >= {"campaign_id", "account_ids", "risk", "exchanges", "first_seen", "last_seen", "targets", "evidence"}
    assert c["account_ids"] == sorted(c["account_ids"]) and c["size"] == 12
    assert c["exchanges"] == 12 * 40
    assert c["first_seen"] == "2026-11-01T02:00:00Z" and c["last_seen"].endswith("Z")
    assert c["targets"] == ["math reasoning"]
    assert 0.9 <= c["risk"] <= 1.0
    signals = [e["signal"] for e in c["evidence"]]
    assert {"shared_ip", "shared_payment", "complementary_sweep", "creation_burst"} <= set(signals)
    assert all(set(e) == {"signal", "score", "detail"} for e in c["evidence"])
    ip = next(e for e in c["evidence"] if e["signal"] == "shared_ip")
    assert "12 of 12 accounts" in ip["detail"]
    origin = c["origin"]
    assert origin["network_class"]["datacenter"] == pytest.approx(1.0)
    assert origin["networks"][0]["name"].startswith("AMAZON")
    assert origin["languages"] == {"zh": 1.0}


def test_residential_campaign_origin(result):
    c = next(c for c in result.campaigns if "B00" in c["account_ids"])
    assert c["origin"]["network_class"] == {"residential": 1.0}
    assert c["origin"]["countries"] == {"US": 1.0}
    assert "shared_system_prompt" in [e["signal"] for e in c["evidence"]]


def test_ids_ordered_by_risk_and_membership_consistent(result):
    assert [c["campaign_id"] for c in result.campaigns] == ["c-1", "c-2"]
    assert result.campaigns[0]["risk"] >= result.campaigns[1]["risk"]
    for c in result.campaigns:
        for a in c["account_ids"]:
            m = result.membership[a]
            assert m["campaign_id"] == c["campaign_id"] and 0.0 <= m["strength"] <= 1.0
    assert sum(len(c["account_ids"]) for c in result.campaigns) == len(result.membership)


def test_deterministic_whatever_the_row_order():
    ex, sig, accounts = world()
    r1 = detect_campaigns(ex, sig, accounts)
    perm = np.random.default_rng(1).permutation(len(ex))
    shuffled = accounts.take(pa.array(np.random.default_rng(2).permutation(len(accounts))))
    r2 = detect_campaigns(ex.take(pa.array(perm)), sig.take(pa.array(perm)), shuffled)
    assert r1.campaigns == r2.campaigns and r1.membership == r2.membership


def test_low_risk_community_is_not_a_campaign():
    ex, sig, accounts = world()
    calm = pa.table({"account_id": accounts["account_id"], "risk": [0.1] * len(accounts)})
    assert detect_campaigns(ex, sig, calm).campaigns == []


def test_flagged_column_overrides_risk_threshold():
    ex, sig, accounts = world()
    flags = pa.table({"account_id": accounts["account_id"], "risk": accounts["risk"],
                      "flagged": [False] * len(accounts)})
    # nobody flagged alone: no campaign (groups are judged on their pooled traffic instead) ...
    assert detect_campaigns(ex, sig, flags).campaigns == []
    # ... unless the median-risk rule is switched on (median risk >= 0.9)
    from distillguard.campaigns.gating import GateConfig

    cfg = CampaignConfig(gate=GateConfig(median_risk_rule=True))
    found = detect_campaigns(ex, sig, flags, config=cfg).campaigns
    assert [c["rule"] for c in found] == ["collective_risk", "collective_risk"]
    calm = flags.set_column(1, "risk", pa.array([min(r, 0.85) for r in accounts["risk"].to_pylist()]))
    assert detect_campaigns(ex, sig, calm, config=cfg).campaigns == []


def test_empty_input():
    r = detect_campaigns(schema.empty_table(), None, pa.table({"account_id": pa.array([], pa.string()),
                                                              "risk": pa.array([], pa.float64())}))
    assert isinstance(r, CampaignResult) and r.campaigns == [] and r.membership == {}


def _sweeping_fleet():
    """(rows, risk): 30 accounts of one client build, each behind its own home address, handing
    GSM8K out between them (40 items each, none twice); the first 20 flagged on their own."""
    rows, risk = [], {}
    for k in range(30):
        a = f"F{k:02d}"
        rows += account_rows(a, 40, start=T0 + dt.timedelta(hours=k), step_s=3600 + 37 * k, ip=f"73.{k}.8.9",
                             user_agent="OpenAI/JS 5.10.1", temperature=0.6, payment=f"card-F{k}",
                             created=T0 - dt.timedelta(days=200 + 3 * k),
                             signals={"dataset_match.item": lambda i, k=k: f"gsm8k:{k * 40 + i}"})
        risk[a] = 0.9995 if k < 20 else 0.2
    return rows, risk


def test_a_partitioned_sweep_is_one_campaign_of_its_flagged_members():
    """30 accounts of one client build, each behind its own home address, split GSM8K between
    them (linkage.cohort); 20 are flagged on their own. The graph barely ties them (a client build
    that many share weighs little); the partition makes them one campaign, with its figures in words
    and no member that was not flagged added. 30 users of an app drawing at random are no partition."""
    from distillguard.pipeline import account_cohorts

    rng = random.Random(5)
    rows, risk = _sweeping_fleet()
    for k in range(30):
        a = f"S{k:02d}"
        picks = [rng.randrange(1000) for _ in range(40)]
        rows += account_rows(a, 40, start=T0 + dt.timedelta(hours=k), step_s=3000 + 41 * k, ip=f"81.{k}.3.4",
                             user_agent="MathApp/2.0", payment=f"card-S{k}", created=T0 - dt.timedelta(days=100 + k),
                             signals={"dataset_match.item": lambda i, p=picks: f"gsm8k:{p[i]}"})
        risk[a] = 0.9995 if k < 2 else 0.1
    ex, sig = tables(rows)
    accounts = pa.table({"account_id": list(risk), "risk": list(risk.values())})
    view, keyrows, _, bursts, partitions = account_cohorts(ex, sig)
    assert [len(g.members) for g in partitions] == [30] and partitions[0].repeats == 0
    found = detect_campaigns(ex, sig, accounts, view=view, keyrows=keyrows, bursts=bursts, partitions=partitions)
    part = [c for c in found.campaigns if c["rule"] == "partitioned_sweep"]
    assert len(part) == 1 and set(part[0]["account_ids"]) == {f"F{k:02d}" for k in range(20)}
    assert "split gsm8k between them" in part[0]["evidence"][0]["detail"]
    assert not any(found.campaign_of(f"S{k:02d}") for k in range(30))


def test_a_partitions_members_not_flagged_alone_are_judged_pooled():
    """The same partition when its 10 members not flagged alone are pooled (`score_group`): flagged
    at the operating point shared among the partitions found, they join the campaign, with the
    pooled figures in words; pooled traffic that is not flagged lifts nobody."""
    from distillguard.campaigns.collective import GroupScore
    from distillguard.pipeline import account_cohorts

    rows, risk = _sweeping_fleet()
    ex, sig = tables(rows)
    accounts = pa.table({"account_id": list(risk), "risk": list(risk.values())})
    asked = []

    def scorer(flag):
        def score(ids):
            asked.append(sorted(ids))
            return GroupScore(0.99999 if flag else 0.5, flag, 40 * len(ids),
                              [{"signal": "dataset_sweep", "score": 1.0, "detail": "swept 400 distinct known-dataset items"}])
        return score

    view, keyrows, _, bursts, partitions = account_cohorts(ex, sig)
    found = detect_campaigns(ex, sig, accounts, view=view, keyrows=keyrows, bursts=bursts, partitions=partitions,
                             score_group=scorer(True))
    part = [c for c in found.campaigns if c["rule"] == "partitioned_sweep"]
    assert len(part) == 1 and set(part[0]["account_ids"]) == set(risk)
    assert [f"F{k:02d}" for k in range(20, 30)] in asked
    pooled = next(e for e in part[0]["evidence"] if e["signal"] == "collective_evidence")["detail"]
    assert pooled.startswith("10 of its accounts not flagged on their own") and "swept 400" in pooled
    found = detect_campaigns(ex, sig, accounts, view=view, keyrows=keyrows, bursts=bursts, partitions=partitions,
                             score_group=scorer(False))
    part = [c for c in found.campaigns if c["rule"] == "partitioned_sweep"]
    assert len(part) == 1 and set(part[0]["account_ids"]) == {f"F{k:02d}" for k in range(20)}


def test_a_campaign_of_two_client_builds_is_split_by_client():
    """Two farms made the same week copied one system prompt (one sign-up burst on it held both):
    one campaign of 20 + 12 accounts running two client builds becomes two; a fleet that varies
    its client on purpose (no build held by most of it) and a campaign whose other build is held
    by fewer than CLIENT_REST accounts are left whole."""
    from distillguard.campaigns import detect as detect_module
    from distillguard.linkage.graph import build_graph

    rows = []
    for k in range(20):
        rows += account_rows(f"P{k:02d}", 3, ip=f"73.{k}.1.1", user_agent="farm-p/1.0", system_prompt="You are helpful.")
    for k in range(12):
        rows += account_rows(f"Q{k:02d}", 3, ip=f"74.{k}.1.1", user_agent="farm-q/2.0", system_prompt="You are helpful.")
    for k in range(24):
        rows += account_rows(f"V{k:02d}", 3, ip=f"75.{k}.1.1", user_agent=f"varied/{k % 8}")
    for k in range(15):
        rows += account_rows(f"W{k:02d}", 3, ip=f"76.{k}.1.1", user_agent="farm-w/1.0" if k < 9 else "other-w/1.0")
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    idx = {a: i for i, a in enumerate(graph.account_ids)}

    def found(prefixes):
        members = np.array(sorted(idx[a] for a in graph.account_ids if a[0] in prefixes), np.int64)
        return detect_module.Found(0.999, members, "collective_evidence", [])

    out = detect_module.split_by_client(graph, [found("PQ"), found("V"), found("W")])
    groups = sorted(sorted({graph.account_ids[int(a)][0] for a in f.members}) for f in out)
    assert groups == [["P"], ["Q"], ["V"], ["W"]] and len(out) == 4
    assert all(f.risk == 0.999 and f.rule == "collective_evidence" for f in out)


def test_the_bar_shared_among_pooled_groups_is_benjamini_hochbergs():
    """Forty fleets each pooled at 1 - risk = 3e-5 all pass (Bonferroni's 0.001 / 40 = 2.5e-5 would
    stop every one: coordination cannot certify more); one such group among 39 ordinary ones is
    held to Bonferroni's bar and stops; groups too small to pool, or not flagged, pass nothing."""
    from distillguard.campaigns.collective import GroupScore
    from distillguard.campaigns.collective import shared_bar as _shared_bar

    def g(p, flagged=True):
        return GroupScore(risk=1.0 - p, flagged=flagged, exchanges=100, evidence=[], fpr=0.001)

    assert _shared_bar([g(3e-5)] * 40) == pytest.approx(0.001)
    alone = _shared_bar([g(3e-5)] + [g(0.5, flagged=False)] * 39)
    assert alone == pytest.approx(0.001 / 40) and 3e-5 > alone
    assert _shared_bar([g(3e-5)] * 3 + [None] * 37) == pytest.approx(3 * 0.001 / 40)
    assert _shared_bar([]) == pytest.approx(0.001) and _shared_bar([None, None]) == pytest.approx(0.0005)


def test_a_relay_carrying_a_campaigns_traffic_is_no_member_of_it():
    """A reseller's account that relays campaign B's prompts (its template, its schedule, its
    client) among its other customers' is linked to B as tightly as B's own accounts; it is no
    member of B (its verdict is a relay's, risk.end_users), and B stays whole."""
    ex, sig, accounts = world()
    rows = account_rows("RELAY", 60, start=T0 + dt.timedelta(days=1), step_s=450, ip="34.9.9.9",
                        user_agent="OpenAI/Python 1.54.0", payment="card-relay",
                        created=T0 - dt.timedelta(days=300),
                        system_prompt="You are a grader. Score the answer from 1 to 10 with this rubric: " * 5,
                        signals={"template.skeleton": lambda i: "tplB" if i % 2 else f"cust-{i}",
                                 "capability.label": "coding", "language.code": "en"})
    for i, r in enumerate(rows):
        r[schema.END_USER] = f"eu{i % 30}"
    rex, rsig = tables(rows)
    ex, sig = pa.concat_tables([ex, rex.select(ex.column_names)]), pa.concat_tables([sig, rsig.select(sig.column_names)])
    ids = accounts["account_id"].to_pylist() + ["RELAY"]
    risk = accounts["risk"].to_pylist() + [0.99]
    as_member = detect_campaigns(ex, sig, pa.table({"account_id": ids, "risk": risk}))
    assert as_member.campaign_of("RELAY") == as_member.campaign_of("B00") is not None  # (the trap)
    relay = pa.table({"account_id": ids, "risk": risk, "relay": [a == "RELAY" for a in ids]})
    found = detect_campaigns(ex, sig, relay)
    assert found.campaign_of("RELAY") is None
    assert {found.campaign_of(f"B{k:02d}") for k in range(10)} == {found.campaign_of("B00")} != {None}


def test_a_campaign_all_of_one_organisation_or_one_card_is_one_customers():
    """The fact risk.campaign_boost ranks by: every exchange of the campaign carries one and the
    same organisation (else payment instrument); one exchange without it, or a second one, and the
    campaign is no single customer's."""
    from distillguard.campaigns.describe import exchange_facts
    from distillguard.linkage.view import AccountView

    rows = []
    for k in range(3):  # c0: one organisation over two cards; c1: one card; c2: two cards; c3: one card, a row without
        rows += account_rows(f"s{k}", 4, payment=f"card-s{k % 2}")
        rows += account_rows(f"o{k}", 4, payment="card-o")
        rows += account_rows(f"t{k}", 4, payment=f"card-t{k}")
        rows += account_rows(f"u{k}", 4, payment="card-u")
    for r in rows:
        r[schema.ORG_ID] = "org-s" if r[schema.ACCOUNT_ID].startswith("s") else None
    rows[-1][schema.PAYMENT_FINGERPRINT] = None
    ex, sig = tables(rows)
    view = AccountView(ex, sig)
    label = np.array(["sotu".index(a[0]) for a in view.account_ids])
    facts = exchange_facts(view, label, 4)
    assert [f["one_customer"] for f in facts] == ["organisation", "payment instrument", None, None]
