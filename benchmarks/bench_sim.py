"""Benchmark `distillguard sim`: exchanges written per second and peak memory.

Each run happens in a fresh subprocess (so peak RSS is that run's alone) and is repeated; medians
are reported. Side by side, in the same run, the *write floor*: the same output lines re-read and
written through the same gzip writer with no generation at all; the ratio sim/floor says how much
of the time goes to generation versus JSON + compression + disk.

    .venv/bin/python benchmarks/bench_sim.py                      # small x1 + medium at --scale 0.25
    .venv/bin/python benchmarks/bench_sim.py --medium-scale 1 --repeat 1
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
PY = sys.executable

_SIM = r"""
import json, resource, sys, time
from distillguard.sim import simulate
t0 = time.perf_counter()
s = simulate(sys.argv[1], sys.argv[2], sys.argv[3], seed=1, scale=float(sys.argv[4]))
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"exchanges": s.exchanges, "accounts": s.accounts, "wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "peak_pending": s.peak_pending}))
"""

_FLOOR = r"""
import gzip, json, resource, sys, time
from distillguard.sim.writer import TimeOrderedWriter
lines = gzip.open(sys.argv[1]).read().split(b"\n")[:-1]
t0 = time.perf_counter()
w = TimeOrderedWriter(sys.argv[2])
for i in range(0, len(lines), 20000):
    w.add([(i + j, l) for j, l in enumerate(lines[i:i + 20000])])
    w.flush_before(i + 20000)
w.close()
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"exchanges": len(lines), "wall_s": time.perf_counter() - t0}))
"""


def _run(code: str, *args: str) -> dict:
    out = subprocess.run([PY, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench(name: str, scale: float, repeat: int, tmp: str) -> dict:
    scen = str(ROOT / "benchmarks" / "scenarios" / f"{name}.yaml")
    out, labels = os.path.join(tmp, f"{name}.jsonl.gz"), os.path.join(tmp, f"{name}.labels.json")
    sims = [_run(_SIM, scen, out, labels, str(scale)) for _ in range(repeat)]
    floors = [_run(_FLOOR, out, os.path.join(tmp, "floor.jsonl.gz")) for _ in range(repeat)]
    size = os.path.getsize(out)
    os.remove(out)
    ex = sims[0]["exchanges"]
    sim_rate = statistics.median(ex / s["wall_s"] for s in sims)
    floor_rate = statistics.median(f["exchanges"] / f["wall_s"] for f in floors)
    return {"scenario": name, "scale": scale, "exchanges": ex, "accounts": sims[0]["accounts"],
            "wall_s": statistics.median(s["wall_s"] for s in sims), "sim_ex_per_s": sim_rate,
            "sim_ex_per_cpu_s": statistics.median(ex / s["cpu_s"] for s in sims),
            "load_avg_1m": os.getloadavg()[0],
            "floor_ex_per_s": floor_rate, "ratio_sim_over_floor": sim_rate / floor_rate,
            "ratio_to_target_50k": sim_rate / 50_000,
            "peak_rss_mb": statistics.median(s["rss_mb"] for s in sims), "peak_pending": sims[0]["peak_pending"],
            "bytes_per_exchange_gz": size / max(ex, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--medium-scale", type=float, default=0.25)
    ap.add_argument("--skip-medium", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(bench("small", 1.0, a.repeat, tmp))
        if not a.skip_medium:
            rows.append(bench("medium", a.medium_scale, a.repeat, tmp))
    if a.json:
        print(json.dumps(rows, indent=2))
        return
    print("| scenario | scale | exchanges | accounts | wall s | sim ex/s (wall) | sim ex/CPU-s | write-floor ex/s | sim / floor | vs 50k/s target | peak RSS MB | peak pending | gz bytes/ex | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['scenario']} | {r['scale']:g} | {r['exchanges']:,} | {r['accounts']:,} | {r['wall_s']:.1f} | "
              f"{r['sim_ex_per_s']:,.0f} | {r['sim_ex_per_cpu_s']:,.0f} | {r['floor_ex_per_s']:,.0f} | {r['ratio_sim_over_floor']:.2f} | "
              f"{r['ratio_to_target_50k']:.2f} | {r['peak_rss_mb']:.0f} | {r['peak_pending']:,} | {r['bytes_per_exchange_gz']:.0f} | {r['load_avg_1m']:.1f} |")


if __name__ == "__main__":
    main()
