#!/usr/bin/env python3
"""gen_q: labelled synthetic API traffic of a research-friendly model provider (one week, March 2028).

    python3 benchmarks/foreign/gen_q/gen.py --seed 139 --out /work/foreign/gen_q

Writes OUT/traffic.jsonl.gz (docs/formats.md section 1, time-ordered, gzip mtime 0) and OUT/labels.json
(section 4). Standard library only (orjson used when importable). Deterministic from --seed.
"""
import sys

sys.dont_write_bytecode = True
import argparse
import json
import os
import random
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import W                     # noqa: E402
from benign import build_benign          # noqa: E402
from campaigns import build_campaigns    # noqa: E402
from world import stable_hex             # noqa: E402


def default_data_dir():
    for cand in (os.environ.get("GEN_Q_DATA"), "/work/shared/data",
                 os.path.join(HERE, "..", "..", "..", "shared", "data"), os.path.join(HERE, "..", "..", "..", "..", "shared", "data")):
        if cand and os.path.isfile(os.path.join(cand, "extraction", "gsm8k_train.jsonl")):
            return cand
    return "/work/shared/data"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=139)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=None, help="folder of the shared corpora (default: shared/data)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    w = W(args.seed, args.data or default_data_dir(), args.out)
    build_benign(w)
    build_campaigns(w)
    # opaque account ids (hash of the internal key: no order or population leaks)
    seen = set()
    for a in w.accounts:
        a.id = "acct_" + stable_hex(args.seed, "acct", a.key, n=14)
        assert a.id not in seen
        seen.add(a.id)
    for a in w.accounts:
        a.rng = random.Random(f"{args.seed}/acct/{a.key}")
    for a in w.accounts:
        a.info["run"](w, a)
    for d in w.drivers:
        d(w)
    n = w.E.finish(os.path.join(args.out, "traffic.jsonl.gz"))
    # labels (only accounts that appear in the log)
    accounts = {}
    for a in sorted(w.accounts, key=lambda x: x.id):
        if a.n_ex:
            accounts[a.id] = a.label
    end_users = {}
    for eu in sorted(w.E.eu_campaign):
        lab = w.E.eu_campaign[eu]
        if lab["_acc"]:
            d = {"account_ids": sorted(lab["_acc"])}
            d.update({k: v for k, v in lab.items() if k != "_acc"})
            end_users[eu] = d
    labels = {"version": 1, "accounts": accounts, "end_users": end_users}
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=None, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    if not args.quiet:
        by = {}
        for a in w.accounts:
            if not a.n_ex:
                continue
            k = a.label.get("campaign_id") or a.label["population"]
            c = by.setdefault(k, [0, 0, a.label.get("tactic", "")])
            c[0] += 1
            c[1] += a.n_ex
        for k in sorted(by):
            print(f"{k:32s} {by[k][2]:30s} accounts={by[k][0]:5d} exchanges={by[k][1]:7d}")
        camp = sum(v[1] for k, v in by.items() if k.startswith("c-"))
        ca = sum(v[0] for k, v in by.items() if k.startswith("c-"))
        print(f"exchanges={n} accounts={len(accounts)} campaign_accounts={ca} ({ca / max(1, len(accounts)):.1%}) "
              f"campaign_exchanges={camp} ({camp / max(1, n):.1%}) campaign_end_users={len(end_users)} "
              f"status={dict(sorted(w.E.status_counts.items()))} time={time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
