"""Shared machinery of the gen_o world: clock, randomness, identities, networks,
clients, models, usage, errors and the exchange sink (standard library only)."""
import bisect
import calendar
import hashlib
import math
import os
import random
import time

try:  # orjson is optional; the fallback gives the same JSON shape
    import orjson

    def dumps(obj):
        return orjson.dumps(obj)
except ImportError:  # pragma: no cover
    import json

    def dumps(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

T0 = calendar.timegm((2028, 1, 10, 0, 0, 0))          # Monday 2028-01-10 00:00Z
WEEK = 7 * 86400
T_END = T0 + WEEK
RELEASE = T0 + 86400 + 8 * 3600                       # Tue 09:00 CET: heliand-4-denker
DAY = 86400

PROVIDER = "Heliand KI GmbH"
M_PRO, M_FLASH, M_R1, M_DENKER, M_GOV = ("heliand-3.5-pro", "heliand-3.5-flash", "heliand-r1",
                                        "heliand-4-denker", "heliand-3.5-pro-souveraen")
REASONING_MODELS = {M_R1, M_DENKER, "heliand-4-denker-2028-01-11"}


def rng_for(seed, *names):
    h = hashlib.sha256(("%s|" % seed + "|".join(names)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexid(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def iso(t, ms=True):
    s = int(t)
    g = time.gmtime(s)
    if ms:
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g[0], g[1], g[2], g[3], g[4], g[5],
                                                       int((t - s) * 1000))
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % g[:6]


def iso_ms(ms):
    g = time.gmtime(ms // 1000)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g[0], g[1], g[2], g[3], g[4], g[5], ms % 1000)


def ts_of(y, mo, d, h=0, mi=0):
    return calendar.timegm((y, mo, d, h, mi, 0))


def wchoice(rng, items, weights):
    return rng.choices(items, weights)[0]


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


# --------------------------------------------------------------------------- schedules
PROFILES = {  # 24 local-hour weights
    "office": [1, 0.5, 0.3, 0.3, 0.3, 1, 3, 10, 22, 30, 32, 30, 20, 26, 30, 28, 24, 16, 8, 5, 4, 3, 2, 1.5],
    "evening": [6, 3, 1.5, 1, 0.8, 1, 2, 5, 7, 8, 9, 10, 12, 11, 10, 10, 11, 13, 16, 20, 24, 22, 16, 10],
    "student": [14, 9, 5, 2, 1, 0.7, 1, 3, 7, 11, 14, 16, 15, 16, 17, 17, 16, 15, 16, 18, 21, 22, 21, 18],
    "flat": [8, 8, 8, 8, 8, 8, 9, 10, 12, 13, 13, 13, 12, 13, 13, 13, 12, 11, 10, 10, 9, 9, 9, 8],
    "night_batch": [30, 34, 34, 30, 26, 18, 6, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 6, 16, 24, 28, 30],
    "evening_batch": [6, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 8, 30, 34, 34, 30, 16],
    "ci": [3, 2, 2, 2, 2, 2, 3, 6, 14, 20, 22, 22, 16, 20, 22, 22, 20, 14, 8, 6, 5, 4, 4, 3],
}
DAYS = {"weekday": [1, 1, 1, 1, 0.92, 0.18, 0.12], "all": [1, 1, 1, 1, 1, 1.1, 1.1],
        "weekend_heavy": [0.9, 0.9, 0.9, 0.95, 1.1, 1.35, 1.3], "student": [1, 1, 1, 0.95, 0.8, 0.7, 1.05],
        "ci": [1, 1, 1, 1, 0.9, 0.12, 0.1]}
_SCHED_CACHE = {}


class Sched:
    """Samples instants in the week from a local diurnal profile and weekday weights."""

    def __init__(self, prof="office", days="weekday", off=1, lo=0.0, hi=float(WEEK), jitter=None):
        p = PROFILES[prof] if isinstance(prof, str) else prof
        d = DAYS[days] if isinstance(days, str) else days
        self.lo, self.hi = lo, hi
        cum, acc = [], 0.0
        for h in range(168):
            start, end = h * 3600.0, h * 3600.0 + 3600
            frac = max(0.0, min(end, hi) - max(start, lo)) / 3600.0
            lh = h + off
            w = p[lh % 24] * d[min(6, max(0, lh // 24))] * frac
            if jitter is not None:
                w *= 0.6 + 0.8 * jitter.random()
            acc += w
            cum.append(acc)
        self.cum, self.total = cum, acc

    def sample(self, rng):
        h = bisect.bisect_right(self.cum, rng.random() * self.total)
        h = min(h, 167)
        lo = max(h * 3600.0, self.lo)
        hi = min(h * 3600.0 + 3600, self.hi)
        return T0 + lo + rng.random() * max(1.0, hi - lo)


def sched(prof="office", days="weekday", off=1, lo=0.0, hi=float(WEEK)):
    key = (prof if isinstance(prof, str) else tuple(prof), days if isinstance(days, str) else tuple(days), off, lo, hi)
    s = _SCHED_CACHE.get(key)
    if s is None:
        s = _SCHED_CACHE[key] = Sched(prof, days, off, lo, hi)
    return s


def session_times(rng, sch, n, burst=(1, 6), gap_med=70.0, gap_sigma=0.9):
    """n instants grouped in human sessions: a start drawn from the schedule, then gaps."""
    out = []
    while len(out) < n:
        t = sch.sample(rng)
        for _ in range(min(n - len(out), rng.randint(*burst))):
            if t >= T_END - 1:
                break
            out.append(t)
            t += lognorm(rng, gap_med, gap_sigma)
    out.sort()
    return out[:n]


# --------------------------------------------------------------------------- addresses
def _v4(prefix, rng):
    base, bits = prefix.split("/")
    a, b, c, d = (int(x) for x in base.split("."))
    n = (a << 24) | (b << 16) | (c << 8) | d
    host = rng.getrandbits(32 - int(bits)) if int(bits) < 32 else 0
    n = (n & ~((1 << (32 - int(bits))) - 1)) | host
    if n & 255 in (0, 255):
        n ^= 7
    return "%d.%d.%d.%d" % (n >> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255)


def _v6(prefix, rng):
    head = prefix.split("/")[0].rstrip(":").split(":")
    groups = [g for g in head if g] + ["%x" % rng.getrandbits(16) for _ in range(8)]
    return ":".join(groups[:8])


def addr(prefix, rng):
    return _v6(prefix, rng) if ":" in prefix else _v4(prefix, rng)


# Public address space by network (plausible, real-world style allocations).
NETS = {
    "telekom_mobile": ["80.187.96.0/19", "80.226.0.0/18", "2a01:598:"], "vodafone_mobile": ["109.40.240.0/20", "2a00:20:"],
    "o2_mobile": ["82.113.96.0/19", "2a02:3032:"], "a1_mobile": ["77.119.128.0/18"], "swisscom_mobile": ["178.197.192.0/19"],
    "play_mobile": ["37.47.0.0/18"], "orange_pl_mobile": ["31.0.0.0/18"], "tmobile_cz": ["109.81.0.0/18"],
    "kyivstar_mobile": ["46.211.0.0/18"], "kpn_mobile": ["77.61.0.0/18"], "orange_fr_mobile": ["90.84.0.0/18"],
    "tim_mobile": ["151.18.0.0/18"], "ee_mobile": ["92.40.0.0/18"],
    "telekom_dsl": ["84.128.0.0/10", "91.0.0.0/10", "2003:e2:"], "vodafone_cable": ["95.88.0.0/14", "2a02:908:"],
    "o2_dsl": ["89.12.0.0/14"], "m_net": ["188.174.0.0/16"], "a1_dsl": ["80.108.0.0/14"], "swisscom_dsl": ["85.0.0.0/14"],
    "orange_pl_dsl": ["83.24.0.0/13"], "upc_pl": ["89.64.0.0/14"], "o2_cz": ["78.102.0.0/15"], "kpn_dsl": ["77.160.0.0/13"],
    "ziggo": ["84.104.0.0/14"], "free_fr": ["82.64.0.0/14"], "orange_fr": ["90.0.0.0/12"], "tim_dsl": ["79.0.0.0/13"],
    "ukrtelecom": ["176.36.0.0/15"], "bt_uk": ["86.128.0.0/12"], "proximus": ["81.240.0.0/13"],
    "comcast_us": ["73.0.0.0/11"], "vivo_br": ["177.32.0.0/13"], "jio_in": ["49.36.0.0/14"], "viettel": ["27.64.0.0/13"],
    "aws_fra": ["3.120.0.0/14", "18.156.0.0/14", "18.184.0.0/15", "52.28.0.0/16", "35.156.0.0/14"],
    "hetzner": ["5.9.0.0/16", "88.198.0.0/16", "116.202.0.0/16", "135.181.0.0/16", "65.108.0.0/15", "2a01:4f8:"],
    "ovh": ["51.68.0.0/16", "51.75.0.0/16", "54.36.0.0/16", "141.94.0.0/16"], "gcp_fra": ["34.89.0.0/16", "34.159.0.0/16", "35.198.64.0/18"],
    "azure_gwc": ["20.79.0.0/16", "20.218.0.0/16", "51.116.0.0/16"], "ionos": ["217.160.0.0/16", "82.165.0.0/16"],
    "scaleway": ["51.15.0.0/16", "163.172.0.0/16"], "digitalocean": ["164.90.160.0/19", "167.172.160.0/19"],
    "gh_actions": ["4.175.0.0/16", "20.61.0.0/16"], "stackit": ["193.148.160.0/19"], "otc": ["80.158.0.0/17"],
    "mullvad": ["146.70.0.0/16", "185.65.134.0/24", "193.32.249.0/24"], "proton": ["185.159.157.0/24", "149.88.0.0/17"],
    "nordvpn": ["185.246.208.0/22", "194.110.112.0/22"], "biz_dsl": ["217.91.0.0/16", "212.185.0.0/16", "62.153.0.0/16", "195.243.0.0/16"],
    "colt": ["212.36.0.0/16"], "plusserver": ["85.25.0.0/16"],
}
UNIS = {  # name: (country, prefix, lang)
    "TUM": ("DE", "129.187.0.0/16", "de"), "LMU": ("DE", "141.84.0.0/16", "de"), "Heidelberg": ("DE", "129.206.0.0/16", "de"),
    "TU Berlin": ("DE", "130.149.0.0/16", "de"), "RWTH": ("DE", "134.130.0.0/16", "de"), "KIT": ("DE", "141.3.0.0/16", "de"),
    "Uni Köln": ("DE", "134.95.0.0/16", "de"), "Uni Hamburg": ("DE", "134.100.0.0/16", "de"), "Uni Leipzig": ("DE", "139.18.0.0/16", "de"),
    "Uni Wien": ("AT", "131.130.0.0/16", "de"), "ETH": ("CH", "129.132.0.0/16", "de"), "Uni Warszawa": ("PL", "193.0.64.0/19", "pl"),
    "Karlova": ("CZ", "195.113.0.0/16", "cs"), "TU Delft": ("NL", "131.180.0.0/16", "nl"), "KU Leuven": ("BE", "134.58.0.0/16", "nl"),
    "PoliMi": ("IT", "131.175.0.0/16", "it"), "Sorbonne": ("FR", "134.157.0.0/16", "fr"), "KNU Kyiv": ("UA", "91.202.128.0/21", "uk"),
}
GOVNETS = {  # public-sector egress networks: few NAT addresses shared by whole administrations
    "NdB": "77.87.224.0/21", "Landesnetz BW": "193.197.32.0/20", "Bayernnetz": "194.95.176.0/20", "Landesnetz NRW": "193.159.0.0/20",
    "BRZ Austria": "194.232.0.0/19", "Bundesverwaltung CH": "162.23.0.0/16", "EC": "158.169.0.0/16", "Dataport": "213.160.192.0/20",
}


class Pools:
    """Shared address pools: carriers' NAT gateways, university NATs, agencies' egress."""

    def __init__(self, seed):
        r = rng_for(seed, "pools")
        self.nat = {}
        for name in sorted({n for v in MOBILE_OF.values() for n in v}):
            self.nat[name] = [addr(r.choice(NETS[name]), r) for _ in range(r.randint(40, 90))]
        for name in ("mullvad", "proton", "nordvpn"):
            self.nat[name] = [addr(r.choice([p for p in NETS[name] if ":" not in p]), r) for _ in range(r.randint(25, 45))]
        for name, (_, pre, _) in UNIS.items():
            self.nat["uni:" + name] = [_v4(pre, r) for _ in range(r.randint(4, 12))]      # eduroam / WLAN NAT
        for name, pre in GOVNETS.items():
            self.nat["gov:" + name] = [_v4(pre, r) for _ in range(r.randint(3, 9))]
        self.nat["gh_actions"] = [addr(r.choice(NETS["gh_actions"]), r) for _ in range(300)]

    def shared(self, name, rng):
        return rng.choice(self.nat[name])


MOBILE_OF = {"DE": ["telekom_mobile", "vodafone_mobile", "o2_mobile"], "AT": ["a1_mobile"], "CH": ["swisscom_mobile"],
             "PL": ["play_mobile", "orange_pl_mobile"], "CZ": ["tmobile_cz"], "UA": ["kyivstar_mobile"], "NL": ["kpn_mobile"],
             "BE": ["kpn_mobile"], "FR": ["orange_fr_mobile"], "IT": ["tim_mobile"], "UK": ["ee_mobile"]}
HOME_OF = {"DE": ["telekom_dsl", "vodafone_cable", "o2_dsl", "m_net"], "AT": ["a1_dsl"], "CH": ["swisscom_dsl"],
           "PL": ["orange_pl_dsl", "upc_pl"], "CZ": ["o2_cz"], "UA": ["ukrtelecom"], "NL": ["kpn_dsl", "ziggo"], "BE": ["proximus"],
           "FR": ["free_fr", "orange_fr"], "IT": ["tim_dsl"], "UK": ["bt_uk"], "US": ["comcast_us"], "BR": ["vivo_br"],
           "IN": ["jio_in"], "VN": ["viettel"]}
LANG_COUNTRY = {"de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "it": ["IT", "CH"], "pl": ["PL"], "nl": ["NL", "BE"],
                "cs": ["CZ"], "uk": ["UA", "PL", "DE"], "en": ["UK", "DE", "NL", "US"]}
TZ_OF = {"UA": 2, "UK": 0, "US": -5, "BR": -3, "IN": 5, "VN": 7}


class Net:
    """How one customer reaches the API: a weighted mix of fixed hosts, daily-dynamic home lines,
    shared NAT pools."""

    def __init__(self, parts):
        self.parts = parts          # list of (weight, kind, data)
        self.w = [p[0] for p in parts]

    def pick(self, rng, t, pools):
        _, kind, data = self.parts[0] if len(self.parts) == 1 else rng.choices(self.parts, self.w)[0]
        if kind == "fixed":
            return data[0] if len(data) == 1 else rng.choice(data)
        if kind == "daily":
            return data[min(6, int((t - T0) // DAY))]
        return pools.shared(data, rng)


def fixed(rng, net, k=1):
    return (1, "fixed", [addr(rng.choice(NETS[net]), rng) for _ in range(k)])


def daily(rng, net):
    pre = rng.choice(NETS[net])
    if ":" in pre:
        pre64 = _v6(pre, rng).rsplit(":", 4)[0]
        return (1, "daily", [pre64 + ":" + ":".join("%x" % rng.getrandbits(16) for _ in range(4)) for _ in range(7)])
    return (1, "daily", [addr(pre, rng) for _ in range(7)])


def w(weight, part):
    return (weight,) + part[1:]


def person_net(rng, country, mobile=0.3, vpn=0.0, extra=None):
    parts = [w(1 - mobile - vpn, daily(rng, rng.choice(HOME_OF.get(country, HOME_OF["DE"]))))]
    if mobile:
        parts.append((mobile, "nat", rng.choice(MOBILE_OF.get(country, MOBILE_OF["DE"]))))
    if vpn:
        parts.append((vpn, "nat", rng.choice(["mullvad", "proton", "nordvpn"])))
    if extra:
        parts.extend(extra)
    return Net(parts)


# --------------------------------------------------------------------------- clients
CHROME = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s.0.0.0 Safari/537.36",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s.0.0.0 Safari/537.36 Edg/%s.0.0.0"]
FIREFOX = "Mozilla/5.0 (%s; rv:%s.0) Gecko/20100101 Firefox/%s.0"
SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15"
SDK_UA = {
    "openai_py": lambda r: "OpenAI/Python %s" % r.choice(["1.109.1", "2.3.0", "2.8.1", "2.11.0", "2.14.2"]),
    "async_openai_py": lambda r: "AsyncOpenAI/Python %s" % r.choice(["2.8.1", "2.11.0", "2.14.2"]),
    "openai_js": lambda r: "OpenAI/JS %s" % r.choice(["5.12.0", "5.20.1", "6.1.0"]),
    "heliand_py": lambda r: "heliand-python/%s (CPython %s; Linux x86_64)" % (r.choice(["3.1.4", "3.2.0", "3.2.1"]), r.choice(["3.11.9", "3.12.7", "3.13.1"])),
    "heliand_js": lambda r: "heliand-node/%s node/%s" % (r.choice(["3.0.2", "3.1.0"]), r.choice(["20.18.1", "22.11.0"])),
    "heliand_java": lambda r: "heliand-java/%s Java/%s" % (r.choice(["2.0.3", "2.1.0"]), r.choice(["17.0.13", "21.0.5"])),
    "heliand_dotnet": lambda r: "heliand-dotnet/1.9.0 (.NET %s; Windows 10.0.%s)" % (r.choice(["8.0.11", "9.0.0"]), r.choice(["19045", "22631", "26100"])),
    "requests": lambda r: "python-requests/%s" % r.choice(["2.31.0", "2.32.3", "2.32.4"]),
    "httpx": lambda r: "python-httpx/%s" % r.choice(["0.27.2", "0.28.1"]),
    "aiohttp": lambda r: "Python/3.12 aiohttp/%s" % r.choice(["3.10.11", "3.11.9"]),
    "curl": lambda r: "curl/%s" % r.choice(["7.81.0", "8.5.0", "8.11.1"]),
    "go": lambda r: "Go-http-client/2.0",
    "litellm": lambda r: "litellm/%s" % r.choice(["1.79.2", "1.80.3", "1.81.0"]),
    "okhttp": lambda r: "okhttp/%s" % r.choice(["4.12.0", "5.0.0"]),
    "aider": lambda r: "aider/%s" % r.choice(["0.86.1", "0.88.0"]),
    "cline": lambda r: "Cline/%s" % r.choice(["3.41.0", "3.42.1"]),
    "continue": lambda r: "Continue/%s (vscode)" % r.choice(["1.2.4", "1.3.0"]),
    "zed": lambda r: "Zed/%s" % r.choice(["0.170.4", "0.172.0"]),
    "opencode": lambda r: "opencode/%s" % r.choice(["0.9.12", "0.10.3"]),
}


def browser_ua(rng):
    x = rng.random()
    if x < 0.62:
        v = rng.choice(["130", "131", "131", "132", "132", "132"])
        t = rng.choice(CHROME)
        return t % ((v, v) if t.count("%s") == 2 else v)
    if x < 0.8:
        v = rng.choice(["133", "134"])
        return FIREFOX % (rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"]), v, v)
    return SAFARI % rng.choice(["18.2", "18.3", "17.6"])


def sdk_ua(rng, kind):
    return SDK_UA[kind](rng)


# --------------------------------------------------------------------------- accounts & sink
CPT = {"en": 4.0, "de": 3.6, "fr": 3.8, "it": 3.8, "nl": 3.7, "pl": 3.3, "cs": 3.1, "uk": 2.7}
ERRORS = {400: ("invalid_request_error", "This model's maximum context length was exceeded."),
          408: ("timeout", "Request timed out while waiting for the model."),
          429: ("rate_limit_exceeded", "Rate limit reached for requests per minute. Please retry after a short wait."),
          500: ("server_error", "The server had an error while processing your request."),
          503: ("overloaded", "The model is currently overloaded. Please retry later.")}


class Account:
    __slots__ = ("id", "org", "keys", "pay", "created", "net", "ua", "label", "n")

    def __init__(self, aid, org, keys, pay, created, net, ua, label):
        self.id, self.org, self.keys, self.pay, self.created = aid, org, keys, pay, created
        self.net, self.ua, self.label, self.n = net, ua, label, 0


class World:
    def __init__(self, seed):
        self.seed = seed
        self.pools = Pools(seed)
        self.idr = rng_for(seed, "ids")
        self.accounts = {}
        self.end_users = {}
        self.spool = None          # per-day spool files (see open_spool); in-memory buckets otherwise
        self.buckets = [[] for _ in range(8)]
        self.count = 0
        self._used = set()
        self.shared = {}

    # identities -----------------------------------------------------------
    def uid(self, prefix, n=12):
        while True:
            s = prefix + hexid(self.idr, n)
            if s not in self._used:
                self._used.add(s)
                return s

    def card(self):
        return self.uid(self.idr.choice(["card_", "card_", "card_", "pm_"]), 16)

    def sepa(self):
        return self.uid("sepa_", 16)

    def invoice(self):
        return self.uid("inv_", 12)

    def org(self):
        return self.uid("org_", 16)

    def account(self, label, created, net, ua, org=None, pay=None, keys=1):
        a = Account(self.uid("acct_", 12), org or self.org(), [self.uid("key_", 10) for _ in range(keys)],
                    pay if pay is not None else self.card(), iso(created, ms=False), net, ua, label)
        self.accounts[a.id] = a
        return a

    def end_user(self, prefix, label=None, account_ids=(), n=12):
        u = self.uid(prefix, n)
        if label is not None:
            d = {"account_ids": [], "_seen": set()}
            d.update(label)
            self.end_users[u] = d
        return u

    # exchanges ------------------------------------------------------------
    def open_spool(self, folder):
        os.makedirs(folder, exist_ok=True)
        self.spool_dir = folder
        self.spool = [open(os.path.join(folder, "day%d" % d), "wb", buffering=1 << 20) for d in range(8)]

    def days(self):
        """Yield each day's exchange lines sorted by (time, id); spool files are removed."""
        for d in range(8):
            if self.spool is not None:
                self.spool[d].close()
                fn = os.path.join(self.spool_dir, "day%d" % d)
                with open(fn, "rb") as f:
                    lines = f.read().split(b"\n")
                os.remove(fn)
            else:
                lines, self.buckets[d] = self.buckets[d], None
            rows = []
            for ln in lines:
                if ln:
                    ts, rid, js = ln.split(b"\t", 2)
                    rows.append((int(ts), rid, js))
            del lines
            rows.sort(key=lambda x: (x[0], x[1]))
            yield [r[2] for r in rows]
        if self.spool is not None:
            try:
                os.rmdir(self.spool_dir)
            except OSError:
                pass

    def emit(self, rng, a, t, msgs=None, response="", model=M_PRO, params=None, reasoning=None, lang="en",
             conv=None, end_user=None, ip=None, ua=None, key=None, status=None, prompt=None, p_err=0.008,
             extra=None, out_mult=1.0, tool_tokens=0):
        if t >= T_END:
            t = T_END - rng.random() * 30
        if t < T0:
            t = T0 + rng.random() * 30
        if status is None:
            status = 200
            x = rng.random()
            if model == M_DENKER and RELEASE <= t < RELEASE + 3 * 3600 and x < 0.2:
                status = 503
            elif x < p_err:
                status = rng.choices([429, 500, 503, 408, 400], [45, 12, 18, 10, 15])[0]
        rid = "req_" + hexid(rng, 24)
        ms = int(t * 1000)
        rec = {"id": rid, "ts": iso_ms(ms), "account_id": a.id, "org_id": a.org,
               "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else rng.choice(a.keys))}
        if end_user is not None:
            rec["end_user"] = end_user
            lab = self.end_users.get(end_user)
            if lab is not None:
                lab["_seen"].add(a.id)
        rec["ip"] = ip or a.net.pick(rng, t, self.pools)
        rec["user_agent"] = ua or (a.ua if isinstance(a.ua, str) else a.ua(rng))
        rec["payment_fingerprint"] = a.pay
        rec["account_created"] = a.created
        rec["model"] = model
        rec["params"] = params if params is not None else {}
        cpt = CPT.get(lang, 3.8)
        if prompt is not None:
            rec["prompt"] = prompt
            n_in = len(prompt)
        else:
            rec["messages"] = msgs
            n_in = 0
            for m in msgs:
                c = m["content"]
                n_in += len(c) if isinstance(c, str) else sum(len(p.get("text", "")) for p in c)
        in_tok = int(n_in / cpt) + 4 * (len(msgs) if msgs else 1) + tool_tokens + 3
        if status == 200:
            rec["response"] = response
            out_tok = int((len(response) / cpt + 2) * out_mult)
            rt = 0
            if model in REASONING_MODELS:
                if reasoning:
                    rec["reasoning"] = reasoning
                rt = int(len(reasoning or "x" * 200) / 3.9 * rng.uniform(2.5, 7.0) * out_mult)
            rec["usage"] = {"input_tokens": in_tok, "output_tokens": out_tok, "reasoning_tokens": rt}
        else:
            et, em = ERRORS[status]
            if status == 400:
                em = em + " Requested %d tokens." % (in_tok + 140000)
            rec["usage"] = {"input_tokens": in_tok if status in (400, 408, 500) else 0, "output_tokens": 0, "reasoning_tokens": 0}
            rec["error"] = {"type": et, "message": em}
        rec["status"] = status
        if conv is not None:
            rec["conversation_id"] = conv
        if extra:
            rec.update(extra)
        d = max(0, min(7, int((t - T0) // DAY)))
        line = b"%d\t%s\t%s\n" % (ms, rid.encode(), dumps(rec))
        if self.spool is not None:
            self.spool[d].write(line)
        else:
            self.buckets[d].append(line)
        self.count += 1
        a.n += 1
        return status


def parts(text):
    return [{"type": "text", "text": text}]


def reasoning_params(rng, base=None, effort=None):
    p = dict(base or {})
    p["reasoning_effort"] = effort or rng.choice(["low", "medium", "medium", "high"])
    return p
