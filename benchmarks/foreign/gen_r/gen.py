#!/usr/bin/env python3
"""gen_r: labelled synthetic traffic of a Latin-American / Iberian LLM API provider (one week from 2028-04-03).

usage: python3 gen.py --seed 149 --out DIR   ->  DIR/traffic.jsonl.gz, DIR/labels.json, DIR/manifest.json
Standard library only (orjson used when importable). Deterministic for a seed.
"""
import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from world import World, iso, START, END, RELEASE  # noqa: E402
import benign  # noqa: E402
import campaigns  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=149)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=None, help="shared data folder (default /work/shared/data or $GEN_R_DATA)")
    args = ap.parse_args(argv)
    if args.data:
        os.environ["GEN_R_DATA"] = args.data
        import text
        text.DATA = args.data
    t0 = time.time()
    campaigns.CAMPAIGNS.clear()
    W = World(args.seed)
    routers = benign.all_benign(W)
    camps = campaigns.all_campaigns(W, routers)
    W.recs.sort(key=lambda x: (x[0], x[1]))
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "traffic.jsonl.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="traffic.jsonl", mode="wb", fileobj=raw, compresslevel=5, mtime=0) as gz:
            buf = []
            for _, _, b in W.recs:
                buf.append(b)
                if len(buf) >= 5000:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    seen = set()
    # accounts that never sent a request (possible when a late signup got no slot) are dropped from labels
    for _, _, b in W.recs:
        i = b.find(b'"account_id":"') + 14
        seen.add(b[i:b.index(b'"', i)].decode())
    for eu, v in W.end_users.items():
        v["account_ids"] = sorted(W.eu_accounts.get(eu, ()))
    W.end_users = {k: v for k, v in W.end_users.items() if v["account_ids"]}
    labels = {"version": 1,
              "accounts": {k: v for k, v in sorted(W.labels.items()) if k in seen},
              "end_users": dict(sorted(W.end_users.items()))}
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=0)
    counts = {}
    for k, v in labels["accounts"].items():
        key = v.get("campaign_id") or v["population"]
        counts[key] = counts.get(key, 0) + 1
    manifest = {"generator": "gen_r", "seed": args.seed, "start": iso(START), "end": iso(END), "new_model": "quetzal-r2",
                "new_model_release": iso(RELEASE), "exchanges": len(W.recs), "accounts": len(labels["accounts"]),
                "campaign_accounts": sum(1 for v in labels["accounts"].values() if v["label"] == "campaign"),
                "campaign_end_users": len(labels["end_users"]),
                "campaigns": [dict(c, accounts=counts.get(c["campaign_id"], 0),
                                   end_users=sum(1 for e in labels["end_users"].values() if e["campaign_id"] == c["campaign_id"])) for c in camps],
                "populations": {k: v for k, v in sorted(counts.items()) if not k.startswith("camp-")}}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print(json.dumps({k: manifest[k] for k in ("exchanges", "accounts", "campaign_accounts", "campaign_end_users")}),
          f"in {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
