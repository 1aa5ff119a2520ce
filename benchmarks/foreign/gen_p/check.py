#!/usr/bin/env python3
"""Validates gen_p's output against docs/formats.md sections 1 and 4 and this world's own invariants.

    python3 benchmarks/foreign/gen_p/check.py /work/foreign/gen_p [--determinism]

Prints counts per population and per campaign; exits non-zero when a check fails.
--determinism regenerates into /work/scratch_gen_p twice under different PYTHONHASHSEED values and compares bytes.
"""

import collections
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from calendar import timegm

try:
    import orjson
    loads = orjson.loads
except Exception:  # pragma: no cover
    loads = json.loads

T0 = timegm((2028, 2, 7, 0, 0, 0))
T_END = T0 + 7 * 86400
R3 = T0 + 86400 + 15 * 3600
ROLES = {"system", "user", "assistant", "tool", "developer"}
RFC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
SCRIPTS = {"th": re.compile(r"[\u0e00-\u0e7f]"), "bn": re.compile(r"[\u0980-\u09ff]"),
           "vi": re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]"),
           "es": re.compile(r"[ñ¿¡]|\b(cómo|qué|por favor|gracias)\b", re.I), "id": re.compile(r"\b(bagaimana|tolong|berapa|saya|yang)\b", re.I),
           "sw": re.compile(r"\b(habari|tafadhali|ngapi|kwa|ninawezaje)\b", re.I), "tl": re.compile(r"\b(paano|ang|ilan|ng|po)\b", re.I),
           "code": re.compile(r"```|def |function |#include|SELECT ")}


def parse_ts(s):
    if isinstance(s, (int, float)):
        return float(s)
    frac = 0.0
    base = s[:19]
    m = re.search(r"\.(\d+)", s)
    if m:
        frac = float("0." + m.group(1))
    return timegm(time.strptime(base, "%Y-%m-%dT%H:%M:%S")) + frac


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else "/work/foreign/gen_p"
    fails = []

    def need(cond, msg):
        if not cond:
            fails.append(msg)
            print("FAIL:", msg)

    t_start = time.time()
    tp = os.path.join(out, "traffic.jsonl.gz")
    with open(tp, "rb") as f:
        head = f.read(10)
    need(head[:2] == b"\x1f\x8b", "traffic is gzip")
    need(head[4:8] == b"\x00\x00\x00\x00", "gzip mtime is 0")
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    need(labels.get("version") == 1, "labels version 1")
    accl = labels["accounts"]
    eul = labels.get("end_users", {})

    n = bad = 0
    ids = set()
    dup = 0
    prev = -1
    unsorted = 0
    acct_ex = collections.Counter()
    acct_created = {}
    before_created = 0
    r3_early = 0
    status = collections.Counter()
    models = collections.Counter()
    err_missing = resp_missing = 0
    ip_accts = collections.defaultdict(set)
    pay_orgs = collections.defaultdict(set)
    ua_accts = collections.defaultdict(set)
    acct_eus = collections.defaultdict(set)
    eu_accts = collections.defaultdict(set)
    eu_ex = collections.Counter()
    batches = collections.defaultdict(set)
    batch_n = collections.Counter()
    langs = collections.Counter()
    reasoning_n = tool_n = conv_n = prompt_n = 0
    hours = collections.Counter()
    with gzip.open(tp, "rb") as f:
        for ln in f:
            n += 1
            try:
                d = loads(ln)
            except Exception:
                bad += 1
                continue
            if "ts" not in d or "account_id" not in d or ("messages" not in d and "prompt" not in d):
                bad += 1
                continue
            if not isinstance(d["ts"], (int, float)) and not RFC.match(d["ts"]):
                bad += 1
                continue
            ts = parse_ts(d["ts"])
            if ts < prev:
                unsorted += 1
            prev = ts
            need(T0 <= ts < T_END, "ts in week") if not (T0 <= ts < T_END) else None
            hours[int((ts - T0) // 3600) % 24] += 1
            i = d.get("id")
            if i in ids:
                dup += 1
            ids.add(i)
            a = d["account_id"]
            acct_ex[a] += 1
            if "account_created" in d:
                c = parse_ts(d["account_created"])
                acct_created.setdefault(a, c)
                if ts < c:
                    before_created += 1
            m = d.get("model")
            models[m] += 1
            if m == "halcyon-r3" and ts < R3:
                r3_early += 1
            st = d.get("status", 200)
            status[st] += 1
            if st != 200 and "error" not in d:
                err_missing += 1
            if st == 200 and "response" not in d:
                resp_missing += 1
            if "messages" in d:
                ms = d["messages"]
                if not isinstance(ms, list) or not ms or any(not isinstance(x, dict) or x.get("role") not in ROLES or "content" not in x for x in ms):
                    bad += 1
                    continue
                user = [x["content"] for x in ms if x["role"] == "user"]
                text = user[-1] if user else ""
                if any("tool_calls" in x for x in ms) or "tool_calls" in d:
                    tool_n += 1
            else:
                prompt_n += 1
                text = d["prompt"]
            if isinstance(text, str):
                hit = None
                for k in ("th", "bn", "vi", "es", "id", "sw", "tl"):
                    if SCRIPTS[k].search(text[:400]):
                        hit = k
                        break
                langs[hit or ("code" if SCRIPTS["code"].search(text) else "en/other")] += 1
            if d.get("reasoning"):
                reasoning_n += 1
            if d.get("conversation_id"):
                conv_n += 1
            u = d.get("usage")
            if u is not None and any((not isinstance(v, int)) or v < 0 for v in u.values()):
                bad += 1
            if d.get("ip"):
                ip_accts[d["ip"]].add(a)
            if d.get("payment_fingerprint"):
                pay_orgs[d["payment_fingerprint"]].add(d.get("org_id"))
            if d.get("user_agent"):
                ua_accts[d["user_agent"]].add(a)
            eu = d.get("end_user")
            if eu:
                acct_eus[a].add(eu)
                eu_accts[eu].add(a)
                eu_ex[eu] += 1
            b = d.get("batch_id")
            if b:
                batches[b].add(a)
                batch_n[b] += 1

    need(bad == 0, "%d malformed lines" % bad)
    need(dup == 0, "%d duplicate exchange ids" % dup)
    need(unsorted == 0, "%d lines out of time order" % unsorted)
    need(before_created == 0, "%d exchanges before their account was created" % before_created)
    need(r3_early == 0, "%d halcyon-r3 exchanges before its release" % r3_early)
    need(err_missing == 0 and resp_missing == 0, "error/response fields consistent with status")
    need(330000 <= n <= 370000, "exchanges %d in 330k-370k" % n)
    seen = set(acct_ex)
    need(seen == set(accl), "labelled accounts == accounts in traffic (%d unlabelled, %d without traffic)" % (len(seen - set(accl)), len(set(accl) - seen)))
    need(6000 <= len(seen) <= 8000, "accounts %d in 6000-8000" % len(seen))
    need(all(len(v) == 1 for v in batches.values()), "every batch belongs to one account")

    pops = collections.defaultdict(lambda: [0, 0])
    camps = collections.defaultdict(lambda: [0, 0, set(), None])
    for a, l in accl.items():
        if l["label"] == "campaign":
            need(bool(l.get("campaign_id")) and bool(l.get("tactic")), "campaign label complete for %s" % a) if not (l.get("campaign_id") and l.get("tactic")) else None
            c = camps[l["campaign_id"]]
            c[0] += 1
            c[1] += acct_ex[a]
            c[2].add(l["tactic"])
            c[3] = bool(l.get("held_out"))
        else:
            need(l["label"] == "benign" and "population" in l, "benign label complete for %s" % a) if not (l["label"] == "benign" and "population" in l) else None
            p = pops[l["population"]]
            p[0] += 1
            p[1] += acct_ex[a]
    eu_camp = collections.defaultdict(lambda: [0, 0, None])
    for eu, l in eul.items():
        need(eu in eu_accts, "labelled end user %s in traffic" % eu) if eu not in eu_accts else None
        need(set(l["account_ids"]) == eu_accts.get(eu, set()), "end user %s account_ids match" % eu) if set(l["account_ids"]) != eu_accts.get(eu, set()) else None
        c = eu_camp[l["campaign_id"]]
        c[0] += 1
        c[1] += eu_ex[eu]
        c[2] = (l["tactic"], bool(l.get("held_out")))
        if l["campaign_id"] not in camps:
            camps[l["campaign_id"]][2].add(l["tactic"])
            camps[l["campaign_id"]][3] = bool(l.get("held_out"))
    for a in set().union(*[set(l["account_ids"]) for l in eul.values()]) if eul else []:
        need(len(acct_eus[a]) >= 20, "relay %s carries >= 20 end users" % a) if len(acct_eus[a]) < 20 else None
    ncamp = len(camps)
    held = sum(1 for c in camps.values() if c[3])
    camp_acc = sum(c[0] for c in camps.values())
    camp_ex = sum(c[1] for c in camps.values()) + sum(c[1] for c in eu_camp.values())
    need(14 <= ncamp <= 20, "%d campaigns in 14-20" % ncamp)
    need(held * 2 >= ncamp, "at least half the tactics invented/held out (%d of %d)" % (held, ncamp))
    share = camp_acc / max(1, len(accl))
    need(0.25 <= share <= 0.30, "campaign account share %.3f in 25-30%%" % share)
    need(all(len(c[2]) == 1 for c in camps.values()), "one tactic per campaign")

    print("exchanges %d, accounts %d (campaign %d = %.1f%%), campaign exchanges incl. relay end users %d (%.1f%%)"
          % (n, len(accl), camp_acc, 100 * share, camp_ex, 100.0 * camp_ex / n))
    print("\nbenign populations                      accounts  exchanges")
    for p in sorted(pops, key=lambda k: -pops[k][1]):
        print("  %-36s %8d %10d" % (p, pops[p][0], pops[p][1]))
    print("\ncampaigns                                            accounts  exchanges  end_users eu_exch  held_out")
    for c in sorted(camps):
        tac = next(iter(camps[c][2]))
        e = eu_camp.get(c, [0, 0, None])
        print("  %-7s %-40s %8d %10d %9d %8d  %s" % (c, tac, camps[c][0], camps[c][1], e[0], e[1], camps[c][3]))
    relays = [a for a in acct_eus if len(acct_eus[a]) >= 20]
    print("\nrelay accounts (>=20 end users): %d carrying %d end users; labelled campaign end users %d" % (len(relays), sum(len(acct_eus[a]) for a in relays), len(eul)))
    print("models:", dict(models.most_common()))
    print("status:", dict(status.most_common()))
    print("prompt language/script of last user turn:", dict(langs.most_common()))
    print("reasoning fields %d, tool-use exchanges %d, in conversations %d, legacy prompt %d, batch jobs %d (%d exchanges)"
          % (reasoning_n, tool_n, conv_n, prompt_n, len(batches), sum(batch_n.values())))
    lab_of = lambda a: accl[a]["label"]
    mixed_ips = sum(1 for s in ip_accts.values() if len({lab_of(a) for a in s if a in accl}) > 1)
    shared_ips = sum(1 for s in ip_accts.values() if len(s) > 1)
    multi_org_cards = sum(1 for s in pay_orgs.values() if len(s) > 1)
    mixed_uas = sum(1 for s in ua_accts.values() if len({lab_of(a) for a in s if a in accl}) > 1)
    print("collisions: %d IPs shared by >1 account (%d by benign and campaign accounts), %d cards paying for >1 organisation, %d user agents used by both"
          % (shared_ips, mixed_ips, multi_org_cards, mixed_uas))
    print("UTC hour profile:", [hours[h] for h in range(24)])
    need(mixed_ips > 50 and mixed_uas > 5, "benign/campaign infrastructure collisions exist")

    if "--determinism" in sys.argv:
        gen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py")
        digests = []
        for hs in ("1", "987"):
            d = "/work/scratch_gen_p/det_%s" % hs
            os.makedirs(d, exist_ok=True)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, gen, "--seed", "137", "--out", d, "--quiet"], check=True, env=env)
            h = hashlib.sha256()
            for fn in ("traffic.jsonl.gz", "labels.json"):
                with open(os.path.join(d, fn), "rb") as f:
                    h.update(f.read())
            digests.append(h.hexdigest())
        with open(tp, "rb") as f1, open(os.path.join(out, "labels.json"), "rb") as f2:
            h = hashlib.sha256(f1.read() + f2.read()).hexdigest()
        need(digests[0] == digests[1] == h, "deterministic output across PYTHONHASHSEED (%s)" % ", ".join(x[:12] for x in digests + [h]))
        print("determinism: identical bytes across runs" if digests[0] == digests[1] == h else "determinism: MISMATCH")

    print("\ncheck took %.1fs: %s" % (time.time() - t_start, "OK" if not fails else "%d FAILED" % len(fails)))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
