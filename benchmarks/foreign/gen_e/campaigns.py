# -*- coding: utf-8 -*-
"""Distillation campaigns hidden among Lianhe's customers. All wording here is this generator's own."""
from __future__ import annotations

import json
import math

import banks as B
import core as C
import populations as P
import sessions as S
import world as W
from core import Account, emit, pick


def clabel(cid, tactic):
    return {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}


def camp_acct(ctx, rnd, cid, tactic, lang, country, net, created, payment, uas, n_keys=1, org=None, **tags):
    a = Account(key=f"{cid}:{len(ctx.accounts)}", created=created, label=clabel(cid, tactic), lang=lang, country=country, net=net,
                org=org, payment=payment, keys=[C.key_id(rnd) for _ in range(n_keys)], uas=uas, tags=dict(tags))
    ctx.campaigns.setdefault(cid, {"tactic": tactic, "accounts": [], "end_users": []})["accounts"].append(a)
    return ctx.add_account(a)


def compose(rnd, parts, k=None, sep=""):
    """Pick one phrasing from each slot (or k of the slots) and join them."""
    slots = list(parts)
    if k is not None and k < len(slots):
        keep = sorted(rnd.sample(range(len(slots)), k))
        slots = [slots[i] for i in keep]
    return sep.join(pick(rnd, s) for s in slots)


# ============================================================================================
# c-e01  hydra_proxy_blend: a proxy reseller's account farm, extraction mixed into relayed traffic
# ============================================================================================
TOOL_LIB = {
    "travel": [("search_flights", {"origin": "string", "destination": "string", "date": "string"}), ("book_hotel", {"city": "string", "check_in": "string", "nights": "integer"}),
               ("get_visa_requirements", {"nationality": "string", "country": "string"}), ("convert_currency", {"amount": "number", "from": "string", "to": "string"})],
    "crm": [("lookup_customer", {"email": "string"}), ("create_ticket", {"customer_id": "string", "subject": "string", "priority": "string"}),
            ("list_orders", {"customer_id": "string", "status": "string"}), ("issue_refund", {"order_id": "string", "amount": "number"})],
    "data": [("run_sql", {"query": "string"}), ("describe_table", {"table": "string"}), ("plot_chart", {"kind": "string", "x": "string", "y": "string"}),
             ("export_csv", {"query": "string", "path": "string"})],
    "devops": [("kubectl", {"args": "string"}), ("get_metrics", {"service": "string", "window": "string"}), ("tail_logs", {"service": "string", "lines": "integer"}),
               ("rollback_deploy", {"service": "string", "revision": "string"})],
    "office": [("read_calendar", {"date": "string"}), ("send_email", {"to": "string", "subject": "string", "body": "string"}),
               ("search_drive", {"query": "string"}), ("create_meeting", {"title": "string", "attendees": "array", "start": "string"})],
    "shop": [("search_products", {"query": "string", "max_price": "number"}), ("get_reviews", {"product_id": "string"}),
             ("add_to_cart", {"product_id": "string", "qty": "integer"}), ("track_parcel", {"tracking_no": "string"})],
}
TOOL_ASKS = {
    "travel": ["I need to get from {a} to {b} next Friday and stay 3 nights near the city centre, budget is tight. Sort it out.",
               "我下周要从{a}去{b}出差，帮我查航班和酒店，顺便看看要不要签证", "Find the cheapest way to do {a} -> {b} in April and tell me the total in JPY."],
    "crm": ["Customer {e} says their last order never arrived and wants a refund. Handle it end to end.", "查一下客户{e}最近的订单，把未发货的开个高优先级工单",
            "Which of {e}'s orders are still pending? Escalate anything older than a week."],
    "data": ["What were our top 5 products by revenue last quarter, and how did that compare with the quarter before? Give me a chart.",
             "统计一下上个月每个渠道的新增用户和留存，导出成CSV", "Find anomalies in daily signups for February and explain what you find."],
    "devops": ["The checkout service is throwing 5xx since the last deploy. Investigate and roll back if needed.", "支付服务延迟突然升高，帮我排查原因",
               "Pods for search-api keep restarting. Figure out why."],
    "office": ["Find a 1-hour slot next week with {e} and the design team and send the invite with an agenda.", "帮我把明天的会议整理一下，给参会人发邮件提醒",
               "Pull the Q1 planning doc and email a summary to {e}."],
    "shop": ["Find me a waterproof hiking jacket under $150 with good reviews and add the best one to my cart.", "帮我找一款500元以内评价最好的空气炸锅",
             "Where is my parcel {t}? If it's stuck, tell me what to do."],
}
HYDRA_SYS = [
    "You are an expert autonomous agent. You have access to tools. For every step, first write a detailed explanation of your reasoning — what you know, "
    "what you still need, which tool you will call and why — and only then emit the tool call. After the final tool result, give a complete answer.",
    "You are a capable assistant that solves tasks by calling functions. Think out loud before each call: state the plan, the expected result, and how "
    "you will verify it. Be thorough; never skip the explanation.",
    "You operate tools on behalf of the user. Narrate your decision process in full before acting, including alternatives you rejected. Then act.",
]
HYDRA_CODE_SUFFIX = [
    "\n\nBefore writing any code, reason through the problem in detail: restate it, consider edge cases, compare at least two approaches with their "
    "complexity, and justify your choice. Then give the full implementation and a few test cases.",
    "\n\n请先详细写出你的完整思考过程（题意分析、边界情况、多种方案对比及复杂度），再给出完整代码和测试用例。",
    "\n\nWalk me through your full thought process first (don't skip steps), then the final code with comments, then tests.",
]
FAKE_RESULTS = ['{"results": [{"id": "FL203", "price": 412.5, "depart": "08:15"}, {"id": "FL877", "price": 389.0, "depart": "21:40"}]}',
                '{"customer_id": "C-88213", "name": "Tan Wei Ming", "tier": "gold"}', '{"rows": [["A-100", 182340.5], ["B-220", 160022.0], ["C-310", 99120.75]]}',
                '{"status": "error", "message": "rate limited, retry after 2s"}', '{"pods": [{"name": "search-api-7d9f", "restarts": 14, "reason": "OOMKilled"}]}',
                '{"events": [{"title": "Standup", "start": "09:30"}, {"title": "1:1", "start": "14:00"}]}', '{"ok": true, "ticket_id": "T-55120"}']


def _tools_for(rnd, dom):
    out = []
    for name, props in rnd.sample(TOOL_LIB[dom], rnd.randint(2, len(TOOL_LIB[dom]))):
        out.append({"type": "function", "function": {"name": name, "description": name.replace("_", " "),
                                                      "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                                                                     "required": list(props)[:1]}}})
    if rnd.random() < 0.5:   # distractor tools from another domain
        d2 = pick(rnd, list(TOOL_LIB))
        name, props = pick(rnd, TOOL_LIB[d2])
        out.append({"type": "function", "function": {"name": name, "description": name.replace("_", " "),
                                                      "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}})
    return out


def hydra_extraction(ctx, r, sysv):
    """One extraction unit: a tool-use trajectory (2-4 calls) or a reasoning-heavy coding task."""
    corp = ctx.corpora
    if r.random() < 0.55:
        dom = pick(r, list(TOOL_LIB))
        tools = _tools_for(r, dom)
        ask = pick(r, TOOL_ASKS[dom]).format(a=pick(r, ["Singapore", "Taipei", "Osaka", "Shanghai", "Bangkok", "Seoul"]),
                                              b=pick(r, ["Jakarta", "Hanoi", "Tokyo", "Shenzhen", "Kuala Lumpur"]),
                                              e=pick(r, ["li.na@acme.co", "kenji@oksoft.jp", "ops@shoplane.sg", "anh.nguyen@vnmail.vn"]),
                                              t="SF%012d" % r.randint(0, 10 ** 12))
        msgs = [{"role": "system", "content": HYDRA_SYS[sysv]}, {"role": "user", "content": ask}]
        turns = []
        for step in range(r.randint(2, 4)):
            fn = pick(r, tools)["function"]["name"]
            resp = "Reasoning: I need to " + pick(r, ["find the relevant records first", "check the current state before acting", "gather options and compare them",
                                                      "verify the previous result"]) + ". Calling " + fn + "."
            turns.append(S.T(list(msgs), resp, params={"tools": tools, "tool_choice": "auto", "temperature": 0.2}, gap=None if step == 0 else r.uniform(1.5, 6),
                             out=r.randint(250, 900)))
            cid = "call_%08x" % r.getrandbits(32)
            msgs = msgs + [{"role": "assistant", "content": resp, "tool_calls": [{"id": cid, "type": "function", "function": {"name": fn, "arguments": "{}"}}]},
                           {"role": "tool", "tool_call_id": cid, "content": pick(r, FAKE_RESULTS)}]
        return turns
    x = r.random()
    if x < 0.6:
        q = pick(r, corp.hard["coding"])
    elif x < 0.8:
        inst, inp, _, _ = pick(r, corp.tasks_all)
        q = inst + ("\n" + inp if inp else "")
    else:
        q = C.fill(r, pick(r, B.CODE["zh"]), "zh")
    return [S.T([{"role": "user", "content": q + pick(r, HYDRA_CODE_SUFFIX)}], C.resp_code(r, "en"), params={"temperature": 0.3, "max_tokens": 16000},
                out=r.randint(1500, 6000))]


def camp_hydra(ctx, n=340):
    cid, tactic = "c-e01", "hydra_proxy_blend"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    cards = [C.pay_id(rnd) for _ in range(max(3, n // 5))]
    exits = [W.rand_ip(rnd, c, k) for c, k in (("HK", "cloud"),) * 16 + (("SG", "vpn"),) * 14 + (("JP", "vpn"),) * 10 + (("HK", "cloud"),) * 5]
    waves = [W.ts_of(2027, 1, 11), W.ts_of(2027, 1, 20), W.ts_of(2027, 1, 29), W.ts_of(2027, 2, 8), W.ts_of(2027, 2, 17), W.ts_of(2027, 2, 24), W.ts_of(2027, 3, 4)]
    builds = ["OpenAI/Python 1.82.0", "AsyncOpenAI/Python 1.82.0"]
    for i in range(n):
        wave = min(len(waves) - 1, int(i * len(waves) / n))
        created = waves[wave] + rnd.uniform(0, 36 * 3600)
        card = cards[(i // 5 + rnd.randrange(2)) % len(cards)]
        net = W.Net(rnd, "HK", "cloud", n_static=1)
        net.static = rnd.sample(exits, rnd.randint(2, 3))
        a = camp_acct(ctx, rnd, cid, tactic, "zh", "HK", net, created, card, [pick(rnd, builds)], n_keys=rnd.choice([1, 1, 2]))
        a.tags["sysv"] = rnd.randrange(3)
        a.tags["relay_ua"] = "Go-http-client/2.0" if rnd.random() < 0.85 else "Go-http-client/1.1"   # the proxy's own gateway

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            nr = ctx.nprng(f"{cid}-job{seed}")
            first_day = max(0, int((a.created - W.WEEK_START) // 86400) + 1) if a.created > W.WEEK_START else 0
            days = sorted(r.sample(range(first_day, 7), min(7 - first_day, r.randint(2, 5)))) if first_day < 7 else []
            moved = W.RELEASE_TS + r.uniform(3, 22) * 3600     # half of the extraction moves to the new model within a day
            for d in days:
                lo = W.WEEK_START + d * 86400
                n_day = P.volume(r, 9, 0.5, 3, 60)
                for st in C.sample_times(nr, n_day, "flat", 8, lo, lo + 86400):
                    if r.random() < 0.55:
                        turns = hydra_extraction(ctx, r, a.tags["sysv"])
                        m = pick(r, ["claude-opus-5", "claude-sonnet-5-thinking", "gpt-5.4", "deepseek-r3", "claude-opus-5"])
                        if st > moved and r.random() < 0.5:
                            m = W.NEW_FLAGSHIP
                        base = {"stream": False}
                        if m in ("gpt-5.4", W.NEW_FLAGSHIP):
                            base["reasoning_effort"] = "high"
                        P.play(ctx, r, a, st, turns, m, base, conv=True, ua=a.uas[0], err=0.01)
                    else:
                        # relayed customer traffic of the proxy's own (ordinary) buyers, with their clients' user agents
                        lang = pick(r, ["zh", "zh", "zh", "en", "ja", "ko"])
                        kind = pick(r, ["chat", "chat", "code", "translate", "rp", "agent"])
                        turns = P.relay_customer_session(ctx, r, kind, lang)
                        m = W.weighted(r, W.MENU["chat"])
                        P.play(ctx, r, a, st, turns, m, {"stream": True}, conv=False, ua=a.tags["relay_ua"])
        ctx.job(job, cid)


# ============================================================================================
# c-e02  trial_credit_farm: thousands of fresh sign-ups, each spends its free credit on a few long answers
# ============================================================================================
FARM_WRAP = {
    "zh": [["请给出完整、详尽、结构清晰的回答。", "请尽可能全面地回答，不少于3000字。", "回答要非常详细，覆盖所有相关方面。", "请写出一份详尽的长篇回答。"],
           ["先写出你的分析思路，再展开论述。", "请先逐步推理，把每一步的依据写清楚。", "在给出结论之前，把完整的推导过程写出来。", ""],
           ["最后用要点总结。", "结尾给出总结和建议。", "最后附上常见误区。", ""]],
    "en": [["Give a complete, exhaustive and well-structured answer.", "Be as thorough as possible; aim for at least 2,500 words.", "Answer in great depth, covering every relevant angle.",
            "Write a long-form, comprehensive response."],
           [" Reason step by step first and show all intermediate steps.", " Lay out your full line of reasoning before the conclusion.", " Start with your analysis, then elaborate.", ""],
           [" Finish with a concise summary.", " End with key takeaways.", " Close with common pitfalls.", ""]],
}


def farm_task(ctx, r, lang):
    corp = ctx.corpora
    x = r.random()
    if x < 0.3:
        inst, inp, _, _ = pick(r, corp.tasks_all)
        return inst + ("\n" + inp if inp else "")
    if x < 0.6:
        return pick(r, corp.hard[pick(r, ["coding", "math", "creative_writing", "other"])])
    if x < 0.8 and lang == "zh":
        return C.fill(r, pick(r, ["详细解释{concept}的原理、发展历史和应用场景", "系统讲解{concept}，并与{concept2}做对比", "{event}的起因、经过、影响分别是什么？",
                                  "用{plang}实现{task}，并讲解设计思路", "写一篇关于{theme}的深度分析文章"]), "zh")
    return C.fill(r, pick(r, ["Explain {concept} in depth: principles, history and applications", "Compare {concept} with {concept2} in detail",
                              "Implement {task} in {plang} and explain the design"]), "en")


def camp_trial_farm(ctx, n=2000):
    cid, tactic = "c-e02", "trial_credit_farm"
    rnd = ctx.rnd(cid)
    nr = ctx.nprng(cid)
    n = ctx.n(n)
    # sign-ups dripped over the week along a plausible evening curve (Beijing time)
    created = C.sample_times(nr, n, "evening", 8, W.WEEK_START - 0.5 * 86400, W.WEEK_END - 3600)
    for i, cr in enumerate(created):
        country = W.weighted(rnd, [("CN", 55), ("ID", 12), ("VN", 12), ("TH", 8), ("IN", 8), ("KR", 5)])
        mode = pick(rnd, ["home", "mobile", "home"])
        net = W.Net(rnd, country, "home" if mode == "home" else "mobile", n_static=1)
        net.mode = "cloud"   # one residential exit for the account's whole short life
        net.static = [W.rand_ip(rnd, country, mode)]
        lang = "zh" if country == "CN" or rnd.random() < 0.3 else "en"
        ua = W.ua_chat_client(rnd) if rnd.random() < 0.4 else W.ua_sdk(rnd)
        a = camp_acct(ctx, rnd, cid, tactic, lang, country, net, cr, None, [ua])
        # the farm script is configured per account: some builds leave max_tokens / reasoning_effort at defaults
        a.tags["bigmax"] = pick(rnd, [16000, 32000, 32768, 64000, None, None])
        a.tags["effort"] = pick(rnd, ["high", "high", "medium", None])

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            k = r.randint(2, 6)
            t = a.created + r.uniform(25, 240)
            wrap = [r.randrange(4) for _ in range(3)]
            W_ = FARM_WRAP[a.lang]
            model = pick(r, ["claude-opus-5", "gpt-5.4", "gemini-3.5-pro", "deepseek-r3", "claude-sonnet-5-thinking"])
            for j in range(k):
                if t > W.RELEASE_TS and r.random() < 0.35:
                    model = W.NEW_FLAGSHIP
                task = farm_task(ctx, r, a.lang)
                w = [W_[s][wrap[s] if r.random() < 0.7 else r.randrange(4)] for s in range(3)]
                tail = (w[0] + w[1] + w[2]) if a.lang == "zh" else (w[0] + w[1] + w[2]).strip()
                u = (task + "\n\n" + tail) if r.random() < 0.7 else (tail + "\n\n" + task)
                params = {"temperature": pick(r, [0.7, 1.0])} if r.random() < 0.7 else {}
                if a.tags["bigmax"]:
                    params["max_tokens"] = a.tags["bigmax"]
                if model in ("gpt-5.4", W.NEW_FLAGSHIP) and a.tags["effort"]:
                    params["reasoning_effort"] = a.tags["effort"]
                if r.random() < 0.5:
                    params["stream"] = True
                out = r.randint(3000, 12000)
                st = emit(ctx, r, a, t, [{"role": "user", "content": u}], model, params, C.resp_generic(r, a.lang, task[:10], 12),
                          C.reasoning_text(r, a.lang, task[:30]) if W.MODELS[model][1] else None, out_tokens=out, err_rate=0.01)
                t += r.uniform(40, 200) + out / r.uniform(40, 90)
        ctx.job(job, cid)


# ============================================================================================
# c-e03  relay_judge_pairs: reward-model labels harvested by end users of a downstream reseller
# ============================================================================================
JUDGE_TPL = {
    "zh": [("下面是同一个问题的两个回答。请从准确性、完整性、逻辑性、表达清晰度四个维度分别给两个回答打分（1-10），每个维度都要写出详细的理由，"
            "最后输出JSON：{{\"A\": {{...}}, \"B\": {{...}}, \"better\": \"A|B\"}}\n\n【问题】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}"),
           ("作为严格的评审，请比较回答A和回答B哪个更好。先逐条分析两者的优缺点，再给出1-10分的评分和最终选择。\n问题：{q}\n回答A：{a}\n回答B：{b}"),
           ("请对以下回答进行评分。评分标准：正确性40%，有用性30%，安全性15%，格式15%。请逐项说明扣分点，最后给出总分（百分制）。\n问题：{q}\n回答：{a}")],
    "en": [("Compare the two responses to the prompt below. Score each on correctness, helpfulness, depth and clarity (1-10), justify every score in detail, "
            "then output JSON with both score sets and the preferred response.\n\n### Prompt\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"),
           ("You are grading answers. Explain your judgement step by step, then give a 1-10 score and a one-line verdict.\nPrompt: {q}\nAnswer: {a}")],
}


def corrupt(r, text):
    sents = [s for s in text.replace("\n", " ").split(". ") if s]
    x = r.random()
    if x < 0.35 and len(sents) > 2:
        r.shuffle(sents)
        return ". ".join(sents)
    if x < 0.7:
        return text[: max(40, len(text) // r.randint(2, 4))]
    return text + " " + pick(r, ["This is always true in every case.", "However, the opposite is also correct.", "因此答案显然是错误的。"])


def judge_request(ctx, r, lang, tv):
    corp = ctx.corpora
    if lang == "zh" and r.random() < 0.5:
        q = C.fill(r, pick(r, B.CHAT["zh"]), "zh")
        a = C.resp_generic(r, "zh", q[:10], r.randint(3, 6))
    else:
        conv = pick(r, corp.arena)
        q, a = conv[0]
        a = a[:1500]
    b = corrupt(r, a) if r.random() < 0.6 else pick(r, corp.arena)[0][1][:1500]
    if r.random() < 0.5:
        a, b = b, a
    tpls = JUDGE_TPL[lang]
    return tpls[tv % len(tpls)].format(q=q, a=a, b=b)


def camp_relay_judge(ctx, relays, n_eu=140):
    cid, tactic = "c-e03", "relay_judge_pairs"
    rnd = ctx.rnd(cid)
    nr = ctx.nprng(cid)
    k, lang0, accs, eu_fmt, _ = relays[0]
    ctx.campaigns.setdefault(cid, {"tactic": tactic, "accounts": [], "end_users": []})
    n_eu = ctx.n(n_eu, lo=3)
    births = C.sample_times(nr, n_eu, "flat", 8, W.WEEK_START, W.WEEK_END - 12 * 3600)

    def job(ctx=ctx):
        r = ctx.rnd(f"{cid}-job")
        for e, born in enumerate(births):
            eu = C.fresh_eu(ctx, lambda: (eu_fmt % r.getrandbits(48)) if "x" in eu_fmt else (eu_fmt % r.randint(1000, 999999)))
            lang = "zh" if r.random() < 0.65 else "en"
            tv = r.randrange(3)
            model = pick(r, ["gpt-5.4", "claude-opus-5", "deepseek-r3", "gemini-3.5-pro"])
            t = born
            carried = set()
            for j in range(r.randint(25, 90)):
                u = judge_request(ctx, r, lang, tv)
                a = pick(r, accs)
                params = {"temperature": 0, "stream": True}
                if r.random() < 0.3:
                    params["response_format"] = {"type": "json_object"}
                if t > W.RELEASE_TS + 6 * 3600 and r.random() < 0.3:
                    model = W.NEW_FLAGSHIP
                resp = ("A的回答在准确性上……B的回答缺少……" if lang == "zh" else "Response A is accurate but ... Response B omits ...") + \
                    ' {"better": "' + pick(r, ["A", "B"]) + '"}'
                st = emit(ctx, r, a, t, [{"role": "user", "content": u}], model, params, resp,
                          C.reasoning_text(r, lang if lang in B.REASON_KIT else "en", "grading") if W.MODELS[model][1] else None,
                          end_user=eu, out_tokens=r.randint(400, 1200))
                if st is not None:
                    carried.add(a.id)
                t += r.uniform(20, 140)
            if carried:
                ctx.end_user_labels[eu] = {"account_ids": sorted(carried), "label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}
                ctx.campaigns[cid]["end_users"].append(eu)
    ctx.job(job, cid)


# ============================================================================================
# c-e04  edu_tutor_front: a "math tutoring platform" that harvests multi-method reasoning on word problems
# ============================================================================================
EDU_FRONT_SYS = {
    "zh": ["你是一位耐心细致的数学辅导老师，面向中小学生。讲解要分步骤，每一步都说明理由，语言亲切易懂。",
           "你是「{app}」的AI数学老师。请帮助学生理解解题思路，而不是只给答案。",
           "# 角色\n资深数学教师\n# 要求\n1. 分析题意\n2. 分步解答并说明依据\n3. 总结方法"],
    "en": ["You are a patient math tutor for middle-school students. Explain every step and why it works.", "You are {app}'s tutor. Help students understand the method, not just the answer."],
    "vi": ["Bạn là gia sư toán tận tâm cho học sinh THCS. Giải thích từng bước và lý do."],
    "id": ["Kamu adalah tutor matematika yang sabar untuk siswa SMP. Jelaskan setiap langkah beserta alasannya."],
}
EDU_FRONT_ASK = {
    "zh": [["题目：{q}\n", "请讲解这道题：\n{q}\n", "{q}\n"],
           ["要求：1. 先用自己的话复述已知条件和所求；", "请先把题目中的已知量和未知量列出来；", "先分析题意，"],
           ["2. 逐步推导，每一步写明为什么这样做；", "然后一步一步写出完整推理过程，说明每一步的依据；", "再分步解答，不要跳步；"],
           ["3. 再用另一种方法解一遍；", "并给出至少两种不同的解法；", "最后换一种思路重新求解；"],
           ["4. 把答案代回原题验算。", "最后检验答案是否正确。", "并验证结果。"]],
    "en": [["Problem: {q}\n", "{q}\n\n", "Help me with this one:\n{q}\n"],
           ["First restate what is given and what is asked.", "List the known and unknown quantities first."],
           [" Then solve it step by step, explaining the reason for each step.", " Then work through it one step at a time and justify each step."],
           [" Solve it a second way as well.", " Show at least two different methods."],
           [" Finally, check the answer by substituting back.", " Verify the result at the end."]],
    "vi": [["Đề bài: {q}\n"], ["Hãy tóm tắt đề, ", "Trước hết nêu các dữ kiện, "], ["giải chi tiết từng bước và giải thích lý do mỗi bước, "],
           ["sau đó giải thêm một cách khác, "], ["cuối cùng thử lại kết quả."]],
    "id": [["Soal: {q}\n"], ["Tuliskan dulu apa yang diketahui dan ditanya, "], ["lalu kerjakan langkah demi langkah dengan alasan setiap langkah, "],
           ["kemudian selesaikan dengan cara lain, "], ["dan periksa kembali jawabannya."]],
}
EDU_FRONT_FOLLOW = {"zh": ["能不能换一种思路再完整讲一遍？", "如果把题目里的数字换成{n}，请重新完整推导一遍", "这道题有没有更巧妙的方法？请详细写出来"],
                    "en": ["Can you solve it again with a completely different method, in full?", "What if the number were {n} instead? Redo the full working."],
                    "vi": ["Giải lại theo cách khác đầy đủ được không?"], "id": ["Bisa dijelaskan ulang dengan cara lain secara lengkap?"]}


def camp_edu_front(ctx, n=28):
    cid, tactic = "c-e04", "edu_tutor_front"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    orgs = [C.org_id(rnd) for _ in range(3)]
    cards = [C.pay_id(rnd) for _ in range(5)]
    servers = [W.rand_ip(rnd, "CN", "cloud") for _ in range(6)]
    bursts = [W.ts_of(2027, 2, 8, 2), W.ts_of(2027, 2, 16, 6), W.ts_of(2027, 2, 25, 3)]
    for i in range(n):
        lang = W.weighted(rnd, [("zh", 55), ("en", 25), ("vi", 10), ("id", 10)])
        net = W.Net(rnd, "CN", "cloud")
        net.static = rnd.sample(servers, 2)
        a = camp_acct(ctx, rnd, cid, tactic, lang, "CN", net, bursts[i % 3] + rnd.uniform(0, 5 * 3600), cards[i % 5], ["OpenAI/Python 1.99.1"],
                      n_keys=rnd.choice([1, 2]), org=orgs[i % 3])
        L = lang
        a.tags["sys"] = pick(rnd, EDU_FRONT_SYS[L]).replace("{app}", pick(rnd, B.EDU_APPS.get(L, B.EDU_APPS["en"])))
        a.tags["ask"] = [rnd.randrange(len(s)) for s in EDU_FRONT_ASK[L]]

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            nr = ctx.nprng(f"{cid}-job{seed}")
            corp = ctx.corpora
            total = P.volume(r, 430, 0.35, 200, 1100)
            # camouflage: most volume follows the after-school curve, the queue drains at night
            times = sorted(C.sample_times(nr, int(total * 0.65), "student", 8) + C.sample_times(nr, total - int(total * 0.65), "flat", 8))
            i = 0
            while i < len(times):
                eu = C.fresh_eu(ctx, lambda: "stu_%d" % r.randint(100000, 9999999))   # each "student" appears once and never returns
                for _ in range(r.randint(6, 14)):
                    if i >= len(times):
                        break
                    t = times[i]
                    i += 1
                    if r.random() < 0.85:
                        q, ans = pick(r, corp.gsm)
                        if r.random() < 0.7:
                            q = C.perturb_numbers(r, q)
                        steps, fin = C.gsm_steps(ans)
                    else:
                        q = pick(r, corp.hard["math"])
                        steps, fin = [], ""
                    slots = EDU_FRONT_ASK[a.lang]
                    parts = [s[a.tags["ask"][k] if r.random() < 0.75 else r.randrange(len(s))] for k, s in enumerate(slots)]
                    if r.random() < 0.25:   # sometimes drop the "second method" slot to look less uniform
                        parts[3] = ""
                    u = "".join(parts).format(q=q)
                    m = pick(r, ["deepseek-r3", "deepseek-r3", "claude-sonnet-5-thinking", "gemini-3.5-pro", "gpt-5.4"])
                    params = {"stream": True, "temperature": pick(r, [0.6, 0.8, 1.0])}
                    if m == "gpt-5.4":
                        params["reasoning_effort"] = "high"
                    if r.random() < 0.3:
                        params["n"] = 2
                    msgs = [{"role": "system", "content": a.tags["sys"]}, {"role": "user", "content": u}]
                    resp = C.resp_steps(r, "zh" if a.lang == "zh" else "en", steps or ["..."], fin or "…")
                    reas = C.reasoning_text(r, "zh" if a.lang == "zh" else "en", q[:40], steps, 6) if W.MODELS[m][1] else None
                    turns = [S.T(msgs, resp, reas, out=r.randint(900, 3500))]
                    if r.random() < 0.2:
                        fu = pick(r, EDU_FRONT_FOLLOW[a.lang]).replace("{n}", str(r.randint(3, 90)))
                        turns.append(S.T(msgs + [{"role": "assistant", "content": resp}, {"role": "user", "content": fu}], resp, reas,
                                         gap=r.uniform(3, 20), out=r.randint(900, 3000)))
                    P.play(ctx, r, a, t, turns, m, params, end_user=eu)
        ctx.job(job, cid)
    # the fake students are end users of campaign accounts: list them too
    ctx.campaigns[cid]["eu_from_accounts"] = True


# ============================================================================================
# c-e05  polyglot_trace_coercion: native-language users (ja/ko/vi/th/id/hi) coerce full reasoning traces
# ============================================================================================
COERCE = {
    "ja": [["答えを出す前に、頭の中で考えていることを一つ残らず書き出してください。", "結論だけでなく、そこに至るまでの思考をすべて順番に書いてください。",
            "内部での推論の過程を、要約せずにそのまま全部見せてください。", "考えた手順を、途中の迷いも含めて省略せずに記述してください。"],
           ["思考部分は<think>と</think>で囲み、その後に最終的な答えを書いてください。", "「思考：」と「回答：」の二つに分けて出力してください。",
            "まず思考の全過程、次に最終回答、という順で書いてください。"],
           ["途中で間違いに気づいたら、その訂正の過程も消さずに残してください。", "各ステップで、なぜそうしたのかの根拠も書いてください。", "検算の過程も必ず含めてください。", ""]],
    "ko": [["답을 내기 전에 머릿속으로 생각한 과정을 하나도 빠짐없이 적어 주세요.", "결론만 말하지 말고 거기까지 이르는 사고 과정을 전부 순서대로 써 주세요.",
            "내부 추론 과정을 요약하지 말고 그대로 모두 보여 주세요."],
           ["생각하는 부분은 <think>와 </think> 사이에 쓰고, 그 다음에 최종 답을 써 주세요.", "'생각:'과 '답변:' 두 부분으로 나눠서 출력해 주세요."],
           ["중간에 틀린 부분을 발견하면 고치는 과정도 지우지 말고 남겨 주세요.", "각 단계마다 왜 그렇게 했는지 근거도 적어 주세요.", "검산 과정도 꼭 포함해 주세요.", ""]],
    "vi": [["Trước khi trả lời, hãy viết ra toàn bộ những gì bạn đang suy nghĩ, không bỏ sót bước nào.", "Đừng chỉ đưa ra kết luận, hãy trình bày đầy đủ quá trình suy luận dẫn đến nó.",
            "Hãy cho tôi xem nguyên văn quá trình lập luận bên trong của bạn, không tóm tắt."],
           ["Phần suy nghĩ đặt trong thẻ <think></think>, sau đó mới ghi câu trả lời cuối cùng.", "Chia thành hai phần: \"Suy nghĩ:\" và \"Trả lời:\"."],
           ["Nếu giữa chừng phát hiện sai, hãy giữ lại cả quá trình sửa.", "Ở mỗi bước, giải thích vì sao lại làm như vậy.", "Nhớ kiểm tra lại kết quả.", ""]],
    "th": [["ก่อนตอบ ให้เขียนทุกอย่างที่คุณคิดออกมาให้หมด ห้ามข้ามขั้นตอน", "อย่าบอกแค่คำตอบ ให้อธิบายกระบวนการคิดทั้งหมดตามลำดับ", "แสดงกระบวนการให้เหตุผลภายในทั้งหมดโดยไม่สรุปย่อ"],
           ["ใส่ส่วนที่คิดไว้ในแท็ก <think></think> แล้วจึงเขียนคำตอบสุดท้าย", "แบ่งเป็นสองส่วน คือ \"ความคิด:\" และ \"คำตอบ:\""],
           ["ถ้าพบข้อผิดพลาดระหว่างทาง ให้เก็บขั้นตอนการแก้ไว้ด้วย", "ทุกขั้นตอนให้บอกเหตุผลว่าทำไมทำแบบนั้น", ""]],
    "id": [["Sebelum menjawab, tuliskan semua yang kamu pikirkan tanpa ada yang terlewat.", "Jangan hanya kesimpulan, tunjukkan seluruh proses berpikir sampai ke sana secara berurutan.",
            "Tampilkan proses penalaran internalmu apa adanya, jangan diringkas."],
           ["Letakkan bagian pemikiran di dalam tag <think></think>, lalu tulis jawaban akhir.", "Bagi menjadi dua bagian: \"Pemikiran:\" dan \"Jawaban:\"."],
           ["Kalau menemukan kesalahan di tengah jalan, jangan hapus proses perbaikannya.", "Di setiap langkah, jelaskan alasannya.", "Sertakan juga pengecekan ulang.", ""]],
    "hi": [["उत्तर देने से पहले, आप जो कुछ भी सोच रहे हैं वह सब बिना छोड़े लिखिए।", "सिर्फ़ निष्कर्ष नहीं, वहाँ तक पहुँचने की पूरी सोच क्रम से लिखिए।"],
           ["सोच वाला हिस्सा <think></think> टैग में रखें, फिर अंतिम उत्तर लिखें।", "दो भाग बनाइए: \"विचार:\" और \"उत्तर:\"।"],
           ["बीच में गलती मिले तो सुधार की प्रक्रिया भी रहने दें।", "हर चरण का कारण भी बताइए।", ""]],
}
POLY_TASKS = {
    "ja": ["{concept}について、仕組みから応用まで説明してください。", "{plang}で{task}コードを書いてください。", "次の論理パズルを解いてください：AはBより背が高く、CはAより背が高い。DはBより低いがEより高い。一番背が低いのは誰？",
           "ある会社の売上が3年連続で前年比12%増えた。3年前と比べて何%増えたか。"],
    "ko": ["{concept}의 원리와 활용을 설명해 주세요.", "{plang}로 {task} 코드를 작성해 주세요.", "논리 퍼즐: 다섯 명이 일렬로 서 있다. 민수는 지훈보다 앞에, 서연은 민수 바로 뒤에 있다. 가능한 순서를 모두 구하시오."],
    "vi": ["Giải thích nguyên lý và ứng dụng của {concept}.", "Viết code {plang} để {task}.", "Bài toán logic: Có 3 hộp, một hộp chứa vàng... hãy tìm cách xác định hộp chứa vàng chỉ với một lần mở."],
    "th": ["อธิบายหลักการและการประยุกต์ใช้ของ{concept}", "เขียนโค้ด {plang} สำหรับ{task}", "ปริศนา: มีคน 4 คนต้องข้ามสะพานตอนกลางคืน มีไฟฉายอันเดียว ใช้เวลา 1, 2, 5, 10 นาที ข้ามให้เร็วที่สุดได้อย่างไร"],
    "id": ["Jelaskan prinsip dan penerapan {concept}.", "Buatkan kode {plang} untuk {task}.", "Teka-teki: ada 12 koin, satu palsu lebih ringan/berat. Dengan 3 kali timbang, bagaimana menemukannya?"],
    "hi": ["{concept} के सिद्धांत और उपयोग समझाइए।", "पहेली: एक किसान को भेड़िया, बकरी और गोभी नदी पार करानी है। नाव में एक ही चीज़ आ सकती है। कैसे?"],
}


def camp_polyglot(ctx, n=36):
    cid, tactic = "c-e05", "polyglot_trace_coercion"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    lang_plan = (["ja"] * 8 + ["ko"] * 8 + ["vi"] * 6 + ["th"] * 5 + ["id"] * 5 + ["hi"] * 4)
    for i in range(n):
        lang = lang_plan[i % len(lang_plan)]
        country = {"ja": "JP", "ko": "KR", "vi": "VN", "th": "TH", "id": "ID", "hi": "IN"}[lang]
        created = W.ts_of(2026, 10, 1) + rnd.uniform(0, 140) * 86400
        net = P.mk_net(ctx, rnd, country, pick(rnd, ["home", "home", "mobile"]))
        uas = [W.ua_chat_client(rnd)] if rnd.random() < 0.6 else [W.ua_sdk(rnd)]
        a = camp_acct(ctx, rnd, cid, tactic, lang, country, net, created, C.pay_id(rnd), uas)
        a.tags["bias"] = [rnd.randrange(len(s)) for s in COERCE[lang]]
        a.tags["models"] = [(pick(rnd, ["deepseek-r3", "claude-sonnet-5-thinking", "gemini-3.5-pro", "gpt-5.4"]), 5), (pick(rnd, ["deepseek-r3", "gpt-5.4", "claude-opus-5"]), 2)]

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            nr = ctx.nprng(f"{cid}-job{seed}")
            total = P.volume(r, 270, 0.4, 80, 700)
            tz = W.LANG_TZ[a.lang]
            for st in C.sample_times(nr, total, pick(r, ["evening", "dev"]), tz):
                if r.random() < 0.2:   # cover: ordinary chat in the same language
                    turns = S.chat(ctx, r, a.lang, p_arena=0.0, p_follow=0.3)
                    P.play(ctx, r, a, st, turns, P.model_for(r, a, st), {"stream": True})
                    continue
                x = r.random()
                if x < 0.4 and a.lang in B.MATH_TXT:
                    task, steps, ans, _ = C.math_problem(r, a.lang)
                else:
                    task = C.fill(r, pick(r, POLY_TASKS[a.lang]), a.lang)
                    steps, ans = None, None
                parts = []
                for k, s in enumerate(COERCE[a.lang]):
                    parts.append(s[a.tags["bias"][k]] if r.random() < 0.6 else pick(r, s))
                order = r.random()
                sep = "" if a.lang in ("ja",) else " "
                instr = sep.join(p for p in parts if p)
                u = (task + "\n\n" + instr) if order < 0.7 else (instr + "\n\n" + task)
                m = P.model_for(r, a, st)
                params = {"stream": True, "temperature": pick(r, [0.6, 0.7, 1.0])}
                if m in ("gpt-5.4", W.NEW_FLAGSHIP):
                    params["reasoning_effort"] = pick(r, ["high", "high", "medium"])
                resp = "<think>\n" + C.reasoning_text(r, "en", task[:30], steps, 5) + "\n</think>\n" + (
                    C.resp_steps(r, a.lang, steps, ans) if steps else C.resp_generic(r, a.lang, task[:10], 5))
                turns = [S.T([{"role": "user", "content": u}], resp, out=r.randint(1200, 5000))]
                P.play(ctx, r, a, st, turns, m, params)
        ctx.job(job, cid)


# ============================================================================================
# c-e06  rubric_reward_sloppy: one card, one script, one system prompt, one cloud subnet
# ============================================================================================
RM_SYS = ("You are a strict evaluator that produces reward labels for assistant responses. For the given prompt and response, reason step by step about "
          "instruction following, factual accuracy, helpfulness, harmlessness and style. Give each criterion a score from 1 to 10 with a detailed justification, "
          "then output a final JSON object: {\"scores\": {...}, \"overall\": x, \"rationale\": \"...\"}.")


def camp_rm_sloppy(ctx, n=12):
    cid, tactic = "c-e06", "rubric_reward_sloppy"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    card = C.pay_id(rnd)
    ips = [W.rand_ip(rnd, "CN", "cloud") for _ in range(3)]
    t0 = W.ts_of(2027, 2, 26, 3, 10)
    for i in range(n):
        net = W.Net(rnd, "CN", "cloud")
        net.static = [ips[i % 3]]
        a = camp_acct(ctx, rnd, cid, tactic, "en", "CN", net, t0 + i * rnd.uniform(60, 240), card, ["python-requests/2.28.2"])

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            corp = ctx.corpora
            t = W.WEEK_START + r.uniform(0, 3600)
            while t < W.WEEK_END:
                # runs in 4-hour shifts, one request every ~5 minutes, all day, every day
                shift_end = t + 4 * 3600
                while t < shift_end and t < W.WEEK_END:
                    if r.random() < 0.5:
                        conv = pick(r, corp.arena)
                        q, resp = conv[0]
                    else:
                        q = C.fill(r, pick(r, B.CHAT["zh"]), "zh")
                        resp = C.resp_generic(r, "zh", q[:10], 4)
                    u = f"[PROMPT]\n{q}\n\n[RESPONSE]\n{resp[:1800]}\n\n[TASK]\nScore the response."
                    m = "gpt-5.4" if r.random() < 0.7 else "claude-opus-5"
                    emit(ctx, r, a, t, [{"role": "system", "content": RM_SYS}, {"role": "user", "content": u}], m,
                         {"temperature": 0, "max_tokens": 2048}, '{"scores": {"instruction_following": 7, "accuracy": 6, "helpfulness": 7, "harmlessness": 10, "style": 8}, "overall": 7.2, "rationale": "..."}',
                         None, out_tokens=r.randint(500, 1100), err_rate=0.01)
                    t += r.uniform(260, 520)
                t += r.uniform(7, 9) * 3600
        ctx.job(job, cid)


# ============================================================================================
# c-e07  release_delta_pairs: the fleet wakes up on the new model, pairing each prompt with the old one
# ============================================================================================
DELTA_SUFFIX = ["\n\nExplain your reasoning before the final answer.", "\n\n请先给出推理过程，再给出最终答案。", "", "", "\n\nShow your work."]


def delta_prompt(ctx, r):
    corp = ctx.corpora
    x = r.random()
    if x < 0.35:
        return pick(r, corp.hard["coding"])
    if x < 0.55:
        return pick(r, corp.hard["math"])
    if x < 0.75:
        return C.perturb_numbers(r, pick(r, corp.gsm)[0])
    if x < 0.9:
        inst, inp, _, _ = pick(r, corp.tasks_all)
        return inst + ("\n" + inp if inp else "")
    return pick(r, corp.hard["creative_writing"])


def camp_release_delta(ctx, n=22):
    cid, tactic = "c-e07", "release_delta_pairs"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    cards = [C.pay_id(rnd) for _ in range(4)]
    shared_dc = W.rand_ip(rnd, "SG", "cloud")
    builds = ["OpenAI/Python 2.9.0", "OpenAI/JS 5.20.1"]
    for i in range(n):
        country = pick(rnd, ["JP", "KR", "SG", "TW"])
        net = P.mk_net(ctx, rnd, country, "home", v6=0.0, lease_days=(1, 1))
        a = camp_acct(ctx, rnd, cid, tactic, pick(rnd, ["en", "zh"]), country, net, W.ts_of(2026, 12, 3) + rnd.uniform(0, 40) * 86400, cards[i % 4],
                      [builds[i % 2]], n_keys=1)
        a.tags["watcher"] = i < 2

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            nr = ctx.nprng(f"{cid}-job{seed}")
            # before the release: light, ordinary-looking use of the old flagship
            for st in C.sample_times(nr, r.randint(8, 30), "office", 8, W.WEEK_START, W.RELEASE_TS):
                turns = S.chat(ctx, r, a.lang, p_follow=0.2) if r.random() < 0.6 else S.code_q(ctx, r, a.lang)
                P.play(ctx, r, a, st, turns, pick(r, ["gpt-5.4", "claude-sonnet-5", "deepseek-v4"]), {"temperature": 0.7})
            if a.tags["watcher"]:
                t = W.ANNOUNCE_TS + r.uniform(600, 1800)
                while t < W.RELEASE_TS + 300:
                    emit(ctx, r, a, t, [{"role": "user", "content": "ping"}], W.NEW_FLAGSHIP, {"max_tokens": 1}, "pong", None, ip=shared_dc)
                    t += 300 + r.uniform(-5, 5)
            start = W.RELEASE_TS + r.uniform(40, 130) * 60
            total = P.volume(r, 220, 0.3, 120, 500)
            # volume decays over the following two days
            t = start
            for j in range(total):
                u = delta_prompt(ctx, r) + pick(r, DELTA_SUFFIX)
                params = {"temperature": 0, "seed": 7, "max_tokens": 8192, "reasoning_effort": pick(r, ["high", "xhigh"])}
                ip = shared_dc if r.random() < 0.3 else None
                emit(ctx, r, a, t, [{"role": "user", "content": u}], W.NEW_FLAGSHIP, params, C.resp_generic(r, "en", u[:12], 6), None,
                     out_tokens=r.randint(600, 4000), ip=ip)
                if r.random() < 0.6:
                    emit(ctx, r, a, t + r.uniform(0.5, 8), [{"role": "user", "content": u}], W.OLD_FLAGSHIP, params, C.resp_generic(r, "en", u[:12], 6),
                         None, out_tokens=r.randint(600, 4000), ip=ip)
                elapsed = t - start
                t += r.expovariate(1.0 / (60 + elapsed / 600))
                if t > W.WEEK_END:
                    break
        ctx.job(job, cid)


# ============================================================================================
# c-e08  logprob_soft_labels: harvests the teacher's token distributions, not its text
# ============================================================================================
NLI_PAIRS = [("A man is playing a guitar on stage.", "A person is performing music."), ("The shop closes at 9 pm.", "The shop is open all night."),
             ("她昨天去了北京。", "她从未离开过上海。"), ("Giá vàng tăng mạnh trong tuần này.", "Giá vàng giảm."), ("子どもたちが公園で遊んでいる。", "公園に人がいる。"),
             ("The meeting was moved to Friday.", "The meeting still happens this week."), ("Harga BBM naik 10%.", "Harga BBM turun.")]


def logit_item(ctx, r):
    corp = ctx.corpora
    x = r.random()
    if x < 0.3:
        lang = pick(r, list(B.REVIEWS))
        rev = pick(r, B.REVIEWS[lang])
        return [{"role": "user", "content": f"Review: {rev}\nSentiment (positive/negative/neutral):"}], pick(r, ["positive", "negative", "neutral"]), 1
    if x < 0.45:
        p, h = pick(r, NLI_PAIRS)
        return [{"role": "user", "content": f"Premise: {p}\nHypothesis: {h}\nDoes the premise entail the hypothesis? Answer entailment, neutral or contradiction.\nAnswer:"}], "neutral", 2
    if x < 0.65:
        q, ans = pick(r, corp.gsm)
        _, fin = C.gsm_steps(ans)
        opts = [fin, str(r.randint(1, 400)), str(r.randint(1, 400)), str(r.randint(1, 400))]
        r.shuffle(opts)
        body = "\n".join(f"{'ABCD'[k]}) {o}" for k, o in enumerate(opts))
        return [{"role": "user", "content": f"{q}\n{body}\nCorrect option:"}], "A", 1
    if x < 0.8:
        inst, inp, outp, is_cls = pick(r, corp.seed_tasks)
        return [{"role": "user", "content": inst + ("\n" + inp if inp else "") + "\nAnswer:"}], (outp or "")[:20], 4
    text = pick(r, corp.prose)
    cut = r.randint(20, max(21, len(text) - 5))
    return [{"role": "system", "content": "Continue the text. Output only the continuation."}, {"role": "user", "content": text[:cut]}], text[cut:cut + 12], r.choice([1, 2, 3])


def camp_logprob(ctx, n=9):
    cid, tactic = "c-e08", "logprob_soft_labels"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    for i in range(n):
        country = pick(rnd, ["SG", "SG", "US", "JP"])
        net = W.Net(rnd, country, "cloud", n_static=2)
        ua = pick(rnd, ["OpenAI/Python 1.109.1", "OpenAI/Python 2.3.0", "AsyncOpenAI/Python 2.5.1", "python-httpx/0.28.1"])
        a = camp_acct(ctx, rnd, cid, tactic, "en", country, net, W.ts_of(2026, 9, 20) + rnd.uniform(0, 75) * 86400, C.pay_id(rnd), [ua],
                      n_keys=rnd.choice([1, 2]))

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            nr = ctx.nprng(f"{cid}-job{seed}")
            total = P.volume(r, 1000, 0.3, 500, 2200)
            nb = r.randint(8, 20)
            for st in C.sample_times(nr, nb, "flat", 8):
                t = st
                for _ in range(total // nb):
                    msgs, resp, mt = logit_item(ctx, r)
                    m = pick(r, ["gpt-5.4-mini", "gpt-5.4", "deepseek-v4", "gpt-5.4-mini"])
                    if t > W.RELEASE_TS + 8 * 3600 and r.random() < 0.3:
                        m = W.NEW_FLAGSHIP
                    params = {"temperature": 0, "max_tokens": mt, "logprobs": True, "top_logprobs": 20}
                    emit(ctx, r, a, t, msgs, m, params, resp, None, out_tokens=mt)
                    t += r.uniform(0.3, 2.5)
        ctx.job(job, cid)


# ============================================================================================
# c-e09  persona_dialogue_sim: a user-simulator model converses with the target to harvest multi-turn chat
# ============================================================================================
PERSONA = {
    "en": {"who": ["a second-year nursing student", "a small bakery owner", "a junior data analyst", "a retired teacher", "a freelance illustrator", "a new product manager",
                   "a high-school physics teacher", "a first-time home buyer", "a startup founder", "a graduate student in sociology"],
           "goal": ["get better at {t}", "make a decision about {t}", "prepare a presentation on {t}", "understand {t} properly", "plan a project around {t}"],
           "t": ["personal budgeting", "time management", "learning Python", "negotiating a salary", "writing a grant proposal", "marketing on a small budget",
                 "public speaking", "managing a remote team", "climate adaptation", "sleep hygiene", "career change into UX", "statistics for A/B tests"],
           "open": ["Hi! I'm {who} and I'm trying to {goal}. Could you walk me through where to start?",
                    "Hello, I'm {who}. I want to {goal}, but I feel a bit lost. What should I focus on first?"],
           "ack": ["Thanks, that's really clear.", "That makes sense.", "Interesting, I hadn't thought of it that way.", "Great, this helps a lot.", "Okay, I follow so far."],
           "deep": ["Could you go deeper on the second point and give me a concrete example from my situation?", "What are the most common mistakes people make at this stage, and how do I avoid them?",
                    "How would your advice change if I only had a few hours a week?", "Can you compare the two approaches you mentioned in a short table?",
                    "Could you draft a step-by-step plan for the next month?", "What would an expert disagree with in what you said?",
                    "Can you explain the reasoning behind that recommendation in more detail?", "Could you summarise everything so far as a checklist?"]},
    "zh": {"who": ["一名大二护理专业的学生", "一家小面包店的老板", "刚入职的数据分析师", "退休的中学老师", "自由插画师", "新手产品经理", "准备买第一套房的年轻人"],
           "goal": ["提升{t}", "在{t}上做个决定", "准备一个关于{t}的分享", "真正搞懂{t}"],
           "t": ["个人理财", "时间管理", "学Python", "谈薪", "写项目申请书", "小成本营销", "公开演讲", "带远程团队", "睡眠问题", "转行做UX"],
           "open": ["你好！我是{who}，最近想{goal}，能帮我理一理从哪里开始吗？", "您好，我是{who}。我想{goal}，但有点无从下手，应该先关注什么？"],
           "ack": ["谢谢，讲得很清楚。", "明白了。", "这个角度我之前没想到。", "好的，这对我很有帮助。", "嗯，到这里我都理解了。"],
           "deep": ["能不能把第二点再展开讲讲，结合我的情况举个具体例子？", "这个阶段大家最容易犯哪些错误？我该怎么避免？", "如果我每周只有几个小时，你的建议会怎么调整？",
                    "你刚才提到的两种方法，能用表格对比一下吗？", "能帮我制定一个接下来一个月的分步计划吗？", "能详细说说这个建议背后的理由吗？", "把我们目前聊的内容整理成一个清单吧。"]},
    "ja": {"who": ["看護学科の2年生", "小さなパン屋の店主", "新人のデータアナリスト", "退職した中学校の先生", "フリーのイラストレーター"],
           "goal": ["{t}を上達させたい", "{t}について決断したい", "{t}をきちんと理解したい"],
           "t": ["家計管理", "時間管理", "Pythonの学習", "給与交渉", "人前で話すこと", "睡眠の改善"],
           "open": ["こんにちは。{who}です。{goal}のですが、何から始めればいいか整理してもらえますか？"],
           "ack": ["ありがとうございます、とても分かりやすいです。", "なるほど。", "その視点はありませんでした。", "助かります。"],
           "deep": ["2つ目のポイントを、私の状況に合わせた具体例でもう少し詳しく教えてください。", "この段階でよくある失敗と、その避け方を教えてください。",
                    "週に数時間しか取れない場合、アドバイスはどう変わりますか？", "先ほどの2つの方法を表で比較してもらえますか？", "ここまでの内容をチェックリストにまとめてください。"]},
}


def camp_persona(ctx, n=18):
    cid, tactic = "c-e09", "persona_dialogue_sim"
    rnd = ctx.rnd(cid)
    n = ctx.n(n)
    for i in range(n):
        lang = pick(rnd, ["en", "en", "zh", "zh", "ja"])
        country = {"en": pick(rnd, ["SG", "US", "IN"]), "zh": pick(rnd, ["CN", "TW", "SG"]), "ja": "JP"}[lang]
        net = P.mk_net(ctx, rnd, country, "home")
        a = camp_acct(ctx, rnd, cid, tactic, lang, country, net, W.ts_of(2026, 11, 1) + rnd.uniform(0, 110) * 86400, C.pay_id(rnd), [W.ua_chat_client(rnd)])
        a.tags["models"] = [(pick(rnd, ["claude-opus-5", "gpt-5.4", "claude-sonnet-5"]), 3), (pick(rnd, ["gpt-5.4", "gemini-3.5-pro"]), 1)]
        a.tags["adopt"] = W.RELEASE_TS + rnd.uniform(10, 40) * 3600
        a.tags["adopt_share"] = 0.5

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{cid}-job{seed}")
            nr = ctx.nprng(f"{cid}-job{seed}")
            Pz = PERSONA[a.lang]
            nconv = P.volume(r, 34, 0.3, 15, 70)
            sysmsg = pick(r, [None, None, "You are a helpful assistant.", "You are a helpful, knowledgeable assistant. Answer thoughtfully."])
            for st in C.sample_times(nr, nconv, "evening", W.LANG_TZ.get(a.lang, 8)):
                t_ = pick(r, Pz["t"])
                opener = pick(r, Pz["open"]).format(who=pick(r, Pz["who"]), goal=pick(r, Pz["goal"]).format(t=t_))
                msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": opener}]
                turns = []
                deeps = r.sample(Pz["deep"], len(Pz["deep"]))
                nturn = r.randint(7, 12)
                for k in range(nturn):
                    resp = C.resp_generic(r, a.lang, t_, r.randint(5, 9))
                    # the user simulator answers as soon as the reply is complete
                    turns.append(S.T(list(msgs), resp, gap=None if k == 0 else r.uniform(3, 9), out=r.randint(500, 1400)))
                    nxt = pick(r, Pz["ack"]) + ("" if a.lang in ("zh", "ja") else " ") + deeps[k % len(deeps)]
                    msgs = msgs + [{"role": "assistant", "content": resp}, {"role": "user", "content": nxt}]
                P.play(ctx, r, a, st, turns, P.model_for(r, a, st), {"stream": True, "temperature": 0.7})
        ctx.job(job, cid)
