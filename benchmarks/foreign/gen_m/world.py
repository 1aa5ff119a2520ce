"""The world of gen_m: time, calendars, models, networks, clients, identities.

Provider: "Tsukimi AI" (Tokyo / Seoul), selling an OpenAI-compatible chat API to
Japanese and Korean customers and, heavily, to North-American enterprises.
Everything here is deterministic given the random.Random instances passed in.
"""
import bisect
import calendar
import ipaddress
import time

START = calendar.timegm((2027, 11, 1, 0, 0, 0))          # Monday 2027-11-01T00:00Z
END = calendar.timegm((2027, 11, 8, 0, 0, 0))            # Monday 2027-11-08T00:00Z
DAY = 86400
HOUR = 3600
R2_RELEASE = calendar.timegm((2027, 11, 3, 1, 0, 0))     # Wed 10:00 JST: tsuki-r2 goes GA
JP_HOLIDAY = (calendar.timegm((2027, 11, 2, 15, 0, 0)), calendar.timegm((2027, 11, 3, 15, 0, 0)))  # Culture Day (JST)
# US daylight saving time ends Sunday 2027-11-07 02:00 local
DST_END = {"ET": calendar.timegm((2027, 11, 7, 6, 0, 0)), "CT": calendar.timegm((2027, 11, 7, 7, 0, 0)),
           "PT": calendar.timegm((2027, 11, 7, 9, 0, 0))}


def ts_str(t):
    """RFC 3339 with milliseconds, UTC."""
    s = int(t)
    ms = int((t - s) * 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % ms


def date_str(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(t)))


def tz_offset(tz, t):
    if tz in ("JST", "KST"):
        return 9
    if tz == "CN":
        return 8
    if tz == "ICT":
        return 7
    if tz == "ET":
        return -4 if t < DST_END["ET"] else -5
    if tz == "CT":
        return -5 if t < DST_END["CT"] else -6
    if tz == "PT":
        return -7 if t < DST_END["PT"] else -8
    return 0


# ---------------------------------------------------------------- diurnal profiles
# 24 hourly weights (local time), weekday and weekend shapes
_P = {
    "office": ([.02, .01, .01, .01, .01, .02, .05, .15, .5, .9, 1, 1, .6, .9, 1, 1, .95, .8, .5, .3, .2, .15, .08, .04],
               [.01, .01, .0, .0, .0, .0, .01, .02, .03, .05, .06, .06, .06, .06, .06, .05, .05, .04, .04, .04, .03, .03, .02, .01]),
    "consumer": ([.35, .2, .1, .05, .03, .03, .08, .2, .3, .35, .4, .45, .55, .5, .45, .45, .5, .55, .65, .8, .95, 1, .9, .6],
                 [.5, .35, .2, .1, .05, .04, .06, .15, .35, .55, .7, .75, .75, .75, .75, .75, .75, .75, .8, .9, 1, 1, .9, .7]),
    "student": ([.3, .15, .05, .02, .01, .01, .03, .1, .2, .3, .35, .35, .4, .45, .5, .6, .75, .85, .9, 1, 1, .9, .7, .5],
                [.35, .2, .08, .03, .01, .01, .02, .05, .15, .3, .45, .5, .55, .6, .6, .6, .6, .6, .6, .7, .75, .7, .55, .45]),
    "cram": ([.05, .02, 0, 0, 0, 0, .01, .05, .05, .05, .05, .05, .08, .08, .1, .3, .7, .9, 1, 1, .9, .8, .5, .2],
             [.05, .02, 0, 0, 0, 0, .01, .05, .2, .6, .8, .8, .6, .7, .8, .8, .7, .5, .4, .4, .4, .3, .2, .1]),
    "dev": ([.25, .15, .08, .04, .02, .02, .04, .1, .3, .6, .85, .9, .7, .9, .95, .95, .9, .8, .6, .5, .55, .6, .5, .4],
            [.25, .15, .1, .05, .03, .02, .03, .05, .1, .2, .3, .35, .35, .35, .35, .35, .35, .3, .3, .3, .35, .35, .3, .3]),
    "batch": ([1.6, 2, 2, 2, 1.8, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.4],
              [1.6, 2, 2, 2, 1.8, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.4]),
    "flat": ([1] * 24, [1] * 24),
    "night": ([1, 1, 1, .9, .8, .6, .4, .3, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, .4, .5, .6, .8, .9, 1],
              [1, 1, 1, .9, .8, .6, .4, .3, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, .4, .5, .6, .8, .9, 1]),
}
BIN = 900
NBINS = (END - START) // BIN
_cum_cache = {}


def _holiday(country, t):
    return country == "JP" and JP_HOLIDAY[0] <= t < JP_HOLIDAY[1]


def _cum(profile, tz, country):
    key = (profile, tz, country)
    c = _cum_cache.get(key)
    if c is not None:
        return c
    wk, we = _P[profile]
    acc = 0.0
    c = [0.0]
    for b in range(NBINS):
        t = START + b * BIN + BIN / 2
        lt = t + tz_offset(tz, t) * HOUR
        lh = int((lt % DAY) // HOUR)
        wd = int(((lt - START) // DAY) % 7) if lt >= START else 6
        weekend = wd >= 5 or _holiday(country, t)
        w = (we if weekend else wk)[lh]
        acc += w + 1e-4
        c.append(acc)
    _cum_cache[key] = c
    return c


def sample_times(rng, n, profile="dev", tz="JST", t0=START, t1=END, country=None):
    """n timestamps from a diurnal/weekly profile restricted to [t0, t1)."""
    if n <= 0:
        return []
    t0 = max(t0, START)
    t1 = min(t1, END - 1)
    if t1 <= t0:
        return []
    c = _cum(profile, tz, country)
    b0 = int((t0 - START) // BIN)
    b1 = min(NBINS, int((t1 - START) // BIN) + 1)
    lo, hi = c[b0], c[b1]
    out = []
    for _ in range(n):
        for _try in range(8):
            u = lo + rng.random() * (hi - lo)
            b = bisect.bisect_right(c, u) - 1
            t = START + b * BIN + rng.random() * BIN
            if t0 <= t < t1:
                break
        else:
            t = t0 + rng.random() * (t1 - t0)
        out.append(t)
    out.sort()
    return out


def local_hour(tz, t):
    lt = t + tz_offset(tz, t) * HOUR
    return (lt % DAY) / HOUR


# ---------------------------------------------------------------- models
MODELS = {
    "tsuki-2-large": dict(reasoning=False, kind="chat"),
    "tsuki-2-large-2027-08-20": dict(reasoning=False, kind="chat"),
    "tsuki-2-mini": dict(reasoning=False, kind="chat"),
    "tsuki-2-nano": dict(reasoning=False, kind="chat"),
    "tsuki-coder-2": dict(reasoning=False, kind="chat"),
    "tsuki-think-1": dict(reasoning=True, kind="raw"),
    "tsuki-r2": dict(reasoning=True, kind="summary"),
    "tsuki-r2-2027-11-03": dict(reasoning=True, kind="summary"),
    "tsuki-1.5-instruct": dict(reasoning=False, kind="completion"),
}


def is_reasoning(model):
    m = MODELS.get(model)
    return bool(m and m["reasoning"])


def pick_model(rng, t, mix, r2_uptake=0.3, r2_lag=None):
    """mix: list of (model, weight). After the tsuki-r2 release a share of requests that
    would have used tsuki-think-1 / large move to tsuki-r2 (r2_uptake), ramping up."""
    tot = 0.0
    for _, w in mix:
        tot += w
    u = rng.random() * tot
    m = mix[-1][0]
    for name, w in mix:
        u -= w
        if u <= 0:
            m = name
            break
    if m.startswith("tsuki-r2") and t < R2_RELEASE:
        return "tsuki-think-1" if rng.random() < 0.6 else "tsuki-2-large"
    if t >= R2_RELEASE + (r2_lag or 0) and r2_uptake > 0 and m in ("tsuki-think-1", "tsuki-2-large"):
        ramp = min(1.0, (t - R2_RELEASE) / (2 * DAY))
        share = r2_uptake * (0.35 + 0.65 * ramp) * (1.0 if m == "tsuki-think-1" else 0.35)
        if rng.random() < share:
            return "tsuki-r2" if rng.random() < 0.85 else "tsuki-r2-2027-11-03"
    return m


# ---------------------------------------------------------------- networks
# (v4 first octet, second octet range) / v6 prefix (two hextets) per network group
NETS = {
    "jp_res": [("4", 153, 128, 255), ("4", 114, 150, 191), ("4", 126, 0, 255), ("4", 60, 32, 47), ("4", 220, 96, 111),
               ("4", 180, 0, 63), ("4", 218, 216, 231), ("6", "2400:4050"), ("6", "240b:11"), ("6", "2409:11"), ("6", "2400:2410")],
    "jp_mobile": [("4", 49, 96, 111), ("4", 106, 128, 191), ("4", 126, 0, 255), ("4", 133, 106, 106), ("6", "2001:268"), ("6", "240a:61")],
    "jp_office": [("4", 210, 130, 175), ("4", 202, 32, 63), ("4", 61, 112, 127), ("4", 203, 136, 143), ("4", 219, 110, 111)],
    "kr_res": [("4", 175, 192, 223), ("4", 1, 224, 255), ("4", 121, 128, 191), ("4", 211, 36, 63), ("4", 59, 5, 31),
               ("4", 112, 144, 175), ("6", "2001:e60"), ("6", "2001:2d8"), ("6", "2001:4430")],
    "kr_mobile": [("4", 223, 32, 63), ("4", 39, 7, 7), ("4", 106, 101, 102), ("4", 106, 240, 255), ("6", "2001:2d8"), ("6", "2001:4430")],
    "kr_office": [("4", 211, 168, 191), ("4", 203, 229, 239), ("4", 210, 94, 95), ("4", 222, 122, 122)],
    "us_res": [("4", 73, 0, 255), ("4", 98, 192, 255), ("4", 71, 160, 191), ("4", 99, 0, 127), ("4", 24, 0, 63), ("4", 76, 16, 31),
               ("6", "2601:0"), ("6", "2600:1700"), ("6", "2603:8000"), ("6", "2600:6c40")],
    "us_mobile": [("4", 172, 56, 63), ("4", 174, 192, 255), ("6", "2607:fb90"), ("6", "2600:387")],
    "us_office": [("4", 12, 0, 255), ("4", 63, 64, 127), ("4", 198, 51, 51), ("4", 204, 12, 15), ("4", 64, 124, 124), ("4", 216, 1, 63)],
    "ca_res": [("4", 142, 112, 127), ("4", 174, 88, 95), ("4", 99, 224, 255), ("6", "2607:fea8")],
    "vn_res": [("4", 27, 64, 79), ("4", 116, 96, 111), ("4", 171, 224, 255), ("4", 14, 160, 191), ("4", 113, 160, 191), ("4", 42, 112, 119),
               ("6", "2402:800"), ("6", "2405:4802")],
    "th_res": [("4", 171, 96, 103), ("4", 49, 228, 231), ("4", 110, 164, 171), ("4", 180, 183, 183), ("4", 184, 22, 22), ("6", "2405:9800")],
    "cn_res": [("4", 114, 80, 95), ("4", 123, 112, 127), ("4", 58, 16, 31), ("4", 183, 0, 63), ("4", 36, 96, 127)],
    "tw_res": [("4", 114, 32, 47), ("4", 1, 160, 175), ("4", 36, 224, 239), ("6", "2001:b011")],
    "aws_use1": [("4", 3, 208, 239), ("4", 44, 192, 223), ("4", 54, 80, 95), ("4", 52, 0, 95), ("6", "2600:1f18")],
    "aws_usw2": [("4", 34, 208, 223), ("4", 44, 224, 255), ("4", 52, 24, 43), ("6", "2600:1f14")],
    "aws_tokyo": [("4", 13, 112, 115), ("4", 18, 176, 183), ("4", 54, 64, 95), ("4", 35, 72, 79), ("6", "2406:da14")],
    "aws_seoul": [("4", 3, 34, 39), ("4", 13, 124, 125), ("4", 52, 78, 79), ("4", 43, 200, 203), ("6", "2406:da12")],
    "gcp": [("4", 34, 64, 191), ("4", 35, 184, 247), ("6", "2600:1900")],
    "gcp_tokyo": [("4", 34, 84, 85), ("4", 35, 187, 200), ("4", 104, 198, 198)],
    "azure": [("4", 20, 36, 127), ("4", 40, 64, 127), ("4", 52, 224, 255), ("6", "2603:1030")],
    "sakura": [("4", 153, 120, 127), ("4", 160, 16, 16), ("4", 133, 242, 242), ("4", 133, 167, 167)],
    "naver_cloud": [("4", 49, 50, 50), ("4", 101, 101, 101), ("4", 110, 165, 165), ("4", 223, 130, 130)],
    "hetzner": [("4", 5, 9, 9), ("4", 88, 198, 198), ("4", 95, 216, 217), ("4", 65, 108, 109), ("4", 65, 21, 21), ("6", "2a01:4f8"), ("6", "2a01:4f9")],
    "ovh": [("4", 51, 38, 91), ("4", 54, 36, 39), ("4", 141, 94, 95), ("6", "2001:41d0")],
    "digitalocean": [("4", 159, 65, 65), ("4", 167, 99, 99), ("4", 206, 189, 189), ("4", 64, 225, 225), ("6", "2604:a880")],
    "vultr": [("4", 45, 76, 77), ("4", 108, 61, 61), ("4", 139, 180, 180), ("4", 149, 28, 28), ("4", 207, 148, 148), ("6", "2001:19f0")],
    "tencent_hk": [("4", 43, 128, 159), ("4", 119, 28, 28), ("4", 124, 156, 156), ("4", 101, 32, 33)],
    "alibaba": [("4", 47, 74, 254), ("4", 8, 210, 222), ("4", 149, 129, 129)],
    "linode": [("4", 172, 104, 105), ("4", 139, 162, 162), ("4", 45, 33, 33), ("6", "2600:3c01")],
    "warp_vpn": [("4", 104, 28, 28), ("6", "2a09:bac1"), ("6", "2a09:bac5")],
    "comm_vpn": [("4", 185, 213, 213), ("4", 146, 70, 70), ("4", 37, 19, 19), ("4", 89, 187, 187), ("4", 194, 110, 110)],
    "univ_utokyo": [("4", 133, 11, 11)], "univ_kyoto": [("4", 130, 54, 54)], "univ_kaist": [("4", 143, 248, 248)],
    "univ_snu": [("4", 147, 46, 46)], "univ_ucb": [("4", 128, 32, 32)], "univ_uoft": [("4", 128, 100, 100)],
    "univ_waseda": [("4", 133, 9, 9)], "univ_yonsei": [("4", 165, 132, 132)], "univ_umich": [("4", 141, 211, 213)],
}


def new_ip(rng, net, v6_share=None):
    opts = NETS[net]
    if v6_share is not None:
        v6 = [o for o in opts if o[0] == "6"]
        v4 = [o for o in opts if o[0] == "4"]
        if v6 and rng.random() < v6_share:
            opts = v6
        elif v4:
            opts = v4
    o = rng.choice(opts)
    if o[0] == "4":
        b = rng.randint(o[2], o[3])
        return "%d.%d.%d.%d" % (o[1], b, rng.randint(0, 255), rng.randint(1, 254))
    p = o[1].split(":")
    while len(p) < 2:
        p.append("0")
    if p[1] == "0":
        p[1] = "%x" % rng.randint(0x0, 0xfff)
    words = [int(x, 16) for x in p[:2]] + [rng.getrandbits(16) for _ in range(2)]
    if rng.random() < 0.4:
        words += [0, 0, 0, rng.randint(1, 0xffff)]
    else:
        words += [rng.getrandbits(16) for _ in range(4)]
    v = 0
    for w in words:
        v = (v << 16) | w
    return ipaddress.IPv6Address(v).compressed


def near_ip(rng, ip):
    """Another address in the same /24 (v4) or /64 (v6)."""
    if ":" in ip:
        a = ipaddress.IPv6Address(ip)
        v = (int(a) >> 64 << 64) | rng.getrandbits(64)
        return ipaddress.IPv6Address(v).compressed
    p = ip.split(".")
    return "%s.%s.%s.%d" % (p[0], p[1], p[2], rng.randint(1, 254))


# ---------------------------------------------------------------- user agents
PY_OPENAI = ["1.35.15", "1.40.6", "1.43.0", "1.47.1", "1.51.2", "1.54.3", "1.55.3", "1.57.0", "1.58.1", "1.59.7", "1.61.0"]
JS_OPENAI = ["4.55.4", "4.67.3", "4.71.1", "4.73.0", "4.77.0", "4.80.1"]
TSUKI_PY = ["2.1.0", "2.2.4", "2.3.1", "2.4.0", "2.4.2"]
TSUKI_JS = ["1.8.0", "1.9.2", "2.0.1", "2.1.3"]
CHROME = ["128.0.0.0", "129.0.0.0", "130.0.0.0", "131.0.0.0"]


def stock_ua(rng, flavour=None):
    f = flavour or rng.choices(["py", "js", "tpy", "tjs", "req", "httpx", "curl", "go", "okhttp", "aiohttp", "java", "browser"],
                               [30, 16, 14, 6, 5, 5, 4, 3, 2, 3, 2, 3])[0]
    if f == "py":
        return "OpenAI/Python " + rng.choice(PY_OPENAI)
    if f == "js":
        return "OpenAI/JS " + rng.choice(JS_OPENAI)
    if f == "tpy":
        return "tsuki-python/%s (CPython %s; %s)" % (rng.choice(TSUKI_PY), rng.choice(["3.10.14", "3.11.9", "3.12.7", "3.13.0"]),
                                                     rng.choice(["Linux x86_64", "Darwin arm64", "Windows AMD64", "Linux aarch64"]))
    if f == "tjs":
        return "tsuki-node/%s (node %s)" % (rng.choice(TSUKI_JS), rng.choice(["18.20.4", "20.17.0", "22.11.0"]))
    if f == "req":
        return "python-requests/" + rng.choice(["2.31.0", "2.32.2", "2.32.3"])
    if f == "httpx":
        return "python-httpx/" + rng.choice(["0.26.0", "0.27.0", "0.27.2", "0.28.1"])
    if f == "curl":
        return "curl/" + rng.choice(["7.81.0", "8.4.0", "8.5.0", "8.7.1", "8.10.1"])
    if f == "go":
        return rng.choice(["Go-http-client/2.0", "Go-http-client/1.1"])
    if f == "okhttp":
        return "okhttp/" + rng.choice(["4.9.3", "4.12.0"])
    if f == "aiohttp":
        return "Python/3.11 aiohttp/" + rng.choice(["3.9.5", "3.10.10", "3.11.7"])
    if f == "java":
        return "Java-http-client/" + rng.choice(["17.0.9", "21.0.4"])
    os_ = rng.choice(["Macintosh; Intel Mac OS X 10_15_7", "Windows NT 10.0; Win64; x64", "X11; Linux x86_64"])
    return "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % (os_, rng.choice(CHROME))


# ---------------------------------------------------------------- identities
_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def b32(rng, n):
    v = rng.getrandbits(5 * n)
    return "".join(_B32[(v >> (5 * i)) & 31] for i in range(n))


def hexid(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def new_card(rng):
    return "pm_" + hexid(rng, 16)


def new_invoice_profile(rng):
    return "bp_inv_" + hexid(rng, 12)


def created_between(rng, a, b):
    return a + rng.random() * (b - a)


def ymd(y, m, d, hh=0, mm=0):
    return calendar.timegm((y, m, d, hh, mm, 0))
