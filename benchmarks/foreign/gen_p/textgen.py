"""Response, reasoning and item synthesis.  Real corpus answers are used where they exist
(Arena conversations, GSM8K solutions, Self-Instruct outputs); elsewhere answers are built
from hand-written banks."""

import re

from lang import (ANS_CLOSE, ANS_OPEN, ANS_POINTS, CAT, CURRENCY, GOODS, ITEMS, MATH, NAMES, REASON_LEAD,
                  TICKETS, TICKET_SUMMARY)

_CALC = re.compile(r"<<[^>]*>>")


def first_sentence(s, n=90):
    s = " ".join(s.split())
    m = re.search(r"[.?!\n](\s|$)", s)
    if m and m.start() < n:
        s = s[:m.start() + 1]
    return s[:n].rstrip() + ("..." if len(s) > n else "")


# ---------------------------------------------------------------- GSM8K
def gsm_steps(answer):
    body, _, final = answer.partition("####")
    steps = [_CALC.sub("", l).strip() for l in body.strip().split("\n") if l.strip()]
    return steps, final.strip().replace(",", "")


def gsm_response(answer, style, rng):
    steps, final = gsm_steps(answer)
    if style == "brief":
        return final if rng.random() < 0.5 else "The answer is %s." % final
    if style == "numbered":
        return "\n".join("Step %d: %s" % (i + 1, s) for i, s in enumerate(steps)) + "\n\nFinal answer: %s" % final
    if style == "tutor":
        intro = rng.choice(["Great question! Let's work through it together.", "Sure, let's break this down.",
                            "No problem. Here's how to think about it.", "Let's take it one piece at a time."])
        mid = "\n".join("- " + s for s in steps)
        return "%s\n\n%s\n\nSo the answer is **%s**. %s" % (intro, mid, final, rng.choice(
            ["Does that make sense?", "Try a similar one yourself and check with the same method.", "Let me know if any step is unclear.", ""]))
    if style == "full":
        return steps_response(steps, final, "full", rng)
    if style == "json":
        return '{"reasoning": "%s", "answer": "%s"}' % (" ".join(steps).replace('"', "'")[:900], final)
    return "\n".join(steps) + "\n\nThe answer is %s." % final


_OPEN = ["Let me reason through this carefully.", "Let's work through it.", "Here's the reasoning, step by step.", "Sure. Breaking it down:",
         "Okay, let's solve this.", "We can solve this in a few steps.", "Let's set it up.", ""]
_CHECKS = ["Checking this step: it is consistent with the problem statement.", "(This matches the information given.)",
           "Quick check: the units line up.", "Note that this uses the value from the previous step.", "Double-checking: yes, that's right."]
_VERIFY = ["Verifying: substituting back into the original conditions gives a consistent result.", "Check: the result is consistent with every condition in the problem.",
           "Sanity check: the answer is in a reasonable range.", "Looking back, each step follows from the one before.", ""]
_FINAL = ["Final answer: %s", "**Answer: %s**", "So the answer is %s.", "Therefore, the answer is %s.", "The answer is %s."]


def steps_response(steps, final, style, rng):
    """A worked answer; wording varies so that no response boilerplate marks a population."""
    if style == "brief":
        return rng.choice(_FINAL) % final
    if style == "plain":
        return "\n".join(steps) + "\n\n" + rng.choice(_FINAL) % final
    numbered = rng.random() < 0.6
    out = [rng.choice(_OPEN)]
    for i, s in enumerate(steps):
        out.append(("%d. %s" % (i + 1, s)) if numbered else ("- " + s if rng.random() < 0.5 else s))
        if rng.random() < 0.25:
            out.append("   " + rng.choice(_CHECKS))
    out.append(rng.choice(_VERIFY))
    out.append(rng.choice(_FINAL) % final)
    return "\n".join(x for x in out if x)


# ---------------------------------------------------------------- in-language maths
def math_vars(kind, rng, lang):
    cur, scale = CURRENCY[lang]
    v = {"name": rng.choice(NAMES[lang]), "cur": cur}
    it = rng.choice(ITEMS[lang])
    if "|" in it:
        it, cl = it.split("|")
    else:
        cl = ""
    v["item"], v["cl"] = it, cl
    v["good"] = rng.choice(GOODS[lang])
    if kind == 0:
        a, b = rng.randint(5, 60), rng.randint(3, 40)
        c = rng.randint(1, a + b - 1)
        v.update(a=a, b=b, c=c, s=a + b, ans=a + b - c)
    elif kind == 1:
        p, n = rng.randint(2, 25) * scale, rng.randint(2, 6)
        cost = p * n
        m = ((cost // (10 * scale)) + 1) * 10 * scale if rng.random() < 0.6 else ((cost // (50 * scale)) + 1) * 50 * scale
        v.update(p=p, n=n, cost=cost, m=m, ans=m - cost)
    elif kind == 2:
        x, d = rng.randint(2, 25), rng.randint(3, 30)
        v.update(x=x, d=d, ans=x * d)
    elif kind == 3:
        n = rng.choice([20, 24, 25, 30, 32, 36, 40, 45, 48, 50])
        ks = [k for k in range(5, 95, 5) if n * k % 100 == 0]
        k = rng.choice(ks)
        g = n * k // 100
        v.update(n=n, k=k, girls=g, ans=n - g)
    elif kind == 4:
        s = rng.choice([2, 3, 4, 5])
        q = rng.randint(2, 6)
        a = rng.randint(1, 5)
        v.update(a=a, s=s, t=s * q, q=q, ans=a * q)
    else:
        a = rng.randint(2, 30) * scale
        w = rng.randint(3, 20)
        v.update(a=a, T=a * w, ans=w)
    return v


def math_item(lang, rng, kind=None):
    k = rng.randrange(6) if kind is None else kind
    q, steps, final = MATH[lang][k]
    v = math_vars(k, rng, lang)
    return q.format(**v), [s.format(**v) for s in steps], final.format(**v)


def math_response(steps, final, style, rng):
    if style == "brief":
        return final
    if style == "numbered":
        return "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(steps)) + "\n\n" + final
    return "\n".join(steps) + "\n\n" + final


# ---------------------------------------------------------------- generic chat answers
def chat_answer(lang, rng, n=None):
    pts = rng.sample(ANS_POINTS[lang], n or rng.randint(3, 5))
    return "%s\n\n%s\n\n%s" % (rng.choice(ANS_OPEN[lang]), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts)),
                               rng.choice(ANS_CLOSE[lang]))


# ---------------------------------------------------------------- catalogue & tickets
def catalogue_idx(rng):
    return (rng.randrange(12), rng.randrange(8), rng.randrange(6), rng.randrange(6), rng.randrange(8), rng.randrange(8))


def catalogue_text(lang, idx):
    c = CAT[lang]
    p, col, adj, mat, feat, use = idx
    return c["tpl"].format(product=c["product"][p], color=c["color"][col], adj=c["adj"][adj], material=c["material"][mat],
                           feature=c["feature"][feat], use=c["use"][use])


def ticket(lang, rng):
    k = rng.randrange(6)
    pi = rng.randrange(12)
    prod = CAT[lang]["product"][pi]
    if lang in ("es", "id", "vi", "sw"):
        prod = prod[0].lower() + prod[1:]
    v = {"order": "%s-%d" % (rng.choice(["ORD", "SO", "A", "INV"]), rng.randint(100000, 9999999)),
         "days": rng.randint(3, 21), "product": prod}
    ven = dict(v, product=CAT["en"]["product"][pi])
    return TICKETS[lang][k].format(**v), TICKET_SUMMARY[k].format(**ven), k, v["order"]


# ---------------------------------------------------------------- synthetic answers to Arena-hard prompts
SNIP = {
    "python": ["def solve(data):\n    seen = {}\n    for i, x in enumerate(data):\n        if x in seen:\n            return seen[x], i\n        seen[x] = i\n    return None\n\n\nif __name__ == \"__main__\":\n    print(solve([3, 1, 4, 1, 5]))",
               "import pandas as pd\n\ndf = pd.read_csv(\"input.csv\")\nsummary = (df.groupby(\"category\")[\"amount\"]\n             .agg([\"count\", \"sum\", \"mean\"])\n             .sort_values(\"sum\", ascending=False))\nprint(summary.head(10))",
               "from dataclasses import dataclass\n\n@dataclass\nclass Node:\n    value: int\n    left: \"Node | None\" = None\n    right: \"Node | None\" = None\n\n\ndef height(node):\n    if node is None:\n        return 0\n    return 1 + max(height(node.left), height(node.right))",
               "import asyncio\nimport aiohttp\n\nasync def fetch(session, url):\n    async with session.get(url, timeout=10) as r:\n        r.raise_for_status()\n        return await r.text()\n\nasync def main(urls):\n    async with aiohttp.ClientSession() as s:\n        return await asyncio.gather(*(fetch(s, u) for u in urls))"],
    "javascript": ["function debounce(fn, wait = 300) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn.apply(this, args), wait);\n  };\n}\n\nexport default debounce;",
                   "const groupBy = (xs, key) =>\n  xs.reduce((acc, x) => {\n    (acc[x[key]] ||= []).push(x);\n    return acc;\n  }, {});\n\nconsole.log(groupBy(orders, \"status\"));"],
    "cpp": ["#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int t; cin >> t;\n    while (t--) {\n        string s; cin >> s;\n        int diff = 0;\n        for (int i = 0; i < 3; i++) diff += s[i] != \"abc\"[i];\n        cout << (diff <= 2 ? \"YES\" : \"NO\") << '\\n';\n    }\n}",
            "template <typename T>\nT clamp_value(T v, T lo, T hi) {\n    return std::max(lo, std::min(v, hi));\n}"],
    "sql": ["SELECT customer_id,\n       COUNT(*) AS orders,\n       SUM(total) AS revenue\nFROM orders\nWHERE created_at >= DATE '2024-01-01'\nGROUP BY customer_id\nHAVING COUNT(*) > 3\nORDER BY revenue DESC;",
            "WITH ranked AS (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY ts DESC) AS rn\n  FROM events\n)\nSELECT * FROM ranked WHERE rn = 1;"],
    "rust": ["use std::collections::HashMap;\n\nfn word_counts(text: &str) -> HashMap<&str, usize> {\n    let mut m = HashMap::new();\n    for w in text.split_whitespace() {\n        *m.entry(w).or_insert(0) += 1;\n    }\n    m\n}"],
    "go": ["func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {\n\tdefer wg.Done()\n\tfor j := range jobs {\n\t\tresults <- j * j\n\t}\n}"],
    "bash": ["#!/usr/bin/env bash\nset -euo pipefail\nfor f in \"$@\"; do\n  [[ -f \"$f\" ]] || continue\n  gzip -9 \"$f\"\ndone"],
}
_LANG_RE = [("python", r"python|pandas|numpy|django|flask"), ("javascript", r"javascript|typescript|react|node|\bjs\b"),
            ("cpp", r"c\+\+|\bcpp\b"), ("sql", r"\bsql\b|postgres|mysql|query"), ("rust", r"\brust\b"),
            ("go", r"\bgolang\b|\bgo\b"), ("bash", r"bash|shell script")]
CODE_NOTES = ["The function runs in linear time and uses a dictionary for constant-time lookups.",
              "Edge cases (empty input, duplicates) are handled explicitly.",
              "You can adapt the column names to match your schema.",
              "For production use, add logging and input validation.",
              "I kept it dependency-free so it runs anywhere.",
              "If performance matters, profile it on realistic data first.",
              "Error handling is minimal to keep the example short."]
GEN_POINTS = ["Start by clarifying the goal and the constraints; most of the difficulty comes from what is left implicit.",
              "Consider the trade-offs: speed versus accuracy, cost versus flexibility.",
              "A common pitfall is optimising too early; get a simple version working first.",
              "It helps to look at a concrete example before generalising.",
              "There are several reasonable approaches; which one fits depends on your context.",
              "Keep track of assumptions so you can revisit them if results look off.",
              "Measure the outcome and iterate rather than aiming for perfection on the first pass."]
MATH_LINES = ["Let's denote the unknown quantity by x and write down what we know.",
              "By the given condition, the two expressions must be equal, so we can solve for x.",
              "Rearranging terms gives a simpler equivalent form.",
              "We can check the boundary cases separately to make sure nothing is missed.",
              "Using symmetry, it suffices to consider one of the cases.",
              "Substituting back confirms the result satisfies all the conditions.",
              "The probability is the number of favourable outcomes divided by the total number of outcomes."]
CREATIVE = ["The morning came slowly over the harbour, gold spilling across the water.",
            "She kept the letter folded in her coat pocket, unread, for three winters.",
            "Somewhere beyond the ridge, a bell rang once and then fell silent.",
            "Nobody in the village remembered who had planted the old fig tree.",
            "He laughed, and for a moment the kitchen felt like home again.",
            "The city hummed beneath them, a thousand small lights refusing to sleep.",
            "In the end, it was not the storm they remembered, but the quiet after it."]


def code_lang(prompt):
    p = prompt[:600].lower()
    for name, pat in _LANG_RE:
        if re.search(pat, p):
            return name
    return "python"


def code_answer(prompt, rng):
    cl = code_lang(prompt)
    snip = rng.choice(SNIP[cl])
    notes = rng.sample(CODE_NOTES, 3)
    return "Here's one way to do it:\n\n```%s\n%s\n```\n\n**How it works**\n%s" % (
        cl if cl != "cpp" else "cpp", snip, "\n".join("- " + n for n in notes))


def hard_answer(item, rng):
    cat, p = item["cat"], item["prompt"]
    if cat == "coding":
        return code_answer(p, rng)
    if cat == "math":
        lines = rng.sample(MATH_LINES, 4)
        return "Let's set this up carefully.\n\n" + "\n\n".join(lines) + "\n\nSo the result follows from the steps above."
    if cat == "creative_writing":
        lines = rng.sample(CREATIVE, 4)
        return "**%s**\n\n%s" % (rng.choice(["Untitled", "Harbour Light", "After the Storm", "The Fig Tree", "Small Lights"]),
                                 "\n\n".join(lines))
    pts = rng.sample(GEN_POINTS, 4)
    return "Regarding \"%s\":\n\n%s\n\nIn short, the right choice depends on your constraints, but the points above cover the main considerations." % (
        first_sentence(p, 70), "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(pts)))


# ---------------------------------------------------------------- reasoning fields
_R_OPEN = ["Okay, let me work through this.", "Let me think about what is being asked.", "Alright.", "First, parse the problem.",
           "Hmm, let me read this carefully."]
_R_CHECK = ["Wait, let me double-check that.", "Let me verify.", "Hold on, is that right? Recomputing.", "Sanity check."]
_R_GEN = ["I should figure out what the user actually needs here.", "There are a few angles: correctness, clarity, and length.",
          "The user probably wants a concrete answer rather than a survey.", "Let me outline the structure first, then fill it in.",
          "I should mention the main trade-off explicitly.", "An example would help make this concrete.",
          "I need to be careful not to overcomplicate this.", "Consider edge cases before finalising."]


def reasoning_math(steps, final, rng, effort="medium", lang="en"):
    out = [rng.choice(_R_OPEN)]
    if lang != "en":
        out.append(REASON_LEAD[lang])
    for s in steps:
        out.append(s)
        if effort == "high" and rng.random() < 0.6:
            out.append(rng.choice(_R_CHECK) + " " + s)
    if effort == "high":
        out.append("Let me re-read the question to make sure I answered what was asked. Yes.")
    out.append("So the final answer is %s." % final)
    return " ".join(out) if effort == "low" else "\n".join(out)


def reasoning_general(prompt, rng, effort="medium", lang="en"):
    n = {"low": 2, "medium": 4, "high": 7}.get(effort, 4)
    out = ["The user asks: \"%s\"" % first_sentence(prompt, 80)]
    if lang != "en":
        out.append(REASON_LEAD[lang])
    out += rng.sample(_R_GEN, min(n, len(_R_GEN)))
    if effort == "high":
        out.append(rng.choice(_R_CHECK) + " The plan covers the question; write the answer.")
    return "\n".join(out)
