"""Relay verdicts: flagged end users against what a benign relay shows at the operating point."""

import numpy as np
import pyarrow as pa

from distillguard.risk.end_users import (MIN_RELAY_FLAGGED, SEPARATOR, UNNAMED, flag_own_traffic, is_front,
                                         relay_verdicts, relay_words)
from distillguard.risk.score import AccountRisk


def eu(account: str, n_users: int, flagged: set[int], exchanges: int = 10, big: dict | None = None):
    ids = [f"{account}{SEPARATOR}u{i}" for i in range(n_users)]
    ex = [(big or {}).get(i, exchanges) for i in range(n_users)]
    return ids, [i in flagged for i in range(n_users)], ex


def build(*relays):
    ids, flags, ex = [], [], []
    for r in relays:
        ids += r[0]
        flags += r[1]
        ex += r[2]
    n = len(ids)
    risk = AccountRisk(ids, np.zeros(n), np.array(flags), [[] for _ in ids], np.zeros(n), np.ones(n, bool))
    return risk, pa.table({"account_id": ids, "exchanges": ex})


def test_a_relay_with_many_flagged_end_users_is_significant_and_one_with_a_chance_flag_is_not():
    risk, feats = build(eu("busy", 1000, set(range(40))), eu("quiet", 1000, {7}), eu("front", 30, set(range(20)),
                                                                                    big={i: 50 for i in range(20)}))
    v = relay_verdicts(["busy", "quiet", "front"], risk, feats, 0.001)
    assert v["busy"]["significant"] and v["busy"]["end_users_flagged"] == 40
    assert v["busy"]["flagged_traffic_share"] == 0.04 and v["busy"]["p_value"] < 1e-30
    assert not v["quiet"]["significant"]  # one flagged end user in 1,000 is what a benign relay shows
    assert v["front"]["flagged_traffic_share"] > 0.9 and v["front"]["significant"] and is_front(v["front"])
    assert not is_front(v["busy"])
    assert "40 of 1000 judged end users flagged, 4% of its traffic" in relay_words(v["busy"])


def test_a_reseller_whose_few_flagged_end_users_carry_most_of_its_traffic_is_no_front():
    """260 heavy flagged end users among 1,760 carry 53% of a reseller's traffic: significant, its
    flagged end users listed, but a customer with bad tenants, not a front."""
    risk, feats = build(eu("resale", 1760, set(range(260)), exchanges=5, big={i: 40 for i in range(260)}))
    v = relay_verdicts(["resale"], risk, feats, 0.001)["resale"]
    assert v["significant"] and v["flagged_traffic_share"] > 0.5 and v["flagged_end_user_share"] < 0.2
    assert not is_front(v)


def test_too_few_flagged_end_users_is_never_significant():
    risk, feats = build(eu("small", 25, {0, 1}))
    v = relay_verdicts(["small"], risk, feats, 0.001)
    assert v["small"]["end_users_flagged"] == 2 < MIN_RELAY_FLAGGED and not v["small"]["significant"]


def _relay_draws(relay: str, users: dict[str, list[str]]):
    """(exchanges, signals) of one relay's end users drawing the given items."""
    from distillguard import schema

    ids, items = [], []
    for user, drawn in users.items():
        for item in drawn:
            ids.append(f"{relay}{SEPARATOR}{user}")
            items.append(item)
    return pa.table({schema.ACCOUNT_ID: pa.array(ids)}), pa.table({"dataset_match.item": pa.array(items)})


def test_end_users_of_a_relay_splitting_a_dataset_are_a_partition_and_random_drawers_are_not():
    """300 end users of one relay hand GSM8K out in turn (2-4 items each, none judged alone): one
    partition of all of them. 300 end users of another drawing as many items at random from a
    pool where chance gives ~30 repeats: none."""
    from distillguard.risk.end_users import relay_partitions

    rng = np.random.default_rng(3)
    sizes = rng.integers(2, 5, 300)
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    sweep = {f"u{k}": [f"gsm8k:{s + j}" for j in range(n)] for k, (s, n) in enumerate(zip(starts, sizes))}
    chance = {f"v{k}": [f"gsm8k:{i}" for i in rng.choice(15000, n, replace=False)] for k, n in enumerate(sizes)}
    ex1, sig1 = _relay_draws("router-a", sweep)
    ex2, sig2 = _relay_draws("router-b", chance)
    found = relay_partitions(pa.concat_tables([ex1, ex2]), pa.concat_tables([sig1, sig2]), pools={"gsm8k": 15000})
    assert len(found) == 1
    relay, dataset, members, (draws, repeats, expected) = found[0]
    assert (relay, dataset, len(members), repeats) == ("router-a", "gsm8k", 300, 0) and expected > 20
    assert members[0].startswith("router-a" + SEPARATOR)


def test_relay_accounts_carrying_the_same_end_users_or_one_organisation_are_one_relay():
    """A reseller spreading its customers over upstream keys k1, k2 (the same 30 end users) is one
    relay; another reseller's key is its own, unless it shares that reseller's organisation; an
    end user id most relays carry ("user") ties nobody."""
    from distillguard import schema
    from distillguard.risk.end_users import relay_groups

    rows = []
    for key in ("k1", "k2"):
        rows += [(key, f"u{i}", None) for i in range(30)]
    rows += [("other", f"v{i}", "org-9") for i in range(30)] + [("other2", f"w{i}", "org-9") for i in range(30)]
    rows += [("solo", f"x{i}", None) for i in range(30)] + [("solo", "user", None), ("k1", "user", None)]
    ex = pa.table({schema.ACCOUNT_ID: [r[0] for r in rows], schema.END_USER: [r[1] for r in rows],
                   schema.ORG_ID: [r[2] for r in rows]})
    lead = relay_groups(ex)
    assert lead == {"k1": "k1", "k2": "k1", "other": "other", "other2": "other", "solo": "solo"}


def test_a_router_spreading_each_end_user_over_a_pool_of_200_keys_is_one_relay():
    """1,500 end users of 14 requests, each request to one of 200 keys at random: two keys share
    ~7 end users of ~100, and the 200 keys are one relay; a router of its own beside them stays
    apart."""
    from distillguard import schema
    from distillguard.risk.end_users import relay_groups

    rng = np.random.default_rng(8)
    acc, users = [], []
    for u in range(1500):
        for key in rng.integers(0, 200, 14):
            acc.append(f"key{key:03d}"), users.append(f"u{u}")
    for u in range(300):
        acc.append("router-x"), users.append(f"x{u}")
    lead = relay_groups(pa.table({schema.ACCOUNT_ID: acc, schema.END_USER: users}))
    assert set(lead[f"key{k:03d}"] for k in range(200)) == {"key000"} and lead["router-x"] == "router-x"


def test_a_relay_whose_own_requests_are_flagged_is_flagged_and_one_with_flagged_customers_is_not():
    """Requests that name no end user are the relay's own: flagged on their own, they flag it (after
    the campaign stage), with that as its evidence; flagged customers alone do not."""
    base = AccountRisk(account_ids=["relay-own", "relay-customers", "other"], risk=np.array([0.2, 0.3, 0.1]),
                       flagged=np.array([False, False, False]), evidence=[[], [], []], combined=np.zeros(3),
                       judged=np.ones(3, bool), campaign_ids=[None] * 3)
    item = {"signal": "extraction_intent", "score": 1.0, "detail": "1386 of 1521 distinct prompts ask for ..."}
    listed = {"relay-own": [{"end_user": UNNAMED, "risk": 0.99999, "flagged": True, "evidence": [item]},
                            {"end_user": "u-1", "risk": 0.9999, "flagged": True, "evidence": [item]}],
              "relay-customers": [{"end_user": "u-2", "risk": 0.99999, "flagged": True, "evidence": [item]}]}
    relays = {"relay-own": {}, "relay-customers": {}}
    out = flag_own_traffic(base, listed, relays)
    assert out.flagged.tolist() == [True, False, False] and out.risk[0] == 0.99999
    assert out.evidence[0][0]["signal"] == "relay_own_traffic" and "name no end user" in out.evidence[0][0]["detail"]
    assert not base.flagged.any()  # the input is not modified
    assert flag_own_traffic(base, {"relay-customers": listed["relay-customers"]}, relays) is base

