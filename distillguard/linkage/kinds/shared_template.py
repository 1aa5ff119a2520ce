"""Shared prompt templates across accounts: near-duplicate skeleton sets, and shared skeletons.

E's `template` detector gives each exchange a `template.skeleton` (the prompt with variable
parts masked). An account's *set* of skeletons that recur (used at least MIN_USES times in
the whole log, so one-off prompts do not count) yields two kinds of keys:
- MinHash LSH band keys of the set: accounts with near-identical sets meet in a band bucket;
- each skeleton itself, with specificity 1/SKELETONS_FOR_FULL_WEIGHT: a campaign drawing each
  account's prompts from one pool of templates shares many of them even when the sets differ
  too much for LSH.
A popular template used by many unrelated accounts forms one big block and is discounted by
rarity; sharing one popular template is worth little, sharing several rare ones a lot. For pairs
of self-flagged accounts rarity counts the skeleton's low-risk holders (traits.owned_by_suspects). Every
key of an account is also scaled by the account's templated share (the share of its exchanges
built from those recurring templates): a person who sometimes uses a popular "translate this"
prompt is not a script whose every request is a template.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits
from distillguard.linkage.minhash import set_band_keys

SKELETON = "template.skeleton"
MIN_USES = 3  # a skeleton seen fewer times in the whole log is not a template
MIN_ACCOUNT_USES = 2  # ... and an account must use it at least this often
SKELETONS_FOR_FULL_WEIGHT = 4


class SharedTemplate(LinkKind):
    name = "shared_template"
    reads = (SKELETON,)
    description = "send prompts built from the same templates"
    traits = LinkTraits(owned_by_suspects=True)
    key_noun = "prompt templates"
    weight = 0.8
    rarity_exponent = 0.35
    max_block = 50000
    # a skeleton held by hundreds of self-flagged accounts and no low-risk one is the operator's
    # own template pool (benchmarks/results/campaigns.md section 6); pairs with a low-risk
    # account keep the rarity of the full block, so a popular template still links benign users weakly

    def keys(self, view) -> KeyRows:
        return self.combine([self.partial(view)])

    def partial(self, view) -> pa.Table | None:
        """Unique (account, skeleton) with uses `n` and the account's exchanges `ex` (a skeleton's
        total uses, which decide whether it is a template, are summed over all shards)."""
        sk = view.signal(SKELETON)
        if sk is None or not view.n_exchanges:
            return None
        d = view.distinct(sk)
        if not len(d):
            return None
        return d.append_column("ex", pa.array(view.exchanges_per_account[d["a"].to_numpy()], pa.int64()))

    def combine(self, parts: list) -> KeyRows:
        parts = [p for p in parts if p is not None and len(p)]
        if not parts:
            return KeyRows.empty()
        d = pa.concat_tables(parts)
        total = pa.table({"v": d["v"], "n": d["n"]}).group_by("v").aggregate([("n", "sum")])
        common = total.filter(pc.greater_equal(total["n_sum"], MIN_USES))["v"]
        d = d.filter(pc.and_(pc.is_in(d["v"], value_set=common), pc.greater_equal(d["n"], MIN_ACCOUNT_USES)))
        if not len(d):
            return KeyRows.empty()
        d = d.sort_by([("a", "ascending"), ("v", "ascending")])
        sets: dict[int, set[str]] = {}
        for a, v in zip(d["a"].to_numpy(), d["v"].to_pylist()):
            sets.setdefault(int(a), set()).add(v)
        acc = d["a"].to_numpy()
        size = int(acc.max()) + 1
        templated = np.bincount(acc, weights=d["n"].to_numpy(), minlength=size)
        exchanges = np.zeros(size)
        exchanges[acc] = d["ex"].to_numpy()
        templated_share = templated / np.maximum(exchanges, 1)
        # a set of several recurring templates is more telling than a single one
        spec = {a: min(1.0, 0.6 + 0.1 * len(s)) * float(templated_share[a]) for a, s in sets.items()}
        bands = set_band_keys({a: frozenset(s) for a, s in sets.items()}, prefix="tpl", specificity=spec)
        per_skeleton = KeyRows.of(
            acc, pc.binary_join_element_wise("sk", d["v"], ":"),
            (templated_share[acc] / SKELETONS_FOR_FULL_WEIGHT).astype(np.float32),
        )
        return KeyRows.of(
            np.r_[bands.account, per_skeleton.account],
            pa.concat_arrays([bands.key, per_skeleton.key]),
            np.r_[bands.specificity, per_skeleton.specificity],
        )
