"""Scores of repeated texts, remembered across the batches of one process.

Logs repeat prompts across the whole log, not only within a batch: an agent's tool loop resends
the same task, an eval harness runs the same items every night, and a campaign sweeps one public
benchmark through hundreds of accounts. A detector whose `inputs` are a single text column scores
a pure function of that text (checked by the conformance suite), so a text it has scored once need
not be scored again: `run_signals(..., memo=SignalMemo())` scores each distinct text once per memo
and takes the remembered output rows for the rest. The result is the same with or without a memo.

The memo is per process (scan keeps one in each worker) and bounded: past `max_rows` remembered
texts of one group of detectors it starts afresh, so memory stays at a few hundred bytes a text.
Texts are remembered by a 128-bit BLAKE2b digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np
import pyarrow as pa

from distillguard.signals.base import ExchangeDetector

MAX_ROWS = 500_000


class _Group:
    """Remembered output rows of one group of detectors (same text input, same settings)."""

    def __init__(self) -> None:
        self.chunks: list[pa.Table] = []  # output rows of all the group's detectors, side by side
        self.where: dict[bytes, tuple[int, int]] = {}  # text digest -> (chunk, row)

    def __len__(self) -> int:
        return len(self.where)


class SignalMemo:
    """Remembered detector outputs per distinct text (see the module docstring)."""

    def __init__(self, max_rows: int = MAX_ROWS):
        self.max_rows = max_rows
        self._groups: dict[tuple, _Group] = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def group_key(detectors: list[ExchangeDetector]) -> tuple:
        return tuple((type(d).__module__, type(d).__qualname__, d.version, d.inputs, d.settings()) for d in detectors)

    def score(self, detectors: list[ExchangeDetector], texts: pa.Table,
              score: Callable[[pa.Table], list[pa.Table]]) -> list[pa.Table]:
        """Each detector's output for `texts` (a table of distinct values of the one input column),
        scoring with `score` only the texts not remembered."""
        column = texts.column(0)
        if not len(column):  # nothing to remember: the detectors' own (empty) columns
            return score(texts)
        digests = [_digest(t) for t in column.to_pylist()]
        key = self.group_key(detectors)
        group = self._groups.get(key)
        if group is None or len(group) + len(digests) > self.max_rows:
            group = self._groups[key] = _Group()
        known = [group.where.get(d) for d in digests]
        new = [i for i, w in enumerate(known) if w is None]
        widths = [len(d.output_columns()) for d in detectors]
        if new:
            outs = score(texts.take(pa.array(new, pa.int64())) if len(new) < len(digests) else texts)
            fresh = pa.Table.from_arrays([c for out in outs for c in out.columns],
                                         names=[f"{i}:{n}" for i, out in enumerate(outs) for n in out.column_names])
            chunk = len(group.chunks)
            group.chunks.append(fresh.combine_chunks())
            for row, i in enumerate(new):
                known[i] = group.where[digests[i]] = (chunk, row)
        self.hits += len(digests) - len(new)
        self.misses += len(new)
        whole = _gather(group.chunks, known)
        out, start = [], 0
        for det, width in zip(detectors, widths):
            part = whole.select(list(range(start, start + width)))
            out.append(part.rename_columns(list(det.output_columns())))
            start += width
        return out


def _digest(text: str | None) -> bytes:
    if text is None:
        return b"\x00null"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _gather(chunks: list[pa.Table], where: list[tuple[int, int]]) -> pa.Table:
    """Rows `where` = [(chunk, row), ...] of the remembered chunks, in that order."""
    if not where:
        return chunks[0].slice(0, 0) if chunks else pa.table({})
    chunk_of = np.fromiter((c for c, _ in where), np.int64, len(where))
    row_of = np.fromiter((r for _, r in where), np.int64, len(where))
    pieces, order = [], []
    for c in np.unique(chunk_of):
        sel = np.flatnonzero(chunk_of == c)
        pieces.append(chunks[c].take(pa.array(row_of[sel])))
        order.append(sel)
    gathered = pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0]
    # back to the requested order: gathered row k is request position positions[k]
    positions = np.concatenate(order)
    inverse = np.empty_like(positions)
    inverse[positions] = np.arange(len(positions))
    return gathered.take(pa.array(inverse)).combine_chunks()
