"""Linkage: a graph over accounts with typed, weighted edges (accounts that share things).

    graph = build_graph(exchanges, signals)          # every built-in link kind
    graph.src, graph.dst, graph.weight               # edges (account indices into graph.account_ids)

Each link kind (distillguard/linkage/kinds/, one module each) yields blocking keys per
account; accounts sharing a key are linked, weighted by the key's rarity and specificity
(see `base` and `blocking`). Pairs are never enumerated over all accounts.

A log too big for memory goes through `stream.link_keys`: its link columns are spilled into
shards of accounts and the kinds run shard by shard (same keys, see `LinkKind.partial`).
"""

from distillguard.linkage.base import KeyRows, LinkKind
from distillguard.linkage.graph import LinkGraph, build_graph, build_graph_from_keys
from distillguard.linkage.kinds import all_kinds, get_kind
from distillguard.linkage.view import AccountView

__all__ = [
    "AccountView", "KeyRows", "LinkGraph", "LinkKind", "all_kinds", "build_graph",
    "build_graph_from_keys", "get_kind",
]
