"""Exchange signals: per-exchange detectors (plug-ins), vectorized over Arrow batches.

The batch path (scan) and the online path (gateway, replay) call the very same detectors; the
online path simply passes a one-row table. See `base.ExchangeDetector` and `registry`.

    from distillguard.signals import run_signals
    signals = run_signals(exchanges)   # one row per exchange, every detector's columns side by side
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

import pyarrow as pa

from distillguard.signals import _batch_cache
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import all_detectors, detector_classes, get_detector, register

__all__ = ["ExchangeDetector", "all_detectors", "detector_classes", "get_detector", "register", "run_signals"]

# Detectors run on slices of this many rows: bounds the memory of tokenization on huge tables.
SLICE_ROWS = 65_536
# Detectors scored side by side per slice. Default 1: on the shared 2-core dev machine two threads
# were 1.5x faster in one benchmark run and 0.8x in another (other work on the cores; threads=2
# row in benchmarks/results/signals.md); pass threads=2 where the cores are the scan's own.
DEFAULT_THREADS = 1
MIN_ROWS_FOR_THREADS = 2048  # below this (online scoring) thread start-up costs more than it saves
# Rough relative cost of the built-in detectors, most expensive first in the pool (dataset_match
# before template, which then reuses its match). Unknown detectors rank 0.
_COST_RANK = {"jailbreak": 100, "dataset_match": 90, "template": 80, "language": 50, "capability": 40, "system_prompt_extraction": 30}


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


def _score_all(chosen: list[ExchangeDetector], piece: pa.Table, threads: int) -> list[pa.Table]:
    """Each detector's output for one slice. With threads > 1 the detectors run side by side: their
    heavy work (RE2 in Arrow kernels, numpy) releases the GIL. Results do not depend on the thread
    count: detectors are stateless, and shared intermediate results are pure (see _batch_cache)."""
    if threads <= 1 or len(chosen) <= 1 or piece.num_rows < MIN_ROWS_FOR_THREADS:
        return [det.score(piece) for det in chosen]
    # Longest first so the pool ends together; each task runs in a copy of the current context,
    # which carries the batch cache of this slice.
    order = sorted(range(len(chosen)), key=lambda i: -_COST_RANK.get(chosen[i].name, 0))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = {i: pool.submit(contextvars.copy_context().run, chosen[i].score, piece) for i in order}
        return [futures[i].result() for i in range(len(chosen))]


def run_signals(
    exchanges: pa.Table | pa.RecordBatch, detectors: Iterable[ExchangeDetector | str] | None = None, *, threads: int | None = None
) -> pa.Table:
    """Score every exchange with every detector (default: all registered).

    Returns one row per exchange, in input order, with the declared output columns of each
    detector side by side (score column named after the detector, then its extra columns).
    `threads` (default: DEFAULT_THREADS) detectors run at once; the result is the same for any value.
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
            for det, out in zip(chosen, _score_all(chosen, piece, threads)):
                cols.extend(_checked(det, out, piece.num_rows).columns)
        parts.append(pa.Table.from_arrays(cols, names=names))
    schema = pa.schema([f for d in chosen for f in d.output_columns().items()])
    return pa.concat_tables([p.cast(schema) for p in parts]).combine_chunks()
