"""Near-duplicate sets of prompt templates across accounts (MinHash LSH over skeleton sets).

E's `template` detector gives each exchange a `template.skeleton` (the prompt with variable
parts masked). An account's *set* of skeletons that recur (used at least MIN_USES times in
the whole log, so one-off prompts do not count) is MinHash-ed; accounts with near-identical
sets share LSH band keys. A popular template used by many unrelated accounts forms one big
block and is discounted by rarity; accounts that also use other templates drift apart.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard.linkage.base import KeyRows, LinkKind
from distillguard.linkage.minhash import set_band_keys

SKELETON = "template.skeleton"
MIN_USES = 3  # a skeleton seen fewer times in the whole log is not a template
MIN_ACCOUNT_USES = 2  # ... and an account must use it at least this often


class SharedTemplates(LinkKind):
    name = "shared_template"
    description = "send prompts built from the same templates"
    weight = 0.8
    rarity_exponent = 0.35
    max_block = 50000

    def keys(self, view) -> KeyRows:
        sk = view.signal(SKELETON)
        if sk is None or not view.n_exchanges:
            return KeyRows.empty()
        d = view.distinct(sk)
        if not len(d):
            return KeyRows.empty()
        total = pa.table({"v": d["v"], "n": d["n"]}).group_by("v").aggregate([("n", "sum")])
        common = total.filter(pc.greater_equal(total["n_sum"], MIN_USES))["v"]
        d = d.filter(pc.and_(pc.is_in(d["v"], value_set=common), pc.greater_equal(d["n"], MIN_ACCOUNT_USES)))
        sets: dict[int, set[str]] = {}
        for a, v in zip(d["a"].to_numpy(), d["v"].to_pylist()):
            sets.setdefault(int(a), set()).add(v)
        # a set of several recurring templates is more telling than a single one
        spec = {a: min(1.0, 0.6 + 0.1 * len(s)) for a, s in sets.items()}
        return set_band_keys({a: frozenset(s) for a, s in sets.items()}, prefix="tpl", specificity=spec)
