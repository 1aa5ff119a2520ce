"""Which values a risk feature is scored on: Wilson lower bounds, floors, the share's denominator."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard.risk import catalog


def _features(**cols) -> pa.Table:
    return pa.table({k: pa.array(v, pa.float64()) for k, v in cols.items()})


def test_prompt_signal_share_is_of_distinct_prompts():
    feat = catalog.signal_feature("cot_elicitation", "ask for reasoning", per_prompt=True)
    assert feat.per == "distinct_prompts"
    # 40 of 50 distinct prompts, sent 500 times (tool loops): judged on n = 50, not 500
    t = _features(exchanges=[500.0], distinct_prompts=[50.0], rate_cot_elicitation=[0.8])
    assert np.isclose(catalog.scoring_values(t, feat)[0], catalog.wilson_lower(np.array([0.8]), np.array([50.0]))[0])
    assert feat.detail({"count_cot_elicitation": 40, "distinct_prompts": 50, "exchanges": 500}).startswith(
        "40 of 50 distinct prompts")


def test_a_signal_seen_in_one_or_two_prompts_is_no_evidence():
    feat = catalog.signal_feature("rubric_grading", "grade", per_prompt=True)
    t = _features(exchanges=[40.0, 40.0, 40.0], distinct_prompts=[4.0, 4.0, 12.0],
                  rate_rubric_grading=[0.25, 0.5, 0.25])  # 1 of 4, 2 of 4, 3 of 12
    values = catalog.scoring_values(t, feat)
    assert values[0] == 0.0 and values[1] == 0.0
    assert values[2] > 0.0


def test_per_request_signal_and_old_features_without_distinct_prompts():
    feat = catalog.signal_feature("logprob_harvest", "harvest logprobs")
    assert feat.per == "exchanges"
    t = _features(exchanges=[100.0], rate_logprob_harvest=[0.5])
    assert np.isclose(catalog.scoring_values(t, feat)[0], catalog.wilson_lower(np.array([0.5]), np.array([100.0]))[0])
    # a reference saved before distinct_prompts existed falls back to exchanges
    prompt_feat = catalog.signal_feature("cot_elicitation", "x", per_prompt=True)
    old = _features(exchanges=[100.0], rate_cot_elicitation=[0.5])
    assert np.isclose(catalog.scoring_values(old, prompt_feat)[0], catalog.wilson_lower(np.array([0.5]), np.array([100.0]))[0])
