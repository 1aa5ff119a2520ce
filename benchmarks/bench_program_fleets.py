"""Program fleets at scale: `campaigns.program.fleets` on N lone flagged accounts that all run one
program, its worst case (every pair of accounts a candidate join).

Each run is its own process (peak memory, max RSS, is its own); the code under test and an
optional baseline tree run alternately, `--rounds` times each, and the medians are reported side
by side with their ratio.

    .venv/bin/python benchmarks/bench_program_fleets.py --accounts 1000 3000 --rounds 3 --baseline /tmp/dg-before
(the baseline tree: `git archive <commit> distillguard | tar -x -C /tmp/dg-before`)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
import numpy as np
from distillguard.campaigns import program
from distillguard.linkage.synthetic import account_rows, tables
from distillguard.linkage.view import AccountView

n = int(sys.argv[1])
rows = []
for k in range(n):  # each account its own address and card: tied by no key, one program
    rows += account_rows(f"a{k:06d}", 5, ip=f"10.{k // 250 % 250}.{k % 250}.1", payment=f"card-{k}", model="think",
                         temperature=0.7, signals={"capability.label": "math", "language.code": "en"})
exchanges, signals = tables(rows)
view = AccountView(exchanges, signals)


class Graph:  # what fleets reads of the linkage graph
    account_ids = view.account_ids


flagged, risk, strength = np.ones(n, bool), np.full(n, 0.9999), np.zeros(n)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
found, _ = program.fleets(Graph, view, [], strength, risk, flagged)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"package": program.__file__, "seconds": seconds, "max_rss_mb": peak / 1024, "rss_added_mb": (peak - before) / 1024,
                  "fleets": len(found), "largest": max((len(f.members) for f in found), default=0)}))
"""


def run(tree: Path, n: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # run from the tree: `python -c` puts its working directory first on the path
    out = subprocess.run([sys.executable, "-c", CHILD, str(n)], env=env, cwd=tree, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, nargs="+", default=[1000, 3000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="a tree holding the baseline's distillguard package")
    args = ap.parse_args()
    trees = {"this": ROOT, **({"baseline": args.baseline} if args.baseline else {})}
    for n in args.accounts:
        got = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, tree in trees.items():  # alternately, so a noisy spell hits both
                got[name].append(run(tree, n))
        line = {"accounts": n}
        for name, runs in got.items():
            line[name] = {"median_s": round(statistics.median(r["seconds"] for r in runs), 2),
                          "median_rss_added_mb": round(statistics.median(r["rss_added_mb"] for r in runs)),
                          "fleets": runs[0]["fleets"], "largest": runs[0]["largest"], "package": runs[0]["package"]}
        if "baseline" in line:
            line["time_ratio"] = round(line["baseline"]["median_s"] / max(line["this"]["median_s"], 1e-9), 2)
        print(json.dumps(line))


if __name__ == "__main__":
    main()
