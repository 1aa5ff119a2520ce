"""Account-level metrics from a risk score and a flagged decision.

Positives are campaign accounts, negatives benign accounts. Everything here is a pure function
of numpy arrays so it can be checked by hand in tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score, roc_curve, precision_recall_curve


@dataclass(frozen=True)
class OperatingPoint:
    """The result of thresholding risk so that benign FPR stays at or under a target."""

    target_fpr: float
    threshold: float | None  # accounts with risk >= threshold are flagged; None: nothing can be
    fpr: float
    recall: float
    benign_flagged: int
    campaign_flagged: int


def roc_auc(y: np.ndarray, risk: np.ndarray) -> float | None:
    """Area under the ROC curve; ties count half (the Mann-Whitney statistic). None without both classes."""
    if y.all() or not y.any():
        return None
    return float(roc_auc_score(y, risk))


def pr_auc(y: np.ndarray, risk: np.ndarray) -> float | None:
    """Area under the precision-recall curve as average precision (step-wise, no interpolation,
    so it never overstates the area between points). None without positives."""
    if not y.any():
        return None
    return float(average_precision_score(y, risk))


def recall_at_fpr(y: np.ndarray, risk: np.ndarray, target_fpr: float) -> OperatingPoint | None:
    """Recall at the lowest risk threshold whose benign FPR is <= target_fpr.

    An account is flagged when risk >= threshold, so accounts tied at the threshold are all in:
    a threshold cannot split ties. The candidates are the distinct observed risks plus "flag
    nothing"; FPR only falls as the threshold rises, so the lowest admissible candidate gives the
    highest recall. With n benign accounts a target below 1/n admits no benign account at all.
    """
    y = np.asarray(y, dtype=bool)
    risk = np.asarray(risk, dtype=float)
    n_benign, n_campaign = int((~y).sum()), int(y.sum())
    if n_benign == 0 or n_campaign == 0:
        return None
    allowed = int(np.floor(target_fpr * n_benign + 1e-9))  # benign accounts we may flag
    benign_desc = np.sort(risk[~y])[::-1]
    # The threshold must sit strictly above the (allowed+1)-th highest benign risk.
    if allowed >= n_benign:
        threshold = float(risk.min())
    else:
        bar = benign_desc[allowed]
        above = risk[risk > bar]
        threshold = float(above.min()) if above.size else None
    if threshold is None:
        return OperatingPoint(target_fpr, None, 0.0, 0.0, 0, 0)
    flagged = risk >= threshold
    benign_flagged = int((flagged & ~y).sum())
    campaign_flagged = int((flagged & y).sum())
    return OperatingPoint(
        target_fpr, threshold, benign_flagged / n_benign, campaign_flagged / n_campaign, benign_flagged, campaign_flagged
    )


@dataclass(frozen=True)
class FlaggedCounts:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def fpr(self) -> float | None:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else None


def flagged_counts(y: np.ndarray, flagged: np.ndarray) -> FlaggedCounts:
    y = np.asarray(y, dtype=bool)
    flagged = np.asarray(flagged, dtype=bool)
    return FlaggedCounts(
        tp=int((y & flagged).sum()),
        fp=int((~y & flagged).sum()),
        fn=int((y & ~flagged).sum()),
        tn=int((~y & ~flagged).sum()),
    )


def curves(y: np.ndarray, risk: np.ndarray) -> dict | None:
    """ROC and PR curve points for plotting (None without both classes)."""
    if y.all() or not y.any():
        return None
    fpr, tpr, _ = roc_curve(y, risk)
    precision, recall, _ = precision_recall_curve(y, risk)
    return {"fpr": fpr, "tpr": tpr, "precision": precision, "recall": recall}
