# -*- coding: utf-8 -*-
"""The Qilin Cloud world: calendar, models, geography, network blocks, clients, identities, emission.

Everything random is drawn from generators seeded by (seed, component name), so the output is
deterministic per seed and independent of the order in which components run.
"""
import hashlib
import math
import random
import time
import zlib

import numpy as np
import orjson

# --------------------------------------------------------------------------------------------
# Calendar: Monday 2028-09-04 00:00Z .. Monday 2028-09-11 00:00Z; new reasoning model on day 3
# --------------------------------------------------------------------------------------------
WEEK0 = 1851638400.0          # 2028-09-04T00:00:00Z
WEEK = 7 * 86400.0
WEEK_END = WEEK0 + WEEK
DAY = 86400.0
RELEASE = WEEK0 + 2 * DAY + 2 * 3600   # Wed 2028-09-06 02:00Z (10:00 in UTC+8)

CHAT, MINI, CODER, THINK1, THINK2 = "qilin-chat-3", "qilin-chat-3-mini", "qilin-coder-3", "qilin-think-1", "qilin-think-2"
THINK_MODELS = (THINK1, THINK2)


def iso(ts):
    ms = int((ts - math.floor(ts)) * 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + ".%03dZ" % ms


def iso_s(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


# --------------------------------------------------------------------------------------------
# Geography and address blocks (first octet, second-octet range); kinds: fixed, mobile, cloud, campus
# --------------------------------------------------------------------------------------------
COUNTRIES = {
    "CN": {"tz": 8, "langs": {"zh": 0.94, "en": 0.04, "ja": 0.02}},
    "TW": {"tz": 8, "langs": {"tw": 0.9, "en": 0.07, "ja": 0.03}},
    "HK": {"tz": 8, "langs": {"yue": 0.5, "tw": 0.18, "en": 0.3, "zh": 0.02}},
    "SG": {"tz": 8, "langs": {"en": 0.58, "zh": 0.24, "ms": 0.07, "ta": 0.11}},
    "MY": {"tz": 8, "langs": {"ms": 0.45, "en": 0.24, "zh": 0.21, "ta": 0.10}},
    "JP": {"tz": 9, "langs": {"ja": 0.9, "en": 0.1}},
    "US": {"tz": -7, "langs": {"en": 0.9, "zh": 0.1}},
    "DE": {"tz": 2, "langs": {"en": 1.0}},
}
CONSUMER_MIX = {"CN": 0.37, "TW": 0.17, "HK": 0.12, "SG": 0.14, "MY": 0.17, "JP": 0.03}

BLOCKS = {
    "CN": {"fixed": [("chinatelecom", 113, 64, 127), ("chinatelecom", 180, 96, 175), ("chinaunicom", 123, 112, 127), ("chinaunicom", 221, 192, 223)],
           "mobile": [("chinamobile", 39, 128, 191), ("chinamobile", 223, 64, 111), ("chinaunicom-m", 112, 96, 111)],
           "cloud": [("aliyun", 47, 92, 122), ("tencentcloud", 43, 136, 143), ("huaweicloud", 124, 70, 71), ("aliyun", 8, 130, 142)],
           "campus": [("cernet", 166, 111, 111), ("cernet", 202, 112, 120), ("cernet", 219, 224, 231)]},
    "TW": {"fixed": [("hinet", 1, 160, 175), ("hinet", 114, 32, 47), ("so-net", 61, 216, 231)],
           "mobile": [("twmobile", 49, 216, 219), ("fetnet", 27, 52, 55)],
           "cloud": [("gcp-asia-east1", 35, 194, 236), ("cht-idc", 210, 61, 61)],
           "campus": [("tanet", 140, 112, 138)]},
    "HK": {"fixed": [("hkbn", 203, 186, 186), ("pccw", 112, 118, 120), ("hkbn", 59, 148, 152)],
           "mobile": [("cmhk", 223, 104, 106), ("smartone", 202, 40, 41)],
           "cloud": [("aws-ap-east-1", 18, 162, 167), ("aliyun-hk", 47, 242, 244), ("tencent-hk", 43, 129, 129)],
           "campus": [("hkix-edu", 147, 8, 8), ("hku", 147, 8, 9)]},
    "SG": {"fixed": [("singtel", 116, 14, 15), ("starhub", 101, 127, 128), ("myrepublic", 27, 125, 125)],
           "mobile": [("singtel-m", 220, 255, 255), ("m1", 118, 189, 189)],
           "cloud": [("aws-ap-southeast-1", 13, 212, 215), ("aws-ap-southeast-1", 54, 169, 169), ("gcp-asia-se1", 34, 87, 87), ("do-sgp1", 128, 199, 199)],
           "campus": [("nus", 137, 132, 132), ("ntu", 155, 69, 69)]},
    "MY": {"fixed": [("tm-unifi", 175, 136, 145), ("tm-unifi", 60, 48, 54), ("maxis", 115, 132, 135), ("time", 113, 210, 211)],
           "mobile": [("celcom", 203, 82, 82), ("digi", 115, 164, 167), ("umobile", 175, 143, 143)],
           "cloud": [("aws-ap-southeast-5", 43, 216, 217), ("exabytes", 110, 4, 4)],
           "campus": [("um", 161, 142, 142), ("utm", 161, 139, 139)]},
    "JP": {"fixed": [("ntt-ocn", 153, 156, 231), ("kddi", 106, 128, 191)], "mobile": [("docomo", 1, 66, 79)],
           "cloud": [("aws-ap-northeast-1", 54, 248, 250), ("sakura", 153, 120, 127)], "campus": [("sinet", 133, 1, 100)]},
    "US": {"fixed": [("comcast", 73, 0, 255), ("verizon", 71, 160, 191)], "mobile": [("tmobile", 172, 56, 63)],
           "cloud": [("aws-us-east-1", 3, 80, 95), ("aws-us-west-2", 44, 224, 255), ("gcp-us-central1", 34, 30, 60)], "campus": [("stanford", 171, 64, 67)]},
    "DE": {"fixed": [("telekom", 79, 192, 255)], "mobile": [("vodafone", 109, 40, 47)],
           "cloud": [("hetzner", 88, 198, 198), ("hetzner", 5, 9, 9), ("ovh-fr", 51, 68, 91)], "campus": [("dfn", 141, 20, 90)]},
}

# --------------------------------------------------------------------------------------------
# Client builds (User-Agent). Stock SDKs are shared by thousands of unrelated customers.
# --------------------------------------------------------------------------------------------
SDK_UAS = ["OpenAI/Python 1.68.2", "OpenAI/Python 1.99.1", "OpenAI/Python 2.3.0", "AsyncOpenAI/Python 1.99.1", "OpenAI/JS 5.8.1",
           "openai-node/4.77.0", "qilin-python/3.4.1", "qilin-python/3.2.0", "qilin-go/1.9.0", "python-httpx/0.27.2",
           "python-requests/2.32.3", "Go-http-client/2.0", "axios/1.7.9", "okhttp/4.12.0"]
SDK_W = [16, 14, 10, 6, 5, 5, 8, 4, 2, 6, 6, 3, 3, 2]
CHAT_CLIENT_UAS = ["CherryStudio/1.4.2", "Chatbox/1.10.3", "LobeChat/1.74.0", "NextChat/2.16.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
                   "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", "OpenCat/2.9.1", "BotGem/1.6"]
CHAT_CLIENT_W = [12, 10, 6, 5, 6, 3, 4, 2, 2]
DEV_UAS = ["Continue/0.9.270 (vscode)", "Cline/3.17.1", "RooCode/3.20.0", "aider/0.85.1", "claude-dev-style/1.0 vscode", "OpenHands/0.47.0", "langchain-openai/0.3.27 OpenAI/Python 1.99.1",
           "llama-index/0.12.40", "litellm/1.74.3", "dify-api/1.5.1"]
GATEWAY_UAS = ["one-api/0.6.11", "new-api/0.8.4", "litellm/1.74.3", "Go-http-client/2.0", "portkey-gateway/1.10"]
TOOL_UAS = ["curl/8.5.0", "curl/7.81.0", "PostmanRuntime/7.43.0", "HTTPie/3.2.2", "insomnia/10.3.0"]


def pick_w(R, items, weights):
    return R.choices(items, weights)[0]


class Acct:
    __slots__ = ("id", "pop", "country", "tz", "org", "pm", "created", "created_s", "ips", "uas", "keys", "lang", "label", "n")

    def __init__(self):
        self.n = 0


class World:
    def __init__(self, seed):
        self.seed = seed
        self.out = []                       # (ts, bytes)
        self.accounts = {}                  # id -> Acct
        self.end_user_labels = {}           # uid -> label dict
        self.end_user_accounts = {}         # uid -> set(account ids) (all relayed end users)
        self.eu_n = {}                      # uid -> exchanges
        self.resellers = []
        self.manifest_pops = {}
        self.manifest_camps = {}
        R = self.rng("world.cgnat")
        self.cgnat = {c: [self._ip(R, c, "mobile") for _ in range(220)] for c in BLOCKS}

    # ---- deterministic randomness ----
    def sub(self, name):
        return (zlib.crc32(name.encode()) * 2654435761 + self.seed * 97) & 0xFFFFFFFF

    def rng(self, name):
        return random.Random(self.sub(name))

    def nprng(self, name):
        return np.random.default_rng(self.sub(name))

    def hx(self, *parts, n=12):
        return hashlib.blake2b(("%d|" % self.seed + "|".join(map(str, parts))).encode(), digest_size=16).hexdigest()[:n]

    # ---- network ----
    def _ip(self, R, country, kind):
        blk = R.choice(BLOCKS[country][kind])
        return "%d.%d.%d.%d" % (blk[1], R.randint(blk[2], blk[3]), R.randint(0, 255), R.randint(1, 254))

    def ip(self, R, country, kind="fixed"):
        if kind == "mobile":
            return R.choice(self.cgnat[country])
        if kind == "fixed" and country == "CN" and R.random() < 0.15:
            return "240e:%x:%x:%x::%x" % (R.randint(0x300, 0x3ff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))
        return self._ip(R, country, kind)

    def home_ips(self, R, country, k=None):
        """Addresses a person uses over a week: home line (dynamic), phone (CGNAT), sometimes office."""
        k = k or R.choice([1, 1, 2, 2, 3, 4])
        ips = [self.ip(R, country, "fixed")]
        for _ in range(k - 1):
            ips.append(self.ip(R, country, R.choice(["mobile", "fixed", "mobile"])))
        return ips

    # ---- identities ----
    def new_account(self, pop, key, country, created, org=None, pm=None, ips=None, uas=None, nkeys=1, lang=None, label=None, R=None):
        a = Acct()
        R = R or self.rng("acct." + pop + "." + str(key))
        a.id = "acct_" + self.hx("acct", pop, key)
        a.pop = pop
        a.country = country
        a.tz = COUNTRIES[country]["tz"]
        a.org = org or ("org-" + self.hx("org", pop, key, n=14))
        a.pm = pm or ("pm_" + self.hx("pm", pop, key, n=16))
        a.created = created
        a.created_s = iso_s(created)
        a.ips = ips or self.home_ips(R, country)
        a.uas = uas or [pick_w(R, SDK_UAS, SDK_W)]
        a.keys = ["key_" + self.hx("key", pop, key, i, n=10) for i in range(nkeys)]
        if lang is None:
            d = COUNTRIES[country]["langs"]
            lang = pick_w(R, list(d), list(d.values()))
        a.lang = lang
        a.label = label or {"label": "benign", "population": pop}
        assert a.id not in self.accounts
        self.accounts[a.id] = a
        return a

    def org_id(self, *parts):
        return "org-" + self.hx("org", *parts, n=14)

    def pm_id(self, *parts):
        return "pm_" + self.hx("pm", *parts, n=16)

    def end_user(self, *parts):
        return "u_" + self.hx("eu", *parts)

    def label_end_user(self, uid, label):
        self.end_user_labels[uid] = dict(label)

    # ---- emission ----
    def emit(self, R, a, ts, msgs, model, params, resp, reasoning=None, end_user=None, ip=None, ua=None, key=None,
             conv=None, status=200, prompt=None, in_extra=0):
        if ts < WEEK0 or ts >= WEEK_END or ts < a.created:
            return
        if model == THINK2 and ts < RELEASE:
            model = THINK1
        d = {"id": "chatcmpl-%016x" % R.getrandbits(64), "ts": iso(ts), "account_id": a.id, "org_id": a.org,
             "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else R.choice(a.keys))}
        if end_user:
            d["end_user"] = end_user
            self.end_user_accounts.setdefault(end_user, set()).add(a.id)
            self.eu_n[end_user] = self.eu_n.get(end_user, 0) + 1
        d["ip"] = ip or a.ips[0]
        d["user_agent"] = ua or a.uas[0]
        d["payment_fingerprint"] = a.pm
        d["account_created"] = a.created_s
        d["model"] = model
        d["params"] = params
        if prompt is not None:
            d["prompt"] = prompt
            itok = tok(prompt)
        else:
            d["messages"] = msgs
            itok = 0
            for m in msgs:
                c = m["content"]
                itok += 4 + (tok(c) if isinstance(c, str) else 200)
        if status == 200:
            d["response"] = resp
            if reasoning is not None and model in THINK_MODELS:
                d["reasoning"] = reasoning
                rt = int(tok(reasoning) * (1.1 + R.random() * 0.8))
            else:
                rt = 0
            d["usage"] = {"input_tokens": itok + in_extra, "output_tokens": tok(resp) + rt, "reasoning_tokens": rt}
        else:
            d["response"] = ""
            d["usage"] = {"input_tokens": itok + in_extra, "output_tokens": 0, "reasoning_tokens": 0}
        d["status"] = status
        if conv:
            d["conversation_id"] = conv
        a.n += 1
        self.out.append((ts, orjson.dumps(d)))


def tok(s):
    n = len(s)
    b = len(s.encode("utf-8"))
    na = (b - n) // 2
    return max(1, int((n - na) / 4.0 + na / 1.4))


def status_of(R, err=0.004, rl=0.0):
    x = R.random()
    if x < rl:
        return 429
    if x < rl + err:
        return R.choice([500, 400, 503, 408])
    return 200


# --------------------------------------------------------------------------------------------
# Time: local-hour activity profiles and session samplers
# --------------------------------------------------------------------------------------------
PROFILES = {
    "human": [2.2, 1.3, .8, .5, .35, .35, .6, 1.2, 2.2, 3.2, 3.8, 3.9, 3.2, 3.3, 3.8, 3.9, 3.7, 3.3, 3.0, 3.5, 4.2, 4.6, 4.1, 3.1],
    "student": [2.8, 1.4, .6, .3, .2, .2, .4, .9, 1.3, 1.6, 1.8, 1.9, 2.0, 2.0, 2.2, 2.6, 3.4, 3.8, 3.6, 4.4, 5.2, 5.6, 5.0, 4.0],
    "office": [.15, .1, .08, .08, .08, .1, .3, 1.0, 3.0, 4.6, 5.0, 4.8, 2.8, 4.0, 4.8, 4.8, 4.5, 3.6, 1.8, 1.0, .8, .7, .5, .3],
    "night_batch": [5, 6, 6, 6, 5, 4, 2, .5, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, .5, 1, 2, 4],
    "flat": [1.0] * 24,
    "evening": [1.5, .8, .4, .2, .2, .2, .3, .6, .8, 1.0, 1.1, 1.3, 1.6, 1.4, 1.3, 1.4, 1.6, 2.0, 2.6, 3.6, 4.4, 4.6, 3.9, 2.6],
}
_PROF = {k: np.array(v) / sum(v) for k, v in PROFILES.items()}


def sample_ts(rng, n, tz, prof="human", weekend=1.0, lo=WEEK0, hi=WEEK_END, day_w=None):
    """n timestamps (sorted, UTC epoch) following a local-hour profile in time zone tz, within [lo, hi)."""
    if n <= 0:
        return np.zeros(0)
    dw = np.array(day_w if day_w is not None else [1, 1, 1, 1, 1, weekend, weekend], dtype=float)
    # restrict days to those overlapping [lo, hi) in local time
    out = []
    need = n
    for _ in range(6):
        m = max(16, int(need * 2.5))
        d = rng.choice(7, size=m, p=dw / dw.sum())
        h = rng.choice(24, size=m, p=_PROF[prof])
        t = WEEK0 + d * DAY + (h + rng.random(m)) * 3600.0 - tz * 3600.0
        t = np.where(t < WEEK0, t + WEEK, np.where(t >= WEEK_END, t - WEEK, t))
        t = t[(t >= lo) & (t < hi)]
        out.append(t[:need])
        need -= len(out[-1])
        if need <= 0:
            break
    t = np.concatenate(out)
    if len(t) < n:
        t = np.concatenate([t, lo + rng.random(n - len(t)) * (hi - lo)])
    return np.sort(t)


def sessions(rng, n_ex, tz, prof="human", weekend=1.0, lo=WEEK0, hi=WEEK_END, turns=(1, 4), gap=(25, 240), day_w=None):
    """Split n_ex exchanges into sessions; returns a list of lists of timestamps."""
    res = []
    left = n_ex
    sizes = []
    while left > 0:
        k = min(left, int(rng.integers(turns[0], turns[1] + 1)))
        sizes.append(k)
        left -= k
    starts = sample_ts(rng, len(sizes), tz, prof, weekend, lo, hi, day_w)
    rng.shuffle(sizes)
    for s, k in zip(starts, sizes):
        g = rng.lognormal(math.log(gap[0] * 2 + 1), 0.6, size=k)
        g[0] = 0
        g = np.clip(g, gap[0], gap[1] * 3)
        g[0] = 0
        res.append(list(s + np.cumsum(g)))
    return res


def bursts(rng, n_ex, tz, prof="night_batch", weekend=1.0, lo=WEEK0, hi=WEEK_END, per_job=(50, 400), rate=(0.3, 3.0), day_w=None):
    """Batch jobs: jobs start by profile, each sends requests back to back at a few per second."""
    res = []
    left = n_ex
    sizes = []
    while left > 0:
        k = min(left, int(rng.integers(per_job[0], per_job[1] + 1)))
        sizes.append(k)
        left -= k
    starts = sample_ts(rng, len(sizes), tz, prof, weekend, lo, hi, day_w)
    for s, k in zip(starts, sizes):
        r = rng.uniform(rate[0], rate[1])
        res.append(list(s + np.cumsum(rng.exponential(1.0 / r, size=k))))
    return res


def steady(rng, n, lo=WEEK0, hi=WEEK_END):
    """Poisson-ish arrivals spread evenly over [lo, hi)."""
    return np.sort(lo + rng.random(n) * (hi - lo))


def created_between(R, days_lo, days_hi, base=WEEK0):
    """An account creation time between days_hi and days_lo days before base (days may be negative: after base)."""
    return base - (days_lo + R.random() * (days_hi - days_lo)) * DAY


def lognorm_int(rng, median, sigma, lo, hi):
    return int(min(hi, max(lo, round(rng.lognormal(math.log(median), sigma)))))
