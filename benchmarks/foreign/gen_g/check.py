#!/usr/bin/env python3
"""Validate a gen_g output folder: check.py DIR

Checks: every line is a well-formed exchange (docs/formats.md §1), timestamps fall inside the
week, every account in the traffic is labelled and every label has traffic, labels are well
formed (§4), listed end users appear behind the accounts they name, and the counts add up.
Exit status 0 when no errors.
"""
import calendar
import collections
import gzip
import ipaddress
import os
import sys
from datetime import datetime

import orjson

T0 = calendar.timegm((2027, 5, 3, 0, 0, 0))
T1 = T0 + 7 * 86400
LONG_RELEASE = T0 + 3 * 86400 + 8 * 3600


def parse_ts(s):
    if isinstance(s, (int, float)):
        return float(s)
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def main(d):
    errors = collections.Counter()
    examples = {}

    def err(kind, msg):
        errors[kind] += 1
        examples.setdefault(kind, msg)

    with open(os.path.join(d, "labels.json"), "rb") as f:
        labels = orjson.loads(f.read())
    if labels.get("version") != 1:
        err("labels_version", "labels.version is not 1")
    accs = labels.get("accounts", {})
    for aid, lab in accs.items():
        if lab.get("label") == "benign":
            if not isinstance(lab.get("population"), str) or not lab["population"]:
                err("label_benign", aid)
        elif lab.get("label") == "campaign":
            if not lab.get("campaign_id") or not lab.get("tactic") or lab.get("held_out") is not True:
                err("label_campaign", aid)
        else:
            err("label_kind", aid)
    eus = labels.get("end_users", {})
    for uid, lab in eus.items():
        if lab.get("label") != "campaign" or not lab.get("campaign_id") or not lab.get("tactic") or not lab.get("account_ids"):
            err("label_end_user", uid)
        for a in lab.get("account_ids", []):
            if a not in accs:
                err("end_user_account_unlabelled", f"{uid} -> {a}")

    per_acct = collections.Counter()
    eu_seen = collections.defaultdict(set)
    ids = set()
    n = 0
    prev = -1e18
    unsorted = 0
    models = collections.Counter()
    statuses = collections.Counter()
    tmin, tmax = 1e18, -1e18
    with gzip.open(os.path.join(d, "traffic.jsonl.gz"), "rb") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                r = orjson.loads(line)
            except orjson.JSONDecodeError as e:
                err("json", f"line {ln}: {e}")
                continue
            if "ts" not in r or "account_id" not in r or ("messages" not in r and "prompt" not in r):
                err("required", f"line {ln}")
                continue
            try:
                t = parse_ts(r["ts"])
            except Exception:
                err("ts_format", f"line {ln}: {r['ts']!r}")
                continue
            if not (T0 <= t < T1):
                err("ts_outside_week", f"line {ln}: {r['ts']}")
            tmin, tmax = min(tmin, t), max(tmax, t)
            if t < prev:
                unsorted += 1
            prev = t
            aid = r["account_id"]
            per_acct[aid] += 1
            if r.get("id") in ids:
                err("dup_id", f"line {ln}")
            ids.add(r.get("id"))
            if "messages" in r:
                m = r["messages"]
                if not isinstance(m, list) or not m:
                    err("messages", f"line {ln}")
                else:
                    for x in m:
                        if not isinstance(x, dict) or x.get("role") not in ("system", "user", "assistant", "tool", "developer") or not isinstance(x.get("content"), (str, list)):
                            err("message_shape", f"line {ln}")
                            break
                    if m[-1].get("role") not in ("user", "tool"):
                        err("last_message_role", f"line {ln}")
            elif not isinstance(r["prompt"], str):
                err("prompt", f"line {ln}")
            if "ip" in r:
                try:
                    ipaddress.ip_address(r["ip"])
                except ValueError:
                    err("ip", f"line {ln}: {r['ip']}")
            if "account_created" in r:
                try:
                    if parse_ts(r["account_created"]) > t:
                        err("created_after_request", f"line {ln}: {aid}")
                except Exception:
                    err("account_created_format", f"line {ln}")
            st = r.get("status", 200)
            if not isinstance(st, int) or not 100 <= st <= 599:
                err("status", f"line {ln}")
            statuses[st] += 1
            u = r.get("usage")
            if u is not None:
                if not all(isinstance(u.get(k, 0), int) and u.get(k, 0) >= 0 for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
                    err("usage", f"line {ln}")
            if st == 200 and not isinstance(r.get("response"), str):
                err("response_missing", f"line {ln}")
            if "params" in r and not isinstance(r["params"], dict):
                err("params", f"line {ln}")
            model = r.get("model")
            if not isinstance(model, str):
                err("model", f"line {ln}")
            models[model] += 1
            if model == "jangwa-long-1" and st == 200 and t < LONG_RELEASE:
                err("long_model_before_release", f"line {ln}")
            if r.get("end_user"):
                eu_seen[r["end_user"]].add(aid)

    for aid in per_acct:
        if aid not in accs:
            err("unlabelled_account", aid)
    for aid in accs:
        if aid not in per_acct:
            err("label_without_traffic", aid)
    for uid, lab in eus.items():
        if uid not in eu_seen:
            err("end_user_without_traffic", uid)
        elif not eu_seen[uid] <= set(lab.get("account_ids", [])):
            err("end_user_accounts", uid)

    by_group = collections.Counter()
    acc_group = collections.Counter()
    by_label = collections.Counter()
    for aid, lab in accs.items():
        g = lab.get("population") if lab.get("label") == "benign" else f"{lab.get('campaign_id')} {lab.get('tactic')}"
        by_group[g] += per_acct[aid]
        acc_group[g] += 1
        by_label[lab.get("label")] += 1
    if sum(by_group.values()) != n:
        err("counts", f"exchanges {n} != sum over labelled accounts {sum(by_group.values())}")

    print(f"exchanges: {n}   accounts: {len(per_acct)} ({dict(by_label)})   labelled end users: {len(eus)}")
    print(f"time span: {datetime.utcfromtimestamp(tmin).isoformat()}Z .. {datetime.utcfromtimestamp(tmax).isoformat()}Z   out-of-order lines: {unsorted}")
    print("models:", dict(models.most_common()))
    print("status:", dict(statuses.most_common()))
    print(f"{'group':42s} {'accounts':>8s} {'exchanges':>9s}")
    for g in sorted(by_group, key=lambda x: (x[:3] == "cg-", x)):
        print(f"{g:42s} {acc_group[g]:8d} {by_group[g]:9d}")
    eu_camp = collections.Counter(l["campaign_id"] for l in eus.values())
    for cid, k in sorted(eu_camp.items()):
        print(f"end users of {cid}: {k}")
    if errors:
        print("ERRORS:")
        for k, v in errors.items():
            print(f"  {k}: {v} (e.g. {examples[k]})")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
