# -*- coding: utf-8 -*-
"""Public corpora (from /work/shared/data) and the text builders for prompts, replies and reasoning."""
import csv
import json
import os
import re

from phrases import P, MATH_FUN, REASON_SENT, LANG_NAME_EN

_CALC = re.compile(r"<<[^>]*>>")


def _jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def clip(s, n):
    if len(s) <= n:
        return s
    cut = s[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > n * 0.6 else cut


BANNED = ("distill", "training data")


def _clean(s):
    low = s.lower()
    return not any(b in low for b in BANNED)


class Corpora:
    """Loaded public corpora. Items whose user-side text mentions the banned words are dropped, so that
    no campaign prompt drawn from them says so (benign prompts that say it are written explicitly)."""

    def __init__(self, d):
        conv = _jsonl(os.path.join(d, "benign", "chatbot_arena_conversations.jsonl"))
        self.convs = []
        for c in conv:
            msgs = c["messages"]
            pairs = []
            for i in range(0, len(msgs) - 1, 2):
                u, a = msgs[i], msgs[i + 1]
                if u["role"] == "user" and a["role"] == "assistant" and u["content"].strip():
                    pairs.append((clip(u["content"], 6000), clip(a["content"], 3500)))
            if pairs and all(_clean(u) and _clean(a) for u, a in pairs):
                self.convs.append(pairs)
        self.first = [p[0][0] for p in self.convs if len(p[0][0]) < 2500]
        self.replies = [a for p in self.convs for _, a in p if len(a) > 40]
        self.code_replies = [a for a in self.replies if "```" in a or "def " in a or "function" in a]
        ah = []
        for x in _jsonl(os.path.join(d, "benign", "arena_hard_v0.1.jsonl")):
            ah.append((x["prompt"], "code" if _looks_code(x["prompt"]) else "other"))
        for x in _jsonl(os.path.join(d, "benign", "arena_hard_v2.0.jsonl")):
            cat = {"coding": "code", "math": "math"}.get(x.get("subcategory"), "other")
            ah.append((x["prompt"], cat))
        self.ah = [(clip(p, 7000), c) for p, c in ah if _clean(p)]
        self.ah_code = [p for p, c in self.ah if c == "code"]
        self.ah_math = [p for p, c in self.ah if c == "math"]
        self.ah_other = [p for p, c in self.ah if c == "other"]
        self.gsm = []
        for x in _jsonl(os.path.join(d, "extraction", "gsm8k_train.jsonl")):
            lines = [_CALC.sub("", ln).strip() for ln in x["answer"].split("\n")]
            final = lines[-1].replace("####", "").strip() if lines and lines[-1].startswith("####") else ""
            steps = [ln for ln in lines[:-1] if ln]
            self.gsm.append((x["question"], steps, final))
        si = []
        for x in _jsonl(os.path.join(d, "extraction", "self_instruct_seed_tasks.jsonl")):
            inst = x["instances"][0] if x["instances"] else {"input": "", "output": ""}
            si.append((x["instruction"], inst.get("input", ""), inst.get("output", ""), bool(x.get("is_classification"))))
        for x in _jsonl(os.path.join(d, "extraction", "self_instruct_user_oriented.jsonl")):
            inst = x["instances"][0] if x["instances"] else {"input": "", "output": ""}
            si.append((x["instruction"], inst.get("input", ""), inst.get("output", ""), False))
        self.si = [s for s in si if _clean(s[0] + s[1])]
        self.si_cls = [s for s in si if s[3]]
        with open(os.path.join(d, "jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb = [clip(s, 5000) for s in json.load(f) if len(s) > 50 and _clean(s)]
        dd = os.path.join(d, "jailbreak", "dan")
        self.dan = []
        for fn in sorted(os.listdir(dd)):
            if fn.endswith(".json"):
                with open(os.path.join(dd, fn), encoding="utf-8") as f:
                    self.dan.extend(json.load(f))
        with open(os.path.join(d, "jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sx = json.load(f)
        self.sysx = [s for k in sorted(sx) for s in sx[k] if _clean(s)]
        with open(os.path.join(d, "harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            self.adv = [r["goal"] for r in csv.DictReader(f)]


def _looks_code(p):
    return any(k in p for k in ("```", "def ", "function", "SQL", "Python", "python", "C++", "JavaScript", "Rust",
                                "code", "script", "class ", "regex", "bash"))


# ------------------------------------------------------------------ native math items
def native_math(rng, lang, T=None):
    T = T or rng.choice(("T1", "T2", "T3", "T4", "T5"))
    if T == "T1":
        a, b = rng.randint(3, 12), rng.randint(2, 9)
        c = next(x for x in (20, 50, 100, 200, 500) if x > a * b)
    elif T == "T2":
        a, b, c = rng.choice(range(40, 170, 10)), rng.randint(2, 6), rng.randint(10, 120)
    elif T == "T3":
        a, b = rng.randint(3, 12), rng.randint(6, 24)
        c = rng.randint(1, a * b - 1)
    elif T == "T4":
        a, b = rng.choice(range(5, 55, 5)), rng.randint(4, 20)
        c = rng.randint(1, a * b - 1)
    else:
        a, b, c = rng.choice(range(100, 650, 50)), rng.randint(6, 24), rng.randint(2, 5)
    name = rng.choice(P[lang]["names"])
    q = P[lang]["math"][T].format(n=name, a=a, b=b, c=c)
    ans = MATH_FUN[T](a, b, c)
    if T == "T1":
        steps = ["%d × %d = %d" % (a, b, a * b), "%d − %d = %d" % (c, a * b, ans)]
    elif T == "T2":
        steps = ["%d × %d = %d km" % (a, b, a * b), "%d + %d = %d km" % (a * b, c, ans)]
    elif T == "T5":
        steps = ["%d × %d = %d g" % (a, c, ans)]
    else:
        steps = ["%d × %d = %d" % (a, b, a * b), "%d − %d = %d" % (a * b, c, ans)]
    return (q, steps, str(ans))


# ------------------------------------------------------------------ replies
class Text:
    def __init__(self, C):
        self.C = C

    def generic(self, rng, maxc=2400):
        return clip(rng.choice(self.C.replies), maxc)

    def code(self, rng, maxc=3000):
        return clip(rng.choice(self.C.code_replies), maxc)

    def native(self, rng, lang, k=None):
        p = P[lang]
        k = k or rng.randint(3, 7)
        sents = [rng.choice(p["reply"]) for _ in range(k)]
        out = []
        for s in sents:
            if not out or out[-1] != s:
                out.append(s)
        if rng.random() < 0.5:
            body = "\n".join("- " + s for s in out[1:-1])
            return out[0] + "\n\n" + body + "\n\n" + out[-1] if body else " ".join(out)
        return " ".join(out)

    def math(self, item, lang="en", numbered=True, verbose=None, rng=None):
        """The model's worked solution; it sometimes adds self-checks whoever asks (verbose=None, rng given)."""
        q, steps, final = item
        p = P[lang]
        if verbose is None:
            verbose = rng is not None and rng.random() < 0.3
        lines = []
        for i, s in enumerate(steps):
            lines.append(("%s %d: %s" % (p["step"], i + 1, s)) if numbered else s)
            if verbose and rng is not None and rng.random() < 0.4:
                lines.append(rng.choice(("Let me double-check this.", "This matches the information given.",
                                         "So far so good.", "Check: the units are consistent.")) if lang == "en"
                             else "(%s %d ✓)" % (p["step"], i + 1))
        lines.append("%s: %s" % (p["final"], final))
        return "\n".join(lines)

    def math_reasoning(self, item, rng):
        q, steps, final = item
        first = q.split(". ")[0]
        out = ["Okay, so the problem says: %s." % first.rstrip("."), "Let me figure out what is being asked."]
        for s in steps:
            out.append(rng.choice(("Next, ", "Then ", "So ", "Now ", "")) + s[:1].lower() + s[1:])
            if rng.random() < 0.3:
                out.append(rng.choice(("Wait, let me re-check that.", "Yes, that's right.", "Hmm, okay.",
                                       "That seems consistent.")))
        out.append("So the answer should be %s." % final)
        return " ".join(out)

    def reasoning(self, prompt, rng, k=None):
        k = k or rng.randint(4, 12)
        topic = " ".join(prompt.split()[:8]).strip(".,:;!?\"'") or "this"
        sents = [rng.choice(REASON_SENT) for _ in range(k)]
        sents[0] = REASON_SENT[0]
        return " ".join(s.format(topic=topic) for s in sents)

    def refusal(self, rng, lang="en"):
        return rng.choice(P[lang]["refusal"])

    def for_prompt(self, rng, prompt, lang="en", kind=None, maxc=2400):
        if lang != "en":
            return self.native(rng, lang)
        if kind == "code":
            return self.code(rng, maxc)
        return self.generic(rng, maxc)


# ------------------------------------------------------------------ prompt styling
LABELS_EN = ["", "", "Problem:", "Question:", "Task:", "Q:", "### Problem", "Input:", "Exercise:"]
SEPS = ["\n\n", "\n", " ", "\n\n---\n", "\n\n"]
EXTRAS_EN = ["", "", "", "Use numbered steps.", "Do not skip any arithmetic.", "Check your result at the end.",
             "Be explicit about every assumption.", "Write at least five steps.", "Keep the final line short."]


class CotStyle:
    """One account's way of wrapping an item in a reasoning-elicitation instruction."""
    __slots__ = ("lang", "phr", "pos", "sep", "label", "extra", "lower", "final_fmt")

    def __init__(self, rng, lang, bank="cot"):
        p = P[lang]
        self.lang = lang
        self.phr = rng.choice(p[bank])
        if lang == "en" and rng.random() < 0.25:   # light personal edits to the stock phrasing
            if rng.random() < 0.3:
                self.phr = self.phr.replace(".", "!", 1)
            else:
                self.phr = self.phr.rstrip(".") + rng.choice((", please.", " pls.", ". Thanks.", "!"))
        self.pos = "pre" if rng.random() < 0.65 else "post"
        self.sep = rng.choice(SEPS)
        self.label = rng.choice(LABELS_EN) if lang == "en" else rng.choice(["", "", p["answer"] + "?", "#"])
        self.extra = rng.choice(EXTRAS_EN) if lang == "en" else rng.choice(["", "", "%s: ..." % p["final"]])
        self.lower = rng.random() < 0.1
        self.final_fmt = rng.random() < 0.3

    def wrap(self, item_text, rng=None):
        body = (self.label + " " + item_text).strip() if self.label and not self.label.startswith("#") else \
            ((self.label + "\n" + item_text) if self.label else item_text)
        ins = self.phr + ((" " + self.extra) if self.extra else "")
        if self.lower:
            ins = ins.lower()
        s = ins + self.sep + body if self.pos == "pre" else body + self.sep + ins
        if self.final_fmt and self.lang == "en":
            s += "\nFormat: reasoning first, then 'Answer: <value>'."
        return s


def lang_name(code):
    return LANG_NAME_EN[code]
