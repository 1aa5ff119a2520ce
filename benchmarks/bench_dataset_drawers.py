"""What judging every drawer of a public dataset as one group costs (linkage.cohort.dataset_drawer_sweeps).

A log is read and scored once (`pipeline.collect`); then `cohort_features` runs ROUNDS times with
the dataset-drawer groups and ROUNDS times without them, alternating in one process, and the
medians are printed side by side with their ratio, beside the drawer pass alone.

    .venv/bin/python benchmarks/bench_dataset_drawers.py /work/foreign/gen_v/traffic.jsonl.gz [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from distillguard import pipeline
from distillguard.linkage import cohort
from distillguard.linkage.kinds import all_kinds
from distillguard.linkage.view import AccountView
from distillguard.sources.stream import read_exchanges


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("log")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    exchanges, signals, _ = pipeline.collect(read_exchanges([args.log], columns=sorted(pipeline.SCAN_COLUMNS)),
                                             workers=args.workers)
    view = AccountView(exchanges, signals)
    kinds = all_kinds()
    keyrows = {k.name: k.keys(view) for k in kinds}
    drawers = cohort.dataset_drawer_sweeps
    times: dict[str, list[float]] = {"with": [], "without": []}
    try:
        for _ in range(args.rounds):
            for mode in times:
                cohort.dataset_drawer_sweeps = drawers if mode == "with" else (lambda out, *a, **k: out)
                t = time.perf_counter()
                cohort.cohort_features(view, keyrows, kinds, {})
                times[mode].append(time.perf_counter() - t)
    finally:
        cohort.dataset_drawer_sweeps = drawers
    t = time.perf_counter()
    part = drawers(cohort.Partition.none(len(view)), cohort.sweep_items(view, kinds), cohort.organisations(view))
    alone = time.perf_counter() - t
    with_s, without_s = (statistics.median(times[m]) for m in ("with", "without"))
    print(f"{len(exchanges):,} exchanges, {len(view):,} accounts; cohort_features median of {args.rounds}: "
          f"with drawer groups {with_s:.2f} s, without {without_s:.2f} s, ratio {with_s / without_s:.2f}; "
          f"the drawer pass alone {alone:.2f} s ({len(part.groups)} groups before the others are left out)")


if __name__ == "__main__":
    main()
