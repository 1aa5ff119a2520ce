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
Deterministic given the seed and the sorted vertex order.
"""

from __future__ import annotations

import igraph as ig
import leidenalg
import numpy as np

from distillguard.linkage.graph import LinkGraph

SEED = 20261101
SMALL_COMPONENT = 3
MERGE_RATIO = 0.35


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
        part = leidenalg.find_partition(
            sub, leidenalg.RBConfigurationVertexPartition, weights="weight",
            resolution_parameter=resolution, seed=seed, n_iterations=-1,
        )
        m = _merge_homogeneous(np.asarray(part.membership, np.int64), sub)
        out[vs] = next_id + m
        next_id += int(m.max()) + 1
    keep = out >= 0
    _, dense = np.unique(out[keep], return_inverse=True)
    label[nodes[keep]] = dense
    return label, kept


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
