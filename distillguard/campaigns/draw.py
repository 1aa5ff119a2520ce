"""draw_campaign: one figure per campaign for the HTML report (matplotlib Agg canvas).

Left: the campaign's accounts as a graph, edges coloured by the link kind that weighs most on
them (flagged-on-their-own accounts drawn darker when `risk` is given). Right: the timeline,
exchanges per hour and active accounts per hour. Large campaigns are drawn from their
MAX_NODES most connected accounts (the title says so).
"""

from __future__ import annotations

import io
import random

import igraph as ig
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from matplotlib import colormaps, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from distillguard.campaigns.describe import rfc3339
from distillguard.linkage.graph import LinkGraph

MAX_NODES = 150
TOP_EDGES_PER_ACCOUNT = 3  # dense campaigns: draw each account's strongest links only
_COLORS = colormaps["tab20"].colors


def draw_campaign(campaign: dict, graph: LinkGraph, *, format: str = "png", risk: dict | None = None) -> bytes:
    """The figure as PNG (default) or SVG bytes."""
    if format not in ("png", "svg"):
        raise ValueError(f"format must be png or svg, not {format!r}")
    idx = graph.account_index()
    members = np.array(sorted(idx[a] for a in campaign.get("account_ids", []) if a in idx), np.int64)
    edges = graph.subgraph_edges(members) if len(members) else np.zeros(0, np.int64)
    shown = members
    if len(members) > MAX_NODES:  # keep the best-connected accounts
        deg = np.bincount(np.r_[graph.src[edges], graph.dst[edges]], minlength=graph.n_accounts)[members]
        shown = np.sort(members[np.lexsort((members, -deg))[:MAX_NODES]])
        edges = graph.subgraph_edges(shown)
    # a bare Figure on the Agg canvas: no pyplot global state, safe in any process
    edges = _strongest(graph, edges, TOP_EDGES_PER_ACCOUNT) if len(edges) > 4 * len(shown) else edges
    fig = Figure(figsize=(12, 5))
    FigureCanvasAgg(fig)
    ax_g, ax_t = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.1, 1]})
    _draw_graph(ax_g, graph, shown, edges, risk)
    title = f"{campaign.get('campaign_id', '?')}: {len(members)} accounts"
    if len(shown) < len(members):
        title += f" ({len(shown)} best connected shown)"
    title += "; strongest links"
    ax_g.set_title(title)
    _draw_timeline(ax_t, graph, members)
    fig.tight_layout()
    buf = io.BytesIO()
    with rc_context({"svg.hashsalt": "distillguard"}):  # stable SVG ids: same campaign, same bytes
        fig.savefig(buf, format=format, dpi=90, metadata={"Date": None} if format == "svg" else None)
    return buf.getvalue()


def _strongest(graph: LinkGraph, edges: np.ndarray, k: int) -> np.ndarray:
    """Each account's k heaviest edges (union), so a dense campaign is not a solid blot."""
    ends = np.r_[graph.src[edges], graph.dst[edges]]
    both = np.r_[edges, edges]
    order = np.lexsort((both, -graph.weight[both], ends))
    ends, both = ends[order], both[order]
    first = np.r_[0, np.flatnonzero(ends[1:] != ends[:-1]) + 1]
    rank = np.arange(len(ends)) - np.repeat(first, np.diff(np.r_[first, len(ends)]))
    return np.unique(both[rank < k])


def _draw_graph(ax, graph: LinkGraph, nodes: np.ndarray, edges: np.ndarray, risk: dict | None) -> None:
    ax.set_axis_off()
    if not len(nodes):
        ax.text(0.5, 0.5, "no accounts", ha="center")
        return
    local = {int(a): i for i, a in enumerate(nodes)}
    pairs = [(local[int(graph.src[e])], local[int(graph.dst[e])]) for e in edges]
    g = ig.Graph(n=len(nodes), edges=pairs)
    if len(nodes) > 1:  # deterministic: fixed starting positions on a circle
        start = [[float(np.cos(i)), float(np.sin(i))] for i in range(len(nodes))]
        state = random.getstate()  # igraph draws from Python's RNG: seed it, then put it back
        random.seed(0)
        try:
            layout = np.array(g.layout_fruchterman_reingold(seed=start, niter=300).coords)
        finally:
            random.setstate(state)
    else:
        layout = np.zeros((1, 2))
    km = graph.edge_kind_matrix(edges)
    dominant = km.argmax(axis=1) if len(edges) else np.zeros(0, int)
    used = sorted(set(dominant.tolist()))
    for k in used:
        sel = np.flatnonzero(dominant == k)
        for e in sel:
            i, j = pairs[e]
            ax.plot(*layout[[i, j]].T, color=_COLORS[k % len(_COLORS)], lw=0.4 + 1.2 * min(1.0, graph.weight[edges[e]] / 2),
                    alpha=0.6, zorder=1)
        ax.plot([], [], color=_COLORS[k % len(_COLORS)], label=graph.kinds[k].name.replace("_", " "))
    colors = "#444444"
    if risk:
        r = np.array([risk.get(graph.account_ids[int(a)], 0.0) for a in nodes])
        colors = colormaps["Reds"](0.3 + 0.7 * np.clip(r, 0, 1))
    ax.scatter(layout[:, 0], layout[:, 1], s=18, c=colors, zorder=2, edgecolors="white", linewidths=0.4)
    if used:
        ax.legend(loc="lower left", fontsize=7, frameon=False)


def _draw_timeline(ax, graph: LinkGraph, members: np.ndarray) -> None:
    ax.set_title("activity (per hour)")
    act = graph.activity
    if act is None or not len(act) or not len(members):
        ax.text(0.5, 0.5, "no activity recorded", ha="center", transform=ax.transAxes)
        return
    act = act.filter(pc.is_in(act["a"], value_set=pa.array(members)))
    if not len(act):
        ax.text(0.5, 0.5, "no activity recorded", ha="center", transform=ax.transAxes)
        return
    t = act["t"].to_numpy()
    n = act["n"].to_numpy()
    hours, inv = np.unique(t, return_inverse=True)
    ex = np.bincount(inv, weights=n)
    accounts = np.bincount(inv)
    x = (hours - hours.min()) / 3600.0
    ax.bar(x, ex, width=1.0, align="edge", color="#8da0cb", label="exchanges")
    ax.set_xlabel(f"hours since {rfc3339(hours.min())}")
    ax.set_ylabel("exchanges")
    ax2 = ax.twinx()
    ax2.plot(x, accounts, color="#d95f02", lw=1.2, label="active accounts")
    ax2.set_ylabel("active accounts")
    ax2.set_ylim(0, max(1, accounts.max()) * 1.15)
    ax.legend(loc="upper left", fontsize=7, frameon=False)
    ax2.legend(loc="upper right", fontsize=7, frameon=False)
