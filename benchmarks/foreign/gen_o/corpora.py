"""Public corpora from /work/shared/data, and English answer / reasoning synthesis on top of them."""
import csv
import glob
import json
import os
import re

DATA = os.environ.get("GEN_O_DATA", "/work/shared/data")
_CALC = re.compile(r"<<[^>]*>>")


class Corpora:
    def __init__(self, data=DATA):
        self.convs = []          # list of [(user, assistant), ...]
        with open(os.path.join(data, "benign/chatbot_arena_conversations.jsonl"), encoding="utf-8") as f:
            for line in f:
                msgs = json.loads(line)["messages"]
                pairs, u = [], None
                for m in msgs:
                    if m["role"] == "user":
                        u = m["content"]
                    elif m["role"] == "assistant" and u is not None:
                        pairs.append((u, m["content"]))
                        u = None
                if pairs and len(pairs[0][0].strip()) > 1:
                    self.convs.append(pairs)
        self.hard = {"coding": [], "math": [], "creative": [], "hard": []}
        for fn in ("arena_hard_v0.1.jsonl", "arena_hard_v2.0.jsonl"):
            with open(os.path.join(data, "benign", fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    sub = d.get("subcategory") or ""
                    if sub == "coding" or (not sub and _codey(d["prompt"] + " " + d.get("cluster", ""))):
                        self.hard["coding"].append(d["prompt"])
                    elif sub == "math" or "Math" in d.get("cluster", "") or "Probab" in d.get("cluster", ""):
                        self.hard["math"].append(d["prompt"])
                    elif sub == "creative_writing" or d["category"] == "creative_writing":
                        self.hard["creative"].append(d["prompt"])
                    else:
                        self.hard["hard"].append(d["prompt"])
        self.gsm = []            # (question, solution prose, final answer, solution lines)
        with open(os.path.join(data, "extraction/gsm8k_train.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                sol, _, fin = d["answer"].partition("####")
                lines = [_CALC.sub("", x).strip() for x in sol.strip().split("\n") if x.strip()]
                self.gsm.append((d["question"], "\n".join(lines), fin.strip(), lines))
        self.seeds = []          # (instruction, input, output)
        for fn in ("self_instruct_seed_tasks.jsonl", "self_instruct_user_oriented.jsonl"):
            with open(os.path.join(data, "extraction", fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    inst = (d.get("instances") or [{}])[0]
                    self.seeds.append((d["instruction"], inst.get("input", ""), inst.get("output", "")))
        with open(os.path.join(data, "jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jailbreaks = [s for s in json.load(f) if 40 < len(s) < 6000]
        self.dan = []
        for fn in sorted(glob.glob(os.path.join(data, "jailbreak/dan/*.json"))):
            with open(fn, encoding="utf-8") as f:
                self.dan.extend(s.replace("{generator.name}", "Heliand") for s in json.load(f))
        with open(os.path.join(data, "jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            self.sysx = [p for v in json.load(f).values() for p in v]
        with open(os.path.join(data, "harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            self.harmful = [r["goal"] for r in csv.DictReader(f)]
        self.single = [c[0] for c in self.convs]     # first turns with their answers


def _codey(s):
    return bool(re.search(r"\b(code|python|java|c\+\+|sql|function|script|program|javascript|rust|bash|regex|api|html|css|"
                          r"class|compile|typescript|react|docker|linux|pandas|numpy|golang|kotlin|swift)\b", s, re.I))


# --------------------------------------------------------------------------- English synthesis
OPEN = ["Sure! ", "Here's a clear breakdown. ", "Good question. ", "", "", "Certainly. ", "Below is one way to approach it. "]
BODY = ["The key point is to separate what is known from what still has to be decided.",
        "In practice, most teams start with a small prototype and iterate from there.",
        "It helps to check the edge cases first, because they usually reveal the real constraints.",
        "A common pitfall is to optimise too early; measure before changing anything.",
        "If you need more detail on any step, let me know and I can expand it.",
        "There are trade-offs either way, so the right choice depends on your priorities.",
        "Keep the interface small and document the assumptions explicitly.",
        "You can verify the result by testing it on a few simple inputs.",
        "The second option is simpler to maintain, while the first one is faster.",
        "Make sure to handle errors explicitly instead of ignoring them."]
CODE = ["```python\ndef solve(data):\n    result = []\n    for item in data:\n        if item is None:\n            continue\n        result.append(transform(item))\n    return result\n```",
        "```python\nimport collections\n\ndef count_pairs(xs, target):\n    seen = collections.Counter()\n    total = 0\n    for x in xs:\n        total += seen[target - x]\n        seen[x] += 1\n    return total\n```",
        "```javascript\nasync function fetchAll(urls) {\n  const res = await Promise.all(urls.map(u => fetch(u)));\n  return Promise.all(res.map(r => r.json()));\n}\n```",
        "```sql\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nWHERE created_at >= DATE '2027-01-01'\nGROUP BY customer_id\nORDER BY total DESC;\n```",
        "```bash\nset -euo pipefail\nfor f in *.log; do\n  gzip -9 \"$f\"\ndone\n```"]
THINK_OPEN = ['The user asks: "{t}".', 'Okay, so the request is "{t}".', 'Let me figure out what is needed here. The prompt: "{t}"',
              'We need to answer "{t}".', 'Hmm, the request: "{t}".']
THINK_MID = ["First I should identify the constraints.", "Let me consider the main approaches and compare them.",
             "I should check whether there is an edge case that breaks the simple approach.",
             "A concise structure would be: overview, steps, example.", "Wait, I should double-check the assumption here.",
             "It is probably best to give a short example as well.", "Let me make sure the answer is consistent with the question.",
             "There might be an ambiguity; I'll state the most likely interpretation."]
THINK_END = ["Now I'll write the final answer.", "Okay, that should cover it.", "Let me compose the response.", "Good, I'll answer now."]


def topic(prompt, n=60):
    s = " ".join(prompt.split())
    return (s[:n].rsplit(" ", 1)[0] + "...") if len(s) > n else s


def synth_answer(rng, prompt, coding=None):
    """A plausible assistant answer to an English prompt that has none in the corpora."""
    coding = _codey(prompt) if coding is None else coding
    out = [rng.choice(OPEN) + rng.choice(BODY)]
    steps = rng.randint(2, 5)
    for i in range(steps):
        out.append("%d. %s" % (i + 1, rng.choice(BODY)))
    if coding:
        out.append(rng.choice(CODE))
    out.append(rng.choice(BODY))
    return "\n\n".join(out[:2]) + "\n" + "\n".join(out[2:2 + steps]) + "\n\n" + "\n\n".join(out[2 + steps:])


def synth_reasoning(rng, prompt, k=None):
    parts = [rng.choice(THINK_OPEN).format(t=topic(prompt, 70))]
    for _ in range(k or rng.randint(2, 6)):
        parts.append(rng.choice(THINK_MID))
    parts.append(rng.choice(THINK_END))
    return " ".join(parts)


def gsm_reasoning(rng, lines, final):
    out = [rng.choice(["Let me work through this.", "Okay, let's parse the problem.", "Alright, step by step.",
                       "Let me read the problem carefully."])]
    for ln in lines:
        out.append(rng.choice(["", "So ", "Then ", "Next, ", "Now "]) + ln[0].lower() + ln[1:] if ln else "")
        if rng.random() < 0.2:
            out.append(rng.choice(["Let me double-check that.", "That seems right.", "Wait, is that per day or in total? It's in total, fine."]))
    out.append("So the answer is %s." % final)
    return " ".join(x for x in out if x)


def gsm_answer(rng, sol, final, style=0):
    if style == 0:
        return sol + "\n\nThe answer is %s." % final
    if style == 1:
        return "\n".join("Step %d: %s" % (i + 1, ln) for i, ln in enumerate(sol.split("\n"))) + "\n\nFinal answer: %s" % final
    return "%s\n\n**Answer: %s**" % (sol, final)


NAMES_EN = ["Mia", "Noah", "Lena", "Jonas", "Sofia", "Elias", "Hannah", "Felix", "Marta", "Piotr", "Anouk", "Tomas",
            "Olena", "Luca", "Chloe", "Daan", "Jakub", "Giulia", "Amir", "Priya", "Kenji", "Zofia", "Emil", "Ines"]
_CAP = re.compile(r"\b([A-Z][a-z]{2,})\b")
_STOP = {"How", "What", "The", "She", "Her", "His", "They", "Then", "There", "If", "In", "On", "At", "Each", "Every", "After",
         "When", "Mr", "Mrs", "Ms", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December", "For", "One", "Two", "Three", "A", "An", "It", "He", "We", "You", "Some", "All", "Out",
         "Of", "To", "But", "And", "So", "Since", "Half", "With", "Find", "Calculate"}


def rename(rng, q, *others):
    """Swap the first person name of a GSM8K item everywhere (question and solution) for another."""
    for m in _CAP.finditer(q):
        nm = m.group(1)
        if nm not in _STOP and m.start() > 0 or (m.start() == 0 and nm not in _STOP):
            new = rng.choice([x for x in NAMES_EN if x != nm])
            pat = re.compile(r"\b%s\b" % re.escape(nm))
            return (pat.sub(new, q),) + tuple(pat.sub(new, o) for o in others)
    return (q,) + others


_SYN = [(r"\bHow many\b", ["What is the number of", "How many", "Tell me how many", "Roughly how many — exactly, I mean — "]),
        (r"\bHow much\b", ["How much", "What amount", "What's the total that"]),
        (r"\baltogether\b", ["in total", "altogether", "combined"]),
        (r"\beach\b", ["each", "every single one", "apiece"]),
        (r"\bdollars\b", ["dollars", "USD", "bucks"]),
        (r"\bbuys\b", ["purchases", "buys", "gets"]), (r"\bwants to\b", ["would like to", "plans to", "wants to"])]


def paraphrase(rng, q):
    """Light surface paraphrase of an English item (synonyms, clause order, register)."""
    for pat, alts in _SYN:
        if rng.random() < 0.6:
            q = re.sub(pat, lambda m: rng.choice(alts), q, count=1)
    sents = re.split(r"(?<=[.!?])\s+", q.strip())
    if len(sents) > 2 and rng.random() < 0.4:
        body, last = sents[:-1], sents[-1]
        i = rng.randrange(len(body) - 1) if len(body) > 1 else 0
        if len(body) > 1 and not body[i + 1].split()[0] in ("He", "She", "They", "It", "Then", "His", "Her"):
            body[i], body[i + 1] = body[i + 1], body[i]
        sents = body + [last]
    q = " ".join(sents)
    if rng.random() < 0.3:
        q = q[0].lower() + q[1:]
    if rng.random() < 0.25:
        q = q.rstrip("?") + rng.choice(["?", "??", " ?", ""])
    return q
