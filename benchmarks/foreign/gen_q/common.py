"""Shared machinery: the world object, identity minting, sessions, conversations."""
import random

from content import reasoning_generic
from corpora import Corpora
from emit import Emitter
from world import (Account, Net, WEEK_START, WEEK_END, RELEASE, DAY, HOUR, REASONING_MODELS, M_R1, M_R2, LANG_COUNTRIES,
                   human_time, stable_hex, wchoice)

_B32 = "abcdefghijklmnopqrstuvwxyz0123456789"

# Universities of the world (names appear only in the README; the log shows their NAT addresses and billing profiles)
UNIVERSITIES = [
    ("Northfield University", "US-E", "en"), ("Pacific Coast Institute of Technology", "US-W", "en"),
    ("University of Avonmere", "UK", "en"), ("Lakeshore State University", "US-E", "en"),
    ("Rhine-Main Technical University", "DE", "en"), ("Jiangnan Normal University", "CN", "zh-Hans"),
    ("Huadong University of Science", "CN", "zh-Hans"), ("Southern Harbour University", "SG", "en"),
    ("National Formosa University", "TW", "zh-Hant"), ("Victoria Harbour University", "HK", "zh-Hant"),
    ("Hanbit Institute of Science and Technology", "KR", "ko"), ("Gyeongin National University", "KR", "ko"),
    ("Carmel Institute of Technology", "IL", "he"), ("Negev University", "IL", "he"),
    ("Alborz University of Technology", "IR", "fa"), ("Zagros University", "IR", "fa"),
    ("Aegean Polytechnic", "GR", "el"), ("University of Western Attica Sciences", "GR", "el"),
    ("Nile Delta University", "EG", "ar"), ("King's Gulf University of Science", "SA", "ar"),
    ("Danube University of Technology", "HU", "hu"), ("Tisza University", "HU", "hu"),
    ("Transylvania Polytechnic", "RO", "ro"), ("Carpathian University of Bucharest", "RO", "ro"),
    ("Deccan Institute of Science", "IN", "en"), ("Emirates Institute of Computing", "AE", "ar"),
]


class Uni:
    def __init__(self, w, i, name, country, lang):
        self.i = i
        self.name = name
        self.country = country
        self.lang = lang
        r = w.r
        base = w.net.residential(r, country)
        while ":" in base:
            base = w.net.residential(r, country)
        self.nat = [w.net.same24(base, r) for _ in range(r.randint(2, 4))]
        self.billing = w.pm()           # the institution's academic-programme billing profile
        self.course_server = w.net.cloud(r)


class W:
    def __init__(self, seed, data_dir, out_dir):
        self.seed = seed
        self.C = Corpora(data_dir)
        self.net = Net(seed)
        self.E = Emitter(out_dir, seed)
        self.r = random.Random(f"{seed}/world")
        self.accounts = []
        self.campaigns = {}
        self._n = 0
        self.unis = [Uni(self, i, *u) for i, u in enumerate(UNIVERSITIES)]
        self.unis_by_lang = {}
        for u in self.unis:
            self.unis_by_lang.setdefault(u.lang, []).append(u)
        self.eu_labels = {}
        self.drivers = []
        self.routers = []
        self.victim = None

    # -------------------------------------------------------------- ids
    def hx(self, n=16):
        self._n += 1
        return stable_hex(self.seed, "hx", self._n, n=n)

    def pm(self):
        return "pm_" + self.hx(16)

    def org(self):
        h = self.hx(24)
        return "org-" + "".join(_B32[int(h[i:i + 2], 16) % 36] for i in range(0, 24, 2)) + h[:12]

    def keys(self, k=1):
        return ["key_" + self.hx(12) for _ in range(k)]

    def eu(self, style, r=None):
        r = r or self.r
        h = self.hx(12)
        if style == "u":
            return "u_" + h
        if style == "num":
            return str(r.randrange(10 ** 6, 10 ** 8))
        if style == "student":
            return f"s{r.randrange(10 ** 6, 10 ** 7)}"
        if style == "email":
            return "sha256:" + stable_hex(self.seed, "mail", h, n=32)
        if style == "uuid":
            g = stable_hex(self.seed, "uuid", h, n=32)
            return f"{g[:8]}-{g[8:12]}-4{g[13:16]}-a{g[17:20]}-{g[20:32]}"
        return "user-" + h[:10]

    def add(self, acct, run, **info):
        acct.info.update(info)
        acct.info["run"] = run
        self.accounts.append(acct)
        return acct

    def campaign(self, cid, tactic, held_out, desc):
        self.campaigns[cid] = dict(tactic=tactic, held_out=held_out, desc=desc)
        return cid

    def clabel(self, cid):
        c = self.campaigns[cid]
        d = {"label": "campaign", "campaign_id": cid, "tactic": c["tactic"]}
        if c["held_out"]:
            d["held_out"] = True
        return d

    def mark_eu(self, end_user, cid):
        lab = self.clabel(cid)
        lab["_acc"] = set()
        self.E.eu_campaign[end_user] = lab

    def country_for(self, r, lang):
        return wchoice(r, LANG_COUNTRIES[lang])


def blabel(pop):
    return {"label": "benign", "population": pop}


def sessions(acct, n, profile=None, lo=None, hi=None, weekend=0.55, day_weights=None):
    lo = max(WEEK_START, acct.created + 60 if acct.created else WEEK_START, lo or WEEK_START)
    hi = min(WEEK_END - 600, hi or WEEK_END)
    if lo >= hi:
        return []
    r = acct.rng
    out = [human_time(r, acct.country, profile or acct.profile, weekend, lo, hi, day_weights) for _ in range(n)]
    out.sort()
    return out


def pick_model(r, ts, before, after=None):
    if after is not None and ts >= RELEASE:
        return wchoice(r, after)
    return wchoice(r, before)


def effort_params(r, model, base=None):
    p = dict(base) if base else {}
    if model in REASONING_MODELS and r.random() < 0.7:
        p["reasoning_effort"] = wchoice(r, [("low", 2), ("medium", 5), ("high", 3)])
        if r.random() < 0.25:
            p["max_tokens"] = r.choice([4096, 8192, 16000, 32000])
    return p


def converse(w, acct, t, model, turns, system=None, params=None, end_user=None, think=(15, 200), ip=None, ua=None,
             conv=True, parts=False, retry=True, err=None, extra=None, key=None):
    """Emits a multi-turn conversation. turns: [(user, response, reasoning|None)]. Returns the last ts."""
    r = acct.rng
    E = w.E
    cid = ("conv_" + w.hx(16)) if conv else None
    msgs = []
    if system:
        msgs.append({"role": "system", "content": system})
    ip = ip or acct.ip(r)
    ua = ua or acct.ua(r)
    key = key or acct.key_id(r)
    eff = params.get("reasoning_effort", "medium") if params else "medium"
    for i, (u, resp, rsn) in enumerate(turns):
        if parts:
            msgs.append({"role": "user", "content": [{"type": "text", "text": u}]})
        else:
            msgs.append({"role": "user", "content": u})
        if model in REASONING_MODELS and rsn is None:
            rsn = reasoning_generic(r, u, eff)
        t = E.call(acct, t, model, messages=msgs, response=resp, reasoning=rsn, params=params, conv=cid,
                   end_user=end_user, ip=ip, ua=ua, retry=retry, err=err, extra=extra, key=key)
        msgs.append({"role": "assistant", "content": resp})
        lat = 2 + len(resp) / 180.0
        t += lat + r.uniform(*think)
        if t >= WEEK_END - 1:
            break
    return t
