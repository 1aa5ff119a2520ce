"""Helpers shared by benign populations and campaigns (same mechanics for both, so that no
generator artefact separates the classes)."""
import math

from world import (Account, DESKTOP_UAS, HUMAN, M_CHAT, M_MINI, M_R1, M_R2, REASONING_MODELS, RELEASE, SDK_UAS, VPS_V4,
                   hexid, ip4, resi_ip, sample_time)
from corpora import LANG, generic_reasoning, native_prompt, reply_in, wrap_prompt

REFUSALS = ["I can't help with that, but I'm happy to help with something else.",
            "Sorry, I can't assist with that request.",
            "I won't be able to help with that. If you're researching this topic for safety reasons, I can point you to general resources.",
            "I understand the role-play setup, but I'll keep following my guidelines. What else can I do for you?"]


def lognorm_n(rng, median, sigma, lo, hi):
    v = int(round(median * math.exp(rng.gauss(0, sigma))))
    return max(lo, min(hi, v))


def benign(pop):
    return {"label": "benign", "population": pop}


def camp(cid, tactic):
    return {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}


def user_msg(text, parts=False):
    if parts:
        return {"role": "user", "content": [{"type": "text", "text": text}]}
    return {"role": "user", "content": text}


def run_conv(sink, acct, rng, t, turns, model, params, sys=None, end_user=None, ip=None, ua=None, parts=False,
             gap=(25, 260), reasoning_fn=None, err=0.004, max_hist=9, status_fn=None):
    """Emit one multi-turn conversation: each turn is one exchange carrying the history so far."""
    conv = "conv_" + hexid(rng, 16)
    msgs = [{"role": "system", "content": sys}] if sys else []
    for u, a in turns:
        msgs.append(user_msg(u, parts))
        if len(msgs) > max_hist:
            send = ([msgs[0]] if sys else []) + msgs[-(max_hist - 1):]
        else:
            send = msgs
        reasoning = None
        if model in REASONING_MODELS:
            reasoning = reasoning_fn(u) if reasoning_fn else generic_reasoning(rng, u, params.get("reasoning_effort", "medium"))
        if status_fn is not None:
            st = status_fn()
        else:
            st = 200 if rng.random() > err else rng.choice((429, 500, 400, 429))
        t = sink.emit(acct, t, send, model, params, a, reasoning, end_user, conv, ip, st, ua)
        msgs.append({"role": "assistant", "content": a})
        t += rng.uniform(*gap) + len(a) / 45.0
    return t


def chat_model(rng, t, p_r2, p_r1=0.04, p_mini=0.35):
    if t >= RELEASE and rng.random() < p_r2:
        return M_R2
    r = rng.random()
    if r < p_r1:
        return M_R1
    return M_MINI if r < p_r1 + p_mini else M_CHAT


def consumer_params(rng):
    """A consumer client's habitual request parameters."""
    p = {}
    if rng.random() < 0.6:
        p["temperature"] = rng.choice((0.7, 1.0, 0.8, 0.5, 1.0))
    if rng.random() < 0.7:
        p["stream"] = True
    if rng.random() < 0.4:
        p["max_tokens"] = rng.choice((1024, 2048, 4096, 800))
    if rng.random() < 0.15:
        p["top_p"] = rng.choice((0.9, 0.95, 1.0))
    return p


def with_effort(params, model, effort):
    if model in REASONING_MODELS:
        q = dict(params)
        q["reasoning_effort"] = effort
        q.pop("temperature", None)
        return q
    return params


def consumer_turns(rng, C, lang, max_turns):
    """An ordinary user's conversation: real Arena turns, or a prompt in the user's language."""
    r = rng.random()
    if lang not in ("en", "mi") and r < 0.5:
        out = [(native_prompt(rng, lang), reply_in(rng, lang, rng.choice(C.asst)[:400]))]
        if max_turns > 1 and rng.random() < 0.35:
            out.append((wrap_prompt(rng, lang, rng.choice(C.first)[:300]), reply_in(rng, lang, rng.choice(C.asst)[:400])))
        return out
    if lang == "mi" and r < 0.25:
        return [(native_prompt(rng, "mi"), reply_in(rng, "mi", rng.choice(C.asst)[:400]))]
    if r < 0.62 + (0.1 if lang == "en" else 0):
        conv = rng.choice(C.convs)
        turns = list(conv[:max_turns])
        if lang != "en" and rng.random() < 0.5:
            u, a = turns[0]
            turns[0] = (wrap_prompt(rng, lang, u), a)
        return turns
    if r < 0.80:
        pool = C.ah_creative if rng.random() < 0.5 else C.ah1_other
        return [(rng.choice(pool), rng.choice(C.asst))]
    conv = rng.choice(C.arena_code if rng.random() < 0.6 else C.arena_math)
    return list(conv[:max_turns])


def new_consumer(sink, rng, label, country=None, lang=None, created=None, desktop=0.55):
    acct = Account(rng, label, country=country, created=created)
    if lang is None:
        lang = pick_lang(rng, acct.country)
    acct.lang = lang
    acct.ua = rng.choice(DESKTOP_UAS) if rng.random() < desktop else rng.choice(SDK_UAS)
    k = 1 + (rng.random() < 0.4) + (rng.random() < 0.15)
    acct.ips = [resi_ip(rng, acct.country) for _ in range(k)]
    if rng.random() < 0.05:  # privacy-minded users behind a commercial VPN exit
        acct.ips.append(ip4(rng, rng.choice(VPS_V4)))
    return sink.add(acct)


LANG_MIX = {"CA": [("en", 70), ("fr", 18), ("pa", 4), ("tl", 3), ("yue", 2.5), ("hi", 1.5), ("ar", 1)],
            "AU": [("en", 84), ("yue", 4), ("hi", 4), ("ar", 3), ("tl", 2.5), ("pa", 1.5), ("mi", 1)],
            "NZ": [("en", 66), ("mi", 22), ("tl", 3), ("hi", 3), ("yue", 3), ("pa", 2), ("fr", 1)]}


def pick_lang(rng, country):
    mix = LANG_MIX[country]
    return rng.choices([l for l, _ in mix], weights=[w for _, w in mix])[0]


def session_times(rng, acct, n_sessions, prof=HUMAN, days=None, lo=None, hi=None):
    from world import ALLDAYS, W0, W1
    lo = max(lo if lo is not None else W0, acct.created + 60)
    hi = hi if hi is not None else W1
    if lo >= hi:
        return []
    ts = [sample_time(rng, acct.tz, prof, days or ALLDAYS, lo, hi) for _ in range(n_sessions)]
    ts.sort()
    return ts


_ = (LANG, M_R1, M_CHAT)
