"""Community detection on the linkage graph (igraph + leidenalg, fixed seed).

Edges lighter than `min_edge_weight` are dropped first: a lone weak link (two accounts behind
the same busy NAT address) is not coordination. Leiden optimises modularity (RB configuration
model) so communities are groups denser than chance; it is deterministic given the seed and
the (sorted) vertex order.
"""

from __future__ import annotations

import igraph as ig
import leidenalg
import numpy as np

from distillguard.linkage.graph import LinkGraph

SEED = 20261101


def communities(
    graph: LinkGraph, *, min_edge_weight: float, resolution: float = 1.0, seed: int = SEED
) -> tuple[np.ndarray, np.ndarray]:
    """(community label per account or -1 if isolated, mask of kept edges)."""
    label = np.full(graph.n_accounts, -1, np.int64)
    kept = graph.weight >= min_edge_weight
    if not kept.any():
        return label, kept
    src, dst, w = graph.src[kept], graph.dst[kept], graph.weight[kept].astype(np.float64)
    nodes = np.unique(np.r_[src, dst])
    local = np.searchsorted(nodes, np.c_[src, dst])
    g = ig.Graph(n=len(nodes), edges=local)
    part = leidenalg.find_partition(
        g, leidenalg.RBConfigurationVertexPartition, weights=list(w),
        resolution_parameter=resolution, seed=seed, n_iterations=-1,
    )
    label[nodes] = np.asarray(part.membership, np.int64)
    return label, kept
