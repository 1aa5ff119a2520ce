"""Helpers shared by the benign populations and the campaigns."""
from text import ANSWER_IN, OPENER, STEPWISE, lname, reply_text
from world import MODELS, T0, T1, hx, status_for

COUNTRY_LANGS = {
    "KE": [("en", .5), ("sw", .45), ("fr", .05)],
    "NG": [("en", .45), ("pcm", .25), ("yo", .15), ("ha", .15)],
    "ET": [("am", .6), ("en", .4)],
    "AE": [("en", .5), ("ar", .4), ("fr", .1)],
    "SA": [("ar", .75), ("en", .25)],
}
COUNTRY_MIX = [("KE", .3), ("NG", .3), ("ET", .08), ("AE", .16), ("SA", .16)]


def wpick(rng, pairs):
    r = rng.random() * sum(p for _, p in pairs)
    for v, p in pairs:
        r -= p
        if r <= 0:
            return v
    return pairs[-1][0]


def pick_lang(rng, country):
    return wpick(rng, COUNTRY_LANGS[country])


def pick_country(rng, mix=COUNTRY_MIX):
    return wpick(rng, mix)


def lognorm_int(rng, mean, sigma=0.9, lo=1, hi=10 ** 6):
    import math
    mu = math.log(max(mean, 1e-9)) - sigma * sigma / 2
    return int(max(lo, min(hi, round(rng.lognormvariate(mu, sigma)))))


def local_wrap(rng, lang, text):
    """How a person writing in `lang` wraps an English prompt they copy in."""
    if lang == "en" or rng.random() < .35:
        return text
    r = rng.random()
    op = rng.choice(OPENER[lang])
    if r < .45:
        return f"{op} {text}".strip()
    if r < .8:
        return f"{op} {text}\n\n{ANSWER_IN[lang].format(L=lname(lang, lang))}".strip()
    return f"{text}\n{ANSWER_IN[lang].format(L=lname(lang, lang))}"


def asst_for(w, rng, prompt, codeish=False):
    c = w.c
    pool = c.asst_code if codeish else c.asst_plain
    return rng.choice(pool)


def chat_params(rng, app=False, stream=None, temp=None, mt=None):
    p = {}
    if app:
        p["stream"] = True
        p["max_tokens"] = 2048
        p["temperature"] = 0.7
        return p
    if temp is not None:
        p["temperature"] = temp
    if mt is not None:
        p["max_tokens"] = mt
    if stream is not None:
        p["stream"] = stream
    return p


def run_conversation(w, a, rng, t, pairs, model, params, lang="en", sys=None, conv_id=None, gap=(25, 240),
                     end_user=None, ip=None, group=None, t_end=T1, first=None):
    """Emit a multi-turn conversation: each turn carries the prior history."""
    msgs = [{"role": "system", "content": sys}] if sys else []
    conv_id = conv_id or ("conv_" + hx(rng, 16))
    ip = ip or a.where.ip_at(rng, t)
    for i, (u, asst) in enumerate(pairs):
        if t >= t_end:
            break
        if i == 0:
            u = first if first is not None else local_wrap(rng, lang, u)
        msgs = msgs + [{"role": "user", "content": u}]
        st = status_for(rng)
        resp = asst if lang in ("en",) or rng.random() < .6 else reply_text(rng, lang, rng.randint(3, 7))
        w.emit(a, t, model, messages=msgs, params=params, response=resp, status=st, conv=conv_id, ip=ip,
               end_user=end_user, group=group)
        if st != 200:
            break
        msgs = msgs + [{"role": "assistant", "content": resp}]
        t += gap[0] + (gap[1] - gap[0]) * rng.random() + len(resp) / 40.0
    return t


def maybe_model_after_release(rng, t, base, p_long, release):
    if t >= release and rng.random() < p_long:
        return MODELS["long"]
    return base


def json_fmt():
    return {"type": "json_object"}


def reasoning_params(rng, effort=None):
    p = {}
    if effort:
        p["reasoning_effort"] = effort
    return p
