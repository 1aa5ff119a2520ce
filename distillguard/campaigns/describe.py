"""What a campaign is, in numbers and plain words: evidence, targets, origin, time span.

Everything is computed for all campaigns at once from per-account / per-exchange campaign
labels (-1 = in no campaign), so describing 10,000 campaigns costs one pass, not 10,000.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage import network
from distillguard.linkage.graph import LinkGraph
from distillguard.linkage.view import AccountView

CAPABILITY = "capability.label"
LANGUAGE = "language.code"
MIN_TARGET_SHARE = 0.1
TOP = 5


def rfc3339(seconds: float) -> str:
    d = dt.datetime.fromtimestamp(int(seconds), tz=dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def link_evidence(graph: LinkGraph, label: np.ndarray, n_campaigns: int, sizes: np.ndarray):
    """Per campaign: list of evidence dicts, one per link kind present inside it (heaviest first),
    and per account: {kind name: (other members linked that way, strongest weight share)}."""
    internal = (label[graph.src] >= 0) & (label[graph.src] == label[graph.dst])
    edge_campaign = np.where(internal, label[graph.src], -1)
    sel = edge_campaign[graph.kind_edge] >= 0
    k_edge, k_id, k_w = graph.kind_edge[sel], graph.kind_id[sel], graph.kind_weight[sel]
    k_camp = edge_campaign[k_edge]
    caps = np.array([k.weight for k in graph.kinds], np.float64)
    # accounts covered per (campaign, kind), and per-account neighbour counts
    ends = np.r_[graph.src[k_edge], graph.dst[k_edge]]
    kinds2 = np.r_[k_id, k_id]
    w2 = np.r_[k_w, k_w] / caps[np.r_[k_id, k_id]]
    per_account: dict[int, dict[str, tuple[int, float]]] = defaultdict(dict)
    if len(ends):
        t = pa.table({"a": ends, "k": kinds2.astype(np.int32), "w": w2})
        g = t.group_by(["a", "k"]).aggregate([("w", "count"), ("w", "max")])
        for a, k, c, m in zip(g["a"].to_numpy(), g["k"].to_numpy(), g["w_count"].to_numpy(), g["w_max"].to_numpy()):
            per_account[int(a)][graph.kinds[int(k)].name] = (int(c), float(m))
    covered = np.zeros((n_campaigns, len(graph.kinds)), np.int64)
    mean_w = np.zeros((n_campaigns, len(graph.kinds)))
    if len(ends):
        ac = pa.table({"c": label[ends], "k": kinds2.astype(np.int32), "a": ends}).group_by(["c", "k"]).aggregate(
            [("a", "count_distinct")])
        covered[ac["c"].to_numpy(), ac["k"].to_numpy()] = ac["a_count_distinct"].to_numpy()
        wsum = np.zeros_like(mean_w)
        cnt = np.zeros_like(mean_w)
        np.add.at(wsum, (k_camp, k_id), k_w / caps[k_id])
        np.add.at(cnt, (k_camp, k_id), 1)
        mean_w = np.divide(wsum, cnt, out=np.zeros_like(wsum), where=cnt > 0)
    shared_keys = _shared_key_counts(graph, label, n_campaigns)
    out: list[list[dict]] = []
    for c in range(n_campaigns):
        items = []
        for k, kind in enumerate(graph.kinds):
            if covered[c, k] == 0:
                continue
            detail = f"{covered[c, k]} of {sizes[c]} accounts {kind.description}"
            if kind.key_noun and shared_keys[c, k]:
                detail += f" ({shared_keys[c, k]} shared {kind.key_noun})"
            score = float(covered[c, k] / sizes[c] * mean_w[c, k])
            items.append({"signal": kind.name, "score": round(score, 4), "detail": detail})
        items.sort(key=lambda e: (-e["score"], e["signal"]))
        out.append(items)
    return out, per_account


def _shared_key_counts(graph: LinkGraph, label: np.ndarray, n_campaigns: int) -> np.ndarray:
    """Distinct keys held by >= 2 members of the same campaign, per (campaign, kind)."""
    out = np.zeros((n_campaigns, len(graph.kinds)), np.int64)
    for k, kind in enumerate(graph.kinds):
        kk = graph.keys.get(kind.name)
        if kind.key_noun is None or kk is None or len(kk.account) == 0:
            continue
        camp = label[kk.account]
        sel = np.flatnonzero(camp >= 0)
        if not len(sel):
            continue
        t = pa.table({"c": camp[sel], "key": kk.key.take(pa.array(sel))})
        g = t.group_by(["c", "key"]).aggregate([("c", "count")])
        g = g.filter(pc.greater_equal(g["c_count"], 2))
        if len(g):
            np.add.at(out[:, k], g["c"].to_numpy(), 1)
    return out


def exchange_facts(view: AccountView, label: np.ndarray, n_campaigns: int) -> list[dict]:
    """Per campaign: exchanges, first/last seen, targets, origin (countries, networks, languages)."""
    facts = empty_facts(n_campaigns)
    if not view.n_exchanges or n_campaigns == 0:
        return facts
    row_c = label[view.account_of_row]
    rows = np.flatnonzero(row_c >= 0)
    if not len(rows):
        return facts
    c = row_c[rows]
    ts = view.ts_seconds[rows]
    counts = np.bincount(c, minlength=n_campaigns)
    first = np.full(n_campaigns, np.inf)
    last = np.full(n_campaigns, -np.inf)
    np.minimum.at(first, c, ts)
    np.maximum.at(last, c, ts)
    for i in range(n_campaigns):
        if counts[i]:
            facts[i].update(exchanges=int(counts[i]), first_seen=rfc3339(first[i]), last_seen=rfc3339(last[i]))
    take = pa.array(rows)
    for i, noun in _one_customer(c, view, take, n_campaigns).items():
        facts[i]["one_customer"] = noun
    cap = view.signal(CAPABILITY)
    if cap is not None:
        for i, shares in _shares(c, cap.take(take), n_campaigns).items():
            facts[i]["targets"] = [v for v, s in shares if s >= MIN_TARGET_SHARE][:TOP]
    lang = view.signal(LANGUAGE)
    if lang is not None:
        for i, shares in _shares(c, lang.take(take), n_campaigns).items():
            facts[i]["origin"]["languages"] = {v: round(s, 3) for v, s in shares[:TOP]}
    addr = view.column(schema.CLIENT_ADDRESS).take(take)
    t = pa.table({"c": c, "v": addr}).filter(pc.is_valid(addr)).group_by(["c", "v"]).aggregate([("c", "count")])
    country: dict[int, Counter] = defaultdict(Counter)
    nets: dict[int, Counter] = defaultdict(Counter)
    klass: dict[int, Counter] = defaultdict(Counter)
    addresses: dict[int, int] = Counter()
    for ci, v, n in zip(t["c"].to_numpy(), t["v"].to_pylist(), t["c_count"].to_numpy()):
        info = network.lookup(v)
        ci = int(ci)
        country[ci][info.country] += int(n)
        if info.network:
            nets[ci][(info.network, info.net_class)] += int(n)
        klass[ci][info.net_class] += int(n)
        addresses[ci] += 1
    for ci in klass:
        total = sum(klass[ci].values())
        o = facts[ci]["origin"]
        o["addresses"] = addresses[ci]
        o["countries"] = {k: round(v / total, 3) for k, v in country[ci].most_common(TOP)}
        o["networks"] = [{"name": name, "class": cl, "share": round(v / total, 3)}
                         for (name, cl), v in nets[ci].most_common(TOP)]
        o["network_class"] = {k: round(v / total, 3) for k, v in sorted(klass[ci].items())}
    return facts


# what a campaign's exchanges may all carry that makes its accounts one customer's seats
CUSTOMER_COLUMNS = ((schema.ORG_ID, "organisation"), (schema.PAYMENT_FINGERPRINT, "payment instrument"))


def _one_customer(c: np.ndarray, view: AccountView, take: pa.Array, n_campaigns: int) -> dict[int, str]:
    """Per campaign whose every exchange carries one and the same organisation id (else payment
    fingerprint): what that identity is, in words. Such a campaign is one customer's seats, in the
    open (risk.campaign_boost ranks it after fleets that hide)."""
    out: dict[int, str] = {}
    for column, noun in CUSTOMER_COLUMNS:
        values = view.column(column).take(take)
        t = pa.table({"c": c, "v": values}).group_by("c").aggregate(
            [("v", "count_distinct", pc.CountOptions(mode="only_valid")), ("v", "count", pc.CountOptions(mode="only_null"))])
        for ci, distinct, nulls in zip(t["c"].to_numpy(), t["v_count_distinct"].to_numpy(), t["v_count"].to_numpy()):
            if distinct == 1 and nulls == 0:
                out.setdefault(int(ci), noun)
    return out


def empty_facts(n_campaigns: int) -> list[dict]:
    """The facts of `n_campaigns` campaigns seen in no exchange (what exchange_facts starts from)."""
    return [{"exchanges": 0, "first_seen": None, "last_seen": None, "targets": [], "origin": _empty_origin(),
             "one_customer": None} for _ in range(n_campaigns)]


def _empty_origin() -> dict:
    return {"addresses": 0, "countries": {}, "networks": [], "network_class": {}, "languages": {}}


def _shares(c: np.ndarray, values: pa.Array, n_campaigns: int) -> dict[int, list[tuple[str, float]]]:
    t = pa.table({"c": c, "v": values}).filter(pc.is_valid(values)).group_by(["c", "v"]).aggregate([("c", "count")])
    per: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for ci, v, n in zip(t["c"].to_numpy(), t["v"].to_pylist(), t["c_count"].to_numpy()):
        if v:
            per[int(ci)].append((v, int(n)))
    out = {}
    for ci, items in per.items():
        total = sum(n for _, n in items)
        items.sort(key=lambda x: (-x[1], x[0]))
        out[ci] = [(v, n / total) for v, n in items]
    return out
