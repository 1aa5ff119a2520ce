"""Runs exchange detectors over Arrow batches: slices, repeated rows scored once, a memo across
batches, optional threads (see `run_signals`)."""

from __future__ import annotations

import contextvars
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard.signals import _batch_cache
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.memo import SignalMemo
from distillguard.signals.registry import all_detectors, get_detector

# Detectors run on slices of this many rows: bounds the memory of tokenization on huge tables.
SLICE_ROWS = 65_536
# Detectors scored side by side per slice. Default 1: on the shared 2-core dev machine two threads
# were 1.5x faster in one benchmark run and 0.8x in another (other work on the cores; threads=2
# row in benchmarks/results/signals.md); pass threads=2 where the cores are the scan's own.
DEFAULT_THREADS = 1
MIN_ROWS_FOR_THREADS = 2048  # below this (online scoring) thread start-up costs more than it saves
# Detectors that declare their `inputs` score each distinct combination of them once per slice
# when at most this share of the rows is distinct (finding them costs a hash per row and column).
DEDUP_MAX_DISTINCT_SHARE = 0.8
MIN_ROWS_FOR_DEDUP = 64  # online scoring (a row or a few) skips it


def _resolve(detectors: Iterable[ExchangeDetector | str] | None) -> list[ExchangeDetector]:
    if detectors is None:
        return all_detectors()
    return [get_detector(d) if isinstance(d, str) else d for d in detectors]


def _checked(detector: ExchangeDetector, out: pa.Table, rows: int) -> pa.Table:
    expected = pa.schema(list(detector.output_columns().items()))
    if out.num_rows != rows or not out.schema.equals(expected):
        raise RuntimeError(
            f"detector {detector.name!r} broke its contract: {out.num_rows} rows for {rows}, "
            f"columns {out.schema.names} (declared {expected.names})"
        )
    return out


def _distinct_rows(piece: pa.Table, columns: tuple[str, ...], max_share: float = DEDUP_MAX_DISTINCT_SHARE
                   ) -> tuple[np.ndarray, np.ndarray] | None:
    """(first row of each distinct combination of `columns`, each row's combination), or None
    when too few rows repeat for scoring the distinct ones alone to pay. Computed once per slice
    and set of columns (a detector's group and another's text part often read the same column)."""
    n = piece.num_rows
    if n < MIN_ROWS_FOR_DEDUP:
        return None
    present = [piece.column(c) for c in columns if c in piece.column_names]
    key = ("distinct_rows", columns, max_share, tuple(_batch_cache.data_key(c) for c in present))
    return _batch_cache.shared(key, present, lambda: _find_distinct_rows(piece, columns, max_share))


def _find_distinct_rows(piece: pa.Table, columns: tuple[str, ...], max_share: float
                        ) -> tuple[np.ndarray, np.ndarray] | None:
    n = piece.num_rows
    key = np.zeros(n, np.int64)
    for name in columns:
        if name not in piece.column_names:
            continue  # absent: null in every row
        encoded = pc.dictionary_encode(piece.column(name).combine_chunks(), null_encoding="encode")
        codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
        # Both factors are < n, so the product fits; re-densify so the next column fits too.
        _, key = np.unique(key * max(len(encoded.dictionary), 1) + codes, return_inverse=True)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    if len(first) > max_share * n:
        return None
    return first, inverse.reshape(-1)


def _memoizable(det: ExchangeDetector, piece: pa.Table) -> bool:
    return det.inputs is not None and len(det.inputs) == 1 and det.inputs[0] in piece.column_names


def _groups(chosen: list[ExchangeDetector], piece: pa.Table, memo: SignalMemo | None
            ) -> list[tuple[pa.Table, np.ndarray | None, list[int]]]:
    """What the detectors score, grouped by declared inputs: (table, how to spread its rows back
    over the slice or None, detector positions). A group scores the distinct rows of its inputs
    (one table shared by its detectors, which then also share intermediate results through the
    batch cache); detectors without declared inputs score the slice itself."""
    by_inputs: dict[tuple, tuple[pa.Table, np.ndarray | None, list[int]]] = {}
    groups = []
    for i, det in enumerate(chosen):
        if det.inputs is None:
            groups.append((piece, None, [i]))
            continue
        if det.inputs not in by_inputs:
            remembered = memo is not None and _memoizable(det, piece)
            present = [c for c in det.inputs if c in piece.column_names]
            distinct = _distinct_rows(piece, det.inputs, 1.0 if remembered else DEDUP_MAX_DISTINCT_SHARE)
            if distinct is not None:
                first, inverse = distinct
                by_inputs[det.inputs] = (piece.select(present).take(pa.array(first)), inverse, [])
            else:
                by_inputs[det.inputs] = (piece.select(present) if remembered else piece, None, [])
            groups.append(by_inputs[det.inputs])
        by_inputs[det.inputs][2].append(i)
    return groups


def _split_by_memo(det: ExchangeDetector, piece: pa.Table) -> bool:
    part = det.text_part()
    return part is not None and _memoizable(part, piece)


def _score_with_text_part(det: ExchangeDetector, piece: pa.Table, memo: SignalMemo) -> pa.Table:
    """`det`'s output with its text part scored once per distinct text (and remembered)."""
    part = det.text_part()
    column = part.inputs[0]
    distinct = _distinct_rows(piece, (column,), 1.0)
    texts = piece.select([column])
    if distinct is not None:
        texts = texts.take(pa.array(distinct[0]))

    def score(sub: pa.Table) -> list[pa.Table]:
        return [_checked(part, part.score(sub), sub.num_rows)]

    text_scores = memo.score([part], texts, score)[0]
    if distinct is not None:
        text_scores = text_scores.take(pa.array(distinct[1]))
    return det.finish(text_scores, piece)


def _score_all(chosen: list[ExchangeDetector], piece: pa.Table, threads: int, memo: SignalMemo | None = None
               ) -> list[pa.Table]:
    """Each detector's output for one slice (see `_groups` for repeated rows, and `memo` for
    texts scored in earlier slices). With threads > 1 the detectors run side by side: their heavy
    work (RE2 in Arrow kernels, numpy) releases the GIL. Results do not depend on the thread count
    or the memo: detectors are stateless, and shared intermediate results are pure (see
    _batch_cache)."""
    outs: list[pa.Table | None] = [None] * len(chosen)
    spread: list[np.ndarray | None] = [None] * len(chosen)
    tasks = []
    split = [i for i, d in enumerate(chosen) if memo is not None and _split_by_memo(d, piece)]
    for i in split:  # the text part remembered, the rest per row
        outs[i] = _score_with_text_part(chosen[i], piece, memo)
    rest = [i for i in range(len(chosen)) if i not in split]
    for table, inverse, local in _groups([chosen[i] for i in rest], piece, memo):
        members = [rest[j] for j in local]
        for i in members:
            spread[i] = inverse
        dets = [chosen[i] for i in members]
        if memo is not None and _memoizable(dets[0], piece):
            def score(sub: pa.Table, dets=dets) -> list[pa.Table]:
                return [_checked(d, d.score(sub), sub.num_rows) for d in dets]

            for i, out in zip(members, memo.score(dets, table, score)):
                outs[i] = out
        else:
            tasks.extend((i, table) for i in members)
    if threads <= 1 or len(tasks) <= 1 or piece.num_rows < MIN_ROWS_FOR_THREADS:
        for i, table in tasks:
            outs[i] = _checked(chosen[i], chosen[i].score(table), table.num_rows)
    else:
        # Longest first so the pool ends together; each task runs in a copy of the current
        # context, which carries the batch cache of this slice.
        order = sorted(tasks, key=lambda t: -chosen[t[0]].cost_rank)
        with ThreadPoolExecutor(max_workers=threads) as pool:
            futures = {i: pool.submit(contextvars.copy_context().run, chosen[i].score, table) for i, table in order}
            for i, table in tasks:
                outs[i] = _checked(chosen[i], futures[i].result(), table.num_rows)
    return [out.take(pa.array(inv)) if inv is not None else out for out, inv in zip(outs, spread)]


def run_signals(
    exchanges: pa.Table | pa.RecordBatch, detectors: Iterable[ExchangeDetector | str] | None = None, *,
    threads: int | None = None, memo: SignalMemo | None = None,
) -> pa.Table:
    """Score every exchange with every detector (default: all registered).

    Returns one row per exchange, in input order, with the declared output columns of each
    detector side by side (score column named after the detector, then its extra columns).
    `threads` (default: DEFAULT_THREADS) detectors run at once; `memo` remembers the scores of
    texts across calls (see `memo`). The result is the same for any value of either.
    """
    threads = DEFAULT_THREADS if threads is None else threads
    if isinstance(exchanges, pa.RecordBatch):
        exchanges = pa.Table.from_batches([exchanges])
    chosen = _resolve(detectors)
    names = [n for d in chosen for n in d.output_columns()]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate signal columns: {names}")
    n = exchanges.num_rows
    parts = []
    for start in range(0, max(n, 1), SLICE_ROWS):
        piece = exchanges.slice(start, SLICE_ROWS)
        cols: list[pa.ChunkedArray] = []
        with _batch_cache.scope():  # detectors share lower-cased text, regex hits, dataset matches
            for det, out in zip(chosen, _score_all(chosen, piece, threads, memo)):
                cols.extend(_checked(det, out, piece.num_rows).columns)
        parts.append(pa.Table.from_arrays(cols, names=names))
    schema = pa.schema([f for d in chosen for f in d.output_columns().items()])
    return pa.concat_tables([p.cast(schema) for p in parts]).combine_chunks()
