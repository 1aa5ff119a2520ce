# -*- coding: utf-8 -*-
"""Validate a gen_v output folder against docs/formats.md (§1 exchange log, §4 labels) and its manifest.

usage: python check.py /work/foreign/gen_v [--determinism SEED]
exit status 0 when every check passes; problems are listed (first few examples each).
"""
import argparse
import collections
import datetime as dt
import gzip
import hashlib
import ipaddress
import os
import re
import subprocess
import sys
import tempfile

import orjson

WEEK0 = dt.datetime(2028, 9, 4, tzinfo=dt.timezone.utc).timestamp()
WEEK_END = WEEK0 + 7 * 86400
RELEASE = WEEK0 + 2 * 86400 + 2 * 3600
NEW_MODEL = "qilin-think-2"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STR_FIELDS = ("id", "org_id", "api_key_id", "end_user", "user_agent", "payment_fingerprint", "model", "response", "reasoning", "conversation_id")


class Problems:
    def __init__(self):
        self.items = collections.OrderedDict()

    def add(self, kind, example):
        lst = self.items.setdefault(kind, [0, []])
        lst[0] += 1
        if len(lst[1]) < 3:
            lst[1].append(str(example)[:200])

    def __bool__(self):
        return bool(self.items)

    def report(self):
        for k, (n, ex) in self.items.items():
            print("FAIL %-44s %7d  e.g. %s" % (k, n, " | ".join(ex)))


def parse_ts(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if isinstance(v, str) and RFC3339.match(v):
        return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp()
    return None


def check_exchange(d, ln, P):
    if not isinstance(d, dict):
        P.add("line is not a JSON object", ln)
        return None
    ts = parse_ts(d.get("ts"))
    if ts is None:
        P.add("ts missing or not RFC 3339 / number", ln)
    if not isinstance(d.get("account_id"), str) or not d.get("account_id"):
        P.add("account_id missing or not a string", ln)
    has_m, has_p = "messages" in d, "prompt" in d
    if not (has_m or has_p):
        P.add("neither messages nor prompt", ln)
    if has_m:
        ms = d["messages"]
        if not isinstance(ms, list) or not ms:
            P.add("messages not a non-empty list", ln)
        else:
            for m in ms:
                if not isinstance(m, dict) or not isinstance(m.get("role"), str) or not isinstance(m.get("content"), (str, list)):
                    P.add("message without role / content (string or list)", ln)
                    break
    if has_p and not isinstance(d["prompt"], str):
        P.add("prompt not a string", ln)
    for f in STR_FIELDS:
        if f in d and not isinstance(d[f], str):
            P.add("%s not a string" % f, ln)
    if "ip" in d:
        try:
            ipaddress.ip_address(d["ip"])
        except (ValueError, TypeError):
            P.add("ip not IPv4/IPv6", "%d %r" % (ln, d["ip"]))
    if "account_created" in d and (not isinstance(d["account_created"], str) or not RFC3339.match(d["account_created"])):
        P.add("account_created not RFC 3339", ln)
    if "params" in d and not isinstance(d["params"], dict):
        P.add("params not an object", ln)
    if "usage" in d:
        u = d["usage"]
        if not isinstance(u, dict) or any(not isinstance(u.get(k), int) or u.get(k) < 0 for k in ("input_tokens", "output_tokens", "reasoning_tokens")):
            P.add("usage not {input_tokens, output_tokens, reasoning_tokens} >= 0", ln)
    if "status" in d and (not isinstance(d["status"], int) or isinstance(d["status"], bool)):
        P.add("status not an integer", ln)
    return ts


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--determinism", type=int, default=None, help="regenerate with this seed into a temp folder and compare bytes")
    args = ap.parse_args(argv)
    P = Problems()
    folder = args.folder
    for f in ("traffic.jsonl.gz", "labels.json", "manifest.json"):
        if not os.path.exists(os.path.join(folder, f)):
            print("FAIL missing", f)
            return 1
    labels = orjson.loads(open(os.path.join(folder, "labels.json"), "rb").read())
    man = orjson.loads(open(os.path.join(folder, "manifest.json"), "rb").read())

    # ---------------- traffic (§1) ----------------
    n = 0
    ids = set()
    last = -1e18
    acc_n = collections.Counter()
    acc_created = {}
    eu_acc = collections.defaultdict(set)
    eu_n = collections.Counter()
    models_before = collections.Counter()
    scripts = collections.Counter()
    with gzip.open(os.path.join(folder, "traffic.jsonl.gz"), "rb") as g:
        for ln, line in enumerate(g, 1):
            try:
                d = orjson.loads(line)
            except orjson.JSONDecodeError:
                P.add("invalid JSON", ln)
                continue
            ts = check_exchange(d, ln, P)
            n += 1
            aid = d.get("account_id")
            acc_n[aid] += 1
            if "id" in d:
                if d["id"] in ids:
                    P.add("duplicate exchange id", d["id"])
                ids.add(d["id"])
            if ts is not None:
                if ts < last:
                    P.add("traffic not sorted by ts", ln)
                last = max(last, ts)
                if not (WEEK0 <= ts < WEEK_END):
                    P.add("ts outside the week", "%d %s" % (ln, d.get("ts")))
                if d.get("model") == NEW_MODEL and ts < RELEASE:
                    models_before[d.get("model")] += 1
                ca = d.get("account_created")
                if isinstance(ca, str):
                    c = parse_ts(ca)
                    if acc_created.setdefault(aid, ca) != ca:
                        P.add("account_created differs within an account", aid)
                    if c is not None and ts < c:
                        P.add("exchange before its account was created", ln)
            if d.get("end_user"):
                eu_acc[d["end_user"]].add(aid)
                eu_n[d["end_user"]] += 1
            if n % 50 == 1:
                txt = d["messages"][-1]["content"] if d.get("messages") else d.get("prompt", "")
                if isinstance(txt, str):
                    scripts["cjk"] += bool(re.search(r"[\u4e00-\u9fff]", txt))
                    scripts["tamil"] += bool(re.search(r"[\u0b80-\u0bff]", txt))
                    scripts["kana"] += bool(re.search(r"[\u3040-\u30ff]", txt))
                    scripts["malay"] += bool(re.search(r"\b(yang|dan|untuk|saya|awak|berapa)\b", txt))
    if models_before:
        P.add("new model used before its release", dict(models_before))

    # ---------------- labels (§4) ----------------
    if labels.get("version") != 1:
        P.add("labels version is not 1", labels.get("version"))
    la = labels.get("accounts")
    if not isinstance(la, dict):
        P.add("labels.accounts not an object", type(la))
        la = {}
    for aid in acc_n:
        if aid not in la:
            P.add("account in traffic without a label", aid)
    for aid, l in la.items():
        if aid not in acc_n:
            P.add("label for an account not in traffic", aid)
        if not isinstance(l, dict) or l.get("label") not in ("benign", "campaign"):
            P.add("label is not benign / campaign", aid)
            continue
        if l["label"] == "benign":
            if not isinstance(l.get("population"), str):
                P.add("benign label without population", aid)
            if "campaign_id" in l:
                P.add("benign label with campaign_id", aid)
        else:
            if not isinstance(l.get("campaign_id"), str) or not isinstance(l.get("tactic"), str):
                P.add("campaign label without campaign_id / tactic", aid)
            if l.get("held_out") is not True:
                P.add("campaign account not held_out: true", aid)
    leu = labels.get("end_users", {})
    if not isinstance(leu, dict):
        P.add("labels.end_users not an object", type(leu))
        leu = {}
    for uid, l in leu.items():
        if l.get("label") != "campaign" or not l.get("campaign_id") or not l.get("tactic") or l.get("held_out") is not True:
            P.add("end-user label incomplete (label, campaign_id, tactic, held_out)", uid)
        acs = l.get("account_ids")
        if not isinstance(acs, list) or not acs:
            P.add("end-user label without account_ids", uid)
        elif set(acs) != eu_acc.get(uid, set()):
            P.add("end-user account_ids differ from the traffic", uid)

    # ---------------- manifest ----------------
    cnt = man.get("counts", {})
    camp_acc = [a for a, l in la.items() if l.get("label") == "campaign"]
    expect = {"exchanges": n, "accounts": len(acc_n), "campaign_accounts": len(camp_acc), "benign_accounts": len(acc_n) - len(camp_acc),
              "end_users": len(eu_acc), "campaign_end_users": len(leu)}
    for k, v in expect.items():
        if cnt.get(k) != v:
            P.add("manifest counts.%s" % k, "manifest %s, actual %s" % (cnt.get(k), v))
    pop_a, pop_x = collections.Counter(), collections.Counter()
    camp_a, camp_x, camp_t = collections.Counter(), collections.Counter(), {}
    for aid, l in la.items():
        if l.get("label") == "benign":
            pop_a[l["population"]] += 1
            pop_x[l["population"]] += acc_n[aid]
        elif l.get("label") == "campaign":
            camp_a[l["campaign_id"]] += 1
            camp_x[l["campaign_id"]] += acc_n[aid]
            if camp_t.setdefault(l["campaign_id"], l["tactic"]) != l["tactic"]:
                P.add("campaign with several tactics", l["campaign_id"])
    eu_c = collections.Counter(l["campaign_id"] for l in leu.values())
    for uid, l in leu.items():
        camp_t.setdefault(l["campaign_id"], l["tactic"])
    mp, mc = man.get("populations", {}), man.get("campaigns", {})
    if set(mp) != set(pop_a):
        P.add("manifest populations differ from labels", sorted(set(mp) ^ set(pop_a)))
    for p in pop_a:
        if p in mp and (mp[p].get("accounts") != pop_a[p] or mp[p].get("exchanges") != pop_x[p]):
            P.add("manifest population counts", "%s: %s/%s vs %s/%s" % (p, mp[p].get("accounts"), mp[p].get("exchanges"), pop_a[p], pop_x[p]))
    if set(mc) != set(camp_t):
        P.add("manifest campaigns differ from labels", sorted(set(mc) ^ set(camp_t)))
    for c in camp_t:
        m = mc.get(c, {})
        if m.get("accounts") != camp_a[c] or m.get("exchanges") != camp_x[c] or m.get("labelled_end_users", 0) != eu_c[c]:
            P.add("manifest campaign counts", "%s: %s/%s/%s vs %s/%s/%s" % (c, m.get("accounts"), m.get("exchanges"), m.get("labelled_end_users"), camp_a[c], camp_x[c], eu_c[c]))
        if m.get("tactic") != camp_t[c]:
            P.add("manifest campaign tactic differs from labels", c)
        size = camp_a[c] or eu_c[c]       # accounts; end users for a campaign that owns no account
        if not (5 <= size <= 300):
            P.add("campaign size outside 5..300 (accounts, or end users when it owns none)", "%s %d" % (c, size))
        if m.get("held_out") is not True:
            P.add("manifest campaign not held_out", c)
    if not isinstance(man.get("summary"), str) or not man["summary"]:
        P.add("manifest without one-line summary", "")

    # ---------------- the brief's envelope ----------------
    share = len(camp_acc) / max(1, len(acc_n))
    env = [("exchanges 300k..360k", 300000 <= n <= 360000), ("accounts 6000..8000", 6000 <= len(acc_n) <= 8000),
           ("campaign account share 0.24..0.31", 0.24 <= share <= 0.31), ("15..25 campaigns", 15 <= len(camp_t) <= 25)]
    for k, ok in env:
        if not ok:
            P.add("envelope: " + k, "exchanges %d accounts %d share %.3f campaigns %d" % (n, len(acc_n), share, len(camp_t)))

    if args.determinism is not None:
        with tempfile.TemporaryDirectory() as tmp:
            here = os.path.dirname(os.path.abspath(__file__))
            subprocess.run([sys.executable, os.path.join(here, "gen.py"), "--seed", str(args.determinism), "--out", tmp], check=True, stdout=subprocess.DEVNULL)
            for f in ("traffic.jsonl.gz", "labels.json"):
                h = [hashlib.sha256(gzip.open(os.path.join(x, f)).read() if f.endswith(".gz") else open(os.path.join(x, f), "rb").read()).hexdigest() for x in (folder, tmp)]
                if h[0] != h[1]:
                    P.add("not deterministic", f)

    print("exchanges %d, accounts %d (campaign %d = %.1f%%), campaigns %d, end users %d (campaign %d), scripts in sampled prompts %s"
          % (n, len(acc_n), len(camp_acc), 100 * share, len(camp_t), len(eu_acc), len(leu), dict(scripts)))
    if P:
        P.report()
        return 1
    print("OK: traffic matches formats.md §1, labels §4, and the manifest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
