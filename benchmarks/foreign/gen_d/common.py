"""Helpers shared by benign populations and campaigns."""
import math
import re

import langbank as lb
import textbank as tb
from world import (CLOCK, DAY, HOUR, OPEN, OPEN_REASON, R2, R3, REASONING, RELEASE, T0, T1, Account, b62, browser_ua,
                   cloud_ip, gist, heavy, hexid, mobile_ip, perturb, reasoning_for, res_ip, sdk_ua, tok, wchoice)


def status_draw(rng, p429=0.002):
    x = rng.random()
    if x < .0012:
        return 500
    if x < .0022:
        return 503
    if x < .0022 + p429:
        return 429
    if x < .0035 + p429:
        return 400
    return 200


def last_user(msgs, prompt=None):
    if msgs is None:
        return prompt or ""
    for m in reversed(msgs):
        if m.get("role") == "user":
            c = m.get("content")
            if isinstance(c, list):
                return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
            return c or ""
    return ""


def call(W, rng, a, ts, model, msgs=None, prompt=None, kind="chat", resp=None, params=None, item=None, p429=0.002,
         lang=None, status=None, resp_max=2200, **kw):
    st = status if status is not None else status_draw(rng, p429)
    if resp is None:
        if lang and lang in lb.LANGS:
            resp = W.R.lang(rng, lang)
        else:
            resp = W.R.match(rng, last_user(msgs, prompt), kind, resp_max)
    eff = (params or {}).get("reasoning_effort")
    if model in REASONING and eff is None:
        eff = "medium"
    r, rt = reasoning_for(rng, model, last_user(msgs, prompt), eff, kind, item)
    W.emit(rng, a, ts, model, msgs=msgs, prompt=prompt, params=params, resp=resp, reasoning=r, rtok=rt, status=st, **kw)
    if st in (429, 500, 503) and rng.random() < .8:  # clients retry with backoff
        W.emit(rng, a, ts + rng.uniform(1, 20), model, msgs=msgs, prompt=prompt, params=params, resp=resp, reasoning=r, rtok=rt, status=200, **kw)
    return st


def adopt_r3(rng, ts, share=0.5, delay_h=0.0, ramp_h=36.0):
    """Reasoning model for a user who adopts the new flagship gradually after release."""
    d = ts - RELEASE - delay_h * HOUR
    if d <= 0:
        return R2
    p = share * min(1.0, 0.25 + d / (ramp_h * HOUR))
    return R3 if rng.random() < p else R2


def kind_of(text):
    t = text[:1500]
    if "```" in t or re.search(r"\b(def |function |class |import |SELECT |#include|console\.log|public static)", t):
        return "code"
    if re.search(r"\b(code|python|javascript|sql|script|bug|compile|function|regex|api)\b", t.lower()):
        return "code"
    return "chat"


def geo_en(rng):
    cc, tz, _ = wchoice(rng, lb.LANG_GEO["en"], [g[2] for g in lb.LANG_GEO["en"]])
    if cc == "US":
        tz = wchoice(rng, [-5, -6, -7, -8], [.47, .29, .07, .17])
    return cc, tz


def geo_lang(rng, lang):
    g = lb.LANG_GEO[lang]
    cc, tz, _ = wchoice(rng, g, [x[2] for x in g])
    return cc, tz


def person(W, rng, label, cc="US", tz=-5, created_lo=None, created_hi=None, card=0.85, browser=0.5, mobile=0.25, v6=0.2,
           extra_ips=None, pm=None, ua=None):
    lo = created_lo if created_lo is not None else T0 - 700 * DAY
    hi = created_hi if created_hi is not None else T0 - DAY
    created = rng.uniform(lo, hi)
    ips = [res_ip(rng, cc, v6)]
    if rng.random() < .3:
        ips.append(res_ip(rng, cc, v6))
    if rng.random() < mobile:
        ips.append(mobile_ip(rng, cc))
    if extra_ips:
        ips += extra_ips
    if ua:
        uas = [ua]
    else:
        uas = [browser_ua(rng)] if rng.random() < browser else [sdk_ua(rng)]
        if rng.random() < .15:
            uas.append(sdk_ua(rng) if rng.random() < .5 else browser_ua(rng))
    if pm is None and rng.random() < card:
        pm = "pm_" + hexid(rng, 16)
    return Account(W, rng, label, created, pm=pm, ips=ips, uas=uas, nkeys=1 + (rng.random() < .2), tz=tz, cc=cc)


PLAYGROUND = {"temperature": 1, "top_p": 1, "max_tokens": 4096, "stream": True}


def human_params(rng, ua, model):
    if ua.startswith("Mozilla"):
        p = dict(PLAYGROUND)
        if model in REASONING:
            p = {"reasoning_effort": rng.choice(["medium", "medium", "high", "low"]), "stream": True, "max_tokens": 16384}
        return p
    x = rng.random()
    if model in REASONING:
        return {"reasoning_effort": rng.choice(["low", "medium", "medium", "high"])} if x < .7 else {}
    if x < .35:
        return {}
    if x < .6:
        return {"stream": True}
    if x < .8:
        return {"temperature": rng.choice([0, 0.2, 0.5, 0.7, 0.7, 1])}
    return {"temperature": rng.choice([0.3, 0.7, 1]), "max_tokens": rng.choice([256, 512, 1000, 1024, 2048])}


def run_arena_conv(W, rng, a, t, conv, model, params=None, sys=None, max_turns=None, gap=(20, 240), ip=None, ua=None,
                   end_user=None, key=None, first_override=None, p429=0.002):
    """Send the user turns of a real Arena conversation one by one, with the real assistant replies."""
    cid = "conv_" + hexid(rng, 16)
    hist = [{"role": "system", "content": sys}] if sys else []
    turns = []
    i = 0
    while i < len(conv):
        if conv[i][0] == "user":
            reply = conv[i + 1][1] if i + 1 < len(conv) and conv[i + 1][0] == "assistant" else None
            turns.append((conv[i][1], reply))
        i += 1
    if max_turns:
        turns = turns[:max_turns]
    ua = ua or a.ua(rng)
    ip = ip or a.ip(rng)
    for k, (u, reply) in enumerate(turns):
        if k == 0 and first_override:
            u = first_override
        hist.append({"role": "user", "content": u})
        msgs = list(hist)
        kd = kind_of(u)
        resp = reply[:2500] if reply else W.R.match(rng, u, kd)
        call(W, rng, a, t, model, msgs=msgs, kind=kd, resp=resp, params=params, ip=ip, ua=ua, end_user=end_user,
             key=key, conv=cid if len(turns) > 1 else None, p429=p429)
        hist.append({"role": "assistant", "content": resp})
        t += rng.uniform(*gap) + tok(resp or "") / 60.0
    return t


def lang_prompt(W, rng, lang, real_share=0.15):
    """A prompt in a language: real corpus prompts where we have them, else our own bank."""
    real = W.C.by_lang.get(lang)
    L = lb.LANGS.get(lang)
    if real and (L is None or rng.random() < real_share):
        p = rng.choice(real)
        return perturb(rng, p) if W.C._seen(p) else p
    if L is None:
        return W.C.pick("first_en", rng)
    if rng.random() < .5:
        return rng.choice(L["q"])
    return rng.choice(L["ask"]).format(t=rng.choice(L["topics"]))


# ----------------------------------------------------------------------------- agent loops
OSES = [("macOS 15.2", "/bin/zsh", "/Users/{u}/code/{p}"), ("macOS 14.6", "/bin/zsh", "/Users/{u}/dev/{p}"),
        ("Linux 6.8", "/bin/bash", "/home/{u}/src/{p}"), ("Windows 11", "C:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "c:\\Users\\{u}\\Projects\\{p}"),
        ("Linux 6.12", "/usr/bin/fish", "/home/{u}/work/{p}")]
PROJ_A = ["acme", "nimbus", "ledger", "orbit", "pulse", "harbor", "atlas", "falcon", "cedar", "quartz", "ember", "tidal", "vector", "maple", "signal"]
PROJ_B = ["api", "web", "backend", "app", "service", "dashboard", "cli", "core", "platform", "worker", "site", "portal"]
USERS = ["alex", "jdoe", "mchen", "priya", "sam", "dev", "kwame", "lena", "tomas", "yuki", "rafael", "nina", "ubuntu", "admin", "mk"]


DOMAIN_NOUNS = ["shipment", "ticket", "patient", "booking", "listing", "course", "payment", "device", "tenant", "campaign", "vendor",
                "recipe", "driver", "claim", "lead", "asset", "article", "member", "quote", "workspace", "store", "job", "trip", "loan"]


def new_repo(rng, stack=None):
    stack = stack or rng.choice(list(tb.STACKS))
    o, sh, cwd = rng.choice(OSES)
    name = rng.choice(PROJ_A) + "-" + rng.choice(PROJ_B)
    nouns = rng.sample(DOMAIN_NOUNS, 4)
    sub = {"orders": nouns[0] + "s", "order": nouns[0], "users": nouns[1] + "s", "user": nouns[1], "billing": nouns[2],
           "invoice": nouns[3], "Invoice": nouns[3].capitalize(), "Order": nouns[0].capitalize()}
    rx = re.compile(r"orders|order|users|user|billing|invoice|Invoice|Order")
    files = [rx.sub(lambda m: sub[m.group(0)], f) for f in tb.STACKS[stack]["files"]]
    files = rng.sample(files, max(3, len(files) - rng.randint(0, 2)))
    return {"stack": stack, "name": name, "os": o, "shell": sh, "cwd": cwd.format(u=rng.choice(USERS), p=name), "files": files}


FN_V = ["get", "load", "parse", "build", "sync", "update", "resolve", "fetch", "render", "validate", "compute", "handle"]
FN_N = ["user", "order", "invoice", "session", "config", "token", "report", "cart", "payload", "webhook", "schedule", "profile"]
RENAMES = {"data": ["payload", "rows", "body", "records", "blob"], "result": ["out", "res", "ret", "summary"], "value": ["val", "amount", "v", "qty"],
           "items": ["entries", "lines", "elements", "things"], "name": ["label", "title", "key"], "user": ["account", "member", "customer"]}
_REN_RE = re.compile(r"\b(data|result|value|items|name|user)\b")


def file_view(W, rng, repo, path):
    """A file as the agent's read tool returns it: this repo's identifiers, line-numbered from some offset."""
    ren = repo.setdefault("ren", {k: rng.choice(v) for k, v in RENAMES.items()})
    snip = _REN_RE.sub(lambda m: ren[m.group(1)], _code_snip(W, rng))
    start = rng.randint(1, 300)
    return "%s\n" % path + "\n".join("%4d | %s" % (start + i, l) for i, l in enumerate(snip.split("\n")))


def _code_snip(W, rng, n=500):
    t = W.R.code(rng, 6000)
    m = re.search(r"```[a-zA-Z0-9_+-]*\n(.*?)```", t, re.S)
    s = (m.group(1) if m else t)[:n]
    return s


def agent_task_text(rng, repo, W, arena_share=0.2):
    x = rng.random()
    if x < arena_share:
        return W.C.pick("coding", rng, True)[:2500]
    st = tb.STACKS[repo["stack"]]
    f = rng.choice(repo["files"])
    task = rng.choice(tb.AGENT_TASKS).format(thing=rng.choice(tb.AGENT_THINGS), thing2=rng.choice(tb.AGENT_THINGS).strip("/"),
                                             cond=rng.choice(tb.AGENT_CONDS), file=f, err=rng.choice(st["errors"]),
                                             dep=rng.choice(tb.AGENT_DEPS))
    fn = "%s_%s" % (rng.choice(FN_V), rng.choice(FN_N))
    extra = rng.choice(["", "", " (ticket %s-%d)" % (repo["name"][:3].upper(), rng.randint(100, 4999)),
                        " - it started after commit %s" % hexid(rng, 7), ", look at `%s` first" % fn, " in %s" % f,
                        ". %s" % rng.choice(["keep it minimal", "don't touch the migrations", "we're on node 20", "CI runs on ubuntu",
                                             "use the existing helper in utils", "no new dependencies please"])])
    pre = rng.choice(["", "", "", "ok now ", "next: ", "hey, ", "can you ", "pls "])
    return pre + task + extra


def run_agent_task(W, rng, a, t, tool, repo, task, n_steps, model_fn, effort="medium", end_user=None, ip=None, ua=None,
                   key=None, synthetic=False, temperature=0.0):
    style = tb.AGENT_TOOLS[tool][1]
    sysp = tb.AGENT_SYS[tool].format(os=repo["os"], shell=repo["shell"], cwd=repo["cwd"])
    st = tb.STACKS[repo["stack"]]
    cid = "conv_" + hexid(rng, 16)
    first = task
    if style == "xml":
        first = "<task>\n%s\n</task>\n\n<environment_details>\n# Current Working Directory (%s) Files\n%s\n</environment_details>" % (
            task, repo["cwd"], "\n".join(repo["files"]))
    hist = []
    ip = ip or a.ip(rng)
    ua = ua or a.ua(rng)
    tools = tb.AGENT_FUNCS if style == "tools" else None
    for step in range(n_steps):
        msgs = [{"role": "system", "content": sysp}, {"role": "user", "content": first}] + hist[-6:]
        model = model_fn(t)
        last = step == n_steps - 1
        f = rng.choice(repo["files"])
        if last:
            if style == "xml":
                resp = "<attempt_completion>\n<result>\nI updated %s and the tests now pass. %s\n</result>\n</attempt_completion>" % (
                    f, rng.choice(["The fix guards against the missing value.", "I also added a regression test.", "No other files needed changes."]))
            elif style == "edit":
                resp = "%s\n\n%s\n```%s\n<<<<<<< SEARCH\n%s\n=======\n%s\n>>>>>>> REPLACE\n```" % (
                    rng.choice(tb.AGENT_STEPS).format(file=f, thing="it"), f, st["lang"], _code_snip(W, rng, 300), _code_snip(W, rng, 300))
            else:
                resp = W.R.code(rng, 1800)
            result = None
        else:
            narr = rng.choice(tb.AGENT_STEPS).format(file=f, thing=rng.choice(tb.AGENT_THINGS))
            act = rng.random()
            if act < .4:
                call_s, result = ("read_file", {"path": f}), file_view(W, rng, repo, f)
            elif act < .6:
                call_s, result = ("run_terminal_command", {"command": st["test"]}), rng.choice(tb.AGENT_OUTPUTS).format(
                    n=rng.randint(3, 240), f=rng.randint(0, 3), s=round(rng.uniform(0.4, 40), 2), test="test_" + rng.choice(["create", "update", "auth", "export"]),
                    err=rng.choice(st["errors"]), file=f, ln=rng.randint(3, 400), snip=_code_snip(W, rng, 60).split("\n")[0])
            elif act < .75:
                call_s, result = ("grep_search", {"query": rng.choice(tb.AGENT_THINGS).strip("/")}), "%s:%d: %s" % (f, rng.randint(5, 300), _code_snip(W, rng, 80).split("\n")[0])
            else:
                call_s, result = ("edit_file", {"path": f}), "Applied edit to %s." % f
            if synthetic:
                result = result if rng.random() < .5 else "OK"
            if style == "xml":
                name = {"read_file": "read_file", "run_terminal_command": "execute_command", "grep_search": "search_files", "edit_file": "replace_in_file"}[call_s[0]]
                if name == "execute_command":
                    resp = "%s\n\n<execute_command>\n<command>%s</command>\n<requires_approval>false</requires_approval>\n</execute_command>" % (narr, call_s[1]["command"])
                elif name == "search_files":
                    resp = "%s\n\n<search_files>\n<path>.</path>\n<regex>%s</regex>\n</search_files>" % (narr, call_s[1]["query"])
                elif name == "replace_in_file":
                    resp = "%s\n\n<replace_in_file>\n<path>%s</path>\n<diff>\n------- SEARCH\n%s\n=======\n%s\n+++++++ REPLACE\n</diff>\n</replace_in_file>" % (
                        narr, f, _code_snip(W, rng, 200), _code_snip(W, rng, 200))
                else:
                    resp = "%s\n\n<read_file>\n<path>%s</path>\n</read_file>" % (narr, f)
            elif style == "edit":
                resp = narr
            else:
                resp = narr
        params = {"temperature": temperature, "stream": True}
        if model in REASONING:
            params = {"reasoning_effort": effort, "stream": True}
        extra = None
        if style == "tools" and not last:
            extra = {"tool_calls": [{"id": "call_" + b62(rng, 20), "type": "function",
                                     "function": {"name": call_s[0], "arguments": __import__("json").dumps(call_s[1])}}]}
        kd = "code"
        call(W, rng, a, t, model, msgs=msgs, kind=kd, resp=resp, params=params, ip=ip, ua=ua, end_user=end_user, key=key,
             conv=cid, tools=tools, extra=extra, p429=0.004)
        hist.append({"role": "assistant", "content": resp})
        if result is not None:
            if style == "xml":
                hist.append({"role": "user", "content": "[%s] Result:\n%s" % (call_s[0], result)})
            elif style == "tools":
                hist.append({"role": "tool", "content": result})
            elif call_s[0] == "run_terminal_command":
                hist.append({"role": "user", "content": "I ran `%s`:\n%s" % (st["test"], result)})
            else:
                hist.append({"role": "user", "content": rng.choice(["here's the output:\n", "", "ok:\n"]) + result})
        t += rng.uniform(3, 25) + (rng.uniform(5, 120) if rng.random() < .2 else 0)
    return t
