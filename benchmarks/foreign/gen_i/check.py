#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate a gen_i output folder against docs/formats.md (sections 1 and 4) and print per-group counts.

    check.py OUT

Exit status 0 when no errors were found (warnings do not fail the check).
"""
import gzip
import ipaddress
import os
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone

import orjson

PARAM_TYPES = {
    "temperature": (int, float), "top_p": (int, float), "max_tokens": int, "n": int, "logprobs": bool,
    "top_logprobs": int, "seed": int, "stream": bool, "reasoning_effort": str, "tools": list,
    "response_format": dict, "tool_choice": (str, dict),
}
STR_FIELDS = ("id", "org_id", "api_key_id", "end_user", "user_agent", "payment_fingerprint", "model", "response",
              "reasoning", "conversation_id")
BANNED = ("distill", "training data")


def parse_ts(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if not isinstance(v, str):
        raise ValueError("ts type")
    d = datetime.fromisoformat(v.replace("Z", "+00:00"))
    if d.tzinfo is None:
        raise ValueError("no timezone")
    return d.timestamp()


def main(out):
    errors = []
    warns = []

    def err(msg):
        if len(errors) < 50:
            errors.append(msg)
        else:
            errors.append(None)

    with open(os.path.join(out, "labels.json"), "rb") as f:
        lab = orjson.loads(f.read())
    if lab.get("version") != 1 or not isinstance(lab.get("accounts"), dict):
        err("labels.json: version must be 1 and accounts an object")
    accts = lab.get("accounts", {})
    for aid, v in accts.items():
        if v.get("label") == "benign":
            if not isinstance(v.get("population"), str):
                err("label %s: benign without population" % aid)
        elif v.get("label") == "campaign":
            if not (isinstance(v.get("campaign_id"), str) and isinstance(v.get("tactic"), str) and v.get("held_out") is True):
                err("label %s: campaign needs campaign_id, tactic, held_out: true" % aid)
        else:
            err("label %s: label must be benign or campaign" % aid)
    eus = lab.get("end_users", {}) or {}
    for eu, v in eus.items():
        if not (isinstance(v.get("account_ids"), list) and v["account_ids"] and v.get("label") == "campaign"
                and isinstance(v.get("campaign_id"), str) and isinstance(v.get("tactic"), str) and v.get("held_out") is True):
            err("end user %s: needs account_ids, label campaign, campaign_id, tactic, held_out" % eu)
        for a in v.get("account_ids", []):
            if a not in accts:
                err("end user %s: account %s not labelled" % (eu, a))

    def group(aid):
        v = accts.get(aid)
        if not v:
            return "?"
        return v.get("population") or v.get("campaign_id")

    n = 0
    seen_ids = set()
    prev = None
    per_acct = Counter()
    created = {}
    org = {}
    g_ex = Counter()
    g_eu = defaultdict(set)
    eu_pairs = defaultdict(set)
    eu_ex = Counter()
    models = Counter()
    status = Counter()
    days = Counter()
    fields = Counter()
    new_before = 0
    banned_hits = 0
    t_min, t_max = None, None
    release = datetime(2027, 7, 7, 9, tzinfo=timezone.utc).timestamp()
    path = os.path.join(out, "traffic.jsonl.gz")
    with gzip.open(path, "rb") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                r = orjson.loads(line)
            except orjson.JSONDecodeError as e:
                err("line %d: invalid JSON (%s)" % (ln, e))
                continue
            if not isinstance(r, dict):
                err("line %d: not an object" % ln)
                continue
            for k in r:
                fields[k] += 1
            try:
                t = parse_ts(r.get("ts"))
            except Exception as e:  # noqa: BLE001
                err("line %d: bad ts %r (%s)" % (ln, r.get("ts"), e))
                continue
            aid = r.get("account_id")
            if not isinstance(aid, str) or not aid:
                err("line %d: account_id missing" % ln)
                continue
            msgs = r.get("messages")
            if msgs is None and not isinstance(r.get("prompt"), str):
                err("line %d: needs messages or prompt" % ln)
            if msgs is not None:
                if not isinstance(msgs, list) or not msgs:
                    err("line %d: messages must be a non-empty list" % ln)
                else:
                    for m in msgs:
                        if not isinstance(m, dict) or not isinstance(m.get("role"), str) or \
                                not isinstance(m.get("content"), (str, list)):
                            err("line %d: bad message %r" % (ln, str(m)[:80]))
                            break
            for k in STR_FIELDS:
                if k in r and not isinstance(r[k], str):
                    err("line %d: %s must be a string" % (ln, k))
            if "ip" in r:
                try:
                    ipaddress.ip_address(r["ip"])
                except ValueError:
                    err("line %d: bad ip %r" % (ln, r["ip"]))
            if "account_created" in r:
                try:
                    c = parse_ts(r["account_created"])
                    if c > t:
                        err("line %d: account_created after ts" % ln)
                    if created.setdefault(aid, r["account_created"]) != r["account_created"]:
                        err("line %d: account_created changes for %s" % (ln, aid))
                except Exception:  # noqa: BLE001
                    err("line %d: bad account_created" % ln)
            if "org_id" in r and org.setdefault(aid, r["org_id"]) != r["org_id"]:
                err("line %d: org_id changes for %s" % (ln, aid))
            p = r.get("params")
            if p is not None:
                if not isinstance(p, dict):
                    err("line %d: params must be an object" % ln)
                else:
                    for k, v in p.items():
                        ty = PARAM_TYPES.get(k)
                        if ty and (not isinstance(v, ty) or (ty is int and isinstance(v, bool))):
                            err("line %d: params.%s has type %s" % (ln, k, type(v).__name__))
                    if p.get("reasoning_effort") not in (None, "low", "medium", "high"):
                        err("line %d: reasoning_effort %r" % (ln, p.get("reasoning_effort")))
            u = r.get("usage")
            if u is not None and (not isinstance(u, dict) or not all(isinstance(x, int) for x in u.values())):
                err("line %d: usage must hold integers" % ln)
            if "status" in r and not isinstance(r["status"], int):
                err("line %d: status must be an integer" % ln)
            key = (r.get("ts"), r.get("id", ""))
            if prev is not None and key < prev:
                err("line %d: rows not sorted by (ts, id)" % ln)
            prev = key
            rid = r.get("id")
            if rid in seen_ids:
                err("line %d: duplicate id %s" % (ln, rid))
            seen_ids.add(rid)
            t_min = t if t_min is None else min(t_min, t)
            t_max = t if t_max is None else max(t_max, t)
            per_acct[aid] += 1
            g = group(aid)
            g_ex[g] += 1
            eu = r.get("end_user")
            if eu:
                g_eu[g].add(eu)
                eu_pairs[eu].add(aid)
                if eu in eus:
                    eu_ex[eus[eu]["campaign_id"]] += 1
            model = r.get("model")
            models[model] += 1
            if model == "kaamos-chat-3" and t < release:
                new_before += 1
            status[r.get("status")] += 1
            days[datetime.fromtimestamp(t, timezone.utc).strftime("%a %m-%d")] += 1
            camp = accts.get(aid, {}).get("label") == "campaign" or (eu in eus)
            if camp and isinstance(msgs, list):
                for m in msgs:
                    if m.get("role") == "user" and isinstance(m.get("content"), str):
                        low = m["content"].lower()
                        if any(b in low for b in BANNED):
                            banned_hits += 1
                            break

    traffic_accts = set(per_acct)
    missing = traffic_accts - set(accts)
    extra = set(accts) - traffic_accts
    if missing:
        err("%d accounts in traffic without a label (e.g. %s)" % (len(missing), sorted(missing)[:3]))
    if extra:
        err("%d labelled accounts without traffic (e.g. %s)" % (len(extra), sorted(extra)[:3]))
    for eu, v in eus.items():
        seen = eu_pairs.get(eu, set())
        if not seen:
            err("end user %s listed but absent from traffic" % eu)
        elif set(v["account_ids"]) != seen:
            err("end user %s: account_ids %s but traffic shows %s" % (eu, v["account_ids"], sorted(seen)))
    if new_before:
        err("%d exchanges use kaamos-chat-3 before its release" % new_before)
    if banned_hits:
        warns.append("%d campaign prompts contain a banned word (%s)" % (banned_hits, ", ".join(BANNED)))

    # ---------------------------------------------------------------- report
    g_acc = Counter(group(a) for a in traffic_accts)
    kind = {}
    tactic = {}
    for a, v in accts.items():
        g = v.get("population") or v.get("campaign_id")
        kind[g] = "campaign" if v["label"] == "campaign" else "benign"
        if v["label"] == "campaign":
            tactic[g] = v["tactic"]
    print("exchanges %d  accounts %d  (benign %d, campaign %d)  labelled campaign end users %d" % (
        n, len(traffic_accts), sum(1 for a in traffic_accts if accts.get(a, {}).get("label") == "benign"),
        sum(1 for a in traffic_accts if accts.get(a, {}).get("label") == "campaign"), len(eus)))
    if t_min is not None:
        print("window %s .. %s" % (datetime.fromtimestamp(t_min, timezone.utc).isoformat(),
                                   datetime.fromtimestamp(t_max, timezone.utc).isoformat()))
    print("\n%-28s %8s %9s %9s" % ("benign population", "accounts", "exchanges", "end_users"))
    for g in sorted(k for k in kind if kind[k] == "benign"):
        print("%-28s %8d %9d %9d" % (g, g_acc[g], g_ex[g], len(g_eu[g])))
    print("\n%-8s %-30s %8s %9s %9s %9s" % ("campaign", "tactic", "accounts", "exchanges", "end_users", "eu_exch"))
    camp_ids = sorted(set(list(tactic) + [v["campaign_id"] for v in eus.values()]))
    for c in camp_ids:
        t_ = tactic.get(c) or next(v["tactic"] for v in eus.values() if v["campaign_id"] == c)
        neu = sum(1 for v in eus.values() if v["campaign_id"] == c)
        print("%-8s %-30s %8d %9d %9d %9d" % (c, t_, g_acc.get(c, 0), g_ex.get(c, 0), neu, eu_ex.get(c, 0)))
    print("\nmodels:", dict(sorted(models.items(), key=lambda x: str(x[0]))))
    print("status:", dict(sorted(status.items(), key=lambda x: str(x[0]))))
    print("per day:", dict(days))
    print("field presence:", {k: fields[k] for k in sorted(fields)})
    for w in warns:
        print("WARNING:", w)
    errs = [e for e in errors if e]
    if errs:
        print("\nERRORS (%d%s):" % (len(errs), "+" if None in errors else ""))
        for e in errs:
            print("  " + e)
        return 1
    print("\nOK: schema, ordering, ids and label coverage valid")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
