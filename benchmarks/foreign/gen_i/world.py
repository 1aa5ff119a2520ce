# -*- coding: utf-8 -*-
"""Synthetic internet for the 'Kaamos AI' provider: networks, clients, payment instruments, time.

All address blocks below are invented for the simulation (some resemble real allocations);
nothing here is looked up anywhere.
"""
import bisect
import calendar
import time

# ------------------------------------------------------------------ time
T0 = calendar.timegm((2027, 7, 5, 0, 0, 0))          # Monday 2027-07-05T00:00Z
DAY = 86400
WEEK = 7 * DAY
END = T0 + WEEK
RELEASE = T0 + 2 * DAY + 9 * 3600                     # Wednesday 2027-07-07 09:00Z (day 3)
LAUNCH = calendar.timegm((2024, 3, 1, 0, 0, 0))       # provider's public API launch

MODELS = {
    "chat": "kaamos-chat-2",
    "mini": "kaamos-mini-2",
    "think": "kaamos-think-2",
    "code": "kaamos-code-2",
    "new": "kaamos-chat-3",
}
CHAT, MINI, THINK, CODE, NEW = (MODELS[k] for k in ("chat", "mini", "think", "code", "new"))


def iso(t):
    s = int(t)
    ms = int((t - s) * 1000)
    g = time.gmtime(s)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, ms)


def iso_s(t):
    g = time.gmtime(int(t))
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)


def ts_of(y, mo, d, h=0, mi=0):
    return calendar.timegm((y, mo, d, h, mi, 0))


def new_model_ramp(t, tau=30 * 3600.0):
    """Share (0..1) of the eventual adoption reached at time t."""
    if t < RELEASE:
        return 0.0
    x = (t - RELEASE) / tau
    return 1.0 - 2.718281828 ** (-x)


# ------------------------------------------------------------------ activity profiles (local time)
_CONS = [0.5, 0.3, 0.2, 0.15, 0.15, 0.2, 0.4, 0.8, 1.0, 1.1, 1.2, 1.3, 1.4, 1.3, 1.3, 1.4, 1.5, 1.7, 2.0, 2.3, 2.5, 2.4, 1.8, 1.0]
_OFF = [0.03, 0.02, 0.02, 0.02, 0.03, 0.08, 0.3, 1.0, 2.2, 2.8, 2.9, 2.5, 1.8, 2.6, 2.8, 2.6, 2.0, 1.1, 0.5, 0.35, 0.3, 0.25, 0.12, 0.06]
_STU = [0.4, 0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.1, 1.2, 1.3, 1.4, 1.6, 1.8, 1.9, 2.0, 2.1, 2.3, 2.4, 2.2, 1.6, 0.9]
_DEV = [0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.8, 1.6, 2.2, 2.4, 2.3, 1.7, 2.2, 2.4, 2.3, 2.0, 1.5, 1.0, 1.0, 1.2, 1.2, 0.9, 0.6]
_NIGHT = [0.2, 3.0, 3.5, 3.5, 2.5, 0.3, 0.05, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05]


def _profile_w(profile, dow, h):
    if profile == "consumer":
        w = _CONS[h]
        if dow >= 5 and 9 <= h <= 18:
            w *= 1.3
        return w
    if profile == "office":
        return _OFF[h] * (0.08 if dow >= 5 else 1.0)
    if profile == "student":
        w = _STU[h]
        if dow == 5:
            w *= 0.5
        elif dow == 6:
            w *= 0.9 if h >= 15 else 0.5
        return w
    if profile == "dev":
        return _DEV[h] * (0.35 if dow >= 5 else 1.0)
    if profile == "night":
        return _NIGHT[h] * (0.3 if dow >= 5 else 1.0)
    if profile == "flat":
        return 1.0
    if profile == "flatish":   # 24/7 machine with mild human supervision bump
        return 1.0 + 0.25 * _OFF[h] / 2.9
    raise ValueError(profile)


_CUM = {}


def _cum(profile, tz):
    key = (profile, tz)
    c = _CUM.get(key)
    if c is None:
        c = []
        acc = 0.0
        for i in range(168):
            loc = i + tz
            dow = (loc // 24) % 7
            h = loc % 24
            acc += _profile_w(profile, dow, h)
            c.append(acc)
        _CUM[key] = c
    return c


def tsample(rng, profile, tz, lo=T0, hi=END):
    """Draw a time in [lo, hi) following the weekly profile in local time (tz = UTC offset h)."""
    lo = max(lo, T0)
    hi = min(hi, END)
    if hi - lo < 60:
        return lo + rng.random() * max(1.0, hi - lo)
    c = _cum(profile, tz)
    tot = c[-1]
    for _ in range(60):
        i = bisect.bisect_right(c, rng.random() * tot)
        t = T0 + 3600.0 * (min(i, 167) + rng.random())
        if lo <= t < hi:
            return t
    return lo + rng.random() * (hi - lo)


# ------------------------------------------------------------------ networks
def _p4(s):
    a, b, c, d = (int(x) for x in s.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def v4s(x):
    return "%d.%d.%d.%d" % (x >> 24, (x >> 16) & 255, (x >> 8) & 255, x & 255)


class Net:
    __slots__ = ("name", "country", "kind", "blocks", "tot", "v6")

    def __init__(self, name, country, kind, cidrs, v6=None):
        self.name, self.country, self.kind, self.v6 = name, country, kind, v6
        self.blocks = []
        tot = 0
        for c in cidrs:
            ip, p = c.split("/")
            size = 1 << (32 - int(p))
            self.blocks.append((tot, _p4(ip), size))
            tot += size
        self.tot = tot

    def rand_int(self, rng):
        while True:
            r = rng.randrange(self.tot)
            for off, base, size in self.blocks:
                if r < off + size:
                    x = base + (r - off)
                    break
            if 0 < (x & 255) < 255:
                return x

    def rand(self, rng):
        return v4s(self.rand_int(rng))

    def rand6(self, rng, fixed_prefix=None):
        """An IPv6 address: <v6 /32>:<site /48-/56 bits>::<iid>."""
        p = fixed_prefix or "%s:%x:%x" % (self.v6, rng.getrandbits(16), rng.getrandbits(8) << 8)
        return "%s:%x:%x:%x:%x" % (p, rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16))

    def prefix6(self, rng):
        return "%s:%x:%x" % (self.v6, rng.getrandbits(16), rng.getrandbits(8) << 8)


# consumer fixed-line ISPs
ISPS = [
    ("Telia Sverige", "SE", ["78.64.0.0/12", "90.224.0.0/13"], "2001:2002"),
    ("Tele2 Sverige", "SE", ["31.208.0.0/14", "213.112.0.0/14"], "2a02:aa1"),
    ("Bahnhof", "SE", ["155.4.0.0/16", "213.80.96.0/19"], "2a00:801"),
    ("Elisa", "FI", ["84.248.0.0/14", "91.152.0.0/14"], "2001:14ba"),
    ("DNA", "FI", ["37.33.0.0/16", "85.76.0.0/15"], "2001:14bb"),
    ("Telia Finland", "FI", ["88.112.0.0/13"], "2001:998"),
    ("Telenor Norge", "NO", ["84.208.0.0/14", "46.212.0.0/14"], "2001:4610"),
    ("Telia Norge", "NO", ["84.212.0.0/14"], "2a02:fe0"),
    ("Nuuday", "DK", ["87.48.0.0/13", "80.62.0.0/15"], "2a05:f6c7"),
    ("Norlys", "DK", ["62.243.0.0/16", "185.87.16.0/20"], "2a09:94c0"),
    ("Telia Eesti", "EE", ["90.190.0.0/15", "88.196.0.0/15"], "2001:7d0"),
    ("Elisa Eesti", "EE", ["82.131.0.0/16"], "2a00:1190"),
    ("Tet", "LV", ["78.84.0.0/15"], "2a01:2c0"),
    ("Telia Lietuva", "LT", ["78.56.0.0/13"], "2a02:2e0"),
    ("Orange Polska", "PL", ["83.24.0.0/13", "83.5.0.0/16"], "2a02:a310"),
    ("UPC Polska", "PL", ["89.64.0.0/13"], "2a02:a31a"),
    ("Deutsche Telekom", "DE", ["79.192.0.0/10", "91.0.0.0/10"], "2003:e1"),
    ("Vodafone Kabel", "DE", ["88.64.0.0/12"], "2a02:8108"),
    ("BT", "GB", ["86.128.0.0/10"], "2a00:23c6"),
    ("Ziggo", "NL", ["84.24.0.0/13"], "2001:1c00"),
    ("Comcast", "US", ["73.0.0.0/10"], "2601:1c0"),
    ("Eir", "IE", ["86.40.0.0/14"], "2001:bb6"),
]

MOBILES = [  # carrier, country, block holding the CGNAT pool, v6 prefix for per-device v6
    ("Telia Mobil SE", "SE", "81.227.128.0/20", "2a02:aa7"),
    ("Tele2 Mobil SE", "SE", "90.128.0.0/20", "2a02:aa8"),
    ("Elisa Mobiili", "FI", "176.72.0.0/20", "2001:14bc"),
    ("DNA Mobiili", "FI", "85.76.64.0/20", "2001:14bd"),
    ("Telenor Mobil NO", "NO", "77.16.0.0/20", "2a02:2121"),
    ("TDC Mobil", "DK", "5.103.0.0/20", "2a05:f6c8"),
    ("Telia Mobiil EE", "EE", "85.253.0.0/20", "2001:7d1"),
    ("LMT", "LV", "85.254.0.0/20", "2a03:ec0"),
    ("Play", "PL", "37.47.0.0/20", "2a02:a317"),
    ("T-Mobile PL", "PL", "46.113.0.0/20", "2a02:a316"),
    ("Telekom Mobil DE", "DE", "80.187.96.0/20", "2a01:598"),
    ("EE UK", "GB", "31.94.0.0/20", "2a00:23c7"),
]

UNIS = [  # university, country, network, campus NAT block (few egress addresses)
    ("University of Helsinki", "FI", "FUNET", "128.214.222.0/24"),
    ("Aalto University", "FI", "FUNET", "130.233.240.0/24"),
    ("University of Oulu", "FI", "FUNET", "130.231.12.0/24"),
    ("KTH", "SE", "SUNET", "130.237.80.0/24"),
    ("Lund University", "SE", "SUNET", "130.235.200.0/24"),
    ("Uppsala University", "SE", "SUNET", "130.238.7.0/24"),
    ("NTNU", "NO", "Sikt", "129.241.180.0/24"),
    ("University of Oslo", "NO", "Sikt", "129.240.118.0/24"),
    ("DTU", "DK", "DeiC", "192.38.80.0/24"),
    ("University of Tartu", "EE", "EENet", "193.40.12.0/24"),
    ("TalTech", "EE", "EENet", "193.40.244.0/24"),
    ("University of Warsaw", "PL", "PIONIER", "193.0.96.0/24"),
    ("AGH Krakow", "PL", "PIONIER", "149.156.96.0/24"),
    ("TU Munich", "DE", "DFN", "129.187.254.0/24"),
    ("University of Latvia", "LV", "SigmaNet", "159.148.60.0/24"),
]

CLOUDS = [
    ("AWS eu-north-1", "SE", ["13.48.0.0/15", "16.16.0.0/16", "13.60.0.0/16"]),
    ("Azure Sweden Central", "SE", ["4.223.0.0/16", "20.91.0.0/16"]),
    ("GCP europe-north1", "FI", ["35.228.0.0/16", "34.88.0.0/16"]),
    ("Hetzner Helsinki", "FI", ["65.21.0.0/16", "95.216.0.0/16", "135.181.0.0/16"]),
    ("Hetzner Falkenstein", "DE", ["116.202.0.0/16", "88.198.0.0/16"]),
    ("OVH Warsaw", "PL", ["51.68.128.0/17", "57.128.128.0/17"]),
    ("UpCloud Helsinki", "FI", ["94.237.0.0/17"]),
    ("DigitalOcean FRA1", "DE", ["164.90.160.0/19", "167.172.160.0/19"]),
    ("Azure GitHub runners", "NL", ["20.0.0.0/12", "52.224.0.0/12"]),
    ("CSC Pouta", "FI", ["86.50.168.0/22"]),
]

VPNS = [
    ("Mullvad", "SE", ["185.213.154.0/24", "193.138.218.0/24", "185.65.134.0/24", "141.98.255.0/24"]),
    ("ProtonVPN", "CH", ["149.88.16.0/22", "185.159.157.0/24"]),
    ("NordVPN", "NL", ["37.120.128.0/20", "194.127.172.0/24"]),
    ("IVPN", "SE", ["45.83.220.0/24"]),
]

GOV = [
    ("Valtori", "FI", ["195.197.64.0/22"]),
    ("RIT Estonia", "EE", ["213.184.40.0/22"]),
    ("Statens servicecenter", "SE", ["192.36.120.0/22"]),
]

TZ = {"SE": 2, "NO": 2, "DK": 2, "DE": 2, "PL": 2, "NL": 2, "CH": 2, "FI": 3, "EE": 3, "LV": 3, "LT": 3,
      "GB": 1, "IE": 1, "US": -5}

LANG_COUNTRIES = {
    "en": [("SE", 3), ("FI", 3), ("NO", 2), ("DK", 2), ("GB", 3), ("IE", 1), ("NL", 1), ("US", 1), ("EE", 1), ("DE", 1)],
    "sv": [("SE", 10), ("FI", 1)],
    "fi": [("FI", 1)],
    "no": [("NO", 1)],
    "da": [("DK", 1)],
    "et": [("EE", 1)],
    "pl": [("PL", 1)],
    "de": [("DE", 1)],
    "ru": [("EE", 4), ("LV", 4), ("FI", 2), ("LT", 1)],
}


def wchoice(rng, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


class World:
    def __init__(self, rng, resi_n=24000):
        self.isps = [Net(n, c, "isp", b, v6) for n, c, b, v6 in ISPS]
        self.isp_by_c = {}
        for n in self.isps:
            self.isp_by_c.setdefault(n.country, []).append(n)
        self.mobiles = []
        self.mob_by_c = {}
        for name, c, blk, v6 in MOBILES:
            net = Net(name, c, "mobile", [blk], v6)
            pool = sorted({net.rand_int(rng) for _ in range(160)})
            m = (net, [v4s(x) for x in pool])
            self.mobiles.append(m)
            self.mob_by_c.setdefault(c, []).append(m)
        self.unis = []
        for name, c, nren, blk in UNIS:
            net = Net(name, c, "university", [blk])
            nat = sorted({net.rand_int(rng) for _ in range(6)})
            self.unis.append((name, c, [v4s(x) for x in nat], net))
        self.uni_by_c = {}
        for u in self.unis:
            self.uni_by_c.setdefault(u[1], []).append(u)
        self.clouds = {n: Net(n, c, "cloud", b) for n, c, b in CLOUDS}
        self.vpns = {}
        for n, c, b in VPNS:
            net = Net(n, c, "vpn", b)
            self.vpns[n] = sorted({net.rand(rng) for _ in range(45)})
        self.vpn_all = [ip for n in sorted(self.vpns) for ip in self.vpns[n]]
        self.gov = {n: Net(n, c, "gov", b) for n, c, b in GOV}
        # residential proxy exits: hosts inside consumer ISP ranges (overlap with real home users)
        weights = {"SE": 5, "FI": 4, "NO": 3, "DK": 3, "EE": 2, "LV": 1, "LT": 1, "PL": 4, "DE": 4, "GB": 2,
                   "NL": 1, "US": 2, "IE": 1}
        cs = sorted(self.isp_by_c)
        pairs = [(c, weights.get(c, 1)) for c in cs]
        self.resi = []
        for _ in range(resi_n):
            c = wchoice(rng, pairs)
            self.resi.append(rng.choice(self.isp_by_c[c]).rand(rng))

    def isp(self, rng, country):
        return rng.choice(self.isp_by_c.get(country) or self.isp_by_c["SE"])

    def mobile(self, rng, country):
        return rng.choice(self.mob_by_c.get(country) or self.mob_by_c["SE"])

    def uni(self, rng, country=None):
        lst = self.uni_by_c.get(country) if country else None
        return rng.choice(lst or self.unis)

    def cloud_ip(self, rng, name):
        return self.clouds[name].rand(rng)


class Loc:
    """Where an account's requests come from; .ip(rng) is called once per session."""

    def __init__(self, opts):
        self.opts = opts            # list of (weight, fn(rng) -> ip)
        self.tot = sum(w for w, _ in opts)

    def ip(self, rng):
        r = rng.random() * self.tot
        for w, fn in self.opts:
            r -= w
            if r <= 0:
                return fn(rng)
        return self.opts[-1][1](rng)


def home_loc(W, rng, country, mobile=0.3, v6_pref=0.35, extra=()):
    """A household: one fixed-line address (maybe dual-stack), a phone behind carrier CGNAT."""
    isp = W.isp(rng, country)
    v4 = isp.rand(rng)
    v4b = isp.rand(rng) if rng.random() < 0.12 else v4          # DHCP re-lease during the week
    dual = isp.v6 and rng.random() < v6_pref
    pfx = isp.prefix6(rng) if dual else None
    iid = "%x:%x:%x:%x" % tuple(rng.getrandbits(16) for _ in range(4))
    mnet, pool = W.mobile(rng, country)
    mv6 = rng.random() < 0.3
    mpfx = mnet.prefix6(rng)

    def fixed(r):
        if pfx and r.random() < 0.6:
            return "%s:%s" % (pfx, iid)
        return v4 if r.random() < 0.7 else v4b

    def mob(r):
        if mv6:
            return mnet.rand6(r, mpfx)
        return r.choice(pool)
    opts = [(1.0 - mobile, fixed), (mobile, mob)]
    opts.extend(extra)
    return Loc(opts)


def fixed_ips(ips):
    ips = list(ips)
    return Loc([(1.0, lambda r: r.choice(ips))])


def resi_loc(W, rng, sticky=False):
    if sticky:
        ip = rng.choice(W.resi)
        ip2 = rng.choice(W.resi)
        return Loc([(0.85, lambda r: ip), (0.15, lambda r: ip2)])
    return Loc([(1.0, lambda r: r.choice(W.resi))])


def vpn_loc(W, rng, provider=None):
    lst = W.vpns[provider] if provider else W.vpn_all
    return Loc([(1.0, lambda r: r.choice(lst))])


# ------------------------------------------------------------------ clients
BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/164.0.0.0 Safari/537.36", 30),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/163.0.0.0 Safari/537.36", 8),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/164.0.0.0 Safari/537.36", 14),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/20.5 Safari/605.1.15", 10),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:166.0) Gecko/20100101 Firefox/166.0", 7),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:166.0) Gecko/20100101 Firefox/166.0", 3),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/164.0.0.0 Safari/537.36 Edg/164.0.0.0", 8),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 20_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/20.5 Mobile/15E148 Safari/604.1", 9),
    ("Mozilla/5.0 (Linux; Android 17; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/164.0.0.0 Mobile Safari/537.36", 6),
    ("Mozilla/5.0 (Linux; Android 16; SM-S931B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/163.0.0.0 Mobile Safari/537.36", 5),
]
APPS = [("KaamosApp/4.2.1 (iPhone; iOS 20.5; Scale/3.00)", 5), ("KaamosApp/4.2.0 (iPhone; iOS 20.4; Scale/3.00)", 1),
        ("KaamosApp/4.2.1 (Android 17; Pixel 9)", 3), ("KaamosApp/4.1.7 (Android 16; SM-A566B)", 2)]
SDKS = [
    ("OpenAI/Python 2.14.0", 20), ("OpenAI/Python 2.13.2", 8), ("OpenAI/Python 2.9.0", 4), ("AsyncOpenAI/Python 2.14.0", 8),
    ("OpenAI/JS 6.9.1", 10), ("OpenAI/JS 6.7.0", 3), ("kaamos-python/1.4.2", 6), ("kaamos-node/1.2.0", 3),
    ("langchain-openai/1.1.4 OpenAI/Python 2.13.2", 4), ("python-httpx/0.28.1", 3), ("python-requests/2.32.5", 3),
    ("Go-http-client/2.0", 2), ("okhttp/5.1.0", 1), ("axios/1.11.0", 2),
]
CURLS = [("curl/8.14.1", 5), ("curl/8.5.0", 3), ("PostmanRuntime/7.45.0", 1), ("HTTPie/3.2.4", 1)]
AGENTS = {
    "cline": "Cline/4.3.0 (vscode 1.108.1)",
    "continue": "Continue/1.6.2 (vscode)",
    "aider": "aider/0.92.1 OpenAI/Python 2.13.2",
    "zed": "Zed/0.215.3",
    "kaamos-cli": "kaamos-code-cli/0.8.4 (linux; x64)",
}
LITELLM = [("litellm/1.79.3", 3), ("litellm/1.78.0", 1)]


def pick_ua(rng, kind):
    if kind == "browser":
        return wchoice(rng, BROWSERS)
    if kind == "app":
        return wchoice(rng, APPS)
    if kind == "sdk":
        return wchoice(rng, SDKS)
    if kind == "curl":
        return wchoice(rng, CURLS)
    if kind == "litellm":
        return wchoice(rng, LITELLM)
    raise ValueError(kind)


def new_payment(rng, kind):
    return "%s_%016x" % (kind, rng.getrandbits(64))


CONSUMER_WALLET = {"SE": "swish", "NO": "vipps", "DK": "mobilepay", "FI": "mobilepay", "PL": "blik"}


def consumer_payment(rng, country, paid_share=0.55):
    if rng.random() >= paid_share:
        return None
    if rng.random() < 0.06:          # disposable virtual card from a neobank
        return new_payment(rng, "vcc")
    w = CONSUMER_WALLET.get(country)
    if w and rng.random() < 0.25:
        return new_payment(rng, w)
    return new_payment(rng, "card")


def created_between(rng, lo, hi):
    return lo + rng.random() * (hi - lo)


def created_old(rng):
    """An established account: mostly within the last 18 months, a tail back to launch."""
    if rng.random() < 0.75:
        return created_between(rng, ts_of(2026, 1, 1), T0 - 2 * DAY)
    return created_between(rng, LAUNCH, ts_of(2026, 1, 1))


def pick_model(rng, t, weights, adopt=0.0, tau=30 * 3600.0):
    """Pick a model from weights; after the release a growing share `adopt` goes to the new model."""
    if adopt and t >= RELEASE and rng.random() < adopt * new_model_ramp(t, tau):
        return NEW
    return wchoice(rng, weights)
