"""`account_features` side by side: the numpy implementation vs the DuckDB one it replaced, in one run.

Two workloads, alternating the two implementations round by round (they share the machine's noise):
the whole log at once (what `scan` does) and an online re-scoring pass (the windows of a few
accounts, what `OnlineScorer.refresh` hands it). Reads a cached (exchanges, signals) pair as
`pipeline.collect` returns them (`<name>.ex.parquet` / `<name>.sig.parquet`), or runs the
detectors over a log first.

    .venv/bin/python benchmarks/bench_features.py --cached /work/an/hit --rounds 3
    .venv/bin/python benchmarks/bench_features.py --log demo-out/traffic.jsonl.gz --rounds 3

Prints medians (seconds for the whole log, milliseconds a pass) and new / old ratios as JSON. The
DuckDB implementation is the test oracle in tests/behaviour/features_duckdb.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "behaviour")]  # this tree's package, and the oracle

from features_duckdb import duckdb_account_features  # noqa: E402

import distillguard  # noqa: E402
from distillguard import schema  # noqa: E402
from distillguard.behaviour import account_features  # noqa: E402

assert Path(distillguard.__file__).resolve().is_relative_to(ROOT), distillguard.__file__


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--cached", help="path prefix of <prefix>.ex.parquet and <prefix>.sig.parquet")
    src.add_argument("--log", help="a log to run the detectors over first")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pass-accounts", type=int, default=3, help="accounts in one online pass")
    ap.add_argument("--pass-rows", type=int, default=1000, help="rows of each account's window (state.DEFAULT_WINDOW)")
    args = ap.parse_args()
    if args.cached:
        exchanges = pq.read_table(args.cached + ".ex.parquet")
        signals = pq.read_table(args.cached + ".sig.parquet")
    else:
        from distillguard.pipeline import collect
        from distillguard.sources import read_exchanges
        exchanges, signals, _ = collect(read_exchanges([args.log]), workers=2)
    # an online pass: the last `pass_rows` exchanges of `pass_accounts` mid-sized accounts
    counts = sorted(pc.value_counts(exchanges.column(schema.ACCOUNT_ID)).to_pylist(), key=lambda c: -c["counts"])
    picked = [c["values"] for c in counts[len(counts) // 10:][:args.pass_accounts]]
    rows = pc.is_in(exchanges.column(schema.ACCOUNT_ID), value_set=pa.array(picked, pa.string()))
    window_ex, window_sig = exchanges.filter(rows), signals.filter(rows)
    window_ex, window_sig = window_ex.slice(max(0, len(window_ex) - args.pass_rows * args.pass_accounts)), \
        window_sig.slice(max(0, len(window_sig) - args.pass_rows * args.pass_accounts))

    impls = {"numpy": account_features, "duckdb": duckdb_account_features}
    for fn in impls.values():  # warm-up: imports, the geoip database
        fn(window_ex, window_sig)
    whole: dict[str, list[float]] = {k: [] for k in impls}
    one_pass: dict[str, list[float]] = {k: [] for k in impls}
    for _ in range(args.rounds):
        for name, fn in impls.items():
            whole[name].append(timed(fn, exchanges, signals))
            one_pass[name].append(statistics.median(timed(fn, window_ex, window_sig) for _ in range(10)))
    med = {k: statistics.median(v) for k, v in whole.items()}
    med_pass = {k: statistics.median(v) * 1e3 for k, v in one_pass.items()}
    print(json.dumps({
        "exchanges": len(exchanges), "accounts": len(counts), "rounds": args.rounds,
        "whole_log_s": {k: round(v, 3) for k, v in med.items()}, "whole_log_ratio_new_over_old": round(med["numpy"] / med["duckdb"], 3),
        "pass_rows": len(window_ex), "pass_accounts": len(picked),
        "pass_ms": {k: round(v, 2) for k, v in med_pass.items()}, "pass_ratio_new_over_old": round(med_pass["numpy"] / med_pass["duckdb"], 4),
        "raw_whole_log_s": {k: [round(x, 3) for x in v] for k, v in whole.items()},
    }, indent=1))


if __name__ == "__main__":
    main()
