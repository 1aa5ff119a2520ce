"""`distillguard replay` throughput side by side: this tree vs a baseline commit, in one run.

Runs replay on the same log alternately with the baseline (the commit's files exported with
`git archive` into a temporary directory, imported through PYTHONPATH with the same virtualenv)
and with this tree, ROUNDS times each, and reports the medians of exchanges/s (the replay's own
clock: reading, detectors, decisions, re-scoring; not the interpreter's start) and wall time, and
the ratio. Also checks that both sides wrote the same actions.

    .venv/bin/python benchmarks/bench_replay_ab.py --log demo-out/traffic.jsonl.gz --baseline 376a5a9 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable  # the virtualenv running this script, for both sides


def run_replay(tree: Path, log: str, out: Path, workers: int) -> tuple[float, float, int]:
    """(replay seconds by its own clock, wall seconds, exchanges) of one replay."""
    cmd = [PYTHON, "-m", "distillguard", "replay", log, "--out", str(out), "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=tree, env=dict(os.environ, PYTHONPATH=str(tree)), capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"replay failed in {tree}: {proc.stderr[-2000:]}")
    m = re.search(r"replayed ([\d,]+) exchanges of .* in ([\d.]+) s", proc.stdout + proc.stderr)
    if m is None:
        raise SystemExit(f"no summary line from replay in {tree}: {proc.stdout[-1000:]}")
    return float(m.group(2)), wall, int(m.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--log", required=True)
    ap.add_argument("--baseline", required=True, help="git ref of the baseline")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline-rounds", type=int, default=None, help="fewer rounds of the (slow) baseline")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dg-replay-ab-"))
    base = work / "baseline"
    base.mkdir()
    archive = subprocess.run(["git", "archive", args.baseline], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
    sides = {"baseline": base, "this tree": ROOT}
    rounds = {"baseline": args.baseline_rounds or args.rounds, "this tree": args.rounds}
    results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in sides}
    for r in range(args.rounds):
        for name, tree in sides.items():
            if r >= rounds[name]:
                continue
            out = work / f"{name.replace(' ', '_')}-{r}.jsonl"
            results[name].append(run_replay(tree, args.log, out, args.workers))
            print(f"round {r + 1} {name}: {results[name][-1][0]:.1f} s", file=sys.stderr, flush=True)
    exchanges = results["this tree"][0][2]
    print(f"{exchanges:,} exchanges, --workers {args.workers}, alternating rounds, medians")
    print("| side | rounds | replay s | exchanges/s | wall s | runs (replay s) |")
    print("|---|---|---|---|---|---|")
    med = {}
    for name in sides:
        med[name] = statistics.median(s for s, _, _ in results[name])
        wall = statistics.median(w for _, w, _ in results[name])
        runs = ", ".join(f"{s:.1f}" for s, _, _ in results[name])
        print(f"| {name} | {len(results[name])} | {med[name]:.1f} | {exchanges / med[name]:,.0f} | {wall:.1f} | {runs} |")
    print(f"speed-up (baseline / this tree): {med['baseline'] / med['this tree']:.2f}x")
    actions = {name: (work / f"{name.replace(' ', '_')}-0.jsonl").read_bytes().splitlines() for name in sides}
    differ = sum(a != b for a, b in zip(actions["baseline"], actions["this tree"]))
    differ += abs(len(actions["baseline"]) - len(actions["this tree"]))
    print(f"actions: {len(actions['baseline'])} and {len(actions['this tree'])} lines, "
          f"{'identical' if not differ else f'{differ} lines differ'} (both kept in {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
