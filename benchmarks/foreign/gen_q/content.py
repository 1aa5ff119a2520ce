"""Prompt wrappers and synthetic responses / reasoning traces."""
import re

from lang import L

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{4,}")
_STOP = {"which", "would", "there", "their", "about", "these", "write", "using", "should", "could", "where", "given",
         "please", "following", "answer", "question", "people", "other", "first", "after", "every", "being", "while"}


def tok(s):
    """Rough token count: ~4 chars per token for ASCII, ~1 token per CJK/non-Latin char cluster."""
    n = len(s)
    b = len(s.encode("utf-8"))
    if b == n:
        return n // 4 + 1
    return (n - (b - n) // 2) // 4 + (b - n) // 3 + 1


def keywords(text, k=4):
    seen = []
    for w in _WORD.findall(text[:400]):
        lw = w.lower()
        if lw in _STOP or lw in seen:
            continue
        seen.append(lw)
        if len(seen) >= k:
            break
    return seen or ["the problem"]


# ------------------------------------------------------------------ GSM8K-style answers
def gsm_steps(body):
    return [s.strip() for s in body.split("\n") if s.strip()]


def gsm_answer(rng, body, final, style="plain"):
    steps = gsm_steps(body)
    if style == "brief":
        return f"{steps[-1] if steps else ''}\nThe answer is {final}."
    if style == "numbered":
        return "\n".join(f"Step {i + 1}: {s}" for i, s in enumerate(steps)) + f"\n\nFinal answer: {final}"
    if style == "boxed":
        return "Let's solve this step by step.\n\n" + "\n".join(steps) + f"\n\nTherefore, the answer is $\\boxed{{{final}}}$."
    if style == "cot":
        intro = rng.choice(["Let's think step by step.", "Let's break this down.", "We work through it carefully."])
        return intro + " " + " ".join(steps) + f" The answer is {final}."
    if style == "json":
        st = ", ".join('"' + s.replace('"', "'") + '"' for s in steps)
        return '{"steps": [' + st + '], "final_answer": "' + final + '"}'
    return "\n".join(steps) + f"\n#### {final}"


_R_OPEN = ["Okay, let me read the problem carefully.", "Alright, let's see what's being asked.",
           "Let me parse this.", "First, what do we know?", "Okay, so the question is:"]
_R_CHECK = ["Wait, let me double-check that.", "Hmm, is that right? Let me verify.", "Let me re-read the question to be sure.",
            "Actually, let me recompute that step.", "Sanity check:"]


def reasoning_steps(rng, question, steps, final, effort="medium"):
    q = question.strip().split(". ")
    parts = [rng.choice(_R_OPEN), q[0][:240] + "."]
    for s in steps:
        parts.append(s)
        if effort != "low" and rng.random() < (0.35 if effort == "medium" else 0.6):
            parts.append(rng.choice(_R_CHECK) + " " + s.split("=")[0].strip()[:120] + " gives the same result, good.")
    if effort == "high":
        parts.append("Let me consider whether there's any trick in the wording... no, the quantities are straightforward.")
    parts.append(f"So the final answer should be {final}.")
    return " ".join(parts)


def reasoning_generic(rng, prompt, effort="medium", lang="en"):
    kw = keywords(prompt)
    n = {"low": 2, "medium": 4, "high": 7}.get(effort, 4)
    if kw == ["the problem"]:
        digits = sum(ch.isdigit() for ch in prompt[:300])
        what = "a word problem with several quantities" if digits >= 3 else "a general question"
        if lang != "en":
            what += f" written in {L[lang]['name']}"
        parts = [f"This is {what}."]
        kw = ["the quantities", "the final result"] if digits >= 3 else ["the main point", "the context"]
        if digits >= 3:
            nums = [t for t in re.findall(r"\d+", prompt[:400])][:4]
            if nums:
                parts.append("The numbers given are " + ", ".join(nums) + ". Let me set up the computation.")
    else:
        parts = [f"The user is asking about {', '.join(kw[:3])}."]
    moves = ["I should figure out what they actually need here.", "Let me recall the relevant facts.",
             f"Key considerations: {kw[0]} and how it relates to {kw[-1]}.",
             "There might be an edge case worth mentioning.", "I'll structure the answer with a short summary first.",
             "Maybe an example would help.", "Let me make sure I'm not overcomplicating this.",
             "I need to check the constraints again.", "A code snippet could make it concrete.",
             "The answer should be concise but complete."]
    for i in range(n):
        parts.append(moves[rng.randrange(len(moves))])
    if lang != "en":
        parts.append(f"The user wrote in {L[lang]['name']}, so I'll respond in that language.")
    parts.append("Okay, let me write the response.")
    return " ".join(parts)


# ------------------------------------------------------------------ generic answers
_LANGS_CODE = [("python", "python"), ("c++", "cpp"), ("rust", "rust"), ("javascript", "javascript"), ("typescript", "typescript"),
               ("sql", "sql"), ("java", "java"), ("bash", "bash"), ("go ", "go"), ("golang", "go"), ("c#", "csharp"),
               ("kotlin", "kotlin"), ("swift", "swift"), ("vba", "vb"), ("zig", "zig"), ("haskell", "haskell")]


def code_lang(prompt):
    p = prompt.lower()[:800]
    for k, v in _LANGS_CODE:
        if k in p:
            return v
    return "python"


def code_answer(rng, prompt):
    lang = code_lang(prompt)
    kw = keywords(prompt)
    fn = "_".join(w.replace("-", "_") for w in kw[:2])
    if lang == "python":
        code = (f"def {fn}(data):\n    \"\"\"Handle {kw[0]}.\"\"\"\n    result = []\n    for item in data:\n"
                f"        if not item:\n            continue\n        result.append(process(item))\n    return result\n\n\n"
                f"def process(item):\n    # {' '.join(kw)}\n    return item\n")
    elif lang in ("cpp", "java", "csharp", "javascript", "typescript", "go", "rust", "kotlin", "swift", "zig"):
        code = (f"// {' '.join(kw)}\nfunction {fn}(input) {{\n  const out = [];\n  for (const x of input) {{\n"
                f"    if (!x) continue;\n    out.push(transform(x));\n  }}\n  return out;\n}}\n")
    elif lang == "sql":
        code = f"SELECT id, {kw[0].replace('-', '_')}, COUNT(*) AS n\nFROM events\nWHERE created_at >= NOW() - INTERVAL '7 days'\nGROUP BY id, {kw[0].replace('-', '_')}\nORDER BY n DESC;\n"
    else:
        code = f"# {' '.join(kw)}\nset -euo pipefail\nfor f in \"$@\"; do\n  echo \"processing $f\"\ndone\n"
    intro = rng.choice(["Here's an implementation:", "Below is a working solution.", "You can do it like this:",
                        "Here is one way to approach it."])
    outro = rng.choice(["This runs in linear time.", "Let me know if you need tests for it.",
                        "You may want to add error handling for edge cases.", "Adjust the names to fit your codebase."])
    return f"{intro}\n\n```{lang}\n{code}```\n\n**How it works**\n- It iterates over the input once.\n- Empty entries are skipped.\n\n{outro}"


def essay_answer(rng, prompt, n_sec=None):
    kw = keywords(prompt)
    n_sec = n_sec or rng.randint(2, 4)
    secs = []
    for i in range(n_sec):
        w = kw[i % len(kw)]
        secs.append(f"**{i + 1}. {w.capitalize()}**\n" + rng.choice([
            f"The role of {w} is central here; it shapes the rest of the answer.",
            f"Consider {w} first: most of the difficulty comes from it.",
            f"When it comes to {w}, there are trade-offs worth spelling out.",
            f"A practical view of {w} helps ground the discussion."]))
    return rng.choice(["Here's a structured overview.", "Good question. Let's break it down.", "Sure."]) + "\n\n" + \
        "\n\n".join(secs) + "\n\n" + rng.choice(["In summary, each of these points matters.", "Hope this helps!",
                                                "Let me know if you want me to expand on any section."])


def hard_answer(rng, prompt):
    p = prompt.lower()[:600]
    if any(w in p for w in ("code", "function", "script", "program", "implement", "```", "sql", "class ")):
        return code_answer(rng, prompt)
    return essay_answer(rng, prompt)


def si_answer(rng, out, inst):
    if out and len(out) > 2:
        return out
    return essay_answer(rng, inst, 2)


def refusal(rng, lang="en"):
    if lang == "en":
        return rng.choice(["I can't help with that request.", "I'm sorry, but I can't assist with that.",
                           "I won't provide instructions for that, but I'm happy to help with something else.",
                           "I can't do that. If you're researching this topic for safety purposes, I can discuss it at a high level."])
    return L[lang]["refuse"]


def lang_answer(rng, lang, q, sol=None):
    if sol:
        d = L[lang]
        return d["open"][rng.randrange(len(d["open"]))] + "\n\n" + sol.replace(". ", ".\n").replace("。", "。\n").replace("; ", ";\n")
    from lang import chat_response
    return chat_response(rng, lang)


# ------------------------------------------------------------------ tools
TOOLS_CODING = [
    {"type": "function", "function": {"name": "read_file", "description": "Read a file from the workspace",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {"name": "write_file", "description": "Write content to a file",
                                      "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
                                                     "required": ["path", "content"]}}},
    {"type": "function", "function": {"name": "run_command", "description": "Run a shell command",
                                      "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}},
    {"type": "function", "function": {"name": "search_code", "description": "Search the repository",
                                      "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}},
]
TOOLS_SUPPORT = [
    {"type": "function", "function": {"name": "lookup_order", "description": "Look up an order by id",
                                      "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}},
    {"type": "function", "function": {"name": "create_ticket", "description": "Open a support ticket",
                                      "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string"}},
                                                     "required": ["summary"]}}},
]
TOOLS_TRAVEL = [
    {"type": "function", "function": {"name": "search_flights", "description": "Search flights",
                                      "parameters": {"type": "object", "properties": {"origin": {"type": "string"}, "destination": {"type": "string"},
                                                                                      "date": {"type": "string"}}, "required": ["origin", "destination"]}}},
    {"type": "function", "function": {"name": "get_weather", "description": "Weather forecast for a city",
                                      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}},
    {"type": "function", "function": {"name": "book_hotel", "description": "Book a hotel room",
                                      "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "nights": {"type": "integer"}},
                                                     "required": ["city"]}}},
    {"type": "function", "function": {"name": "convert_currency", "description": "Convert an amount between currencies",
                                      "parameters": {"type": "object", "properties": {"amount": {"type": "number"}, "from": {"type": "string"},
                                                                                      "to": {"type": "string"}}, "required": ["amount", "from", "to"]}}},
    {"type": "function", "function": {"name": "run_sql", "description": "Run a read-only SQL query",
                                      "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}},
]

REPO_FILES = ["src/app.py", "src/utils/dates.py", "tests/test_api.py", "lib/parser.ts", "cmd/server/main.go", "src/lib.rs",
              "package.json", "README.md", "src/components/Table.tsx", "api/handlers/user.py", "Makefile", "pyproject.toml"]


def tool_call(rng, name, args_json, call_id):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": args_json}}
