"""Shared machinery of the gen_r world: clock, identities, accounts, record building."""
import hashlib
import math
import random
from datetime import datetime, timezone

try:
    import orjson

    def dumps(o):
        return orjson.dumps(o)
except Exception:  # pragma: no cover
    import json

    def dumps(o):
        return json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

import text as T

START = datetime(2028, 4, 3, tzinfo=timezone.utc).timestamp()  # Monday
DAYS = 7
END = START + DAYS * 86400
RELEASE = START + 2 * 86400 + 15 * 3600  # quetzal-r2 GA: Wed 2028-04-05 15:00Z (day 3)

TZ = {"BR": -3, "MX": -6, "AR": -3, "CO": -5, "CL": -4, "ES": 2, "PT": 1}
COUNTRIES = ["BR", "MX", "AR", "CO", "CL", "ES", "PT"]
COUNTRY_W = [32, 22, 10, 10, 7, 14, 5]

H = {
    "office": [1, .5, .3, .3, .3, .5, 1, 3, 7, 10, 11, 11, 8, 8, 10, 11, 10, 9, 6, 4, 3, 3, 2, 1.5],
    "evening": [4, 2, 1, .6, .4, .4, .6, 1.5, 3, 4, 4, 5, 6, 5, 5, 5, 6, 7, 9, 11, 12, 12, 10, 7],
    "student": [5, 3, 1.5, .6, .3, .3, .5, 1.5, 3, 5, 6, 6, 5, 6, 7, 7, 7, 7, 8, 10, 12, 12, 11, 8],
    "flat": [1] * 24,
    "night_batch": [8, 10, 10, 10, 9, 6, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 6],
    "support": [1.5, 1, .6, .4, .4, .6, 1.5, 4, 8, 10, 10, 10, 9, 9, 10, 10, 9, 8, 8, 8, 7, 6, 4, 2.5],
}
DAYW = {
    "office": [1, 1, 1, 1, .95, .25, .18], "evening": [1, 1, 1, 1, .9, .85, 1], "student": [1, 1, 1, 1, .75, .55, 1.05],
    "flat": [1] * 7, "night_batch": [1, 1, 1, 1, 1, .6, .6], "support": [1, 1, 1, 1, 1, .7, .55],
}

MODELS_CHAT = ["condor-4", "condor-4-mini", "condor-3.5"]
REASONING = ("quetzal-r1", "quetzal-r2")


def iso(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int((ts % 1) * 1000):03d}Z"


def iso_s(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def toks(s, lang="en"):
    if not s:
        return 0
    return max(1, int(len(s) / (4.0 if lang == "en" else 3.5)))


class Ids:
    def __init__(self, seed):
        self.r = random.Random(f"{seed}:ids")
        self.seen = set()

    def hx(self, n):
        while True:
            v = f"{self.r.getrandbits(n * 4):0{n}x}"
            if v not in self.seen:
                self.seen.add(v)
                return v

    def alnum(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        while True:
            v = "".join(self.r.choice(a) for _ in range(n))
            if v not in self.seen:
                self.seen.add(v)
                return v


# ---------------------------------------------------------------- addresses

RES4 = {
    "BR": [177, 179, 186, 187, 189, 191, 200, 201], "MX": [187, 189, 201, 148, 177, 200], "AR": [181, 190, 186, 152, 200],
    "CO": [181, 186, 190, 191, 179], "CL": [190, 200, 181, 186, 152], "ES": [83, 88, 79, 80, 81, 95, 213],
    "PT": [85, 94, 188, 89, 148],
}
RES6 = {"BR": "2804", "MX": "2806", "AR": "2800", "CO": "2800", "CL": "2803", "ES": "2a0c", "PT": "2001:8a0"}
CLOUD = {
    "aws_sa": [(18, 228), (18, 229), (18, 230), (18, 231), (54, 232), (54, 233), (15, 228), (15, 229)],
    "aws_eu": [(18, 100), (3, 248), (52, 47), (35, 181)],
    "gcp_sa": [(34, 95), (35, 198), (35, 247), (34, 151)],
    "azure_br": [(191, 232), (191, 233), (191, 234), (191, 235), (20, 201), (20, 206)],
    "hetzner": [(5, 75), (88, 198), (65, 21), (95, 217)],
    "ovh": [(51, 38), (51, 75), (54, 38)],
    "do": [(159, 203), (167, 71), (164, 90), (143, 198)],
    "oracle_sa": [(129, 151), (144, 22), (168, 138)],
}
CAMPUS = {"USP": (143, 107), "UNAM": (132, 248), "UBA": (157, 92), "UCHILE": (200, 89), "UPC": (147, 83), "UNAL": (168, 176), "ULISBOA": (193, 136)}


def ip_res(r, country, v6=0.0):
    if v6 and r.random() < v6 and country in RES6:
        return f"{RES6[country]}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}::{r.getrandbits(12):x}"
    return f"{r.choice(RES4[country])}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


def ip_cloud(r, prov=None):
    prov = prov or r.choice(list(CLOUD))
    a, b = r.choice(CLOUD[prov])
    return f"{a}.{b}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


def ip_campus(r, uni):
    a, b = CAMPUS[uni]
    return f"{a}.{b}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


def ip_mobile(r, country):
    # carrier-grade NAT pools
    pools = {"BR": (177, 79), "MX": (189, 203), "AR": (190, 225), "CO": (191, 156), "CL": (190, 161), "ES": (37, 133), "PT": (148, 69)}
    a, b = pools[country]
    return f"{a}.{b}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


# ---------------------------------------------------------------- user agents

def ua_sdk(r):
    k = r.random()
    if k < 0.42:
        return f"OpenAI/Python {r.choice([2])}.{r.randint(3, 14)}.{r.randint(0, 4)}"
    if k < 0.62:
        return f"OpenAI/JS {r.choice([6])}.{r.randint(1, 9)}.{r.randint(0, 3)}"
    if k < 0.70:
        return f"langchain-openai/0.{r.randint(5, 7)}.{r.randint(0, 12)} OpenAI/Python 2.{r.randint(3, 14)}.{r.randint(0, 4)}"
    if k < 0.76:
        return f"litellm/1.{r.randint(84, 99)}.{r.randint(0, 9)}"
    if k < 0.82:
        return f"curl/8.{r.randint(9, 16)}.{r.randint(0, 1)}"
    if k < 0.87:
        return f"python-requests/2.3{r.randint(2, 4)}.{r.randint(0, 4)}"
    if k < 0.91:
        return f"python-httpx/0.2{r.randint(8, 9)}.{r.randint(0, 2)}"
    if k < 0.95:
        return f"axios/1.{r.randint(8, 12)}.{r.randint(0, 5)}"
    if k < 0.98:
        return "Go-http-client/2.0"
    return f"okhttp/5.{r.randint(0, 2)}.{r.randint(0, 3)}"


def ua_browser(r):
    k = r.random()
    v = r.randint(150, 158)
    if k < 0.55:
        return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    if k < 0.75:
        return f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    if k < 0.88:
        return f"Mozilla/5.0 (Linux; Android 16; SM-A5{r.randint(5, 9)}6B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"
    if k < 0.95:
        return f"Mozilla/5.0 (iPhone; CPU iPhone OS 21_{r.randint(0, 4)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/21.{r.randint(0, 4)} Mobile/15E148 Safari/604.1"
    return f"Mozilla/5.0 (X11; Linux x86_64; rv:1{r.randint(45, 52)}.0) Gecko/20100101 Firefox/1{r.randint(45, 52)}.0"


CODING_UAS = ["cline/4.{a}.{b}", "aider/0.9{a}.{b}", "opencode/1.{a}.{b}", "continue/1.{a}.{b} (vscode)", "roo-code/4.{a}.{b}", "codecompanion.nvim/19.{a}"]


def ua_coding(r):
    return r.choice(CODING_UAS).format(a=r.randint(0, 9), b=r.randint(0, 20))


# ---------------------------------------------------------------- accounts

class Account:
    __slots__ = ("id", "org", "keys", "pay", "created", "country", "tz", "ips", "uas", "lang", "label", "pop", "adopt", "profile", "extra")

    def __init__(self, **kw):
        self.extra = {}
        for k in self.__slots__:
            if k != "extra":
                setattr(self, k, kw.get(k))
        self.extra.update(kw.get("extra") or {})


def lang_for(r, country):
    x = r.random()
    if country in ("BR", "PT"):
        return "pt" if x < 0.72 else ("en" if x < 0.95 else "es")
    if country == "ES":
        return "es" if x < 0.64 else ("en" if x < 0.84 else "ca")
    return "es" if x < 0.73 else ("en" if x < 0.97 else "pt")


class World:
    def __init__(self, seed):
        self.seed = seed
        self.ids = Ids(seed)
        self.recs = []  # (ts, seq, bytes)
        self.accounts = {}
        self.labels = {}
        self.end_users = {}
        self.eu_accounts = {}
        self.C = T.Corpora()
        self.seq = 0

    def rng(self, name):
        return random.Random(f"{self.seed}:{name}")

    # identities ----------------------------------------------------
    def acct_id(self):
        return "acct_" + self.ids.hx(12)

    def org_id(self):
        return "org-" + self.ids.alnum(24)

    def key_id(self):
        return "key_" + self.ids.hx(14)

    def pay_id(self, kind="pm"):
        return f"{kind}_" + self.ids.hx(16)

    def conv_id(self):
        return "conv_" + self.ids.hx(20)

    def eu_id(self, style="u"):
        if style == "sha":
            return "sha256:" + self.ids.hx(32)
        if style == "num":
            return f"cliente-{self.ids.r.randrange(10**7, 10**9)}"
        return "u_" + self.ids.hx(12)

    def created_between(self, r, lo, hi, skew=1.0):
        # skew > 1 favours recent dates
        return lo + (hi - lo) * (r.random() ** (1.0 / skew))

    def new_account(self, r, pop, label, country=None, created=None, org=None, pay=None, ips=None, uas=None,
                    nkeys=1, lang=None, profile="office", adopt=0.3, extra=None):
        country = country or r.choices(COUNTRIES, COUNTRY_W)[0]
        if created is None:
            created = self.created_between(r, datetime(2025, 5, 1, tzinfo=timezone.utc).timestamp(), START - 86400, 1.6)
        elif created % 3600 == 0:
            created += r.uniform(0, 3599)
        a = Account(id=self.acct_id(), org=org or self.org_id(), keys=[self.key_id() for _ in range(nkeys)], pay=pay or self.pay_id(),
                    created=created, country=country, tz=TZ[country], ips=ips or [ip_res(r, country, 0.25)],
                    uas=uas or [ua_sdk(r)], lang=lang or lang_for(r, country), label=label, pop=pop, adopt=adopt,
                    profile=profile, extra=extra)
        self.accounts[a.id] = a
        self.labels[a.id] = label
        return a

    # time ----------------------------------------------------------
    def sample_ts(self, r, tz, profile, lo=START, hi=END):
        lo = max(lo, START)
        hi = min(hi, END - 1)
        if hi <= lo:
            return lo
        hw = H[profile]
        dw = DAYW[profile]
        for _ in range(30):
            d = r.choices(range(DAYS), dw)[0]
            h = r.choices(range(24), hw)[0]
            t = START + d * 86400 + h * 3600 + r.random() * 3600 - tz * 3600
            if lo <= t < hi:
                return t
        return lo + r.random() * (hi - lo)

    def sessions(self, r, n, acct, lo=START, hi=END, per=(1, 6), gap=(8, 240), profile=None):
        """n timestamps grouped into sessions."""
        out = []
        profile = profile or acct.profile
        lo = max(lo, acct.created + 60)
        while len(out) < n:
            t = self.sample_ts(r, acct.tz, profile, lo, hi)
            k = min(n - len(out), r.randint(*per))
            for _ in range(k):
                out.append(t)
                t += r.uniform(*gap)
        out = [min(max(t, lo), END - 1) for t in out]
        out.sort()
        return out

    # models --------------------------------------------------------
    def adopt_r2(self, r, acct, ts, base):
        """early adopters move to quetzal-r2 after release, gradually."""
        if ts < RELEASE or not acct.adopt:
            return base
        frac = acct.adopt * min(1.0, (ts - RELEASE) / (2.5 * 86400) + 0.15)
        if base in REASONING or base == "condor-4":
            if r.random() < frac:
                return "quetzal-r2"
        return base

    # record --------------------------------------------------------
    def emit(self, acct, ts, messages, model, params, response, lang="en", reasoning=None, conv=None, end_user=None,
             ip=None, ua=None, status=200, key=None, r=None, effort=None, n=1, extra_out=0, prompt=None):
        r = r or self.rng("emit")
        if ts >= END or ts < START:
            return
        if model == "quetzal-r2" and ts < RELEASE:
            model = "quetzal-r1"
        if params:
            if model in REASONING and ("temperature" in params or "top_p" in params or "max_tokens" in params):
                params = {k: v for k, v in params.items() if k not in ("temperature", "top_p", "max_tokens")}
            elif model not in REASONING and ("reasoning_effort" in params or "include_reasoning" in params or "max_completion_tokens" in params):
                params = {k: v for k, v in params.items() if k not in ("reasoning_effort", "include_reasoning", "max_completion_tokens")}
        if end_user:
            self.eu_accounts.setdefault(end_user, set()).add(acct.id)
        inp = 0
        if messages is not None:
            for m in messages:
                c = m.get("content")
                inp += 4 + (toks(c, lang) if isinstance(c, str) else 20)
        else:
            inp = toks(prompt, lang) + 2
        if params and params.get("tools"):
            inp += 60 * len(params["tools"])
        if params and params.get("response_format", {}).get("type") == "json_schema":
            inp += 80
        out = rt = 0
        resp = response if status == 200 else None
        reas = None
        if status == 200:
            out = (toks(response, lang) + extra_out) * max(1, n)
            if n > 1:
                out = int(out * r.uniform(0.85, 1.15))
            mt = (params or {}).get("max_tokens")
            if mt and out > mt * max(1, n):
                out = mt * max(1, n)
            if model in REASONING:
                eff = effort or (params or {}).get("reasoning_effort", "medium")
                lo, hi = {"minimal": (0, 80), "low": (60, 700), "medium": (300, 2600), "high": (1200, 9000)}.get(eff, (300, 2600))
                rt = int(r.uniform(lo, hi) * (1.4 if model == "quetzal-r2" else 1.0)) * max(1, n)
                mct = (params or {}).get("max_completion_tokens")
                if mct and rt + out > mct * max(1, n):
                    rt = max(0, mct * max(1, n) - out)
                if (params or {}).get("include_reasoning"):
                    reas = reasoning or T.reasoning_summary(r, r.randint(1, 3))
        self.seq += 1
        rec = {
            "id": "chatcmpl-" + self.ids.alnum(24),
            "ts": iso(ts),
            "account_id": acct.id,
            "org_id": acct.org,
            "api_key_id": key or (acct.keys[0] if len(acct.keys) == 1 else r.choice(acct.keys)),
        }
        if end_user:
            rec["end_user"] = end_user
        rec["ip"] = ip or r.choice(acct.ips)
        rec["user_agent"] = ua or r.choice(acct.uas)
        rec["payment_fingerprint"] = acct.pay
        rec["account_created"] = iso_s(acct.created)
        rec["model"] = model
        if messages is not None:
            rec["messages"] = messages
        else:
            rec["prompt"] = prompt
        rec["params"] = params or {}
        if resp is not None:
            rec["response"] = resp
        if reas:
            rec["reasoning"] = reas
        rec["usage"] = {"input_tokens": inp if status == 200 else 0, "output_tokens": out, "reasoning_tokens": rt}
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        self.recs.append((ts, self.seq, dumps(rec)))


def chat_params(r, model, style="default", **kw):
    p = {}
    if model in REASONING:
        p["reasoning_effort"] = kw.pop("effort", None) or r.choices(["low", "medium", "high"], [3, 5, 2])[0]
        if r.random() < 0.5 or kw.pop("mct", False):
            p["max_completion_tokens"] = r.choice([4096, 8192, 16000, 25000, 32768])
    else:
        if style != "bare":
            if r.random() < 0.7:
                p["temperature"] = round(r.choice([0, 0.2, 0.3, 0.5, 0.7, 0.7, 0.8, 1.0]), 2)
            if r.random() < 0.5:
                p["max_tokens"] = r.choice([256, 512, 800, 1024, 2048, 4096])
            if r.random() < 0.15:
                p["top_p"] = r.choice([0.9, 0.95, 1.0])
    if r.random() < 0.45:
        p["stream"] = True
    p.update(kw)
    return p


def trunc(s, n):
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + " …"
