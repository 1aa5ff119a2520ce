"""Intelligence round trip: does provider A's shared bundle help provider B?

One simulated log is split by account between two providers. A sees its accounts' whole traffic;
B sees its benign accounts whole but only a thin slice (`--b-share`) of each of its campaign
accounts' requests: the operator spreads its harvest, and B's view of it is small. Then, all
through the CLI as users would run it:

    A: distillguard scan a.jsonl.gz --out a.json
       distillguard intel export a.json --out bundle.json --producer "Provider A" --community-key-file key
    B: distillguard intel import bundle.json --into intel/
       distillguard scan b.jsonl.gz --out b_alone.json
       distillguard scan b.jsonl.gz --out b_intel.json --intel intel/ --community-key-file key

and B's two verdicts are scored against B's labels: recall on each campaign's accounts and the
benign flag rate, alone and with A's intelligence; which accounts the intelligence decided; and
how many of B's campaign accounts were found through template fingerprints (content only: no
text ever left A). Writes a JSON summary and prints a markdown table.

    .venv/bin/python benchmarks/intel_roundtrip.py --scenario adversary_heldout --seed 11 --scale 0.3 \\
        --b-share 0.05 --out-dir /tmp/bench/intel_rt
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "distillguard", "-q"]


def run(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([*CLI, *args], check=True, cwd=ROOT)
    return time.perf_counter() - t


def provider_of(account: str) -> str:
    return "a" if int(hashlib.sha256(account.encode()).hexdigest(), 16) % 2 == 0 else "b"


def split(log: Path, labels: dict, out: Path, b_share: float, seed: int) -> None:
    rng = random.Random(seed)
    with gzip.open(out / "a.jsonl.gz", "wt") as fa, gzip.open(out / "b.jsonl.gz", "wt") as fb:
        for line in gzip.open(log, "rt"):
            account = json.loads(line)["account_id"]
            if provider_of(account) == "a":
                fa.write(line)
            elif labels["accounts"].get(account, {}).get("label") != "campaign" or rng.random() < b_share:
                fb.write(line)
    for side in "ab":
        part = dict(labels, accounts={a: v for a, v in labels["accounts"].items() if provider_of(a) == side})
        (out / f"{side}_labels.json").write_text(json.dumps(part))


def score(verdicts_path: Path, labels: dict) -> dict:
    v = json.loads(verdicts_path.read_text())
    lab = labels["accounts"]
    out = {"campaigns": {}, "benign": 0, "benign_flagged": 0, "benign_by_intel": 0, "campaign_by_intel": 0,
           "campaign_template_matched": 0, "benign_template_matched": 0, "benign_matched": 0, "campaign_matched": 0, "campaign_accounts": 0, "campaign_flagged": 0}
    for a in v["accounts"]:
        label = lab.get(a["account_id"], {})
        intel = [e for e in a["evidence"] if e["signal"] == "intel_match"]
        decided = any(e["score"] >= 1.0 for e in intel)
        templates = any("request templates" in e["detail"] for e in intel)
        if label.get("label") == "campaign":
            c = out["campaigns"].setdefault(label["campaign_id"], {"accounts": 0, "flagged": 0, "tactic": label.get("tactic")})
            c["accounts"] += 1
            c["flagged"] += int(a["flagged"])
            out["campaign_accounts"] += 1
            out["campaign_flagged"] += int(a["flagged"])
            out["campaign_by_intel"] += int(decided)
            out["campaign_template_matched"] += int(templates)
            out["campaign_matched"] += int(bool(intel))
        elif label.get("label") == "benign":
            out["benign"] += 1
            out["benign_flagged"] += int(a["flagged"])
            out["benign_by_intel"] += int(decided)
            out["benign_template_matched"] += int(templates)
            out["benign_matched"] += int(bool(intel))
    out["intel_stats"] = v["stats"].get("intel")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenario", default="adversary_heldout")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--scale", type=float, default=0.3)
    ap.add_argument("--b-share", type=float, default=0.05, help="share of each campaign account's requests B sees")
    ap.add_argument("--out-dir", type=Path, required=True)
    args = ap.parse_args()
    d = args.out_dir
    d.mkdir(parents=True, exist_ok=True)
    log, labels_path = d / "traffic.jsonl.gz", d / "labels.json"
    if not log.exists():
        run("sim", str(ROOT / "benchmarks/scenarios" / f"{args.scenario}.yaml"), "--seed", str(args.seed),
            "--scale", str(args.scale), "--out", str(log), "--labels", str(labels_path))
    labels = json.loads(labels_path.read_text())
    split(log, labels, d, args.b_share, args.seed)
    key = d / "community.key"
    key.write_text("benchmark community key\n")
    seconds = {
        "scan_a": run("scan", str(d / "a.jsonl.gz"), "--out", str(d / "a.json")),
        "export": run("intel", "export", str(d / "a.json"), "--out", str(d / "bundle.json"), "--producer", "Provider A",
                      "--community-key-file", str(key)),
    }
    intel_dir = d / "intel"
    for old in intel_dir.glob("*.json"):
        old.unlink()
    seconds["import"] = run("intel", "import", str(d / "bundle.json"), "--into", str(intel_dir))
    seconds["scan_b_alone"] = run("scan", str(d / "b.jsonl.gz"), "--out", str(d / "b_alone.json"))
    seconds["scan_b_intel"] = run("scan", str(d / "b.jsonl.gz"), "--out", str(d / "b_intel.json"), "--intel",
                                  str(intel_dir), "--community-key-file", str(key))
    b_labels = json.loads((d / "b_labels.json").read_text())
    a_labels = json.loads((d / "a_labels.json").read_text())
    summary = {"args": {k: str(v) for k, v in vars(args).items()}, "seconds": seconds,
               "a": score(d / "a.json", a_labels), "b_alone": score(d / "b_alone.json", b_labels),
               "b_intel": score(d / "b_intel.json", b_labels),
               "bundle_objects": len(json.loads((d / "bundle.json").read_text())["objects"])}
    (d / "summary.json").write_text(json.dumps(summary, indent=2))
    alone, intel = summary["b_alone"], summary["b_intel"]
    print(f"| campaign (tactic) | B's accounts | flagged alone | flagged with A's bundle |")
    print("|---|---|---|---|")
    for cid in sorted(intel["campaigns"]):
        c0, c1 = alone["campaigns"][cid], intel["campaigns"][cid]
        print(f"| {cid} ({c1['tactic']}) | {c1['accounts']} | {c0['flagged']} | {c1['flagged']} |")
    print(f"| **all campaign accounts** | {intel['campaign_accounts']} | {alone['campaign_flagged']} "
          f"({100 * alone['campaign_flagged'] / max(1, alone['campaign_accounts']):.1f}%) | {intel['campaign_flagged']} "
          f"({100 * intel['campaign_flagged'] / max(1, intel['campaign_accounts']):.1f}%) |")
    print(f"| benign accounts flagged | {intel['benign']} | {alone['benign_flagged']} | {intel['benign_flagged']} |")
    print(f"\nmatched any indicator: {intel['campaign_matched']} campaign accounts, {intel['benign_matched']} benign; "
          f"decided by the bundle: {intel['campaign_by_intel']} campaign accounts, {intel['benign_by_intel']} benign; "
          f"template fingerprints matched: {intel['campaign_template_matched']} campaign accounts, "
          f"{intel['benign_template_matched']} benign; A alone: {summary['a']['campaign_flagged']} of "
          f"{summary['a']['campaign_accounts']} campaign accounts, {summary['a']['benign_flagged']} benign flagged; "
          f"bundle {summary['bundle_objects']} objects; seconds {json.dumps({k: round(v, 1) for k, v in seconds.items()})}")


if __name__ == "__main__":
    main()
