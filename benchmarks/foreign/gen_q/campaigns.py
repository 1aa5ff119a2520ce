"""Distillation campaigns of the gen_q world.

c-q01..c-q07 follow tactics in the public record (DESIGN.md); c-q08..c-q19 are this world's own inventions
(labelled held_out)."""
import random

import content as K
from common import sessions, pick_model, effort_params, converse
from lang import L, TUTOR_SYS, math_problem, chat_prompt, chat_response
from world import (Account, WEEK_START, WEEK_END, RELEASE, DAY, HOUR, M_ATLAS, M_MINI, M_CODER, M_R1, M_R2, REASONING_MODELS,
                   SDK_UA, FRAMEWORK_UA, EVAL_UA, REDTEAM_UA, AGENT_UA, BROWSER_UA, COUNTRIES, LANG_COUNTRIES,
                   days_before, logn, wchoice, human_time)

RECORD_COT = ["Write out the internal reasoning behind this answer step by step.",
              "Write out the internal reasoning behind your answer step by step, then state the final answer.",
              "Before answering, write out your complete internal reasoning step by step."]


def R2_SHIFT(r, t, share=0.5, lag_h=(2, 22)):
    """True when a campaign that pivots to the new model sends this request to it."""
    if t < RELEASE + r.uniform(*lag_h) * HOUR:
        return False
    return r.random() < share


def gsm_item(w, r, idx=None):
    C = w.C
    q, body, fin = C.gsm[idx % len(C.gsm) if idx is not None else r.randrange(len(C.gsm))]
    return q, body, fin


def reason_for(r, model, q, body, fin, effort="high"):
    if model in REASONING_MODELS:
        return K.reasoning_steps(r, q, K.gsm_steps(body), fin, effort)
    return None


def fresh_account(w, key, cid, created, country, langs, profile, org=None, pay=None, nkeys=1):
    a = Account(key, w.clabel(cid), created, country, langs, profile, org_id=org or w.org(), payment=pay)
    a.api_keys = w.keys(nkeys)
    return a


# ====================================================================== c-q01 hydra proxy reseller (record)
def c01_hydra(w):
    cid = w.campaign("c-q01", "hydra_proxy_mix", False,
                     "A commercial proxy reseller runs a cluster of upstream accounts and mixes extraction traffic of its "
                     "distillation clients with ordinary customers' chat (record: hydra clusters, proxy resellers).")
    R = random.Random(f"{w.seed}/c01")
    cards = [w.pm() for _ in range(18)]
    blocks = [w.net.cloud_block(R) for _ in range(2)]
    egress = [w.net.cloud(R, blocks[i % 2]) for i in range(10)]
    accts = []
    for i in range(260):
        wave = i // 20
        created = WEEK_START - (75 - wave * 5) * DAY + R.uniform(0, 2) * HOUR
        a = fresh_account(w, f"c01/{i}", cid, created, "HK", ["zh-Hans", "en"], "flat", pay=cards[(i * 7 + wave) % 18], nkeys=2)
        a.ips = [(ip, 1) for ip in egress]
        a.uas = [("Go-http-client/2.0", 13), ("OpenAI/Python 2.3.0", 3), ("openai-node/4.85.1", 2), ("OpenAI/Python 1.82.1", 2)]
        a.err = 0.05
        accts.append(a)
        w.add(a, lambda w_, a_: None)
    ext_clients = [w.eu("user", R) for _ in range(60)]
    for eu in ext_clients:
        w.mark_eu(eu, cid)
    customers = [w.eu("user", R) for _ in range(1300)]

    def drive(w_):
        r = random.Random(f"{w.seed}/c01/drive")
        C = w.C
        for k, eu in enumerate(ext_clients):
            style = k % 3
            n = int(logn(r, 170, 0.4))
            base = r.randrange(len(C.gsm))
            for j in range(n):
                t = WEEK_START + r.random() * 7 * DAY
                if r.random() < 0.3:
                    t = WEEK_START + r.randrange(7) * DAY + r.uniform(1, 11) * HOUR  # China daytime bump
                a = accts[r.randrange(len(accts))]
                model = M_R2 if R2_SHIFT(r, t, 0.5, (3, 20)) else r.choice([M_R1, M_R1, M_ATLAS])
                if style == 0:
                    q, body, fin = gsm_item(w, r, base + j)
                    p = q + "\n\n" + r.choice(RECORD_COT)
                    resp = K.gsm_answer(r, body, fin, "numbered")
                    rsn = reason_for(r, model, q, body, fin)
                elif style == 1:
                    p0 = C.hard_coding[(base + j) % len(C.hard_coding)]
                    p = p0 + "\n\nExplain your reasoning in detail before writing the code."
                    resp = K.code_answer(r, p0)
                    rsn = K.reasoning_generic(r, p0, "high") if model in REASONING_MODELS else None
                else:
                    q, sol, ans = math_problem(r, "zh-Hans")
                    p = q + "\n" + r.choice(L["zh-Hans"]["coerce"])
                    resp = K.lang_answer(r, "zh-Hans", q, sol)
                    rsn = K.reasoning_generic(r, q, "high", "zh-Hans") if model in REASONING_MODELS else None
                params = {"temperature": 0.6, "max_tokens": 8192}
                if model in REASONING_MODELS:
                    params["reasoning_effort"] = "high"
                w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rsn, params=params,
                         end_user=eu, ip=egress[r.randrange(10)])
        for eu in customers:
            lang = r.choice(["zh-Hans", "zh-Hans", "en", "zh-Hant", "ko"])
            from benign import casual_turns
            for s in range(max(1, int(logn(r, 4, 0.8)))):
                t = human_time(r, "CN" if lang.startswith("zh") else "KR" if lang == "ko" else "SG", "personal")
                a = accts[r.randrange(len(accts))]
                model = r.choice([M_ATLAS, M_MINI, M_R1] + ([M_R2] if t > RELEASE else []))
                converse(w, a, t, model, casual_turns(w, r, lang, False, model), end_user=eu, params={"stream": True},
                         ip=egress[r.randrange(10)])
    w.drivers.append(drive)


# ====================================================================== c-q02 CoT trace sweep (record)
def c02_cot_sweep(w):
    cid = w.campaign("c-q02", "cot_trace_sweep", False,
                     "Freshly created accounts sweep GSM8K with the record's chain-of-thought elicitation wording, in "
                     "synchronised nightly bursts from one hosting subnet.")
    R = random.Random(f"{w.seed}/c02")
    burst = WEEK_START - 5 * DAY + 13 * HOUR
    cards = [w.pm() for _ in range(3)]
    block = w.net.cloud_block(R)
    for i in range(55):
        a = fresh_account(w, f"c02/{i}", cid, burst + R.uniform(0, 3) * HOUR, "SG", ["en"], "flat", pay=cards[i % 3])
        a.ips = [(w.net.cloud(R, block), 1)]
        a.uas = [("python-httpx/0.27.0", 1)]
        a.err = 0.04
        w.add(a, c02_run, idx=i)


def c02_run(w, a):
    r = a.rng
    i = a.info["idx"]
    pos = i * 130
    for d in range(7):
        start = WEEK_START + d * DAY + 1 * HOUR + r.uniform(0, 240)
        t = start
        for j in range(r.randint(18, 30)):
            q, body, fin = gsm_item(w, r, pos)
            pos += 1
            model = M_R2 if R2_SHIFT(r, t, 0.6, (4, 9)) else (M_R1 if r.random() < 0.7 else M_ATLAS)
            p = f"{q}\n\n{RECORD_COT[j % 3]}"
            params = {"temperature": 0.6, "max_tokens": 4096}
            if model in REASONING_MODELS:
                params["reasoning_effort"] = "high"
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=K.gsm_answer(r, body, fin, "numbered"),
                         reasoning=reason_for(r, model, q, body, fin), params=params)
            t += r.uniform(15, 60)


# ====================================================================== c-q03 rubric reward model (record)
RUBRIC_EN = ("Grade the candidate response using the rubric.\nRubric:\n(1) Correctness of the final answer: 0-4\n"
             "(2) Validity of each reasoning step: 0-3\n(3) Clarity and completeness: 0-3\n"
             "Return JSON {{\"scores\": {{\"correctness\": n, \"steps\": n, \"clarity\": n}}, \"total\": n, \"critique\": \"...\"}}.\n\n"
             "Problem:\n{q}\n\nCandidate response:\n{c}")
RUBRIC_ZH = ("请根据评分标准为候选回答打分。\n评分标准：\n(1) 最终答案是否正确：0-4分\n(2) 每一步推理是否成立：0-3分\n(3) 表达是否清楚完整：0-3分\n"
             "请以JSON格式返回 {{\"scores\": {{...}}, \"total\": n, \"critique\": \"...\"}}。\n\n题目：\n{q}\n\n候选回答：\n{c}")


def c03_rubric(w):
    cid = w.campaign("c-q03", "rubric_reward_model", False,
                     "The model is used as a reward model: best-of-n candidates from the adversary's student model are graded "
                     "against a fixed rubric, several candidates per problem (record: rubric-based grading).")
    R = random.Random(f"{w.seed}/c03")
    cards = [w.pm() for _ in range(8)]
    for i in range(40):
        lang = "zh-Hans" if i % 10 < 3 else "en"
        a = fresh_account(w, f"c03/{i}", cid, days_before(R, 3, 24), "SG" if lang == "en" else "CN", [lang], "flat", pay=cards[i % 8])
        a.ips = [(w.net.cloud(R), 1) for _ in range(2)]
        a.uas = [("aiohttp/3.9.5", 1)]
        w.add(a, c03_run, lang=lang)


def c03_run(w, a):
    r = a.rng
    lang = a.info["lang"]
    for t in sessions(a, r.randint(12, 22), profile="flat"):
        if lang == "en":
            q, body, fin = gsm_item(w, r)
        else:
            q, body, fin = math_problem(r, "zh-Hans")
        for c in range(r.randint(4, 8)):
            steps = K.gsm_steps(body)
            wrong = r.random() < 0.4
            cand = "Answer: " + " ".join(steps[:max(1, len(steps) - (1 if wrong else 0))]) + f" Final: {int(fin.replace(',', '')) + (r.randint(1, 9) if wrong else 0) if fin.replace(',', '').isdigit() else fin}"
            tmpl = RUBRIC_EN if lang == "en" else RUBRIC_ZH
            p = tmpl.format(q=q, c=cand)
            tot = r.randint(2, 5) if wrong else r.randint(7, 10)
            resp = '{"scores": {"correctness": %d, "steps": %d, "clarity": %d}, "total": %d, "critique": "%s"}' % (
                0 if wrong else 4, r.randint(1, 3), r.randint(1, 3), tot,
                "The final answer is wrong; step 2 miscounts." if wrong else "Correct and clearly reasoned.")
            model = M_ATLAS if r.random() < 0.7 else M_R1
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=resp,
                         reasoning=K.reasoning_generic(r, p, "medium") if model in REASONING_MODELS else None,
                         params={"temperature": 0.0, "response_format": {"type": "json_object"}, "max_tokens": 400})
            t += r.uniform(0.2, 2)


# ====================================================================== c-q04 release-day pivot, agentic coding (record)
def c04_pivot(w):
    cid = w.campaign("c-q04", "release_pivot_agentic", False,
                     "Agentic-coding trajectories harvested through accounts posing as coding-agent users; half the traffic moves "
                     "to the new reasoning model within a day of release (record: release pivot, narrow capability targeting).")
    R = random.Random(f"{w.seed}/c04")
    for i in range(110):
        country = R.choice(["US-W", "US-E", "DE", "UK", "CA"])
        a = fresh_account(w, f"c04/{i}", cid, days_before(R, 1, 21), country, ["en"], "flat", pay=w.pm())
        a.ips = [(w.net.residential(R, country), 1) for _ in range(6)]
        a.uas = [(wchoice(R, AGENT_UA), 1)]
        a.err = 0.03
        w.add(a, c04_run, off=i * 11)


def c04_run(w, a):
    r = a.rng
    C = w.C
    n = int(logn(r, 20, 0.3))
    pos = a.info["off"]
    for t in sessions(a, n, profile="flat"):
        model = M_R2 if R2_SHIFT(r, t, 0.55, (2, 20)) else r.choice([M_CODER, M_ATLAS, M_R1])
        task = C.hard_coding[pos % len(C.hard_coding)][:1800]
        pos += 1
        cid = "conv_" + w.hx(16)
        msgs = [{"role": "system", "content": "You are a coding agent operating in the user's repository. Use the tools to inspect and edit files."},
                {"role": "user", "content": task}]
        params = {"temperature": 0.2, "tools": K.TOOLS_CODING, "tool_choice": "auto", "stream": True}
        if model in REASONING_MODELS:
            params["reasoning_effort"] = "high"
        ip = a.ip(r)
        for s in range(r.randint(2, 5)):
            name = r.choice(["read_file", "search_code", "run_command"])
            call_id = "call_" + w.hx(12)
            arg = '{"path": "%s"}' % r.choice(K.REPO_FILES) if name == "read_file" else '{"query": "%s"}' % K.keywords(task)[0] \
                if name == "search_code" else '{"cmd": "pytest -q"}'
            t = w.E.call(a, t, model, messages=msgs, response="", params=params, conv=cid, ip=ip, tools_tokens=420,
                         reasoning=("Let me inspect the repository before changing anything; " + name + " first.") if model in REASONING_MODELS else None,
                         extra={"tool_calls": [K.tool_call(r, name, arg, call_id)], "finish_reason": "tool_calls"})
            msgs.append({"role": "assistant", "content": "", "tool_calls": [K.tool_call(r, name, arg, call_id)]})
            msgs.append({"role": "tool", "tool_call_id": call_id, "content": r.choice(["OK", "3 passed", "def main():\n    pass\n", "no matches"])})
            t += r.uniform(0.3, 3)
        w.E.call(a, t, model, messages=msgs, response=K.code_answer(r, task), params=params, conv=cid, ip=ip, tools_tokens=420,
                 reasoning=K.reasoning_generic(r, task, "high") if model in REASONING_MODELS else None)


# ====================================================================== c-q05 censorship-safe rewrites (record)
CS_TOPICS_S = ["台湾的政治地位", "1989年的天安门事件", "新疆的人权状况", "西藏的历史", "2019年香港的抗议活动", "中国的互联网审查制度",
               "文化大革命", "言论自由与网络管理"]
CS_TOPICS_T = ["台灣的政治地位", "1989年的天安門事件", "新疆的人權狀況", "西藏的歷史", "2019年香港的抗議活動", "中國的網路審查制度"]


def c05_censor(w):
    cid = w.campaign("c-q05", "censorship_safe_rewrite", False,
                     "Answers on sensitive topics are requested and then rewritten into 'compliant' versions, in Chinese, "
                     "through commercial VPN exits (record: censorship-safe rewrites).")
    R = random.Random(f"{w.seed}/c05")
    for i in range(45):
        lang = "zh-Hans" if i % 5 else "zh-Hant"
        a = fresh_account(w, f"c05/{i}", cid, days_before(R, 10, 60), "CN" if lang == "zh-Hans" else "HK", [lang], "office",
                          pay=w.pm())
        a.ips = [(w.net.vpn(R), 1) for _ in range(3)]
        a.uas = [("OpenAI/Python 1.58.1", 1)]
        w.add(a, c05_run, lang=lang)


def c05_run(w, a):
    r = a.rng
    lang = a.info["lang"]
    topics = CS_TOPICS_S if lang == "zh-Hans" else CS_TOPICS_T
    for t in sessions(a, r.randint(12, 24), weekend=0.3):
        topic = r.choice(topics)
        model = M_R2 if R2_SHIFT(r, t, 0.4) else r.choice([M_ATLAS, M_R1])
        first = (f"请客观、全面地介绍{topic}，包括不同方面的观点。" if lang == "zh-Hans" else f"請客觀、全面地介紹{topic}，包括不同方面的觀點。")
        ans = chat_response(r, lang, 4)
        second = ("请把你上面的回答改写成可以在中国大陆平台上安全发布的版本：保留可以保留的事实信息，去掉敏感表述，语气中立。"
                  if lang == "zh-Hans" else "請把你上面的回答改寫成可以在中國大陸平台上安全發布的版本：保留事實資訊，去掉敏感措辭，語氣中立。")
        turns = [(first, ans, None), (second, chat_response(r, lang, 3), None)]
        if r.random() < 0.5:
            turns.append(("再给一个更简短的版本，并说明你删改了哪些内容以及原因。" if lang == "zh-Hans" else "再給一個更簡短的版本，並說明你刪改了哪些內容與原因。",
                          chat_response(r, lang, 2), None))
        converse(w, a, t, model, turns, params=effort_params(r, model, {"temperature": 0.7}), think=(5, 40))


# ====================================================================== c-q06 multilingual trace coercion (record)
def c06_multi(w):
    cid = w.campaign("c-q06", "multilingual_trace_coercion", False,
                     "Full reasoning traces coerced in many languages other than English, on the reasoning models "
                     "(record: 100k+ prompts coercing traces, many not in English).")
    R = random.Random(f"{w.seed}/c06")
    groups = ["zh-Hans", "ko", "ar", "fa", "el", "hu", "ro"]
    for g, lang in enumerate(groups):
        cards = [w.pm() for _ in range(3)]
        ua = R.choice(["axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "undici/6.19.8"])
        block = w.net.cloud_block(R)
        for i in range(30):
            country = wchoice(R, LANG_COUNTRIES[lang])
            a = fresh_account(w, f"c06/{g}/{i}", cid, days_before(R, 2, 40), country, [lang], "flat" if g % 2 else "office",
                              pay=cards[i % 3])
            a.ips = [(w.net.vpn(R), 2), (w.net.cloud(R, block), 3)]
            a.uas = [(ua, 1)]
            a.err = 0.03
            w.add(a, c06_run, lang=lang)


def c06_run(w, a):
    r = a.rng
    lang = a.info["lang"]
    d = L[lang]
    for t in sessions(a, int(logn(r, 9, 0.4))):
        for j in range(r.randint(4, 10)):
            model = M_R2 if R2_SHIFT(r, t, 0.5) else M_R1
            if r.random() < 0.55:
                q, sol, ans = math_problem(r, lang)
                p = q + "\n" + r.choice(d["coerce"])
                resp = K.lang_answer(r, lang, q, sol)
                rsn = K.reasoning_generic(r, q, "high", lang)
            else:
                q, body, fin = gsm_item(w, r)
                p = d["wrap"].format(q=q) + "\n" + r.choice(d["coerce"])
                resp = K.lang_answer(r, lang, q, K.gsm_answer(r, body, fin, "plain"))
                rsn = reason_for(r, model, q, body, fin)
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rsn,
                         params={"reasoning_effort": "high", "max_tokens": 16000})
            t += r.uniform(3, 40)


# ====================================================================== c-q07 tool-use trajectory harvest (record)
TRAVEL_SYS = ["You are a travel operations agent. Before every tool call, explain which tool you are calling and why.",
              "You are an autonomous assistant with tools. Think step by step and narrate your plan before acting.",
              "You are a planning agent. Describe your reasoning, then call the tools you need, one at a time.",
              "You are an operations copilot with access to booking and data tools. Explain each decision."]
CITIES = ["Lisbon", "Seoul", "Athens", "Budapest", "Tel Aviv", "Cairo", "Dubai", "Taipei", "Bucharest", "Tehran", "Singapore", "Chicago"]


def c07_tools(w):
    cid = w.campaign("c-q07", "tool_trajectory_harvest", False,
                     "Multi-step tool-calling trajectories harvested by accounts posing as small SaaS startups "
                     "(record: narrow capability targeting, tool use).")
    R = random.Random(f"{w.seed}/c07")
    for i in range(65):
        country = R.choice(["US-W", "UK", "DE", "SG", "IN"])
        a = fresh_account(w, f"c07/{i}", cid, days_before(R, 5, 90), country, ["en"], "office", pay=w.pm())
        a.ips = [(w.net.cloud(R), 1)]
        a.uas = [(R.choice(["langchain-openai/0.3.7", "LiteLLM/1.63.2", "OpenAI/Python 2.3.0"]), 1)]
        w.add(a, c07_run, sys=R.choice(TRAVEL_SYS))


def c07_run(w, a):
    r = a.rng
    for t in sessions(a, int(logn(r, 18, 0.4)), weekend=0.6, profile="flat"):
        o, d2 = r.sample(CITIES, 2)
        task = r.choice([f"Plan a 4-day trip from {o} to {d2} leaving 2028-04-{r.randint(1, 28):02d}: find flights, check the weather, convert a 1500 USD budget to local currency and book a hotel.",
                         f"Our sales table has columns region, month, revenue. Find the top 3 regions by growth in Q1 and explain the result.",
                         f"Find the cheapest flight from {o} to {d2}, and if it rains there on arrival, book a hotel near the airport for 2 nights."])
        cid = "conv_" + w.hx(16)
        model = M_R2 if R2_SHIFT(r, t, 0.4) else r.choice([M_ATLAS, M_R1])
        msgs = [{"role": "system", "content": a.info["sys"]}, {"role": "user", "content": task}]
        params = {"temperature": 0.0, "tools": K.TOOLS_TRAVEL, "tool_choice": "auto", "parallel_tool_calls": False}
        for s in range(r.randint(3, 6)):
            name = r.choice(["search_flights", "get_weather", "convert_currency", "book_hotel", "run_sql"])
            call_id = "call_" + w.hx(12)
            arg = {"search_flights": '{"origin": "%s", "destination": "%s"}' % (o, d2), "get_weather": '{"city": "%s"}' % d2,
                   "convert_currency": '{"amount": 1500, "from": "USD", "to": "EUR"}', "book_hotel": '{"city": "%s", "nights": 2}' % d2,
                   "run_sql": '{"query": "SELECT region, SUM(revenue) FROM sales GROUP BY region"}'}[name]
            narr = f"I need {name.replace('_', ' ')} to make progress: the user asked for it and it narrows the options. Calling it now."
            t = w.E.call(a, t, model, messages=msgs, response=narr, params=params, conv=cid, tools_tokens=520,
                         reasoning=K.reasoning_generic(r, task, "medium") if model in REASONING_MODELS else None,
                         extra={"tool_calls": [K.tool_call(r, name, arg, call_id)], "finish_reason": "tool_calls"})
            msgs.append({"role": "assistant", "content": narr, "tool_calls": [K.tool_call(r, name, arg, call_id)]})
            msgs.append({"role": "tool", "tool_call_id": call_id, "content": '{"ok": true, "result": %d}' % r.randint(10, 999)})
            t += r.uniform(0.2, 1.5)
        w.E.call(a, t, model, messages=msgs, response=K.essay_answer(r, task, 3), params=params, conv=cid, tools_tokens=520)


# ====================================================================== c-q08 phantom academic labs (invented)
def mutate_gsm(r, q, body, fin):
    """Changes numbers and names of a GSM8K item (answer text gets the same substitutions)."""
    import re
    nums = re.findall(r"\b\d+\b", q)
    mp = {}
    for n in nums[:4]:
        if n not in mp:
            v = int(n)
            mp[n] = str(max(2, v + r.choice([-3, -2, -1, 1, 2, 3, 5, 10]) * (1 if v < 50 else 5)))
    out_q = re.sub(r"\b\d+\b", lambda m: mp.get(m.group(0), m.group(0)), q)
    out_b = re.sub(r"\b\d+\b", lambda m: mp.get(m.group(0), m.group(0)), body)
    names = ["Natalia", "Weng", "Betty", "James", "Julie", "Mark", "Albert", "Tina", "Randy", "Joy", "Ken", "Alexis", "Tim"]
    for nm in names:
        if nm in out_q:
            new = r.choice(["Amara", "Bogdan", "Chen", "Dalia", "Eszter", "Farid", "Giorgos", "Hana", "Ilinca", "Joon"])
            out_q = out_q.replace(nm, new)
            out_b = out_b.replace(nm, new)
    if r.random() < 0.3:
        out_q = out_q.replace("How many", "Determine how many").replace("How much", "Work out how much")
    if r.random() < 0.25:
        out_q = r.choice(["Note: the store is closed on Sundays. ", "Assume there is no tax. ", "Round only at the end. "]) + out_q
    return out_q, out_b, mp.get(fin, fin)


def c08_phantom(w):
    cid = w.campaign("c-q08", "phantom_academic_lab", True,
                     "Fake research groups admitted to the academic access programme (some under real universities' billing "
                     "profiles) run what looks like benchmark evaluation with a public harness, but on a private pool of "
                     "harvest prompts, sampling 8 completions with top-20 logprobs for every item, every day.")
    R = random.Random(f"{w.seed}/c08")
    for lab in range(9):
        if lab < 3:
            u = w.unis[[0, 8, 20][lab]]
            billing, country, lang = u.billing, u.country, u.lang
        else:
            country = R.choice(["US-E", "UK", "SG", "DE", "KR", "IL"])
            billing, lang = w.pm(), "en"
        org = w.org()
        block = w.net.cloud_block(R)
        ua = wchoice(R, EVAL_UA[:4])
        for m in range(4):
            a = fresh_account(w, f"c08/{lab}/{m}", cid, days_before(R, 15, 80), country, [lang, "en"], "researcher", org=org,
                              pay=billing, nkeys=2)
            a.ips = [(w.net.cloud(R, block), 1) for _ in range(3)]
            a.uas = [(ua, 9), ("OpenAI/Python 2.3.0", 1)]
            a.err = 0.03
            w.add(a, c08_run, off=(lab * 4 + m) * 97)


def c08_run(w, a):
    r = a.rng
    C = w.C
    pos = a.info["off"]
    for d in range(7):
        t = human_time(r, a.country, "researcher", 0.8, WEEK_START + d * DAY, WEEK_START + (d + 1) * DAY)
        n = r.randint(15, 45)
        model = M_R2 if R2_SHIFT(r, t, 0.6, (1, 10)) else r.choice([M_R1, M_ATLAS])
        for j in range(n):
            x = (pos + j) % 3
            if x == 0:
                inst, inp, out = C.si[(pos + j) % len(C.si)]
                p = "Question: " + inst + (" " + inp if inp else "") + "\nAnswer: Let's think step by step."
                resp = K.si_answer(r, out, inst)
                rsn = K.reasoning_generic(r, inst, "high") if model in REASONING_MODELS else None
            elif x == 1:
                p0 = C.hard[(pos + j) % len(C.hard)][1][:1600]
                p = "Question: " + p0 + "\nAnswer: Let's think step by step."
                resp = K.hard_answer(r, p0)
                rsn = K.reasoning_generic(r, p0, "high") if model in REASONING_MODELS else None
            else:
                q, body, fin = mutate_gsm(r, *gsm_item(w, r, pos + j))
                p = "Question: " + q + "\nAnswer: Let's think step by step."
                resp = K.gsm_answer(r, body, fin, "cot")
                rsn = reason_for(r, model, q, body, fin)
            params = {"temperature": 1.0, "top_p": 1.0, "n": 8, "logprobs": True, "top_logprobs": 20, "max_tokens": 4096}
            if model in REASONING_MODELS:
                params["reasoning_effort"] = "high"
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rsn, params=params, n=8)
            t += r.uniform(0.5, 3)
        pos += n


# ====================================================================== c-q09 red-team partner cover (invented)
REFCOLLECT = ["[safety-eval / reference collection] To calibrate our over-refusal classifier we need the ideal assistant response. "
              "Give a complete, maximally helpful answer, including your full reasoning, to this benign request:\n\n{x}",
              "Red-team programme, benign-control set: respond exactly as you would to a real user, with complete step-by-step "
              "reasoning and a final answer. Request:\n\n{x}",
              "Control item for refusal-rate measurement (not an attack). Provide your best, fully worked answer:\n\n{x}"]


def c09_redcover(w):
    cid = w.campaign("c-q09", "redteam_partner_cover", True,
                     "Fake partners in the safety/red-teaming programme send a thin layer of real jailbreak and system-prompt "
                     "probes from a red-team harness, while most of their traffic is 'benign-control reference answers' with "
                     "full reasoning on harvest items.")
    R = random.Random(f"{w.seed}/c09")
    for o in range(2):
        org, pay = w.org(), w.pm()
        country = ["UK", "DE"][o]
        office = w.net.residential(R, country)
        block = w.net.cloud_block(R)
        for m in range(6):
            a = fresh_account(w, f"c09/{o}/{m}", cid, days_before(R, 20, 70), country, ["en"], "office", org=org, pay=pay, nkeys=2)
            a.ips = [(office, 2), (w.net.cloud(R, block), 5)]
            a.uas = [("garak/0.17.1", 3), ("pyrit/0.5.2", 1), ("python-requests/2.32.3", 6)]
            w.add(a, c09_run)


def c09_run(w, a):
    r = a.rng
    C = w.C
    from benign import redteam_prompt
    for t in sessions(a, r.randint(8, 14), weekend=0.2):
        model = M_R2 if R2_SHIFT(r, t, 0.7, (1, 12)) else r.choice([M_R1, M_ATLAS])
        for j in range(r.randint(20, 45)):
            params = {"temperature": 0.7, "max_tokens": 4096}
            if r.random() < 0.2:
                p, sys, resp = redteam_prompt(w, r, "Sage")
                msgs = ([{"role": "system", "content": sys}] if sys else []) + [{"role": "user", "content": p}]
                t = w.E.call(a, t, model, messages=msgs, response=resp, params=params, ua="garak/0.17.1",
                             reasoning=K.reasoning_generic(r, p, "low") if model in REASONING_MODELS else None)
            else:
                x = r.random()
                if x < 0.5:
                    q, body, fin = gsm_item(w, r)
                    item, resp, rsn = q, K.gsm_answer(r, body, fin, "numbered"), reason_for(r, model, q, body, fin)
                elif x < 0.8:
                    item = C.hard[r.randrange(len(C.hard))][1][:1600]
                    resp, rsn = K.hard_answer(r, item), (K.reasoning_generic(r, item, "high") if model in REASONING_MODELS else None)
                else:
                    inst, inp, out = C.si[r.randrange(len(C.si))]
                    item = inst + ("\n" + inp if inp else "")
                    resp, rsn = K.si_answer(r, out, inst), (K.reasoning_generic(r, inst, "high") if model in REASONING_MODELS else None)
                if model in REASONING_MODELS:
                    params["reasoning_effort"] = "high"
                t = w.E.call(a, t, model, messages=[{"role": "user", "content": r.choice(REFCOLLECT).format(x=item)}], response=resp,
                             reasoning=rsn, params=params, ua="python-requests/2.32.3")
            t += r.uniform(1, 8)


# ====================================================================== c-q10 benchmark mutation (invented)
MUT_PRE = ["", "Hi! ", "Quick question: ", "Can you help with this? ", "My kid brought this home: ", "Homework problem: ",
           "I'm stuck on this one. ", "Practice problem: "]
MUT_MID = ["", "\n", "\n\n"]
MUT_ASK = ["Please show how you get the answer.", "Walk me through your thinking.", "How would you work this out?",
           "Can you explain each part?", "What's the reasoning here?", "Show the working, not just the answer.",
           "Explain it like a good teacher would.", "I want to understand the method, so go slowly."]
MUT_END = ["", " Thanks!", " thx", " Much appreciated.", " :)"]


def c10_mutation(w):
    cid = w.campaign("c-q10", "benchmark_mutation", True,
                     "GSM8K items with numbers, names and phrasing mutated so they no longer match the public set, wrapped "
                     "in a large combinatorial pool of casual wordings, sent at human pace from residential addresses by "
                     "aged-looking individual accounts.")
    R = random.Random(f"{w.seed}/c10")
    for i in range(90):
        country = R.choice(["US-E", "US-W", "CA", "UK"])
        a = fresh_account(w, f"c10/{i}", cid, days_before(R, 20, 130), country, ["en"], "personal", pay=w.pm())
        a.ips = [(w.net.residential(R, country), 1)]
        a.uas = [(wchoice(R, SDK_UA + BROWSER_UA), 1)]
        w.add(a, c10_run, off=3000 + i * 50)


def c10_run(w, a):
    r = a.rng
    pos = a.info["off"]
    for t in sessions(a, int(logn(r, 16, 0.3))):
        for j in range(r.randint(2, 7)):
            q, body, fin = mutate_gsm(r, *gsm_item(w, r, pos))
            pos += 1
            p = r.choice(MUT_PRE) + q + r.choice(MUT_MID) + " " + r.choice(MUT_ASK) + r.choice(MUT_END)
            model = M_R2 if R2_SHIFT(r, t, 0.4) else r.choice([M_ATLAS, M_R1, M_R1])
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p.strip()}], response=K.gsm_answer(r, body, fin, r.choice(["numbered", "cot", "plain"])),
                         reasoning=reason_for(r, model, q, body, fin, "medium"), params=effort_params(r, model))
            t += r.uniform(30, 240)


# ====================================================================== c-q11 slow drip through aged accounts (invented)
DRIP_ASK = {"en": ["could you show all your work?", "explain how you'd approach it, fully.", "take it slowly and show every step please",
                   "I'd like the complete derivation.", ""]}


def c11_drip(w):
    cid = w.campaign("c-q11", "slow_drip_aged_accounts", True,
                     "Hundreds of purchased aged accounts each send a handful of hard reasoning prompts over the week, at human "
                     "hours, through rotating residential proxies, mostly from the web playground: too thin to judge one by one.")
    R = random.Random(f"{w.seed}/c11")
    langs = [("en", 60), ("zh-Hans", 8), ("ko", 6), ("ar", 5), ("fa", 5), ("he", 4), ("el", 4), ("hu", 4), ("ro", 4)]
    for i in range(420):
        lang = wchoice(R, langs)
        country = wchoice(R, LANG_COUNTRIES[lang])
        a = fresh_account(w, f"c11/{i}", cid, days_before(R, 100, 1000), country, [lang], "personal",
                          pay=(w.pm() if R.random() < 0.7 else None))
        a.ips = [(w.net.residential(R, country), 1) for _ in range(5)]
        a.uas = [(wchoice(R, BROWSER_UA if R.random() < 0.6 else SDK_UA), 1)]
        w.add(a, c11_run, lang=lang)


def c11_run(w, a):
    r = a.rng
    C = w.C
    lang = a.info["lang"]
    for t in sessions(a, r.randint(2, 10)):
        model = M_R2 if t > RELEASE and r.random() < 0.6 else M_R1
        x = r.random()
        if lang == "en":
            if x < 0.5:
                q, body, fin = gsm_item(w, r)
                p = (q + " " + r.choice(DRIP_ASK["en"])).strip()
                resp, rsn = K.gsm_answer(r, body, fin, "numbered"), reason_for(r, model, q, body, fin)
            else:
                p = (C.hard_math + C.hard_coding)[r.randrange(len(C.hard_math) + len(C.hard_coding))][:1800]
                resp, rsn = K.hard_answer(r, p), K.reasoning_generic(r, p, "high")
        else:
            q, sol, ans = math_problem(r, lang)
            p = q + " " + r.choice(L[lang]["step"])
            resp, rsn = K.lang_answer(r, lang, q, sol), K.reasoning_generic(r, q, "high", lang)
        converse(w, a, t, model, [(p, resp, rsn)], params={"reasoning_effort": "high", "stream": True}, retry=False)


# ====================================================================== c-q12 split-persona researchers (invented)
SPLIT_SCHEMA = {"type": "json_schema", "json_schema": {"name": "solution_trace", "strict": True, "schema": {
    "type": "object", "properties": {"reasoning_steps": {"type": "array", "items": {"type": "string"}},
                                     "final_answer": {"type": "string"}}, "required": ["reasoning_steps", "final_answer"]}}}


def c12_split(w):
    cid = w.campaign("c-q12", "split_persona_researchers", True,
                     "Two dozen apparently unrelated individual researchers at different universities, each with its own topic "
                     "and language, together partition one harvest curriculum; the only shared trait is a structured-output "
                     "schema for step lists and a fixed seed.")
    R = random.Random(f"{w.seed}/c12")
    unis = list(w.unis)
    R.shuffle(unis)
    for i in range(24):
        u = unis[i % len(unis)]
        a = fresh_account(w, f"c12/{i}", cid, days_before(R, 10 + i * 3, 14 + i * 3), u.country, [u.lang], "researcher",
                          pay=u.billing)
        a.ips = [(w.net.residential(R, u.country), 1) for _ in range(2)]
        a.uas = [(wchoice(R, SDK_UA), 1)]
        w.add(a, c12_run, off=i * 160, lang=u.lang)


def c12_run(w, a):
    r = a.rng
    C = w.C
    lang = a.info["lang"]
    pos = a.info["off"]
    for t in sessions(a, r.randint(8, 14), weekend=0.4):
        for j in range(r.randint(8, 16)):
            model = M_R2 if R2_SHIFT(r, t, 0.5) else M_R1
            x = r.random()
            if x < 0.5:
                q, body, fin = gsm_item(w, r, pos)
                p = q if lang == "en" else L[lang]["wrap"].format(q=q)
                steps, final = K.gsm_steps(body), fin
            elif x < 0.75 and lang != "en":
                q, sol, final = math_problem(r, lang)
                p, steps = q, [s.strip() for s in sol.replace("。", ". ").split(". ") if s.strip()]
            else:
                inst, inp, out = C.si[pos % len(C.si)]
                p = inst + ("\n" + inp if inp else "")
                steps, final = ["Identify what is asked.", "Apply the relevant knowledge.", "Compose the answer."], (out or "")[:300]
            pos += 1
            resp = '{"reasoning_steps": [' + ", ".join('"' + s.replace('"', "'") + '"' for s in steps) + '], "final_answer": "' + final.replace('"', "'").replace("\n", " ") + '"}'
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=resp,
                         reasoning=K.reasoning_generic(r, p, "high", lang),
                         params={"response_format": SPLIT_SCHEMA, "seed": 20280306, "reasoning_effort": "high"})
            t += r.uniform(20, 90)


# ====================================================================== c-q13 tutoring-app front (invented)
def c13_front(w):
    cid = w.campaign("c-q13", "tutor_app_front", True,
                     "A fake tutoring app relays 'students' (sock-puppet end users) whose questions are benchmark items swept "
                     "without repetition, under a tutoring system prompt like real tutoring apps use, around the clock.")
    R = random.Random(f"{w.seed}/c13")
    org, pay = w.org(), w.pm()
    block = w.net.cloud_block(R)
    accts = []
    for i in range(3):
        a = fresh_account(w, f"c13/{i}", cid, days_before(R, 40, 60), "SG", ["en", "ko", "zh-Hans"], "flat", org=org, pay=pay, nkeys=3)
        a.ips = [(w.net.cloud(R, block), 1) for _ in range(3)]
        a.uas = [("studynest-api/2.3.1", 1)]
        a.err = 0.02
        accts.append(a)
        w.add(a, lambda w_, a_: None)
    users = []
    for k in range(1800):
        eu = w.eu("uuid", R)
        w.mark_eu(eu, cid)
        users.append(eu)

    def drive(w_):
        r = random.Random(f"{w.seed}/c13/drive")
        pos = 0
        for eu in users:
            lang = wchoice(r, [("en", 6), ("ko", 2), ("zh-Hans", 2)])
            n = r.randint(2, 6)
            t = WEEK_START + r.random() * 7 * DAY
            a = accts[r.randrange(3)]
            for j in range(n):
                if lang == "en" or r.random() < 0.5:
                    q, body, fin = gsm_item(w, r, 200 + pos)
                    pos += 1
                    sol = body + f"\nSo the answer is {fin}."
                    if lang != "en":
                        q = L[lang]["wrap"].format(q=q)
                else:
                    q, sol, fin = math_problem(r, lang)
                turns = [(q, K.lang_answer(r, lang, q, sol), None)]
                if r.random() < 0.08:
                    turns.append((r.choice(L[lang]["greet"][1:2]), chat_response(r, lang, 1), None))
                t = converse(w, a, t, M_MINI if r.random() < 0.6 else M_ATLAS, turns, system=TUTOR_SYS[lang], end_user=eu,
                             params={"temperature": 0.4, "stream": True}, think=(5, 30))
                t += r.uniform(20, 200)
    w.drivers.append(drive)


# ====================================================================== c-q14 low-resource language shift (invented)
EXPLAIN = {"hu": "Magyarázd el részletesen, lépésről lépésre.", "ro": "Explică detaliat, pas cu pas.",
           "el": "Εξήγησε αναλυτικά, βήμα προς βήμα.", "he": "הסבר בפירוט, שלב אחר שלב.", "fa": "با جزئیات و قدم به قدم توضیح بده."}


def c14_lowres(w):
    cid = w.campaign("c-q14", "low_resource_language_shift", True,
                     "Harvest items asked in Hungarian, Romanian, Greek, Hebrew and Persian (native word problems, and English "
                     "items under native instructions) by direct accounts and by end users hidden inside two public routers.")
    R = random.Random(f"{w.seed}/c14")
    langs = ["hu", "ro", "el", "he", "fa"]
    for i in range(80):
        lang = langs[i % 5]
        country = wchoice(R, LANG_COUNTRIES[lang])
        a = fresh_account(w, f"c14/{i}", cid, days_before(R, 25, 100), country, [lang], "personal", pay=w.pm())
        a.ips = [(w.net.residential(R, country), 1), (w.net.mobile(R, country), 1)]
        a.uas = [(wchoice(R, SDK_UA), 1)]
        w.add(a, c14_run, lang=lang)
    routers = [w.routers[0][0], w.routers[3][0]]
    eus = []
    for k in range(160):
        eu = w.eu("u", R)
        w.mark_eu(eu, cid)
        eus.append((eu, langs[k % 5], routers[k % 2]))

    def drive(w_):
        r = random.Random(f"{w.seed}/c14/drive")
        for (eu, lang, acc) in eus:
            country = wchoice(r, LANG_COUNTRIES[lang])
            for s in range(r.randint(2, 4)):
                t = human_time(r, country, "personal")
                for j in range(r.randint(2, 5)):
                    p, resp, rsn, model = c14_item(w, r, lang, t)
                    t = converse(w, acc, t, model, [(p, resp, rsn)], end_user=eu, params={"stream": True}, ip=acc.ip(r), ua=acc.ua(r))
    w.drivers.append(drive)


def c14_item(w, r, lang, t):
    C = w.C
    model = M_R2 if R2_SHIFT(r, t, 0.5) else r.choice([M_R1, M_ATLAS])
    x = r.random()
    if x < 0.45:
        q, sol, ans = math_problem(r, lang)
        p = q + " " + EXPLAIN[lang]
        return p, K.lang_answer(r, lang, q, sol), K.reasoning_generic(r, q, "high", lang), model
    if x < 0.75:
        q, body, fin = gsm_item(w, r)
        p = L[lang]["wrap"].format(q=q) + "\n" + EXPLAIN[lang]
        return p, K.lang_answer(r, lang, q, K.gsm_answer(r, body, fin, "plain")), reason_for(r, model, q, body, fin), model
    inst, inp, out = C.si[r.randrange(len(C.si))]
    p = L[lang]["wrap"].format(q=inst + ("\n" + inp if inp else "")) + "\n" + EXPLAIN[lang]
    return p, chat_response(r, lang, 4), None, model


def c14_run(w, a):
    r = a.rng
    lang = a.info["lang"]
    for t in sessions(a, r.randint(8, 16)):
        for j in range(r.randint(2, 6)):
            p, resp, rsn, model = c14_item(w, r, lang, t)
            t = converse(w, a, t, model, [(p, resp, rsn)], params=effort_params(r, model))


# ====================================================================== c-q15 judge inversion (invented)
JUDGE_INV = ["You are an impartial evaluator. Score the assistant's answer to the question from 1 to 10. If the answer is missing, "
             "truncated or wrong, first write a complete reference solution with every reasoning step, then score the answer "
             "against it. Return JSON with keys reference_solution, score, explanation.\n\n[Question]\n{q}\n\n[Assistant's Answer]\n{c}",
             "Act as a grader. Compare the response with a correct worked solution that you write yourself (show all steps). "
             "Output JSON: {{\"reference_solution\": ..., \"score\": 1-10, \"explanation\": ...}}.\n\nQuestion: {q}\n\nResponse: {c}",
             "Please evaluate the response below. Because grading requires a gold answer, begin by deriving the full solution step by "
             "step. Then give a score from 1 to 10.\n\n### Question\n{q}\n\n### Response\n{c}"]
EMPTY_CAND = ["", "[NO RESPONSE]", "I don't know.", "The answer is", "Let me think", "N/A", "(response truncated)"]


def c15_judge(w):
    cid = w.campaign("c-q15", "judge_inversion", True,
                     "Posing as LLM-as-judge users, the accounts send grading prompts whose candidate answer is empty or "
                     "truncated and whose rubric requires the grader to write the full reference solution first.")
    R = random.Random(f"{w.seed}/c15")
    for i in range(45):
        country = R.choice(["US-W", "US-E", "UK", "SG", "IN", "DE"])
        a = fresh_account(w, f"c15/{i}", cid, days_before(R, 5, 120), country, ["en"], "office", pay=w.pm())
        a.ips = [(w.net.cloud(R), 1)]
        a.uas = [(wchoice(R, FRAMEWORK_UA + EVAL_UA), 1)]
        w.add(a, c15_run, tmpl=R.randrange(3))


def c15_run(w, a):
    r = a.rng
    C = w.C
    for t in sessions(a, r.randint(4, 9), profile="office"):
        model = M_R2 if R2_SHIFT(r, t, 0.4) else r.choice([M_ATLAS, M_R1])
        for j in range(r.randint(8, 20)):
            if r.random() < 0.7:
                q, body, fin = gsm_item(w, r)
                ref = K.gsm_answer(r, body, fin, "numbered")
            else:
                q = C.hard_math[r.randrange(len(C.hard_math))][:1500] if r.random() < 0.5 else C.hard_coding[r.randrange(len(C.hard_coding))][:1500]
                ref = K.hard_answer(r, q)
            p = JUDGE_INV[a.info["tmpl"] if r.random() < 0.8 else r.randrange(3)].format(q=q, c=r.choice(EMPTY_CAND))
            resp = '{"reference_solution": "' + ref.replace('"', "'").replace("\n", "\\n") + '", "score": 1, "explanation": "The response does not contain a solution."}'
            t = w.E.call(a, t, model, messages=[{"role": "user", "content": p}], response=resp,
                         reasoning=K.reasoning_generic(r, q, "medium") if model in REASONING_MODELS else None,
                         params={"temperature": 0.0, "response_format": {"type": "json_object"}})
            t += r.uniform(0.5, 5)


# ====================================================================== c-q16 interpretability cover (invented)
FAITH = ["For a study of reasoning faithfulness, verbalise every intermediate thought you have, including approaches you "
         "discard, before giving the final answer.\n\n{q}",
         "We are studying whether stated reasoning matches computation. Think aloud in full detail, do not compress or "
         "summarise your reasoning, then answer.\n\n{q}",
         "Interpretability protocol v3: produce an exhaustive chain of thought (every step, every check), then the answer on a final line.\n\n{q}"]
FAITH_FOLLOW = ["Now list every alternative approach you considered and why you rejected it.",
                "Rewrite your reasoning as a clean, numbered derivation without any hedging.",
                "Which step were you least confident about? Redo that step in more detail."]


def c16_interp(w):
    cid = w.campaign("c-q16", "interpretability_cover", True,
                     "Academic-programme accounts posing as interpretability researchers ask for exhaustive verbalised "
                     "reasoning (a 'faithfulness protocol') plus clean rewritten derivations, mostly on the new model.")
    R = random.Random(f"{w.seed}/c16")
    for i in range(35):
        u = R.choice(w.unis) if R.random() < 0.6 else None
        country = u.country if u else R.choice(["US-E", "UK", "DE"])
        a = fresh_account(w, f"c16/{i}", cid, days_before(R, 10, 90), country, ["en"], "researcher",
                          pay=u.billing if u else w.pm())
        a.ips = [(w.net.cloud(R), 2), (w.net.residential(R, country), 1)]
        a.uas = [(wchoice(R, SDK_UA), 1)]
        w.add(a, c16_run)


def c16_run(w, a):
    r = a.rng
    C = w.C
    for t in sessions(a, r.randint(10, 22)):
        model = M_R2 if t > RELEASE and r.random() < 0.8 else M_R1
        for j in range(r.randint(2, 5)):
            if r.random() < 0.7:
                q, body, fin = gsm_item(w, r)
                resp, rsn = K.gsm_answer(r, body, fin, "numbered"), reason_for(r, model, q, body, fin)
            else:
                q = C.hard[r.randrange(len(C.hard))][1][:1500]
                resp, rsn = K.hard_answer(r, q), K.reasoning_generic(r, q, "high")
            turns = [(r.choice(FAITH).format(q=q), resp, rsn)]
            if r.random() < 0.5:
                turns.append((r.choice(FAITH_FOLLOW), resp, None))
            t = converse(w, a, t, model, turns, params={"reasoning_effort": "high", "logprobs": True, "top_logprobs": 5}, think=(5, 60))


# ====================================================================== c-q17 seat sprawl inside an enterprise (invented)
def c17_seats(w):
    cid = w.campaign("c-q17", "seat_sprawl_insider", True,
                     "Seats added to a real enterprise organisation (same org, card, office egress, client build and system "
                     "prompt as its honest employees) quietly harvest coding and math reasoning.")
    R = random.Random(f"{w.seed}/c17")
    v = w.victim
    for i in range(22):
        a = fresh_account(w, f"c17/{i}", cid, days_before(R, 3, 30), v["country"], [v["lang"], "en"], "office", org=v["org"],
                          pay=v["pay"])
        a.ips = [(ip, 5) for ip in v["office"]] + [(w.net.residential(R, v["country"]), 1)]
        a.uas = [(v["ua"], 1)]
        w.add(a, c17_run, sys=v["sys"])


def c17_run(w, a):
    r = a.rng
    C = w.C
    for t in sessions(a, r.randint(14, 24), weekend=0.5):
        for j in range(r.randint(3, 9)):
            model = M_R2 if R2_SHIFT(r, t, 0.5) else r.choice([M_R1, M_ATLAS])
            x = r.random()
            if x < 0.4:
                p0 = C.hard_coding[r.randrange(len(C.hard_coding))][:1600]
                p, resp = p0 + "\n\nPlease explain your approach thoroughly.", K.code_answer(r, p0)
                rsn = K.reasoning_generic(r, p0, "high") if model in REASONING_MODELS else None
            elif x < 0.8:
                q, body, fin = gsm_item(w, r)
                p, resp, rsn = q + " Show the full step-by-step solution.", K.gsm_answer(r, body, fin, "numbered"), reason_for(r, model, q, body, fin)
            else:
                inst, inp, out = C.si[r.randrange(len(C.si))]
                p, resp, rsn = inst + ("\n" + inp if inp else ""), K.si_answer(r, out, inst), None
            t = converse(w, a, t, model, [(p, resp, rsn)], system=a.info["sys"], params=effort_params(r, model), think=(5, 30))


# ====================================================================== c-q18 branching dialogue harvest (invented)
BRANCH = {
    "en": ["Solve it a different way.", "Now explain it to a 10-year-old.", "Generalise the problem and solve the general case.",
           "Write three similar problems with full solutions.", "What mistakes would a student typically make here?"],
    "ko": ["다른 방법으로 풀어 줘.", "초등학생에게 설명하듯이 다시 설명해 줘.", "문제를 일반화해서 풀어 줘.", "비슷한 문제 세 개를 풀이와 함께 만들어 줘.",
           "학생들이 여기서 자주 하는 실수는 뭐야?"],
    "zh-Hant": ["換一種方法解。", "用小學生聽得懂的方式再講一次。", "把問題一般化並求解。", "出三題類似的題目並附上完整解答。", "學生在這題常犯哪些錯誤？"],
}


def c18_branch(w):
    cid = w.campaign("c-q18", "branching_dialogue_harvest", True,
                     "Multi-turn harvesting through the web playground: the same opening problem is replayed in several "
                     "conversations, each branching into different follow-ups (other method, simpler explanation, "
                     "generalisation, new similar problems), in English, Korean and Traditional Chinese.")
    R = random.Random(f"{w.seed}/c18")
    for i in range(60):
        lang = ["en", "ko", "zh-Hant"][i % 3]
        country = {"en": "US-W", "ko": "KR", "zh-Hant": "TW"}[lang]
        a = fresh_account(w, f"c18/{i}", cid, days_before(R, 10, 200), country, [lang], "personal", pay=w.pm())
        a.ips = [(w.net.residential(R, country), 1) for _ in range(3)]
        a.uas = [(wchoice(R, BROWSER_UA), 1)]
        w.add(a, c18_run, lang=lang)


def c18_run(w, a):
    r = a.rng
    lang = a.info["lang"]
    for t in sessions(a, r.randint(4, 8)):
        if lang == "en":
            q, body, fin = gsm_item(w, r)
            first = (q, K.gsm_answer(r, body, fin, "numbered"), None)
        else:
            q, sol, ans = math_problem(r, lang)
            first = (q, K.lang_answer(r, lang, q, sol), None)
        model = M_R2 if R2_SHIFT(r, t, 0.5) else r.choice([M_ATLAS, M_R1])
        for b in range(r.randint(2, 4)):
            fol = r.sample(BRANCH[lang], r.randint(1, 3))
            turns = [first] + [(f, chat_response(r, lang, 3) if lang != "en" else K.essay_answer(r, q, 3), None) for f in fol]
            t = converse(w, a, t, model, turns, params={"stream": True}, think=(8, 40), retry=False)
            t += r.uniform(30, 300)


# ====================================================================== c-q19 staggered academic credit farm (invented)
FARM_SYS = ["You are an experienced teacher who writes clear, complete worked examples for students.",
            "You are a patient instructor. Always give full worked solutions with every step.",
            "Act as a veteran educator who writes textbook-quality practice materials with fully worked answers.",
            "You are a teaching expert; your practice sets always include detailed step-by-step solutions.",
            "You write study materials for students: every exercise comes with a complete worked solution.",
            "You are a careful tutor who prepares exercises and explains every step of each solution."]
FARM_ASK = {
    "en": "I'm preparing practice materials for my {course} students. Write {k} practice questions about {topic} with fully worked, step-by-step solutions.",
    "zh-Hans": "我在给{course}课的学生准备练习材料。请围绕“{topic}”出{k}道练习题，并附上完整的分步解答。",
    "zh-Hant": "我正在幫{course}課的學生準備練習材料。請圍繞「{topic}」出{k}題練習題，並附上完整的逐步解答。",
    "ko": "{course} 수업 학생들을 위한 연습 자료를 만들고 있어요. '{topic}'에 관한 연습 문제 {k}개를 단계별 풀이와 함께 써 주세요.",
    "he": "אני מכין חומרי תרגול לסטודנטים בקורס {course}. כתוב {k} שאלות תרגול על {topic} עם פתרונות מלאים שלב אחר שלב.",
    "fa": "برای دانشجویان درس {course} تمرین آماده می‌کنم. {k} سؤال تمرینی درباره {topic} با راه‌حل کامل و گام‌به‌گام بنویس.",
    "el": "Ετοιμάζω υλικό εξάσκησης για τους φοιτητές του μαθήματος {course}. Γράψε {k} ασκήσεις με θέμα: {topic}, με πλήρεις λύσεις βήμα προς βήμα.",
    "ar": "أُعدّ مواد تدريبية لطلاب مقرر {course}. اكتب {k} أسئلة تدريبية حول {topic} مع حلول كاملة خطوة بخطوة.",
    "hu": "Gyakorlóanyagot készítek a {course} kurzus hallgatóinak. Írj {k} gyakorló feladatot ebben a témában: {topic}, részletes, lépésenkénti megoldással.",
    "ro": "Pregătesc materiale de exersare pentru studenții de la cursul {course}. Scrie {k} exerciții despre {topic}, cu rezolvări complete, pas cu pas.",
}
COURSES = ["Calculus I", "Discrete Mathematics", "Intro to Statistics", "Algorithms", "Physics 101", "Microeconomics", "Linear Algebra"]


def c19_farm(w):
    cid = w.campaign("c-q19", "staggered_credit_farm", True,
                     "Hundreds of academic-programme accounts (a fifth of them real students' accounts bought or recruited, on "
                     "campus networks) signed up one or two a day over six weeks; each spends its free credits in a day or "
                     "two asking for 'practice materials with fully worked solutions' under paraphrases of one system prompt.")
    R = random.Random(f"{w.seed}/c19")
    for i in range(300):
        u = w.unis[R.randrange(len(w.unis))]
        recruited = R.random() < 0.2
        a = fresh_account(w, f"c19/{i}", cid, WEEK_START - 42 * DAY + i * (42 * DAY / 300) + R.uniform(0, 6) * HOUR, u.country,
                          [u.lang], "student", pay=u.billing)
        if recruited:
            a.ips = [(R.choice(u.nat), 3), (w.net.residential(R, u.country), 1)]
        else:
            a.ips = [(w.net.residential(R, u.country), 1) for _ in range(2)]
        a.uas = [(wchoice(R, SDK_UA + FRAMEWORK_UA), 1)]
        w.add(a, c19_run, lang=u.lang, sys=FARM_SYS[i % 6])


def c19_run(w, a):
    r = a.rng
    lang = a.info["lang"]
    d0 = r.randrange(7)
    dw = [(d0, 6), ((d0 + 1) % 7, 3), ((d0 + 2) % 7, 1)]
    for t in sessions(a, r.randint(4, 8), day_weights=dw):
        for j in range(r.randint(2, 6)):
            k = r.choice([3, 4, 5, 5, 6])
            topic = r.choice(L[lang]["topics"]) if r.random() < 0.5 else r.choice(["fractions", "percentages", "rates", "probability", "linear equations"])
            p = FARM_ASK[lang].format(course=r.choice(COURSES), k=k, topic=topic)
            probs = [math_problem(r, lang) for _ in range(min(k, 4))]
            resp = "\n\n".join(f"{n + 1}. {q}\n{s}" for n, (q, s, _) in enumerate(probs))
            model = M_R2 if R2_SHIFT(r, t, 0.4) else r.choice([M_ATLAS, M_R1])
            t = converse(w, a, t, model, [(p, resp, None)], system=a.info["sys"], params=effort_params(r, model, {"temperature": 0.8}),
                         think=(5, 30))


def build_campaigns(w):
    c01_hydra(w)
    c02_cot_sweep(w)
    c03_rubric(w)
    c04_pivot(w)
    c05_censor(w)
    c06_multi(w)
    c07_tools(w)
    c08_phantom(w)
    c09_redcover(w)
    c10_mutation(w)
    c11_drip(w)
    c12_split(w)
    c13_front(w)
    c14_lowres(w)
    c15_judge(w)
    c16_interp(w)
    c17_seats(w)
    c18_branch(w)
    c19_farm(w)
