#!/usr/bin/env python3
"""gen_u: one labelled week (2028-07-17 .. 2028-07-23) of LLM API traffic at a Gulf / North-East-African provider.

    python3 gen.py --seed 167 --out /work/foreign/gen_u

Writes traffic.jsonl.gz (formats.md §1), labels.json (formats.md §4) and manifest.json (counts per population
and campaign). Standard library + numpy + orjson only. Deterministic for a seed.
"""
import argparse
import gzip
import os
import sys
import time
from collections import defaultdict

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import orjson  # noqa: E402

import benign  # noqa: E402
import campaigns  # noqa: E402
from world import MODELS, R1, RELEASE, WEEK0, WEEK_END, World, iso  # noqa: E402


def _parse_iso(s):
    return time.mktime(time.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")) - time.timezone


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=167)
    ap.add_argument("--out", default="/work/foreign/gen_u")
    ap.add_argument("--level", type=int, default=9, help="gzip level")
    args = ap.parse_args(argv)
    t0 = time.time()
    W = World(args.seed)
    for f in benign.ALL:
        f(W)
    resellers = benign.api_reseller(W)
    campaigns.run_all(W, resellers)
    t1 = time.time()

    # identity sanity: no account used before its creation, every account seen
    used = {aid: a for aid, a in W.accounts.items() if a.n > 0}
    for aid, a in used.items():
        if _parse_iso(a.created) > a.first + 1e-6:
            raise SystemExit("account %s used before its creation (%s > %s)" % (aid, a.created, iso(a.first)))
    unused = [aid for aid, a in W.accounts.items() if a.n == 0]

    os.makedirs(args.out, exist_ok=True)
    W.recs.sort(key=lambda x: (x[0], x[1]))
    path = os.path.join(args.out, "traffic.jsonl.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="traffic.jsonl", mode="wb", fileobj=raw, compresslevel=args.level, mtime=0) as gz:
            buf = []
            for i, (_, _, b) in enumerate(W.recs):
                buf.append(b)
                if len(buf) >= 4096:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    t2 = time.time()

    labels = {"version": 1, "accounts": {}, "end_users": {}}
    for aid in sorted(used):
        labels["accounts"][aid] = W.labels[aid]
    eu_seen = {eu for eu in W.eu_labels if W.eu_ex.get(eu)}
    for eu in sorted(eu_seen):
        d = {"account_ids": sorted(W.eu_accts[eu])}
        d.update(W.eu_labels[eu])
        labels["end_users"][eu] = d
    with open(os.path.join(args.out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))

    # manifest
    pops = defaultdict(lambda: {"accounts": 0, "exchanges": 0, "end_users": 0})
    camps = {}
    for cid, c in W.campaigns.items():
        camps[cid] = {"tactic": c["tactic"], "origin": c["origin"], "held_out": True, "summary": c["summary"],
                      "accounts": 0, "exchanges": 0, "end_users": 0, "end_user_exchanges": 0}
    for aid in used:
        lab = W.labels[aid]
        if lab["label"] == "benign":
            p = pops[lab["population"]]
        else:
            p = camps[lab["campaign_id"]]
        p["accounts"] += 1
        p["exchanges"] += W.acct_ex[aid]
    for eu, accs in W.eu_accts.items():
        if eu in W.eu_labels:
            c = camps[W.eu_labels[eu]["campaign_id"]]
            c["end_users"] += 1
            c["end_user_exchanges"] += W.eu_ex[eu]
        else:
            a = W.accounts[sorted(accs)[0]]
            lab = W.labels[a.id]
            if lab["label"] == "benign":
                pops[lab["population"]]["end_users"] += 1
    for name, meta in W.populations.items():
        pops[name].update(meta)
    n_ex = len(W.recs)
    n_benign = sum(1 for aid in used if W.labels[aid]["label"] == "benign")
    manifest = {
        "generator": "gen_u", "version": 1, "seed": args.seed,
        "week": {"start": iso(WEEK0), "end": iso(WEEK_END)},
        "models": MODELS, "new_model": {"name": R1, "released": iso(RELEASE)},
        "totals": {"exchanges": n_ex, "accounts": len(used), "benign_accounts": n_benign, "campaign_accounts": len(used) - n_benign,
                   "campaign_account_share": round((len(used) - n_benign) / max(1, len(used)), 4),
                   "end_users": len(W.eu_ex), "campaign_end_users": len(eu_seen),
                   "campaign_exchanges": sum(c["exchanges"] for c in camps.values()),
                   "campaign_end_user_exchanges_in_benign_relays": sum(c["end_user_exchanges"] for cid, c in camps.items() if c["accounts"] == 0),
                   "populations": len(pops), "campaigns": len(camps)},
        "populations": {k: pops[k] for k in sorted(pops)},
        "campaigns": {k: camps[k] for k in sorted(camps)},
        "files": {"traffic": "traffic.jsonl.gz", "labels": "labels.json"},
        "unused_accounts_dropped": len(unused),
        "sources": ["/work/main/docs/formats.md", "/work/shared/DESIGN.md", "/work/shared/data/"],
    }
    with open(os.path.join(args.out, "manifest.json"), "wb") as f:
        f.write(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    print("exchanges %d, accounts %d (benign %d, campaign %d = %.1f%%), campaign end users %d; generate %.1fs, write %.1fs, %.1f MB" % (
        n_ex, len(used), n_benign, len(used) - n_benign, 100 * (len(used) - n_benign) / max(1, len(used)), len(eu_seen),
        t1 - t0, t2 - t1, os.path.getsize(path) / 1e6))


if __name__ == "__main__":
    main()
