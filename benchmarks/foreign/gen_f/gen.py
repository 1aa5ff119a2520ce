#!/usr/bin/env python3
"""gen_f: one labelled week of LLM-API traffic at a Latin-American / Southern-European cloud platform
with hidden model-distillation campaigns (all held out).

    python gen.py --seed 31 --out DIR      ->  DIR/traffic.jsonl.gz, DIR/labels.json
"""
import argparse
import gzip
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np       # noqa: E402
import orjson            # noqa: E402
from zlib import decompress as _unz  # noqa: E402

import campaigns as CP   # noqa: E402
import populations as P  # noqa: E402
from corpora import Corpora  # noqa: E402
from world import World  # noqa: E402

# benign population sizes (accounts; offices/orgs where noted)
BENIGN = [
    ("casual_chat", P.casual_chat, 1900),
    ("student_homework", P.student_homework, 650),
    ("university_course", P.university_course, 14),
    ("mooc_tutor_platform", P.mooc_tutor, 3),
    ("benchmark_eval_team", P.benchmark_eval, 22),
    ("llm_judge_pipeline", P.llm_judge, 25),
    ("translation_agency", P.translation_agency, 35),
    ("ecommerce_catalog", P.ecommerce_catalog, 70),
    ("support_bot", P.support_bot, 110),
    ("coding_agent", P.coding_agent, 260),
    ("data_labelling_vendor", P.data_labelling, 18),
    ("research_lab_probe", P.research_probe, 35),
    ("param_sweep_dev", P.param_sweep_dev, 220),
    ("coworking_nat", P.coworking_nat, 11),        # offices
    ("vpn_casual", P.vpn_casual, 200),
    ("hackathon_cohort", P.hackathon_cohort, 160),
    ("enterprise_batch", P.enterprise_batch, 6),   # organisations
    ("edtech_content", P.edtech_content, 12),
    ("jailbreak_tinkerer", P.jailbreak_tinkerer, 60),
]

CAMPAIGNS = [
    ("gf-c01", CP.hydra_multilingual_cot, 650),
    ("gf-c02", CP.release_day_pivot, 110),
    ("gf-c03", CP.pairwise_reward_harvest, 60),
    ("gf-c04", CP.trial_credit_thin_fleet, 1000),
    ("gf-c06", CP.aged_cover_trickle, 40),
    ("gf-c07", CP.agent_trajectory_farm, 140),
    ("gf-c08", CP.logprob_softlabel_harvest, 70),
    ("gf-c09", CP.partitioned_homework_mimic, 220),
    ("gf-c10", CP.translation_laundered_cot, 30),
]
RELAY_SMUGGLE = ("gf-c05", 380)   # end users inside benign reseller accounts


def build(seed, out):
    t0 = time.time()
    w = World(seed, Corpora())
    for name, fn, n in BENIGN:
        fn(w, n)
    relays = P.reseller_router(w, 6)
    for cid, fn, n in CAMPAIGNS:
        fn(w, cid, n)
    CP.relay_enduser_smuggle(w, RELAY_SMUGGLE[0], relays[:3], RELAY_SMUGGLE[1])
    t1 = time.time()
    # time order (ties broken by id)
    recs = w.recs
    order = sorted(range(len(recs)), key=lambda i: recs[i][0])
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "traffic.jsonl.gz")
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=4, mtime=0) as f:
        buf = []
        for k, i in enumerate(order):
            buf.append(_unz(recs[i][1]))
            if len(buf) >= 5000:
                f.write(b"\n".join(buf) + b"\n")
                buf = []
        if buf:
            f.write(b"\n".join(buf) + b"\n")
    n_rec = len(recs)
    del recs, order
    w.recs = []
    # only accounts that appear in the traffic are labelled
    accounts = {a: w.labels[a] for a in sorted(w.labels) if w.acct_n.get(a, 0) > 0}
    end_users = {u: w.end_users[u] for u in sorted(w.end_users) if w.eu_n.get(u, 0) > 0}
    with open(os.path.join(out, "labels.json"), "wb") as f:
        f.write(orjson.dumps({"version": 1, "accounts": accounts, "end_users": end_users}, option=orjson.OPT_INDENT_2))
    # summary
    summ = {}
    for a, lab in accounts.items():
        key = ("campaign", lab["campaign_id"], lab["tactic"]) if lab["label"] == "campaign" else ("benign", lab["population"], "")
        s = summ.setdefault(key, [0, 0])
        s[0] += 1
        s[1] += w.acct_n[a]
    for u, lab in end_users.items():
        key = ("campaign", lab["campaign_id"], lab["tactic"] + " (end users)")
        s = summ.setdefault(key, [0, 0])
        s[0] += 1
        s[1] += w.eu_n[u]
    with open(os.path.join(out, "summary.json"), "wb") as f:
        f.write(orjson.dumps({"seed": seed, "exchanges": n_rec, "accounts": len(accounts), "campaign_end_users": len(end_users),
                              "groups": [{"kind": k[0], "name": k[1], "tactic": k[2], "accounts_or_end_users": v[0], "exchanges": v[1]}
                                         for k, v in sorted(summ.items())],
                              "gen_seconds": round(t1 - t0, 1), "total_seconds": round(time.time() - t0, 1)}, option=orjson.OPT_INDENT_2))
    print("exchanges=%d accounts=%d campaign_end_users=%d gen=%.1fs total=%.1fs" % (n_rec, len(accounts), len(end_users), t1 - t0, time.time() - t0))
    for k, v in sorted(summ.items()):
        print("  %-8s %-24s %-34s %6d %8d" % (k[0], k[1], k[2], v[0], v[1]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    build(a.seed, a.out)


if __name__ == "__main__":
    main()
