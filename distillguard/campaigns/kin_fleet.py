"""Kin fleets: accounts flagged one by one whose prompts come from one private pool of templates.

A careful fleet keeps every identity key apart (its own card, exit, client build and
organisation per account) and asks slowly, so each of its accounts is flagged on its own traffic
and nothing operator-owned ties them: `gating` never groups them, and each ranks as a lone
account, under a benign organisation's few flagged seats. What such a fleet does not hide is its
prompt generator: its members' prompts are built from one pool of templates that nobody else
sends. A benign population whose tail is flagged (tutors grading essays from a common form) shares
its templates with its many unflagged peers, so its template links run mostly outside the
flagged few.

So: among flagged accounts in no campaign (and no relay), the groups that their links make
(Leiden at low resolution), cut to the members whose template links run at least as much inside
the group as to any other account (another campaign's members included), become one campaign
(rule "kin_fleet") when they hold at least MIN_KIN members and at least PRIVATE_SHARE of the
group's template weight stays among flagged accounts (its own members, or kin of theirs left in
another campaign) rather than going to accounts judged and cleared (big enough to judge, not
flagged).
Every member is flagged already: the campaign groups them (one case, not two hundred) and ranks
them with their number (risk.campaign_boost.member_rank); it flags no one.
"""

from __future__ import annotations

import igraph as ig
import leidenalg
import numpy as np

from distillguard.campaigns.community import SEED
from distillguard.campaigns.gating import Found, campaign_risk, lone_flagged
from distillguard.linkage.graph import LinkGraph

TEMPLATE_KIND = "shared_template"
MIN_LINK = 0.1  # total link weight between two lone flagged accounts to count (a shared NAT alone is less)
RESOLUTION = 0.1  # Leiden (RB configuration): low, a fleet's members are linked sparsely
MIN_KIN = 10  # as risk.campaign_boost.RANKED_CAMPAIGN: fewer is a team's size
PRIVATE_SHARE = 0.8  # of the group's template weight not going to judged, unflagged accounts


def find(graph: LinkGraph, found: list[Found], strength: np.ndarray, risk: np.ndarray, flagged: np.ndarray,
         relay: np.ndarray | None = None, judged: np.ndarray | None = None) -> tuple[list[Found], np.ndarray]:
    """`found` plus a "kin_fleet" campaign for each private-template group of lone flagged accounts.
    `judged`: accounts with enough traffic to be judged alone; only those, unflagged, make a
    template public (else a fleet would make its pool look public through a crowd of tiny
    decoy accounts sending a request or two from it)."""
    if TEMPLATE_KIND not in graph.kind_names or not graph.n_edges:
        return found, strength
    lone = lone_flagged(flagged, found, relay)
    if lone.sum() < MIN_KIN:
        return found, strength
    cleared = ~flagged if judged is None else ~flagged & judged  # judged and not flagged
    template = _template_links(graph, lone)
    added = []
    strength = strength.copy()
    for group in _groups(graph, lone):
        members, inside, elsewhere, public = _members(graph, template, group, cleared)
        if len(members) < MIN_KIN:
            continue
        total = inside.sum() + elsewhere.sum()
        share = 1.0 - public.sum() / total if total > 0 else 0.0
        if share < PRIVATE_SHARE:
            continue
        strength[members] = np.maximum(strength[members], inside / np.maximum(inside + elsewhere, 1e-12))
        added.append(Found(campaign_risk(risk[members], flagged[members]), members, "kin_fleet",
                           [{"signal": "kin_fleet", "score": round(share, 4), "detail": _detail(len(members), share)}]))
    return [*found, *added], strength


def _groups(graph: LinkGraph, lone: np.ndarray) -> list[np.ndarray]:
    """Leiden communities (of MIN_KIN or more) of the lone flagged accounts over their links to each other."""
    m = lone[graph.src] & lone[graph.dst] & (graph.weight >= MIN_LINK)
    if not m.any():
        return []
    src, dst = graph.src[m], graph.dst[m]
    nodes = np.unique(np.r_[src, dst])
    g = ig.Graph(n=len(nodes), edges=np.searchsorted(nodes, np.c_[src, dst]))
    g.es["weight"] = graph.weight[m].astype(np.float64)
    part = leidenalg.find_partition(g, leidenalg.RBConfigurationVertexPartition, weights="weight",
                                    resolution_parameter=RESOLUTION, seed=SEED, n_iterations=-1)
    label = np.asarray(part.membership, np.int64)
    return [nodes[label == c] for c in range(int(label.max()) + 1) if (label == c).sum() >= MIN_KIN]


def _template_links(graph: LinkGraph, lone: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(src, dst, weight) of the template links that touch a lone flagged account (the only ones
    any group's weights read: computed once, not per group over every edge of the log)."""
    sel = graph.kind_id == graph.kind_names.index(TEMPLATE_KIND)
    w = np.bincount(graph.kind_edge[sel], weights=graph.kind_weight[sel], minlength=graph.n_edges)
    keep = (w > 0) & (lone[graph.src] | lone[graph.dst])
    return graph.src[keep], graph.dst[keep], w[keep]


def _members(graph: LinkGraph, template: tuple, group: np.ndarray, cleared: np.ndarray):
    """(members, and per member its template weight inside the group, to anyone else, and to
    `cleared` accounts: judged and not flagged): the group's accounts whose template weight
    inside it is at least their weight elsewhere (an account of another campaign's kin belongs
    there). One pass: a fleet's members are linked sparsely, and re-testing after each cut would
    unravel it."""
    inside, elsewhere, _ = _template_weights(graph, template, group, cleared)
    members = group[(inside > 0) & (inside >= elsewhere)]
    return members, *_template_weights(graph, template, members, cleared)


def _template_weights(graph: LinkGraph, template: tuple, members: np.ndarray, cleared: np.ndarray):
    """Per member: template weight to other members, to accounts outside, to `cleared` accounts."""
    n = graph.n_accounts
    mem = np.zeros(n, bool)
    mem[members] = True
    s, d, w = template

    def weight(from_s: np.ndarray, from_d: np.ndarray) -> np.ndarray:
        return (np.bincount(s[from_s], weights=w[from_s], minlength=n)
                + np.bincount(d[from_d], weights=w[from_d], minlength=n))[members]

    both = mem[s] & mem[d]
    inside = weight(both, both)
    elsewhere = weight(mem[s] & ~mem[d], mem[d] & ~mem[s])
    public = weight(mem[s] & cleared[d], mem[d] & cleared[s])
    return inside, elsewhere, public


def _detail(n: int, share: float) -> str:
    return (f"{n} accounts, each flagged on its own traffic and in no campaign by their cards, addresses, client "
            f"builds or organisations, send prompts built from one pool of templates that no account judged and "
            f"cleared sends ({share:.0%} of their template links are among flagged accounts)")
