"""Synchronized activity: accounts that start, stop and burst together.

Time is cut into BUCKET_S buckets. Two kinds of keys per account:
- its active-bucket set, MinHash-LSH banded (`minhash.set_band_keys`): near-identical sets
  mean the accounts are switched on and off together;
- its (first hour, last hour) span: a fleet started and stopped by one operator shares it.
Accounts active all the time (an always-on enterprise batch) all share the same set and span:
one huge block, discounted by rarity. Accounts with fewer than MIN_BUCKETS active buckets
carry too little timing to link (a few requests coincide by chance).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.linkage.base import KeyRows
from distillguard.linkage.base import LinkKind, LinkTraits
from distillguard.linkage.minhash import set_band_keys

BUCKET_S = 900
SPAN_S = 3600
MIN_BUCKETS = 6


class SynchronizedActivity(LinkKind):
    name = "synchronized_activity"
    reads = (schema.TS,)
    description = "are active in the same time windows (start, stop and burst together)"
    traits = LinkTraits()
    key_noun = "activity windows"
    weight = 0.6
    rarity_exponent = 0.35
    max_block = 50000

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        bucket = (view.ts_seconds // BUCKET_S).astype(np.int64)
        t = pa.table({"a": view.account_of_row, "b": bucket}).group_by(["a", "b"]).aggregate([])
        acc = t["a"].to_numpy()
        b = t["b"].to_numpy()
        order = np.lexsort((b, acc))
        acc, b = acc[order], b[order]
        starts = np.flatnonzero(np.r_[True, acc[1:] != acc[:-1]])
        ends = np.r_[starts[1:], len(acc)]
        sets, span_acc, span_key = {}, [], []
        for s, e in zip(starts, ends):
            if e - s < MIN_BUCKETS:
                continue
            a = int(acc[s])
            sets[a] = frozenset(str(x) for x in b[s:e])
            first_h = int(b[s]) * BUCKET_S // SPAN_S
            last_h = int(b[e - 1]) * BUCKET_S // SPAN_S
            span_acc.append(a), span_key.append(f"span:{first_h}-{last_h}")
        band = set_band_keys(sets, prefix="act")
        span = KeyRows.of(np.array(span_acc, np.int64), span_key, np.full(len(span_acc), 0.5, np.float32))
        return KeyRows.of(
            np.r_[band.account, span.account],
            pa.concat_arrays([band.key, span.key]),
            np.r_[band.specificity, span.specificity],
        )
