"""The benign reference: what ordinary accounts look like, feature by feature.

A `Reference` keeps, for each benign reference account (with enough traffic to judge), the
oriented scoring value of every evidence feature (see `catalog.scoring_values`). Risk compares a
scanned account with these accounts, never with labels of the scanned data. It is built from
benign logs the user supplies (`scan --reference`) or from the bundled default reference
(`default_reference`), and saved as gzip JSON so a reference can be built once and reused.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from distillguard.behaviour import small_accounts
from distillguard.errors import DistillguardError
from distillguard.risk import catalog

FORMAT_VERSION = 2  # 2: raw feature values (1 stored scores)


@dataclass
class Reference:
    """Raw account-feature values of benign reference accounts (one array per feature column).

    Raw values, not scores: how a feature is scored (see `catalog.scoring_values`) can change
    without rebuilding the reference. `values["exchanges"]` is always present.
    """

    values: dict[str, np.ndarray]  # feature column -> value per reference account (nan = unknown)
    meta: dict = field(default_factory=dict)  # where it came from: source, paths, accounts, detectors

    @property
    def n_accounts(self) -> int:
        return len(self.values["exchanges"]) if "exchanges" in self.values else 0

    def table(self) -> pa.Table:
        return pa.table({k: pa.array(v, pa.float64()) for k, v in self.values.items()})

    def scoring_values(self, feat: "catalog.RiskFeature") -> np.ndarray:
        if not hasattr(self, "_table_cache"):
            self._table_cache = self.table()
        return catalog.scoring_values(self._table_cache, feat)

    @classmethod
    def from_features(cls, features: pa.Table, signal_specs: dict[str, dict], *, min_exchanges: int,
                      meta: dict | None = None) -> "Reference":
        """Reference from the account features of benign traffic (accounts below `min_exchanges` left out,
        because those are not judged in a scan either)."""
        n = features.column("exchanges").to_numpy() if len(features) else np.zeros(0)
        keep = np.flatnonzero(n >= min_exchanges)
        subset = features.take(pa.array(keep, pa.int64()))
        columns = ["exchanges"] + [f.per for f in catalog.risk_features(signal_specs)] + [f.column for f in catalog.risk_features(signal_specs)]
        values = {}
        for col in dict.fromkeys(columns):
            if col in subset.column_names:
                values[col] = subset.column(col).cast(pa.float64()).to_numpy(zero_copy_only=False).astype(float)
        # count_* columns feed the evidence text of signal rates; rates are recomputed from them.
        meta = dict(meta or {})
        meta.setdefault("accounts_total", len(features))
        meta["accounts"] = int(len(keep))
        meta["min_exchanges"] = int(min_exchanges)
        meta["detectors"] = sorted(signal_specs)
        # how many of the accounts too small to judge asked mostly for extraction (a scan's
        # count of such accounts is compared with this rate: campaigns.thin_fleet)
        meta["small_accounts"] = small_accounts.counts(features, signal_specs, min_exchanges)
        return cls(values, meta)

    def save(self, path: str | Path) -> None:
        doc = {
            "version": FORMAT_VERSION,
            "meta": self.meta,
            "values": {k: [None if np.isnan(v) else float(f"{v:.6g}") for v in arr] for k, arr in self.values.items()},
        }
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wt", encoding="utf-8") as f:
            json.dump(doc, f, separators=(",", ":"))

    @classmethod
    def load(cls, path: str | Path) -> "Reference":
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as exc:
            raise DistillguardError(f"cannot read reference statistics {path}: {exc}") from exc
        if doc.get("version") != FORMAT_VERSION:
            raise DistillguardError(f"reference statistics {path} have version {doc.get('version')}, need {FORMAT_VERSION}")
        values = {k: np.array([np.nan if v is None else v for v in arr], dtype=float) for k, arr in doc["values"].items()}
        return cls(values, doc.get("meta", {}))


# Beyond the most extreme reference account p keeps falling (exponential tail fitted to the top
# of the reference), down to this many decades below 1/(n+1): extreme accounts still rank apart,
# but no single feature can claim unbounded certainty from a finite reference.
MAX_EXTRA_DECADES = 3.0
TAIL_QUANTILE = 0.95


def tail_scale(ref_sorted: np.ndarray) -> float:
    """Scale of an exponential fitted to the reference's upper tail (mean excess over its 95th percentile)."""
    if len(ref_sorted) == 0:
        return 1.0
    q = ref_sorted[int(TAIL_QUANTILE * (len(ref_sorted) - 1))]
    excess = ref_sorted[ref_sorted > q] - q
    spread = float(ref_sorted[-1] - ref_sorted[0])
    scale = float(excess.mean()) if len(excess) else 0.0
    return max(scale, 1e-3 * spread, 1e-6)


def tail_p(reference_values: np.ndarray, query: np.ndarray, *, extrapolate: bool = True) -> np.ndarray:
    """Conformal upper-tail p-value of each query value against the reference: (#ref >= x + 1) / (n + 1).

    Beyond the largest reference value it decays exponentially (see MAX_EXTRA_DECADES), unless
    `extrapolate` is False: then it saturates at 1 / (n + 1), all a reference of n certifies. Unknown
    (nan) queries get p = 1 (no evidence). With no usable reference values p = 1 too.
    """
    ref = np.sort(reference_values[~np.isnan(reference_values)])
    p = np.ones(len(query))
    if len(ref) == 0:
        return p
    known = ~np.isnan(query)
    x = query[known]
    ge = len(ref) - np.searchsorted(ref, x, side="left")
    pk = (ge + 1.0) / (len(ref) + 1.0)
    beyond = x > ref[-1]
    if extrapolate and beyond.any():
        floor = 10.0 ** -MAX_EXTRA_DECADES
        decay = np.exp(-(x[beyond] - ref[-1]) / tail_scale(ref))
        pk[beyond] = pk[beyond] * np.maximum(decay, floor)
    p[known] = pk
    return p


def tail_p_leave_one_out(values: np.ndarray) -> np.ndarray:
    """Tail p-value of each reference account against all the other reference accounts.

    Same formula as `tail_p` with the account itself left out, so reference accounts are scored
    exactly as a new benign account would be (this is what makes the calibration honest).
    """
    p = np.ones(len(values))
    known = ~np.isnan(values)
    ref = np.sort(values[known])
    if len(ref) <= 1:
        return p
    ge_incl_self = len(ref) - np.searchsorted(ref, values[known], side="left")
    p[known] = ge_incl_self / float(len(ref))  # ((ge - 1) + 1) / ((n - 1) + 1)
    return p
