"""Community detection on the linkage graph (igraph + leidenalg, fixed seed).

Edges lighter than `min_edge_weight` are dropped first: a lone weak link (two accounts behind
the same busy NAT address) is not coordination. The rest splits into connected components;
a component of up to SMALL_COMPONENT accounts is one community as it is, a bigger one is split
by Leiden optimising modularity (RB configuration model) *within the component*, so the
resolution does not drift with the size of the rest of the graph (a million unrelated accounts
must not make two linked campaigns merge). Modularity also cuts a homogeneous group (a big
campaign whose accounts each use a few addresses of one proxy pool) into arbitrary parts, so
parts of one component are merged back while the weight density between them is at least
MERGE_RATIO of the density inside the denser part: two halves of one campaign are as tied
to each other as within themselves; two campaigns touching through one shared dataset are not.
Modularity also has a resolution limit: inside a big component, a small dense fleet can be
lumped with a looser crowd it touches (8 proxy accounts and 20 users of the same coding
agent). So each community found is split once more on its own (REFINE_DEPTH), where the
limit no longer hides it, and the density merge above undoes any split that was not real.
Deterministic given the seed and the sorted vertex order.
"""

from __future__ import annotations

import igraph as ig
import leidenalg
import numpy as np
import pyarrow as pa

from distillguard.linkage.graph import LinkGraph

SEED = 20261101
SMALL_COMPONENT = 3
MERGE_RATIO = 0.35
REFINE_DEPTH = 1


class UnionFind:
    """Disjoint sets over 0..n-1 whose root is always the smallest index of the set (so merged
    ids come out in a deterministic order)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> tuple[int, int] | None:
        """Join the sets of a and b: (kept root, absorbed root), or None if already one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        root, other = min(ra, rb), max(ra, rb)
        self.parent[other] = root
        return root, other

    def sets(self) -> list[list[int]]:
        """The members of every set, sets ordered by root."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return [out[r] for r in sorted(out)]


def communities(
    graph: LinkGraph, *, min_edge_weight: float, resolution: float = 1.0, seed: int = SEED,
    candidates: np.ndarray | None = None, weight: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(community label per account or -1 if isolated, mask of kept edges).

    `weight`: the edge weights to use (default graph.weight; detect passes the corroborated ones).

    `candidates` (bool per account): only components holding at least one candidate are split
    and labelled (a component without any flagged account can never be a campaign; skipping
    them saves most of the work on a big benign population).
    """
    label = np.full(graph.n_accounts, -1, np.int64)
    weight = graph.weight if weight is None else weight
    kept = weight >= min_edge_weight
    if not kept.any():
        return label, kept
    src, dst, w = graph.src[kept], graph.dst[kept], weight[kept].astype(np.float64)
    nodes = np.unique(np.r_[src, dst])
    local = np.searchsorted(nodes, np.c_[src, dst])
    g = ig.Graph(n=len(nodes), edges=local)
    g.es["weight"] = w
    comp = np.asarray(g.connected_components().membership, np.int64)
    out = comp.copy()  # small components: one community each (ids = component ids)
    next_id = int(comp.max()) + 1
    sizes = np.bincount(comp)
    wanted = np.ones(len(sizes), bool)
    if candidates is not None:
        wanted = np.bincount(comp, weights=candidates[nodes].astype(np.float64), minlength=len(sizes)) > 0
        out = np.where(wanted[comp], comp, -1)
    for c in np.flatnonzero((sizes > SMALL_COMPONENT) & wanted):
        vs = np.flatnonzero(comp == c)
        sub = g.induced_subgraph(vs.tolist(), implementation="create_from_scratch")
        m = _split(sub, resolution, seed, depth=REFINE_DEPTH)
        out[vs] = next_id + m
        next_id += int(m.max()) + 1
    keep = out >= 0
    _, dense = np.unique(out[keep], return_inverse=True)
    label[nodes[keep]] = dense
    return label, kept


def _split(g: ig.Graph, resolution: float, seed: int, depth: int) -> np.ndarray:
    """Leiden on `g`, each community refined `depth` more times on its own, then density-merged."""
    part = leidenalg.find_partition(
        g, leidenalg.RBConfigurationVertexPartition, weights="weight",
        resolution_parameter=resolution, seed=seed, n_iterations=-1,
    )
    m = np.asarray(part.membership, np.int64)
    if depth > 0 and m.max() > 0:
        out = np.empty_like(m)
        next_id = 0
        for c in range(int(m.max()) + 1):
            vs = np.flatnonzero(m == c)
            if len(vs) > SMALL_COMPONENT:
                sub = g.induced_subgraph(vs.tolist(), implementation="create_from_scratch")
                inner = _split(sub, resolution, seed, depth - 1)
            else:
                inner = np.zeros(len(vs), np.int64)
            out[vs] = next_id + inner
            next_id += int(inner.max()) + 1
        m = out
    return _merge_homogeneous(m, g)


def _merge_homogeneous(membership: np.ndarray, g: ig.Graph) -> np.ndarray:
    """Merge communities whose mutual link density is comparable to their inner density."""
    m = membership.copy()
    el = np.asarray(g.get_edgelist(), np.int64).reshape(-1, 2)
    w = np.asarray(g.es["weight"], np.float64)
    for _ in range(int(m.max()) + 1):
        k = int(m.max()) + 1
        if k < 2:
            break
        size = np.bincount(m, minlength=k).astype(np.float64)
        ca, cb = m[el[:, 0]], m[el[:, 1]]
        inner = np.bincount(ca[ca == cb], weights=w[ca == cb], minlength=k)
        pairs_in = size * (size - 1) / 2
        dens_in = np.divide(inner, pairs_in, out=np.zeros(k), where=pairs_in > 0)
        cross = ca != cb
        if not cross.any():
            break
        lo, hi = np.minimum(ca[cross], cb[cross]), np.maximum(ca[cross], cb[cross])
        code, inv = np.unique(lo * k + hi, return_inverse=True)
        wc = np.bincount(inv, weights=w[cross])
        a, b = code // k, code % k
        dens_x = wc / (size[a] * size[b])
        ref = np.maximum(dens_in[a], dens_in[b])
        # a singleton has no inner density: compare with the other side only
        ref = np.where(ref > 0, ref, dens_x)
        ratio = dens_x / ref
        best = int(np.lexsort((b, a, -ratio))[0])
        if ratio[best] < MERGE_RATIO:
            break
        m[m == b[best]] = a[best]
        _, m = np.unique(m, return_inverse=True)
    return m


def _strong_block_rows(graph: LinkGraph, kind, label: np.ndarray, min_block_weight: float, size_ok
                       ) -> tuple[np.ndarray, np.ndarray] | None:
    """(key code, community) of the rows of `kind`'s blocks that are strong alone (pair weight
    at least `min_block_weight`, rarity from the block's `rarity_size`), whose size passes
    `size_ok`, for accounts in a community; None if there are none."""
    from distillguard.linkage import blocking

    kk = graph.keys.get(kind.name)
    if kk is None or not len(kk.account):
        return None
    spec = kk.specificity if kk.specificity is not None else np.ones(len(kk.account))
    size = kk.rarity_size if kk.rarity_size is not None else kk.block_size
    w = kind.weight * blocking.rarity(size, kind.rarity_exponent) * spec
    sel = np.flatnonzero(size_ok(kk.block_size) & (w >= min_block_weight) & (label[kk.account] >= 0))
    if not len(sel):
        return None
    return blocking.encode_keys(kk.key.take(pa.array(sel))), label[kk.account[sel]]


def _identities(graph: LinkGraph, label: np.ndarray, comm_size: np.ndarray, min_block_weight: float
                ) -> dict[int, dict[tuple[str, int], float]]:
    """Per community: its strong identity blocks (kinds whose traits say operator_infrastructure) and the share of the
    community's accounts holding each."""
    out: dict[int, dict[tuple[str, int], float]] = {}
    n_comm = len(comm_size)
    for kind in graph.kinds:
        rows = _strong_block_rows(graph, kind, label, min_block_weight, lambda size: size >= 2) if kind.traits.operator_infrastructure else None
        if rows is None:
            continue
        codes, comm = rows
        pair, cnt = np.unique(codes * np.int64(n_comm) + comm, return_counts=True)
        for code, c, k in zip((pair // n_comm).tolist(), (pair % n_comm).tolist(), cnt.tolist()):
            out.setdefault(c, {})[(kind.name, code)] = k / max(int(comm_size[c]), 1)
    return out


def merge_split_blocks(graph: LinkGraph, label: np.ndarray, *, min_block_weight: float,
                       min_share: float = 0.5) -> np.ndarray:
    """Re-join communities that one big, strong block was split across.

    Blocks bigger than the clique limit are expanded as sparse expanders, and modularity cuts a
    sparse expander into arbitrary parts. A block whose own pair weight is at least
    `min_block_weight` (strong alone: a sign-up burst, a card) is one group of accounts: the
    communities it spans are merged when each of them is made, for at least `min_share` of its
    members, of that block's accounts (so a block never glues two otherwise distinct groups),
    and unless they look like two operators: no identity block in common, and at least one of
    them held together by an identity block of its own (see `_identities`: two proxy fleets that
    copied one public system prompt keep their own address pools and cards; the parts of one
    fleet share some of theirs, or have none).
    Kinds whose traits say neighbourhood (a /24, a hosting network: neighbourhoods that unrelated
    operators renting from one proxy provider share) never re-join. Rarity uses the block's
    `rarity_size` (low-risk holders for flagged accounts' rows, see linkage.blocking).
    """
    from distillguard.linkage import blocking

    label = label.copy()
    n_comm = int(label.max()) + 1 if len(label) and label.max() >= 0 else 0
    if n_comm < 2:
        return label
    sets = UnionFind(n_comm)
    comm_size = np.bincount(label[label >= 0], minlength=n_comm)
    own = _identities(graph, label, comm_size, min_block_weight)

    def distinct_operators(a: int, b: int) -> bool:
        """No identity block in common, and one side has its own covering most of it (parts
        of one fleet share some exits of its pool, or a card, even when each has cards of its
        own)."""
        ka, kb = own.get(a, {}), own.get(b, {})
        if any(k in kb for k in ka):
            return False
        return any(share >= min_share for share in (*ka.values(), *kb.values()))

    for kind in graph.kinds:
        if kind.traits.neighbourhood:
            continue
        rows = _strong_block_rows(graph, kind, label, min_block_weight,
                                  lambda size, kind=kind: (size > blocking.CLIQUE_LIMIT) & (size <= kind.max_block))
        if rows is None:
            continue
        codes, comm = rows
        pair = np.unique(codes * np.int64(n_comm) + comm, return_counts=True)
        key_of, comm_of, cnt = pair[0] // n_comm, pair[0] % n_comm, pair[1]
        ok = cnt >= min_share * comm_size[comm_of]
        for key in np.unique(key_of[ok]):
            parts = comm_of[ok & (key_of == key)]
            for c in parts[1:]:
                if distinct_operators(int(parts[0]), int(c)):
                    continue
                sets.union(int(parts[0]), int(c))
    roots = np.array([sets.find(i) for i in range(n_comm)])
    _, dense = np.unique(roots, return_inverse=True)
    out = label.copy()
    out[label >= 0] = dense[label[label >= 0]]
    return out
