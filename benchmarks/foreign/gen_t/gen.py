#!/usr/bin/env python3
"""Generate one labelled week of LLM API traffic (blind benchmark "gen_t").

    python gen.py --seed 163 --out /work/foreign/gen_t

Writes traffic.jsonl.gz (formats.md section 1), labels.json (section 4, v1) and
manifest.json (counts per population and campaign).
"""
import argparse
import gzip
import os
import sys
import time

import orjson

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benign  # noqa: E402
import campaigns  # noqa: E402
from common import MODELS, RELEASE, T0, T1, World, iso_s  # noqa: E402
from text import Corpora  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=163)
    ap.add_argument("--out", default="/work/foreign/gen_t")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply population sizes (tests)")
    args = ap.parse_args()
    t_start = time.time()
    C = Corpora(args.data)
    w = World(args.seed, C)
    S = args.scale
    for f in benign.ALL:
        f(w, S)
    for f in campaigns.ALL:
        f(w, S)
    os.makedirs(args.out, exist_ok=True)
    w.recs.sort()
    path = os.path.join(args.out, "traffic.jsonl.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=5, mtime=0) as gz:
            buf = []
            for _, b in w.recs:
                buf.append(b)
                if len(buf) >= 5000:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")

    accounts = {k: w.labels[k] for k in sorted(w.labels)}
    end_users = {}
    for eu in sorted(w.eu_labels):
        if eu in w.eu_accts:
            end_users[eu] = dict(account_ids=sorted(w.eu_accts[eu]), **w.eu_labels[eu])
    labels = {"version": 1, "accounts": accounts, "end_users": end_users}
    with open(os.path.join(args.out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))

    pops, camps = {}, {}
    for a in w.accounts.values():
        lab = w.labels[a.id]
        if lab["label"] == "benign":
            d = pops.setdefault(lab["population"], {"accounts": 0})
        else:
            d = camps.setdefault(lab["campaign_id"], {"accounts": 0})
        d["accounts"] += 1
    for cid in w.eu_labels.values():
        camps.setdefault(cid["campaign_id"], {"accounts": 0})
    for p, d in pops.items():
        d["exchanges"] = w.group_ex[p]
        d["end_users"] = len(w.group_eus[p])
        d["summary"] = benign.SUMMARY[p]
    for c, d in camps.items():
        d["exchanges"] = w.group_ex[c]
        d["end_users"] = sum(1 for e in end_users.values() if e["campaign_id"] == c)
        d.update(campaigns.META[c])
    n_acc = len(accounts)
    n_camp = sum(1 for v in accounts.values() if v["label"] == "campaign")
    manifest = {
        "generator": "gen_t", "seed": args.seed, "week_start": iso_s(T0), "week_end": iso_s(T1),
        "provider": "Lir Labs (UK and Ireland)", "models": MODELS,
        "new_model": {"model": MODELS[-1], "released": iso_s(RELEASE)},
        "counts": {"exchanges": len(w.recs), "accounts": n_acc, "benign_accounts": n_acc - n_camp,
                   "campaign_accounts": n_camp, "campaign_account_share": round(n_camp / n_acc, 4),
                   "campaign_end_users": len(end_users),
                   "campaign_exchanges": sum(d["exchanges"] for d in camps.values()),
                   "populations": len(pops), "campaigns": len(camps)},
        "populations": {k: pops[k] for k in sorted(pops)},
        "campaigns": {k: camps[k] for k in sorted(camps)},
    }
    with open(os.path.join(args.out, "manifest.json"), "wb") as f:
        f.write(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    print("exchanges=%d accounts=%d benign=%d campaign=%d (%.1f%%) campaign_end_users=%d  %.1fs" % (
        len(w.recs), n_acc, n_acc - n_camp, n_camp, 100.0 * n_camp / n_acc, len(end_users), time.time() - t_start))


if __name__ == "__main__":
    main()
