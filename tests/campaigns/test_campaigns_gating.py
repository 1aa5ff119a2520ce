
import numpy as np
import pyarrow as pa

from distillguard.campaigns import GateConfig, detect_campaigns
from distillguard.campaigns.gating import campaign_risk, is_campaign, keep_members
from distillguard.linkage import build_graph
from distillguard.linkage.synthetic import account_rows, tables

CFG = GateConfig()


def test_member_risk_rule_needs_two_flagged_a_quarter_and_cohesion():
    strong = np.full(8, 0.95)
    assert is_campaign(np.array([1, 1, 0, 0, 0, 0, 0, 0], bool), np.zeros(8, bool), strong, CFG)[1] == "member_risk"
    assert not is_campaign(np.array([1, 0, 0, 0, 0, 0, 0, 0], bool), np.zeros(8, bool), strong, CFG)[0]
    flagged = np.array([1, 1] + [0] * 10, bool)  # 2 of 12 is under a quarter
    assert not is_campaign(flagged, np.zeros(12, bool), np.full(12, 0.95), CFG)[0]
    loose = np.full(8, 0.4)  # two flagged accounts merely sharing a busy address
    assert not is_campaign(np.array([1, 1, 0, 0, 0, 0, 0, 0], bool), np.zeros(8, bool), loose, CFG)[0]


def test_single_account_is_never_a_campaign():
    assert not is_campaign(np.array([True]), np.array([True]), np.array([1.0]), CFG, np.array([1.0]))[0]


def test_clean_members_need_strength_and_two_kinds():
    flagged = np.array([True, False, False, False])
    strength = np.array([0.35, 0.9, 0.9, 0.5])
    kinds = np.array([1, 2, 1, 3])
    assert keep_members(flagged, strength, kinds, CFG).tolist() == [True, True, False, False]


def test_campaign_risk_rises_with_share_flagged():
    r = np.array([0.99, 0.99, 0.2, 0.2])
    assert campaign_risk(r, np.array([1, 1, 0, 0], bool)) > campaign_risk(r, np.array([1, 0, 0, 0], bool))
    assert 0.0 <= campaign_risk(r, np.zeros(4, bool)) <= 1.0


def test_complementary_sweep_with_one_flagged_account_is_a_campaign():
    rows = []
    for k in range(6):
        rows += account_rows(f"s{k}", 30, step_s=700, ip=f"45.33.1.{k}", user_agent="sweeper/1",
                             signals={"dataset_match.item": lambda i, k=k: f"gsm8k:{k * 100 + i}"})
    ex, sig = tables(rows)
    risk = pa.table({"account_id": [f"s{k}" for k in range(6)], "risk": [0.99] + [0.3] * 5})
    found = detect_campaigns(ex, sig, risk).campaigns
    assert len(found) == 1 and found[0]["rule"] == "suspicious_coordination" and found[0]["size"] == 6


def test_corroborated_weight_halves_lone_links():
    rows = (account_rows("a", 3, payment="card") + account_rows("b", 3, payment="card")
            + account_rows("c", 3, payment="card2", ip="45.33.1.1", user_agent="bot/2")
            + account_rows("d", 3, payment="card2", ip="45.33.1.1", user_agent="bot/2"))
    g = build_graph(*tables(rows))
    w = g.corroborated_weight()
    idx = g.account_index()
    lone = np.flatnonzero((g.src == idx["a"]) & (g.dst == idx["b"]))[0]
    multi = np.flatnonzero((g.src == idx["c"]) & (g.dst == idx["d"]))[0]
    assert np.isclose(w[lone], 0.5 * g.weight[lone])
    assert w[multi] >= 0.85 * g.weight[multi]  # payment, address family, client: 3 families
