# -*- coding: utf-8 -*-
"""Assembled assistant replies and reasoning traces, plus the exchange 'spec' helpers and the
per-account driver that turns specs into timed records."""
import re

import math

from core import (M_CODE, M_INDIC, M_MINI, M_NEW, M_PRO, M_THINK, REASONING_MODELS, RELEASE_S, WEEK_S, HOUR,
                  chance, hexid, pick, session_starts, wpick)
from corpora import gsm_steps
import lang as L

# ----------------------------------------------------------------------------------------------
# Replies
# ----------------------------------------------------------------------------------------------
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_+#.-]*")


def subject_of(prompt, n=9):
    first = prompt.strip().split("\n")[0]
    w = first.split()
    s = " ".join(w[:n])
    return s.rstrip(".,:;?!") if s else "your request"


def r_gsm(rng, item, lang="en", brief=False):
    steps, final = gsm_steps(item["answer"])
    if brief:
        return "%s\n\n**%s:** %s" % (steps[-1] if steps else "", L.WORDS.get(lang, L.WORDS["en"])[1], final), steps, final
    return L.worked_reply(lang, steps, final), steps, final


_CODE_LANG = [("python", "python"), ("pandas", "python"), ("django", "python"), ("javascript", "javascript"),
              ("react", "javascript"), ("node", "javascript"), ("typescript", "typescript"), ("c++", "cpp"),
              ("rust", "rust"), ("golang", "go"), (" go ", "go"), ("sql", "sql"), ("java ", "java"), ("bash", "bash"),
              ("powershell", "powershell"), ("vba", "vb"), ("kotlin", "kotlin"), ("swift", "swift"), ("zig", "zig")]
_CODE_BODY = {
    "python": "def {f}({a}):\n    \"\"\"{d}\"\"\"\n    result = []\n    for item in {a}:\n        if item is None:\n            continue\n        result.append(item)\n    return result\n\n\nif __name__ == \"__main__\":\n    print({f}([1, 2, None, 3]))",
    "javascript": "function {f}({a}) {{\n  // {d}\n  return {a}.filter(x => x != null).map(x => x);\n}}\n\nconsole.log({f}([1, 2, null, 3]));",
    "typescript": "export function {f}({a}: number[]): number[] {{\n  // {d}\n  return {a}.filter((x) => x !== undefined);\n}}",
    "cpp": "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {{\n    // {d}\n    int t; cin >> t;\n    while (t--) {{\n        string s; cin >> s;\n        cout << s << \"\\n\";\n    }}\n    return 0;\n}}",
    "sql": "-- {d}\nSELECT customer_id, COUNT(*) AS orders, SUM(amount) AS total\nFROM orders\nWHERE created_at >= DATE '2027-01-01'\nGROUP BY customer_id\nORDER BY total DESC\nLIMIT 10;",
    "rust": "fn {f}({a}: &[i64]) -> i64 {{\n    // {d}\n    {a}.iter().copied().sum()\n}}\n\nfn main() {{\n    println!(\"{{}}\", {f}(&[1, 2, 3]));\n}}",
    "go": "package main\n\nimport \"fmt\"\n\n// {f}: {d}\nfunc {f}({a} []int) int {{\n\ttotal := 0\n\tfor _, v := range {a} {{\n\t\ttotal += v\n\t}}\n\treturn total\n}}\n\nfunc main() {{ fmt.Println({f}([]int{{1, 2, 3}})) }}",
    "bash": "#!/usr/bin/env bash\n# {d}\nset -euo pipefail\nfor f in \"$@\"; do\n  echo \"processing $f\"\ndone",
}


def r_code(rng, prompt):
    p = " " + prompt.lower() + " "
    lang = "python"
    for k, v in _CODE_LANG:
        if k in p:
            lang = v
            break
    words = [w.lower() for w in _WORD.findall(prompt)[:40] if len(w) > 3]
    f = "_".join(words[:2]) if len(words) >= 2 else "solve"
    f = re.sub(r"[^a-z0-9_]", "", f)[:30] or "solve"
    body = _CODE_BODY.get(lang, _CODE_BODY["python"]).format(f=f, a="items", d=subject_of(prompt, 12))
    intro = pick(rng, ["Here's an implementation:", "Sure — here is a working version:", "You can do it like this:",
                       "Below is a clean solution."])
    outro = pick(rng, ["**How it works:** the function walks the input once, so it runs in O(n) time.",
                       "Run it with a few edge cases (empty input, duplicates) to confirm the behaviour.",
                       "Let me know if you need tests or a version without external dependencies."])
    return "%s\n\n```%s\n%s\n```\n\n%s" % (intro, lang, body, outro)


_GEN_SECTIONS = [
    "## Overview\n{s} involves a few moving parts; the short version is that the right choice depends on your constraints.",
    "## Key considerations\n- Scope: what exactly needs to be achieved\n- Constraints: time, budget, existing tools\n- Risks: what can go wrong and how you'd notice",
    "## Recommended approach\n1. Clarify the goal in one sentence.\n2. Start from a small working version.\n3. Measure, then iterate.",
    "## Example\nSuppose a team in Bengaluru needs this by Friday: they would start with the simplest option and add detail only where the data demands it.",
    "## Caveats\nSome details depend on information not in the question, so treat the numbers above as a starting point.",
    "## Summary\nIn short: define the goal, pick the simplest approach that meets it, and verify the result.",
]


def r_general(rng, prompt, n=None):
    s = subject_of(prompt)
    k = n or int(rng.integers(2, 5))
    idx = sorted(rng.choice(len(_GEN_SECTIONS), size=k, replace=False))
    return "\n\n".join(_GEN_SECTIONS[i].format(s=s) for i in idx)


def r_creative(rng, prompt):
    s = subject_of(prompt, 6)
    lines = ["The evening settled over the old city like a shawl,", "and the lamps came on, one window at a time.",
             "Somewhere a pressure cooker whistled twice;", "a scooter coughed, a child laughed, the tea went cold.",
             "She read the message again, then once more,", "and decided that tomorrow would be different."]
    k = int(rng.integers(3, 7))
    return "**%s**\n\n%s" % (s.title(), "\n".join(lines[:k]))


def r_item_generic(rng, prompt, cat=""):
    if cat == "coding":
        return r_code(rng, prompt)
    if cat == "creative_writing":
        return r_creative(rng, prompt)
    return r_general(rng, prompt)


REFUSALS = {
    "en": ["I can't help with that. If you're working on security research, I can explain general defensive practices instead.",
           "Sorry, I can't assist with that request.", "I won't be able to help with this, but I'm happy to help with something else.",
           "I can't take on a persona that ignores safety guidelines. What are you trying to accomplish? I may be able to help another way."],
    "hi": ["माफ़ कीजिए, मैं इसमें मदद नहीं कर सकता।"], "hinglish": ["Sorry, isme main help nahi kar sakta."],
}


def r_refusal(rng, lang="en"):
    return pick(rng, REFUSALS.get(lang, REFUSALS["en"]))


def reasoning_for(rng, model, prompt, steps=None, final=None, effort="medium", lang="en"):
    if model not in REASONING_MODELS:
        return None
    deep = {"minimal": 0.3, "low": 0.6, "medium": 1.0, "high": 2.0}.get(effort or "medium", 1.0)
    if model == M_NEW:
        deep *= 0.5     # the new model returns a reasoning summary
    if steps:
        return L.reasoning_text(rng, steps, final, lang, deep)
    return L.generic_reasoning(rng, prompt, deep)


# ----------------------------------------------------------------------------------------------
# Params
# ----------------------------------------------------------------------------------------------

def params_app(rng, model):
    p = {"temperature": 0.7, "stream": True}
    if model in REASONING_MODELS:
        p = {"stream": True, "reasoning_effort": wpick(rng, ["low", "medium", "high"], [3, 5, 2])}
    return p


def params_sdk(rng, model, style=None):
    p = {}
    if model in REASONING_MODELS:
        p["reasoning_effort"] = wpick(rng, ["low", "medium", "high"], [3, 5, 2])
        if chance(rng, 0.6):
            p["max_completion_tokens"] = int(pick(rng, [4096, 8192, 16000, 32000]))
    else:
        if chance(rng, 0.7):
            p["temperature"] = float(pick(rng, [0.0, 0.2, 0.3, 0.5, 0.7, 0.7, 1.0]))
        if chance(rng, 0.5):
            p["max_tokens"] = int(pick(rng, [256, 512, 1024, 1024, 2048, 4096]))
        if chance(rng, 0.15):
            p["top_p"] = float(pick(rng, [0.9, 0.95, 1.0]))
    if chance(rng, 0.35):
        p["stream"] = True
    return p


def model_pick(rng, t, items, weights, adopt=0.12, ramp_h=36):
    """Pick a model; after the mid-week release a growing share moves to the new model."""
    if t >= RELEASE_S and adopt > 0:
        ramp = min(1.0, (t - RELEASE_S) / (ramp_h * HOUR))
        if rng.random() < adopt * (0.3 + 0.7 * ramp):
            return M_NEW
    return wpick(rng, items, weights)


# ----------------------------------------------------------------------------------------------
# Specs and driver
# ----------------------------------------------------------------------------------------------

def X(messages, model, params, response, reasoning=None, **kw):
    d = {"messages": messages, "model": model, "params": params, "response": response, "reasoning": reasoning}
    d.update(kw)
    return d


def conv(rng, turns, model, params, system=None, end_user=None, gap=(25, 240)):
    """turns: list of (user_text, reply_text, reasoning or None) -> list of specs with growing history."""
    cid = "conv_" + hexid(rng, 8)
    hist = [{"role": "system", "content": system}] if system else []
    out = []
    for (u, a, rs) in turns:
        hist = hist + [{"role": "user", "content": u}]
        out.append(X(list(hist), model, params, a, rs, conv=cid, end_user=end_user,
                     dt=float(rng.uniform(*gap)) if out else 0.0))
        hist = hist + [{"role": "assistant", "content": a}]
    return out


def single(u, model, params, a, rs=None, system=None, legacy=False, **kw):
    if legacy:   # /v1/completions style: a bare prompt string
        return X(((system + "\n\n") if system else "") + u, model, params, a, rs, **kw)
    m = [{"role": "system", "content": system}] if system else []
    m.append({"role": "user", "content": u})
    return X(m, model, params, a, rs, **kw)


def volume(rng, mean, sigma=0.9, lo=1, hi=None):
    mu = math.log(max(mean, 1.0)) - sigma * sigma / 2
    v = int(max(lo, round(rng.lognormal(mu, sigma))))
    return min(v, hi) if hi else v


def drive(ctx, rng, acct, n, make, profile="human", per_session=(1, 6), gap=(20, 200), lo=0.0, hi=WEEK_S,
          err=0.006, rate429=0.0, day_mask=None, starts=None):
    """Emit about n exchanges for acct: sessions placed by a local diurnal profile, each session
    calling make(rng, acct, t) for lists of specs until n is reached."""
    em = ctx.em
    if n <= 0:
        return 0
    mean_ps = (per_session[0] + per_session[1]) / 2.0
    ns = max(1, int(round(n / mean_ps)))
    if starts is None:
        starts = session_starts(rng, ns, profile, acct.tz, lo, hi, day_mask)
    done = 0
    for s in starts:
        t = float(s)
        k = int(rng.integers(per_session[0], per_session[1] + 1))
        j = 0
        while j < k and done < n:
            specs = make(rng, acct, t)
            for sp in specs:
                t += sp.get("dt", 0.0)
                if t >= WEEK_S:
                    break
                _emit(em, rng, acct, t, sp, err, rate429)
                done += 1
                j += 1
            t += float(rng.uniform(*gap))
            if t >= WEEK_S:
                break
    return done


def _emit(em, rng, acct, t, sp, err=0.006, rate429=0.0):
    status = sp.get("status", 200)
    if status == 200:
        r = rng.random()
        if r < rate429:
            status = 429
        elif r < rate429 + err:
            status = int(pick(rng, [500, 503, 408, 400]))
    extra = sp.get("extra")
    rs = sp.get("reasoning")
    if rs is None and status == 200 and sp["model"] in REASONING_MODELS:
        ms = sp["messages"]
        last = ms if isinstance(ms, str) else next((m["content"] for m in reversed(ms) if m["role"] in ("user", "tool") and isinstance(m.get("content"), str)), "")
        rs = reasoning_for(rng, sp["model"], last or "the task", effort=sp["params"].get("reasoning_effort", "low"))
    em.emit(rng, acct, t, sp["messages"], sp["model"], sp["params"], sp["response"], rs,
            status=status, conv=sp.get("conv"), end_user=sp.get("end_user"), key=sp.get("key"), ip=sp.get("ip"),
            extra=extra, out_tokens=sp.get("out_tokens"), ua_override=sp.get("ua"), cgroup=sp.get("cgroup"))


def emit_at(ctx, rng, acct, t, specs, err=0.006, rate429=0.0):
    n = 0
    for sp in specs:
        t += sp.get("dt", 0.0)
        if t >= WEEK_S:
            break
        _emit(ctx.em, rng, acct, t, sp, err, rate429)
        n += 1
    return n
