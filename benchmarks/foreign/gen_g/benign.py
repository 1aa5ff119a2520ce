"""Benign customer populations of the provider."""
import random

from common import (asst_for, chat_params, json_fmt, local_wrap, lognorm_int, maybe_model_after_release, pick_country,
                    pick_lang, run_conversation, wpick)
from text import STEPWISE, SUMMARIZE, TRANSLATE, everyday, lname, reply_text, support_msg
from world import (CAMPUS, D_AE, D_AFR, D_ALL, D_SA, DAYS, H_EVENING, H_FLAT, H_HUMAN, H_NIGHT, H_OFFICE, H_STUDENT,
                   LONG_RELEASE, MODELS, T0, T1, TZ, Account, Where, hx, status_for, ua_pick)


def B(pop):
    return {"label": "benign", "population": pop}


def mk(w, rng, pop, country, wkind, ua, created, **kw):
    where = kw.pop("where", None) or Where(w.nets, rng, wkind, country, fixed=kw.pop("fixed", None), nets_list=kw.pop("nets_list", None))
    return Account(w, rng, B(pop), country, where, ua, created, **kw)


def created_dist(w, rng, recent_share=0.1):
    if rng.random() < recent_share:
        return T0 - rng.random() * 6 * 86400
    return w.created_before(rng, 7, 900 if rng.random() < .5 else 300)


# 1 ------------------------------------------------------------------------------------------
def consumer_chat(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng)
        lang = pick_lang(rng, country)
        vpn = country == "AE" and rng.random() < .15
        kind = "vpn" if vpn else ("mobile" if rng.random() < .65 else "home")
        ua_kind = "app" if rng.random() < .5 else "browser"
        a = mk(w, rng, "consumer_chat", country, kind, ua_pick(rng, ua_kind), created_dist(w, rng, .08), lang=lang,
               nets_list=["vpn_m247", "vpn_warp", "vpn_datacamp"] if vpn else None)
        n_conv = lognorm_int(rng, 8 * scale, 1.0, 1, 100)
        model0 = MODELS["flash"] if rng.random() < .6 else MODELS["chat"]
        tries_long = rng.random() < .25
        for _ in range(n_conv):
            t = w.clock.when(rng, a.tz, H_HUMAN, DAYS[country])
            model = maybe_model_after_release(rng, t, model0, .5 if tries_long else 0, LONG_RELEASE)
            params = chat_params(rng, app=True)
            if model == MODELS["chat"] and rng.random() < .2:
                params = dict(params, reasoning_effort=rng.choice(["low", "medium", "medium", "high"]))
            r = rng.random()
            if r < .03:   # real traffic is not clean
                first = rng.choice(c.jb)[:4000] if rng.random() < .7 else rng.choice(c.adv)
                run_conversation(w, a, rng, t, [(first, asst_for(w, rng, first))], model, params, first=first)
            elif r < .08:   # homework
                q, ans = rng.choice(c.gsm)
                first = local_wrap(rng, lang, q) if rng.random() < .5 else f"{q} {rng.choice(STEPWISE[lang])}"
                run_conversation(w, a, rng, t, [(q, c.gsm_solution(rng, ans, lang if rng.random() < .4 else "en", rng.randint(0, 2)))],
                                 model, params, first=first)
            elif lang != "en" and r < .45:
                first = everyday(rng, lang)
                pairs = [(first, reply_text(rng, lang, rng.randint(3, 8)))]
                if rng.random() < .4:
                    pairs.append((everyday(rng, lang), reply_text(rng, lang, rng.randint(2, 6))))
                run_conversation(w, a, rng, t, pairs, model, params, lang=lang, first=first)
            else:
                pairs = rng.choice(c.convs)
                run_conversation(w, a, rng, t, pairs, model, params, lang=lang)


# 2 ------------------------------------------------------------------------------------------
def trial_signups(w, rng, n, scale):
    c = w.c
    tests = ["Say this is a test", "hello", "Hello, are you working?", "test", "Hi! What can you do?", "what model are you", "1+1"]
    for _ in range(n):
        country = pick_country(rng)
        lang = pick_lang(rng, country)
        created = T0 + rng.random() * 6.8 * 86400
        dev = rng.random() < .35
        a = mk(w, rng, "trial_signups", country, "mobile" if rng.random() < .6 else "home",
               ua_pick(rng, "sdk" if dev else rng.choice(["app", "browser"])), created, lang=lang,
               pay="" if rng.random() < .5 else None)   # free tier: no payment instrument yet
        k = rng.choice([1, 1, 1, 2, 2, 3, 4])
        t = created + rng.random() * 1800
        for i in range(k):
            if t >= T1:
                break
            if dev and i == 0:
                p = rng.choice(tests)
            elif lang != "en" and rng.random() < .5:
                p = everyday(rng, lang)
            else:
                p = local_wrap(rng, lang, rng.choice(c.first_turns))
            model = rng.choice([MODELS["flash"], MODELS["chat"], MODELS["chat"]])
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], params=chat_params(rng, app=not dev),
                   response=reply_text(rng, lang, rng.randint(2, 6)) if lang != "en" else asst_for(w, rng, p),
                   status=status_for(rng))
            t += rng.uniform(20, 4000)


# 3 ------------------------------------------------------------------------------------------
CAMPUSES = [("KE", "UoN"), ("KE", "JKUAT"), ("KE", "Strathmore"), ("NG", "UNILAG"), ("NG", "ABU"), ("ET", "AAU")]


def campus_students(w, rng, n, scale):
    c = w.c
    per = max(1, n // len(CAMPUSES))
    w.campus_pay = {}
    for country, campus in CAMPUSES:
        nat = w.nets.campus_nat(rng, country, campus)
        grant = "edu_" + hx(rng, 16)   # the university's education-credit billing profile
        w.campus_pay[campus] = grant
        n_classes = max(1, per // 40)
        for ci in range(n_classes):
            term_start = T0 - rng.uniform(60, 120) * 86400
            hw = [rng.choice(c.gsm) for _ in range(rng.randint(10, 18))]
            code_hw = [rng.choice(c.ah_v01_code) for _ in range(rng.randint(3, 6))]
            for _ in range(per // n_classes):
                lang = pick_lang(rng, country)
                where = Where(w.nets, rng, "mobile", country)
                a = mk(w, rng, "campus_students", country, None, ua_pick(rng, rng.choice(["browser", "browser", "app", "ide"])),
                       term_start + rng.expovariate(1 / 86400.0), lang=lang, where=where,
                       pay=grant if rng.random() < .55 else ("" if rng.random() < .5 else None))
                m = lognorm_int(rng, 20 * scale, .8, 2, 200)
                ts = w.clock.sessions(rng, a.tz, m, 5, (40, 400), H_STUDENT, DAYS[country])
                for t in ts:
                    local_h = ((t - T0) / 3600 + a.tz) % 24
                    ip = rng.choice(nat) if (8 <= local_h <= 18 and rng.random() < .75) else None
                    r = rng.random()
                    if r < .55:
                        q, ans = rng.choice(hw)
                        style = rng.random()
                        p = q if style < .4 else (f"{q}\n{rng.choice(STEPWISE[lang])}" if style < .8 else local_wrap(rng, lang, q))
                        pr = chat_params(rng, app=True)
                        if rng.random() < .3:
                            pr["reasoning_effort"] = rng.choice(["medium", "high"])
                        w.emit(a, t, MODELS["chat"], messages=[{"role": "user", "content": p}], params=pr,
                               response=c.gsm_solution(rng, ans, "en", rng.randint(0, 2)), ip=ip, status=status_for(rng),
                               reasoning=c.gsm_reasoning(rng, ans) if "reasoning_effort" in pr else None)
                    elif r < .7:
                        p = rng.choice(code_hw)
                        w.emit(a, t, MODELS["code"], messages=[{"role": "user", "content": p}], params=chat_params(rng, stream=True),
                               response=asst_for(w, rng, p, True), ip=ip, status=status_for(rng))
                    else:
                        pairs = rng.choice(c.convs)
                        run_conversation(w, a, rng, t, pairs[:3], MODELS["flash"], chat_params(rng, app=True), lang=lang, ip=ip)


# 4 ------------------------------------------------------------------------------------------
def edtech_exam_prep(w, rng, n, scale):
    c = w.c
    firms = [("KE", "You are Somo, a patient mathematics tutor for Kenyan secondary school students (KCSE). Explain in simple English; add a short Kiswahili summary at the end.",
              "Question: {q}\n\nWrite a complete worked solution for a Form 3 student, numbering every step."),
             ("NG", "You are an exam coach for WAEC and JAMB candidates. Use clear steps and Nigerian examples where helpful.",
              "Solve the following past-question style problem and show every step of the working so candidates can follow.\n\n{q}"),
             ("ET", "You are a tutor preparing grade 10 national exam material. Answers must be accurate and easy to follow.",
              "{q}\n\nProvide: (1) the solution steps, (2) the final answer, (3) one common mistake students make.")]
    per = max(1, n // len(firms))
    for country, sys, tmpl in firms:
        org = "org-" + hx(rng, 12)
        pay = "inv_" + hx(rng, 16)
        start = rng.randrange(len(c.gsm))
        where = Where(w.nets, rng, "dc", country)
        for k in range(per):
            a = mk(w, rng, "edtech_exam_prep", country, None, rng.choice(["OpenAI/Python 2.4.0", "jangwa-python/0.9.4"]),
                   w.created_before(rng, 60, 500), org=org, pay=pay, where=where)
            m = lognorm_int(rng, 1100 * scale, .4, 100, 5000)
            ts = w.clock.sessions(rng, a.tz, m, 120, (1.5, 9), H_NIGHT if k % 2 else H_OFFICE, D_ALL)
            for i, t in enumerate(ts):
                q, ans = c.gsm[(start + k * 3000 + i) % len(c.gsm)]
                w.emit(a, t, MODELS["chat"], messages=[{"role": "system", "content": sys}, {"role": "user", "content": tmpl.format(q=q)}],
                       params={"temperature": 0.3, "max_tokens": 1200}, response=c.gsm_solution(rng, ans, "en", 0),
                       status=status_for(rng, heavy=True))


# 5 ------------------------------------------------------------------------------------------
FEWSHOT_HEAD = {"sw": ("Swali", "Jibu la hatua kwa hatua"), "ha": ("Tambaya", "Amsa mataki-mataki"), "yo": ("Ìbéèrè", "Ìdáhùn ní ìgbésẹ̀"),
                "am": ("ጥያቄ", "ደረጃ በደረጃ መልስ"), "fr": ("Question", "Réponse étape par étape"), "ar": ("السؤال", "الإجابة خطوة بخطوة"),
                "en": ("Question", "Step-by-step answer")}


def eval_teams(w, rng, n, scale):
    c = w.c
    teams = [("KE", "campus", ["sw", "am", "ha", "yo", "en"]), ("NG", "dc", ["yo", "ha", "pcm", "en"]), ("AE", "dc", ["ar", "en"]),
             ("SA", "dc", ["ar", "en"]), ("KE", "dc", ["en"])]
    per = max(1, n // len(teams))
    for ti, (country, kind, langs) in enumerate(teams):
        org = "org-" + hx(rng, 12)
        pay = "card_" + hx(rng, 16)
        where = Where(w.nets, rng, "dc", country) if kind == "dc" else Where(w.nets, rng, "fixed", country, fixed=w.nets.campus_nat(rng, country, "lab%d" % ti))
        shots = [rng.choice(c.gsm) for _ in range(rng.choice([0, 3, 5, 8]))]
        for k in range(per):
            a = mk(w, rng, "eval_teams", country, None, rng.choice(["OpenAI/Python 2.6.1", "python-httpx/0.28.1", "litellm/1.81.3"]),
                   w.created_before(rng, 30, 600), org=org, pay=pay, where=where)
            runs = rng.randint(1, 3)
            for r in range(runs):
                bench = rng.choice(["gsm", "gsm", "ah2", "ah1"])
                lang = rng.choice(langs)
                model = rng.choice([MODELS["chat"], MODELS["flash"], MODELS["code"]])
                t = w.clock.when(rng, a.tz, H_OFFICE, DAYS[country])
                if rng.random() < .4:
                    t = max(t, LONG_RELEASE + rng.uniform(3600, 3 * 86400))
                    model = MODELS["long"]
                size = lognorm_int(rng, 260 * scale, .4, 50, 1319)
                base = rng.randrange(len(c.gsm) - size)
                seed = rng.choice([0, 42, 1234, 2027])
                logp = rng.random() < .5
                effort = rng.choice([None, None, "low", "high"]) if model == MODELS["chat"] else None
                for i in range(size):
                    if t >= T1:
                        break
                    if bench == "gsm":
                        q, ans = c.gsm[base + i]
                        qh, ah = FEWSHOT_HEAD.get(lang, FEWSHOT_HEAD["en"])
                        shot_txt = "".join(f"{qh}: {sq}\n{ah}: {c.gsm_solution(rng, sa, 'en', 2)}\n\n" for sq, sa in shots)
                        p = f"{shot_txt}{qh}: {q}\n{ah}:"
                        resp = c.gsm_solution(rng, ans, lang if lang != "pcm" else "en", 2)
                    else:
                        pool = c.ah_code + c.ah_math + c.ah_creative if bench == "ah2" else c.ah_v01
                        p = pool[(base + i) % len(pool)]
                        resp = asst_for(w, rng, p, "```" in p or "code" in p.lower())
                    params = {"temperature": 0.0, "max_tokens": 1024 if bench == "gsm" else 4096, "seed": seed}
                    if logp:
                        params.update(logprobs=True, top_logprobs=5)
                    if effort:
                        params["reasoning_effort"] = effort
                    w.emit(a, t, model, messages=[{"role": "user", "content": p}], params=params, response=resp,
                           status=status_for(rng, heavy=True))
                    t += rng.uniform(.2, 4)


# 6 ------------------------------------------------------------------------------------------
def synthdata_startups(w, rng, n, scale):
    c = w.c
    firms = [
        ("KE", "You generate training examples for a customer-support assistant used by Kenyan SACCOs. Output valid JSON only.",
         "Here is an example task:\nInstruction: {i}\nInput: {x}\nOutput: {o}\n\nWrite {k} new, diverse tasks in the same style, relevant to savings and credit co-operatives in Kenya. Return JSON: {{\"tasks\": [{{\"instruction\":..., \"input\":..., \"output\":...}}]}}"),
        ("NG", "You are a data writer creating instruction-tuning data for an agri-tech chatbot serving Nigerian farmers.",
         "Seed example -> instruction: {i} | input: {x} | output: {o}\nCreate {k} similar examples about farming in Nigeria (some in Pidgin, some in Hausa). JSON list please."),
        ("AE", "You create bilingual Arabic/English examples for fine-tuning a retail assistant. Respond with JSON.",
         "Using the task below as inspiration, produce {k} new instruction/response pairs in Gulf Arabic and English for an e-commerce assistant.\n\nTask: {i}\n{x}"),
        ("SA", "أنت كاتب بيانات تدريب لمساعد حكومي رقمي. أعد النتيجة بصيغة JSON.",
         "المهمة المرجعية: {i}\nمثال: {x}\n\nاكتب {k} أمثلة جديدة متنوعة (تعليمات وإجابات) بالعربية الفصحى."),
        ("KE", "You are helping build a Swahili dataset for a health information app.",
         "Translate and adapt this instruction and answer into natural Kiswahili, then write {k} variations:\n\nInstruction: {i}\nAnswer: {o}"),
    ]
    per = max(1, n // len(firms))
    for country, sys, tmpl in firms:
        org = "org-" + hx(rng, 12)
        pay = "card_" + hx(rng, 16)
        where = Where(w.nets, rng, "dc", country)
        for k in range(per):
            a = mk(w, rng, "synthdata_startups", country, None, rng.choice(["OpenAI/Python 2.6.1", "AsyncOpenAI/Python 2.6.1"]),
                   w.created_before(rng, 20, 400), org=org, pay=pay, where=where)
            m = lognorm_int(rng, 650 * scale, .5, 50, 4000)
            ts = w.clock.sessions(rng, a.tz, m, 80, (.3, 3), H_OFFICE, D_ALL)
            for t in ts:
                i, x, o = rng.choice(c.si)
                p = tmpl.format(i=i, x=x or "-", o=o[:600], k=rng.choice([3, 5, 5, 8, 10]))
                n_ = rng.choice([1, 1, 2, 3])
                w.emit(a, t, MODELS["chat"], messages=[{"role": "system", "content": sys}, {"role": "user", "content": p}],
                       params={"temperature": 1.0, "top_p": .95, "n": n_, "max_tokens": 3000, "response_format": json_fmt()},
                       response='{"tasks": [' + ", ".join('{"instruction": %s, "output": %s}' % (__import__("json").dumps(rng.choice(c.si)[0]),
                                                                                                     __import__("json").dumps(reply_text(rng, rng.choice(["sw", "ar", "en", "pcm"]), 2)))
                                                           for _ in range(3)) + "]}",
                       status=status_for(rng, heavy=True))


# 7 ------------------------------------------------------------------------------------------
def translation_shops(w, rng, n, scale):
    c = w.c
    shops = [("KE", ["sw", "en", "fr", "am"]), ("KE", ["sw", "en"]), ("NG", ["yo", "ha", "en", "fr"]), ("NG", ["ha", "en"]),
             ("ET", ["am", "en"]), ("AE", ["ar", "en", "fr"]), ("AE", ["ar", "en"]), ("SA", ["ar", "en"]), ("SA", ["ar", "en", "fr"]),
             ("NG", ["yo", "en"]), ("ET", ["am", "en", "ar"]), ("AE", ["ar", "fr", "sw"])]
    per = max(1, n // len(shops))
    cat = ["memoQ-LLM-connector/11.2", "Trados-GenAI/2.1.0", "MateCat/3.4 (llm-mt)", "Smartcat-LLM/1.0", "OpenAI/Python 2.4.0"]
    for country, langs in shops:
        org = "org-" + hx(rng, 12)
        pay = rng.choice(["card_", "inv_"]) + hx(rng, 16)
        ua = rng.choice(cat)
        sys = rng.choice(["You are a professional translator. Preserve meaning, tone and formatting. Do not add commentary.",
                          "Translate faithfully. Keep numbers, names and markdown unchanged.",
                          "أنت مترجم محترف. حافظ على المعنى والتنسيق."])
        where = Where(w.nets, rng, "biz", country)
        for _ in range(per):
            a = mk(w, rng, "translation_shops", country, None, ua, w.created_before(rng, 30, 700), org=org, pay=pay, where=where)
            m = lognorm_int(rng, 260 * scale, .6, 20, 2000)
            ts = w.clock.sessions(rng, a.tz, m, 25, (3, 40), H_OFFICE, DAYS[country])
            for t in ts:
                src_lang = "en"
                tgt = rng.choice([l for l in langs if l != "en"] or ["fr"])
                doc = rng.choice(c.docs) if rng.random() < .7 else rng.choice(c.si)[2] or rng.choice(c.docs)
                tl = rng.choice(["en", tgt])
                p = rng.choice(TRANSLATE[tl]).format(L=lname(tl, tgt)) + "\n\n" + doc
                resp = reply_text(rng, tgt, max(3, len(doc) // 90))
                w.emit(a, t, rng.choice([MODELS["chat"], MODELS["flash"]]), messages=[{"role": "system", "content": sys}, {"role": "user", "content": p}],
                       params={"temperature": 0.2, "max_tokens": 4000}, response=resp, status=status_for(rng, heavy=True))


# 8 ------------------------------------------------------------------------------------------
TOOLSETS = [
    [{"type": "function", "function": {"name": "run_shell", "description": "Run a shell command in the sandbox", "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}},
     {"type": "function", "function": {"name": "read_file", "description": "Read a file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
     {"type": "function", "function": {"name": "write_file", "description": "Write a file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}, "required": ["path", "content"]}}}],
    [{"type": "function", "function": {"name": "mpesa_balance", "description": "Get wallet balance for the customer", "parameters": {"type": "object", "properties": {"msisdn": {"type": "string"}}, "required": ["msisdn"]}}},
     {"type": "function", "function": {"name": "create_ticket", "description": "Open a support ticket", "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "high"]}}}}}],
    [{"type": "function", "function": {"name": "search_web", "description": "Search the web", "parameters": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}}},
     {"type": "function", "function": {"name": "fetch_url", "description": "Fetch a page", "parameters": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}}}],
    [{"type": "function", "function": {"name": "sql_query", "description": "Run read-only SQL on the warehouse", "parameters": {"type": "object", "properties": {"sql": {"type": "string"}}, "required": ["sql"]}}}],
    [{"type": "function", "function": {"name": "get_weather", "description": "Weather forecast for a county", "parameters": {"type": "object", "properties": {"county": {"type": "string"}, "days": {"type": "integer"}}}}},
     {"type": "function", "function": {"name": "crop_prices", "description": "Market prices", "parameters": {"type": "object", "properties": {"crop": {"type": "string"}, "market": {"type": "string"}}}}}],
]
TOOL_OUT = ["exit code 0\n", "File not found", "{\"balance\": 1520.50, \"currency\": \"KES\"}", "ticket T-88213 created", "[{\"title\": \"...\", \"url\": \"https://example.org\"}]",
            "Traceback (most recent call last):\n  File \"main.py\", line 12\nKeyError: 'id'", "| id | total |\n| 1 | 330 |", "{\"rain_mm\": 12, \"max_c\": 27}"]


def agent_developers(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng)
        tools = rng.choice(TOOLSETS)
        ttok = len(str(tools)) // 4
        sys = rng.choice(["You are a helpful agent. Use tools when needed. Think before acting.", "You are DevBot, an autonomous coding assistant working in a repo.",
                          "You are Shamba Assistant. Use the tools to answer farmers' questions about weather and prices.",
                          "You are an analyst agent with SQL access. Never modify data."]) + (" Project: %s." % hx(rng, 4))
        a = mk(w, rng, "agent_developers", country, rng.choice(["home", "biz", "dc"]), rng.choice(["OpenAI/Python 2.6.1", "litellm/1.81.3", "OpenAI/JS 5.8.2", "AsyncOpenAI/Python 2.4.0"]),
               created_dist(w, rng))
        tasks = lognorm_int(rng, 22 * scale, .8, 1, 300)
        model0 = MODELS["code"] if rng.random() < .6 else MODELS["chat"]
        for _ in range(tasks):
            t = w.clock.when(rng, a.tz, H_EVENING if rng.random() < .5 else H_OFFICE, DAYS[country])
            model = maybe_model_after_release(rng, t, model0, .3, LONG_RELEASE)
            task = rng.choice(c.ah_v01_code + c.first_turns[:400]) if model0 == MODELS["code"] else rng.choice(c.first_turns)
            msgs = [{"role": "system", "content": sys}, {"role": "user", "content": task}]
            steps = rng.randint(1, 9)
            for s in range(steps):
                if t >= T1:
                    break
                fn = rng.choice(tools)["function"]["name"]
                last = s == steps - 1
                resp = asst_for(w, rng, task, model0 == MODELS["code"]) if last else f"Calling {fn}."
                w.emit(a, t, model, messages=msgs, params={"temperature": 0.0, "tools": tools, "tool_choice": "auto", "max_tokens": 2048},
                       response=resp, tools_tokens=ttok, status=status_for(rng))
                msgs = msgs + [{"role": "assistant", "content": f"[tool_call {fn}]"}, {"role": "tool", "content": rng.choice(TOOL_OUT)}]
                t += rng.uniform(1.5, 12)
            # developers re-run the same task after editing their prompt
            if rng.random() < .3:
                pass


# 9 ------------------------------------------------------------------------------------------
def reseller_routers(w, rng, n, scale):
    c = w.c
    resellers = [("KE", "PesaAI router", 2, 900), ("NG", "NaijaLLM gateway", 2, 1100), ("AE", "Gulf API hub", 2, 700)]
    w.resellers = {}
    for country, name, n_acc, n_users in resellers:
        org = "org-" + hx(rng, 12)
        pay = "inv_" + hx(rng, 16)
        accs = []
        for _ in range(n_acc):
            where = Where(w.nets, rng, "dc", country)
            accs.append(mk(w, rng, "reseller_routers", country, None, rng.choice(["litellm/1.81.3", "Go-http-client/2.0"]), w.created_before(rng, 100, 700),
                           org=org, pay=pay, where=where))
        w.resellers[name] = accs
        for _ in range(n_users):
            uid = "u_" + hx(rng, 12)
            ucountry = country if rng.random() < .8 else pick_country(rng)
            lang = pick_lang(rng, ucountry)
            heavy = rng.random() < .08
            k = lognorm_int(rng, (40 if heavy else 6) * scale, 1.0, 1, 600)
            kind = rng.random()
            for _ in range(max(1, k // 3)):
                a = rng.choice(accs)
                t = w.clock.when(rng, TZ[ucountry], H_HUMAN, D_ALL)
                model = rng.choice([MODELS["chat"], MODELS["flash"], MODELS["code"]])
                if kind < .5:
                    run_conversation(w, a, rng, t, rng.choice(c.convs)[:4], model, {"stream": True}, lang=lang, end_user=uid)
                elif kind < .75:
                    p = rng.choice(c.ah_v01_code + c.ah_code)
                    w.emit(a, t, MODELS["code"], messages=[{"role": "user", "content": p}], params={"temperature": 0.2}, response=asst_for(w, rng, p, True), end_user=uid,
                           status=status_for(rng))
                elif kind < .85:
                    q, ans = rng.choice(c.gsm)
                    w.emit(a, t, MODELS["chat"], messages=[{"role": "user", "content": local_wrap(rng, lang, q)}], params={}, response=c.gsm_solution(rng, ans),
                           end_user=uid, status=status_for(rng))
                else:
                    p = everyday(rng, lang) if lang != "en" else rng.choice(c.first_turns)
                    w.emit(a, t, MODELS["flash"], messages=[{"role": "user", "content": p}], params={"max_tokens": 800}, response=reply_text(rng, lang, 4),
                           end_user=uid, status=status_for(rng))


# 10 -----------------------------------------------------------------------------------------
def hackathons(w, rng, n, scale):
    c = w.c
    events = [("KE", "Kilimo AI hackathon", T0 + 4 * 86400 + 5 * 3600, 60 * 3600,
               "You are an assistant for smallholder farmers in Kenya. Answer in the farmer's language (Kiswahili or English) and keep it practical."),
              ("NG", "Lagos fintech buildathon", T0 + 5 * 86400 + 7 * 3600, 36 * 3600,
               "You are a helpful assistant for a Nigerian fintech app. Be concise.")]
    per = n // len(events)
    for country, name, start, dur, sys in events:
        card = "card_" + hx(rng, 16)      # the sponsor's card pays for every team account
        venue = Where(w.nets, rng, "biz", country)
        for _ in range(per):
            created = start - 3600 + rng.expovariate(1 / 2400.0)
            a = mk(w, rng, "hackathons", country, None, "jangwa-python/0.9.4" if rng.random() < .8 else ua_pick(rng, "sdk"), created, pay=card,
                   where=venue, lang=pick_lang(rng, country))
            m = lognorm_int(rng, 45 * scale, .9, 3, 400)
            ts = sorted(created + rng.random() * dur for _ in range(m))
            for t in ts:
                if t >= T1:
                    continue
                r = rng.random()
                model = MODELS["long"] if rng.random() < .3 else rng.choice([MODELS["chat"], MODELS["flash"], MODELS["code"]])
                if r < .35:
                    p = everyday(rng, a.lang) if a.lang != "en" else rng.choice(c.first_turns)
                elif r < .6:
                    i, x, o = rng.choice(c.si)
                    p = i + ("\n" + x if x else "")
                elif r < .8:
                    p = rng.choice(c.ah_v01_code)
                    model = MODELS["code"]
                else:
                    p = rng.choice(["test", "hello from team " + hx(rng, 3), "Return a JSON object with keys crop and advice for maize in Nakuru."])
                ip = venue.session_ip(rng) if rng.random() < .85 else w.nets[rng.choice(["ke_safaricom_mobile", "ng_mtn_mobile"])].ip(rng)
                w.emit(a, t, model, messages=[{"role": "system", "content": sys}, {"role": "user", "content": p}],
                       params={"temperature": 0.7, "max_tokens": 512}, response=reply_text(rng, a.lang, 4) if a.lang != "en" else asst_for(w, rng, p),
                       ip=ip, status=status_for(rng))


# 11 -----------------------------------------------------------------------------------------
LOWRES_FRAME = {"sw": "Jibu swali lifuatalo kwa Kiswahili tu: ", "am": "የሚከተለውን ጥያቄ በአማርኛ ብቻ መልስ፦ ", "ha": "Amsa wannan tambaya da Hausa kawai: ",
                "yo": "Dáhùn ìbéèrè yìí ní Yorùbá nìkan: "}


def safety_researchers(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng)
        a = mk(w, rng, "safety_researchers", country, rng.choice(["home", "biz", "dc"]), ua_pick(rng, "sdk"), w.created_before(rng, 30, 500))
        m = lognorm_int(rng, 70 * scale, .7, 10, 600)
        ts = w.clock.sessions(rng, a.tz, m, 20, (2, 30), H_OFFICE, DAYS[country])
        for t in ts:
            r = rng.random()
            if r < .3:
                p = rng.choice(c.jb)
            elif r < .45:
                p = rng.choice(c.dan).replace("{generator.name}", "Jangwa")
            elif r < .6:
                p = rng.choice(c.sysx)
            elif r < .8:
                lang = rng.choice(list(LOWRES_FRAME))
                p = LOWRES_FRAME[lang] + rng.choice(c.adv)
            else:
                p = rng.choice(c.adv)
            model = maybe_model_after_release(rng, t, rng.choice([MODELS["chat"], MODELS["flash"]]), .5, LONG_RELEASE)
            w.emit(a, t, model, messages=[{"role": "user", "content": p}],
                   params={"temperature": rng.choice([0.0, 0.7, 1.0]), "n": rng.choice([1, 1, 5]), "max_tokens": 1024},
                   response=rng.choice(["I can't help with that.", "I'm sorry, but I can't assist with that request.", "Samahani, siwezi kusaidia na hilo."]) if rng.random() < .7 else asst_for(w, rng, p),
                   status=status_for(rng))


# 12 -----------------------------------------------------------------------------------------
def mobile_money_bots(w, rng, n, scale):
    firms = [("KE", ["sw", "en", "sw"], "You are Tuma, the virtual assistant of a Kenyan mobile-money service. Be polite, reply in the customer's language (Kiswahili, Sheng or English). Never ask for the PIN."),
             ("NG", ["pcm", "en", "yo", "ha"], "You are Ada, support agent for a Nigerian digital bank. Classify the issue and reply briefly. Never request card PIN or OTP."),
             ("AE", ["ar", "en"], "أنت مساعد خدمة العملاء لمحفظة رقمية في الإمارات. أجب بإيجاز وبلغة العميل."),
             ("ET", ["am", "en"], "You are the assistant of an Ethiopian mobile wallet. Answer in Amharic unless the customer writes English.")]
    per = max(1, n // len(firms))
    for country, langs, sys in firms:
        org = "org-" + hx(rng, 12)
        pay = "inv_" + hx(rng, 16)
        for _ in range(per):
            where = Where(w.nets, rng, "dc", country)
            a = mk(w, rng, "mobile_money_bots", country, None, rng.choice(["okhttp/4.12.0", "Go-http-client/2.0", "axios/1.9.0"]), w.created_before(rng, 60, 600),
                   org=org, pay=pay, where=where)
            classify = rng.random() < .5
            m = lognorm_int(rng, 1300 * scale, .4, 200, 6000)
            ts = w.clock.sessions(rng, a.tz, m, 300, (.2, 6), H_HUMAN, D_ALL)
            for t in ts:
                lang = rng.choice(langs)
                cust = "cust_" + hx(rng, 10)
                msg = support_msg(rng, lang)
                if classify:
                    w.emit(a, t, MODELS["flash"], messages=[{"role": "system", "content": sys + " Output JSON {intent, urgency, reply}."}, {"role": "user", "content": msg}],
                           params={"temperature": 0.1, "max_tokens": 300, "response_format": json_fmt()},
                           response='{"intent": "%s", "urgency": "%s", "reply": "%s"}' % (rng.choice(["reversal", "pin_reset", "loan", "double_debit", "kyc"]), rng.choice(["low", "high"]),
                                                                                           reply_text(rng, lang, 2)),
                           end_user=cust, status=status_for(rng, heavy=True))
                else:
                    msgs = [{"role": "system", "content": sys}, {"role": "user", "content": msg}]
                    if rng.random() < .4:
                        msgs += [{"role": "assistant", "content": reply_text(rng, lang, 2)}, {"role": "user", "content": support_msg(rng, lang)}]
                    w.emit(a, t, MODELS["flash"], messages=msgs, params={"temperature": 0.3, "max_tokens": 400, "stream": True},
                           response=reply_text(rng, lang, rng.randint(2, 5)), end_user=cust, status=status_for(rng, heavy=True))


# 13 -----------------------------------------------------------------------------------------
def gov_ngo_batch(w, rng, n, scale):
    c = w.c
    jobs = [("KE", "Summarise the following county health facility report for the weekly bulletin. Use at most 120 words.\n\nREPORT:\n{d}\n\nSUMMARY:", "docs"),
            ("SA", "صنف الملاحظة التالية من المواطن إلى واحدة من الفئات: [طرق، نظافة، إنارة، مياه، أخرى]\n\nالملاحظة: {d}\n\nالفئة:", "cls"),
            ("ET", "Translate this public notice into Amharic, keeping dates and phone numbers unchanged.\n\n{d}\n\nAmharic:", "docs"),
            ("NG", "Task: {i}\nInput: {x}\nAnswer:", "si"),
            ("AE", "Extract the key facts (who, what, when, where) from the text below as JSON.\n\n{d}", "docs")]
    per = max(1, n // len(jobs))
    for country, tmpl, src in jobs:
        org = "org-" + hx(rng, 12)
        pay = "inv_" + hx(rng, 16)
        where = Where(w.nets, rng, "dc", country) if rng.random() < .6 else Where(w.nets, rng, "biz", country)
        for _ in range(per):
            a = mk(w, rng, "gov_ngo_batch", country, None, rng.choice(["python-requests/2.32.3", "curl/8.7.1", "jangwa-python/0.7.0"]), w.created_before(rng, 200, 900),
                   org=org, pay=pay, where=where)
            nights = rng.sample(range(7), rng.randint(3, 7))
            for d in nights:
                k = lognorm_int(rng, 90 * scale, .4, 10, 800)
                t = T0 + d * 86400 + (22 - a.tz) * 3600 + rng.uniform(0, 4 * 3600)
                for _ in range(k):
                    if t >= T1:
                        break
                    if src == "docs":
                        p = tmpl.format(d=rng.choice(c.docs))
                    elif src == "cls":
                        p = tmpl.format(d=rng.choice(c.first_turns)[:400])
                    else:
                        i, x, o = rng.choice(c.si_cls or c.si)
                        p = tmpl.format(i=i, x=x)
                    w.emit(a, t, MODELS["legacy"], prompt=p, params={"temperature": 0, "max_tokens": 400}, response=reply_text(rng, rng.choice(["en", "ar", "am"]), 3),
                           status=status_for(rng))
                    t += rng.uniform(.5, 3)


# 14 -----------------------------------------------------------------------------------------
def enterprise_copilots(w, rng, n, scale):
    c = w.c
    n_co = max(1, n // 7)
    for _ in range(n_co):
        country = pick_country(rng, [("KE", .2), ("NG", .2), ("AE", .3), ("SA", .3)])
        org = "org-" + hx(rng, 12)
        pay = "inv_" + hx(rng, 16)
        sys = rng.choice(["You are the internal assistant of {co}. Follow the company's communication guidelines.",
                          "أنت المساعد الداخلي لشركة {co}. أجب بدقة واحترافية.", "You help {co} staff draft emails, summaries and analyses. Confidential."]).format(
            co=rng.choice(["a regional bank", "an airline", "a telecom operator", "a logistics group", "an insurance company", "a real-estate developer"]))
        gateway = Where(w.nets, rng, "dc", country, nets_list=["ae_azure", "ae_aws"] if country in ("AE", "SA") else None)
        for _ in range(rng.randint(3, 11)):
            a = mk(w, rng, "enterprise_copilots", country, None, rng.choice(["OpenAI/Python 2.4.0", "OpenAI/JS 5.3.0"]), w.created_before(rng, 60, 800),
                   org=org, pay=pay, where=gateway)
            staff = ["emp_" + hx(rng, 8) for _ in range(rng.randint(10, 120))]
            m = lognorm_int(rng, 110 * scale, .8, 5, 1500)
            ts = w.clock.sessions(rng, a.tz, m, 3, (30, 300), H_OFFICE, DAYS[country])
            for t in ts:
                r = rng.random()
                if r < .4:
                    p = rng.choice(c.first_turns)
                elif r < .65:
                    p = rng.choice(c.ah_v01_other)
                elif r < .9:
                    lang = "ar" if country in ("AE", "SA") and rng.random() < .5 else "en"
                    p = rng.choice(SUMMARIZE[lang]) + "\n\n" + rng.choice(c.docs)
                else:
                    p = rng.choice(c.ah_v01_code)
                model = maybe_model_after_release(rng, t, MODELS["chat"], .15, LONG_RELEASE + 86400)
                w.emit(a, t, model, messages=[{"role": "system", "content": sys}, {"role": "user", "content": p}], params={"temperature": 0.3, "stream": True},
                       response=asst_for(w, rng, p, "code" in p.lower()), end_user=rng.choice(staff), status=status_for(rng))


# 15 -----------------------------------------------------------------------------------------
def indie_developers(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng)
        a = mk(w, rng, "indie_developers", country, rng.choice(["home", "home", "mobile", "biz"]), ua_pick(rng, "ide" if rng.random() < .6 else "sdk"),
               created_dist(w, rng))
        m = lognorm_int(rng, 40 * scale, 1.0, 1, 800)
        ts = w.clock.sessions(rng, a.tz, m, 8, (20, 600), H_EVENING, D_ALL)
        prev = None
        for t in ts:
            if prev and rng.random() < .35:
                p = prev + "\n\n" + rng.choice(["That didn't work, I get an error.", "Can you make it faster?", "Now add tests.", "Explain line 3.", "Convert this to TypeScript."])
            else:
                p = rng.choice(c.ah_v01_code + c.ah_code + [x for x in c.first_turns[:600]])
            prev = p[:3000]
            w.emit(a, t, MODELS["code"], messages=[{"role": "user", "content": p}], params={"stream": True, "temperature": 0.2, "max_tokens": 4096},
                   response=asst_for(w, rng, p, True), status=status_for(rng))


# 16 -----------------------------------------------------------------------------------------
def content_agencies(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng, [("AE", .4), ("SA", .3), ("NG", .2), ("KE", .1)])
        a = mk(w, rng, "content_agencies", country, "biz", ua_pick(rng, "sdk"), w.created_before(rng, 10, 500))
        m = lognorm_int(rng, 170 * scale, .7, 10, 2000)
        ts = w.clock.sessions(rng, a.tz, m, 15, (10, 90), H_OFFICE, DAYS[country])
        lang = "ar" if country in ("AE", "SA") and rng.random() < .6 else "en"
        for t in ts:
            p = rng.choice(c.ah_creative + c.ah_v01_other[:100])
            if lang == "ar":
                p = p + "\n\nاكتب النص باللغة العربية بأسلوب تسويقي جذاب."
            nn = rng.choice([1, 2, 4, 4])
            w.emit(a, t, MODELS["chat"], messages=[{"role": "user", "content": p}], params={"temperature": 1.0, "n": nn, "max_tokens": 1500, "presence_penalty": 0.4},
                   response=reply_text(rng, lang, 6) if lang == "ar" else asst_for(w, rng, p), status=status_for(rng))


# 17 -----------------------------------------------------------------------------------------
def legal_longdoc(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng, [("KE", .3), ("NG", .3), ("AE", .2), ("SA", .2)])
        a = mk(w, rng, "legal_longdoc", country, "biz", rng.choice(["OpenAI/Python 2.6.1", "jangwa-python/0.9.4", "python-httpx/0.28.1"]), w.created_before(rng, 30, 600))
        m = lognorm_int(rng, 45 * scale, .6, 4, 400)
        ts = w.clock.sessions(rng, a.tz, m, 6, (30, 400), H_OFFICE, DAYS[country])
        adopt = LONG_RELEASE + rng.expovariate(1 / (10 * 3600.0))
        for t in ts:
            if t >= adopt and rng.random() < .8:
                docs = "\n\n---\n\n".join(rng.choice(c.docs) for _ in range(rng.randint(8, 22)))
                p = rng.choice(["Here is the full contract bundle. List every obligation of the supplier, with clause references.",
                                "Review these documents and flag inconsistencies between them.", "Summarise each exhibit and produce a risk table."]) + "\n\n" + docs
                w.emit(a, t, MODELS["long"], messages=[{"role": "user", "content": p}], params={"temperature": 0.2, "max_tokens": 8000},
                       response="\n".join(reply_text(rng, "en", 3) for _ in range(6)), status=status_for(rng))
            else:
                p = rng.choice(SUMMARIZE["en"]) + "\n\n" + rng.choice(c.docs)
                w.emit(a, t, MODELS["chat"], messages=[{"role": "user", "content": p}], params={"temperature": 0.2, "max_tokens": 1000},
                       response=asst_for(w, rng, p), status=status_for(rng))


# 18 -----------------------------------------------------------------------------------------
def leaderboard_evaluators(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = rng.choice(["KE", "AE", "NG"])
        a = mk(w, rng, "leaderboard_evaluators", country, "dc", "python-httpx/0.28.1", w.created_before(rng, 100, 700))
        runs = [(MODELS["long"], LONG_RELEASE + rng.uniform(1800, 6 * 3600))]
        if rng.random() < .6:
            runs.append((rng.choice([MODELS["chat"], MODELS["code"]]), T0 + rng.uniform(0, 3 * 86400)))
        for model, t in runs:
            items = c.ah_v01 + c.ah_code + c.ah_math + c.ah_creative
            k = min(len(items), int(rng.uniform(400, 900) * scale))
            for i in range(k):
                if t >= T1:
                    break
                p = items[i]
                w.emit(a, t, model, messages=[{"role": "user", "content": p}], params={"temperature": 0.0, "max_tokens": 4096, "seed": 0, **({"reasoning_effort": "high"} if model == MODELS["chat"] else {})},
                       response=asst_for(w, rng, p, "code" in p.lower()), status=status_for(rng, heavy=True))
                t += rng.uniform(.5, 6)


# 19 -----------------------------------------------------------------------------------------
def bpo_qa_graders(w, rng, n, scale):
    c = w.c
    rub = ["Score the agent on a 1-5 scale for: empathy, accuracy, resolution, compliance. Return JSON with the four scores and a one-line justification each.",
           "Evaluate this support transcript against our QA rubric (greeting, verification, solution, closing). Output JSON {\"scores\": {...}, \"coaching_tip\": ...}."]
    for bi in range(max(1, n // 3)):
        org = "org-" + hx(rng, 12)
        pay = "inv_" + hx(rng, 16)
        where = Where(w.nets, rng, "biz", "KE")
        r = rng.choice(rub)
        for _ in range(3):
            a = mk(w, rng, "bpo_qa_graders", "KE", None, "OpenAI/Python 2.4.0", w.created_before(rng, 60, 400), org=org, pay=pay, where=where)
            m = lognorm_int(rng, 700 * scale, .4, 100, 3000)
            ts = w.clock.sessions(rng, a.tz, m, 60, (2, 15), H_NIGHT, D_ALL)
            for t in ts:
                pairs = rng.choice(c.convs)
                tr = "\n".join(f"Customer: {u[:500]}\nAgent: {x[:600]}" for u, x in pairs[:3])
                w.emit(a, t, MODELS["chat"], messages=[{"role": "system", "content": r}, {"role": "user", "content": "TRANSCRIPT\n" + tr}],
                       params={"temperature": 0, "response_format": json_fmt(), "max_tokens": 500},
                       response='{"scores": {"empathy": %d, "accuracy": %d, "resolution": %d, "compliance": %d}, "coaching_tip": "Acknowledge the customer before troubleshooting."}' % tuple(rng.randint(1, 5) for _ in range(4)),
                       status=status_for(rng))


# 20 -----------------------------------------------------------------------------------------
def teachers(w, rng, n, scale):
    c = w.c
    for _ in range(n):
        country = pick_country(rng, [("KE", .4), ("NG", .35), ("ET", .15), ("SA", .1)])
        lang = pick_lang(rng, country)
        a = mk(w, rng, "teachers", country, rng.choice(["mobile", "home"]), ua_pick(rng, "browser"), created_dist(w, rng), lang=lang)
        m = lognorm_int(rng, 14 * scale, .7, 1, 120)
        ts = w.clock.sessions(rng, a.tz, m, 4, (60, 500), H_EVENING, DAYS[country])
        for t in ts:
            q, ans = rng.choice(c.gsm)
            r = rng.random()
            if r < .4:
                p = f"Create 5 questions similar to this one for my class, with answers:\n{q}"
            elif r < .7:
                wrong = ans.replace("#### ", "#### 1") if rng.random() < .5 else ans
                p = f"Mark this student's work and explain any mistake.\nQuestion: {q}\nStudent's answer: {c.gsm_steps(wrong)[0][-1] if c.gsm_steps(wrong)[0] else wrong}"
            else:
                p = local_wrap(rng, lang, f"Make a lesson plan for teaching this type of problem: {q}")
            w.emit(a, t, MODELS["chat"], messages=[{"role": "user", "content": p}], params=chat_params(rng, app=True),
                   response=c.gsm_solution(rng, ans, lang if lang != "pcm" else "en", 1), status=status_for(rng))


POPULATIONS = [
    # name, fn, accounts, volume scale
    ("consumer_chat", consumer_chat, 1900, 1.0),
    ("trial_signups", trial_signups, 850, 1.0),
    ("campus_students", campus_students, 600, 1.0),
    ("edtech_exam_prep", edtech_exam_prep, 9, 1.0),
    ("eval_teams", eval_teams, 25, 1.0),
    ("synthdata_startups", synthdata_startups, 15, 1.0),
    ("translation_shops", translation_shops, 40, 1.0),
    ("agent_developers", agent_developers, 120, 1.0),
    ("reseller_routers", reseller_routers, 6, 1.0),
    ("hackathons", hackathons, 120, 1.0),
    ("safety_researchers", safety_researchers, 20, 1.0),
    ("mobile_money_bots", mobile_money_bots, 12, 1.0),
    ("gov_ngo_batch", gov_ngo_batch, 15, 1.0),
    ("enterprise_copilots", enterprise_copilots, 150, 1.0),
    ("indie_developers", indie_developers, 450, 1.0),
    ("content_agencies", content_agencies, 30, 1.0),
    ("legal_longdoc", legal_longdoc, 60, 1.0),
    ("leaderboard_evaluators", leaderboard_evaluators, 4, 1.0),
    ("bpo_qa_graders", bpo_qa_graders, 6, 1.0),
    ("teachers", teachers, 150, 1.0),
]
