# -*- coding: utf-8 -*-
"""Pieces shared by benign populations and campaigns: account set-up, IP and model choice,
conversation running, and ordinary chat content."""
import calendar
import math

import respond
from common import (APP_DEFAULT_SWITCH, DAY, HOUR, MODELS, RELEASE, WEEK0, WEEK_END, MOBILE_SYSTEM, WEB_SYSTEM,
                    app_ua, browser_ua, date_of, sdk_ua)
from text_lang import COUNTRY_LANG, COUNTRY_W, everyday, followup

REASONING = {MODELS["reason"]}
T2024 = calendar.timegm((2024, 3, 1, 0, 0, 0))
T_WEEK = WEEK0 // 1000


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def pick_cc(rng):
    return wchoice(rng, COUNTRY_W)


def pick_lang(rng, cc):
    return wchoice(rng, COUNTRY_LANG[cc])


# ---------------------------------------------------------------- account age
def created_old(rng, lo=None, hi=None, skew=0.6):
    """Sign-up time of an account that existed before the week. With default bounds: a third of the
    week's active accounts signed up in the previous 60 days, the rest since March 2024 (recent-heavy)."""
    if lo is None and hi is None:
        if rng.random() < 0.35:
            return T_WEEK - 60 * 86400 + int(rng.random() * (60 * 86400 - 3600))
        lo, hi = T2024, T_WEEK - 3600
    lo = T2024 if lo is None else lo
    hi = (T_WEEK - 3600) if hi is None else hi
    return lo + int((hi - lo) * (rng.random() ** skew))


def created_between(rng, lo_sec, hi_sec):
    return lo_sec + int(rng.random() * max(1, hi_sec - lo_sec))


# ---------------------------------------------------------------- models
def flagship_p(ts, mode):
    if ts < RELEASE or mode == "none":
        return 0.0
    dt = (ts - RELEASE) / DAY
    if mode == "app":
        if ts < APP_DEFAULT_SWITCH:
            return 0.10
        return min(0.78, 0.35 + 0.45 * (ts - APP_DEFAULT_SWITCH) / (2 * DAY))
    if mode == "api":
        return 0.42 * (1 - math.exp(-dt / 1.4))
    if mode == "slow":
        return 0.18 * (1 - math.exp(-dt / 2.0))
    if mode == "eager":
        return 0.85
    return 0.0


def model_picker(base_mix, mode):
    """base_mix: [(kind, weight)]; returns fn(rng, ts) -> model name."""
    def f(rng, ts):
        if rng.random() < flagship_p(ts, mode):
            return MODELS["flagship"]
        return MODELS[wchoice(rng, base_mix)]
    return f


# ---------------------------------------------------------------- addresses
def ip_home(W, a, mobile_share=0.12, dyn=0.3, v6=0.08):
    """Home broadband (sometimes re-assigned daily), phone data now and then."""
    rng = W.rng
    home = W.net.residential(a.cc)
    a.ips = [home]
    days = {}
    use_v6 = rng.random() < v6
    carrier = W.net.carrier(a.cc)
    dynamic = rng.random() < dyn

    def f(r, ts):
        x = r.random()
        if x < mobile_share:
            return W.net.mobile(carrier)
        if use_v6:
            d = (ts - WEEK0) // DAY
            if d not in days:
                days[d] = W.net.residential_v6(a.cc)
            return days[d]
        if dynamic:
            d = (ts - WEEK0) // DAY
            if d not in days:
                days[d] = home if d == 0 else W.net.residential(a.cc)
            return days[d]
        return home
    return f


def ip_mobile(W, a, wifi_share=0.25):
    carrier = W.net.carrier(a.cc)
    home = W.net.residential(a.cc)
    a.ips = [home]

    def f(r, ts):
        if r.random() < wifi_share:
            return home
        return W.net.mobile(carrier)
    return f


def ip_pool(pool):
    def f(r, ts):
        return pool[0] if len(pool) == 1 else r.choice(pool)
    return f


def ip_vpn(W, a, home_share=0.1):
    home = W.net.residential(a.cc)
    a.ips = [home]
    sticky = {}

    def f(r, ts):
        if r.random() < home_share:
            return home
        h = (ts - WEEK0) // (3 * HOUR)
        if h not in sticky:
            sticky[h] = W.net.vpn()
        return sticky[h]
    return f


def ip_dc(W, a, provider=None, k=2):
    pool = [W.net.datacenter(provider) for _ in range(k)]
    a.ips = pool
    return ip_pool(pool)


# ---------------------------------------------------------------- channel defaults
def channel_ua(W, rng, channel, new_app=False):
    if channel == "web":
        return browser_ua(rng)
    if channel == "mobile":
        return app_ua(rng, new_app)
    return sdk_ua(rng)


def app_params(rng, model, channel):
    p = {"stream": True}
    if model == MODELS["reason"]:
        p["reasoning_effort"] = "medium"
    elif model == MODELS["flagship"] and rng.random() < 0.3:
        p["reasoning_effort"] = "low"
    else:
        p["temperature"] = 0.7
    return p


def app_system(channel, ts):
    if channel == "web":
        return WEB_SYSTEM.format(date=date_of(ts))
    if channel == "mobile":
        return MOBILE_SYSTEM.format(date=date_of(ts))
    return None


def wants_reasoning(model, params):
    if model in REASONING:
        return True
    return model == MODELS["flagship"] and params.get("reasoning_effort") not in (None, "none")


# ---------------------------------------------------------------- running conversations
def run(W, a, rng, times, convo, *, model_fn, ip_fn, params_fn=None, system_fn=None, ua_fn=None,
        end_user=None, conv_gap=25 * 60 * 1000, parts=False, key_fn=None, keep=8, conv_ids=True):
    """Emit one exchange per timestamp. convo(rng, ts) -> list of turns; a turn is a dict with
    u (user text, or None for a tool-result step), r (response), optional think, model, params,
    tool_calls, tool_results, sys, eu (end user)."""
    cur = None
    for ts in times:
        if cur is None or not cur["turns"] or ts - cur["last"] > conv_gap:
            turns = convo(rng, ts)
            if not turns:
                continue
            sysmsg = turns[0].get("sys")
            if sysmsg is None and system_fn:
                sysmsg = system_fn(rng, ts)
            cur = {"turns": list(turns), "msgs": [], "conv": W.conv() if conv_ids else None, "last": ts,
                   "sys": sysmsg, "eu": turns[0].get("eu") or (end_user(rng) if callable(end_user) else end_user)}
        t = cur["turns"].pop(0)
        hist = cur["msgs"]
        msgs = ([{"role": "system", "content": cur["sys"]}] if cur["sys"] else []) + hist
        if t.get("u") is not None:
            u = t["u"]
            msgs = msgs + [{"role": "user", "content": [{"type": "text", "text": u}] if parts else u}]
        model = t.get("model") or model_fn(rng, ts)
        params = dict(params_fn(rng, ts, model) if params_fn else {})
        if t.get("params"):
            params.update(t["params"])
        think = None
        if wants_reasoning(model, params):
            think = t.get("think")
            if think is None:
                think = respond.reasoning_general(rng, t.get("u") or t["r"])
        W.emit(a, ts, model, messages=msgs, params=params, response=t["r"], reasoning=think,
               ip=ip_fn(rng, ts), ua=ua_fn(rng, ts) if ua_fn else None, end_user=t.get("eu") or cur["eu"],
               conv=cur["conv"], key=key_fn(rng) if key_fn else None, tool_calls=t.get("tool_calls"), rng=rng)
        new = []
        if t.get("u") is not None:
            new.append(msgs[-1])
        am = {"role": "assistant", "content": t["r"]}
        if t.get("tool_calls"):
            am["tool_calls"] = t["tool_calls"]
        new.append(am)
        for tid, res in t.get("tool_results") or []:
            new.append({"role": "tool", "tool_call_id": tid, "content": res})
        cur["msgs"] = (hist + new)[-keep:]
        while cur["msgs"] and cur["msgs"][0]["role"] == "tool":
            cur["msgs"] = cur["msgs"][1:]
        cur["last"] = ts


# ---------------------------------------------------------------- ordinary chat content
def arena_turns(C, rng, maxn=None):
    conv = rng.choice(C.arena)
    n = len(conv) if maxn is None else min(maxn, len(conv))
    out = []
    for u, r in conv[:n]:
        out.append({"u": u, "r": (r[:1800] if r else respond.english(rng))})
    return out


def local_turns(rng, lang, maxn=4):
    n = 1
    while n < maxn and rng.random() < 0.35:
        n += 1
    out = [{"u": everyday(rng, lang), "r": respond.generic(rng, lang, rng.choice("sml"))}]
    for _ in range(n - 1):
        out.append({"u": followup(rng, lang), "r": respond.generic(rng, lang, "s")})
    return out


def consumer_convo(C, lang, english_arena=0.7, arena_other=0.06, hard=0.04):
    def f(rng, ts):
        x = rng.random()
        if lang == "en":
            if x < english_arena:
                return arena_turns(C, rng)
            if x < english_arena + 0.1:
                p = rng.choice(C.hard_other + C.hard_coding)
                return [{"u": p, "r": respond.english(rng, coding=p in C.hard_coding)}]
            return local_turns(rng, "en")
        if x < arena_other:
            return arena_turns(C, rng, 2)
        if x < arena_other + hard:
            p = rng.choice(C.hard_other)
            return [{"u": p, "r": respond.english(rng)}]
        return local_turns(rng, lang)
    return f


def lognorm_n(rng, mean, sigma=1.0, lo=1, hi=2000):
    mu = math.log(max(1e-3, mean)) - sigma * sigma / 2
    return max(lo, min(hi, int(round(rng.lognormvariate(mu, sigma)))))
