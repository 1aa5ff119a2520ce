#!/usr/bin/env python3
"""Validate a gen_n output folder against docs/formats.md sections 1 (exchange log) and 4 (labels),
and print counts per population and campaign.   usage: python3 check.py DIR"""
import collections
import gzip
import ipaddress
import json
import re
import sys

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STR_FIELDS = ["id", "org_id", "api_key_id", "end_user", "ip", "user_agent", "payment_fingerprint", "account_created", "model",
              "response", "reasoning", "conversation_id", "prompt"]


def fail(errors, msg):
    if len(errors) < 30:
        errors.append(msg)
    else:
        errors.append(None)


def check_exchange(rec, ln, errors):
    if not isinstance(rec, dict):
        return fail(errors, "line %d: not an object" % ln)
    ts = rec.get("ts")
    if not ((isinstance(ts, str) and RFC3339.match(ts)) or isinstance(ts, (int, float))):
        fail(errors, "line %d: bad ts %r" % (ln, ts))
    if not isinstance(rec.get("account_id"), str) or not rec["account_id"]:
        fail(errors, "line %d: account_id missing" % ln)
    if "messages" not in rec and "prompt" not in rec:
        fail(errors, "line %d: neither messages nor prompt" % ln)
    if "messages" in rec:
        ms = rec["messages"]
        if not isinstance(ms, list) or not ms:
            fail(errors, "line %d: messages not a non-empty list" % ln)
        else:
            for m in ms:
                if not isinstance(m, dict) or not isinstance(m.get("role"), str) or not isinstance(m.get("content"), (str, list)):
                    fail(errors, "line %d: bad message %r" % (ln, str(m)[:80]))
                    break
    for f in STR_FIELDS:
        if f in rec and not isinstance(rec[f], str):
            fail(errors, "line %d: %s not a string" % (ln, f))
    if "ip" in rec:
        try:
            ipaddress.ip_address(rec["ip"])
        except ValueError:
            fail(errors, "line %d: bad ip %r" % (ln, rec["ip"]))
    if "account_created" in rec and not RFC3339.match(rec["account_created"]):
        fail(errors, "line %d: bad account_created" % ln)
    if "params" in rec and not isinstance(rec["params"], dict):
        fail(errors, "line %d: params not an object" % ln)
    if "usage" in rec:
        us = rec["usage"]
        if not isinstance(us, dict) or any(not isinstance(us.get(k), int) for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
            fail(errors, "line %d: bad usage" % ln)
    if "status" in rec and not isinstance(rec["status"], int):
        fail(errors, "line %d: status not an integer" % ln)


def main(d):
    errors = []
    with open(d + "/labels.json", encoding="utf-8") as f:
        labels = json.load(f)
    if labels.get("version") != 1 or not isinstance(labels.get("accounts"), dict):
        fail(errors, "labels: version/accounts")
    accts = labels["accounts"]
    for aid, lab in accts.items():
        if lab.get("label") == "benign":
            if not lab.get("population"):
                fail(errors, "labels: %s benign without population" % aid)
        elif lab.get("label") == "campaign":
            if not lab.get("campaign_id") or not lab.get("tactic"):
                fail(errors, "labels: %s campaign without id/tactic" % aid)
            if "held_out" in lab and lab["held_out"] is not True:
                fail(errors, "labels: %s held_out not true" % aid)
        else:
            fail(errors, "labels: %s bad label" % aid)
    eus = labels.get("end_users", {})
    for uid, lab in eus.items():
        if lab.get("label") != "campaign" or not lab.get("campaign_id") or not lab.get("account_ids"):
            fail(errors, "labels: end user %s incomplete" % uid)
    seen_accts = set()
    ids = set()
    n = 0
    per_key = collections.Counter()
    eu_seen = collections.defaultdict(set)
    eu_per_acct = collections.defaultdict(set)
    statuses = collections.Counter()
    models = collections.Counter()
    last_ts = ""
    unordered = 0
    days = collections.Counter()
    with gzip.open(d + "/traffic.jsonl.gz", "rt", encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                fail(errors, "line %d: invalid JSON" % ln)
                continue
            n += 1
            check_exchange(rec, ln, errors)
            aid = rec.get("account_id")
            seen_accts.add(aid)
            if rec.get("id") in ids:
                fail(errors, "line %d: duplicate id" % ln)
            ids.add(rec.get("id"))
            lab = accts.get(aid)
            if lab is None:
                fail(errors, "line %d: account %s not labelled" % (ln, aid))
                continue
            eu = rec.get("end_user")
            if eu is not None:
                eu_per_acct[aid].add(eu)
            if eu is not None and eu in eus:
                eu_seen[eu].add(aid)
                per_key[eus[eu]["campaign_id"] + " (end users)"] += 1
                if lab["label"] == "benign":
                    per_key[lab["population"] + " (campaign end users)"] += 1
            else:
                per_key[lab.get("population") or lab.get("campaign_id")] += 1
            statuses[rec.get("status")] += 1
            models[rec.get("model")] += 1
            ts = rec["ts"]
            if ts < last_ts:
                unordered += 1
            last_ts = ts
            days[ts[:10]] += 1
    for aid in accts:
        if aid not in seen_accts:
            fail(errors, "labels: account %s has no exchanges" % aid)
    for uid, lab in eus.items():
        if uid not in eu_seen:
            fail(errors, "labels: end user %s has no exchanges" % uid)
        elif not eu_seen[uid] <= set(lab["account_ids"]):
            fail(errors, "labels: end user %s account_ids mismatch" % uid)
    if unordered:
        fail(errors, "traffic: %d lines out of time order" % unordered)
    pops = collections.Counter(v.get("population") for v in accts.values() if v["label"] == "benign")
    camps = collections.defaultdict(lambda: [0, "", False])
    for v in accts.values():
        if v["label"] == "campaign":
            c = camps[v["campaign_id"]]
            c[0] += 1
            c[1], c[2] = v["tactic"], v.get("held_out", False)
    eu_c = collections.Counter(v["campaign_id"] for v in eus.values())
    for v in eus.values():
        camps[v["campaign_id"]][1] = v["tactic"]
        camps[v["campaign_id"]][2] = v.get("held_out", False)
    print("exchanges %d | accounts %d (benign %d, campaign %d) | labelled campaign end users %d | relay accounts (>=20 end users) %d"
          % (n, len(accts), sum(pops.values()), sum(c[0] for c in camps.values()), len(eus),
             sum(1 for s in eu_per_acct.values() if len(s) >= 20)))
    print("end users seen %d | statuses %s" % (sum(len(s) for s in eu_per_acct.values()), dict(statuses.most_common())))
    print("models %s" % dict(models.most_common()))
    print("per day %s" % dict(sorted(days.items())))
    print("\n%-26s %9s %10s   (benign exchanges; a relay's labelled campaign end users are counted as campaign)" % (
        "population", "accounts", "exchanges"))
    for p, k in sorted(pops.items(), key=lambda x: -per_key[x[0]]):
        extra = per_key[p + " (campaign end users)"]
        print("%-26s %9d %10d%s" % (p, k, per_key[p], "   +%d campaign end-user exchanges" % extra if extra else ""))
    print("\n%-8s %-28s %8s %9s %9s %10s %12s" % ("campaign", "tactic", "held_out", "accounts", "end_users", "exchanges",
                                                  "of which EU"))
    tot = 0
    for c in sorted(camps):
        ex = per_key[c] + per_key[c + " (end users)"]
        tot += ex
        print("%-8s %-28s %8s %9d %9d %10d %12d" % (c, camps[c][1], "yes" if camps[c][2] else "", camps[c][0], eu_c[c], ex,
                                                     per_key[c + " (end users)"]))
    print("campaign exchanges (campaign accounts' traffic + labelled end users' traffic): %d of %d" % (tot, n))
    real = [e for e in errors if e]
    if real:
        print("\nERRORS (%d shown%s):" % (len(real), ", more suppressed" if None in errors else ""))
        for e in real:
            print("  " + e)
        return 1
    print("\nOK: traffic.jsonl.gz and labels.json conform to formats.md sections 1 and 4")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
