"""Baseline: PRADA (Juuti et al., "PRADA: Protecting against DNN Model Stealing Attacks",
EuroS&P 2019), adapted from images to text queries.

Per account, in time order, each new query's minimum L2 distance to the account's earlier
queries in a *growing set* G is recorded. As in the paper, a query joins G only when its
distance exceeds mean - std of the distances of the queries already in G (so near-duplicates do
not crowd G). Benign queries give roughly normally distributed distances; crafted or templated
queries do not, so the Shapiro-Wilk W statistic of the recorded distances falls. The account is
flagged when W < delta.

Adaptations, documented:
- distance is between text embeddings (see `distillguard.evaluate.embeddings`), unit length;
- PRADA has one growing set per predicted class; text has no class, so one set per account;
- queries are the account's bounded prompt sample (`traffic.py`), not every query, to bound
  cost; an account with fewer than `min_queries` sampled prompts is not judged (risk 0);
- if every distance is identical (e.g. the same prompt again and again) W is undefined; it is
  scored 0, the least normal possible, because such traffic is the most repetitive there is;
- delta is the benign reference accounts' W at the target FPR (never from labels).
"""

from __future__ import annotations

import warnings

import numpy as np
from scipy.stats import shapiro

from distillguard.evaluate.baselines.calibration import upper_threshold

MIN_QUERIES = 12


def min_distances(embeddings: np.ndarray) -> np.ndarray:
    """PRADA's recorded distances for one account's time-ordered query embeddings."""
    n = embeddings.shape[0]
    if n < 2:
        return np.zeros(0)
    gram = embeddings @ embeddings.T
    sq = np.maximum(2.0 - 2.0 * gram, 0.0)  # unit vectors: ||a-b||^2 = 2 - 2 a.b
    dist = np.sqrt(sq)
    growing = [0]
    grown_d: list[float] = []
    recorded = np.empty(n - 1)
    for i in range(1, n):
        d = float(dist[i, growing].min())
        recorded[i - 1] = d
        if len(grown_d) < 2 or d > np.mean(grown_d) - np.std(grown_d):
            growing.append(i)
            grown_d.append(d)
    return recorded


def shapiro_w(distances: np.ndarray) -> float:
    if distances.size < 3:
        return float("nan")
    if np.ptp(distances) < 1e-9:
        return 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(shapiro(distances).statistic)


class PradaBaseline:
    name = "prada"
    needs_embeddings = True

    def __init__(self, target_fpr: float = 0.01, min_queries: int = MIN_QUERIES) -> None:
        self.target_fpr = target_fpr
        self.min_queries = min_queries
        self.delta = None
        self.reference_accounts_judged = 0

    def w_statistics(self, embedded: list[np.ndarray]) -> np.ndarray:
        out = np.full(len(embedded), np.nan)
        for i, e in enumerate(embedded):
            if e.shape[0] >= self.min_queries:
                out[i] = shapiro_w(min_distances(e))
        return out

    def calibrate(self, reference, context) -> None:
        w = self.w_statistics(context.reference_embeddings())
        w = w[np.isfinite(w)]
        self.reference_accounts_judged = int(w.size)
        # Low W is suspicious: threshold the negated statistic from above.
        self.delta = -upper_threshold(-w, self.target_fpr) if w.size else float("-inf")

    def score(self, traffic, context):
        w = self.w_statistics(context.traffic_embeddings())
        judged = np.isfinite(w)
        flagged = judged & (w < self.delta)
        risk = np.where(judged, 1.0 - np.nan_to_num(w, nan=1.0), 0.0)
        return w, flagged, np.clip(risk, 0.0, 1.0)

    def describe(self) -> dict:
        return {
            "target_fpr": self.target_fpr,
            "delta": self.delta,
            "min_queries": self.min_queries,
            "reference_accounts_judged": self.reference_accounts_judged,
        }
