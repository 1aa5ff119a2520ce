"""The simulated world: time, models, geography, clients, identities, and the exchange sink.

Provider: "Boreal & Tui AI", serving Canada and Australia / New Zealand.
Week: 2028-05-01 (Monday) 00:00Z to 2028-05-08 00:00Z.
New reasoning model `boreal-r2` released on day 3 (2028-05-03 15:00Z = 11:00 Toronto,
01:00 Sydney on the 4th, 03:00 Auckland on the 4th).
"""
import calendar
import datetime as _dt
import hashlib
import random

try:  # optional speed-up
    import orjson as _orjson

    def dumps(obj):
        return _orjson.dumps(obj)
except Exception:  # pragma: no cover - stdlib fallback
    import json as _json

    def dumps(obj):
        return _json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

W0 = calendar.timegm((2028, 5, 1, 0, 0, 0))
W1 = W0 + 7 * 86400
DAY = 86400
RELEASE = W0 + 2 * DAY + 15 * 3600  # boreal-r2 goes live

MODELS_CHAT = ("boreal-4", "boreal-4-mini")
M_CHAT, M_MINI, M_R1, M_R2 = "boreal-4", "boreal-4-mini", "boreal-r1", "boreal-r2"
REASONING_MODELS = (M_R1, M_R2)


def sub_rng(seed, name):
    h = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def fmt_ts(t):
    """RFC 3339 UTC for a time inside the week (fast path)."""
    if t < W0:
        t = W0
    elif t >= W1:
        t = W1 - 0.001
    s = t - W0
    d = int(s // 86400)
    r = s - d * 86400
    h = int(r // 3600)
    r -= h * 3600
    m = int(r // 60)
    r -= m * 60
    sec = int(r)
    ms = int((r - sec) * 1000)
    return f"2028-05-{d + 1:02d}T{h:02d}:{m:02d}:{sec:02d}.{ms:03d}Z"


def fmt_any(t):
    return _dt.datetime.fromtimestamp(int(t), _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(y, mo, d, h=0, mi=0):
    return calendar.timegm((y, mo, d, h, mi, 0))


# ---------------------------------------------------------------- timing profiles (local hour weights)
HUMAN = [1.2, 0.7, 0.4, 0.3, 0.25, 0.3, 0.7, 1.4, 2.2, 2.8, 3.0, 3.1, 3.2, 3.2, 3.2, 3.3, 3.4, 3.6, 3.9, 4.3, 4.6, 4.4, 3.4, 2.2]
STUDENT = [2.6, 1.8, 1.0, 0.5, 0.2, 0.2, 0.3, 0.6, 1.2, 2.0, 2.4, 2.5, 2.4, 2.6, 2.8, 3.0, 3.2, 3.4, 3.6, 4.0, 4.6, 5.0, 4.8, 3.8]
OFFICE = [0.05, 0.03, 0.03, 0.03, 0.05, 0.1, 0.4, 1.2, 3.5, 5.0, 5.2, 4.8, 3.6, 4.6, 5.0, 4.8, 4.0, 2.2, 0.9, 0.5, 0.35, 0.25, 0.15, 0.08]
FLAT = [1.0] * 24
SERVICE = [0.6, 0.4, 0.3, 0.25, 0.25, 0.35, 0.8, 1.6, 2.6, 3.0, 3.1, 3.0, 3.0, 3.0, 2.9, 2.9, 2.8, 2.7, 2.6, 2.6, 2.4, 2.0, 1.4, 0.9]
WEEKDAYS = [1, 1, 1, 1, 1, 0.12, 0.08]
ALLDAYS = [1, 1, 1, 1, 1.05, 1.1, 1.1]


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


_CUM_CACHE = {}


def cum(ws):
    k = id(ws)
    c = _CUM_CACHE.get(k)
    if c is None:
        c = _CUM_CACHE[k] = (_cum(ws), list(range(len(ws))))
    return c


def sample_time(rng, tz, prof=HUMAN, days=ALLDAYS, lo=W0, hi=W1):
    """A time in [lo, hi) whose local hour (UTC offset tz) follows `prof` and local day `days`."""
    if hi - lo < 6 * 3600:
        return lo + rng.random() * (hi - lo)
    hc, hidx = cum(prof)
    dc, didx = cum(days)
    for _ in range(40):
        d = rng.choices(didx, cum_weights=dc)[0]
        h = rng.choices(hidx, cum_weights=hc)[0]
        t = W0 + d * DAY + (h - tz) * 3600 + rng.random() * 3600
        if lo <= t < hi:
            return t
    return lo + rng.random() * (hi - lo)


# ---------------------------------------------------------------- geography
# (country, region, UTC offset in May, weight)
CA_ZONES = [("CA", "Toronto", -4, 38), ("CA", "Montreal", -4, 20), ("CA", "Vancouver", -7, 18),
            ("CA", "Calgary", -6, 10), ("CA", "Winnipeg", -5, 5), ("CA", "Halifax", -3, 5), ("CA", "Ottawa", -4, 8)]
AU_ZONES = [("AU", "Sydney", 10, 35), ("AU", "Melbourne", 10, 32), ("AU", "Brisbane", 10, 15),
            ("AU", "Perth", 8, 10), ("AU", "Adelaide", 9.5, 8)]
NZ_ZONES = [("NZ", "Auckland", 12, 55), ("NZ", "Wellington", 12, 25), ("NZ", "Christchurch", 12, 20)]
ALL_ZONES = CA_ZONES + AU_ZONES + NZ_ZONES
COUNTRY_W = {"CA": 0.55, "AU": 0.32, "NZ": 0.13}
ZONES_BY_C = {"CA": CA_ZONES, "AU": AU_ZONES, "NZ": NZ_ZONES}

RESI_V4 = {
    "CA": ["24.114.", "24.50.", "70.48.", "70.52.", "99.230.", "99.241.", "142.112.", "142.126.", "174.88.",
           "174.112.", "184.144.", "184.146.", "207.216.", "96.49.", "50.92.", "69.158.", "64.231.", "76.66."],
    "AU": ["1.144.", "1.145.", "101.160.", "101.184.", "110.174.", "120.21.", "124.168.", "58.96.", "58.108.",
           "203.206.", "49.195.", "60.241.", "122.199.", "144.132."],
    "NZ": ["121.98.", "121.99.", "122.56.", "125.236.", "202.36.", "203.109.", "118.92.", "222.152.", "49.224."],
}
RESI_V6 = {"CA": ["2607:fea8:", "2001:56a:", "2607:f2c0:"], "AU": ["2001:8003:", "2403:5800:", "2001:44b8:"],
           "NZ": ["2404:4404:", "2406:e001:", "2407:7000:"]}
CLOUD_V4 = {"CA": ["3.96.", "3.97.", "15.222.", "35.182.", "35.203.", "52.60.", "99.79.", "20.151.", "20.220."],
            "AU": ["3.24.", "3.104.", "13.54.", "13.210.", "52.62.", "54.66.", "34.116.", "20.92.", "20.211."],
            "NZ": ["3.24.", "13.54.", "52.62.", "20.227."],
            "US": ["34.66.", "35.188.", "44.192.", "52.14.", "54.86.", "104.196.", "20.42."]}
VPS_V4 = ["45.132.", "45.137.", "185.220.", "185.107.", "91.243.", "103.152.", "194.87.", "5.181.", "146.70.",
          "154.16.", "38.180.", "89.185.", "193.42.", "37.19.", "149.88."]
MOBILE_V4 = {"CA": ["172.97.", "207.228.", "24.212."], "AU": ["1.136.", "1.152.", "49.176."], "NZ": ["27.252.", "49.50."]}


def ip4(rng, prefix):
    return f"{prefix}{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ip6(rng, prefix):
    return f"{prefix}{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(12):x}"


def resi_ip(rng, country, v6=0.18):
    if rng.random() < v6:
        return ip6(rng, rng.choice(RESI_V6[country]))
    if rng.random() < 0.12:
        return ip4(rng, rng.choice(MOBILE_V4[country]))
    return ip4(rng, rng.choice(RESI_V4[country]))


def cloud_ip(rng, country):
    return ip4(rng, rng.choice(CLOUD_V4[country]))


def pick_zone(rng, country=None):
    if country is None:
        r = rng.random()
        country = "CA" if r < COUNTRY_W["CA"] else ("AU" if r < COUNTRY_W["CA"] + COUNTRY_W["AU"] else "NZ")
    zs = ZONES_BY_C[country]
    z = rng.choices(zs, weights=[w for *_, w in zs])[0]
    return z[0], z[1], z[2]


# ---------------------------------------------------------------- client user agents
SDK_UAS = ["OpenAI/Python 2.14.1", "OpenAI/Python 2.14.1", "OpenAI/Python 2.13.0", "OpenAI/Python 2.11.4",
           "AsyncOpenAI/Python 2.14.1", "OpenAI/Python 2.9.2", "openai-node/6.4.0", "openai-node/6.3.1",
           "openai-node/6.4.0", "openai-go/1.12.0", "openai-java/3.2.0", "openai-dotnet/2.6.0"]
TOOL_UAS = ["curl/8.12.1", "python-requests/2.33.1", "python-httpx/0.29.0", "Go-http-client/2.0",
            "okhttp/5.1.0", "axios/1.9.2", "PostmanRuntime/7.44.1"]
FRAMEWORK_UAS = ["langchain-openai/0.9.4 OpenAI/Python 2.13.0", "litellm/1.86.2", "llama-index/0.14.2 OpenAI/Python 2.14.1",
                 "ai-sdk/openai 3.1.0", "semantic-kernel/1.44 openai-dotnet/2.6.0", "haystack-ai/2.18.0 OpenAI/Python 2.11.4"]
DESKTOP_UAS = ["ChatBox/1.14.2 (Windows NT 10.0; Win64; x64)", "ChatBox/1.14.2 (Macintosh; Intel Mac OS X 14_6)",
               "LibreChat/0.8.3", "OpenWebUI/0.7.1", "TypingMind/2028.4", "Msty/1.9.0 (darwin)",
               "BoltAI/2.3.1 (macOS 15.4)", "Jan/0.7.2 (linux)",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.2 Safari/605.1.15",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 19_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
               "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0"]
IDE_UAS = ["Continue/1.6.2 (vscode 1.109.0)", "Cline/3.41.0 (vscode)", "Aider/0.98.1", "Zed/0.212.3",
           "roo-code/4.2.0", "OpenHands/1.4.0", "goose/1.19.0", "opencode/0.24.1", "JetBrains-AI-Assistant/2028.1"]


def hexid(rng, n=16):
    return f"{rng.getrandbits(n * 4):0{n}x}"


# ---------------------------------------------------------------- accounts
class Account:
    __slots__ = ("id", "org", "pm", "created", "tz", "country", "city", "ips", "ua", "keys", "label", "lang", "n")

    def __init__(self, rng, label, *, org=None, pm=None, created=None, country=None, tz=None, city=None,
                 ips=None, ua=None, nkeys=1, lang="en", prefix="acct_"):
        self.id = prefix + hexid(rng, 14)
        self.org = org or ("org-" + hexid(rng, 20))
        self.pm = pm or ("pm_" + hexid(rng, 16))
        if country is None or tz is None:
            c, ci, z = pick_zone(rng, country)
            country = country or c
            tz = z if tz is None else tz
            city = city or ci
        self.country, self.tz, self.city = country, tz, city
        self.created = created if created is not None else epoch(2024, 1, 1) + rng.random() * (W0 - 30 * DAY - epoch(2024, 1, 1))
        self.ips = ips if ips is not None else [resi_ip(rng, country)]
        self.ua = ua or rng.choice(SDK_UAS)
        self.keys = ["key_" + hexid(rng, 12) for _ in range(nkeys)]
        self.label = label
        self.lang = lang
        self.n = 0


class Sink:
    """Collects exchanges as (time, json bytes) and per-account bookkeeping."""

    def __init__(self, seed):
        self.rows = []
        self.accounts = {}
        self.end_users = {}  # end_user -> label dict (campaign end users only) ; accounts added as seen
        self.eu_accounts = {}  # end_user -> set(account ids) for labelled end users
        self.rng = sub_rng(seed, "sink")
        self.populations = {}
        self.campaigns = {}

    def add(self, acct):
        self.accounts[acct.id] = acct
        return acct

    def label_end_user(self, eu, lab):
        self.end_users[eu] = lab
        self.eu_accounts.setdefault(eu, set())

    def emit(self, acct, t, messages=None, model=M_CHAT, params=None, response="", reasoning=None,
             end_user=None, conv=None, ip=None, status=200, ua=None, prompt=None, key=None):
        rng = self.rng
        if t < acct.created:
            t = acct.created + 30 + rng.random() * 600
        if t >= W1:
            t = W1 - 1 - rng.random() * 600
        rec = {"id": "chatcmpl-" + f"{rng.getrandbits(96):024x}", "ts": fmt_ts(t), "account_id": acct.id,
               "org_id": acct.org, "api_key_id": key or (acct.keys[0] if len(acct.keys) == 1 else rng.choice(acct.keys))}
        if end_user is not None:
            rec["end_user"] = end_user
            if end_user in self.eu_accounts:
                self.eu_accounts[end_user].add(acct.id)
        rec["ip"] = ip or (acct.ips[0] if len(acct.ips) == 1 else rng.choice(acct.ips))
        rec["user_agent"] = ua or acct.ua
        rec["payment_fingerprint"] = acct.pm
        rec["account_created"] = fmt_any(acct.created)
        rec["model"] = model
        p = {} if params is None else params
        rec["params"] = p
        if prompt is not None:
            rec["prompt"] = prompt
            nin = len(prompt) // 4 + 3
        else:
            rec["messages"] = messages
            nin = 3
            for m in messages:
                c = m.get("content")
                if isinstance(c, str):
                    nin += len(c) // 4 + 4
                elif c:
                    for part in c:
                        nin += len(part.get("text", "")) // 4 + 4
            tl = p.get("tools")
            if tl:
                nin += 60 * len(tl)
        if status != 200:
            rec["response"] = ""
            rec["usage"] = {"input_tokens": nin, "output_tokens": 0, "reasoning_tokens": 0}
        else:
            rec["response"] = response
            nout = len(response) // 4 + 1
            rt = 0
            if model in REASONING_MODELS:
                rec["reasoning"] = reasoning or ""
                eff = p.get("reasoning_effort", "medium")
                base = {"low": 180, "medium": 700, "high": 2400, "xhigh": 5200}.get(eff, 700)
                rt = len(rec["reasoning"]) // 4 + int(base * (0.5 + rng.random()))
                nout = max(1, int(nout * rng.uniform(0.9, 1.1)))
            rec["usage"] = {"input_tokens": nin, "output_tokens": nout, "reasoning_tokens": rt}
        rec["status"] = status
        # the provider assigns every exchange to a conversation (a single-turn request opens its own)
        rec["conversation_id"] = conv if conv is not None else "conv_" + f"{rng.getrandbits(64):016x}"
        self.rows.append((t, dumps(rec)))
        acct.n += 1
        return t
