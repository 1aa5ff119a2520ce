#!/usr/bin/env python3
"""Validate a gen_m output directory against docs/formats.md section 1 (exchange log) and section 4 (labels).

python3 benchmarks/foreign/gen_m/check.py /work/foreign/gen_m
Exit status 0 when valid; problems are listed (first 20 of each kind) with line numbers.
"""
import collections
import datetime as dt
import gzip
import ipaddress
import json
import os
import re
import sys

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STR_FIELDS = ("id", "org_id", "api_key_id", "end_user", "user_agent", "payment_fingerprint", "model", "response", "reasoning", "conversation_id")
ROLES = {"system", "user", "assistant", "tool", "developer", "function"}


def parse_ts(v):
    if isinstance(v, bool):
        raise ValueError("bool")
    if isinstance(v, (int, float)):
        return float(v)
    if not isinstance(v, str) or not RFC3339.match(v):
        raise ValueError("not RFC 3339: %r" % (v,))
    s = v.replace("Z", "+00:00")
    return dt.datetime.fromisoformat(s).timestamp()


class Problems:
    def __init__(self):
        self.kinds = collections.Counter()
        self.examples = collections.defaultdict(list)

    def add(self, kind, where):
        self.kinds[kind] += 1
        if len(self.examples[kind]) < 20:
            self.examples[kind].append(where)

    def __bool__(self):
        return bool(self.kinds)


def check_messages(msgs, P, ln):
    if not isinstance(msgs, list) or not msgs:
        P.add("messages not a non-empty list", ln)
        return
    for m in msgs:
        if not isinstance(m, dict) or "role" not in m or "content" not in m:
            P.add("message lacks role/content", ln)
            continue
        if m["role"] not in ROLES:
            P.add("unknown role %r" % m["role"], ln)
        c = m["content"]
        if isinstance(c, str):
            continue
        if isinstance(c, list):
            for p in c:
                if not isinstance(p, dict) or "type" not in p:
                    P.add("content part lacks type", ln)
            continue
        P.add("content neither string nor list", ln)


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = argv[1]
    P = Problems()
    traffic = os.path.join(out, "traffic.jsonl.gz")
    labels_p = os.path.join(out, "labels.json")
    for p in (traffic, labels_p):
        if not os.path.exists(p):
            print("missing", p)
            return 1
    ids = set()
    acct_n = collections.Counter()
    acct_created = {}
    acct_first = {}
    eu_accts = collections.defaultdict(set)
    models = collections.Counter()
    status = collections.Counter()
    v6 = 0
    with_reasoning = 0
    multi_turn = 0
    tools = 0
    prompt_field = 0
    last_ts = None
    n = 0
    t_min, t_max = None, None
    with gzip.open(traffic, "rb") as f:
        for ln, raw in enumerate(f, 1):
            n += 1
            try:
                d = json.loads(raw)
            except Exception as e:
                P.add("invalid JSON", "%d: %s" % (ln, e))
                continue
            if not isinstance(d, dict):
                P.add("line is not an object", ln)
                continue
            if "ts" not in d:
                P.add("missing ts", ln)
                continue
            try:
                ts = parse_ts(d["ts"])
            except Exception as e:
                P.add("bad ts", "%d: %s" % (ln, e))
                continue
            if last_ts is not None and ts < last_ts:
                P.add("not time-ordered", ln)
            last_ts = ts
            t_min = ts if t_min is None else min(t_min, ts)
            t_max = ts if t_max is None else max(t_max, ts)
            aid = d.get("account_id")
            if not isinstance(aid, str) or not aid:
                P.add("missing/invalid account_id", ln)
                continue
            acct_n[aid] += 1
            if "messages" in d:
                check_messages(d["messages"], P, ln)
                if sum(1 for m in d["messages"] if isinstance(m, dict) and m.get("role") == "user") > 1:
                    multi_turn += 1
            elif "prompt" in d:
                prompt_field += 1
                if not isinstance(d["prompt"], str):
                    P.add("prompt not a string", ln)
            else:
                P.add("neither messages nor prompt", ln)
            for k in STR_FIELDS:
                if k in d and not isinstance(d[k], str):
                    P.add("%s not a string" % k, ln)
            if "id" in d:
                if d["id"] in ids:
                    P.add("duplicate id", ln)
                ids.add(d["id"])
            if "ip" in d:
                try:
                    ipa = ipaddress.ip_address(d["ip"])
                    v6 += ipa.version == 6
                except Exception:
                    P.add("bad ip", ln)
            if "account_created" in d:
                try:
                    c = parse_ts(d["account_created"]) if isinstance(d["account_created"], str) else None
                    if c is None:
                        raise ValueError
                    if acct_created.setdefault(aid, c) != c:
                        P.add("account_created changes within an account", ln)
                    if c > ts:
                        P.add("exchange before account_created", ln)
                except Exception:
                    P.add("bad account_created (must be RFC 3339 string)", ln)
            acct_first.setdefault(aid, ts)
            if "params" in d:
                if not isinstance(d["params"], dict):
                    P.add("params not an object", ln)
                elif d["params"].get("tools"):
                    tools += 1
            if "usage" in d:
                u = d["usage"]
                if not isinstance(u, dict) or any(not isinstance(u.get(k, 0), int) or u.get(k, 0) < 0 for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
                    P.add("bad usage", ln)
            if "status" in d:
                if not isinstance(d["status"], int) or isinstance(d["status"], bool):
                    P.add("status not an integer", ln)
                status[d["status"]] += 1
            if "reasoning" in d:
                with_reasoning += 1
            if "end_user" in d:
                eu_accts[d["end_user"]].add(aid)
            models[d.get("model")] += 1
    with open(labels_p, encoding="utf-8") as f:
        L = json.load(f)
    if L.get("version") != 1:
        P.add("labels version is not 1", labels_p)
    accts = L.get("accounts")
    if not isinstance(accts, dict):
        P.add("labels.accounts not an object", labels_p)
        accts = {}
    pops = collections.Counter()
    camps = collections.Counter()
    tactics = collections.defaultdict(set)
    for aid, v in accts.items():
        if not isinstance(v, dict) or v.get("label") not in ("benign", "campaign"):
            P.add("label must be benign|campaign", aid)
            continue
        if v["label"] == "benign":
            if not isinstance(v.get("population"), str):
                P.add("benign account without population", aid)
            pops[v.get("population")] += 1
            if "campaign_id" in v:
                P.add("benign account with campaign_id", aid)
        else:
            if not isinstance(v.get("campaign_id"), str) or not isinstance(v.get("tactic"), str):
                P.add("campaign account without campaign_id/tactic", aid)
            if "held_out" in v and not isinstance(v["held_out"], bool):
                P.add("held_out not a bool", aid)
            camps[v.get("campaign_id")] += 1
            tactics[v.get("campaign_id")].add(v.get("tactic"))
        if aid not in acct_n:
            P.add("labelled account absent from traffic", aid)
    for aid in acct_n:
        if aid not in accts:
            P.add("account in traffic has no label", aid)
    eus = L.get("end_users", {})
    if not isinstance(eus, dict):
        P.add("labels.end_users not an object", labels_p)
        eus = {}
    for eu, v in eus.items():
        if not isinstance(v, dict) or not isinstance(v.get("account_ids"), list) or not v["account_ids"]:
            P.add("end user without account_ids", eu)
            continue
        if v.get("label") != "campaign" or not isinstance(v.get("campaign_id"), str) or not isinstance(v.get("tactic"), str):
            P.add("end user label/campaign_id/tactic", eu)
        if eu not in eu_accts:
            P.add("labelled end user absent from traffic", eu)
            continue
        if set(v["account_ids"]) != eu_accts[eu]:
            P.add("end user account_ids differ from traffic", eu)
    ncamp = sum(camps.values())
    print("exchanges: %d   accounts: %d (campaign %d = %.1f%%)   end users seen: %d, labelled campaign end users: %d" % (
        n, len(acct_n), ncamp, 100.0 * ncamp / max(1, len(acct_n)), len(eu_accts), len(eus)))
    if t_min is not None:
        print("time span: %s .. %s" % (dt.datetime.utcfromtimestamp(t_min).isoformat(), dt.datetime.utcfromtimestamp(t_max).isoformat()))
    print("IPv6 share: %.1f%%   with reasoning: %d   multi-turn: %d   with tools: %d   legacy prompt: %d" % (
        100.0 * v6 / max(1, n), with_reasoning, multi_turn, tools, prompt_field))
    print("status:", dict(status.most_common()))
    print("models:", dict(models.most_common()))
    print("populations (%d):" % len(pops), ", ".join("%s=%d" % kv for kv in sorted(pops.items())))
    print("campaigns (%d):" % len(camps), ", ".join("%s=%d[%s]" % (k, c, ",".join(sorted(tactics[k]))) for k, c in sorted(camps.items())))
    eu_c = collections.Counter(v.get("campaign_id") for v in eus.values())
    if eu_c:
        print("campaign end users:", dict(sorted(eu_c.items())))
    if P:
        print("\nPROBLEMS:")
        for k, c in P.kinds.most_common():
            print("  %-50s %d   e.g. %s" % (k, c, P.examples[k][:5]))
        return 1
    print("OK: valid against formats.md sections 1 and 4")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
