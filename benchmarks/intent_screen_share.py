"""How much of a log the extraction-intent encoder stage would read (its cost, before running it).

Distinct last user turns of a JSONL log (spec §1 `prompt` or `messages`), scored by the shipped
n-gram stage: the share between the screen and the n-gram stage's own threshold is what
`scan --encoder` embeds (one window each, ~0.1 s of a core), overall and per population when a
labels file is given.

    python benchmarks/intent_screen_share.py LOG.jsonl.gz [--labels LABELS.json] [--sample N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.signals import extraction_intent as ei  # noqa: E402


def _last_user_turn(record: dict) -> str | None:
    if isinstance(record.get("prompt"), str):
        return record["prompt"]
    turns = [m.get("content") for m in record.get("messages") or [] if isinstance(m, dict) and m.get("role") == "user"]
    return turns[-1] if turns and isinstance(turns[-1], str) else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("log")
    ap.add_argument("--labels", default=None)
    ap.add_argument("--sample", type=int, default=None, help="score a random sample of the distinct prompts")
    args = ap.parse_args()
    labels = json.loads(Path(args.labels).read_text())["accounts"] if args.labels else {}
    first_account: dict[str, str] = {}
    exchanges = 0
    with gzip.open(args.log, "rb") if args.log.endswith(".gz") else open(args.log, "rb") as f:
        for line in f:
            exchanges += 1
            record = orjson.loads(line)
            text = _last_user_turn(record)
            if text is not None:
                first_account.setdefault(text, str(record.get("account_id")))
    prompts = sorted(first_account)
    if args.sample and len(prompts) > args.sample:
        prompts = random.Random(0).sample(prompts, args.sample)
    model = ei.load()
    s1 = model.ngram_scores(prompts)
    band = (s1 >= model.screen) & (s1 < model.stage_threshold)
    total, screened = Counter(), Counter()
    for text, b in zip(prompts, band):
        pop = str(labels.get(first_account[text], {}).get("population") or "?")
        total[pop] += 1
        screened[pop] += int(b)
    out = {"exchanges": exchanges, "distinct_prompts": len(first_account), "scored": len(prompts),
           "screened": int(band.sum()), "screened_share": float(band.mean()) if len(prompts) else 0.0,
           "per_population": {k: [screened[k], total[k]] for k in sorted(total)} if labels else None}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
