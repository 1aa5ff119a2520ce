"""World infrastructure for the Halyard traffic generator: time, networks, identities,
models, parameters, and the exchange writer.  Standard library only (orjson optional)."""
import calendar
import gzip
import json
import os
import random
import shutil
import tempfile
import time

try:
    import orjson

    def _dumps(obj):
        return orjson.dumps(obj)
except Exception:  # pragma: no cover - fallback
    orjson = None

    def _dumps(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

T0 = calendar.timegm((2027, 12, 6, 0, 0, 0))          # Monday 2027-12-06 00:00Z
WEEK = 7 * 86400
T_END = T0 + WEEK
RELEASE = T0 + 2 * 86400 + 16 * 3600                    # Wednesday 2027-12-08 16:00Z (day 3)
DAY = 86400

# --------------------------------------------------------------------------- models
OLD_MODELS = ["halyard-swift-3", "halyard-core-3", "halyard-core-3-mini", "halyard-reason-2"]
NEW_MODEL = "halyard-keel-4"
LEGACY_MODEL = "halyard-instruct-2"
REASONING_MODELS = {"halyard-reason-2", NEW_MODEL}


def iso_ms(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + ".%03dZ" % (ms % 1000)


def iso(t):
    return iso_ms(int(t * 1000))


def iso_s(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(t)))


def date_ts(y, m, d, h=0, mi=0):
    return calendar.timegm((y, m, d, h, mi, 0))


def hexid(rng, n):
    return format(rng.getrandbits(4 * n), "0%dx" % n)


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def alnum(rng, n):
    return "".join(rng.choice(_ALNUM) for _ in range(n))


# --------------------------------------------------------------------------- time profiles
_PROFILES = {
    # local-hour weights (0..23) and day-of-week factors (Mon..Sun)
    "work": ([.05, .03, .02, .02, .03, .06, .15, .4, .8, 1, 1, .95, .8, .95, 1, 1, .9, .7, .45, .3,
              .22, .18, .12, .08], [1, 1.05, 1.05, 1, .9, .22, .18]),
    "dev": ([.12, .08, .05, .03, .03, .05, .12, .3, .65, .9, 1, .95, .8, .9, 1, 1, .9, .75, .6, .6,
             .65, .6, .45, .25], [1, 1, 1, 1, .9, .45, .5]),
    "consumer": ([.25, .15, .08, .05, .04, .06, .15, .3, .45, .5, .55, .6, .7, .65, .6, .6, .65, .75,
                  .9, 1, 1, .95, .75, .45], [.9, .9, .95, .95, 1, 1.15, 1.1]),
    "student": ([.2, .12, .05, .02, .02, .03, .06, .15, .3, .45, .55, .6, .6, .7, .8, .85, .9, .9,
                 .9, 1, 1, .9, .7, .4], [1, 1, 1.05, 1, .7, .5, .95]),
    "bot": ([.8, .78, .75, .75, .76, .8, .85, .9, .95, 1, 1, 1, 1, 1, 1, 1, 1, .98, .95, .92, .9, .88,
             .85, .82], [1, 1, 1, 1, 1, .85, .85]),
    "batch": ([1, 1, .95, .9, .7, .4, .15, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .12,
               .2, .45, .8], [1, 1, 1, 1, 1, .6, .6]),
    "flat": ([1] * 24, [1] * 7),
}
_HW_CACHE = {}


def hour_weights(profile, tz):
    """Weights for the 168 UTC hours of the week for a local-time profile at UTC offset tz."""
    key = (profile, tz)
    w = _HW_CACHE.get(key)
    if w is None:
        hw, dw = _PROFILES[profile]
        w = []
        for h in range(168):
            local = h + tz
            lh = int(local) % 24
            ld = int(local // 24) % 7
            w.append(hw[lh] * dw[ld])
        _HW_CACHE[key] = w
    return w


def sample_times(rng, n, profile, tz, lo=T0, hi=T_END, boost=None):
    """n sorted timestamps following a diurnal/weekly profile within [lo, hi)."""
    if n <= 0:
        return []
    w = list(hour_weights(profile, tz))
    lo_h = max(0, int((lo - T0) // 3600))
    hi_h = min(168, int((hi - T0 - 1) // 3600) + 1)
    for h in range(168):
        if h < lo_h or h >= hi_h:
            w[h] = 0.0
        elif boost is not None:
            w[h] *= boost(T0 + h * 3600)
    if sum(w) <= 0:
        w = [1.0 if lo_h <= h < hi_h else 0.0 for h in range(168)]
    hours = rng.choices(range(168), weights=w, k=n)
    out = []
    for h in hours:
        a = max(lo, T0 + h * 3600)
        b = min(hi, T0 + h * 3600 + 3600)
        out.append(a + rng.random() * (b - a) if b > a else a)
    out.sort()
    return out


def session_times(rng, n, profile, tz, per_session=5.0, gap=(15, 240), lo=T0, hi=T_END, boost=None):
    """Human-like sessions: returns list of (t, session_no) sorted, n items total."""
    if n <= 0:
        return []
    sizes = []
    left = n
    while left > 0:
        k = max(1, min(left, int(rng.expovariate(1.0 / per_session)) + 1))
        sizes.append(k)
        left -= k
    starts = sample_times(rng, len(sizes), profile, tz, lo, hi, boost)
    out = []
    for si, (st, k) in enumerate(zip(starts, sizes)):
        t = st
        for _ in range(k):
            out.append((t, si))
            t += rng.uniform(*gap)
    out.sort()
    return out


def release_boost(after=1.8, decay_h=60.0):
    def f(t):
        if t < RELEASE:
            return 1.0
        dh = (t - RELEASE) / 3600.0
        return 1.0 + (after - 1.0) * max(0.25, 1.0 - dh / decay_h)
    return f


def pick_model(rng, t, mix_before, mix_after=None, adopt_h=8.0):
    """mix_* are lists of (model, weight).  After release, mix_after (which may include the
    new model) phases in over adopt_h hours."""
    if t >= RELEASE and mix_after:
        ramp = min(1.0, (t - RELEASE) / 3600.0 / adopt_h) if adopt_h > 0 else 1.0
        if rng.random() < ramp:
            mix = mix_after
        else:
            mix = mix_before
    else:
        mix = mix_before
    r = rng.random() * sum(w for _, w in mix)
    for m, w in mix:
        r -= w
        if r <= 0:
            return m
    return mix[-1][0]


# --------------------------------------------------------------------------- networks
_RES_PREFIX = {
    "US": ["73", "24", "98", "67", "71", "76", "99", "108", "174", "47", "68", "69", "75", "96", "104"],
    "CA": ["70", "142", "174", "184", "24", "99"],
    "MX": ["187", "189", "201", "177", "200"],
    "BR": ["177", "179", "186", "187", "189", "191", "200", "201"],
    "AR": ["181", "186", "190", "152"],
    "CO": ["181", "186", "190", "191"],
    "ES": ["79", "83", "88", "90", "84", "95"],
    "IN": ["49", "103", "106", "117", "122", "157", "27", "59"],
    "CN": ["36", "58", "59", "60", "61", "101", "111", "112", "113", "114", "115", "116", "119",
           "120", "121", "123", "124", "125", "180", "182", "183", "218", "219", "220", "221", "222"],
    "RU": ["5", "31", "37", "46", "77", "78", "79", "85", "87", "89", "91", "93", "94", "95", "109",
           "176", "178", "188", "212", "213"],
    "DE": ["79", "84", "87", "91", "93", "217"],
    "GB": ["81", "86", "82", "90", "92"],
    "SG": ["116", "118", "119", "175"],
}
_V6_RES = {"US": ["2601", "2600:1700", "2603:3005", "2603:8000"], "IN": ["2409:40c1", "2401:4900"],
           "BR": ["2804:14c", "2804:d41"], "DE": ["2003:e5"], "GB": ["2a00:23c8"], "ES": ["2a0c:5a80"]}


def _v4(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def _v6(rng, prefix):
    groups = prefix.split(":")
    while len(groups) < 4:
        groups.append(format(rng.getrandbits(16), "x"))
    return ":".join(groups) + ":" + ":".join(format(rng.getrandbits(16), "x") for _ in range(4))


class Net:
    """Address pools. Shared pools (CGNAT, cloud, VPN, campus, corporate egress) make
    unrelated users share addresses, as they do in real edge logs."""

    def __init__(self, rng):
        self.rng = rng
        r = rng
        self.cgnat = {
            "jio": [_v4(r, "49.36." + str(r.randint(0, 255))) for _ in range(140)] +
                   [_v4(r, "157.4" + str(r.randint(0, 9)) + "." + str(r.randint(0, 255))) for _ in range(100)],
            "airtel": [_v4(r, "106.2" + str(r.randint(0, 1)) + "." + str(r.randint(0, 255))) for _ in range(160)],
            "claro_br": [_v4(r, "177.9" + str(r.randint(0, 9))) for _ in range(150)],
            "vivo_br": [_v4(r, "187.1" + str(r.randint(10, 99))) for _ in range(120)],
            "telcel_mx": [_v4(r, "189.2" + str(r.randint(10, 55))) for _ in range(110)],
            "tmobile_us": [_v4(r, "172.5" + str(r.randint(6, 9))) for _ in range(200)],
            "verizon_us": [_v4(r, "174.2" + str(r.randint(0, 55))) for _ in range(160)],
            "mts_ru": [_v4(r, "85.140." + str(r.randint(0, 255))) for _ in range(90)],
            "cmcc_cn": [_v4(r, "112." + str(r.randint(0, 63))) for _ in range(120)],
            "movistar_es": [_v4(r, "88.2" + str(r.randint(0, 9))) for _ in range(70)],
        }
        self.cloud = {
            "aws_use1": [_v4(r, r.choice(["3.2", "3.8", "34.2", "44.19", "52.2", "54.8", "18.2"]) + str(r.randint(0, 9)))
                         for _ in range(2600)],
            "aws_usw2": [_v4(r, r.choice(["35.8", "44.2", "52.3", "54.1"]) + str(r.randint(0, 9))) for _ in range(1200)],
            "gcp_us": [_v4(r, r.choice(["34.1", "35.1", "35.2", "104.1"]) + str(r.randint(0, 9))) for _ in range(1500)],
            "azure_eus": [_v4(r, r.choice(["20.1", "40.7", "52.1", "13.6"]) + str(r.randint(0, 9))) for _ in range(1200)],
            "gh_runners": [_v4(r, r.choice(["20.2", "4.15", "172.20"]) + str(r.randint(0, 9))) for _ in range(900)],
            "hetzner": [_v4(r, r.choice(["65.108", "95.216", "116.202", "135.181", "168.119"])) for _ in range(500)],
            "ovh": [_v4(r, r.choice(["51.38", "51.68", "54.36", "147.135"])) for _ in range(400)],
            "do": [_v4(r, r.choice(["138.197", "159.89", "167.99", "206.189"])) for _ in range(400)],
            "ali_sg": [_v4(r, r.choice(["47.74", "47.88", "8.219", "8.222"])) for _ in range(300)],
        }
        self.vpn = [_v4(r, r.choice(["185.2", "193.3", "89.18", "146.7", "45.8", "154.4"]) + str(r.randint(0, 9)))
                    for _ in range(420)]
        self._corp = {}
        self._campus = {}

    def home(self, rng, country, v6=0.15):
        if rng.random() < v6 and country in _V6_RES:
            return _v6(rng, rng.choice(_V6_RES[country]))
        return _v4(rng, rng.choice(_RES_PREFIX.get(country, _RES_PREFIX["US"])))

    def mobile(self, rng, carrier):
        if carrier == "tmobile_us" and rng.random() < 0.4:
            return _v6(rng, "2607:fb90:" + format(rng.getrandbits(12), "x"))
        if carrier == "jio" and rng.random() < 0.35:
            return _v6(rng, "2409:40" + format(rng.getrandbits(8), "02x") + ":" + format(rng.getrandbits(16), "x"))
        return rng.choice(self.cgnat[carrier])

    def corp(self, name, n=3):
        ips = self._corp.get(name)
        if ips is None:
            r = random.Random("corp:" + name)
            base = _v4(r, r.choice(["12", "63", "64", "104", "162", "192", "198", "206", "208", "216"]))
            head = base.rsplit(".", 1)[0]
            ips = [head + "." + str(r.randint(2, 250)) for _ in range(n)]
            self._corp[name] = ips
        return ips

    def campus(self, name, n=10):
        ips = self._campus.get(name)
        if ips is None:
            r = random.Random("campus:" + name)
            head = r.choice(["128", "129", "130", "131", "132", "140", "141", "152", "169"]) + "." + str(r.randint(1, 250))
            ips = [head + "." + str(r.randint(1, 250)) + "." + str(r.randint(2, 250)) for _ in range(n)]
            self._campus[name] = ips
        return ips


COUNTRY_CARRIERS = {"US": ["tmobile_us", "verizon_us"], "IN": ["jio", "airtel"], "BR": ["claro_br", "vivo_br"],
                    "MX": ["telcel_mx"], "RU": ["mts_ru"], "CN": ["cmcc_cn"], "ES": ["movistar_es"]}
COUNTRY_TZ = {"US": [-5, -5, -6, -8, -7], "CA": [-5, -8], "MX": [-6], "BR": [-3], "AR": [-3], "CO": [-5],
              "ES": [1], "IN": [5.5], "CN": [8], "RU": [3, 3, 5, 7], "DE": [1], "GB": [0], "SG": [8]}
LANG_COUNTRY = {"en": ["US", "US", "US", "CA", "GB"], "es": ["MX", "ES", "AR", "CO", "US"], "pt": ["BR"],
                "hi": ["IN"], "zh": ["CN", "SG"], "ru": ["RU"]}

# --------------------------------------------------------------------------- user agents
PY_VER = ["3.10.14", "3.11.9", "3.12.4", "3.12.7", "3.13.1"]


def ua_openai_py(rng):
    return "OpenAI/Python 1.%d.%d" % (rng.choice([54, 58, 61, 66, 75, 82, 93, 99]), rng.randint(0, 3))


def ua_openai_js(rng):
    return "OpenAI/JS 4.%d.%d" % (rng.choice([67, 73, 77, 85, 91]), rng.randint(0, 4))


def ua_halyard_py(rng):
    return "halyard-python/%s (CPython %s; %s)" % (rng.choice(["2.8.1", "2.9.0", "3.0.2", "3.1.0"]),
                                                   rng.choice(PY_VER), rng.choice(["Linux x86_64", "Darwin arm64", "Windows AMD64", "Linux aarch64"]))


def ua_halyard_node(rng):
    return "halyard-node/%s (node %s; linux)" % (rng.choice(["1.14.0", "1.15.2", "1.16.0"]), rng.choice(["20.18.1", "22.11.0", "22.12.0"]))


def ua_misc_http(rng):
    return rng.choice(["python-requests/2.32.3", "python-requests/2.31.0", "python-httpx/0.27.2", "python-httpx/0.28.1",
                       "axios/1.7.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "curl/8.5.0",
                       "curl/8.7.1", "Go-http-client/2.0", "okhttp/4.12.0", "aiohttp/3.10.11", "Java-http-client/21.0.5"])


def ua_sdk(rng):
    r = rng.random()
    if r < 0.42:
        return ua_openai_py(rng)
    if r < 0.55:
        return ua_openai_js(rng)
    if r < 0.75:
        return ua_halyard_py(rng)
    if r < 0.83:
        return ua_halyard_node(rng)
    return ua_misc_http(rng)


def ua_browser(rng):
    c = rng.choice(["130.0.0.0", "131.0.0.0", "131.0.0.0", "132.0.0.0"])
    return rng.choice([
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % c,
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % c,
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % c,
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/131.0.0.0" % c,
    ])


def ua_app(rng, platform=None):
    v = rng.choice(["6.3.0", "6.4.1", "6.4.2", "6.5.0"])
    p = platform or rng.choice(["ios", "ios", "android", "android", "web"])
    if p == "ios":
        return "HalyardChat/%s (iPhone%d,%d; iOS %s) CFNetwork/1568.200.51 Darwin/24.1.0" % (
            v, rng.choice([14, 15, 16, 17]), rng.randint(2, 5), rng.choice(["17.6.1", "18.1", "18.1.1", "18.2"]))
    if p == "android":
        return "HalyardChat/%s (Android %d; %s) okhttp/4.12.0" % (v, rng.choice([12, 13, 14, 15]), rng.choice(
            ["SM-S918B", "Pixel 8", "Pixel 7a", "moto g84 5G", "Redmi Note 13", "CPH2581", "SM-A546E", "2201116PG"]))
    return ua_browser(rng)


# --------------------------------------------------------------------------- tokens
def ntok(s):
    if not s:
        return 0
    c = len(s)
    b = len(s.encode("utf-8"))
    return max(1, int(c / 4.0 + (b - c) / 2.6))


def msgs_tokens(msgs):
    n = 3
    for m in msgs:
        c = m.get("content")
        if isinstance(c, str):
            n += ntok(c) + 4
        elif isinstance(c, list):
            for p in c:
                n += ntok(p.get("text", "")) + (765 if p.get("type") == "image_url" else 4)
        tc = m.get("tool_calls")
        if tc:
            n += sum(ntok(x["function"]["arguments"]) + 8 for x in tc)
    return n


# --------------------------------------------------------------------------- the writer
class World:
    def __init__(self, seed, out_dir):
        self.seed = seed
        self.out_dir = out_dir
        self.net = Net(random.Random("%d:net" % seed))
        self.err_rng = random.Random("%d:errors" % seed)
        self.labels = {}
        self.end_users = {}
        self.accounts = {}
        self.pop_stats = {}
        self.handles = {}
        self.n = 0
        os.makedirs(out_dir, exist_ok=True)
        self.tmp = tempfile.mkdtemp(prefix=".gen_n_tmp_", dir=out_dir)
        self.buckets = [open(os.path.join(self.tmp, "h%03d" % h), "wb") for h in range(168)]
        self._tool_tok = {}

    def rng(self, name):
        return random.Random("%d:%s" % (self.seed, name))

    # ---- identities
    def account(self, rng, label, created, card=None, org=None, ua=None, tz=-5.0, country="US", lang="en",
                n_keys=1, ips=None, group=None):
        aid = "acct_" + hexid(rng, 14)
        acct = {"id": aid, "org": org or ("org_" + alnum(rng, 20)), "created": created, "card": card,
                "keys": ["key_" + hexid(rng, 12) for _ in range(max(1, n_keys))], "ua": ua or ua_sdk(rng),
                "tz": tz, "country": country, "lang": lang, "ips": ips or [], "group": group}
        self.accounts[aid] = acct
        self.labels[aid] = dict(label)
        return acct

    def card(self, rng):
        return "pm_" + hexid(rng, 16)

    def end_user_label(self, uid, account_ids, label):
        d = dict(label)
        d["account_ids"] = sorted(set(account_ids))
        self.end_users[uid] = d

    def tool_tokens(self, tools):
        k = id(tools)
        v = self._tool_tok.get(k)
        if v is None:
            v = ntok(json.dumps(tools)) + 10
            self._tool_tok[k] = (v, tools)
            return v
        return v[0]

    # ---- exchanges
    def emit(self, acct, t, msgs=None, prompt=None, model="halyard-core-3", params=None, response="",
             reasoning=None, status=200, end_user=None, conv=None, ip=None, ua=None, key=None,
             tool_calls=None, finish=None, rtok=None, extra=None, err_rate=0.004, retry=True):
        if t < acct["created"]:
            t = acct["created"] + 30.0
        if t >= T_END or t < T0:
            return None
        ms = int(t * 1000)
        er = self.err_rng
        if status == 200 and er.random() < err_rate:
            status = er.choice([429, 429, 429, 500, 503, 400, 408])
        if status == 200 and model == NEW_MODEL and RELEASE <= t < RELEASE + 5 * 3600 and er.random() < 0.05:
            status = 503
        params = params or {}
        rec = {"id": "req_" + hexid(er, 24), "ts": iso_ms(ms), "account_id": acct["id"], "org_id": acct["org"],
               "api_key_id": key or acct["keys"][0]}
        if end_user is not None:
            rec["end_user"] = end_user
        rec["ip"] = ip or (acct["ips"][0] if acct["ips"] else "0.0.0.0")
        rec["user_agent"] = ua or acct["ua"]
        if acct["card"]:
            rec["payment_fingerprint"] = acct["card"]
        rec["account_created"] = iso_s(acct["created"])
        rec["model"] = model
        rec["params"] = params
        if msgs is not None:
            rec["messages"] = msgs
            itok = msgs_tokens(msgs)
        else:
            rec["prompt"] = prompt
            itok = ntok(prompt) + 1
        tools = params.get("tools")
        if tools:
            itok += self.tool_tokens(tools)
        if status == 200:
            if tool_calls:
                rec["response"] = response or ""
                rec["tool_calls"] = tool_calls
                otok = ntok(response) + sum(ntok(x["function"]["arguments"]) + 8 for x in tool_calls)
            else:
                rec["response"] = response
                otok = ntok(response)
            mt = params.get("max_tokens") or params.get("max_completion_tokens")
            if mt and otok > mt:
                otok = mt
                finish = "length"
            rt = 0
            if model in REASONING_MODELS:
                if reasoning:
                    rec["reasoning"] = reasoning
                rt = rtok if rtok is not None else int(ntok(reasoning or "") * (3 + er.random() * 9)) + 40
            rec["usage"] = {"input_tokens": itok, "output_tokens": otok + rt, "reasoning_tokens": rt}
            rec["status"] = 200
            rec["finish_reason"] = finish or ("tool_calls" if tool_calls else "stop")
        else:
            rec["usage"] = {"input_tokens": 0 if status in (429, 401) else itok, "output_tokens": 0, "reasoning_tokens": 0}
            rec["status"] = status
            rec["error"] = {429: {"type": "rate_limit_exceeded", "message": "Rate limit reached for requests"},
                            500: {"type": "server_error", "message": "The server had an error processing your request."},
                            503: {"type": "overloaded", "message": "The model is currently overloaded. Please retry."},
                            400: {"type": "invalid_request_error", "message": "This model's maximum context length was exceeded."},
                            408: {"type": "timeout", "message": "Request timed out."},
                            401: {"type": "invalid_api_key", "message": "Incorrect API key provided."}}.get(
                status, {"type": "error", "message": "error"})
        rec["conversation_id"] = conv or ("conv_" + hexid(er, 16))
        if extra:
            rec.update(extra)
        line = ("%d\t" % ms).encode() + _dumps(rec) + b"\n"
        h = (ms // 1000 - T0) // 3600
        self.buckets[h].write(line)
        self.n += 1
        lab = self.labels[acct["id"]]
        k = lab.get("population") or lab.get("campaign_id")
        self.pop_stats[k] = self.pop_stats.get(k, 0) + 1
        if status in (429, 503, 500, 408) and retry and er.random() < 0.85:
            return self.emit(acct, t + er.uniform(1.5, 40.0), msgs, prompt, model, params, response, reasoning,
                             200, end_user, rec["conversation_id"], ip, ua, key, tool_calls, finish, rtok, extra,
                             0.0, False)
        return rec["id"]

    def finish(self, seed):
        for f in self.buckets:
            f.close()
        path = os.path.join(self.out_dir, "traffic.jsonl.gz")
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=4) as gz:
                for h in range(168):
                    p = os.path.join(self.tmp, "h%03d" % h)
                    with open(p, "rb") as f:
                        lines = f.read().split(b"\n")
                    lines.pop()
                    lines.sort()
                    buf = [ln[ln.index(b"\t") + 1:] for ln in lines]
                    if buf:
                        gz.write(b"\n".join(buf) + b"\n")
                    os.remove(p)
        shutil.rmtree(self.tmp, ignore_errors=True)
        labels = {"version": 1, "accounts": {k: self.labels[k] for k in sorted(self.labels)},
                  "end_users": {k: self.end_users[k] for k in sorted(self.end_users)}}
        with open(os.path.join(self.out_dir, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")
