"""Benchmark `distillguard scan` end to end: detection quality against labels, throughput, memory.

    .venv/bin/python benchmarks/bench_scan.py --scenario benchmarks/scenarios/small.yaml --seed 2026 \
        [--scale 1] [--baselines] [--workdir /tmp/dg-bench] [--target-fpr 0.001]

Steps (each a real CLI call, as a user would run it):
1. `distillguard sim SCENARIO --seed S` -> traffic + labels (labels are used ONLY by eval);
2. `distillguard scan traffic --out verdicts.json --report report.html` with the bundled default
   benign reference (calibrated on benign simulated traffic from distillguard/risk/
   reference_scenario.yaml, a different scenario and seed), timed, peak RSS from wait4;
3. `distillguard eval --verdicts --labels --json` (+ `--baselines --traffic --reference` with
   benign reference traffic generated from the same reference scenario), in the same run.
Prints a Markdown summary and writes results.json into the work directory.

    .venv/bin/python benchmarks/bench_scan.py --aggregate-only 10000000

measures the per-account stages alone (account_features + risk + end users) on a synthetic
narrow table of N exchanges with fake detector outputs: their time and peak memory at a size
the detectors cannot reach on a small machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DG = [sys.executable, "-m", "distillguard"]


def run_measured(cmd: list[str], log: Path) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MiB, exit code) of one child process."""
    t0 = time.perf_counter()
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, code


def aggregate_only(n: int, accounts: int) -> dict:
    """account_features + risk on N synthetic exchanges (narrow columns + fake signals)."""
    import resource

    import numpy as np
    import pyarrow as pa

    from distillguard import schema
    from distillguard.behaviour import account_features, signal_specs
    from distillguard.risk import RiskModel
    from distillguard.references import default_reference

    rng = np.random.default_rng(0)
    acc = rng.integers(0, accounts, n)
    t_us = 1_793_491_200_000_000 + np.sort(rng.integers(0, 3 * 86400 * 10**6, n))
    acc_names = pa.array([f"acct-{i:08x}" for i in range(accounts)]).take(pa.array(acc))
    exchanges = pa.table({
        schema.EXCHANGE_ID: pa.array(np.char.add("x", np.arange(n).astype("U10")).astype(object)),
        schema.TS: pa.array(t_us).cast(schema.TIMESTAMP),
        schema.ACCOUNT_ID: acc_names,
        schema.CLIENT_ADDRESS: pa.array([f"81.2.{i % 250}.{i % 199}" for i in range(accounts)]).take(pa.array(acc)),
        schema.MODEL: pa.array(["acme-chat", "acme-reason"]).take(pa.array(rng.integers(0, 2, n))),
        schema.OUTPUT_TOKENS: pa.array(rng.integers(10, 900, n)),
        schema.TURNS: pa.array(rng.integers(1, 4, n).astype(np.int32)),
        schema.TEMPERATURE: pa.array(rng.choice([0.0, 0.7, 1.0], n)),
    })
    signals = pa.table({
        **{d: pa.array((rng.random(n) < 0.05).astype(np.float32)) for d in
           ("cot_elicitation", "rubric_grading", "synthetic_data", "jailbreak", "identity_probe", "dataset_match", "template")},
        "template.skeleton": pa.array(["s1", "s2", "s3", None]).take(pa.array(rng.integers(0, 4, n))),
        "capability.label": pa.array(["math reasoning", "coding", "general chat"]).take(pa.array(rng.integers(0, 3, n))),
        "language.code": pa.array(["en", "zh", "de"]).take(pa.array(rng.integers(0, 3, n))),
    })
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    features = account_features(exchanges, signals)
    t1 = time.perf_counter()
    risk = RiskModel(default_reference()).score(features, signal_specs(signals))
    t2 = time.perf_counter()
    return {"exchanges": n, "accounts": len(features), "input_table_mib": round((exchanges.nbytes + signals.nbytes) / 2**20),
            "features_s": round(t1 - t0, 1), "risk_s": round(t2 - t1, 1),
            "aggregate_exchanges_per_s": round(n / (t1 - t0)),
            "peak_rss_mib_before": round(rss_before), "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "flagged": int(risk.flagged.sum())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scenario", default=str(ROOT / "benchmarks/scenarios/small.yaml"))
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--workdir", default="/tmp/dg-bench")
    ap.add_argument("--target-fpr", type=float, default=0.001)
    ap.add_argument("--baselines", action="store_true", help="also score eval's baselines in the same run")
    ap.add_argument("--reuse", action="store_true", help="reuse traffic already generated in the work directory")
    ap.add_argument("--aggregate-only", type=int, metavar="N", help="only time the per-account stages on N synthetic exchanges")
    ap.add_argument("--accounts", type=int, default=100_000, help="accounts for --aggregate-only")
    args = ap.parse_args()
    if args.aggregate_only:
        print(json.dumps(aggregate_only(args.aggregate_only, args.accounts), indent=2))
        return 0

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    name = Path(args.scenario).stem
    traffic = work / f"{name}-s{args.seed}.jsonl.gz"
    labels = work / f"{name}-s{args.seed}.labels.json"
    verdicts = work / f"{name}-s{args.seed}.verdicts.json"
    report = work / f"{name}-s{args.seed}.report.html"
    results: dict = {"scenario": args.scenario, "seed": args.seed, "scale": args.scale, "target_fpr": args.target_fpr}

    if not (args.reuse and traffic.exists() and labels.exists()):
        wall, rss, code = run_measured(DG + ["sim", args.scenario, "--seed", str(args.seed), "--scale", str(args.scale),
                                             "--out", str(traffic), "--labels", str(labels)], work / "sim.log")
        if code:
            print((work / "sim.log").read_text(), file=sys.stderr)
            return code
        results["sim_seconds"] = round(wall, 1)

    wall, rss, code = run_measured(DG + ["scan", str(traffic), "--out", str(verdicts), "--report", str(report),
                                         "--target-fpr", str(args.target_fpr), "--quarantine", str(work / "q.jsonl")],
                                   work / "scan.log")
    if code:
        print((work / "scan.log").read_text(), file=sys.stderr)
        return code
    doc = json.loads(verdicts.read_text())
    n = doc["stats"]["exchanges_read"]
    results["scan"] = {"exchanges": n, "accounts": doc["stats"]["accounts"], "wall_s": round(wall, 1),
                       "exchanges_per_s": round(n / wall, 1), "peak_rss_mib": round(rss, 1),
                       "stage_seconds": doc["stats"].get("seconds"), "flagged": doc["stats"].get("flagged_accounts"),
                       "campaigns": doc["stats"].get("campaigns"),
                       "reference": {k: doc["stats"]["reference"].get(k) for k in ("source", "scenario", "seed", "stale")},
                       "reference_accounts": doc["stats"].get("reference_accounts")}

    eval_cmd = DG + ["eval", "--verdicts", str(verdicts), "--labels", str(labels), "--json"]
    if args.baselines:
        ref_traffic = work / "reference-benign.jsonl.gz"
        if not ref_traffic.exists():
            from distillguard.risk.default_reference import SEED

            subprocess.run(DG + ["sim", str(ROOT / "distillguard/risk/reference_scenario.yaml"), "--seed", str(SEED),
                                 "--out", str(ref_traffic), "--labels", str(work / "reference-benign.labels.json")],
                           check=True, cwd=ROOT, capture_output=True)
        eval_cmd += ["--baselines", "--traffic", str(traffic), "--reference", str(ref_traffic)]
    proc = subprocess.run(eval_cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        print(proc.stderr, file=sys.stderr)
        return proc.returncode
    results["eval"] = json.loads(proc.stdout)
    (work / f"{name}-s{args.seed}.results.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2)[:20000])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
