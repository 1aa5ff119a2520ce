#!/usr/bin/env python3
"""Independent generator of one week of LLM-API traffic at an inference reseller,
with hidden model-distillation campaigns.  Seeded; stdlib + numpy + orjson only.

usage: gen.py --seed 20261214 --out /work/foreign/gen_b
writes OUT/traffic.jsonl.gz and OUT/labels.json
"""
import argparse, csv, gzip, json, math, os, random, re, hashlib
from datetime import datetime, timezone, timedelta
import numpy as np
import orjson

DATA = os.environ.get("GEN_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
DAY0 = datetime(2026, 12, 14, tzinfo=timezone.utc).timestamp()   # Monday
WEEK = 7 * 86400
RELEASE = DAY0 + 3 * 86400 + 16 * 3600      # atlas-think-2 released Thu 2026-12-17 16:00Z (day 4)

CHAT, MINI, THINK1, THINK2 = "atlas-chat-2", "atlas-chat-2-mini", "atlas-think-1", "atlas-think-2"
REASONING = {THINK1, THINK2}

R = random.Random(0)          # re-seeded in main
OUT = []                      # exchange records
LABELS = {"version": 1, "accounts": {}, "end_users": {}}
EU_SEEN = {}                  # campaign end user -> set(account ids)


# ----------------------------------------------------------------------------------- corpora
def load_jsonl(p):
    with open(os.path.join(DATA, p), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def load_corpora():
    C = {}
    C["arena"] = [c["messages"] for c in load_jsonl("benign/chatbot_arena_conversations.jsonl")
                  if c.get("messages") and c["messages"][0]["role"] == "user"]
    ah = load_jsonl("benign/arena_hard_v0.1.jsonl") + load_jsonl("benign/arena_hard_v2.0.jsonl")
    C["ah_all"] = [a["prompt"] for a in ah]
    C["ah_code"] = [a["prompt"] for a in ah if a.get("subcategory") == "coding" or
                    re.search(r"\b(code|python|function|script|sql|javascript|c\+\+|rust|program)\b", a["prompt"], re.I)]
    C["ah_math"] = [a["prompt"] for a in ah if a.get("subcategory") == "math"]
    C["ah_creative"] = [a["prompt"] for a in ah if a.get("subcategory") == "creative_writing"]
    C["gsm"] = load_jsonl("extraction/gsm8k_train.jsonl")
    si = load_jsonl("extraction/self_instruct_seed_tasks.jsonl") + load_jsonl("extraction/self_instruct_user_oriented.jsonl")
    C["si"] = si
    jb = json.load(open(os.path.join(DATA, "jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8"))
    dandir = os.path.join(DATA, "jailbreak/dan")
    for fn in sorted(os.listdir(dandir)):
        jb += [s.replace("{generator.name}", "Atlas") for s in json.load(open(os.path.join(dandir, fn), encoding="utf-8"))]
    C["jb"] = [j for j in jb if 40 < len(j) < 6000]
    sp = json.load(open(os.path.join(DATA, "jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8"))
    C["sysx"] = [p for v in sp.values() for p in v]
    with open(os.path.join(DATA, "harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
        C["adv"] = [r["goal"] for r in csv.DictReader(f)]
    return C


# ----------------------------------------------------------------------------------- helpers
def hx(n=12):
    return "%0*x" % (n, R.getrandbits(4 * n))


def iso(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def iso_s(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def lognorm_int(mean, sigma=0.8, lo=1, hi=10 ** 6):
    mu = math.log(max(mean, 1e-9)) - sigma * sigma / 2
    return int(min(hi, max(lo, round(R.lognormvariate(mu, sigma)))))


def ntok(text):
    if not text:
        return 0
    na = sum(1 for ch in text if ord(ch) > 0x2FF)
    return max(1, int((len(text) - na) / 4.0 + na * 0.9))


# ----------------------------------------------------------------------------------- geography
# country: (languages with weights, utc offset, residential first octets)
COUNTRIES = {
    "US": ([("en", 0.93), ("es", 0.07)], -6, ["73", "24", "98", "71", "174", "67", "108", "76"]),
    "GB": ([("en", 1)], 0, ["81", "86", "90", "92"]),
    "CA": ([("en", 0.8), ("fr", 0.2)], -5, ["99", "142", "174"]),
    "AU": ([("en", 1)], 10, ["1", "49", "101"]),
    "IN": ([("en", 0.65), ("hi", 0.35)], 5.5, ["49", "106", "117", "223"]),
    "NG": ([("en", 1)], 1, ["105", "197"]),
    "CN": ([("zh", 1)], 8, ["112", "117", "183", "27", "120"]),
    "TW": ([("zh", 0.9), ("en", 0.1)], 8, ["1", "36", "114"]),
    "SG": ([("en", 0.6), ("zh", 0.4)], 8, ["116", "175", "118"]),
    "HK": ([("zh", 0.7), ("en", 0.3)], 8, ["58", "219", "112"]),
    "ES": ([("es", 1)], 1, ["88", "83", "79"]),
    "MX": ([("es", 1)], -6, ["187", "189", "201"]),
    "AR": ([("es", 1)], -3, ["181", "190"]),
    "CO": ([("es", 1)], -5, ["181", "186"]),
    "BR": ([("pt", 1)], -3, ["177", "179", "187", "189", "200"]),
    "PT": ([("pt", 1)], 0, ["85", "94", "188"]),
    "JP": ([("ja", 1)], 9, ["126", "153", "60", "133"]),
    "KR": ([("ko", 1)], 9, ["211", "175", "121", "59"]),
    "DE": ([("de", 0.9), ("en", 0.1)], 1, ["84", "91", "93", "87"]),
    "FR": ([("fr", 1)], 1, ["90", "82", "86", "92"]),
    "RU": ([("ru", 1)], 3, ["95", "178", "37", "46"]),
    "KZ": ([("ru", 1)], 5, ["2", "37"]),
    "SA": ([("ar", 0.85), ("en", 0.15)], 3, ["94", "188", "212"]),
    "EG": ([("ar", 1)], 2, ["41", "156", "197"]),
    "AE": ([("ar", 0.5), ("en", 0.5)], 4, ["94", "86"]),
    "ID": ([("id", 0.9), ("en", 0.1)], 7, ["36", "114", "180", "182"]),
    "VN": ([("vi", 1)], 7, ["14", "113", "171", "27"]),
    "TR": ([("tr", 1)], 3, ["78", "85", "176", "88"]),
    "NL": ([("en", 0.7), ("de", 0.3)], 1, ["77", "83", "145"]),
    "PL": ([("en", 1)], 1, ["31", "83", "89"]),
}
# world mix of casual/dev customers (weights)
WORLD = [("US", 22), ("IN", 8), ("GB", 5), ("CA", 3), ("AU", 2), ("NG", 1.5), ("CN", 6), ("TW", 2), ("SG", 1.5),
         ("HK", 1.2), ("ES", 3), ("MX", 3), ("AR", 1.5), ("CO", 1.2), ("BR", 6), ("PT", 1), ("JP", 5), ("KR", 4.5),
         ("DE", 5), ("FR", 4.5), ("RU", 3), ("KZ", 0.6), ("SA", 1.5), ("EG", 1.5), ("AE", 1), ("ID", 4), ("VN", 3),
         ("TR", 3), ("NL", 1.5), ("PL", 1.5)]

CLOUD = {  # provider: (prefixes, country)
    "aws": (["3.%d" % i for i in range(80, 240)] + ["18.%d" % i for i in range(100, 230)] +
            ["52.%d" % i for i in range(0, 95)] + ["54.%d" % i for i in range(144, 250)], "US"),
    "gcp": (["34.%d" % i for i in range(64, 160)] + ["35.%d" % i for i in range(184, 240)], "US"),
    "azure": (["20.%d" % i for i in range(36, 120)] + ["40.%d" % i for i in range(74, 125)], "US"),
    "hetzner": (["88.198", "95.216", "65.21", "135.181", "116.202", "49.12"], "DE"),
    "ovh": (["51.75", "51.38", "145.239", "54.36", "137.74"], "FR"),
    "digitalocean": (["159.89", "167.99", "138.68", "164.90", "206.189"], "NL"),
    "alicloud": (["47.88", "47.243", "8.209", "47.74"], "SG"),
    "tencent": (["43.135", "43.156", "119.28", "129.226"], "HK"),
    "vultr": (["45.32", "45.76", "149.28", "207.148", "66.42"], "JP"),
    "m247_vpn": (["37.120", "89.238", "193.27", "185.156", "91.90"], "NL"),
    "datacamp_vpn": (["143.244", "156.146", "212.102", "84.17"], "GB"),
}


def ip_res(country):
    p = pick(COUNTRIES[country][2])
    return "%s.%d.%d.%d" % (p, R.randrange(256), R.randrange(256), R.randrange(1, 255))


def ip_cloud(provider):
    p = pick(CLOUD[provider][0])
    parts = p.split(".")
    while len(parts) < 3:
        parts.append(str(R.randrange(256)))
    return ".".join(parts + [str(R.randrange(1, 255))])


def ip6_res():
    return "2%03x:%x:%x:%x::%x" % (R.randrange(0x400, 0xa00), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16))


def country_lang(country):
    return wpick(COUNTRIES[country][0])


UA_PY = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.55.3", "OpenAI/Python 1.57.0", "OpenAI/Python 1.58.1",
         "OpenAI/Python 1.51.2", "OpenAI/Python 1.45.0", "OpenAI/Python 1.59.6", "OpenAI/Python 1.52.0"]
UA_JS = ["OpenAI/JS 4.73.0", "OpenAI/JS 4.71.1", "OpenAI/JS 4.76.1", "OpenAI/JS 4.67.3"]
UA_MISC = ["python-requests/2.32.3", "python-requests/2.31.0", "python-httpx/0.27.2", "python-httpx/0.28.1",
           "axios/1.7.7", "axios/1.7.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "curl/8.5.0",
           "curl/7.81.0", "Go-http-client/2.0", "okhttp/4.12.0", "aiohttp/3.10.10", "aiohttp/3.11.9", "Dart/3.5 (dart:io)", "undici", "Java-http-client/17.0.12"]
UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
]
UA_TOOLS = ["langchain-openai/0.2.10 OpenAI/Python 1.55.3", "litellm/1.55.3", "LlamaIndex/0.12.2 OpenAI/Python 1.57.0",
            "Cursor/0.43.6", "continue/0.8.60", "aider/0.67.0 OpenAI/Python 1.55.3", "vercel-ai-sdk/4.0.11 OpenAI/JS 4.73.0"]


def ua_dev():
    return wpick([(pick(UA_PY), 50), (pick(UA_JS), 22), (pick(UA_MISC), 15), (pick(UA_TOOLS), 13)])


def ua_casual():
    return wpick([(pick(UA_BROWSER), 45), (pick(UA_PY), 30), (pick(UA_JS), 8), (pick(UA_MISC), 10), (pick(UA_TOOLS), 7)])


# ----------------------------------------------------------------------------------- time
HUMAN_H = [1.2, 0.7, 0.4, 0.3, 0.3, 0.4, 0.8, 1.6, 2.8, 3.8, 4.4, 4.6, 4.0, 4.2, 4.6, 4.6, 4.3, 3.8, 3.4, 3.6, 3.9, 3.8, 3.0, 2.0]
OFFICE_H = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1.2, 3.5, 5.5, 6.0, 5.8, 4.2, 5.2, 5.8, 5.6, 4.8, 3.0, 1.3, 0.7, 0.5, 0.4, 0.3, 0.2]
STUDENT_H = [2.5, 1.6, 0.8, 0.3, 0.2, 0.2, 0.3, 0.7, 1.6, 2.4, 2.8, 3.0, 2.8, 3.2, 3.6, 3.8, 4.0, 4.2, 4.0, 4.4, 5.0, 5.2, 4.8, 3.8]
FLAT_H = [3.0, 2.9, 2.8, 2.8, 2.8, 2.9, 3.0, 3.2, 3.4, 3.6, 3.7, 3.8, 3.8, 3.8, 3.8, 3.8, 3.7, 3.6, 3.5, 3.4, 3.3, 3.2, 3.1, 3.0]
PROFILES = {"human": (HUMAN_H, 0.75), "office": (OFFICE_H, 0.15), "student": (STUDENT_H, 1.1), "flat": (FLAT_H, 0.95)}


def _cum(ws):
    c, s = [], 0.0
    for w in ws:
        s += w
        c.append(s)
    return c


_PROF_CUM = {k: _cum(v[0]) for k, v in PROFILES.items()}


def pick_time(tz, profile="human", lo=DAY0, hi=DAY0 + WEEK):
    hours, wkend = PROFILES[profile]
    cum = _PROF_CUM[profile]
    for _ in range(200):
        d = R.randrange(-1, 8)
        dow = (d % 7)                 # DAY0 is Monday -> d=5,6 weekend
        if dow >= 5 and R.random() > wkend:
            continue
        h = R.choices(range(24), cum_weights=cum)[0]
        ts = DAY0 + d * 86400 + (h + R.random()) * 3600 - tz * 3600
        if lo <= ts < hi:
            return ts
    return lo + R.random() * (hi - lo)


def session_times(n, tz, profile, gap_mean, sess_mean, lo=DAY0, hi=DAY0 + WEEK):
    """n request times grouped in sessions; gaps lognormal around gap_mean seconds."""
    out = []
    while len(out) < n:
        k = min(n - len(out), max(1, int(R.expovariate(1.0 / sess_mean)) + 1))
        t = pick_time(tz, profile, lo, hi)
        for _ in range(k):
            if t >= hi:
                break
            out.append(t)
            t += R.lognormvariate(math.log(gap_mean), 0.7)
    out.sort()
    return out[:n]


# ----------------------------------------------------------------------------------- identities
class Acct:
    __slots__ = ("id", "org", "keys", "pay", "created", "ua", "country", "tz", "lang", "ips", "ipmode", "pop", "extra")

    def __init__(self, pop, country="US", created=None, org=None, pay=None, ua=None, ips=None, ipmode="sticky",
                 nkeys=1, lang=None):
        self.id = "acct_" + hx(14)
        self.org = org or ("org-" + hx(16))
        self.keys = ["key_" + hx(10) for _ in range(nkeys)]
        self.pay = pay if pay is not None else ("pm_" + hx(16))
        self.created = created if created is not None else DAY0 - R.uniform(20, 900) * 86400
        self.ua = ua or ua_casual()
        self.country = country
        self.tz = COUNTRIES.get(country, ([], 0, []))[1]
        self.lang = lang or country_lang(country)
        self.ips = ips or [ip_res(country) for _ in range(R.choice([1, 1, 1, 2, 2, 3]))]
        self.ipmode = ipmode
        self.pop = pop
        self.extra = {}


def label_benign(a, population):
    LABELS["accounts"][a.id] = {"label": "benign", "population": population}


def label_campaign(a, cid, tactic):
    LABELS["accounts"][a.id] = {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}


def label_eu(eu, acct_id, cid, tactic):
    EU_SEEN.setdefault(eu, set()).add(acct_id)
    LABELS["end_users"][eu] = {"account_ids": None, "label": "campaign", "campaign_id": cid, "tactic": tactic,
                               "held_out": True}


# ----------------------------------------------------------------------------------- emission
def out_tokens(kind, max_tokens):
    base = {"chat": 320, "short": 90, "code": 650, "cot": 1100, "long": 900, "json": 260, "grade": 380,
            "synth": 1400, "tool": 140, "translate": 240, "label": 60}.get(kind, 300)
    v = lognorm_int(base, 0.6, 5)
    if max_tokens:
        v = min(v, max_tokens)
    return v


def reason_tokens(effort):
    base = {"low": 350, "medium": 1300, "high": 3800, None: 1300}.get(effort, 1300)
    return lognorm_int(base, 0.65, 40, 30000)


def emit(a, ts, model, messages, params=None, response="", reasoning=None, kind="chat", end_user=None,
         conv=None, key=None, ip=None, status=None, err_rate=0.006, rl_rate=0.01, retry=True, ua=None):
    """Write one exchange (and, on error, possibly a retry). Returns list of timestamps used."""
    params = dict(params or {})
    if ts < DAY0 or ts >= DAY0 + WEEK:
        return
    if ip is None:
        if a.ipmode == "sticky":
            ip = a.ips[0] if R.random() < 0.85 else pick(a.ips)
        elif callable(a.ipmode):
            ip = a.ipmode()
        else:
            ip = pick(a.ips)
    if status is None:
        x = R.random()
        status = 429 if x < rl_rate else (pick([500, 502, 503, 503, 504, 529]) if x < rl_rate + err_rate else 200)
    rec = {"id": "chatcmpl-" + hx(20), "ts": iso(ts), "account_id": a.id, "org_id": a.org,
           "api_key_id": key or a.keys[0] if len(a.keys) == 1 else (key or pick(a.keys)),
           "ip": ip, "user_agent": ua or a.ua, "payment_fingerprint": a.pay, "account_created": iso_s(a.created),
           "model": model, "messages": messages, "params": params}
    if end_user:
        rec["end_user"] = end_user
    if conv:
        rec["conversation_id"] = conv
    in_tok = sum(ntok(m["content"] if isinstance(m["content"], str) else json.dumps(m["content"])) for m in messages) \
        + (len(json.dumps(params.get("tools"))) // 4 if params.get("tools") else 0) + 4 * len(messages)
    n = int(params.get("n", 1) or 1)
    rec["status"] = status
    if status == 200:
        rec["response"] = response
        ot = max(ntok(response), out_tokens(kind, params.get("max_tokens") or params.get("max_completion_tokens"))) * n
        usage = {"input_tokens": in_tok, "output_tokens": ot}
        if model in REASONING:
            rt = reason_tokens(params.get("reasoning_effort"))
            usage["reasoning_tokens"] = rt
            usage["output_tokens"] += rt
            rec["reasoning"] = reasoning if reasoning else gen_reasoning("en", "")
        rec["usage"] = usage
    else:
        rec["response"] = ""
        rec["usage"] = {"input_tokens": in_tok if status >= 500 else 0, "output_tokens": 0}
    OUT.append((ts, rec))
    if status != 200 and retry and R.random() < 0.8:
        back = R.uniform(1.5, 8) if status >= 500 else R.uniform(4, 40)
        emit(a, ts + back, model, messages, params, response, reasoning, kind, end_user, conv, key, ip,
             status=200 if R.random() < 0.92 else None, err_rate=err_rate, rl_rate=rl_rate, retry=False, ua=ua)


# ----------------------------------------------------------------------------------- language banks
TECH = ["Python", "JavaScript", "TypeScript", "React", "SQL", "PostgreSQL", "Docker", "Kubernetes", "Go", "Rust",
        "Java", "Spring Boot", "Django", "FastAPI", "pandas", "Excel", "Git", "Linux bash", "C++", "Flutter",
        "Node.js", "Next.js", "Vue", "Redis", "AWS Lambda", "Terraform", "Swift", "Kotlin", "PHP Laravel", "Unity C#"]

L = {}
L["en"] = dict(
    topics=["black holes", "inflation", "the French revolution", "photosynthesis", "index funds", "sourdough bread",
            "intermittent fasting", "the stock market", "climate change", "quantum computing", "the Roman empire",
            "machine learning", "sleep hygiene", "credit scores", "electric cars", "remote work", "mortgage rates"],
    ask=["can you explain {t} in simple terms?", "what are the pros and cons of {t}?", "give me a quick summary of {t}",
         "how does {t} actually work", "I'm confused about {t}, help", "explain {t} like I'm 12",
         "What should a beginner know about {t}?", "write a short blog intro about {t}", "top 5 myths about {t}?",
         "is it true that {t} is overrated?"],
    tasks=["write a polite email to my landlord asking to fix the heating", "give me a 3 day itinerary for Lisbon",
           "suggest a name for my bakery", "help me write a toast for my brother's wedding",
           "what can I cook with chicken, rice and spinach?", "rewrite this to sound more professional: hey, need the report asap",
           "draft a cover letter for a junior data analyst role", "write a haiku about winter mornings",
           "how do I politely decline a meeting invite?", "make a weekly workout plan for a beginner",
           "summarize the plot of Hamlet in 5 sentences", "ideas for a 10 year old's birthday party"],
    code=["how do I read a csv file in {x}?", "why is my {x} code so slow when looping over a big list?",
          "write a {x} function that removes duplicates from a list", "explain async/await in {x}",
          "fix this {x} error: unexpected token at line 12", "best way to structure a {x} project?",
          "write unit tests for a {x} function that parses dates"],
    open=["Sure! ", "Great question. ", "Here's a clear overview. ", "Of course. ", ""],
    body=["In short, {t} comes down to a few key ideas.", "Here are the main points to keep in mind about {t}.",
          "Let me break {t} down step by step.", "There are several ways to look at {t}."],
    hw=["Can you help me solve this? {p}", "{p}\nPlease explain step by step.", "how do I do this problem: {p}",
        "{p} show your work", "I got a different answer than the book. {p}", "homework help: {p}"],
)
L["zh"] = dict(
    topics=["人工智能", "房价", "考研", "量子计算", "中医养生", "新能源汽车", "股票投资", "减肥", "唐朝历史", "区块链",
            "失眠", "留学申请", "宠物猫", "短视频运营", "职场沟通", "理财规划"],
    ask=["请简单解释一下{t}", "{t}有哪些优缺点？", "能不能用通俗的话讲讲{t}", "关于{t}，新手需要注意什么？", "帮我总结一下{t}的要点",
         "{t}未来的发展趋势怎么样", "为什么大家都在讨论{t}？", "写一段关于{t}的介绍，300字左右", "{t}和普通人有什么关系"],
    tasks=["帮我写一封请假邮件，理由是家里有事", "周末去杭州玩两天，帮我规划一下行程", "给我的奶茶店起几个名字",
           "帮我润色这段话：我们公司致力于为客户提供最好的服务", "写一段年会主持词", "推荐几本适合睡前看的书",
           "帮我写个朋友圈文案，主题是冬天的第一场雪", "怎么跟领导提加薪比较合适", "写一首关于月亮的现代诗",
           "给我一个一周减脂食谱", "帮我翻译成英文：这个项目下周一之前必须完成"],
    code=["{x}怎么读取csv文件？", "我的{x}代码运行很慢，怎么优化", "用{x}写一个去重的函数", "{x}里面async/await是什么意思",
          "{x}报错 unexpected token 怎么解决", "{x}项目目录结构怎么组织比较好"],
    open=["好的！", "当然可以。", "这是一个很好的问题。", ""],
    body=["简单来说，{t}主要包括以下几个方面。", "下面我分几点来说明{t}。", "关于{t}，可以从这几个角度理解。"],
    hw=["这道题怎么做？{p}", "{p}\n求详细过程", "帮我看看这题：{p}", "老师布置的作业，不会做：{p}", "{p} 请讲解一下思路"],
)
L["es"] = dict(
    topics=["la inflación", "la inteligencia artificial", "el cambio climático", "las criptomonedas", "la Revolución Mexicana",
            "la dieta mediterránea", "el trabajo remoto", "los agujeros negros", "el ahorro para el retiro",
            "la energía solar", "el fútbol moderno", "la ansiedad", "el marketing digital", "la fotosíntesis"],
    ask=["¿Me puedes explicar {t} de forma sencilla?", "¿Cuáles son las ventajas y desventajas de {t}?", "Dame un resumen de {t}",
         "¿Cómo funciona {t}?", "explícame {t} como si tuviera 10 años", "¿Qué debería saber un principiante sobre {t}?",
         "escribe una introducción para un blog sobre {t}", "mitos comunes sobre {t}"],
    tasks=["escribe un correo a mi jefe pidiendo el viernes libre", "dame un itinerario de 3 días en Ciudad de México",
           "ideas de nombre para mi cafetería", "ayúdame a escribir un discurso para la boda de mi hermana",
           "¿qué puedo cocinar con arroz, huevos y tomate?", "redacta una carta de presentación para un puesto de contador",
           "hazme una rutina de ejercicio para principiantes", "escribe un poema corto sobre el mar",
           "cómo le digo a un cliente que el proyecto se va a retrasar", "resume Cien años de soledad en 5 frases"],
    code=["¿cómo leo un archivo csv en {x}?", "mi código en {x} es muy lento, ¿qué hago?", "escribe una función en {x} que quite duplicados",
          "explícame async/await en {x}", "me sale un error en {x}: unexpected token", "¿cómo organizo un proyecto de {x}?"],
    open=["¡Claro! ", "Por supuesto. ", "Buena pregunta. ", ""],
    body=["En resumen, {t} se puede entender a partir de algunas ideas clave.", "Estos son los puntos principales sobre {t}.",
          "Vamos a verlo paso a paso."],
    hw=["¿Me ayudas con este problema? {p}", "{p}\nexplícalo paso a paso por favor", "no entiendo este ejercicio: {p}",
        "tarea de matemáticas: {p}"],
)
L["pt"] = dict(
    topics=["a inflação", "inteligência artificial", "o aquecimento global", "investimentos em renda fixa", "a história do Brasil",
            "alimentação saudável", "trabalho remoto", "buracos negros", "o Pix", "energia solar", "ansiedade", "marketing digital",
            "o ENEM", "a Copa do Mundo"],
    ask=["Pode me explicar {t} de um jeito simples?", "Quais são as vantagens e desvantagens de {t}?", "Faz um resumo sobre {t}",
         "Como funciona {t}?", "explica {t} como se eu tivesse 12 anos", "O que um iniciante precisa saber sobre {t}?",
         "escreve um post curto sobre {t}", "quais os mitos sobre {t}?"],
    tasks=["escreve um e-mail pro meu chefe pedindo folga na sexta", "roteiro de 3 dias em Salvador",
           "ideias de nome para minha loja de roupas", "me ajuda a escrever um discurso de formatura",
           "o que dá pra cozinhar com frango, arroz e cenoura?", "faz uma carta de apresentação para vaga de estágio",
           "monta um treino de academia para iniciantes", "escreve uma poesia sobre saudade",
           "como responder um cliente irritado de forma educada", "resume Dom Casmurro em poucas linhas"],
    code=["como ler um arquivo csv em {x}?", "meu código em {x} tá muito lento, o que faço?", "escreve uma função em {x} que remove duplicados",
          "me explica async/await em {x}", "erro no {x}: unexpected token, como resolvo?", "como organizar um projeto {x}?"],
    open=["Claro! ", "Com certeza. ", "Boa pergunta! ", ""],
    body=["Resumindo, {t} envolve algumas ideias principais.", "Aqui estão os pontos mais importantes sobre {t}.",
          "Vamos por partes."],
    hw=["me ajuda nessa questão: {p}", "{p}\nexplica o passo a passo", "não consigo resolver: {p}", "exercício da escola: {p}"],
)
L["ja"] = dict(
    topics=["量子コンピュータ", "インフレ", "新NISA", "睡眠の質", "生成AI", "円安", "日本の少子化", "気候変動", "筋トレ",
            "転職活動", "プログラミング学習", "ふるさと納税", "ブラックホール", "戦国時代"],
    ask=["{t}について簡単に説明してください", "{t}のメリットとデメリットは？", "{t}を初心者向けにわかりやすく教えて",
         "{t}って結局どういう仕組みなの？", "{t}について300字でまとめて", "{t}でよくある誤解を教えてください",
         "{t}について知っておくべきことは何ですか"],
    tasks=["取引先へのお詫びメールを書いてください", "京都で2泊3日の旅行プランを立てて", "カフェの店名のアイデアを10個ください",
           "結婚式のスピーチの原稿を手伝って", "冷蔵庫に卵と玉ねぎと豚肉があります。何が作れますか", "職務経歴書の自己PRを添削して",
           "忘年会の幹事挨拶を考えて", "冬をテーマにした俳句を3つ", "上司に有給休暇を申請するメールの書き方"],
    code=["{x}でCSVファイルを読み込む方法は？", "{x}のコードが遅いです。高速化するには？", "{x}でリストの重複を削除する関数を書いて",
          "{x}のasync/awaitについて教えて", "{x}で unexpected token エラーが出ます", "{x}プロジェクトのディレクトリ構成のおすすめは？"],
    open=["はい、", "もちろんです。", "良い質問ですね。", ""],
    body=["{t}のポイントは次のとおりです。", "{t}について、順を追って説明します。", "簡単にまとめると以下のようになります。"],
    hw=["この問題の解き方を教えてください：{p}", "{p}\n途中式もお願いします", "宿題です。{p}", "{p} 考え方がわかりません"],
)
L["ko"] = dict(
    topics=["인공지능", "부동산 시장", "주식 투자", "다이어트", "수능 공부법", "비트코인", "기후 변화", "양자 컴퓨터", "조선 역사",
            "취업 준비", "수면 습관", "전기차", "연말정산", "MBTI"],
    ask=["{t}에 대해 쉽게 설명해줘", "{t}의 장단점이 뭐야?", "{t} 초보자가 알아야 할 것들 알려줘", "{t}가 어떻게 작동하는지 설명해 주세요",
         "{t}에 대해 300자로 요약해줘", "{t}에 대한 흔한 오해는?", "요즘 {t} 어때?"],
    tasks=["팀장님께 보낼 휴가 신청 메일 써줘", "부산 2박 3일 여행 일정 짜줘", "카페 이름 추천해줘", "친구 결혼식 축사 써줘",
           "계란이랑 김치로 만들 수 있는 요리 알려줘", "자기소개서 첫 문단 다듬어줘", "초보자용 헬스 루틴 만들어줘",
           "겨울에 관한 짧은 시 써줘", "고객 불만 메일에 정중하게 답장하는 법"],
    code=["{x}에서 csv 파일 읽는 법?", "{x} 코드가 너무 느린데 최적화 방법 알려줘", "{x}로 리스트 중복 제거 함수 만들어줘",
          "{x} async/await 설명해줘", "{x}에서 unexpected token 에러 나는데 왜 그래?", "{x} 프로젝트 폴더 구조 추천"],
    open=["네, ", "물론이죠. ", "좋은 질문이에요. ", ""],
    body=["{t}의 핵심은 다음과 같습니다.", "{t}에 대해 단계별로 설명드릴게요.", "간단히 정리하면 다음과 같아요."],
    hw=["이 문제 어떻게 풀어요? {p}", "{p}\n풀이 과정도 알려주세요", "숙제인데 모르겠어요: {p}", "{p} 설명 부탁드립니다"],
)
L["de"] = dict(
    topics=["die Inflation", "künstliche Intelligenz", "die Energiewende", "ETFs", "die Wärmepumpe", "der Klimawandel",
            "das Homeoffice", "Schwarze Löcher", "die Rente", "Elektroautos", "die Steuererklärung", "der Dreißigjährige Krieg"],
    ask=["Kannst du mir {t} einfach erklären?", "Was sind die Vor- und Nachteile? Thema: {t}", "Fass mir bitte {t} kurz zusammen",
         "Wie funktioniert eigentlich {t}?", "Was sollte ein Anfänger über {t} wissen?", "Schreib eine kurze Einleitung zum Thema {t}"],
    tasks=["Schreib eine höfliche E-Mail an meinen Vermieter wegen der Heizung", "Plane mir drei Tage in Wien",
           "Namensideen für mein Café", "Hilf mir bei einer Rede zum 60. Geburtstag meiner Mutter",
           "Was kann ich mit Kartoffeln, Zwiebeln und Eiern kochen?", "Formuliere das professioneller: brauche den Bericht schnell",
           "Erstelle einen Trainingsplan für Anfänger", "Schreib ein kurzes Gedicht über den Winter",
           "Wie lehne ich höflich eine Einladung zu einem Meeting ab?"],
    code=["Wie lese ich eine CSV-Datei in {x} ein?", "Mein {x}-Code ist sehr langsam, was tun?", "Schreib eine {x}-Funktion, die Duplikate entfernt",
          "Erklär mir async/await in {x}", "{x} Fehler: unexpected token, woran liegt das?"],
    open=["Gerne! ", "Klar. ", "Gute Frage. ", ""],
    body=["Kurz gesagt geht es bei {t} um einige zentrale Punkte.", "Hier sind die wichtigsten Punkte zu {t}.", "Gehen wir das Schritt für Schritt durch."],
    hw=["Kannst du mir bei dieser Aufgabe helfen? {p}", "{p}\nBitte mit Rechenweg", "Hausaufgabe: {p}", "Ich verstehe diese Aufgabe nicht: {p}"],
)
L["fr"] = dict(
    topics=["l'inflation", "l'intelligence artificielle", "le réchauffement climatique", "la retraite", "la Révolution française",
            "le nucléaire", "le télétravail", "les trous noirs", "la cryptomonnaie", "le sommeil", "la voiture électrique", "le bac"],
    ask=["Peux-tu m'expliquer {t} simplement ?", "Quels sont les avantages et inconvénients de {t} ?", "Fais-moi un résumé sur {t}",
         "Comment fonctionne {t} ?", "Explique {t} comme à un enfant de 10 ans", "Que doit savoir un débutant sur {t} ?",
         "Écris une introduction de blog sur {t}"],
    tasks=["Écris un mail poli à mon propriétaire pour le chauffage", "Propose un itinéraire de 3 jours à Lyon",
           "Des idées de nom pour ma boulangerie", "Aide-moi à écrire un discours pour le mariage de mon meilleur ami",
           "Qu'est-ce que je peux cuisiner avec des pâtes, des courgettes et du fromage ?", "Rends ce message plus professionnel : j'ai besoin du rapport vite",
           "Un programme de sport pour débutant", "Un petit poème sur l'hiver", "Comment refuser poliment une réunion ?"],
    code=["Comment lire un fichier csv en {x} ?", "Mon code {x} est très lent, que faire ?", "Écris une fonction {x} qui supprime les doublons",
          "Explique-moi async/await en {x}", "Erreur {x} : unexpected token, pourquoi ?"],
    open=["Bien sûr ! ", "Avec plaisir. ", "Bonne question. ", ""],
    body=["En bref, {t} repose sur quelques idées clés.", "Voici les points essentiels sur {t}.", "Voyons cela étape par étape."],
    hw=["Tu peux m'aider pour cet exercice ? {p}", "{p}\nExplique les étapes stp", "Devoir de maths : {p}", "Je bloque sur : {p}"],
)
L["ru"] = dict(
    topics=["инфляция", "искусственный интеллект", "ипотека", "изменение климата", "криптовалюта", "история Древнего Рима",
            "правильное питание", "удалённая работа", "чёрные дыры", "налоговый вычет", "электромобили", "тревожность"],
    ask=["Объясни простыми словами, что такое {t}", "Какие плюсы и минусы у темы: {t}?", "Сделай краткий обзор: {t}",
         "Как вообще работает {t}?", "Что новичку нужно знать про {t}?", "Напиши вступление для статьи про {t}"],
    tasks=["Напиши вежливое письмо арендодателю насчёт отопления", "Составь маршрут на 3 дня по Санкт-Петербургу",
           "Придумай название для кофейни", "Помоги написать тост на свадьбу друга", "Что приготовить из картошки, яиц и лука?",
           "Сделай текст более деловым: нужен отчёт срочно", "Составь программу тренировок для новичка",
           "Напиши короткое стихотворение о зиме", "Как вежливо отказаться от встречи?"],
    code=["Как прочитать csv файл в {x}?", "Мой код на {x} очень медленный, что делать?", "Напиши функцию на {x}, которая удаляет дубликаты",
          "Объясни async/await в {x}", "Ошибка {x}: unexpected token, в чём дело?"],
    open=["Конечно! ", "Хороший вопрос. ", "Разумеется. ", ""],
    body=["Если кратко, {t} сводится к нескольким ключевым идеям.", "Вот основные моменты по теме «{t}».", "Давайте разберём по шагам."],
    hw=["Помоги решить задачу: {p}", "{p}\nРаспиши решение подробно", "Домашка по математике: {p}", "Не понимаю задачу: {p}"],
)
L["ar"] = dict(
    topics=["الذكاء الاصطناعي", "التضخم", "الطاقة الشمسية", "العملات الرقمية", "تاريخ الأندلس", "التغذية الصحية", "العمل عن بعد",
            "الثقوب السوداء", "ريادة الأعمال", "تغير المناخ", "الأمن السيبراني", "النوم الصحي"],
    ask=["اشرح لي {t} بطريقة بسيطة", "ما هي إيجابيات وسلبيات {t}؟", "أعطني ملخصاً عن {t}", "كيف يعمل {t}؟",
         "ماذا يجب أن يعرف المبتدئ عن {t}؟", "اكتب مقدمة قصيرة لمقال عن {t}"],
    tasks=["اكتب رسالة بريد إلكتروني رسمية لمديري أطلب فيها إجازة", "خطة سياحية لمدة ثلاثة أيام في إسطنبول", "اقترح أسماء لمتجر عطور",
           "ساعدني في كتابة كلمة لحفل تخرج", "ماذا أطبخ بالدجاج والأرز؟", "اكتب قصيدة قصيرة عن المطر", "كيف أرد على عميل غاضب بأدب؟"],
    code=["كيف أقرأ ملف csv في {x}؟", "الكود الخاص بي في {x} بطيء جداً، ما الحل؟", "اكتب دالة في {x} لحذف العناصر المكررة",
          "اشرح async/await في {x}"],
    open=["بالتأكيد! ", "بكل سرور. ", "سؤال رائع. ", ""],
    body=["باختصار، يمكن فهم {t} من خلال بعض الأفكار الأساسية.", "إليك أهم النقاط حول {t}.", "لنشرح ذلك خطوة بخطوة."],
    hw=["ساعدني في حل هذه المسألة: {p}", "{p}\nاشرح الحل خطوة بخطوة", "واجب مدرسي: {p}"],
)
L["hi"] = dict(
    topics=["आर्टिफिशियल इंटेलिजेंस", "महंगाई", "शेयर बाजार", "योग", "UPSC की तैयारी", "जलवायु परिवर्तन", "म्यूचुअल फंड",
            "इलेक्ट्रिक गाड़ियाँ", "मुगल इतिहास", "क्रिकेट", "डिजिटल मार्केटिंग", "नींद"],
    ask=["{t} को आसान भाषा में समझाइए", "{t} के फायदे और नुकसान क्या हैं?", "{t} के बारे में संक्षेप में बताओ", "{t} कैसे काम करता है?",
         "शुरुआत करने वाले को {t} के बारे में क्या जानना चाहिए?", "{t} पर एक छोटा निबंध लिखो"],
    tasks=["मेरे बॉस को छुट्टी के लिए एक ईमेल लिखो", "जयपुर में 3 दिन की यात्रा योजना बनाओ", "मेरी चाय की दुकान के लिए नाम सुझाओ",
           "दोस्त की शादी के लिए एक भाषण लिखने में मदद करो", "आलू और पनीर से क्या बना सकते हैं?", "सर्दियों पर एक छोटी कविता लिखो"],
    code=["{x} में csv फाइल कैसे पढ़ें?", "मेरा {x} कोड बहुत धीमा है, क्या करूँ?", "{x} में duplicate हटाने का function लिखो"],
    open=["ज़रूर! ", "बिल्कुल। ", "अच्छा सवाल है। ", ""],
    body=["संक्षेप में, {t} को कुछ मुख्य बातों से समझा जा सकता है।", "{t} के बारे में मुख्य बिंदु ये हैं।", "चलिए इसे स्टेप बाय स्टेप समझते हैं।"],
    hw=["यह सवाल कैसे हल करें? {p}", "{p}\nस्टेप बाय स्टेप समझाइए", "होमवर्क: {p}"],
)
L["id"] = dict(
    topics=["kecerdasan buatan", "inflasi", "investasi reksa dana", "perubahan iklim", "sejarah Majapahit", "diet sehat",
            "kerja remote", "lubang hitam", "kripto", "UMKM", "mobil listrik", "kesehatan mental"],
    ask=["Tolong jelaskan {t} dengan bahasa sederhana", "Apa kelebihan dan kekurangan {t}?", "Buatkan ringkasan tentang {t}",
         "Bagaimana cara kerja {t}?", "Apa yang perlu diketahui pemula tentang {t}?", "Tulis paragraf pembuka artikel tentang {t}"],
    tasks=["buatkan email izin tidak masuk kerja ke atasan", "itinerary 3 hari di Yogyakarta", "ide nama untuk usaha kopi saya",
           "bantu saya menulis sambutan acara pernikahan", "masak apa dengan tempe, telur, dan sayur bayam?",
           "buatkan caption Instagram untuk jualan baju", "jadwal olahraga untuk pemula", "puisi pendek tentang hujan"],
    code=["cara membaca file csv di {x}?", "kode {x} saya lambat banget, gimana optimasinya?", "buat fungsi {x} untuk menghapus duplikat",
          "jelaskan async/await di {x}", "error {x}: unexpected token, kenapa ya?"],
    open=["Tentu! ", "Baik. ", "Pertanyaan bagus. ", ""],
    body=["Singkatnya, {t} bisa dipahami dari beberapa poin utama.", "Berikut poin-poin penting tentang {t}.", "Mari kita bahas langkah demi langkah."],
    hw=["tolong bantu kerjakan soal ini: {p}", "{p}\njelaskan caranya ya", "PR matematika: {p}", "saya bingung soal ini: {p}"],
)
L["vi"] = dict(
    topics=["trí tuệ nhân tạo", "lạm phát", "chứng khoán", "biến đổi khí hậu", "lịch sử nhà Trần", "ăn kiêng", "làm việc từ xa",
            "hố đen", "tiền điện tử", "xe điện", "thi đại học", "giấc ngủ"],
    ask=["Giải thích {t} một cách đơn giản giúp mình", "Ưu và nhược điểm của {t} là gì?", "Tóm tắt giúp mình về {t}",
         "{t} hoạt động như thế nào?", "Người mới cần biết gì về {t}?", "Viết đoạn mở đầu bài blog về {t}"],
    tasks=["viết email xin nghỉ phép gửi sếp", "lên lịch trình 3 ngày ở Đà Lạt", "gợi ý tên cho quán cà phê", "giúp mình viết bài phát biểu đám cưới",
           "nấu gì với trứng, cà chua và đậu phụ?", "viết caption bán hàng online", "lịch tập gym cho người mới", "làm một bài thơ ngắn về mùa đông"],
    code=["đọc file csv trong {x} thế nào?", "code {x} của mình chạy chậm quá, tối ưu sao?", "viết hàm {x} loại bỏ phần tử trùng",
          "giải thích async/await trong {x}", "lỗi {x}: unexpected token là sao?"],
    open=["Được chứ! ", "Tất nhiên. ", "Câu hỏi hay. ", ""],
    body=["Tóm lại, {t} có thể hiểu qua vài ý chính.", "Đây là những điểm quan trọng về {t}.", "Mình sẽ giải thích từng bước."],
    hw=["giải giúp mình bài này: {p}", "{p}\ngiải thích từng bước giúp mình", "bài tập về nhà: {p}"],
)
L["tr"] = dict(
    topics=["yapay zeka", "enflasyon", "borsa", "iklim değişikliği", "Osmanlı tarihi", "sağlıklı beslenme", "uzaktan çalışma",
            "kara delikler", "kripto paralar", "elektrikli arabalar", "YKS hazırlığı", "uyku düzeni"],
    ask=["{t} konusunu basitçe anlatır mısın?", "{t} konusunun artıları ve eksileri neler?", "{t} hakkında kısa bir özet yaz",
         "{t} nasıl çalışır?", "Yeni başlayan biri {t} hakkında ne bilmeli?", "{t} hakkında bir blog girişi yaz"],
    tasks=["müdürüme izin isteyen bir e-posta yaz", "Kapadokya için 3 günlük gezi planı", "kafem için isim önerileri",
           "arkadaşımın düğünü için bir konuşma yaz", "patates, yumurta ve soğanla ne pişirebilirim?", "kış hakkında kısa bir şiir yaz",
           "yeni başlayanlar için spor programı"],
    code=["{x} ile csv dosyası nasıl okunur?", "{x} kodum çok yavaş, ne yapmalıyım?", "{x} ile tekrar eden elemanları silen fonksiyon yaz",
          "{x} async/await nedir?"],
    open=["Tabii! ", "Elbette. ", "Güzel soru. ", ""],
    body=["Kısacası, {t} birkaç temel fikirle anlaşılabilir.", "{t} hakkında önemli noktalar şunlar.", "Adım adım açıklayayım."],
    hw=["şu soruyu çözer misin: {p}", "{p}\nadım adım anlatır mısın", "ödev: {p}"],
)
LANGS = list(L.keys())

REASON_SNIPS = {
    "en": ["The user is asking about {t}. Let me think about what matters most here.",
           "First, restate the problem. Then check the key quantities and make sure the units are consistent.",
           "Let me consider a couple of approaches and pick the simplest one that is correct.",
           "Wait, I should double-check that step. Recomputing... yes, that holds.",
           "I'll structure the answer with a short overview, then the details."],
    "zh": ["用户问的是{t}。我先理清题意。", "先列出已知条件，再逐步推导。", "等一下，这一步需要再检查一遍……没问题。", "最后整理成清晰的答案。"],
    "ja": ["ユーザーは{t}について質問している。まず条件を整理する。", "次に各ステップを確認する。", "念のため検算する。問題ない。"],
    "ko": ["사용자는 {t}에 대해 묻고 있다. 먼저 조건을 정리하자.", "각 단계를 차례로 계산한다.", "검산해 보니 맞다."],
    "ru": ["Пользователь спрашивает про {t}. Сначала разберу условие.", "Проверю каждый шаг.", "Перепроверю вычисления — всё сходится."],
}


def gen_reasoning(lang, topic, extra=""):
    snips = REASON_SNIPS.get(lang) if R.random() < 0.35 else None
    snips = snips or REASON_SNIPS["en"]
    k = R.randint(2, len(snips))
    s = " ".join(x.format(t=topic or "this") for x in R.sample(snips, k))
    return (s + ("\n" + extra if extra else "")).strip()


def casual_prompt(lang, C):
    b = L[lang]
    if lang == "en" and R.random() < 0.45:
        return pick(C["arena"])[0]["content"], "chat", "this"
    x = R.random()
    if x < 0.45:
        t = pick(b["topics"])
        return pick(b["ask"]).format(t=t), "chat", t
    if x < 0.85:
        return pick(b["tasks"]), "chat", ""
    t = pick(TECH)
    return pick(b["code"]).format(x=t), "code", t


THIS = {"en": "this", "zh": "这个问题", "es": "esto", "pt": "isso", "ja": "この問題", "ko": "이 문제", "de": "das Thema", "fr": "cela",
        "ru": "этот вопрос", "ar": "هذا الموضوع", "hi": "इस विषय", "id": "hal ini", "vi": "vấn đề này", "tr": "bu konu"}


def generic_response(lang, topic, kind="chat"):
    b = L[lang]
    t = topic or THIS.get(lang, "this")
    body = pick(b["body"]).format(t=t)
    s = pick(b["open"]) + body
    if kind == "code":
        s += "\n\n```\n# example\n" + pick(["def dedupe(xs):\n    return list(dict.fromkeys(xs))",
                                             "import csv\nwith open('data.csv') as f:\n    rows = list(csv.DictReader(f))",
                                             "async function load() {\n  const r = await fetch(url);\n  return r.json();\n}",
                                             "SELECT id, COUNT(*) FROM orders GROUP BY id HAVING COUNT(*) > 1;"]) + "\n```"
    else:
        s += "\n\n1. " + pick(b["body"]).format(t=t) + "\n2. " + pick(b["body"]).format(t=t)
    return s


# ----------------------------------------------------------------------------------- items & content
def gsm_solution(item):
    a = re.sub(r"<<[^>]*>>", "", item["answer"])
    steps, _, final = a.partition("####")
    return steps.strip(), final.strip()


NAMES = {"en": ["Maya", "Tom", "Priya", "Lucas", "Aisha", "Ben", "Sofia", "Kenji"],
         "zh": ["小明", "小红", "王老师", "李阿姨", "张伟", "小刚"], "ko": ["민수", "지영", "서준", "하은", "도윤"],
         "ja": ["太郎", "花子", "佐藤さん", "健太", "美咲"], "vi": ["Lan", "Minh", "Hùng", "Mai", "Tuấn"]}
WP = {
    "en": ["{n} buys {k} notebooks at ${p} each and gets a {d}% discount on the total. How much does {n} pay?",
           "Two trains leave stations {D} km apart and travel toward each other at {v1} km/h and {v2} km/h. After how many hours do they meet?",
           "{n} can paint a fence in {a} hours and a friend can paint it in {b} hours. How long will it take them together?",
           "A tank holds {D} liters. It is filled at {v1} liters per minute while leaking {v2} liters per minute. How long until it is full?"],
    "zh": ["{n}买了{k}本笔记本，每本{p}元，总价打{d2}折，{n}一共要付多少钱？",
           "甲乙两地相距{D}千米，两车同时相向而行，速度分别为每小时{v1}千米和{v2}千米，几小时后相遇？",
           "一项工程，{n}单独做要{a}天完成，另一人单独做要{b}天完成，两人合作几天完成？",
           "一个水池容积{D}升，进水管每分钟进水{v1}升，出水管每分钟排水{v2}升，同时打开几分钟能注满？"],
    "ko": ["{n}는 공책 {k}권을 한 권에 {p}원씩 사고 전체 금액에서 {d}% 할인을 받았습니다. 얼마를 냈을까요?",
           "{D}km 떨어진 두 역에서 기차가 각각 시속 {v1}km, {v2}km로 마주 보고 출발했습니다. 몇 시간 후에 만날까요?",
           "{n}는 일을 혼자 {a}일, 친구는 {b}일 걸립니다. 둘이 함께 하면 며칠 걸릴까요?",
           "{D}리터 물탱크에 분당 {v1}리터가 들어가고 {v2}리터가 샙니다. 가득 차는 데 몇 분 걸릴까요?"],
    "ja": ["{n}はノートを1冊{p}円で{k}冊買い、合計から{d}%割引を受けました。支払った金額はいくらですか。",
           "{D}km離れた2つの駅から、時速{v1}kmと時速{v2}kmの電車が向かい合って同時に出発しました。何時間後に出会いますか。",
           "ある仕事を{n}は一人で{a}日、友人は{b}日で終えます。二人で一緒にやると何日かかりますか。",
           "容量{D}リットルの水槽に毎分{v1}リットル注ぎ、毎分{v2}リットル漏れています。満水まで何分かかりますか。"],
    "vi": ["{n} mua {k} quyển vở, mỗi quyển {p} nghìn đồng, được giảm {d}% trên tổng tiền. {n} phải trả bao nhiêu?",
           "Hai ga cách nhau {D} km, hai tàu chạy ngược chiều nhau với vận tốc {v1} km/h và {v2} km/h. Sau bao lâu hai tàu gặp nhau?",
           "{n} làm xong một công việc trong {a} ngày, bạn làm trong {b} ngày. Hai người cùng làm thì mất bao lâu?",
           "Bể chứa {D} lít, vòi vào {v1} lít/phút, vòi rò {v2} lít/phút. Bao lâu thì đầy bể?"],
}


def word_problem(lang):
    i = R.randrange(4)
    n = pick(NAMES.get(lang, NAMES["en"]))
    k, p, d = R.randint(3, 40), R.choice([2, 3, 4, 5, 8, 12, 15, 25, 1200, 1500, 3000]), R.choice([5, 10, 15, 20, 25, 30])
    D, v1, v2 = R.choice([120, 180, 240, 300, 360, 450, 600, 840]), R.randint(20, 120), R.randint(5, 90)
    if i == 3:
        v2 = R.randint(1, v1 - 1) if v1 > 2 else 1
    a, b = R.randint(3, 30), R.randint(3, 30)
    txt = WP[lang][i].format(n=n, k=k, p=p, d=d, d2=(100 - d) / 10 if (100 - d) % 10 else (100 - d) // 10, D=D, v1=v1, v2=v2, a=a, b=b)
    ans = [round(k * p * (1 - d / 100), 2), round(D / (v1 + v2), 3), round(a * b / (a + b), 3), round(D / max(1, v1 - v2), 3)][i]
    return txt, str(ans)


def notation_item():
    """language-neutral math/code/logic items (not from any public benchmark)"""
    t = R.randrange(9)
    if t == 0:
        a, b, c = R.randint(1, 9), R.randint(-20, 20), R.randint(-30, 30)
        return "%dx^2 %+dx %+d = 0" % (a, b, c), "math"
    if t == 1:
        return "%d^%d mod %d" % (R.randint(2, 19), R.randint(50, 999), R.choice([7, 11, 13, 17, 19, 23, 29, 31, 37])), "math"
    if t == 2:
        k = R.randint(1, 4)
        return "∫_0^%d x^%d·e^(%dx) dx" % (R.randint(1, 3), k, R.randint(1, 3)), "math"
    if t == 3:
        a, d, r = R.randint(1, 9), R.randint(2, 7), R.randint(2, 4)
        seq = [a + d * i * i + r * i for i in range(6)]
        return "%s, ?" % ", ".join(map(str, seq)), "math"
    if t == 4:
        n, m = R.randint(20, 200), R.choice([3, 4, 5, 6, 7, 12])
        return "#{(a,b) ∈ ℤ² : 1 ≤ a < b ≤ %d, %d | (a² + b²)}" % (n, m), "math"
    if t == 5:
        f = pick(["sum_evens", "max_window", "merge_intervals", "is_balanced", "count_islands", "lru_get", "binary_search",
                  "rotate_matrix", "dedupe_sorted", "parse_duration"])
        bug = pick(["range(1, len(xs))", "while lo < hi - 1:", "return acc[:-1]", "if x % 2 == 1:", "i += 2", "mid = (lo + hi) / 2"])
        return "```python\ndef %s_%d(xs):\n    acc = []\n    for i in %s:\n        ...\n```\n(%s)" % (f, R.randint(1, 999), bug, bug), "code"
    if t == 6:
        ppl = R.sample(["A", "B", "C", "D", "E"], 3)
        return "%s: \"%s is a liar\". %s: \"%s and %s are both knights\". %s: \"exactly one of us is a knight\"." % (
            ppl[0], ppl[1], ppl[1], ppl[0], ppl[2], ppl[2]), "logic"
    if t == 7:
        return "P(sum of %d fair dice = %d)" % (R.randint(2, 5), R.randint(6, 20)), "math"
    n = R.randint(5, 12)
    return "T(n) = %dT(n/%d) + n^%d, T(1)=1; Θ(T(n))?" % (R.randint(2, 9), R.randint(2, 4), R.randint(1, 3)) if n % 2 else \
        "lim_{x→0} (sin(%dx) - %dx) / x^3" % (n, n), "math"


TOOLS_CODE = [
    {"type": "function", "function": {"name": "read_file", "description": "Read a file from the repository",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {"name": "run_shell", "description": "Run a shell command in the sandbox",
                                      "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}},
    {"type": "function", "function": {"name": "apply_patch", "description": "Apply a unified diff",
                                      "parameters": {"type": "object", "properties": {"diff": {"type": "string"}}, "required": ["diff"]}}},
    {"type": "function", "function": {"name": "search_code", "description": "ripgrep over the repo",
                                      "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}},
]
TOOLS_BIZ = [
    {"type": "function", "function": {"name": "lookup_order", "description": "Look up an order by id",
                                      "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}},
    {"type": "function", "function": {"name": "create_ticket", "description": "Open a support ticket",
                                      "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "web_search", "description": "Search the web",
                                      "parameters": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}}},
    {"type": "function", "function": {"name": "get_weather", "description": "Weather forecast",
                                      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}},
    {"type": "function", "function": {"name": "sql_query", "description": "Run a read-only SQL query on the warehouse",
                                      "parameters": {"type": "object", "properties": {"sql": {"type": "string"}}, "required": ["sql"]}}},
]
REPO_TASKS = ["the login endpoint returns 500 when the email has uppercase letters", "pagination skips the last page",
              "CSV export drops unicode characters", "the retry decorator never gives up on 4xx errors",
              "date parsing fails for ISO weeks", "memory leak in the websocket handler", "flaky test in test_scheduler.py",
              "add rate limiting to the public API", "migrate the settings loader from ini to toml",
              "cache invalidation after user profile update", "race condition in the job queue worker",
              "support dark mode in the settings page", "add a --dry-run flag to the CLI", "N+1 queries on the orders page"]
TOOL_RESULTS = ["$ pytest -q\n..F..\nFAILED tests/test_api.py::test_login_case - AssertionError: 500 != 200\n1 failed, 4 passed",
                "src/api/auth.py:42:    user = db.users.get(email=email)\nsrc/api/auth.py:88:    email = req.json['email']",
                "def paginate(items, page, size):\n    start = page * size\n    return items[start:start + size - 1]",
                "Patch applied. 1 file changed, 3 insertions(+), 1 deletion(-)",
                "$ pytest -q\n.....\n5 passed in 0.41s",
                "Traceback (most recent call last):\n  File \"worker.py\", line 77, in run\n    job = q.pop()\nIndexError: pop from empty list"]


# ----------------------------------------------------------------------------------- benign machinery
FOLLOW = {
    "en": ["can you make it shorter?", "more detail on the second point please", "thanks! what about the downsides?",
           "rewrite it in a more casual tone", "give me an example", "ok now translate that to spanish", "why?", "continue"],
    "zh": ["能再简短一点吗？", "第二点能详细说说吗", "谢谢！那缺点呢？", "举个例子", "继续", "为什么？", "换个说法"],
    "es": ["¿puedes hacerlo más corto?", "dame un ejemplo", "gracias, ¿y las desventajas?", "sigue", "¿por qué?"],
    "pt": ["pode resumir mais?", "me dá um exemplo", "valeu! e as desvantagens?", "continua", "por quê?"],
    "ja": ["もう少し短くできますか？", "例を挙げてください", "ありがとう。デメリットは？", "続けて", "なぜですか？"],
    "ko": ["좀 더 짧게 해줘", "예시 들어줘", "고마워! 단점은?", "계속", "왜?"],
    "de": ["Kannst du das kürzer machen?", "Gib mir ein Beispiel", "Danke! Und die Nachteile?", "weiter", "Warum?"],
    "fr": ["Tu peux faire plus court ?", "Donne un exemple", "Merci ! Et les inconvénients ?", "continue", "Pourquoi ?"],
    "ru": ["Можно короче?", "Приведи пример", "Спасибо! А минусы?", "продолжай", "Почему?"],
    "ar": ["هل يمكن أن تختصر؟", "أعطني مثالاً", "شكراً! وما هي السلبيات؟", "أكمل"],
    "hi": ["थोड़ा छोटा कर दो", "एक उदाहरण दो", "धन्यवाद! नुकसान क्या हैं?", "आगे बताओ"],
    "id": ["bisa lebih singkat?", "kasih contoh dong", "makasih! kekurangannya apa?", "lanjut"],
    "vi": ["ngắn gọn hơn được không?", "cho ví dụ đi", "cảm ơn! còn nhược điểm?", "tiếp tục"],
    "tr": ["daha kısa yazar mısın?", "bir örnek ver", "teşekkürler! dezavantajları?", "devam et"],
}


def adopt(ts, share, lag_h=4.0, tau_h=40.0):
    if ts < RELEASE + lag_h * 3600:
        return False
    return R.random() < share * (1 - math.exp(-(ts - RELEASE - lag_h * 3600) / (tau_h * 3600)))


def benign_model(ts, weights, new_share=0.4, lag_h=4.0, tau_h=40.0):
    m = wpick(weights)
    if m == THINK1 and adopt(ts, new_share, lag_h, tau_h):
        return THINK2
    if m == CHAT and adopt(ts, new_share * 0.15, lag_h, tau_h):
        return THINK2
    return m


def habit_params(kind="casual"):
    """per-identity request habits (fixed by its code / SDK settings)"""
    p = {}
    if kind == "casual":
        if R.random() < 0.55: p["stream"] = True
        if R.random() < 0.3: p["temperature"] = pick([0.7, 1, 0.5, 0.8, 1.2, 0.9])
        if R.random() < 0.25: p["max_tokens"] = pick([512, 1024, 2048, 4096])
    elif kind == "dev":
        if R.random() < 0.5: p["stream"] = True
        if R.random() < 0.6: p["temperature"] = pick([0, 0.2, 0.3, 0.7, 1])
        if R.random() < 0.5: p["max_tokens"] = pick([800, 1024, 2000, 4096, 8192])
        if R.random() < 0.08: p["top_p"] = pick([0.9, 0.95, 1])
        if R.random() < 0.05: p["seed"] = R.randint(1, 9999)
    return p


def with_effort(p, model, effort_w=(("low", 2), ("medium", 5), ("high", 2))):
    p = dict(p)
    if model in REASONING:
        if R.random() < 0.7:
            p["reasoning_effort"] = wpick(list(effort_w))
        p.pop("temperature", None)
        if R.random() < 0.15 and "max_tokens" not in p:
            p["max_completion_tokens"] = pick([8000, 16000, 25000, 32000])
    return p


def chat_stream(a, times, lang, C, model_w, hab, eu=None, key_fn=None, conv_p=0.35, sys=None, rl=0.008,
                new_share=0.4, content=None, ua=None, ip_fn=None, acct_fn=None, model_fix=None):
    """ordinary chat: sessions as conversations, real Arena conversations for English."""
    i = 0
    while i < len(times):
        cid = "conv_" + hx(16)
        turns = []
        lg = lang() if callable(lang) else lang
        if content is not None:
            r = content(lg)
            p, kind, topic = r[:3]
            turns = [(p, r[3] if len(r) > 3 else None, kind, topic)]
            fol = FOLLOW.get(lg, FOLLOW["en"])
            if R.random() < conv_p:
                for _ in range(R.randint(1, 3)):
                    turns.append((pick(fol), None, kind, topic))
        elif lg == "en" and R.random() < 0.5:
            msgs = pick(C["arena"])
            for j in range(0, len(msgs) - 1, 2):
                if msgs[j]["role"] == "user" and msgs[j + 1]["role"] == "assistant":
                    turns.append((msgs[j]["content"], msgs[j + 1]["content"], "chat", ""))
            if R.random() > conv_p:
                turns = turns[:1]
        else:
            p, kind, topic = casual_prompt(lg, C)
            turns = [(p, None, kind, topic)]
            if R.random() < conv_p:
                fol = FOLLOW.get(lg, FOLLOW["en"])
                for _ in range(R.randint(1, 4)):
                    turns.append((pick(fol), None, kind, topic))
        sp = sys() if callable(sys) else sys
        hist = [{"role": "system", "content": sp}] if sp else []
        model = model_fix(times[i]) if model_fix else benign_model(times[i], model_w, new_share)
        for (u, resp, kind, topic) in turns:
            if i >= len(times):
                break
            ts = times[i]
            i += 1
            hist = hist + [{"role": "user", "content": u}]
            if resp is None:
                resp = generic_response(lg, topic, kind)
            prm = with_effort(hab, model)
            emit(acct_fn(eu) if acct_fn else a, ts, model, hist, prm, resp[:1500], gen_reasoning(lg, topic) if model in REASONING else None,
                 kind=kind, end_user=eu, conv=cid if len(turns) > 1 else (cid if R.random() < 0.3 else None),
                 key=key_fn() if key_fn else None, rl_rate=rl, ua=ua, ip=ip_fn() if ip_fn else None)
            hist = hist + [{"role": "assistant", "content": resp[:1500]}]


def world_country():
    return wpick(WORLD)


def mk_casual(pop, n_accts, mean_req, C, profile="human", model_w=((MINI, 40), (CHAT, 45), (THINK1, 15)),
              ua_fn=ua_casual, countries=None, ip_mode=None, conv_p=0.35):
    accts = []
    for _ in range(n_accts):
        c = wpick(countries) if countries else world_country()
        a = Acct(pop, c, ua=ua_fn())
        if R.random() < 0.08:
            a.ips = [ip6_res()] + a.ips
        if ip_mode:
            a.ipmode = ip_mode
        label_benign(a, pop)
        n = lognorm_int(mean_req, 1.0, 1, 4000)
        # many accounts only active some days
        d0 = R.randrange(0, 7)
        span = R.choice([1, 2, 3, 7, 7, 7])
        lo, hi = DAY0 + d0 * 86400, min(DAY0 + WEEK, DAY0 + (d0 + span) * 86400)
        if span == 7:
            lo, hi = DAY0, DAY0 + WEEK
        times = session_times(n, a.tz, profile, 75, 3.5, lo, hi)
        hab = habit_params("casual")
        lang_fn = (lambda a=a: a.lang if R.random() < 0.88 else ("en" if R.random() < 0.8 else pick(LANGS)))
        chat_stream(a, times, lang_fn, C, list(model_w), hab, conv_p=conv_p)
        accts.append(a)
    return accts


# ----------------------------------------------------------------------------------- content for benign pops
def dev_content(C):
    def f(lg):
        x = R.random()
        if x < 0.3:
            return pick(C["ah_code"]), "code", ""
        if x < 0.7:
            t = pick(TECH)
            return pick(L[lg]["code"]).format(x=t), "code", t
        return casual_prompt(lg, C)
    return f


def hw_item(lg, C):
    x = R.random()
    if lg in WP and x < 0.35:
        txt, ans = word_problem(lg)
        return pick(L[lg]["hw"]).format(p=txt), "cot", "", generic_response(lg, "") + "\n\n= " + ans
    if lg == "en" and x < 0.75:
        it = pick(C["gsm"])
        steps, fin = gsm_solution(it)
        return pick(L["en"]["hw"]).format(p=it["question"]), "cot", "", steps + "\nThe answer is " + fin + "."
    if x < 0.85:
        it, k = notation_item()
        return pick(L[lg]["hw"]).format(p=it), "cot", "", generic_response(lg, "", "code" if k == "code" else "chat")
    t = pick(L[lg]["topics"])
    return pick(L[lg]["ask"]).format(t=t), "chat", t


ROLE_CHARS = ["Aria, a sarcastic elf mercenary", "Detective Hale in 1920s Chicago", "a tired barista named Jun",
              "Captain Vex of the starship Meridian", "my strict but kind piano teacher", "a medieval innkeeper",
              "Luna, a shy vampire librarian", "the dungeon master of a D&D campaign", "a Victorian ghost haunting my flat",
              "Kai, my anime rival from class 2-B"]
ROLE_OPEN = ["Let's roleplay. You are {c}. Stay in character no matter what. *I walk in and sit down*",
             "You are {c}. Reply only in character, 2-3 paragraphs, and describe actions in asterisks.",
             "roleplay: you're {c} and I'm a traveler who just lost everything. begin.",
             "[System note: this is a collaborative story.] Character: {c}. Setting: a rainy night. Start the scene."]
ROLE_NEXT = ["*raises an eyebrow* and why should I trust you?", "*laughs* go on", "I draw my sword.", "what happens next?",
             "*looks around nervously*", "(OOC: make it more dramatic)", "I tell them the truth.", "continue the story"]


def roleplay_content(C):
    def f(lg):
        x = R.random()
        if x < 0.3:
            return pick(C["jb"]), "long", ""
        if x < 0.38:
            return pick(C["sysx"]), "short", "", "I can't share my system instructions, but I'm happy to help with something else."
        if x < 0.43:
            return pick(C["adv"]), "short", "", "I can't help with that. If you're working on security research, I can point you to defensive resources."
        return pick(ROLE_OPEN).format(c=pick(ROLE_CHARS)), "long", "", "*looks up slowly* " + pick(ROLE_NEXT)
    return f


# ----------------------------------------------------------------------------------- relays
class Relay:
    def __init__(self, name, pop, accts, eu_fmt, sticky_p=0.0):
        self.name, self.pop, self.accts, self.eu_fmt, self.sticky_p = name, pop, accts, eu_fmt, sticky_p
        self.benign_eus = []
        for a in accts:
            label_benign(a, pop)

    def acct(self, eu):
        if len(self.accts) == 1:
            return self.accts[0]
        if R.random() < self.sticky_p:
            return self.accts[int(hashlib.md5(eu.encode()).hexdigest(), 16) % len(self.accts)]
        return pick(self.accts)

    def new_eu(self):
        return self.eu_fmt()


def relay_accounts(n, pop, cloud, ua, country="US", pay_n=1, org_shared=True, created_base=None):
    pays = ["pm_" + hx(16) for _ in range(pay_n)]
    org = "org-" + hx(16)
    base = created_base or (DAY0 - R.uniform(120, 600) * 86400)
    out = []
    for i in range(n):
        a = Acct(pop, country, created=min(DAY0 - R.uniform(2, 30) * 86400, base + R.uniform(0, 200) * 86400 * (i > 0)), org=org if org_shared else None,
                 pay=pays[i % pay_n], ua=ua, ips=[ip_cloud(cloud) for _ in range(R.randint(2, 6))], ipmode="pool",
                 nkeys=R.randint(1, 3), lang="en")
        out.append(a)
    return out


def relay_benign_users(rel, n_users, mean_req, C, countries, content=None, model_w=((CHAT, 45), (MINI, 25), (THINK1, 30)),
                       sys=None, model_fix=None, hab_kind="casual", profile="human", conv_p=0.4):
    for _ in range(n_users):
        eu = rel.new_eu()
        rel.benign_eus.append(eu)
        c = wpick(countries)
        tz = COUNTRIES[c][1]
        lang = country_lang(c)
        n = lognorm_int(mean_req, 1.1, 1, 3000)
        d0 = R.randrange(0, 7)
        span = R.choice([1, 1, 2, 3, 7, 7])
        lo, hi = (DAY0, DAY0 + WEEK) if span == 7 else (DAY0 + d0 * 86400, min(DAY0 + WEEK, DAY0 + (d0 + span) * 86400))
        times = session_times(n, tz, profile, 60, 4, lo, hi)
        hab = habit_params(hab_kind)
        lang_fn = (lambda lang=lang: lang if R.random() < 0.9 else "en")
        chat_stream(None, times, lang_fn, C, list(model_w), hab, eu=eu, conv_p=conv_p, sys=sys, content=content,
                    acct_fn=rel.acct, model_fix=model_fix)


SAAS_SYS = {
    "homework": "You are StudyPal, a friendly tutor for students aged 12-20. Explain solutions step by step, check the student's understanding, and answer in the student's language. Never just give the final answer without the method.",
    "translate": "You are a professional translator. Translate the user's text into {tgt}. Preserve formatting, names and numbers. Output only the translation.",
    "writing": "You are Quillmate, a writing assistant. Apply the requested edit to the user's text ({mode}). Keep the author's meaning. Reply with the edited text only.",
}
SUPPORT = [
    ("Nordlicht Reisen GmbH", "de", "DE", "Du bist der Kundenservice-Assistent von Nordlicht Reisen. Beantworte Fragen zu Buchungen, Stornierungen und Gepäck. Nutze lookup_order für Buchungsnummern. Sei freundlich und knapp.",
     ["Ich möchte meine Buchung {o} stornieren", "Wie viel Gepäck darf ich mitnehmen?", "Mein Flug wurde verschoben, was nun?", "Status von Buchung {o}?"]),
    ("Loja Vitta", "pt", "BR", "Você é a assistente virtual da Loja Vitta. Ajude com pedidos, trocas e prazos de entrega. Use lookup_order quando o cliente informar o número do pedido.",
     ["cadê meu pedido {o}?", "quero trocar um tênis que ficou pequeno", "qual o prazo de entrega pra Recife?", "meu pedido {o} veio errado"]),
    ("Kumo Mobile", "ja", "JP", "あなたはKumo Mobileのサポートアシスタントです。料金プラン、SIMの設定、解約手続きについて丁寧に回答してください。",
     ["SIMの設定方法を教えてください", "プラン変更はいつ反映されますか", "注文番号{o}の配送状況は？", "解約したいです"]),
    ("BrightHome Insurance", "en", "US", "You are BrightHome's virtual agent. Answer policy, claims and billing questions. Never give legal advice. Escalate with create_ticket if the customer is upset.",
     ["how do I file a claim for water damage?", "why did my premium go up", "I need a copy of policy {o}", "cancel my policy please"]),
]
TRANSLATE_TGT = ["English", "Spanish", "Chinese (Simplified)", "Japanese", "Korean", "German", "French", "Portuguese (Brazil)",
                 "Arabic", "Indonesian", "Vietnamese", "Turkish", "Russian", "Hindi"]
WRITE_MODES = ["make it more formal", "make it concise", "fix grammar and spelling", "make it friendlier", "expand into a paragraph",
               "rewrite for a LinkedIn post"]


def relay_eu_fmt(kind):
    if kind == "usr":
        return lambda: "usr_" + hx(12)
    if kind == "num":
        return lambda: "u-%08d" % R.randrange(10 ** 7, 10 ** 8)
    if kind == "discord":
        return lambda: "discord:%d" % R.randrange(10 ** 17, 10 ** 18)
    if kind == "sha":
        return lambda: hashlib.sha256(hx(16).encode()).hexdigest()[:32]
    if kind == "email_hash":
        return lambda: "h:" + hashlib.sha1(hx(16).encode()).hexdigest()[:24]
    return lambda: "user-" + hx(8)


def build_benign(C):
    P = {}   # population -> accounts
    RELAYS = {}
    # 1. casual users worldwide
    P["casual_chat"] = mk_casual("casual_chat", 2350, 8, C)
    # 2. developers / indie apps
    devs = []
    for _ in range(480):
        c = world_country()
        a = Acct("developer", c, ua=ua_dev(), nkeys=R.choice([1, 1, 2, 3]))
        if R.random() < 0.3:
            a.ips = [ip_cloud(pick(["aws", "gcp", "azure", "digitalocean", "hetzner", "vultr"]))] + a.ips
        label_benign(a, "developer")
        n = lognorm_int(50, 1.0, 2, 3000)
        times = session_times(n, a.tz, pick(["office", "office", "human"]), 40, 6)
        chat_stream(a, times, a.lang if R.random() < 0.6 else "en", C, [(CHAT, 45), (MINI, 35), (THINK1, 20)],
                    habit_params("dev"), conv_p=0.45, content=dev_content(C), rl=0.015, new_share=0.5)
        devs.append(a)
    P["developer"] = devs
    # 3. students
    st = []
    for _ in range(360):
        c = wpick([("US", 8), ("IN", 8), ("GB", 2), ("CN", 4), ("BR", 4), ("MX", 3), ("ID", 4), ("VN", 3), ("KR", 3),
                   ("JP", 2), ("TR", 2), ("EG", 2), ("DE", 2), ("FR", 2), ("RU", 2), ("ES", 2), ("NG", 2)])
        a = Acct("student", c, ua=pick(UA_BROWSER + UA_PY), created=DAY0 - R.uniform(1, 400) * 86400)
        label_benign(a, "student")
        times = session_times(lognorm_int(16, 0.9, 1, 500), a.tz, "student", 90, 4)
        chat_stream(a, times, a.lang, C, [(MINI, 40), (CHAT, 35), (THINK1, 25)], habit_params("casual"),
                    content=lambda lg: hw_item(lg, C) if R.random() < 0.6 else casual_prompt(lg, C), conv_p=0.4)
        st.append(a)
    P["student"] = st
    # 3b. one university course: 64 accounts created in the same lab session, same campus NAT, same assignment
    campus_ip = ip_res("DE")
    created = DAY0 - 9 * 86400 + 10 * 3600
    cohort = []
    assignment = ["Implement Dijkstra's algorithm in Python and explain its complexity",
                  "Explain the difference between a process and a thread with an example",
                  "Write a SQL query that returns the top 3 customers by revenue per country",
                  "Prove that the sum of the first n odd numbers is n^2"]
    for _ in range(64):
        a = Acct("university_course", "DE", created=created + R.uniform(0, 5400), ua=pick(UA_PY[:3]),
                 ips=[campus_ip, ip_res("DE")], lang="de")
        label_benign(a, "university_course")
        times = session_times(lognorm_int(18, 0.7, 2, 200), 1, "student", 80, 5)
        chat_stream(a, times, lambda: "en" if R.random() < 0.6 else "de", C, [(MINI, 60), (CHAT, 40)], {"temperature": 0.7},
                    content=lambda lg: (pick(assignment) + pick(["", " please", ". Keep it short.", " (for my exercise sheet)"]), "code", "")
                    if R.random() < 0.5 else dev_content(C)(lg), conv_p=0.5)
        cohort.append(a)
    P["university_course"] = cohort
    # 4. VPN users
    vpns = []
    for _ in range(150):
        c = world_country()
        a = Acct("vpn_user", c, ua=ua_casual())
        prov = pick(["m247_vpn", "datacamp_vpn", "vultr", "digitalocean", "ovh"])
        a.ipmode = (lambda prov=prov, c=c: ip_cloud(prov) if R.random() < 0.8 else ip_res(c))
        label_benign(a, "vpn_user")
        times = session_times(lognorm_int(14, 1.0, 1, 800), a.tz, "human", 70, 3)
        chat_stream(a, times, a.lang, C, [(CHAT, 50), (MINI, 30), (THINK1, 20)], habit_params("casual"))
        vpns.append(a)
    P["vpn_user"] = vpns
    # 5. role-play and jailbreak pasters
    rp = []
    for _ in range(120):
        c = wpick([("US", 10), ("GB", 2), ("BR", 2), ("RU", 2), ("CN", 1), ("IN", 2), ("DE", 1), ("ID", 1), ("TR", 1)])
        a = Acct("roleplay_jailbreak", c, ua=ua_casual())
        label_benign(a, "roleplay_jailbreak")
        times = session_times(lognorm_int(28, 1.0, 2, 1500), a.tz, "student", 50, 8)
        chat_stream(a, times, lambda: "en", C, [(CHAT, 60), (MINI, 40)], habit_params("casual"), conv_p=0.8,
                    content=roleplay_content(C), rl=0.02)
        rp.append(a)
    P["roleplay_jailbreak"] = rp
    # 6. teams behind one NAT and one company card
    teams = []
    for _ in range(34):
        c = wpick([("US", 8), ("DE", 3), ("GB", 2), ("JP", 2), ("IN", 3), ("BR", 2), ("FR", 2), ("KR", 1), ("SG", 1), ("TR", 1)])
        office = ip_res(c) if R.random() < 0.6 else ip_cloud(pick(["aws", "azure"]))
        pay = "pm_" + hx(16)
        org = "org-" + hx(16)
        base = DAY0 - R.uniform(10, 500) * 86400
        same_org = R.random() < 0.6
        ua = pick(UA_PY + UA_JS + UA_TOOLS)
        for _m in range(R.randint(3, 16)):
            a = Acct("team_shared_nat", c, created=base + (R.uniform(0, 3600) if R.random() < 0.7 else R.uniform(0, 90 * 86400)),
                     org=org if same_org else None, pay=pay, ua=ua if R.random() < 0.7 else ua_dev(),
                     ips=[office, office, ip_res(c)])
            label_benign(a, "team_shared_nat")
            times = session_times(lognorm_int(30, 0.9, 1, 900), a.tz, "office", 50, 5)
            chat_stream(a, times, a.lang if R.random() < 0.5 else "en", C, [(CHAT, 50), (MINI, 30), (THINK1, 20)],
                        habit_params("dev"), content=dev_content(C), conv_p=0.4)
            teams.append(a)
    P["team_shared_nat"] = teams
    # 7. trial / dormant accounts (many signed up this week)
    tr = []
    for _ in range(260):
        c = world_country()
        cr = DAY0 + R.uniform(-5, 6.5) * 86400 if R.random() < 0.6 else DAY0 - R.uniform(10, 700) * 86400
        a = Acct("trial_low_use", c, created=cr, ua=pick(UA_MISC + UA_PY))
        label_benign(a, "trial_low_use")
        lo = max(DAY0, cr + 60)
        if lo >= DAY0 + WEEK - 600:
            lo = DAY0 + WEEK - 3600
        times = sorted(lo + R.uniform(0, 3 * 3600) for _ in range(R.randint(1, 5)))
        for t in times:
            p = pick(["hello", "test", "Say this is a test", "hi", "what model are you?", "ping", "1+1", casual_prompt(a.lang, C)[0]])
            emit(a, t, pick([MINI, CHAT, THINK1]), [{"role": "user", "content": p}], {}, pick(["Hello! How can I help you today?", "This is a test.", "2"]),
                 kind="short", rl_rate=0.03)
        tr.append(a)
    P["trial_low_use"] = tr
    # 7b. hackathon cohort: promo credit shared by all participants, created within hours of each other
    hk = []
    promo = "promo_" + hx(12)
    venue = ip_res("US")
    for _ in range(80):
        c = wpick([("US", 8), ("CA", 1), ("IN", 2), ("MX", 1)])
        a = Acct("hackathon_cohort", c, created=DAY0 - 2 * 86400 + 15 * 3600 + R.uniform(0, 8 * 3600), pay=promo,
                 ua=pick(UA_PY + UA_JS), ips=[ip_res(c), venue])
        label_benign(a, "hackathon_cohort")
        times = session_times(lognorm_int(20, 1.1, 1, 800), a.tz, "human", 30, 6)
        chat_stream(a, times, "en", C, [(CHAT, 40), (MINI, 40), (THINK1, 20)], habit_params("dev"), content=dev_content(C))
        hk.append(a)
    P["hackathon_cohort"] = hk
    # 8. uptime / CI probes
    ci = []
    for _ in range(14):
        a = Acct("ci_healthcheck", "US", ua=pick(["Go-http-client/2.0", "curl/8.5.0", "python-requests/2.32.3", "Datadog/Synthetics"]),
                 ips=[ip_cloud(pick(["aws", "gcp"]))])
        label_benign(a, "ci_healthcheck")
        period = pick([600, 900, 1200, 1800])
        t = DAY0 + R.uniform(0, period)
        prompt = pick(["Reply with the single word OK.", "ping", "Return {\"ok\": true}", "healthcheck: say ready"])
        while t < DAY0 + WEEK:
            emit(a, t, pick([MINI]) if R.random() < 0.9 else CHAT, [{"role": "user", "content": prompt}],
                 {"temperature": 0, "max_tokens": 5}, "OK", kind="label", rl_rate=0.002)
            t += period + R.uniform(-3, 3)
        ci.append(a)
    P["ci_healthcheck"] = ci
    return P, RELAYS


def invoice_text():
    return "INVOICE #%s\n%s Ltd.\nDate: 2026-%02d-%02d\nItems: %d x consulting hours @ %d.00\nTOTAL DUE: %s %d.%02d" % (
        hx(6).upper(), pick(["Acme", "Bluefin", "Karsten", "Orbital", "Tanaka", "Silva & Filhos"]), R.randint(1, 12), R.randint(1, 28),
        R.randint(1, 80), R.randint(40, 300), pick(["USD", "EUR", "BRL", "JPY"]), R.randint(100, 99999), R.randint(0, 99))


def build_benign2(C, P, RELAYS):
    # 9. enterprise batch jobs (nightly, fixed templates)
    bj = []
    for _ in range(52):
        c = wpick([("US", 6), ("DE", 2), ("GB", 2), ("JP", 2), ("FR", 1), ("BR", 1), ("IN", 2), ("KR", 1), ("NL", 1)])
        a = Acct("enterprise_batch", c, ua=pick(UA_PY + ["python-httpx/0.27.2", "Java-http-client/17.0.12", "Go-http-client/2.0"]),
                 ips=[ip_cloud(pick(["aws", "gcp", "azure"])) for _ in range(2)], ipmode="pool", nkeys=R.randint(1, 2))
        label_benign(a, "enterprise_batch")
        job = R.randrange(4)
        total = lognorm_int(600, 0.7, 80, 4000)
        nights = R.sample(range(7), R.randint(3, 7))
        per = max(1, total // len(nights))
        for d in nights:
            t = DAY0 + d * 86400 + (R.uniform(0.5, 4) - a.tz) * 3600
            for _k in range(per):
                t += R.lognormvariate(math.log(1.2), 0.8)
                if job == 0:
                    msg = pick(C["arena"])[0]["content"][:600]
                    p = "Classify the customer message into exactly one of: billing, technical, account, shipping, other. Return JSON {\"label\": ...}.\n\nMessage:\n" + msg
                    emit(a, t, MINI, [{"role": "user", "content": p}], {"temperature": 0, "response_format": {"type": "json_object"}},
                         "{\"label\": \"%s\"}" % pick(["billing", "technical", "account", "shipping", "other"]), kind="label", rl_rate=0.02)
                elif job == 1:
                    doc = pick(C["arena"])[1]["content"][:1500] if True else ""
                    emit(a, t, MINI, [{"role": "system", "content": "Summarize documents for an internal knowledge base."},
                                      {"role": "user", "content": "Summarize in 3 bullet points:\n\n" + doc}],
                         {"temperature": 0.2, "max_tokens": 300}, "- " + doc[:120] + "\n- ...\n- ...", kind="short", rl_rate=0.02)
                elif job == 2:
                    inv = invoice_text()
                    emit(a, t, MINI, [{"role": "user", "content": "Extract vendor, invoice_number, date and total as JSON.\n\n" + inv}],
                         {"temperature": 0, "response_format": {"type": "json_object"}},
                         "{\"vendor\": \"...\", \"invoice_number\": \"%s\"}" % inv[9:15], kind="label", rl_rate=0.02)
                else:
                    title = pick(["Wireless earbuds with noise cancelling", "Stainless steel water bottle 1L", "Men's running shoes, breathable",
                                  "Ceramic coffee mug set (4 pcs)", "USB-C charging cable 2m", "Organic green tea 100 bags"])
                    tgt = pick(TRANSLATE_TGT)
                    emit(a, t, MINI, [{"role": "user", "content": "Translate this product title into %s. Output only the title.\n%s" % (tgt, title)}],
                         {"temperature": 0}, title, kind="label", rl_rate=0.02)
        bj.append(a)
    P["enterprise_batch"] = bj
    # 10. enterprise RAG assistants (long context)
    rag = []
    for _ in range(38):
        c = wpick([("US", 5), ("DE", 3), ("FR", 2), ("JP", 2), ("GB", 2), ("KR", 1), ("ES", 1), ("BR", 1)])
        a = Acct("enterprise_rag", c, ua=pick(UA_TOOLS[:3] + UA_PY), ips=[ip_cloud(pick(["aws", "azure", "gcp"]))])
        label_benign(a, "enterprise_rag")
        times = session_times(lognorm_int(320, 0.8, 20, 3000), a.tz, "office", 30, 3)
        for t in times:
            ctx = "\n\n".join(pick(C["arena"])[1]["content"][:700] for _ in range(R.randint(2, 5)))
            q, _, topic = casual_prompt(a.lang, C)[:3]
            emit(a, t, benign_model(t, [(CHAT, 70), (MINI, 30)]),
                 [{"role": "system", "content": "Answer the employee's question using only the context below. Cite the source numbers. If unsure, say so.\n\nContext:\n" + ctx},
                  {"role": "user", "content": q}], {"temperature": 0.1, "max_tokens": 1024},
                 generic_response(a.lang, topic) + " [1]", kind="chat", rl_rate=0.01)
        rag.append(a)
    P["enterprise_rag"] = rag
    # 11. agent platforms: long tool loops
    ag = []
    for i in range(26):
        c = wpick([("US", 5), ("DE", 1), ("GB", 1), ("SG", 1), ("IN", 1), ("FR", 1)])
        a = Acct("agent_platform", c, ua=pick(UA_PY[:4] + ["OpenAI/JS 4.73.0", "litellm/1.55.3"]),
                 ips=[ip_cloud(pick(["aws", "gcp"])) for _ in range(4)], ipmode="pool", nkeys=R.randint(1, 4))
        label_benign(a, "agent_platform")
        wss = ["ws_" + hx(10) for _ in range(R.randint(8, 30))] if i < 9 else None
        ntask = lognorm_int(45, 0.7, 5, 300)
        coding = R.random() < 0.65
        for _t in range(ntask):
            t = pick_time(0, "flat")
            ws = pick(wss) if wss else None
            cid = "run_" + hx(12)
            task = ("Fix: " + pick(REPO_TASKS)) if coding else pick(["Find order %s and open a ticket if delayed" % hx(6),
                                                                       "What's the weather in %s tomorrow and should I reschedule the site visit?" % pick(["Berlin", "Austin", "Osaka", "Lagos"]),
                                                                       "Compute last month's revenue by region from the warehouse", "Research competitors of a vegan snack brand and summarize"])
            tools = TOOLS_CODE if coding else TOOLS_BIZ
            model = THINK2 if adopt(t, 0.5, 20, 30) else wpick([(THINK1, 50), (CHAT, 50)])
            hist = [{"role": "system", "content": "You are an autonomous %s agent. Use the tools. Think before acting. Stop when the task is complete." % ("software engineering" if coding else "operations")},
                    {"role": "user", "content": task}]
            for step in range(lognorm_int(12, 0.6, 2, 60)):
                tn = pick(tools)["function"]["name"]
                prm = {"tools": tools, "tool_choice": "auto", "temperature": 0.2, "parallel_tool_calls": False}
                prm = with_effort(prm, model, (("medium", 5), ("high", 3), ("low", 1)))
                resp = "[tool_call] %s(%s)" % (tn, json.dumps({"read_file": {"path": "src/app.py"}, "run_shell": {"cmd": "pytest -q"}, "apply_patch": {"diff": "--- a/src/app.py\n+++ b/src/app.py\n..."},
                                                                 "search_code": {"query": "def handle"}, "lookup_order": {"order_id": hx(8).upper()}, "create_ticket": {"summary": "delayed order", "priority": "high"},
                                                                 "web_search": {"q": task[:40]}, "get_weather": {"city": "Berlin"}, "sql_query": {"sql": "SELECT region, SUM(total) FROM orders GROUP BY 1"}}[tn]))
                emit(a, t, model, hist, prm, resp, gen_reasoning("en", "the task") if model in REASONING else None,
                     kind="tool", end_user=ws, conv=cid, rl_rate=0.03)
                hist = hist + [{"role": "assistant", "content": resp}, {"role": "tool", "content": pick(TOOL_RESULTS)}]
                t += R.lognormvariate(math.log(9), 0.6)
        ag.append(a)
    P["agent_platform"] = ag
    # 12. evaluation / research labs
    ev = []
    gsm_eval = C["gsm"][:1500]
    org, pay = "org-" + hx(16), "pm_" + hx(16)
    shards = [Acct("eval_lab", "US", org=org, pay=pay, ua="OpenAI/Python 1.55.3", ips=[ip_cloud("gcp") for _ in range(3)],
                   ipmode="pool", created=DAY0 - 300 * 86400 + R.uniform(0, 86400)) for _ in range(4)]
    for a in shards:
        label_benign(a, "eval_lab")
    for (start, model) in [(DAY0 + 14.5 * 3600, THINK1), (DAY0 + 86400 + 15 * 3600, CHAT), (RELEASE + 2.5 * 3600, THINK2),
                           (DAY0 + 4 * 86400 + 14 * 3600, THINK2)]:
        t = start
        for j, it in enumerate(gsm_eval):
            a = shards[j % 4]
            steps, fin = gsm_solution(it)
            prm = {"n": 5, "temperature": 0.7, "max_tokens": 2048} if model not in REASONING else {"reasoning_effort": "medium", "max_completion_tokens": 8000}
            emit(a, t + R.uniform(0, 2), model, [{"role": "user", "content": "Question: %s\nLet's think step by step. At the end, write \"The answer is N\"." % it["question"]}],
                 prm, steps + "\nThe answer is " + fin + ".", gen_reasoning("en", "the word problem", steps[:300]) if model in REASONING else None,
                 kind="cot", rl_rate=0.04)
            t += 0.9
    ev += shards
    uni = Acct("eval_lab", "GB", ua="python-httpx/0.27.2", ips=[ip_res("GB")], created=DAY0 - 200 * 86400)
    label_benign(uni, "eval_lab")
    for (start, model) in [(DAY0 + 86400 * 2 + 11 * 3600, CHAT), (DAY0 + 86400 * 2 + 16 * 3600, THINK1), (RELEASE + 18 * 3600, THINK2)]:
        t = start
        for pr in C["ah_all"][:500] + [s["instruction"] for s in C["si"][175:]]:
            emit(uni, t, model, [{"role": "user", "content": pr}], {"temperature": 0, "max_tokens": 4096} if model not in REASONING else {"reasoning_effort": "high"},
                 generic_response("en", ""), kind="long", rl_rate=0.05)
            t += R.uniform(1.5, 5)
    ev.append(uni)
    ml = [Acct("eval_lab", "SG", org="org-" + hx(16), ua="OpenAI/Python 1.57.0", ips=[ip_cloud("alicloud")], created=DAY0 - 150 * 86400)
          for _ in range(3)]
    for a in ml:
        label_benign(a, "eval_lab")
    mlset = [(lg,) + word_problem(lg) for lg in ["en", "zh", "ko", "ja", "vi"] for _ in range(250)]
    for (start, model) in [(DAY0 + 86400 * 1 + 2 * 3600, THINK1), (RELEASE + 30 * 3600, THINK2)]:
        t = start
        for j, (lg, txt, ans) in enumerate(mlset):
            for s in range(3):
                emit(ml[j % 3], t, model, [{"role": "user", "content": "Solve the following problem. Put the final answer in \\boxed{}.\n\n" + txt}],
                     {"reasoning_effort": "low", "seed": s}, "... \\boxed{%s}" % ans, gen_reasoning(lg, "", ""), kind="cot", rl_rate=0.03)
                t += R.uniform(0.3, 1.2)
    ev += ml
    red = [Acct("eval_lab", "US", ua="python-requests/2.32.3", ips=[ip_cloud("aws")], created=DAY0 - 90 * 86400) for _ in range(2)]
    for a in red:
        label_benign(a, "eval_lab")
    t = DAY0 + 3 * 86400 + 20 * 3600
    for model in [CHAT, THINK1, THINK2]:
        for pr in C["adv"] + C["jb"][:300] + C["sysx"]:
            emit(red[R.randrange(2)], t, model, [{"role": "user", "content": pr}], {"temperature": 0},
                 "I can't help with that.", kind="short", rl_rate=0.03)
            t += R.uniform(0.5, 3)
    ev += red
    P["eval_lab"] = ev
    # 13. data-labelling vendors: graders and pairwise comparisons
    dl = []
    vendors = [("LabelWorks", "PH", "en", 3), ("Tagline", "KE", "en", 2), ("PolyglotQA", "JP", "ja", 2), ("Anotar", "CO", "es", 2)]
    COUNTRIES.setdefault("PH", ([("en", 1)], 8, ["112", "49", "120"]))
    COUNTRIES.setdefault("KE", ([("en", 1)], 3, ["41", "105", "197"]))
    for (vn, c, lg, k) in vendors:
        org, pay = "org-" + hx(16), "pm_" + hx(16)
        ua = pick(UA_PY)
        accs = [Acct("data_labeling", c, org=org, pay=pay, ua=ua, ips=[ip_res(c), ip_cloud("aws")], lang=lg) for _ in range(k)]
        for a in accs:
            label_benign(a, "data_labeling")
            times = session_times(lognorm_int(1300, 0.4, 200, 5000), a.tz, "office", 6, 80)
            for t in times:
                conv = pick(C["arena"])
                q = conv[0]["content"][:1200]
                r1 = conv[1]["content"][:900] if len(conv) > 1 else "..."
                r2 = pick(C["arena"])[1]["content"][:900] if True else ""
                if vn == "LabelWorks":
                    p = ("You are an expert annotator. Given the user prompt and two candidate responses, decide which is more helpful, honest and harmless. "
                         "Answer in JSON: {\"winner\": \"A\"|\"B\"|\"tie\", \"confidence\": 1-5, \"rationale\": \"...\"}\n\n[PROMPT]\n%s\n\n[RESPONSE A]\n%s\n\n[RESPONSE B]\n%s" % (q, r1, r2))
                    resp = "{\"winner\": \"%s\", \"confidence\": %d, \"rationale\": \"Response %s addresses the question more directly.\"}" % (pick("AB"), R.randint(2, 5), pick("AB"))
                elif vn == "Tagline":
                    p = ("Grade the support agent's reply on a 1-5 scale for each of: accuracy, empathy, policy_compliance, resolution. Return JSON with scores and one sentence of feedback.\n\nCustomer: %s\n\nAgent: %s" % (q[:500], r1))
                    resp = "{\"accuracy\": %d, \"empathy\": %d, \"policy_compliance\": 5, \"resolution\": %d, \"feedback\": \"...\"}" % (R.randint(2, 5), R.randint(1, 5), R.randint(1, 5))
                elif vn == "PolyglotQA":
                    src, _, _ = casual_prompt("ja", C)[:3]
                    p = "次の翻訳の品質を1〜10で評価し、誤りを列挙してください。JSONで出力。\n原文: %s\n訳文: %s" % (src, pick(L["en"]["tasks"]))
                    resp = "{\"score\": %d, \"errors\": [\"語調が不自然\"]}" % R.randint(3, 9)
                else:
                    p = ("Evalúa la respuesta del asistente según la rúbrica: corrección (0-3), claridad (0-3), tono (0-2). Devuelve JSON.\n\nPregunta: %s\n\nRespuesta: %s" % (casual_prompt("es", C)[0], r1[:600]))
                    resp = "{\"correccion\": %d, \"claridad\": %d, \"tono\": 2}" % (R.randint(0, 3), R.randint(0, 3))
                emit(a, t, CHAT if R.random() < 0.8 else MINI, [{"role": "user", "content": p}],
                     {"temperature": 0, "response_format": {"type": "json_object"}}, resp, kind="grade", rl_rate=0.03)
        dl += accs
    P["data_labeling"] = dl
    # 14. synthetic-data startups (legitimate, under contract)
    sd = []
    for (nm, c, lg, k, vol) in [("Forge", "US", "en", 3, 2300), ("Semilla", "MX", "es", 2, 1400), ("Raiz", "BR", "pt", 1, 1200)]:
        org, pay = "org-" + hx(16), "pm_" + hx(16)
        accs = [Acct("synthetic_data_vendor", c, org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=[ip_cloud("aws")], lang=lg,
                     nkeys=3) for _ in range(k)]
        for a in accs:
            label_benign(a, "synthetic_data_vendor")
            times = session_times(vol, a.tz, "flat", 2.5, 300)
            for t in times:
                dom = pick(["banking FAQs", "e-commerce returns", "telecom billing", "HR policies", "insurance claims", "travel bookings",
                            "SaaS onboarding", "pharmacy questions", "real-estate listings", "university admissions"])
                si = pick(C["si"])
                if lg == "en":
                    p = pick(["Generate %d diverse, realistic customer-support dialogues about %s. Output JSON lines with fields user and assistant." % (R.randint(3, 8), dom),
                              "Here is a seed task:\n%s\nWrite %d new, different tasks in the same style, each with an input and a high-quality output. JSON list." % (si["instruction"], R.randint(3, 6)),
                              "Create %d question-answer pairs a customer might ask about %s, with varied difficulty and tone. JSON." % (R.randint(5, 12), dom)])
                elif lg == "es":
                    p = pick(["Genera %d diálogos realistas de atención al cliente sobre %s en español de México. Formato JSONL con campos usuario y asistente." % (R.randint(3, 8), dom),
                              "Crea %d pares pregunta-respuesta sobre %s para entrenar un chatbot. Devuelve JSON." % (R.randint(5, 10), dom)])
                else:
                    p = pick(["Gere %d diálogos realistas de atendimento ao cliente sobre %s em português do Brasil. Formato JSONL." % (R.randint(3, 8), dom),
                              "Crie %d pares de pergunta e resposta sobre %s para treinar um assistente virtual. JSON." % (R.randint(5, 10), dom)])
                emit(a, t, pick([CHAT, CHAT, MINI]), [{"role": "system", "content": "You generate training data for %s's customer assistants. Be diverse and realistic." % nm},
                                                     {"role": "user", "content": p}],
                     {"temperature": 1.0, "n": pick([1, 1, 2, 3]), "response_format": {"type": "json_object"}},
                     "[{\"user\": \"...\", \"assistant\": \"...\"}]", kind="synth", rl_rate=0.03)
        sd += accs
    P["synthetic_data_vendor"] = sd

    # 15. relays: routers and SaaS backends
    WORLD_C = WORLD
    ra = Relay("router_keypool", "router_relay", relay_accounts(16, "router_relay", "aws", "OpenAI/Python 1.55.3", pay_n=4, org_shared=False), relay_eu_fmt("usr"))
    relay_benign_users(ra, 2000, 11, C, WORLD_C, content=lambda lg: dev_content(C)(lg) if R.random() < 0.35 else casual_prompt(lg, C))
    rb = Relay("router_latam", "router_relay", relay_accounts(2, "router_relay", "gcp", "OpenAI/JS 4.73.0", country="BR"), relay_eu_fmt("num"), sticky_p=0.6)
    relay_benign_users(rb, 1500, 12, C, [("BR", 30), ("MX", 20), ("AR", 8), ("CO", 8), ("ES", 8), ("US", 12), ("PT", 4), ("ID", 4), ("IN", 6)],
                       content=lambda lg: dev_content(C)(lg) if R.random() < 0.3 else casual_prompt(lg, C))
    rc = Relay("router_discord", "community_bot_relay", relay_accounts(1, "community_bot_relay", "vultr", "python-httpx/0.27.2", country="ID"), relay_eu_fmt("discord"))
    relay_benign_users(rc, 300, 14, C, [("ID", 50), ("VN", 15), ("SG", 10), ("US", 10), ("IN", 10), ("AU", 5)], profile="student")
    hw = Relay("homework", "saas_homework_helper", relay_accounts(2, "saas_homework_helper", "aws", "OpenAI/Python 1.57.0"), relay_eu_fmt("sha"), sticky_p=1.0)
    relay_benign_users(hw, 800, 14, C, [("US", 20), ("IN", 15), ("BR", 8), ("MX", 8), ("ID", 8), ("VN", 6), ("EG", 5), ("TR", 5), ("GB", 5), ("ES", 4), ("KR", 3)],
                       content=lambda lg: hw_item(lg, C) if R.random() < 0.8 else casual_prompt(lg, C), sys=SAAS_SYS["homework"],
                       model_fix=lambda t: THINK2 if (t > DAY0 + 5 * 86400 and R.random() < 0.5) else (THINK1 if R.random() < 0.6 else CHAT),
                       profile="student")
    trn = Relay("translate", "saas_translation", relay_accounts(2, "saas_translation", "azure", "axios/1.7.9"), relay_eu_fmt("email_hash"), sticky_p=1.0)
    relay_benign_users(trn, 600, 18, C, WORLD_C, content=lambda lg: (casual_prompt(lg, C)[0] if R.random() < 0.5 else pick(L[lg]["tasks"]), "translate", ""),
                       sys=lambda: SAAS_SYS["translate"].format(tgt=pick(TRANSLATE_TGT)), model_fix=lambda t: MINI, conv_p=0.05)
    wr = Relay("writing", "saas_writing_assistant", relay_accounts(3, "saas_writing_assistant", "gcp", "OpenAI/JS 4.76.1"), relay_eu_fmt("user"), sticky_p=1.0)
    relay_benign_users(wr, 500, 11, C, WORLD_C, content=lambda lg: (pick(C["arena"])[1]["content"][:800] if lg == "en" else pick(L[lg]["tasks"]), "chat", ""),
                       sys=lambda: SAAS_SYS["writing"].format(mode=pick(WRITE_MODES)), model_fix=lambda t: CHAT, conv_p=0.1)
    sup_relays = []
    for (nm, lg, c, sysp, qs) in SUPPORT:
        sr = Relay(nm, "saas_support_bot", relay_accounts(1, "saas_support_bot", pick(["aws", "azure"]), pick(UA_PY + UA_JS), country=c), relay_eu_fmt("email_hash"), 1.0)
        relay_benign_users(sr, 350, 4, C, [(c, 1)], content=lambda lg, qs=qs: (pick(qs).format(o=hx(8).upper()), "chat", ""),
                           sys=sysp, model_fix=lambda t: MINI if R.random() < 0.7 else CHAT, conv_p=0.6, profile="human")
        sup_relays.append(sr)
    RELAYS.update({"router_keypool": ra, "router_latam": rb, "router_discord": rc, "homework": hw, "translate": trn, "writing": wr})
    for sr in sup_relays:
        RELAYS["support:" + sr.name] = sr
    return P, RELAYS


def build_router_asia(C, RELAYS):
    ras = Relay("router_asia", "router_relay", relay_accounts(3, "router_relay", "alicloud", "OpenAI/Python 1.52.0", country="SG", pay_n=1),
                lambda: "ak-" + hx(10), sticky_p=0.0)
    relay_benign_users(ras, 900, 12, C, [("CN", 30), ("HK", 8), ("TW", 10), ("SG", 8), ("JP", 8), ("KR", 8), ("VN", 6), ("ID", 6), ("US", 8)],
                       content=lambda lg: dev_content(C)(lg) if R.random() < 0.35 else (hw_item(lg, C) if R.random() < 0.15 else casual_prompt(lg, C)))
    RELAYS["router_asia"] = ras


# ----------------------------------------------------------------------------------- campaigns
ZH_PRE = ["", "", "请认真思考。", "这是一道练习题。", "【题目】", "下面这道题请帮我解答：", "我在准备考试，", "帮我做一下这题。"]
ZH_COT = ["请把你的完整思考过程一步一步写出来，包括每一步为什么这样做，不要省略中间推理。",
          "先写出详细的推理链条，再给出最终答案，每一步都要说明依据。",
          "请像老师讲题一样，把推导过程完整展示出来，包括你考虑过但放弃的思路。",
          "不要只给答案，请逐步展示你的全部思考，中间计算也要写清楚。",
          "请详细说明你是如何一步步想到这个答案的，越详细越好。",
          "请先分析题意，再分步骤推理，最后验算并给出答案。",
          "把你脑子里的解题思路原原本本写出来，每个小步骤都不要跳过。",
          "请给出完整的解题思维过程（包括自我检查），然后再写结论。"]
ZH_FMT = ["", "", "最后用“答案：”开头单独一行给出结果。", "输出格式：【思考过程】……【最终答案】……", "请用中文回答。", "推理过程不少于8步。",
          "思考过程请用编号列出。"]
ZH_CONCEPT = ["为什么冰会浮在水面上", "为什么天空是蓝色的", "哈希表查找的平均时间复杂度为什么是O(1)", "为什么快速排序最坏情况是O(n²)",
              "电动机的工作原理", "为什么复利会呈指数增长", "TCP三次握手为什么不是两次", "为什么光在水中会折射", "贝叶斯定理怎么推导",
              "为什么质数有无穷多个", "梯度下降为什么能找到极小值", "为什么高空中气温更低", "动态规划和贪心算法的本质区别"]


def c1_zh_relay_trace(C, RELAYS, gsm_pool):
    cid, tactic = "c-b1", "relay_zh_trace_harvest"
    plan = [(RELAYS["router_keypool"], 190), (RELAYS["router_asia"], 110)]
    for rel, k in plan:
        for _ in range(k):
            eu = rel.new_eu()
            cots = R.sample(ZH_COT, 2)
            pre, fmt = pick(ZH_PRE), pick(ZH_FMT)
            hab = {"stream": True} if R.random() < 0.6 else {}
            if R.random() < 0.5: hab["max_tokens"] = pick([8000, 12000, 16000, 32000])
            eff = pick(["high", "high", "medium"])
            span = R.randint(2, 6)
            d0 = R.randint(0, 7 - span)
            lo, hi = DAY0 + d0 * 86400, DAY0 + (d0 + span) * 86400
            n = int(span * R.uniform(8, 22))
            times = session_times(n, 8, "human", R.uniform(25, 90), 10, lo, hi)
            for t in times:
                acct = rel.acct(eu)
                label_eu(eu, acct.id, cid, tactic)
                if R.random() < 0.2:   # cover: ordinary chat
                    p, kind, topic = casual_prompt("zh", C)[:3]
                    model = wpick([(CHAT, 60), (MINI, 40)])
                    emit(acct, t, model, [{"role": "user", "content": p}], dict(hab), generic_response("zh", topic, kind), kind=kind, end_user=eu)
                    continue
                x = R.random()
                if x < 0.45 and gsm_pool:
                    it = gsm_pool.pop()
                    steps, fin = gsm_solution(it)
                    body, resp = it["question"], "解题思路：\n" + steps + "\n答案：" + fin
                elif x < 0.75:
                    body, ans = word_problem("zh")
                    steps = ""
                    resp = "【思考过程】\n1. 理清已知条件……\n2. 列式计算……\n3. 验算……\n【最终答案】" + ans
                elif x < 0.88:
                    it, _k = notation_item()
                    body, steps = it, ""
                    resp = "分析：\n1. ……\n2. ……\n结论：……"
                else:
                    body, steps = pick(ZH_CONCEPT) + "？", ""
                    resp = "我们从基本原理出发：\n第一步……\n第二步……\n因此……"
                cot = pick(cots)
                p = (pre + body + "\n\n" + cot + fmt) if R.random() < 0.7 else (cot + "\n\n" + pre + body + ("\n" + fmt if fmt else ""))
                if t > RELEASE + 2 * 3600:
                    p_new = min(0.7, 0.2 + 0.5 * (t - RELEASE - 2 * 3600) / (14 * 3600))
                    model = THINK2 if R.random() < p_new else wpick([(THINK1, 75), (CHAT, 25)])
                else:
                    model = wpick([(THINK1, 75), (CHAT, 25)])
                prm = dict(hab)
                if model in REASONING:
                    prm["reasoning_effort"] = eff
                emit(acct, t, model, [{"role": "user", "content": p}], prm, resp,
                     gen_reasoning("zh", "这道题", steps[:400]) if model in REASONING else None, kind="cot", end_user=eu)


def rand_repo():
    return "%s-%s" % (pick(["fast", "tiny", "open", "py", "go", "rusty", "hyper", "micro", "data", "cloud", "auto", "lite"]),
                      pick(["cache", "router", "queue", "auth", "orm", "parser", "scheduler", "ledger", "crawler", "bot", "cms", "metrics"]))


AGENT_TASK_TPL = ["Repository {r} ({lang}). Issue: {i}. Investigate with the tools, write a fix, add a regression test, and run the test suite until it passes.",
                  "You are working in {r}, a {lang} codebase. {i}. Plan first, then use tools step by step. Explain each decision briefly.",
                  "Task for {r}: {i}. Use search_code and read_file to understand the code, then apply_patch. Finish with a summary of the change.",
                  "Bug report on {r} ({lang}): {i}. Reproduce it with run_shell, fix it, verify."]
TOOL_TASK_TPL = ["Customer asks: \"{q}\". Use the available tools to resolve it end to end.",
                 "Using the tools, {q}. Show which tools you call and why."]
TOOL_QS = ["where is my order {o} and can I change the delivery address", "book the cheapest option and tell me the weather there",
           "how many orders shipped late last quarter per region", "open a high-priority ticket for order {o} that arrived damaged",
           "compare revenue this month vs last month from the warehouse"]


def c2_proxy_fleet(C):
    cid, tactic = "c-b2", "proxy_reseller_agentic_fleet"
    cards = ["pm_" + hx(16) for _ in range(12)]
    waves = [(DAY0 - 26 * 86400, 36, 55, cards[0:5]), (DAY0 - 12 * 86400, 20, 50, cards[4:9]), (RELEASE - 8 * 3600, 28, 45, cards[8:12])]
    proxy_cc = [("US", 30), ("GB", 8), ("DE", 8), ("JP", 8), ("BR", 6), ("CA", 5), ("FR", 5), ("KR", 4), ("SG", 4), ("AU", 4), ("NL", 4), ("PL", 3)]
    for (base, spread_h, k, wcards) in waves:
        for i in range(k):
            created = base + R.uniform(0, spread_h * 3600)
            c = wpick(proxy_cc)
            ua = "Go-http-client/2.0" if R.random() < 0.55 else pick(["OpenAI/Python 1.51.0", "OpenAI/Python 1.51.2"])
            a = Acct("x", c, created=created, pay=pick(wcards), ua=ua, ips=[ip_res(c)], nkeys=R.randint(1, 3), lang="en")
            label_campaign(a, cid, tactic)
            lo = max(DAY0, created + 3600)
            n = lognorm_int(230 * (DAY0 + WEEK - lo) / WEEK + 20, 0.45, 20, 1500)
            times = session_times(n, 0, "flat", 12, 14, lo, DAY0 + WEEK)
            i2 = 0
            sess_ip = ip_res(wpick(proxy_cc))
            while i2 < len(times):
                t = times[i2]
                if i2 == 0 or t - times[i2 - 1] > 600:
                    sess_ip = ip_res(wpick(proxy_cc))
                if R.random() < 0.42:     # forwarded ordinary customer traffic (cover)
                    lg = wpick([("en", 45), ("zh", 30), ("ja", 5), ("ko", 5), ("es", 5), ("ru", 5), ("pt", 5)])
                    if lg == "en" and R.random() < 0.6:
                        conv = pick(C["arena"])
                        p, resp = conv[0]["content"], (conv[1]["content"] if len(conv) > 1 else "")
                        kind = "chat"
                    else:
                        p, kind, topic = casual_prompt(lg, C)[:3]
                        resp = generic_response(lg, topic, kind)
                    emit(a, t, benign_model(t, [(CHAT, 50), (MINI, 30), (THINK1, 20)], 0.5, 2, 12), [{"role": "user", "content": p}],
                         {"stream": True} if R.random() < 0.7 else {}, resp[:1500], kind=kind, ip=sess_ip)
                    i2 += 1
                    continue
                # extraction: agentic trajectories / tool-use traces on the strongest model available
                if t > RELEASE + 3 * 3600:
                    model = THINK2 if R.random() < min(0.75, 0.3 + (t - RELEASE) / (20 * 3600) * 0.45) else wpick([(THINK1, 60), (CHAT, 40)])
                else:
                    model = wpick([(THINK1, 60), (CHAT, 40)])
                if R.random() < 0.7:
                    task = pick(AGENT_TASK_TPL).format(r=rand_repo(), lang=pick(["Python", "TypeScript", "Go", "Rust", "Java"]), i=pick(REPO_TASKS))
                    tools = TOOLS_CODE
                elif R.random() < 0.5:
                    task = pick(TOOL_TASK_TPL).format(q=pick(TOOL_QS).format(o=hx(8).upper()))
                    tools = TOOLS_BIZ
                else:
                    task, tools = pick(C["ah_code"]) + "\n\nThink through the design carefully before writing the final code.", None
                cidv = "conv_" + hx(16)
                hist = [{"role": "user", "content": task}]
                steps = 1 if tools is None else R.randint(3, 12)
                for s in range(steps):
                    if i2 >= len(times):
                        break
                    t = times[i2]
                    i2 += 1
                    prm = {"temperature": 0.6} if R.random() < 0.5 else {}
                    if tools:
                        prm.update({"tools": tools, "tool_choice": "auto"})
                    if model in REASONING:
                        prm.pop("temperature", None)
                        prm["reasoning_effort"] = "high"
                    if tools:
                        tn = pick(tools)["function"]["name"]
                        resp = "I'll start by %s.\n[tool_call] %s(...)" % (pick(["reproducing the failure", "searching for the handler", "reading the module",
                                                                                  "checking the test output", "inspecting the schema"]), tn)
                    else:
                        resp = "Design first:\n1. ...\n2. ...\n\n```\n...\n```"
                    emit(a, t, model, hist, prm, resp, gen_reasoning("en", "the task", "Plan: inspect, hypothesize, patch, verify.") if model in REASONING else None,
                         kind="tool" if tools else "code", conv=cidv, ip=sess_ip)
                    hist = hist + [{"role": "assistant", "content": resp}, {"role": "tool", "content": pick(TOOL_RESULTS)}]


RU_CRIT = [["корректность", "полнота", "ясность изложения"], ["фактическая точность", "логичность рассуждений", "полезность", "безопасность"],
           ["правильность ответа", "качество объяснения", "стиль"], ["точность", "релевантность", "лаконичность", "тон"]]
RU_SCALE = ["от 1 до 10", "от 1 до 5", "от 0 до 100"]
RU_SINGLE = ["Ты — строгий эксперт-оценщик. Оцени ответ ассистента на вопрос по шкале {s} по каждому критерию: {c}. Сначала подробно обоснуй каждую оценку, затем выведи итог в JSON.",
             "Проверь ответ ниже. Для каждого критерия ({c}) поставь балл {s} и кратко объясни, почему. В конце — итоговый балл. Ответ в формате JSON.",
             "Выступи в роли рецензента. Оцени качество ответа по критериям: {c} (шкала {s}). Укажи сильные и слабые стороны."]
RU_PAIR = ["Сравни два ответа на один и тот же вопрос. Какой лучше — A или B? Объясни рассуждение по шагам, затем выведи JSON {{\"лучший\": \"A\"|\"B\", \"уверенность\": 1-5}}.",
           "Даны вопрос и два варианта ответа. Определи, какой вариант предпочтительнее и почему. Учитывай: {c}."]
RU_FIX = ["Найди все ошибки в решении ниже, объясни каждую и напиши исправленное полное решение.",
          "Проверь решение шаг за шагом. Если есть ошибка — укажи шаг и перепиши решение правильно."]
EN_GRADE = ["Score the assistant's answer from 1 to 10 for correctness and helpfulness. Think carefully, explain your reasoning, then output JSON {{\"score\": n, \"reason\": \"...\"}}.",
            "Which response is better, A or B? Consider {c}. Give your reasoning first and end with JSON {{\"preferred\": \"A\"|\"B\"}}.",
            "You are a reward model. Rate the response on a 0-100 scale and justify the rating in detail."]


def perturb_solution(steps):
    nums = re.findall(r"\d+", steps)
    if not nums:
        return steps
    n = pick(nums)
    return steps.replace(n, str(int(n) + R.randint(1, 9)), 1)


def c3_rubric_ru(C):
    cid, tactic = "c-b3", "rubric_grader_reward_harvest"
    for i in range(46):
        cr = DAY0 - 13 * 86400 + R.uniform(0, 3.5 * 86400)
        c = "RU" if R.random() < 0.25 else pick(["DE", "FR", "NL"])
        ips = [ip_res("RU")] if c == "RU" else []
        ips += [ip_cloud(pick(["hetzner", "ovh", "digitalocean"])) for _ in range(R.randint(1, 2))]
        a = Acct("x", c, created=cr, ua=pick(["python-httpx/0.27.2", "OpenAI/Python 1.45.0", "python-httpx/0.28.1", "OpenAI/Python 1.54.4", "aiohttp/3.10.10"]),
                 ips=ips, lang="ru")
        a.tz = 3
        label_campaign(a, cid, tactic)
        crit = pick(RU_CRIT)
        scale = pick(RU_SCALE)
        single_t, pair_t, fix_t = pick(RU_SINGLE), pick(RU_PAIR), pick(RU_FIX)
        en_share = R.uniform(0.1, 0.45)
        jsonfmt = R.random() < 0.55
        n = lognorm_int(255, 0.35, 80, 800)
        times = session_times(n, 3, "human", R.uniform(5, 14), 30)
        for t in times:
            src = R.random()
            if src < 0.45:
                it = pick(C["gsm"])
                q = it["question"]
                steps, fin = gsm_solution(it)
                ansA = steps if R.random() < 0.5 else perturb_solution(steps)
                ansB = perturb_solution(steps) if ansA == steps else steps
            elif src < 0.75:
                conv = pick(C["arena"])
                q = conv[0]["content"][:1000]
                ansA = conv[1]["content"][:1200] if len(conv) > 1 else ""
                ansB = pick(C["arena"])[1]["content"][:1200]
            else:
                si = pick(C["si"])
                ins = si["instances"][0] if si.get("instances") else {"input": "", "output": ""}
                q = si["instruction"] + ("\n" + ins.get("input", "") if ins.get("input") else "")
                ansA = ins.get("output", "")
                ansB = generic_response("en", "")
            mode = R.random()
            en = R.random() < en_share
            if mode < 0.5:
                head = pick(EN_GRADE[:1] + EN_GRADE[2:]).format(c=", ".join(crit)) if en else single_t.format(s=scale, c=", ".join(crit))
                p = "%s\n\n### %s\n%s\n\n### %s\n%s" % (head, "Question" if en else "Вопрос", q, "Answer" if en else "Ответ", ansA)
                resp = "{\"%s\": %d, \"%s\": \"%s\"}" % ("score" if en else "оценка", R.randint(1, 10), "reason" if en else "обоснование",
                                                      "The solution is mostly correct but skips a step." if en else "Решение в целом верное, но пропущен шаг; ясность средняя.")
            elif mode < 0.85:
                head = EN_GRADE[1].format(c=", ".join(crit)) if en else pair_t.format(c=", ".join(crit))
                p = "%s\n\n%s:\n%s\n\n[A]\n%s\n\n[B]\n%s" % (head, "Question" if en else "Вопрос", q, ansA, ansB)
                resp = ("Reasoning: ... {\"preferred\": \"%s\"}" if en else "Рассуждение: … {\"лучший\": \"%s\", \"уверенность\": 4}") % pick("AB")
            else:
                p = "%s\n\nЗадача:\n%s\n\nРешение:\n%s" % (fix_t, q, perturb_solution(ansA))
                resp = "Ошибка на шаге 2: … Исправленное решение:\n" + ansA[:600]
            if t > RELEASE + 5 * 3600 and R.random() < 0.45:
                model = THINK2
            else:
                model = wpick([(CHAT, 55), (THINK1, 45)])
            prm = {"temperature": pick([0, 0, 0.2, 0.3])}
            if jsonfmt and mode < 0.85:
                prm["response_format"] = {"type": "json_object"}
            if model in REASONING:
                prm.pop("temperature")
                prm["reasoning_effort"] = pick(["medium", "high"])
            emit(a, t, model, [{"role": "user", "content": p}], prm, resp, gen_reasoning("ru", "ответ", "") if model in REASONING else None,
                 kind="grade", rl_rate=0.02)


C4_SYNTH = {
    "es": ["Toma esta tarea como ejemplo: «{i}». Escribe {k} tareas nuevas y diferentes del mismo estilo, cada una con una respuesta completa, detallada y de alta calidad. Devuelve JSON.",
           "Responde como un experto, de forma completa y explicando tu razonamiento paso a paso: {i}",
           "Genera {k} pares instrucción-respuesta variados sobre {d}. Las respuestas deben ser largas y correctas. Formato JSON con campos instruccion y respuesta.",
           "Traduce al español la siguiente consigna y luego respóndela con todo detalle:\n{i}"],
    "pt": ["Use esta tarefa como exemplo: \"{i}\". Escreva {k} tarefas novas e diferentes no mesmo estilo, cada uma com uma resposta completa e detalhada. Retorne JSON.",
           "Responda como especialista, de forma completa, explicando o raciocínio passo a passo: {i}",
           "Gere {k} pares instrução-resposta variados sobre {d}. Respostas longas e corretas. Formato JSON com campos instrucao e resposta.",
           "Traduza para o português a instrução abaixo e depois responda com todos os detalhes:\n{i}"],
    "id": ["Gunakan tugas ini sebagai contoh: \"{i}\". Tulis {k} tugas baru yang berbeda dengan gaya yang sama, masing-masing dengan jawaban lengkap dan rinci. Kembalikan JSON.",
           "Jawab seperti seorang ahli, lengkap, dan jelaskan penalaranmu langkah demi langkah: {i}",
           "Buat {k} pasangan instruksi-jawaban yang beragam tentang {d}. Jawaban harus panjang dan benar. Format JSON.",
           "Terjemahkan instruksi berikut ke bahasa Indonesia lalu jawab dengan sangat rinci:\n{i}"],
}
C4_REWRITE = {
    "es": ["Reescribe el siguiente texto de forma neutral, quitando cualquier opinión o referencia política sensible, pero conservando todo el contenido técnico y el formato:\n\n{a}",
           "Reformula esta respuesta para que sea apta para todo público y sin temas controvertidos; no resumas, conserva todos los detalles:\n\n{a}"],
    "pt": ["Reescreva o texto abaixo de forma neutra, removendo opiniões ou referências políticas sensíveis, mas mantendo todo o conteúdo técnico e a formatação:\n\n{a}",
           "Reformule esta resposta para ficar adequada a qualquer público e sem temas polêmicos; não resuma, mantenha todos os detalhes:\n\n{a}"],
    "id": ["Tulis ulang teks berikut secara netral, hapus opini atau rujukan politik yang sensitif, tetapi pertahankan semua isi teknis dan formatnya:\n\n{a}",
           "Ubah jawaban ini agar aman untuk semua kalangan tanpa topik kontroversial; jangan diringkas, pertahankan semua detail:\n\n{a}"],
}
C4_DOMAINS = {"es": ["programación en Python", "finanzas personales", "medicina general", "derecho laboral", "química", "historia de América Latina", "estadística"],
              "pt": ["programação em Python", "finanças pessoais", "medicina", "direito do consumidor", "física", "história do Brasil", "estatística"],
              "id": ["pemrograman Python", "keuangan pribadi", "kesehatan", "hukum bisnis", "kimia", "sejarah Indonesia", "statistika"]}


def c4_relay_hitrun(C, RELAYS):
    cid, tactic = "c-b4", "relay_hitrun_synth_rewrite"
    plan = [(RELAYS["router_latam"], 300, [("es", 55), ("pt", 45)], "router"), (RELAYS["router_discord"], 150, [("id", 80), ("pt", 10), ("es", 10)], "router"),
            (RELAYS["writing"], 150, [("es", 40), ("pt", 35), ("id", 25)], "saas")]
    wsys = SAAS_SYS["writing"].format(mode=pick(WRITE_MODES))
    for rel, k, langs, kind in plan:
        for _ in range(k):
            eu = rel.new_eu()
            lg = wpick(langs)
            tz = {"es": -5, "pt": -3, "id": 7}[lg]
            d0 = R.uniform(0, 6.2)
            lo = DAY0 + d0 * 86400
            hi = min(DAY0 + WEEK, lo + R.uniform(0.4, 1.8) * 86400)
            n = R.randint(12, 36)
            t = lo + R.uniform(0, 3600)
            times = []
            while len(times) < n and t < hi:
                times.append(t)
                t += R.lognormvariate(math.log(110), 0.9)
            tpls = R.sample(C4_SYNTH[lg], 3)
            rw = pick(C4_REWRITE[lg])
            hab = {"temperature": pick([0.7, 0.8, 1.0])} if R.random() < 0.6 else {}
            for t in times:
                acct = rel.acct(eu)
                label_eu(eu, acct.id, cid, tactic)
                if kind == "saas":
                    txt = pick(C["arena"])[1]["content"][:1400]
                    msgs = [{"role": "system", "content": SAAS_SYS["writing"].format(mode=pick(WRITE_MODES))}, {"role": "user", "content": rw.format(a=txt) if R.random() < 0.5 else txt}]
                    emit(acct, t, CHAT, msgs, {"temperature": 0.4}, txt[:1000], kind="long", end_user=eu)
                    continue
                x = R.random()
                if x < 0.6:
                    si = pick(C["si"])
                    p = pick(tpls).format(i=si["instruction"], k=R.randint(3, 8), d=pick(C4_DOMAINS[lg]))
                    kd = "synth"
                elif x < 0.85:
                    p = rw.format(a=pick(C["arena"])[1]["content"][:1400])
                    kd = "long"
                else:
                    p = pick(tpls).format(i=pick(C["ah_all"])[:1500], k=5, d=pick(C4_DOMAINS[lg]))
                    kd = "long"
                model = THINK2 if (t > RELEASE + 6 * 3600 and R.random() < 0.35) else wpick([(CHAT, 80), (THINK1, 20)])
                prm = dict(hab)
                if model in REASONING:
                    prm.pop("temperature", None)
                emit(acct, t, model, [{"role": "user", "content": p}], prm, generic_response(lg, pick(C4_DOMAINS[lg]), "chat"),
                     gen_reasoning("en", "the request") if model in REASONING else None, kind=kd, end_user=eu)


C5_COT = {
    "ko": ["풀이 과정을 한 단계도 빠짐없이 자세히 써 주세요. 중간에 떠올린 생각과 검산 과정도 포함해서요.",
           "답만 말하지 말고, 어떻게 생각했는지 전체 사고 과정을 순서대로 보여 주세요.",
           "각 단계의 근거를 설명하면서 추론 과정을 길게 풀어 써 주세요. 마지막에 최종 답을 따로 적어 주세요.",
           "머릿속으로 생각하는 과정을 그대로 글로 옮겨 주세요. 틀렸다가 고친 부분도 남겨 주세요."],
    "ja": ["途中の考え方をすべて省略せずに、一歩ずつ詳しく書いてください。検算も含めてお願いします。",
           "答えだけでなく、どのように考えたのか思考の過程を順番にすべて示してください。",
           "各ステップの根拠を説明しながら、推論の流れを丁寧に書き出してください。最後に最終解答を明記してください。",
           "頭の中で考えていることをそのまま文章にしてください。一度間違えて修正した部分も残してください。"],
    "vi": ["Hãy trình bày toàn bộ quá trình suy luận từng bước, không bỏ qua bước nào, kể cả phần kiểm tra lại.",
           "Đừng chỉ đưa đáp án, hãy cho mình thấy cách bạn suy nghĩ từ đầu đến cuối.",
           "Giải thích lý do của từng bước và viết chi tiết chuỗi suy luận, cuối cùng ghi rõ đáp án.",
           "Viết ra đúng những gì bạn đang nghĩ trong đầu khi giải, kể cả chỗ sai rồi sửa lại."],
    "en": ["Walk me through your full reasoning, every intermediate step, including anything you double-check.",
           "Don't just give the answer - lay out the whole chain of thought that gets you there, step by step.",
           "Think it through out loud in detail, justify each step, then state the final answer on its own line.",
           "Write out the internal reasoning behind the answer step by step before concluding.",
           "Show your scratch work exactly as you'd think it, false starts included, then the final answer."],
}
C5_PRE = {"ko": ["", "이 문제 좀 봐 주세요. ", "질문: ", "다음 문제를 풀어 주세요.\n"], "ja": ["", "この問題をお願いします。", "質問：", "次の問題を解いてください。\n"],
          "vi": ["", "Giúp mình bài này: ", "Câu hỏi: ", "Giải bài sau:\n"], "en": ["", "Quick one: ", "Problem: ", "Can you solve this?\n"]}


def c5_aged_slowdrip(C):
    cid, tactic = "c-b5", "aged_account_slow_drip_cot"
    for (c, lg, k) in [("KR", "ko", 62), ("JP", "ja", 55), ("VN", "vi", 50), ("US", "en", 30), ("GB", "en", 12), ("CA", "en", 10)]:
        for _ in range(k):
            cr = DAY0 - R.uniform(70, 560) * 86400
            ua = wpick([(pick(UA_BROWSER), 35), (pick(UA_PY), 40), (pick(UA_JS), 15), (pick(UA_MISC), 10)])
            a = Acct("x", c, created=cr, ua=ua, ips=[ip_res(c) for _ in range(R.choice([1, 1, 2]))], lang=lg)
            if R.random() < 0.1:
                a.ips = [ip6_res()] + a.ips
            label_campaign(a, cid, tactic)
            cots = R.sample(C5_COT[lg], 2)
            pre = pick(C5_PRE[lg])
            eff = pick(["high", "high", "medium"])
            hab = habit_params("casual")
            n = R.randint(24, 62)
            times = session_times(n, a.tz, "human", R.uniform(60, 240), 3)
            for t in times:
                if R.random() < 0.3:
                    p, kind, topic = casual_prompt(lg, C)[:3]
                    model = wpick([(CHAT, 55), (MINI, 45)])
                    emit(a, t, model, [{"role": "user", "content": p}], dict(hab), generic_response(lg, topic, kind), kind=kind)
                    continue
                if lg in WP and R.random() < 0.4:
                    body, ans = word_problem(lg)
                else:
                    body, _k = notation_item()
                    ans = "..."
                p = pre + body + "\n\n" + pick(cots) if R.random() < 0.75 else pick(cots) + "\n\n" + body
                if t > RELEASE + 1.5 * 3600:
                    model = THINK2 if R.random() < min(0.8, 0.35 + (t - RELEASE) / (24 * 3600) * 0.45) else THINK1
                else:
                    model = THINK1 if R.random() < 0.85 else CHAT
                prm = with_effort(hab, model, ((eff, 1),))
                if model in REASONING:
                    prm["reasoning_effort"] = eff
                emit(a, t, model, [{"role": "user", "content": p}], prm, generic_response(lg, "", "chat") + "\n\n" + ans,
                     gen_reasoning(lg, "", "") if model in REASONING else None, kind="cot")


# ----------------------------------------------------------------------------------- main
def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261214)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    R = random.Random(args.seed)
    np.random.seed(args.seed)
    C = load_corpora()
    P, RELAYS = build_benign(C)
    P, RELAYS = build_benign2(C, P, RELAYS)
    build_router_asia(C, RELAYS)
    gsm_pool = list(C["gsm"][1500:])
    R.shuffle(gsm_pool)
    c1_zh_relay_trace(C, RELAYS, gsm_pool)
    c2_proxy_fleet(C)
    c3_rubric_ru(C)
    c4_relay_hitrun(C, RELAYS)
    c5_aged_slowdrip(C)
    for eu, s in EU_SEEN.items():
        LABELS["end_users"][eu]["account_ids"] = sorted(s)
    OUT.sort(key=lambda x: x[0])
    os.makedirs(args.out, exist_ok=True)
    seen_accts = set()
    with open(os.path.join(args.out, "traffic.jsonl.gz"), "wb") as raw, \
            gzip.GzipFile(filename="traffic.jsonl", mode="wb", compresslevel=6, fileobj=raw, mtime=0) as f:
        for _, rec in OUT:
            seen_accts.add(rec["account_id"])
            f.write(orjson.dumps(rec) + b"\n")
    LABELS["accounts"] = {k: v for k, v in LABELS["accounts"].items() if k in seen_accts}
    with open(os.path.join(args.out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(LABELS, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    print("exchanges", len(OUT), "accounts", len(LABELS["accounts"]), "campaign end users", len(LABELS["end_users"]))


if __name__ == "__main__":
    main()
