"""Log-probability harvesting: request parameters that return the model's token distribution
(logprobs, top_logprobs) or probe it (logit_bias, many choices per prompt). Soft labels and
top-k distributions are far richer distillation targets than sampled text.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register


@register
class LogprobHarvest(ExchangeDetector):
    name = "logprob_harvest"
    version = "1"
    atlas = ("AML.T0024.002",)
    description = "request token log-probabilities or probe the token distribution"
    threshold = 0.5
    inputs = (schema.LOGPROBS, schema.TOP_LOGPROBS, schema.LOGIT_BIAS, schema.CHOICE_COUNT)

    def score(self, exchanges: pa.Table) -> pa.Table:
        logprobs = _text.flags(exchanges, schema.LOGPROBS)
        top = _text.numbers(exchanges, schema.TOP_LOGPROBS)
        bias = _text.flags(exchanges, schema.LOGIT_BIAS)
        n = _text.numbers(exchanges, schema.CHOICE_COUNT, fill=1.0)
        # Noisy-OR: logprobs alone 0.5; each top-k alternative adds (20 -> 0.9 alone); a logit
        # bias 0.4; several choices per prompt up to 0.35 (common in benign evals, so weak).
        top_part = np.where(top > 0, np.minimum(0.3 + 0.03 * top, 0.9), 0.0)
        parts = [
            np.where(logprobs | (top > 0), 0.5, 0.0),
            top_part,
            np.where(bias, 0.4, 0.0),
            np.where(n > 1, np.minimum(0.1 * (n - 1), 0.35), 0.0),
        ]
        keep = np.ones(len(exchanges))
        for p in parts:
            keep *= 1.0 - p
        return _text.output(self.output_columns(), {self.name: 1.0 - keep})
