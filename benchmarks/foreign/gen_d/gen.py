#!/usr/bin/env python3
"""Kestrel week generator (gen_d): one labelled week of LLM-API exchanges with hidden distillation campaigns.

usage: gen.py --seed N --out DIR [--scale X]
Reads corpora from $GEN_DATA or /work/shared/data. Writes DIR/traffic.jsonl.gz and DIR/labels.json.
"""
import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benign  # noqa: E402
import campaigns  # noqa: E402
from world import World  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies population sizes and volumes (default 1.0)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    data = os.environ.get("GEN_DATA") or "/work/shared/data"
    t0 = time.time()
    W = World(args.seed, data, args.scale, out_dir=args.out)

    def rng(name):
        return random.Random("%d/%s" % (args.seed, name))

    for f in benign.ALL:
        f(W, rng(f.__name__))
    reseller = benign.make_reseller(W, rng("reseller_accounts"))
    benign.pop_reseller(W, rng("pop_reseller"), reseller)
    for f in campaigns.ALL:
        f(W, rng(f.__name__))
    campaigns.camp_relay(W, rng("camp_relay"), reseller)
    W.write(args.out)
    if not args.quiet:
        report(W, time.time() - t0)


def report(W, secs):
    tot_a = tot_x = 0
    print("%-28s %8s %10s %10s" % ("group", "accounts", "exchanges", "end_users"))
    for g, s in W.stats.items():
        print("%-28s %8d %10d %10d" % (g, len(s["accounts"]), s["exchanges"], len(s["end_users"])))
        tot_x += s["exchanges"]
    tot_a = len(W.active)
    print("total accounts %d, exchanges %d (written %d), campaign end users %d, %.1fs" % (tot_a, tot_x, W.n_written, len(W.end_users), secs))


if __name__ == "__main__":
    main()
