"""`RiskModel.score` on a few accounts, called many times: the online re-scoring pass's risk step.

    .venv/bin/python benchmarks/bench_risk_score.py --log demo-out/traffic.jsonl.gz --accounts 3 --calls 20 --rounds 3

Reads the log, runs the detectors once, computes the first ACCOUNTS accounts' features, then
times CALLS calls of `RiskModel.score` with one model (ms a call, median of ROUNDS rounds).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pyarrow as pa

from distillguard import pipeline, schema
from distillguard.behaviour import account_features
from distillguard.behaviour.features import signal_specs
from distillguard.references import default_reference
from distillguard.risk.score import RiskModel
from distillguard.sources import read_exchanges


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--log", required=True)
    ap.add_argument("--accounts", type=int, default=3)
    ap.add_argument("--calls", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    ex, sig, _ = pipeline.collect(read_exchanges([args.log]), workers=1)
    ids = ex[schema.ACCOUNT_ID].to_numpy(zero_copy_only=False)
    keep = pa.array(np.isin(ids, np.unique(ids)[: args.accounts]))
    features = account_features(ex.filter(keep), sig.filter(keep))
    specs = signal_specs(sig)
    model = RiskModel(default_reference())
    times = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _ in range(args.calls):
            model.score(features, specs)
        times.append((time.perf_counter() - t) / args.calls * 1000)
    print(f"{len(features)} accounts, {args.calls} calls a round: {statistics.median(times):.1f} ms a call "
          f"(rounds: {', '.join(f'{x:.1f}' for x in times)})")


if __name__ == "__main__":
    main()
