"""From blocking keys to weighted account pairs, without ever comparing all pairs.

For one link kind: accounts sharing a key form a block. A block of n accounts
- weighs `kind.weight * rarity(n)` per pair (times the pair's specificity), where
  rarity(n) = min(1, (RARITY_PIVOT / n) ** rarity_exponent): a key shared by a handful of
  accounts counts fully, one shared by hundreds counts little (IDF-like);
- is dropped when n > kind.max_block (infrastructure: a carrier-grade NAT, a default header);
- yields all pairs when n <= CLIQUE_LIMIT, otherwise a sparse expander: members in a
  deterministic pseudo-random order, member p joined to p + s_j (mod n) for LATTICE_DEGREE jumps
  s_j spread over the block (a circulant graph with long jumps). It keeps the block one
  well-connected group, with no seam community detection could cut along (a plain ring would
  be cut into arcs), using O(n) edges instead of O(n^2).
Pairs are then summed per (pair, kind) and capped at the kind's weight, so sharing ten
addresses counts as much as one strong shared thing, no more.

Rarity among benign-looking holders (`suspect`, for kinds whose traits say owned_by_suspects): rarity
exists because a key held by many *unrelated* accounts (a NAT, a stock user agent) says little.
A key held by hundreds of accounts that are themselves flagged, and by almost no low-risk
account, is not popular: it is the campaign's own proxy pool, card or client. So a pair of two
suspect accounts is weighed with the rarity of the key's *low-risk* holder count, and its
specificity prior is lifted by `suspect_lift`; any pair with a low-risk account keeps the rarity
of the full block, so benign accounts are linked exactly as before.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

RARITY_PIVOT = 4.0
# pseudo-count of low-risk holders assumed for any key before looking at its holders (see suspect_lift)
SUSPECT_PRIOR = 20.0
CLIQUE_LIMIT = 64
LATTICE_DEGREE = 6


def rarity(block_size: np.ndarray, exponent: float) -> np.ndarray:
    n = np.maximum(np.asarray(block_size, dtype=np.float64), 1.0)
    return np.minimum(1.0, (RARITY_PIVOT / n) ** exponent)


def suspect_lift(n_suspect: np.ndarray, n_low_risk: np.ndarray) -> np.ndarray:
    """How far a key's observed holders replace its specificity prior, for pairs of suspect accounts.

    A specificity is a prior on how common a value is among unrelated accounts (a stock user
    agent, a short system prompt). When a key is held by many suspect accounts and (almost) no
    low-risk one, the observation answers that question: n_s / (n_s + n_low + SUSPECT_PRIOR), so
    a few flagged accounts sharing a stock value by chance gain little (3 of 3: 0.13), a fleet of
    72 sharing one client and nobody else a lot (0.78), a key held by low-risk accounts nothing.
    """
    n_s = np.asarray(n_suspect, np.float64)
    return n_s / (n_s + np.asarray(n_low_risk, np.float64) + SUSPECT_PRIOR)


def _mix(x: np.ndarray) -> np.ndarray:
    """A deterministic 64-bit hash (splitmix64 finalizer), used to order lattice members."""
    x = x.astype(np.uint64, copy=True)
    with np.errstate(over="ignore"):
        x ^= x >> np.uint64(30)
        x *= np.uint64(0xBF58476D1CE4E5B9)
        x ^= x >> np.uint64(27)
        x *= np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return x


def block_pairs(
    account: np.ndarray,
    key_code: np.ndarray,
    specificity: np.ndarray,
    *,
    weight: float,
    rarity_exponent: float,
    max_block: int,
    clique_limit: int | None = None,
    lattice_degree: int | None = None,
    suspect: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Weighted pairs (lo, hi, w) of one kind from (account, key_code) rows, plus block sizes per row.

    Returns lo, hi (int64 account indices, lo < hi), w (float64) and the per-row block size
    (aligned to the input rows) for evidence. `suspect` (bool per account index, optional): pairs
    of two suspect accounts get the rarity of the block's low-risk holder count (module doc).
    """
    clique_limit = CLIQUE_LIMIT if clique_limit is None else clique_limit
    lattice_degree = LATTICE_DEGREE if lattice_degree is None else lattice_degree
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64))
    if len(account) == 0:
        return (*empty, np.zeros(0, np.int64))
    # order rows by (key, pseudo-random rank of the account). The rank is seeded by the block's
    # member set, so blocks with the same members (one fleet sharing a template, a timing and a
    # client) give the *same* expander edges and their weights add up as in a clique, while
    # blocks with other members (the fleet's twenty proxy addresses) cover other pairs.
    h = _mix(account.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15) + np.uint64(1))
    by_key = np.argsort(key_code, kind="stable")
    k_sorted = key_code[by_key]
    first = np.flatnonzero(np.r_[True, k_sorted[1:] != k_sorted[:-1]])
    with np.errstate(over="ignore"):
        salt_sorted = np.repeat(np.add.reduceat(h[by_key], first), np.diff(np.r_[first, len(k_sorted)]))
    salt = np.empty_like(salt_sorted)
    salt[by_key] = salt_sorted
    rank = _mix(h ^ salt)
    order = np.lexsort((account, rank, key_code))
    acc, key, spec = account[order], key_code[order], specificity[order].astype(np.float64)
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    sizes = np.diff(np.r_[starts, len(key)])
    size_of_row = np.repeat(sizes, sizes)
    start_of_row = np.repeat(starts, sizes)
    pos = np.arange(len(key)) - start_of_row
    block_size_in = np.empty(len(account), np.int64)
    block_size_in[order] = size_of_row

    block_w = weight * rarity(sizes, rarity_exponent)
    w_of_row = np.repeat(block_w, sizes)
    if suspect is not None:
        sus_row = np.asarray(suspect, bool)[acc]
        low_risk = np.add.reduceat((~sus_row).astype(np.int64), starts)
        w_sus_of_row = np.repeat(weight * rarity(low_risk, rarity_exponent), sizes)
        lift_of_row = np.repeat(suspect_lift(sizes - low_risk, low_risk), sizes)

    def pair_w(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        pair_spec = np.sqrt(spec[i] * spec[j])
        if suspect is None:
            return w_of_row[i] * pair_spec
        both = sus_row[i] & sus_row[j]
        lifted = pair_spec + (1.0 - pair_spec) * lift_of_row[i]
        return np.where(both, w_sus_of_row[i] * lifted, w_of_row[i] * pair_spec)

    los, his, ws = [], [], []

    # small blocks: all pairs, grouped by block size so each size is one vectorized step
    small = (sizes >= 2) & (sizes <= clique_limit) & (sizes <= max_block)
    for n in np.unique(sizes[small]):
        bstarts = starts[small & (sizes == n)]
        iu, ju = np.triu_indices(int(n), 1)
        i = (bstarts[:, None] + iu[None, :]).ravel()
        j = (bstarts[:, None] + ju[None, :]).ravel()
        los.append(acc[i]), his.append(acc[j])
        ws.append(pair_w(i, j))

    # big blocks (<= max_block): circulant expander
    big_rows = np.flatnonzero((size_of_row > clique_limit) & (size_of_row <= max_block))
    if len(big_rows):
        n = size_of_row[big_rows]
        st = start_of_row[big_rows]
        p = pos[big_rows]
        for d in range(lattice_degree):
            # jumps 1, then golden-ratio multiples of n: spread, distinct, deterministic
            jump = np.ones_like(n) if d == 0 else np.maximum(1, (n * ((d * 0.6180339887) % 1.0)).astype(np.int64))
            j = st + (p + jump) % n
            los.append(acc[big_rows]), his.append(acc[j])
            ws.append(pair_w(big_rows, j))
    if not los:
        return (*empty, block_size_in)
    a, b, w = np.concatenate(los), np.concatenate(his), np.concatenate(ws)
    keep = (a != b) & (w > 0)
    a, b, w = a[keep], b[keep], w[keep]
    return np.minimum(a, b), np.maximum(a, b), w, block_size_in


def encode_keys(keys: pa.Array) -> np.ndarray:
    """Dense int64 codes for a string key array."""
    if len(keys) == 0:
        return np.zeros(0, np.int64)
    enc = pc.dictionary_encode(keys)
    if isinstance(enc, pa.ChunkedArray):
        enc = enc.combine_chunks()
    return enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)


def kind_pairs(lo: np.ndarray, hi: np.ndarray, w: np.ndarray, cap: float, n_accounts: int
               ) -> tuple[np.ndarray, np.ndarray]:
    """One kind's pairs summed per pair and capped at the kind's weight: (sorted unique pair codes
    lo * n_accounts + hi, weight). Done per kind, so the pairs of all kinds never sit in memory
    uncollapsed (a million accounts: ~150M pair rows before, fewer after)."""
    if len(lo) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    code = lo.astype(np.int64) * np.int64(n_accounts) + hi.astype(np.int64)
    ucode, inv = np.unique(code, return_inverse=True)
    del code
    kw = np.minimum(np.bincount(inv, weights=w, minlength=len(ucode)), cap)
    return ucode, kw


def merge_kinds(codes: list[np.ndarray], weights: list[np.ndarray], kind_ids: list[int], n_accounts: int):
    """Edges from the per-kind pair tables of `kind_pairs`: (src, dst, weight) per edge and the
    long per-kind table (edge index, kind id, weight) for evidence."""
    if not codes or sum(len(c) for c in codes) == 0:
        z = np.zeros(0, np.int64)
        return z, z, np.zeros(0, np.float32), z, np.zeros(0, np.int16), np.zeros(0, np.float32)
    kid = np.concatenate([np.full(len(c), k, np.int16) for c, k in zip(codes, kind_ids)])
    kw = np.concatenate(weights)
    upair, edge_of_row = np.unique(np.concatenate(codes), return_inverse=True)
    total = np.bincount(edge_of_row, weights=kw, minlength=len(upair))
    src = upair // n_accounts
    dst = upair % n_accounts
    return src, dst, total.astype(np.float32), edge_of_row.astype(np.int64), kid, kw.astype(np.float32)


def low_risk_block_size(account: np.ndarray, key_code: np.ndarray, suspect: np.ndarray) -> np.ndarray:
    """Per row: how many low-risk (not suspect) accounts hold the row's key."""
    if len(account) == 0:
        return np.zeros(0, np.int64)
    low = (~np.asarray(suspect, bool)[account]).astype(np.int64)
    _, inv = np.unique(key_code, return_inverse=True)
    return np.bincount(inv, weights=low)[inv].astype(np.int64)
