# -*- coding: utf-8 -*-
"""Accounts, the exchange emitter, time sampling, corpora and response synthesis."""
from __future__ import annotations

import csv
import json
import os
import random
import re

import numpy as np
import orjson

import banks as B
import world as W

RESP_CAP = 2000        # Lianhe's export keeps at most this many characters of `response`
REASON_CAP = 1200      # ... and of `reasoning`


# ============================================================================================
# corpora
# ============================================================================================
class Corpora:
    def __init__(self, root):
        self.root = root
        self.arena = []          # list of conversations: [(user, assistant), ...]
        with open(os.path.join(root, "benign", "chatbot_arena_conversations.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                turns, u = [], None
                for m in d["messages"]:
                    if m["role"] == "user":
                        u = m["content"]
                    elif m["role"] == "assistant" and u is not None:
                        turns.append((u, m["content"]))
                        u = None
                if turns and len(turns[0][0]) < 6000:
                    self.arena.append(turns)
        self.hard = {"coding": [], "math": [], "creative_writing": [], "other": []}
        for fn in ("arena_hard_v0.1.jsonl", "arena_hard_v2.0.jsonl"):
            with open(os.path.join(root, "benign", fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    cat = d.get("subcategory") or "other"
                    if cat not in self.hard:
                        cl = (d.get("cluster") or "").lower()
                        cat = "coding" if any(k in cl for k in ("code", "program", "python", "sql", "java", "script", "develop",
                                                                "algorithm", "software", "api", "data")) else "other"
                    if len(d["prompt"]) < 7000:
                        self.hard[cat].append(d["prompt"])
        self.gsm = []
        with open(os.path.join(root, "extraction", "gsm8k_train.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                self.gsm.append((d["question"], d["answer"]))
        self.seed_tasks = []
        with open(os.path.join(root, "extraction", "self_instruct_seed_tasks.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                inst = d["instances"][0] if d.get("instances") else {"input": "", "output": ""}
                self.seed_tasks.append((d["instruction"], inst.get("input", ""), inst.get("output", ""), d.get("is_classification", False)))
        self.user_tasks = []
        with open(os.path.join(root, "extraction", "self_instruct_user_oriented.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                inst = d["instances"][0] if d.get("instances") else {"input": "", "output": ""}
                self.user_tasks.append((d["instruction"], inst.get("input", ""), inst.get("output", ""), False))
        with open(os.path.join(root, "jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb_wild = [s for s in json.load(f) if isinstance(s, str) and 40 < len(s) < 6000]
        self.dan = []
        dd = os.path.join(root, "jailbreak", "dan")
        for fn in sorted(os.listdir(dd)):
            if fn.endswith(".json"):
                with open(os.path.join(dd, fn), encoding="utf-8") as f:
                    v = json.load(f)
                self.dan.extend(x for x in v if isinstance(x, str))
        with open(os.path.join(root, "jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysprompt = [x for v in sp.values() for x in v]
        self.advbench = []
        with open(os.path.join(root, "harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.advbench.append(row["goal"])
        # English prose for translation sources: assistant answers of the arena conversations
        self.prose = []
        for conv in self.arena:
            for _, a in conv:
                for para in a.split("\n\n"):
                    para = para.strip()
                    if 80 < len(para) < 900 and not para.startswith(("```", "|", "#")):
                        self.prose.append(para)
        self.en_user = [c[0][0] for c in self.arena if 10 < len(c[0][0]) < 2500]
        self.tasks_all = self.seed_tasks + self.user_tasks


# ============================================================================================
# accounts
# ============================================================================================
class Account:
    __slots__ = ("key", "id", "created", "org", "payment", "keys", "net", "uas", "label", "lang", "country", "tags")

    def __init__(self, key, created, label, lang="zh", country="CN", net=None, org=None, payment=None, keys=None,
                 uas=None, tags=None):
        self.key = key
        self.id = None
        self.created = created
        self.label = label            # {"label": "benign", "population": ...} or campaign dict
        self.lang = lang
        self.country = country
        self.net = net
        self.org = org
        self.payment = payment
        self.keys = keys or []
        self.uas = uas or []
        self.tags = tags or {}


def key_id(rnd):
    return "key_" + "%012x" % rnd.getrandbits(48)


def pay_id(rnd):
    return "pm_" + "%016x" % rnd.getrandbits(64)


def org_id(rnd):
    return "org_" + "%010x" % rnd.getrandbits(40)


# ============================================================================================
# emitter
# ============================================================================================
ERR_BODY = None


class Sink:
    """Serialized exchanges packed in one arena (orjson's bytes objects over-allocate several KB each)."""

    def __init__(self):
        self.ts = []
        self.buf = bytearray()
        self.off = []
        self.per_account = {}
        self.per_pop = {}
        self.per_eu = {}
        self.eus = set()

    def __len__(self):
        return len(self.off)

    def add(self, ts, data):
        self.ts.append(ts)
        self.off.append(len(self.buf))
        self.buf += data

    def row(self, i):
        end = self.off[i + 1] if i + 1 < len(self.off) else len(self.buf)
        return memoryview(self.buf)[self.off[i]:end]


class Ctx:
    def __init__(self, seed, corpora, scale):
        self.seed = seed
        self.corpora = corpora
        self.scale = scale
        self.sink = Sink()
        self.accounts = []
        self.jobs = []
        self.end_user_labels = {}
        self.pools = {}
        self.campaigns = {}

    def rnd(self, name):
        return random.Random(W.h16(self.seed, name))

    def nprng(self, name):
        return np.random.default_rng(int(W.h16(self.seed, "np", name), 16))

    def n(self, base, lo=1):
        return max(lo, int(round(base * self.scale)))

    def add_account(self, acct):
        self.accounts.append(acct)
        return acct

    def job(self, fn, name):
        self.jobs.append((name, fn))

    def pool(self, name, country, kind, size):
        if name not in self.pools:
            self.pools[name] = W.IPPool(self.rnd("pool:" + name), country, kind, size)
        return self.pools[name]


def fresh_eu(ctx, make):
    """An end-user id not yet seen anywhere in the log (campaign ids never collide with benign ones)."""
    for _ in range(100):
        eu = make()
        if eu not in ctx.sink.eus:
            return eu
    return eu


def emit(ctx, rnd, acct, ts, messages, model, params=None, response=None, reasoning=None, *, status=200,
         end_user=None, conv=None, key=None, ip=None, ua=None, out_tokens=None, reasoning_tokens=None,
         in_tokens=None, err_rate=0.004, prompt=None):
    """Write one exchange. Returns the status actually logged."""
    if not (W.WEEK_START <= ts < W.WEEK_END):
        return None
    if ts < acct.created:
        ts = acct.created + rnd.uniform(20, 400)
        if ts >= W.WEEK_END:
            return None
    if model == W.NEW_FLAGSHIP and ts < W.RELEASE_TS:
        status = 503   # "no available channel for model gpt-5.5" before Lianhe enabled it
    if status == 200 and rnd.random() < err_rate:
        status = rnd.choice((429, 429, 500, 502, 503, 504))
    if conv is None:
        conv = "conv_%016x" % rnd.getrandbits(64)
    if in_tokens is None:
        in_tokens = W.msgs_tokens(messages) if prompt is None else W.est_tokens(prompt)
    if status != 200:
        response, reasoning, out_t, r_t = None, None, 0, 0
    else:
        out_t = out_tokens if out_tokens is not None else W.est_tokens(response or "")
        r_t = reasoning_tokens
        if r_t is None:
            if reasoning:
                r_t = int(W.est_tokens(reasoning) * rnd.uniform(1.5, 4.0))
            elif model in W.HIDDEN_REASONING:
                eff = (params or {}).get("reasoning_effort")
                base = {"minimal": 0, "low": 120, "medium": 600, "high": 2200, "xhigh": 5000}.get(eff, 300)
                r_t = int(base * rnd.uniform(0.3, 2.0)) if base else 0
            else:
                r_t = 0
        if response and len(response) > RESP_CAP:
            response = response[:RESP_CAP]
        if reasoning and len(reasoning) > REASON_CAP:
            reasoning = reasoning[:REASON_CAP]
    if W.MODELS.get(model, ("", False, False))[1] is False:
        reasoning = None
    rec = {
        "id": "lhx_%020x" % rnd.getrandbits(80),
        "ts": round(ts, 3),
        "account_id": acct.id,
        "org_id": acct.org,
        "api_key_id": key or (acct.keys[0] if acct.keys else None),
        "end_user": end_user,
        "ip": ip or acct.net.ip(rnd, ts),
        "user_agent": ua or (acct.uas[0] if acct.uas else None),
        "payment_fingerprint": acct.payment,
        "account_created": W.iso(acct.created),
        "model": model,
        "params": params or {},
        "messages": messages,
        "prompt": prompt,
        "response": response,
        "reasoning": reasoning,
        "usage": {"input_tokens": in_tokens if status == 200 or status >= 500 else 0, "output_tokens": out_t,
                  "reasoning_tokens": r_t},
        "status": status,
        "conversation_id": conv,
    }
    if prompt is None:
        del rec["prompt"]
    else:
        del rec["messages"]   # legacy /v1/completions request
    sink = ctx.sink
    sink.add(ts, orjson.dumps(rec))
    sink.per_account[acct.id] = sink.per_account.get(acct.id, 0) + 1
    if end_user:
        sink.eus.add(end_user)
        k = (acct.id, end_user)
        sink.per_eu[k] = sink.per_eu.get(k, 0) + 1
    return status


# ============================================================================================
# time sampling
# ============================================================================================
def sample_times(nrng, n, profile, tz, lo=W.WEEK_START, hi=W.WEEK_END):
    """n timestamps in [lo, hi) following a local-time hourly profile."""
    if n <= 0:
        return []
    lo = max(lo, W.WEEK_START)
    hi = min(hi, W.WEEK_END)
    if hi <= lo:
        return []
    w = np.asarray(W.hourly_weights(profile, tz), dtype=float)
    h_lo = int((lo - W.WEEK_START) // 3600)
    h_hi = int(np.ceil((hi - W.WEEK_START) / 3600))
    w[:h_lo] = 0
    w[h_hi:] = 0
    if w.sum() <= 0:
        w[h_lo:h_hi] = 1
    c = np.cumsum(w) / w.sum()
    hrs = np.searchsorted(c, nrng.random(n), side="right")
    t = W.WEEK_START + hrs * 3600.0 + nrng.random(n) * 3600.0
    t = np.clip(t, lo, hi - 1)
    return sorted(t.tolist())


def sessions(rnd, nrng, n_req, profile, tz, mean_len=4.0, gap=(20, 90), lo=W.WEEK_START, hi=W.WEEK_END, max_len=400):
    """Split n_req requests into sessions; returns list of lists of timestamps."""
    if n_req <= 0:
        return []
    out = []
    remaining = n_req
    lens = []
    while remaining > 0:
        L = min(remaining, max_len, max(1, int(nrng.geometric(1.0 / max(mean_len, 1.0)))))
        lens.append(L)
        remaining -= L
    starts = sample_times(nrng, len(lens), profile, tz, lo, hi)
    rnd.shuffle(lens)
    for s, L in zip(starts, lens):
        t = s
        ts = []
        for i in range(L):
            ts.append(t)
            t += rnd.uniform(*gap) * (0.5 + rnd.random())
        out.append(ts)
    return out


# ============================================================================================
# text helpers
# ============================================================================================
def pick(rnd, seq):
    return seq[rnd.randrange(len(seq))]


def lang_of_slots(lang):
    return B.SLOTS.get(lang) or B.SLOTS["en"]


def fill(rnd, tpl, lang, **fixed):
    return B.fill(rnd, tpl, lang_of_slots(lang), **fixed)


def noisy(rnd, s, lang):
    """Casual-typing noise on user text."""
    r = rnd.random()
    if r < 0.25 and s and s[-1] in "。？！?.!":
        s = s[:-1]
    elif r < 0.32:
        s = s + pick(rnd, {"zh": ["", "。", "谢谢", "急", "～", "！！"], "ja": ["", "。", "お願いします"], "ko": ["", "ㅠㅠ", "요"],
                           "vi": ["", " ạ", " nhé"], "id": ["", " ya", " kak"], "th": ["", "ค่ะ", "ครับ"]}.get(lang, ["", "?", " pls"]))
    if lang == "en" and rnd.random() < 0.15:
        s = s.lower()
    return s


GENERIC_TOPIC = {"zh": "这个问题", "zh_tw": "這個問題", "ja": "この点", "ko": "이 부분", "vi": "vấn đề này", "id": "hal ini", "th": "เรื่องนี้",
                 "hi": "इस विषय", "en": "this"}


def script_lang(text, default="en"):
    """Rough language of a text from its script (for synthetic answers and reasoning)."""
    kana = hang = han = thai = deva = viet = 0
    for ch in text[:400]:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF:
            kana += 1
        elif 0xAC00 <= o <= 0xD7AF:
            hang += 1
        elif 0x4E00 <= o <= 0x9FFF:
            han += 1
        elif 0x0E00 <= o <= 0x0E7F:
            thai += 1
        elif 0x0900 <= o <= 0x097F:
            deva += 1
        elif ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ":
            viet += 1
    if kana > 1:
        return "ja"
    if hang > 1:
        return "ko"
    if han > 1:
        return "zh"
    if thai > 1:
        return "th"
    if deva > 1:
        return "hi"
    if viet > 1:
        return "vi"
    return default


def resp_generic(rnd, lang, topic, n=3):
    k = B.RESP.get(lang, B.RESP["en"])
    cjk = lang in ("zh", "zh_tw", "ja")
    if not topic or len(topic) > (10 if cjk else 28) or any(c in topic for c in "，。,.?？!！:：\n"):
        topic = GENERIC_TOPIC.get(lang, "this")
    body = k["body"]
    idx = list(range(len(body)))
    rnd.shuffle(idx)
    parts = [pick(rnd, k["open"]).strip()]
    for j in range(min(n, len(idx))):
        parts.append(body[idx[j]].replace("{t}", topic))
    if n > len(idx) and n > 4:
        # long answers: numbered sections re-using the kit
        for s in range(n - len(idx)):
            parts.append(f"\n{s + 1}. " + body[idx[s % len(idx)]].replace("{t}", topic))
    parts.append(pick(rnd, k["close"]))
    sep = "" if cjk else " "
    return sep.join(p for p in parts if p)


def resp_steps(rnd, lang, steps, answer, extra=""):
    k = B.RESP.get(lang, B.RESP["en"])
    lines = [pick(rnd, k["open"]).strip()]
    for i, s in enumerate(steps, 1):
        lines.append(k["step"].format(i=i) + s)
    lines.append(k["ans"].format(a=answer))
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def reasoning_text(rnd, lang, topic, steps=None, n=4):
    lang = script_lang(topic, lang if lang in ("en",) else "en") if topic else lang
    kit = B.REASON_KIT.get(lang, B.REASON_KIT["en"])
    t = topic.split("\n")[0][:50]
    out = [kit[0].replace("{t}", t)]
    if steps:
        out.extend(steps)
    rest = list(kit[1:])
    rnd.shuffle(rest)
    out.extend(rest[: max(0, n - 1)])
    return "\n".join(out)


CODE_RESP = {
    "Python": "```python\nimport sys\n\n\ndef solve(data):\n    result = []\n    for item in data:\n        if not item:\n            continue\n        result.append(item.strip())\n    return result\n\n\nif __name__ == \"__main__\":\n    print(solve(sys.stdin.read().splitlines()))\n```",
    "Go": "```go\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\titems := []string{\"a\", \"b\"}\n\tfor i, it := range items {\n\t\tfmt.Println(i, it)\n\t}\n}\n```",
    "JavaScript": "```javascript\nasync function main() {\n  const res = await fetch(url);\n  if (!res.ok) throw new Error(res.status);\n  const data = await res.json();\n  return data.items.map(x => x.name);\n}\n```",
    "Java": "```java\npublic class Solution {\n    public int solve(int[] nums) {\n        int best = 0;\n        for (int n : nums) best = Math.max(best, n);\n        return best;\n    }\n}\n```",
    "SQL": "```sql\nCREATE INDEX idx_orders_created ON orders (created_at);\nSELECT o.id, o.amount FROM orders o\nWHERE o.created_at >= '2027-02-28' AND o.created_at < '2027-03-01'\nORDER BY o.id DESC LIMIT 20;\n```",
}


def resp_code(rnd, lang, plang="Python"):
    k = B.RESP.get(lang, B.RESP["en"])
    code = CODE_RESP.get(plang) or CODE_RESP[pick(rnd, list(CODE_RESP))]
    expl = pick(rnd, k["body"]).replace("{t}", plang)
    return pick(rnd, k["open"]) + expl + "\n\n" + code + "\n\n" + pick(rnd, k["body"]).replace("{t}", plang)


GSM_CALC = re.compile(r"<<[^>]*>>")


def gsm_steps(answer):
    body, _, final = answer.partition("####")
    lines = [GSM_CALC.sub("", l).strip() for l in body.strip().split("\n") if l.strip()]
    return lines, final.strip()


NUM = re.compile(r"(?<![\w.])(\d+)(?![\w.]|\.\d)")


def perturb_numbers(rnd, q):
    """Change the integers of a word problem (to dodge exact matching against the public set)."""
    def rep(m):
        v = int(m.group(1))
        if v < 3 or rnd.random() < 0.25:
            return m.group(1)
        nv = max(2, int(round(v * rnd.uniform(0.55, 1.7))))
        if v % 10 == 0:
            nv = max(10, int(round(nv, -1)))
        return str(nv)
    return NUM.sub(rep, q)


def math_problem(rnd, lang, kind=None):
    kinds = list(B.MATH_TXT.get(lang, B.MATH_TXT["en"]).keys())
    kind = kind if kind in kinds else pick(rnd, kinds)
    vals, steps, ans = B.MATH_KINDS[kind](rnd)
    txt = pick(rnd, B.MATH_TXT.get(lang, B.MATH_TXT["en"])[kind]).format(**vals)
    return txt, steps, ans, kind


def ocr_noise(rnd, s, lang):
    """Student photo-search artefacts: numbering, full-width digits, stray spaces, cut-offs."""
    r = rnd.random()
    if r < 0.2:
        s = f"{rnd.randint(1, 12)}. " + s
    elif r < 0.3:
        s = f"（{rnd.randint(1, 6)}）" + s
    if lang in ("zh", "ja") and rnd.random() < 0.15:
        s = s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if rnd.random() < 0.12:
        i = rnd.randrange(max(1, len(s)))
        s = s[:i] + " " + s[i:]
    if rnd.random() < 0.06:
        s = s + pick(rnd, [" A.", " （　　）", " ____", "（单位：米）" if lang == "zh" else " ?"])
    return s
