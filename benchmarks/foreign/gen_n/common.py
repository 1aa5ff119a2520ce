"""Helpers shared by the population and campaign generators."""
from world import (T0, T_END, RELEASE, NEW_MODEL, REASONING_MODELS, date_ts, hexid, pick_model, COUNTRY_TZ,
                   LANG_COUNTRY, COUNTRY_CARRIERS)
from corpora import reasoning_summary

LANG_LOCALE = {"en": "en-US", "es": "es-MX", "pt": "pt-BR", "hi": "hi-IN", "zh": "zh-CN", "ru": "ru-RU"}


def benign(pop):
    return {"label": "benign", "population": pop}


def campaign(cid, tactic, held_out):
    d = {"label": "campaign", "campaign_id": cid, "tactic": tactic}
    if held_out:
        d["held_out"] = True
    return d


def created_between(rng, a, b):
    return a + rng.random() * (b - a)


def created_old(rng, lo=(2023, 3, 1), hi=(2027, 11, 30)):
    """Account age: a skewed mix, most accounts months to years old."""
    a, b = date_ts(*lo), date_ts(*hi)
    u = rng.random() ** 0.7
    return b - u * (b - a)


def lang_pick(rng, mix):
    r = rng.random() * sum(w for _, w in mix)
    for k, w in mix:
        r -= w
        if r <= 0:
            return k
    return mix[-1][0]


def geo(rng, lang):
    c = rng.choice(LANG_COUNTRY[lang])
    return c, rng.choice(COUNTRY_TZ[c])


def carrier(rng, country):
    return rng.choice(COUNTRY_CARRIERS.get(country, ["tmobile_us"]))


_TYPO_PREFIX = ["", "", "", "hey ", "pls ", "can you ", "quick question: ", "ok so ", "", "hi, "]
_TYPO_SUFFIX = ["", "", "", " thanks", " pls", " thx", "?", " :)", "", ""]


def humanize(rng, text):
    """Cheap surface noise so that the same public prompt reused by unrelated users is not byte-identical."""
    if len(text) > 1500 or rng.random() < 0.35:
        return text
    t = text.strip()
    r = rng.random()
    if r < 0.3 and t[:1].isupper():
        t = t[0].lower() + t[1:]
    elif r < 0.45 and t.endswith((".", "?")):
        t = t[:-1]
    if rng.random() < 0.35:
        words = t.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            t = " ".join(words)
    return rng.choice(_TYPO_PREFIX) + t + rng.choice(_TYPO_SUFFIX)


def app_system(t, locale):
    day = int((t - T0) // 86400) + 6
    return ("You are Halyard, a helpful assistant in the Halyard Chat app. Current date: 2027-12-%02d. User locale: %s. "
            "Be concise unless asked for detail; use markdown when helpful." % (day, locale))


def sys_msg(text):
    return {"role": "system", "content": text}


def u(text):
    return {"role": "user", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def conv_id(rng):
    return "conv_" + hexid(rng, 16)


def maybe_reason(rng, model, text, steps=None, long=False):
    if model in REASONING_MODELS:
        return reasoning_summary(rng, text, steps, long)
    return None


def run_conv(W, rng, acct, turns, t, model_fn, params, system=None, gap=(25, 200), end_user=None, ip=None,
             ua=None, key=None, err_rate=0.004, reasoning_long=False, cid=None, extra=None):
    """Emit a multi-turn conversation: each turn is one exchange carrying the history so far."""
    cid = cid or conv_id(rng)
    hist = [sys_msg(system)] if system else []
    for ut, at in turns:
        hist.append(u(ut))
        m = model_fn(t)
        p = params(m) if callable(params) else params
        W.emit(acct, t, msgs=list(hist), model=m, params=p, response=at,
               reasoning=maybe_reason(rng, m, ut, None, reasoning_long), end_user=end_user, conv=cid, ip=ip,
               ua=ua, key=key, err_rate=err_rate, extra=extra)
        hist.append(a(at))
        t += rng.uniform(*gap) + len(at) / 60.0
        if t >= T_END:
            break
    return t


def models_fn(rng, before, after=None, adopt_h=8.0):
    return lambda t: pick_model(rng, t, before, after, adopt_h)


def chat_params(rng, model, stream=True, max_tokens=4096, temperature=0.7):
    p = {"temperature": temperature, "max_tokens": max_tokens, "stream": stream}
    if model in REASONING_MODELS:
        p["reasoning_effort"] = "medium"
        p.pop("temperature")
    return p


def picker(rng, items, sigma=0.8):
    """Weighted (lognormal) choice among a fleet's accounts, so per-account volumes are uneven."""
    cum, s = [], 0.0
    for _ in items:
        s += rng.lognormvariate(0, sigma)
        cum.append(s)
    return lambda: rng.choices(items, cum_weights=cum)[0]


def split_counts(rng, total, n, sigma=0.9, lo=1):
    """Split total into n lognormal-ish positive counts."""
    ws = [rng.lognormvariate(0, sigma) for _ in range(n)]
    s = sum(ws)
    return [max(lo, int(round(total * w / s))) for w in ws]
