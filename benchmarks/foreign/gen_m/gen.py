#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_m: labelled synthetic API traffic of a Japanese/Korean provider with North-American enterprise customers.

python3 benchmarks/foreign/gen_m/gen.py --seed 113 --out /work/foreign/gen_m
writes OUT/traffic.jsonl.gz (time-ordered exchanges, docs/formats.md section 1) and OUT/labels.json (section 4).
Standard library only (orjson used when installed).
"""
import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benign  # noqa: E402
import campaigns  # noqa: E402
import common  # noqa: E402
import content  # noqa: E402
import world as Wd  # noqa: E402
from emit import World  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=113)
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", default=None, help="comma-separated population/campaign names (debugging)")
    ap.add_argument("--level", type=int, default=4, help="gzip level")
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    W = World(args.seed, content.Corpora())
    common.shared_pools(W)
    only = set(args.only.split(",")) if args.only else None
    for name, (fn, desc, looks) in benign.POPS.items():
        if only and name not in only:
            continue
        n0 = len(W.lines)
        fn(W)
        W.populations[name] = {"description": desc, "looks_like": looks}
        print("  %-24s %7d exchanges  %.1fs" % (name, len(W.lines) - n0, time.time() - t0), file=sys.stderr)
    for cid, spec in campaigns.CAMPAIGNS.items():
        if only and spec["name"] not in only and cid not in only:
            continue
        n0 = len(W.lines)
        spec["fn"](W, cid, spec)
        print("  %-5s %-24s %7d exchanges  %.1fs" % (cid, spec["name"], len(W.lines) - n0, time.time() - t0), file=sys.stderr)
    lines = W.lines
    lines.sort(key=lambda x: (x[0], x[1]))
    path = os.path.join(args.out, "traffic.jsonl.gz")
    tmp = path + ".tmp"
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="traffic.jsonl", mode="wb", fileobj=raw, compresslevel=args.level, mtime=0) as gz:
            buf = []
            size = 0
            for _, b in lines:
                buf.append(b)
                size += len(b)
                if size > 1 << 22:
                    buf.append(b"")
                    gz.write(b"\n".join(buf))
                    buf, size = [], 0
            if buf:
                buf.append(b"")
                gz.write(b"\n".join(buf))
    os.replace(tmp, path)
    labels = build_labels(W)
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=False)
    ncamp = sum(1 for a in W.accounts.values() if a.label == "campaign")
    print("wrote %d exchanges, %d accounts (%d campaign), %d labelled end users in %.1fs (%d dropped: before account creation)" % (
        len(lines), len(W.accounts), ncamp, len(W.end_users), time.time() - t0, W.dropped), file=sys.stderr)


def build_labels(W):
    accts = {}
    for aid in sorted(W.accounts):
        a = W.accounts[aid]
        if a.n == 0:
            continue
        if a.label == "campaign":
            accts[aid] = {"label": "campaign", "campaign_id": a.group, "tactic": a.tactic, "held_out": True}
        else:
            accts[aid] = {"label": "benign", "population": a.group}
    eus = {}
    for eu in sorted(W.end_users):
        d = W.end_users[eu]
        eus[eu] = {"account_ids": sorted(d["account_ids"]), "label": "campaign", "campaign_id": d["campaign_id"], "tactic": d["tactic"],
                   "held_out": True}
    camps = {}
    for cid, spec in campaigns.CAMPAIGNS.items():
        members = [aid for aid, v in accts.items() if v.get("campaign_id") == cid]
        eu_members = [e for e, v in eus.items() if v["campaign_id"] == cid]
        if not members and not eu_members:
            continue
        camps[cid] = {"name": spec["name"], "tactic": spec["tactic"], "held_out": True, "difficulty": spec.get("difficulty"),
                      "accounts": len(members), "end_users": len(eu_members), "exchanges": W.group_stats.get(cid, [0, 0])[1] + W.group_stats.get(cid + ":eu", [0, 0])[1],
                      "description": spec["desc"], "tactics_detail": spec.get("detail", [])}
    pops = {}
    for name, d in W.populations.items():
        gs = W.group_stats.get(name, [0, 0])
        pops[name] = {"accounts": sum(1 for v in accts.values() if v.get("population") == name), "exchanges": gs[1],
                      "description": d["description"], "hard_negative_for": d["looks_like"] or None}
    return {"version": 1, "generator": "gen_m", "seed": W.seed,
            "world": {"provider": "Tsukimi AI (Tokyo/Seoul), OpenAI-compatible chat API", "start": "2027-11-01T00:00:00Z", "end": "2027-11-08T00:00:00Z",
                      "new_model": {"name": "tsuki-r2", "released": Wd.ts_str(Wd.R2_RELEASE)},
                      "notes": ["2027-11-03 is Culture Day (national holiday) in Japan", "US daylight saving time ends 2027-11-07"]},
            "accounts": accts, "end_users": eus, "campaigns": camps, "populations": pops}


if __name__ == "__main__":
    main()
