#!/usr/bin/env python3
"""gen_c: a seeded generator of one week of LLM-API traffic for a mid-size model provider ("Vela"),
with benign customer populations and hidden model-distillation campaigns.

usage: python gen.py --seed 7 --out /work/foreign/gen_c
Reads public corpora from $GEN_DATA (default /work/shared/data). Standard library + numpy + orjson.
Writes OUT/traffic.jsonl.gz (time-ordered) and OUT/labels.json.
"""
import argparse, bisect, csv, datetime as dt, gzip, hashlib, json, math, os, random, re, sys
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from banks import *  # noqa

START = dt.datetime(2027, 1, 11, tzinfo=dt.timezone.utc)
T0 = START.timestamp()
DAY = 86400.0
WEEK = 7 * DAY
T1 = T0 + WEEK
REL2 = T0 + 2 * DAY + 10 * 3600          # vela-reason-2 released 2027-01-13T10:00Z (day 3)
M_CHAT, M_MINI, M_CODE, M_R1, M_R2 = "vela-chat-3", "vela-chat-3-mini", "vela-code-2", "vela-reason-1", "vela-reason-2"
REASONING = {M_R1, M_R2}


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def ntok(s):
    if not s:
        return 0
    a = sum(1 for c in s if ord(c) < 128)
    return max(1, int(a / 4.0 + (len(s) - a) * 0.75))


# ------------------------------------------------------------------ time profiles (local hour weights)
PROF = {
    "consumer": [.35, .22, .12, .07, .05, .06, .12, .3, .5, .6, .7, .8, .9, .85, .85, .85, .9, 1., 1.15, 1.35, 1.5, 1.5, 1.2, .7],
    "office":   [.02, .01, .01, .01, .02, .05, .15, .5, 1.1, 1.4, 1.5, 1.3, .9, 1.2, 1.4, 1.35, 1.2, .8, .4, .25, .2, .15, .08, .04],
    "dev":      [.25, .15, .08, .04, .03, .04, .08, .25, .6, 1., 1.2, 1.2, 1., 1.1, 1.2, 1.2, 1.1, .9, .7, .7, .8, .75, .6, .4],
    "school":   [.05, .02, .01, .01, .01, .02, .1, .3, .35, .4, .4, .45, .5, .7, 1.1, 1.4, 1.5, 1.4, 1.3, 1.5, 1.6, 1.3, .7, .2],
    "night":    [1.5, 1.6, 1.6, 1.5, 1.2, .8, .3, .15, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .15, .3, .6, 1., 1.3],
    "flat":     [1.] * 24,
    "support":  [.1, .05, .03, .03, .05, .15, .4, .8, 1.2, 1.4, 1.4, 1.3, 1.2, 1.3, 1.3, 1.2, 1.1, 1., .9, .8, .7, .5, .35, .2],
    "late":     [1.2, 1.0, .7, .4, .2, .1, .05, .05, .1, .2, .3, .4, .5, .5, .5, .6, .7, .8, .9, 1., 1.2, 1.4, 1.5, 1.4],
}
DOW = {"consumer": [1, 1, 1, 1, 1.05, 1.2, 1.25], "office": [1, 1.05, 1.05, 1, .9, .12, .08], "dev": [1, 1, 1, 1, .9, .55, .5],
       "school": [1.1, 1.1, 1.1, 1, .7, .6, 1.2], "night": [1, 1, 1, 1, 1, .8, .8], "flat": [1] * 7, "support": [1, 1, 1, 1, 1, .8, .7],
       "late": [1, 1, 1, 1, 1.1, 1.3, 1.3]}
_cum = {}


def cumw(profile, tz):
    k = (profile, tz)
    if k not in _cum:
        w = []
        for h in range(168):
            loc = h + tz
            lh = int(math.floor(loc)) % 24
            ld = int(math.floor(loc / 24.0)) % 7
            w.append(PROF[profile][lh] * DOW[profile][ld])
        c, s = [], 0.0
        for x in w:
            s += x
            c.append(s)
        _cum[k] = c
    return _cum[k]


def sample_t(R, profile, tz, tmin=T0, tmax=T1):
    c = cumw(profile, tz)
    for _ in range(50):
        h = bisect.bisect_left(c, R.random() * c[-1])
        t = T0 + h * 3600 + R.random() * 3600
        if tmin <= t < tmax:
            return t
    return tmin + R.random() * max(60.0, min(tmax, T1) - tmin)


# ------------------------------------------------------------------ corpora
class Data:
    def __init__(self, d):
        d = Path(d)
        self.arena = [json.loads(l) for l in open(d / "benign/chatbot_arena_conversations.jsonl", encoding="utf-8")]
        self.hard = []
        for fn in ("arena_hard_v0.1.jsonl", "arena_hard_v2.0.jsonl"):
            for l in open(d / "benign" / fn, encoding="utf-8"):
                o = json.loads(l)
                cat = o.get("subcategory") or o.get("cluster") or ""
                self.hard.append((o["prompt"], cat))
        kw = re.compile(r"code|python|program|function|script|sql|javascript|c\+\+|rust|java|develop|api|regex|typescript|bash", re.I)
        self.hard_code = [p for p, c in self.hard if c == "coding" or kw.search(c) or kw.search(p[:200])]
        self.hard_math = [p for p, c in self.hard if c == "math" or "Math" in c or "Algebra" in c]
        self.gsm = [json.loads(l) for l in open(d / "extraction/gsm8k_train.jsonl", encoding="utf-8")]
        self.seed = [json.loads(l) for l in open(d / "extraction/self_instruct_seed_tasks.jsonl", encoding="utf-8")]
        self.user = [json.loads(l) for l in open(d / "extraction/self_instruct_user_oriented.jsonl", encoding="utf-8")]
        self.jb = json.load(open(d / "jailbreak/inthewild_jailbreak_llms.json", encoding="utf-8"))
        self.dan = []
        for f in sorted((d / "jailbreak/dan").glob("*.json")):
            self.dan += [s.replace("{generator.name}", "Vela") for s in json.load(open(f, encoding="utf-8"))]
        sx = json.load(open(d / "jailbreak/sysprompt_extraction_attacks.json", encoding="utf-8"))
        self.sysx = [p for v in sx.values() for p in v]
        self.adv = [r["goal"] for r in csv.DictReader(open(d / "harmful/advbench_harmful_behaviors.csv", encoding="utf-8"))]
        self.arena_asst = [m["content"] for c in self.arena for m in c["messages"] if m["role"] == "assistant" and 200 < len(m["content"]) < 2500]
        self.arena_user = [m["content"] for c in self.arena for m in c["messages"] if m["role"] == "user" and 5 < len(m["content"]) < 600]


def clip(s, n=1400):
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + " ..."


def gsm_answer(a):
    a = re.sub(r"<<[^>]*>>", "", a)
    body, _, fin = a.partition("####")
    return body.strip(), fin.strip()


# ------------------------------------------------------------------ generated items (own, not public benchmarks)
def gen_math(R, lang="en", level=2):
    """returns (question, [steps], answer)"""
    fam = R.randrange(12 if level >= 2 else 5)
    L = lang if lang in WP else "en"
    nm = R.choice(NAMES.get(L, NAMES["en"]))
    if fam == 0:
        k, p = R.randint(2, 9), R.randint(2, 15)
        b = ((k * p) // 10 + 1 + R.randint(0, 3)) * 10
        q = WP[L].format(n=nm, k=k, it=R.choice(ITEMS.get(L, ITEMS["en"])), p=p, b=b)
        return q, [f"{k} x {p} = {k*p}", f"{b} - {k*p} = {b-k*p}"], str(b - k * p)
    if fam == 1 and L in WP2:
        a, b = R.choice([(2, 3), (3, 6), (4, 12), (6, 3), (5, 20), (10, 15), (4, 6)])
        r = a * b / (a + b)
        return WP2[L].format(a=a, b=b), [f"1/{a} + 1/{b} = {a+b}/{a*b}", f"time = {a*b}/{a+b} = {r:g} h"], f"{r:g}"
    if fam == 2 and L in WP3:
        p, d, t = R.choice([40, 60, 80, 120, 150, 200]), R.choice([10, 15, 20, 25, 30]), R.choice([5, 8, 10, 19, 20])
        f = round(p * (1 - d / 100) * (1 + t / 100), 2)
        return WP3[L].format(p=p, d=d, t=t), [f"{p} x {1-d/100:g} = {p*(1-d/100):g}", f"x {1+t/100:g} = {f:g}"], f"{f:g}"
    if fam in (1, 2, 3):
        x = R.randint(-12, 12)
        a, c = R.randint(2, 9), R.randint(1, 9)
        if a == c:
            a += 1
        b = R.randint(-20, 20)
        d = (a - c) * x + b
        q = f"Solve for x: {a}x + {b} = {c}x + {d}"
        return q, [f"{a}x - {c}x = {d} - ({b})", f"{a-c}x = {d-b}", f"x = {x}"], str(x)
    if fam == 4:
        r1, r2 = R.randint(-9, 9), R.randint(-9, 9)
        q = f"Find all real solutions of x^2 {'-' if r1+r2>=0 else '+'} {abs(r1+r2)}x {'+' if r1*r2>=0 else '-'} {abs(r1*r2)} = 0"
        return q, [f"factor: (x - {r1})(x - {r2}) = 0"], f"x = {r1} or x = {r2}"
    if fam == 5:
        a, b, m = R.randint(2, 19), R.randint(20, 400), R.choice([7, 9, 11, 13, 17, 19, 23, 100, 1000])
        return f"What is the remainder when {a}^{b} is divided by {m}?", [f"use cycles of {a}^k mod {m}"], str(pow(a, b, m))
    if fam == 6:
        ps = R.sample([2, 3, 5, 7, 11, 13, 17], R.randint(2, 3))
        es = [R.randint(1, 4) for _ in ps]
        n = 1
        for p_, e_ in zip(ps, es):
            n *= p_ ** e_
        cnt = 1
        for e_ in es:
            cnt *= e_ + 1
        return f"How many positive divisors does {n} have?", ["prime factorize", "multiply (exponent+1)"], str(cnt)
    if fam == 7:
        r, b, k = R.randint(3, 9), R.randint(2, 9), R.randint(2, 3)
        num = math.comb(r, k)
        den = math.comb(r + b, k)
        g = math.gcd(num, den)
        return (f"A bag holds {r} red and {b} blue marbles. {k} are drawn without replacement. What is the probability that all are red?",
                [f"C({r},{k}) / C({r+b},{k}) = {num}/{den}"], f"{num//g}/{den//g}")
    if fam == 8:
        n = R.randint(5, 10)
        return (f"In how many ways can {n} people sit around a round table if two particular people must sit next to each other?",
                [f"treat pair as one: ({n-1}-1)! x 2"], str(math.factorial(n - 2) * 2))
    if fam == 9:
        a, dlt, n = R.randint(1, 20), R.randint(2, 9), R.randint(10, 60)
        return (f"The sequence starts {a}, {a+dlt}, {a+2*dlt}, ... What is the sum of the first {n} terms?",
                [f"S = n/2 (2a + (n-1)d) = {n}/2 ({2*a} + {(n-1)*dlt})"], str(n * (2 * a + (n - 1) * dlt) // 2))
    if fam == 10:
        v0, a, t = R.randint(0, 20), R.randint(1, 6), R.randint(3, 15)
        s = v0 * t + a * t * t / 2
        return (f"A cart moving at {v0} m/s accelerates uniformly at {a} m/s^2 for {t} s. How far does it travel in that time?",
                [f"s = v0 t + a t^2 / 2 = {v0*t} + {a*t*t/2:g}"], f"{s:g} m")
    k, n = R.randint(2, 5), R.randint(8, 30)
    tot = sum(i * i for i in range(n) if i % k == 0)
    code = f"def f(n):\n    s = 0\n    for i in range(n):\n        if i % {k} == 0:\n            s += i * i\n    return s"
    return f"What does f({n}) return?\n\n```python\n{code}\n```", [f"sum of i^2 for i in range({n}) with i % {k} == 0"], str(tot)


def gen_code_task(R):
    t = R.choice(CODE_TASKS)
    lang = R.choice(CODE_LANGS)
    return f"Write a {lang} function that {t}.{R.choice(CODE_TWISTS)}", lang, t


def code_answer(R, lang, task):
    fn = "_".join(re.findall(r"[a-z]+", task)[:3])
    if lang.startswith("Python"):
        body = f"def {fn}(data):\n    \"\"\"{task}.\"\"\"\n    if not data:\n        return None\n    result = []\n    for item in data:\n        result.append(item)\n    return result"
        lg = "python"
    elif lang in ("TypeScript", "JavaScript"):
        body = f"export function {fn.title().replace('_','')}(data{': unknown[]' if lang=='TypeScript' else ''}) {{\n  if (!data?.length) return null;\n  const out = [];\n  for (const x of data) out.push(x);\n  return out;\n}}"
        lg = lang.lower()
    elif lang == "Go":
        body = f"func {fn.title().replace('_','')}(data []string) ([]string, error) {{\n\tif len(data) == 0 {{\n\t\treturn nil, errors.New(\"empty\")\n\t}}\n\tout := make([]string, 0, len(data))\n\treturn append(out, data...), nil\n}}"
        lg = "go"
    else:
        body = f"// {task}\n// implementation in {lang}\n{fn}(input) {{\n    // ...\n}}"
        lg = lang.lower()
    return f"Here's an implementation that {task}:\n\n```{lg}\n{body}\n```\n\nComplexity: O(n log n) time, O(n) space. " + R.choice(
        ["Let me know if you want tests.", "Edge cases: empty input returns None.", "You can adapt the signature to your data model."])


def make_reasoning(R, q, steps=None, ans=None, lang="en"):
    head = R.choice(["The user wants", "We need", "The question asks for", "Okay, so the task is", "Let me parse this:"])
    s = [f"{head} {clip(q.replace(chr(10), ' '), 120)}"]
    if steps:
        for st in steps:
            s.append(R.choice(["First,", "Next,", "Then", "So", "Now"]) + " " + st.rstrip(". ") + ".")
        s.append(R.choice(["Let me double-check.", "Verify:", "Sanity check:"]) + f" the result {ans} is consistent.")
    else:
        s += R.sample(["I should identify the key constraints first.", "There are a few possible interpretations; the most likely one is the practical one.",
                       "I'll structure the answer with a short intro and a list.", "Consider the edge cases.", "The user seems to be a beginner, keep it simple.",
                       "Maybe give an example to make it concrete.", "I should not overcomplicate this.", "Check whether any assumption is missing."], 3)
    return " ".join(s)


def generic_en(R, prompt):
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", prompt)[:10]
    topic = " ".join(words[:6]) or "this"
    return R.choice([f"Sure! Here's an overview regarding \"{topic}\":\n\n1. Background: ...\n2. Key points: ...\n3. Recommendation: ...",
                     f"Good question. In short, when it comes to {topic.lower()}, the main thing is ... Here are a few details:\n- ...\n- ...",
                     f"Here is a draft:\n\n{topic.title()} - ...\n\nLet me know if you'd like a different tone or length."])


def resp_lang(R, lang, topic):
    return R.choice(LANG[lang]["resp"]).format(t=topic) if lang in LANG else generic_en(R, topic)


# ------------------------------------------------------------------ the generator
class Gen:
    def __init__(self, seed, data):
        self.R = random.Random(seed)
        self.seed = seed
        self.D = data
        self.recs = []
        self.labels = {}
        self.eu_labels = {}
        self.n = 0
        self.used = set()
        self.counts = {}

    # ---- ids
    def hid(self, prefix, n=12):
        while True:
            s = prefix + "%0*x" % (n, self.R.getrandbits(4 * n))
            if s not in self.used:
                self.used.add(s)
                return s

    # ---- ips
    def ip_res(self, c, v6=0.2):
        R = self.R
        if c in V6 and R.random() < v6:
            return V6[c] + ":".join("%x" % R.getrandbits(16) for _ in range(8 - V6[c].count(":") - 1))[: 30]
        return self.ip_from(R.choice(RES.get(c, RES["US"])))

    def ip_from(self, pfx):
        R = self.R
        parts = [p for p in pfx.split(".") if p != ""]
        if not pfx.endswith("."):  # partial last octet like "84.1" -> 84.1x / 84.1xx
            last = parts[-1]
            cand = [int(last + str(d)) for d in range(10) if int(last + str(d)) < 256] or [int(last)]
            if len(last) == 1:
                cand += [int(last + str(d) + str(e)) for d in range(10) for e in range(10) if int(last + str(d) + str(e)) < 256]
            parts[-1] = str(R.choice(cand))
        while len(parts) < 4:
            parts.append(str(R.randint(1, 254)))
        return ".".join(parts[:4])

    def ip_cloud(self, k):
        return self.ip_from(self.R.choice(CLOUD[k]))

    def ip_mob(self, c):
        return self.ip_from(self.R.choice(MOB.get(c, RES.get(c, RES["US"]))))

    def country(self, exclude=()):
        cs = [(c, v[2]) for c, v in COUNTRIES.items() if c not in exclude]
        return self.R.choices([c for c, _ in cs], [w for _, w in cs])[0]

    def lang_of(self, c):
        ls = COUNTRIES[c][1]
        return self.R.choices([l for l, _ in ls], [p for _, p in ls])[0]

    # ---- accounts
    def account(self, label, pop=None, cid=None, tactic=None, created=None, country=None, org=None, pm=None, nkeys=1, tz=None, lang=None):
        R = self.R
        c = country or self.country()
        a = dict(id=self.hid("acct_", 10), org=org or self.hid("org_", 10), pm=pm if pm is not None else self.hid("pm_", 14),
                 country=c, tz=COUNTRIES[c][0] if tz is None else tz, lang=lang or self.lang_of(c),
                 keys=[self.hid("key_", 12) for _ in range(nkeys)],
                 created=created if created is not None else T0 - R.uniform(2, 700) * DAY, first=None)
        if label == "benign":
            self.labels[a["id"]] = {"label": "benign", "population": pop}
        else:
            self.labels[a["id"]] = {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}
        return a

    # ---- emission
    def emit(self, a, t, model, messages, params=None, response=None, reasoning=None, conv=None, key=None, ip=None, ua=None,
             end_user=None, n_out=None, reasoning_tokens=None, err=0.004, rl=0.0, extra=None, tools_tok=0, n_choices=1):
        R = self.R
        if t < a["created"] + 30:
            t = a["created"] + 30 + R.random() * 600
        if t >= T1:
            return t
        if t < T0:
            t = T0 + R.random() * 300
        if model == M_R2 and t < REL2:
            model = M_R1
        base = dict(account_id=a["id"], org_id=a["org"], api_key_id=key or a["keys"][0])
        if end_user:
            base["end_user"] = end_user
        base.update(ip=ip, user_agent=ua, payment_fingerprint=a["pm"], account_created=iso(a["created"]), model=model)
        base["params"] = params or {}
        intok = sum(ntok(m["content"]) if isinstance(m.get("content"), str) else 20 for m in messages) + 4 * len(messages) + tools_tok
        # failures and retries
        r = R.random()
        tries = []
        if r < rl:
            tries.append(429)
            if R.random() < 0.3:
                tries.append(429)
        elif r < rl + err:
            tries.append(R.choice([500, 502, 503, 503, 504, 529]))
        for st in tries:
            rec = dict(ts=iso(t), id=self.exid(), **base, messages=messages, status=st, conversation_id=conv)
            rec["usage"] = {"input_tokens": 0 if st == 429 else intok, "output_tokens": 0, "reasoning_tokens": 0}
            rec["error"] = {429: "rate_limit_exceeded", 500: "internal_error", 502: "bad_gateway", 503: "overloaded",
                            504: "upstream_timeout", 529: "overloaded"}[st]
            self._put(t, rec)
            t += R.uniform(1, 4) * (2 ** len(tries)) + (R.uniform(5, 40) if st == 429 else 0)
            if R.random() < 0.08:  # client gave up
                return t
        rec = dict(ts=iso(t), id=self.exid(), **base, messages=messages, response=response)
        if reasoning is not None and model in REASONING:
            rec["reasoning"] = reasoning
        out = n_out if n_out is not None else int(ntok(response or "") * R.uniform(0.95, 1.12)) * n_choices
        rt = 0
        if model in REASONING:
            rt = reasoning_tokens if reasoning_tokens is not None else int(max(ntok(reasoning or ""), 40) * R.uniform(2.5, 7))
        rec["usage"] = {"input_tokens": intok, "output_tokens": out + rt, "reasoning_tokens": rt}
        rec["status"] = 200
        if conv:
            rec["conversation_id"] = conv
        if extra:
            rec.update(extra)
        self._put(t, rec)
        return t

    def exid(self):
        self.n += 1
        return "ex_" + hashlib.blake2b(f"{self.seed}:{self.n}".encode(), digest_size=8).hexdigest()

    def _put(self, t, rec):
        rec = {k: v for k, v in rec.items() if v is not None}
        self.recs.append((t, orjson.dumps(rec)))
        aid = rec["account_id"]
        self.counts[aid] = self.counts.get(aid, 0) + 1

    # ---- helpers for content
    def chat_plan(self, lang, kind="general"):
        """-> list of (user_text, response, steps_or_None, ans)"""
        R, D = self.R, self.D
        if lang == "en" or lang not in LANG:
            x = R.random()
            if kind == "code" or (kind == "general" and x < 0.12):
                if R.random() < 0.5:
                    p = R.choice(D.hard_code)
                    return [(p, code_answer(R, "Python", clip(p, 60).lower()), None, None)]
                q, lg, t = gen_code_task(R)
                turns = [(q, code_answer(R, lg, t), None, None)]
                if R.random() < 0.4:
                    turns.append((R.choice(EN_FU), code_answer(R, lg, t), None, None))
                return turns
            if x < 0.72:
                conv = R.choice(D.arena)["messages"]
                turns = []
                for i in range(0, len(conv) - 1, 2):
                    if conv[i]["role"] == "user" and conv[i + 1]["role"] == "assistant":
                        turns.append((conv[i]["content"], clip(conv[i + 1]["content"]), None, None))
                return turns[:5] or [(conv[0]["content"], generic_en(R, conv[0]["content"]), None, None)]
            if x < 0.85:
                p, _ = R.choice(D.hard)
                return [(p, generic_en(R, p), None, None)]
            if x < 0.93:
                q, st, ans = gen_math(R, "en")
                return [(q, "\n".join(st) + f"\n\nAnswer: {ans}", st, ans)]
            u = R.choice(D.user)
            inst = u["instruction"] + ("\n\n" + u["instances"][0]["input"] if u["instances"][0]["input"] else "")
            return [(inst, clip(u["instances"][0]["output"]) or generic_en(R, inst), None, None)]
        B = LANG[lang]
        if R.random() < 0.25:
            p = R.choice(B["solo"])
            turns = [(p, resp_lang(R, lang, p[:30]), None, None)]
        else:
            tp = R.choice(B["top"])
            turns = [(R.choice(B["tpl"]).format(t=tp), resp_lang(R, lang, tp), None, None)]
            while R.random() < 0.35 and len(turns) < 4:
                turns.append((R.choice(B["fu"]), resp_lang(R, lang, tp), None, None))
        if kind == "code" and R.random() < 0.6:
            q, lg, t = gen_code_task(R)
            turns = [(q, code_answer(R, lg, t), None, None)]
        return turns

    def run_conv(self, a, t, turns, model, params, ip, ua, key=None, end_user=None, system=None, gap=(20, 180), err=0.004, rl=0.0,
                 reason_lang="en", conv=True, extra_fn=None, n_choices=1):
        """emit a multi-turn conversation; returns time after last turn"""
        R = self.R
        cid = self.hid("conv_", 12) if (conv and len(turns) > 1) or (conv and R.random() < 0.5) else None
        msgs = [{"role": "system", "content": system}] if system else []
        for (u, resp, steps, ans) in turns:
            msgs = msgs + [{"role": "user", "content": u}]
            reasoning = make_reasoning(R, u, steps, ans) if model in REASONING or (model == M_R2) else None
            t = self.emit(a, t, model, msgs[-9:] if len(msgs) > 9 else msgs, params, resp, reasoning, cid, key, ip, ua, end_user,
                          err=err, rl=rl, n_choices=n_choices, extra=extra_fn() if extra_fn else None)
            msgs = msgs + [{"role": "assistant", "content": resp}]
            t += R.lognormvariate(math.log(gap[0] * 2 + 1), 0.6) + R.uniform(0, gap[1])
        return t


def pick_model(R, t, weights):
    """weights: dict model->w; vela-reason-2 only after release; early adopters shift part of reason-1 to reason-2"""
    ms = list(weights)
    ws = [weights[m] if (m != M_R2 or t >= REL2) else 0 for m in ms]
    return R.choices(ms, ws)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies population sizes")
    args = ap.parse_args()
    data = Data(os.environ.get("GEN_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data")))
    g = Gen(args.seed, data)
    import populations
    populations.build(g, args.scale)
    g.recs.sort(key=lambda x: x[0])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "traffic.jsonl.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0, filename="") as f:
        for _, b in g.recs:
            f.write(b)
            f.write(b"\n")
    seen = set(g.counts)
    acc = {k: v for k, v in g.labels.items() if k in seen}
    eus = {k: v for k, v in g.eu_labels.items()}
    with open(out / "labels.json", "w", encoding="utf-8") as f:
        json.dump({"version": 1, "accounts": acc, "end_users": eus}, f, indent=1, sort_keys=True)
    print(f"exchanges {len(g.recs)} accounts {len(acc)} campaign end users {len(eus)}", file=sys.stderr)


if __name__ == "__main__":
    main()
