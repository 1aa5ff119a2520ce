"""Public corpora from /work/shared/data and English text/answer synthesis."""
import csv
import glob
import json
import os
import re

_CALC = re.compile(r"<<[^>]*>>")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']{3,}")
_STOP = set("""this that with from have what your about would could should there their which when where
will into than then them they these those were been being does more most some such only also just like
make write please give using want need know tell between after before other each over very much many
following below above here help explain""".split())


def _jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def _nonlatin(s):
    if not s:
        return False
    return sum(1 for c in s[:200] if ord(c) > 0x24F) > min(len(s), 200) * 0.3


class Corpora:
    def __init__(self, data_dir):
        d = data_dir
        self.convs = []          # English Arena conversations: list of message lists
        self.convs_other = []
        for rec in _jsonl(os.path.join(d, "benign", "chatbot_arena_conversations.jsonl")):
            msgs = [{"role": m["role"], "content": m["content"]} for m in rec["messages"]
                    if isinstance(m.get("content"), str)]
            if len(msgs) < 2 or msgs[0]["role"] != "user":
                continue
            (self.convs_other if _nonlatin(msgs[0]["content"]) else self.convs).append(msgs)
        self.first_turns = [c[0]["content"] for c in self.convs if 8 < len(c[0]["content"]) < 3000]
        self.ah_coding, self.ah_math, self.ah_creative, self.ah_v01 = [], [], [], []
        for rec in _jsonl(os.path.join(d, "benign", "arena_hard_v2.0.jsonl")):
            sub = rec.get("subcategory")
            p = rec["prompt"]
            if len(p) > 6000:
                continue
            {"coding": self.ah_coding, "math": self.ah_math}.get(sub, self.ah_creative).append(p)
        for rec in _jsonl(os.path.join(d, "benign", "arena_hard_v0.1.jsonl")):
            if len(rec["prompt"]) < 6000:
                self.ah_v01.append(rec["prompt"])
        self.gsm = []
        for rec in _jsonl(os.path.join(d, "extraction", "gsm8k_train.jsonl")):
            ans = rec["answer"]
            body, _, final = ans.partition("####")
            steps = [_CALC.sub("", s).strip() for s in body.strip().split("\n") if s.strip()]
            self.gsm.append((rec["question"].strip(), steps, final.strip()))
        self.si = []
        for name in ("self_instruct_seed_tasks.jsonl", "self_instruct_user_oriented.jsonl"):
            for rec in _jsonl(os.path.join(d, "extraction", name)):
                for inst in rec.get("instances", [])[:1]:
                    self.si.append((rec["instruction"].strip(), (inst.get("input") or "").strip(),
                                    (inst.get("output") or "").strip()))
        with open(os.path.join(d, "jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb = [s for s in json.load(f) if isinstance(s, str) and 20 < len(s) < 5000]
        self.dan = []
        for p in sorted(glob.glob(os.path.join(d, "jailbreak", "dan", "*.json"))):
            with open(p, encoding="utf-8") as f:
                self.dan.extend(x.replace("{generator.name}", "Halyard") for x in json.load(f))
        with open(os.path.join(d, "jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            self.sysx = [x for v in json.load(f).values() for x in v]
        self.adv = []
        with open(os.path.join(d, "harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.adv.append(row["goal"])
        self.assistant_texts = [m["content"] for c in self.convs for m in c
                                if m["role"] == "assistant" and 80 < len(m["content"]) < 2500]


def keywords(text, k=3):
    seen = []
    for w in _WORD.findall(text[:600]):
        lw = w.lower()
        if lw not in _STOP and lw not in seen:
            seen.append(lw)
        if len(seen) >= 12:
            break
    seen.sort(key=len, reverse=True)
    return seen[:k] or ["this"]


# --------------------------------------------------------------------------- answers
_OPEN = ["Sure! ", "Here's a breakdown. ", "", "Good question. ", "Great question! ", "Certainly. ", "", ""]
_SENT = [
    "The key idea behind {a} is that it interacts closely with {b}.",
    "In practice, most people approach {a} by first clarifying what they need from {b}.",
    "A common mistake is to treat {a} and {b} as the same thing; they overlap but serve different purposes.",
    "If you're working with {a}, start small and iterate once the basics of {b} are in place.",
    "There are a few trade-offs to keep in mind, especially around {b}.",
    "It depends on your constraints, but {a} is usually the better default.",
    "You may also want to look at how {c} fits in, since it often affects {a}.",
    "For most use cases, a simple approach to {a} works well; optimize only when you measure a problem.",
    "Historically, {a} developed alongside {c}, which explains some of its quirks.",
    "One practical tip: document your assumptions about {b} so they can be revisited later.",
    "Overall, {a} is manageable once you understand how {b} and {c} relate.",
    "Keep in mind that details of {c} vary between contexts, so check the specifics for your situation.",
]
_BUL = ["**{A}**: focus on the fundamentals first.", "**{B}**: measure before changing anything.",
        "**{C}**: keep it simple and readable.", "**Testing**: verify each change in isolation.",
        "**Edge cases**: think about empty inputs and limits.", "**Resources**: official documentation is the best reference."]


def answer_generic(rng, prompt, short=False):
    kw = keywords(prompt)
    while len(kw) < 3:
        kw.append(rng.choice(["the context", "your goals", "the details"]))
    a, b, c = kw[0], kw[1], kw[2]
    n = rng.randint(2, 3) if short else rng.randint(4, 8)
    sents = rng.sample(_SENT, n)
    parts = [rng.choice(_OPEN) + " ".join(s.format(a=a, b=b, c=c) for s in sents[:n // 2 + 1])]
    if not short and rng.random() < 0.6:
        parts.append("\n".join("- " + x.format(A=a.capitalize(), B=b.capitalize(), C=c.capitalize())
                               for x in rng.sample(_BUL, rng.randint(3, 5))))
    parts.append(" ".join(s.format(a=a, b=b, c=c) for s in sents[n // 2 + 1:]) or "Let me know if you'd like more detail.")
    return "\n\n".join(p for p in parts if p.strip())


_LANGS = [("python", "python", ["python", "pandas", "django", "flask", "numpy", "pytorch", "script"]),
          ("cpp", "cpp", ["c++", "cpp"]), ("rust", "rust", ["rust", "cargo"]), ("go", "go", ["golang", " go "]),
          ("javascript", "javascript", ["javascript", "node", "react", "js"]), ("typescript", "typescript", ["typescript", "tsx"]),
          ("sql", "sql", ["sql", "query", "postgres", "mysql"]), ("java", "java", ["java ", "spring"]),
          ("bash", "bash", ["bash", "shell", "linux"]), ("csharp", "csharp", ["c#", ".net", "unity"])]


def code_lang(prompt):
    p = prompt.lower()
    for name, fence, keys in _LANGS:
        if any(k in p for k in keys):
            return fence
    return "python"


def snake(words):
    return "_".join(w.replace("-", "_").replace("'", "") for w in words)[:40] or "solve"


def camel(words):
    s = "".join(w.replace("-", "").replace("'", "").capitalize() for w in words)[:40] or "Solve"
    return s[0].lower() + s[1:]


def code_block(rng, lang, words):
    fn = snake(words[:2])
    cf = camel(words[:2])
    v = rng.choice(["items", "data", "values", "rows", "nodes", "records"])
    if lang == "python":
        body = ("from typing import Iterable\n\n\ndef %s(%s: Iterable) -> list:\n    \"\"\"Process %s.\"\"\"\n"
                "    result = []\n    for item in %s:\n        if item is None:\n            continue\n"
                "        result.append(item)\n    return result\n\n\nif __name__ == \"__main__\":\n    print(%s([1, 2, 3]))\n"
                % (fn, v, " ".join(words), v, fn))
    elif lang in ("javascript", "typescript"):
        ty = ": unknown[]" if lang == "typescript" else ""
        body = ("export function %s(%s%s) {\n  const out = [];\n  for (const x of %s) {\n    if (x == null) continue;\n"
                "    out.push(x);\n  }\n  return out;\n}\n\nconsole.log(%s([1, 2, 3]));\n" % (cf, v, ty, v, cf))
    elif lang == "cpp":
        body = ("#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n"
                "    int t; cin >> t;\n    while (t--) {\n        string s; cin >> s;\n        // %s\n"
                "        cout << (s.size() ? \"YES\" : \"NO\") << '\\n';\n    }\n    return 0;\n}\n" % " ".join(words))
    elif lang == "rust":
        body = ("fn %s(%s: &[i64]) -> Vec<i64> {\n    %s.iter().copied().filter(|x| *x >= 0).collect()\n}\n\n"
                "fn main() {\n    println!(\"{:?}\", %s(&[1, -2, 3]));\n}\n" % (fn, v, v, fn))
    elif lang == "go":
        body = ("package main\n\nimport \"fmt\"\n\nfunc %s(%s []int) []int {\n\tout := make([]int, 0, len(%s))\n"
                "\tfor _, x := range %s {\n\t\tif x >= 0 {\n\t\t\tout = append(out, x)\n\t\t}\n\t}\n\treturn out\n}\n\n"
                "func main() {\n\tfmt.Println(%s([]int{1, -2, 3}))\n}\n" % (cf, v, v, v, cf))
    elif lang == "sql":
        body = ("SELECT t.id,\n       COUNT(*) AS n,\n       SUM(t.amount) AS total\nFROM %s AS t\nWHERE t.created_at >= NOW() - INTERVAL '30 days'\n"
                "GROUP BY t.id\nORDER BY total DESC\nLIMIT 50;\n" % snake(words[:1]))
    elif lang == "bash":
        body = ("#!/usr/bin/env bash\nset -euo pipefail\n\nfor f in \"$@\"; do\n  echo \"processing $f\"\n  wc -l \"$f\"\ndone\n")
    else:
        body = ("public static List<object> %s(IEnumerable<object> %s)\n{\n    return %s.Where(x => x != null).ToList();\n}\n"
                % (cf, v, v))
    return "```%s\n%s```" % (lang, body)


def answer_code(rng, prompt, explain=True):
    lang = code_lang(prompt)
    kw = keywords(prompt, 3)
    intro = rng.choice(["Here's an implementation:", "Below is a working solution.", "You can do it like this:",
                        "Here is one way to approach it.", "Sure - here's the code:"])
    out = intro + "\n\n" + code_block(rng, lang, kw)
    if explain:
        out += "\n\n" + rng.choice(["**How it works:**", "Explanation:", "Notes:"]) + "\n" + "\n".join(
            "%d. %s" % (i + 1, s) for i, s in enumerate(rng.sample([
                "The input is validated before processing.", "Each element is visited exactly once, so it runs in O(n).",
                "Edge cases such as empty input return early.", "The main block shows a small usage example.",
                "You can adapt the filter condition to your data.", "Errors are surfaced instead of silently ignored."],
                rng.randint(2, 4))))
    return out


def clean_steps(steps):
    return [s if s.endswith((".", "!", "?", ":")) else s + "." for s in steps]


_LOWER_OK = set("He She The So There This That It If In Then Since Each After Now They We Her His Their There's "
                "Altogether Together Total In all Adding Subtracting Multiplying".split())


def answer_gsm(rng, item, style="plain"):
    q, steps, final = item
    steps = clean_steps(steps)
    if style == "plain":
        return " ".join(steps) + "\nThe answer is %s." % final
    if style == "tutor":
        return ("Let's work through it together!\n\n" + "\n".join("- " + s for s in steps) +
                "\n\nSo the answer is **%s**. Does that make sense?" % final)
    if style == "brief":
        return "%s" % final if rng.random() < 0.5 else "The answer is %s." % final
    # detailed chain-of-thought style, as an extraction campaign wants it
    conn = ["First, ", "Next, ", "Then, ", "After that, ", "Now, ", "Finally, "]
    lines = ["Let me restate the problem: " + q.split(".")[0].strip() + ".", ""]
    for i, s in enumerate(steps):
        if s.split(" ", 1)[0] in _LOWER_OK:
            s = s[0].lower() + s[1:]
        lines.append("Step %d: %s%s" % (i + 1, conn[min(i, len(conn) - 1)] if i < len(steps) - 1 else "Finally, ", s))
        if rng.random() < 0.35:
            lines.append("  (Check: this quantity follows directly from the previous step.)")
    lines.append("")
    lines.append("Verification: substituting back, every stated condition holds.")
    lines.append("Final answer: %s" % final)
    return "\n".join(x for x in lines if x is not None)


_R_HEAD = ["**Analyzing the request**", "**Clarifying the task**", "**Breaking down the problem**",
           "**Considering the approach**", "**Evaluating options**", "**Working through the math**",
           "**Planning the solution**", "**Checking the constraints**"]
_R_BODY = ["I need to figure out what the user is really asking about {a}.",
           "The user wants help with {a}; I should consider {b} as well.",
           "Let me think about how {a} relates to {b} before answering.",
           "I'll outline a clear approach and double-check the details around {b}.",
           "There might be an edge case involving {c}, so I'll keep that in mind.",
           "I'll keep the answer concise but make sure the key points about {a} are covered.",
           "I should verify the result against the original conditions."]


def reasoning_summary(rng, text, steps=None, long=False):
    kw = keywords(text)
    while len(kw) < 3:
        kw.append("the question")
    a, b, c = kw[:3]
    n = rng.randint(3, 5) if long else rng.randint(1, 3)
    paras = []
    for i in range(n):
        body = " ".join(s.format(a=a, b=b, c=c) for s in rng.sample(_R_BODY, 2))
        if steps and i == n - 1:
            body += " " + " ".join(steps[:3])
        paras.append(rng.choice(_R_HEAD) + "\n\n" + body)
    return "\n\n".join(paras)
