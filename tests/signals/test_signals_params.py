"""Detectors that read request parameters: logprob_harvest and output_length_max."""

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
