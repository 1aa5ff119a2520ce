#!/usr/bin/env python3
"""Validate a gen_r output folder: python3 check.py DIR  (exit status 1 on any error)."""
import collections
import gzip
import ipaddress
import json
import sys
from datetime import datetime, timezone

START = datetime(2028, 4, 3, tzinfo=timezone.utc).timestamp()
END = START + 7 * 86400
RELEASE = START + 2 * 86400 + 15 * 3600
MODELS = {"condor-4", "condor-4-mini", "condor-3.5", "quetzal-r1", "quetzal-r2"}
REASONING = {"quetzal-r1", "quetzal-r2"}
ROLES = {"system", "user", "assistant", "tool", "developer"}


def pt(s):
    return datetime.strptime(s.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z" if "." in s else "%Y-%m-%dT%H:%M:%S%z").timestamp()


def main(d):
    errs = collections.Counter()
    examples = {}

    def err(kind, msg):
        errs[kind] += 1
        examples.setdefault(kind, msg)

    labels = json.load(open(f"{d}/labels.json", encoding="utf-8"))
    if labels.get("version") != 1:
        err("labels_version", labels.get("version"))
    acc_l = labels["accounts"]
    eu_l = labels.get("end_users", {})
    ids = set()
    per_acct = {}
    eu_seen = collections.defaultdict(set)
    conv_len = {}
    n = 0
    last = -1
    by_model = collections.Counter()
    pop_ex = collections.Counter()
    key_owner = {}
    for ln, line in enumerate(gzip.open(f"{d}/traffic.jsonl.gz", "rt", encoding="utf-8"), 1):
        n += 1
        try:
            r = json.loads(line)
        except Exception as e:
            err("json", f"line {ln}: {e}")
            continue
        for f in ("ts", "account_id"):
            if f not in r:
                err("required", f"line {ln}: no {f}")
        if ("messages" in r) == ("prompt" in r):
            err("messages_xor_prompt", ln)
        if r.get("id") in ids:
            err("dup_id", r.get("id"))
        ids.add(r.get("id"))
        ts = pt(r["ts"])
        if not (START <= ts < END):
            err("ts_range", r["ts"])
        if ts < last:
            err("ts_order", ln)
        last = ts
        a = r["account_id"]
        if a not in acc_l:
            err("unlabelled_account", a)
        lab = acc_l.get(a, {})
        pop_ex[lab.get("campaign_id") or lab.get("population")] += 1
        ident = (r.get("org_id"), r.get("payment_fingerprint"), r.get("account_created"))
        if per_acct.setdefault(a, ident) != ident:
            err("identity_drift", a)
        k = r.get("api_key_id")
        if key_owner.setdefault(k, a) != a:
            err("key_shared", k)
        if pt(r["account_created"]) >= ts:
            err("created_after_use", f"{a} {r['account_created']} {r['ts']}")
        m = r.get("model")
        by_model[m] += 1
        if m not in MODELS:
            err("model", m)
        if m == "quetzal-r2" and ts < RELEASE:
            err("r2_before_release", r["ts"])
        try:
            ipaddress.ip_address(r["ip"])
        except Exception:
            err("ip", r.get("ip"))
        if not r.get("user_agent"):
            err("ua", ln)
        p = r.get("params", {})
        u = r.get("usage", {})
        if any((not isinstance(u.get(x), int)) or u.get(x) < 0 for x in ("input_tokens", "output_tokens", "reasoning_tokens")):
            err("usage", u)
        if m not in REASONING and u.get("reasoning_tokens"):
            err("reasoning_tokens_on_chat_model", ln)
        if m in REASONING and "temperature" in p:
            err("temperature_on_reasoning_model", ln)
        if "reasoning" in r and (m not in REASONING or not p.get("include_reasoning")):
            err("reasoning_unrequested", ln)
        mt = p.get("max_tokens")
        if mt and u.get("output_tokens", 0) > mt * p.get("n", 1):
            err("max_tokens", ln)
        mct = p.get("max_completion_tokens")
        if mct and u.get("output_tokens", 0) + u.get("reasoning_tokens", 0) > mct * p.get("n", 1):
            err("max_completion_tokens", ln)
        st = r.get("status")
        if st == 200 and "response" not in r:
            err("200_without_response", ln)
        if st != 200 and ("response" in r or u.get("output_tokens")):
            err("error_with_output", ln)
        eu = r.get("end_user")
        if eu:
            eu_seen[eu].add(a)
            if p.get("user") not in (None, eu):
                err("end_user_mismatch", ln)
        for msg in r.get("messages", []):
            if msg.get("role") not in ROLES or not isinstance(msg.get("content"), (str, list)):
                err("message_shape", ln)
        c = r.get("conversation_id")
        if c:
            L = len(r["messages"])
            if L < conv_len.get(c, 0):
                err("conversation_shrinks", c)
            conv_len[c] = L
    # labels coverage
    traffic_accts = set(per_acct)
    for a in acc_l:
        if a not in traffic_accts:
            err("label_without_traffic", a)
    camp = collections.defaultdict(set)
    tactic = {}
    for a, v in acc_l.items():
        if v["label"] == "campaign":
            camp[v["campaign_id"]].add(a)
            if v.get("held_out") is not True:
                err("campaign_not_held_out", a)
            if tactic.setdefault(v["campaign_id"], v["tactic"]) != v["tactic"]:
                err("tactic_mismatch", a)
        elif v["label"] == "benign":
            if not v.get("population"):
                err("benign_without_population", a)
        else:
            err("label_value", v)
    for e, v in eu_l.items():
        if v.get("label") != "campaign" or v.get("held_out") is not True or not v.get("campaign_id"):
            err("end_user_label", e)
        if e not in eu_seen:
            err("end_user_without_traffic", e)
        elif set(v["account_ids"]) != eu_seen[e]:
            err("end_user_accounts", e)
        if v.get("campaign_id") and tactic.setdefault(v["campaign_id"], v["tactic"]) != v["tactic"]:
            err("end_user_tactic", e)
    # no identity artifact shared across the label boundary (keeps labels unambiguous)
    owners = collections.defaultdict(set)
    for a, (org, pay, _) in per_acct.items():
        side = acc_l.get(a, {}).get("campaign_id") or "benign"
        owners[("org", org)].add(side)
        owners[("pay", pay)].add(side)
    for k, s in owners.items():
        if len(s) > 1:
            err("artifact_crosses_labels", k)
    ncamp_acc = sum(len(s) for s in camp.values())
    ncamps = len(tactic)
    for name, val, lo, hi in (("exchanges", n, 300000, 350000), ("accounts", len(acc_l), 6000, 8000),
                              ("campaign_accounts", ncamp_acc, 1800, 2200), ("campaigns", ncamps, 15, 20)):
        if not lo <= val <= hi:
            err("range_" + name, f"{val} not in [{lo}, {hi}]")
    print(json.dumps({"exchanges": n, "accounts": len(acc_l), "campaign_accounts": ncamp_acc, "campaigns": ncamps,
                      "end_users_seen": len(eu_seen), "campaign_end_users": len(eu_l), "models": dict(by_model),
                      "exchanges_by_population_or_campaign": dict(sorted(pop_ex.items()))}, indent=1, ensure_ascii=False))
    if errs:
        for k, v in errs.items():
            print(f"ERROR {k}: {v} (e.g. {examples[k]})")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
