#!/usr/bin/env python3
"""Validate a gen_o output folder against docs/formats.md §1 (exchange log) and §4 (labels), and
print counts per population and campaign.

    python3 check.py DIR        (DIR holds traffic.jsonl.gz and labels.json; exit 1 on any error)
"""
import collections
import gzip
import ipaddress
import json
import re
import sys
import time

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STR_FIELDS = ("id", "org_id", "api_key_id", "end_user", "user_agent", "payment_fingerprint", "model", "response", "reasoning",
              "conversation_id", "account_id")


def check_exchange(d, errs):
    if not isinstance(d, dict):
        return errs.append("not an object")
    ts = d.get("ts")
    if not ((isinstance(ts, str) and RFC3339.match(ts)) or (isinstance(ts, (int, float)) and not isinstance(ts, bool))):
        errs.append("bad or missing ts")
    if not isinstance(d.get("account_id"), str) or not d.get("account_id"):
        errs.append("bad or missing account_id")
    if "messages" not in d and "prompt" not in d:
        errs.append("neither messages nor prompt")
    if "messages" in d:
        ms = d["messages"]
        if not isinstance(ms, list) or not ms:
            errs.append("messages not a non-empty list")
        else:
            for m in ms:
                if not isinstance(m, dict) or not isinstance(m.get("role"), str) or "content" not in m:
                    errs.append("message without role/content")
                    break
                c = m["content"]
                if not (isinstance(c, str) or (isinstance(c, list) and all(isinstance(p, dict) for p in c))):
                    errs.append("content neither string nor list of parts")
                    break
    if "prompt" in d and not isinstance(d["prompt"], str):
        errs.append("prompt not a string")
    for f in STR_FIELDS:
        if f in d and not isinstance(d[f], str):
            errs.append("%s not a string" % f)
    if "ip" in d:
        try:
            ipaddress.ip_address(d["ip"])
        except (ValueError, TypeError):
            errs.append("bad ip %r" % d.get("ip"))
    if "account_created" in d and not (isinstance(d["account_created"], str) and RFC3339.match(d["account_created"])):
        errs.append("bad account_created")
    if "params" in d and not isinstance(d["params"], dict):
        errs.append("params not an object")
    if "usage" in d:
        u = d["usage"]
        if not isinstance(u, dict) or any(not isinstance(u.get(k, 0), int) or u.get(k, 0) < 0
                                          for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
            errs.append("bad usage")
    if "status" in d and (not isinstance(d["status"], int) or isinstance(d["status"], bool)):
        errs.append("status not an integer")


def main(folder):
    errors = collections.Counter()
    first_err = {}
    acc_n = collections.Counter()
    eu_acc = collections.defaultdict(set)
    eu_n = collections.Counter()
    ids = set()
    last_ts, unsorted, n, n_bad = "", 0, 0, 0
    fields = collections.Counter()
    status = collections.Counter()
    models = collections.Counter()
    path = folder.rstrip("/") + "/traffic.jsonl.gz"
    with open(path, "rb") as f:
        head = f.read(10)
    if head[:2] != b"\x1f\x8b" or head[4:8] != b"\0\0\0\0":
        errors["gzip header: not gzip or mtime != 0"] += 1
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            n += 1
            errs = []
            try:
                d = json.loads(line)
            except ValueError:
                d, errs = None, ["invalid JSON"]
            if d is not None:
                check_exchange(d, errs)
            if errs:
                n_bad += 1
                for e in errs:
                    errors[e] += 1
                    first_err.setdefault(e, i)
                continue
            fields.update(d.keys())
            if d.get("id") in ids:
                errors["duplicate id"] += 1
            ids.add(d.get("id"))
            ts = d["ts"] if isinstance(d["ts"], str) else time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(d["ts"]))
            if ts < last_ts:
                unsorted += 1
            last_ts = ts
            if not ("2028-01-10" <= ts[:10] <= "2028-01-16"):
                errors["ts outside the week"] += 1
            acc_n[d["account_id"]] += 1
            status[d.get("status")] += 1
            models[d.get("model")] += 1
            if "end_user" in d:
                eu_acc[d["end_user"]].add(d["account_id"])
                eu_n[d["end_user"]] += 1
    if unsorted:
        errors["lines out of time order"] += unsorted
    with open(folder.rstrip("/") + "/labels.json", encoding="utf-8") as f:
        lab = json.load(f)
    if lab.get("version") != 1 or not isinstance(lab.get("accounts"), dict):
        errors["labels: version/accounts"] += 1
    accs = lab.get("accounts", {})
    pop_acc, pop_ex = collections.Counter(), collections.Counter()
    camp_acc, camp_ex, camp_tac, camp_ho = collections.Counter(), collections.Counter(), {}, {}
    for a, L in accs.items():
        if a not in acc_n:
            errors["labelled account absent from traffic"] += 1
        if L.get("label") == "benign":
            if not isinstance(L.get("population"), str):
                errors["benign label without population"] += 1
            pop_acc[L.get("population")] += 1
            pop_ex[L.get("population")] += acc_n[a]
        elif L.get("label") == "campaign":
            if not isinstance(L.get("campaign_id"), str) or not isinstance(L.get("tactic"), str):
                errors["campaign label without campaign_id/tactic"] += 1
            if "held_out" in L and not isinstance(L["held_out"], bool):
                errors["held_out not a boolean"] += 1
            c = L.get("campaign_id")
            camp_acc[c] += 1
            camp_ex[c] += acc_n[a]
            camp_tac[c], camp_ho[c] = L.get("tactic"), bool(L.get("held_out"))
        else:
            errors["label neither benign nor campaign"] += 1
    for a in acc_n:
        if a not in accs:
            errors["account in traffic without a label"] += 1
    camp_eu, camp_eu_ex = collections.Counter(), collections.Counter()
    for u, L in lab.get("end_users", {}).items():
        if L.get("label") != "campaign" or not isinstance(L.get("campaign_id"), str) or not isinstance(L.get("tactic"), str):
            errors["end-user label malformed"] += 1
        if u not in eu_acc:
            errors["labelled end user absent from traffic"] += 1
        elif set(L.get("account_ids", [])) != eu_acc[u]:
            errors["end-user account_ids differ from traffic"] += 1
        c = L.get("campaign_id")
        camp_eu[c] += 1
        camp_eu_ex[c] += eu_n[u]
        camp_tac.setdefault(c, L.get("tactic"))
        camp_ho.setdefault(c, bool(L.get("held_out")))
    print("exchanges %d (invalid %d), accounts %d, end users %d (campaign-labelled %d)"
          % (n, n_bad, len(acc_n), len(eu_acc), len(lab.get("end_users", {}))))
    print("campaign accounts %d of %d (%.1f%%)" % (sum(camp_acc.values()), len(accs), 100.0 * sum(camp_acc.values()) / max(1, len(accs))))
    print("status %s" % dict(sorted(status.items())))
    print("models %s" % dict(models.most_common()))
    print("field coverage: %s" % ", ".join("%s %.0f%%" % (k, 100.0 * v / max(1, n)) for k, v in fields.most_common()))
    print("\n%-28s %8s %9s" % ("population", "accounts", "exchanges"))
    for p in sorted(pop_acc):
        print("%-28s %8d %9d" % (p, pop_acc[p], pop_ex[p]))
    print("%-28s %8d %9d" % ("(benign total)", sum(pop_acc.values()), sum(pop_ex.values())))
    print("\n%-7s %-28s %8s %9s %9s %9s %s" % ("id", "tactic", "accounts", "exchanges", "end_users", "eu_exch", "held_out"))
    for c in sorted(camp_tac):
        print("%-7s %-28s %8d %9d %9d %9d %s" % (c, camp_tac[c], camp_acc[c], camp_ex[c], camp_eu[c], camp_eu_ex[c], camp_ho[c]))
    print("%-36s %8d %9d %9d %9d" % ("(campaign total)", sum(camp_acc.values()), sum(camp_ex.values()), sum(camp_eu.values()),
                                      sum(camp_eu_ex.values())))
    if errors:
        print("\nERRORS:")
        for e, k in errors.most_common():
            print("  %-50s %d%s" % (e, k, "  (first at line %d)" % first_err[e] if e in first_err else ""))
        return 1
    print("\nOK: traffic.jsonl.gz and labels.json follow formats.md §1 and §4")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
