#!/usr/bin/env python
"""Sagar AI synthetic week: benign populations + hidden distillation campaigns.

    python gen.py --seed N --out OUT [--scale S]

Writes OUT/traffic.jsonl.gz (exchange log, formats.md §1, sorted by time), OUT/labels.json (§4)
and OUT/gen_summary.json.  Same bytes for the same seed and scale.  Corpora are read from
/work/shared/data unless GEN_H_DATA points elsewhere.  Standard library + numpy + orjson only."""
import argparse
import gzip
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import orjson  # noqa: E402

import benign  # noqa: E402
import benign2  # noqa: E402
import campaigns  # noqa: E402
from core import Emitter, Net, WEEK_START, MODELS, RELEASE_S, iso, rng_for  # noqa: E402
from corpora import Corpora  # noqa: E402


class Ctx:
    def __init__(self, seed, scale, C):
        self.seed = seed
        self.scale = scale
        self.C = C
        self.net = Net(seed)
        self.em = Emitter()

    def n(self, x):
        return max(1, int(round(x * self.scale)))


BENIGN = [benign.pop_consumer, benign.pop_campus, benign.pop_coaching, benign.pop_eval, benign.pop_synth, benign.pop_bpo,
          benign.pop_translation, benign.pop_coding, benign2.pop_hackathon, benign2.pop_redteam, benign2.pop_enterprise,
          benign2.pop_bots, benign2.pop_trials, benign2.pop_govt, benign2.pop_reasoners, benign2.pop_content, benign2.pop_edtech,
          benign2.pop_researchers, benign2.pop_migration, benign2.pop_legal, benign2.pop_agri, benign2.pop_news, benign2.pop_quiz]


def generate(seed, scale=1.0, out=None, verbose=True):
    t0 = time.time()
    C = Corpora()
    ctx = Ctx(seed, scale, C)
    for f in BENIGN:
        f(ctx)
        if verbose:
            print("  %-28s %8d rows  %5.1fs" % (f.__name__, len(ctx.em.rows), time.time() - t0), file=sys.stderr)
    routers = benign2.reseller_accounts(ctx, rng_for(seed, "reseller_routers"))
    benign2.pop_resellers(ctx, routers)
    for f in campaigns.ALL[:3]:
        f(ctx)
    campaigns.c04(ctx, routers)
    for f in campaigns.ALL[3:]:
        f(ctx)
        if verbose:
            print("  %-28s %8d rows  %5.1fs" % (f.__name__, len(ctx.em.rows), time.time() - t0), file=sys.stderr)
    em = ctx.em
    em.rows.sort(key=lambda r: (r[0], r[1]))
    if out:
        write(out, ctx, seed, scale)
    if verbose:
        print("done: %d exchanges, %d accounts in %.1fs" % (len(em.rows), len(em.accounts), time.time() - t0), file=sys.stderr)
    return ctx


def write(out, ctx, seed, scale):
    os.makedirs(out, exist_ok=True)
    em = ctx.em
    path = os.path.join(out, "traffic.jsonl.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=3, mtime=0) as gz:
            buf = []
            for _, _, b in em.rows:
                buf.append(b)
                if len(buf) >= 4000:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    labels = {"version": 1, "accounts": {k: em.accounts[k] for k in sorted(em.accounts)}}
    if em.end_users:
        labels["end_users"] = {k: em.end_users[k] for k in sorted(em.end_users)}
    with open(os.path.join(out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))
    # summary
    groups = {}
    for aid, lab in em.accounts.items():
        g = lab.get("population") or lab.get("campaign_id")
        groups.setdefault(g, {"accounts": 0})
        groups[g]["accounts"] += 1
    pops, camps = {}, {}
    for g, c in sorted(em.counts.items()):
        if g in campaigns.CAMPAIGNS:
            continue
        pops[g] = {"accounts": groups.get(g, {}).get("accounts", 0), "exchanges": c}
    for cid in sorted(campaigns.CAMPAIGNS):
        info = campaigns.CAMPAIGNS[cid]
        eus = sum(1 for v in em.end_users.values() if v["campaign_id"] == cid)
        camps[cid] = {"tactic": info["tactic"], "own_tactic": info["tactic"] in campaigns.OWN_TACTICS,
                      "accounts": groups.get(cid, {}).get("accounts", 0), "end_users": eus,
                      "exchanges": em.counts.get(cid, 0), "what": info["desc"]}
    nb = sum(1 for v in em.accounts.values() if v["label"] == "benign")
    nc = sum(1 for v in em.accounts.values() if v["label"] == "campaign")
    summ = {"generator": "gen_h (Sagar AI)", "seed": seed, "scale": scale,
            "week_start": WEEK_START.strftime("%Y-%m-%dT%H:%M:%SZ"), "new_model_release": iso(RELEASE_S), "models": MODELS,
            "exchanges": len(em.rows), "accounts": len(em.accounts), "benign_accounts": nb, "campaign_accounts": nc,
            "campaign_end_users": len(em.end_users), "campaign_identities": nc + len(em.end_users),
            "benign_exchanges": sum(v["exchanges"] for v in pops.values()),
            "campaign_exchanges": sum(v["exchanges"] for v in camps.values()),
            "populations": pops, "campaigns": camps}
    with open(os.path.join(out, "gen_summary.json"), "wb") as f:
        f.write(orjson.dumps(summ, option=orjson.OPT_INDENT_2))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    generate(a.seed, a.scale, a.out, verbose=not a.quiet)


if __name__ == "__main__":
    main()
