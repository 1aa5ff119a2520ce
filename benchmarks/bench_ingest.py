"""Ingestion speed and memory: our read_exchanges vs a bare orjson parse of the same file.

    .venv/bin/python benchmarks/bench_ingest.py                 # 1,000,000 exchanges
    .venv/bin/python benchmarks/bench_ingest.py --n 200000 --repeats 3
    .venv/bin/python benchmarks/bench_ingest.py --file traffic.jsonl   # an existing exchange log
    .venv/bin/python benchmarks/bench_ingest.py --n 100000 --versus /tmp/old  # before / after

Generates (unless --file) an exchange log v1 of N exchanges with ~1 KB of text each (system +
user message, answer, params, usage, identities), then in one run measures, median of
--repeats:

  (a) bare:  for line in file: orjson.loads(line)          (the floor: parsing alone)
  (b) ours:  every batch of distillguard.sources.read_exchanges(file)            (in-process)
  (c) ours_projected: the same with columns=distillguard.pipeline.SCAN_COLUMNS (what `scan`
      asks for: no response, reasoning or params JSON)
  (d) ours_parallel: the same as (b) with workers=--workers (0 = all cores; -1 skips it)

and reports exchanges/s, MB/s and the ratio ours/bare, in wall time and in CPU time of this
process (the steadier of the two on a shared machine; not defined for the parallel run). Peak
RSS of (b) is measured in fresh child processes at two file sizes (N/4 and N lines) to show
memory does not grow with the file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

import orjson

WORDS = ("the model answer step reasoning solve explain data prompt token account request api cluster "
         "graph proof theorem function python code review summary translate quickly carefully because "
         "therefore integral matrix vector probability sample output input system user assistant").split()


def _text(rng: random.Random, chars: int) -> str:
    out, size = [], 0
    while size < chars:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


def generate(path: str, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    t0 = 1_790_000_000
    with open(path, "wb") as fh:
        for i in range(n):
            rec = {
                "id": f"ex-{i}",
                "ts": time_text(t0 + i * 0.05) if i % 2 else t0 + i * 0.05,
                "account_id": f"acct-{rng.randrange(5000)}",
                "org_id": f"org-{rng.randrange(500)}",
                "api_key_id": f"key-{rng.randrange(8000)}",
                "ip": f"{rng.randrange(1, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}",
                "user_agent": rng.choice(["openai-python/1.54.0", "curl/8.5.0", "httpx/0.27"]),
                "model": "gpt-x-mini",
                "messages": [{"role": "system", "content": _text(rng, 80)},
                             {"role": "user", "content": _text(rng, 520)}],
                "params": {"temperature": 0.7, "max_tokens": 1024, "seed": i % 97},
                "response": _text(rng, 420),
                "usage": {"input_tokens": 150, "output_tokens": 110},
                "status": 200,
            }
            fh.write(orjson.dumps(rec) + b"\n")


def time_text(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{int(seconds % 1 * 1e6):06d}Z"


def bare(path: str) -> int:
    loads = orjson.loads
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            loads(line)
            n += 1
    return n


def ours(path: str, workers: int = 1, columns=None) -> int:
    from distillguard.sources import read_exchanges

    stream = read_exchanges([path], workers=workers, columns=columns)
    n = sum(b.num_rows for b in stream)
    assert stream.stats.read == stream.stats.accepted + stream.stats.quarantined
    return n


def _peak_rss_kb() -> int:
    """VmHWM: this process's peak resident set (unlike ru_maxrss it is not inherited at fork/exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _child_rss(path: str, mode: str) -> dict:
    """Run one reader in a fresh interpreter and report its peak RSS (serial path: workers=1)."""
    code = (f"import sys; sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r});"
            f"import bench_ingest as b; n = b.{mode}({path!r});"
            "print(n, b._peak_rss_kb())")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return {"rows": int(out[0]), "peak_rss_mb": int(out[1]) / 1024}


_FRESH_RUN = """
import sys, time
mode, path = sys.argv[1], sys.argv[2]
sys.path.insert(0, {here!r})
import bench_ingest as b
import distillguard.sources  # imported before the clock starts (pyarrow etc. take ~0.3 s)
c = time.process_time()
n = b.bare(path) if mode == "bare" else b.ours(path)
print(n, time.process_time() - c, distillguard.sources.__file__)
"""


def versus(path: str, src: str, repeats: int) -> dict:
    """CPU seconds per exchange of bare / this tree's reader / the reader in ``src`` (another
    copy of the package, e.g. an older commit), each run in a fresh process, interleaved."""
    code = _FRESH_RUN.format(here=os.path.dirname(os.path.abspath(__file__)))
    tree = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cpu: dict[str, list[float]] = {"bare": [], "ours": [], "versus": []}
    for _ in range(repeats):
        for name, mode, pythonpath in (("bare", "bare", tree), ("ours", "ours", tree), ("versus", "ours", src)):
            env = dict(os.environ, PYTHONPATH=pythonpath)
            out = subprocess.run([sys.executable, "-c", code, mode, path], check=True, capture_output=True,
                                 text=True, env=env, cwd=os.path.dirname(os.path.abspath(path))).stdout.split()
            if not os.path.realpath(out[2]).startswith(os.path.realpath(pythonpath)):
                raise SystemExit(f"--versus: the package came from {out[2]}, not from {pythonpath}")
            cpu[name].append(float(out[1]) / int(out[0]) * 1e6)
    med = {k: statistics.median(v) for k, v in cpu.items()}
    return {"cpu_us_per_exchange": {k: round(v, 2) for k, v in med.items()},
            "cpu_ratio_over_bare": {k: round(med["bare"] / v, 3) for k, v in med.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="exchanges to generate (default 1,000,000)")
    ap.add_argument("--file", help="use this exchange log instead of generating one")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, default=0,
                    help="worker processes for the parallel measurement (0 = all cores; -1 skips it)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--versus", metavar="SRC",
                    help="also compare (CPU time, fresh processes, interleaved) with the package under SRC, e.g. "
                         "an older commit: git archive COMMIT distillguard | tar -x -C SRC")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="dg-bench-ingest-")
    try:
        if args.file:
            big = args.file
            small = os.path.join(tmp, "small.jsonl")
            with open(big, "rb") as src, open(small, "wb") as dst:
                lines = sum(1 for _ in src)
                src.seek(0)
                for i, line in enumerate(src):
                    if i >= lines // 4:
                        break
                    dst.write(line)
        else:
            big = os.path.join(tmp, "big.jsonl")
            small = os.path.join(tmp, "small.jsonl")
            t = time.perf_counter()
            generate(big, args.n)
            generate(small, max(1, args.n // 4))
            print(f"generated {args.n:,} exchanges in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        size_mb = os.path.getsize(big) / 1e6

        from distillguard.pipeline import SCAN_COLUMNS

        timings = {"bare": [], "ours": [], "ours_projected": []}
        # CPU seconds of this process: steadier than wall time on a loaded machine
        cpu = {"bare": [], "ours": [], "ours_projected": []}
        runs = [("bare", bare), ("ours", ours), ("ours_projected", lambda p: ours(p, columns=SCAN_COLUMNS))]
        if args.workers >= 0:
            timings["ours_parallel"] = []
            runs.append(("ours_parallel", lambda p: ours(p, workers=args.workers)))
        rows = {}
        for _ in range(args.repeats):
            for name, fn in runs:
                t, c = time.perf_counter(), time.process_time()
                rows[name] = fn(big)
                timings[name].append(time.perf_counter() - t)
                if name in cpu:  # (the parallel run's CPU time is spent in its worker processes)
                    cpu[name].append(time.process_time() - c)
        med = {k: statistics.median(v) for k, v in timings.items()}
        med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
        rss = {"small": {m: _child_rss(small, m) for m in ("bare", "ours")},
               "big": {m: _child_rss(big, m) for m in ("bare", "ours")}}
        result = {
            "file_mb": round(size_mb, 1),
            "exchanges": rows["ours"],
            "repeats": args.repeats,
            "bare_seconds": round(med["bare"], 3),
            "ours_seconds": round(med["ours"], 3),
            "bare_exchanges_per_s": round(rows["bare"] / med["bare"]),
            "ours_exchanges_per_s": round(rows["ours"] / med["ours"]),
            "bare_mb_per_s": round(size_mb / med["bare"], 1),
            "ours_mb_per_s": round(size_mb / med["ours"], 1),
            "ratio_ours_over_bare": round(med["bare"] / med["ours"], 3),
            "bare_cpu_seconds": round(med_cpu["bare"], 3),
            "ours_cpu_seconds": round(med_cpu["ours"], 3),
            "cpu_ratio_ours_over_bare": round(med_cpu["bare"] / med_cpu["ours"], 3),
            "ours_projected_seconds": round(med["ours_projected"], 3),
            "ours_projected_exchanges_per_s": round(rows["ours_projected"] / med["ours_projected"]),
            "ours_projected_mb_per_s": round(size_mb / med["ours_projected"], 1),
            "ratio_ours_projected_over_bare": round(med["bare"] / med["ours_projected"], 3),
            "ours_projected_cpu_seconds": round(med_cpu["ours_projected"], 3),
            "cpu_ratio_ours_projected_over_bare": round(med_cpu["bare"] / med_cpu["ours_projected"], 3),
            "cpu_ratio_ours_projected_over_ours": round(med_cpu["ours"] / med_cpu["ours_projected"], 3),
            "cores": os.cpu_count(),
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "peak_rss_mb": {size: {m: round(v["peak_rss_mb"], 1) for m, v in d.items()} for size, d in rss.items()},
            "rows_small": rss["small"]["ours"]["rows"],
            "rows_big": rss["big"]["ours"]["rows"],
        }
        if "ours_parallel" in med:
            from distillguard.sources.parallel import all_cores
            result["parallel_workers"] = args.workers or all_cores()
            result["ours_parallel_seconds"] = round(med["ours_parallel"], 3)
            result["ours_parallel_exchanges_per_s"] = round(rows["ours_parallel"] / med["ours_parallel"])
            result["ours_parallel_mb_per_s"] = round(size_mb / med["ours_parallel"], 1)
            result["ratio_ours_parallel_over_bare"] = round(med["bare"] / med["ours_parallel"], 3)
        if args.versus:
            result["versus"] = {"src": args.versus, **versus(big, args.versus, args.repeats)}
        if args.json:
            print(json.dumps(result, indent=2))
        else:
            print(f"file: {result['exchanges']:,} exchanges, {result['file_mb']} MB; median of {args.repeats}")
            print(f"{'':14}{'seconds':>10}{'exchanges/s':>14}{'MB/s':>9}")
            for m in [k for k in ("bare", "ours", "ours_projected", "ours_parallel") if k + "_seconds" in result]:
                print(f"{m:14}{result[m + '_seconds']:>10}{result[m + '_exchanges_per_s']:>14,}{result[m + '_mb_per_s']:>9}")
            print(f"ratio ours/bare (speed, 1 process): {result['ratio_ours_over_bare']}"
                  f" (CPU time: {result['cpu_ratio_ours_over_bare']}; {result['bare_cpu_seconds']} s vs"
                  f" {result['ours_cpu_seconds']} s)")
            print(f"ratio ours_projected/bare (speed, 1 process): {result['ratio_ours_projected_over_bare']}"
                  f" (CPU time: {result['cpu_ratio_ours_projected_over_bare']}; {result['ours_projected_cpu_seconds']} s);"
                  f" projected is {result['cpu_ratio_ours_projected_over_ours']}x ours in CPU time")
            if "ratio_ours_parallel_over_bare" in result:
                print(f"ratio ours/bare (speed, {result['parallel_workers']} workers): "
                      f"{result['ratio_ours_parallel_over_bare']}")
            if "versus" in result:
                v = result["versus"]
                print(f"versus {v['src']} (CPU µs per exchange, fresh processes): {v['cpu_us_per_exchange']};"
                      f" ratio to bare {v['cpu_ratio_over_bare']}")
            print(f"cores {result['cores']}, load average after the run {result['load_average_after']}")
            for size in ("small", "big"):
                print(f"peak RSS {size} ({result['rows_' + size]:,} rows): ours {result['peak_rss_mb'][size]['ours']} MB,"
                      f" bare {result['peak_rss_mb'][size]['bare']} MB")
    finally:
        for name in os.listdir(tmp):
            os.remove(os.path.join(tmp, name))
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
