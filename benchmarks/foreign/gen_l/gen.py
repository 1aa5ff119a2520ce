#!/usr/bin/env python3
"""gen_l: labelled synthetic API traffic for "Sahel & Maghreb AI" (one week from 2027-10-04).

    python3 benchmarks/foreign/gen_l/gen.py --seed 101 --out DIR [--scale 1.0] [--data shared/data]

Writes DIR/traffic.jsonl.gz (exchange log, docs/formats.md section 1) and DIR/labels.json (section 4),
and prints a summary table. Standard library only (orjson used if installed). Deterministic from the seed.
"""
import argparse
import collections
import json
import os
import random
import sys
import time

sys.dont_write_bytecode = True      # keep the checkout clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import content as K          # noqa: E402
import drive as D            # noqa: E402
import world as Wd           # noqa: E402


class World:
    def __init__(self, seed):
        rng = random.Random("%s:nets" % seed)
        self.nets = {n: Wd.Net(n, rng) for n in sorted(Wd.NETDEF)}
        self.routers = {}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies population sizes and volumes")
    ap.add_argument("--data", default=None, help="folder with the public corpora (benign/, extraction/, jailbreak/, harmful/)")
    ap.add_argument("--gzip-level", type=int, default=3)
    ap.add_argument("--quiet", action="store_true", help="print only the totals")
    a = ap.parse_args(argv)
    t_start = time.time()
    D.VOL = a.scale
    K.C = K.Corpora(K.find_data(a.data))
    import benign as B
    import campaigns as CP
    W = World(a.seed)
    S = Wd.Sink(a.seed)
    pop_info = {}
    for name, f, look, desc in B.POPS:
        rng = random.Random("%s:benign:%s" % (a.seed, name))
        f(W, S, rng, name)
        pop_info[name] = {"kind": "benign", "lookalike_of": list(look), "description": desc}
    camp_info = {}
    for cid, tactic, f, origin, look, desc in CP.CAMPS:
        rng = random.Random("%s:campaign:%s" % (a.seed, cid))
        f(W, S, rng, (cid, tactic))
        camp_info[cid] = {"tactic": tactic, "origin": origin, "benign_lookalikes": list(look), "description": desc,
                          "population": "%s_%s" % (cid.replace("-", ""), tactic)}
    t_gen = time.time()
    path = S.write(a.out, a.gzip_level)
    t_write = time.time()

    # labels -------------------------------------------------------------------------------
    accounts = {}
    dropped = 0
    for aid, ac in S.accounts.items():
        if ac.n == 0:
            dropped += 1
            continue
        if ac.label == "campaign":
            accounts[aid] = {"label": "campaign", "campaign_id": ac.campaign, "tactic": ac.tactic, "population": ac.pop,
                             "held_out": True}
        else:
            accounts[aid] = {"label": "benign", "campaign_id": None, "population": ac.pop}
    end_users = {}
    for eu, d in S.end_users.items():
        seen = S.eu_seen.get(eu)
        if not seen:
            continue
        d = dict(d); d["account_ids"] = sorted(seen)
        end_users[eu] = d
    labels = {"version": 1, "generator": "gen_l", "seed": a.seed, "world": "Sahel & Maghreb AI, week of 2027-10-04",
              "accounts": accounts, "end_users": end_users, "campaigns": camp_info, "populations": pop_info}
    with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)

    # summary ------------------------------------------------------------------------------
    ex_by_pop = collections.Counter(); ac_by_pop = collections.Counter()
    for ac in S.accounts.values():
        if ac.n:
            ex_by_pop[ac.pop] += ac.n; ac_by_pop[ac.pop] += 1
    eu_by_acct = collections.defaultdict(set)
    for eu, accs in S.eu_seen.items():
        for x in accs:
            eu_by_acct[x].add(eu)
    eu_by_pop = collections.defaultdict(set)
    for aid, eus in eu_by_acct.items():
        eu_by_pop[S.accounts[aid].pop] |= eus
    camp_eu = collections.Counter(d["campaign_id"] for d in end_users.values())
    camp_eu_ex = collections.Counter()
    for eu, d in end_users.items():
        camp_eu_ex[d["campaign_id"]] += S.eu_n.get(eu, 0)
    total_ex = len(S.rows)
    n_acc = len(accounts)
    n_camp = sum(1 for v in accounts.values() if v["label"] == "campaign")
    lines = []
    lines.append("gen_l  seed=%d  scale=%.2f  out=%s" % (a.seed, a.scale, path))
    lines.append("exchanges %d   accounts %d (campaign %d = %.1f%%)   end users %d (campaign %d)   generate %.1fs  write %.1fs" % (
        total_ex, n_acc, n_camp, 100.0 * n_camp / max(1, n_acc), len(S.eu_seen), len(end_users), t_gen - t_start, t_write - t_gen))
    lines.append("")
    lines.append("%-34s %-8s %8s %9s %9s" % ("population", "label", "accounts", "exchanges", "end_users"))
    for name, _, _, _ in B.POPS:
        lines.append("%-34s %-8s %8d %9d %9d" % (name, "benign", ac_by_pop[name], ex_by_pop[name], len(eu_by_pop.get(name, ()))))
    lines.append("")
    lines.append("%-6s %-32s %-8s %8s %9s %9s %9s" % ("camp", "tactic", "origin", "accounts", "exchanges", "end_users", "eu_exch"))
    for cid, info in camp_info.items():
        p = info["population"]
        lines.append("%-6s %-32s %-8s %8d %9d %9d %9d" % (cid, info["tactic"], info["origin"], ac_by_pop[p], ex_by_pop[p], camp_eu[cid], camp_eu_ex[cid]))
    ce = sum(ex_by_pop[i["population"]] for i in camp_info.values()) + sum(camp_eu_ex[c] for c in camp_info if not ex_by_pop[camp_info[c]["population"]])
    lines.append("campaign exchanges (accounts + end users inside benign relays): %d = %.1f%%" % (ce, 100.0 * ce / max(1, total_ex)))
    if dropped:
        lines.append("(%d accounts created with no exchange inside the week are left out of labels)" % dropped)
    print("\n".join(lines[:2] if a.quiet else lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
