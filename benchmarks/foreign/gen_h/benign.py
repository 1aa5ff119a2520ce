# -*- coding: utf-8 -*-
"""Benign populations of Sagar AI's week.  Many of them look like extraction on purpose."""

from core import (COUNTRY_W, DAY, HOUR, M_CODE, M_INDIC, M_MINI, M_NEW, M_PRO, M_THINK, RELEASE_S, TZ, UNIV,
                  WEEK_S, Account, IpBehaviour, chance, created_at, created_before, hexid, new_org, pay_card,
                  pay_edu, pay_invoice, pay_promo, pay_upi, pay_wallet, pick, rng_for, ua, wpick)
import lang as L
from replies import (X, conv, drive, emit_at, model_pick, params_app, params_sdk, r_code, r_general, r_gsm,
                     r_item_generic, r_refusal, reasoning_for, single, subject_of, volume)

CC_LANG = L.LANG_BY_CC


def mk(ctx, rng, group, ua_str, ipb, created, pay=None, org=None, nkeys=1, tz=330, lang="en"):
    return Account(rng, group, {"label": "benign", "population": group}, ua_str, ipb, created, pay, org, nkeys, tz, lang)


def consumer_pay(rng, cc, free_w=68):
    k = wpick(rng, ["free", "upi", "card", "wallet"], [free_w, 22 if cc == "IN" else 4, 6, 4 if cc == "IN" else 20])
    return None if k == "free" else {"upi": pay_upi, "card": pay_card, "wallet": pay_wallet}[k](rng)


# ----------------------------------------------------------------------------------------------
# shared item makers
# ----------------------------------------------------------------------------------------------

def arena_chat(ctx, rng, model, params, max_turns=4, end_user=None, system=None):
    c = pick(rng, ctx.C.arena_convs)
    turns = []
    for i in range(0, min(len(c), 2 * max_turns), 2):
        u, a = c[i]["content"], c[i + 1]["content"]
        rs = reasoning_for(rng, model, u, effort=params.get("reasoning_effort"))
        turns.append((u, a, rs))
    return conv(rng, turns, model, params, system=system, end_user=end_user)


def native_chat(ctx, rng, lang, model, params, end_user=None, system=None, max_turns=3):
    u, subj = L.chat_prompt(rng, lang)
    turns = [(u, L.generic_reply(rng, lang, subj), reasoning_for(rng, model, u, effort=params.get("reasoning_effort"), lang=lang))]
    k = int(rng.integers(1, max_turns + 1))
    for _ in range(k - 1):
        f = pick(rng, L.FOLLOW.get(lang, L.FOLLOW["en"]))
        turns.append((f, L.generic_reply(rng, lang, subj, n=2), reasoning_for(rng, model, f, lang=lang)))
    return conv(rng, turns, model, params, system=system, end_user=end_user)


def homework(ctx, rng, lang, model, params, item=None, end_user=None, system=None, ask=None):
    """A student's math question: a GSM8K item (pasted in English) or a native-language problem."""
    if item is None and (lang != "en" and chance(rng, 0.55)):
        q, steps, fin = L.native_math(rng, lang)
        rep = L.worked_reply(lang, steps, fin)
    else:
        item = item or pick(rng, ctx.C.gsm8k)
        q = item["question"]
        rep, steps, fin = r_gsm(rng, item, lang)
    a = ask if ask is not None else pick(rng, L.STEPWISE_ASK.get(lang, L.STEPWISE_ASK["en"]))
    u = pick(rng, ["%s\n%s", "%s %s", "%s\n\n%s"]) % ((q, a) if chance(rng, 0.6) else (a, q))
    if chance(rng, 0.15):
        u = q
    rs = reasoning_for(rng, model, u, steps, fin, params.get("reasoning_effort"), lang)
    return [single(u, model, params, rep, rs, system=system, end_user=end_user)]


def ah_item(ctx, rng, model, params, pool=None, end_user=None, system=None):
    it = pick(rng, pool or ctx.C.arena_hard)
    rep = r_item_generic(rng, it["prompt"], it["cat"])
    rs = reasoning_for(rng, model, it["prompt"], effort=params.get("reasoning_effort"))
    return [single(it["prompt"], model, params, rep, rs, system=system, end_user=end_user)]


# ----------------------------------------------------------------------------------------------
# 1 consumer_chat
# ----------------------------------------------------------------------------------------------

def pop_consumer(ctx):
    g = "consumer_chat"
    rng = rng_for(ctx.seed, g)
    for _ in range(ctx.n(2900)):
        cc = wpick(rng, *COUNTRY_W)
        lang = wpick(rng, *CC_LANG[cc])
        kind = wpick(rng, ["app_android", "app_ios", "browser"], [62, 13, 25])
        pay = consumer_pay(rng, cc)
        created = created_before(rng, 0.5, 720) if chance(rng, 0.93) else created_at(rng.uniform(0, WEEK_S * 0.8))
        ipb = IpBehaviour(ctx.net, rng, "consumer", cc=cc, p_mobile=0.8 if kind != "browser" else 0.3)
        a = mk(ctx, rng, g, ua(rng, kind), ipb, created, pay, tz=TZ[cc], lang=lang)
        n = volume(rng, 9.5, 1.05, hi=260)
        free = pay is None

        def make(rng, a, t, lang=lang, free=free):
            model = model_pick(rng, t, [M_MINI, M_PRO, M_THINK, M_INDIC],
                               [8, 2, 0.5, 1] if free else [3, 5, 1.5, 1.5], adopt=0.02 if free else 0.15)
            p = params_app(rng, model)
            r = rng.random()
            if r < 0.07:
                return homework(ctx, rng, lang, model, p)
            if lang == "en" or r < 0.3:
                return arena_chat(ctx, rng, model, p)
            return native_chat(ctx, rng, lang, model, p)
        drive(ctx, rng, a, n, make, profile="human", per_session=(1, 4), gap=(30, 400))


# ----------------------------------------------------------------------------------------------
# 2 campus_students: homework behind campus NAT, problem sets shared by a class
# ----------------------------------------------------------------------------------------------

def pop_campus(ctx):
    g = "campus_students"
    rng = rng_for(ctx.seed, g)
    for campus, (cc, pre, nips) in sorted(UNIV.items()):
        edu = chance(rng, 0.6)
        ipcampus = IpBehaviour(ctx.net, rng, "univ", campus=campus)
        nstud = ctx.n(int(rng.integers(25, 65)))
        # the class's problem sets (each due at a deadline this week)
        psets = []
        for k in range(int(rng.integers(2, 5))):
            items = [ctx.C.gsm8k[int(i)] for i in rng.choice(len(ctx.C.gsm8k), size=int(rng.integers(6, 14)), replace=False)]
            code = [pick(rng, ctx.C.ah_coding) for _ in range(int(rng.integers(0, 3)))]
            due = float(rng.uniform(1.5 * DAY, WEEK_S))
            psets.append((items, code, due))
        shared_phr = pick(rng, ["solve this step by step", "explain the solution", "pls solve with steps", "Give the solution with explanation"])
        for _ in range(nstud):
            lang = wpick(rng, *CC_LANG[cc])
            pay = pay_edu(campus) if edu else (None if chance(rng, 0.7) else pay_upi(rng))
            uak = wpick(rng, ["browser", "app_android", "sagar_py", "openai_py"], [55, 30, 8, 7])
            a = mk(ctx, rng, g, ua(rng, uak), ipcampus, created_before(rng, 3, 500), pay, tz=TZ[cc], lang=lang)
            mob = IpBehaviour(ctx.net, rng, "consumer", cc=cc, p_mobile=0.9)
            a.extra["mob"] = mob
            mine = [ps for ps in psets if chance(rng, 0.7)] or psets[:1]
            n = volume(rng, 20, 0.8, hi=150)

            def make(rng, a, t, lang=lang, mine=mine, pay=pay):
                ip = a.ip(rng, t) if chance(rng, 0.7) else a.extra["mob"](rng, t)
                model = model_pick(rng, t, [M_MINI, M_PRO, M_THINK, M_CODE], [6, 3, 1.5, 1] if pay else [9, 1, 0.5, 0.5], adopt=0.08)
                p = params_app(rng, model) if "Mozilla" in a.ua or "SagarChat" in a.ua else params_sdk(rng, model)
                r = rng.random()
                ps = [x for x in mine if x[2] > t] or mine
                items, code, due = pick(rng, ps)
                if r < 0.55:
                    ask = shared_phr if chance(rng, 0.3) else None
                    out = homework(ctx, rng, lang, model, p, item=pick(rng, items), ask=ask)
                elif r < 0.65 and code:
                    out = ah_item(ctx, rng, M_CODE if chance(rng, 0.6) else model, p, pool=code)
                elif r < 0.8:
                    out = homework(ctx, rng, lang, model, p)
                else:
                    out = arena_chat(ctx, rng, model, p, max_turns=3) if lang == "en" or chance(rng, 0.5) else native_chat(ctx, rng, lang, model, p)
                for sp in out:
                    sp["ip"] = ip
                return out
            # activity concentrates before the deadlines
            lo = max(0.0, min(x[2] for x in mine) - 3 * DAY)
            drive(ctx, rng, a, n, make, profile="student", per_session=(2, 8), gap=(40, 600), lo=lo)


# ----------------------------------------------------------------------------------------------
# 3 coaching_institutes: batch-generating worked solutions for question banks
# ----------------------------------------------------------------------------------------------
COACHING = [
    ("Vidyapeeth Classes, Kota", "IN", "en", "jee", "Solve the following question for a JEE Main aspirant. Give a detailed, step-by-step solution and then the final answer on its own line."),
    ("Aakar Academy, Patna", "IN", "hi", "ssc", "नीचे दिए गए प्रश्न का विस्तृत हल लिखिए जैसा SSC/बैंक परीक्षा की तैयारी करने वाले छात्र को समझाया जाता है। अंत में उत्तर लिखें।"),
    ("Pragati IAS, Mukherjee Nagar", "IN", "en", "upsc", "Write a model answer of about {w} words for the UPSC Mains question below. Use an introduction, body with sub-headings and a conclusion."),
    ("Sri Chaitanya-style Hyderabad content team", "IN", "en", "neet", "Provide a NEET-level explanation for the question below: concept used, step-by-step working, and a common mistake students make."),
    ("Zenith MDCAT Academy, Lahore", "PK", "ur", "mdcat", "اس سوال کا مکمل حل مرحلہ وار اردو میں لکھیں، پھر آخر میں درست جواب واضح کریں۔"),
    ("Udbhash-style Admission Coaching, Dhaka", "BD", "bn", "admission", "নিচের প্রশ্নটির ধাপে ধাপে সমাধান লিখুন, যেন ভর্তি পরীক্ষার্থী সহজে বুঝতে পারে। শেষে উত্তর দিন।"),
    ("Mahesh Tutorials-style Pune", "IN", "mr", "ssc", "खालील प्रश्नाचे सविस्तर, टप्प्याटप्प्याने उत्तर लिहा. शेवटी अंतिम उत्तर लिहा."),
    ("Chennai TNPSC Coaching Centre", "IN", "ta", "tnpsc", "கீழ்க்கண்ட கேள்விக்கு TNPSC தேர்வு மாணவர்களுக்கு ஏற்றவாறு படிப்படியான தீர்வு எழுதுக. இறுதியில் விடையைக் குறிப்பிடுக."),
    ("Colombo A/L Maths Tuition", "LK", "en", "al", "Give a full worked solution suitable for an A/L Combined Maths student. Number each step and state the final answer."),
]
UPSC_Q = ["Discuss the role of cooperative federalism in India's response to public health emergencies.",
          "Examine the significance of the monsoon for India's agrarian economy and the challenges posed by its variability.",
          "Critically analyse the impact of digital public infrastructure on financial inclusion.",
          "Evaluate the effectiveness of the Panchayati Raj institutions in delivering local governance.",
          "What are the ethical issues involved in the use of artificial intelligence in public administration?",
          "Discuss the causes and consequences of urban flooding in Indian cities.",
          "Analyse India's maritime security interests in the Indian Ocean Region.",
          "Examine the role of civil services in strengthening democracy."]


def pop_coaching(ctx):
    g = "coaching_institutes"
    rng = rng_for(ctx.seed, g)
    for name, cc, lang, exam, tpl in COACHING:
        org = new_org(rng) if chance(rng, 0.7) else None
        pay = pay_invoice(rng, name) if chance(rng, 0.5) else pay_card(rng)
        region = pick(rng, ["aws_mumbai", "do_blr", "gcp_mumbai", "azure_pune"])
        ipb = IpBehaviour(ctx.net, rng, "cloud", region=region, n=2) if chance(rng, 0.6) else \
            IpBehaviour(ctx.net, rng, "fixed", ips=[ctx.net.fixed_ip(rng, pick(rng, ["act", "airtel_fiber", "ptcl", "link3", "slt"]))])
        uas = ua(rng, pick(rng, ["sagar_py", "requests", "openai_py"]))
        bank = [ctx.C.gsm8k[int(i)] for i in rng.choice(len(ctx.C.gsm8k), size=ctx.n(int(rng.integers(500, 1400))), replace=False)]
        for k in range(int(rng.integers(2, 6))):
            a = mk(ctx, rng, g, uas if chance(rng, 0.8) else ua(rng, "browser"), ipb, created_before(rng, 60, 900), pay, org,
                   nkeys=int(rng.integers(1, 3)), tz=TZ[cc], lang=lang)
            n = ctx.n(int(rng.integers(200, 850)))
            think = chance(rng, 0.4)

            def make(rng, a, t, tpl=tpl, exam=exam, lang=lang, bank=bank, think=think):
                model = M_THINK if think and chance(rng, 0.7) else wpick(rng, [M_PRO, M_MINI, M_INDIC], [5, 2, 2 if lang != "en" else 0])
                if t > RELEASE_S + 6 * HOUR and chance(rng, 0.15):
                    model = M_NEW
                p = {"temperature": 0.2, "max_tokens": 2048} if model not in (M_THINK, M_NEW) else {"reasoning_effort": "high"}
                if exam == "upsc":
                    q = pick(rng, UPSC_Q)
                    w = pick(rng, [150, 250])
                    u = tpl.format(w=w) + "\n\nQuestion: " + q
                    return [single(u, model, p, r_general(rng, q, 4), reasoning_for(rng, model, q, effort=p.get("reasoning_effort")))]
                if chance(rng, 0.35) and lang != "en":
                    q, steps, fin = L.native_math(rng, lang)
                    rep = L.worked_reply(lang, steps, fin)
                else:
                    it = pick(rng, bank)
                    q = it["question"]
                    rep, steps, fin = r_gsm(rng, it, lang)
                num = int(rng.integers(1, 60))
                u = "%s\n\nQ%d. %s" % (tpl, num, q) if chance(rng, 0.7) else "%s\n\n%s" % (tpl, q)
                return [single(u, model, p, rep, reasoning_for(rng, model, u, steps, fin, p.get("reasoning_effort"), lang))]
            drive(ctx, rng, a, n, make, profile=pick(rng, ["night_batch", "office"]), per_session=(40, 200), gap=(1.5, 9), rate429=0.01)


# ----------------------------------------------------------------------------------------------
# 4 eval_teams: benchmark sweeps of public sets, several models, deterministic params
# ----------------------------------------------------------------------------------------------
EVAL_TEAMS = [("IndicEval Lab, IIT Madras", "IN", "gcp_mumbai", "lmeval"), ("Tarka Labs (model comparison)", "IN", "aws_mumbai", "zeroshot"),
              ("BharatBench leaderboard", "IN", "aws_hyderabad", "lmeval"), ("NUST NLP group", "PK", "hetzner_eu", "zeroshot"),
              ("Kolkata fintech ML platform team", "IN", "azure_pune", "zeroshot"), ("Colombo AI startup eval", "LK", "gcp_delhi", "arena"),
              ("Bengaluru agents startup regression suite", "IN", "aws_mumbai", "arena")]


def _fewshot(C):
    shots = []
    for it in C.gsm8k[:8]:
        from corpora import gsm_steps
        steps, fin = gsm_steps(it["answer"])
        shots.append("Q: %s\nA: %s The answer is %s." % (it["question"], " ".join(steps), fin))
    return "\n\n".join(shots)


def pop_eval(ctx):
    g = "eval_teams"
    rng = rng_for(ctx.seed, g)
    fs = _fewshot(ctx.C)
    for name, cc, region, style in EVAL_TEAMS:
        org = new_org(rng)
        pay = pay_invoice(rng, name) if chance(rng, 0.5) else pay_card(rng)
        ipb = IpBehaviour(ctx.net, rng, "cloud", region=region, n=int(rng.integers(1, 4)))
        uas = ua(rng, pick(rng, ["litellm", "openai_py", "httpx"]))
        start = int(rng.integers(0, 6000))
        n_items = ctx.n(int(rng.integers(400, 1100)))
        gsm = ctx.C.gsm8k[start:start + n_items]
        ah = ctx.C.arena_hard
        for k in range(int(rng.integers(1, 3))):
            a = mk(ctx, rng, g, uas, ipb, created_before(rng, 30, 600), pay, org, nkeys=2, tz=TZ[cc])
            # sweeps: (model, set, start time); one run is on the new model right after release
            runs = []
            for m in rng.choice([M_PRO, M_MINI, M_THINK, M_INDIC], size=int(rng.integers(1, 3)), replace=False):
                runs.append((str(m), float(rng.uniform(0, RELEASE_S))))
            if chance(rng, 0.8):
                runs.append((M_NEW, RELEASE_S + float(rng.uniform(0.5, 20)) * HOUR))
            for model, t0 in runs:
                items = ah if style == "arena" else gsm
                t = t0
                sub = items if style == "arena" else items[: int(len(items) * rng.uniform(0.5, 1.0))]
                sub = sub[: ctx.n(len(sub))] if style == "arena" else sub
                if style == "arena":
                    sub = [sub[int(i)] for i in rng.choice(len(sub), size=min(len(sub), ctx.n(int(rng.integers(200, 500)))), replace=False)]
                for it in sub:
                    if t >= WEEK_S:
                        break
                    p = {"temperature": 0.0, "seed": 1234, "max_tokens": 1024} if model not in (M_THINK, M_NEW) else {"reasoning_effort": "medium", "seed": 1234}
                    if style == "arena":
                        u = it["prompt"]
                        rep = r_item_generic(rng, u, it["cat"])
                        rs = reasoning_for(rng, model, u, effort="medium")
                    else:
                        rep, steps, fin = r_gsm(rng, it)
                        if style == "lmeval":
                            u = fs + "\n\nQ: %s\nA:" % it["question"]
                            rep = "%s The answer is %s." % (" ".join(steps), fin)
                        else:
                            u = "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER (without quotes) where $ANSWER is the answer to the problem.\n\n%s\n\nRemember to put your answer on its own line after \"Answer:\"." % it["question"]
                            rep = rep.replace("**Final answer:**", "Answer:")
                        rs = reasoning_for(rng, model, u, steps, fin, "medium")
                    emit_at(ctx, rng, a, t, [single(u, model, p, rep, rs)], rate429=0.01)
                    t += float(rng.exponential(1.3)) + 0.2


# ----------------------------------------------------------------------------------------------
# 5 synthetic_data_startups: generating data for their own narrow support bots
# ----------------------------------------------------------------------------------------------
SYN = [("PaisaBuddy (fintech support bot)", "hinglish", "UPI payment failures, refunds and KYC"),
       ("Arogya Claims (health insurance FAQ)", "en", "health insurance claims and cashless hospitalisation"),
       ("Kadai.ai (Tamil e-commerce assistant)", "ta", "online orders, delivery and returns"),
       ("Insaf Legal Aid bot", "ur", "tenant rights and rent agreements"),
       ("Krishi Mitra dataset team", "mr", "crop insurance and soil testing")]


def pop_synth(ctx):
    g = "synthetic_data_startups"
    rng = rng_for(ctx.seed, g)
    for name, lang, domain in SYN:
        org = new_org(rng)
        pay = pay_card(rng)
        ipb = IpBehaviour(ctx.net, rng, "cloud", region=pick(rng, ["aws_mumbai", "gcp_mumbai", "do_blr"]), n=2)
        uas = ua(rng, pick(rng, ["openai_py", "langchain", "sagar_py"]))
        for k in range(int(rng.integers(2, 5))):
            a = mk(ctx, rng, g, uas, ipb, created_before(rng, 20, 400), pay, org, tz=330)
            n = ctx.n(int(rng.integers(380, 1000)))

            def make(rng, a, t, lang=lang, domain=domain, name=name):
                r = rng.random()
                model = wpick(rng, [M_PRO, M_MINI, M_INDIC], [4, 3, 3 if lang != "en" else 0])
                p = {"temperature": float(pick(rng, [0.8, 0.9, 1.0])), "max_tokens": 1500}
                if r < 0.35:
                    k = int(pick(rng, [10, 15, 20, 25]))
                    u = ("Generate %d diverse, realistic questions that customers of an Indian company might ask about %s. "
                         "Write them in %s as real users would type them (typos and short forms are fine). Return a JSON list of strings.") % (k, domain, L.LANG_NAME[lang])
                    qs = [L.chat_prompt(rng, lang)[0] for _ in range(min(k, 6))]
                    rep = "[\n" + ",\n".join('  "%s"' % q.replace('"', "'") for q in qs) + "\n]"
                    return [single(u, model, dict(p, response_format={"type": "json_object"}), rep)]
                if r < 0.75:
                    q = L.chat_prompt(rng, lang)[0]
                    sysm = "You are the support assistant of %s. Answer briefly, politely and only about %s. If unsure, ask the customer to contact support." % (name.split(" (")[0], domain)
                    return [single(q, model, p, L.generic_reply(rng, lang, domain, n=2), system=sysm)]
                it = pick(rng, ctx.C.si_all)
                u = ("Here is an example task:\nInstruction: %s\nInput: %s\nOutput: %s\n\nWrite 5 new tasks in the same format, adapted to %s.") % (
                    it["instruction"], it["input"] or "<noinput>", it["output"][:300], domain)
                return [single(u, model, p, r_general(rng, domain, 3))]
            drive(ctx, rng, a, n, make, profile="dev", per_session=(20, 120), gap=(0.8, 6), rate429=0.01)


# ----------------------------------------------------------------------------------------------
# 6 bpo_qa_graders: call transcripts graded against rubrics (model as grader)
# ----------------------------------------------------------------------------------------------
BPO = [("Gurugram telecom BPO", "IN", "hinglish"), ("Noida bank collections BPO", "IN", "hinglish"),
       ("Mohali e-commerce CX centre", "IN", "en"), ("Karachi telco contact centre", "PK", "ur"),
       ("Colombo insurance support hub", "LK", "en")]
AGENT_LINES = {"hinglish": ["Namaste sir, main {co} se {ag} baat kar raha hoon, aapki kya help kar sakta hoon?",
                            "Sir aapka ticket number {tk} hai, main check karke batata hoon.",
                            "Aapka refund 5-7 working days mein aa jayega sir.", "Kya main aur kisi cheez mein madad kar sakta hoon?"],
               "en": ["Thank you for calling {co}, this is {ag}, how may I help you today?", "I can see your ticket {tk}, let me check that for you.",
                      "I've escalated this to our billing team; you will get an update within 48 hours.", "Is there anything else I can help you with?"],
               "ur": ["السلام علیکم، {co} سے {ag} بات کر رہا ہوں، میں آپ کی کیا مدد کر سکتا ہوں؟", "آپ کا ٹکٹ نمبر {tk} ہے، میں چیک کرتا ہوں۔",
                      "آپ کا مسئلہ 48 گھنٹوں میں حل ہو جائے گا۔"]}
CUST_LINES = {"hinglish": ["mera recharge ho gaya but balance nahi aaya", "bhai 3 din se internet nahi chal raha", "EMI double kat gayi hai",
                           "order deliver nahi hua aur status delivered dikha raha hai"],
              "en": ["I was charged twice for the same order", "my claim has been pending for two weeks", "the app keeps logging me out",
                     "I want to cancel my plan"],
              "ur": ["میرا بیلنس کٹ گیا لیکن پیکج نہیں لگا", "انٹرنیٹ تین دن سے بند ہے"]}
RUBRIC = ("You are a QA auditor. Score the agent in the call transcript on this rubric (1-5 each): greeting & verification, empathy, "
          "issue resolution, compliance (no promises outside policy), closing. Return JSON: {\"scores\": {...}, \"total\": int, "
          "\"fatal_error\": bool, \"coaching_note\": str}.")


def pop_bpo(ctx):
    g = "bpo_qa_graders"
    rng = rng_for(ctx.seed, g)
    for name, cc, lang in BPO:
        org = new_org(rng)
        pay = pay_invoice(rng, name)
        ipb = IpBehaviour(ctx.net, rng, "cloud", region=pick(rng, ["corp_tata", "azure_pune", "aws_mumbai"]), n=3)
        uas = ua(rng, pick(rng, ["java", "openai_py", "node"]))
        for k in range(int(rng.integers(2, 5))):
            a = mk(ctx, rng, g, uas, ipb, created_before(rng, 90, 900), pay, org, nkeys=2, tz=TZ[cc])
            n = ctx.n(int(rng.integers(650, 1400)))

            def make(rng, a, t, lang=lang, name=name):
                co = name.split(" ")[0]
                al, cl = AGENT_LINES[lang], CUST_LINES[lang]
                tr = []
                ag = pick(rng, ["Rahul", "Priya", "Imran", "Sana", "Kasun", "Ayesha", "Neha", "Bilal"])
                nt = int(rng.integers(4, 9))
                for i in range(nt):
                    if i % 2 == 0:
                        j = 0 if i == 0 else (len(al) - 1 if i >= nt - 2 else int(rng.integers(1, max(2, len(al) - 1))))
                        tr.append("Agent: " + al[j].format(co=co, ag=ag, tk="TK%06d" % rng.integers(1e6)))
                    else:
                        tr.append("Customer: " + pick(rng, cl))
                u = "Transcript (call id C%08d):\n%s" % (rng.integers(1e8), "\n".join(tr))
                sc = {k2: int(rng.integers(2, 6)) for k2 in ("greeting", "empathy", "resolution", "compliance", "closing")}
                rep = '{"scores": %s, "total": %d, "fatal_error": %s, "coaching_note": "%s"}' % (
                    str(sc).replace("'", '"'), sum(sc.values()), "false" if chance(rng, 0.93) else "true",
                    pick(rng, ["Acknowledge the customer's frustration before troubleshooting.", "Confirm the registered mobile number before sharing details.",
                               "Avoid committing to refund timelines not in policy.", "Good call; summarise next steps at closing."]))
                model = wpick(rng, [M_MINI, M_PRO], [7, 3])
                return [single(u, model, {"temperature": 0, "response_format": {"type": "json_object"}, "max_tokens": 400}, rep, system=RUBRIC)]
            drive(ctx, rng, a, n, make, profile="bpo", per_session=(20, 90), gap=(0.5, 4), rate429=0.005)


# ----------------------------------------------------------------------------------------------
# 7 translation_agencies
# ----------------------------------------------------------------------------------------------

def pop_translation(ctx):
    g = "translation_agencies"
    rng = rng_for(ctx.seed, g)
    for name in ["Bhasha Bridge, Delhi", "Anuvad Solutions, Pune", "Tamil Localise, Chennai", "Lanka Lingua, Colombo",
                 "Dhaka Translation House", "Lahore Urdu Localisation Studio"]:
        org = new_org(rng) if chance(rng, 0.5) else None
        pay = pay_card(rng) if chance(rng, 0.6) else pay_invoice(rng, name)
        ipb = IpBehaviour(ctx.net, rng, "fixed", ips=[ctx.net.fixed_ip(rng, pick(rng, ["act", "airtel_fiber", "slt", "link3", "nayatel"])) for _ in range(2)])
        uas = ua(rng, pick(rng, ["php", "sagar_py", "node", "browser"]))
        targets = list(rng.choice(["hi", "ta", "bn", "si", "ur", "mr"], size=3, replace=False))
        for k in range(int(rng.integers(1, 4))):
            a = mk(ctx, rng, g, uas, ipb, created_before(rng, 30, 700), pay, org)
            n = ctx.n(int(rng.integers(300, 1000)))

            def make(rng, a, t, targets=targets):
                tl = str(pick(rng, targets))
                src = pick(rng, [x["output"] for x in ctx.C.si_all if len(x["output"]) > 60] or ["Hello"])
                if chance(rng, 0.4):
                    c = pick(rng, ctx.C.arena_convs)
                    src = c[1]["content"][:1500]
                u = pick(rng, ["Translate the following text into {L}. Keep the formatting and do not add anything.\n\n{s}",
                               "Translate to {L} (formal register, for a government client):\n\"\"\"\n{s}\n\"\"\"",
                               "{L} translation please. Preserve bullet points and numbers.\n\n{s}"]).format(L=L.LANG_NAME[tl], s=src)
                model = wpick(rng, [M_INDIC, M_PRO, M_MINI], [6, 3, 1])
                rep = L.generic_reply(rng, tl, subject_of(src, 5), n=2)
                return [single(u, model, {"temperature": 0.2}, rep)]
            drive(ctx, rng, a, n, make, profile="office", per_session=(5, 40), gap=(3, 40))


# ----------------------------------------------------------------------------------------------
# 8 coding_agent_users: IDE agents with long tool loops
# ----------------------------------------------------------------------------------------------
TOOLS = [{"type": "function", "function": {"name": "read_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}},
         {"type": "function", "function": {"name": "write_to_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}}}},
         {"type": "function", "function": {"name": "execute_command", "parameters": {"type": "object", "properties": {"command": {"type": "string"}}}}},
         {"type": "function", "function": {"name": "search_files", "parameters": {"type": "object", "properties": {"regex": {"type": "string"}, "path": {"type": "string"}}}}}]
AGENT_TASKS = ["Fix the failing test in tests/test_{m}.py", "Add pagination to the /api/{m} endpoint", "Refactor {m}_service.py to use async httpx",
               "Why does `npm run build` fail? Fix it.", "Add a Dockerfile for this {m} service", "Write unit tests for utils/{m}.ts",
               "Migrate the {m} model to SQLAlchemy 2.0 style", "The {m} page crashes on empty data, fix it", "Add Razorpay webhook verification to {m}",
               "Implement retry with exponential backoff in {m}_client.go"]
MODS = ["orders", "billing", "auth", "invoice", "kyc", "payments", "inventory", "user", "report", "cart", "upi", "sms"]
AGENT_SYS = "You are an expert software engineer working inside the user's repository. Use the tools to read files, run commands and make edits. Think step by step before each action."


def agent_loop(ctx, rng, model, params, task, system=AGENT_SYS, end_user=None, steps=None, files=None):
    """One agent task: growing history of tool calls and results; one exchange per model call."""
    cid = "conv_" + hexid(rng, 8)
    m = MODS[int(rng.integers(len(MODS)))]
    files = files or ["src/%s.py" % m, "tests/test_%s.py" % m, "src/%s_service.py" % m, "package.json", "README.md"]
    hist = [{"role": "system", "content": system}, {"role": "user", "content": task}]
    out = []
    k = steps or int(rng.integers(3, 13))
    for i in range(k):
        last = i == k - 1
        if last:
            rep = pick(rng, ["Done. I fixed the issue and the tests pass now. Summary of changes:\n- %s\n- added a regression test" % task,
                             "All checks pass. The root cause was an unhandled None in the %s path; I added a guard and a test." % m])
            out.append(X(list(hist), model, params, rep, None, conv=cid, end_user=end_user, dt=float(rng.uniform(2, 25)) if out else 0.0))
            break
        tool = pick(rng, ["read_file", "read_file", "execute_command", "search_files", "write_to_file"])
        if tool == "read_file":
            args = '{"path": "%s"}' % pick(rng, files)
            result = "def handler(req):\n    data = req.json()\n    return process(data['%s'])\n" % m
        elif tool == "execute_command":
            args = '{"command": "%s"}' % pick(rng, ["pytest -x -q", "npm test", "go test ./...", "ruff check .", "git diff --stat"])
            result = pick(rng, ["1 failed, 23 passed in 2.41s\nE   KeyError: '%s'" % m, "All tests passed", "error TS2339: Property 'id' does not exist on type '{}'"])
        elif tool == "search_files":
            args = '{"regex": "%s", "path": "src"}' % m
            result = "src/%s.py:12: def %s_total(items):\nsrc/%s_service.py:40: total = %s_total(x)" % (m, m, m, m)
        else:
            args = '{"path": "src/%s.py", "content": "..."}' % m
            result = "File written successfully."
        thought = pick(rng, ["Let me look at the relevant file first.", "I'll run the tests to see the failure.",
                             "Searching for where this is used.", "Applying the fix now.", ""])
        call = {"id": "call_" + hexid(rng, 6), "type": "function", "function": {"name": tool, "arguments": args}}
        sp = X(list(hist), model, params, thought, None, conv=cid, end_user=end_user, dt=float(rng.uniform(2, 25)) if out else 0.0,
               extra={"response_tool_calls": [call]}, out_tokens=len(args) // 4 + 12 + len(thought) // 4)
        out.append(sp)
        hist = hist + [{"role": "assistant", "content": thought, "tool_calls": [call]},
                       {"role": "tool", "tool_call_id": call["id"], "content": result}]
    return out


def pop_coding(ctx):
    g = "coding_agent_users"
    rng = rng_for(ctx.seed, g)
    for _ in range(ctx.n(330)):
        cc = wpick(rng, ["IN", "PK", "BD", "LK", "NP"], [75, 10, 8, 4, 3])
        pay = pay_card(rng) if chance(rng, 0.6) else pay_upi(rng) if cc == "IN" else pay_card(rng)
        ipb = IpBehaviour(ctx.net, rng, "consumer", cc=cc, p_mobile=0.15)
        a = mk(ctx, rng, g, ua(rng, "ide"), ipb, created_before(rng, 5, 600), pay, tz=TZ[cc])
        n = volume(rng, 70, 0.9, hi=900)

        def make(rng, a, t):
            model = model_pick(rng, t, [M_CODE, M_PRO, M_THINK], [7, 2, 1], adopt=0.25)
            p = {"tools": "<4 tools>", "temperature": 0.0, "stream": True} if chance(rng, 0.5) else {"tools": "<4 tools>", "stream": True}
            p = dict(p, tools=TOOLS)
            if model in (M_THINK, M_NEW):
                p.pop("temperature", None)
                p["reasoning_effort"] = "medium"
            if chance(rng, 0.75):
                task = pick(rng, AGENT_TASKS).format(m=pick(rng, MODS))
                if chance(rng, 0.2):
                    task = pick(rng, ctx.C.ah_coding)["prompt"]
                return agent_loop(ctx, rng, model, p, task)
            it = pick(rng, ctx.C.ah_coding)
            return [single(it["prompt"], model, {"temperature": 0.2, "stream": True}, r_code(rng, it["prompt"]))]
        drive(ctx, rng, a, n, make, profile="dev", per_session=(6, 30), gap=(5, 60))
