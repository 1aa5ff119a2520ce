#!/usr/bin/env python3
"""gen_g: one week of traffic of an East-African and Gulf inference provider, with labels.

usage: gen.py --seed N --out DIR
writes DIR/traffic.jsonl.gz (exchange-log JSONL), DIR/labels.json, DIR/gen_summary.json
"""
import argparse
import gzip
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import orjson  # noqa: E402

from benign import POPULATIONS  # noqa: E402
from campaigns import CAMPAIGNS  # noqa: E402
from text import Corpora  # noqa: E402
from world import World  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0, help="volume multiplier (1.0 = the intended week)")
    args = ap.parse_args(argv)
    t_start = time.time()
    os.makedirs(args.out, exist_ok=True)
    corp = Corpora()
    w = World(random.Random(f"{args.seed}:world"), corp)
    for name, fn, n, vol in POPULATIONS:
        fn(w, random.Random(f"{args.seed}:pop:{name}"), n, vol * args.scale)
    for cid, name, fn, n, vol in CAMPAIGNS:
        fn(w, random.Random(f"{args.seed}:camp:{name}"), cid, n, vol * args.scale)

    n_rows = len(w.rows)
    with open(os.path.join(args.out, "traffic.jsonl.gz"), "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=3, mtime=0) as f:
        for rows in w.rows.hours():
            if rows:
                f.write(b"\n".join(d for _, d in rows) + b"\n")

    accounts = {}
    for a in w.accounts:
        if a.n == 0:
            continue
        lab = a.label
        if lab["label"] == "benign":
            accounts[a.id] = {"label": "benign", "population": lab["population"]}
        else:
            accounts[a.id] = {"label": "campaign", "campaign_id": lab["campaign_id"], "tactic": lab["tactic"], "held_out": True}
    # only end users that actually appear
    labels = {"version": 1, "accounts": accounts, "end_users": dict(sorted(w.end_users.items()))}
    with open(os.path.join(args.out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))

    groups = {}
    for g, (accs, ex) in w.stats.items():
        groups[g] = {"exchanges": ex, "accounts_touched": len(accs)}
    summary = {"seed": args.seed, "exchanges": n_rows, "accounts": len(accounts),
               "seconds": round(time.time() - t_start, 1), "groups": groups}
    with open(os.path.join(args.out, "gen_summary.json"), "wb") as f:
        f.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2))
    print(f"wrote {n_rows} exchanges, {len(accounts)} accounts, {len(w.end_users)} labelled end users "
          f"in {time.time() - t_start:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
