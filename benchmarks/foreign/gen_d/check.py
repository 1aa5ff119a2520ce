#!/usr/bin/env python3
"""Validate a gen_d output folder and print the population / campaign tables (Markdown).

usage: check.py DIR [--features]
"""
import collections
import gzip
import os
import re
import statistics
import sys
from calendar import timegm

import orjson

REQ = ("ts", "account_id")
T0 = timegm((2027, 2, 8, 0, 0, 0))


def parse_ts(s):
    return timegm((int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]), int(s[17:19]))) + float("0" + s[19:-1])


def main():
    d = sys.argv[1]
    feats = "--features" in sys.argv
    labels = orjson.loads(open(os.path.join(d, "labels.json"), "rb").read())
    acc = labels["accounts"]
    eul = labels.get("end_users", {})
    grp = lambda aid: acc[aid].get("population") or acc[aid].get("campaign_id")
    n = bad = 0
    last = -1
    ex = collections.Counter()
    ex_eu = collections.Counter()
    accts = collections.defaultdict(set)
    eus = collections.defaultdict(set)
    seen = set()
    ids = set()
    F = collections.defaultdict(lambda: collections.defaultdict(list))
    per_acct = collections.defaultdict(lambda: {"n": 0, "ips": set(), "uas": set(), "models": collections.Counter(), "nonascii": 0, "cot": 0, "days": set()})
    cot = re.compile(r"step[- ]by[- ]step|reasoning|chain of thought|think aloud|show (all )?(your )?work|逐步|思考过程|推理|рассужд|шаг за шагом|paso a paso|razonamiento|passo a passo|단계|사고 과정|từng bước|suy luận|خطوة", re.I)
    with gzip.open(os.path.join(d, "traffic.jsonl.gz"), "rb") as f:
        for line in f:
            n += 1
            try:
                r = orjson.loads(line)
            except Exception:
                bad += 1
                continue
            if any(k not in r for k in REQ) or ("messages" not in r and "prompt" not in r):
                bad += 1
                continue
            t = parse_ts(r["ts"])
            assert t >= last, "not time ordered at line %d" % n
            last = t
            assert T0 <= t < T0 + 7 * 86400, r["ts"]
            assert r["id"] not in ids, "duplicate id"
            ids.add(r["id"])
            a = r["account_id"]
            assert a in acc, "unlabelled account %s" % a
            seen.add(a)
            g = grp(a)
            eu = r.get("end_user")
            if eu and eu in eul:
                g = eul[eu]["campaign_id"]
                ex_eu[g] += 1
                eus[g].add(eu)
            else:
                if eu:
                    eus[g].add(eu)
            ex[g] += 1
            accts[g].add(a)
            if feats:
                key = eu if (eu and eu in eul) else a
                p = per_acct[(g, key)]
                p["n"] += 1
                p["ips"].add(r.get("ip"))
                p["uas"].add(r.get("user_agent"))
                p["models"][r.get("model")] += 1
                p["days"].add(r["ts"][:10])
                msgs = r.get("messages") or [{"role": "user", "content": r.get("prompt", "")}]
                u = ""
                for m in reversed(msgs):
                    if m.get("role") == "user":
                        u = m["content"] if isinstance(m["content"], str) else " ".join(x.get("text", "") for x in m["content"])
                        break
                if not u.isascii():
                    p["nonascii"] += 1
                if cot.search(u):
                    p["cot"] += 1
    assert seen == set(acc), "labelled accounts without traffic: %d" % len(set(acc) - seen)
    for k, v in eul.items():
        assert v["label"] == "campaign" and v.get("held_out") is True
        for aid in v["account_ids"]:
            assert aid in acc and acc[aid]["label"] == "benign", aid
    print("lines %d, bad %d, accounts %d, labelled end users %d" % (n, bad, len(acc), len(eul)))
    camp = {g for g in ex if g.startswith("kc-")}
    tactic = {}
    for a, l in acc.items():
        if l["label"] == "campaign":
            tactic[l["campaign_id"]] = l["tactic"]
            assert l.get("held_out") is True
    for v in eul.values():
        tactic[v["campaign_id"]] = v["tactic"]
    print("\n| population | accounts | exchanges | end users |\n|---|---:|---:|---:|")
    tb = [0, 0, 0]
    for g in sorted(ex, key=lambda g: -ex[g]):
        if g in camp:
            continue
        print("| %s | %d | %d | %d |" % (g, len(accts[g]), ex[g], len(eus[g])))
        tb[0] += len(accts[g]); tb[1] += ex[g]; tb[2] += len(eus[g])
    print("| **benign total** | %d | %d | %d |" % tuple(tb))
    print("\n| campaign | tactic | accounts | end users | exchanges |\n|---|---|---:|---:|---:|")
    tc = [0, 0, 0]
    for g in sorted(camp):
        if g in ex_eu:
            print("| %s | %s | 0 (inside %d relay accounts) | %d | %d |" % (g, tactic[g], len(accts[g]), len(eus[g]), ex[g]))
            tc[1] += len(eus[g])
        else:
            print("| %s | %s | %d | 0 | %d |" % (g, tactic[g], len(accts[g]), ex[g]))
            tc[0] += len(accts[g])
        tc[2] += ex[g]
    print("| **campaign total** | | %d | %d | %d |" % tuple(tc))
    print("\ntotal exchanges %d, accounts %d" % (sum(ex.values()), len(acc)))
    if feats:
        G = collections.defaultdict(list)
        for (g, k), p in per_acct.items():
            G[g].append(p)
        print("\n%-24s %5s %7s %6s %6s %6s %6s %6s %6s" % ("group", "n", "med_ex", "p90ex", "ips", "uas", "days", "nonasc", "cot"))
        for g in sorted(G):
            ps = G[g]
            nn = [p["n"] for p in ps]
            print("%-24s %5d %7.0f %6.0f %6.1f %6.1f %6.1f %6.2f %6.2f" % (
                g, len(ps), statistics.median(nn), sorted(nn)[int(.9 * (len(nn) - 1))],
                statistics.mean(len(p["ips"]) for p in ps), statistics.mean(len(p["uas"]) for p in ps),
                statistics.mean(len(p["days"]) for p in ps), sum(p["nonascii"] for p in ps) / sum(nn), sum(p["cot"] for p in ps) / sum(nn)))


if __name__ == "__main__":
    main()
