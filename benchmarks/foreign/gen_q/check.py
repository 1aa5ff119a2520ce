#!/usr/bin/env python3
"""Validates gen_q output against docs/formats.md sections 1 and 4 and against the world's own targets.

    python3 benchmarks/foreign/gen_q/check.py /work/foreign/gen_q [--determinism]

Exit status 0 when every hard check passes (soft targets are reported as WARN)."""
import sys

sys.dont_write_bytecode = True
import argparse
import collections
import gzip
import hashlib
import ipaddress
import json
import os
import re
import struct
import subprocess
import tempfile
import time

WEEK_START = 1835913600
WEEK_END = WEEK_START + 7 * 86400
RELEASE = WEEK_START + 2 * 86400 + 17 * 3600
REASONING = {"qm-sage-r1", "qm-sage-r2"}
RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
SCRIPTS = {"Hangul": re.compile("[\uac00-\ud7a3]"), "Hebrew": re.compile("[\u05d0-\u05ea]"),
           "Arabic": re.compile("[\u0627-\u064a]"), "Persian": re.compile("[\u06cc\u06a9\u067e\u0686\u06af]"),
           "Greek": re.compile("[\u03b1-\u03c9]"), "CJK-simplified": re.compile("[这们们时说个门们]"),
           "CJK-traditional": re.compile("[這們個時說門]"), "Hungarian": re.compile("[őű]"), "Romanian": re.compile("[șțăî]")}

fails = []
warns = []


def fail(msg):
    fails.append(msg)


def warn(msg):
    warns.append(msg)


def parse_ts(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if isinstance(v, str) and RFC.match(v):
        base = time.strptime(v[:19], "%Y-%m-%dT%H:%M:%S")
        import calendar
        t = calendar.timegm(base)
        m = re.search(r"\.(\d+)", v)
        if m:
            t += float("0." + m.group(1))
        if not v.endswith("Z"):
            sign = 1 if v[-6] == "+" else -1
            t -= sign * (int(v[-5:-3]) * 3600 + int(v[-2:]) * 60)
        return t
    return None


def check(out, quiet=False):
    tp = os.path.join(out, "traffic.jsonl.gz")
    lp = os.path.join(out, "labels.json")
    for p in (tp, lp):
        if not os.path.isfile(p):
            fail(f"missing {p}")
            return None
    with open(tp, "rb") as f:
        head = f.read(10)
    if head[:2] != b"\x1f\x8b":
        fail("traffic is not gzip")
    elif struct.unpack("<I", head[4:8])[0] != 0:
        fail("gzip mtime is not 0")
    labels = json.load(open(lp, encoding="utf-8"))
    if labels.get("version") != 1:
        fail("labels version != 1")
    la = labels.get("accounts", {})
    leu = labels.get("end_users", {})
    for aid, d in la.items():
        if d.get("label") == "campaign":
            if not d.get("campaign_id") or not d.get("tactic"):
                fail(f"campaign label without campaign_id/tactic: {aid}")
        elif d.get("label") == "benign":
            if not d.get("population"):
                fail(f"benign label without population: {aid}")
        else:
            fail(f"bad label for {aid}: {d}")
    tactic_of = {}
    for aid, d in la.items():
        if d.get("label") == "campaign":
            t = tactic_of.setdefault(d["campaign_id"], d["tactic"])
            if t != d["tactic"]:
                fail(f"campaign {d['campaign_id']} has several tactics")
    for eu, d in leu.items():
        if d.get("label") != "campaign" or d.get("campaign_id") not in tactic_of and d.get("campaign_id") is None:
            fail(f"bad end-user label {eu}")
        if not d.get("account_ids"):
            fail(f"end user {eu} lists no accounts")

    n = 0
    ids = set()
    last_ts = -1
    unsorted = 0
    per_acct = collections.Counter()
    acct_created = {}
    eu_accts = collections.defaultdict(set)
    status = collections.Counter()
    models = collections.Counter()
    r2_early = 0
    reasoning_bad = 0
    scripts = collections.Counter()
    convs = collections.Counter()
    tool_msgs = 0
    prompt_only = 0
    numeric_ts = 0
    ua_accts = collections.defaultdict(set)
    ip_accts = collections.defaultdict(set)
    pay_accts = collections.defaultdict(set)
    hours = collections.Counter()
    with gzip.open(tp, "rt", encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except ValueError as e:
                fail(f"line {ln}: invalid JSON ({e})")
                continue
            n += 1
            if not isinstance(rec, dict):
                fail(f"line {ln}: not an object")
                continue
            ts = parse_ts(rec.get("ts"))
            if ts is None:
                fail(f"line {ln}: bad ts {rec.get('ts')!r}")
                continue
            if isinstance(rec["ts"], (int, float)):
                numeric_ts += 1
            if not (WEEK_START <= ts < WEEK_END):
                fail(f"line {ln}: ts outside the week")
            if ts + 1e-6 < last_ts:
                unsorted += 1
            last_ts = max(last_ts, ts)
            hours[int((ts - WEEK_START) // 3600)] += 1
            aid = rec.get("account_id")
            if not isinstance(aid, str) or not aid:
                fail(f"line {ln}: missing account_id")
                continue
            per_acct[aid] += 1
            xid = rec.get("id")
            if xid in ids:
                fail(f"line {ln}: duplicate id {xid}")
            ids.add(xid)
            msgs = rec.get("messages")
            if msgs is None:
                if not isinstance(rec.get("prompt"), str):
                    fail(f"line {ln}: neither messages nor prompt")
                prompt_only += 1
                text = rec.get("prompt", "")
            else:
                if not isinstance(msgs, list) or not msgs:
                    fail(f"line {ln}: messages not a non-empty list")
                    continue
                text = ""
                for m in msgs:
                    if not isinstance(m, dict) or "role" not in m or "content" not in m:
                        fail(f"line {ln}: bad message {str(m)[:80]}")
                        break
                    c = m["content"]
                    if isinstance(c, list):
                        for p in c:
                            if not isinstance(p, dict) or "type" not in p:
                                fail(f"line {ln}: bad content part")
                    elif not isinstance(c, str):
                        fail(f"line {ln}: content neither string nor list")
                    if m["role"] == "tool":
                        tool_msgs += 1
                    if m["role"] == "user" and isinstance(c, str):
                        text = c
                if msgs[-1].get("role") not in ("user", "tool"):
                    fail(f"line {ln}: last message is not a user/tool turn")
            for k, s in SCRIPTS.items():
                if s.search(text[:400]):
                    scripts[k] += 1
            ip = rec.get("ip")
            if ip is not None:
                try:
                    ipaddress.ip_address(ip)
                except ValueError:
                    fail(f"line {ln}: bad ip {ip}")
                ip_accts[ip].add(aid)
            ua = rec.get("user_agent")
            if ua:
                ua_accts[ua].add(aid)
            pf = rec.get("payment_fingerprint")
            if pf:
                pay_accts[pf].add(aid)
            if "account_created" in rec:
                c = parse_ts(rec["account_created"])
                if c is None:
                    fail(f"line {ln}: bad account_created")
                elif c > ts + 1:
                    fail(f"line {ln}: request before account creation")
                prev = acct_created.setdefault(aid, rec["account_created"])
                if prev != rec["account_created"]:
                    fail(f"line {ln}: account_created changes for {aid}")
            if "end_user" in rec:
                eu_accts[rec["end_user"]].add(aid)
            st = rec.get("status", 200)
            if not isinstance(st, int):
                fail(f"line {ln}: status not int")
            status[st] += 1
            model = rec.get("model")
            models[model] += 1
            if model == "qm-sage-r2" and ts < RELEASE:
                r2_early += 1
            if "reasoning" in rec and model not in REASONING:
                reasoning_bad += 1
            if st == 200 and model in REASONING and "reasoning" not in rec and not rec.get("tool_calls") and rec.get("response") != "":
                pass
            u = rec.get("usage")
            if u is not None and not (isinstance(u, dict) and all(isinstance(u.get(k, 0), int) for k in ("input_tokens", "output_tokens"))):
                fail(f"line {ln}: bad usage")
            if "params" in rec and not isinstance(rec["params"], dict):
                fail(f"line {ln}: params not an object")
            if rec.get("conversation_id"):
                convs[rec["conversation_id"]] += 1
    if unsorted:
        fail(f"{unsorted} lines out of time order")
    if r2_early:
        fail(f"{r2_early} requests to qm-sage-r2 before its release")
    if reasoning_bad:
        fail(f"{reasoning_bad} reasoning fields on non-reasoning models")
    seen = set(per_acct)
    lab = set(la)
    if seen - lab:
        fail(f"{len(seen - lab)} accounts in traffic without a label")
    if lab - seen:
        fail(f"{len(lab - seen)} labelled accounts absent from traffic")
    for eu, d in leu.items():
        if eu not in eu_accts:
            fail(f"labelled end user {eu} absent from traffic")
        elif set(d["account_ids"]) != eu_accts[eu]:
            fail(f"end user {eu}: account_ids differ from traffic")

    # ------------------------------------------------------------------ targets of the world
    n_acc = len(seen)
    camp_acc = collections.Counter()
    camp_ex = collections.Counter()
    pop_acc = collections.Counter()
    pop_ex = collections.Counter()
    held = set()
    for aid, c in per_acct.items():
        d = la.get(aid, {})
        if d.get("label") == "campaign":
            camp_acc[d["campaign_id"]] += 1
            camp_ex[d["campaign_id"]] += c
            if d.get("held_out"):
                held.add(d["campaign_id"])
        else:
            pop_acc[d.get("population")] += 1
            pop_ex[d.get("population")] += c
    ca = sum(camp_acc.values())
    if not (330000 <= n <= 370000):
        warn(f"exchanges {n} outside 330k-370k")
    if not (6000 <= n_acc <= 8000):
        warn(f"accounts {n_acc} outside 6000-8000")
    if not (14 <= len(camp_acc) <= 20):
        fail(f"{len(camp_acc)} campaigns (want 14-20)")
    share = ca / max(1, n_acc)
    if not (0.24 <= share <= 0.31):
        warn(f"campaign account share {share:.1%} outside ~25-30%")
    if len(held) * 2 < len(camp_acc):
        warn("fewer than half of the campaigns are invented (held_out)")
    for k in SCRIPTS:
        if scripts[k] < 200:
            warn(f"few prompts in script {k}: {scripts[k]}")
    for code in (429, 500, 503):
        if status[code] == 0:
            warn(f"no status {code} in the log")
    shared_ip = sum(1 for v in ip_accts.values() if len(v) > 1)
    shared_ua = sum(1 for v in ua_accts.values() if len(v) > 1)
    shared_pay = sum(1 for v in pay_accts.values() if len(v) > 1)
    mixed_ip = 0
    for ip, accs in ip_accts.items():
        kinds = {la.get(a, {}).get("label") for a in accs}
        if len(kinds) > 1:
            mixed_ip += 1
    mixed_pay = sum(1 for accs in pay_accts.values() if len({la.get(a, {}).get("label") for a in accs}) > 1)
    if not mixed_ip:
        warn("no IP shared between benign and campaign accounts")
    if not mixed_pay:
        warn("no payment instrument shared between benign and campaign accounts")
    multi = sum(1 for v in convs.values() if v > 1)
    # diurnal: the busiest hour should be well above the quietest
    hv = [hours[h] for h in range(168)]

    if not quiet:
        print(f"exchanges {n}  accounts {n_acc}  campaign accounts {ca} ({share:.1%})  campaigns {len(camp_acc)} "
              f"(held-out {len(held)})  campaign exchanges {sum(camp_ex.values())} ({sum(camp_ex.values()) / max(1, n):.1%})")
        print(f"labelled campaign end users {len(leu)}  end users seen {len(eu_accts)}  prompt-only lines {prompt_only}  "
              f"numeric ts {numeric_ts}  multi-turn conversations {multi}  tool messages {tool_msgs}")
        print(f"status {dict(sorted(status.items()))}")
        print(f"models {dict(models.most_common())}")
        print(f"scripts {dict(scripts)}")
        print(f"shared IPs {shared_ip} (benign+campaign {mixed_ip})  shared UAs {shared_ua}  shared payment {shared_pay} "
              f"(benign+campaign {mixed_pay})  hourly min/max {min(hv)}/{max(hv)}")
        print("\nbenign populations:")
        for p in sorted(pop_acc):
            print(f"  {p:34s} accounts {pop_acc[p]:5d}  exchanges {pop_ex[p]:7d}")
        print("campaigns:")
        for c in sorted(camp_acc):
            print(f"  {c:6s} {tactic_of[c]:30s} {'held-out' if c in held else 'record  '} accounts {camp_acc[c]:5d}  "
                  f"exchanges {camp_ex[c]:7d}  end users {sum(1 for d in leu.values() if d['campaign_id'] == c)}")
    return n


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for b in iter(lambda: f.read(1 << 20), b""):
            h.update(b)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default="/work/foreign/gen_q")
    ap.add_argument("--determinism", action="store_true", help="regenerate into a temp folder with another PYTHONHASHSEED and compare")
    ap.add_argument("--seed", type=int, default=139)
    args = ap.parse_args()
    check(args.out)
    if args.determinism:
        tmp = tempfile.mkdtemp(prefix="gen_q_det_", dir=os.path.dirname(os.path.abspath(args.out)))
        env = dict(os.environ, PYTHONHASHSEED="12345")
        subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py"), "--seed", str(args.seed),
                        "--out", tmp, "-q"], check=True, env=env)
        for fn in ("traffic.jsonl.gz", "labels.json"):
            if digest(os.path.join(args.out, fn)) != digest(os.path.join(tmp, fn)):
                fail(f"{fn} differs between runs (not deterministic)")
        for fn in os.listdir(tmp):
            os.remove(os.path.join(tmp, fn))
        os.rmdir(tmp)
        print("determinism: compared a second run with PYTHONHASHSEED=12345")
    for w_ in warns:
        print("WARN", w_)
    for f_ in fails[:50]:
        print("FAIL", f_)
    print("OK" if not fails else f"{len(fails)} failures")
    return 0 if not fails else 1


if __name__ == "__main__":
    sys.exit(main())
