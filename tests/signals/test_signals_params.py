"""Detectors that read request parameters: logprob_harvest, soft_label_harvest and output_length_max."""

from __future__ import annotations

from distillguard import schema
from distillguard.signals import get_detector


def _score(name, table, prompts=None, **cols):
    return get_detector(name).score(table(prompts, **cols)).column(name).to_pylist()


def test_logprob_harvest(table):
    s = _score(
        "logprob_harvest",
        table,
        **{
            schema.LOGPROBS: [None, False, True, True, False, None],
            schema.TOP_LOGPROBS: [None, None, None, 20, None, None],
            schema.LOGIT_BIAS: [None, None, None, None, True, None],
            schema.CHOICE_COUNT: [None, 1, None, None, None, 2],
        },
    )
    assert s[0] == 0.0 and s[1] == 0.0
    assert s[2] >= 0.5  # logprobs requested
    assert s[3] > s[2] and s[3] >= 0.9  # top-20 distributions
    assert s[4] < 0.5 and s[5] < 0.5  # a logit bias alone, two choices alone: weak


def test_output_length_max(table):
    s = _score(
        "output_length_max",
        table,
        prompts=["hi", "hi", "Explain photosynthesis.", "Write at least 10,000 words, as detailed as possible.", "请尽可能详细地回答，不少于5000字。", "hi"],
        **{
            schema.MAX_TOKENS: [None, 256, 64_000, None, None, None],
            schema.INPUT_TOKENS: [None, 5, 10, 20, 20, 10],
            schema.OUTPUT_TOKENS: [None, 40, 100, 300, 300, 8000],
        },
    )
    assert s[0] == 0.0 and s[1] == 0.0
    assert s[2] >= 0.5 and s[3] >= 0.5 and s[4] >= 0.5
    assert 0.0 < s[5] < 0.8  # 800x amplification counts, but is not proof alone


def test_logprob_harvest_weighs_the_tokens_returned(table):
    """Label confidence on a 2-token answer is not a harvest; top-k over long answers is; a logit
    bias on one-token answers (output-layer stealing) keeps full weight."""
    s = _score(
        "logprob_harvest",
        table,
        **{
            schema.LOGPROBS: [True, True, True, True, True],
            schema.TOP_LOGPROBS: [5, 5, 5, 5, 5],
            schema.LOGIT_BIAS: [None, None, None, True, None],
            schema.MAX_TOKENS: [16, 4000, None, 1, None],
            schema.OUTPUT_TOKENS: [2, 900, None, 1, 60],
        },
    )
    assert s[0] < 0.1  # classifier reading label confidence
    assert s[1] >= 0.5 and s[2] >= 0.5  # long answers; unknown length counts as long
    assert s[3] >= 0.5  # logit bias probing on one token
    assert s[1] > s[4] > s[0]  # in between: scaled by the tokens returned


def test_soft_label_harvest_is_a_distribution_over_an_answer(table):
    """Top-k distributions over whole answers are soft labels; a label's confidence (a few tokens),
    logprobs without alternatives or one alternative, and unknown lengths are not."""
    s = _score(
        "soft_label_harvest",
        table,
        **{
            schema.LOGPROBS: [True, True, True, True, True, True, True, None, True],
            schema.TOP_LOGPROBS: [20, 20, 2, 1, None, 20, 10, None, 20],
            schema.MAX_TOKENS: [2048, 1, None, 4000, 4000, 4000, None, 4000, 16],
            schema.OUTPUT_TOKENS: [600, 1, 300, 900, 900, None, None, 900, 60],
        },
    )
    assert s[0] == 1.0  # top-20 over 600 tokens
    assert s[1] == 0.0  # one token: a classifier's label confidence
    assert 0.5 <= s[2] < s[0]  # top-2: a poorer label, still a distribution
    assert s[3] == 0.0 and s[4] == 0.0  # one alternative, or none: no distribution
    assert s[5] == 1.0  # no usage in the log: the tokens the request allowed
    assert s[6] == 0.0  # neither known: not counted
    assert s[7] == 0.0
    assert s[8] == 0.0  # 60 tokens: a short answer's confidence


def test_soft_label_harvest_counts_only_as_the_bulk_of_an_account():
    """Researchers and prompt engineers read distributions on a minority of requests: the risk
    stage ignores a share whose lower bound is under the detector's min_share."""
    from distillguard.risk.catalog import risk_features
    from distillguard.signals.soft_label_harvest import SoftLabelHarvest

    spec = {"soft_label_harvest": {"description": SoftLabelHarvest.description, "evidence": "extraction",
                                   "min_share": SoftLabelHarvest.min_share, "per_prompt": False}}
    feat = next(f for f in risk_features(spec) if f.signal == "soft_label_harvest")
    assert feat.family.startswith("signal:") and feat.min_share == 0.5 and feat.per == "exchanges"
