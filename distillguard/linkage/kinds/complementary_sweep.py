"""Complementary sweeps of one public dataset: accounts drawing disjoint slices of a benchmark.

E's `dataset_match` detector tags exchanges whose prompt is a known public item
(`dataset_match.item` = "gsm8k:1234"). A campaign splits the dataset over its accounts: each
account draws many items, and almost none of its items is drawn by another account (high
union coverage, low pairwise overlap). Accounts drawing at least MIN_ITEMS items of one dataset
share the key "sweep:<dataset>"; the specificity of an account is its exclusivity (share of
its items no other such account drew). Benign evaluators who each run the whole benchmark
overlap completely and get a low specificity; a student's five homework questions do not count.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

ITEM = "dataset_match.item"
MIN_ITEMS = 5


class ComplementarySweep(LinkKind):
    name = "complementary_sweep"
    reads = (ITEM,)
    description = "draw disjoint slices of the same public dataset"
    traits = LinkTraits()
    weight = 0.6
    rarity_exponent = 0.2
    max_block = 50000
    key_noun = "datasets"

    def keys(self, view) -> KeyRows:
        return self.combine([self.partial(view)])

    def partial(self, view, min_items: int = MIN_ITEMS) -> pa.Table | None:
        """Unique (account, dataset, item, asks: its exchanges) of accounts drawing at least
        `min_items` items of the dataset (how many accounts drew each item is counted over all
        shards)."""
        items = view.signal(ITEM)
        if items is None or not view.n_exchanges:
            return None
        d = view.distinct(items)  # unique (account, item)
        if not len(d):
            return None
        dataset = pc.list_element(pc.split_pattern(d["v"], ":", max_splits=1), 0)
        t = pa.table({"a": d["a"], "ds": dataset, "item": d["v"], "asks": d["n"]})
        per = t.group_by(["a", "ds"]).aggregate([("item", "count")])
        eligible = per.filter(pc.greater_equal(per["item_count"], min_items))
        if not len(eligible):
            return None
        # keep only (account, dataset) pairs that are eligible
        key_all = pc.binary_join_element_wise(pc.cast(t["a"], "string"), t["ds"], "\x1f")
        key_ok = pc.binary_join_element_wise(pc.cast(eligible["a"], "string"), eligible["ds"], "\x1f")
        return t.filter(pc.is_in(key_all, value_set=key_ok))

    def combine(self, parts: list) -> KeyRows:
        parts = [p for p in parts if p is not None and len(p)]
        if not parts:
            return KeyRows.empty()
        t = pa.concat_tables(parts)
        # how many eligible accounts drew each item
        drawers = t.group_by("item").aggregate([("a", "count")])
        lookup = dict(zip(drawers["item"].to_pylist(), drawers["a_count"].to_numpy()))
        n_drawers = np.array([lookup[i] for i in t["item"].to_pylist()])
        t = t.append_column("alone", pa.array(n_drawers == 1))
        excl = t.group_by(["a", "ds"]).aggregate([("alone", "mean")])
        return KeyRows.of(
            excl["a"].to_numpy(),
            pc.binary_join_element_wise("sweep", excl["ds"], ":"),
            excl["alone_mean"].to_numpy().astype(np.float32),
        )
