#!/usr/bin/env python
"""Validate a gen_h output folder against docs/formats.md (§1 exchange log, §4 labels).

    python check.py OUT

Checks every record's schema, time order, unique ids, that labels name every account seen in the
traffic exactly once (and no other), campaign end users, and that per-group counts match
gen_summary.json.  Prints a summary; exits 1 on any error."""
import collections
import datetime as dt
import gzip
import ipaddress
import json
import os
import sys

import orjson

STR_FIELDS = ("id", "org_id", "api_key_id", "end_user", "user_agent", "payment_fingerprint", "model", "response",
              "reasoning", "conversation_id")


def rfc3339(s):
    try:
        dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return "T" in s and (s.endswith("Z") or "+" in s[10:] or "-" in s[10:])
    except Exception:
        return False


def check_record(r):
    errs = []
    if not isinstance(r, dict):
        return ["not an object"]
    ts = r.get("ts")
    if isinstance(ts, str):
        if not rfc3339(ts):
            errs.append("ts not RFC 3339: %r" % ts)
    elif not isinstance(ts, (int, float)) or isinstance(ts, bool):
        errs.append("ts missing or wrong type")
    if not isinstance(r.get("account_id"), str) or not r["account_id"]:
        errs.append("account_id missing")
    has_m, has_p = "messages" in r, "prompt" in r
    if not has_m and not has_p:
        errs.append("neither messages nor prompt")
    if has_p and not isinstance(r["prompt"], str):
        errs.append("prompt not a string")
    if has_m:
        ms = r["messages"]
        if not isinstance(ms, list) or not ms:
            errs.append("messages not a non-empty list")
        else:
            for m in ms:
                if not isinstance(m, dict) or not isinstance(m.get("role"), str) or "content" not in m:
                    errs.append("message without role/content")
                    break
                c = m["content"]
                if not (isinstance(c, str) or (isinstance(c, list) and all(isinstance(p, dict) for p in c))):
                    errs.append("message content neither string nor list of parts")
                    break
                if m["role"] not in ("system", "user", "assistant", "tool", "developer"):
                    errs.append("unknown role %r" % m["role"])
                    break
    for f in STR_FIELDS:
        if f in r and not isinstance(r[f], str):
            errs.append("%s not a string" % f)
    if "ip" in r:
        try:
            ipaddress.ip_address(r["ip"])
        except Exception:
            errs.append("bad ip %r" % r.get("ip"))
    if "account_created" in r and not (isinstance(r["account_created"], str) and rfc3339(r["account_created"])):
        errs.append("account_created not RFC 3339")
    if "params" in r and not isinstance(r["params"], dict):
        errs.append("params not an object")
    if "usage" in r:
        u = r["usage"]
        if not isinstance(u, dict) or any(not isinstance(u.get(k, 0), int) or u.get(k, 0) < 0 for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
            errs.append("bad usage")
    if "status" in r and (not isinstance(r["status"], int) or isinstance(r["status"], bool)):
        errs.append("status not an integer")
    return errs


def to_epoch(ts):
    if isinstance(ts, (int, float)):
        return float(ts)
    return dt.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    if not argv:
        print(__doc__)
        return 2
    out = argv[0]
    errors = collections.Counter()
    examples = {}

    def err(kind, detail=""):
        errors[kind] += 1
        examples.setdefault(kind, detail)

    def dup_hook(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            err("labels: duplicate key", str([k for k, c in collections.Counter(keys).items() if c > 1][:3]))
        return dict(pairs)

    with open(os.path.join(out, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f, object_pairs_hook=dup_hook)
    if labels.get("version") != 1:
        err("labels: version != 1")
    accs = labels.get("accounts", {})
    eus = labels.get("end_users", {})
    for aid, lab in accs.items():
        l = lab.get("label")
        if l == "benign":
            if not isinstance(lab.get("population"), str):
                err("labels: benign without population", aid)
        elif l == "campaign":
            if not isinstance(lab.get("campaign_id"), str) or not isinstance(lab.get("tactic"), str):
                err("labels: campaign without campaign_id/tactic", aid)
            if lab.get("held_out") is not True:
                err("labels: campaign account not held_out", aid)
        else:
            err("labels: bad label", aid)
    for eu, lab in eus.items():
        if lab.get("label") != "campaign" or not lab.get("campaign_id") or not lab.get("tactic"):
            err("labels: bad end_user label", eu)
        if not isinstance(lab.get("account_ids"), list) or not lab["account_ids"]:
            err("labels: end_user without account_ids", eu)
        for a in lab.get("account_ids", []):
            if a not in accs:
                err("labels: end_user carried by unlabelled account", eu)

    seen = collections.Counter()
    group_ex = collections.Counter()
    group_acc = collections.defaultdict(set)
    eu_seen = collections.defaultdict(set)
    ids = set()
    n = 0
    last = None
    unsorted = 0
    models = collections.Counter()
    status = collections.Counter()
    uas = set()
    ips = set()
    t_min = t_max = None
    with gzip.open(os.path.join(out, "traffic.jsonl.gz"), "rb") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = orjson.loads(line)
            except Exception as e:
                err("traffic: invalid JSON", "line %d: %s" % (ln, e))
                continue
            n += 1
            for e in check_record(r):
                err("traffic: " + e, "line %d" % ln)
            if not isinstance(r, dict) or "account_id" not in r or "ts" not in r:
                continue
            t = to_epoch(r["ts"])
            if last is not None and t < last:
                unsorted += 1
            last = t
            t_min = t if t_min is None else min(t_min, t)
            t_max = t if t_max is None else max(t_max, t)
            rid = r.get("id")
            if rid in ids:
                err("traffic: duplicate id", rid)
            ids.add(rid)
            a = r["account_id"]
            seen[a] += 1
            models[r.get("model")] += 1
            status[r.get("status")] += 1
            uas.add(r.get("user_agent"))
            ips.add(r.get("ip"))
            lab = accs.get(a)
            if lab is None:
                err("labels: account in traffic not labelled", a)
                continue
            eu = r.get("end_user")
            if eu and eu in eus and a in eus[eu]["account_ids"]:
                g = eus[eu]["campaign_id"]
                eu_seen[g].add(eu)
            else:
                g = lab.get("population") or lab.get("campaign_id")
            group_ex[g] += 1
            group_acc[g].add(a)
    if unsorted:
        err("traffic: not sorted by time", "%d inversions" % unsorted)
    for a in accs:
        if a not in seen:
            err("labels: labelled account not in traffic", a)
    for eu, lab in eus.items():
        if eu not in eu_seen.get(lab["campaign_id"], set()):
            err("labels: end_user not seen in traffic with its accounts", eu)

    # compare with gen_summary
    sp = os.path.join(out, "gen_summary.json")
    summ = None
    if os.path.exists(sp):
        with open(sp, encoding="utf-8") as f:
            summ = json.load(f)
        if summ.get("exchanges") != n:
            err("summary: exchange total differs", "%s vs %d" % (summ.get("exchanges"), n))
        for g, v in list(summ.get("populations", {}).items()) + list(summ.get("campaigns", {}).items()):
            if v["exchanges"] != group_ex.get(g, 0):
                err("summary: group count differs", "%s: %d vs %d" % (g, v["exchanges"], group_ex.get(g, 0)))
    else:
        err("summary: gen_summary.json missing")

    # ----- report -----------------------------------------------------------------------------
    lab_c = collections.Counter(v["label"] for v in accs.values())
    print("folder: %s" % out)
    print("exchanges: %d   accounts: %d (benign %d, campaign %d)   campaign end users: %d   identities in campaigns: %d"
          % (n, len(accs), lab_c["benign"], lab_c["campaign"], len(eus), lab_c["campaign"] + len(eus)))
    if t_min is not None:
        print("time span: %s .. %s" % (dt.datetime.utcfromtimestamp(t_min).isoformat() + "Z", dt.datetime.utcfromtimestamp(t_max).isoformat() + "Z"))
    print("distinct user agents: %d   distinct IPs: %d" % (len(uas), len(ips)))
    print("models: " + ", ".join("%s=%d" % kv for kv in models.most_common()))
    print("status: " + ", ".join("%s=%d" % kv for kv in status.most_common()))
    camp_tac = {}
    for v in list(accs.values()) + list(eus.values()):
        if v["label"] == "campaign":
            camp_tac[v["campaign_id"]] = v["tactic"]
    print("\n%-28s %8s %9s" % ("benign population", "accounts", "exchanges"))
    for g in sorted(g for g in group_ex if g not in camp_tac):
        print("%-28s %8d %9d" % (g, len(group_acc[g]), group_ex[g]))
    print("\n%-6s %-30s %8s %9s %9s" % ("camp", "tactic", "accounts", "end_users", "exchanges"))
    for g in sorted(camp_tac):
        na = sum(1 for v in accs.values() if v.get("campaign_id") == g)
        print("%-6s %-30s %8d %9d %9d" % (g, camp_tac[g], na, len(eu_seen.get(g, ())), group_ex.get(g, 0)))
    tb = sum(v for g, v in group_ex.items() if g not in camp_tac)
    tc = sum(v for g, v in group_ex.items() if g in camp_tac)
    print("\nbenign exchanges %d, campaign exchanges %d (%.1f%%)" % (tb, tc, 100.0 * tc / max(1, n)))
    if errors:
        print("\nERRORS:")
        for k, c in errors.most_common():
            print("  %-55s %7d   e.g. %s" % (k, c, examples.get(k, "")))
        return 1
    print("\nOK: all %d records valid; labels cover all %d accounts exactly once." % (n, len(accs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
