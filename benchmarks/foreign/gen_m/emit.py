# -*- coding: utf-8 -*-
"""Accounts, the exchange emitter (one JSON line per exchange) and shared traffic helpers."""
import json
import random

import content as C
import world as Wd

try:
    import orjson

    def _dumps(d):
        return orjson.dumps(d)
except Exception:  # pragma: no cover
    def _dumps(d):
        return json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def ntok(s):
    if not s:
        return 0
    n = len(s)
    extra = len(s.encode("utf-8")) - n
    if extra == 0:
        return n // 4 + 1
    wide = extra // 2
    return int((n - wide) / 4 + wide * 0.8) + 1


def content_tokens(c):
    if isinstance(c, str):
        return ntok(c)
    t = 0
    for p in c or ():
        if p.get("type") == "text":
            t += ntok(p.get("text", ""))
        else:
            t += 765
    return t


class Account:
    __slots__ = ("id", "org", "keys", "card", "created", "created_ts", "label", "group", "tactic", "held_out", "ua", "ips", "tz", "country",
                 "n", "extra", "relay")

    def __init__(self, aid, org, keys, card, created, label, group, tactic=None, held_out=False, ua=None, ips=None, tz="JST", country="JP"):
        self.id, self.org, self.keys, self.card, self.created = aid, org, keys, card, created
        self.created_ts = 0
        self.label, self.group, self.tactic, self.held_out = label, group, tactic, held_out
        self.ua, self.ips, self.tz, self.country = ua, ips or [], tz, country
        self.n = 0
        self.extra = {}
        self.relay = False


ERR = {
    429: {"type": "rate_limit_exceeded", "message": "Rate limit reached for requests per minute. Please try again later."},
    503: {"type": "overloaded", "message": "The model is currently overloaded. Please retry."},
    500: {"type": "server_error", "message": "The server had an error while processing your request."},
    400: {"type": "invalid_request_error", "message": "This model's maximum context length was exceeded."},
    413: {"type": "invalid_request_error", "message": "Request too large."},
}


class World:
    def __init__(self, seed, corpora):
        self.seed = seed
        self.C = corpora
        self.lines = []           # (ts, bytes)
        self.accounts = {}        # id -> Account
        self.end_users = {}       # end user id -> dict(label info, account_ids set)
        self.group_stats = {}     # group -> [accounts, exchanges]
        self.campaigns = {}
        self.populations = {}
        self._tool_tok = {}
        self.relays = {}
        self.stat_override = None
        self.dropped = 0
        self._last_names = {}
        self.shared = {}

    def rng(self, *parts):
        return random.Random("%s:%s" % (self.seed, ":".join(str(p) for p in parts)))

    # -------------------------------------------------------------- identities
    def new_account(self, rng, label, group, created, org=None, card=None, nkeys=1, tactic=None, held_out=False,
                    ua=None, ips=None, tz="JST", country="JP"):
        while True:
            aid = "acct_" + Wd.b32(rng, 14)
            if aid not in self.accounts:
                break
        org = org or ("org-" + Wd.b32(rng, 16))
        keys = ["key_" + Wd.b32(rng, 12) for _ in range(nkeys)]
        a = Account(aid, org, keys, card or Wd.new_card(rng), Wd.date_str(created), label, group, tactic, held_out, ua, ips, tz, country)
        a.created_ts = int(created) + 1
        self.accounts[aid] = a
        gs = self.group_stats.setdefault(group, [0, 0])
        gs[0] += 1
        return a

    def label_end_user(self, eu, acct, campaign_id, tactic):
        d = self.end_users.get(eu)
        if d is None:
            d = self.end_users[eu] = {"account_ids": [], "label": "campaign", "campaign_id": campaign_id, "tactic": tactic, "held_out": True}
        if acct.id not in d["account_ids"]:
            d["account_ids"].append(acct.id)

    def ip_for(self, a, rng, t):
        m = a.extra.get("ipmode", "fixed")
        if m == "fixed":
            return a.ips[0]
        if m == "day":
            return a.ips[int((t - Wd.START) // Wd.DAY) % len(a.ips)]
        if m == "pool":
            return rng.choice(a.ips)
        if m == "rotate":
            return Wd.new_ip(rng, rng.choice(a.extra["nets"]), a.extra.get("v6"))
        if m == "mobile":
            if rng.random() < a.extra.get("home_share", 0.6):
                return a.ips[int((t - Wd.START) // Wd.DAY) % len(a.ips)]
            return rng.choice(a.extra["mobile_pool"])
        return a.ips[0]

    # -------------------------------------------------------------- emitter
    def emit(self, acct, rng, ts, model, messages=None, prompt=None, params=None, response="", think=None, end_user=None,
             conv=None, ip=None, ua=None, key=None, status=None, tool_calls=None, extra=None, reasoning=None, ntools=None):
        if ts < Wd.START or ts >= Wd.END:
            return False
        if ts < acct.created_ts:
            self.dropped += 1
            return False
        reasoning_model = Wd.is_reasoning(model)
        if status is None:
            u = rng.random()
            if model.startswith("tsuki-r2") and ts < Wd.R2_RELEASE + 8 * Wd.HOUR:
                status = 429 if u < 0.04 else (503 if u < 0.055 else 200)
            else:
                status = 500 if u < 0.0025 else (503 if u < 0.004 else 200)
        p = params
        if reasoning_model and p and ("temperature" in p or "top_p" in p):
            p = {k: v for k, v in p.items() if k not in ("temperature", "top_p")}
        d = {"id": "req_" + Wd.hexid(rng, 24), "ts": Wd.ts_str(ts), "account_id": acct.id, "org_id": acct.org,
             "api_key_id": key or acct.keys[0]}
        if end_user is not None:
            d["end_user"] = end_user
        d["ip"] = ip or self.ip_for(acct, rng, ts)
        d["user_agent"] = ua or acct.ua
        d["payment_fingerprint"] = acct.card
        d["account_created"] = acct.created
        d["model"] = model
        if p:
            d["params"] = p
        if messages is not None:
            d["messages"] = messages
            itok = 0
            for m in messages:
                itok += 4 + content_tokens(m.get("content"))
                tc = m.get("tool_calls")
                if tc:
                    itok += 20 * len(tc)
        else:
            d["prompt"] = prompt
            itok = ntok(prompt) + 1
        if p and p.get("tools"):
            tk = id(p["tools"])
            t = self._tool_tok.get(tk)
            if t is None:
                t = self._tool_tok[tk] = ntok(json.dumps(p["tools"]))
            itok += t
        n = (p.get("n") or 1) if p else 1
        if status == 200:
            otok = ntok(response)
            mt = p.get("max_tokens") or p.get("max_completion_tokens") if p else None
            if tool_calls:
                otok += 12 * len(tool_calls) + sum(ntok(tc["function"]["arguments"]) for tc in tool_calls)
            if mt and otok > mt and response:
                keep = max(1, int(len(response) * mt / otok))
                response = response[:keep]
                otok = mt
                d["finish_reason"] = "length"
            rtok = 0
            if reasoning_model:
                kind = Wd.MODELS[model]["kind"]
                if reasoning is None:
                    reasoning = C.reasoning_text(rng, think if think is not None else C.topic_of(_last_user(messages, prompt)), kind)
                base = ntok(reasoning)
                rtok = int(base * (rng.uniform(2.0, 6.0) if kind == "summary" else rng.uniform(1.0, 1.3)))
                if p and p.get("reasoning_effort") == "high":
                    rtok = int(rtok * 1.8)
                elif p and p.get("reasoning_effort") == "low":
                    rtok = int(rtok * 0.5)
            d["response"] = response
            if tool_calls:
                d["tool_calls"] = tool_calls
                d["finish_reason"] = "tool_calls"
            if reasoning_model:
                d["reasoning"] = reasoning
            d["usage"] = {"input_tokens": itok, "output_tokens": (otok + rtok) * n, "reasoning_tokens": rtok * n}
        else:
            d["usage"] = {"input_tokens": 0 if status in (429, 503) else itok, "output_tokens": 0, "reasoning_tokens": 0}
            d["error"] = ERR.get(status, ERR[500])
        d["status"] = status
        if conv:
            d["conversation_id"] = conv
        if extra:
            d.update(extra)
        self.lines.append((ts, _dumps(d)))
        acct.n += 1
        g = self.stat_override or acct.group
        gs = self.group_stats.get(g)
        if gs is None:
            gs = self.group_stats[g] = [0, 0]
        gs[1] += 1
        return status == 200

    # -------------------------------------------------------------- conversations
    def emit_conv(self, acct, rng, t0, turns, model, params=None, system=None, end_user=None, conv=None, ip=None, ua=None,
                  key=None, gap=(15, 240), stop_on_error=True, prefix=None):
        """turns: list of (user_content, response, think). Emits one exchange per turn, history included."""
        msgs = []
        if system:
            msgs.append({"role": "system", "content": system})
        if prefix:
            msgs.extend(prefix)
        t = t0
        emitted = 0
        for i, (u, r, th) in enumerate(turns):
            if i:
                t += rng.uniform(*gap) + len(r) * 0.01
            cur = msgs + [{"role": "user", "content": u}]
            ok = self.emit(acct, rng, t, model, messages=cur, params=params, response=r, think=th, end_user=end_user, conv=conv,
                           ip=ip, ua=ua, key=key)
            emitted += 1
            if not ok and stop_on_error:
                if rng.random() < 0.7:  # client retries once
                    t += rng.uniform(2, 20)
                    self.emit(acct, rng, t, model, messages=cur, params=params, response=r, think=th, end_user=end_user, conv=conv,
                              ip=ip, ua=ua, key=key, status=200)
                else:
                    break
            msgs = cur + [{"role": "assistant", "content": r}]
        return t


def _last_user(messages, prompt):
    if messages:
        for m in reversed(messages):
            if m.get("role") == "user":
                c = m.get("content")
                if isinstance(c, list):
                    for p in c:
                        if p.get("type") == "text":
                            return p.get("text", "")
                    return ""
                return c or ""
    return prompt or ""


def conv_id(rng, style="uuid"):
    if style == "uuid":
        h = Wd.hexid(rng, 32)
        return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], h[16:20], h[20:32])
    if style == "thread":
        return "thread_" + Wd.b32(rng, 20)
    return "conv_" + Wd.hexid(rng, 16)
