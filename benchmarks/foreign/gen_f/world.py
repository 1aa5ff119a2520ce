"""Identities, clocks and the record emitter of the gen_f world."""
import calendar
import time

import numpy as np
import orjson
from zlib import compress as _z

import textgen as T

T0 = calendar.timegm((2027, 4, 5, 0, 0, 0))          # Monday 2027-04-05 00:00Z
DAY = 86400.0
WEEK = 7 * DAY
T_REL = T0 + 3 * DAY + 15 * 3600                    # nubelia-razon-2 released Thu 2027-04-08 15:00Z

CHAT, MINI, R1, R2 = "nubelia-chat-2", "nubelia-chat-2-mini", "nubelia-razon-1", "nubelia-razon-2"
LLAMA, QWEN, MISTRAL, GEMMA = "llama-3.3-70b-instruct", "qwen2.5-72b-instruct", "mistral-small-3.1-24b-instruct", "gemma-3-27b-it"
REASONING = {R1, R2}

SDK_UA = ["OpenAI/Python 1.68.2", "OpenAI/Python 1.75.0", "OpenAI/Python 1.82.1", "OpenAI/JS 4.87.3", "OpenAI/JS 4.95.1",
          "python-requests/2.32.3", "axios/1.8.4", "curl/8.5.0", "nubelia-sdk-python/2.4.1", "nubelia-sdk-js/1.9.0",
          "litellm/1.63.11", "langchain-openai/0.3.12", "Go-http-client/2.0", "okhttp/4.12.0", "node-fetch/1.0",
          "AsyncOpenAI/Python 1.75.0", "llama-index/0.12.30"]
BROWSER_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36 nubelia-playground/3.2",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 nubelia-playground/3.2",
              "Mozilla/5.0 (X11; Linux x86_64; rv:136.0) Gecko/20100101 Firefox/136.0 nubelia-playground/3.2",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 nubelia-app/2.7.0"]
SDK_W = np.array([8, 10, 9, 5, 6, 7, 3, 2, 6, 3, 4, 4, 2, 1, 1, 2, 1], float)
SDK_W /= SDK_W.sum()

# invented-but-plausible address plans
RES_PREFIX = {"AR": [181, 186, 190, 201], "BR": [177, 179, 187, 189, 191, 200], "MX": [187, 189, 201], "CO": [181, 186, 190],
              "CL": [190, 191, 200], "PE": [179, 190], "UY": [167, 179], "ES": [83, 88, 79, 85], "PT": [85, 94, 89], "IT": [79, 93, 151, 87],
              "FR": [86, 90, 92, 109], "AD": [85], "US": [24, 73, 98]}
DC_PREFIX = [(34, "gcp"), (35, "gcp"), (3, "aws"), (52, "aws"), (54, "aws"), (18, "aws"), (20, "azure"), (40, "azure"), (51, "ovh"),
             (57, "ovh"), (95, "hetzner"), (116, "hetzner"), (65, "digitalocean"), (143, "linode"), (45, "vultr")]
TZ = {"AR": -3, "BR": -3, "MX": -6, "CO": -5, "CL": -3, "PE": -5, "UY": -3, "ES": 2, "PT": 1, "IT": 2, "FR": 2, "AD": 2, "US": -4}
COUNTRY_LANG = {"AR": "es", "BR": "pt", "MX": "es", "CO": "es", "CL": "es", "PE": "es", "UY": "es", "ES": "es", "PT": "pt",
                "IT": "it", "FR": "fr", "AD": "ca", "US": "en"}
COUNTRY_W = {"BR": 22, "AR": 10, "MX": 12, "CO": 7, "CL": 5, "PE": 3, "UY": 1, "ES": 16, "PT": 6, "IT": 9, "FR": 6, "AD": 0.3, "US": 2.7}


def _profile_table(name):
    w = np.zeros((7, 24))
    for d in range(7):
        we = d >= 5
        for h in range(24):
            if name == "office":
                v = (1.0 if 9 <= h < 13 or 14 <= h < 18 else 0.55 if h == 13 else 0.2 if 18 <= h < 21 else 0.1 if 7 <= h < 9 else 0.02)
                v *= 0.08 if we else 1
            elif name == "evening":
                v = (1.0 if 19 <= h <= 23 else 0.5 if h in (0, 12, 13) else 0.35 if 8 <= h < 19 else 0.15 if h == 1 else 0.03)
                v *= 1.2 if we and 10 <= h <= 23 else 1
            elif name == "student":
                v = (0.5 if 10 <= h < 14 else 0.85 if 14 <= h < 20 else 1.0 if h >= 20 or h <= 1 else 0.4 if h == 2 else 0.05 if h < 9 else 0.3)
                v *= 0.7 if we and h < 14 else 1
            elif name == "support":
                v = 1.0 if 8 <= h <= 22 else 0.2 if h in (7, 23) else 0.05
                v *= 0.7 if we else 1
            elif name == "night":
                v = 1.0 if 0 <= h < 6 else 0.05
            else:  # flat
                v = 1.0
            w[d, h] = v
    return w


PROFILES = {k: _profile_table(k) for k in ("office", "evening", "student", "support", "night", "flat")}
_WCACHE = {}


def week_weights(tz, profile):
    key = (tz, profile)
    if key not in _WCACHE:
        h = np.arange(168) + int(tz)
        d = (h // 24) % 7
        _WCACHE[key] = PROFILES[profile][d, h % 24]
    return _WCACHE[key]


def fmt_ts(t):
    s = int(t)
    ms = int(round((t - s) * 1000))
    if ms == 1000:
        s, ms = s + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % ms


def ntok(s):
    return len(s) // 4 + 1 if s else 0


class Acct:
    __slots__ = ("id", "org", "created", "pm", "ips", "ipw", "uas", "uaw", "keys", "tz", "lang", "country")


class World:
    def __init__(self, seed, corpora):
        self.rng = np.random.default_rng(seed)
        self.C = corpora
        self.recs = []            # (ts, bytes)
        self.labels = {}
        self.end_users = {}
        self._ids = set()
        self._n = 0
        self._xa = int(self.rng.integers(1 << 20, 1 << 39)) * 2 + 1
        self._xb = int(self.rng.integers(0, 1 << 40))
        self.stats = {}
        self.acct_n = {}
        self.eu_n = {}
        # shared infrastructure pools
        r = self.rng
        self.cgnat = {c: [self._ip4(p) for p in r.choice(RES_PREFIX[c], 60)] for c in RES_PREFIX}
        self.vpn_exits = [self._dc_ip() for _ in range(36)]

    # ------------------------------------------------------------ ids
    def hexid(self, prefix, n=12):
        while True:
            s = prefix + "".join("%02x" % b for b in self.rng.integers(0, 256, (n + 1) // 2))[:n]
            if s not in self._ids:
                self._ids.add(s)
                return s

    def exid(self):
        self._n += 1
        return "ex_%010x" % ((self._n * self._xa + self._xb) & ((1 << 40) - 1))

    # ------------------------------------------------------------ addresses / clients
    def _ip4(self, first):
        a, b, c = self.rng.integers(0, 256, 3)
        return "%d.%d.%d.%d" % (first, a, b, max(1, c % 254))

    def res_ip(self, country):
        return self._ip4(int(self.rng.choice(RES_PREFIX[country])))

    def v6(self):
        g = self.rng.integers(0, 65536, 5)
        return "2804:%x:%x:%x::%x" % tuple(g[:4]) if self.rng.random() < 0.6 else "2a02:%x:%x:%x::%x" % tuple(g[:4])

    def _dc_ip(self, provider=None):
        opts = [p for p in DC_PREFIX if provider is None or p[1] == provider]
        return self._ip4(opts[int(self.rng.integers(len(opts)))][0])

    def dc_subnet(self, provider=None):
        base = self._dc_ip(provider).rsplit(".", 1)[0]
        return [base + ".%d" % x for x in self.rng.choice(np.arange(2, 254), 16, replace=False)]

    def mobile_ip(self, country):
        return self.cgnat[country][int(self.rng.integers(len(self.cgnat[country])))]

    def sdk_ua(self):
        return SDK_UA[int(self.rng.choice(len(SDK_UA), p=SDK_W))]

    def country(self, weights=None):
        w = weights or COUNTRY_W
        ks = list(w)
        p = np.array([w[k] for k in ks], float)
        return ks[int(self.rng.choice(len(ks), p=p / p.sum()))]

    # ------------------------------------------------------------ accounts
    def account(self, label, *, created=None, age_days=(30, 700), org=None, pm="own", ips=None, ipw=None,
                uas=None, uaw=None, nkeys=1, country=None, tz=None, lang=None, keys=None):
        r = self.rng
        a = Acct()
        a.id = self.hexid("acct_", 10)
        a.org = org or self.hexid("org_", 10)
        if created is None:
            created = T0 - float(r.uniform(*age_days)) * DAY
        a.created = created
        a.country = country or self.country()
        a.tz = TZ[a.country] if tz is None else tz
        a.lang = lang or COUNTRY_LANG[a.country]
        a.pm = self.hexid("pm_", 16) if pm == "own" else pm   # None -> no instrument on file (trial credit)
        if ips is None:
            ips = [self.res_ip(a.country)]
            if r.random() < 0.5:
                ips.append(self.mobile_ip(a.country))
            if r.random() < 0.15:
                ips.append(self.v6())
        a.ips = ips
        a.ipw = ipw
        a.uas = uas or [self.sdk_ua()]
        a.uaw = uaw
        a.keys = keys or [self.hexid("key_", 12) for _ in range(nkeys)]
        self.labels[a.id] = label
        return a

    # ------------------------------------------------------------ clocks
    def times(self, n, tz, profile, per_session=6.0, gap=45.0, lo=0.0, hi=WEEK):
        """n request times (absolute Unix seconds) in sessions following a weekly profile."""
        if n <= 0:
            return np.zeros(0)
        r = self.rng
        lo = max(0.0, lo)
        hi = min(WEEK, hi)
        if hi - lo < 60:
            lo = max(0.0, hi - 3600)
        W = week_weights(tz, profile).copy()
        h0, h1 = int(lo // 3600), int(np.ceil(hi / 3600))
        W[:h0] = 0
        W[h1:] = 0
        if W.sum() <= 0:
            W[h0:h1] = 1
        k = max(1, int(round(n / per_session)))
        hrs = r.choice(168, size=k, p=W / W.sum())
        starts = hrs * 3600.0 + r.uniform(0, 3600, k)
        which = np.sort(r.integers(0, k, n))
        gaps = r.exponential(gap, n)
        out = np.empty(n)
        i = 0
        for s in range(k):
            j = np.searchsorted(which, s, side="right")
            if j > i:
                out[i:j] = starts[s] + np.cumsum(gaps[i:j]) - gaps[i]
            i = j
        out = np.clip(out, lo, hi - 0.5)
        out.sort()
        return T0 + out

    def steady(self, n, lo=0.0, hi=WEEK, jitter=0.3):
        """n request times spread evenly (machine pacing) in [lo, hi)."""
        if n <= 0:
            return np.zeros(0)
        base = np.linspace(lo, hi, n, endpoint=False)
        step = (hi - lo) / n
        out = base + self.rng.uniform(0, step * jitter, n) if jitter else base
        return T0 + np.clip(out, lo, hi - 0.5)

    def batch(self, n, start, rate_s=1.0):
        g = self.rng.exponential(rate_s, n)
        return T0 + np.clip(start + np.cumsum(g), 0, WEEK - 0.5)

    # ------------------------------------------------------------ emitter
    def emit(self, a, ts, model, messages=None, prompt=None, response="", reasoning=None, params=None,
             end_user=None, conv=None, status=200, ip=None, ua=None, key=None, pop=None, extra_in=0):
        r = self.rng
        if ts >= T0 + WEEK:
            ts = T0 + WEEK - 0.001
        if model == R2 and ts < T_REL:
            model = R1
        if ip is None:
            ip = a.ips[0] if len(a.ips) == 1 else a.ips[int(r.choice(len(a.ips), p=a.ipw))] if a.ipw is not None else \
                (a.ips[0] if r.random() < 0.7 else a.ips[int(r.integers(len(a.ips)))])
        if ua is None:
            ua = a.uas[0] if len(a.uas) == 1 else a.uas[int(r.choice(len(a.uas), p=a.uaw))] if a.uaw is not None else \
                a.uas[int(r.integers(len(a.uas)))]
        if key is None:
            key = a.keys[0] if len(a.keys) == 1 else a.keys[int(r.integers(len(a.keys)))]
        if status == 200 and r.random() < 0.003:
            status = int(r.choice([500, 502, 503, 408]))
        rec = {"id": self.exid(), "ts": fmt_ts(ts), "account_id": a.id, "org_id": a.org, "api_key_id": key}
        if end_user:
            rec["end_user"] = end_user
        rec["ip"] = ip
        rec["user_agent"] = ua
        if a.pm:
            rec["payment_fingerprint"] = a.pm
        rec["account_created"] = fmt_ts(a.created)
        rec["model"] = model
        rec["params"] = params or {}
        if messages is not None:
            rec["messages"] = messages
            intext = sum(len(m["content"]) if isinstance(m.get("content"), str) else 40 for m in messages)
        else:
            rec["prompt"] = prompt
            intext = len(prompt)
        if status == 200:
            if model in REASONING and reasoning is None:
                reasoning = self.auto_reasoning(response)
            rec["response"] = response
            if reasoning:
                rec["reasoning"] = reasoning
            n_out = ntok(response)
            if params and params.get("n", 1) > 1:
                n_out *= params["n"]
            rec["usage"] = {"input_tokens": intext // 4 + 1 + extra_in, "output_tokens": n_out, "reasoning_tokens": ntok(reasoning) if reasoning else 0}
        else:
            rec["response"] = ""
            rec["usage"] = {"input_tokens": intext // 4 + 1 + extra_in, "output_tokens": 0, "reasoning_tokens": 0}
        rec["status"] = status
        if conv:
            rec["conversation_id"] = conv
        self.recs.append((float(ts), _z(orjson.dumps(rec), 1)))
        self.acct_n[a.id] = self.acct_n.get(a.id, 0) + 1
        if end_user and end_user in self.end_users:
            self.eu_n[end_user] = self.eu_n.get(end_user, 0) + 1
        if pop is not None:
            s = self.stats.setdefault(pop, [set(), 0])
            s[0].add(a.id)
            s[1] += 1

    _RS = ["Let me restate what is being asked.", "First I need to identify the key quantities.", "I should check whether there is any ambiguity.",
           "A good approach is to work through it in order.", "Let me double-check that against the constraints.",
           "I think the user wants a concise but complete answer.", "Hmm, wait, let me reconsider the second part.",
           "That seems consistent.", "Now I can write the final answer."]

    def auto_reasoning(self, response):
        r = self.rng
        k = int(r.integers(3, 8))
        parts = [self._RS[int(i)] for i in r.choice(len(self._RS), k, replace=False)]
        if response:
            parts.insert(2, "Key points to cover: " + response[: int(r.integers(80, 400))].replace("\n", " "))
        return " ".join(parts)

    # ------------------------------------------------------------ text helpers
    def pick(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def fill(self, tmpl, lang, **kw):
        sl = T.SLOTS.get(lang, T.SLOTS["es"])
        d = {k: self.pick(v) for k, v in sl.items()}
        d.update(kw)
        return tmpl.format(**d)

    def generic_answer(self, lang, n=None):
        r = self.rng
        bank = T.RESP.get(lang, T.RESP["en"])
        n = n or int(r.integers(2, 7))
        lines = [self.pick(bank) for _ in range(n)]
        if r.random() < 0.5:
            lines += ["%d. %s" % (i + 1, self.pick(bank)) for i in range(int(r.integers(2, 6)))]
        return "\n".join(lines)

    def gsm_solution(self, item, lang="en", style="plain"):
        q, lines, final = item
        if style == "steps":
            st, fn = T.STEP.get(lang, "Step"), T.FINAL.get(lang, "Final answer")
            body = "\n".join("%s %d: %s" % (st, i + 1, l) for i, l in enumerate(lines))
            return "%s\n%s: %s" % (body, fn, final)
        if style == "short":
            return final
        return " ".join(lines) + "\nThe answer is %s." % final

    def gsm_reasoning(self, item):
        q, lines, final = item
        r = self.rng
        out = ["Okay, let me parse the problem carefully."]
        for l in lines:
            out.append(l)
            if r.random() < 0.35:
                out.append(self.pick(["Let me verify that computation.", "Wait, is that the right quantity? Yes, it matches the statement.",
                                      "So far so good.", "Let me re-read the question to make sure I use the right numbers."]))
        out.append("So the final answer should be %s. Let me double check by going backwards... consistent." % final)
        return "\n".join(out)

    def code_answer(self, prompt):
        r = self.rng
        lang = self.pick(["python", "javascript", "sql", "go", "typescript", "bash"])
        body = "\n".join("    step_%d = process(data, %d)" % (i, i) for i in range(int(r.integers(3, 14))))
        return "Here is one way to do it:\n\n```%s\ndef solve(data):\n%s\n    return step_%d\n```\n\nExplanation: the function processes the input in stages; adapt the names to your codebase." % (lang, body, 0)
