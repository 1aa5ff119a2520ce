"""The world around Lianhe API: clock, networks, client software, identities, models.

Everything here is deterministic given the random generators handed in.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import ipaddress
import math

# --------------------------------------------------------------------------------------------
# clock: the exported week is Lianhe's business week, Mon 2027-03-01 00:00 to Mon 2027-03-08
# 00:00 in UTC+8 (the company runs from Singapore / Shenzhen).
# --------------------------------------------------------------------------------------------
UTC = _dt.timezone.utc
WEEK_START = _dt.datetime(2027, 2, 28, 16, 0, tzinfo=UTC).timestamp()   # 2027-03-01 00:00 +08
WEEK_END = WEEK_START + 7 * 86400
HOURS = 168
# upstream vendor announces the new flagship on 2027-03-01 18:00 UTC (US morning); Lianhe's ops
# team enables it at 09:30 +08 on Tuesday 2027-03-02 (day 2).
ANNOUNCE_TS = _dt.datetime(2027, 3, 1, 18, 0, tzinfo=UTC).timestamp()
RELEASE_TS = _dt.datetime(2027, 3, 2, 1, 30, tzinfo=UTC).timestamp()
NEW_FLAGSHIP = "gpt-5.5"
OLD_FLAGSHIP = "gpt-5.4"


def iso(ts: float) -> str:
    return _dt.datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_of(y, mo, d, h=0, mi=0) -> float:
    return _dt.datetime(y, mo, d, h, mi, tzinfo=UTC).timestamp()


def h16(*parts) -> str:
    m = hashlib.blake2b(digest_size=8)
    for p in parts:
        m.update(str(p).encode())
        m.update(b"\x1f")
    return m.hexdigest()


# --------------------------------------------------------------------------------------------
# diurnal profiles (local time). 24 weights for weekdays, 24 for weekends.
# --------------------------------------------------------------------------------------------
def _prof(wd, we):
    return (tuple(float(x) for x in wd), tuple(float(x) for x in we))


PROFILES = {
    # individuals after work, peak late evening, busier weekends
    "evening": _prof([3, 2, 1, .5, .3, .3, .5, 1, 2, 3, 3, 3, 4, 3, 3, 3, 3, 4, 5, 6, 8, 9, 8, 6],
                     [4, 3, 2, 1, .5, .3, .3, .5, 1.5, 3, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 9, 8, 6]),
    # office hours with lunch dip; 996-ish tail into the evening
    "office": _prof([.3, .2, .1, .1, .1, .1, .2, .5, 2, 7, 9, 9, 5, 7, 9, 9, 8, 6, 3, 2.5, 2.5, 2, 1.2, .6],
                    [.3, .2, .1, .1, .1, .1, .1, .2, .4, .8, 1, 1, .9, 1, 1, 1, .9, .8, .6, .6, .6, .5, .4, .3]),
    "dev": _prof([1.5, 1, .5, .3, .2, .2, .3, .6, 1.5, 5, 8, 8, 5, 7, 9, 9, 8, 7, 5, 5, 6, 6, 4, 2.5],
                 [1.5, 1, .6, .3, .2, .2, .2, .4, .8, 1.5, 2.5, 3, 3, 3, 3.5, 3.5, 3, 3, 3, 3.5, 4, 4, 3, 2]),
    # K12 students: after school on weekdays, long weekend days
    "student": _prof([.8, .3, .1, .05, .05, .1, .4, 1, .6, .5, .6, .8, 2, 1, .8, .9, 2, 4, 5, 9, 10, 10, 7, 3],
                     [1.5, .6, .3, .1, .1, .1, .3, 1, 3, 5, 6, 6, 4, 5, 6, 6, 5, 5, 6, 8, 8, 7, 5, 3]),
    # university students: late night
    "uni": _prof([5, 3.5, 2, 1, .4, .2, .2, .4, 1, 3, 4, 4, 3, 4, 5, 5, 5, 4, 4, 5, 6, 7, 7, 6],
                 [5, 4, 3, 2, 1, .4, .3, .3, .6, 1.5, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 6, 6, 6]),
    # consumer messaging apps (LINE/Zalo/WeChat bots)
    "consumer": _prof([2.5, 1.5, .8, .5, .4, .5, 1.5, 3, 4, 4.5, 5, 5.5, 6.5, 5.5, 5, 5, 5, 5.5, 6, 7, 7.5, 7.5, 6, 4],
                      [3, 2, 1.2, .7, .5, .5, 1, 2, 3.5, 5, 6, 6.5, 7, 6.5, 6, 6, 6, 6, 6.5, 7.5, 8, 8, 7, 5]),
    "flat": _prof([1] * 24, [1] * 24),
    # batch work pushed into the off-peak discount window (00:30-08:30 +08 on some upstreams)
    "night_batch": _prof([6, 8, 8, 8, 8, 8, 7, 5, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .6, .8, 1.5, 3],
                         [6, 8, 8, 8, 8, 8, 7, 5, 1, .6, .6, .6, .6, .6, .6, .6, .6, .6, .6, .6, .6, .8, 1.5, 3]),
    # shops / customer service open long hours, every day
    "retail": _prof([.6, .3, .2, .1, .1, .2, .6, 1.5, 4, 6, 7, 7, 6.5, 6.5, 7, 7, 6.5, 6, 6, 6.5, 7, 6.5, 4, 1.5],
                    [.8, .4, .2, .1, .1, .2, .5, 1.2, 3.5, 6, 7.5, 8, 7.5, 7.5, 8, 8, 7.5, 7, 7, 7.5, 8, 7, 4.5, 2]),
}

TZ = {"CN": 8, "HK": 8, "TW": 8, "SG": 8, "MY": 8, "PH": 8, "JP": 9, "KR": 9, "VN": 7, "TH": 7,
      "ID": 7, "IN": 5.5, "US": -8, "AU": 11, "DE": 1, "GB": 0, "NL": 1}

LANG_TZ = {"zh": 8, "zh_tw": 8, "ja": 9, "ko": 9, "vi": 7, "th": 7, "id": 7, "hi": 5.5, "en": 8}


def hourly_weights(profile: str, tz: float) -> list:
    """168 weights over the week's UTC hours for a local-time profile."""
    wd, we = PROFILES[profile]
    out = []
    for h in range(HOURS):
        t = WEEK_START + h * 3600 + tz * 3600
        local = _dt.datetime.fromtimestamp(t, UTC)
        dow = local.weekday()
        w = (we if dow >= 5 else wd)[local.hour]
        out.append(w)
    return out


_WCACHE = {}


def week_cdf(profile: str, tz: float, np):
    key = (profile, tz)
    if key not in _WCACHE:
        w = np.asarray(hourly_weights(profile, tz), dtype=float)
        _WCACHE[key] = np.cumsum(w) / w.sum()
    return _WCACHE[key]


# --------------------------------------------------------------------------------------------
# networks. CIDRs checked against an offline geo database for country and holder.
# --------------------------------------------------------------------------------------------
NETS = {
    # mainland China
    ("CN", "home"): ["114.80.0.0/12", "183.0.0.0/10", "116.224.0.0/12", "58.32.0.0/12", "222.64.0.0/11",
                     "123.112.0.0/12", "221.208.0.0/12", "113.80.0.0/12", "124.64.0.0/15", "58.240.0.0/12",
                     "27.36.0.0/14", "14.144.0.0/12", "218.64.0.0/11", "175.0.0.0/12", "14.112.0.0/12",
                     "113.240.0.0/13", "171.8.0.0/13", "101.80.0.0/12"],
    ("CN", "mobile"): ["120.224.0.0/11", "223.96.0.0/12", "39.144.0.0/12", "112.8.0.0/13",
                       "183.192.0.0/10", "117.128.0.0/10"],
    ("CN", "cloud"): ["47.96.0.0/11", "47.92.0.0/14", "39.96.0.0/13", "101.132.0.0/14", "120.24.0.0/14",
                      "106.12.0.0/14", "8.130.0.0/15", "49.232.0.0/14", "81.68.0.0/14", "82.156.0.0/15",
                      "106.52.0.0/14", "118.89.0.0/16", "150.158.0.0/16", "175.24.0.0/14", "124.68.0.0/14",
                      "121.32.0.0/13", "139.9.0.0/16", "180.76.0.0/14", "182.61.0.0/16"],
    ("CN", "office"): ["211.160.0.0/13", "106.32.0.0/12", "1.202.0.0/15", "221.0.0.0/13", "36.96.0.0/11",
                       "58.240.0.0/12", "114.80.0.0/12", "116.224.0.0/12"],
    ("CN", "campus"): ["166.111.0.0/16", "162.105.0.0/16", "202.120.0.0/15"],
    ("HK", "home"): ["112.118.0.0/15", "219.76.0.0/14", "42.2.0.0/15"],
    ("HK", "cloud"): ["47.242.0.0/16", "47.243.0.0/18", "8.210.0.0/17", "43.129.0.0/19", "43.135.0.0/17",
                      "119.28.0.0/18", "103.152.220.0/23", "45.125.48.0/22"],
    ("JP", "home"): ["126.0.0.0/9", "60.64.0.0/10", "153.144.0.0/12"],
    ("JP", "mobile"): ["49.96.0.0/12", "106.128.0.0/10"],
    ("JP", "office"): ["153.144.0.0/12", "60.64.0.0/10"],
    ("JP", "campus"): ["133.0.0.0/8", "130.54.0.0/16"],
    ("JP", "cloud"): ["13.112.0.0/14", "52.192.0.0/13", "54.64.0.0/15", "35.72.0.0/13"],
    ("JP", "vpn"): ["45.76.192.0/19", "45.32.8.0/21", "202.182.100.0/22", "139.180.192.0/20",
                    "172.105.192.0/19", "139.162.64.0/18"],
    ("KR", "home"): ["121.128.0.0/11", "175.192.0.0/12", "1.224.0.0/11", "112.160.0.0/11", "222.96.0.0/12"],
    ("KR", "mobile"): ["223.32.0.0/11", "39.4.0.0/14", "110.68.0.0/14", "106.96.0.0/13"],
    ("KR", "office"): ["211.32.0.0/13", "121.128.0.0/11"],
    ("KR", "campus"): ["143.248.0.0/16", "147.46.0.0/15"],
    ("VN", "home"): ["113.160.0.0/11", "14.160.0.0/12", "171.224.0.0/13", "116.96.0.0/12", "42.112.0.0/13",
                     "14.224.0.0/11", "123.16.0.0/12", "58.186.0.0/15"],
    ("VN", "mobile"): ["27.70.0.0/16", "171.224.0.0/13", "116.96.0.0/12"],
    ("ID", "home"): ["36.70.0.0/15", "180.244.0.0/14", "110.136.0.0/14", "125.160.0.0/13", "36.80.0.0/12"],
    ("ID", "mobile"): ["182.0.0.0/12", "114.120.0.0/13", "120.176.0.0/12", "112.215.0.0/16", "114.4.0.0/14"],
    ("TH", "home"): ["171.96.0.0/13", "58.8.0.0/15", "110.168.0.0/14", "184.22.0.0/16", "223.24.0.0/16"],
    ("TH", "mobile"): ["49.228.0.0/14", "1.46.0.0/19", "1.47.0.0/16", "27.55.0.0/16"],
    ("IN", "home"): ["117.200.0.0/14", "49.200.0.0/13", "223.228.0.0/14", "27.56.0.0/13"],
    ("IN", "mobile"): ["49.32.0.0/12", "157.32.0.0/12", "152.56.0.0/14", "106.76.0.0/14", "106.192.0.0/11",
                       "223.176.0.0/12"],
    ("TW", "home"): ["1.160.0.0/13", "36.228.0.0/14", "118.164.0.0/14", "220.128.0.0/12", "1.168.0.0/14",
                     "114.32.0.0/13", "61.224.0.0/13"],
    ("TW", "cloud"): ["34.80.0.0/15"],
    ("SG", "home"): ["116.86.0.0/15", "119.74.0.0/16", "220.255.0.0/16"],
    ("SG", "mobile"): ["175.156.0.0/16"],
    ("SG", "campus"): ["137.132.0.0/16"],
    ("SG", "cloud"): ["13.212.0.0/14", "18.136.0.0/16", "13.228.0.0/15", "54.169.0.0/16", "129.226.0.0/21",
                      "156.59.8.0/21"],
    ("SG", "vpn"): ["139.180.128.0/19", "128.199.128.0/17", "159.89.192.0/20", "167.71.192.0/19",
                    "188.166.176.0/20", "206.189.80.0/20", "68.183.176.0/20"],
    ("US", "home"): ["73.0.0.0/8", "24.20.0.0/15", "98.28.0.0/14", "71.96.0.0/11", "99.20.0.0/18"],
    ("US", "cloud"): ["35.185.0.0/17", "45.76.0.0/20", "128.199.0.0/20"],
}

# IPv6 prefixes (China Mobile / China Telecom / China Unicom broadband and mobile, NTT, KDDI)
NETS6 = {
    "CN": ["2409:8a00::/24", "240e:300::/24", "2408:8200::/25"],
    "JP": ["2400:4050::/30", "2001:268::/32"],
    "VN": ["2001:ee0::/32"],
}

COUNTRY_LANG = {"CN": "zh", "TW": "zh_tw", "HK": "zh_tw", "JP": "ja", "KR": "ko", "VN": "vi", "TH": "th",
                "ID": "id", "IN": "hi", "SG": "en", "US": "en"}
LANG_COUNTRY = {"zh": ["CN"] * 12 + ["SG", "HK", "MY"], "zh_tw": ["TW"] * 4 + ["HK"] * 2,
                "ja": ["JP"], "ko": ["KR"], "vi": ["VN"], "th": ["TH"], "id": ["ID"], "hi": ["IN"],
                "en": ["SG", "IN", "IN", "US", "HK", "TW", "JP", "KR", "ID", "CN"]}


def _net_list(country, kind):
    got = NETS.get((country, kind))
    if got:
        return got
    for k in ("home", "office", "cloud", "mobile"):
        if (country, k) in NETS:
            return NETS[(country, k)]
    return NETS[("SG", "home")]


_NETCACHE = {}


def _net(cidr):
    n = _NETCACHE.get(cidr)
    if n is None:
        n = ipaddress.ip_network(cidr)
        _NETCACHE[cidr] = n
    return n


def rand_ip(rnd, country, kind="home"):
    cidr = rnd.choice(_net_list(country, kind))
    n = _net(cidr)
    size = n.num_addresses
    off = rnd.randrange(1, size - 1) if size > 4 else 1
    a = int(n.network_address) + off
    if (a & 0xFF) in (0, 255):
        a ^= 1
    return str(ipaddress.IPv4Address(a))


def rand_ip6(rnd, country):
    cidr = rnd.choice(NETS6.get(country, NETS6["CN"]))
    n = ipaddress.ip_network(cidr)
    host = rnd.getrandbits(128 - n.prefixlen)
    return str(ipaddress.IPv6Address(int(n.network_address) + host))


class IPPool:
    """A shared pool of addresses (mobile CGNAT, VPN exits): unrelated accounts collide on it."""

    def __init__(self, rnd, country, kind, size):
        self.ips = [rand_ip(rnd, country, kind) for _ in range(size)]

    def pick(self, rnd):
        return rnd.choice(self.ips)


class Net:
    """An account's network behaviour: where its requests come from over the week."""

    def __init__(self, rnd, country, mode, pools=None, n_static=1, lease_days=(1, 6), v6=0.0, kind=None):
        self.country = country
        self.mode = mode              # home | mobile | office | cloud | campus | vpn | mixed
        self.pools = pools or {}
        self.v6 = v6
        k = kind or {"mixed": "office", "vpn": "home"}.get(mode, mode)
        self.static = [rand_ip(rnd, country, k) for _ in range(n_static)]
        self.lease_days = lease_days
        self._lease = {}
        self.home_country = country

    def ip(self, rnd, ts):
        m = self.mode
        if m in ("office", "cloud", "campus"):
            return self.static[0] if len(self.static) == 1 else rnd.choice(self.static)
        if m == "home":
            if self.v6 and rnd.random() < self.v6:
                key = ("v6", int((ts - WEEK_START) // 86400))
                if key not in self._lease:
                    self._lease[key] = rand_ip6(rnd, self.country)
                return self._lease[key]
            # dynamic residential address: renewed every few days
            span = self.lease_days[1] * 86400
            key = int((ts - WEEK_START + 10 * 86400) // span)
            if key not in self._lease:
                self._lease[key] = rand_ip(rnd, self.country, "home")
            return self._lease[key]
        if m == "mobile":
            pool = self.pools.get("mobile")
            if pool is not None:
                # CGNAT: same public address for a while, shared with strangers
                key = ("m", int(ts // 1800))
                if key not in self._lease:
                    self._lease[key] = pool.pick(rnd)
                return self._lease[key]
            return rand_ip(rnd, self.country, "mobile")
        if m == "vpn":
            pool = self.pools["vpn"]
            key = ("v", int(ts // (3600 * rnd.choice((2, 5, 12)))))
            if key not in self._lease:
                self._lease[key] = pool.pick(rnd)
            return self._lease[key]
        if m == "mixed":
            # office on weekday daytime, home otherwise
            local = (ts + TZ.get(self.country, 8) * 3600)
            dt = _dt.datetime.fromtimestamp(local, UTC)
            if dt.weekday() < 5 and 9 <= dt.hour < 19:
                return self.static[0]
            key = int((ts - WEEK_START + 10 * 86400) // (4 * 86400))
            if key not in self._lease:
                self._lease[key] = rand_ip(rnd, self.country, "home")
            return self._lease[key]
        return self.static[0]


# --------------------------------------------------------------------------------------------
# client software
# --------------------------------------------------------------------------------------------
CHROME = ["132.0.0.0", "133.0.0.0", "134.0.0.0", "135.0.0.0", "136.0.0.0", "137.0.0.0", "138.0.0.0"]


def _desktop_os(rnd):
    return rnd.choice(["Windows NT 10.0; Win64; x64", "Windows NT 10.0; Win64; x64",
                       "Macintosh; Intel Mac OS X 10_15_7", "Macintosh; Intel Mac OS X 10_15_7",
                       "X11; Linux x86_64"])


def ua_server(rnd):
    """An SDK / HTTP client as seen from a backend server (no API-testing tools, no mobile stacks)."""
    for _ in range(20):
        ua = ua_sdk(rnd)
        if not ua.startswith(("Apifox", "Dart", "okhttp")):
            return ua
    return "OpenAI/Python 2.8.0"


def ua_sdk(rnd, lang=None):
    r = rnd.random()
    if r < 0.42:
        major = rnd.choice([1, 1, 2, 2, 2])
        minor = rnd.randint(60, 109) if major == 1 else rnd.randint(2, 16)
        return f"OpenAI/Python {major}.{minor}.{rnd.randint(0, 3)}"
    if r < 0.52:
        major = rnd.choice([1, 2, 2])
        minor = rnd.randint(60, 109) if major == 1 else rnd.randint(2, 16)
        return f"AsyncOpenAI/Python {major}.{minor}.{rnd.randint(0, 2)}"
    if r < 0.66:
        major = rnd.choice([4, 5, 5, 6])
        return f"OpenAI/JS {major}.{rnd.randint(0, 30)}.{rnd.randint(0, 4)}"
    if r < 0.73:
        return f"python-requests/2.{rnd.choice([28, 31, 31, 32, 32, 32])}.{rnd.randint(0, 3)}"
    if r < 0.78:
        return f"python-httpx/0.{rnd.choice([27, 28, 28])}.{rnd.randint(0, 2)}"
    if r < 0.82:
        return rnd.choice(["Go-http-client/1.1", "Go-http-client/2.0"])
    if r < 0.86:
        return f"okhttp/{rnd.choice(['4.9.3', '4.11.0', '4.12.0', '5.0.0'])}"
    if r < 0.89:
        return f"axios/1.{rnd.randint(4, 9)}.{rnd.randint(0, 9)}"
    if r < 0.91:
        return f"Python/3.{rnd.choice([10, 11, 12, 13])} aiohttp/3.{rnd.randint(9, 12)}.{rnd.randint(0, 15)}"
    if r < 0.93:
        return f"Dart/3.{rnd.randint(3, 8)} (dart:io)"
    if r < 0.95:
        return f"Java-http-client/{rnd.choice(['17.0.12', '21.0.5', '21.0.6'])}"
    if r < 0.97:
        return f"Apifox/1.0.0 (https://apifox.com)"
    return f"Anthropic/Python 0.{rnd.randint(50, 80)}.{rnd.randint(0, 3)}"


def ua_chat_client(rnd):
    os_ = _desktop_os(rnd)
    ch = rnd.choice(CHROME)
    r = rnd.random()
    if r < 0.30:
        v = f"1.{rnd.randint(4, 9)}.{rnd.randint(0, 12)}"
        return (f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) CherryStudio/{v} "
                f"Chrome/{ch} Electron/{rnd.randint(34, 38)}.{rnd.randint(0, 4)}.{rnd.randint(0, 9)} Safari/537.36")
    if r < 0.52:
        v = f"1.{rnd.randint(12, 18)}.{rnd.randint(0, 9)}"
        return (f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) xyz.chatboxapp.app/{v} "
                f"Chrome/{ch} Electron/{rnd.randint(30, 36)}.{rnd.randint(0, 4)}.{rnd.randint(0, 9)} Safari/537.36")
    if r < 0.66:   # NextChat / web clients running in the browser
        return f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ch} Safari/537.36"
    if r < 0.76:   # LobeChat / Open WebUI server side
        return rnd.choice([f"OpenAI/JS {rnd.choice([4, 5])}.{rnd.randint(0, 30)}.{rnd.randint(0, 3)}",
                           f"Python/3.11 aiohttp/3.{rnd.randint(10, 12)}.{rnd.randint(0, 12)}"])
    if r < 0.86:   # phone apps
        if rnd.random() < 0.5:
            return f"Chatbox/{rnd.randint(1, 2)}.{rnd.randint(0, 9)}.{rnd.randint(0, 9)} (iPhone; iOS 18.{rnd.randint(0, 6)}; Scale/3.00)"
        return f"okhttp/4.12.0"
    if r < 0.93:
        return f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ch} Safari/537.36 Edg/{ch}"
    return f"Mozilla/5.0 (iPhone; CPU iPhone OS 18_{rnd.randint(0, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{rnd.randint(0, 6)} Mobile/15E148 Safari/604.1"


def ua_browser(rnd):
    os_ = _desktop_os(rnd)
    ch = rnd.choice(CHROME)
    if rnd.random() < 0.15:
        v = rnd.randint(133, 140)
        return f"Mozilla/5.0 ({os_.split(';')[0]}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
    if rnd.random() < 0.2:
        return f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ch} Safari/537.36 Edg/{ch}"
    return f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ch} Safari/537.36"


def ua_agent(rnd):
    r = rnd.random()
    if r < 0.30:   # Cline / Roo Code / Kilo inside VS Code use the JS SDK
        return f"OpenAI/JS {rnd.choice([4, 5])}.{rnd.randint(0, 30)}.{rnd.randint(0, 3)}"
    if r < 0.50:
        return f"claude-cli/2.{rnd.randint(0, 3)}.{rnd.randint(0, 40)} (external, cli)"
    if r < 0.62:
        return f"Cursor/1.{rnd.randint(2, 9)}.{rnd.randint(0, 9)}"
    if r < 0.74:
        return f"opencode/0.{rnd.randint(5, 15)}.{rnd.randint(0, 20)}"
    if r < 0.86:
        return f"OpenAI/Python {rnd.choice([1, 2])}.{rnd.randint(2, 99)}.{rnd.randint(0, 2)}"
    return f"aider/0.{rnd.randint(80, 90)}.{rnd.randint(0, 3)}"


def ua_translate_plugin(rnd):
    r = rnd.random()
    if r < 0.6:
        return ua_browser(rnd)   # Immersive Translate / openai-translator run inside the browser
    if r < 0.85:
        return f"Bob/1.{rnd.randint(10, 16)}.{rnd.randint(0, 5)} (Mac OS X 15.{rnd.randint(0, 5)})"
    return f"Zotero/7.0.{rnd.randint(10, 20)}"


# --------------------------------------------------------------------------------------------
# models. name -> (tier, returns_reasoning_text, supports_logprobs)
# --------------------------------------------------------------------------------------------
MODELS = {
    "gpt-5.4": ("flagship", False, True),
    "gpt-5.4-mini": ("mid", False, True),
    "gpt-5.4-nano": ("cheap", False, True),
    "gpt-5.5": ("flagship", False, True),
    "claude-opus-5": ("flagship", False, False),
    "claude-sonnet-5": ("mid", False, False),
    "claude-sonnet-5-thinking": ("mid", True, False),
    "claude-haiku-5": ("cheap", False, False),
    "gemini-3.5-pro": ("flagship", True, False),
    "gemini-3.5-flash": ("cheap", False, False),
    "deepseek-v4": ("cheap", False, True),
    "deepseek-r3": ("mid", True, False),
    "qwen3.5-max": ("mid", False, False),
    "qwen3.5-plus": ("cheap", False, False),
    "kimi-k3": ("mid", False, False),
    "glm-5": ("cheap", False, False),
}
REASONING_MODELS = {m for m, v in MODELS.items() if v[1]} | {"gpt-5.4", "gpt-5.5"}
HIDDEN_REASONING = {"gpt-5.4", "gpt-5.5"}   # reasoning tokens billed, text not returned

# typical model menus of different kinds of customers
MENU = {
    "chat": [("deepseek-v4", 20), ("gpt-5.4", 14), ("claude-sonnet-5", 12), ("gpt-5.4-mini", 10),
             ("gemini-3.5-flash", 8), ("deepseek-r3", 8), ("qwen3.5-max", 5), ("claude-opus-5", 4),
             ("gemini-3.5-pro", 5), ("kimi-k3", 4), ("glm-5", 3), ("claude-sonnet-5-thinking", 3)],
    "cheap": [("deepseek-v4", 30), ("gpt-5.4-mini", 25), ("gpt-5.4-nano", 10), ("gemini-3.5-flash", 15),
              ("qwen3.5-plus", 10), ("claude-haiku-5", 8), ("glm-5", 5)],
    "code": [("claude-sonnet-5", 40), ("claude-opus-5", 12), ("gpt-5.4", 16), ("deepseek-v4", 12),
             ("kimi-k3", 6), ("gemini-3.5-pro", 8), ("glm-5", 4), ("qwen3.5-max", 3)],
    "reason": [("deepseek-r3", 35), ("claude-sonnet-5-thinking", 15), ("gpt-5.4", 20),
               ("gemini-3.5-pro", 15), ("qwen3.5-max", 8), ("claude-opus-5", 7)],
    "translate": [("gpt-5.4-mini", 30), ("deepseek-v4", 25), ("gemini-3.5-flash", 20), ("qwen3.5-plus", 10),
                  ("claude-haiku-5", 8), ("gpt-5.4-nano", 7)],
}


def weighted(rnd, pairs):
    tot = sum(w for _, w in pairs)
    x = rnd.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# --------------------------------------------------------------------------------------------
# token estimates
# --------------------------------------------------------------------------------------------
def est_tokens(text: str) -> int:
    if not text:
        return 0
    cjk = other = ascii_ = 0
    for ch in text:
        o = ord(ch)
        if o < 128:
            ascii_ += 1
        elif 0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF:
            cjk += 1
        else:
            other += 1
    return max(1, int(ascii_ / 3.9 + cjk * 0.85 + other * 0.55))


def msgs_tokens(messages) -> int:
    t = 0
    for m in messages:
        c = m.get("content")
        if isinstance(c, str):
            t += est_tokens(c) + 4
        elif isinstance(c, list):
            for p in c:
                if isinstance(p, dict) and p.get("type") == "text":
                    t += est_tokens(p.get("text", "")) + 2
                elif isinstance(p, dict):
                    t += 765
        if m.get("tool_calls"):
            t += 40
    return t + 3


def lognormal_int(rnd, median, sigma, lo=1, hi=10 ** 7):
    v = int(round(median * math.exp(rnd.gauss(0, sigma))))
    return max(lo, min(hi, v))
