"""Exchange signals: per-exchange detectors (plug-ins), vectorized over Arrow batches.

The batch path (scan) and the online path (gateway, replay) call the very same detectors; the
online path simply passes a one-row table. See `base.ExchangeDetector` and `registry`.

    from distillguard.signals import run_signals
    signals = run_signals(exchanges)   # one row per exchange, every detector's columns side by side
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import all_detectors, detector_classes, get_detector, register

__all__ = ["ExchangeDetector", "all_detectors", "detector_classes", "get_detector", "register", "run_signals"]

# Detectors run on slices of this many rows: bounds the memory of tokenization on huge tables.
SLICE_ROWS = 65_536


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


def run_signals(exchanges: pa.Table | pa.RecordBatch, detectors: Iterable[ExchangeDetector | str] | None = None) -> pa.Table:
    """Score every exchange with every detector (default: all registered).

    Returns one row per exchange, in input order, with the declared output columns of each
    detector side by side (score column named after the detector, then its extra columns).
    """
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
        for det in chosen:
            cols.extend(_checked(det, det.score(piece), piece.num_rows).columns)
        parts.append(pa.Table.from_arrays(cols, names=names))
    schema = pa.schema([f for d in chosen for f in d.output_columns().items()])
    return pa.concat_tables([p.cast(schema) for p in parts]).combine_chunks()
