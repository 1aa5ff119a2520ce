"""Relay verdicts: flagged end users against what a benign relay shows at the operating point."""

import numpy as np
import pyarrow as pa

from distillguard.risk.end_users import MIN_RELAY_FLAGGED, SEPARATOR, relay_verdicts, relay_words
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
    assert v["front"]["flagged_traffic_share"] > 0.9 and v["front"]["significant"]
    assert "40 of 1000 judged end users flagged, 4% of its traffic" in relay_words(v["busy"])


def test_too_few_flagged_end_users_is_never_significant():
    risk, feats = build(eu("small", 25, {0, 1}))
    v = relay_verdicts(["small"], risk, feats, 0.001)
    assert v["small"]["end_users_flagged"] == 2 < MIN_RELAY_FLAGGED and not v["small"]["significant"]
