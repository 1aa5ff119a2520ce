"""Score `distillguard scan` verdicts side by side with the literature baselines on simulated traffic.

    .venv/bin/python benchmarks/eval_baselines.py --scenario benchmarks/scenarios/demo.yaml --seed 7 \
        --reference-scenario benchmarks/scenarios/reference.yaml --workdir /tmp/dg-eval-demo

Steps (each timed): simulate the scenario (traffic + labels) and the benign-only reference
scenario, scan the traffic (unless --verdicts is given), read both logs into per-account
summaries, calibrate and run the baselines, evaluate. Prints a markdown table with every method
side by side and the ratio of the verdicts' recall to each baseline's at 0.1% and 1% benign FPR;
writes report.json and curves.png into the workdir. Files already in the workdir are reused
with --reuse.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import orjson

from distillguard.evaluate import collect_logs, evaluate, from_verdicts, load_labels, load_verdicts, run_baselines
from distillguard.evaluate.inputs import Verdicts
from distillguard.evaluate.plot import plot_curves

CLI = [sys.executable, "-m", "distillguard"]


def timed(label: str, timings: dict, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    timings[label] = time.perf_counter() - start
    print(f"  {label}: {timings[label]:.1f}s", file=sys.stderr)
    return result


def sh(args: list[str]) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def fmt(x, pct=True) -> str:
    if x is None:
        return "—"
    return f"{x * 100:.1f}%" if pct else f"{x:.3f}"


def markdown(report: dict, timings: dict, counts: dict) -> str:
    methods = report["methods"]
    names = list(methods)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]

    def row(label, cell):
        lines.append(f"| {label} | " + " | ".join(cell(methods[n]) for n in names) + " |")

    row("ROC-AUC", lambda m: fmt(m["roc_auc"], pct=False))
    row("PR-AUC (AP)", lambda m: fmt(m["pr_auc"], pct=False))
    for t in ("0.1%", "1%"):
        row(f"recall @ benign FPR <= {t}", lambda m, t=t: fmt((m["recall_at_fpr"][t] or {}).get("recall")))
    row("flagged precision", lambda m: fmt(m["flagged"]["precision"]))
    row("flagged recall", lambda m: fmt(m["flagged"]["recall"]))
    row("flagged benign FPR", lambda m: f"{fmt(m['flagged']['fpr'])} ({m['flagged']['fp']})")
    row("campaigns found", lambda m: f"{m['campaigns']['found']}/{m['campaigns']['campaigns']}")
    tactics = sorted({t for m in methods.values() for t in m["recall_by_tactic"]})
    for t in tactics:
        row(f"recall@1%FPR: {t}", lambda m, t=t: fmt(m["recall_by_tactic"][t]["recall_at_1%_fpr"]))
    out = "\n".join(lines)
    v = methods["verdicts"]
    ratios = []
    if not v["accounts_scored"]:
        names = names[:1]  # no verdicts (--no-scan): no ratios
    for n in names[1:]:
        for t in ("0.1%", "1%"):
            ours = (v["recall_at_fpr"][t] or {}).get("recall")
            theirs = (methods[n]["recall_at_fpr"][t] or {}).get("recall")
            if ours is not None and theirs:
                ratios.append(f"verdicts / {n} recall @ {t} FPR = {ours / theirs:.2f}x")
            elif ours is not None:
                ratios.append(f"verdicts / {n} recall @ {t} FPR = {fmt(ours)} vs 0 (baseline finds none)")
    out += "\n\n" + "\n".join(f"- {r}" for r in ratios)
    out += "\n\n" + " | ".join(f"{k} {v:.1f}s" for k, v in timings.items())
    out += f"\n\n{counts}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", default="benchmarks/scenarios/demo.yaml")
    ap.add_argument("--reference-scenario", default="benchmarks/scenarios/reference.yaml")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reference-seed", type=int, default=11)
    ap.add_argument("--scale", type=float, default=None)
    ap.add_argument("--reference-scale", type=float, default=None)
    ap.add_argument("--verdicts", default=None, help="use these verdicts instead of running scan")
    ap.add_argument("--no-scan", action="store_true",
                    help="baselines only (timing runs): the verdicts column is empty, every account 'missing'")
    ap.add_argument("--sample-size", type=int, default=64)
    ap.add_argument("--workdir", default="/tmp/dg-eval-bench")
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    traffic, labels = work / "traffic.jsonl.gz", work / "labels.json"
    reference = work / "reference.jsonl.gz"
    timings: dict[str, float] = {}

    def sim(scenario, out, lab, seed, scale):
        cmd = [*CLI, "sim", scenario, "--out", str(out), "--labels", str(lab), "--seed", str(seed)]
        if scale:
            cmd += ["--scale", str(scale)]
        sh(cmd)

    if not (args.reuse and traffic.exists()):
        timed("sim traffic", timings, sim, args.scenario, traffic, labels, args.seed, args.scale)
    if not (args.reuse and reference.exists()):
        timed("sim reference", timings, sim, args.reference_scenario, reference, work / "reference_labels.json",
              args.reference_seed, args.reference_scale)
    verdicts_path = Path(args.verdicts) if args.verdicts else work / "verdicts.json"
    if not args.verdicts and not args.no_scan and not (args.reuse and verdicts_path.exists()):
        timed("scan", timings, sh, [*CLI, "-q", "scan", str(traffic), "--out", str(verdicts_path)])

    verdicts = Verdicts({}) if args.no_scan else load_verdicts(verdicts_path)
    truth = load_labels(labels)
    t = timed("read traffic", timings, collect_logs, [str(traffic)], sample_size=args.sample_size)
    r = timed("read reference", timings, collect_logs, [str(reference)], sample_size=args.sample_size)
    baselines = timed("baselines (embed + calibrate + score)", timings, run_baselines, t, r)
    report = timed("evaluate", timings, evaluate, verdicts, truth, baselines=baselines,
                   exchange_counts=t.exchange_counts())
    plot_curves([from_verdicts(verdicts), *baselines], truth, work / "curves.png")
    report["timings_s"] = timings
    report["calibration"] = {b.name: b.calibration for b in baselines}
    (work / "report.json").write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY))
    counts = (f"traffic: {int(t.exchanges.sum())} exchanges, {len(t.accounts)} accounts; reference: "
              f"{int(r.exchanges.sum())} exchanges, {len(r.accounts)} accounts; peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(markdown(report, timings, counts))


if __name__ == "__main__":
    main()
