"""One program, several parts: campaigns whose traffic has the same mix are one operator's parts.

Linkage cuts a fleet wherever its links end: a hydra of prepaid cards, each shared by 5-15
accounts, behind a rented residential pool has nothing that ties one card's accounts to another
card's (the exits are rented by everyone, the SDK is stock), and comes out as a campaign per
card or per handful of cards. What the parts still share is the program they run: the same
models at the same reasoning effort and temperature, the same capabilities in the same languages,
the same kind of request, from accounts that each ask about as much. Parts whose traffic mixes
all agree to PROGRAM_AGREEMENT (Bhattacharyya coefficient of the two distributions, the lowest
over the mixes) are joined.

Two operators who harvest the same way would be joined too, so the bar is high (every mix, not
their average), a chain of look-alikes is cut (the parts of two sets agree with each other's to
CHAIN_AGREEMENT on average, none under CHAIN_FLOOR), and parts that each hold their own system
prompt or exit pool stay apart (`operators.distinct_operators`). Their own client builds do not
keep them apart (LinkTraits.rotated): a fleet hands each batch of accounts another build of its
script. Only campaigns already at the operating point are joined, and on the 17 blind logs it
flagged no one; a joined campaign can still lift members its parts did not (gen_o's tax law firms,
joined at 0.95 with no own key counted, lifted 16 seats: own exits keep them apart).

Measured on pairs of the campaigns (>= 5 accounts) that the 17 blind logs' scans name (session 38,
benchmarks/results/coordination.md): at 0.95, 236 of 538 pairs that are one true campaign agree
and 4 of 2,773 that are two (three of them parts of one benign company); at 0.98, 82 and 3. At 0.95,
parts kept apart by their own client builds alone were 154 pairs of one campaign and none of two
(gen_g's dust fleet: one build per batch of its 640 accounts). Session 32 had set 0.98 on ten logs
(27 of 445 pairs of one campaign on gen_f, 0 of 501 of two).

Flagged accounts that no link put in any campaign (each with its own card, exit, client build and
organisation) can still run one program: `fleets` groups those whose mixes agree (joined closest
first at PROGRAM_AGREEMENT, the same chain rule) into campaigns of MIN_FLEET or more (rule
"program_fleet"); `join` then joins them with the rest of their operator's parts. Every member is
flagged already: it flags no one.

17 blind logs, mean ARI 0.705 -> 0.790 and recall at 0.1% 52.0% -> 53.2% (members of a campaign of
ten or more rank first), no account flagged or unflagged, own logs unchanged (figures per step in
coordination.md).
"""

from __future__ import annotations

import numpy as np

from distillguard import schema
from distillguard.campaigns import operators
from distillguard.campaigns.community import UnionFind
from distillguard.campaigns.gating import Found, campaign_risk, in_id_order, joined_parts, lone_flagged
from distillguard.linkage import blocking

# parts smaller than this have too little traffic for their mix to say who runs them
MIN_PART = 5
PROGRAM_AGREEMENT = 0.95
# two sets are joined when their parts agree with each other's to this on average, and no two of
# them under CHAIN_FLOOR (no chain of look-alikes: A like B, B like C, A unlike C). Every pair to
# 0.93 kept gen_f's hydra apart (its parts 0.96-0.98 at best, 0.90-0.91 at worst; session 38)
CHAIN_AGREEMENT = 0.93
CHAIN_FLOOR = 0.88
# flagged accounts in no campaign that run one program are a fleet of this many or more (as
# risk.campaign_boost.RANKED_CAMPAIGN: fewer is a team's size)
MIN_FLEET = 10
# lone flagged accounts compared pairwise at most this many at a time (memory: (n x n) agreements);
# more are cut in account order, and `join` joins a fleet's parts again
MAX_BLOCK = 3000
PAIR_CHUNK = 1 << 20
# what a program is: request columns ...
REQUEST_MIXES = (schema.MODEL, schema.REASONING_EFFORT, schema.TEMPERATURE)
# ... and detector outputs (capability, language, what the request asks for) ...
SIGNAL_MIXES = ("capability.label", "language.code", "extraction_intent.intent")
# ... and how much each account asks (its exchanges in the log, by power of ten: 1-9, 10-99, ...):
# a thin fleet of three-request accounts and a hydra of fifty-request ones asking alike are two
# programs (gen_n: joined on the rest of the mix, session 38)


def mixes(view, members: list[np.ndarray]) -> list[np.ndarray]:
    """Per mix: a (parts x values) matrix of each part's share of its exchanges per value."""
    part_of = np.full(len(view.account_ids), -1, np.int64)
    for i, m in enumerate(members):
        part_of[m] = i
    part_of_row = part_of[view.account_of_row] if len(view.account_of_row) else np.zeros(0, np.int64)
    rows = np.flatnonzero(part_of_row >= 0)
    columns = [view.column(c) for c in REQUEST_MIXES] + [view.signal(c) for c in SIGNAL_MIXES]
    codes = []
    for col in columns:
        if col is not None and len(rows):
            codes.append(blocking.encode_keys(col.take(rows).cast("string").fill_null("")))  # missing is a value too
    if len(rows):
        size = np.bincount(view.account_of_row, minlength=len(view.account_ids))
        codes.append(np.floor(np.log10(np.maximum(size[view.account_of_row[rows]], 1))).astype(np.int64))
    out = []
    for code in codes:
        width = int(code.max()) + 1 if len(code) else 1
        counts = np.zeros((len(members), width))
        np.add.at(counts, (part_of_row[rows], code), 1.0)
        out.append(counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0))
    return out


def agreement(shares: list[np.ndarray]) -> np.ndarray:
    """(parts x parts): the lowest Bhattacharyya coefficient over the mixes."""
    if not shares:
        return np.zeros((0, 0))
    lowest = None
    for s in shares:  # one mix at a time: two (parts x parts) matrices in memory, not one per mix
        root = np.sqrt(s)
        lowest = root @ root.T if lowest is None else np.minimum(lowest, root @ root.T, out=lowest)
    return lowest


def _view_members(graph, view, members: list[np.ndarray]) -> list[np.ndarray]:
    """`members` (graph account indices) as indices of `view`."""
    if view.account_ids == graph.account_ids:
        return members
    index = view.index  # (a view numbered otherwise: by id)
    out = [np.array([index.get(graph.account_ids[int(a)], -1) for a in m], np.int64) for m in members]
    return [m[m >= 0] for m in out]


def _link(agree: np.ndarray, apart=None, joined=None) -> tuple[list[list[int]], dict[int, float]]:
    """Closest pairs first, sets joined while the members of one agree with the members of the
    other to CHAIN_AGREEMENT on average and none of them under CHAIN_FLOOR, pairs under
    PROGRAM_AGREEMENT never, nor two sets `apart(root_a, root_b)` says are two; `joined(root,
    other)` is told of each join. Returns the sets and, per member of a set of two or more, the
    lowest agreement inside its set."""
    sets = UnionFind(len(agree))
    group = {j: [j] for j in range(len(agree))}
    lowest: dict[int, float] = {}
    src, dst = np.nonzero(np.triu(agree >= PROGRAM_AGREEMENT, 1))
    order = np.lexsort((dst, src, -agree[src, dst]))  # closest first, ties in index order
    for start in range(0, len(order), PAIR_CHUNK):  # (pairs as Python ints a chunk at a time)
        chunk = order[start:start + PAIR_CHUNK]
        for a, b in zip(src[chunk].tolist(), dst[chunk].tolist()):
            ra, rb = sets.find(a), sets.find(b)
            if ra == rb or (apart is not None and apart(ra, rb)):
                continue
            cross = agree[np.ix_(group[ra], group[rb])]
            if cross.mean() < CHAIN_AGREEMENT or cross.min() < CHAIN_FLOOR:
                continue
            root, other = sets.union(ra, rb)
            group[root] = group[ra] + group[rb]
            group.pop(other)
            lowest[root] = min(lowest.get(root, 1.0), lowest.pop(other, 1.0), float(cross.min()))
            if joined is not None:
                joined(root, other)
    out = sets.sets()
    return out, {j: lowest[sets.find(j)] for members in out if len(members) > 1 for j in members}


def fleets(graph, view, found: list[Found], strength: np.ndarray, risk: np.ndarray, flagged: np.ndarray,
           relay: np.ndarray | None = None) -> tuple[list[Found], np.ndarray]:
    """`found` plus a "program_fleet" campaign for each group of MIN_FLEET or more flagged accounts
    in no campaign (and no relay) that run one program (module doc)."""
    if view is None:
        return found, strength
    idx = np.flatnonzero(lone_flagged(flagged, found, relay))
    if len(idx) < MIN_FLEET:
        return found, strength
    shares = mixes(view, _view_members(graph, view, [np.array([i]) for i in idx]))
    if not shares:
        return found, strength
    added = []
    strength = strength.copy()
    for start in range(0, len(idx), MAX_BLOCK):
        sets, lowest = _link(agreement([s[start:start + MAX_BLOCK].astype(np.float32) for s in shares]))
        for members in sets:
            if len(members) < MIN_FLEET:
                continue
            accounts = idx[start + np.asarray(members)]
            low = lowest[members[0]]
            strength[accounts] = np.maximum(strength[accounts], low)
            added.append(Found(campaign_risk(risk[accounts], flagged[accounts]), np.sort(accounts), "program_fleet",
                               [{"signal": "program_fleet", "score": round(low, 4), "detail": fleet_words(len(accounts), low)}]))
    return [*found, *added], strength


def fleet_words(n: int, low: float) -> str:
    return (f"{n} accounts, each flagged on its own traffic and in no campaign by their cards, addresses, "
            "client builds or organisations, run one program: the same mix of models, reasoning effort, "
            f"temperature, capabilities, languages and requests (agreement {low:.3f} or more between any two)")


def join(graph, view, found: list[Found]) -> list[Found]:
    """`found` with the parts of one program joined (module doc); others unchanged."""
    idx = [i for i, f in enumerate(found) if len(f.members) >= MIN_PART]
    if view is None or len(idx) < 2:
        return found
    parts = [found[i] for i in idx]
    members = [f.members for f in parts]
    agree = agreement(mixes(view, _view_members(graph, view, members)))
    if not agree.size:
        return found
    holders_of = operators.key_holders(graph, with_rotated=False)  # a fleet rotates client builds between batches
    identity = {j: operators.own_keys(holders_of, f.members) for j, f in enumerate(parts)}

    def merge_identity(root: int, other: int) -> None:
        for k, codes in identity.pop(other, {}).items():
            identity.setdefault(root, {}).setdefault(k, set()).update(codes)

    joined, lowest = _link(agree, lambda a, b: operators.distinct_operators([a, b], identity), merge_identity)
    if len(joined) == len(parts):
        return found
    out = [f for i, f in enumerate(found) if len(f.members) < MIN_PART]
    for idx_set in joined:
        members = [parts[j] for j in idx_set]
        if len(members) == 1:
            out.append(members[0])
            continue
        low = lowest[idx_set[0]]
        item = {"signal": "same_program", "score": round(low, 4),
                "detail": f"{len(members)} parts that linkage kept apart run one program: the same mix of "
                          "models, reasoning effort, temperature, capabilities, languages and requests "
                          f"(agreement {low:.3f} or more on each)"}
        out.append(joined_parts(members, [item, *[e for f in members for e in f.extra
                                                  if e.get("signal") != "same_program"]][:3]))
    return in_id_order(graph, out)
