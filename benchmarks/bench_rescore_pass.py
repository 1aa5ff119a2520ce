"""One re-scoring pass of the online path (`OnlineScorer.refresh`), as the gateway runs it in a
thread: what it costs, and how much it holds up the other threads of the process (the request
path needs the interpreter lock). The main thread sleeps 1 ms in a loop while the pass runs and
records how late it wakes.

    PYTHONPATH=<tree> .venv/bin/python benchmarks/bench_rescore_pass.py --log demo-out/traffic.jsonl.gz --accounts 200 --rows 25

Medians over passes (the first, which loads the geoip database, left out).
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time

import pyarrow.compute as pc

import distillguard
from distillguard import schema
from distillguard.online.scorer import OnlineScorer
from distillguard.online.state import MemoryState, rows_to_json
from distillguard.risk.default_reference import load_default_reference
from distillguard.sources import read_table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--log", required=True)
    ap.add_argument("--accounts", type=int, default=200, help="accounts due in the pass (at most)")
    ap.add_argument("--rows", type=int, default=25, help="exchanges in each account's window")
    ap.add_argument("--passes", type=int, default=6)
    args = ap.parse_args()
    table, _ = read_table([args.log])
    reference = load_default_reference()
    scored = OnlineScorer(reference).score(table)
    counts = sorted(pc.value_counts(scored.column(schema.ACCOUNT_ID)).to_pylist(), key=lambda c: -c["counts"])
    accounts = [c["values"] for c in counts if c["counts"] >= args.rows][:args.accounts]
    windows = {a: rows_to_json(scored.filter(pc.equal(scored.column(schema.ACCOUNT_ID), a)).slice(0, args.rows))
               for a in accounts}
    results = []
    for i in range(args.passes):
        scorer = OnlineScorer(reference, state=MemoryState())
        scorer.score(table.slice(0, 1))  # (the scored schema)
        for a, rows in windows.items():
            scorer.state.append(a, rows)
        done = threading.Event()
        worker = threading.Thread(target=lambda: (scorer.refresh(accounts), done.set()))
        late = []
        t0 = time.perf_counter()
        worker.start()
        while not done.is_set():
            t = time.perf_counter()
            time.sleep(0.001)
            late.append((time.perf_counter() - t - 0.001) * 1e3)
        wall = (time.perf_counter() - t0) * 1e3
        worker.join()
        if i:
            results.append((wall, max(late), sum(x > 3 for x in late)))
    print(json.dumps({"package": distillguard.__file__, "accounts": len(accounts), "rows_each": args.rows,
                      "pass_ms": round(statistics.median(r[0] for r in results), 1),
                      "worst_wakeup_delay_ms": round(statistics.median(r[1] for r in results), 1),
                      "wakeups_over_3ms_late": statistics.median(r[2] for r in results),
                      "passes": len(results)}, indent=1))


if __name__ == "__main__":
    main()
