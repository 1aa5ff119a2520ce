#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic exchange-log generator for 'Kaamos AI', a Nordic/Baltic LLM provider (foreign test set i).

    gen.py --seed N --out OUT [--scale S] [--data /work/shared/data]

writes OUT/traffic.jsonl.gz (docs/formats.md section 1), OUT/labels.json (section 4) and
OUT/gen_summary.json.  Same seed and scale -> same bytes.
"""
import argparse
import gzip
import hashlib
import os
import shutil
import sys
import tempfile
import time

import orjson

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from world import T0, DAY, END, RELEASE, CHAT, MINI, THINK, NEW, World, iso, iso_s, wchoice  # noqa: E402
from content import Corpora, Text  # noqa: E402


class Acct:
    __slots__ = ("id", "org", "created", "created_iso", "pay", "keys", "group", "lang", "country", "tz", "loc",
                 "uas", "params", "n", "err", "x")

    def ua(self, rng):
        u = self.uas
        if len(u) == 1:
            return u[0][0]
        return wchoice(rng, u)

    def key(self, rng):
        k = self.keys
        if not k:
            return None
        return k[0] if len(k) == 1 or rng.random() < 0.7 else rng.choice(k)


class Sink:
    """Spills rows into one temp file per day; finish() sorts each day by (ts, id) and gzips."""

    def __init__(self, tmp):
        self.paths = [os.path.join(tmp, "day%d.tsv" % i) for i in range(7)]
        self.files = [open(p, "wb", buffering=1 << 20) for p in self.paths]

    def add(self, t, ts, exid, body):
        d = int((t - T0) // DAY)
        self.files[d].write(b"%s\t%s\t%s\n" % (ts.encode(), exid.encode(), body))

    def finish(self, out_path, level=6):
        for f in self.files:
            f.close()
        with open(out_path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=level) as gz:
                for p in self.paths:
                    with open(p, "rb") as f:
                        data = f.read()
                    lines = data.split(b"\n")
                    data = None
                    if lines and not lines[-1]:
                        lines.pop()
                    lines.sort()
                    buf = []
                    size = 0
                    for ln in lines:
                        b = ln.split(b"\t", 2)[2]
                        buf.append(b)
                        size += len(b)
                        if size > (8 << 20):
                            gz.write(b"\n".join(buf) + b"\n")
                            buf, size = [], 0
                    if buf:
                        gz.write(b"\n".join(buf) + b"\n")
                    lines = None
                    os.remove(p)


def _tok(s):
    return len(s) // 4 + 1 if s else 0


class Ctx:
    def __init__(self, seed, scale, data, tmp):
        self.seed, self.scale = seed, scale
        self.C = Corpora(data)
        self.T = Text(self.C)
        self.W = World(self.rng("world"))
        self.idr = self.rng("ids")
        self.err_r = self.rng("errors")
        self.sink = Sink(tmp)
        self.accts = []
        self.meta = {}            # group -> dict(kind, ...)
        self.ex_by_group = {}
        self.eu_by_group = {}     # group -> set(end users) (populations and campaigns)
        self.eu_labels = {}       # end_user -> label
        self.eu_ex = {}           # campaign -> exchanges sent by its end users
        self.eu_ex_in = {}        # population -> exchanges of labelled campaign end users on its accounts
        self.models = {}
        self.n_rows = 0
        self.used_ids = set()

    # ---------------------------------------------------------------- helpers
    def rng(self, name):
        import random
        h = hashlib.sha256(("%d|%s" % (self.seed, name)).encode()).digest()
        return random.Random(int.from_bytes(h[:8], "big"))

    def n(self, base, lo=1):
        return max(lo, int(round(base * self.scale)))

    def hexid(self, prefix, bits=48):
        while True:
            s = "%s%0*x" % (prefix, bits // 4, self.idr.getrandbits(bits))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def population(self, name, desc, why):
        self.meta[name] = dict(kind="population", desc=desc, why=why)

    def campaign(self, cid, tactic, source, desc):
        self.meta[cid] = dict(kind="campaign", tactic=tactic, source=source, desc=desc)

    def org(self):
        return self.hexid("org_")

    def acct(self, group, rng, created, lang="en", country="SE", pay=None, org=None, nkeys=1, loc=None,
             uas=None, params=None, err=0.005):
        a = Acct()
        a.id = self.hexid("acct_")
        a.org = org or self.org()
        a.created = min(created, END - 60)
        a.created_iso = iso_s(a.created)
        a.pay = pay
        a.keys = [self.hexid("key_", 40) for _ in range(nkeys)]
        a.group = group
        a.lang = lang
        a.country = country
        from world import TZ
        a.tz = TZ.get(country, 2)
        a.loc = loc
        a.uas = uas or [("OpenAI/Python 2.14.0", 1)]
        a.params = params or {}
        a.n = 0
        a.err = err
        a.x = {}
        self.accts.append(a)
        return a

    # ---------------------------------------------------------------- one exchange
    def emit(self, a, t, model, messages=None, response=None, params=None, reasoning=None, ip=None, ua=None,
             end_user=None, conv=None, key=None, status=None, extra=None, prompt=None, eu_group=None,
             use_key=True):
        if t >= END or t < T0:
            return False
        if t < a.created:
            t = a.created + 1.0 + (t % 7)
            if t >= END:
                return False
        if model == NEW and t < RELEASE:
            model = CHAT
        exid = self.hexid("ex_", 80)
        ts = iso(t)
        row = {"id": exid, "ts": ts, "account_id": a.id, "org_id": a.org}
        if use_key:
            k = key or a.key(self.err_r)
            if k:
                row["api_key_id"] = k
        if end_user:
            row["end_user"] = end_user
        row["ip"] = ip or a.loc.ip(self.err_r)
        row["user_agent"] = ua or a.ua(self.err_r)
        if a.pay:
            row["payment_fingerprint"] = a.pay
        row["account_created"] = a.created_iso
        row["model"] = model
        if params:
            row["params"] = params
        if messages is not None:
            row["messages"] = messages
            intoks = 0
            for m in messages:
                c = m.get("content")
                if isinstance(c, str):
                    intoks += _tok(c) + 4
            if params and params.get("tools"):
                intoks += 60 * len(params["tools"])
        else:
            row["prompt"] = prompt
            intoks = _tok(prompt)
        if status is None:
            r = self.err_r.random()
            if r < a.err:
                status = 429 if r < a.err * 0.7 else (500 if r < a.err * 0.85 else (400 if r < a.err * 0.95 else 503))
            else:
                status = 200
        if status == 200:
            if reasoning is None and (model == THINK or (model == NEW and params and params.get("reasoning_effort"))):
                last = ""
                if messages:
                    for m in reversed(messages):
                        if m.get("role") == "user" and isinstance(m.get("content"), str):
                            last = m["content"]
                            break
                else:
                    last = prompt or ""
                reasoning = self.T.reasoning(last, self.err_r)
            if response is None:
                response = ""
            row["response"] = response
            nout = _tok(response)
            usage = {"input_tokens": intoks, "output_tokens": nout}
            if reasoning:
                row["reasoning"] = reasoning
                rt = _tok(reasoning)
                usage["output_tokens"] = nout + rt
                usage["reasoning_tokens"] = rt
            if params and params.get("n", 1) > 1:
                usage["output_tokens"] *= params["n"]
            row["usage"] = usage
        else:
            row["usage"] = {"input_tokens": intoks, "output_tokens": 0}
        row["status"] = status
        if conv:
            row["conversation_id"] = conv
        if extra:
            row.update(extra)
        self.sink.add(t, ts, exid, orjson.dumps(row))
        a.n += 1
        self.n_rows += 1
        g = a.group
        self.ex_by_group[g] = self.ex_by_group.get(g, 0) + 1
        self.models[model] = self.models.get(model, 0) + 1
        if end_user:
            self.eu_by_group.setdefault(eu_group or g, set()).add(end_user)
            if eu_group:
                self.eu_ex[eu_group] = self.eu_ex.get(eu_group, 0) + 1
                self.eu_ex_in[g] = self.eu_ex_in.get(g, 0) + 1
        return True

    # ---------------------------------------------------------------- multi-turn helper
    def chat(self, a, rng, t, turns, model, params=None, ip=None, ua=None, system=None, end_user=None,
             conv=True, gap=(4.0, 0.7), reasoning_fn=None, key=None, eu_group=None, model_fn=None):
        """turns: list of (user_text, reply_text). One exchange per user turn, history grows."""
        ip = ip or a.loc.ip(rng)
        ua = ua or a.ua(rng)
        cid = self.hexid("conv_", 64) if (conv and len(turns) > 1) or conv == "always" else None
        hist = [{"role": "system", "content": system}] if system else []
        for i, (u, r) in enumerate(turns):
            hist.append({"role": "user", "content": u})
            m = model_fn(t) if model_fn else model
            rs = reasoning_fn(i, u) if reasoning_fn else None
            self.emit(a, t, m, list(hist), r, params, reasoning=rs, ip=ip, ua=ua, end_user=end_user, conv=cid,
                      key=key, eu_group=eu_group)
            hist.append({"role": "assistant", "content": r})
            t += 6.0 + rng.lognormvariate(gap[0], gap[1]) + len(r) / 60.0 * rng.random()
        return t


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--data", default=os.environ.get("FOREIGN_DATA", "/work/shared/data"))
    ap.add_argument("--gzip-level", type=int, default=6)
    args = ap.parse_args(argv)
    t_start = time.time()
    os.makedirs(args.out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".gen_i_", dir=args.out)
    try:
        ctx = Ctx(args.seed, args.scale, args.data, tmp)
        import benign
        import campaigns
        benign.run_all(ctx)
        campaigns.run_all(ctx)
        # every labelled account has traffic: a silent account gets one trivial request
        fb = ctx.rng("fallback")
        for a in ctx.accts:
            if a.n == 0:
                t = max(a.created + 120, T0 + fb.random() * 3600) + fb.random() * 7200
                t = min(t, END - 1)
                ctx.emit(a, t, MINI, [{"role": "user", "content": fb.choice(("hi", "test", "hello"))}],
                         "Hello! How can I help you today?", {"max_tokens": 64})
        ctx.sink.finish(os.path.join(args.out, "traffic.jsonl.gz"), args.gzip_level)
        write_labels(ctx, args.out)
        write_summary(ctx, args, time.time() - t_start)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("wrote %d exchanges, %d accounts to %s in %.1fs" % (ctx.n_rows, len(ctx.accts), args.out,
                                                              time.time() - t_start))


def write_labels(ctx, out):
    accounts = {}
    for a in sorted(ctx.accts, key=lambda x: x.id):
        m = ctx.meta[a.group]
        if m["kind"] == "campaign":
            accounts[a.id] = {"label": "campaign", "campaign_id": a.group, "tactic": m["tactic"], "held_out": True}
        else:
            accounts[a.id] = {"label": "benign", "population": a.group}
    lab = {"version": 1, "accounts": accounts}
    if ctx.eu_labels:
        lab["end_users"] = {k: ctx.eu_labels[k] for k in sorted(ctx.eu_labels)}
    with open(os.path.join(out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(lab, option=orjson.OPT_INDENT_2))


def write_summary(ctx, args, secs):
    pops, camps = {}, {}
    acc_count = {}
    for a in ctx.accts:
        acc_count[a.group] = acc_count.get(a.group, 0) + 1
    for g in ctx.meta:
        m = ctx.meta[g]
        d = {"accounts": acc_count.get(g, 0), "exchanges": ctx.ex_by_group.get(g, 0),
             "end_users": len(ctx.eu_by_group.get(g, ()))}
        if m["kind"] == "campaign":
            d = {"tactic": m["tactic"], "source": m["source"], **d,
                 "end_user_exchanges": ctx.eu_ex.get(g, 0), "what": m["desc"]}
            camps[g] = d
        else:
            if ctx.eu_ex_in.get(g):
                d["of_which_campaign_end_user_exchanges"] = ctx.eu_ex_in[g]
            d["what"] = m["desc"]
            d["why_it_may_look_like_extraction"] = m["why"]
            pops[g] = d
    s = {
        "generator": "foreign/gen_i (Kaamos AI, Nordic/Baltic provider)",
        "seed": args.seed, "scale": args.scale,
        "window": [iso_s(T0), iso_s(END)], "new_model_release": iso_s(RELEASE),
        "exchanges": ctx.n_rows, "accounts": len(ctx.accts),
        "benign_accounts": sum(v["accounts"] for v in pops.values()),
        "campaign_accounts": sum(v["accounts"] for v in camps.values()),
        "campaign_end_users": len(ctx.eu_labels),
        "benign_exchanges": sum(v["exchanges"] for v in pops.values()),
        "campaign_exchanges": sum(v["exchanges"] for v in camps.values()),
        "campaign_end_user_exchanges": sum(ctx.eu_ex.values()),
        "models": dict(sorted(ctx.models.items())),
        "populations": pops, "campaigns": camps,
    }
    with open(os.path.join(args.out, "gen_summary.json"), "wb") as f:
        f.write(orjson.dumps(s, option=orjson.OPT_INDENT_2))


if __name__ == "__main__":
    main()
