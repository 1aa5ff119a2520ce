#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lianhe API: one labelled week (2027-03-01 .. 2027-03-08, UTC+8) of an Asian LLM-API aggregator's exchange log,
with distillation campaigns hidden among its customers.

    gen.py --seed N --out DIR [--scale X]

Writes DIR/traffic.jsonl.gz (docs/formats.md section 1, time-ordered, `ts` in Unix seconds) and DIR/labels.json
(section 4). Corpora come from $GEN_DATA or /work/shared/data. Standard library + numpy + orjson only.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import os
import sys
import time

import numpy as np
import orjson

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # leave no __pycache__ next to the generator

import campaigns as CP  # noqa: E402
import core as C  # noqa: E402
import populations as P  # noqa: E402
import world as W  # noqa: E402

BENIGN_PLAN = [
    (P.pop_trial, 850), (P.pop_student, 600), (P.pop_prosumer, 480), (lambda ctx, n: P.pop_prosumer(ctx, n, "vpn_crossborder", True), 200),
    (P.pop_plugin_translation, 240), (P.pop_app_dev, 300), (P.pop_coding_agent, 220), (P.pop_enterprise, 28), (P.pop_chatbot_app, 34),
    (P.pop_customer_service, 38), (P.pop_ecommerce, 55), (P.pop_game, 20), (P.pop_edu_app, 26), (P.pop_exam_tutor, 24),
    (P.pop_cram_school, 12), (P.pop_eval_lab, 8), (P.pop_annotation, 14), (P.pop_agency, 18), (P.pop_rag, 45), (P.pop_marketing, 50),
    (P.pop_jailbreak, 70), (P.pop_monitor, 18), (P.pop_autocomplete, 26),
]


def assign_ids(ctx, rnd):
    t0 = W.ts_of(2024, 5, 20)
    accts = sorted(ctx.accounts, key=lambda a: (a.created, a.key))
    last = 100000
    for a in accts:
        base = 100000 + int((a.created - t0) / 86400 * 340)
        nxt = max(last + 1, base + rnd.randint(0, 3))
        a.id = "lh-%d" % nxt
        last = nxt


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    t_start = time.time()
    data = os.environ.get("GEN_DATA") or "/work/shared/data"
    corp = C.Corpora(data)
    ctx = C.Ctx(args.seed, corp, args.scale)

    for fn, n in BENIGN_PLAN:
        fn(ctx, n)
    relays = P.pop_sub_reseller(ctx, 9)
    CP.camp_hydra(ctx)
    CP.camp_trial_farm(ctx)
    CP.camp_relay_judge(ctx, relays)
    CP.camp_edu_front(ctx)
    CP.camp_polyglot(ctx)
    CP.camp_rm_sloppy(ctx)
    CP.camp_release_delta(ctx)
    CP.camp_logprob(ctx)
    CP.camp_persona(ctx)

    assign_ids(ctx, ctx.rnd("ids"))
    for name, job in ctx.jobs:
        job()

    sink = ctx.sink
    ts = np.asarray(sink.ts, dtype=np.float64)
    order = np.argsort(ts, kind="stable")
    os.makedirs(args.out, exist_ok=True)
    tmp = os.path.join(args.out, "traffic.jsonl.gz.tmp")
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="traffic.jsonl", mode="wb", fileobj=raw, compresslevel=4, mtime=0) as gz:
            buf = []
            for i in order.tolist():
                buf.append(sink.row(i))
                if len(buf) >= 20000:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    os.replace(tmp, os.path.join(args.out, "traffic.jsonl.gz"))

    # labels: every account that appears in the traffic
    labels = {"version": 1, "accounts": {}, "end_users": {}}
    for a in sorted(ctx.accounts, key=lambda a: a.id):
        if sink.per_account.get(a.id):
            labels["accounts"][a.id] = dict(a.label)
    for cid, c in ctx.campaigns.items():
        if c.get("eu_from_accounts"):
            ids = {a.id for a in c["accounts"]}
            for (aid, eu), cnt in sink.per_eu.items():
                if aid in ids:
                    e = labels["end_users"].setdefault(eu, {"account_ids": [], "label": "campaign", "campaign_id": cid, "tactic": c["tactic"], "held_out": True})
                    e["account_ids"].append(aid)
    for eu, lab in ctx.end_user_labels.items():
        labels["end_users"][eu] = lab
    for e in labels["end_users"].values():
        e["account_ids"] = sorted(set(e["account_ids"]))
    labels["end_users"] = dict(sorted(labels["end_users"].items()))
    with open(os.path.join(args.out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))

    if not args.quiet:
        summarize(ctx, labels, time.time() - t_start)


def summarize(ctx, labels, secs):
    sink = ctx.sink
    pops = collections.OrderedDict()
    eu_by_acct = collections.Counter()
    for (aid, eu), _ in sink.per_eu.items():
        eu_by_acct[aid] += 1
    camp_eu = collections.Counter()
    camp_eu_ex = collections.Counter()
    for eu, lab in labels["end_users"].items():
        camp_eu[lab["campaign_id"]] += 1
        for aid in lab["account_ids"]:
            camp_eu_ex[lab["campaign_id"]] += sink.per_eu.get((aid, eu), 0)
    for aid, lab in labels["accounts"].items():
        key = lab.get("population") or f'{lab["campaign_id"]} {lab["tactic"]}'
        p = pops.setdefault(key, [0, 0, 0])
        p[0] += 1
        p[1] += sink.per_account.get(aid, 0)
        p[2] += eu_by_acct.get(aid, 0)
    print(f"exchanges {len(sink)}  accounts {len(labels['accounts'])}  campaign end users {len(labels['end_users'])}  ({secs:.1f}s)")
    for k in sorted(pops, key=lambda k: (k.startswith("c-"), k)):
        a, e, u = pops[k]
        print(f"  {k:40s} accounts {a:6d}  exchanges {e:7d}  end_users {u:6d}")
    for cid in sorted(camp_eu):
        print(f"  {cid} end users {camp_eu[cid]} exchanges {camp_eu_ex[cid]}")


if __name__ == "__main__":
    main()
