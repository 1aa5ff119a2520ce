"""The gen_q world: calendar, models, geography, network pools, client builds, identities."""
import hashlib
import math
import random
import time

# ---------------------------------------------------------------- calendar
WEEK_START = 1835913600          # 2028-03-06T00:00:00Z (Monday)
WEEK_END = WEEK_START + 7 * 86400  # 2028-03-13T00:00:00Z
DAY = 86400
HOUR = 3600
RELEASE = WEEK_START + 2 * DAY + 17 * HOUR   # Wednesday 2028-03-08 17:00Z: qm-sage-r2 goes live

assert time.strftime("%Y-%m-%d %a", time.gmtime(WEEK_START)) == "2028-03-06 Mon"

# ---------------------------------------------------------------- models
M_ATLAS = "qm-atlas-2"
M_ATLAS_SNAP = "qm-atlas-2-2027-11-14"
M_MINI = "qm-atlas-2-mini"
M_LEGACY = "qm-atlas-1.5"
M_CODER = "qm-coder-1.5"
M_R1 = "qm-sage-r1"
M_R2 = "qm-sage-r2"
REASONING_MODELS = (M_R1, M_R2)


def model_ok(model, ts):
    return model != M_R2 or ts >= RELEASE


# ---------------------------------------------------------------- geography
# country: (utc offset hours, weekend weekdays (Mon=0), languages)
COUNTRIES = {
    "US-E": (-5, (5, 6)), "US-W": (-8, (5, 6)), "CA": (-5, (5, 6)), "UK": (0, (5, 6)), "DE": (1, (5, 6)),
    "IN": (5.5, (6,)), "SG": (8, (5, 6)), "CN": (8, (5, 6)), "TW": (8, (5, 6)), "HK": (8, (5, 6)),
    "KR": (9, (5, 6)), "IL": (2, (4, 5)), "IR": (3.5, (4,)), "GR": (2, (5, 6)), "CY": (2, (5, 6)),
    "EG": (2, (4, 5)), "SA": (3, (4, 5)), "AE": (4, (5, 6)), "JO": (3, (4, 5)), "HU": (1, (5, 6)),
    "RO": (2, (5, 6)), "MD": (2, (5, 6)),
}
US_DST_E = WEEK_START + 6 * DAY + 7 * HOUR    # 2028-03-12 02:00 EST -> EDT
US_DST_W = WEEK_START + 6 * DAY + 10 * HOUR   # 2028-03-12 02:00 PST -> PDT

LANG_COUNTRIES = {
    "en": [("US-E", 30), ("US-W", 22), ("UK", 12), ("CA", 7), ("IN", 14), ("SG", 5), ("DE", 6), ("IL", 2), ("CY", 1)],
    "zh-Hans": [("CN", 85), ("SG", 10), ("US-W", 5)],
    "zh-Hant": [("TW", 75), ("HK", 25)],
    "ko": [("KR", 95), ("US-W", 5)],
    "he": [("IL", 95), ("US-E", 5)],
    "fa": [("IR", 80), ("DE", 8), ("CA", 6), ("US-W", 6)],
    "el": [("GR", 85), ("CY", 15)],
    "ar": [("EG", 35), ("SA", 30), ("AE", 20), ("JO", 15)],
    "hu": [("HU", 85), ("RO", 15)],
    "ro": [("RO", 88), ("MD", 12)],
}


def utc_offset(country, ts):
    off = COUNTRIES[country][0]
    if country in ("US-E", "CA") and ts >= US_DST_E:
        off += 1
    elif country == "US-W" and ts >= US_DST_W:
        off += 1
    return off


# ---------------------------------------------------------------- weighted choice helpers
def wchoice(rng, pairs):
    tot = 0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def stable_hex(*parts, n=12):
    h = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=16).hexdigest()
    return h[:n]


# ---------------------------------------------------------------- diurnal profiles (local hour weights)
PROFILES = {
    "office": [1, 1, 1, 1, 1, 2, 4, 8, 20, 34, 38, 36, 26, 32, 36, 34, 30, 22, 12, 8, 6, 4, 3, 2],
    "personal": [6, 4, 2, 1, 1, 1, 2, 4, 6, 8, 9, 10, 12, 11, 10, 10, 11, 13, 16, 20, 24, 24, 18, 10],
    "student": [10, 7, 4, 2, 1, 1, 1, 2, 5, 8, 10, 11, 10, 11, 13, 14, 14, 15, 16, 18, 22, 24, 22, 16],
    "researcher": [4, 2, 1, 1, 1, 1, 2, 4, 9, 16, 22, 24, 18, 22, 24, 22, 18, 14, 10, 10, 12, 12, 9, 6],
    "flat": [10] * 24,
    "night_batch": [24, 30, 30, 28, 24, 16, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 10, 12, 16, 20],
}
_CUM = {}
for _k, _v in PROFILES.items():
    acc = []
    s = 0
    for w in _v:
        s += w
        acc.append(s)
    _CUM[_k] = (acc, s)


def local_hour(rng, profile):
    acc, tot = _CUM[profile]
    x = rng.random() * tot
    for h, a in enumerate(acc):
        if x < a:
            return h
    return 23


def human_time(rng, country, profile="personal", weekend_factor=0.55, lo=WEEK_START, hi=WEEK_END, day_weights=None):
    """A timestamp in [lo, hi) that follows `profile` in the country's local time."""
    wk = COUNTRIES[country][1]
    for _ in range(40):
        if day_weights:
            d = wchoice(rng, day_weights)
        else:
            d = rng.randrange(7)
            if d in wk and rng.random() > weekend_factor:
                continue
        h = local_hour(rng, profile)
        # local midnight of local day d -> utc
        t_local = WEEK_START + d * DAY + h * HOUR + rng.random() * HOUR
        t = t_local - utc_offset(country, t_local) * HOUR
        if lo <= t < hi:
            return t
    return lo + rng.random() * max(1.0, hi - lo)


# ---------------------------------------------------------------- network pools
class Net:
    """Deterministic address pools: residential per country, cloud, university NATs, VPN exits."""

    RES_FIRST = {
        "US-E": [73, 98, 24, 71, 67, 108, 174], "US-W": [73, 76, 24, 67, 98, 172], "CA": [70, 142, 99, 184],
        "UK": [86, 81, 92, 82], "DE": [87, 91, 93, 84], "IN": [49, 106, 117, 122], "SG": [116, 118, 175],
        "CN": [113, 117, 183, 223, 36, 39], "TW": [1, 114, 61, 36], "HK": [112, 219, 218], "KR": [121, 211, 175, 58, 220],
        "IL": [79, 77, 109, 31], "IR": [5, 2, 151, 91, 86], "GR": [94, 2, 79, 46], "CY": [31, 82],
        "EG": [41, 156, 197, 102], "SA": [37, 188, 51], "AE": [94, 86, 5], "JO": [176, 92, 46], "HU": [84, 188, 178, 89],
        "RO": [86, 79, 188, 5], "MD": [89, 178],
    }
    CLOUD_FIRST = [3, 18, 34, 35, 52, 54, 13, 20, 40, 104, 146, 159, 45, 65, 129, 150, 162, 172, 209]

    def __init__(self, seed):
        r = random.Random(f"{seed}/net")
        self.res16 = {}
        for c, firsts in self.RES_FIRST.items():
            self.res16[c] = [(f, r.randrange(1, 255)) for f in firsts for _ in range(3)]
        self.cloud24 = [(r.choice(self.CLOUD_FIRST), r.randrange(0, 255), r.randrange(0, 255)) for _ in range(900)]
        self.vpn_exits = [f"{r.choice([185, 193, 194, 45, 89, 91, 146, 156])}.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}"
                          for _ in range(70)]
        self.cgnat = {c: [f"{f}.{s}.{r.randrange(0, 255)}.{r.randrange(2, 254)}" for (f, s) in r.sample(self.res16[c], 3) for _ in range(4)]
                      for c in self.res16}
        self.r = r

    def residential(self, rng, country):
        f, s = rng.choice(self.res16[country])
        if country in ("DE", "UK", "US-E", "US-W", "IN", "HU", "GR") and rng.random() < 0.18:
            return f"2a0{rng.randrange(1, 10)}:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(1, 0xffff):x}"
        return f"{f}.{s}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"

    def same24(self, ip, rng):
        p = ip.split(".")
        return f"{p[0]}.{p[1]}.{p[2]}.{rng.randrange(2, 254)}"

    def cloud(self, rng, block=None):
        a, b, c = self.cloud24[block if block is not None else rng.randrange(len(self.cloud24))]
        return f"{a}.{b}.{c}.{rng.randrange(2, 254)}"

    def cloud_block(self, rng):
        return rng.randrange(len(self.cloud24))

    def vpn(self, rng):
        return rng.choice(self.vpn_exits)

    def mobile(self, rng, country):
        return rng.choice(self.cgnat[country])


# ---------------------------------------------------------------- client builds (User-Agent)
SDK_UA = [("OpenAI/Python 1.68.2", 10), ("OpenAI/Python 1.82.1", 12), ("OpenAI/Python 2.3.0", 14), ("OpenAI/Python 2.6.1", 9),
          ("openai-node/4.85.1", 5), ("OpenAI/JS 5.4.0", 7), ("python-requests/2.32.3", 6), ("python-httpx/0.27.2", 4),
          ("python-httpx/0.28.1", 4), ("aiohttp/3.11.11", 3), ("curl/8.5.0", 2), ("Go-http-client/2.0", 2), ("axios/1.7.9", 2),
          ("okhttp/4.12.0", 1), ("Dart/3.5 (dart:io)", 1)]
FRAMEWORK_UA = [("langchain-openai/0.3.7", 5), ("LiteLLM/1.63.2", 5), ("llama-index/0.12.22", 2), ("dspy/2.6.1", 1),
                ("instructor/1.7.2", 1), ("pydantic-ai/0.1.3", 1)]
EVAL_UA = [("lm-eval/0.4.7", 5), ("lm-eval/0.4.8", 3), ("inspect_ai/0.3.72", 4), ("helm/0.5.4", 1), ("opencompass/0.3.9", 2),
           ("evalscope/0.12.0", 1), ("promptfoo/0.107.3", 1)]
REDTEAM_UA = [("garak/0.17.1", 4), ("pyrit/0.5.2", 3), ("promptfoo/0.107.3", 2), ("inspect_ai/0.3.72", 2), ("OpenAI/Python 2.3.0", 3)]
AGENT_UA = [("Cline/3.4.1", 5), ("Continue/0.9.251 (vscode 1.97.2)", 3), ("aider/0.74.2", 3), ("OpenHands/0.26.0", 2),
            ("Roo-Code/3.7.4", 2), ("zed/0.176.2", 1)]
BROWSER_UA = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36", 10),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.2 Safari/605.1.15", 5),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:138.0) Gecko/20100101 Firefox/138.0", 2),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 19_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.2 Mobile/15E148 Safari/604.1", 3),
    ("Mozilla/5.0 (Linux; Android 16; SM-S938B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36", 3),
]


# ---------------------------------------------------------------- identities
class Account:
    __slots__ = ("key", "id", "label", "created", "org_id", "payment", "country", "langs", "profile", "ips", "uas",
                 "api_keys", "info", "n_ex", "rng", "err")

    def __init__(self, key, label, created, country, langs, profile="personal", org_id=None, payment=None):
        self.key = key
        self.id = None
        self.label = label          # dict for labels.json
        self.created = created      # epoch seconds
        self.country = country
        self.langs = langs
        self.profile = profile
        self.org_id = org_id
        self.payment = payment
        self.ips = []               # list of (ip, weight)
        self.uas = []               # list of (ua, weight)
        self.api_keys = []
        self.info = {}
        self.n_ex = 0
        self.rng = None
        self.err = 0.015

    def ip(self, rng):
        ips = self.ips
        if len(ips) == 1:
            return ips[0][0]
        return wchoice(rng, ips)

    def ua(self, rng):
        uas = self.uas
        if len(uas) == 1:
            return uas[0][0]
        return wchoice(rng, uas)

    def key_id(self, rng):
        k = self.api_keys
        return k[0] if len(k) == 1 else k[rng.randrange(len(k))]


def rfc3339_ms(ms_total):
    it, ms = divmod(ms_total, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(it)) + f".{ms:03d}Z"


def rfc3339(ts):
    return rfc3339_ms(int(round(ts * 1000)))


def rfc3339_s(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(ts)))


def days_before(rng, lo_days, hi_days, ref=WEEK_START):
    return ref - (lo_days + rng.random() * (hi_days - lo_days)) * DAY


def logn(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))
