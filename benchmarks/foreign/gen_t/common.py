"""The world: clock, identities, accounts and the exchange writer."""
import bisect
import datetime as dt
import random
from collections import defaultdict

import numpy as np
import orjson

WEEK_START = dt.datetime(2028, 6, 5, tzinfo=dt.timezone.utc)          # Monday
T0 = WEEK_START.timestamp()
T1 = T0 + 7 * 86400
DAY = 86400.0
HOUR = 3600.0
RELEASE = T0 + 3 * DAY + 8 * HOUR       # Thursday 2028-06-08 08:00Z (09:00 BST / IST)

MINI, STD, PRO, R1 = "lir-2-mini", "lir-2", "lir-2-pro", "lir-r1"
MODELS = [MINI, STD, PRO, R1]


def iso(ts):
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def iso_s(ts):
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------
# diurnal profiles: 24 local-hour weights for weekdays and weekends
# --------------------------------------------------------------------------
_P = {
    "office": ([.02, .01, .01, .01, .01, .02, .05, .25, .7, 1, 1, .95, .8, .9, 1, .95, .85, .55, .3, .2, .15, .1, .06, .03],
               0.12),
    "consumer": ([.25, .15, .08, .05, .04, .05, .12, .3, .45, .55, .6, .65, .7, .65, .6, .6, .65, .75, .85, 1, 1, .95, .75, .45],
                 1.15),
    "student": ([.35, .25, .12, .05, .02, .02, .03, .08, .2, .4, .55, .6, .6, .7, .8, .8, .75, .7, .75, .9, 1, 1, .85, .6],
                0.8),
    "dev": ([.08, .04, .02, .01, .01, .02, .05, .2, .55, .85, 1, .95, .8, .9, 1, .95, .85, .6, .45, .4, .45, .4, .3, .15],
            0.35),
    "flat": ([1] * 24, 1.0),
    "night_batch": ([1, 1, 1, .9, .8, .6, .2, .1, .08, .08, .08, .08, .08, .08, .08, .08, .08, .08, .08, .1, .2, .4, .6, .8],
                    1.0),
}


def profile(kind, tz=1, weekend=None):
    day, wk = _P[kind]
    if weekend is not None:
        wk = weekend
    w = np.zeros(168)
    for d in range(7):
        scale = 1.0 if d < 5 else wk
        for h in range(24):
            w[(d * 24 + h - tz) % 168] += day[h] * scale
    return w


class World:
    def __init__(self, seed, C):
        self.seed = seed
        self.r = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.C = C
        self.recs = []                       # (ts, bytes)
        self.accounts = {}                   # id -> Account
        self.labels = {}
        self.eu_labels = {}                  # end user -> dict
        self.eu_accts = defaultdict(set)
        self.group_ex = defaultdict(int)
        self.group_eus = defaultdict(set)
        self._ids = set()
        self.prof_cache = {}

    # ---- ids -------------------------------------------------------------
    def hexid(self, n):
        while True:
            s = "%0*x" % (n, self.r.getrandbits(4 * n))
            if s not in self._ids:
                self._ids.add(s)
                return s

    def card(self):
        return "pm_" + self.hexid(16)

    def org(self):
        return "org_" + self.hexid(10)

    def eu(self):
        return "u_" + self.hexid(12)

    def conv(self):
        return "conv_" + self.hexid(14)

    # ---- time ------------------------------------------------------------
    def prof(self, kind, tz=1, weekend=None):
        k = (kind, tz, weekend)
        if k not in self.prof_cache:
            w = profile(kind, tz, weekend)
            self.prof_cache[k] = np.cumsum(w) / w.sum()
        return self.prof_cache[k]

    def times(self, n, kind="consumer", tz=1, lo=T0, hi=T1, weekend=None):
        """n timestamps in [lo, hi) following a weekly diurnal profile."""
        cdf = self.prof(kind, tz, weekend)
        lo_h, hi_h = int((lo - T0) // HOUR), int(np.ceil((hi - T0) / HOUR))
        lo_h, hi_h = max(0, lo_h), min(168, hi_h)
        c0 = cdf[lo_h - 1] if lo_h > 0 else 0.0
        c1 = cdf[hi_h - 1]
        out = []
        for _ in range(n):
            for _try in range(20):
                u = c0 + (c1 - c0) * self.r.random()
                h = bisect.bisect_left(cdf, u)
                t = T0 + h * HOUR + self.r.random() * HOUR
                if lo <= t < hi:
                    break
            else:
                t = lo + self.r.random() * (hi - lo)
            out.append(t)
        out.sort()
        return out

    def sessions(self, n, kind="consumer", tz=1, lo=T0, hi=T1, per=(1, 6), gap=(20, 240), weekend=None):
        """n timestamps grouped in sessions of per[0]..per[1] requests."""
        out = []
        while len(out) < n:
            k = min(n - len(out), self.r.randint(*per))
            t = self.times(1, kind, tz, lo, hi, weekend)[0]
            for _ in range(k):
                out.append(min(t, hi - 1))
                t += self.r.uniform(*gap)
        out.sort()
        return out

    def uniform(self, n, lo=T0, hi=T1):
        return sorted(lo + self.r.random() * (hi - lo) for _ in range(n))

    def created(self, lo_days_before, hi_days_before, ref=T0):
        """a creation time between lo and hi days before ref (lo > hi)."""
        return ref - self.r.uniform(hi_days_before, lo_days_before) * DAY

    # ---- accounts --------------------------------------------------------
    def account(self, group, label, created, org=None, card=None, ips=None, uas=None, keys=1,
                err=0.004):
        a = Account("acct_" + self.hexid(12), group, org or self.org(),
                    ["key_" + self.hexid(10) for _ in range(keys)], card, created,
                    ips or ["127.0.0.1"], uas or ["curl/8.5.0"], err)
        self.accounts[a.id] = a
        self.labels[a.id] = label
        return a

    def benign(self, pop, created, **kw):
        return self.account(pop, {"label": "benign", "population": pop}, created, **kw)

    def campaign(self, cid, tactic, created, **kw):
        return self.account(cid, {"label": "campaign", "campaign_id": cid, "tactic": tactic,
                                  "held_out": True}, created, **kw)

    def label_eu(self, eu, cid, tactic):
        self.eu_labels[eu] = {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}

    # ---- exchanges -------------------------------------------------------
    def emit(self, a, ts, *, messages=None, prompt=None, model=STD, params=None, response=None,
             reasoning=None, end_user=None, conv=None, ip=None, ua=None, key=None, status=None,
             ts_numeric=False, n_out=1, group=None):
        if model == R1 and ts < RELEASE:
            raise ValueError("lir-r1 used before release by %s" % a.group)
        if ts < a.created:
            ts = a.created + 60 + self.r.random() * 600
        ts = min(ts, T1 - 0.001)
        r = self.r
        if status is None:
            x = r.random()
            status = 200 if x >= a.err else (429 if x < a.err * 0.75 else r.choice([400, 500, 503]))
        rec = {"id": "ex_" + self.hexid(16),
               "ts": round(ts, 3) if ts_numeric else iso(ts),
               "account_id": a.id, "org_id": a.org,
               "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else r.choice(a.keys))}
        g = group or a.group
        if end_user:
            rec["end_user"] = end_user
            lab = self.eu_labels.get(end_user)
            if lab:
                g = lab["campaign_id"]
                self.eu_accts[end_user].add(a.id)
            self.group_eus[g].add(end_user)
        rec["ip"] = ip or (a.ips[0] if len(a.ips) == 1 else r.choice(a.ips))
        rec["user_agent"] = ua or (a.uas[0] if len(a.uas) == 1 else r.choice(a.uas))
        if a.card:
            rec["payment_fingerprint"] = a.card
        rec["account_created"] = iso_s(a.created)
        rec["model"] = model
        rec["params"] = params or {}
        if messages is not None:
            rec["messages"] = messages
            intext = sum(len(m["content"]) if isinstance(m.get("content"), str) else
                         sum(len(p.get("text", "")) for p in (m.get("content") or [])) for m in messages)
        else:
            rec["prompt"] = prompt
            intext = len(prompt)
        usage = {"input_tokens": max(1, intext // 4 + 7), "output_tokens": 0}
        if status == 200:
            rec["response"] = response or ""
            usage["output_tokens"] = max(1, len(rec["response"]) // 4) * max(1, n_out)
            if reasoning:
                rec["reasoning"] = reasoning
                rt = len(reasoning) // 4 + 1
                usage["reasoning_tokens"] = rt
                usage["output_tokens"] += rt
        rec["usage"] = usage
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        self.recs.append((ts, orjson.dumps(rec)))
        self.group_ex[g] += 1


class Account:
    __slots__ = ("id", "group", "org", "keys", "card", "created", "ips", "uas", "err")

    def __init__(self, id, group, org, keys, card, created, ips, uas, err):
        self.id, self.group, self.org, self.keys, self.card = id, group, org, keys, card
        self.created, self.ips, self.uas, self.err = created, ips, uas, err


# --------------------------------------------------------------------------
# addresses and clients
# --------------------------------------------------------------------------
NETS = {
    "res_uk": ["81.2", "81.98", "82.132", "86.128", "86.157", "90.196", "90.240", "109.144", "109.155", "146.198",
               "151.224", "176.24", "178.238", "212.56", "213.205", "31.48", "5.64", "94.8", "2.24", "77.96",
               "88.108", "92.233", "95.144", "80.189", "86.3", "94.1", "81.107"],
    "res_uk6": ["2a00:23c4", "2a00:23c8", "2a02:c7c", "2a01:4b00", "2a02:8010", "2a00:23ee"],
    "res_ie": ["37.228", "89.101", "78.16", "86.40", "109.76", "213.94", "46.7", "83.70", "159.134"],
    "res_ie6": ["2001:bb6", "2a02:8084"],
    "mobile": ["92.40", "92.41", "31.94", "148.252", "82.132.2", "188.28", "213.205.2"],
    "cloud_uk": ["3.8", "3.9", "3.10", "18.130", "18.132", "18.133", "35.176", "35.177", "35.178", "51.104",
                 "51.105", "51.140", "20.26", "20.49", "20.68", "34.89", "34.105", "34.142", "35.189", "35.197",
                 "35.246"],
    "cloud_ie": ["34.240", "34.241", "34.242", "52.16", "52.18", "54.170", "54.171", "54.72", "20.54", "40.113"],
    "janet": ["128.232", "129.67", "129.215", "130.88", "131.111", "131.227", "134.83", "137.44", "138.38",
              "138.251", "143.117", "144.32", "147.188", "148.197", "155.198", "193.60", "194.80"],
    "heanet": ["134.226", "137.43", "136.206", "143.239", "149.157", "193.1"],
    "nhs": ["194.176", "195.99", "194.72.2", "212.250", "109.235.1"],
    "corp": ["62.254", "195.171", "194.168", "217.33", "213.123", "85.133", "193.35", "80.231", "195.59"],
    "dc_proxy": ["45.134.212", "45.87.61", "185.220.101", "193.56.28", "91.92.109", "103.151.103", "154.6.130",
                 "194.26.192", "89.187.163", "45.92.247", "5.181.235", "146.70.120", "185.156.172", "91.219.215"],
    "vps": ["139.59", "167.99", "178.62", "46.101", "159.65", "209.97", "161.35", "142.93", "64.226", "165.22",
            "195.201", "49.12", "116.203", "5.75", "95.216", "78.46", "51.38", "54.37", "141.95"],
    "foreign": ["39.144", "49.7", "110.54", "114.84", "117.136", "121.32", "183.6", "101.88", "175.41", "223.104",
                "58.37", "112.96", "1.53", "27.115", "36.112", "42.2", "103.25", "103.99", "118.69", "202.134",
                "41.79", "105.112", "197.156", "177.34", "189.6", "95.24", "188.163", "176.59", "31.173"],
}


def ip(w, net):
    p = w.r.choice(NETS[net])
    r = w.r
    if ":" in p:
        return "%s:%x:%x:%x:%x:%x:%x" % (p, r.getrandbits(16), r.getrandbits(16), r.getrandbits(16),
                                          r.getrandbits(16), r.getrandbits(16), r.getrandbits(16))
    parts = p.split(".")
    while len(parts) < 4:
        parts.append(str(r.randint(1, 254)))
    return ".".join(parts)


def res_ip(w, country="uk", v6=0.35):
    if country == "ie":
        return ip(w, "res_ie6" if w.r.random() < v6 else "res_ie")
    return ip(w, "res_uk6" if w.r.random() < v6 else "res_uk")


UA = {
    "py": ["OpenAI/Python 1.82.0", "OpenAI/Python 1.99.3", "OpenAI/Python 2.4.0", "OpenAI/Python 2.8.1",
           "OpenAI/Python 2.11.0"],
    "js": ["OpenAI/JS 4.104.0", "OpenAI/JS 5.12.2", "OpenAI/JS 6.3.0"],
    "raw": ["python-requests/2.32.3", "python-httpx/0.28.1", "curl/8.5.0", "curl/8.12.1", "Go-http-client/2.0",
            "axios/1.7.9", "node-fetch/3.3.2", "okhttp/4.12.0", "Java-http-client/21.0.5"],
    "fw": ["langchain-openai/0.3.28", "litellm/1.80.11", "llama-index/0.12.40", "Haystack/2.14.0",
           "crewai/0.140.0", "openai-agents/0.4.2", "DSPy/3.0.1"],
    "browser": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.2 Safari/605.1.15",
                "Mozilla/5.0 (X11; Linux x86_64; rv:150.0) Gecko/20100101 Firefox/150.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 19_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.3 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Linux; Android 16; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Mobile Safari/537.36"],
    "eval": ["lm-eval-harness/0.4.9 (OpenAI/Python 2.4.0)", "inspect_ai/0.3.121", "lighteval/0.11.0",
             "openai-evals/3.0.1", "helm/0.5.7"],
}


def ua(w, *kinds):
    k = w.r.choice(kinds)
    return w.r.choice(UA[k])
