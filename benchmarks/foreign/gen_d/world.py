"""Shared machinery for the Kestrel generator: clock, identities, corpora, responses, emission."""
import bisect
import gzip
import json
import math
import os
import re
import time
from calendar import timegm

import orjson

import langbank as lb
import textbank as tb

T0 = timegm((2027, 2, 8, 0, 0, 0))          # Monday 2027-02-08 00:00Z
T1 = T0 + 7 * 86400                          # Monday 2027-02-15 00:00Z
RELEASE = T0 + 2 * 86400 + 17 * 3600         # Wednesday 2027-02-10 17:00Z: kestrel-r3 goes live
DAY = 86400.0
HOUR = 3600.0

OWN_CHAT = ["kestrel-k2", "kestrel-k2-mini"]
CODER = "kestrel-coder-2"
R2, R3 = "kestrel-r2", "kestrel-r3"
OPEN = ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
        "Qwen/Qwen3-235B-A22B-Instruct-2507", "deepseek-ai/DeepSeek-V3.2", "mistralai/Mistral-Small-3.2-24B-Instruct-2506",
        "google/gemma-3-27b-it", "moonshotai/Kimi-K2-Instruct-0905"]
OPEN_CODER = "Qwen/Qwen3-Coder-480B-A35B-Instruct"
OPEN_REASON = ["deepseek-ai/DeepSeek-R1-0528", "openai/gpt-oss-120b", "Qwen/Qwen3-235B-A22B-Thinking-2507"]
REASONING = {R2, R3, *OPEN_REASON}


def iso(ts):
    ms = int(round((ts - int(ts)) * 1000))
    if ms == 1000:
        ts, ms = int(ts) + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(int(ts))) + ".%03dZ" % ms


def iso_s(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(ts)))


def tok(s):
    if not s:
        return 0
    if s.isascii():
        return len(s) // 4 + 1
    return len(s.encode("utf-8")) // 3 + 1


def hexid(rng, n):
    return format(rng.getrandbits(4 * n), "0%dx" % n)


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(rng, n):
    return "".join(B62[rng.getrandbits(6) % 62] for _ in range(n))


def wchoice(rng, items, weights):
    return rng.choices(items, weights)[0]


def heavy(rng, median, sigma, lo=1, hi=10 ** 6):
    return int(min(hi, max(lo, round(median * math.exp(rng.gauss(0, sigma))))))


_SLOT = re.compile(r"\[\[([^\]]*)\]\]")


def expand(template, rng):
    """Resolve [[a|b|c]] paraphrase slots."""
    return _SLOT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


# ----------------------------------------------------------------------------- clock
PROF = {
    "office": [.04, .03, .02, .02, .02, .04, .1, .3, .7, 1, 1, 1, .75, .95, 1, 1, .9, .7, .45, .3, .28, .25, .15, .08],
    "casual": [.25, .15, .08, .05, .04, .05, .12, .25, .35, .45, .5, .55, .6, .55, .55, .55, .6, .7, .85, 1, 1, .95, .75, .45],
    "student": [.5, .35, .18, .08, .04, .04, .08, .2, .35, .5, .6, .65, .65, .75, .85, .85, .8, .7, .7, .8, .9, 1, .95, .75],
    "dev": [.12, .08, .05, .03, .03, .05, .12, .35, .65, .9, 1, 1, .8, .95, 1, 1, .95, .8, .6, .5, .55, .55, .4, .22],
    "flat": [1] * 24,
    "night": [1, 1, 1, 1, .9, .7, .3, .15, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .15, .2, .3, .5, .7, .9],
    "prod": [.35, .28, .22, .2, .2, .25, .4, .6, .8, .9, 1, 1, 1, 1, 1, .95, .95, .9, .85, .8, .75, .65, .55, .45],
}
WEEKEND = {"office": .12, "casual": 1.2, "student": .85, "dev": .45, "flat": 1, "night": 1, "prod": .7}


class Clock:
    def __init__(self):
        self.cache = {}

    def _cum(self, prof, tz):
        k = (prof, tz)
        c = self.cache.get(k)
        if c is None:
            hod = PROF[prof]
            we = WEEKEND[prof]
            c, s = [], 0.0
            for h in range(168):
                lt = h + tz
                day = math.floor(lt / 24)
                hr = int(lt - day * 24) % 24
                dow = day % 7
                w = hod[hr] * (we if dow >= 5 else 1.0)
                s += w
                c.append(s)
            self.cache[k] = c
        return c

    def sample(self, rng, prof, tz, lo=T0, hi=T1):
        lo, hi = max(lo, T0), min(hi, T1 - 1)
        if hi <= lo:
            return lo
        c = self._cum(prof, tz)
        hlo = int((lo - T0) // HOUR)
        hhi = min(167, int((hi - T0) // HOUR))
        a = c[hlo - 1] if hlo > 0 else 0.0
        b = c[hhi]
        for _ in range(20):
            u = rng.uniform(a, b)
            h = bisect.bisect_left(c, u)
            t = T0 + h * HOUR + rng.random() * HOUR
            if lo <= t < hi:
                return t
        return rng.uniform(lo, hi)

    def sessions(self, rng, prof, tz, n, lo=T0, hi=T1):
        return sorted(self.sample(rng, prof, tz, lo, hi) for _ in range(n))


CLOCK = Clock()

# ----------------------------------------------------------------------------- networks
RES = {
    "US": ["73.", "98.", "24.", "67.", "71.", "76.", "99.", "108.", "66.", "70.", "68.", "75.", "69.", "72.", "97.", "174.", "173.", "50."],
    "GB": ["81.", "86.", "92.", "90.", "2.2", "109."], "DE": ["79.", "91.", "87.", "93.", "84.", "217."], "FR": ["90.", "86.", "92.", "82.", "176.", "78."],
    "ES": ["83.", "88.", "79.", "81."], "IT": ["79.", "93.", "151.", "87."], "NL": ["84.", "145.", "77."], "BE": ["81.", "91.", "109."],
    "AT": ["84.", "91.", "178."], "CH": ["85.", "178.", "83."], "PL": ["83.", "89.", "31.", "178."], "TR": ["78.", "88.", "176.", "85."],
    "RU": ["95.", "178.", "188.", "5.", "46.", "91."], "KZ": ["2.", "37.", "92."], "GE": ["31.", "94.", "176."],
    "CN": ["114.", "117.", "183.", "223.", "112.", "120.", "36.", "58."], "TW": ["111.", "114.", "1."], "SG": ["116.", "118.", "175."],
    "JP": ["126.", "153.", "180.", "219.", "133."], "KR": ["121.", "211.", "175.", "1."], "IN": ["49.", "117.", "122.", "106.", "157."],
    "VN": ["113.", "14.", "171.", "27."], "ID": ["36.", "114.", "180.", "182."], "BR": ["177.", "179.", "187.", "189.", "191.", "200."],
    "PT": ["85.", "89.", "94."], "MX": ["187.", "189.", "201."], "AR": ["181.", "190.", "186."], "CO": ["181.", "190.", "186."],
    "CA": ["24.", "70.", "99.", "142.", "174."], "SA": ["2.", "94.", "188."], "EG": ["41.", "156.", "197."], "AE": ["2.", "94.", "86."],
    "MA": ["41.", "105.", "196."], "IL": ["79.", "84.", "109."], "IR": ["5.", "37.", "151.", "2."], "AU": ["1.", "101.", "110.", "49."],
}
RES6 = {"US": ["2601:", "2600:1700:", "2603:", "2607:fea8:"], "DE": ["2003:"], "FR": ["2a01:cb"], "GB": ["2a00:23c"], "JP": ["240b:"],
        "IN": ["2401:4900:"], "BR": ["2804:"], "CN": ["240e:"]}
MOBILE = {"US": ["172.56.", "172.58.", "174.2", "107.77."], "IN": ["106.2", "49.3"], "BR": ["179.2"], "GB": ["82.132."], "DE": ["80.187."]}
CLOUD = {
    "aws": ["3.8", "3.2", "18.2", "44.19", "52.", "54.", "35.17"], "gcp": ["34.", "35.2", "34.1"], "azure": ["20.", "40.", "13.6", "52.2"],
    "gha": ["4.1", "20.1", "20.5", "52.17", "13.8"], "hetzner": ["65.108.", "95.216.", "135.181.", "88.99.", "116.202."],
    "ovh": ["51.", "54.38.", "137.74.", "145.239."], "do": ["104.248.", "138.68.", "159.89.", "167.99.", "142.93."],
    "vultr": ["45.32.", "45.76.", "149.28."], "alibaba": ["47.2", "8.21", "47.7"], "tencent": ["43.1", "119.28."],
    "vercel": ["76.76.21.", "64.29."], "fly": ["66.241.", "137.66."],
}
VPN = ["185.213.154.", "193.32.249.", "146.70.", "149.88.", "89.187.1", "37.19.2", "185.65.134.", "45.134.", "194.127.1", "103.108.23"]
CAMPUS = ["128.32.", "171.64.", "171.67.", "128.2.", "141.211.", "128.95.", "130.126.", "129.174.", "128.119.", "152.3."]


def ip_from(rng, prefix):
    if ":" in prefix:
        parts = [p for p in prefix.split(":") if p]
        while len(parts) < 4:
            parts.append(format(rng.getrandbits(16), "x"))
        return ":".join(parts[:4]) + ":" + ":".join(format(rng.getrandbits(16), "x") for _ in range(4))
    if prefix.endswith("."):
        out = prefix[:-1].split(".")
    else:
        out = prefix.split(".")
        s = out[-1]
        v = int(s + str(rng.randint(0, 9)))
        out[-1] = str(v if v <= 255 else int(s))
    while len(out) < 4:
        out.append(str(rng.randint(1, 254)))
    return ".".join(out[:4])


def res_ip(rng, cc, v6=0.2):
    if cc in RES6 and rng.random() < v6:
        return ip_from(rng, rng.choice(RES6[cc]))
    return ip_from(rng, rng.choice(RES.get(cc, RES["US"])))


def mobile_ip(rng, cc):
    if cc == "US" and rng.random() < .3:
        return ip_from(rng, "2607:fb90:")
    return ip_from(rng, rng.choice(MOBILE.get(cc, RES.get(cc, RES["US"]))))


def cloud_ip(rng, kind):
    return ip_from(rng, rng.choice(CLOUD[kind]))


# ----------------------------------------------------------------------------- user agents
def sdk_ua(rng):
    x = rng.random()
    if x < .33:
        return "OpenAI/Python 1.%d.%d" % (rng.choice(range(78, 110)), rng.randint(0, 3))
    if x < .40:
        return "AsyncOpenAI/Python 1.%d.%d" % (rng.choice(range(85, 110)), rng.randint(0, 2))
    if x < .54:
        return "OpenAI/JS 5.%d.%d" % (rng.randint(0, 23), rng.randint(0, 2))
    if x < .58:
        return "OpenAI/NodeJS 4.%d.%d" % (rng.randint(70, 104), rng.randint(0, 2))
    if x < .66:
        return "kestrel-python/0.%d.%d" % (rng.randint(9, 14), rng.randint(0, 3))
    if x < .69:
        return "kestrel-node/0.%d.%d" % (rng.randint(4, 7), rng.randint(0, 5))
    if x < .76:
        return "python-requests/2.%s" % rng.choice(["31.0", "32.3", "32.4", "32.5"])
    if x < .82:
        return "python-httpx/0.%s" % rng.choice(["27.0", "27.2", "28.1"])
    if x < .85:
        return "axios/1.%d.%d" % (rng.randint(6, 8), rng.randint(0, 9))
    if x < .88:
        return "Go-http-client/2.0"
    if x < .91:
        return "curl/%s" % rng.choice(["7.81.0", "8.5.0", "8.7.1", "8.11.1"])
    if x < .94:
        return "litellm/1.%d.%d" % (rng.randint(70, 78), rng.randint(0, 9))
    if x < .96:
        return "okhttp/4.12.0"
    if x < .97:
        return "PostmanRuntime/7.%d.0" % rng.randint(39, 44)
    if x < .98:
        return "Java-http-client/21.0.%d" % rng.randint(3, 6)
    if x < .99:
        return "reqwest/0.12.%d" % rng.randint(4, 12)
    return "Dart/3.%d (dart:io)" % rng.randint(4, 6)


def browser_ua(rng):
    c = rng.randint(128, 134)
    x = rng.random()
    if x < .38:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % c
    if x < .62:
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % c
    if x < .74:
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.%d Safari/605.1.15" % rng.randint(1, 3)
    if x < .82:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:1%d.0) Gecko/20100101 Firefox/1%d.0" % ((rng.randint(33, 36),) * 2)
    if x < .87:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0" % (c, c)
    if x < .93:
        return "Mozilla/5.0 (iPhone; CPU iPhone OS 18_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.%d Mobile/15E148 Safari/604.1" % ((rng.randint(1, 3),) * 2)
    if x < .98:
        return "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36" % c
    return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % c


# ----------------------------------------------------------------------------- corpora
def _lang_of(t):
    if re.search("[\u3040-\u30ff]", t):
        return "ja"
    if re.search("[\uac00-\ud7af]", t):
        return "ko"
    if re.search("[\u4e00-\u9fff]", t):
        return "zh"
    if re.search("[\u0400-\u04ff]", t):
        return "ru"
    if re.search("[\u0590-\u05ff]", t):
        return "he"
    if re.search("[\u0900-\u097f]", t):
        return "hi"
    if re.search("[\u0600-\u06ff]", t):
        return "fa" if re.search("[پچژگ]|ی", t) else "ar"
    w = re.findall(r"[a-zà-ÿąćęłńśźżğış]+", t.lower())
    if len(w) < 3:
        return "en"
    sw = {"es": "el la los las que de por una para cómo qué es con está pero muy un hacer".split(),
          "pt": "não você uma para com isso está como muito por que os um".split(),
          "fr": "le les des est une pour je vous et dans que qui pas moi".split(),
          "de": "der die das und ich nicht ist ein eine mit zu auf für wie".split(),
          "it": "il della che sono per una non di è con gli scrivi".split(),
          "nl": "de het een ik je niet van en is dat spreek".split(),
          "pl": "nie jest się że jak czy dla jest".split(), "id": "yang dan di ini itu dengan untuk saya apa".split()}
    en = sum(x in {"the", "and", "is", "to", "of", "a", "in", "you", "i", "what", "how", "write", "me"} for x in w) / len(w)
    sc = {k: sum(x in s for x in w) / len(w) for k, s in sw.items()}
    k = max(sc, key=sc.get)
    if sc[k] > .15 and sc[k] > en * 1.5 and len(w) >= 4:
        return k
    return "en"


_PRE = ["hey ", "Quick question: ", "pls help - ", "ok so ", "Hi, ", "question: ", "Can you help? ", "hello. ", "So ", "I need help: ",
        "hi! ", "Hey there, ", "Help me with this: ", "Task: ", "Hello, ", "yo ", "Please: ", "I have a question. ", "Good morning! ", "hmm, "]
_SUF = [" thanks", " pls", " Thanks!", " (short answer please)", " :)", "??", " thx", " Thank you.", " - be detailed", " asap",
        " thanks in advance", " Keep it brief.", " ty", "!", " (for work)", " Explain simply.", " please", " cheers", " :D", " - thanks!"]
_SUF_X = [" ", "!!", "??", " 🙏", " :)", "...", "\n\n", " ?"]


def perturb(rng, s):
    """Light, user-style rewording of a reused prompt: greeting, sign-off, casing, one typo."""
    if not s:
        return s
    if not s[:200].isascii():
        return s.rstrip() + rng.choice(_SUF_X)
    pre = rng.choice(_PRE) if rng.random() < .5 else ""
    suf = rng.choice(_SUF) if rng.random() < .5 else ""
    body = s
    if rng.random() < .4:
        body = body[:1].lower() + body[1:]
    if rng.random() < .6:
        ws = [m.start() for m in re.finditer(r"[a-z]{5,}", body[:400])]
        if ws:
            i = rng.choice(ws) + 1
            body = body[:i] + body[i + 1] + body[i] + body[i + 2:]
    if not pre and not suf and body == s:
        suf = rng.choice(_SUF)
    return pre + body + suf


_NOT_NAMES = {"The", "A", "An", "If", "In", "There", "How", "What", "Each", "Every", "At", "On", "For", "When", "One", "Two", "Three",
              "Some", "This", "It", "Mr", "Mrs", "Ms", "Dr", "Five", "Four", "Ten", "Six", "After", "During", "Last", "Every", "Half", "Our", "My"}
_NAMES = ["Maya", "Diego", "Aisha", "Noah", "Lena", "Omar", "Grace", "Ravi", "Sofia", "Ethan", "Zoe", "Kenji", "Amara", "Lucas", "Nadia",
          "Theo", "Priya", "Mateo", "Chloe", "Yusuf", "Hana", "Leo", "Imani", "Felix", "Rosa", "Jonah", "Mei", "Caleb", "Ines", "Tariq"]


def disguise_gsm(rng, item):
    """A homework word problem in the style of an item: the protagonist renamed, then lightly reworded."""
    q, a = item["question"], item["answer"]
    m = re.match(r"([A-Z][a-z]+)\b", q)
    if m and m.group(1) not in _NOT_NAMES:
        old, new = m.group(1), rng.choice(_NAMES)
        q = re.sub(r"\b%s\b" % old, new, q)
        a = re.sub(r"\b%s\b" % old, new, a)
    it = {"question": q, "answer": a}
    return perturb(rng, q), it


def _clean_gsm(a):
    return re.sub(r"<<[^>]*>>", "", a)


class Corpus:
    def __init__(self, root, seed=0):
        p = lambda *x: os.path.join(root, *x)
        self.convs = []
        for line in open(p("benign", "chatbot_arena_conversations.jsonl"), encoding="utf-8"):
            c = json.loads(line)
            m = [(x["role"], x["content"]) for x in c["messages"] if isinstance(x.get("content"), str)]
            if m and m[0][0] == "user":
                self.convs.append(m)
        self.hard = {"coding": [], "math": [], "creative": [], "general": []}
        for f in ("arena_hard_v0.1.jsonl", "arena_hard_v2.0.jsonl"):
            for line in open(p("benign", f), encoding="utf-8"):
                r = json.loads(line)
                sub = r.get("subcategory")
                if sub == "coding":
                    self.hard["coding"].append(r["prompt"])
                elif sub == "math":
                    self.hard["math"].append(r["prompt"])
                elif sub == "creative_writing":
                    self.hard["creative"].append(r["prompt"])
                else:
                    cl = (r.get("cluster") or "").lower()
                    if any(k in cl for k in ("code", "python", "program", "sql", "javascript", "debug", "api", "script", "excel", "vba", "linux", "docker", "web")):
                        self.hard["coding"].append(r["prompt"])
                    elif any(k in cl for k in ("math", "probab", "equation", "number", "geometry", "statist")):
                        self.hard["math"].append(r["prompt"])
                    else:
                        self.hard["general"].append(r["prompt"])
        self.hard_all = [x for v in self.hard.values() for x in v]
        self.gsm = [json.loads(l) for l in open(p("extraction", "gsm8k_train.jsonl"), encoding="utf-8")]
        self.si_seed = [json.loads(l) for l in open(p("extraction", "self_instruct_seed_tasks.jsonl"), encoding="utf-8")]
        self.si_user = [json.loads(l) for l in open(p("extraction", "self_instruct_user_oriented.jsonl"), encoding="utf-8")]
        self.jail = json.load(open(p("jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8"))
        dan_dir = p("jailbreak", "dan")
        self.dan = []
        for f in sorted(os.listdir(dan_dir)):
            if f.endswith(".json"):
                v = json.load(open(os.path.join(dan_dir, f), encoding="utf-8"))
                self.dan.extend(x.replace("{generator.name}", "Kestrel") for x in (v if isinstance(v, list) else [v]))
        sx = json.load(open(p("jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8"))
        self.sysx = [x for v in sx.values() for x in v]
        import csv
        self.adv = [r["goal"] for r in csv.DictReader(open(p("harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8"))]
        # real user prompts by language, and response pools
        self.by_lang = {}
        self.resp_code, self.resp_prose, self.resp_short, self.paras = [], [], [], []
        for c in self.convs:
            for role, txt in c:
                if role == "user":
                    lg = _lang_of(txt)
                    if lg != "en":
                        self.by_lang.setdefault(lg, []).append(txt)
                else:
                    if "```" in txt:
                        self.resp_code.append(txt)
                    elif len(txt) < 220:
                        self.resp_short.append(txt)
                    else:
                        self.resp_prose.append(txt)
                        for para in txt.split("\n\n"):
                            if 200 < len(para) < 900 and para.isascii():
                                self.paras.append(para)
        for x in self.hard_all:
            lg = _lang_of(x[:400])
            if lg != "en":
                self.by_lang.setdefault(lg, []).append(x)
        # Arena conversations stand in for fresh prompts of real users. A fixed 30% slice is reserved for campaigns
        # (which replay public chat logs); benign users draw from the rest, so the two never share a prompt verbatim.
        import random as _r
        order = list(range(len(self.convs)))
        _r.Random(seed * 7919 + 17).shuffle(order)
        camp = set(order[:int(.3 * len(order))])
        self.convs_b = [c for i, c in enumerate(self.convs) if i not in camp]
        self.convs_camp = [c for i, c in enumerate(self.convs) if i in camp]
        self.conv_en = [c for c in self.convs_b if _lang_of(c[0][1]) == "en"]
        self.conv_en_camp = [c for c in self.convs_camp if _lang_of(c[0][1]) == "en"]
        self.first_en = [c[0][1] for c in self.conv_en]
        self.first_en_camp = [c[0][1] for c in self.conv_en_camp]
        self.si_all = self.si_seed + self.si_user
        self._cyc = {}
        self._used = set()
        import random as _r
        self._rng = _r.Random(seed)

    def pick(self, name, rng=None, always=False):
        """Draw from a named pool without replacement (cycling), so reuse of real prompts is spread evenly.
        With rng, a prompt that some account already sent is lightly rewritten (a different user asking much the
        same thing); with always, every draw is rewritten (the corpus item only stands in for a fresh prompt)."""
        st = self._cyc.get(name)
        if st is None or st[1] >= len(st[0]):
            pool = {"conv_en": self.conv_en, "convs": self.convs_b, "first_en": self.first_en, "coding": self.hard["coding"],
                    "math": self.hard["math"], "creative": self.hard["creative"], "hard_all": self.hard_all, "gsm": self.gsm}[name]
            order = list(range(len(pool)))
            self._rng.shuffle(order)
            st = self._cyc[name] = [order, 0, pool]
        st[1] += 1
        item = st[2][st[0][st[1] - 1]]
        if rng is not None and isinstance(item, str) and (always or self._seen(item)):
            item = perturb(rng, item)
        return item

    def _seen(self, key):
        if key in self._used:
            return True
        self._used.add(key)
        return False

    def pick_conv(self, rng, name="conv_en"):
        c = self.pick(name)
        if self._seen(c[0][1]):
            c = [(r, perturb(rng, x) if r == "user" and len(x) > 25 else x) for r, x in c]
        return c

    def si_prompt(self, rng, item=None, benign=False):
        it = item or rng.choice(self.si_all)
        ins = it.get("instances") or [{}]
        inp = (rng.choice(ins).get("input") or "").strip()
        ins_t = perturb(rng, it["instruction"]) if benign else it["instruction"]
        return ins_t + ("\n\n" + inp if inp else ""), it


# ----------------------------------------------------------------------------- responses
STOPW = set("""about above after again against because before being below between could doing during further having itself other
ourselves their theirs themselves there these those through under until where which while whose would should write please explain
using every something anything could someone answer question following given first second third words sentence create provide
example examples different without within based really think thing things maybe might since still again always never
information generate describe""".split())


def _keys(text):
    return [w for w in re.findall(r"[a-z]{5,}", text[:800].lower()) if w not in STOPW]


class Responder:
    def __init__(self, C):
        self.C = C
        self.idx = {}
        for name, pool in (("prose", C.resp_prose), ("code", C.resp_code)):
            ix = {}
            for i, t in enumerate(pool):
                for w in set(_keys(t[:1500])):
                    ix.setdefault(w, []).append(i)
            self.idx[name] = ix

    def match(self, rng, prompt, kind="chat", maxc=2600):
        """A real assistant answer from the Arena pool that shares a rare content word with the prompt."""
        if kind == "short":
            return self.short(rng)
        name = "code" if kind == "code" else "prose"
        pool = self.C.resp_code if name == "code" else self.C.resp_prose
        ix = self.idx[name]
        best = None
        for w in _keys(prompt or "")[:14]:
            post = ix.get(w)
            if post and (best is None or len(post) < len(best)):
                best = post
        if best and rng.random() < .85:
            return pool[rng.choice(best)][:maxc]
        return pool[rng.randrange(len(pool))][:maxc]

    def prose(self, rng, maxc=2600):
        t = rng.choice(self.C.resp_prose)
        return t[:maxc]

    def code(self, rng, maxc=2600):
        return rng.choice(self.C.resp_code)[:maxc]

    def short(self, rng):
        return rng.choice(self.C.resp_short)

    def for_kind(self, rng, kind, maxc=2600):
        if kind == "code":
            return self.code(rng, maxc)
        if kind == "short":
            return self.short(rng)
        return self.prose(rng, maxc)

    @staticmethod
    def gsm(item, style="cot"):
        a = _clean_gsm(item["answer"])
        lines = a.split("\n")
        final = lines[-1].replace("####", "").strip()
        steps = [l.strip() for l in lines[:-1] if l.strip()]
        if style == "plain":
            return "The answer is %s." % final
        if style == "cot":
            return "\n".join(steps) + "\nThe answer is %s." % final
        if style == "boxed":
            return "\n\n".join("**Step %d.** %s" % (i + 1, s) for i, s in enumerate(steps)) + "\n\n**Final answer:** $\\boxed{%s}$" % final
        # trace: long, every step justified
        out = ["TRACE"]
        for i, s in enumerate(steps):
            out.append("%d. %s" % (i + 1, s))
            out.append("   Check: recomputing this step gives the same value, so it stands.")
        out.append("I re-read the question to confirm what is being asked; the quantity requested is the one computed last.")
        out.append("FINAL\nAnswer: %s" % final)
        return "\n".join(out)

    @staticmethod
    def gsm_lang(item, lang):
        L = lb.LANGS[lang]["ans"]
        eqs = re.findall(r"<<([^>]*)>>", item["answer"])
        final = item["answer"].split("####")[-1].strip()
        out = []
        for i, e in enumerate(eqs or [final]):
            out.append("%s: %s" % (L["step"].format(n=i + 1), e.replace("=", " = ")))
        out.append("%s %s" % (L["final"], final))
        return "\n".join(out)

    @staticmethod
    def lang(rng, lang, n_items=None):
        L = lb.LANGS[lang]
        a = L["ans"]
        k = n_items or rng.randint(3, 5)
        items = rng.sample(L["topics"], min(k, len(L["topics"])))
        body_s = lb.BODY[lang]
        body = "\n".join("%d. **%s** — %s" % (i + 1, t, " ".join(rng.sample(body_s, rng.randint(1, 2)))) for i, t in enumerate(items))
        return "%s\n\n%s\n\n%s" % (rng.choice(a["open"]), body, rng.choice(a["close"]))

    @staticmethod
    def refusal(rng):
        return rng.choice(tb.REFUSALS)


def gist(text, n=60):
    lines = [l for l in text.strip().split("\n") if len(l.split()) >= 3 and not l.strip().startswith("<")]
    t = re.sub(r"\s+", " ", (lines[0] if lines else text.strip()[:n]))
    if len(t) > n:
        cut = t[:n]
        sp = cut.rfind(" ")
        t = (cut[:sp] if sp > 20 else cut) + "..."
    t = t.rstrip(" .?!:,")
    return ('"%s"' % t) if t else "this"


def reasoning_for(rng, model, text, effort, kind="general", item=None):
    """Returns (reasoning_text_or_None, reasoning_tokens)."""
    if model not in REASONING:
        return None, 0
    base = {"minimal": 60, "low": 300, "medium": 1100, "high": 3400}.get(effort or "medium", 1100)
    if kind in ("math", "code"):
        base *= 1.5
    if model == R3:
        base *= 1.3
    rt = int(base * math.exp(rng.gauss(0, .6))) + 20
    g = gist(text)
    if model in (R2, R3):
        k = 1 if effort in ("minimal", "low") else rng.randint(2, 4)
        blocks = [rng.choice(tb.REASON_FIRST).format(gist=g)] + rng.sample(tb.REASON_SUMMARY[1:], k - 1)
        return "\n\n".join(blocks), rt
    # open-weight reasoning models return the raw trace
    parts = [rng.choice(tb.REASON_OPEN).format(gist=g)]
    if item is not None:
        for s in _clean_gsm(item["answer"]).split("\n")[:-1]:
            parts.append(s.strip())
            if rng.random() < .4:
                parts.append(rng.choice(tb.REASON_MID))
    else:
        parts += rng.sample(tb.REASON_MID, rng.randint(2, 5))
    parts.append(rng.choice(tb.REASON_END))
    txt = " ".join(parts)
    return txt, max(rt // 3, tok(txt))


# ----------------------------------------------------------------------------- accounts and emission
class Account:
    __slots__ = ("id", "org", "pm", "created", "created_iso", "ips", "ipw", "uas", "keys", "label", "tz", "cc", "meta")

    def __init__(self, w, rng, label, created, org=None, pm=None, ips=None, uas=None, nkeys=1, tz=-5, cc="US", org_shared=False):
        self.id = w.new_account_id(rng)
        self.org = org if org else "org-" + b62(rng, 24)
        self.pm = pm
        self.created = min(created, T1 - 60)
        self.created_iso = iso_s(self.created)
        self.ips = ips or []
        self.uas = uas or []
        self.keys = ["key_" + hexid(rng, 12) for _ in range(max(1, nkeys))]
        self.label = label
        self.tz = tz
        self.cc = cc
        self.meta = {}
        w.register(self)

    def ip(self, rng):
        ips = self.ips
        if len(ips) == 1:
            return ips[0]
        # first address dominates (home), others occasional
        return ips[0] if rng.random() < .7 else rng.choice(ips)

    def ua(self, rng):
        u = self.uas
        return u[0] if len(u) == 1 or rng.random() < .85 else rng.choice(u)


class World:
    def __init__(self, seed, data_root, scale=1.0, out_dir="."):
        self.seed = seed
        self.out_dir = out_dir
        self.tmpdir = None
        self.runs = []
        self.scale = scale
        self.C = Corpus(data_root, seed)
        self.R = Responder(self.C)
        self.records = []
        self.accounts = {}
        self.end_users = {}
        self.acct_ids = set()
        self.stats = {}      # group -> {accounts, exchanges, end_users}
        self.cur_group = None
        self.eu_seen = {}
        self.active = set()

    def n(self, base, lo=1):
        return max(lo, int(round(base * self.scale)))

    def new_account_id(self, rng):
        while True:
            a = "acct_" + hexid(rng, 12)
            if a not in self.acct_ids:
                self.acct_ids.add(a)
                return a

    def register(self, a):
        self.accounts[a.id] = a

    def _flush(self):
        if not self.records:
            return
        if self.tmpdir is None:
            import tempfile
            os.makedirs(self.out_dir, exist_ok=True)
            self.tmpdir = tempfile.mkdtemp(prefix=".gen_d_runs_", dir=self.out_dir)
        self.records.sort(key=lambda r: r[0])
        path = os.path.join(self.tmpdir, "run%03d" % len(self.runs))
        with open(path, "wb") as f:
            f.write(b"".join(b"%.6f\t%s\n" % (ts, b) for ts, b in self.records))
        self.runs.append(path)
        self.records = []

    def group(self, name):
        self._flush()
        self.cur_group = name
        self.stats.setdefault(name, {"accounts": set(), "exchanges": 0, "end_users": set()})

    def emit(self, rng, a, ts, model, msgs=None, prompt=None, params=None, resp=None, reasoning=None, rtok=0,
             status=200, ip=None, ua=None, key=None, end_user=None, conv=None, tools=None, extra=None, n_out=1, group=None):
        if ts >= T1 or ts < T0:
            return
        if ts < a.created:
            ts = a.created + rng.uniform(30, 600)
            if ts >= T1:
                return
        if model == R3 and ts < RELEASE:
            status = 404
        d = {"id": "chatcmpl-" + b62(rng, 24), "ts": iso(ts), "account_id": a.id, "org_id": a.org,
             "api_key_id": key or a.keys[0]}
        if end_user:
            d["end_user"] = end_user
        d["ip"] = ip or a.ip(rng)
        d["user_agent"] = ua or a.ua(rng)
        if a.pm:
            d["payment_fingerprint"] = a.pm
        d["account_created"] = a.created_iso
        d["model"] = model
        if msgs is not None:
            d["messages"] = msgs
            itok = 0
            for m in msgs:
                c = m.get("content")
                if isinstance(c, str):
                    itok += tok(c) + 4
                elif isinstance(c, list):
                    for part in c:
                        itok += tok(part.get("text", "")) + (765 if part.get("type") == "image_url" else 4)
        else:
            d["prompt"] = prompt
            itok = tok(prompt)
        p = dict(params) if params else {}
        if tools:
            p["tools"] = tools
            itok += 40 * len(tools)
        if p:
            d["params"] = p
        if status == 200:
            if resp is None:
                resp = ""
            d["response"] = resp
            if reasoning:
                d["reasoning"] = reasoning
            otok = tok(resp)
            if n_out > 1:
                otok *= n_out
                rtok *= n_out
            u = {"input_tokens": itok, "output_tokens": otok + rtok}
            if model in REASONING:
                u["reasoning_tokens"] = rtok
            d["usage"] = u
        d["status"] = status
        if conv:
            d["conversation_id"] = conv
        if extra:
            d.update(extra)
        self.records.append((ts, orjson.dumps(d)))
        self.active.add(a.id)
        st = self.stats[group or self.cur_group]
        st["exchanges"] += 1
        st["accounts"].add(a.id)
        if end_user:
            st["end_users"].add(end_user)
            self.eu_seen.setdefault(end_user, set()).add(a.id)

    def write(self, out_dir):
        import heapq
        import shutil
        os.makedirs(out_dir, exist_ok=True)
        self._flush()
        files = [open(p, "rb") for p in self.runs]
        path = os.path.join(out_dir, "traffic.jsonl.gz")
        self.n_written = 0
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="traffic.jsonl", mode="wb", fileobj=raw, compresslevel=5, mtime=0) as gz:
                buf = []
                for line in heapq.merge(*files, key=lambda l: l[:17]):
                    buf.append(line[18:])
                    if len(buf) >= 4096:
                        gz.write(b"".join(buf))
                        self.n_written += len(buf)
                        buf = []
                if buf:
                    gz.write(b"".join(buf))
                    self.n_written += len(buf)
        for f in files:
            f.close()
        if self.tmpdir:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
        accts = {}
        for aid in sorted(self.active):
            accts[aid] = self.accounts[aid].label
        labels = {"version": 1, "accounts": accts}
        if self.end_users:
            eu = {}
            for k in sorted(self.end_users):
                v = dict(self.end_users[k])
                v["account_ids"] = sorted(self.eu_seen.get(k, ()))
                eu[k] = {"account_ids": v.pop("account_ids"), **v}
            labels["end_users"] = eu
        with open(os.path.join(out_dir, "labels.json"), "wb") as f:
            f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))
