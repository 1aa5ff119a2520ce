"""Leave one benign population out of the reference, scan it: is it still under the FPR target?

Behaviour and coordination can make a case (risk.score), so the question the reference must
answer honestly is: what happens to a benign population the reference has never seen? For each
population type of the bundled reference scenario (distillguard/risk/reference_scenario.yaml),
the reference is rebuilt without it (same seed, same everything else) and the scanned log is
judged against that reference; the FPR of the left-out type in the scanned log is reported
beside its FPR under the full reference, with the campaign recall of both. Target (issue #11):
<= 1% for every population.

The log is scored by the detectors once (`pipeline.collect`); only the stages after them run per
reference (`pipeline.scan_collected`).

    distillguard sim benchmarks/scenarios/adversary.yaml --seed 7 --out adv.jsonl.gz --labels adv_labels.json
    python benchmarks/coordination_holdout.py --traffic adv.jsonl.gz --labels adv_labels.json \\
        --out benchmarks/results/coordination_holdout.json [--only students,reseller] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard import pipeline, references  # noqa: E402
from distillguard.risk import default_reference as loader  # noqa: E402
from distillguard.sources import read_exchanges  # noqa: E402


def without(scenario_text: str, population_type: str) -> str:
    doc = yaml.safe_load(scenario_text)
    doc["populations"] = [p for p in doc["populations"] if p.get("type") != population_type]
    return yaml.safe_dump(doc, sort_keys=False)


def judge(verdicts: dict, labels: dict) -> dict:
    """Per population: benign accounts, flagged; campaign recall."""
    flagged = {a["account_id"]: a["flagged"] for a in verdicts["accounts"]}
    # flagged on behaviour alone (risk.score's behaviour case)
    on_behaviour = {a["account_id"] for a in verdicts["accounts"]
                    if a["flagged"] and any(e.get("signal") == "behaviour_case" for e in a.get("evidence") or [])}
    pops, hits, by_behaviour = Counter(), Counter(), Counter()
    camp = camp_hit = camp_behaviour = 0
    for account, label in labels.items():
        if account not in flagged:
            continue
        if label.get("label") == "campaign":
            camp += 1
            camp_hit += flagged[account]
            camp_behaviour += account in on_behaviour
            continue
        pop = str(label.get("population"))
        pops[pop] += 1
        hits[pop] += flagged[account]
        by_behaviour[pop] += account in on_behaviour
    why = {}  # flagged benign accounts: population and the evidence signals that made the case
    for a in verdicts["accounts"]:
        label = labels.get(a["account_id"]) or {}
        if a["flagged"] and label.get("label") != "campaign":
            why[a["account_id"]] = {"population": str(label.get("population")),
                                    "evidence": [e.get("signal") for e in a.get("evidence") or []]}
    return {"flagged_benign": why,
            "fpr_by_population": {p: {"accounts": pops[p], "flagged": hits[p], "fpr": hits[p] / pops[p],
                                      "flagged_on_behaviour_alone": by_behaviour[p]}
                                  for p in sorted(pops)},
            "campaign_recall": camp_hit / camp if camp else None, "campaign_accounts": camp,
            "campaign_flagged_on_behaviour_alone": camp_behaviour}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--traffic", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", default="", help="comma-separated population types to leave out (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    labels = json.loads(Path(args.labels).read_text())["accounts"]
    t0 = time.perf_counter()
    exchanges, signals, _ = pipeline.collect(read_exchanges([args.traffic]), workers=args.workers)
    print(f"scored {len(exchanges):,} exchanges in {time.perf_counter() - t0:.0f} s", flush=True)
    scenario = loader.scenario_text()
    types = sorted({p["type"] for p in yaml.safe_load(scenario)["populations"]})
    if args.only:
        types = [t for t in types if t in args.only.split(",")]

    full = pipeline.scan_collected(exchanges, signals, reference=references.default_reference())
    base = judge(full.verdicts, labels)
    print(f"full reference: campaign recall {base['campaign_recall']:.3f} "
          f"({base['campaign_flagged_on_behaviour_alone']} on behaviour alone); benign flagged "
          + ", ".join(f"{p} {v['flagged']}/{v['accounts']} ({v['flagged_on_behaviour_alone']} on behaviour)"
                      for p, v in base["fpr_by_population"].items() if v["flagged"]), flush=True)
    rows = []
    for t in types:
        t1 = time.perf_counter()
        ref = references.build_default_reference(scenario_text=without(scenario, t), workers=args.workers)
        result = pipeline.scan_collected(exchanges, signals, reference=ref)
        held = judge(result.verdicts, labels)
        row = {
            "left_out": t, "reference_accounts": ref.n_accounts,
            "fpr_left_out": held["fpr_by_population"].get(t),
            "fpr_left_out_full_reference": base["fpr_by_population"].get(t),
            "fpr_all_benign": _all_fpr(held), "campaign_recall": held["campaign_recall"],
            "flagged_by_population": {p: v["flagged"] for p, v in held["fpr_by_population"].items() if v["flagged"]},
            "flagged_benign": held["flagged_benign"],
            "campaign_flagged_on_behaviour_alone": held["campaign_flagged_on_behaviour_alone"],
            "seconds": round(time.perf_counter() - t1, 1),
        }
        rows.append(row)
        lo = row["fpr_left_out"] or {}
        print(f"{t:18s} left out: {lo.get('flagged', '-')}/{lo.get('accounts', '-')} flagged "
              f"({lo.get('flagged_on_behaviour_alone', '-')} on behaviour alone) "
              f"(full reference: {(row['fpr_left_out_full_reference'] or {}).get('flagged', '-')}); "
              f"all benign FPR {row['fpr_all_benign']:.4%} {row['flagged_by_population']}; "
              f"campaign recall {row['campaign_recall']:.3f}", flush=True)
    out = {"traffic": args.traffic, "full_reference": {**base, "fpr_all_benign": _all_fpr(base)}, "left_out": rows,
           "target_fpr_per_population": 0.01}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(f"wrote {args.out}")
    return 0


def _all_fpr(j: dict) -> float:
    n = sum(v["accounts"] for v in j["fpr_by_population"].values())
    k = sum(v["flagged"] for v in j["fpr_by_population"].values())
    return k / n if n else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
