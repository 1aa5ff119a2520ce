"""The same model pivot at the same time: accounts moving to a model within the same hours.

For every account and model, the first time the account used that model, when the account had
at least MIN_SIDE exchanges before (a switch, not a start; a casual user picking a model per
chat is not pivoting) and at least MIN_SIDE after, of which at least MIN_SHARE on the new model
(it moved its traffic, not a try-out). Key = (model, WINDOW_S window of the switch), on two grids
shifted by half a window. A new model release makes many benign accounts switch too, spread
over days: the blocks are big and rarity discounts them; a fleet switched over in one go
shares a tight window.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

WINDOW_S = 7200
MIN_SHARE = 0.7
MIN_SIDE = 5


class ModelPivot(LinkKind):
    name = "model_pivot"
    reads = (schema.TS, schema.MODEL)
    description = "switched to the same model at the same time"
    traits = LinkTraits()
    key_noun = "model switches"
    weight = 0.4
    rarity_exponent = 0.6
    max_block = 50000

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        model = view.column(schema.MODEL)
        ts = view.ts_seconds
        t = pa.table({"a": view.account_of_row, "m": model, "t": ts}).filter(pc.is_valid(model))
        if not len(t):
            return KeyRows.empty()
        per = t.group_by(["a", "m"]).aggregate([("t", "min"), ("t", "count")])
        first = pa.table({"a": view.account_of_row, "t": ts}).group_by("a").aggregate([("t", "min")])
        first_of = np.full(len(view), np.inf)
        first_of[first["a"].to_numpy()] = first["t_min"].to_numpy()
        acc = per["a"].to_numpy()
        tmin = per["t_min"].to_numpy()
        # the account's exchanges from the switch on: rank of tmin among its own timestamps
        acc_rows = view.account_of_row
        order = np.lexsort((ts, acc_rows))
        sorted_acc, sorted_ts = acc_rows[order], ts[order]
        start = np.searchsorted(sorted_acc, acc, side="left")
        end = np.searchsorted(sorted_acc, acc, side="right")
        before = np.array([np.searchsorted(sorted_ts[s:e], x, side="left")
                           for s, e, x in zip(start, end, tmin)], np.float64)
        after = (end - start) - before
        share = per["t_count"].to_numpy() / np.maximum(after, 1)
        switched = (tmin > first_of[acc] + 60) & (before >= MIN_SIDE) & (after >= MIN_SIDE) & (share >= MIN_SHARE)
        idx = np.flatnonzero(switched)
        if not len(idx):
            return KeyRows.empty()
        models = per["m"].to_pylist()
        accounts, keys = [], []
        for grid, shift in (("g0", 0), ("g1", WINDOW_S // 2)):
            win = ((tmin[idx] + shift) // WINDOW_S).astype(np.int64)
            accounts.append(acc[idx])
            keys.extend(f"pivot:{grid}:{models[i]}:{w}" for i, w in zip(idx, win))
        return KeyRows.of(np.concatenate(accounts), keys)
