"""`distillguard scan` throughput side by side: this tree vs a baseline commit, in one run.

Runs scan on the same log alternately with the baseline (a `git worktree` of BASELINE, imported
through PYTHONPATH with the same virtualenv) and with this tree, ROUNDS times each, and reports
the medians of wall time, exchanges/s and peak RSS, and the ratio. Alternating rounds share the
machine's noise instead of one side getting a quiet minute and the other a busy one. Also checks
that both sides flag the same accounts.

    .venv/bin/python benchmarks/bench_scan_ab.py --log /tmp/bench/m31.jsonl.gz --baseline cbe1904 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"


def run_scan(tree: Path, log: str, out: Path, workers: int) -> tuple[float, int]:
    """(wall seconds, peak RSS in bytes of the scan and its workers) for one scan."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [str(PYTHON), "-m", "distillguard", "--quiet", "scan", log, "--out", str(out), "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"scan failed in {tree}: {proc.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss * 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--log", required=True)
    ap.add_argument("--baseline", required=True, help="git ref of the baseline")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dg-ab-"))
    base = work / "baseline"
    subprocess.run(["git", "worktree", "add", "--detach", str(base), args.baseline], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        sides = {"baseline": base, "this tree": ROOT}
        results: dict[str, list[tuple[float, int]]] = {name: [] for name in sides}
        for r in range(args.rounds):
            for name, tree in sides.items():
                out = work / f"{name.replace(' ', '_')}-{r}.json"
                results[name].append(run_scan(tree, args.log, out, args.workers))
                print(f"round {r + 1} {name}: {results[name][-1][0]:.1f} s", file=sys.stderr, flush=True)
        flagged = {}
        for name in sides:
            doc = json.loads((work / f"{name.replace(' ', '_')}-0.json").read_text())
            flagged[name] = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
            exchanges = doc["stats"]["exchanges_read"]
        med = {name: statistics.median(w for w, _ in rs) for name, rs in results.items()}
        rss = {name: statistics.median(m for _, m in rs) for name, rs in results.items()}
        print(f"{exchanges:,} exchanges, --workers {args.workers}, {args.rounds} alternating rounds, medians")
        print("| side | wall s | exchanges/s | peak RSS | runs (s) |")
        print("|---|---|---|---|---|")
        for name in sides:
            runs = ", ".join(f"{w:.1f}" for w, _ in results[name])
            print(f"| {name} | {med[name]:.1f} | {exchanges / med[name]:,.0f} | {rss[name] / 2**30:.2f} GiB | {runs} |")
        print(f"speed-up (baseline wall / this tree wall): {med['baseline'] / med['this tree']:.2f}x")
        same = flagged["baseline"] == flagged["this tree"]
        diff = len(flagged["baseline"] ^ flagged["this tree"])
        print(f"same flagged accounts: {'yes' if same else f'no ({diff} differ)'}")
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
