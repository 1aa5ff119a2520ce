"""Distillation campaigns hidden in Kestrel's week (all tactics held out; all wording original)."""
import json

import langbank as lb
import textbank as tb
from benign import reseller_pick
from common import call, geo_en, geo_lang, human_params, kind_of, lang_prompt, new_repo, person, run_agent_task, run_arena_conv
from world import (CLOCK, DAY, HOUR, R2, R3, RELEASE, T0, T1, Account, b62, browser_ua, cloud_ip, expand, heavy, hexid, ip_from,
                   perturb, res_ip, sdk_ua, wchoice)


def lab(cid, tactic):
    return {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}


def pm(rng):
    return "pm_" + hexid(rng, 16)


def pivot_items():
    return [x for v in tb.PIVOT_DOMAINS.values() for x in v]


# ============================================================================= 1. hydra: big multilingual trace coercion
def camp_hydra(W, rng):
    cid, tactic = "kc-hydra", "hydra_multilingual_trace_coercion"
    W.group(cid)
    L = lab(cid, tactic)
    cards = [pm(rng) for _ in range(12)]
    bursts = [T0 - rng.uniform(3, 26) * DAY for _ in range(6)]
    pool = [cloud_ip(rng, rng.choice(["hetzner", "ovh", "vultr", "do", "tencent", "alibaba"])) for _ in range(140)]
    builds = ["python-httpx/0.27.2", "OpenAI/Python 1.93.0", "aiohttp/3.10.11"]
    kicks = sorted(rng.uniform(T0, T1 - 4 * HOUR) for _ in range(14))
    items = [("gsm", it) for it in rng.sample(W.C.gsm, 4200)] + [("math", x) for x in W.C.hard["math"]] + \
            [("code", x) for x in W.C.hard["coding"]] + [("si", x) for x in W.C.si_all]
    rng.shuffle(items)
    qi = 0
    lw = [("zh", .3), ("en", .2), ("ru", .15), ("es", .08), ("ar", .07), ("ko", .07), ("vi", .07), ("pt", .06)]
    for i in range(W.n(240)):
        created = bursts[i % 6] + rng.uniform(0, 5 * HOUR)
        a = Account(W, rng, L, created, pm=cards[rng.randrange(12)] if rng.random() < .2 else cards[i % 12],
                    ips=rng.sample(pool, rng.randint(3, 8)), uas=[builds[i % 3]] + ([builds[(i + 1) % 3]] if rng.random() < .1 else []),
                    tz=8, cc="SG")
        langs = [wchoice(rng, [x for x, _ in lw], [w for _, w in lw])]
        if rng.random() < .35:
            langs.append(wchoice(rng, [x for x, _ in lw], [w for _, w in lw]))
        tm = {}
        for lg in langs:
            tm[lg] = [expand(x, rng) for x in rng.sample(tb.HYDRA_EN, 2)] if lg == "en" else rng.sample(lb.LANGS[lg]["cot"], 2)
        n = heavy(rng, 105, .5, 30, 420)
        mk = sorted(rng.sample(kicks, rng.randint(2, 5)))
        per = max(1, n // len(mk))
        last = None
        for k in mk:
            t = k + rng.uniform(0, 1800)
            for j in range(per):
                if rng.random() < .22:  # the proxy forwards real customers' requests too
                    if rng.random() < .6:
                        m = "kestrel-k2" if rng.random() < .7 else R2
                        run_arena_conv(W, rng, a, t, rng.choice(W.C.conv_en_camp), m, max_turns=1, params={"temperature": 0.7})
                    else:
                        lg = rng.choice(["zh", "ru", "ko", "vi", "ar"])
                        call(W, rng, a, t, "kestrel-k2", msgs=[{"role": "user", "content": lang_prompt(W, rng, lg)}], lang=lg, params={"temperature": 0.7})
                    t += rng.uniform(5, 60)
                    continue
                if last is not None and rng.random() < .04:
                    kind, it = last
                else:
                    kind, it = items[qi % len(items)]
                    qi += 1
                last = (kind, it)
                lg = rng.choice(langs)
                tmpl = rng.choice(tm[lg])
                gsm_item = None
                if kind == "gsm":
                    gsm_item = it
                    q = it["question"]
                elif kind == "si":
                    q = W.C.si_prompt(rng, it)[0]
                else:
                    q = it
                u = tmpl.replace("{q}", q)
                if t < RELEASE + 4 * HOUR:
                    m = R2 if rng.random() < .7 else "kestrel-k2"
                else:
                    m = wchoice(rng, [R3, R2, "kestrel-k2"], [.5, .3, .2])
                p = {"reasoning_effort": "high", "max_tokens": 16384, "temperature": rng.choice([0.6, 0.8, 1.0])} if m in (R2, R3) else \
                    {"temperature": 0.7, "max_tokens": 8192}
                if gsm_item:
                    resp = W.R.gsm(gsm_item, "trace") if lg == "en" else W.R.gsm_lang(gsm_item, lg)
                    kd = "math"
                else:
                    kd = "code" if kind == "code" else "math" if kind in ("math", "dom") else "chat"
                    resp = W.R.match(rng, q, kd, 4000) if lg == "en" else trace_lang(W, rng, q, kd, lg)
                call(W, rng, a, t, m, msgs=[{"role": "user", "content": u}], kind=kd, resp=resp, item=gsm_item, params=p,
                     ip=rng.choice(a.ips), p429=.03)
                t += rng.uniform(15, 110)


def trace_lang(W, rng, q, kd, lg):
    """A step-labelled answer in the wrapper's language whose content comes from a matched English answer."""
    A = lb.LANGS[lg]["ans"]
    src = W.R.match(rng, q, kd, 2400)
    if kd == "code":
        return "%s\n\n%s\n\n%s" % (rng.choice(A["open"]), src, rng.choice(A["close"]))
    sents = [x.strip() for x in src.replace("\n", " ").split(". ") if len(x.strip()) > 20][:7]
    body = "\n".join("%s: %s." % (A["step"].format(n=i + 1), x.rstrip(".")) for i, x in enumerate(sents))
    return "%s\n\n%s\n\n%s" % (rng.choice(A["open"]), body, rng.choice(A["close"]))


# ============================================================================= 2. release-day pivot with a broad capability sweep
def camp_pivot(W, rng):
    cid, tactic = "kc-pivot", "release_pivot_capability_sweep"
    W.group(cid)
    L = lab(cid, tactic)
    items = list(W.C.hard_all) + [W.C.si_prompt(rng, x)[0] for x in W.C.si_all] + pivot_items() * 2 + \
        rng.sample(W.C.first_en_camp, 500) + [g["question"] for g in rng.sample(W.C.gsm, 2000)]
    gsm_by_q = {g["question"]: g for g in W.C.gsm}
    rng.shuffle(items)
    qi = 0
    N = W.n(90)
    probers = set(rng.sample(range(N), min(N, 12)))
    for i in range(N):
        cc, tz = "US", wchoice(rng, [-5, -6, -8], [.5, .25, .25])
        a = Account(W, rng, L, rng.uniform(T0 - 150 * DAY, T0 - 25 * DAY), pm=pm(rng), ips=[res_ip(rng, "US")], uas=[sdk_ua(rng)], tz=tz, cc=cc)
        asked = []
        start_r3 = RELEASE + HOUR * min(3.0, .3 + rng.expovariate(1 / 0.9))

        def sticky(t, _s={}):
            key = int(t // 10800)
            if key not in _s:
                _s[key] = res_ip(rng, "US", .1)
            return _s[key]

        if i in probers:
            for _ in range(rng.randint(1, 3)):
                t = RELEASE - rng.uniform(60, 2400)
                call(W, rng, a, t, R3, msgs=[{"role": "user", "content": rng.choice(items)}], params={"reasoning_effort": "high"},
                     status=404, ip=sticky(t))
        for d in range(7):
            day0, day1 = T0 + d * DAY, T0 + (d + 1) * DAY
            if day1 <= a.created:
                continue
            # volume rises after the flagship lands
            post = day1 > start_r3
            n = heavy(rng, 38 if post else 14, .35, 3, 140)
            times = sorted(CLOCK.sample(rng, "office", tz, day0, day1) for _ in range(n))
            for t in times:
                if t >= start_r3:
                    m = wchoice(rng, [R3, R2, "kestrel-k2"], [.75, .1, .15])
                else:
                    m = R2 if rng.random() < .4 else "kestrel-k2"
                if m == R3 and asked and rng.random() < .5:
                    u = rng.choice(asked)
                else:
                    u = items[qi % len(items)]
                    qi += 1
                    asked.append(u)
                kd = kind_of(u)
                p = {"reasoning_effort": "high", "max_tokens": 32000} if m in (R2, R3) else {"temperature": 0.7, "max_tokens": 4096}
                gi = gsm_by_q.get(u)
                resp = W.R.gsm(gi, "cot") if gi else W.R.match(rng, u, kd, 3500)
                call(W, rng, a, t, m, msgs=[{"role": "user", "content": u}], kind="math" if gi else kd, resp=resp, item=gi, params=p, ip=sticky(t))


# ============================================================================= 3. tool-use trajectories through an API reseller's end users
def tool_schema(rng, name):
    props = tb.TOOL_PARAMS.get(name) or dict(rng.sample(tb.TOOL_GENERIC_PARAMS, rng.randint(1, 4)))
    keys = list(props)
    return {"type": "function", "function": {"name": name, "description": name.replace("_", " ").capitalize() + ".",
                                             "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                                                            "required": keys[:1]}}}


RELAY_SYS = ["You are an assistant with access to tools. Decide which tools to call and in what order. Before each call, briefly explain your plan.",
             "You can call functions. Think about the user's goal, call the right tools with correct arguments, and explain the result at the end.",
             "Use the available tools to complete the request. Plan step by step, call tools as needed, then summarize what you did."]


def camp_relay(W, rng, accts):
    cid, tactic = "kc-relay", "reseller_tool_trajectory_harvest"
    W.group(cid)
    fill = tb.TOOL_FILL
    for i in range(W.n(150)):
        eu = "u_" + hexid(rng, 12)
        W.end_users[eu] = lab(cid, tactic)
        cl = i % 3
        sysp = RELAY_SYS[cl]
        passthrough = "OpenAI/Python 1.99.%d" % (i % 4) if cl == 0 else None
        start = rng.uniform(T0, T1 - 40 * HOUR)
        life = rng.uniform(6, 36) * HOUR
        n = heavy(rng, 34, .5, 12, 95)
        for t in sorted(start + rng.uniform(0, life) for _ in range(n)):
            doms = rng.sample(list(tb.TOOL_DOMAINS), rng.randint(1, 2))
            names = []
            for dmn in doms:
                names += rng.sample(tb.TOOL_DOMAINS[dmn], min(len(tb.TOOL_DOMAINS[dmn]), rng.randint(2, 4)))
            tools = [tool_schema(rng, nm) for nm in names]
            a1, a2 = rng.sample(names, 2) if len(names) > 1 else (names[0], names[0])
            f = {k: rng.choice(v) for k, v in fill.items()}
            q = rng.choice(tb.TOOL_QUERIES).format(a=tb.TOOL_ACTIONS[a1].format(**f), b=tb.TOOL_ACTIONS[a2].format(**f))
            q = q[:1].upper() + q[1:]
            if rng.random() < .25:
                q = "请调用合适的工具完成下面的任务，并说明每一步的理由：" + q
            msgs = [{"role": "system", "content": sysp}, {"role": "user", "content": q}]
            if rng.random() < .5:
                cid_ = "call_" + b62(rng, 20)
                msgs.append({"role": "assistant", "content": "I'll start by calling %s." % a1,
                             "tool_calls": [{"id": cid_, "type": "function", "function": {"name": a1, "arguments": json.dumps({"query": q[:40]})}}]})
                msgs.append({"role": "tool", "tool_call_id": cid_, "content": json.dumps({"status": "ok", "results": [{"id": hexid(rng, 6), "score": round(rng.random(), 2)} for _ in range(rng.randint(1, 3))]})})
                nxt = a2
            else:
                nxt = a1
            m = wchoice(rng, ["kestrel-k2", R3 if t > RELEASE + 2 * HOUR and rng.random() < .6 else R2], [.5, .5])
            resp = "Plan: first %s, then %s. Calling %s now." % (a1.replace("_", " "), a2.replace("_", " "), nxt)
            extra = {"tool_calls": [{"id": "call_" + b62(rng, 20), "type": "function",
                                     "function": {"name": nxt, "arguments": json.dumps({k: "..." for k in list(tb.TOOL_PARAMS.get(nxt, {"query": 1}))[:2]})}}]}
            p = {"tool_choice": "auto", "parallel_tool_calls": True, "temperature": 0.7}
            if m != "kestrel-k2":
                p = {"tool_choice": "auto", "reasoning_effort": "high"}
            call(W, rng, reseller_pick(rng, accts), t, m, msgs=msgs, kind="chat", resp=resp, params=p, tools=tools, extra=extra,
                 end_user=eu, ua=passthrough)


# ============================================================================= 4. low-and-slow agent trajectories mimicking IDE agents
def camp_drip(W, rng):
    cid, tactic = "kc-drip", "low_slow_agent_mimicry"
    W.group(cid)
    L = lab(cid, tactic)
    algos = ["an interval tree", "a rope data structure", "a bloom filter", "Raft leader election", "a B-tree", "a regex engine",
             "an LRU cache", "a JSON parser", "a rate limiter", "a consistent hashing ring", "Dijkstra with a binary heap", "a skip list"]
    langs = ["Rust", "Go", "TypeScript", "Python", "Kotlin", "C++", "Haskell", "Zig", "Elixir", "Java", "Swift", "OCaml"]
    pool = list(W.C.hard["coding"])
    for i in range(W.n(16)):
        tool = rng.choice(["clinelike", "roolike", "continuelike", "opencodelike"])
        ua = tb.AGENT_TOOLS[tool][0].format(v=rng.choice(tb.AGENT_VERSIONS[tool]))
        cc, tz = geo_en(rng)
        a = person(W, rng, L, cc, tz, created_lo=T0 - 220 * DAY, created_hi=T0 - 40 * DAY, card=1, mobile=0, ua=ua)
        switch = RELEASE + rng.uniform(2, 20) * HOUR

        def fn(t, switch=switch):
            return R3 if t > switch and rng.random() < .85 else R2

        for d in range(7):
            wk = (d < 5)
            budget = rng.randint(18, 30) if wk else rng.randint(0, 9)
            used = 0
            while used < budget:
                t = CLOCK.sample(rng, "office", tz, T0 + d * DAY, T0 + (d + 1) * DAY)
                if rng.random() < .55:
                    task = rng.choice(pool)[:2500]
                else:
                    task = "Implement %s in %s with unit tests, then explain the design trade-offs." % (rng.choice(algos), rng.choice(langs))
                steps = rng.randint(4, 9)
                run_agent_task(W, rng, a, t, tool, new_repo(rng), task, steps, fn, effort="high", synthetic=True)
                used += steps


# ============================================================================= 5. partitioned sweep dressed as a university course
def camp_course(W, rng):
    cid, tactic = "kc-course", "course_mimic_partitioned_sweep"
    W.group(cid)
    L = lab(cid, tactic)
    org = "org-" + b62(rng, 24)
    card = pm(rng)
    fake_campus = "%s%d." % (rng.choice(["159.89.", "167.99.", "138.68."]), rng.randint(1, 254))
    campus_ips = [ip_from(rng, fake_campus) for _ in range(10)]
    items = [("gsm", x) for x in rng.sample(W.C.gsm, 3400)] + [("math", x) for x in W.C.hard["math"]]
    rng.shuffle(items)
    qi = 0
    for i in range(W.n(38)):
        created = T0 + 17 * HOUR + rng.uniform(0, 1.5 * HOUR)
        ips = [rng.choice(campus_ips), res_ip(rng, "US")]
        ua = "OpenAI/Python 1.%d.%d" % (rng.choice([97, 99, 101, 104]), rng.randint(0, 1)) if rng.random() < .8 else browser_ua(rng)
        a = Account(W, rng, L, created, org=org, pm=card, ips=ips, uas=[ua], tz=-8, cc="US")
        tmpls = [expand(x, rng) for x in rng.sample(tb.COURSE_MIMIC_T, 2)]
        n = heavy(rng, 115, .3, 60, 220)
        switch = RELEASE + rng.uniform(6, 30) * HOUR
        k = 0
        for t in CLOCK.sessions(rng, "student", -8, max(2, n // 14), lo=created + HOUR):
            for _ in range(rng.randint(8, 20)):
                if k >= n:
                    break
                if rng.random() < .06:
                    call(W, rng, a, t, "kestrel-k2", msgs=[{"role": "user", "content": rng.choice(tb.COURSE_MIMIC_CHATTER)}], params={"temperature": 0.7}, ip=rng.choice(ips))
                    t += rng.uniform(20, 120)
                    continue
                kind, it = items[qi % len(items)]
                qi += 1
                k += 1
                q = it["question"] if kind == "gsm" else it
                u = rng.choice(tmpls).replace("{n}", str(k)).replace("{q}", q)
                m = (R3 if t > switch and rng.random() < .8 else R2) if rng.random() < .8 else "kestrel-k2"
                p = {"n": 4, "reasoning_effort": "high"} if m in (R2, R3) else {"n": 4, "temperature": 1.0, "max_tokens": 4096}
                resp = W.R.gsm(it, "boxed") if kind == "gsm" else W.R.match(rng, q, "math", 3000)
                call(W, rng, a, t, m, msgs=[{"role": "user", "content": u}], kind="math", resp=resp, item=it if kind == "gsm" else None,
                     params=p, n_out=4, ip=rng.choice(ips))
                t += rng.uniform(20, 90)


# ============================================================================= 6. soft-label harvesting through logprobs
def camp_logit(W, rng):
    cid, tactic = "kc-logit", "logprob_soft_label_harvest"
    W.group(cid)
    L = lab(cid, tactic)
    cards = [pm(rng) for _ in range(3)]
    ips = [cloud_ip(rng, rng.choice(["hetzner", "ovh"])) for _ in range(10)]
    ua = "LLMHarness/0.4.2 (python-httpx/0.27.0)"
    batches = [T0 - 9 * DAY, T0 - 4 * DAY]
    items = [W.C.si_prompt(rng, x)[0] for x in W.C.si_all] * 2 + list(W.C.first_en_camp) + list(W.C.hard_all) + \
        [lang_prompt(W, rng, lg, 0) for lg in rng.choices(list(lb.LANGS), k=600)]
    rng.shuffle(items)
    qi = 0
    for i in range(W.n(22)):
        a = Account(W, rng, L, batches[i % 2] + rng.uniform(0, 8 * HOUR), pm=cards[i % 3], ips=rng.sample(ips, 3), uas=[ua], tz=1, cc="DE")
        n = heavy(rng, 380, .3, 180, 800)
        t = T0 + rng.uniform(0, 6 * HOUR)
        for _ in range(n):
            u = items[qi % len(items)]
            qi += 1
            m = "kestrel-k2" if rng.random() < .7 else "kestrel-k2-mini"
            nn = rng.choice([1, 1, 2, 4])
            p = {"logprobs": True, "top_logprobs": 20, "temperature": rng.choice([0, 1.0]), "max_tokens": rng.choice([1024, 2048]), "n": nn}
            kd = kind_of(u)
            call(W, rng, a, t, m, msgs=[{"role": "user", "content": u}], kind=kd, resp_max=3500, params=p, n_out=nn, p429=.02)
            t += rng.expovariate(1 / (T1 - T0) * n * 1.05)
            if t >= T1:
                break


# ============================================================================= 7. rubric grading: the model as a reward model
GRADE_BITS = ["Candidate {i} addresses the core question but {flaw}.", "Candidate {i} is accurate and well organized; {good}.",
              "Candidate {i} contains a factual error: {flaw}.", "Candidate {i} follows the instructions, though {flaw}.",
              "Candidate {i} reasons soundly step by step; {good}."]
FLAWS = ["omits the edge case", "is verbose", "misstates a key number", "ignores the requested format", "hedges excessively", "skips a justification"]
GOODS = ["the explanation is easy to follow", "it cites the relevant constraint", "the final answer is clearly stated", "tone is appropriate"]


def camp_grader(W, rng):
    cid, tactic = "kc-grader", "rubric_reward_model_harvest"
    W.group(cid)
    L = lab(cid, tactic)
    bursts = [T0 - 11 * DAY, T0 - 5 * DAY]
    for i in range(W.n(30)):
        a = Account(W, rng, L, bursts[i % 2] + rng.uniform(0, 6 * HOUR), pm=pm(rng), ips=[cloud_ip(rng, "aws") for _ in range(2)],
                    uas=["OpenAI/Python 1.107.0"], tz=-5)
        sysp = rng.choice(tb.GRADER_SYS)
        tmpl = expand(rng.choice(tb.GRADER_T), rng)
        n = heavy(rng, 290, .35, 120, 700)
        switch = RELEASE + rng.uniform(4, 16) * HOUR
        for t in sorted(CLOCK.sample(rng, "prod", -5) for _ in range(n)):
            x = rng.random()
            k = rng.randint(2, 4)
            if x < .45:
                conv = rng.choice(W.C.conv_en_camp)
                q = conv[0][1]
                cands = [conv[1][1] if len(conv) > 1 else W.R.match(rng, q, "chat", 1500)] + [W.R.match(rng, q, kind_of(q), 1500) for _ in range(k - 1)]
            elif x < .7:
                it = rng.choice(W.C.gsm)
                q = it["question"]
                good = W.R.gsm(it, "cot")
                bad = good.replace(it["answer"].split("####")[-1].strip(), str(rng.randint(2, 999)))
                cands = [good, bad] + [W.R.gsm(rng.choice(W.C.gsm), "cot") for _ in range(k - 2)]
            elif x < .9:
                q = rng.choice(W.C.hard_all)
                cands = [W.R.match(rng, q, kind_of(q), 1500) for _ in range(k)]
            else:
                q = W.C.si_prompt(rng)[0]
                cands = [W.R.match(rng, q, "chat", 1200) for _ in range(k)]
            rng.shuffle(cands)
            cs = "\n\n".join(tb.GRADER_CAND.format(i=j + 1, a=c[:1500]) for j, c in enumerate(cands))
            u = tmpl.replace("{q}", q[:2500]).replace("{cands}", cs).replace("{k}", str(k)).replace("{{", "{").replace("}}", "}")
            m = (R3 if t > switch and rng.random() < .6 else R2) if rng.random() < .5 else "kestrel-k2"
            rat = [rng.choice(GRADE_BITS).format(i=j + 1, flaw=rng.choice(FLAWS), good=rng.choice(GOODS)) for j in range(k)]
            resp = json.dumps({"scores": [rng.randint(2, 10) for _ in range(k)], "rationales": rat, "preferred": rng.randint(1, k)})
            p = {"temperature": 0, "max_tokens": 4096} if m == "kestrel-k2" else {"reasoning_effort": "high", "max_tokens": 16000}
            if rng.random() < .5:
                p["response_format"] = {"type": "json_object"}
            call(W, rng, a, t, m, msgs=[{"role": "system", "content": sysp}, {"role": "user", "content": u}], resp=resp, params=p, p429=.01)


# ============================================================================= 8. casual-user personas harvesting long multi-turn SFT dialogues
def camp_persona(W, rng):
    cid, tactic = "kc-persona", "persona_multiturn_sft_harvest"
    W.group(cid)
    L = lab(cid, tactic)
    lw = [("en", .35), ("es", .08), ("pt", .07), ("fr", .06), ("de", .06), ("ja", .05), ("ko", .05), ("zh", .06), ("ru", .05),
          ("it", .04), ("tr", .03), ("vi", .03), ("id", .03), ("pl", .02), ("hi", .02)]
    en_items = [o.format(t=t) for t in tb.PERSONA_TOPICS for o in rng.sample(tb.PERSONA_OPENERS, 3)] + \
        [x["instruction"] for x in W.C.si_user] + W.C.hard["creative"] + W.C.hard["general"]
    rng.shuffle(en_items)
    qi = 0
    for i in range(W.n(200)):
        lang = wchoice(rng, [x for x, _ in lw], [w for _, w in lw])
        cc, tz = geo_en(rng) if lang == "en" else geo_lang(rng, lang)
        a = person(W, rng, L, cc, tz, created_lo=T0 - 240 * DAY, created_hi=T0 - 3 * DAY, card=1, browser=.8, mobile=.35)
        Lg = lb.LANGS.get(lang)
        deep = [perturb(rng, expand(x, rng)) for x in rng.sample(tb.PERSONA_DEEP_EN, 4)] if lang == "en" else [perturb(rng, x) for x in rng.sample(Lg["deep"], 4)]
        pref_r = rng.random() < .45
        for t in CLOCK.sessions(rng, "casual", tz, rng.randint(6, 11)):
            if rng.random() < .3:  # cover: ordinary chatting
                m = "kestrel-k2"
                if lang == "en":
                    run_arena_conv(W, rng, a, t, rng.choice(W.C.conv_en_camp), m, params=human_params(rng, a.uas[0], m), max_turns=rng.choice([1, 2]))
                else:
                    call(W, rng, a, t, m, msgs=[{"role": "user", "content": lang_prompt(W, rng, lang)}], lang=lang, params=human_params(rng, a.uas[0], m))
                continue
            if lang == "en":
                opener = en_items[qi % len(en_items)]
                qi += 1
            else:
                opener = rng.choice(Lg["ask"]).format(t=rng.choice(Lg["topics"])) if rng.random() < .6 else rng.choice(Lg["q"])
            turns = rng.randint(3, 6)
            hist = []
            m = (R3 if t > RELEASE + 3 * HOUR and rng.random() < .6 else R2) if pref_r else "kestrel-k2"
            cidc = "conv_" + hexid(rng, 16)
            fus = list(deep)
            rng.shuffle(fus)
            for k in range(turns):
                u = opener if k == 0 else fus[(k - 1) % len(fus)]
                hist.append({"role": "user", "content": u})
                resp = W.R.match(rng, opener if k == 0 else opener + " " + u, kind_of(opener), 4000) if lang == "en" else W.R.lang(rng, lang, rng.randint(5, 8))
                call(W, rng, a, t, m, msgs=list(hist), kind=kind_of(opener), resp=resp, params=human_params(rng, a.uas[0], m), conv=cidc)
                hist.append({"role": "assistant", "content": resp})
                t += rng.uniform(40, 260)


ALL = [camp_hydra, camp_pivot, camp_drip, camp_course, camp_logit, camp_grader, camp_persona]
