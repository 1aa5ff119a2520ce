"""Which share of each benign population's distinct prompts the extraction-intent classifier hits.

A simulated log's benign populations (students, BYOK homework apps, evaluation harnesses,
developers, ...) draw real prompts; their hit rate against the calibrated 0.1% says which kinds
of ordinary prompt the operating point lets through, and how often a population sends them. Reads
the last user turn of every exchange of a benign account (labels from `distillguard sim`).
`--source DIR` scores with the package (and model file) of another checkout, for side-by-side runs;
`--campaigns` scores each campaign's accounts too (by campaign id: how much of a campaign the
classifier reads).

    .venv/bin/python benchmarks/intent_population_hits.py LOG LABELS [--source DIR] [--campaigns] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

from _results import emit  # benchmarks/, the script's own folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("log")
    ap.add_argument("labels")
    ap.add_argument("--source", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--campaigns", action="store_true", help="also each campaign's accounts, by campaign id")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    sys.path.insert(0, str(args.source.resolve()))
    from distillguard.signals import extraction_intent as ei

    model = ei.load()
    accounts = json.loads(Path(args.labels).read_text(encoding="utf-8"))["accounts"]
    prompts: dict[str, set[str]] = defaultdict(set)
    with (gzip.open(args.log, "rt", encoding="utf-8") if args.log.endswith(".gz") else open(args.log, encoding="utf-8")) as f:
        for line in f:
            row = json.loads(line)
            label = accounts.get(row.get("account_id"), {})
            if label.get("label") == "benign":
                group = label["population"]
            elif args.campaigns and label.get("label") == "campaign":
                group = f"campaign:{label.get('campaign_id')}"
            else:
                continue
            users = [m["content"] for m in row.get("messages") or [] if m.get("role") == "user" and isinstance(m.get("content"), str)]
            if users:
                prompts[group].add(users[-1])
    result = {"model": str(ei.MODEL_FILE), "populations": {}}
    for population, texts in sorted(prompts.items()):
        scores, _, _ = model.explain(sorted(texts))
        hits = int((scores >= model.threshold).sum())
        result["populations"][population] = {"distinct_prompts": len(texts), "hits": hits,
                                              "rate": round(hits / len(texts), 5)}
    emit(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
