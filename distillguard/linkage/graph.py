"""The linkage graph: accounts joined by typed, weighted edges.

`build_graph(exchanges, signals)` runs every link kind (or those given), turns their blocking
keys into weighted pairs (`blocking`), and keeps, for each edge, the weight each kind
contributed, so a campaign can say in plain words *why* its accounts belong together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from distillguard.linkage import blocking
from distillguard.linkage.base import KeyRows, LinkKind
from distillguard.linkage.view import AccountView

ACTIVITY_BUCKET_S = 3600  # timeline resolution kept in the graph (for drawing)


@dataclass
class KindKeys:
    """The blocking keys one kind produced, with the size of each key's block (for evidence)."""

    account: np.ndarray
    key: pa.Array
    block_size: np.ndarray
    specificity: np.ndarray | None = None
    # per row: the block size rarity was computed from (the low-risk holder count for a
    # suspect account's row of a kind with traits.owned_by_suspects; block_size otherwise)
    rarity_size: np.ndarray | None = None


@dataclass
class LinkGraph:
    account_ids: list[str]
    kinds: tuple[LinkKind, ...]
    src: np.ndarray  # int64 account index, src < dst
    dst: np.ndarray
    weight: np.ndarray  # float32, sum over kinds
    kind_edge: np.ndarray  # long form: edge index ...
    kind_id: np.ndarray  # ... kind index into `kinds` ...
    kind_weight: np.ndarray  # ... and that kind's (capped) weight on the edge
    keys: dict[str, KindKeys] = field(default_factory=dict)
    # hourly activity per account: columns a (account index), t (bucket start, Unix s), n
    activity: pa.Table | None = None

    @property
    def kind_names(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.kinds)

    @property
    def n_accounts(self) -> int:
        return len(self.account_ids)

    @property
    def n_edges(self) -> int:
        return len(self.src)

    def index_of(self, account_id: str) -> int:
        return self.account_index()[account_id]

    def account_index(self) -> dict[str, int]:
        if not hasattr(self, "_index"):
            self._index = {a: i for i, a in enumerate(self.account_ids)}
        return self._index

    def families(self) -> int:
        """Number of distinct kind families (see LinkKind.family)."""
        return len({k.family or k.name for k in self.kinds})

    def corroborated_weight(self, *, min_kind_weight: float = 0.1, discount: float = 0.5,
                            without: tuple[str, ...] = ()) -> np.ndarray:
        """Edge weight scaled by how many *independent* kinds of evidence support it.

        w * (1 - discount ** f), f = number of kind families with at least `min_kind_weight` on
        the edge: one kind alone counts half (two strangers sharing a coding tool's system
        prompt), two count 3/4, three 7/8. Coordinated accounts share several things at once;
        unrelated accounts that happen to share one thing do not. `without`: kinds left out of
        both the weight and the count.
        """
        if not self.n_edges:
            return np.zeros(0, np.float32)
        weight = self.weight
        drop = np.isin(self.kind_id, [i for i, k in enumerate(self.kinds) if k.name in without])
        if drop.any():
            weight = np.maximum(weight - np.bincount(self.kind_edge[drop], weights=self.kind_weight[drop],
                                                     minlength=self.n_edges), 0.0)
        fam_names = sorted({k.family or k.name for k in self.kinds})
        fam_of_kind = np.array([fam_names.index(k.family or k.name) for k in self.kinds], np.int64)
        sel = (self.kind_weight >= min_kind_weight) & ~drop
        code = np.unique(self.kind_edge[sel] * len(fam_names) + fam_of_kind[self.kind_id[sel]])
        f = np.bincount(code // len(fam_names), minlength=self.n_edges)
        return (weight * (1.0 - discount ** f)).astype(np.float32)

    def edge_kind_matrix(self, edges: np.ndarray) -> np.ndarray:
        """Dense (len(edges), n_kinds) weights for a subset of edge indices."""
        out = np.zeros((len(edges), len(self.kinds)), np.float32)
        if len(edges) == 0:
            return out
        pos = {int(e): i for i, e in enumerate(edges)}
        sel = np.isin(self.kind_edge, edges)
        for e, k, w in zip(self.kind_edge[sel], self.kind_id[sel], self.kind_weight[sel]):
            out[pos[int(e)], int(k)] = w
        return out

    def subgraph_edges(self, members: np.ndarray) -> np.ndarray:
        """Indices of edges with both ends in `members` (account indices)."""
        mask = np.zeros(self.n_accounts, bool)
        mask[members] = True
        return np.flatnonzero(mask[self.src] & mask[self.dst])


def default_kinds() -> tuple[LinkKind, ...]:
    from distillguard.linkage.kinds import all_kinds

    return all_kinds()


def build_graph(
    exchanges: pa.Table,
    signals: pa.Table | None = None,
    *,
    kinds: tuple[LinkKind, ...] | list[LinkKind] | None = None,
    accounts=None,
    view: AccountView | None = None,
    suspect: np.ndarray | None = None,
    keyrows: dict[str, KeyRows] | None = None,
) -> LinkGraph:
    """Link accounts of `exchanges` (canonical schema) through every link kind.

    `signals` is the per-exchange signals table (same row order), used by the template,
    dataset-sweep kinds; without it those kinds yield nothing. `accounts` optionally lists
    extra account ids to include as nodes. `suspect` (bool per account of the view, optional):
    accounts flagged or high-risk on their own, for rarity among benign holders (`blocking`).
    `keyrows`: kinds' keys already computed on this view (the pipeline makes them once, for the
    cohort features and the graph); the other kinds are run here.
    """
    view = view if view is not None else AccountView(exchanges, signals, accounts)
    kinds = tuple(kinds) if kinds is not None else default_kinds()
    keyrows = dict(keyrows or {})
    keyrows.update({k.name: k.keys(view) for k in kinds if k.name not in keyrows})
    graph = build_graph_from_keys(view.account_ids, kinds, keyrows, suspect=suspect)
    graph.activity = _activity(view)
    return graph


def build_graph_from_keys(account_ids: list[str], kinds, keyrows: dict[str, KeyRows],
                          suspect: np.ndarray | None = None) -> LinkGraph:
    """The graph from precomputed blocking keys (what benchmarks feed at scale)."""
    kinds = tuple(kinds)
    n = len(account_ids)
    codes, weights, keys = [], [], {}
    for kid, kind in enumerate(kinds):
        rows = keyrows.get(kind.name) or KeyRows.empty()
        code = blocking.encode_keys(rows.key)
        sus = suspect if (suspect is not None and kind.traits.owned_by_suspects) else None
        lo, hi, w, bsize = blocking.block_pairs(
            rows.account, code, rows.specificity,
            weight=kind.weight, rarity_exponent=kind.rarity_exponent, max_block=kind.max_block, suspect=sus,
        )
        rsize = bsize
        if sus is not None:
            rsize = np.where(sus[rows.account], blocking.low_risk_block_size(rows.account, code, sus), bsize)
        keys[kind.name] = KindKeys(rows.account, rows.key, bsize, rows.specificity, rsize)
        pair_code, kw = blocking.kind_pairs(lo, hi, w, kind.weight, max(n, 1))
        del lo, hi, w
        codes.append(pair_code), weights.append(kw)
    src, dst, weight, kedge, kid_, kw = blocking.merge_kinds(codes, weights, list(range(len(kinds))), max(n, 1))
    return LinkGraph(list(account_ids), kinds, src, dst, weight, kedge, kid_, kw, keys)


def empty_activity() -> pa.Table:
    """LinkGraph.activity of a log without exchanges."""
    return pa.table({"a": pa.array([], pa.int64()), "t": pa.array([], pa.int64()), "n": pa.array([], pa.int64())})


def _activity(view: AccountView) -> pa.Table:
    if view.n_exchanges == 0:
        return empty_activity()
    bucket = (view.ts_seconds // ACTIVITY_BUCKET_S).astype(np.int64) * ACTIVITY_BUCKET_S
    t = pa.table({"a": view.account_of_row, "t": bucket})
    g = t.group_by(["a", "t"]).aggregate([("a", "count")])
    return g.rename_columns(["a", "t", "n"])
