"""Soft-label harvesting: requests that buy the model's top-k token distribution over a whole
answer. That is the target of knowledge distillation proper (a student trained on the teacher's
soft labels, Hinton et al. 2015), far richer than the sampled text: each answer token comes
with its k likeliest alternatives and their probabilities.

Unlike `logprob_harvest` (how an account asks: any log-probabilities, logit bias, several
choices), this is *what* it asks for, so its evidence is extraction: a request counts only where
it asks for a distribution (top_logprobs >= MIN_ALTERNATIVES) over an answer (MIN_ANSWER_TOKENS
returned, or allowed when the log holds no usage). The benign uses of log-probabilities read a
label's confidence (one to a few tokens: classifiers, multiple-choice evals) or sample them now
and then (developers, uncertainty research); so the account-level share must make up the bulk of
its traffic (`min_share`). Measured on five independently written logs: no benign account sent such
requests on more than half of its traffic (at most 3 of 6, 4 of 9: Wilson lower bounds near 0.2),
the one soft-label fleet on 100% (benchmarks/results/coordination.md, session 25).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register

# top_logprobs at which a request asks for a distribution (one alternative is the sampled token)
MIN_ALTERNATIVES = 2
# tokens returned (output tokens; else max_tokens) at which it is a distribution over an answer,
# not a label's: a classifier or a multiple-choice eval reads 1-10 tokens. 32 shifted the
# reference enough to drop a borderline pooled group of the held-out scenario (3 accounts); an
# attacker harvesting in chunks under 100 tokens still shows in logprob_harvest (behaviour)
MIN_ANSWER_TOKENS = 100


@register
class SoftLabelHarvest(ExchangeDetector):
    name = "soft_label_harvest"
    evidence = "extraction"
    version = "1"
    atlas = ("AML.T0024.002",)
    description = "ask for the model's top-k token distributions over whole answers (soft labels)"
    threshold = 0.5
    # Harvesting makes it the bulk of what an account asks (Wilson lower bound of its share):
    # benign accounts that read distributions do so on a minority of requests.
    min_share = 0.5
    inputs = (schema.TOP_LOGPROBS, schema.OUTPUT_TOKENS, schema.MAX_TOKENS)

    def score(self, exchanges: pa.Table) -> pa.Table:
        top = _text.numbers(exchanges, schema.TOP_LOGPROBS)
        returned = _text.tokens_returned(exchanges, unknown=0.0)  # neither known: not counted
        hit = (top >= MIN_ALTERNATIVES) & (returned >= MIN_ANSWER_TOKENS)
        # more alternatives, a richer label: 2 -> 0.55, 10 -> 0.75, 20 -> 1.0
        score = np.where(hit, np.minimum(0.5 + 0.025 * top, 1.0), 0.0)
        return _text.output(self.output_columns(), {self.name: score})
