"""Shared helpers for population generators: identities, sessions, conversations, models."""
import math

import content as K
import lang as L
from world import (T0, T_END, RELEASE, M_FLAG, M_MINI, M_NEW, M_THINK, REASONING_MODELS, NETDEF, MOBILE_BY_CC,
                   FIXED_BY_CC, TZ, clock, hexid, sdk_ua, browser_ua)

VOL = 1.0   # global volume multiplier (set by gen.py)

COUNTRY_W = [("MA", .22), ("SN", .15), ("NG", .18), ("ET", .09), ("FR", .18), ("DZ", .08), ("TN", .05), ("ML", .025), ("NE", .015),
             ("CI", .01)]
LANG_BY_CC = {
    "MA": [("ary", .25), ("arya", .1), ("fr", .33), ("ar", .15), ("en", .1), ("zgh", .04), ("tfng", .03)],
    "SN": [("fr", .55), ("wo", .3), ("en", .1), ("ar", .05)],
    "NG": [("en", .68), ("ha", .3), ("fr", .02)],
    "ET": [("am", .6), ("en", .4)],
    "FR": [("fr", .83), ("en", .1), ("ary", .04), ("ar", .03)],
    "DZ": [("fr", .4), ("ar", .38), ("ary", .1), ("zgh", .12)],
    "TN": [("fr", .5), ("ar", .45), ("en", .05)],
    "ML": [("fr", .85), ("en", .1), ("ar", .05)],
    "NE": [("fr", .6), ("ha", .35), ("en", .05)],
    "CI": [("fr", .9), ("en", .1)],
}
CC_OF_LANG = {"ary": "MA", "arya": "MA", "zgh": "DZ", "tfng": "MA", "wo": "SN", "ha": "NG", "am": "ET", "fr": "FR", "ar": "MA",
              "en": "NG"}


def wchoice(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def country(rng):
    return wchoice(rng, COUNTRY_W)


def lang_for(rng, cc):
    return wchoice(rng, LANG_BY_CC.get(cc, LANG_BY_CC["FR"]))


def past(rng, dmin, dmax):
    """A creation time dmin..dmax days before the week starts (skewed toward recent)."""
    u = rng.random() ** 1.6
    return T0 - (dmin + u * (dmax - dmin)) * 86400 - rng.random() * 86400


def pay_new(rng, p_none=0.0):
    if rng.random() < p_none:
        return None
    return "pm_" + hexid(rng, 16)


def count(rng, mean, sigma=0.8, lo=1, hi=100000):
    """Lognormal count with the given mean."""
    m = mean
    mu = math.log(max(m, 0.5)) - sigma * sigma / 2
    return max(lo, min(hi, int(round(rng.lognormvariate(mu, sigma)))))


def n_scaled(n):
    return max(1, int(round(n * VOL)))


def mobile_net(W, rng, cc):
    return W.nets[rng.choice(MOBILE_BY_CC.get(cc, MOBILE_BY_CC["SN"]))]


def fixed_net(W, rng, cc):
    return W.nets[rng.choice(FIXED_BY_CC.get(cc, FIXED_BY_CC["FR"]))]


class Presence:
    """How one client shows up on the network across the week."""
    __slots__ = ("nets", "home", "p_roam", "rotate", "pool")

    def __init__(self, W, rng, cc, kind="mixed", rotate=False):
        self.rotate = rotate
        self.pool = None
        if kind == "mobile":
            self.nets = [mobile_net(W, rng, cc)]; self.home = None; self.p_roam = 1.0
        elif kind == "fixed":
            n = fixed_net(W, rng, cc); self.nets = [mobile_net(W, rng, cc)]; self.home = n.home(rng); self.p_roam = 0.08
        else:
            n = fixed_net(W, rng, cc); self.nets = [mobile_net(W, rng, cc)]; self.home = n.home(rng); self.p_roam = 0.4

    def ip(self, rng):
        if self.home is None or rng.random() < self.p_roam:
            return self.nets[0].ip(rng)
        return self.home


class FixedIP:
    __slots__ = ("ips",)

    def __init__(self, ips):
        self.ips = ips if isinstance(ips, list) else [ips]

    def ip(self, rng):
        return self.ips[0] if len(self.ips) == 1 else self.ips[rng.randrange(len(self.ips))]


class NetPresence:
    """Free draw (or pool draw) from named networks on every request: proxies, VPN exits, cloud fleets."""
    __slots__ = ("nets",)

    def __init__(self, W, names):
        self.nets = [W.nets[n] for n in names]

    def ip(self, rng):
        return self.nets[rng.randrange(len(self.nets))].ip(rng)


def ua_for(rng, kind):
    if kind == "browser":
        return browser_ua(rng)
    if kind == "mobile":
        return browser_ua(rng, 0.95)
    return sdk_ua(rng)


def pick_model(rng, t, p_mini=0.3, p_new=0.1, lag_h=6.0, p_think=0.03):
    if t > RELEASE + lag_h * 3600 and rng.random() < p_new * min(1.0, (t - RELEASE - lag_h * 3600) / 86400 + 0.3):
        return M_NEW
    r = rng.random()
    if r < p_think:
        return M_THINK
    return M_MINI if r < p_mini + p_think else M_FLAG


def params_for(rng, model, stream=None, temp=None, max_tokens=None, effort=None):
    p = {}
    if temp is not None:
        p["temperature"] = temp
    if max_tokens:
        p["max_tokens"] = max_tokens
    if stream:
        p["stream"] = True
    if model in REASONING_MODELS:
        p.pop("temperature", None)
        p["reasoning_effort"] = effort or rng.choice(["low", "medium", "medium", "high"])
    return p or None


def times_sessions(rng, clk, n, gap=(15, 240), per_session=(1, 6)):
    """n request times grouped into sessions drawn from a clock."""
    out = []
    while len(out) < n:
        t = clk.sample(rng)
        k = min(n - len(out), rng.randint(*per_session))
        for _ in range(k):
            out.append(t)
            t += rng.uniform(*gap)
    out.sort()
    return out


def emit_chat(S, rng, t, acct, pres, ua, turns, system=None, model=None, params=None, end_user=None, gap=(20, 180),
              conv=True, effort=None, history_limit=None, model_fn=None, reasoning_fn=None, key=None, status_fn=None):
    """Emit one exchange per user turn, with cumulative history. Returns (time after, emitted count)."""
    msgs = [{"role": "system", "content": system}] if system else []
    cid = ("conv_" + hexid(rng, 16)) if conv and len(turns) > 1 else None
    k = 0
    for u, a in turns:
        msgs.append({"role": "user", "content": u})
        m = model_fn(rng, t) if model_fn else (model or M_FLAG)
        send = msgs
        if history_limit and len(msgs) > history_limit:
            send = ([msgs[0]] if system else []) + msgs[-history_limit:]
        pr = params
        rs = None
        if m in REASONING_MODELS:
            pr = dict(params or {})
            pr.pop("temperature", None)
            pr.setdefault("reasoning_effort", effort or "medium")
            rs = reasoning_fn(rng) if reasoning_fn else K.reasoning_for(rng, effort=pr["reasoning_effort"])
        st = status_fn(rng) if status_fn else 200
        if S.emit(t, acct, pres.ip(rng), ua, m, list(send), a, pr, rs, end_user, cid, status=st, rng=rng, key=key):
            k += 1
        msgs.append({"role": "assistant", "content": a})
        t += rng.uniform(*gap) + len(a) / 60.0
    return t, k


def status_rare(rng):
    r = rng.random()
    if r < 0.006:
        return 429
    if r < 0.008:
        return 500
    return 200


# ---------------------------------------------------------------------------------------------
# phrasing variation for families of prompts (one style per account)
class Style:
    """Per-account surface habits: case, punctuation, greetings, sign-offs, spacing."""
    __slots__ = ("lower", "greet", "thanks", "nl", "emoji", "lang")

    def __init__(self, rng, lang):
        self.lang = lang
        self.lower = rng.random() < 0.2
        self.greet = rng.random() < 0.25
        self.thanks = rng.random() < 0.2
        self.nl = rng.choice(["\n\n", "\n", " "])
        self.emoji = rng.random() < 0.06

    def apply(self, rng, s):
        if self.greet and rng.random() < 0.5:
            s = rng.choice(GREET.get(self.lang, GREET["en"])) + self.nl + s
        if self.thanks and rng.random() < 0.5:
            s = s + self.nl + rng.choice(THANKS.get(self.lang, THANKS["en"]))
        if self.lower:
            s = s.lower()
        if self.emoji and rng.random() < 0.4:
            s += " " + rng.choice(["🙏", "🙂", "👍", "🤔"])
        return s


GREET = {"en": ["Hi", "Hello", "Hey there"], "fr": ["Bonjour", "Salut", "Bonsoir"], "ar": ["مرحبا", "السلام عليكم"],
         "ary": ["salam", "slm", "salam khouya"], "arya": ["سلام"], "wo": ["Salaam aleekum", "Nanga def"], "ha": ["Sannu", "Salam"],
         "am": ["ሰላም"], "zgh": ["Azul"], "tfng": ["ⴰⵣⵓⵍ"]}
THANKS = {"en": ["Thanks!", "thank you", "Cheers"], "fr": ["Merci !", "merci d'avance", "Merci beaucoup"], "ar": ["شكراً", "وشكراً جزيلاً"],
          "ary": ["merci bzaf", "chokran"], "arya": ["شكرا بزاف"], "wo": ["Jërëjëf"], "ha": ["Na gode"], "am": ["አመሰግናለሁ"],
          "zgh": ["Tanemmirt"], "tfng": ["ⵜⴰⵏⵎⵎⵉⵔⵜ"]}


def cot_wrap(rng, q, lang, variant, style=None):
    """variant: (cot phrase idx, position, answer-format idx, preamble or '')"""
    ci, pos, ai, pre = variant
    lg = lang if lang in L.COT else "en"
    cot = L.COT[lg][ci % len(L.COT[lg])]
    fmt = L.ANSFMT[lg][ai % len(L.ANSFMT[lg])]
    fmtline = ""
    if ai >= 0 and rng.random() < 0.8:
        fmtline = {"en": "End with a line of the form: ", "fr": "Termine par une ligne de la forme : ", "ar": "اختم بسطر بالشكل: "}.get(lg, "") \
            + fmt.format(a="<...>") if lg in ("en", "fr", "ar") else ""
    parts = [q, cot] if pos == 0 else [cot, q]
    if pre:
        parts.insert(0, pre)
    if fmtline:
        parts.append(fmtline)
    s = "\n\n".join(parts)
    return style.apply(rng, s) if style else s


def cot_variant(rng, lang):
    lg = lang if lang in L.COT else "en"
    return (rng.randrange(len(L.COT[lg])), rng.choice([0, 0, 1]), rng.choice([-1, 0, 1, 2]) if lg in ("en", "fr", "ar") else -1,
            rng.choice(["", "", "", PRE.get(lg, PRE["en"])[rng.randrange(len(PRE.get(lg, PRE["en"])))]]))


PRE = {"en": ["You are an expert tutor.", "Problem:", "Here is an exercise.", "Task:"],
       "fr": ["Exercice :", "Tu es un professeur de mathématiques.", "Voici un problème."],
       "ar": ["المسألة:", "أنت أستاذ رياضيات."], "ary": ["exercice:"], "wo": ["Laaj bi:"], "ha": ["Tambaya:"], "am": ["ጥያቄ፦"],
       "zgh": ["Asteqsi:"], "arya": ["التمرين:"], "tfng": ["ⴰⵙⵇⵙⵉ:"]}
