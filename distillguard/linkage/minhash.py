"""Near-duplicate *sets* across accounts as blocking keys, through datasketch MinHash LSH.

Each account's set (its template skeletons, its active time buckets) gets a MinHash; the
MinHashLSH index splits it into b bands of r rows. Every band bucket is a block: accounts
whose sets agree on one band share that key. Two sets with Jaccard similarity s share at
least one band with probability 1 - (1 - s^r)^b, so near-duplicates meet and unrelated sets
do not, and no pair is ever compared outside a bucket. Identical sets are hashed once.
"""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash, MinHashLSH

from distillguard.linkage.base import KeyRows

NUM_PERM = 64
SEED = 7


def _hash_token(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=4).digest(), "little")


def set_band_keys(
    account_sets: dict[int, frozenset[str]],
    *,
    threshold: float = 0.5,
    prefix: str,
    specificity: dict[int, float] | None = None,
) -> KeyRows:
    """Blocking keys "prefix:band:bucket" for accounts whose sets are near-duplicates.

    Specificity per band key is 2/b (times the account's own specificity), so two accounts
    sharing half the bands or more carry the kind's full weight after the per-kind cap.
    """
    if not account_sets:
        return KeyRows.empty()
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    b, r = lsh.b, lsh.r
    by_set: dict[frozenset[str], list[int]] = {}
    for acc, s in account_sets.items():
        if s:
            by_set.setdefault(s, []).append(acc)
    accounts, keys, specs = [], [], []
    # One set of permutations for all (datasketch draws them per MinHash otherwise, the same each
    # time for one seed) and each distinct token hashed once (sets share most of their tokens).
    template = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_hash_token)
    token_hash: dict[str, int] = {}

    def cached_hash(token: str) -> int:
        h = token_hash.get(token)
        if h is None:
            h = token_hash[token] = _hash_token(token)
        return h

    for s, members in sorted(by_set.items(), key=lambda kv: kv[1][0]):
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=cached_hash, permutations=template.permutations,
                    scheme=template.scheme)
        m.update_batch(sorted(s))
        hv = m.hashvalues
        bands = [f"{prefix}:{i}:{hashlib.blake2b(hv[i * r:(i + 1) * r].tobytes(), digest_size=8).hexdigest()}"
                 for i in range(b)]
        for acc in members:
            base = 1.0 if specificity is None else specificity.get(acc, 1.0)
            for band in bands:
                accounts.append(acc), keys.append(band), specs.append(min(1.0, 2.0 / b) * base)
    return KeyRows.of(np.array(accounts, np.int64), keys, np.array(specs, np.float32))
