# -*- coding: utf-8 -*-
"""Distillation campaigns, part B (cv-11 .. cv-21): relays, camouflage, agentic pivots, rewrites, thin fleets,
cover stories, clocks spread around the world, open seats and process-reward grading."""
import banks as B
import kit as K
import textgen as T
from benign_c import agent_session, reseller_user_session, TOOLS
from campaigns_a import (label, register, fleet, card_pool, residential, stock_ua, pivot, problem, cot_item, fire, p_harvest,
                         synth_item, lang_by_country)
from world import (CHAT, MINI, CODER, THINK1, THINK2, RELEASE, WEEK0, WEEK_END, DAY, SDK_UAS, SDK_W, DEV_UAS, CHAT_CLIENT_UAS,
                   CHAT_CLIENT_W, pick_w, sessions, bursts, steady, sample_ts, created_between, lognorm_int)


# ---------------------------------------------------------------- cv-11
def c11_reseller(W, C):
    cid, tac = "cv-11", "reseller_end_users"
    register(W, cid, tac, "180 end users inside two legitimate resellers' upstream pools harvest reasoning (natural elicitation and bare problems on the new model); the campaign owns no account of its own")
    R, rng = W.rng(cid), W.nprng(cid)
    lab = label(cid, tac)
    for u in range(180):
        pool = W.resellers[u % 2]
        uid = W.end_user(cid, u)
        W.label_end_user(uid, dict(lab, account_ids=sorted(x.id for x in pool)))
        L = R.choice(["zh", "zh", "zh", "en", "tw"])
        tm = B.COT_NATURAL[L]
        nx = lognorm_int(rng, 25, 0.4, 8, 70)
        lo = WEEK0 + R.uniform(0.5, 2.5) * DAY
        mp = pivot(R, 2, 20, 0.9)
        for times in sessions(rng, nx, 8, "human", lo=lo, turns=(2, 8), gap=(20, 120)):
            a = R.choice(pool)
            if R.random() < 0.6:
                fire(W, R, a, times, L, lambda R_, L_: cot_item(R_, L_, tm), mp, params=p_harvest, end_user=uid, ua=pool[0].uas[0])
            else:
                fire(W, R, a, times, L, lambda R_, L_: problem(R_, L_), lambda ts: mp(ts) if ts >= RELEASE else THINK1,
                     params=lambda R_, m: {"reasoning_effort": "high"}, end_user=uid, ua=pool[0].uas[0])
    W.manifest_camps[cid]["end_users_planned"] = 180


# ---------------------------------------------------------------- cv-12
def c12_hydra(W, C):
    cid, tac = "cv-12", "proxy_front_mixed"
    register(W, cid, tac, "an adversary-run proxy service: 50 relay accounts of 50 organisations on 8 cards and 6 egress addresses carry ordinary paying customers mixed with extraction end users")
    R, rng = W.rng(cid), W.nprng(cid)
    lab = label(cid, tac)
    egress = [W.ip(R, "HK", "cloud") for _ in range(6)]
    accts = fleet(W, R, cid, tac, 50, {"HK": .6, "CN": .4}, lambda R, i: WEEK0 - (10 + (i // 5) * 3 + R.random()) * DAY,
                  pms=card_pool(W, cid, 8), ips=lambda R, i, c: R.sample(egress, 3), uas=lambda R, i, c: ["new-api/0.8.4"], langs=lambda R, i, c: "zh")
    k = 0
    for a in accts:
        for j in range(R.randint(14, 24)):
            uid = W.end_user(cid, a.id, j)
            if R.random() < 0.55:
                reseller_user_session(W, C, R, rng, a, uid, R.choice(["CN", "CN", "HK", "TW"]), lognorm_int(rng, 8, 0.8, 1, 50), a.uas[0])
                continue
            k += 1
            W.label_end_user(uid, dict(lab, account_ids=[a.id]))
            L = R.choice(["zh", "zh", "en", "tw", "yue"])
            nx = lognorm_int(rng, 18, 0.5, 4, 60)
            mp = pivot(R, 2, 16, 0.85)
            kind = R.random()
            for times in sessions(rng, nx, 8, "flat", turns=(3, 10), gap=(5, 40)):
                if kind < 0.4:
                    fire(W, R, a, times, L, lambda R_, L_: cot_item(R_, L_, B.COT_NATURAL[L_]), mp, params=p_harvest, end_user=uid)
                elif kind < 0.8:
                    fire(W, R, a, times, L, lambda R_, L_: problem(R_, L_, None, 0.2), mp, params=lambda R_, m: {"reasoning_effort": "high"}, end_user=uid)
                else:
                    fire(W, R, a, times, L, lambda R_, L_: synth_item(R_, C, L_), mp, params=p_harvest, end_user=uid)
    W.manifest_camps[cid]["extraction_end_users"] = k


# ---------------------------------------------------------------- cv-13
def c13_camouflage(W, C):
    cid, tac = "cv-13", "camouflage_blend"
    register(W, cid, tac, "140 accounts that look like ordinary chat users (chat clients, home connections, diurnal sessions, real Arena conversations) spend about a third of their requests harvesting reasoning")
    R, rng = W.rng(cid), W.nprng(cid)
    shared = [W.pm_id(cid, j) for j in range(30)]
    accts = fleet(W, R, cid, tac, 140, {"CN": .35, "TW": .15, "HK": .15, "SG": .15, "MY": .2}, lambda R, i: created_between(R, 10, 90),
                  pms=lambda R, i, c: shared[i % 30] if i < 60 else W.pm_id(cid, "own", i), ips=lambda R, i, c: W.home_ips(R, c),
                  uas=lambda R, i, c: [pick_w(R, CHAT_CLIENT_UAS, CHAT_CLIENT_W)])
    for a in accts:
        share = R.uniform(0.25, 0.45)
        tm = B.COT_NATURAL.get(a.lang, B.COT_NATURAL["en"])
        mp_h = pivot(R, 5, 30, 0.8)
        mp_o = K.model_picker(R, base=CHAT, think_share=0.05, adopt=0.3)
        nx = lognorm_int(rng, 55, 0.4, 20, 130)
        for times in sessions(rng, nx, a.tz, "human", weekend=1.3, turns=(1, 5)):
            if R.random() < share:
                if R.random() < 0.5:
                    fire(W, R, a, times, a.lang, lambda R_, L: cot_item(R_, L, tm, C), mp_h, params=p_harvest)
                else:
                    fire(W, R, a, times, a.lang, lambda R_, L: problem(R_, L, C), lambda ts: mp_h(ts) if ts > RELEASE else THINK1,
                         params=lambda R_, m: {"reasoning_effort": "high"})
            elif a.lang == "en" and R.random() < 0.6:
                K.converse_arena(W, R, a, times, R.choice(C.arena), mp_o)
            else:
                K.converse(W, R, a, times, a.lang, K.chat_item(R, a.lang) if R.random() < 0.7 else K.code_item(R, a.lang), mp_o)


# ---------------------------------------------------------------- cv-14
AGENT_GOALS = ["实现一个命令行记账工具，支持导入CSV并生成月度报表", "Build a FastAPI service with JWT auth and a Postgres-backed todo list, with tests",
               "写一个爬取商品价格并在降价时发邮件提醒的服务", "Port this Flask app to async FastAPI and keep the tests green", "Add OpenTelemetry tracing to a Go microservice",
               "用 Rust 实现一个支持 TTL 的 KV 存储并写基准测试", "Create a React dashboard that charts order volume by hour from a REST endpoint",
               "Write a Kafka consumer in Java that deduplicates events and writes to ClickHouse", "实现一个基于 Redis 的分布式锁并处理锁续期"]


def c14_agentic(W, C):
    cid, tac = "cv-14", "agentic_tooluse_release_pivot"
    register(W, cid, tac, "150 accounts of 15 dev-shop organisations script tool-use trajectories with fabricated tool results; within hours of the release almost all traffic moves to the new model, and 100 fresh accounts join on day 3")
    R, rng = W.rng(cid), W.nprng(cid)
    orgs = [W.org_id(cid, j) for j in range(15)]
    cards = [W.pm_id(cid, j) for j in range(15)]
    oips = {o: [W.ip(R, R.choice(["SG", "HK", "US"]), "cloud") for _ in range(2)] for o in orgs}
    created = lambda R, i: created_between(R, 5, 40) if i < 50 else RELEASE + R.uniform(1, 30) * 3600
    accts = fleet(W, R, cid, tac, 150, {"SG": .4, "HK": .3, "CN": .3}, created, orgs=lambda R, i, c: orgs[i % 15], pms=lambda R, i, c: cards[i % 15],
                  ips=lambda R, i, c: oips[orgs[i % 15]], uas=lambda R, i, c: ["openai-agents/0.2.4 OpenAI/Python 1.99.1"], langs=lambda R, i, c: "en")
    tasks = AGENT_GOALS + B.PROBE_DOMAINS["agent"] + [q for q in C.hard["coding"][:120]]
    for a in accts:
        t_piv = RELEASE + R.uniform(2, 12) * 3600
        nruns = lognorm_int(rng, 9, 0.4, 3, 25)
        lo = max(WEEK0, a.created + 1800)
        for t0 in steady(rng, nruns, lo, WEEK_END):
            task = R.choice(tasks)
            if R.random() < 0.5:
                task = K.code_item(R, R.choice(["en", "zh"]))[0]
            agent_session(W, R, a, float(t0), lambda ts, t=t_piv: THINK2 if ts >= t and R.random() < 0.92 else R.choice([CODER, THINK1]),
                          task, "high", steps=R.randint(3, 9), lat=(1, 6))


# ---------------------------------------------------------------- cv-15
def c15_censor(W, C):
    cid, tac = "cv-15", "censorship_safe_rewrites"
    register(W, cid, tac, "30 accounts of 3 organisations on 6 cards have the model write 'safe' answers on politically sensitive topics and explain each rewrite, to train a compliant model")
    R, rng = W.rng(cid), W.nprng(cid)
    orgs = [W.org_id(cid, j) for j in range(3)]
    cards = [W.pm_id(cid, j) for j in range(6)]
    accts = fleet(W, R, cid, tac, 30, {"CN": 1.0}, lambda R, i: created_between(R, 30, 60), orgs=lambda R, i, c: orgs[i % 3],
                  pms=lambda R, i, c: cards[i % 6], ips=lambda R, i, c: [W.ip(R, "CN", "cloud") for _ in range(2)],
                  uas=lambda R, i, c: ["qilin-python/3.4.1"], langs=lambda R, i, c: "zh")

    def make(R_, L):
        t = R_.choice(B.CENSOR_TOPICS)
        p = R_.choice(B.CENSOR_TEMPLATES).format(t=t, a=T.resp_generic(R_, "zh", t, 3))
        return (p, "cotgen", None)
    for a in accts:
        mp = pivot(R, 8, 40, 0.6, before=(CHAT,))
        nx = lognorm_int(rng, 60, 0.35, 25, 120)
        for job in bursts(rng, nx, 8, "office", weekend=0.1, per_job=(8, 30), rate=(0.02, 0.1)):
            fire(W, R, a, job, "zh", make, mp, params=p_harvest, ip_rotate=False)


# ---------------------------------------------------------------- cv-16
def c16_multiling(W, C):
    cid, tac = "cv-16", "multilingual_trace_coercion"
    register(W, cid, tac, "50 accounts on 10 cards, opened in two bursts, ask for the full solution in one language and the same complete reasoning again in two or three others")
    R, rng = W.rng(cid), W.nprng(cid)
    b = [WEEK0 - R.uniform(12, 16) * DAY for _ in range(2)]
    accts = fleet(W, R, cid, tac, 50, {"MY": .6, "SG": .4}, lambda R, i: b[i % 2] + R.uniform(0, 10) * 3600, pms=card_pool(W, cid, 10),
                  ips=residential(W, 2, 5), uas=stock_ua(0.1), langs=lambda R, i, c: R.choice(["en", "ms", "ta", "zh"]))

    def make(R_, L):
        x = R_.random()
        if x < 0.5:
            q, steps, ans = T.math_q(R_, R_.choice(["en", "ms", "zh"]))
            return (R_.choice(B.MULTILING_TRACE).format(q=q), "cot", (steps, ans))
        q = R_.choice(C.gsm)[0] if x < 0.8 else T.puzzle_q(R_, "en")
        return (R_.choice(B.MULTILING_TRACE).format(q=q), "cotgen", None)
    for a in accts:
        mp = pivot(R, 6, 36, 0.6)
        nx = lognorm_int(rng, 50, 0.35, 20, 110)
        for times in sessions(rng, nx, 8, "human", turns=(2, 7), gap=(30, 150)):
            fire(W, R, a, times, a.lang, make, mp, params=p_harvest)


# ---------------------------------------------------------------- cv-17
def c17_thin(W, C):
    cid, tac = "cv-17", "disposable_thin_fleet"
    register(W, cid, tac, "300 throwaway accounts, each on its own prepaid card and a carrier-grade NAT address, opened minutes before use and abandoned after one to four harvesting requests")
    R, rng = W.rng(cid), W.nprng(cid)
    day_w = [0.6, 0.7, 1.6, 1.5, 1.3, 1.1, 1.0]
    accts = fleet(W, R, cid, tac, 300, {"CN": .35, "MY": .25, "SG": .2, "HK": .2}, lambda R, i: float(sample_ts(rng, 1, 8, "flat", day_w=day_w)[0]) - R.uniform(60, 900),
                  ips=lambda R, i, c: [W.ip(R, c, "mobile")], uas=stock_ua(0.0), langs=lambda R, i, c: lang_by_country(R, c, ["zh", "yue", "tw", "en", "ms"]))

    def make(R_, L):
        x = R_.random()
        if x < 0.35:
            return cot_item(R_, L, B.COT_NATURAL.get(L, B.COT_NATURAL["en"]))
        if x < 0.7:
            return problem(R_, L)
        if x < 0.85:
            return synth_item(R_, C, L)
        q, steps, ans = T.math_q(R_, L)
        return (R_.choice(T.bank(B.RECON, L)).format(q=q, ans=ans), "cot", (steps, ans))
    for a in accts:
        k = R.choices([1, 2, 3, 4], [25, 35, 25, 15])[0]
        times = [a.created + R.uniform(60, 900) + j * R.uniform(20, 200) for j in range(k)]
        fire(W, R, a, times, a.lang, make, lambda ts: THINK2 if ts >= RELEASE and R.random() < 0.8 else R.choice([THINK1, CHAT]), params=p_harvest)


# ---------------------------------------------------------------- cv-18
ASSIGN = {"en": "Assignment 2, question {k}: {q}", "ms": "Tugasan 2, soalan {k}: {q}", "zh": "第二次作业 第{k}题：{q}"}


def c18_course(W, C):
    cid, tac = "cv-18", "course_cover"
    register(W, cid, tac, "40 accounts posing as a university course (sign-up burst, one 'department' card, assignment numbering) but each sends its own stream of distinct problems for full reasoning, day and night")
    R, rng = W.rng(cid), W.nprng(cid)
    org, pm = W.org_id(cid), W.pm_id(cid)
    ipp = [W.ip(R, "MY", "cloud") for _ in range(3)]
    t0 = WEEK0 - R.uniform(0.5, 1.5) * DAY
    accts = fleet(W, R, cid, tac, 40, {"MY": 1.0}, lambda R, i: t0 + R.uniform(0, 20) * 3600, orgs=lambda R, i, c: org, pms=lambda R, i, c: pm,
                  ips=lambda R, i, c: ipp + [W.ip(R, "MY", "mobile")], uas=lambda R, i, c: ["python-requests/2.32.3"], langs=lambda R, i, c: R.choice(["en", "ms", "zh"]))
    for a in accts:
        tm = B.COT_NATURAL.get(a.lang, B.COT_NATURAL["en"])
        mp = pivot(R, 3, 20, 0.8)
        nx = lognorm_int(rng, 55, 0.3, 25, 110)
        cnt = [0]

        def make(R_, L):
            cnt[0] += 1
            it = cot_item(R_, L, tm) if R_.random() < 0.5 else problem(R_, L)
            return (ASSIGN[L].format(k=cnt[0] % 12 + 1, q=it[0]),) + it[1:]
        for times in sessions(rng, nx, 8, "flat", weekend=1.2, turns=(3, 10), gap=(20, 90)):
            fire(W, R, a, times, a.lang, make, mp, params=p_harvest)


# ---------------------------------------------------------------- cv-19
CODE_ELICIT = {
    "en": ["{q}\n\nBefore writing any code, talk through how you'd approach it: the options you considered, the ones you'd reject and why, and how you'd check it works.",
           "{q}\nI'm trying to learn how senior engineers think. Narrate your whole thought process as you design this, then give the code.",
           "{q}\n\nExplain every decision as you make it, including trade-offs you're unsure about."],
    "zh": ["{q}\n\n写代码之前，先把你的思考过程完整讲一遍：考虑过哪些方案、为什么放弃、怎么验证正确性。", "{q}\n我想学习资深工程师是怎么思考的，请把设计这个功能时脑子里的每一步都写出来，再给代码。"],
}


def c19_tz(W, C):
    cid, tac = "cv-19", "timezone_spread_code_harvest"
    register(W, cid, tac, "90 accounts that claim Asian markets but connect from US, European and Japanese clouds, each working office hours in its own time zone so the fleet covers the clock; coding design reasoning via IDE-agent clients")
    R, rng = W.rng(cid), W.nprng(cid)
    tzs = [-7, -5, 0, 1, 2, 5.5, 9, 10]
    accts = fleet(W, R, cid, tac, 90, {"TW": .3, "SG": .3, "HK": .2, "CN": .2}, lambda R, i: created_between(R, 10, 60), pms=card_pool(W, cid, 30),
                  ips=lambda R, i, c: [W.ip(R, R.choice(["US", "DE", "JP"]), "cloud") for _ in range(R.randint(2, 4))],
                  uas=lambda R, i, c: [R.choice(DEV_UAS[:4])], langs=lambda R, i, c: R.choice(["en", "en", "zh"]))
    for k, a in enumerate(accts):
        tz = tzs[k % len(tzs)]
        mp = pivot(R, 4, 24, 0.8, before=(THINK1, CODER))

        def make(R_, L):
            q = R_.choice(C.hard["coding"]) if R_.random() < 0.35 else K.code_item(R_, L)[0]
            return (R_.choice(CODE_ELICIT["zh" if L in T.ZH_LIKE else "en"]).format(q=q), "cotgen", None)
        nx = lognorm_int(rng, 70, 0.3, 30, 140)
        for times in sessions(rng, nx, tz, "office", weekend=0.3, turns=(2, 6), gap=(30, 240)):
            fire(W, R, a, times, a.lang, make, mp, params=p_harvest)


# ---------------------------------------------------------------- cv-20
def c20_seats(W, C):
    cid, tac = "cv-20", "open_seats_cot"
    register(W, cid, tac, "5 seats of one start-up on one card and one office address run GSM8K verbatim with explicit chain-of-thought instructions, moving to the new model hours after release")
    R, rng = W.rng(cid), W.nprng(cid)
    org, pm = W.org_id(cid), W.pm_id(cid)
    ip = [W.ip(R, "SG", "fixed")]
    accts = fleet(W, R, cid, tac, 5, {"SG": 1.0}, lambda R, i: WEEK0 - 90 * DAY + i * 3600, orgs=lambda R, i, c: org, pms=lambda R, i, c: pm,
                  ips=lambda R, i, c: ip, uas=lambda R, i, c: ["python-requests/2.32.3"], langs=lambda R, i, c: "en")
    suffix = ["\n\nThink step by step and show your complete chain of thought before the final answer.",
              "\n\nShow your full reasoning process step by step, then give the answer.", "\n\nLet's think step by step. Write out all of your internal reasoning."]
    start = R.randrange(len(C.gsm) - 1000)
    for k, a in enumerate(accts):
        nx = lognorm_int(rng, 150, 0.2, 100, 220)
        t = RELEASE + R.uniform(1, 4) * 3600
        for j, ts in enumerate(t for job in bursts(rng, nx, 8, "office", weekend=0.0, per_job=(30, 80), rate=(0.1, 0.4)) for t in job):
            i = (start + k * 200 + j) % len(C.gsm)
            m = THINK2 if ts >= t else THINK1
            K.converse(W, R, a, [float(ts)], "en", K.gsm_item(C, i, C.gsm[i][0] + R.choice(suffix)), m, params={"reasoning_effort": "high"}, effort="high")


# ---------------------------------------------------------------- cv-21
PRM = {"zh": "下面是一道题和一个模型给出的分步解答。请逐步检查：每一步写“正确”或“错误”，错误的步骤说明原因并给出正确写法；最后给出0到1之间的整体得分。\n\n题目：{q}\n\n解答：\n{s}",
       "en": "Below is a problem and a step-by-step solution produced by a model. Check each step: mark it correct or incorrect, explain any error and give the corrected step. End with an overall score between 0 and 1.\n\nProblem: {q}\n\nSolution:\n{s}"}


def c21_prm(W, C):
    cid, tac = "cv-21", "process_reward_grading"
    register(W, cid, tac, "25 accounts of 2 organisations on 2 cards use the model as a step-level process reward model: grade every step of their own model's solutions, with explanations and a score, in batches")
    R, rng = W.rng(cid), W.nprng(cid)
    orgs = [W.org_id(cid, j) for j in range(2)]
    cards = [W.pm_id(cid, j) for j in range(2)]
    oips = {o: [W.ip(R, "CN", "cloud") for _ in range(2)] for o in orgs}
    accts = fleet(W, R, cid, tac, 25, {"CN": 1.0}, lambda R, i: created_between(R, 40, 60), orgs=lambda R, i, c: orgs[i % 2], pms=lambda R, i, c: cards[i % 2],
                  ips=lambda R, i, c: oips[orgs[i % 2]], uas=lambda R, i, c: ["python-httpx/0.27.2"], langs=lambda R, i, c: R.choice(["zh", "en"]))

    def make(R_, L):
        if L == "en":
            q, sol, fin = R_.choice(C.gsm)
            steps = [s for s in sol.split("\n") if s.strip()]
        else:
            q, steps, ans = T.math_q(R_, L)
        if steps and R_.random() < 0.5:
            j = R_.randrange(len(steps))
            steps = steps[:j] + [steps[j] + " (= %d)" % R_.randint(2, 500)] + steps[j + 1:]
        s = "\n".join("Step %d: %s" % (k + 1, x) for k, x in enumerate(steps))
        grade = "\n".join("Step %d: %s" % (k + 1, R_.choice(["correct", "correct", "incorrect — the arithmetic is wrong; it should be recomputed"])) for k in range(len(steps)))
        return (PRM[L].format(q=q, s=s), "fixed", grade + "\nOverall score: %.2f" % R_.random())
    for a in accts:
        mp = pivot(R, 4, 20, 0.85, before=(CHAT, THINK1))
        nx = lognorm_int(rng, 200, 0.3, 80, 420)
        for job in bursts(rng, nx, 8, "night_batch", per_job=(40, 150), rate=(0.2, 1.0)):
            fire(W, R, a, job, a.lang, make, mp, params=lambda R_, m: {"temperature": 0.0, "max_tokens": 2048} if m == CHAT else {"reasoning_effort": "medium"}, ip_rotate=False)
