#!/usr/bin/env python3
"""Validate a gen_f output folder: python check.py DIR"""
import calendar
import gzip
import sys
import time

import orjson


def parse_ts(s):
    return calendar.timegm(time.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")) + (float(s[19:-1]) if len(s) > 20 else 0.0)


def main(d):
    errs = []
    labels = orjson.loads(open(d + "/labels.json", "rb").read())
    assert labels.get("version") == 1
    L = labels["accounts"]
    EU = labels.get("end_users", {})
    ids, accts, eus = set(), {}, {}
    prev = None
    n = 0
    t_lo = calendar.timegm((2027, 4, 5, 0, 0, 0))
    t_rel = t_lo + 3 * 86400 + 15 * 3600
    early = 0
    with gzip.open(d + "/traffic.jsonl.gz", "rb") as f:
        for i, line in enumerate(f, 1):
            try:
                r = orjson.loads(line)
            except orjson.JSONDecodeError as e:
                errs.append("line %d: not JSON (%s)" % (i, e))
                continue
            n += 1
            if "ts" not in r or "account_id" not in r or ("messages" not in r and "prompt" not in r):
                errs.append("line %d: missing a required field" % i)
                continue
            t = parse_ts(r["ts"])
            if prev is not None and t < prev:
                errs.append("line %d: out of time order" % i)
            prev = t
            if not (t_lo <= t < t_lo + 7 * 86400):
                errs.append("line %d: ts outside the week" % i)
            if "account_created" in r and parse_ts(r["account_created"]) > t:
                early += 1
            if r.get("model") == "nubelia-razon-2" and t < t_rel:
                errs.append("line %d: new model used before release" % i)
            if r["id"] in ids:
                errs.append("line %d: duplicate id %s" % (i, r["id"]))
            ids.add(r["id"])
            accts[r["account_id"]] = accts.get(r["account_id"], 0) + 1
            if r.get("end_user") in EU:
                eus.setdefault(r["end_user"], set()).add(r["account_id"])
            if len(errs) > 50:
                break
    if early:
        errs.append("%d exchanges precede their account's creation" % early)
    if set(L) != set(accts):
        errs.append("labelled accounts != accounts in traffic (%d labelled, %d in traffic, %d unlabelled, %d absent)" % (
            len(L), len(accts), len(set(accts) - set(L)), len(set(L) - set(accts))))
    for a, lab in L.items():
        if lab["label"] == "campaign":
            if not (lab.get("campaign_id") and lab.get("tactic") and lab.get("held_out") is True):
                errs.append("campaign label incomplete for %s" % a)
        elif lab["label"] != "benign" or not lab.get("population"):
            errs.append("bad benign label for %s" % a)
    for u, lab in EU.items():
        if u not in eus:
            errs.append("labelled end user %s not in traffic" % u)
        elif not eus[u] <= set(lab["account_ids"]):
            errs.append("end user %s seen under unlisted accounts" % u)
    camp = {}
    for a, lab in L.items():
        if lab["label"] == "campaign":
            camp.setdefault((lab["campaign_id"], lab["tactic"]), 0)
            camp[(lab["campaign_id"], lab["tactic"])] += 1
    print("exchanges=%d unique_ids=%d accounts=%d labelled=%d campaign_accounts=%d campaign_end_users=%d" % (
        n, len(ids), len(accts), len(L), sum(camp.values()), len(EU)))
    for k, v in sorted(camp.items()):
        print("  %s %-30s %d accounts" % (k[0], k[1], v))
    if errs:
        print("FAIL")
        for e in errs[:50]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
