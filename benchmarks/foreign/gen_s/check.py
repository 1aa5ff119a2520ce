#!/usr/bin/env python3
"""Validate a gen_s output directory: python3 check.py DIR

Checks the exchange log against the documented format (docs/formats.md section 1), labels.json against
the labels format (section 4), that every account is labelled and every labelled account has traffic,
that campaign end users are carried by the accounts their labels name, and that the counts in
manifest.json add up. Exits 1 on any failure."""
import datetime as dt
import gzip
import ipaddress
import json
import os
import sys
from collections import Counter, defaultdict

try:
    import orjson

    loads = orjson.loads
except Exception:  # pragma: no cover
    loads = json.loads

W0 = dt.datetime(2028, 5, 1, tzinfo=dt.timezone.utc).timestamp()
W1 = W0 + 7 * 86400
RELEASE = dt.datetime(2028, 5, 3, 15, tzinfo=dt.timezone.utc).timestamp()
KNOWN_MODELS = {"boreal-4", "boreal-4-mini", "boreal-r1", "boreal-r2"}


def parse_ts(s):
    if isinstance(s, (int, float)):
        return float(s)
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def main(d):
    errors = []

    def err(msg):
        if len(errors) < 60:
            errors.append(msg)
        else:
            errors.append(None)

    labels = json.load(open(os.path.join(d, "labels.json"), encoding="utf-8"))
    manifest = json.load(open(os.path.join(d, "manifest.json"), encoding="utf-8"))
    if labels.get("version") != 1 or not isinstance(labels.get("accounts"), dict):
        err("labels.json: version must be 1 and accounts a dict")
    L = labels["accounts"]
    for aid, lab in L.items():
        if lab.get("label") == "benign":
            if not isinstance(lab.get("population"), str) or not lab["population"]:
                err(f"label {aid}: benign without population")
            if "campaign_id" in lab:
                err(f"label {aid}: benign with campaign_id")
        elif lab.get("label") == "campaign":
            if not lab.get("campaign_id") or not lab.get("tactic"):
                err(f"label {aid}: campaign without campaign_id/tactic")
            if lab.get("held_out") is not True:
                err(f"label {aid}: campaign account not held_out")
        else:
            err(f"label {aid}: unknown label {lab.get('label')!r}")
    EU = labels.get("end_users", {})
    for eu, lab in EU.items():
        if lab.get("label") != "campaign" or not lab.get("campaign_id") or not lab.get("tactic") or lab.get("held_out") is not True:
            err(f"end user {eu}: bad label {lab}")
        if not isinstance(lab.get("account_ids"), list) or not lab["account_ids"]:
            err(f"end user {eu}: no account_ids")
        for a in lab.get("account_ids", []):
            if a not in L:
                err(f"end user {eu}: account {a} not labelled")

    seen_ids = set()
    per_acct = Counter()
    ident = {}
    eu_seen = defaultdict(set)
    n = 0
    last = -1e18
    models = Counter()
    nonen = 0
    with gzip.open(os.path.join(d, "traffic.jsonl.gz"), "rb") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                r = loads(line)
            except Exception as e:
                err(f"line {ln}: invalid JSON ({e})")
                continue
            if not isinstance(r, dict):
                err(f"line {ln}: not an object")
                continue
            aid = r.get("account_id")
            if not isinstance(aid, str) or not aid:
                err(f"line {ln}: missing account_id")
                continue
            try:
                t = parse_ts(r["ts"])
            except Exception:
                err(f"line {ln}: missing/invalid ts")
                continue
            if not (W0 <= t < W1):
                err(f"line {ln}: ts {r['ts']} outside the week")
            if t < last:
                err(f"line {ln}: log not time-ordered")
            last = t
            if "messages" in r:
                ms = r["messages"]
                if not isinstance(ms, list) or not ms:
                    err(f"line {ln}: messages not a non-empty list")
                else:
                    for m in ms:
                        if not isinstance(m, dict) or "role" not in m or "content" not in m:
                            err(f"line {ln}: message without role/content")
                            break
                        c = m["content"]
                        if isinstance(c, list):
                            if not all(isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str) for p in c):
                                err(f"line {ln}: bad content parts")
                        elif not isinstance(c, str):
                            err(f"line {ln}: content neither string nor parts")
                        elif any(ord(ch) > 0x2FF for ch in c[:200]):
                            nonen += 1
            elif not isinstance(r.get("prompt"), str):
                err(f"line {ln}: neither messages nor prompt")
            xid = r.get("id")
            if xid in seen_ids:
                err(f"line {ln}: duplicate id {xid}")
            seen_ids.add(xid)
            try:
                ipaddress.ip_address(r["ip"])
            except Exception:
                err(f"line {ln}: bad ip {r.get('ip')!r}")
            ac = parse_ts(r["account_created"])
            if ac > t:
                err(f"line {ln}: exchange before account creation")
            m = r.get("model")
            models[m] += 1
            if m not in KNOWN_MODELS:
                err(f"line {ln}: unknown model {m}")
            if m == "boreal-r2" and t < RELEASE:
                err(f"line {ln}: boreal-r2 used before its release")
            if not isinstance(r.get("params"), dict) or not isinstance(r.get("usage"), dict) or not isinstance(r.get("status"), int):
                err(f"line {ln}: params/usage/status malformed")
            u = r["usage"]
            if not all(isinstance(u.get(k), int) and u[k] >= 0 for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
                err(f"line {ln}: usage fields")
            key = (r.get("org_id"), r.get("payment_fingerprint"), r.get("account_created"))
            if ident.setdefault(aid, key) != key:
                err(f"line {ln}: account {aid} changes org/card/creation time")
            per_acct[aid] += 1
            eu = r.get("end_user")
            if eu is not None and eu in EU:
                eu_seen[eu].add(aid)

    for aid in per_acct:
        if aid not in L:
            err(f"account {aid} in traffic but not labelled")
    for aid in L:
        if aid not in per_acct:
            err(f"account {aid} labelled but has no traffic")
    for eu, lab in EU.items():
        if set(lab["account_ids"]) != eu_seen.get(eu, set()):
            err(f"end user {eu}: labelled accounts {lab['account_ids']} != carrying accounts {sorted(eu_seen.get(eu, ()))}")

    pop_acc, pop_ex, camp_acc, camp_ex = Counter(), Counter(), Counter(), Counter()
    for aid, k in per_acct.items():
        lab = L.get(aid)
        if not lab:
            continue
        if lab["label"] == "benign":
            pop_acc[lab["population"]] += 1
            pop_ex[lab["population"]] += k
        else:
            camp_acc[lab["campaign_id"]] += 1
            camp_ex[lab["campaign_id"]] += k
    eu_c = Counter(v["campaign_id"] for v in EU.values())
    if manifest["exchanges"] != n:
        err(f"manifest exchanges {manifest['exchanges']} != {n} lines")
    if manifest["accounts"] != len(per_acct):
        err(f"manifest accounts {manifest['accounts']} != {len(per_acct)}")
    if manifest["benign_exchanges"] + manifest["campaign_account_exchanges"] != n:
        err("benign + campaign exchanges do not add up to the total")
    if sum(pop_ex.values()) + sum(camp_ex.values()) != n:
        err("per-account counts do not add up to the total")
    for p, v in manifest["populations"].items():
        if (v["accounts"], v["exchanges"]) != (pop_acc[p], pop_ex[p]):
            err(f"population {p}: manifest {v} != recount {(pop_acc[p], pop_ex[p])}")
    if set(manifest["populations"]) != set(pop_acc):
        err("population sets differ")
    tactics = {}
    for c, v in manifest["campaigns"].items():
        if (v["accounts"], v["exchanges"], v["labelled_end_users"]) != (camp_acc[c], camp_ex[c], eu_c[c]):
            err(f"campaign {c}: manifest counts != recount {(camp_acc[c], camp_ex[c], eu_c[c])}")
        tactics[c] = v["tactic"]
    for aid, lab in L.items():
        if lab["label"] == "campaign" and tactics.get(lab["campaign_id"]) != lab["tactic"]:
            err(f"account {aid}: tactic {lab['tactic']} differs from its campaign's")
    if set(camp_acc) - set(manifest["campaigns"]):
        err("labelled campaign missing from manifest")

    own = sum(1 for v in manifest["campaigns"].values() if v["origin"] == "own")
    targets = [("exchanges", n, 300_000, 360_000), ("accounts", len(per_acct), 6_000, 8_000),
               ("campaign accounts", sum(camp_acc.values()), 1_800, 2_300), ("benign populations", len(pop_acc), 12, 99),
               ("campaigns", len(manifest["campaigns"]), 14, 99), ("own-design tactics", own, 5, 99)]
    for name, v, lo, hi in targets:
        if not lo <= v <= hi:
            err(f"{name} = {v} outside [{lo}, {hi}]")

    print(f"lines: {n}  accounts: {len(per_acct)}  benign: {sum(pop_acc.values())} in {len(pop_acc)} populations  "
          f"campaign: {sum(camp_acc.values())} in {len(camp_acc)} campaigns ({own} own-design tactics)  "
          f"labelled campaign end users: {len(EU)}")
    print("models:", dict(models), f" messages with non-Latin script: {nonen}")
    if errors:
        shown = [e for e in errors if e]
        print(f"FAILED: {len(shown)}{'+' if None in errors else ''} problems")
        for e in shown:
            print("  -", e)
        return 1
    print("OK: formats valid, every account labelled, counts add up")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
