"""Coordination makes a case with a second family; behaviour never alone; its tail saturates."""

import numpy as np
import pyarrow as pa

from distillguard.risk import Reference, RiskModel, catalog
from distillguard.risk.score import is_coordination_family

N_REF = 2000


def reference() -> Reference:
    rng = np.random.default_rng(0)
    n = rng.integers(5, 2000, N_REF).astype(float)
    return Reference({
        "exchanges": n,
        "cohort_signup": np.where(rng.random(N_REF) < 0.01, 6.0, 0.0),  # a few benign teams made together
        "cohort_card": np.where(rng.random(N_REF) < 0.03, 40.0, 1.0),  # company cards
        "top_params_share": rng.beta(2, 2, N_REF),
        "single_turn_ratio": rng.beta(2, 2, N_REF),
    }, {"source": "test"})


def accounts(**cols) -> pa.Table:
    base = {"account_id": [f"a{i}" for i in range(len(next(iter(cols.values()))))]}
    n = len(base["account_id"])
    base.update({"exchanges": [200] * n, "cohort_signup": [0.0] * n, "cohort_card": [1] * n,
                 "top_params_share": [0.5] * n, "single_turn_ratio": [0.5] * n, "cohort_signup_within": [0] * n,
                 "cohort_signup_holders": [0] * n, "cohort_signup_artifact": [None] * n, "distinct_params": [3] * n})
    base.update(cols)
    return pa.table(base)


def test_coordination_beyond_the_reference_and_a_second_family_flag():
    model = RiskModel(reference(), target_fpr=0.001)
    feats = accounts(cohort_signup=[120.0, 120.0, 0.0, 0.0], top_params_share=[1.0, 0.5, 1.0, 1.0],
                     single_turn_ratio=[0.5, 0.5, 1.0, 0.5], cohort_signup_within=[120, 120, 0, 0],
                     cohort_signup_holders=[120, 120, 0, 0],
                     cohort_signup_artifact=["payment instrument", "payment instrument", None, None])
    risk = model.score(feats, {})
    # farm with fixed parameters: flagged; farm behaving ordinarily: one family, not flagged;
    # two behaviour families without coordination or extraction: never a case
    assert risk.flagged.tolist() == [True, False, False, False]
    words = " ".join(e["detail"] for e in risk.evidence[0])
    assert "120 of the 120 accounts sharing its payment instrument (itself included) were created within 72 hours" in words


def test_coordination_evidence_saturates_at_the_reference_size():
    model = RiskModel(reference(), target_fpr=0.001)
    feats = accounts(cohort_signup=[20.0, 20000.0], top_params_share=[1.0, 1.0])
    risk = model.score(feats, {})
    assert risk.combined[0] == risk.combined[1]  # a finite reference certifies no more than 1 / (n + 1)
    feat = next(f for f in catalog.risk_features({}) if f.column == "cohort_signup")
    assert feat.saturate and is_coordination_family(feat.family)


def test_pooled_groups_do_not_count_volume():
    model = RiskModel(reference(), target_fpr=0.001)
    feats = accounts(exchanges=[10**7])
    alone, pooled = model.score(feats, {}), model.score(feats, {}, pooled=True)
    assert any(e["signal"] == "volume" for e in alone.evidence[0])
    assert not any(e["signal"] == "volume" for e in pooled.evidence[0])
