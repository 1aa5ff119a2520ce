#!/usr/bin/env python3
"""Synthetic labelled API traffic: a Canadian + Australian/New Zealand provider, one week from 2028-05-01,
new reasoning model boreal-r2 released on day 3.

    python3 gen.py --seed 157 --out DIR [--data /work/shared/data]

Writes DIR/traffic.jsonl.gz (OpenAI-style exchange log, time-ordered), DIR/labels.json (labels format v1)
and DIR/manifest.json (counts per population / campaign, used by check.py). Standard library only;
orjson is used when installed.
"""
import argparse
import gzip
import json
import os
import sys
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from world import RELEASE, W0, W1, Sink, fmt_any  # noqa: E402
from corpora import Corpora  # noqa: E402
from benign import run_benign  # noqa: E402
from campaigns import run_campaigns  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=157)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--level", type=int, default=4, help="gzip compression level")
    args = ap.parse_args(argv)
    t0 = time.time()
    C = Corpora(args.data)
    sink = Sink(args.seed)
    routers = run_benign(sink, C, args.seed)
    campaigns = run_campaigns(sink, C, args.seed, routers)
    t1 = time.time()

    # drop accounts that ended up with no traffic (never labelled, never seen)
    accounts = {k: a for k, a in sink.accounts.items() if a.n > 0}
    sink.rows.sort(key=lambda r: r[0])
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "traffic.jsonl.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="traffic.jsonl", mode="wb", fileobj=raw, compresslevel=args.level, mtime=0) as gz:
            buf = []
            for _, line in sink.rows:
                buf.append(line)
                if len(buf) >= 4096:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    t2 = time.time()

    labels = {"version": 1, "accounts": {}, "end_users": {}}
    for aid, a in sorted(accounts.items()):
        labels["accounts"][aid] = dict(a.label)
    for eu, lab in sorted(sink.end_users.items()):
        accs = sorted(x for x in sink.eu_accounts.get(eu, ()) if x in accounts)
        if not accs:
            continue
        d = {"account_ids": accs}
        d.update(lab)
        labels["end_users"][eu] = d
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=0, sort_keys=False)

    pop_acc, pop_ex, camp_acc, camp_ex = Counter(), Counter(), Counter(), Counter()
    for a in accounts.values():
        if a.label["label"] == "benign":
            pop_acc[a.label["population"]] += 1
            pop_ex[a.label["population"]] += a.n
        else:
            camp_acc[a.label["campaign_id"]] += 1
            camp_ex[a.label["campaign_id"]] += a.n
    eu_by_c = defaultdict(int)
    for eu, d in labels["end_users"].items():
        eu_by_c[d["campaign_id"]] += 1
    manifest = {
        "generator": "gen_s", "seed": args.seed, "week_start": fmt_any(W0), "week_end": fmt_any(W1),
        "new_model": "boreal-r2", "new_model_release": fmt_any(RELEASE),
        "exchanges": len(sink.rows), "accounts": len(accounts),
        "benign_accounts": sum(pop_acc.values()), "campaign_accounts": sum(camp_acc.values()),
        "benign_exchanges": sum(pop_ex.values()), "campaign_account_exchanges": sum(camp_ex.values()),
        "labelled_campaign_end_users": len(labels["end_users"]),
        "populations": {p: {"accounts": pop_acc[p], "exchanges": pop_ex[p]} for p in sorted(pop_acc)},
        "campaigns": {c: {"tactic": campaigns[c]["tactic"], "origin": campaigns[c]["origin"], "accounts": camp_acc[c],
                          "exchanges": camp_ex[c], "labelled_end_users": eu_by_c.get(c, 0), "summary": campaigns[c]["summary"]}
                      for c in campaigns},
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print(f"generated {len(sink.rows)} exchanges, {len(accounts)} accounts "
          f"({manifest['campaign_accounts']} campaign, {len(campaigns)} campaigns, {len(labels['end_users'])} campaign end users) "
          f"in {t1 - t0:.1f}s, written in {t2 - t1:.1f}s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
