"""Parallel ingestion of big JSON Lines files: chunks of lines mapped in worker processes.

Per-record work (JSON parsing, mapping ~40 columns, Arrow conversion) is Python code bound to
one core, so a big file is cut into chunks of whole lines (a few MB each) that worker
processes turn into record batches with exactly the same code as the serial path. The main
process reads and decompresses the file, keeps a bounded window of chunks in flight (memory
stays flat), and collects the batches, quarantine records and counts in file order.

Workers are forked (Linux; they inherit the imported modules, so starting costs milliseconds).
Parallelism is opt-in (``workers=`` of read_exchanges): the default reads in-process.

The stream's ``transform`` (and ``worker_transform``, see read_exchanges) run in the worker on the
batches it made, so that per-batch work a consumer needs anyway (hashing identifiers, scoring
exchanges) is spread over the workers too, and only its result travels back.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import pyarrow as pa

from distillguard.errors import termination_deferred
from distillguard.sources.base import FileContext
from distillguard.sources.builder import BatchAccumulator
from distillguard.sources.formats import format_by_name
from distillguard.sources.jsonfile import FileIngest
from distillguard.sources.lines import BLOCK_BYTES, iter_chunks
from distillguard.sources.quarantine import CollectingQuarantine
from distillguard.sources.stats import FileStats, IngestStats

# Files at least this big (on disk) are read in parallel when more than one worker is allowed.
PARALLEL_MIN_BYTES = 32 << 20


def all_cores() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def bounded_workers(requested: int) -> int:
    """Worker processes for a request of `requested` (0: all cores): never more than the cores,
    since more only adds memory (`--workers 10000` once forked 5,000 processes and ran the machine
    out of memory)."""
    cores = all_cores()
    return cores if requested <= 0 else min(requested, cores)


def die_with_parent() -> None:
    """In a worker process: be killed when the process that started it dies, however it dies
    (kill -9 included), instead of running on alone holding its memory. Linux only (prctl)."""
    import ctypes
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (not the CLI's handler, inherited through fork)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers end when their pipe to the parent closes
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


# Set in each worker when it starts (inherited through fork, never pickled): the stream's
# transforms, applied in order to each batch the worker makes.
_TRANSFORMS: tuple[Callable[[pa.RecordBatch], pa.RecordBatch], ...] = ()


def _init_worker(transforms: tuple[Callable[[pa.RecordBatch], pa.RecordBatch], ...]) -> None:
    global _TRANSFORMS
    die_with_parent()
    _TRANSFORMS = transforms


def _map_chunk(format_name: str, ctx: FileContext, first: int, data: bytes, max_line_bytes: int,
               raw_limit: int) -> tuple[bytes | None, list, tuple[int, int, int, int], dict]:
    """Worker: one chunk of lines -> (Arrow IPC bytes of the transformed batches, quarantine
    records, counts, reasons)."""
    fstats = FileStats(ctx.path, format_name)
    stats = IngestStats()
    quarantine = CollectingQuarantine(raw_limit)
    ingest = FileIngest(format_by_name(format_name), ctx, fstats, stats, quarantine, batch_size=1 << 40,
                        max_line_bytes=max_line_bytes, max_document_bytes=0)
    batches = list(ingest.read_lines([(first, data, None)]))
    for transform in _TRANSFORMS:
        batches = [transform(batch) for batch in batches]
    payload = None
    if batches:
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, batches[0].schema) as writer:
            for batch in batches:
                writer.write_batch(batch)
        payload = sink.getvalue().to_pybytes()
    counts = (fstats.read, fstats.accepted, fstats.quarantined, fstats.skipped)
    return payload, quarantine.collected, counts, dict(stats.reasons)


class WorkerPool:
    """A lazily started process pool shared by the files of one stream."""

    def __init__(self, workers: int, transforms: tuple[Callable[[pa.RecordBatch], pa.RecordBatch], ...] = ()):
        self.workers = workers
        self.transforms = transforms
        self._executor: ProcessPoolExecutor | None = None

    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # fork: workers inherit the imported modules (no re-import of the caller's __main__,
            # which spawn / forkserver would need guarded by `if __name__ == "__main__"`)
            ctx = multiprocessing.get_context("fork")
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx,
                                                 initializer=_init_worker, initargs=(self.transforms,))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def read_parallel(pool: WorkerPool, ingest, max_line_bytes: int, batch_size: int,
                  chunk_bytes: int = BLOCK_BYTES, rebatch: bool = True) -> Iterator[pa.RecordBatch]:
    """Batches of one JSON Lines file (``ingest`` is its FileIngest: stats and quarantine go there),
    each already through the pool's transforms; re-cut to ``batch_size`` rows unless ``rebatch``
    is False (a consumer's own worker_transform output goes back as the workers made it)."""
    executor = pool.executor()
    window: deque[Future] = deque()
    out = BatchAccumulator(batch_size)
    fmt, ctx, fstats, stats = ingest.fmt, ingest.ctx, ingest.fstats, ingest.stats
    raw_limit = ingest.quarantine.raw_limit

    def collect(future: Future) -> Iterator[pa.RecordBatch]:
        payload, records, counts, reasons = future.result()
        for record, kind in records:
            ingest.quarantine.add_record(record, kind)
        fstats.read += counts[0]
        fstats.accepted += counts[1]
        fstats.quarantined += counts[2]
        fstats.skipped += counts[3]
        for kind, n in reasons.items():
            stats.reasons[kind] += n
        if payload is not None:
            for batch in pa.ipc.open_stream(payload):
                if rebatch:
                    yield from out.add(batch)
                elif batch.num_rows:
                    yield batch

    for first, data, problem in iter_chunks(ctx.path, max_line_bytes, chunk_bytes):
        if problem is not None:  # oversized line / broken stream: known in the main process
            ingest.bad(first, data, problem[1], problem[0])
            continue
        with termination_deferred():  # the first submit forks the workers (see errors.termination_deferred)
            window.append(executor.submit(_map_chunk, fmt.name, ctx, first, data, max_line_bytes, raw_limit))
        if len(window) >= 2 * pool.workers:
            yield from collect(window.popleft())
    while window:
        yield from collect(window.popleft())
    yield from out.rest()
