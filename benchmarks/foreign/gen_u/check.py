#!/usr/bin/env python3
"""Validate a gen_u output folder: log format (formats.md §1), labels (§4) and counts against manifest.json.

    python3 check.py /work/foreign/gen_u
Exit status 0 when every check passes; each failure is printed.
"""
import calendar
import gzip
import ipaddress
import os
import re
import sys
from collections import Counter, defaultdict

import orjson

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STR_FIELDS = ("id", "org_id", "api_key_id", "end_user", "ip", "user_agent", "payment_fingerprint", "account_created", "model",
              "response", "reasoning", "conversation_id", "account_id")


def parse_ts(s):
    base = calendar.timegm(tuple(int(x) for x in (s[0:4], s[5:7], s[8:10], s[11:13], s[14:16], s[17:19])) + (0, 0, 0))
    frac = re.match(r"^\.(\d+)", s[19:])
    return base + (float("0." + frac.group(1)) if frac else 0.0)


def main(folder):
    errors = []

    def err(msg):
        if len(errors) < 200:
            errors.append(msg)

    man = orjson.loads(open(os.path.join(folder, "manifest.json"), "rb").read())
    labels = orjson.loads(open(os.path.join(folder, "labels.json"), "rb").read())
    week0 = parse_ts(man["week"]["start"])
    week1 = parse_ts(man["week"]["end"])
    release = parse_ts(man["new_model"]["released"])
    new_model = man["new_model"]["name"]
    models = set(man["models"])

    acct_ex = Counter()
    acct_first = {}
    acct_created = {}
    eu_ex = Counter()
    eu_accts = defaultdict(set)
    ids = set()
    n = 0
    prev = -1.0
    model_count = Counter()
    r1_first = None
    with gzip.open(os.path.join(folder, man["files"]["traffic"]), "rb") as f:
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
            for k in ("ts", "account_id"):
                if k not in d:
                    err("line %d: missing %s" % (ln, k))
            if ("messages" in d) == ("prompt" in d):
                err("line %d: needs exactly one of messages / prompt" % ln)
            ts = d.get("ts")
            if not isinstance(ts, str) or not RFC3339.match(ts):
                err("line %d: ts not RFC 3339: %r" % (ln, ts))
                continue
            t = parse_ts(ts)
            if not (week0 <= t < week1):
                err("line %d: ts outside the week" % ln)
            if t < prev:
                err("line %d: log not time-ordered" % ln)
            prev = t
            for k in STR_FIELDS:
                if k in d and not isinstance(d[k], str):
                    err("line %d: %s not a string" % (ln, k))
            if "messages" in d:
                msgs = d["messages"]
                if not isinstance(msgs, list) or not msgs:
                    err("line %d: messages not a non-empty list" % ln)
                else:
                    for m in msgs:
                        if not isinstance(m, dict) or "role" not in m or "content" not in m or not isinstance(m["content"], (str, list)):
                            err("line %d: bad message %r" % (ln, str(m)[:80]))
                            break
            if "ip" in d:
                try:
                    ipaddress.ip_address(d["ip"])
                except ValueError:
                    err("line %d: bad ip %r" % (ln, d["ip"]))
            if "params" in d and not isinstance(d["params"], dict):
                err("line %d: params not an object" % ln)
            if "usage" in d:
                u = d["usage"]
                if not isinstance(u, dict) or any(not isinstance(u.get(k), int) for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
                    err("line %d: bad usage" % ln)
            if "status" in d and not isinstance(d["status"], int):
                err("line %d: status not an int" % ln)
            if "account_created" in d:
                if not RFC3339.match(d["account_created"]):
                    err("line %d: account_created not RFC 3339" % ln)
                acct_created.setdefault(d["account_id"], set()).add(d["account_created"])
            if "id" in d:
                if d["id"] in ids:
                    err("line %d: duplicate id %s" % (ln, d["id"]))
                ids.add(d["id"])
            m = d.get("model")
            model_count[m] += 1
            if m not in models:
                err("line %d: unknown model %r" % (ln, m))
            if m == new_model:
                if t < release:
                    err("line %d: %s used before its release" % (ln, new_model))
                r1_first = t if r1_first is None else min(r1_first, t)
            a = d["account_id"]
            acct_ex[a] += 1
            acct_first.setdefault(a, t)
            if "end_user" in d:
                eu_ex[d["end_user"]] += 1
                eu_accts[d["end_user"]].add(a)

    # accounts created before first use, one creation date each
    for a, cs in acct_created.items():
        if len(cs) != 1:
            err("account %s has %d creation dates" % (a, len(cs)))
        elif parse_ts(next(iter(cs))) > acct_first[a]:
            err("account %s used before its creation" % a)

    # labels (§4)
    if labels.get("version") != 1:
        err("labels: version is not 1")
    la = labels.get("accounts", {})
    if set(la) != set(acct_ex):
        err("labels: %d accounts labelled, %d in the log, %d unlabelled, %d labelled but absent" % (
            len(la), len(acct_ex), len(set(acct_ex) - set(la)), len(set(la) - set(acct_ex))))
    pops = Counter()
    pop_ex = Counter()
    camps = Counter()
    camp_ex = Counter()
    tactic = {}
    for a, l in la.items():
        if l.get("label") == "benign":
            if not isinstance(l.get("population"), str):
                err("labels: benign %s has no population" % a)
            pops[l.get("population")] += 1
            pop_ex[l.get("population")] += acct_ex[a]
        elif l.get("label") == "campaign":
            for k in ("campaign_id", "tactic"):
                if not isinstance(l.get(k), str):
                    err("labels: campaign account %s lacks %s" % (a, k))
            if l.get("held_out") is not True:
                err("labels: campaign account %s is not held_out" % a)
            camps[l["campaign_id"]] += 1
            camp_ex[l["campaign_id"]] += acct_ex[a]
            if tactic.setdefault(l["campaign_id"], l["tactic"]) != l["tactic"]:
                err("labels: campaign %s has several tactics" % l["campaign_id"])
        else:
            err("labels: %s has label %r" % (a, l.get("label")))
    ceu = Counter()
    ceu_ex = Counter()
    for eu, l in labels.get("end_users", {}).items():
        if eu not in eu_ex:
            err("labels: end user %s never appears" % eu)
            continue
        if sorted(eu_accts[eu]) != sorted(l.get("account_ids", [])):
            err("labels: end user %s account_ids mismatch" % eu)
        if l.get("label") != "campaign" or not l.get("campaign_id") or not l.get("tactic") or l.get("held_out") is not True:
            err("labels: end user %s malformed" % eu)
        ceu[l.get("campaign_id")] += 1
        ceu_ex[l.get("campaign_id")] += eu_ex[eu]
        if tactic.setdefault(l["campaign_id"], l["tactic"]) != l["tactic"]:
            err("labels: end user %s tactic differs from its campaign" % eu)

    # counts against the manifest
    tot = man["totals"]
    if tot["exchanges"] != n:
        err("manifest: exchanges %d, log has %d" % (tot["exchanges"], n))
    if tot["accounts"] != len(acct_ex):
        err("manifest: accounts %d, log has %d" % (tot["accounts"], len(acct_ex)))
    nb = sum(pops.values())
    nc = sum(camps.values())
    if tot["benign_accounts"] != nb or tot["campaign_accounts"] != nc:
        err("manifest: benign/campaign accounts %d/%d, labels %d/%d" % (tot["benign_accounts"], tot["campaign_accounts"], nb, nc))
    if tot["campaign_end_users"] != sum(ceu.values()):
        err("manifest: campaign end users %d, labels %d" % (tot["campaign_end_users"], sum(ceu.values())))
    for p, v in man["populations"].items():
        if v["accounts"] != pops[p] or v["exchanges"] != pop_ex[p]:
            err("manifest: population %s accounts/exchanges %d/%d, labels+log %d/%d" % (p, v["accounts"], v["exchanges"], pops[p], pop_ex[p]))
    if set(man["populations"]) != set(pops):
        err("manifest: populations differ from labels")
    for c, v in man["campaigns"].items():
        if v["accounts"] != camps[c] or v["exchanges"] != camp_ex[c] or v["end_users"] != ceu[c] or v["end_user_exchanges"] != ceu_ex[c]:
            err("manifest: campaign %s counts differ (accounts %d/%d, exchanges %d/%d, end users %d/%d)" % (
                c, v["accounts"], camps[c], v["exchanges"], camp_ex[c], v["end_users"], ceu[c]))
        if v["tactic"] != tactic.get(c):
            err("manifest: campaign %s tactic %s, labels %s" % (c, v["tactic"], tactic.get(c)))
        if v["origin"] not in ("public", "own"):
            err("manifest: campaign %s origin %r" % (c, v["origin"]))
        if camps[c] + ceu[c] == 0:
            err("manifest: campaign %s has neither accounts nor end users" % c)

    # the brief's envelope
    own = sum(1 for v in man["campaigns"].values() if v["origin"] == "own")
    share = nc / max(1, nb + nc)
    checks = [(len(pops) >= 14, "at least 14 benign populations (%d)" % len(pops)),
              (len(man["campaigns"]) >= 18, "at least 18 campaigns (%d)" % len(man["campaigns"])),
              (own >= 6, "at least 6 own-design tactics (%d)" % own),
              (0.25 <= share <= 0.30, "25-30%% of accounts in campaigns (%.1f%%)" % (100 * share)),
              (300_000 <= n <= 350_000, "300k-350k exchanges (%d)" % n),
              (6_000 <= nb + nc <= 7_500, "6,000-7,500 accounts (%d)" % (nb + nc)),
              (r1_first is not None and r1_first < release + 86400, "%s in use on its release day" % new_model)]
    for ok, what in checks:
        if not ok:
            err("envelope: " + what)
    size = os.path.getsize(os.path.join(folder, man["files"]["traffic"])) / 1e6
    if size > 120:
        err("envelope: compressed log %.1f MB > 120 MB" % size)

    print("exchanges %d, accounts %d (benign %d, campaign %d = %.1f%%), campaign end users %d, populations %d, campaigns %d (own %d), %.1f MB" % (
        n, nb + nc, nb, nc, 100 * share, sum(ceu.values()), len(pops), len(man["campaigns"]), own, size))
    print("models: " + ", ".join("%s %d" % kv for kv in sorted(model_count.items())))
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/foreign/gen_u"))
