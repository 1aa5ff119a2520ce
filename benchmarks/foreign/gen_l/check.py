#!/usr/bin/env python3
"""Validate a gen_l output folder against docs/formats.md (exchange log section 1, labels section 4).

    python3 benchmarks/foreign/gen_l/check.py DIR
"""
import collections
import datetime
import gzip
import ipaddress
import json
import sys

ROLES = {"system", "user", "assistant", "tool", "developer"}
RELEASE = "2027-10-05T09:00:00"


def parse_ts(s):
    return datetime.datetime.strptime(s.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z" if "." in s else "%Y-%m-%dT%H:%M:%S%z")


def main(d):
    lab = json.load(open(d + "/labels.json", encoding="utf-8"))
    assert lab.get("version") == 1, "labels version"
    accs = lab["accounts"]
    errors = collections.Counter()
    seen_acc = collections.Counter()
    eu_accts = collections.defaultdict(set)
    ids = set()
    n = 0
    prev = None
    t_min = parse_ts("2027-10-04T00:00:00Z"); t_max = parse_ts("2027-10-11T00:00:00Z"); rel = parse_ts(RELEASE + "Z")
    with gzip.open(d + "/traffic.jsonl.gz", "rt", encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                r = json.loads(line)
            except ValueError:
                errors["invalid json"] += 1
                continue
            if "ts" not in r or "account_id" not in r:
                errors["missing required"] += 1
                continue
            if "messages" not in r and "prompt" not in r:
                errors["no messages/prompt"] += 1
            t = parse_ts(r["ts"])
            if not (t_min <= t < t_max):
                errors["ts outside week"] += 1
            if prev and t < prev:
                errors["not time-ordered"] += 1
            prev = t
            if r.get("id") in ids:
                errors["duplicate id"] += 1
            ids.add(r.get("id"))
            if "messages" in r:
                ms = r["messages"]
                if not isinstance(ms, list) or not ms:
                    errors["messages not a non-empty list"] += 1
                for m in ms:
                    if m.get("role") not in ROLES:
                        errors["bad role"] += 1
                    c = m.get("content")
                    if not isinstance(c, (str, list)):
                        errors["content not str/list"] += 1
                if ms and ms[-1].get("role") not in ("user", "tool"):
                    errors["last message not user/tool"] += 1
            if "ip" in r:
                try:
                    ipaddress.ip_address(r["ip"])
                except ValueError:
                    errors["bad ip"] += 1
            if "account_created" in r and parse_ts(r["account_created"]) > t:
                errors["request before account creation"] += 1
            if r.get("model") == "sm-sahel-r1" and t < rel:
                errors["new model before release"] += 1
            if r.get("status", 200) == 200 and not r.get("response") and not r.get("tool_calls"):
                errors["empty 200 response"] += 1
            u = r.get("usage", {})
            if u and not all(isinstance(u.get(k), int) for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
                errors["usage"] += 1
            seen_acc[r["account_id"]] += 1
            if r.get("end_user"):
                eu_accts[r["end_user"]].add(r["account_id"])
    for a in seen_acc:
        if a not in accs:
            errors["unlabelled account"] += 1
    for a, v in accs.items():
        if a not in seen_acc:
            errors["labelled account without traffic"] += 1
        if v["label"] == "campaign" and v.get("held_out") is not True:
            errors["campaign account not held_out"] += 1
        if v["label"] not in ("benign", "campaign"):
            errors["bad label"] += 1
    for eu, v in lab.get("end_users", {}).items():
        if eu not in eu_accts:
            errors["labelled end user without traffic"] += 1
        elif set(v["account_ids"]) != eu_accts[eu]:
            errors["end user account_ids mismatch"] += 1
        if v.get("held_out") is not True or v.get("label") != "campaign":
            errors["end user label"] += 1
    camp = sum(1 for v in accs.values() if v["label"] == "campaign")
    print("exchanges %d, accounts %d (campaign %d, %.1f%%), end users %d (labelled campaign %d)" % (
        n, len(seen_acc), camp, 100.0 * camp / max(1, len(accs)), len(eu_accts), len(lab.get("end_users", {}))))
    if errors:
        for k, v in errors.most_common():
            print("ERROR %-40s %d" % (k, v))
        return 1
    print("OK: valid per docs/formats.md sections 1 and 4")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
