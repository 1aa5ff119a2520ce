"""Baseline: per-account rate and volume limits, what API gateways enforce today.

Three features per account: peak requests in one minute, peak requests in one UTC day, peak
tokens (input + output) in one UTC day. Each is scored against the benign reference accounts'
distribution of the same feature:

    s_f(x) = share of reference accounts with value <= x          when x <= reference max
    s_f(x) = 1 + ln(x / reference max)                              above it

so 1 means "as high as the busiest benign account" and anything above is ordered by how far
beyond it the account goes. The account's score is the largest s_f. The flag threshold is the
reference accounts' own score at the target benign FPR, like a limit set just above normal use.
"""

from __future__ import annotations

import numpy as np

from distillguard.evaluate.baselines.calibration import exceedance_risk, upper_threshold
from distillguard.evaluate.traffic import AccountTraffic

FEATURES = ("peak_per_minute", "peak_per_day", "peak_tokens_per_day")


class RateLimitBaseline:
    name = "rate_limit"
    needs_embeddings = False

    def __init__(self, target_fpr: float = 0.01) -> None:
        self.target_fpr = target_fpr
        self._reference: dict[str, np.ndarray] = {}
        self.threshold = None
        self.centre = None

    def calibrate(self, reference: AccountTraffic, context=None) -> None:
        self._reference = {f: np.sort(getattr(reference, f).astype(float)) for f in FEATURES}
        null = self.raw_scores(reference)
        self.threshold = upper_threshold(null, self.target_fpr)
        self.centre = float(np.median(null)) if null.size else 0.0

    def raw_scores(self, traffic: AccountTraffic) -> np.ndarray:
        per_feature = []
        for f in FEATURES:
            ref = self._reference[f]
            x = getattr(traffic, f).astype(float)
            if ref.size == 0:
                per_feature.append(np.zeros_like(x))
                continue
            top = ref[-1]
            share = np.searchsorted(ref, x, side="right") / ref.size
            beyond = 1.0 + np.log(np.maximum(x, 1e-12) / top) if top > 0 else np.where(x > 0, 2.0, 1.0)
            per_feature.append(np.where(x <= top, share, beyond))
        return np.max(per_feature, axis=0) if per_feature else np.zeros(len(traffic.accounts))

    def score(self, traffic: AccountTraffic, context=None):
        raw = self.raw_scores(traffic)
        return raw, raw > self.threshold, exceedance_risk(raw, self.centre, self.threshold)

    def describe(self) -> dict:
        return {
            "target_fpr": self.target_fpr,
            "threshold": self.threshold,
            "reference_max": {f: (float(v[-1]) if v.size else None) for f, v in self._reference.items()},
        }
