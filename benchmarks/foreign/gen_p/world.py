"""The marketplace world: clock, time zones, networks, clients, payment, accounts and the
exchange writer.  Standard library only; deterministic from the seed."""

import bisect
import calendar
import gzip
import hashlib
import os
import random
import shutil
import tempfile
import time

try:
    import orjson

    def dumps(o):
        return orjson.dumps(o)
except Exception:  # pragma: no cover - fallback
    import json

    def dumps(o):
        return json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

# ---------------------------------------------------------------- clock
T0 = calendar.timegm((2028, 2, 7, 0, 0, 0))          # Monday 2028-02-07 00:00 UTC
DAY = 86400
T_END = T0 + 7 * DAY
R3_RELEASE = T0 + DAY + 15 * 3600                     # Tuesday 15:00 UTC: halcyon-r3 goes live

MODELS_CHAT = ["halcyon-2.5-pro", "halcyon-2.5-flash", "halcyon-2-mini"]
MODEL_CODE = "halcyon-code-2.5"
REASONING = ("halcyon-r2", "halcyon-r3")


def iso(ts):
    ms = int(round((ts - int(ts)) * 1000))
    if ms >= 1000:
        ms = 999
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(int(ts))) + ".%03dZ" % ms


def iso_s(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(ts)))


def sub_rng(seed, name):
    h = hashlib.sha256(("%s|%s" % (seed, name)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


# ---------------------------------------------------------------- time zones & diurnal cycles
TZ = {"US": [-5, -6, -8, -5, -7], "GB": [0], "DE": [1], "IN": [5.5], "SG": [8], "NG": [1], "KE": [3],
      "TZ": [3], "PH": [8], "AU": [11, 10], "CA": [-5, -8], "MX": [-6], "ES": [1], "CO": [-5],
      "AR": [-3], "ID": [7, 7, 8], "VN": [7], "TH": [7], "BD": [6], "JP": [9], "BR": [-3], "NL": [1],
      "FR": [1], "IE": [0], "KR": [9]}

_HOUR = {
    "consumer": [3, 2, 1.5, 1, 1, 1.5, 3, 5, 6, 6, 6, 7, 7, 6, 6, 6, 7, 8, 9, 10, 11, 10, 8, 5],
    "business": [.5, .3, .3, .3, .4, .8, 2, 5, 8, 10, 10, 9, 7, 9, 10, 9, 8, 5, 3, 2, 1.5, 1, .8, .6],
    "developer": [3, 2, 1, .6, .5, .6, 1, 2, 4, 7, 8, 8, 7, 8, 8, 8, 7, 6, 6, 7, 7, 6, 5, 4],
    "student": [4, 3, 1.5, .7, .4, .4, .8, 2, 4, 5, 6, 6, 5, 6, 6, 6, 6, 7, 8, 9, 10, 10, 9, 6],
    "night_batch": [6, 10, 10, 8, 6, 3, 1, .5, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .5, 1, 2, 3, 4],
    "flat": [1] * 24,
    "evening": [2, 1, .5, .3, .2, .2, .3, .5, .8, 1, 1, 1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 9, 7, 4],
}
_DOW = {
    "consumer": [1, 1, 1, 1, 1.05, 1.15, 1.15], "business": [1, 1.05, 1.05, 1, .9, .12, .08],
    "developer": [1, 1, 1, 1, .95, .5, .5], "student": [1, 1, 1, 1, .85, .6, .8],
    "night_batch": [1, 1, 1, 1, 1, .6, .6], "flat": [1] * 7, "evening": [1, 1, 1, 1, 1, 1.4, 1.4],
}
_CUM = {}


def _cum(profile):
    c = _CUM.get(profile)
    if c is None:
        hw, dw = _HOUR[profile], _DOW[profile]
        acc, c = 0.0, []
        for d in range(7):
            for h in range(24):
                acc += hw[h] * dw[d]
                c.append(acc)
        _CUM[profile] = c
    return c


def local_time(rng, profile, tz, lo=T0, hi=T_END, day_weights=None):
    """A moment in [lo, hi) drawn from the profile's weekly cycle in local time (tz hours)."""
    c = _cum(profile)
    for _ in range(40):
        if day_weights:
            d = rng.choices(range(7), weights=day_weights)[0]
            h = rng.choices(range(24), weights=_HOUR[profile])[0]
            i = d * 24 + h
        else:
            i = bisect.bisect_left(c, rng.random() * c[-1])
        t = T0 + i * 3600 + rng.random() * 3600 - tz * 3600
        if t < T0:
            t += 7 * DAY
        elif t >= T_END:
            t -= 7 * DAY
        if lo <= t < hi:
            return t
    return lo + rng.random() * (hi - lo)


# ---------------------------------------------------------------- networks
RESI = {
    "US": [(73, 0, 255), (24, 0, 255), (98, 0, 255), (71, 0, 255), (174, 0, 127)],
    "GB": [(86, 128, 191), (81, 96, 111)], "DE": [(91, 0, 63), (84, 128, 191), (93, 192, 255)],
    "IN": [(49, 36, 47), (106, 192, 223), (117, 192, 255)], "SG": [(116, 86, 89), (119, 74, 75)],
    "NG": [(102, 88, 91), (105, 112, 127)], "KE": [(105, 160, 163), (41, 80, 95)],
    "TZ": [(41, 59, 59), (196, 249, 249)], "PH": [(112, 198, 211), (49, 144, 151), (124, 104, 107)],
    "AU": [(1, 120, 159), (101, 160, 191)], "CA": [(99, 224, 255), (142, 112, 127)],
    "MX": [(187, 128, 255), (189, 128, 255), (201, 128, 175)], "ES": [(83, 32, 63), (88, 0, 31), (79, 144, 159)],
    "CO": [(181, 48, 63), (190, 24, 27)], "AR": [(190, 16, 23), (181, 0, 15), (186, 0, 31)],
    "ID": [(36, 64, 95), (114, 120, 127), (180, 240, 255)], "VN": [(27, 64, 79), (113, 160, 191), (14, 160, 191)],
    "TH": [(171, 96, 103), (49, 228, 231), (124, 120, 123)], "BD": [(103, 4, 7), (37, 111, 111), (27, 147, 147)],
    "JP": [(126, 0, 127)], "BR": [(177, 0, 127), (189, 0, 63)], "NL": [(77, 160, 175)], "FR": [(90, 0, 127)],
    "IE": [(86, 40, 47)], "KR": [(121, 128, 191)],
}
MOBILE = {"US": (172, 56), "IN": (49, 37), "ID": (114, 125), "PH": (112, 204), "VN": (27, 72), "TH": (49, 230),
          "BD": (37, 111), "KE": (105, 163), "TZ": (41, 222), "MX": (189, 203), "NG": (105, 112), "CO": (191, 95),
          "ES": (2, 136), "AR": (186, 130), "GB": (82, 132), "BR": (177, 79)}
CLOUD = {"aws": [(3, 0, 255), (18, 128, 255), (52, 0, 95), (54, 64, 255)], "gcp": [(34, 0, 159), (35, 184, 247)],
         "azure": [(20, 0, 127), (40, 64, 127)], "hetzner": [(5, 9, 9), (88, 198, 198), (95, 216, 217), (116, 202, 203)],
         "do": [(159, 89, 89), (167, 99, 99), (142, 93, 93), (138, 197, 197)], "ovh": [(51, 68, 91), (141, 94, 95)]}
V6 = {"US": ["2601:", "2607:fb90:"], "IN": ["2409:40", "2401:4900:"], "DE": ["2a02:810"], "GB": ["2a00:23c"],
      "JP": ["240b:"], "ID": ["2001:448a:"], "VN": ["2402:800:"], "TH": ["2403:6200:"]}


class Net:
    """Address pools with deliberate collisions: carrier-grade NAT on mobile networks,
    a commercial residential-proxy pool, VPN exits and cloud NAT gateways."""

    def __init__(self, rng):
        self.rng = rng
        self.cgnat = {}
        for cc, (a, b) in sorted(MOBILE.items()):
            n = 160 if cc in ("ID", "PH", "IN", "BD", "VN") else 90
            self.cgnat[cc] = ["%d.%d.%d.%d" % (a, b, rng.randint(0, 255), rng.randint(1, 254)) for _ in range(n)]
        ccs = ["US", "IN", "ID", "VN", "TH", "BR", "MX", "PH", "DE", "GB", "ES", "CO", "BD", "KE", "NG", "AR"]
        self.resproxy = [self.resi(rng.choice(ccs)) for _ in range(2600)]
        self.vpn = ["%d.%d.%d.%d" % (rng.choice([185, 45, 89, 193, 146]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
                    for _ in range(140)]

    def resi(self, cc, rng=None):
        r = rng or self.rng
        if cc in V6 and r.random() < 0.07:
            p = r.choice(V6[cc])
            return "%s%x:%x:%x:%x:%x" % (p, r.getrandbits(12), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16))
        a, lo, hi = r.choice(RESI.get(cc, RESI["US"]))
        return "%d.%d.%d.%d" % (a, r.randint(lo, hi), r.randint(0, 255), r.randint(1, 254))

    def mobile(self, cc, rng=None):
        r = rng or self.rng
        pool = self.cgnat.get(cc)
        if not pool:
            return self.resi(cc, r)
        return r.choice(pool)

    def cloud(self, provider=None, rng=None):
        r = rng or self.rng
        p = provider or r.choice(["aws", "aws", "aws", "gcp", "gcp", "azure", "hetzner", "do", "ovh"])
        a, lo, hi = r.choice(CLOUD[p])
        return "%d.%d.%d.%d" % (a, r.randint(lo, hi), r.randint(0, 255), r.randint(1, 254))

    def block(self, cc_or_cloud, n, rng=None):
        """n addresses in one /24 (an office, a campus, a rented block)."""
        r = rng or self.rng
        if cc_or_cloud in CLOUD:
            a, lo, hi = r.choice(CLOUD[cc_or_cloud])
        else:
            a, lo, hi = r.choice(RESI.get(cc_or_cloud, RESI["US"]))
        b, c = r.randint(lo, hi), r.randint(0, 255)
        hosts = r.sample(range(2, 254), n)
        return ["%d.%d.%d.%d" % (a, b, c, h) for h in hosts]

    def home_ips(self, cc, rng, mobile_share=0.35):
        """The addresses a private person uses over a week: home line, phone, sometimes a VPN."""
        ips = []
        if rng.random() < 0.03:
            ips.append(rng.choice(self.resproxy))          # their router is part of a proxy network
        else:
            ips.append(self.resi(cc, rng))
        if rng.random() < mobile_share:
            ips.append(self.mobile(cc, rng))
        if rng.random() < 0.05:
            ips.append(rng.choice(self.vpn))
        return ips


# ---------------------------------------------------------------- clients
UA_SDK = [("OpenAI/Python 1.59.7", 14), ("OpenAI/Python 1.61.0", 12), ("OpenAI/Python 1.57.4", 6), ("OpenAI/NodeJS 4.80.1", 8),
          ("OpenAI/NodeJS 4.77.3", 4), ("nimbus-ai-python/3.9.0", 9), ("nimbus-ai-python/3.8.2", 5), ("nimbus-ai-node/3.6.1", 4),
          ("python-requests/2.32.3", 6), ("python-httpx/0.28.1", 5), ("curl/8.5.0", 3), ("curl/7.81.0", 2),
          ("Go-http-client/2.0", 3), ("okhttp/4.12.0", 2), ("axios/1.7.9", 3), ("langchain-openai/0.3.1 OpenAI/Python 1.59.7", 5),
          ("litellm/1.63.2", 3), ("llamaindex/0.12.14 OpenAI/Python 1.59.7", 2), ("Java-http-client/21.0.5", 1),
          ("ruby-openai/7.3.1", 1), ("PostmanRuntime/7.43.0", 1)]
UA_BROWSER = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
              "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
              "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1"]
UA_AGENT = [("Cline/3.5.1", 5), ("aider/0.74.2", 4), ("Continue/0.9.262 (vscode)", 4), ("RooCode/3.7.0", 3),
            ("opencode/0.3.12", 2), ("codepilot-cli/1.4.0", 2)]
UA_BATCH = ["nimbus-cli/5.4.2 (batch; linux)", "nimbus-ai-python/3.9.0 (batch)", "nimbus-cli/5.3.9 (batch; darwin)"]


def pick_w(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def sdk_ua(rng):
    return pick_w(rng, UA_SDK)


# ---------------------------------------------------------------- text size helpers
def ntok(s):
    if not s:
        return 0
    n = len(s)
    extra = len(s.encode("utf-8")) - n
    return max(1, int(n / 4 + extra / 3))


def msgs_tok(msgs):
    t = 0
    for m in msgs:
        c = m.get("content")
        if isinstance(c, str):
            t += ntok(c) + 4
        elif isinstance(c, list):
            for p in c:
                t += ntok(p.get("text", "")) + 4
        if "tool_calls" in m:
            t += 40
    return t


# ---------------------------------------------------------------- accounts
class Account:
    __slots__ = ("id", "org", "pay", "created", "tz", "lang", "cc", "ips", "uas", "keys", "label", "group", "n")

    def __init__(self):
        self.n = 0


class World:
    def __init__(self, seed, out_dir):
        self.seed = seed
        self.rng = sub_rng(seed, "world")
        self.net = Net(sub_rng(seed, "net"))
        self.accounts = []
        self.by_id = {}
        self.end_users = {}
        self.group_counts = {}       # group -> [accounts, exchanges]
        self._ids = set()
        self.tmp = tempfile.mkdtemp(prefix=".spool_", dir=out_dir)
        self.spool = [open(os.path.join(self.tmp, "d%d" % d), "wb") for d in range(8)]
        self.n_ex = 0

    # ids
    def hexid(self, rng, prefix, nbits=48):
        while True:
            s = "%s%0*x" % (prefix, nbits // 4, rng.getrandbits(nbits))
            if s not in self._ids:
                self._ids.add(s)
                return s

    def pay_id(self, rng):
        return self.hexid(rng, "pm_", 64)

    def org_id(self, rng):
        return self.hexid(rng, "org_", 40)

    # accounts
    def account(self, rng, label, group, *, org=None, pay=None, created=None, tz=0, lang="en", cc="US",
                ips=None, uas=None, nkeys=1):
        a = Account()
        a.id = self.hexid(rng, "acct_", 40)
        a.org = org if org is not None else self.org_id(rng)
        a.pay = pay
        a.created = created
        a.tz = tz
        a.lang = lang
        a.cc = cc
        a.ips = ips or [self.net.resi(cc, rng)]
        a.uas = uas or [sdk_ua(rng)]
        a.keys = [self.hexid(rng, "key_", 32) for _ in range(nkeys)]
        a.label = label
        a.group = group
        self.accounts.append(a)
        self.by_id[a.id] = a
        self.group_counts.setdefault(group, [0, 0])[0] += 1
        return a

    def label_end_user(self, eu, account_ids, campaign_id, tactic, held_out):
        d = {"account_ids": sorted(set(account_ids)), "label": "campaign", "campaign_id": campaign_id, "tactic": tactic}
        if held_out:
            d["held_out"] = True
        self.end_users[eu] = d

    # exchanges
    def emit(self, rng, a, ts, *, messages=None, prompt=None, response="", model="halcyon-2.5-flash", params=None,
             reasoning=None, status=200, conv=None, end_user=None, ip=None, ua=None, key=None, batch=None,
             custom_id=None, error=None, extra=None, endpoint=None, usage=None):
        if ts < T0 or ts >= T_END:
            return None                      # outside the log window (a batch finishing after Sunday, say)
        d = {"id": self.hexid(rng, "xch_", 64), "ts": iso(ts), "account_id": a.id, "org_id": a.org,
             "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else rng.choice(a.keys))}
        if end_user is not None:
            d["end_user"] = end_user
        d["ip"] = ip or (a.ips[0] if len(a.ips) == 1 else rng.choice(a.ips))
        d["user_agent"] = ua or (a.uas[0] if len(a.uas) == 1 else rng.choice(a.uas))
        if a.pay:
            d["payment_fingerprint"] = a.pay
        if a.created is not None:
            d["account_created"] = iso_s(a.created)
        d["model"] = model
        d["endpoint"] = endpoint or ("/v1/batches" if batch else ("/v1/completions" if prompt is not None else "/v1/chat/completions"))
        d["params"] = params or {}
        if prompt is not None:
            d["prompt"] = prompt
        else:
            d["messages"] = messages
        ok = status == 200
        if ok:
            d["response"] = response
            if reasoning:
                d["reasoning"] = reasoning
        if usage is None:
            it = ntok(prompt) if prompt is not None else msgs_tok(messages)
            if ok:
                rt = ntok(reasoning) * 3 if reasoning else 0
                usage = {"input_tokens": it, "output_tokens": ntok(response) + rt, "reasoning_tokens": rt}
            elif status in (500, 503, 408, 499):
                usage = {"input_tokens": it, "output_tokens": 0, "reasoning_tokens": 0}
        if usage is not None:
            d["usage"] = usage
        d["status"] = status
        if error:
            d["error"] = error
        if conv:
            d["conversation_id"] = conv
        if batch:
            d["batch_id"] = batch
            if custom_id:
                d["batch_custom_id"] = custom_id
        if extra:
            d.update(extra)
        if ok:
            base = 350 + (d.get("usage") or {}).get("output_tokens", 0) * (2.5 if model in REASONING else 1.2)
            d["latency_ms"] = int(base * (0.6 + rng.random()))
        day = int((ts - T0) // DAY)
        f = self.spool[min(max(day, 0), 7)]
        f.write(b"%.3f\t" % ts)
        f.write(dumps(d))
        f.write(b"\n")
        self.group_counts[a.group][1] += 1
        a.n += 1
        self.n_ex += 1
        return d["id"]

    def finish(self, out_dir):
        for f in self.spool:
            f.close()
        path = os.path.join(out_dir, "traffic.jsonl.gz")
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=4, mtime=0) as gz:
                for d in range(8):
                    p = os.path.join(self.tmp, "d%d" % d)
                    with open(p, "rb") as f:
                        lines = f.read().split(b"\n")
                    lines.pop()  # trailing empty
                    keyed = []
                    for ln in lines:
                        tab = ln.index(b"\t")
                        keyed.append((float(ln[:tab]), ln[tab + 1:]))
                    del lines
                    keyed.sort()
                    buf = []
                    for _, body in keyed:
                        buf.append(body)
                        if len(buf) >= 4000:
                            gz.write(b"\n".join(buf) + b"\n")
                            buf = []
                    if buf:
                        gz.write(b"\n".join(buf) + b"\n")
                    del keyed
                    os.remove(p)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return path
