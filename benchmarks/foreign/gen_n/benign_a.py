"""Benign populations, part A: consumers, developers, IDE vendors, agents, CI, RAG, no-code."""
from world import (T0, T_END, RELEASE, NEW_MODEL, REASONING_MODELS, DAY, date_ts, hexid, alnum, sample_times,
                   session_times, release_boost, pick_model, ua_app, ua_sdk, ua_openai_py, ua_halyard_py, ua_browser)
from corpora import answer_generic, answer_code, answer_gsm, reasoning_summary
import lang as L
import devtext as D
from common import (benign, created_between, created_old, lang_pick, geo, carrier, humanize, app_system, sys_msg, u, a,
                    conv_id, maybe_reason, run_conv, chat_params, split_counts, LANG_LOCALE)

REFUSALS = ["I can't help with that.", "I'm sorry, but I can't comply with that request.",
            "I can't share my system instructions, but I'm happy to help with something else.",
            "I won't role-play as an unrestricted AI, but I can help with your underlying question."]
CONSUMER_LANGS = [("en", 62), ("es", 12), ("pt", 8), ("hi", 8), ("zh", 4), ("ru", 6)]


def _consumer_model(rng, paid, t):
    if not paid:
        return "halyard-core-3-mini" if rng.random() < 0.8 else "halyard-swift-3"
    if t >= RELEASE and rng.random() < min(0.6, (t - RELEASE) / 3600 / 10):
        return NEW_MODEL
    return "halyard-reason-2" if rng.random() < 0.2 else "halyard-core-3"


def _english_turns(rng, C, k_max):
    r = rng.random()
    if r < 0.03:
        item = rng.choice(C.gsm)
        return [(humanize(rng, item[0]) + rng.choice([" can you help", " how do i solve this", "", " explain pls"]),
                 answer_gsm(rng, item, "tutor"))]
    if r < 0.036:
        return [(rng.choice(C.jb), rng.choice(REFUSALS))]
    if r < 0.039:
        return [(rng.choice(C.sysx), REFUSALS[2])]
    conv = rng.choice(C.convs)
    k = max(1, min(len(conv) // 2, k_max))
    return [(humanize(rng, conv[2 * j]["content"]) if j == 0 else conv[2 * j]["content"], conv[2 * j + 1]["content"])
            for j in range(k)]


def _lang_turns(rng, lg, k_max):
    r = rng.random()
    if r < 0.08:
        q, steps, ans = L.math_problem(rng, lg)
        turns = [(q + " " + rng.choice(L.TUTOR[lg]), L.math_answer(rng, lg, steps, ans))]
    elif lg == "hi" and r < 0.35:
        turns = [(L.hinglish(rng), L.chat_answer(rng, "hi"))]
    else:
        turns = [(L.chat_prompt(rng, lg), L.chat_answer(rng, lg))]
    for _ in range(min(k_max - 1, int(rng.expovariate(0.9)))):
        turns.append((L.followup(rng, lg), L.chat_answer(rng, lg, rng.randint(2, 4))))
    return turns


def consumer_chat(W, C, rng, n_acc=2500, total=44000, pop="consumer_chat"):
    counts = split_counts(rng, total, n_acc, 1.1)
    family = [W.card(rng) for _ in range(40)]
    for i in range(n_acc):
        lg = lang_pick(rng, CONSUMER_LANGS)
        country, tz = geo(rng, lg)
        paid = rng.random() < 0.45
        card = (rng.choice(family) if rng.random() < 0.06 else W.card(rng)) if paid else None
        created = created_old(rng, lo=(2024, 1, 10)) if rng.random() > 0.05 else created_between(rng, T0, T_END - DAY)
        ua = ua_app(rng)
        home = W.net.home(rng, country)
        car = carrier(rng, country)
        vpn = rng.random() < 0.05
        acct = W.account(rng, benign(pop), created, card, ua=ua, tz=tz, country=country, lang=lg, ips=[home])
        left = counts[i]
        starts = session_times(rng, max(1, left // 2), "consumer", tz, per_session=1.3, gap=(120, 1500),
                               lo=max(T0, created + 60))
        for t, _s in starts:
            if left <= 0:
                break
            r = rng.random()
            ip = rng.choice(W.net.vpn) if vpn and r < 0.6 else (W.net.mobile(rng, car) if ("Android" in ua or "iPhone" in ua) and r < 0.5 else home)
            k_max = min(left, 1 + int(rng.expovariate(0.55)))
            turns = _english_turns(rng, C, k_max) if lg == "en" else _lang_turns(rng, lg, k_max)
            turns = turns[:left]
            m = _consumer_model(rng, paid, t)
            run_conv(W, rng, acct, turns, t, lambda _t, m=m: m, chat_params(rng, m),
                     system=app_system(t, LANG_LOCALE[lg]), ip=ip, gap=(20, 180))
            left -= len(turns)


def mobile_cgnat(W, C, rng, n_acc=450, total=6000):
    """App users and hobby developers on mobile carriers: addresses shared by thousands."""
    counts = split_counts(rng, total, n_acc, 0.9)
    for i in range(n_acc):
        lg = lang_pick(rng, [("hi", 40), ("pt", 22), ("es", 20), ("en", 18)])
        country = {"hi": "IN", "pt": "BR", "es": "MX", "en": "US"}[lg]
        tz = {"IN": 5.5, "BR": -3, "MX": -6, "US": -5}[country]
        car = carrier(rng, country)
        r = rng.random()
        ua = ua_app(rng, "android") if r < 0.6 else (ua_openai_py(rng) if r < 0.8 else "okhttp/4.12.0")
        api = not ua.startswith("HalyardChat")
        created = created_old(rng, lo=(2025, 1, 1))
        acct = W.account(rng, benign("mobile_cgnat"), created, W.card(rng) if rng.random() < 0.3 else None, ua=ua, tz=tz,
                         country=country, lang=lg, ips=[W.net.mobile(rng, car)])
        for t, _s in session_times(rng, counts[i], "consumer", tz, per_session=2.0, gap=(30, 400), lo=max(T0, created + 60)):
            ip = W.net.mobile(rng, car)
            if lg == "en":
                turns = _english_turns(rng, C, 1)
            elif rng.random() < 0.15:
                p = rng.choice(C.ah_coding)[:1200]
                turns = [(p, answer_code(rng, p))]
            else:
                turns = _lang_turns(rng, lg, 1)
            m = "halyard-core-3-mini" if rng.random() < 0.7 else ("halyard-core-3" if t < RELEASE else NEW_MODEL)
            system = None if api else app_system(t, LANG_LOCALE[lg])
            run_conv(W, rng, acct, turns[:1], t, lambda _t, m=m: m, chat_params(rng, m, stream=not api), system=system, ip=ip)


_TESTS = ["hello", "Say this is a test", "What model are you?", "ping", "How many r's are in the word strawberry?",
          "hi", "Write a haiku about APIs", "test", "What is 2+2?", "Tell me a joke"]
WEATHER_TOOL = [{"type": "function", "function": {"name": "get_weather", "description": "Get the current weather",
                 "parameters": {"type": "object", "properties": {"location": {"type": "string"}, "unit": {
                     "type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location"]}}}]


def hobbyist_dev(W, C, rng, n_acc=850, total=10000):
    counts = split_counts(rng, total, n_acc, 1.0)
    for i in range(n_acc):
        lg = lang_pick(rng, [("en", 80), ("es", 6), ("pt", 5), ("hi", 5), ("ru", 3), ("zh", 1)])
        country, tz = geo(rng, lg)
        fresh = rng.random() < 0.15
        created = (created_between(rng, RELEASE + 600, RELEASE + 40 * 3600) if fresh else created_old(rng))
        ua = ua_sdk(rng) if rng.random() < 0.85 else ua_browser(rng)
        ips = [W.net.home(rng, country)] + ([rng.choice(W.net.cloud["aws_use1"])] if rng.random() < 0.3 else [])
        acct = W.account(rng, benign("hobbyist_dev"), created, W.card(rng) if rng.random() < 0.7 else None, ua=ua, tz=tz,
                         country=country, lang=lg, ips=ips, n_keys=rng.randint(1, 3))
        temp = rng.choice([None, 0, 0.2, 0.7, 1.0])
        boost = release_boost(3.0) if rng.random() < 0.5 else None
        for t, _s in session_times(rng, counts[i], "dev", tz, per_session=4, gap=(10, 300), lo=max(T0, created + 60), boost=boost):
            if fresh or (t > RELEASE and rng.random() < 0.5):
                m = NEW_MODEL
            else:
                m = rng.choice(["halyard-core-3", "halyard-core-3-mini", "halyard-swift-3", "halyard-reason-2"])
            r = rng.random()
            params = {} if temp is None else {"temperature": temp}
            if rng.random() < 0.4:
                params["max_tokens"] = rng.choice([256, 512, 1000, 1024, 2048, 4096])
            if m in REASONING_MODELS and rng.random() < 0.5:
                params["reasoning_effort"] = rng.choice(["low", "medium", "high"])
            ip = rng.choice(ips)
            if r < 0.12:
                p, resp = rng.choice(_TESTS), "Hello! How can I help you today?"
            elif r < 0.2:
                params["tools"] = WEATHER_TOOL
                city = rng.choice(["Boston", "Paris", "Tokyo", "San Francisco", "Austin", "Toronto"])
                tc = [D.tool_call(rng, "get_weather", {"location": city})]
                W.emit(acct, t, msgs=[u("What's the weather like in %s today?" % city)], model=m, params=params,
                       tool_calls=tc, ip=ip, reasoning=maybe_reason(rng, m, city))
                continue
            elif r < 0.5:
                p = humanize(rng, rng.choice(C.ah_coding + C.ah_v01))
                resp = answer_code(rng, p)
            elif r < 0.6 and lg != "en":
                p = L.chat_prompt(rng, lg)
                resp = L.chat_answer(rng, lg)
            elif r < 0.66:
                p = humanize(rng, rng.choice(C.ah_math))
                resp = answer_generic(rng, p)
            else:
                conv = rng.choice(C.convs)
                p, resp = humanize(rng, conv[0]["content"]), conv[1]["content"]
            msgs = ([sys_msg("You are a helpful assistant.")] if rng.random() < 0.4 else []) + [u(p)]
            W.emit(acct, t, msgs=msgs, model=m, params=params, response=resp, ip=ip, reasoning=maybe_reason(rng, m, p))


IDE_VENDORS = [("Tessellate", "tessellate-gateway/2027.11.4", lambda r: "u_" + hexid(r, 12)),
               ("Quasar Edit", "quasar-edge/5.2.0 (+https://quasaredit.dev)", lambda r: "qe-%08d" % r.randint(0, 99999999)),
               ("Fernwood Copilot", "OpenAI/Python 1.93.0", lambda r: hexid(r, 32)),
               ("Lattice IDE", "lattice-llm-proxy/0.31.7", lambda r: "usr_" + alnum(r, 10))]
IDE_Q = ["Why does this throw a KeyError sometimes?", "Add type hints to this function.", "Write unit tests for %s.",
         "Refactor this to be async.", "Explain what this code does.", "Is there a race condition here?",
         "Convert this to use the new client API.", "Can you make %s more readable?", "What's wrong with my error handling?"]


def _ide_chat(rng, C, vendor, fn):
    code = D.snippet(rng)
    sysm = ("You are %s, an AI pair programmer inside the user's editor. The user's open file is %s:\n```\n%s```\n"
            "Answer with concise explanations and code blocks." % (vendor, D.path(rng), code))
    if rng.random() < 0.25:
        q = humanize(rng, rng.choice(C.ah_coding))[:2500]
    else:
        q = rng.choice(IDE_Q)
        if "%s" in q:
            q = q % fn
    return sysm, q, answer_code(rng, q + " " + fn, explain=rng.random() < 0.6)


def _fim(rng):
    code = D.snippet(rng)
    cut = rng.randint(len(code) // 3, len(code) - 10)
    nxt = code[cut:].split("\n", 1)[0]
    return "<|fim_prefix|>" + code[:cut] + "<|fim_suffix|>" + code[cut + len(nxt):] + "<|fim_middle|>", nxt or "pass"


def _agent_loop(W, rng, acct, t, kind, system, task, model, params, steps, end_user=None, ip=None, ua=None, key=None,
                err_rate=0.004, inject=None):
    """One agent episode. Returns the time after it. `inject` may replace tool results (used by campaigns)."""
    cid = conv_id(rng)
    hist = [sys_msg(system), u(task)]
    for s in range(steps + 1):
        if s < steps:
            tc, result = D.agent_step(rng, kind, s)
            if inject:
                tc, result = inject(rng, s, tc, result)
            W.emit(acct, t, msgs=list(hist), model=model, params=params, tool_calls=[tc], end_user=end_user, conv=cid,
                   ip=ip, ua=ua, key=key, err_rate=err_rate, reasoning=maybe_reason(rng, model, task))
            hist.append({"role": "assistant", "content": "", "tool_calls": [tc]})
            hist.append({"role": "tool", "tool_call_id": tc["id"], "content": result})
        else:
            W.emit(acct, t, msgs=list(hist), model=model, params=params, response=D.agent_final(rng, kind), end_user=end_user,
                   conv=cid, ip=ip, ua=ua, key=key, err_rate=err_rate, reasoning=maybe_reason(rng, model, task))
        t += rng.uniform(1.5, 14.0)
    return t


def ide_vendor(W, C, rng, n_users=2400, total=25000):
    shares = [0.4, 0.25, 0.2, 0.15]
    for vi, (vendor, vua, uidf) in enumerate(IDE_VENDORS):
        created = date_ts(2025, rng.randint(1, 10), rng.randint(1, 28)) + rng.uniform(0, DAY)
        pool = rng.choice(["aws_use1", "gcp_us", "aws_usw2"])
        ips = rng.sample(W.net.cloud[pool], 24)
        acct = W.account(rng, benign("ide_vendor"), created, W.card(rng), ua=vua, ips=ips, n_keys=3)
        nu = int(n_users * shares[vi])
        counts = split_counts(rng, int(total * shares[vi]), nu, 1.0)
        flip_h = rng.uniform(3, 20)
        for k in range(nu):
            uid = uidf(rng)
            tz = rng.choice([-8, -7, -6, -5, -5, -5, 0, 1, 1, 5.5, 5.5, -3, 8])
            for t, _s in session_times(rng, counts[k], "dev", tz, per_session=6, gap=(8, 240)):
                ip, key = rng.choice(ips), acct["keys"][0 if rng.random() < 0.9 else 1]
                new = t > RELEASE + flip_h * 3600 and rng.random() < 0.75
                r = rng.random()
                if r < 0.4:
                    pr, nxt = _fim(rng)
                    W.emit(acct, t, prompt=pr, model="halyard-swift-3", end_user=uid, ip=ip, key=key, response=nxt,
                           params={"max_tokens": 96, "temperature": 0.1, "stop": ["\n\n", "<|fim_pad|>"], "stream": False})
                elif r < 0.88:
                    sysm, q, resp = _ide_chat(rng, C, vendor, D.ident(rng))
                    m = NEW_MODEL if new else "halyard-core-3"
                    W.emit(acct, t, msgs=[sys_msg(sysm), u(q)], model=m, end_user=uid, ip=ip, key=key, response=resp,
                           params=chat_params(rng, m, max_tokens=4096, temperature=0.2), reasoning=maybe_reason(rng, m, q))
                else:
                    m = NEW_MODEL if new else "halyard-core-3"
                    p = {"temperature": 0, "tools": D.TOOLS_CODING, "tool_choice": "auto", "parallel_tool_calls": False,
                         "stream": True}
                    _agent_loop(W, rng, acct, t, "coding", D.AGENT_SYS["coding"], D.agent_task(rng, "coding"), m, p,
                                rng.randint(1, 4), end_user=uid, ip=ip, key=key)


BYOK_UA = ["Wayfarer-VSCode/1.4.%d (vscode 1.96.%d)", "Quill-JetBrains/0.8.%d (IntelliJ IDEA 2024.3.%d)",
           "Driftwood-CLI/2.%d.%d (darwin arm64)"]


def ide_byok(W, C, rng, n_acc=300, total=6500):
    counts = split_counts(rng, total, n_acc, 1.0)
    for i in range(n_acc):
        lg = lang_pick(rng, [("en", 85), ("pt", 4), ("es", 4), ("hi", 4), ("zh", 2), ("ru", 1)])
        country, tz = geo(rng, lg)
        ua = rng.choice(BYOK_UA) % (rng.randint(0, 9), rng.randint(0, 3))
        acct = W.account(rng, benign("ide_byok"), created_old(rng), W.card(rng), ua=ua, tz=tz, country=country, lang=lg,
                         ips=[W.net.home(rng, country, v6=0.3)])
        fav = rng.choice(["halyard-core-3", "halyard-reason-2", "halyard-core-3"])
        switch_h = rng.uniform(1, 72) if rng.random() < 0.7 else 1e9
        for t, _s in session_times(rng, counts[i], "dev", tz, per_session=8, gap=(10, 200)):
            m = NEW_MODEL if t > RELEASE + switch_h * 3600 else fav
            if rng.random() < 0.7:
                sysm, q, resp = _ide_chat(rng, C, "Wayfarer", D.ident(rng))
                W.emit(acct, t, msgs=[sys_msg(sysm), u(q)], model=m, response=resp, params=chat_params(rng, m, temperature=0),
                       reasoning=maybe_reason(rng, m, q))
            else:
                p = {"temperature": 0, "tools": D.TOOLS_CODING, "tool_choice": "auto", "stream": True}
                if m in REASONING_MODELS:
                    p["reasoning_effort"] = "high"
                _agent_loop(W, rng, acct, t, "coding", D.AGENT_SYS["coding"], D.agent_task(rng, "coding"), m, p,
                            rng.randint(2, 6))


AGENT_UA = ["agentloop/0.14.%d python/3.12", "crewline/1.3.%d (python 3.11)", "AutoWright/2.0.%d (node 22.11)"]


def agent_framework(W, C, rng, n_acc=220, total=36000):
    counts = split_counts(rng, total, n_acc, 1.2, lo=8)
    for i in range(n_acc):
        kind = rng.choice(["coding", "coding", "web", "data", "ops"])
        ua = rng.choice(AGENT_UA) % rng.randint(0, 9)
        pool = rng.choice(["aws_use1", "aws_use1", "gcp_us", "azure_eus", "aws_usw2"])
        ips = rng.sample(W.net.cloud[pool], rng.randint(1, 6))
        tz = rng.choice([-5, -8, -6, 1, 0, 5.5])
        acct = W.account(rng, benign("agent_framework"), created_old(rng, lo=(2025, 3, 1)), W.card(rng), ua=ua, tz=tz,
                         ips=ips, n_keys=rng.randint(1, 4))
        base = rng.choice(["halyard-core-3", "halyard-core-3-mini", "halyard-swift-3"])
        migrate = rng.random() < 0.35
        temp = rng.choice([0, 0, 0.2, 0.3])
        prof = rng.choice(["bot", "work", "work"])
        n, steps_mean = counts[i], rng.randint(3, 7)
        episodes = max(1, n // (steps_mean + 1))
        for t in sample_times(rng, episodes, prof, tz):
            m = NEW_MODEL if migrate and t > RELEASE + 12 * 3600 else base
            p = {"temperature": temp, "tools": D.TOOLSETS[kind], "tool_choice": "auto", "parallel_tool_calls": False}
            _agent_loop(W, rng, acct, t, kind, D.AGENT_SYS[kind], D.agent_task(rng, kind), m, p,
                        max(1, int(rng.gauss(steps_mean, 1.5))), ip=rng.choice(ips), key=rng.choice(acct["keys"]))


def ci_bot(W, C, rng, n_acc=110, total=14000):
    counts = split_counts(rng, total, n_acc, 1.0, lo=5)
    for i in range(n_acc):
        r = rng.random()
        if r < 0.6:
            ua, system = "ghost-reviewer/3.1.%d (GitHub Actions)" % rng.choice([0, 1, 2]), D.CI_SYS
            params = {"temperature": 0.2, "max_tokens": 4096, "top_p": 1, "stream": False}
        elif r < 0.85:
            ua, system = "pr-summarizer/1.2.0 node/20", D.CI_SYS_ALT[1]
            params = {"temperature": 0.3, "max_tokens": 1024}
        else:
            ua, system = ua_openai_py(rng), D.CI_SYS_ALT[0]
            params = {"temperature": 0, "max_tokens": 2000}
        tz = rng.choice([-5, -8, -6, 1, 0, 5.5, -3, 8])
        acct = W.account(rng, benign("ci_bot"), created_old(rng, lo=(2024, 6, 1)), W.card(rng), ua=ua, tz=tz,
                         ips=[rng.choice(W.net.cloud["gh_runners"])])
        bump = rng.random() < 0.25
        left = counts[i]
        for t in sample_times(rng, max(1, left // 2), "work", tz):
            if left <= 0:
                break
            ip = rng.choice(W.net.cloud["gh_runners"])
            for _ in range(min(left, rng.randint(1, 4))):
                m = NEW_MODEL if bump and t > RELEASE + 30 * 3600 else "halyard-core-3"
                W.emit(acct, t, msgs=[sys_msg(system), u(D.ci_prompt(rng))], model=m, params=params,
                       response=D.ci_review(rng), ip=ip, reasoning=maybe_reason(rng, m, "diff review"))
                t += rng.uniform(2, 20)
                left -= 1


def rag_backend(W, C, rng, n_acc=70, total=14000):
    counts = split_counts(rng, total, n_acc, 1.0, lo=10)
    for i in range(n_acc):
        brand = rng.choice(D.BRANDS)
        pool = rng.choice(["aws_use1", "gcp_us", "azure_eus"])
        ips = rng.sample(W.net.cloud[pool], rng.randint(2, 4))
        tz = rng.choice([-5, -6, -8, 1])
        acct = W.account(rng, benign("rag_backend"), created_old(rng), W.card(rng), ua=rng.choice([ua_halyard_py(rng), ua_openai_py(rng)]),
                         tz=tz, ips=ips)
        has_eu = rng.random() < 0.5
        users = ["cust-%06d" % rng.randint(0, 999999) for _ in range(rng.randint(30, 400))] if has_eu else None
        m0 = rng.choice(["halyard-core-3-mini", "halyard-swift-3", "halyard-core-3"])
        for t in sample_times(rng, counts[i], rng.choice(["work", "consumer"]), tz):
            src = rng.random()
            q = humanize(rng, rng.choice(C.first_turns))[:600] if src < 0.6 else rng.choice(C.si)[0]
            system = D.RAG_SYS.format(brand=brand, ctx=D.rag_context(rng, C.assistant_texts))
            resp = answer_generic(rng, q, short=True) + " [%d]" % rng.randint(1, 3)
            W.emit(acct, t, msgs=[sys_msg(system), u(q)], model=m0, params={"temperature": 0.1, "max_tokens": 800},
                   response=resp, ip=rng.choice(ips), end_user=rng.choice(users) if users else None)


NOCODE_TPL = [("Summarize the following email in 3 bullet points:\n\n{x}", "email"),
              ("Classify this support ticket as billing, technical, or other. Reply with one word.\n\nTicket: {x}", "ticket"),
              ("Write a friendly tweet (max 280 chars) announcing: {x}", "news"),
              ("Extract the person's name, company and email from this signature as JSON:\n{x}", "sig"),
              ("Translate to Spanish:\n{x}", "email"), ("Write a polite reply to this customer review:\n{x}", "review")]
_FN = ["Dana", "Priya", "Marco", "Lena", "Omar", "Kenji", "Ruth", "Tomás", "Ava", "Noah"]
_CO = ["Northbeam", "Halcyon Freight", "Brightlane", "Copperleaf", "Juno Dental", "Redwood Realty"]


def _nocode_input(rng, kind):
    n, co = rng.choice(_FN), rng.choice(_CO)
    if kind == "email":
        return "Hi team,\n\nFollowing up on the %s %s. We need the updated numbers by %s. %s\n\nThanks,\n%s" % (
            rng.choice(D.NOUNS), rng.choice(["migration", "renewal", "audit", "launch"]), rng.choice(["Friday", "EOD", "Monday"]),
            rng.choice(["Let me know if anything is blocked.", "Can we meet Thursday?", "Attached is the draft."]), n)
    if kind == "ticket":
        return rng.choice(["I was charged twice this month", "The app crashes when I upload a photo", "How do I change my plan?",
                           "Password reset email never arrives", "Can I get an invoice for October?"])
    if kind == "news":
        return "%s now supports %s" % (co, rng.choice(["same-day delivery", "Apple Pay", "dark mode", "a new Austin office"]))
    if kind == "sig":
        return "%s %s\n%s | %s\n%s@%s.com" % (n, rng.choice(["Lee", "Park", "Silva", "Khan"]), rng.choice(["VP Sales", "Founder", "Ops Lead"]),
                                             co, n.lower(), co.split()[0].lower())
    return rng.choice(["Great service, but delivery was late.", "Loved it! Will order again.", "Product broke after a week."])


def _nocode_answer(rng, tpl, x):
    if tpl.startswith("Summarize"):
        lines = [s.strip() for s in x.replace("\n", " ").split(".") if len(s.strip()) > 12]
        return "\n".join("- " + s.replace("Hi team, ", "") + "." for s in lines[:3])
    if tpl.startswith("Classify"):
        xl = x.lower()
        return "billing" if ("charged" in xl or "invoice" in xl or "plan" in xl) else ("technical" if ("crash" in xl or "email" in xl) else "other")
    if tpl.startswith("Write a friendly tweet"):
        return "%s %s! %s" % (rng.choice(["Big news:", "Guess what?", "It's here:"]), x, rng.choice(["Try it today.", "Let us know what you think!", ""]))
    if tpl.startswith("Extract"):
        ls = x.split("\n")
        return '{"name": "%s", "company": "%s", "email": "%s"}' % (ls[0], ls[1].split("|")[-1].strip(), ls[-1])
    if tpl.startswith("Translate"):
        return L.chat_answer(rng, "es", 3)
    return rng.choice(["Thank you so much for your feedback! ", "We're sorry to hear that. ", "Thanks for taking the time to write! "]) + \
        rng.choice(["We'll share this with the team.", "Please reach out so we can make it right.", "We hope to see you again soon."])


def nocode_automation(W, C, rng, n_acc=380, total=8000):
    egress = {"flowhook": rng.sample(W.net.cloud["aws_use1"], 16), "n8n": rng.sample(W.net.cloud["hetzner"], 24)}
    counts = split_counts(rng, total, n_acc, 0.9, lo=2)
    for i in range(n_acc):
        r = rng.random()
        if r < 0.5:
            plat, ua, ips = "flowhook", "Flowhook/2024.12 (+https://flowhook.io/webhooks)", egress["flowhook"]
        elif r < 0.8:
            plat, ua, ips = "n8n", "n8n/1.71.3", egress["n8n"]
        else:
            plat, ua, ips = "self", "n8n/1.6%d.%d" % (rng.randint(2, 9), rng.randint(0, 3)), [W.net.home(rng, "US")]
        tz = rng.choice([-5, -6, -8, -5, 1, -3])
        acct = W.account(rng, benign("nocode_automation"), created_old(rng, lo=(2024, 3, 1)), W.card(rng), ua=ua, tz=tz, ips=ips)
        tpl, kind = rng.choice(NOCODE_TPL)
        m = rng.choice(["halyard-swift-3", "halyard-core-3-mini"])
        params = {"temperature": rng.choice([0.3, 0.7, 1.0]), "max_tokens": rng.choice([256, 300, 512])}
        n = counts[i]
        if rng.random() < 0.35:   # cron-style schedule: same minute every hour / day
            step = 3600 if n > 40 else DAY
            start = T0 + rng.randint(0, 23) * 3600 * (step == DAY) + rng.randint(0, 59) * 60
            times = [start + k * step + rng.uniform(0, 4) for k in range(n) if start + k * step < T_END]
        else:
            times = sample_times(rng, n, "work", tz)
        for t in times:
            x = _nocode_input(rng, kind)
            p = tpl.format(x=x)
            W.emit(acct, t, msgs=[u(p)], model=m, params=params, response=_nocode_answer(rng, tpl, x), ip=rng.choice(ips))
