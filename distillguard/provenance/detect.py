"""Does a text carry a key? Counting green tokens, with p-values that hold.

Each token after the first `context_width` of a text is scored: green or not after its context
(`scheme`). Without the key a token is green with probability `gamma`, independently for every
distinct (context, token) tuple, because the green lists are a keyed pseudo-random function of
the tuple. Repeated tuples are not independent (a repeated phrase is green or not every time),
so, as in Fernandez et al. 2023 ("Three Bricks to Consolidate Watermarks for LLMs"), each distinct
tuple is scored once. The green count of N distinct tuples is then Binomial(N, gamma) under the
null, and the p-value is its exact upper tail: no normal approximation, valid for short texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import binom

from distillguard.provenance.keys import WatermarkKey
from distillguard.provenance.scheme import is_green


@dataclass(frozen=True)
class Detection:
    key_id: str
    texts: int
    tokens: int  # tokens read (all positions with a full context)
    scored: int  # distinct (context, token) tuples scored
    green: int
    gamma: float
    p_value: float

    @property
    def green_share(self) -> float:
        return self.green / self.scored if self.scored else 0.0

    @property
    def z(self) -> float:
        if not self.scored:
            return 0.0
        return (self.green - self.gamma * self.scored) / float(np.sqrt(self.scored * self.gamma * (1 - self.gamma)))

    def to_dict(self) -> dict:
        return {"key_id": self.key_id, "texts": self.texts, "tokens": self.tokens, "scored": self.scored,
                "green": self.green, "green_share": round(self.green_share, 6), "gamma": self.gamma,
                "z": round(self.z, 3), "p_value": self.p_value}


def binomial_p_value(green: int, scored: int, gamma: float) -> float:
    """P(Binomial(scored, gamma) >= green): exact."""
    if scored <= 0 or green <= 0:
        return 1.0
    return float(min(1.0, binom.sf(green - 1, scored, gamma)))


def tuples(token_lists: Sequence[Sequence[int]], width: int) -> np.ndarray:
    """(n, width + 1) int64 rows (context..., token) of every position with a full context."""
    rows = []
    for ids in token_lists:
        a = np.asarray(ids, np.int64)
        if len(a) > width:
            rows.append(np.lib.stride_tricks.sliding_window_view(a, width + 1))
    return np.concatenate(rows) if rows else np.zeros((0, width + 1), np.int64)


def score_tuples(rows: np.ndarray, key: WatermarkKey, texts: int = 0, tokens: int | None = None) -> Detection:
    """Detection over (context..., token) rows (see `tuples`), each row scored as given
    (de-duplicate them first: `score_keys`)."""
    w = key.scheme.context_width
    green = int(is_green(key.scheme, key.salts, rows[:, :w], rows[:, w]).sum()) if len(rows) else 0
    return Detection(key.key_id, texts, len(rows) if tokens is None else tokens, len(rows), green, key.scheme.gamma,
                     binomial_p_value(green, len(rows), key.scheme.gamma))


def score_keys(rows_for_width: Callable[[int], tuple[np.ndarray, int]], keys: Sequence[WatermarkKey],
               dedup: bool = True, texts: int = 0) -> list[Detection]:
    """One detection per key over the rows `rows_for_width(context width)` gives (with the number
    of tokens read to get them): the rows of each width are built and de-duplicated once, however
    many keys (a keyring, one canary key per flagged account) are tested on them."""
    prepared: dict[int, tuple[np.ndarray, int]] = {}
    out = []
    for key in keys:
        w = key.scheme.context_width
        if w not in prepared:
            rows, read = rows_for_width(w)
            prepared[w] = (np.unique(rows, axis=0) if dedup and len(rows) else rows, read)
        rows, read = prepared[w]
        out.append(score_tuples(rows, key, texts=texts, tokens=read))
    return out


def all_tuples(token_lists: Sequence[Sequence[int]]) -> Callable[[int], tuple[np.ndarray, int]]:
    """`score_keys`'s rows: every position of the texts."""
    def rows(width: int) -> tuple[np.ndarray, int]:
        t = tuples(token_lists, width)
        return t, len(t)
    return rows


def detect(token_lists: Sequence[Sequence[int]], key: WatermarkKey, dedup: bool = True) -> Detection:
    """One test over all the texts together (the tuples of every text pooled, then de-duplicated)."""
    return score_keys(all_tuples(token_lists), [key], dedup, texts=len(token_lists))[0]


def detect_each(token_lists: Sequence[Sequence[int]], key: WatermarkKey, dedup: bool = True) -> list[Detection]:
    """One test per text."""
    return [detect([ids], key, dedup) for ids in token_lists]


def bonferroni(detections: list[Detection]) -> list[float]:
    """p-values adjusted for testing several keys on the same text (family-wise)."""
    k = len(detections)
    return [min(1.0, d.p_value * k) for d in detections]
