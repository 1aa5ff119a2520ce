"""World infrastructure: calendar, diurnal clocks, networks/IPs, user agents, identities, the sink."""
import bisect
import gzip
import json
import math
import random

try:  # optional fast JSON
    import orjson as _oj

    def dumps(o):
        return _oj.dumps(o)
except Exception:  # pragma: no cover
    _oj = None

    def dumps(o):
        return json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

T0 = 1822608000            # 2027-10-04T00:00:00Z, a Monday
DAYS = 7
T_END = T0 + DAYS * 86400
RELEASE = T0 + 86400 + 9 * 3600   # sm-sahel-r1 released Tue 2027-10-05 09:00Z

M_FLAG = "sm-atlas-2"
M_MINI = "sm-atlas-2-mini"
M_THINK = "sm-atlas-2-think"       # older reasoning model
M_NEW = "sm-sahel-r1"              # new reasoning model (day 2)
M_TRANS = "sm-atlas-2-translate"
REASONING_MODELS = (M_THINK, M_NEW)

_DAYSTR = ["2027-10-%02d" % (4 + i) for i in range(DAYS + 3)]


def ts_str(t):
    ms = int((t - T0) * 1000)
    d, r = divmod(ms, 86400000)
    if 0 <= d < len(_DAYSTR):
        h, r = divmod(r, 3600000)
        m, r = divmod(r, 60000)
        sec, r = divmod(r, 1000)
        return "%sT%02d:%02d:%02d.%03dZ" % (_DAYSTR[d], h, m, sec, r)
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def date_str(t):
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------
# Diurnal clocks
PROFILES = {
    "consumer": [3, 2, 1.2, .7, .5, .6, 1.2, 2.5, 4, 5, 6, 6, 7, 6.5, 6, 6, 6.5, 7, 8, 9, 10, 10, 8, 5],
    "student": [6, 4, 2, 1, .6, .5, .8, 2, 3, 4, 5, 6, 6, 6, 7, 8, 8, 8, 8, 9, 10, 11, 10, 8],
    "office": [.3, .2, .1, .1, .1, .2, .6, 2, 6, 9, 10, 10, 7, 8, 10, 10, 9, 6, 3, 1.5, 1, .8, .5, .4],
    "flat": [1] * 24,
    "night": [9, 10, 10, 10, 9, 8, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8],
    "evening": [4, 2, 1, .5, .3, .3, .5, 1, 2, 3, 3, 3, 4, 4, 4, 4, 5, 6, 8, 10, 11, 11, 9, 6],
}
WEEK = {  # multipliers Mon..Sun
    "consumer": [1, 1, 1, 1, 1, .9, .85], "student": [1, 1, 1, 1, .9, .7, .9], "office": [1, 1, 1, 1, .9, .12, .08],
    "flat": [1] * 7, "night": [1] * 7, "evening": [1, 1, 1, 1, 1, .9, .9],
}
_CLOCKS = {}


class Clock:
    """Samples UTC timestamps inside the week from a local-time activity profile."""

    def __init__(self, tz, profile, t_from=T0, t_to=T_END):
        self.tz, self.t_from, self.t_to = tz, t_from, t_to
        w = PROFILES[profile]; wk = WEEK[profile]
        self.hours = []; cum = []; c = 0.0
        h0 = int((t_from - T0) // 3600); h1 = int(math.ceil((t_to - T0) / 3600))
        for h in range(h0, h1):
            lh = h + tz
            c += w[lh % 24] * wk[(lh // 24) % 7]
            self.hours.append(h); cum.append(c)
        self.cum, self.tot = cum, c

    def sample(self, rng):
        for _ in range(20):
            i = bisect.bisect_left(self.cum, rng.random() * self.tot)
            t = T0 + self.hours[min(i, len(self.hours) - 1)] * 3600 + rng.random() * 3600
            if self.t_from <= t < self.t_to:
                return t
        return self.t_from + rng.random() * (self.t_to - self.t_from)


def clock(tz, profile, t_from=T0, t_to=T_END):
    k = (tz, profile, int(t_from), int(t_to))
    c = _CLOCKS.get(k)
    if c is None:
        c = _CLOCKS[k] = Clock(tz, profile, t_from, t_to)
    return c


TZ = {"MA": 1, "SN": 0, "ML": 0, "NG": 1, "NE": 1, "ET": 3, "FR": 2, "DZ": 1, "TN": 1, "CI": 0, "EG": 3, "KE": 3, "US": -4}


# ---------------------------------------------------------------------------------------------
# Networks. Address blocks are illustrative of the operators named, not an authoritative map.
def _p(cidr):
    a, n = cidr.split("/")
    o = [int(x) for x in a.split(".")]
    return ((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3], 1 << (32 - int(n)))


def _ip(v):
    return "%d.%d.%d.%d" % ((v >> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255)


NETDEF = {
    # name: (kind, country, [cidr], pool size for CGNAT / shared exits (0 = free draw), ipv6 prefix or None)
    "ma_iam_mobile": ("mobile", "MA", ["105.66.0.0/16", "105.67.0.0/16", "41.141.0.0/16"], 260, None),
    "ma_orange_mobile": ("mobile", "MA", ["196.74.0.0/16", "196.75.0.0/16"], 180, None),
    "ma_inwi_mobile": ("mobile", "MA", ["41.250.0.0/16", "105.157.0.0/16"], 160, None),
    "ma_iam_fixed": ("fixed", "MA", ["41.248.0.0/14", "196.64.0.0/14", "105.128.0.0/12"], 0, None),
    "sn_orange_mobile": ("mobile", "SN", ["41.82.0.0/16", "41.83.0.0/16"], 220, None),
    "sn_free_mobile": ("mobile", "SN", ["154.124.0.0/16", "154.125.0.0/16"], 140, None),
    "sn_sonatel_fixed": ("fixed", "SN", ["41.214.0.0/16", "41.208.128.0/17", "197.149.0.0/16"], 0, None),
    "ng_mtn_mobile": ("mobile", "NG", ["102.89.0.0/16", "197.210.0.0/16"], 300, None),
    "ng_airtel_mobile": ("mobile", "NG", ["105.112.0.0/14"], 220, None),
    "ng_glo_mobile": ("mobile", "NG", ["197.211.0.0/17", "102.90.0.0/16"], 120, None),
    "ng_fixed": ("fixed", "NG", ["102.88.0.0/16", "41.58.0.0/16", "129.205.0.0/16"], 0, None),
    "et_ethiotel_mobile": ("mobile", "ET", ["196.188.0.0/14", "196.190.0.0/16"], 200, None),
    "et_safaricom_mobile": ("mobile", "ET", ["102.218.0.0/16"], 60, None),
    "et_fixed": ("fixed", "ET", ["197.156.64.0/18", "213.55.64.0/18"], 0, None),
    "dz_mobilis": ("mobile", "DZ", ["105.96.0.0/13"], 160, None),
    "dz_djezzy": ("mobile", "DZ", ["105.235.128.0/17", "41.200.0.0/16"], 140, None),
    "dz_at_fixed": ("fixed", "DZ", ["41.96.0.0/12", "197.112.0.0/13"], 0, None),
    "tn_ooredoo": ("mobile", "TN", ["197.1.0.0/16", "197.2.0.0/16"], 100, None),
    "tn_tt_fixed": ("fixed", "TN", ["41.226.0.0/16", "197.0.0.0/16"], 0, None),
    "ml_orange": ("mobile", "ML", ["41.221.0.0/17", "154.118.0.0/16"], 90, None),
    "ne_airtel": ("mobile", "NE", ["41.203.128.0/17"], 50, None),
    "ci_mtn": ("mobile", "CI", ["41.66.0.0/16", "160.154.0.0/16"], 90, None),
    "fr_orange_fixed": ("fixed", "FR", ["90.0.0.0/9", "86.192.0.0/11", "2.0.0.0/12"], 0, "2a01:cb%02x"),
    "fr_free_fixed": ("fixed", "FR", ["82.64.0.0/14", "78.192.0.0/10"], 0, "2a01:e0a:%x"),
    "fr_sfr_fixed": ("fixed", "FR", ["109.0.0.0/11", "77.128.0.0/11"], 0, None),
    "fr_bouygues_mobile": ("mobile", "FR", ["176.128.0.0/10"], 200, "2a02:8440:%x"),
    "fr_orange_mobile": ("mobile", "FR", ["92.184.96.0/19", "90.84.0.0/16"], 200, None),
    # institutions
    "sn_ucad": ("campus", "SN", ["196.1.92.0/22"], 6, None),
    "ma_um5": ("campus", "MA", ["196.200.128.0/20"], 5, None),
    "et_aau": ("campus", "ET", ["196.189.96.0/20"], 4, None),
    "ng_abu": ("campus", "NG", ["196.1.164.0/22"], 4, None),
    "fr_renater": ("campus", "FR", ["193.48.0.0/14", "194.57.0.0/16"], 30, None),
    "corp_casa": ("corp", "MA", ["196.12.200.0/22", "41.137.64.0/20"], 0, None),
    "corp_dakar": ("corp", "SN", ["41.208.160.0/20", "196.207.192.0/20"], 0, None),
    "corp_tunis": ("corp", "TN", ["41.229.0.0/18"], 0, None),
    "corp_paris": ("corp", "FR", ["62.160.0.0/13", "195.101.0.0/16"], 0, None),
    "corp_lagos": ("corp", "NG", ["41.184.0.0/16", "154.113.0.0/16"], 0, None),
    "corp_addis": ("corp", "ET", ["197.156.160.0/19"], 0, None),
    # hosting / cloud
    "aws_paris": ("cloud", "FR", ["13.36.0.0/14", "15.188.0.0/16", "35.180.0.0/16"], 0, None),
    "aws_capetown": ("cloud", "ZA", ["13.244.0.0/15", "13.246.0.0/16"], 0, None),
    "aws_frankfurt": ("cloud", "DE", ["3.120.0.0/14", "18.184.0.0/15"], 0, None),
    "azure_fr": ("cloud", "FR", ["20.19.0.0/16", "20.74.0.0/16"], 0, None),
    "gcp_eu": ("cloud", "FR", ["34.155.0.0/16", "34.163.0.0/16"], 0, None),
    "ovh": ("cloud", "FR", ["51.68.0.0/16", "54.36.0.0/16", "145.239.0.0/16", "141.94.0.0/16"], 0, None),
    "hetzner": ("cloud", "DE", ["88.198.0.0/16", "65.108.0.0/16", "95.216.0.0/16", "135.181.0.0/16"], 0, None),
    "scaleway": ("cloud", "FR", ["51.15.0.0/16", "163.172.0.0/16", "212.47.224.0/19"], 0, None),
    "digitalocean": ("cloud", "NL", ["167.99.0.0/16", "164.90.0.0/16", "134.209.0.0/16", "188.166.0.0/16"], 0, None),
    "africa_dc": ("cloud", "NG", ["102.219.152.0/22", "102.130.112.0/20"], 0, None),
    "contabo": ("cloud", "DE", ["161.97.0.0/16", "173.212.192.0/18", "5.189.128.0/17"], 0, None),
    # commercial VPN exits (shared by many customers)
    "vpn_m247": ("vpn", "FR", ["185.213.154.0/24", "193.138.218.0/24", "146.70.104.0/22", "89.40.181.0/24"], 70, None),
    "vpn_datacamp": ("vpn", "DE", ["89.187.160.0/20", "143.244.40.0/22", "156.146.60.0/22"], 60, None),
    "vpn_mullvad_like": ("vpn", "SE", ["185.65.134.0/24", "193.32.127.0/24", "45.83.220.0/22"], 40, None),
}

MOBILE_BY_CC = {}
FIXED_BY_CC = {}
for _n, _d in NETDEF.items():
    if _d[0] == "mobile":
        MOBILE_BY_CC.setdefault(_d[1], []).append(_n)
    elif _d[0] == "fixed":
        FIXED_BY_CC.setdefault(_d[1], []).append(_n)


class Net:
    __slots__ = ("name", "kind", "cc", "pref", "pool", "v6", "wtot")

    def __init__(self, name, rng):
        kind, cc, cidrs, pool, v6 = NETDEF[name]
        self.name, self.kind, self.cc, self.v6 = name, kind, cc, v6
        self.pref = [_p(c) for c in cidrs]
        self.wtot = sum(s for _, s in self.pref)
        self.pool = [self._draw(rng) for _ in range(pool)] if pool else None

    def _draw(self, rng):
        r = rng.randrange(self.wtot)
        for base, size in self.pref:
            if r < size:
                return _ip(base + 1 + rng.randrange(max(1, size - 2)))
            r -= size
        return _ip(self.pref[0][0] + 1)

    def ip(self, rng):
        """An address as a request from this network would show (pools shared by many users)."""
        if self.pool:
            return self.pool[rng.randrange(len(self.pool))]
        return self._draw(rng)

    def home(self, rng):
        """A stable address for a household / VM / office (v6 where the operator does it)."""
        if self.v6 and rng.random() < 0.35:
            return (self.v6 % rng.randrange(256)) + ":%x:%x::%x:%x" % (rng.randrange(65536), rng.randrange(65536),
                                                                        rng.randrange(65536), rng.randrange(65536))
        if self.pool:
            return self.pool[rng.randrange(len(self.pool))]
        return self._draw(rng)


# ---------------------------------------------------------------------------------------------
# User agents
def sdk_ua(rng):
    r = rng.random()
    if r < 0.46:
        return "OpenAI/Python 1.%d.%d" % (rng.choice([35, 40, 45, 47, 50, 51, 52, 54, 55, 56, 57, 58, 58, 58]), rng.randrange(3))
    if r < 0.56:
        return "AsyncOpenAI/Python 1.%d.%d" % (rng.choice([45, 51, 54, 57, 58]), rng.randrange(3))
    if r < 0.72:
        return "OpenAI/JS 4.%d.%d" % (rng.choice([56, 62, 67, 71, 73, 77, 77]), rng.randrange(4))
    if r < 0.79:
        return "python-httpx/0.%d.%d" % (rng.choice([25, 26, 27, 27, 28]), rng.randrange(3))
    if r < 0.84:
        return "python-requests/2.%d.%d" % (rng.choice([28, 31, 32, 32]), rng.randrange(4))
    if r < 0.88:
        return "axios/1.%d.%d" % (rng.choice([6, 7, 7]), rng.randrange(8))
    if r < 0.91:
        return "Go-http-client/2.0"
    if r < 0.94:
        return "curl/8.%d.0" % rng.choice([4, 5, 6, 7, 9])
    if r < 0.97:
        return "litellm/1.%d.%d" % (rng.choice([48, 52, 55, 57]), rng.randrange(10))
    return "okhttp/4.%d.0" % rng.choice([9, 10, 11, 12])


_BR = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android {a}; {d}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{s} Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_{s} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{s} Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:13{f}.0) Gecko/20100101 Firefox/13{f}.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
]
_DEV = ["SM-A155F", "SM-A057F", "TECNO KJ5", "Infinix X6837", "itel A665L", "Redmi Note 13", "SM-A256E", "CPH2591", "moto g54"]


def browser_ua(rng, mobile_bias=0.5):
    i = rng.choice([1, 1, 3]) if rng.random() < mobile_bias else rng.choice([0, 0, 0, 2, 4, 5])
    return _BR[i].format(v=rng.choice([128, 129, 130, 131, 132]), a=rng.choice([11, 12, 13, 14, 14]),
                         d=rng.choice(_DEV), s=rng.randrange(1, 7), f=rng.randrange(1, 4))


def ide_ua(rng):
    r = rng.random()
    if r < 0.4:
        return "Copilote-VSCode/0.%d.%d (vscode 1.9%d.0; %s)" % (rng.choice([17, 18, 18, 19]), rng.randrange(6), rng.randrange(3, 6),
                                                                 rng.choice(["win32", "darwin", "linux"]))
    if r < 0.6:
        return "Continue/0.9.%d (VSCode)" % rng.randrange(200, 260)
    if r < 0.75:
        return "aider/0.%d.%d" % (rng.choice([58, 59, 60, 61]), rng.randrange(3))
    if r < 0.9:
        return "Cline/3.%d.%d" % (rng.randrange(0, 4), rng.randrange(10))
    return "JetBrains-AIAssistant/243.%d" % rng.randrange(20000, 24000)


# ---------------------------------------------------------------------------------------------
def hexid(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def ntok(s):
    if not s:
        return 0
    return len(s.encode("utf-8")) // 4 + 1


class Account:
    __slots__ = ("id", "org", "keys", "pay", "created", "pop", "label", "campaign", "tactic", "n", "extra")

    def __init__(self, aid, org, keys, pay, created, pop, label="benign", campaign=None, tactic=None, extra=None):
        self.id, self.org, self.keys, self.pay, self.created = aid, org, keys, pay, created
        self.pop, self.label, self.campaign, self.tactic, self.n = pop, label, campaign, tactic, 0
        self.extra = extra


class Sink:
    """Collects exchanges (serialized at once), accounts and labels."""

    def __init__(self, seed):
        self.seed = seed
        self.rows = []          # (ts, seq, bytes)
        self.accounts = {}
        self.end_users = {}     # campaign end users: id -> dict
        self.eu_seen = {}       # end user -> set(account ids)
        self.eu_n = {}          # end user -> exchanges
        self.pop_meta = {}      # pop -> dict(kind, campaign, tactic, lookalike_of, ...)
        self.seq = 0
        self.idrng = random.Random("%s:ids" % seed)

    # identities ----------------------------------------------------------------------------
    def account(self, rng, pop, created, pay=None, org=None, nkeys=1, label="benign", campaign=None, tactic=None,
                extra=None):
        aid = "acct_" + hexid(rng, 12)
        if org is None:
            org = "org_" + hexid(rng, 12)
        keys = ["key_" + hexid(rng, 10) for _ in range(nkeys)]
        a = Account(aid, org, keys, pay, date_str(created), pop, label, campaign, tactic, extra)
        self.accounts[aid] = a
        return a

    def meta(self, pop, **kw):
        self.pop_meta[pop] = kw

    # exchanges -----------------------------------------------------------------------------
    def emit(self, t, acct, ip, ua, model, messages, response, params=None, reasoning=None, end_user=None,
             conv=None, status=200, tool_calls=None, choices=None, key=None, rng=None, reasoning_tokens=None,
             extra_in=0):
        if t >= T_END or t < T0:
            return False
        if model == M_NEW and t < RELEASE:
            model = M_THINK
        rg = rng or self.idrng
        d = {"id": "chatcmpl-" + hexid(rg, 24), "ts": ts_str(t), "account_id": acct.id, "org_id": acct.org,
             "api_key_id": key or (acct.keys[0] if len(acct.keys) == 1 else acct.keys[rg.randrange(len(acct.keys))])}
        if end_user:
            d["end_user"] = end_user
        d["ip"] = ip
        d["user_agent"] = ua
        if acct.pay:
            d["payment_fingerprint"] = acct.pay
        d["account_created"] = acct.created
        d["model"] = model
        if params:
            d["params"] = params
        d["messages"] = messages
        tin = extra_in
        for m in messages:
            c = m.get("content")
            if isinstance(c, str):
                tin += ntok(c) + 4
            elif isinstance(c, list):
                for part in c:
                    tin += ntok(part.get("text", "")) + 4
            if "tool_calls" in m:
                tin += 30 * len(m["tool_calls"])
        if params and "tools" in params:
            tin += len(params["tools"]) * 90
        if status != 200:
            d["response"] = ""
            d["usage"] = {"input_tokens": tin, "output_tokens": 0, "reasoning_tokens": 0}
        else:
            d["response"] = response or ""
            tout = ntok(response)
            if tool_calls:
                d["tool_calls"] = tool_calls
                tout += 25 * len(tool_calls)
            if choices:
                d["choices"] = choices
                tout += sum(ntok(c) for c in choices)
            rt = 0
            if model in REASONING_MODELS:
                if reasoning is None:
                    reasoning = ""
                rt = reasoning_tokens if reasoning_tokens is not None else ntok(reasoning) * 3 + 40
                if reasoning:
                    d["reasoning"] = reasoning
            d["usage"] = {"input_tokens": tin, "output_tokens": tout + rt, "reasoning_tokens": rt}
        d["status"] = status
        if conv:
            d["conversation_id"] = conv
        self.seq += 1
        self.rows.append((t, self.seq, dumps(d)))
        acct.n += 1
        if end_user:
            s = self.eu_seen.get(end_user)
            if s is None:
                self.eu_seen[end_user] = {acct.id}
            else:
                s.add(acct.id)
            self.eu_n[end_user] = self.eu_n.get(end_user, 0) + 1
        return True

    def label_end_user(self, eu, acct_ids, campaign, tactic, pop):
        self.end_users[eu] = {"account_ids": sorted(acct_ids), "label": "campaign", "campaign_id": campaign,
                              "tactic": tactic, "population": pop, "held_out": True}

    def write(self, out_dir, level=3):
        import os
        os.makedirs(out_dir, exist_ok=True)
        self.rows.sort(key=lambda r: (r[0], r[1]))
        path = os.path.join(out_dir, "traffic.jsonl.gz")
        with open(path, "wb") as raw:
            with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=level, mtime=0) as f:
                buf = []
                for _, _, b in self.rows:
                    buf.append(b)
                    if len(buf) >= 2000:
                        f.write(b"\n".join(buf) + b"\n"); buf = []
                if buf:
                    f.write(b"\n".join(buf) + b"\n")
        return path
