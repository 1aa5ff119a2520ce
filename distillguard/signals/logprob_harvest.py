"""Log-probability harvesting: request parameters that return the model's token distribution
(logprobs, top_logprobs) or probe it (logit_bias, many choices per prompt). Soft labels and
top-k distributions are far richer distillation targets than sampled text.

What a request harvests is the distribution over the tokens it gets back: the confidence of a
one-word label (classifiers read it from logprobs, a common benign use) is not a distillation
target, top-k distributions over long answers are. So the logprob parts scale with the tokens
returned (output tokens, else max_tokens; unknown counts as long). A logit bias keeps full
weight on any length: probing with logit_bias on one-token answers is how a model's output
layer is stolen (Carlini et al. 2024).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register


# Tokens returned with their distributions at which the logprob parts count in full.
FULL_TOKENS = 100.0


@register
class LogprobHarvest(ExchangeDetector):
    name = "logprob_harvest"
    # How an account asks (request parameters), not what it asks for: one request parameter never
    # makes a case alone (#11); developers and prompt engineers read log-probabilities too (an
    # independently written log's 37 of 550 developers were flagged on it beside a few public
    # test items). It strengthens a case, and counts beside coordination.
    evidence = "behaviour"
    version = "2"
    atlas = ("AML.T0024.002",)
    description = "request token log-probabilities or probe the token distribution"
    threshold = 0.5
    inputs = (schema.LOGPROBS, schema.TOP_LOGPROBS, schema.LOGIT_BIAS, schema.CHOICE_COUNT, schema.OUTPUT_TOKENS,
              schema.MAX_TOKENS)

    def score(self, exchanges: pa.Table) -> pa.Table:
        logprobs = _text.flags(exchanges, schema.LOGPROBS)
        top = _text.numbers(exchanges, schema.TOP_LOGPROBS)
        bias = _text.flags(exchanges, schema.LOGIT_BIAS)
        n = _text.numbers(exchanges, schema.CHOICE_COUNT, fill=1.0)
        returned = _text.tokens_returned(exchanges, unknown=FULL_TOKENS)
        volume = np.where(bias, 1.0, np.minimum(returned / FULL_TOKENS, 1.0))
        # Noisy-OR: logprobs alone 0.5; each top-k alternative adds (20 -> 0.9 alone); a logit
        # bias 0.4; several choices per prompt up to 0.35 (common in benign evals, so weak).
        top_part = np.where(top > 0, np.minimum(0.3 + 0.03 * top, 0.9), 0.0)
        parts = [
            np.where(logprobs | (top > 0), 0.5, 0.0) * volume,
            top_part * volume,
            np.where(bias, 0.4, 0.0),
            np.where(n > 1, np.minimum(0.1 * (n - 1), 0.35), 0.0),
        ]
        keep = np.ones(len(exchanges))
        for p in parts:
            keep *= 1.0 - p
        return _text.output(self.output_columns(), {self.name: 1.0 - keep})
