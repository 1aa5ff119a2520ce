"""Bursts of account creation: accounts created within minutes of each other, in a burst.

Key = the WINDOW_S window of schema.ACCOUNT_CREATED (on two grids shifted by half a window, so
a burst straddling a boundary still shares a key). Rarity does not apply here (a burst is by
nature many accounts); instead the specificity is the burstiness of the window:
(n - BURST_FACTOR * typical) / n, typical being the mean number of sign-ups per window over the
whole creation span (at least 1). Two strangers signing up in the same ten minutes give 0; a
steady trickle gives 0; 300 accounts in ten minutes give ~1.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

WINDOW_S = 600
BURST_FACTOR = 3.0


class CreationBurst(LinkKind):
    name = "creation_burst"
    reads = (schema.ACCOUNT_CREATED,)
    description = "were created in the same burst of sign-ups"
    traits = LinkTraits()
    key_noun = "sign-up bursts"
    weight = 0.5
    rarity_exponent = 0.0
    max_block = 50000

    def keys(self, view) -> KeyRows:
        return self.combine([self.partial(view)])

    def partial(self, view) -> pa.Table | None:
        """Creation time (Unix s) per account (the typical sign-up rate is the whole log's)."""
        if not view.n_exchanges:
            return None
        created = view.column(schema.ACCOUNT_CREATED)
        t = pa.table({"a": view.account_of_row, "c": created.cast(pa.int64())}).filter(pc.is_valid(created))
        if not len(t):
            return None
        return t.group_by("a").aggregate([("c", "min")])

    def combine(self, parts: list) -> KeyRows:
        parts = [p for p in parts if p is not None and len(p)]
        if not parts:
            return KeyRows.empty()
        g = pa.concat_tables(parts)
        acc = g["a"].to_numpy()
        sec = g["c_min"].to_numpy() // 1_000_000
        accounts, keys, specs = [], [], []
        for grid, shift in (("g0", 0), ("g1", WINDOW_S // 2)):
            win = (sec + shift) // WINDOW_S
            uniq, inv, counts = np.unique(win, return_inverse=True, return_counts=True)
            span_windows = float(uniq.max() - uniq.min() + 1)
            typical = max(1.0, len(win) / span_windows)
            n = counts[inv].astype(np.float64)
            spec = np.clip((n - BURST_FACTOR * typical) / n, 0.0, 1.0)
            accounts.append(acc), specs.append(spec)
            keys.extend(f"created:{grid}:{w}" for w in win)
        return KeyRows.of(np.concatenate(accounts), keys, np.concatenate(specs).astype(np.float32))
