"""Thresholds from benign reference scores only (never from the labels being evaluated)."""

from __future__ import annotations

import numpy as np


def upper_threshold(null_scores: np.ndarray, target_fpr: float) -> float:
    """The lowest threshold t with share(null > t) <= target_fpr; flag a score when score > t.

    Ties at t are never flagged, so the benign share flagged stays at or under the target on
    the reference itself.
    """
    null = np.sort(np.asarray(null_scores, dtype=float))[::-1]
    if null.size == 0:
        return float("inf")
    allowed = int(np.floor(target_fpr * null.size + 1e-9))
    return float(null[min(allowed, null.size - 1)])


def exceedance_risk(score: np.ndarray, centre: float, threshold: float) -> np.ndarray:
    """Map a score onto [0, 1] so that 0.5 is exactly the calibrated threshold.

    r = (score - centre) / (threshold - centre) is 0 at the benign median and 1 at the threshold;
    a logistic squashes it. Monotone, so curves are unchanged; comparable across buckets.
    """
    span = threshold - centre
    if not np.isfinite(span) or span <= 0:
        span = 1e-12
    r = (np.asarray(score, dtype=float) - centre) / span
    return 1.0 / (1.0 + np.exp(-4.0 * (r - 1.0)))
