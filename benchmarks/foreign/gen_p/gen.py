#!/usr/bin/env python3
"""gen_p: labelled synthetic traffic of a hyperscaler-style model marketplace (Nimbus AI Marketplace reselling
Halcyon Labs models), week of Monday 2028-02-07 to Sunday 2028-02-13 UTC.

    python3 benchmarks/foreign/gen_p/gen.py --seed 137 --out /work/foreign/gen_p

Writes traffic.jsonl.gz (docs/formats.md section 1) and labels.json (section 4).  Standard library only
(orjson used when importable); deterministic from --seed, independent of PYTHONHASHSEED.
"""

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import benign  # noqa: E402
import campaigns  # noqa: E402
from corpus import Corpus  # noqa: E402
from world import World, sub_rng  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=137)
    ap.add_argument("--out", default="/work/foreign/gen_p")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    C = Corpus()
    W = World(args.seed, args.out)
    seed = args.seed

    routers = benign.routers(W, C, sub_rng(seed, "routers"))
    corps = benign.corporate_seats(W, C, sub_rng(seed, "corporate_seats"))
    for fn in benign.ALL:
        if fn is benign.corporate_seats:
            continue
        fn(W, C, sub_rng(seed, fn.__name__))
    for cid, tactic, fn, held_out, _src in campaigns.CAMPAIGNS:
        r = sub_rng(seed, cid)
        if fn is campaigns.router_partition:
            fn(W, C, r, routers, cid=cid, tactic=tactic)
        elif fn is campaigns.insider_seats:
            fn(W, C, r, corps["Meridian Bank"], cid=cid, tactic=tactic)
        else:
            fn(W, C, r, cid=cid, tactic=tactic)

    path = W.finish(args.out)
    live = [a for a in W.accounts if a.n > 0]          # an account with no exchange in the window is not in the log
    labels = {"version": 1, "accounts": {a.id: a.label for a in live}, "end_users": W.end_users}
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")
    if not args.quiet:
        tot_a = len(live)
        camp_a = sum(1 for a in live if a.label["label"] == "campaign")
        for g in W.group_counts:
            W.group_counts[g][0] = sum(1 for a in live if a.group == g)
        print("wrote %s: %d exchanges, %d accounts (%d campaign, %.1f%%), %d labelled campaign end users, %.1fs"
              % (path, W.n_ex, tot_a, camp_a, 100.0 * camp_a / tot_a, len(W.end_users), time.time() - t0))
        for g in sorted(W.group_counts):
            na, ne = W.group_counts[g]
            print("  %-45s accounts %5d  exchanges %7d" % (g, na, ne))


if __name__ == "__main__":
    main()
