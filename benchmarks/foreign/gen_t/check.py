#!/usr/bin/env python3
"""Validate a gen_t output folder: exchange-log format (formats.md section 1),
labels (section 4, v1), and every count of manifest.json.

    python check.py /work/foreign/gen_t

Exits 1 and prints each problem when anything is off.
"""
import datetime as dt
import gzip
import ipaddress
import os
import re
import sys
from collections import Counter, defaultdict

import orjson

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ROLES = {"system", "developer", "user", "assistant", "tool"}
OPT_STR = ("id", "org_id", "api_key_id", "end_user", "user_agent", "payment_fingerprint", "model", "response",
           "reasoning", "conversation_id")


def ts_of(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if isinstance(v, str) and RFC3339.match(v):
        return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp()
    raise ValueError("bad ts %r" % (v,))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/work/foreign/gen_t"
    errs = []

    def err(msg):
        if len(errs) < 200:
            errs.append(msg)

    man = orjson.loads(open(os.path.join(out, "manifest.json"), "rb").read())
    labels = orjson.loads(open(os.path.join(out, "labels.json"), "rb").read())
    week0 = ts_of(man["week_start"])
    week1 = ts_of(man["week_end"])
    release = ts_of(man["new_model"]["released"])
    new_model = man["new_model"]["model"]
    models = set(man["models"])

    # ---------------- labels ----------------
    if labels.get("version") != 1:
        err("labels version is not 1")
    L = labels.get("accounts", {})
    for aid, lab in L.items():
        if lab.get("label") == "benign":
            if not isinstance(lab.get("population"), str) or set(lab) != {"label", "population"}:
                err("benign label malformed: %s %r" % (aid, lab))
        elif lab.get("label") == "campaign":
            if not (isinstance(lab.get("campaign_id"), str) and isinstance(lab.get("tactic"), str)
                    and lab.get("held_out") is True):
                err("campaign label malformed (campaign_id, tactic, held_out true): %s %r" % (aid, lab))
        else:
            err("unknown label %s %r" % (aid, lab))
    EU = labels.get("end_users", {})
    for eu, lab in EU.items():
        if not (lab.get("label") == "campaign" and isinstance(lab.get("campaign_id"), str)
                and isinstance(lab.get("tactic"), str) and lab.get("held_out") is True
                and isinstance(lab.get("account_ids"), list) and lab["account_ids"]):
            err("end-user label malformed: %s %r" % (eu, lab))
        for a in lab.get("account_ids", []):
            if a not in L:
                err("end user %s names unknown account %s" % (eu, a))

    # ---------------- traffic ----------------
    n = 0
    ids = set()
    acct_seen = set()
    grp_ex = Counter()
    grp_eu = defaultdict(set)
    eu_accts = defaultdict(set)
    last_ts = -1e18
    models_seen = Counter()
    langs_like = Counter()
    with gzip.open(os.path.join(out, "traffic.jsonl.gz"), "rb") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                d = orjson.loads(line)
            except orjson.JSONDecodeError as e:
                err("line %d: invalid JSON (%s)" % (ln, e))
                continue
            if not isinstance(d, dict):
                err("line %d: not an object" % ln)
                continue
            try:
                ts = ts_of(d.get("ts"))
            except ValueError as e:
                err("line %d: %s" % (ln, e))
                continue
            if not (week0 <= ts < week1):
                err("line %d: ts outside the week" % ln)
            if ts < last_ts:
                err("line %d: not in time order" % ln)
            last_ts = ts
            aid = d.get("account_id")
            if not isinstance(aid, str) or not aid:
                err("line %d: account_id missing" % ln)
                continue
            acct_seen.add(aid)
            has_m, has_p = "messages" in d, "prompt" in d
            if has_m == has_p:
                err("line %d: needs exactly one of messages / prompt" % ln)
            if has_p and not isinstance(d["prompt"], str):
                err("line %d: prompt not a string" % ln)
            if has_m:
                ms = d["messages"]
                if not isinstance(ms, list) or not ms:
                    err("line %d: messages not a non-empty list" % ln)
                else:
                    for m in ms:
                        if not isinstance(m, dict) or m.get("role") not in ROLES:
                            err("line %d: bad message role" % ln)
                            continue
                        c = m.get("content")
                        if isinstance(c, list):
                            for p in c:
                                if not (isinstance(p, dict) and isinstance(p.get("type"), str)):
                                    err("line %d: bad content part" % ln)
                        elif not isinstance(c, str):
                            err("line %d: content neither string nor list" % ln)
                    if ms[-1].get("role") not in ("user", "tool"):
                        err("line %d: last message is not a user/tool turn" % ln)
            for k in OPT_STR:
                if k in d and not isinstance(d[k], str):
                    err("line %d: %s not a string" % (ln, k))
            if "id" in d:
                if d["id"] in ids:
                    err("line %d: duplicate id" % ln)
                ids.add(d["id"])
            if "ip" in d:
                try:
                    ipaddress.ip_address(d["ip"])
                except ValueError:
                    err("line %d: bad ip %r" % (ln, d["ip"]))
            if "account_created" in d:
                if not (isinstance(d["account_created"], str) and RFC3339.match(d["account_created"])):
                    err("line %d: bad account_created" % ln)
                elif ts_of(d["account_created"]) > ts + 1:
                    err("line %d: request before account creation" % ln)
            for k in ("params", "usage"):
                if k in d and not isinstance(d[k], dict):
                    err("line %d: %s not an object" % (ln, k))
            u = d.get("usage", {})
            for k, v in u.items():
                if not isinstance(v, int) or v < 0:
                    err("line %d: usage.%s not a non-negative int" % (ln, k))
            if "status" in d and not isinstance(d["status"], int):
                err("line %d: status not an int" % ln)
            mdl = d.get("model")
            if mdl not in models:
                err("line %d: unknown model %r" % (ln, mdl))
            models_seen[mdl] += 1
            if mdl == new_model and ts < release:
                err("line %d: %s used before its release" % (ln, new_model))
            if "reasoning" in d and mdl != new_model:
                err("line %d: reasoning from a non-reasoning model" % ln)
            if "reasoning_effort" in d.get("params", {}) and mdl != new_model:
                err("line %d: reasoning_effort sent to %s" % (ln, mdl))
            lab = L.get(aid)
            if lab is None:
                err("line %d: account %s not labelled" % (ln, aid))
                continue
            g = lab.get("population") or lab.get("campaign_id")
            eu = d.get("end_user")
            if eu:
                if eu in EU:
                    g = EU[eu]["campaign_id"]
                    eu_accts[eu].add(aid)
                grp_eu[g].add(eu)
            grp_ex[g] += 1

    for aid in L:
        if aid not in acct_seen:
            err("labelled account %s has no traffic" % aid)
    for eu, lab in EU.items():
        if set(lab["account_ids"]) != eu_accts.get(eu, set()):
            err("end user %s: account_ids %s != accounts seen %s" % (eu, lab["account_ids"], sorted(eu_accts.get(eu, ()))))

    # ---------------- manifest ----------------
    grp_acc = Counter((lab.get("population") or lab.get("campaign_id")) for lab in L.values())
    tactic_of = {}
    for lab in list(L.values()) + list(EU.values()):
        if lab.get("label") == "campaign":
            t = tactic_of.setdefault(lab["campaign_id"], lab["tactic"])
            if t != lab["tactic"]:
                err("campaign %s has two tactics" % lab["campaign_id"])
    for kind in ("populations", "campaigns"):
        for g, d in man[kind].items():
            if d["accounts"] != grp_acc.get(g, 0):
                err("%s %s: manifest accounts %d != labels %d" % (kind, g, d["accounts"], grp_acc.get(g, 0)))
            if d["exchanges"] != grp_ex.get(g, 0):
                err("%s %s: manifest exchanges %d != traffic %d" % (kind, g, d["exchanges"], grp_ex.get(g, 0)))
            if kind == "campaigns":
                neu = sum(1 for e in EU.values() if e["campaign_id"] == g)
                if d["end_users"] != neu:
                    err("campaign %s: manifest end_users %d != labels %d" % (g, d["end_users"], neu))
                if d.get("tactic") != tactic_of.get(g):
                    err("campaign %s: manifest tactic %r != labels %r" % (g, d.get("tactic"), tactic_of.get(g)))
                if d.get("origin") not in ("public", "own"):
                    err("campaign %s: origin must be public or own" % g)
                if not d.get("summary"):
                    err("campaign %s: no summary" % g)
            else:
                if d["end_users"] != len(grp_eu.get(g, ())):
                    err("population %s: manifest end_users %d != traffic %d" % (g, d["end_users"], len(grp_eu.get(g, ()))))
    for g in grp_acc:
        if g not in man["populations"] and g not in man["campaigns"]:
            err("group %s missing from manifest" % g)
    c = man["counts"]
    n_camp = sum(1 for lab in L.values() if lab["label"] == "campaign")
    checks = [("exchanges", n), ("accounts", len(L)), ("campaign_accounts", n_camp),
              ("benign_accounts", len(L) - n_camp), ("campaign_end_users", len(EU))]
    for k, v in checks:
        if c[k] != v:
            err("counts.%s: manifest %d != actual %d" % (k, c[k], v))
    # the brief's targets
    share = n_camp / max(1, len(L))
    if not 320000 <= n <= 360000:
        err("exchanges %d outside 320k-360k" % n)
    if not 6500 <= len(L) <= 8000:
        err("accounts %d outside 6,500-8,000" % len(L))
    if not 0.25 <= share <= 0.30:
        err("campaign account share %.3f outside 25-30%%" % share)
    if len(man["populations"]) < 14:
        err("fewer than 14 benign populations")
    if len(man["campaigns"]) < 18:
        err("fewer than 18 campaigns")
    if sum(1 for d in man["campaigns"].values() if d.get("origin") == "own") < 6:
        err("fewer than 6 campaigns of our own design")
    if len(models_seen) != 4:
        err("expected four models in use, saw %s" % dict(models_seen))

    print("lines=%d accounts=%d campaign_accounts=%d (%.1f%%) campaign_end_users=%d populations=%d campaigns=%d"
          % (n, len(L), n_camp, 100 * share, len(EU), len(man["populations"]), len(man["campaigns"])))
    print("models: %s" % dict(models_seen))
    if errs:
        print("FAILED (%d problems shown):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
