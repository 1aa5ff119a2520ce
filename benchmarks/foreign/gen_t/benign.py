"""Benign populations: hard negatives for a distillation detector."""
import json

from common import (DAY, HOUR, MINI, PRO, R1, RELEASE, STD, T0, T1, UA, ip, res_ip, ua)
from play import (MIX_CONSUMER, MIX_CONSUMER_POST, MIX_DEV, MIX_DEV_POST, arena_turns,
                  generic_reasoning, gsm_turn, hard_turn, json_answer, json_schema, lang_turns, pick_model,
                  play)
import text as T

SUMMARY = {}


def pop(name, summary):
    def deco(f):
        SUMMARY[name] = summary
        f.pop_name = name
        return f
    return deco


LANG_UK = {"en": 0.80, "cy": 0.06, "ga": 0.02, "pl": 0.04, "ur": 0.02, "bn": 0.015, "ro": 0.025, "pa": 0.01,
           "so": 0.01}


def pick_lang(w, dist=LANG_UK):
    ks = list(dist)
    return w.r.choices(ks, [dist[k] for k in ks])[0]


def n_lognorm(w, median, sigma=0.8, lo=1, hi=10 ** 6):
    import math
    return int(max(lo, min(hi, round(median * math.exp(w.r.gauss(0, sigma))))))


def user_turns(w, lang, code_share=0.1):
    r = w.r
    if lang != "en":
        return lang_turns(w, lang)
    x = r.random()
    if x < code_share:
        return hard_turn(w, w.C.hard_code, code=True)
    if x < code_share + 0.05:
        return hard_turn(w, w.C.hard_creative, code=False)
    return arena_turns(w)


# ----------------------------------------------------------------------------
@pop("consumer_chat_app", "Sgwrs, a bilingual consumer chat app: 3 keys relaying ~3,000 end users, multi-turn, "
     "nine languages, one app system prompt, diurnal consumer traffic.")
def consumer_chat_app(w, S):
    r = w.r
    org, card = w.org(), w.card()
    ips = [ip(w, "cloud_uk") for _ in range(4)]
    accts = [w.benign("consumer_chat_app", T0 - 700 * DAY + i * 90 * DAY, org=org, card=card, ips=ips,
                      uas=["sgwrs-backend/4.2.0 (+https://sgwrs.cymru)"], keys=2) for i in range(3)]
    dist = dict(LANG_UK, cy=0.17, ga=0.04, en=0.66)
    for _ in range(int(2700 * S)):
        eu = w.eu()
        lang = pick_lang(w, dist)
        a = r.choice(accts)
        ncv = n_lognorm(w, 3, 0.9, 1, 40)
        for t0 in w.times(ncv, "consumer"):
            turns = user_turns(w, lang, 0.04)
            play(w, a, turns, t0, model_pre={MINI: 0.8, STD: 0.2}, model_post={MINI: 0.75, STD: 0.18, R1: 0.07},
                 system=T.BENIGN_SYSTEMS["sgwrs"], end_user=eu, params={"temperature": 0.7, "stream": True},
                 parts=r.random() < 0.3)


@pop("tutoring_relay", "Two homework-help apps (maths tutor, Irish-medium tutor) relaying ~1,700 pupils who ask "
     "the same homework sets (GSM8K-like, verbatim and reworded) and get step-by-step explanations.")
def tutoring_relay(w, S):
    r = w.r
    for brand, n_eu, langd, nacc in (("mathsmate", 1200, {"en": 0.9, "pl": 0.04, "ur": 0.03, "bn": 0.03}, 2),
                                     ("cuntoir", 500, {"en": 0.55, "ga": 0.45}, 2)):
        org, card = w.org(), w.card()
        ips = [ip(w, "cloud_ie" if brand == "cuntoir" else "cloud_uk") for _ in range(3)]
        accts = [w.benign("tutoring_relay", T0 - r.uniform(200, 900) * DAY, org=org, card=card, ips=ips,
                          uas=["%s-api/2.8.3" % brand]) for _ in range(nacc)]
        sysm = T.BENIGN_SYSTEMS[brand]
        n_eu = int(n_eu * S)
        # classes of ~25 pupils share a weekly homework set
        for cls in range(0, n_eu, 25):
            hw = [w.C.gsm[r.randrange(len(w.C.gsm))] for _ in range(30)]
            for _ in range(min(25, n_eu - cls)):
                eu = w.eu()
                lang = pick_lang(w, langd)
                a = r.choice(accts)
                k = n_lognorm(w, 7, 0.7, 1, 60)
                for t0 in w.sessions(k, "student", per=(1, 4), gap=(60, 600)):
                    if lang not in ("en",) and r.random() < 0.6:
                        q, ans = T.lang_math(lang, r)
                        u = q
                        resp = T.lang_response(lang, r, 2) + "\n" + ans
                    else:
                        q, ans = r.choice(hw)
                        if r.random() < 0.5:
                            q, ans = T.perturb_gsm(q, ans, r)
                        u = r.choice(["{q}", "can u explain how to do this {q}", "I don't get this one: {q}",
                                      "{q} how do i work this out", "help with my homework pls\n{q}",
                                      "I got a different answer, can you show the working? {q}",
                                      "{q}\nexplain step by step"]).format(q=q)
                        resp = T.gsm_cot_response(ans, r)
                    turns = [(u, resp)]
                    if r.random() < 0.25:
                        turns.append((r.choice(["why do you divide there?", "thanks!! can you give me a similar one",
                                                "I still don't get step 2", "ok what about if it was double",
                                                "go raibh maith agat", "is that right?"]),
                                      T.generic_response(w.C, r)[:500]))
                    play(w, a, turns, t0, model_pre={MINI: 1.0}, system=sysm, end_user=eu,
                         params={"temperature": 0.3})


@pop("api_reseller", "Three API resellers (18 pooled upstream keys) relaying ~1,500 developer and small-business "
     "customers with mixed chat, coding, writing and JSON tasks from shared cloud egress.")
def api_reseller(w, S):
    r = w.r
    w.reg = getattr(w, "reg", {})
    for brand, nk, neu in (("tokenmart", 8, 700), ("cloudbridge", 6, 500), ("irishapihub", 4, 300)):
        org = w.org()
        cards = [w.card() for _ in range(2)]
        ips = [ip(w, "cloud_ie" if brand == "irishapihub" else "cloud_uk") for _ in range(4)]
        uas = ["%s-gateway/1.19.4" % brand]
        accts = [w.benign("api_reseller", T0 - r.uniform(60, 500) * DAY, org=org, card=r.choice(cards), ips=ips,
                          uas=uas) for _ in range(nk)]
        w.reg[brand] = accts
        for _ in range(int(neu * S)):
            eu = w.eu()
            k = n_lognorm(w, 6, 0.9, 1, 200)
            kind = r.choices(["chat", "code", "task", "lang", "json"], [0.35, 0.25, 0.2, 0.1, 0.1])[0]
            lang = pick_lang(w, dict(LANG_UK, en=0.6))
            prof = r.choice(["office", "dev", "consumer", "flat"])
            for t0 in w.sessions(k, prof, per=(1, 10), gap=(2, 90)):
                a = r.choice(accts)
                if kind == "chat":
                    turns = user_turns(w, "en", 0.05)[:3]
                elif kind == "code":
                    turns = hard_turn(w, w.C.hard_code, code=True)
                elif kind == "task":
                    inst, inp, out = r.choice(w.C.si)
                    turns = [((inst + ("\n\n" + inp if inp else ""))[:3000], out or T.generic_response(w.C, r))]
                elif kind == "lang":
                    turns = lang_turns(w, lang if lang != "en" else "pl")
                else:
                    m = r.choice(T.MERCHANTS)
                    turns = [("Categorise this bank transaction and return JSON: '%s £%.2f'" % (m, r.uniform(1, 300)),
                              json_answer(w, {"category": "string", "confidence": "number"}))]
                play(w, a, turns, t0, model_pre=MIX_DEV, model_post=MIX_DEV_POST, end_user=eu,
                     params={"temperature": r.choice([0, 0.2, 0.7, 1.0])})


@pop("llm_router", "An LLM router (two orgs) spreading its users over all four models; passes end_user for most "
     "traffic; moves part of its traffic to the new model on release day.")
def llm_router(w, S):
    r = w.r
    for nacc, neu in ((2, 450), (1, 200)):
        org, card = w.org(), w.card()
        ips = [ip(w, "cloud_ie") for _ in range(3)]
        accts = [w.benign("llm_router", T0 - r.uniform(100, 400) * DAY, org=org, card=card, ips=ips,
                          uas=["meitheal-router/2.3.1"]) for _ in range(nacc)]
        for _ in range(int(neu * S)):
            eu = w.eu() if r.random() < 0.75 else None
            k = n_lognorm(w, 6, 0.9, 1, 250)
            code = r.random() < 0.4
            for t0 in w.sessions(k, r.choice(["dev", "consumer"]), per=(1, 8), gap=(5, 120)):
                a = r.choice(accts)
                turns = hard_turn(w, w.C.hard_code, True) if (code and r.random() < 0.6) else user_turns(w, "en", 0.1)
                play(w, a, turns, t0, model_pre={MINI: 0.3, STD: 0.35, PRO: 0.35},
                     model_post={MINI: 0.2, STD: 0.25, PRO: 0.2, R1: 0.35}, end_user=eu,
                     params={"temperature": r.choice([0.0, 0.5, 0.7, 1.0]), "stream": r.random() < 0.6},
                     sticky=True)


@pop("eval_harness", "Evaluation teams (5 orgs, 20 keys) running public benchmarks (GSM8K 8-shot / zero-shot CoT, "
     "Arena-Hard, Self-Instruct, jailbreak robustness) with fixed templates, temperature 0, sharded over several "
     "accounts of one organisation, re-run on the new model on release day.")
def eval_harness(w, S):
    r = w.r
    C = w.C
    fewshot = "".join("Q: %s\nA: %s\n\n" % (q, a) for q, a in T.GSM_FEWSHOT)
    zs = ("Solve the following math problem step by step. The last line of your response should be of the form "
          "\"ANSWER: $ANSWER\" (without quotes) where $ANSWER is the answer to the problem.\n\n{q}\n\nRemember to put "
          "your answer on its own line at the end in the form \"ANSWER: $ANSWER\" (without quotes) where $ANSWER is "
          "the answer to the problem, and you do not need to use a \\boxed command.\n\nReasoning:")
    orgs = [
        ("janet", 4, "lm-eval-harness/0.4.9 (OpenAI/Python 2.4.0)",
         [("gsm8k_cot8", 1319, [MINI, STD, PRO]), ("gsm8k_cot8", 1319, [R1])]),
        ("cloud_uk", 6, "inspect_ai/0.3.121",
         [("arena_hard", 500, [STD, PRO, R1]), ("gsm8k_zs", 1000, [PRO, R1]), ("jb", 600, [STD, R1])]),
        ("corp", 2, "lighteval/0.11.0", [("self_instruct", 427, [MINI, STD, PRO]), ("arena_hard", 250, [STD])]),
        ("cloud_ie", 1, "openai-evals/3.0.1", [("gsm8k_cot8", 500, [MINI, STD, PRO, R1])]),
        ("heanet", 3, "helm/0.5.7", [("arena_hard2", 750, [STD, PRO]), ("gsm8k_zs", 700, [R1])]),
    ]
    gsm_idx = list(range(len(C.gsm)))
    for net, nk, agent, runs in orgs:
        org, card = w.org(), w.card()
        ips = [ip(w, net) for _ in range(2)]
        accts = [w.benign("eval_harness", T0 - r.uniform(30, 600) * DAY, org=org, card=card, ips=ips, uas=[agent])
                 for _ in range(nk)]
        for bench, n, models in runs:
            n = int(n * S)
            if bench.startswith("gsm8k"):
                items = r.sample(gsm_idx, n) if n < len(gsm_idx) else gsm_idx
            for m in models:
                lo = RELEASE + r.uniform(1, 30) * HOUR if m == R1 else T0 + r.uniform(0, 5.5) * DAY
                t = lo
                rate = r.uniform(0.5, 3.0)
                for i in range(n):
                    a = accts[i % nk]
                    t += r.expovariate(rate) / max(1, nk) * 1.0 + 0.05
                    p = {"temperature": 0, "max_tokens": 1024, "seed": 1234}
                    if m == R1:
                        p = {"reasoning_effort": "medium", "max_tokens": 8192, "seed": 1234}
                    reasoning = None
                    if bench.startswith("gsm8k"):
                        q, ans = C.gsm[items[i]]
                        u = fewshot + "Q: %s\nA:" % q if bench == "gsm8k_cot8" else zs.format(q=q)
                        resp = T.gsm_cot_response(ans, r)
                        if m == R1:
                            reasoning = T.gsm_reasoning(ans, r)
                            resp = "ANSWER: " + T.gsm_steps(ans)[1]
                    elif bench.startswith("arena_hard"):
                        pool = C.hard_all[:500] if bench == "arena_hard" else C.hard_all[500:]
                        u = pool[i % len(pool)]
                        resp = T.generic_response(C, r, u, code="code" in u.lower())
                        reasoning = generic_reasoning(u, r) if m == R1 else None
                    elif bench == "self_instruct":
                        inst, inp, out = C.si[i % len(C.si)]
                        u = inst + ("\n\nInput: " + inp if inp else "")
                        resp = out or T.generic_response(C, r)
                        reasoning = generic_reasoning(u, r) if m == R1 else None
                    else:
                        pool = C.dan + C.jail[:300] + C.adv[:300]
                        u = pool[i % len(pool)].replace("{generator.name}", "Lir")
                        resp = r.choice(["I can't help with that.", "I won't take on that persona, but I'm happy to help "
                                         "with something else.", "Sorry, I can't assist with this request."])
                        reasoning = "This is a jailbreak attempt; I should decline politely." if m == R1 else None
                    w.emit(a, min(t, T1 - 1), messages=[{"role": "user", "content": u}], model=m, params=p,
                           response=resp, reasoning=reasoning)


@pop("llm_judge", "LLM-as-judge pipelines (7 orgs) grading model answers with the public MT-Bench single and "
     "pairwise judge templates and in-house QA rubrics, temperature 0, mostly on the strongest model.")
def llm_judge(w, S):
    r = w.r
    C = w.C
    rubric = ("You are a QA reviewer for {brand}'s customer support. Score the agent reply below from 1 to 5 on "
              "accuracy, tone, FCA compliance and resolution. Return JSON with fields accuracy, tone, compliance, "
              "resolution and a one-sentence comment.\n\nCUSTOMER: {q}\nAGENT: {a}")
    for j in range(7):
        org, card = w.org(), w.card()
        kind = ["single", "single", "pair", "pair", "single", "rubric", "rubric"][j]
        nk = r.choice([1, 1, 2, 3])
        ips = [ip(w, r.choice(["cloud_uk", "cloud_ie", "corp"])) for _ in range(2)]
        accts = [w.benign("llm_judge", T0 - r.uniform(30, 400) * DAY, org=org, card=card, ips=ips,
                          uas=[ua(w, "py", "fw")]) for _ in range(nk)]
        n = int(r.randint(900, 2000) * S)
        for t in w.sessions(n, r.choice(["flat", "office", "night_batch"]), per=(50, 300), gap=(0.3, 4)):
            a = r.choice(accts)
            c = r.choice(C.convs)
            q, ans = c[0]
            if kind == "single":
                u = T.FASTCHAT_SINGLE.format(q=q[:1500], a=ans[:2000])
                resp = "The response is %s. Rating: [[%d]]" % (r.choice(["accurate and helpful", "partially correct",
                                                                          "vague", "well structured but long"]),
                                                                r.randint(2, 9))
                extra = None
            elif kind == "pair":
                b = r.choice(C.asst)
                u = T.FASTCHAT_PAIR.format(q=q[:1500], a=ans[:1500], b=b[:1500])
                resp = "Assistant %s follows the instructions more closely. [[%s]]" % (r.choice("AB"), r.choice("ABC"))
                extra = None
            else:
                u = rubric.format(brand="Monzoid", q=q[:800], a=ans[:1200])
                resp = json_answer(w, {"accuracy": "integer", "tone": "integer", "compliance": "integer",
                                       "resolution": "integer", "comment": "string"})
                extra = json_schema("qa_score", {"accuracy": "integer", "tone": "integer", "compliance": "integer",
                                                 "resolution": "integer", "comment": "string"})
            m = PRO if r.random() < 0.8 else STD
            p = {"temperature": 0, "max_tokens": 1024}
            if extra:
                p["response_format"] = extra
            w.emit(a, t, messages=[{"role": "user", "content": u}], model=m, params=p, response=resp)


@pop("synthetic_data_vendor", "Licensed synthetic-data vendors (3 orgs, 11 accounts): Self-Instruct style task "
     "bootstrapping and response generation, n>1 sampling, Welsh/Irish language-tech corpora, night batches.")
def synthetic_data_vendor(w, S):
    r = w.r
    C = w.C
    for v in range(3):
        org, card = w.org(), w.card()
        nk = [4, 4, 3][v]
        ips = [ip(w, "cloud_uk" if v != 1 else "cloud_ie") for _ in range(2)]
        agent = ["synthetica-pipeline/5.1", "dataforge/2.0.3 (OpenAI/Python 2.8.1)", "OpenAI/Python 2.11.0"][v]
        accts = [w.benign("synthetic_data_vendor", T0 - r.uniform(90, 700) * DAY, org=org, card=card, ips=ips,
                          uas=[agent]) for _ in range(nk)]
        n = int([4500, 4000, 3000][v] * S)
        for t in w.sessions(n, "night_batch", per=(100, 600), gap=(0.2, 2.5)):
            a = r.choice(accts)
            x = r.random()
            if x < 0.35:
                seeds = r.sample(C.si[:175], 8)
                u = "Come up with a series of tasks:\n\n" + "".join(
                    "Task %d: %s\n" % (i + 1, s[0]) for i, s in enumerate(seeds)) + "Task 9:"
                resp = "\n".join("Task %d: %s" % (9 + i, r.choice(C.si)[0]) for i in range(r.randint(3, 8)))
                p = {"temperature": 0.7, "top_p": 0.5, "max_tokens": 1024, "n": 2}
            elif x < 0.75:
                inst, inp, out = r.choice(C.si)
                u = ("### Instruction:\n%s\n\n### Input:\n%s\n\n### Response:" % (inst, inp or "N/A"))
                resp = out or T.generic_response(C, r)
                p = {"temperature": 1.0, "max_tokens": 2048, "n": r.choice([1, 2, 4])}
            else:
                lang = r.choice(["cy", "ga"])
                u = ("Ysgrifenna ddeialog naturiol rhwng dau berson am y pwnc: " if lang == "cy" else
                     "Scríobh comhrá nádúrtha idir beirt faoin ábhar seo: ") + T.lang_prompt(lang, r)
                resp = T.lang_response(lang, r, 6)
                p = {"temperature": 0.9, "max_tokens": 1500, "n": 2}
            w.emit(a, t, messages=[{"role": "user", "content": u}], model=r.choice([STD, PRO]), params=p,
                   response=resp, n_out=p["n"])


@pop("data_labelling", "Two data-labelling firms: 50 annotator seats on one card each, the same classification "
     "templates with json_schema output over chat prompts, jailbreak and AdvBench items (safety labelling).")
def data_labelling(w, S):
    r = w.r
    C = w.C
    for f, nseat in ((0, 30), (1, 20)):
        org, card = w.org(), w.card()
        office = [ip(w, "corp") for _ in range(2)]
        tmpl_intent = ("Label the user's intent. Categories: coding, maths, writing, advice, roleplay, harmful, other. "
                       "Return JSON.\n\nMessage:\n\"\"\"{x}\"\"\"")
        tmpl_safety = ("You are assisting a safety annotation team. Does the following prompt attempt to jailbreak or "
                       "elicit harmful content? Answer with JSON {{\"label\": \"safe|unsafe\", \"rationale\": "
                       "\"...\"}}.\n\nPROMPT:\n{x}")
        for s in range(nseat):
            a = w.benign("data_labelling", T0 - r.uniform(5, 300) * DAY, org=org, card=card,
                         ips=office + [res_ip(w)], uas=[ua(w, "py")])
            n = int(n_lognorm(w, 140, 0.4, 20, 600) * S)
            for t in w.sessions(n, "office", per=(10, 60), gap=(8, 40)):
                if r.random() < 0.45 and f == 1:
                    x = r.choice(C.jail + C.adv + C.first_user)[:3000]
                    u = tmpl_safety.format(x=x)
                    fmt = json_schema("safety_label", {"label": "string", "rationale": "string"})
                    resp = json.dumps({"label": r.choice(["safe", "unsafe"]), "rationale": "See prompt framing."})
                else:
                    u = tmpl_intent.format(x=r.choice(C.first_user)[:2000])
                    fmt = json_schema("intent", {"intent": "string", "confidence": "number"})
                    resp = json_answer(w, {"intent": "string", "confidence": "number"})
                w.emit(a, t, messages=[{"role": "user", "content": u}], model=r.choice([MINI, STD]),
                       params={"temperature": 0, "response_format": fmt}, response=resp)


@pop("university_class", "Four summer-school cohorts (~450 students) created within days on a department card, "
     "asking paraphrases of the same assignment questions before a mid-week deadline, from campus and home.")
def university_class(w, S):
    r = w.r
    C = w.C
    cohorts = [("janet", 160, "code", T0 - 4 * DAY), ("janet", 120, "math", T0 - 2 * DAY),
               ("heanet", 90, "code", T0 + 0.3 * DAY), ("janet", 80, "law", T0 - 6 * DAY)]
    for net, n, subj, start in cohorts:
        card, org = w.card(), w.org()
        campus = [ip(w, net) for _ in range(3)]
        deadline = T0 + r.choice([2, 3]) * DAY + 22 * HOUR
        if subj == "code":
            assign = r.sample(C.hard_code, 6)
        elif subj == "math":
            assign = [q for q, _ in r.sample(C.gsm, 8)]
        else:
            assign = ["Summarise the duties of a data controller under UK GDPR Article 24 and give two examples.",
                      "Explain the difference between the Irish and UK approaches to AI regulation in 2028.",
                      "Draft a short memo on whether an AI system's output can be protected by copyright in England.",
                      "What are the elements of negligence? Apply them to a self-driving car accident."]
        for _ in range(int(n * S)):
            created = start + r.uniform(0, 2.5) * DAY
            a = w.benign("university_class", created, org=org, card=card, ips=campus + [res_ip(w, "ie" if net == "heanet" else "uk")],
                         uas=[r.choice(UA["browser"]), ua(w, "py")])
            k = n_lognorm(w, 10, 0.6, 1, 60)
            lo = max(T0, created + 600)
            for t0 in w.sessions(k, "student", lo=lo, per=(1, 5), gap=(60, 400)):
                if t0 < deadline and r.random() < 0.7:
                    q = r.choice(assign)
                    u = r.choice(["{q}", "how do I approach this: {q}", "{q}\n\nI've tried but my answer is wrong",
                                  "Can you explain this question from my assignment? {q}", "hint only please: {q}"]
                                 ).format(q=q[:3000])
                    resp = T.generic_response(C, r, u, code=(subj == "code"))
                    turns = [(u, resp)]
                else:
                    turns = user_turns(w, "en", 0.2)[:3]
                play(w, a, turns, t0, model_pre={MINI: 0.6, STD: 0.4}, model_post={MINI: 0.5, STD: 0.3, R1: 0.2},
                     params={"temperature": 0.7})


@pop("hackathon", "Two weekend hackathons (~150 accounts) on sponsor cards, created within hours, sharing the "
     "starter-kit agent system prompt and tools, bursty Saturday/Sunday traffic.")
def hackathon(w, S):
    r = w.r
    C = w.C
    for event, n, net in (("Hack Caerdydd", 90, "res_uk"), ("Dublin AI Build Weekend", 60, "res_ie")):
        card = w.card()
        venue = [ip(w, "corp") for _ in range(2)]
        start = T0 + 4 * DAY + 18 * HOUR     # Friday 19:00 local
        sysm = T.BENIGN_SYSTEMS["hack"].format(event=event)
        tools = [T.TOOLS[k] for k in ("web_search", "get_train_times", "book_appointment")]
        for _ in range(int(n * S)):
            created = start + r.uniform(-2, 16) * HOUR
            a = w.benign("hackathon", created, card=card, ips=venue + [ip(w, "mobile")],
                         uas=[ua(w, "js", "py", "fw")])
            k = n_lognorm(w, 25, 0.6, 3, 150)
            span = min(40 * HOUR, T1 - created - 1200)
            for t in sorted(created + 900 + r.uniform(0, span) for _ in range(k)):
                x = r.random()
                if x < 0.5:
                    u = r.choice(["Find me a train from Cardiff Central to Swansea tomorrow morning",
                                  "book a GP appointment for next Tuesday",
                                  "what's on in Dublin this weekend?", "plan a day trip to Glendalough by public transport",
                                  "summarise today's weather warnings for Wales"])
                    msgs = [{"role": "system", "content": sysm}, {"role": "user", "content": u}]
                    p = {"temperature": 0.5, "tools": tools, "tool_choice": "auto"}
                    resp = "I'll check that for you.\n<tool_call>%s</tool_call>" % json.dumps(
                        {"name": r.choice(["web_search", "get_train_times", "book_appointment"]), "arguments": {}})
                else:
                    turn = hard_turn(w, C.hard_code, True) if x < 0.8 else arena_turns(w)[:1]
                    msgs = [{"role": "user", "content": turn[0][0]}]
                    p = {"temperature": 0.7}
                    resp = turn[0][1]
                m = pick_model(w, t, {MINI: 0.5, STD: 0.5}, {MINI: 0.4, STD: 0.3, R1: 0.3})
                if m == R1:
                    p = {k: v for k, v in p.items() if k != "temperature"}
                    p["reasoning_effort"] = "low"
                w.emit(a, t, messages=msgs, model=m, params=p, response=resp,
                       reasoning=generic_reasoning(msgs[-1]["content"], r) if m == R1 else None)


def agent_episode(w, a, t, task, tools, system, model_pre, model_post, params, group=None, end_user=None,
                  steps=None):
    """A coding-agent trajectory: one exchange per step, tool results appended."""
    r = w.r
    names = [x["function"]["name"] for x in tools]
    msgs = [{"role": "system", "content": system}, {"role": "user", "content": task}]
    cid = w.conv()
    model = pick_model(w, t, model_pre, model_post)
    steps = steps or r.randint(3, 9)
    for s in range(steps):
        fn = r.choice(names)
        args = {"run_shell": {"cmd": r.choice(["pytest -x -q", "ls src", "git diff", "python -m build",
                                                "grep -rn TODO src"])},
                "read_file": {"path": r.choice(["src/app.py", "src/parser.py", "tests/test_api.py", "README.md"])},
                "write_file": {"path": "src/fix_%d.py" % s, "content": "# patch\n"},
                "run_tests": {"selector": r.choice(["tests/", "tests/test_parser.py"])},
                "web_search": {"query": task[:40]}}.get(fn, {})
        callid = "call_" + w.hexid(8)
        last = s == steps - 1
        if last:
            resp = r.choice(["The fix is in place and all tests pass. Summary of changes:\n- ",
                             "Done. I changed the parser to handle the edge case and added a test."]) + task[:80]
        else:
            resp = r.choice(["Let me look at the relevant file first.", "I'll run the tests to see what fails.",
                             "Now I'll apply the change.", "Checking the diff."]) + \
                "\n<tool_call>%s</tool_call>" % json.dumps({"name": fn, "arguments": args})
        p = dict(params)
        p["tools"] = tools
        reasoning = None
        if model == R1:
            p.pop("temperature", None)
            p.setdefault("reasoning_effort", "medium")
            reasoning = generic_reasoning(task, r)
        w.emit(a, t, messages=list(msgs), model=model, params=p, response=resp, reasoning=reasoning, conv=cid,
               group=group, end_user=end_user)
        if last:
            break
        msgs = msgs + [{"role": "assistant", "content": "", "tool_calls": [
            {"id": callid, "type": "function", "function": {"name": fn, "arguments": json.dumps(args)}}]},
            {"role": "tool", "tool_call_id": callid,
             "content": r.choice(["2 failed, 31 passed", "OK", "Traceback (most recent call last):\n  File ...\nKeyError: 'id'",
                                  "src/app.py\nsrc/parser.py\nsrc/util.py", "diff --git a/src/parser.py ..."])}]
        t += r.uniform(3, 40)
    return t


@pop("agent_developer", "Developers of coding and ops agents (~110 accounts): multi-step tool-calling "
     "trajectories with growing histories, list-of-parts content, framework user agents.")
def agent_developer(w, S):
    r = w.r
    C = w.C
    tl = [T.TOOLS[k] for k in ("run_shell", "read_file", "write_file", "run_tests")]
    for _ in range(int(110 * S)):
        a = w.benign("agent_developer", w.created(900, 3), card=w.card(),
                     ips=[ip(w, r.choice(["cloud_uk", "cloud_ie"])), res_ip(w)], uas=[ua(w, "fw", "py", "js")])
        sysm = r.choice(["You are a careful software engineering agent. Use tools to inspect and modify the repo.",
                         "You are DevBot for our monorepo. Always run tests before finishing.",
                         "You are an SRE assistant with shell access to a staging box. Never run destructive commands."])
        ne = n_lognorm(w, 8, 0.7, 1, 60)
        for t in w.times(ne, "dev"):
            task = r.choice(C.hard_code)[:1500] if r.random() < 0.4 else r.choice(
                ["Fix the failing test in tests/test_api.py", "Add pagination to the /transactions endpoint",
                 "Upgrade pydantic to v3 and fix the breakages", "Why is the CI job timing out?",
                 "Add Welsh translations to the error messages", "Refactor the CSV exporter to stream rows"])
            agent_episode(w, a, t, task, tl, sysm, MIX_DEV, MIX_DEV_POST, {"temperature": 0.2})


ENT_JOBS = [
    ("fintech_txn", "Categorise the following card transaction for a personal finance dashboard.\nMerchant: {m}\n"
                    "Amount: £{amt:.2f}\nDate: 2028-06-{d:02d}\nReturn category, subcategory and is_recurring.",
     {"category": "string", "subcategory": "string", "is_recurring": "boolean"}),
    ("fintech_kyc", "Extract the applicant details from this KYC document text and flag inconsistencies.\n---\nName: {name}\n"
                    "Address: {n} High Street, {town}\nDOB: 19{yy}-0{mo}-1{d1}\nEmployer: {emp}\n---",
     {"full_name": "string", "postcode_present": "boolean", "inconsistency": "string"}),
    ("fintech_complaint", "Triage this customer complaint under FCA DISP rules. Complaint: \"{c}\"",
     {"category": "string", "vulnerable_customer": "boolean", "priority": "string"}),
    ("nhs_letter", "Convert this outpatient clinic letter into the structured discharge summary schema.\n\n"
                   "Dear Dr {name},\nI reviewed your patient in the {spec} clinic on {d} June. {c}\nPlan: {plan}\n",
     {"diagnosis": "string", "medications_changed": "boolean", "follow_up": "string"}),
    ("nhs_referral", "Classify this GP referral for the {spec} service by urgency (2WW, urgent, routine).\n{c}",
     {"urgency": "string", "reason": "string"}),
    ("law_clause", "Extract the governing-law, limitation-of-liability and termination clauses from this agreement "
                   "excerpt and assess risk for our client.\n\n{c}",
     {"governing_law": "string", "liability_cap": "string", "risk": "string"}),
    ("retail_desc", "Write a product description (max 60 words, British English) for: {m}, colour {col}, size {sz}.",
     {"description": "string"}),
]
COMPLAINTS = ["I was charged twice for the same Tesco shop and nobody has replied to my emails in three weeks.",
              "My card was frozen while I was abroad and I could not pay for my hotel. I'm disabled and this was very stressful.",
              "The app shows a pending payment that I never made.", "You closed my account without explanation.",
              "Interest was added to my balance even though I paid in full.", "Chargeback refused for a holiday that was cancelled."]
CLAUSES = ["This Agreement shall be governed by the laws of England and Wales. 14.2 Neither party's aggregate liability "
           "shall exceed the fees paid in the 12 months preceding the claim.",
           "This Agreement is governed by the laws of Ireland and the courts of Dublin have exclusive jurisdiction. "
           "Either party may terminate on 90 days' written notice.",
           "Clause 9 (Liability): the Supplier's liability for data loss is unlimited. Clause 17: Scots law applies.",
           "The Licensee may terminate for convenience on 30 days' notice; the Licensor may terminate immediately on breach."]


@pop("enterprise_batch", "Enterprise batch jobs (fintechs, NHS trusts, law firms, retail): one fixed template per "
     "job with json_schema response formats, hundreds of near-identical requests at night.")
def enterprise_batch(w, S):
    r = w.r
    w.reg = getattr(w, "reg", {})
    for i in range(30):
        org, card = w.org(), w.card()
        job = ENT_JOBS[i % len(ENT_JOBS)]
        nk = r.choice([1, 1, 2, 3])
        net = "nhs" if job[0].startswith("nhs") else r.choice(["cloud_uk", "cloud_ie", "corp"])
        accts = [w.benign("enterprise_batch", T0 - r.uniform(60, 900) * DAY, org=org, card=card,
                          ips=[ip(w, net)], uas=[ua(w, "py", "raw", "js")]) for _ in range(nk)]
        if i == 0:
            w.reg["fintech_org"] = (org, card, accts)
        n = int(r.randint(250, 900) * S)
        model = r.choice([MINI, MINI, STD])
        for t in w.sessions(n, r.choice(["night_batch", "night_batch", "office"]), per=(50, 400), gap=(0.5, 6)):
            name, tmpl, props = job
            u = tmpl.format(m=r.choice(T.MERCHANTS), amt=r.uniform(1, 400), d=r.randint(1, 11), name=r.choice(T.UK_NAMES),
                            n=r.randint(1, 200), town=r.choice(["Leeds", "Cork", "Swansea", "Belfast", "Galway", "Bristol"]),
                            yy=r.randint(50, 99), mo=r.randint(1, 9), d1=r.randint(0, 9), emp=r.choice(["NHS", "Aldi", "self-employed", "Intel Ireland"]),
                            c=r.choice(COMPLAINTS + CLAUSES), spec=r.choice(["cardiology", "dermatology", "respiratory", "ENT"]),
                            plan=r.choice(["Repeat bloods in 6 weeks.", "Start ramipril 2.5mg.", "Discharge to GP."]),
                            col=r.choice(["navy", "sage", "oat"]), sz=r.choice(["S", "M", "L", "10", "12"]))
            w.emit(r.choice(accts), t, messages=[{"role": "system", "content": "You are a data extraction service. Output only JSON."},
                                                 {"role": "user", "content": u}],
                   model=model, params={"temperature": 0, "response_format": json_schema(name, props)},
                   response=json_answer(w, props))


@pop("health_trust_staff", "Clinicians and admin staff of six NHS/HSE trusts (seats on a trust card): letters, "
     "leaflets in plain English and Welsh, summaries; office hours from trust networks.")
def health_trust_staff(w, S):
    r = w.r
    asks = ["Rewrite this patient leaflet about {x} in plain English at a reading age of 9.",
            "Draft a letter to a patient explaining their {x} appointment has moved to next week.",
            "Summarise these ward-round notes into an SBAR handover: patient with {x}, stable overnight, NEWS 2.",
            "Translate this appointment reminder into Welsh: 'Your {x} appointment is on Tuesday at 10:30.'",
            "List the NICE guidance key points for {x} in primary care.",
            "Write a rota email asking for cover on Saturday's {x} clinic."]
    xs = ["type 2 diabetes", "asthma review", "cataract surgery", "physiotherapy", "COPD", "antenatal",
          "hip replacement", "MRI scan", "blood test", "memory clinic"]
    for tix in range(6):
        org, card = w.org(), w.card()
        trust = ["Bwrdd Iechyd Cymru North", "West Midlands NHS Trust", "HSE South", "Belfast HSC Trust",
                 "Bristol Teaching Trust", "Hywel Valley Health Board"][tix]
        sysm = T.BENIGN_SYSTEMS["health"].format(trust=trust)
        ips = [ip(w, "nhs") for _ in range(2)]
        for _ in range(int(r.randint(8, 30) * S)):
            a = w.benign("health_trust_staff", w.created(700, 10), org=org, card=card, ips=ips,
                         uas=[r.choice(UA["browser"])])
            k = n_lognorm(w, 30, 0.6, 2, 200)
            for t0 in w.sessions(k, "office", per=(1, 4), gap=(60, 300)):
                if "Cymru" in trust or "Hywel" in trust:
                    if r.random() < 0.3:
                        turns = lang_turns(w, "cy", 1)
                    else:
                        u = r.choice(asks).format(x=r.choice(xs))
                        turns = [(u, T.generic_response(w.C, r))]
                else:
                    u = r.choice(asks).format(x=r.choice(xs))
                    turns = [(u, T.generic_response(w.C, r))]
                play(w, a, turns, t0, model_pre={STD: 0.7, PRO: 0.3}, system=sysm, params={"temperature": 0.3})


@pop("law_firm_seats", "Solicitors and paralegals at eight firms (London, Dublin, Cardiff, Belfast): long contract "
     "excerpts for review, drafting, firm system prompt, office hours.")
def law_firm_seats(w, S):
    r = w.r
    for fix in range(8):
        org, card = w.org(), w.card()
        firm = ["Pryce & Lloyd", "O'Connell Hayes", "Marsh Whitby LLP", "Gallagher Quinn", "Evans Morgan",
                "Blackwood Tate", "McAllister & Co", "Fenwick Sloane"][fix]
        sysm = T.BENIGN_SYSTEMS["law"].format(firm=firm)
        ips = [ip(w, "corp")]
        for _ in range(int(r.randint(5, 15) * S)):
            a = w.benign("law_firm_seats", w.created(900, 20), org=org, card=card, ips=ips + [res_ip(w)],
                         uas=[r.choice(UA["browser"]), "MarshWord-Addin/3.2" if fix == 2 else r.choice(UA["browser"])])
            k = n_lognorm(w, 28, 0.6, 2, 150)
            for t0 in w.sessions(k, "office", per=(1, 3), gap=(120, 600)):
                c = " ".join(r.sample(CLAUSES, 3)) + " " + r.choice(w.C.asst_prose)[:1500]
                u = r.choice(["Review this clause set for a supplier-friendly position:\n\n{c}",
                              "Draft a rider limiting liability to 150% of fees. Context:\n{c}",
                              "Summarise the key risks in plain English for the client:\n{c}",
                              "Is this enforceable under Irish law? {c}"]).format(c=c)
                play(w, a, [(u, T.generic_response(w.C, r))], t0, model_pre={PRO: 0.7, STD: 0.3},
                     model_post={PRO: 0.6, STD: 0.2, R1: 0.2}, system=sysm, params={"temperature": 0.2})


@pop("translation_bureau", "Translation bureaus (10 orgs) translating English documents into Welsh, Irish, Polish, "
     "Urdu, Bengali, Romanian, Punjabi and Somali for councils and the NHS: one system prompt, high volume.")
def translation_bureau(w, S):
    r = w.r
    C = w.C
    for b in range(10):
        org, card = w.org(), w.card()
        langs = r.sample(T.LANGS, r.randint(2, 5))
        nk = r.choice([1, 2, 3])
        accts = [w.benign("translation_bureau", T0 - r.uniform(30, 800) * DAY, org=org, card=card,
                          ips=[ip(w, r.choice(["corp", "cloud_uk"]))], uas=[ua(w, "py", "raw")]) for _ in range(nk)]
        n = int(r.randint(300, 700) * S)
        for t in w.sessions(n, "office", per=(5, 60), gap=(4, 30)):
            lang = r.choice(langs)
            src = r.choice(C.asst_prose)[:1800]
            u = r.choice(["Translate the following text into {L}. Keep headings and lists.\n\n{s}",
                          "Translate into {L} (formal register, public-sector style):\n\"\"\"\n{s}\n\"\"\"",
                          "{L} translation please, for a council leaflet:\n{s}"]).format(L=T.LANG_NAMES[lang], s=src)
            w.emit(r.choice(accts), t, messages=[{"role": "system", "content": T.BENIGN_SYSTEMS["translator"]},
                                                 {"role": "user", "content": u}],
                   model=r.choice([STD, PRO]), params={"temperature": 0.2}, response=T.lang_response(lang, r, 8))


@pop("redteam_research", "Red-team consultancies and academic security labs (15 accounts): in-the-wild jailbreaks, "
     "DAN prompts, AdvBench goals and system-prompt extraction probes, some wrapped around maths tasks to measure "
     "capability under jailbreak; mostly refused.")
def redteam_research(w, S):
    r = w.r
    C = w.C
    for o in range(5):
        org, card = w.org(), w.card()
        for _ in range(3):
            a = w.benign("redteam_research", w.created(600, 15), org=org, card=card,
                         ips=[ip(w, r.choice(["janet", "corp", "cloud_uk"]))], uas=[ua(w, "py", "raw", "eval")])
            n = int(n_lognorm(w, 100, 0.5, 20, 400) * S)
            for t in w.sessions(n, "office", per=(10, 80), gap=(2, 20)):
                x = r.random()
                if x < 0.35:
                    u = r.choice(C.jail)[:5000]
                elif x < 0.5:
                    u = r.choice(C.dan).replace("{generator.name}", "Lir")
                elif x < 0.7:
                    u = r.choice(C.adv)
                elif x < 0.85:
                    u = r.choice(C.sysx)[1]
                else:
                    q, _a = r.choice(C.gsm)
                    u = r.choice(C.dan).replace("{generator.name}", "Lir") + "\n\nFirst task: " + q
                resp = r.choice(["I can't help with that.", "I'm not able to share my instructions.",
                                 "Sorry, but I can't assist with that request.",
                                 "I can't adopt that persona. Is there something else I can help with?"])
                m = pick_model(w, t, {MINI: 0.3, STD: 0.4, PRO: 0.3}, {STD: 0.3, PRO: 0.2, R1: 0.5})
                w.emit(a, t, messages=[{"role": "user", "content": u}], model=m,
                       params={"reasoning_effort": "medium"} if m == R1 else {"temperature": 0},
                       response=resp, reasoning="This looks like a jailbreak; refuse." if m == R1 else None)


@pop("early_adopter", "Release-day early adopters (~240 developers) who move most of their traffic to the new "
     "reasoning model within hours of release, with high reasoning effort and puzzle/maths/coding probes.")
def early_adopter(w, S):
    r = w.r
    C = w.C
    for _ in range(int(240 * S)):
        a = w.benign("early_adopter", w.created(1000, 10), card=w.card(), ips=[res_ip(w, r.choice(["uk", "ie"])), ip(w, "cloud_uk")],
                     uas=[ua(w, "py", "js", "browser")])
        k = n_lognorm(w, 24, 0.7, 3, 200)
        switch = RELEASE + r.uniform(0.2, 20) * HOUR
        for t0 in w.sessions(k, "dev", per=(1, 6), gap=(30, 300)):
            x = r.random()
            if x < 0.3:
                u, resp, ans = gsm_turn(w, "cot")
                turns = [(u, resp)]
            elif x < 0.6:
                turns = hard_turn(w, C.hard_math + C.hard_code)
            else:
                turns = user_turns(w, "en", 0.2)[:2]
            if t0 >= switch and r.random() < 0.8:
                play(w, a, turns, t0, model_pre={R1: 1.0}, params={"reasoning_effort": r.choice(["high", "high", "medium"])})
            else:
                play(w, a, turns, t0, model_pre={STD: 0.5, PRO: 0.5}, params={"temperature": 0.7})


@pop("consumer_direct", "Individual subscribers using the web playground or their own scripts: real Arena "
     "conversations in English plus Welsh, Irish, Polish, Urdu, Bengali, Romanian, Punjabi and Somali users.")
def consumer_direct(w, S):
    r = w.r
    for _ in range(int(1500 * S)):
        country = "ie" if r.random() < 0.2 else "uk"
        lang = pick_lang(w, dict(LANG_UK, ga=0.06) if country == "ie" else LANG_UK)
        a = w.benign("consumer_direct", w.created(1100, 1), card=w.card() if r.random() < 0.85 else None,
                     ips=[res_ip(w, country)] + ([ip(w, "mobile")] if r.random() < 0.5 else []),
                     uas=[r.choice(UA["browser"])] if r.random() < 0.7 else [ua(w, "py", "js")])
        ncv = n_lognorm(w, 4, 0.9, 1, 80)
        for t0 in w.times(ncv, "consumer"):
            play(w, a, user_turns(w, lang, 0.06), t0, model_pre=MIX_CONSUMER, model_post=MIX_CONSUMER_POST,
                 params={"temperature": 0.7, "stream": True})


@pop("developer_direct", "Individual developers and small teams: coding questions (Arena-Hard coding, Arena code "
     "chats), SDK clients from home and cloud, office-plus-evening hours.")
def developer_direct(w, S):
    r = w.r
    C = w.C
    for _ in range(int(850 * S)):
        a = w.benign("developer_direct", w.created(1200, 2), card=w.card(),
                     ips=[res_ip(w, r.choice(["uk", "uk", "ie"])), ip(w, r.choice(["cloud_uk", "cloud_ie"]))],
                     uas=[ua(w, "py", "js", "raw", "fw")])
        k = n_lognorm(w, 9, 0.9, 1, 150)
        for t0 in w.times(k, "dev"):
            turns = hard_turn(w, C.hard_code, True) if r.random() < 0.55 else user_turns(w, "en", 0.3)
            play(w, a, turns, t0, model_pre=MIX_DEV, model_post=MIX_DEV_POST,
                 params={"temperature": r.choice([0, 0.2, 0.7]), "max_tokens": r.choice([1024, 2048, 4096])})


@pop("trial_user", "Light trial users (~1,300 accounts) created during the week, 1-4 requests each, many "
     "without a card: greetings, a first question, a test of the API.")
def trial_user(w, S):
    r = w.r
    C = w.C
    for _ in range(int(1300 * S)):
        created = T0 - r.uniform(-6.8, 3) * DAY
        lang = pick_lang(w)
        a = w.benign("trial_user", created, card=w.card() if r.random() < 0.3 else None,
                     ips=[res_ip(w, r.choice(["uk", "uk", "ie"])) if r.random() < 0.8 else ip(w, "mobile")],
                     uas=[r.choice([r.choice(UA["browser"]), ua(w, "py", "raw", "js")])])
        k = r.choice([1, 1, 2, 2, 3, 4])
        lo = max(T0, created + 120)
        for t0 in w.sessions(k, "consumer", lo=lo, per=(1, 4), gap=(10, 200)):
            x = r.random()
            if x < 0.2:
                turns = [(r.choice(["hello", "Hi", "test", "say hello", "What model are you?", "ping",
                                    "Write a haiku about Belfast"]), "Hello! How can I help you today?")]
            elif lang != "en":
                turns = lang_turns(w, lang, 1)
            else:
                turns = [(r.choice(C.first_user)[:2000], r.choice(C.asst)[:1500])]
            play(w, a, turns, t0, model_pre={MINI: 0.6, STD: 0.4}, model_post={MINI: 0.5, STD: 0.3, R1: 0.2})


@pop("academic_cot_study", "Two university labs studying chain-of-thought faithfulness: GSM8K and Arena-Hard maths "
     "prompts with explicit 'show your reasoning' instructions across all models, including the new one.")
def academic_cot_study(w, S):
    r = w.r
    C = w.C
    prompts = ["{q}\nLet's think step by step.", "{q}\n\nExplain your reasoning step by step, then give the answer.",
               "Answer the question and show all of your work.\n\n{q}",
               "{q}\nFirst write your reasoning, then write 'Therefore, the answer is' followed by the answer."]
    for lab, net in (("lab_a", "janet"), ("lab_b", "heanet")):
        org, card = w.org(), w.card()
        for _ in range(5):
            a = w.benign("academic_cot_study", w.created(500, 30), org=org, card=card, ips=[ip(w, net)],
                         uas=[ua(w, "py")])
            n = int(n_lognorm(w, 280, 0.4, 50, 900) * S)
            for t in w.sessions(n, "office", per=(20, 150), gap=(1, 6)):
                if r.random() < 0.8:
                    q, ans = r.choice(C.gsm[:2000])
                    u = r.choice(prompts).format(q=q)
                    resp, reasoning = T.gsm_cot_response(ans, r), None
                else:
                    u = r.choice(C.hard_math)
                    resp, reasoning = T.generic_response(C, r), None
                m = pick_model(w, t, {MINI: 0.3, STD: 0.35, PRO: 0.35}, {MINI: 0.15, STD: 0.2, PRO: 0.25, R1: 0.4})
                p = {"temperature": r.choice([0, 0.7]), "max_tokens": 1024, "logprobs": True, "top_logprobs": 5}
                if m == R1:
                    p = {"reasoning_effort": r.choice(["low", "medium", "high"]), "max_tokens": 8192}
                    reasoning = T.gsm_reasoning(ans, r) if "Let's" in u or "reasoning" in u else generic_reasoning(u, r)
                w.emit(a, t, messages=[{"role": "user", "content": u}], model=m, params=p, response=resp,
                       reasoning=reasoning)


@pop("legacy_completions", "Small firms' legacy integrations on the completions endpoint (prompt field, Unix-second "
     "timestamps from an old gateway): email summaries and rewrites.")
def legacy_completions(w, S):
    r = w.r
    C = w.C
    for _ in range(int(40 * S)):
        a = w.benign("legacy_completions", w.created(1500, 300), card=w.card(), ips=[ip(w, "corp")],
                     uas=[r.choice(["python-requests/2.25.1", "Apache-HttpClient/4.5.13 (Java/1.8.0_402)", "PHP/7.4"])])
        n = int(n_lognorm(w, 80, 0.6, 5, 500) * S)
        for t in w.times(n, "office"):
            src = r.choice(C.asst_prose)[:1500]
            u = r.choice(["Summarise the following email in two sentences:\n\n{s}\n\nSummary:",
                          "Rewrite more politely:\n{s}\n\nRewritten:", "Extract action items:\n{s}\n\nAction items:"]).format(s=src)
            w.emit(a, t, prompt=u, model=r.choice([MINI, STD]), params={"max_tokens": 256, "temperature": 0.3},
                   response=T.generic_response(C, r)[:500], ts_numeric=True)


@pop("fintech_support_bot", "Customer-support bots of five fintechs (10 keys) relaying ~3,000 customers (end_user) "
     "with templated account questions, retrieved context in the system prompt, several languages.")
def fintech_support_bot(w, S):
    r = w.r
    qs = {"en": ["Why was my card declined at {m}?", "How do I raise a chargeback for {m}?", "When will my refund from {m} arrive?",
                 "Can I increase my daily transfer limit?", "I don't recognise a payment to {m}", "How do I freeze my card?",
                 "my salary hasn't arrived", "can I get a statement for my mortgage application"],
          "pl": ["Dlaczego moja karta została odrzucona w {m}?", "Jak zablokować kartę?", "Kiedy dostanę zwrot od {m}?"],
          "ro": ["De ce mi-a fost refuzat cardul la {m}?", "Cum îmi blochez cardul?", "Când primesc banii înapoi de la {m}?"],
          "ur": ["میرا کارڈ {m} پر کیوں مسترد ہوا؟", "میں اپنا کارڈ کیسے بلاک کروں؟"]}
    for f in range(5):
        org, card = w.org(), w.card()
        brand = ["Monzoid", "Revolve", "Starlit Bank", "Cúram Pay", "Tide&Co"][f]
        sysm = T.BENIGN_SYSTEMS["fintech"].format(brand=brand)
        ips = [ip(w, "cloud_uk") for _ in range(2)]
        accts = [w.benign("fintech_support_bot", T0 - r.uniform(100, 600) * DAY, org=org, card=card, ips=ips,
                          uas=["%s-support/1.4" % brand.split()[0].lower().replace("ú", "u").replace("&", "")])
                 for _ in range(2)]
        for _ in range(int(560 * S)):
            eu = w.eu()
            lang = r.choices(["en", "pl", "ro", "ur"], [0.82, 0.08, 0.06, 0.04])[0]
            k = r.choice([1, 1, 2, 3, 4, 6])
            for t0 in w.times(r.choice([1, 1, 2]), "consumer"):
                turns = [(r.choice(qs[lang]).format(m=r.choice(T.MERCHANTS)),
                          r.choice(["I can see the payment. ", "Thanks for waiting. ", "I'm sorry about that. "]) +
                          "CONTEXT shows it is still pending; it should settle within 3 working days.") for _ in range(k)]
                ctx = "\n\nCONTEXT:\ncustomer_tier=standard; last_txn=%s £%.2f pending" % (r.choice(T.MERCHANTS), r.uniform(2, 200))
                play(w, r.choice(accts), turns, t0, model_pre={MINI: 1.0}, system=sysm + ctx, end_user=eu,
                     params={"temperature": 0.2})


ALL = [consumer_chat_app, tutoring_relay, api_reseller, llm_router, eval_harness, llm_judge, synthetic_data_vendor,
       data_labelling, university_class, hackathon, agent_developer, enterprise_batch, health_trust_staff,
       law_firm_seats, translation_bureau, redteam_research, early_adopter, consumer_direct, developer_direct,
       trial_user, academic_cot_study, legacy_completions, fintech_support_bot]
