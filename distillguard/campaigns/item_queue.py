"""Campaigns that hand out one public dataset's items from one queue are one operator's.

A fleet splits a benchmark between its accounts so that no answer is bought twice: its accounts'
draws repeat each other far less than independent users' would (linkage.cohort's partition test,
here between campaigns and accounts already found). Linkage may still cut the fleet into parts
(its cards, its exit pools, its languages): `join` puts them back together, attaches the flagged
accounts that draw from a campaign's queue, and makes campaigns of flagged accounts in none that
split a dataset between them. Every account it touches is a campaign member or flagged on its
own already: it says whose they are, and accuses nobody more.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyarrow as pa

from distillguard.campaigns import gating
from distillguard.campaigns.gating import Found, GateConfig, in_id_order
from distillguard.campaigns.operators import distinct_operators, key_holders, own_keys
from distillguard.linkage import blocking, cohort
from distillguard.signals.dataset_match import Pool, pools as bundled_pools

# Campaigns whose draws of one public dataset repeat each other at most this share of what
# independent choice would (PURE_SHARE, as for a partitioned sweep) ...
QUEUE_SHARE = cohort.PURE_SHARE
# ... and this far under chance (Poisson lower tail) hand items out from one queue: one operator.
# Only campaigns are joined (no account is accused by a join), so the bar guards the grouping:
# two campaigns drawing on their own avoid each other this well about once in 10,000 pairs; a
# fleet's parts of a dozen accounts each, 200-300 GSM8K items apiece, reach 1e-4 pair by pair,
# and a part joined is tested again with its draws pooled, far more strongly.
QUEUE_P = 1e-4
# A flagged account in no campaign joins one when its draws avoid the campaign's this far under
# chance: it is already flagged on its own, so this only says whose it is (sixteen GSM8K items,
# none of a 2,800-draw queue's where chance gives 6: p 0.0025) ...
ATTACH_P = 1e-2
# ... judged again while accounts join (the campaign's draws grow), this many rounds at most
ATTACH_ROUNDS = 3
# ... and it is linked to the campaign in the graph by at least this corroborated weight
ATTACH_WEIGHT = 0.1
# Flagged accounts in no campaign linked at least this much (CampaignConfig.min_edge_weight) and
# splitting a dataset between them, at least MIN_QUEUE of them, are a campaign of their own
QUEUE_LINK = 0.3
MIN_QUEUE = 5
SUSPICIOUS_DATASET_KINDS = gating.SUSPICIOUS_KINDS  # (complementary_sweep: every drawer of a dataset)


def draws(graph, view) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per dataset: (account index in the graph, item code) of every distinct draw."""
    items = cohort.sweep_items(view, graph.kinds)
    if items is None or not len(items):
        return {}
    index = None if view.account_ids == graph.account_ids else graph.account_index()
    acc = items["a"].to_numpy()
    if index is not None:
        acc = np.array([index.get(view.account_ids[int(a)], -1) for a in acc], np.int64)
    ds = np.asarray(items["ds"].to_pylist(), dtype=object)
    code = blocking.encode_keys(pa.array(items["item"].to_pylist(), pa.string()))
    out = {}
    for name in np.unique(ds):
        rows = (ds == name) & (acc >= 0)
        out[str(name)] = (acc[rows], code[rows])
    return out


class _Draws(NamedTuple):
    """One account set's draws of one dataset: its distinct item codes, how many of its accounts
    drew each, and its (account, item) draws in all."""
    codes: np.ndarray
    counts: np.ndarray
    n: int


def _group_draws(draws: dict, members: np.ndarray) -> dict[str, _Draws]:
    out = {}
    for ds, (acc, code) in draws.items():
        mine = code[np.isin(acc, members)]
        if len(mine):
            codes, counts = np.unique(mine, return_counts=True)
            out[ds] = _Draws(codes, counts, len(mine))
    return out


def _merge_draws(a: dict[str, _Draws], b: dict[str, _Draws]) -> dict[str, _Draws]:
    out = dict(a)
    for ds, d in b.items():
        if ds not in out:
            out[ds] = d
            continue
        codes = np.concatenate([out[ds].codes, d.codes])
        counts = np.concatenate([out[ds].counts, d.counts])
        u, inv = np.unique(codes, return_inverse=True)
        out[ds] = _Draws(u, np.bincount(inv, weights=counts).astype(np.int64), out[ds].n + d.n)
    return out


def _queue_test(pools: dict, a: dict[str, _Draws], b: dict[str, _Draws]) -> tuple[float, int, float]:
    """(p, repeats, expected) of two account sets' draws of one dataset against independent
    choice, for the dataset where they avoid each other most: pairs of one account of each drawing
    the same item vs chance's mean (draws_a * draws_b / pool). Uniform choice makes the fewest
    repeats of any choice, so a count far under it is no popularity effect. A fleet may walk one
    dataset from a queue and pick another's items at random, so datasets are judged apart;
    datasets of unknown size are not judged."""
    from scipy.stats import poisson

    best = (1.0, 0, 0.0)
    for ds in sorted(a.keys() & b.keys()):
        pool = Pool.of(pools.get(ds, 0))
        da, db = a[ds], b[ds]
        if pool.items <= 0 or da.n + db.n > pool.items:  # (a queue wrapping its pool repeats by necessity)
            continue
        if _shares_a_list(da, pool) or _shares_a_list(db, pool):
            continue
        _, ia, ib = np.intersect1d(da.codes, db.codes, assume_unique=True, return_indices=True)
        repeats = int((da.counts[ia] * db.counts[ib]).sum())
        expected = da.n * db.n / pool.effective
        p = float(poisson.cdf(repeats, expected))
        if p < best[0]:
            best = (p, repeats, expected)
    return best


# A part whose own accounts repeat each other's items this far above chance (Poisson upper tail)
# draws from a list they share, not at random nor from a queue: chance's mean then says nothing of
# what another part "should" have repeated with it
SHARED_LIST_P = 1e-4


def _shares_a_list(d: _Draws, pool: Pool) -> bool:
    """The part's accounts ask the same items far more than independent choice would (a class
    given one assignment, an app's preset examples). gen_j (session 32): a university class's 58
    accounts drew 12 GSM8K items, repeating each other thousands of times where chance gives a
    handful; against a card fleet's draws, chance's 100-odd repeats between them (the class's
    draws counted as independent) made the two one queue, and the class a member of the fleet."""
    from scipy.stats import poisson

    pairs = float((d.counts * (d.counts - 1) / 2).sum())  # pairs of the part's accounts on one item
    expected = d.n * (d.n - 1) / 2 / max(pool.effective, 1.0)
    return pairs > 0 and float(poisson.sf(pairs - 1, expected)) <= SHARED_LIST_P


def _queue_joined(pools: dict, a: dict[str, _Draws], b: dict[str, _Draws], p_max: float) -> float | None:
    """The p of `_queue_test` when the two draw from one queue (p <= p_max, repeats <= QUEUE_SHARE of chance's)."""
    p, repeats, expected = _queue_test(pools, a, b)
    return p if p <= p_max and repeats <= QUEUE_SHARE * expected else None


def join(graph, found: list[Found], draws: dict, flagged: np.ndarray, risk: np.ndarray,
         pools: dict | None = None) -> list[Found]:
    """Campaigns that split a public dataset between them are one operator's: their draws repeat
    each other far less than independent choice (QUEUE_P, QUEUE_SHARE), as items handed out from
    one queue do (a 320-account fleet whose cards split it into twenty communities, each walking
    its share of GSM8K). Two operators drawing on their own repeat each other as chance does, and
    parts with their own client builds or system prompts stay apart (`operators.distinct_operators`).
    Steps: campaigns joined (`_join_parts`); flagged accounts in no campaign attached to the one
    whose draws they avoid (`_attach_by_item_queue`); the flagged accounts still in none that are
    linked to each other and split a dataset between them made campaigns (`_lone_queues`), joined
    and attached in turn. A campaign that a step changed says so in words (`_queue_evidence`)."""
    if not draws:
        return found
    if pools is None:
        pools = bundled_pools()
    before = {f.members.tobytes() for f in found}
    holders_of = key_holders(graph)
    ties = graph.corroborated_weight() >= ATTACH_WEIGHT
    out = _attach_rounds(graph, _join_parts(graph, found, draws, pools, holders_of), draws, pools, flagged, ties)
    seeds = _lone_queues(graph, out, draws, pools, flagged, risk)
    if seeds:
        out = _attach_rounds(graph, _join_parts(graph, out + seeds, draws, pools, holders_of), draws, pools, flagged,
                             ties)
    out = [f if f.members.tobytes() in before else
           f._replace(extra=[_queue_evidence(f.members, draws, pools), *f.extra]) for f in out]
    return in_id_order(graph, out)


def _join_parts(graph, found: list[Found], draws: dict, pools: dict, holders_of: dict) -> list[Found]:
    """The campaigns whose draws come from one queue joined: the most significant pair first, then
    tested again as one."""
    groups = {i: f.members for i, f in enumerate(found)}
    held = {i: _group_draws(draws, f.members) for i, f in enumerate(found)}
    identity = {i: own_keys(holders_of, f.members) for i, f in enumerate(found)}
    parts = {i: [i] for i in groups}
    tested: dict[tuple[int, int], float | None] = {}
    while True:
        live = sorted(i for i in groups if held[i])
        best = None
        for x, i in enumerate(live):
            for j in live[x + 1:]:
                if (i, j) not in tested:
                    tested[i, j] = None if distinct_operators([i, j], identity) else \
                        _queue_joined(pools, held[i], held[j], QUEUE_P)
                p = tested[i, j]
                if p is not None and (best is None or p < best[0]):
                    best = (p, i, j)
        if best is None:
            break
        _, i, j = best
        groups[i] = np.union1d(groups[i], groups.pop(j))
        held[i] = _merge_draws(held[i], held.pop(j))
        for k, codes in identity.pop(j).items():
            identity[i].setdefault(k, set()).update(codes)
        parts[i] += parts.pop(j)
        tested = {k: v for k, v in tested.items() if i not in k and j not in k}
    out = []
    for i, idx in parts.items():
        if len(idx) == 1:
            out.append(found[i])
            continue
        joined = [found[k] for k in idx]
        lead = max(joined, key=lambda f: (f.risk, len(f.members)))
        extra = [e for f in joined for e in f.extra if e.get("signal") != "item_queue"][:2]
        out.append(Found(max(f.risk for f in joined), groups[i], lead.rule, extra))
    return out


def _attach_rounds(graph, found: list[Found], draws: dict, pools: dict, flagged: np.ndarray,
                   ties: np.ndarray) -> list[Found]:
    for _ in range(ATTACH_ROUNDS):
        size = sum(len(f.members) for f in found)
        found = _attach_by_item_queue(graph, found, draws, pools, flagged, ties)
        if sum(len(f.members) for f in found) == size:
            break
    return found


def _queue_evidence(members: np.ndarray, draws: dict, pools: dict) -> dict:
    """The campaign's draws of the dataset they split most clearly, in words."""
    best = None
    for ds, (acc, code) in sorted(draws.items()):
        pool = Pool.of(pools.get(ds, 0))
        rows = np.isin(acc, members)
        if pool.items <= 0 or rows.sum() < 2:
            continue
        _, repeats, expected, p = cohort.repeat_test(acc[rows], code[rows], pool.effective)
        if best is None or p < best[0]:
            best = (p, ds, int(rows.sum()), repeats, expected, len(np.unique(acc[rows])))
    if best is None:
        return {"signal": "item_queue", "score": 1.0, "detail": "its parts draw public-dataset items from one queue"}
    _, ds, n, repeats, expected, holders = best
    return {"signal": "item_queue", "score": 1.0,
            "detail": cohort.partition_words(f"{holders} of its accounts, linked in parts,", ds, n, repeats, expected)}


def _lone_queues(graph, found: list[Found], draws: dict, pools: dict, flagged: np.ndarray,
                 risk: np.ndarray) -> list[Found]:
    """Campaigns (rule "item_queue") of flagged accounts in no campaign: each set of them linked
    to each other (corroborated weight >= QUEUE_LINK) whose draws of one dataset make a pure
    partition (`cohort.partition_rows`: far under chance, p <= 1e-6, members judged one by one;
    `_pure`), of at least MIN_QUEUE members. A fleet behind residential exits with no card in common, ten languages of
    one operator's template each (gen_a's polyglot fleet: 105 accounts flagged alone, in no
    campaign), walks its share of GSM8K from one queue. Every member is flagged on its own: the
    group says whose they are, and accuses nobody more."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    label = np.full(graph.n_accounts, -1, np.int64)
    for i, f in enumerate(found):
        label[f.members] = i
    lone = flagged & (label < 0)
    # (drawing one dataset ties every drawer to every other: it cannot also say which are linked)
    w = graph.corroborated_weight(min_kind_weight=GateConfig().min_kind_weight, without=SUSPICIOUS_DATASET_KINDS)
    keep = lone[graph.src] & lone[graph.dst] & (w >= QUEUE_LINK)
    if not keep.any():
        return []
    n = graph.n_accounts
    _, comp = connected_components(coo_matrix((np.ones(int(keep.sum())), (graph.src[keep], graph.dst[keep])),
                                              shape=(n, n)), directed=False)
    sizes = np.bincount(comp[lone], minlength=comp.max() + 1)
    out = []
    for c in np.flatnonzero(sizes >= MIN_QUEUE).tolist():
        best = None
        for ds, (acc, code) in sorted(draws.items()):
            pool = Pool.of(pools.get(ds, 0))
            rows = lone[acc] & (comp[acc] == c)
            if pool.items <= 0 or rows.sum() < 2:
                continue
            kept = cohort.partition_rows(acc[rows], code[rows], pool)
            if kept is None or not _pure(acc[rows][kept], code[rows][kept], pool):
                continue
            members = np.unique(acc[rows][kept])
            if len(members) >= MIN_QUEUE and (best is None or len(members) > len(best)):
                best = members
        if best is not None:
            out.append(Found(gating.campaign_risk(risk[best], flagged[best]), best, "item_queue", []))
    return out


def _pure(acc: np.ndarray, code: np.ndarray, pool) -> bool:
    """The draws repeat each other beyond what a sweep wrapping its pool must by at most QUEUE_SHARE
    of what chance makes beyond it (`cohort.nearly_pure`): one queue. Two fleets each walking its
    own queue, linked through a template both use, repeat each other as chance does: half of
    chance's repeats, far under it, but no queue."""
    _, repeats, expected, _ = cohort.repeat_test(acc, code, pool.effective)
    return cohort.nearly_pure(repeats, expected, cohort.sweep_repeats(code, pool))


def _attach_by_item_queue(graph, found: list[Found], draws: dict, pools: dict, flagged: np.ndarray,
                          ties: np.ndarray) -> list[Found]:
    """Flagged accounts in no campaign that draw items the way a campaign's queue hands them out,
    linked to it in the graph (`ties`: edges of corroborated weight >= ATTACH_WEIGHT), join it."""
    label = np.full(graph.n_accounts, -1, np.int64)
    for i, f in enumerate(found):
        label[f.members] = i
    drawers = np.unique(np.concatenate([acc for acc, _ in draws.values()]))
    lone = drawers[flagged[drawers] & (label[drawers] < 0)]
    if not len(lone):
        return found
    is_lone = np.zeros(graph.n_accounts, bool)
    is_lone[lone] = True
    # (account, campaign) pairs of the links from a lone account to a campaign member, strong enough
    keep = ties & (is_lone[graph.src] | is_lone[graph.dst])
    a_end = np.r_[graph.src[keep], graph.dst[keep]]
    c_end = label[np.r_[graph.dst[keep], graph.src[keep]]]
    ties = is_lone[a_end] & (c_end >= 0)
    pairs = np.unique(a_end[ties] * np.int64(len(found) + 1) + c_end[ties])
    linked_to: dict[int, list[int]] = {}
    for a, ci in zip((pairs // (len(found) + 1)).tolist(), (pairs % (len(found) + 1)).tolist()):
        linked_to.setdefault(a, []).append(ci)
    held: dict[int, dict] = {}
    added: dict[int, list[int]] = {}
    for a, linked in linked_to.items():
        mine = _group_draws(draws, np.array([a]))
        best = None
        for ci in linked:
            if ci not in held:
                held[ci] = _group_draws(draws, found[ci].members)
            p = _queue_joined(pools, mine, held[ci], ATTACH_P)
            if p is not None and (best is None or p < best[0]):
                best = (p, ci)
        if best is not None:
            added.setdefault(best[1], []).append(a)
    return [f._replace(members=np.union1d(f.members, added[i])) if i in added else f for i, f in enumerate(found)]
