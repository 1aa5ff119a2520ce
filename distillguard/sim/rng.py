"""Deterministic random streams: one independent stream per (seed, *keys).

Every random decision in the simulator comes from a stream named by what it is for (population,
account, chunk of time...), so output is byte-identical for a seed regardless of how many other
populations a scenario has, and nothing depends on Python's per-process string hashing.
"""

from __future__ import annotations

import hashlib
import random

import numpy as np


def derive(seed: int, *keys: object) -> int:
    """A 64-bit integer derived from the seed and the keys (stable across processes and runs)."""
    h = hashlib.blake2b(digest_size=8)
    h.update(str(int(seed)).encode())
    for k in keys:
        h.update(b"\x1f")
        h.update(str(k).encode())
    return int.from_bytes(h.digest(), "big")


def py_rng(seed: int, *keys: object) -> random.Random:
    """Python RNG for per-exchange choices (fast scalar draws)."""
    return random.Random(derive(seed, *keys))


def np_rng(seed: int, *keys: object) -> np.random.Generator:
    """NumPy RNG for vectorized per-account draws."""
    return np.random.default_rng(derive(seed, *keys))


def short_hash(*parts: object, n: int = 12) -> str:
    """A short stable hex id (account ids, payment fingerprints, key ids)."""
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16)
    return h.hexdigest()[:n]
