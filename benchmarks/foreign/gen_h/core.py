"""World infrastructure for Sagar AI: clock, models, networks, clients, payments, accounts and the
record emitter.  Everything random is drawn from numpy Generators seeded from (seed, name), so a
seed gives the same bytes whatever order the populations are generated in."""
import datetime as _dt
import hashlib
import random
import zlib

import orjson

WEEK_START = _dt.datetime(2027, 6, 7, tzinfo=_dt.timezone.utc)   # Monday 00:00Z
WEEK_START_TS = int(WEEK_START.timestamp())
WEEK_S = 7 * 86400
DAY = 86400
HOUR = 3600

# ---------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------
M_PRO = "sagar-2-pro"            # flagship chat model
M_MINI = "sagar-2-mini"          # small cheap model
M_THINK = "sagar-think-1"        # reasoning model, returns reasoning text + reasoning tokens
M_CODE = "sagar-code-1.5"        # code model (tools, FIM)
M_NEW = "sagar-3-pro"            # new model, released mid-week (returns reasoning summaries)
M_INDIC = "sagar-2-indic"        # Indic-tuned mid-size model (translation, Indic chat)
MODELS = [M_PRO, M_MINI, M_THINK, M_CODE, M_NEW, M_INDIC]
REASONING_MODELS = {M_THINK, M_NEW}
RELEASE_S = 3 * DAY + 5 * HOUR + 30 * 60    # Thursday 2027-06-10 05:30Z = 11:00 IST launch

# ---------------------------------------------------------------------------------------------
# RNG
# ---------------------------------------------------------------------------------------------

class R(random.Random):
    """A small numpy-Generator-like API over the standard library's Mersenne Twister (fast scalar
    draws; stable across platforms for a given seed)."""

    def integers(self, a, b=None, size=None):
        lo, hi = (0, int(a)) if b is None else (int(a), int(b))
        if size is None:
            return self.randrange(lo, hi)
        return [self.randrange(lo, hi) for _ in range(size)]

    def bytes(self, n):
        return self.getrandbits(8 * n).to_bytes(n, "big")

    def choice(self, a, size=None, replace=True, p=None):
        seq = list(range(a)) if isinstance(a, int) else list(a)
        if size is None:
            if p is not None:
                return self.choices(seq, weights=p)[0]
            return seq[self.randrange(len(seq))]
        if not replace:
            return self.sample(seq, size)
        if p is not None:
            return self.choices(seq, weights=p, k=size)
        return [seq[self.randrange(len(seq))] for _ in range(size)]

    def lognormal(self, mu, sigma):
        return self.lognormvariate(mu, sigma)

    def exponential(self, scale=1.0):
        return self.expovariate(1.0 / scale)

    def permutation(self, n):
        x = list(range(n))
        self.shuffle(x)
        return x


def rng_for(seed, *names):
    key = repr((int(seed),) + tuple(str(n) for n in names)).encode()
    return R(int.from_bytes(hashlib.sha256(key).digest()[:16], "big"))


def hexid(rng, nbytes=6):
    return rng.getrandbits(8 * nbytes).to_bytes(nbytes, "big").hex()


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng, items, weights):
    return rng.choices(items, weights=weights)[0]


def chance(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------------------------
# local hour-of-day weights (index = local hour)
_PROFILES = {
    "human": [0.35, 0.2, 0.1, 0.05, 0.04, 0.06, 0.15, 0.35, 0.6, 0.8, 0.95, 1.0,
              1.0, 0.95, 0.9, 0.9, 0.95, 1.0, 1.05, 1.15, 1.25, 1.25, 1.0, 0.65],
    "student": [0.7, 0.5, 0.3, 0.12, 0.05, 0.05, 0.1, 0.25, 0.45, 0.6, 0.7, 0.75,
                0.7, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.25, 1.35, 1.3, 1.0],
    "office": [0.03, 0.02, 0.02, 0.02, 0.02, 0.03, 0.06, 0.15, 0.4, 0.85, 1.0, 1.0,
               0.9, 0.95, 1.0, 1.0, 0.95, 0.8, 0.55, 0.35, 0.25, 0.18, 0.1, 0.05],
    "dev": [0.25, 0.15, 0.08, 0.04, 0.03, 0.04, 0.08, 0.2, 0.45, 0.8, 1.0, 1.0,
            0.9, 0.95, 1.0, 1.0, 1.0, 0.95, 0.85, 0.8, 0.8, 0.75, 0.6, 0.4],
    "night_batch": [1.0, 1.0, 1.0, 1.0, 0.9, 0.5, 0.1, 0.03, 0.02, 0.02, 0.02, 0.02,
                    0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.2, 0.6, 0.9],
    "flat": [1.0] * 24,
    "bpo": [0.9, 0.9, 0.8, 0.7, 0.6, 0.5, 0.5, 0.6, 0.8, 0.9, 1.0, 1.0,
            1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 0.9],   # 24x7 shifts
}
# day-of-week multipliers Mon..Sun
_DOW = {
    "human": [1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.15],
    "student": [1.0, 1.05, 1.05, 1.0, 0.9, 0.85, 1.05],
    "office": [1.0, 1.0, 1.0, 1.0, 0.95, 0.25, 0.12],
    "dev": [1.0, 1.0, 1.0, 1.0, 0.95, 0.45, 0.4],
    "night_batch": [1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9],
    "flat": [1.0] * 7,
    "bpo": [1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.6],
}
_HOURW = {}


def hour_weights(profile, tz_min):
    """168 weights over the week's UTC hours for a local profile in a UTC+tz_min timezone."""
    k = (profile, tz_min)
    if k not in _HOURW:
        w = []
        prof, dow = _PROFILES[profile], _DOW[profile]
        for h in range(168):
            loc = h + tz_min / 60.0
            w.append(prof[int(loc) % 24] * dow[int(loc // 24) % 7])
        tot = sum(w)
        _HOURW[k] = [x / tot for x in w]
    return _HOURW[k]


def session_starts(rng, n, profile, tz_min, lo=0, hi=WEEK_S, day_mask=None):
    """n session start offsets (seconds from week start) in [lo, hi), placed by a local diurnal profile."""
    w = hour_weights(profile, tz_min)
    ww = []
    for h in range(168):
        a, b = max(lo, h * HOUR), min(hi, h * HOUR + HOUR)
        ok = b > a and (day_mask is None or day_mask[h // 24])
        ww.append(w[h] * (b - a) / HOUR if ok else 0.0)
    if sum(ww) <= 0:
        ww = [1.0 if max(lo, h * HOUR) < min(hi, h * HOUR + HOUR) else 0.0 for h in range(168)]
    hs = rng.choices(range(168), weights=ww, k=n)
    out = []
    for h in hs:
        a, b = max(lo, h * HOUR), min(hi, h * HOUR + HOUR)
        out.append(a + rng.random() * (b - a))
    out.sort()
    return out


def iso(t):
    """offset seconds (float) -> RFC 3339 UTC with milliseconds (the week is 2027-06-07..13)."""
    ms = int(round(t * 1000))
    d, r = divmod(ms, 86400000)
    hh, r = divmod(r, 3600000)
    mm, r = divmod(r, 60000)
    ss, mss = divmod(r, 1000)
    if d < 24:
        return "2027-06-%02dT%02d:%02d:%02d.%03dZ" % (7 + d, hh, mm, ss, mss)
    dt = WEEK_START + _dt.timedelta(milliseconds=ms)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


def iso_date(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def created_before(rng, days_min, days_max, ref_s=0.0):
    """An account creation time days_min..days_max days before ref (offset seconds)."""
    d = days_min + rng.random() * (days_max - days_min)
    dt = WEEK_START + _dt.timedelta(seconds=ref_s - d * DAY)
    return iso_date(dt)


def created_at(t):
    return iso_date(WEEK_START + _dt.timedelta(seconds=float(t)))


# timezones (minutes east of UTC)
TZ = {"IN": 330, "PK": 300, "BD": 360, "LK": 330, "NP": 345}

# ---------------------------------------------------------------------------------------------
# Networks
# ---------------------------------------------------------------------------------------------
NETS = {
    # consumer mobile: carrier-grade NAT, a shared pool of public addresses
    "jio": dict(cc="IN", cgnat=True, pool=2600, v6="2409:40{:02x}:{:x}:{:x}::{:x}", v6p=0.45,
                pre=["49.34", "49.35", "49.36", "49.37", "157.32", "157.33", "157.34", "157.35", "152.58", "152.59"]),
    "airtel_mobile": dict(cc="IN", cgnat=True, pool=1800, v6="2401:4900:{:x}:{:x}:{:x}::{:x}", v6p=0.35,
                          pre=["106.192", "106.193", "106.195", "106.205", "106.206", "106.207", "223.176", "223.178"]),
    "vi": dict(cc="IN", cgnat=True, pool=900, pre=["42.104", "42.105", "42.106", "42.107", "42.108", "42.110", "1.38", "1.39"]),
    "bsnl": dict(cc="IN", cgnat=False, pre=["117.193", "117.194", "117.196", "117.198", "59.89", "59.90", "59.92", "61.1"]),
    "airtel_fiber": dict(cc="IN", cgnat=False, pre=["122.161", "122.162", "122.171", "122.172", "122.177", "171.76", "171.79"]),
    "act": dict(cc="IN", cgnat=False, pre=["106.51", "106.52", "49.204", "49.205", "49.206", "49.207", "183.82", "183.83"]),
    "ptcl": dict(cc="PK", cgnat=False, pre=["39.32", "39.33", "39.34", "39.35", "39.37", "182.185", "182.186", "182.188"]),
    "jazz": dict(cc="PK", cgnat=True, pool=900, pre=["119.160", "119.152", "119.153", "119.154", "175.107"]),
    "zong": dict(cc="PK", cgnat=True, pool=500, pre=["111.88", "111.119", "202.47"]),
    "nayatel": dict(cc="PK", cgnat=False, pre=["182.176", "203.99"]),
    "grameenphone": dict(cc="BD", cgnat=True, pool=1100, pre=["37.111", "27.147", "113.212"]),
    "banglalink": dict(cc="BD", cgnat=True, pool=500, pre=["103.54", "45.248", "103.106"]),
    "link3": dict(cc="BD", cgnat=False, pre=["103.4", "114.130"]),
    "dialog": dict(cc="LK", cgnat=True, pool=600, pre=["112.134", "112.135", "175.157", "123.231"]),
    "slt": dict(cc="LK", cgnat=False, pre=["220.247", "124.43"]),
    "ntc": dict(cc="NP", cgnat=True, pool=400, pre=["36.252", "36.253", "113.199"]),
    "worldlink": dict(cc="NP", cgnat=False, pre=["110.44", "27.34"]),
    # clouds (stable egress per deployment)
    "aws_mumbai": dict(cc="IN", cloud=True, pre=["13.232", "13.233", "13.234", "13.235", "13.126", "3.108", "3.109", "3.110", "3.111", "65.0", "65.1", "65.2", "15.206", "15.207", "43.204", "43.205"]),
    "aws_hyderabad": dict(cc="IN", cloud=True, pre=["18.60", "18.61", "16.112", "40.172"]),
    "azure_pune": dict(cc="IN", cloud=True, pre=["20.193", "20.204", "52.172", "52.140", "4.213"]),
    "gcp_delhi": dict(cc="IN", cloud=True, pre=["34.131", "34.126"]),
    "gcp_mumbai": dict(cc="IN", cloud=True, pre=["34.93", "35.200", "35.244", "34.100"]),
    "do_blr": dict(cc="IN", cloud=True, pre=["139.59", "143.110", "165.232", "64.227", "68.183"]),
    "hetzner_eu": dict(cc="DE", cloud=True, pre=["65.108", "95.216", "135.181", "5.75"]),
    "corp_tata": dict(cc="IN", cloud=True, pre=["115.111", "115.112", "115.113", "14.140", "14.141", "202.54"]),
}
UNIV = {  # campus NAT: few public addresses shared by thousands of students
    "iitb": ("IN", "103.21.127.", 8), "iisc": ("IN", "14.139.128.", 6), "iitd": ("IN", "103.27.8.", 8),
    "annauniv": ("IN", "14.139.183.", 4), "jadavpur": ("IN", "14.139.222.", 4), "du": ("IN", "14.139.45.", 6),
    "bits": ("IN", "14.139.243.", 6), "vit": ("IN", "136.233.9.", 8), "dhaka_u": ("BD", "103.221.253.", 4),
    "buet": ("BD", "103.221.252.", 4), "lums": ("PK", "111.68.96.", 6), "nust": ("PK", "111.68.97.", 6),
    "moratuwa": ("LK", "192.248.8.", 4), "colombo_u": ("LK", "192.248.16.", 4), "tribhuvan": ("NP", "202.70.64.", 4),
    "kathmandu_u": ("NP", "202.52.0.", 4),
}
VPN_EXITS = ["185.195.232.", "149.102.244.", "146.70.93.", "89.187.162.", "193.176.86.", "103.107.198.",
             "45.134.140.", "37.120.217.", "156.146.63.", "195.181.170.", "138.199.60.", "92.119.177."]


class Net:
    """Address source for one network.  CGNAT pools are shared by every user of the carrier."""

    def __init__(self, seed):
        self.seed = seed
        self._pools = {}
        r = rng_for(seed, "netpools")
        for name, d in NETS.items():
            if d.get("cgnat"):
                pool = []
                for _ in range(d["pool"]):
                    pool.append("%s.%d.%d" % (pick(r, d["pre"]), r.integers(0, 256), r.integers(1, 255)))
                self._pools[name] = pool
        self.vpn_pool = ["%s%d" % (pick(r, VPN_EXITS), r.integers(2, 250)) for _ in range(260)]
        # residential proxy provider pool: addresses of consumer carriers (the same CGNAT pools) plus
        # home broadband hosts; ~1/3 overlaps real carrier pools
        rp = []
        for name in ("jio", "airtel_mobile", "vi", "jazz", "grameenphone", "dialog"):
            pl = self._pools[name]
            rp += [pl[int(i)] for i in r.choice(len(pl), size=len(pl) // 8, replace=False)]
        for name in ("act", "airtel_fiber", "bsnl", "ptcl", "link3", "worldlink"):
            d = NETS[name]
            rp += ["%s.%d.%d" % (pick(r, d["pre"]), r.integers(0, 256), r.integers(1, 255)) for _ in range(500)]
        self.resi_pool = rp

    def carrier_ip(self, rng, name, v6_prefix=None):
        d = NETS[name]
        if d.get("cgnat"):
            if v6_prefix and rng.random() < d.get("v6p", 0):
                return v6_prefix
            pl = self._pools[name]
            return pl[int(rng.integers(len(pl)))]
        return "%s.%d.%d" % (pick(rng, d["pre"]), rng.integers(0, 256), rng.integers(1, 255))

    def v6_for(self, rng, name):
        d = NETS[name]
        if "v6" not in d:
            return None
        return d["v6"].format(int(rng.integers(0xc0, 0xff)), int(rng.integers(1, 0xffff)),
                              int(rng.integers(1, 0xffff)), int(rng.integers(1, 0xffff)))

    def fixed_ip(self, rng, name):
        d = NETS[name]
        return "%s.%d.%d" % (pick(rng, d["pre"]), rng.integers(0, 256), rng.integers(1, 255))

    def univ_ips(self, name):
        cc, pre, n = UNIV[name]
        return ["%s%d" % (pre, 2 + i * 3) for i in range(n)]

    def vpn_ip(self, rng):
        return self.vpn_pool[int(rng.integers(len(self.vpn_pool)))]

    def resi_ip(self, rng):
        return self.resi_pool[int(rng.integers(len(self.resi_pool)))]


CONSUMER_NETS = {
    "IN": (["jio", "airtel_mobile", "vi", "bsnl", "airtel_fiber", "act"], [38, 26, 10, 6, 12, 8]),
    "PK": (["jazz", "zong", "ptcl", "nayatel"], [40, 20, 32, 8]),
    "BD": (["grameenphone", "banglalink", "link3"], [55, 25, 20]),
    "LK": (["dialog", "slt"], [65, 35]),
    "NP": (["ntc", "worldlink"], [50, 50]),
}
COUNTRY_W = (["IN", "PK", "BD", "LK", "NP"], [70, 12, 10, 4, 4])


class IpBehaviour:
    """Per-account address behaviour: callable(rng, t) -> ip."""

    def __init__(self, net, rng, kind, **kw):
        self.net, self.kind, self.kw = net, kind, kw
        if kind == "consumer":
            cc = kw.get("cc", "IN")
            names, w = CONSUMER_NETS[cc]
            self.home = wpick(rng, names, w)
            self.mobile = wpick(rng, [n for n in names if NETS[n].get("cgnat")] or names, [1] * len([n for n in names if NETS[n].get("cgnat")] or names))
            self.v6 = net.v6_for(rng, self.mobile)
            self.home_ip = net.fixed_ip(rng, self.home) if not NETS[self.home].get("cgnat") else None
            self.p_mobile = kw.get("p_mobile", 0.55)
        elif kind == "fixed":
            self.ips = kw["ips"]
        elif kind == "cloud":
            n = kw.get("n", 2)
            self.ips = [net.fixed_ip(rng, kw["region"]) for _ in range(n)]
        elif kind == "univ":
            self.ips = net.univ_ips(kw["campus"])

    def __call__(self, rng, t):
        k = self.kind
        if k == "consumer":
            if self.home_ip is None or rng.random() < self.p_mobile:
                return self.net.carrier_ip(rng, self.mobile, self.v6)
            if rng.random() < 0.04:   # dynamic broadband lease change
                self.home_ip = self.net.fixed_ip(rng, self.home)
            return self.home_ip
        if k in ("fixed", "cloud", "univ"):
            return self.ips[int(rng.integers(len(self.ips)))]
        if k == "vpn":
            return self.net.vpn_ip(rng)
        if k == "resi":
            return self.net.resi_ip(rng)
        raise ValueError(k)


# ---------------------------------------------------------------------------------------------
# Clients (user agents)
# ---------------------------------------------------------------------------------------------
UA = {
    "app_android": ["SagarChat/4.12.0 (Android 14; SM-A156E)", "SagarChat/4.12.0 (Android 13; Redmi Note 12)",
                    "SagarChat/4.11.3 (Android 14; vivo Y28)", "SagarChat/4.12.1 (Android 15; Pixel 8a)",
                    "SagarChat/4.11.3 (Android 12; realme C55)", "SagarChat/4.12.0 (Android 14; OnePlus Nord CE4)",
                    "SagarChat/4.10.8 (Android 11; Samsung Galaxy M31)", "SagarChat/4.12.1 (Android 14; POCO X6)"],
    "app_ios": ["SagarChat/4.12.0 (iOS 18.5; iPhone15,3)", "SagarChat/4.12.0 (iOS 18.4; iPhone13,2)",
                "SagarChat/4.11.2 (iOS 17.6; iPhone12,1)"],
    "browser": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:139.0) Gecko/20100101 Firefox/139.0",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36 Edg/147.0.0.0"],
    "sagar_py": ["sagar-python/1.8.2", "sagar-python/1.8.1", "sagar-python/1.7.5", "sagar-python/1.9.0rc1"],
    "openai_py": ["OpenAI/Python 1.93.0", "OpenAI/Python 1.91.2", "OpenAI/Python 1.88.0", "OpenAI/Python 1.82.1",
                  "OpenAI/Python 2.1.0", "OpenAI/Python 1.97.1"],
    "openai_js": ["OpenAI/JS 5.8.2", "OpenAI/JS 4.104.0", "OpenAI/JS 5.3.0"],
    "litellm": ["litellm/1.74.9", "litellm/1.72.6", "litellm/1.76.1", "litellm/1.80.2"],
    "langchain": ["langchain-openai/0.3.27 python-httpx/0.28.1", "langchain-openai/0.3.24 python-httpx/0.28.1"],
    "httpx": ["python-httpx/0.28.1", "python-httpx/0.27.2"],
    "requests": ["python-requests/2.32.4", "python-requests/2.32.3", "python-requests/2.31.0"],
    "curl": ["curl/8.5.0", "curl/7.81.0", "curl/8.12.1"],
    "node": ["axios/1.10.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "undici"],
    "go": ["Go-http-client/2.0", "Go-http-client/1.1"],
    "java": ["okhttp/4.12.0", "Java-http-client/21.0.7", "ReactorNetty/1.2.6"],
    "ide": ["Continue/1.1.49 (vscode 1.101.2)", "Cline/3.18.4", "Cline/3.17.9", "SagarCode-VSCode/0.9.3",
            "SagarCode-JetBrains/0.7.1 (PyCharm 2025.1)", "aider/0.85.1", "Roo-Code/3.22.6", "Zed/0.193.2"],
    "postman": ["PostmanRuntime/7.44.1", "PostmanRuntime/7.43.3"],
    "n8n": ["n8n/1.101.1", "n8n/1.99.0"],
    "php": ["GuzzleHttp/7", "WordPress/6.8.1; https://", ],
}


def ua(rng, kind):
    return pick(rng, UA[kind])


# ---------------------------------------------------------------------------------------------
# Payment instruments (opaque ids)
# ---------------------------------------------------------------------------------------------

def pay_upi(rng):
    return "pm_upi_" + hexid(rng, 8)


def pay_card(rng):
    return "pm_card_" + hexid(rng, 8)


def pay_invoice(rng, org):
    return "bp_inv_" + zlib.crc32(org.encode()).to_bytes(4, "big").hex() + hexid(rng, 4)


def pay_edu(campus):
    return "bp_edu_" + zlib.crc32(("edu:" + campus).encode()).to_bytes(4, "big").hex()


def pay_promo(code):
    return "bp_promo_" + zlib.crc32(("promo:" + code).encode()).to_bytes(4, "big").hex()


def pay_wallet(rng):   # JazzCash / bKash / eSewa style mobile wallets
    return "pm_wallet_" + hexid(rng, 8)


# ---------------------------------------------------------------------------------------------
# Accounts
# ---------------------------------------------------------------------------------------------

class Account:
    __slots__ = ("id", "org", "keys", "pay", "created", "ua", "ip", "tz", "label", "group", "lang", "extra")

    def __init__(self, rng, group, label, ua_str, ipb, created, pay=None, org=None, nkeys=1, tz=330, lang="en"):
        self.id = "acct_" + hexid(rng, 7)
        self.org = org
        self.keys = ["key_" + hexid(rng, 6) for _ in range(nkeys)]
        self.pay = pay
        self.created = created
        self.ua = ua_str
        self.ip = ipb
        self.tz = tz
        self.label = label
        self.group = group
        self.lang = lang
        self.extra = {}


def new_org(rng):
    return "org_" + hexid(rng, 6)


# ---------------------------------------------------------------------------------------------
# Tokens & records
# ---------------------------------------------------------------------------------------------

def ntok(s):
    if not s:
        return 0
    return len(s.encode("utf-8")) // 4 + 1


def msgs_tokens(msgs):
    n = 3
    for m in msgs:
        c = m.get("content")
        if isinstance(c, str):
            n += ntok(c) + 4
        elif isinstance(c, list):
            for p in c:
                if isinstance(p, dict) and isinstance(p.get("text"), str):
                    n += ntok(p["text"]) + 2
        tc = m.get("tool_calls")
        if tc:
            n += sum(ntok(x["function"]["arguments"]) + 8 for x in tc)
    return n


class Emitter:
    """Collects serialized records; keeps only (t, id, bytes) to stay small."""

    def __init__(self):
        self.rows = []
        self.counts = {}
        self.accounts = {}      # account_id -> label dict
        self.end_users = {}     # campaign end users
        self.group_accounts = {}

    def register(self, acct):
        self.accounts[acct.id] = acct.label
        self.group_accounts.setdefault(acct.group, set()).add(acct.id)

    def emit(self, rng, acct, t, messages, model, params, response, reasoning=None, status=200,
             conv=None, end_user=None, key=None, ip=None, usage_extra=None, out_tokens=None,
             reasoning_tokens=None, extra=None, ua_override=None, cgroup=None):
        eid = "chatcmpl-" + hexid(rng, 12)
        if acct.id not in self.accounts:
            self.register(acct)
        rec = {"id": eid, "ts": iso(t), "account_id": acct.id}
        if acct.org:
            rec["org_id"] = acct.org
        rec["api_key_id"] = key or (acct.keys[0] if len(acct.keys) == 1 else acct.keys[int(rng.integers(len(acct.keys)))])
        if end_user:
            rec["end_user"] = end_user
        rec["ip"] = ip or acct.ip(rng, t)
        rec["user_agent"] = ua_override or acct.ua
        if acct.pay:
            rec["payment_fingerprint"] = acct.pay
        rec["account_created"] = acct.created
        rec["model"] = model
        rec["params"] = params
        if isinstance(messages, str):          # legacy completions request
            rec["prompt"] = messages
            inp = ntok(messages) + 1
        else:
            rec["messages"] = messages
            inp = msgs_tokens(messages)
        if status == 200:
            rec["response"] = response
            if reasoning is not None:
                rec["reasoning"] = reasoning
            ot = out_tokens if out_tokens is not None else ntok(response)
            u = {"input_tokens": inp, "output_tokens": ot}
            if model in REASONING_MODELS:
                rt = reasoning_tokens if reasoning_tokens is not None else int(ntok(reasoning or "") * (1.0 + rng.random() * 1.5))
                u["reasoning_tokens"] = rt
                u["output_tokens"] = ot + rt
            rec["usage"] = u
        else:
            rec["response"] = ""
            rec["usage"] = {"input_tokens": inp if status != 429 else 0, "output_tokens": 0}
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        if extra:
            rec.update(extra)
        self.rows.append((rec["ts"], eid, bytes(memoryview(orjson.dumps(rec)))))   # copy: orjson over-allocates
        g = cgroup or acct.group
        self.counts[g] = self.counts.get(g, 0) + 1
        return rec
