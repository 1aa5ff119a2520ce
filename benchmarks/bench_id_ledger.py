"""Memory and time of the run-wide exchange-id ledger (`sources.ids.IdLedger`) per exchange read.

    .venv/bin/python benchmarks/bench_id_ledger.py --exchanges 1000000 [--derived]

Feeds batches of 10,000 distinct ids (a content-derived `c-<digest>` id, or a log's own id with
--derived off) with their digests and locations through `admit`, as `ExchangeStream` does, and
reports the ledger's retained memory (tracemalloc, after the run) and its time per exchange.
"""

from __future__ import annotations

import argparse
import hashlib
import time
import tracemalloc

import pyarrow as pa

from distillguard import schema
from distillguard.sources.ids import IdLedger
from distillguard.sources.stats import FileStats, IngestStats


class _NoQuarantine:
    def add(self, **kw):  # pragma: no cover - no conflicts in this workload
        raise AssertionError(kw)


def batches(n: int, derived: bool, size: int = 10_000):
    for start in range(0, n, size):
        rows = range(start, min(n, start + size))
        digests = [hashlib.blake2b(str(i).encode(), digest_size=16).hexdigest() for i in rows]
        ids = [("c-" + d) if derived else f"chatcmpl-{i:012d}" for i, d in zip(rows, digests)]
        yield pa.RecordBatch.from_arrays(
            [pa.array(ids), pa.array(digests), pa.array(["logs/2026-12-01.jsonl"] * len(ids)),
             pa.array([i + 1 for i in rows], pa.int64())],
            names=[schema.EXCHANGE_ID, schema.DIGEST, schema.SOURCE_FILE, schema.SOURCE_LINE])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exchanges", type=int, default=1_000_000)
    ap.add_argument("--derived", action="store_true", help="content-derived ids (logs without an id)")
    args = ap.parse_args()
    data = list(batches(args.exchanges, args.derived))
    fstats, stats = FileStats(path="x", format="openai-gateway"), IngestStats()
    fstats.accepted = args.exchanges
    times = []
    for _ in range(3):  # time, untraced (median of 3)
        ledger = IdLedger()
        t0 = time.perf_counter()
        for batch in data:
            ledger.admit(batch, fstats, _NoQuarantine(), stats)
        times.append(time.perf_counter() - t0)
        del ledger
    tracemalloc.start()  # memory: what one ledger retains after the run
    ledger = IdLedger()
    for batch in data:
        ledger.admit(batch, fstats, _NoQuarantine(), stats)
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    dt = sorted(times)[1]
    print(f"exchanges {args.exchanges:,} ({'derived' if args.derived else 'own'} ids): ledger holds "
          f"{current / 2**20:.1f} MiB = {current / args.exchanges:.0f} B per exchange; "
          f"{dt / args.exchanges * 1e6:.2f} us per exchange (median of 3)")


if __name__ == "__main__":
    main()
