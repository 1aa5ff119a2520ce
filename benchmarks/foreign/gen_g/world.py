"""The provider's world: clock, networks, clients, identities and the exchange writer."""
import calendar
import hashlib
import math
import time

import orjson

T0 = calendar.timegm((2027, 5, 3, 0, 0, 0))          # Monday 2027-05-03T00:00:00Z
T1 = T0 + 7 * 86400
LONG_RELEASE = T0 + 3 * 86400 + 8 * 3600             # Thursday (day 4) 08:00Z = 11:00 Nairobi

MODELS = {
    "chat": "jangwa-chat-2", "flash": "jangwa-chat-2-flash", "code": "jangwa-code-1",
    "long": "jangwa-long-1", "legacy": "jangwa-chat-1.5-instruct",
}

TZ = {"KE": 3, "ET": 3, "NG": 1, "AE": 4, "SA": 3}

# local hour weights
H_HUMAN = [1, .6, .4, .3, .3, .5, 1.2, 2, 3, 3.5, 4, 4, 4, 3.8, 3.5, 3.5, 3.6, 3.8, 4, 4.4, 4.6, 4.2, 3.2, 2]
H_OFFICE = [.1, .05, .05, .05, .05, .1, .4, 1.5, 4, 5, 5, 5, 3.5, 4.5, 5, 5, 4.5, 3, 1.2, .6, .4, .3, .2, .15]
H_STUDENT = [2.5, 1.5, .8, .3, .2, .2, .4, 1, 2.5, 3.5, 4, 4, 3, 3.5, 4, 3.5, 3, 2.8, 3, 3.8, 4.5, 4.8, 4.5, 3.6]
H_NIGHT = [5, 5, 5, 5, 4, 2, .5, .2, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .5, 1, 2, 4]
H_FLAT = [1] * 24
H_EVENING = [1.5, .8, .4, .2, .2, .3, .6, 1, 1.5, 2, 2, 2, 2, 2, 2, 2, 2.5, 3, 4, 5, 5.5, 5, 4, 2.6]

D_AFR = [1, 1, 1, 1, 1, .6, .5]         # Mon..Sun
D_SA = [1, 1, 1, 1, .3, .35, 1]         # Saudi week Sun-Thu, Friday/Saturday off
D_AE = [1, 1, 1, 1, .75, .4, .4]
D_ALL = [1] * 7
DAYS = {"KE": D_AFR, "ET": D_AFR, "NG": D_AFR, "AE": D_AE, "SA": D_SA}


def iso(t):
    g = time.gmtime(int(t))
    ms = int((t - int(t)) * 1000)
    return f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{ms:03d}Z"


def iso_s(t):
    g = time.gmtime(int(t))
    return f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}Z"


def hx(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def _cum(w):
    s, out = 0.0, []
    for x in w:
        s += x
        out.append(s)
    return out


class Clock:
    """Samples local-time-shaped timestamps inside a window."""

    def __init__(self):
        self._cache = {}

    def when(self, rng, tz, hours, days, start=T0, end=T1):
        key = (id(hours), id(days))
        cum = self._cache.get(key)
        if cum is None:
            w = [days[d % 7] * hours[h] for d in range(7) for h in range(24)]
            cum = self._cache[key] = (_cum(w), len(w))
        c, n = cum
        for _ in range(200):
            r = rng.random() * c[-1]
            lo, hi = 0, n - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if c[mid] < r:
                    lo = mid + 1
                else:
                    hi = mid
            d, h = divmod(lo, 24)
            # local day d of the week, hour h; there are two candidate weeks overlapping boundaries
            t = T0 + d * 86400 + h * 3600 + rng.random() * 3600 - tz * 3600
            if start <= t < end:
                return t
            t2 = t + 7 * 86400 if t < start else t - 7 * 86400
            if start <= t2 < end:
                return t2
        return start + rng.random() * (end - start)

    def sessions(self, rng, tz, n_req, per_session, gap, hours, days, start=T0, end=T1):
        """n_req timestamps grouped into sessions of ~per_session requests, gaps in seconds (lo, hi)."""
        out = []
        lo, hi = gap
        remaining = n_req
        while remaining > 0:
            k = max(1, min(remaining, int(rng.expovariate(1.0 / per_session)) + 1))
            t = self.when(rng, tz, hours, days, start, end)
            for _ in range(k):
                if t >= end:
                    break
                out.append(t)
                t += lo + (hi - lo) * rng.random() ** 2
            remaining -= k
        out.sort()
        return out


# ---- networks --------------------------------------------------------------------------
def _p(cidr):
    a, b = cidr.split("/")
    x = 0
    for o in a.split("."):
        x = x * 256 + int(o)
    return x, 1 << (32 - int(b))


NETS = {
    # name: (country, kind, ipv4 prefixes, ipv6 /32 prefix or None)
    "ke_safaricom_mobile": ("KE", "mobile", ["105.160.0.0/13", "41.90.0.0/16", "41.80.0.0/15", "105.48.0.0/12"], "2c0f:fe38"),
    "ke_safaricom_home": ("KE", "residential", ["197.248.0.0/16"], None),
    "ke_zuku": ("KE", "residential", ["197.237.0.0/16", "41.212.0.0/20", "197.211.0.0/19"], None),
    "ke_jtl_faiba": ("KE", "residential", ["197.232.0.0/16"], None),
    "ke_jambonet": ("KE", "residential", ["154.122.0.0/15"], None),
    "ke_kenet": ("KE", "campus", ["41.89.0.0/16", "197.136.0.0/14"], None),
    "ke_accesskenya": ("KE", "business", ["41.215.0.0/17", "197.254.0.0/17"], None),
    "ke_angani_dc": ("KE", "datacenter", ["41.242.0.0/21"], None),
    "ng_mtn_mobile": ("NG", "mobile", ["102.88.0.0/13", "197.210.0.0/16"], None),
    "ng_airtel_mobile": ("NG", "mobile", ["105.112.0.0/12"], None),
    "ng_glo_mobile": ("NG", "mobile", ["41.203.64.0/18"], None),
    "ng_spectranet": ("NG", "residential", ["154.118.0.0/17"], None),
    "ng_smile": ("NG", "residential", ["160.152.0.0/16", "154.66.0.0/18"], None),
    "ng_ipnx": ("NG", "business", ["41.184.0.0/16"], None),
    "ng_netcom_campus": ("NG", "campus", ["196.220.0.0/19", "41.58.0.0/16"], None),
    "ng_mainone_dc": ("NG", "datacenter", ["154.113.0.0/20", "197.253.0.0/18"], None),
    "et_ethio_mobile": ("ET", "mobile", ["196.190.0.0/15", "196.188.0.0/19", "197.156.64.0/19"], None),
    "et_ethio_campus": ("ET", "campus", ["196.189.0.0/20", "102.218.0.0/22"], None),
    "ae_etisalat_mobile": ("AE", "mobile", ["5.192.0.0/14", "2.48.0.0/14"], "2001:8f8"),
    "ae_etisalat_home": ("AE", "residential", ["86.96.0.0/14", "94.56.0.0/14", "92.96.0.0/14", "83.110.0.0/15"], None),
    "ae_du": ("AE", "residential", ["94.200.0.0/13", "91.72.0.0/14"], None),
    "ae_etisalat_biz": ("AE", "business", ["217.164.0.0/15", "31.215.0.0/16"], None),
    "ae_aws": ("AE", "datacenter", ["3.28.0.0/15"], None),
    "ae_azure": ("AE", "datacenter", ["20.174.0.0/16", "40.120.0.0/20"], None),
    "sa_stc_mobile": ("SA", "mobile", ["37.104.0.0/14", "188.48.0.0/13"], None),
    "sa_stc_home": ("SA", "residential", ["2.88.0.0/14", "95.186.0.0/16", "176.44.0.0/15"], None),
    "sa_mobily": ("SA", "mobile", ["31.166.0.0/15", "46.152.0.0/15", "176.16.0.0/14"], None),
    "sa_zain": ("SA", "mobile", ["51.36.0.0/16"], None),
    "sa_stc_biz": ("SA", "business", ["84.235.0.0/18", "5.156.0.0/16"], None),
    "sa_gcp": ("SA", "datacenter", ["34.166.0.0/16"], None),
    "sa_alibaba": ("SA", "datacenter", ["8.213.0.0/17"], None),
    "vpn_m247": ("XX", "vpn", ["193.27.12.0/23", "193.37.254.0/24"], None),
    "vpn_datacamp": ("XX", "vpn", ["185.246.208.0/24", "185.93.0.0/23"], None),
    "vpn_warp": ("XX", "vpn", ["104.28.0.0/23"], None),
    "starlink": ("XX", "satellite", ["98.97.0.0/19", "129.222.0.0/19"], None),
    "hetzner": ("XX", "datacenter", ["65.21.0.0/16", "5.161.0.0/19"], None),
    "digitalocean": ("XX", "datacenter", ["159.89.0.0/19", "142.93.0.0/19", "46.101.0.0/18"], None),
    "aws_capetown": ("ZA", "datacenter", ["13.244.0.0/14"], None),
    "aws_bahrain": ("BH", "datacenter", ["15.184.0.0/15"], None),
}

MOBILE = {"KE": ["ke_safaricom_mobile"] * 6 + ["ke_jambonet"], "NG": ["ng_mtn_mobile"] * 4 + ["ng_airtel_mobile"] * 2 + ["ng_glo_mobile"],
          "ET": ["et_ethio_mobile"], "AE": ["ae_etisalat_mobile", "ae_du"], "SA": ["sa_stc_mobile"] * 3 + ["sa_mobily", "sa_zain"]}
HOME = {"KE": ["ke_safaricom_home", "ke_zuku", "ke_zuku", "ke_jtl_faiba"], "NG": ["ng_spectranet", "ng_smile", "ng_ipnx"],
        "ET": ["et_ethio_mobile"], "AE": ["ae_etisalat_home", "ae_etisalat_home", "ae_du"], "SA": ["sa_stc_home", "sa_stc_home", "sa_mobily"]}
BIZ = {"KE": ["ke_accesskenya"], "NG": ["ng_ipnx"], "ET": ["et_ethio_mobile"], "AE": ["ae_etisalat_biz"], "SA": ["sa_stc_biz"]}
DC = {"KE": ["ke_angani_dc", "aws_capetown"], "NG": ["ng_mainone_dc", "aws_capetown"], "ET": ["aws_capetown"],
      "AE": ["ae_aws", "ae_azure"], "SA": ["sa_gcp", "sa_alibaba", "aws_bahrain"]}
CAMPUS = {"KE": "ke_kenet", "NG": "ng_netcom_campus", "ET": "et_ethio_campus"}


class Net:
    def __init__(self, name, rng):
        self.name = name
        self.country, self.kind, cidrs, self.v6 = NETS[name]
        self.prefixes = [_p(c) for c in cidrs]
        self.total = sum(s for _, s in self.prefixes)
        # carrier-grade NAT: a bounded pool of public addresses shared by all subscribers
        self.pool = [self._rand(rng) for _ in range(1500 if self.kind == "mobile" else 0)]

    def _rand(self, rng):
        r = rng.randrange(self.total)
        for base, size in self.prefixes:
            if r < size:
                x = base + r
                if x & 255 in (0, 255):
                    x ^= 1
                return f"{x >> 24}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"
            r -= size

    def ip(self, rng):
        if self.pool:
            return self.pool[rng.randrange(len(self.pool))]
        return self._rand(rng)

    def ip6(self, rng, dev):
        return f"{self.v6}:{dev[:4]}:{dev[4:8]}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}"


class Netbook:
    def __init__(self, rng):
        self.n = {k: Net(k, rng) for k in NETS}
        self._campus = {}

    def __getitem__(self, k):
        return self.n[k]

    def campus_nat(self, rng, country, campus):
        key = (country, campus)
        if key not in self._campus:
            net = self.n[CAMPUS[country]]
            base = net._rand(rng).rsplit(".", 1)[0]
            self._campus[key] = [f"{base}.{rng.randint(2, 250)}" for _ in range(rng.randint(2, 6))]
        return self._campus[key]


class Where:
    """Where an actor connects from; produces an IP per session."""

    def __init__(self, nets, rng, kind, country, fixed=None, nets_list=None):
        self.kind, self.country, self.nb = kind, country, nets
        self.fixed = fixed or []
        self.dev = hx(rng, 8)
        self.v6 = rng.random() < 0.3
        if kind == "mobile":
            self.net = nets[rng.choice(MOBILE[country])]
        elif kind == "home":
            self.net = nets[rng.choice(HOME[country])]
            self.home = self.net._rand(rng)
        elif kind == "biz":
            self.net = nets[rng.choice(BIZ[country])]
            self.fixed = self.fixed or [self.net._rand(rng) for _ in range(rng.randint(1, 3))]
        elif kind == "dc":
            self.net = nets[rng.choice(nets_list or DC[country])]
            base = self.net._rand(rng).rsplit(".", 1)[0]
            self.fixed = self.fixed or [f"{base}.{rng.randint(2, 250)}" for _ in range(rng.randint(1, 4))]
        elif kind in ("vpn", "pool"):
            self.nets = [nets[x] for x in (nets_list or ["vpn_m247", "vpn_datacamp"])]
        self.cur = None
        self.last = -1e18

    def ip_at(self, rng, t):
        """Same address within a session (30 min of quiet ends it); rotating pools hop more often."""
        if self.cur is not None and abs(t - self.last) < 1800 and not (self.kind == "pool" and rng.random() < .25):
            self.last = t
            return self.cur
        self.cur = self.session_ip(rng)
        self.last = t
        return self.cur

    def session_ip(self, rng):
        k = self.kind
        if k == "mobile":
            if self.net.v6 and self.v6:
                return self.net.ip6(rng, self.dev)
            return self.net.ip(rng)
        if k == "home":
            if rng.random() < 0.04:
                self.home = self.net._rand(rng)
            return self.home if rng.random() > 0.15 else self.nb[rng.choice(MOBILE[self.country])].ip(rng)
        if k in ("biz", "dc", "fixed", "campus"):
            return rng.choice(self.fixed)
        if k in ("vpn", "pool"):
            return rng.choice(self.nets).ip(rng) if k == "pool" else rng.choice(self.nets)._rand(rng)
        raise ValueError(k)


# ---- clients -----------------------------------------------------------------------------
ANDROID = ["TECNO KI7", "TECNO CK8n", "Infinix X6833B", "itel A665L", "SM-A155F", "SM-A057F", "Redmi Note 13", "SM-S918B", "CPH2591", "Pixel 8"]
UA_BROWSER = [
    "Mozilla/5.0 (Linux; Android 14; {dev}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; {dev}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36 OPR/87.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:138.0) Gecko/20100101 Firefox/138.0",
]
UA_APP = ["JangwaChat/4.3.0 (Android 14; {dev}) okhttp/4.12.0", "JangwaChat/4.2.7 (Android 13; {dev}) okhttp/4.12.0",
          "JangwaChat/4.3.0 (iPhone; iOS 18.4; Scale/3.00)", "JangwaLite/1.9.2 (Android 11; {dev})"]
UA_SDK = ["OpenAI/Python 2.6.1", "OpenAI/Python 2.4.0", "OpenAI/Python 1.109.1", "AsyncOpenAI/Python 2.6.1", "OpenAI/JS 5.8.2", "OpenAI/JS 5.3.0",
          "jangwa-python/0.9.4", "jangwa-node/0.6.1", "python-requests/2.32.3", "python-httpx/0.28.1", "axios/1.9.0", "curl/8.7.1",
          "Go-http-client/2.0", "okhttp/4.12.0", "Dart/3.7 (dart:io)", "PostmanRuntime/7.43.0", "litellm/1.81.3", "aiohttp/3.11.18"]
UA_IDE = ["continue/1.1.42 (vscode 1.100.0)", "aider/0.86.1", "cline/3.17.4 vscode", "JetBrains AI Proxy/2025.1", "zed/0.188.3"]


def ua_pick(rng, kind):
    if kind == "browser":
        return rng.choice(UA_BROWSER).replace("{dev}", rng.choice(ANDROID))
    if kind == "app":
        return rng.choice(UA_APP).replace("{dev}", rng.choice(ANDROID))
    if kind == "ide":
        return rng.choice(UA_IDE)
    return rng.choice(UA_SDK)


# ---- identities ------------------------------------------------------------------------
class Account:
    __slots__ = ("id", "org", "keys", "pay", "created", "where", "ua", "label", "lang", "country", "tz", "n", "extra", "rng")

    def __init__(self, w, rng, label, country, where, ua, created, pay=None, org=None, lang="en", keys=None):
        self.id = "acct_" + hx(rng, 14)
        self.org = org or ("org-" + hx(rng, 12))
        self.keys = keys or ["key_" + hx(rng, 10) for _ in range(1 if rng.random() < .7 else rng.randint(2, 4))]
        self.pay = pay if pay is not None else w.payment(rng, country)
        self.created = created
        self.where, self.ua, self.label, self.lang = where, ua, label, lang
        self.country, self.tz = country, TZ.get(country, 3)
        self.n = 0
        self.extra = {}
        self.rng = rng
        w.accounts.append(self)


class Spool:
    """Exchanges kept in hourly buckets; spilled to temporary files so memory stays bounded."""

    LIMIT = 160 * 1024 * 1024

    def __init__(self):
        self.b = [[] for _ in range(168)]
        self.size = 0
        self.count = 0
        self.dir = None
        self.files = {}

    def __len__(self):
        return self.count

    def add(self, t, data):
        h = min(167, max(0, int((t - T0) // 3600)))
        self.b[h].append((t, data))
        self.size += len(data) + 80
        self.count += 1
        if self.size > self.LIMIT:
            self.spill()

    def spill(self):
        import os
        import struct
        import tempfile
        if self.dir is None:
            self.dir = tempfile.mkdtemp(prefix="gen_g_")
        for h, rows in enumerate(self.b):
            if not rows:
                continue
            with open(os.path.join(self.dir, f"{h}.bin"), "ab") as f:
                for t, d in rows:
                    f.write(struct.pack("<dI", t, len(d)))
                    f.write(d)
            self.b[h] = []
        self.size = 0

    def hours(self):
        """Yield each hour's rows, sorted by time."""
        import os
        import struct
        for h in range(168):
            rows = self.b[h]
            if self.dir is not None:
                p = os.path.join(self.dir, f"{h}.bin")
                if os.path.exists(p):
                    with open(p, "rb") as f:
                        raw = f.read()
                    os.remove(p)
                    i = 0
                    while i < len(raw):
                        t, n = struct.unpack_from("<dI", raw, i)
                        i += 12
                        rows.append((t, raw[i:i + n]))
                        i += n
            rows.sort(key=lambda r: r[0])
            yield rows
            self.b[h] = []
        if self.dir is not None:
            os.rmdir(self.dir)


def tokens(s):
    return len(s.encode("utf-8")) // 4 + 1


class World:
    def __init__(self, rng, corpora):
        self.rng = rng
        self.c = corpora
        self.nets = Netbook(rng)
        self.clock = Clock()
        self.accounts = []
        self.rows = Spool()     # (ts, bytes), bucketed by hour, spilled to disk when large
        self.end_users = {}     # campaign end users: id -> label
        self.stats = {}         # group -> [accounts, exchanges]
        self._seq = 0

    def payment(self, rng, country):
        r = rng.random()
        if country == "KE" and r < .55:
            return "mpesa_" + hx(rng, 16)
        if country == "NG" and r < .35:
            return "paystack_" + hx(rng, 16)
        if country == "ET" and r < .5:
            return "telebirr_" + hx(rng, 16)
        return "card_" + hx(rng, 16)

    def created_before(self, rng, days_lo, days_hi, tz=3):
        t = T0 - (days_lo + (days_hi - days_lo) * rng.random()) * 86400
        return t

    def emit(self, a, t, model, messages=None, prompt=None, params=None, response="", reasoning=None, status=200,
             end_user=None, conv=None, ip=None, ua=None, key=None, group=None, tools_tokens=0, out_tokens=None):
        rng = a.rng
        if not (T0 <= t < T1):
            return
        if model == MODELS["long"] and t < LONG_RELEASE:
            status = 404
        self._seq += 1
        rec = {"id": "ex_" + hx(rng, 20), "ts": iso(t), "account_id": a.id, "org_id": a.org,
               "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else rng.choice(a.keys))}
        if end_user:
            rec["end_user"] = end_user
        rec["ip"] = ip or a.where.ip_at(rng, t)
        rec["user_agent"] = ua or a.ua
        if a.pay:
            rec["payment_fingerprint"] = a.pay
        rec["account_created"] = iso_s(a.created)
        rec["model"] = model
        if messages is not None:
            rec["messages"] = messages
            tin = sum(tokens(m["content"]) + 4 for m in messages) + tools_tokens
        else:
            rec["prompt"] = prompt
            tin = tokens(prompt)
        if params:
            rec["params"] = params
        if status == 200:
            if reasoning is None and params and params.get("reasoning_effort") and model != MODELS["flash"]:
                last = messages[-1]["content"] if messages else prompt
                reasoning = self.c.generic_reasoning(rng, last[:600] if isinstance(last, str) else "")
            rec["response"] = response
            rtok = 0
            if reasoning:
                rec["reasoning"] = reasoning
                rtok = tokens(reasoning)
            n = (params or {}).get("n", 1) or 1
            ot = out_tokens if out_tokens is not None else tokens(response) * n
            rec["usage"] = {"input_tokens": tin, "output_tokens": ot, "reasoning_tokens": rtok}
        else:
            rec["usage"] = {"input_tokens": tin if status != 404 else 0, "output_tokens": 0, "reasoning_tokens": 0}
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        self.rows.add(t, orjson.dumps(rec))
        a.n += 1
        g = self.stats.setdefault(group or a.label.get("population") or a.label.get("campaign_name"), [set(), 0])
        g[0].add(a.id)
        g[1] += 1


def status_for(rng, heavy=False, long_input=False, model=None):
    r = rng.random()
    if long_input and model != MODELS["long"] and r < 0.3:
        return 400
    if heavy and r < 0.02:
        return 429
    if r < 0.004:
        return rng.choice([500, 502, 503])
    return 200


def jitter(rng, base, rel=0.1):
    return base * (1 + rel * (2 * rng.random() - 1))


def stable_id(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
