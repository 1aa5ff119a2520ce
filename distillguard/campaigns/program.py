"""One program, several parts: campaigns whose traffic has the same mix are one operator's parts.

Linkage cuts a fleet wherever its links end: a hydra of prepaid cards, each shared by 5-15
accounts, behind a rented residential pool has nothing that ties one card's accounts to another
card's (the exits are rented by everyone, the SDK is stock), and comes out as a campaign per
card or per handful of cards. What the parts still share is the program they run: the same
models at the same reasoning effort and temperature, the same capabilities in the same languages,
the same kind of request. Parts whose traffic mixes all agree to PROGRAM_AGREEMENT
(Bhattacharyya coefficient of the two distributions, the lowest over the mixes) are joined.

Two operators who harvest the same way would be joined too, so the bar is high (every mix, not
their average), a chain of look-alikes is cut (every part of a joined set agrees with every other
to CHAIN_AGREEMENT), and parts that each hold their own system prompt or exit pool stay apart
(`operators.distinct_operators`). Their own client builds do not keep them apart (LinkTraits.rotated):
a fleet hands each batch of accounts another build of its script. Only campaigns already at the
operating point are joined: nobody is flagged by it.

Measured on pairs of the campaigns (>= 5 accounts) that the 17 blind logs' scans name (session 38,
benchmarks/results/coordination.md): at 0.95, 236 of 538 pairs that are one true campaign agree
and 4 of 2,773 that are two (three of them parts of one benign company); at 0.98, 82 and 3. At 0.95,
parts kept apart by their own client builds alone were 154 pairs of one campaign and none of two
(gen_g's dust fleet: one build per batch of its 640 accounts). Mean ARI over the 17 logs 0.705 ->
0.768, no account flagged or unflagged. Session 32 had set 0.98 on ten logs (27 of 445 pairs of one
campaign on gen_f, 0 of 501 of two).
"""

from __future__ import annotations

import numpy as np

from distillguard import schema
from distillguard.campaigns import operators
from distillguard.campaigns.community import UnionFind
from distillguard.campaigns.gating import Found, in_id_order, joined_parts
from distillguard.linkage import blocking

# parts smaller than this have too little traffic for their mix to say who runs them
MIN_PART = 5
PROGRAM_AGREEMENT = 0.95
# and every part of the two sets with every other at least this (no chain of look-alikes)
CHAIN_AGREEMENT = 0.93
# what a program is: request columns ...
REQUEST_MIXES = (schema.MODEL, schema.REASONING_EFFORT, schema.TEMPERATURE)
# ... and detector outputs (capability, language, what the request asks for)
SIGNAL_MIXES = ("capability.label", "language.code", "extraction_intent.intent")


def mixes(view, members: list[np.ndarray]) -> list[np.ndarray]:
    """Per mix: a (parts x values) matrix of each part's share of its exchanges per value."""
    part_of = np.full(len(view.account_ids), -1, np.int64)
    for i, m in enumerate(members):
        part_of[m] = i
    part_of_row = part_of[view.account_of_row] if len(view.account_of_row) else np.zeros(0, np.int64)
    rows = np.flatnonzero(part_of_row >= 0)
    columns = [view.column(c) for c in REQUEST_MIXES] + [view.signal(c) for c in SIGNAL_MIXES]
    out = []
    for col in columns:
        if col is None or not len(rows):
            continue
        values = col.take(rows).cast("string").fill_null("")  # a missing value is a value too
        code = blocking.encode_keys(values)
        width = int(code.max()) + 1 if len(code) else 1
        counts = np.zeros((len(members), width))
        np.add.at(counts, (part_of_row[rows], code), 1.0)
        out.append(counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0))
    return out


def agreement(shares: list[np.ndarray]) -> np.ndarray:
    """(parts x parts): the lowest Bhattacharyya coefficient over the mixes."""
    if not shares:
        return np.zeros((0, 0))
    root = [np.sqrt(s) for s in shares]
    return np.minimum.reduce([r @ r.T for r in root])


def join(graph, view, found: list[Found]) -> list[Found]:
    """`found` with the parts of one program joined (module doc); others unchanged."""
    idx = [i for i, f in enumerate(found) if len(f.members) >= MIN_PART]
    if view is None or len(idx) < 2:
        return found
    parts = [found[i] for i in idx]
    members = [f.members for f in parts]
    if view.account_ids != graph.account_ids:  # (a view numbered otherwise: by id)
        index = view.index
        members = [np.array([index.get(graph.account_ids[int(a)], -1) for a in m], np.int64) for m in members]
        members = [m[m >= 0] for m in members]
    agree = agreement(mixes(view, members))
    if not agree.size:
        return found
    holders_of = operators.key_holders(graph, rotated=False)  # a fleet rotates client builds between batches
    identity = {j: operators.own_keys(holders_of, f.members) for j, f in enumerate(parts)}
    sets = UnionFind(len(parts))
    group = {j: [j] for j in range(len(parts))}
    lowest: dict[int, float] = {}
    pairs = np.argwhere(np.triu(agree >= PROGRAM_AGREEMENT, 1))
    for a, b in sorted(pairs.tolist(), key=lambda p: (-agree[p[0], p[1]], p[0], p[1])):
        ra, rb = sets.find(a), sets.find(b)
        if ra == rb or operators.distinct_operators([ra, rb], identity):
            continue
        # every part with every part (no chain of look-alikes: A like B, B like C, A unlike C)
        cross = float(agree[np.ix_(group[ra], group[rb])].min())
        if cross < CHAIN_AGREEMENT:
            continue
        root, other = sets.union(ra, rb)
        group[root] = group[ra] + group[rb]
        group.pop(other)
        for k, codes in identity.pop(other, {}).items():
            identity.setdefault(root, {}).setdefault(k, set()).update(codes)
        lowest[root] = min(lowest.get(root, 1.0), lowest.pop(other, 1.0), cross)
    joined = sets.sets()
    if len(joined) == len(parts):
        return found
    out = [f for i, f in enumerate(found) if len(f.members) < MIN_PART]
    for idx_set in joined:
        members = [parts[j] for j in idx_set]
        if len(members) == 1:
            out.append(members[0])
            continue
        low = lowest[sets.find(idx_set[0])]
        item = {"signal": "same_program", "score": round(low, 4),
                "detail": f"{len(members)} parts that linkage kept apart run one program: the same mix of "
                          "models, reasoning effort, temperature, capabilities, languages and requests "
                          f"(agreement {low:.3f} or more on each)"}
        out.append(joined_parts(members, [item, *[e for f in members for e in f.extra
                                                  if e.get("signal") != "same_program"]][:3]))
    return in_id_order(graph, out)
