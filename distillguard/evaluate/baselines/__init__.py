"""Baselines scored side by side with the verdicts under test.

Each baseline turns traffic into per-account risk and a flag, calibrated only on benign
reference traffic (`--reference`), never on labels. One module per baseline:

- `rate_limit`: per-account request / token rate limits (what gateways do today);
- `prada`: PRADA (Juuti et al. 2019) adapted to text queries;
- `mmd`: the MMD window detector of Liu et al. 2026 (arXiv 2606.05725).

A baseline has `name`, `needs_embeddings`, `calibrate(reference, context)`,
`score(traffic, context) -> (raw, flagged, risk)` (arrays aligned with `traffic.accounts`) and
`describe() -> dict`. Add one by writing a module and one line in `BASELINES`.
"""

from __future__ import annotations

import zlib

import numpy as np
from threadpoolctl import threadpool_limits

from distillguard.errors import DistillguardError
from distillguard.evaluate.baselines.mmd import MMDBaseline
from distillguard.evaluate.baselines.prada import PradaBaseline
from distillguard.evaluate.baselines.rate_limit import RateLimitBaseline
from distillguard.evaluate.embeddings import make_embedder
from distillguard.evaluate.harness import MethodScores
from distillguard.evaluate.traffic import AccountTraffic

BASELINES = {"rate_limit": RateLimitBaseline, "prada": PradaBaseline, "mmd": MMDBaseline}
DEFAULT_TARGET_FPR = 0.01
# Embedding-based baselines calibrate on at most this many reference accounts (picked by a hash
# of the account id, so the same ones every run): enough for a 0.1%-1% FPR threshold, and it
# bounds the embedding cost of a large reference.
MAX_REFERENCE_ACCOUNTS = 3000


class EmbeddingContext:
    """Fits the embedder on the reference once and embeds each prompt sample at most once,
    shared by every baseline that needs embeddings."""

    def __init__(self, reference: AccountTraffic, traffic: AccountTraffic, embedder,
                 max_reference_accounts: int = MAX_REFERENCE_ACCOUNTS) -> None:
        if len(reference.accounts) > max_reference_accounts:
            order = sorted(range(len(reference.accounts)), key=lambda i: zlib.crc32(reference.accounts[i].encode()))
            reference = reference.subset(sorted(order[:max_reference_accounts]))
        self.reference, self.traffic, self.embedder = reference, traffic, embedder
        self._fitted = False
        self._cache: dict[int, list[np.ndarray]] = {}

    def _embed(self, data: AccountTraffic) -> list[np.ndarray]:
        if id(data) not in self._cache:
            if not self._fitted:
                self.embedder.fit([p for s in self.reference.samples for p in s])
                self._fitted = True
            flat = [p for s in data.samples for p in s]
            vectors = self.embedder.embed(flat)
            bounds = np.cumsum([0] + [len(s) for s in data.samples])
            self._cache[id(data)] = [vectors[bounds[i] : bounds[i + 1]] for i in range(len(data.samples))]
        return self._cache[id(data)]

    def reference_embeddings(self) -> list[np.ndarray]:
        return self._embed(self.reference)

    def traffic_embeddings(self) -> list[np.ndarray]:
        return self._embed(self.traffic)


def run_baselines(
    traffic: AccountTraffic,
    reference: AccountTraffic,
    names: list[str] | None = None,
    *,
    embedder="hashing",
    target_fpr: float = DEFAULT_TARGET_FPR,
) -> list[MethodScores]:
    """Calibrate each baseline on `reference` and score `traffic`; one MethodScores each."""
    names = list(names or BASELINES)
    unknown = [n for n in names if n not in BASELINES]
    if unknown:
        raise DistillguardError(f"unknown baseline {unknown[0]!r} (choose from {', '.join(BASELINES)})")
    if not reference.accounts:
        raise DistillguardError("the benign reference traffic holds no exchanges")
    if isinstance(embedder, str):
        embedder = make_embedder(embedder)
    context = EmbeddingContext(reference, traffic, embedder)
    results = []
    for name in names:
        baseline = BASELINES[name](target_fpr=target_fpr)
        # Thousands of tiny per-account matrix products: a multi-threaded BLAS spends more on
        # thread hand-offs than on the work (measured 40 ms vs 1.2 ms per MMD window on a busy
        # 2-core machine), so run them single-threaded.
        with threadpool_limits(limits=1):
            # Rate limits read every reference account; embedding baselines the context's subset.
            baseline.calibrate(context.reference if baseline.needs_embeddings else reference, context)
            _, flagged, risk = baseline.score(traffic, context)
        results.append(
            MethodScores(
                name=name,
                risk={a: float(r) for a, r in zip(traffic.accounts, risk)},
                flagged={a: bool(f) for a, f in zip(traffic.accounts, flagged)},
                calibration=baseline.describe(),
            )
        )
    return results
