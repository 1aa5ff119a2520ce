"""Shared machinery of the gen_u generator: clock, identities, record emission, text helpers."""
import calendar
import random
import time
from collections import defaultdict

import numpy as np
import orjson

import lang as L
from corpora import Corpora, clip

# The week: Monday 2028-07-17 00:00Z .. Monday 2028-07-24 00:00Z
WEEK0 = calendar.timegm((2028, 7, 17, 0, 0, 0))
WEEK_END = WEEK0 + 7 * 86400
DAY = 86400
# falak-r1 (the new reasoning model) is released on day 3 (Wednesday) at 10:00Z
RELEASE = WEEK0 + 2 * DAY + 10 * 3600

FLAG, MINI, NAKHLA, R1 = "falak-3", "falak-3-mini", "nakhla-2", "falak-r1"
MODELS = [FLAG, MINI, NAKHLA, R1]

# hour-of-day (local) activity profiles
_P = {
    "office": [.02, .01, .01, .01, .01, .03, .08, .3, .7, 1, 1, 1, .9, .7, .85, .9, .8, .5, .25, .15, .1, .07, .05, .03],
    "consumer": [.55, .35, .18, .08, .05, .06, .12, .25, .4, .5, .55, .6, .6, .6, .6, .62, .7, .8, .9, 1, 1, 1, .95, .8],
    "student": [.45, .3, .12, .05, .03, .03, .05, .15, .35, .5, .6, .7, .7, .75, .8, .85, .9, .95, 1, 1, .95, .85, .75, .6],
    "night": [1, 1, 1, .95, .9, .7, .2, .05, .03, .03, .03, .03, .03, .03, .03, .03, .03, .03, .05, .1, .2, .4, .7, .9],
    "flat": [1] * 24,
    "evening": [.3, .15, .05, .03, .03, .05, .1, .15, .2, .25, .3, .35, .35, .35, .4, .45, .55, .7, .85, 1, 1, .95, .8, .55],
}
HOUR_PROFILES = {k: np.array(v, dtype=float) for k, v in _P.items()}

WEEKEND = {"AE": (5, 6), "SA": (4, 5), "QA": (4, 5), "EG": (4, 5), "ET": (5, 6), "KE": (5, 6), "SO": (4, 5),
           "PK": (6,), "IN": (6,), "PH": (6,), "FR": (5, 6), "XX": ()}
TZ = {"AE": 4, "SA": 3, "QA": 3, "EG": 3, "ET": 3, "KE": 3, "SO": 3, "PK": 5, "IN": 5.5, "PH": 8, "FR": 2,
      "US": -5, "DE": 2, "GB": 1, "BR": -3, "SG": 8, "TR": 3, "VN": 7, "ID": 7, "NG": 1, "XX": 0}

IP_PREFIX = {
    "AE": ["94.200", "5.195", "86.98", "2.50", "91.74", "185.93"], "SA": ["37.106", "188.50", "51.36", "82.167", "46.152", "212.26"],
    "QA": ["37.210", "78.100", "89.211", "176.205"], "EG": ["41.33", "156.196", "197.48", "102.41", "41.234", "154.182"],
    "ET": ["196.188", "197.156", "196.189", "196.190"], "KE": ["105.160", "41.90", "197.237", "102.68", "41.80"],
    "SO": ["197.220", "154.115", "197.157"], "PK": ["39.32", "182.176", "111.68", "119.160"], "IN": ["49.36", "106.210", "157.32", "117.99"],
    "PH": ["112.198", "49.145", "136.158"], "FR": ["90.12", "176.180", "82.64"], "US": ["73.15", "98.210", "24.4", "71.59"],
    "DE": ["84.150", "91.64", "93.211"], "GB": ["81.97", "86.140"], "BR": ["177.34", "189.6"], "TR": ["78.180", "88.241"],
    "VN": ["113.161", "14.177"], "ID": ["36.72", "114.124"], "NG": ["105.112", "197.210"], "SG": ["116.86", "203.116"],
    # cloud egress (business backends) and hosting / proxy / VPN ranges
    "cloud": ["3.28", "15.184", "157.175", "20.74", "51.112", "16.24", "40.120", "34.166", "35.207"],
    "hosting": ["45.134", "194.36", "89.185", "103.152", "154.47", "5.181", "185.241", "141.98", "193.149", "45.88", "172.86"],
    "vpn": ["146.70", "185.156", "91.132", "37.19", "217.138", "89.187"],
}
V6_PREFIX = {"AE": "2001:8f8", "SA": "2a02:cb80", "EG": "2c0f:fc89", "KE": "2c0f:fe38", "QA": "2a01:4e0", "ET": "2c0f:f8f0"}

SDK_UAS = ["OpenAI/Python 2.9.1", "OpenAI/Python 2.11.0", "OpenAI/Python 2.12.3", "OpenAI/Python 2.14.0", "AsyncOpenAI/Python 2.12.3",
           "OpenAI/NodeJS 6.4.0", "OpenAI/NodeJS 6.7.2", "openai-go/2.3.1", "OpenAI/Java 3.1.0", "python-requests/2.32.4",
           "python-httpx/0.28.1", "curl/8.5.0", "curl/8.12.1", "axios/1.11.0", "Go-http-client/2.0", "okhttp/4.12.0",
           "node-fetch/3.3.2", "Dart/3.8 (dart:io)"]
BROWSER_UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Safari/605.1.15",
               "Mozilla/5.0 (Linux; Android 15; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 19_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
               "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0"]


CONV_UA_HINTS = ("Assist", "GovConnect", "-api/", "-gw/", "Sahla", "openai-agents", "langchain")


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % int((t % 1) * 1000)


def iso_day(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def ntok(s):
    if not s:
        return 0
    return (len(s) + 3) // 4 if s.isascii() else (len(s) * 2) // 3 + 1


class Acct:
    __slots__ = ("id", "org", "keys", "card", "created", "ips", "uas", "country", "group", "n", "first", "conv")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class World:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.g = np.random.default_rng(seed)
        self.C = Corpora()
        self.recs = []            # (ts, seq, json bytes)
        self.accounts = {}        # id -> Acct
        self.labels = {}          # id -> label dict
        self.pop_accounts = defaultdict(list)
        self.acct_ex = defaultdict(int)
        self.eu_ex = defaultdict(int)
        self.eu_accts = defaultdict(set)
        self.eu_labels = {}       # campaign end users
        self.campaigns = {}       # cid -> info
        self.populations = {}     # pop -> summary
        self._seq = 0
        self._ids = set()

    # ---------------------------------------------------------------- identities
    def hex(self, n=12):
        while True:
            s = "%0*x" % (n, self.r.getrandbits(4 * n))
            if s not in self._ids:
                self._ids.add(s)
                return s

    def card(self):
        return "pm_" + self.hex(16)

    def org(self):
        return "org_" + self.hex(16)

    def ip(self, country):
        r = self.r
        if country in V6_PREFIX and r.random() < 0.12:
            return "%s:%x:%x:%x:%x:%x:%x" % (V6_PREFIX[country], r.getrandbits(16), r.getrandbits(16), r.getrandbits(16),
                                             r.getrandbits(16), r.getrandbits(16), r.getrandbits(16))
        p = r.choice(IP_PREFIX[country])
        return "%s.%d.%d" % (p, r.randrange(0, 256), r.randrange(1, 255))

    def created_between(self, t0, t1):
        return iso_day(self.r.uniform(t0, t1))

    def created_days_ago(self, lo, hi):
        return iso_day(WEEK0 - self.r.uniform(lo, hi) * DAY)

    def account(self, group, *, org=None, card="new", created=None, ips=None, uas=None, country="AE", keys=1, conv=None):
        uas = uas or [self.r.choice(SDK_UAS)]
        if conv is None:  # chat front-ends and agent frameworks send a conversation id; raw SDK calls do not
            conv = any(u in BROWSER_UAS or any(x in u for x in CONV_UA_HINTS) for u in uas)
        a = Acct(id="acct_" + self.hex(12), org=org or self.org(), keys=["key_" + self.hex(12) for _ in range(keys)],
                 card=self.card() if card == "new" else card, created=created or self.created_days_ago(20, 900),
                 ips=ips or [self.ip(country)], uas=uas, country=country, group=group, n=0, first=1e18, conv=conv)
        self.accounts[a.id] = a
        return a

    def benign(self, a, population):
        self.labels[a.id] = {"label": "benign", "population": population}
        self.pop_accounts[population].append(a)

    def campaign(self, a, cid):
        c = self.campaigns[cid]
        self.labels[a.id] = {"label": "campaign", "campaign_id": cid, "tactic": c["tactic"], "held_out": True}
        c["account_ids"].append(a.id)

    def new_campaign(self, cid, tactic, origin, summary):
        self.campaigns[cid] = {"tactic": tactic, "origin": origin, "summary": summary, "account_ids": [], "end_users": set()}

    def campaign_end_user(self, eu, cid):
        c = self.campaigns[cid]
        self.eu_labels[eu] = {"label": "campaign", "campaign_id": cid, "tactic": c["tactic"], "held_out": True}
        c["end_users"].add(eu)

    def population(self, name, summary, hard_because):
        self.populations[name] = {"summary": summary, "hard_negative_because": hard_because}

    # ---------------------------------------------------------------- clock
    def _hour_weights(self, tz, profile, weekend, wf):
        prof = HOUR_PROFILES[profile]
        w = np.empty(168)
        for h in range(168):
            lt = h + tz
            lday = int(lt // 24) % 7
            lh = int(lt % 24)
            w[h] = prof[lh] * (wf if lday in weekend else 1.0)
        return w

    def times(self, n, country="AE", profile="office", wf=None, start=WEEK0, end=WEEK_END, tz=None):
        """n request times drawn from a weekly local-time activity profile, within [start, end)."""
        if n <= 0:
            return np.zeros(0)
        tz = TZ.get(country, 3) if tz is None else tz
        weekend = WEEKEND.get(country, (5, 6))
        if wf is None:
            wf = {"office": 0.15, "night": 0.9, "consumer": 1.15, "student": 0.9}.get(profile, 1.0)
        w = self._hour_weights(tz, profile, weekend, wf)
        hs = np.arange(168)
        hstart = WEEK0 + hs * 3600
        mask = (hstart + 3600 > start) & (hstart < end)
        w = w * mask
        if w.sum() <= 0:
            w = mask.astype(float)
        p = w / w.sum()
        out = np.empty(0)
        while out.size < n:
            k = n - out.size
            h = self.g.choice(168, size=int(k * 1.3) + 4, p=p)
            t = WEEK0 + h * 3600 + self.g.random(h.size) * 3600
            t = t[(t >= start) & (t < end)]
            out = np.concatenate([out, t])
        return np.sort(out[:n])

    def sessions(self, n, country="AE", profile="consumer", mean_len=4.0, gap=90.0, start=WEEK0, end=WEEK_END, wf=None, tz=None):
        """n request times grouped in sessions (bursts of requests a few seconds to minutes apart)."""
        if n <= 0:
            return np.zeros(0), np.zeros(0, dtype=int)
        k = max(1, int(round(n / mean_len)))
        k = min(k, n)
        starts = self.times(k, country, profile, wf, start, end, tz)
        sid = np.sort(np.concatenate([np.arange(k), self.g.integers(0, k, n - k)]))
        gaps = self.g.exponential(gap, n)
        t = np.empty(n)
        prev = -1
        acc = 0.0
        for i in range(n):
            s = sid[i]
            if s != prev:
                acc = 0.0
                prev = s
            else:
                acc += gaps[i]
            t[i] = starts[s] + acc
        t = np.where(t >= end, start + (t - start) % max(1.0, end - start), t)
        order = np.argsort(t, kind="stable")
        return t[order], sid[order]

    # ---------------------------------------------------------------- emission
    def emit(self, a, t, messages=None, response="", model=MINI, params=None, reasoning=None, end_user=None,
             conv=None, ip=None, ua=None, key=None, status=200, prompt=None, extra=None, created=None):
        if model == R1 and t < RELEASE:
            raise AssertionError("falak-r1 used before its release")
        if not (WEEK0 <= t < WEEK_END):
            raise AssertionError("timestamp outside the week")
        r = self.r
        d = {"id": "ex_" + self.hex(14), "ts": iso(t), "account_id": a.id, "org_id": a.org,
             "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else r.choice(a.keys))}
        if end_user is not None:
            d["end_user"] = end_user
            self.eu_ex[end_user] += 1
            self.eu_accts[end_user].add(a.id)
        d["ip"] = ip or (a.ips[0] if len(a.ips) == 1 else r.choice(a.ips))
        d["user_agent"] = ua or (a.uas[0] if len(a.uas) == 1 else r.choice(a.uas))
        if a.card:
            d["payment_fingerprint"] = a.card
        d["account_created"] = created or a.created
        d["model"] = model
        if params:
            d["params"] = params
        if prompt is not None:
            d["prompt"] = prompt
            tin = ntok(prompt)
        else:
            d["messages"] = messages
            tin = 0
            for m in messages:
                c = m.get("content")
                if isinstance(c, str):
                    tin += ntok(c) + 4
        if status != 200:
            d["response"] = ""
            d["usage"] = {"input_tokens": tin, "output_tokens": 0, "reasoning_tokens": 0}
        else:
            d["response"] = response
            rt = ntok(reasoning) if reasoning else 0
            if model == R1 and not reasoning:
                rt = r.randrange(40, 400)
            if reasoning:
                d["reasoning"] = reasoning
            d["usage"] = {"input_tokens": tin, "output_tokens": ntok(response) + rt, "reasoning_tokens": rt}
        d["status"] = status
        if conv and a.conv:
            d["conversation_id"] = conv
        if extra:
            d.update(extra)
        self._seq += 1
        self.recs.append((float(t), self._seq, orjson.dumps(d)))
        self.acct_ex[a.id] += 1
        a.n += 1
        if t < a.first:
            a.first = t

    def status(self, p_err=0.006, p429=0.0):
        x = self.r.random()
        if x < p429:
            return 429
        if x < p429 + p_err:
            return self.r.choice((500, 502, 503, 400, 408))
        return 200


# ---------------------------------------------------------------- text helpers
def math_item(r, lang):
    kind, tpl = r.choice(L.MATH[lang])
    n2 = r.randrange(2, 12)
    if kind == "change":
        n1 = r.randrange(2, 15)
        n3 = n1 * n2 + r.randrange(1, 60)
        n3 = ((n3 + 9) // 10) * 10
        ans = n3 - n1 * n2
        steps = ["%d × %d = %d" % (n1, n2, n1 * n2), "%d − %d = %d" % (n3, n1 * n2, ans)]
    elif kind in ("speed", "split"):
        ans = r.randrange(5, 120)
        n1 = ans * n2
        n3 = 0
        steps = ["%d ÷ %d = %d" % (n1, n2, ans)]
    elif kind == "girls":
        n1 = r.randrange(20, 60)
        n2 = r.randrange(5, n1 - 3)
        n3 = 0
        ans = n1 - n2
        steps = ["%d − %d = %d" % (n1, n2, ans)]
    else:  # save
        n1 = r.randrange(5, 50) * 10
        n3 = r.randrange(1, n1 * n2 // 10) * 10
        ans = n1 * n2 - n3
        steps = ["%d × %d = %d" % (n1, n2, n1 * n2), "%d − %d = %d" % (n1 * n2, n3, ans)]
    name = r.choice(L.NAMES.get(lang, L.NAMES["en"]))
    q = tpl.format(name=name, n1=n1, n2=n2, n3=n3, cur=L.CURRENCY.get(lang, "AED"))
    return q, steps, str(ans)


def steps_text(lang, steps, final):
    sw = L.STEP_WORD.get(lang, "Step")
    lines = ["%s %d: %s" % (sw, i + 1, s) for i, s in enumerate(steps)]
    lines.append("%s: %s" % (L.FINAL_WORD.get(lang, "Final answer"), final))
    return "\n".join(lines)


def reasoning_text(r, lang, steps, final, extra_checks=True):
    parts = [L.THINK_OPEN.get(lang, L.THINK_OPEN["en"])]
    for s in steps:
        parts.append(s)
    if extra_checks and r.random() < 0.6:
        parts.append({"en": "Let me double-check: ", "fr": "Vérifions : "}.get(lang, "") + (steps[-1] if steps else final))
    parts.append("→ " + final)
    return "\n".join(parts)


def gsm_solution_lines(sol):
    return [s.strip() for s in sol.split("\n") if s.strip()]


def lang_answer(r, lang, k=(2, 4), domain="service"):
    op = r.choice(L.ANSWER_OPEN.get(lang, L.ANSWER_OPEN["en"]))
    body = (L.ANSWER_CHAT if domain == "chat" else L.ANSWER_BODY).get(lang, L.ANSWER_BODY["en"])
    n = min(len(body), r.randint(*k))
    return op + "\n" + "\n".join("- " + s for s in r.sample(body, n))


_CODE_LANGS = [("python", "def solve(data):\n    result = []\n    for item in data:\n        if item is None:\n            continue\n        result.append(process(item))\n    return result\n"),
               ("javascript", "function solve(input) {\n  const out = [];\n  for (const x of input) {\n    if (x == null) continue;\n    out.push(transform(x));\n  }\n  return out;\n}\n"),
               ("sql", "SELECT customer_id, SUM(amount) AS total\nFROM transactions\nWHERE created_at >= NOW() - INTERVAL '30 days'\nGROUP BY customer_id\nORDER BY total DESC;\n"),
               ("bash", "#!/usr/bin/env bash\nset -euo pipefail\nfor f in \"$@\"; do\n  echo \"processing $f\"\ndone\n")]


_CODE_HINTS = [("sql", ("sql", "query", "table", "postgres", "mysql")), ("bash", ("bash", "shell", "ffmpeg", "linux command")),
               ("javascript", ("javascript", "react", "node", "typescript", "vue", "html", "css", " js"))]


def code_answer(r, prompt, long=False):
    lang, code = _CODE_LANGS[0]
    p = prompt.lower()[:1500]
    for k, hints in _CODE_HINTS:
        if any(h in p for h in hints):
            lang, code = next(x for x in _CODE_LANGS if x[0] == k)
            break
    head = r.choice(["Here's an implementation:", "Below is a working solution.", "You can do it like this:",
                     "Sure — here is one way to approach it."])
    tail = r.choice(["This runs in linear time in the size of the input.", "Adjust the helper names to your codebase.",
                     "Let me know if you need tests for it.", "Edge cases (empty input, None values) are handled explicitly."])
    s = "%s\n\n```%s\n%s```\n\n%s" % (head, lang, code, tail)
    if long:
        s += "\n\n**How it works**\n1. Validate the input.\n2. Iterate once, skipping empty items.\n3. Transform each item and collect the results.\n4. Return the collected list."
    return s


def math_prose(r, prompt):
    v = r.choice("xnkt")
    return ("**Solution.**\n1. Restate the problem and name the unknown %s.\n2. Translate the conditions into equations in %s.\n"
            "3. Solve the system and simplify.\n4. Check the result against every condition.\n\n**Answer:** %s = %d" % (v, v, v, r.randrange(2, 500)))


def prose_answer(r, prompt, n_points=(3, 5)):
    words = prompt.replace("\n", " ").split()
    topic = " ".join(words[:8]).strip(" ,.:;?!") or "this"
    pts = ["**Context.** %s depends on a few factors worth separating." % topic.capitalize(),
           "**Key point.** Start from the requirements and the constraints you cannot change.",
           "**Trade-offs.** Faster options usually cost flexibility; weigh which matters more here.",
           "**Example.** A concrete case makes the idea easier to check.",
           "**Pitfalls.** Watch for unstated assumptions and edge cases.",
           "**Next steps.** Try the simplest version first, then refine."]
    k = r.randint(*n_points)
    return "Here's a structured answer on \"%s\":\n\n%s" % (clip(topic, 60), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts[:k])))
