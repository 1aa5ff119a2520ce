"""Baseline: the MMD window detector of Liu et al. 2026 ("An Embarrassingly Simple Detector for
Model Extraction Attacks in Large Language Model API Traffic", arXiv 2606.05725).

An account's window of query embeddings is compared with benign reference traffic by the
unbiased squared maximum mean discrepancy with an RBF kernel whose bandwidth is the median
pairwise distance of the reference sample (median heuristic). The threshold comes only from
benign-versus-benign comparisons: windows of held-out benign reference accounts against the
same reference sample. (They report 0.3% benign FPR, 100% recall on pure attackers and 90.5% on
mixed traffic, on their data.)

How the reference is used: reference accounts are split in two by a hash of their id; one half
pools its prompts into the reference sample (at most `reference_size`), the other half supplies
the null windows. The MMD estimate's spread shrinks with window size, so windows are cut to
power-of-two sizes (8, 16, 32, 64, ...) and each size has its own null distribution and
threshold (one null window per held-out account, so the calibrated FPR is a share of benign
*accounts*); an account uses the largest size its prompt sample fills and that has at least
`MIN_NULL_WINDOWS` null windows. Accounts with fewer than the smallest size are not judged (risk 0).
"""

from __future__ import annotations

import zlib

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.evaluate.baselines.calibration import exceedance_risk, upper_threshold

MIN_WINDOW = 8
MIN_NULL_WINDOWS = 20
MAX_NULL_WINDOWS_PER_ACCOUNT = 1  # the FPR that matters is per account: one window each


def _sq_dists(a: np.ndarray, b: np.ndarray, b_sq: np.ndarray | None = None) -> np.ndarray:
    if b_sq is None:
        b_sq = (b * b).sum(1)
    d = (a * a).sum(1)[:, None] + b_sq[None, :] - 2.0 * (a @ b.T)
    return np.maximum(d, 0.0)


def median_bandwidth(x: np.ndarray) -> float:
    d = np.sqrt(_sq_dists(x, x)[np.triu_indices(x.shape[0], k=1)])
    d = d[d > 0]
    return float(np.median(d)) if d.size else 1.0


class MMDStatistic:
    """Unbiased MMD^2 of windows against a fixed reference sample, with a fixed bandwidth."""

    def __init__(self, reference: np.ndarray, bandwidth: float | None = None) -> None:
        self.reference = reference.astype(np.float64)
        self.bandwidth = bandwidth or median_bandwidth(self.reference)
        self._gamma = 1.0 / (2.0 * self.bandwidth**2)
        krr = np.exp(-self._gamma * _sq_dists(self.reference, self.reference))
        m = self.reference.shape[0]
        self._rr = (krr.sum() - np.trace(krr)) / (m * (m - 1))
        self._ref_sq = (self.reference * self.reference).sum(1)

    def __call__(self, window: np.ndarray) -> float:
        x = window.astype(np.float64)
        n = x.shape[0]
        kxx = np.exp(-self._gamma * _sq_dists(x, x))
        xx = (kxx.sum() - np.trace(kxx)) / (n * (n - 1))
        xr = np.exp(-self._gamma * _sq_dists(x, self.reference, self._ref_sq)).mean()
        return float(xx + self._rr - 2.0 * xr)


def window_size(n: int, sizes: list[int]) -> int | None:
    fits = [s for s in sizes if s <= n]
    return max(fits) if fits else None


class MMDBaseline:
    name = "mmd"
    needs_embeddings = True

    def __init__(self, target_fpr: float = 0.01, reference_size: int = 1000, max_window: int = 64, seed: int = 0) -> None:
        self.target_fpr = target_fpr
        self.reference_size = reference_size
        self.sizes = [s for s in (8, 16, 32, 64, 128, 256) if MIN_WINDOW <= s <= max_window]
        self.seed = seed
        self.statistic: MMDStatistic | None = None
        self.null: dict[int, np.ndarray] = {}
        self.thresholds: dict[int, float] = {}
        self.centres: dict[int, float] = {}

    def calibrate(self, reference, context) -> None:
        embedded = context.reference_embeddings()
        halves = [zlib.crc32(a.encode()) % 2 for a in reference.accounts]
        pool = [e for e, h in zip(embedded, halves) if h == 0 and e.shape[0]]
        held_out = [e for e, h in zip(embedded, halves) if h == 1]
        if not pool or not held_out:  # too few reference accounts to split: use all for both
            pool, held_out = [e for e in embedded if e.shape[0]], embedded
        pooled = np.concatenate(pool) if pool else np.zeros((0, 1))
        if pooled.shape[0] < 2:
            raise DistillguardError("the benign reference has fewer than 2 prompts: cannot calibrate MMD")
        rng = np.random.default_rng(self.seed)
        if pooled.shape[0] > self.reference_size:
            pooled = pooled[rng.choice(pooled.shape[0], self.reference_size, replace=False)]
        self.statistic = MMDStatistic(pooled)
        for size in self.sizes:
            values = []
            for e in held_out:
                for start in range(0, min(e.shape[0] // size, MAX_NULL_WINDOWS_PER_ACCOUNT) * size, size):
                    values.append(self.statistic(e[start : start + size]))
            if len(values) >= MIN_NULL_WINDOWS:
                null = np.asarray(values)
                self.null[size] = null
                self.thresholds[size] = upper_threshold(null, self.target_fpr)
                self.centres[size] = float(np.median(null))

    def score(self, traffic, context):
        embedded = context.traffic_embeddings()
        usable = sorted(self.thresholds)
        raw = np.full(len(embedded), np.nan)
        flagged = np.zeros(len(embedded), dtype=bool)
        risk = np.zeros(len(embedded))
        for i, e in enumerate(embedded):
            size = window_size(e.shape[0], usable)
            if size is None:
                continue
            # The window: the earliest `size` prompts of the account's (uniform, time-ordered) sample.
            raw[i] = self.statistic(e[:size])
            flagged[i] = raw[i] > self.thresholds[size]
            risk[i] = exceedance_risk(raw[i], self.centres[size], self.thresholds[size])
        return raw, flagged, risk

    def describe(self) -> dict:
        return {
            "target_fpr": self.target_fpr,
            "bandwidth": None if self.statistic is None else self.statistic.bandwidth,
            "reference_prompts": None if self.statistic is None else int(self.statistic.reference.shape[0]),
            "null_windows": {str(s): int(v.size) for s, v in self.null.items()},
            "thresholds": {str(s): t for s, t in self.thresholds.items()},
        }
