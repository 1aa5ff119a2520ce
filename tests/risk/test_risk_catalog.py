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


def _spec(description="x", **traits):
    return {"threshold": 0.5, "per_prompt": True, "description": description, "atlas": [], "evidence": "extraction",
            "family": None, "explanation": None, "min_share": None, "explains": None, **traits}


def test_a_cue_list_that_explains_the_classifier_is_not_scored_beside_it():
    specs = {"extraction_intent": _spec("ask for training outputs", family="content"),
             "cot_elicitation": _spec("ask for reasoning", family="content", explains="extraction_intent")}
    columns = [f.column for f in catalog.risk_features(specs)]
    assert "rate_extraction_intent" in columns and "rate_cot_elicitation" not in columns
    # without the classifier, the cue list is scored itself
    alone = {"cot_elicitation": specs["cot_elicitation"]}
    assert "rate_cot_elicitation" in [f.column for f in catalog.risk_features(alone)]


def test_two_scored_detectors_of_one_family_are_one_feature():
    specs = {"a_sig": _spec("do a", family="fam"), "b_sig": _spec("do b", family="fam"), "c_sig": _spec("do c")}
    feats = catalog.risk_features(specs)
    columns = [f.column for f in feats]
    assert "rate_family_fam" in columns and "rate_a_sig" not in columns and "rate_b_sig" not in columns
    assert "rate_c_sig" in columns
    fam = next(f for f in feats if f.column == "rate_family_fam")
    assert fam.family == "signal:fam" and fam.min_count == catalog.MIN_SIGNAL_COUNT


def test_safety_and_behaviour_signals_get_their_own_family_kinds():
    specs = {"jailbreak": _spec("jailbreak", evidence="safety"), "template": _spec("template", evidence="behaviour",
                                                                                   family="template")}
    fams = {f.column: f.family for f in catalog.risk_features(specs)}
    assert fams["rate_jailbreak"] == "safety:jailbreak" and fams["rate_template"] == "template"


def test_the_classifier_evidence_names_its_top_intent_and_the_agreeing_cue_list():
    feat = catalog.signal_feature("extraction_intent", "ask for training outputs", per_prompt=True,
                                  detail_note=lambda r: catalog._intent_note(r, ("rubric_grading", "cot_elicitation")))
    row = {"count_extraction_intent": 9, "distinct_prompts": 12, "exchanges": 12, "top_intent": "grading",
           "top_intent_share": 0.75, "count_rubric_grading": 4}
    text = feat.detail(row)
    assert text.startswith("9 of 12 distinct prompts ask for training outputs")
    assert "75% of them for grades" in text and "4 match the rubric_grading cue list" in text
    assert "JSON schema" not in text
    # asks read in the response format's schema are said to be (the prompts themselves are bare tasks)
    text = feat.detail({**row, "top_intent": "reasoning_trace", "top_intent_share": 1.0, "count_rubric_grading": 0,
                        "schema_intent_hits": 9})
    assert "100% of them for the model's full reasoning trace" in text
    assert "9 ask through the JSON schema of the response format, not in the prompt" in text


def test_quiet_accounts_ask_for_no_extraction_and_show_nothing_beyond_a_workload():
    """A company seat (volume, fixed parameters, a shared card) is quiet; an account with one
    extraction hit, a new account or a behaviour case is not (campaigns.collective)."""
    import numpy as np
    import pyarrow as pa

    from distillguard.risk.score import AccountRisk, quiet_accounts

    specs = {"extraction_intent": {"evidence": "extraction", "family": "content", "explains": None,
                                   "description": "ask for outputs", "per_prompt": True, "threshold": 0.5}}
    evidence = {
        "seat": [{"signal": "volume"}, {"signal": "fixed_parameters"}, {"signal": "shared_card"}],
        "asker": [{"signal": "volume"}],
        "fresh": [{"signal": "new_account"}, {"signal": "capability_focus"}],
        "behaving": [{"signal": "behaviour_case"}],
        "tiny": [{"signal": "insufficient_traffic"}],
    }
    ids = list(evidence)
    features = pa.table({"account_id": ids, "count_extraction_intent": [0, 1, 0, 0, 0]})
    risk = AccountRisk(ids, np.zeros(5), np.zeros(5, bool), [evidence[a] for a in ids], np.zeros(5), np.ones(5, bool))
    assert quiet_accounts(risk, features, specs).tolist() == [True, False, False, False, True]
