# -*- coding: utf-8 -*-
"""Benign populations, part B: bulk generators and pipelines (game studios, textbook publishers, evaluation
teams, LLM-as-judge, structured-output apps, translation agencies, enterprise batch)."""
import banks as B
import kit as K
import textgen as T
from world import (CHAT, MINI, CODER, THINK1, THINK2, RELEASE, WEEK0, DAY, SDK_UAS, pick_w, bursts, sessions,
                   created_between, lognorm_int, status_of)

NPC_LINES = {
    "zh": ["客官里边请，今儿个有新到的好酒。", "站住！城门已经关了。", "这把刀可是我三天三夜打出来的。", "你又来了？我说过不知道。", "哼，别以为我没看见。", "多谢少侠出手相助！"],
    "tw": ["來喔來喔，剛炸好的！", "少年欸，這樣算你便宜啦。", "你是外地來的吧？", "東西放下，我就當沒看到。"],
    "ja": ["いらっしゃい、今日はいい酒が入ってるよ。", "止まれ！門はもう閉まった。", "また来たのか？知らないと言っただろう。", "助かったよ、ありがとう。"],
    "en": ["Welcome, traveller, the stew's still warm.", "Halt! The gates are closed for the night.", "You again? I told you I don't know.", "Put that back, or you'll regret it.", "Thanks for the help, friend."],
}
EMOS = ["happy", "angry", "suspicious", "sad", "neutral", "amused", "afraid"]

STUDIOS = [("CN", ["zh"], 3), ("CN", ["zh"], 2), ("TW", ["tw"], 1), ("JP", ["ja"], 2), ("SG", ["en"], 2), ("HK", ["zh", "en"], 1), ("MY", ["en"], 1), ("CN", ["zh"], 2)]


def _org_accounts(W, R, pop, name, c, n, created=(100, 600), kind="cloud", uas=None, nkeys=2, lang=None, nips=3):
    org, pm = W.org_id(pop, name), W.pm_id(pop, name)
    ips = [W.ip(R, c, kind) for _ in range(nips)]
    uas = uas or [R.choice(SDK_UAS[:9])]
    return [W.new_account(pop, "%s-%d" % (name, j), c, created_between(R, *created), org=org, pm=pm, ips=ips, uas=uas,
                          nkeys=nkeys, lang=lang, R=R) for j in range(n)]


def _emit_batch(W, R, a, jobs, make, model, params, ip=None, lang="en", err=0.004, rl=0.01):
    for job in jobs:
        ipj = ip or R.choice(a.ips)
        for ts in job:
            msgs, resp, rs, m = make(ts)
            W.emit(R, a, float(ts), msgs, m, dict(params), resp, rs, ip=ipj, status=status_of(R, err, rl))


def pop_game_studios(W, C):
    """Game studios generating NPC barks in bulk from a few templates, at night, as JSON."""
    pop = "game_studio"
    for si, (c, langs, n) in enumerate(STUDIOS):
        R, rng = W.rng(pop + str(si)), W.nprng(pop + str(si))
        for a in _org_accounts(W, R, pop, si, c, n):
            L = R.choice(langs)
            tmpl = R.choice(B.NPC_TEMPLATES[L])
            temp = R.choice([0.9, 1.0, 1.1])
            model = R.choice([CHAT, MINI])

            def make(ts, L=L, tmpl=tmpl, model=model):
                role, scene, ev = R.choice(B.NPC_ROLES[L if L in B.NPC_ROLES else "zh"]), R.choice(B.NPC_SCENES.get(L, B.NPC_SCENES["zh"])), R.choice(B.NPC_EVENTS.get(L, B.NPC_EVENTS["zh"]))
                k = R.choice([3, 5, 8])
                p = tmpl.format_map(T.SD(role=role, scene=scene, event=ev, n=k))
                lines = T.resp_json([{"emotion": R.choice(EMOS), "line": R.choice(NPC_LINES.get(L, NPC_LINES["zh"]))} for _ in range(min(k, 5))])
                return [{"role": "system", "content": "You write NPC dialogue for a video game. Output only valid JSON."}, {"role": "user", "content": p}], lines, None, model
            nx = lognorm_int(rng, 700, 0.5, 200, 2200)
            _emit_batch(W, R, a, bursts(rng, nx, a.tz, "night_batch", per_job=(80, 400), rate=(1, 4)), make, model,
                        {"temperature": temp, "max_tokens": 800, "response_format": {"type": "json_object"}}, lang=L)


PUBLISHERS = [("CN", "zh", 2), ("CN", "zh", 2), ("TW", "tw", 1), ("MY", "ms", 2), ("SG", "en", 2), ("MY", "ta", 1)]


def pop_publishers(W, C):
    """Textbook publishers generating exercise sets with fully worked solutions."""
    pop = "textbook_publisher"
    for pi, (c, L, n) in enumerate(PUBLISHERS):
        R, rng = W.rng(pop + str(pi)), W.nprng(pop + str(pi))
        for a in _org_accounts(W, R, pop, pi, c, n, kind="fixed", lang=L):
            slots = B.EXERCISE_SLOTS[L]
            hard_model = R.choice([THINK1, CHAT])

            def make(ts, L=L, slots=slots, hard_model=hard_model):
                tmpl = R.choice(B.EXERCISE_TEMPLATES[L])
                diff = R.choice(slots["diff"])
                k = R.choice([5, 8, 10, 12])
                p = tmpl.format_map(T.SD(grade=R.choice(slots["grade"]), unit=R.choice(slots["unit"]), diff=diff, n=k))
                m = CHAT
                if diff in ("拔高", "challenging", "tinggi", "進階"):
                    m = THINK2 if ts > RELEASE + 30 * 3600 else hard_model
                parts, rs = [], []
                for j in range(min(k, 4)):
                    q, steps, ans = T.math_q(R, L)
                    parts.append("%d. %s\n%s" % (j + 1, q, T.resp_math(R, L, steps, ans)))
                    rs.append(T.reason_math(R, L, steps, ans, "medium"))
                return [{"role": "user", "content": p}], "\n\n".join(parts), ("\n".join(rs[:2]) if m in (THINK1, THINK2) else None), m
            nx = lognorm_int(rng, 520, 0.4, 150, 1400)
            _emit_batch(W, R, a, bursts(rng, nx, a.tz, "office", weekend=0.1, per_job=(20, 90), rate=(0.05, 0.3)), make, CHAT,
                        {"temperature": 0.7, "max_tokens": 4096}, lang=L)


GSM_SHOT = 8


def _gsm_fewshot(C):
    ex = []
    for q, sol, fin in C.gsm[:GSM_SHOT]:
        ex.append("Q: %s\nA: %s The answer is %s." % (q, " ".join(sol.split("\n")), fin))
    return "\n\n".join(ex) + "\n\n"


SIMPLE_EVALS = "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER (without quotes) where $ANSWER is the answer to the problem.\n\n{q}\n\nRemember to put your answer on its own line after \"Answer:\", and you do not need to use a \\boxed command."


def _run(rng, start, n, conc=8, lat=(4, 30)):
    """Arrival times of an evaluation run: n items, `conc` workers, latency-bound."""
    per = rng.uniform(lat[0], lat[1], size=n)
    w = [start] * conc
    out = []
    for i in range(n):
        j = i % conc
        out.append(w[j])
        w[j] += per[i]
    return sorted(out)


def pop_eval_teams(W, C):
    """Evaluation teams running public benchmarks in standard harness formats, including the new model on release day."""
    pop = "eval_team"
    R, rng = W.rng(pop), W.nprng(pop)
    sub = list(range(len(C.gsm)))
    W.rng("gsm-subset").shuffle(sub)
    sub = sub[:1319]
    few = _gsm_fewshot(C)

    # team 1: 8-shot chain-of-thought GSM8K (harness format) on every model; the new model at high effort on release day
    acc = _org_accounts(W, R, pop, "lab-sg", "SG", 3, uas=["lm-eval-harness/0.4.8 OpenAI/Python 1.99.1"])
    runs = [(CHAT, WEEK0 + 0.3 * DAY, None), (THINK1, WEEK0 + 1.3 * DAY, "medium"), (THINK2, RELEASE + 5 * 3600, "high"),
            (MINI, WEEK0 + 3.4 * DAY, None), (THINK2, WEEK0 + 4.2 * DAY, "low")]
    for k, (m, st, eff) in enumerate(runs):
        a = acc[k % 3]
        ip = R.choice(a.ips)
        for i, ts in zip(sub, _run(rng, st, len(sub), conc=16 if m != THINK2 else 8, lat=(3, 20) if eff != "high" else (20, 90))):
            p = {"temperature": 0.0, "max_tokens": 1024 if eff is None else 16384, "seed": 1234}
            if eff:
                p = {"reasoning_effort": eff, "max_tokens": 16384, "seed": 1234}
            resp, rs = K.answer(R, "en", K.gsm_item(C, i), m, eff)
            W.emit(R, a, ts, [{"role": "user", "content": few + "Q: " + C.gsm[i][0] + "\nA:"}], m, p, resp, rs, ip=ip, status=status_of(R, 0.003, 0.01))
    # team 2: simple-evals zero-shot GSM8K from a US lab
    acc = _org_accounts(W, R, pop, "lab-us", "US", 2, uas=["OpenAI/Python 1.99.1"])
    for k, (m, st) in enumerate([(CHAT, WEEK0 + 1.7 * DAY), (THINK2, RELEASE + 16 * 3600)]):
        a = acc[k]
        for i, ts in zip(sub, _run(rng, st, len(sub), conc=12)):
            resp, rs = K.answer(R, "en", K.gsm_item(C, i), m, "medium")
            W.emit(R, a, ts, [{"role": "user", "content": SIMPLE_EVALS.format(q=C.gsm[i][0])}], m,
                   {"temperature": 0.0} if m == CHAT else {"reasoning_effort": "medium"}, resp + "\nAnswer: " + C.gsm[i][2], rs, ip=a.ips[0])
    # team 3: Self-Instruct user-oriented eval (university, Hong Kong)
    acc = _org_accounts(W, R, pop, "hk-uni", "HK", 1, kind="campus", uas=["python-requests/2.32.3"])
    for m, st in [(CHAT, WEEK0 + 0.6 * DAY), (THINK1, WEEK0 + 1.6 * DAY), (THINK2, RELEASE + 30 * 3600)]:
        for temp in (0.0, 0.7):
            for (ins, inp, out), ts in zip(C.si_user, _run(rng, st + temp * 3600, len(C.si_user), conc=4)):
                msg = ins + ("\n\n" + inp if inp else "")
                W.emit(R, acc[0], ts, [{"role": "user", "content": msg}], m, {"temperature": temp, "max_tokens": 1024} if m == CHAT else {"reasoning_effort": "medium"},
                       out or T.resp_generic(R, "en", T.topic(ins)), T.reason_generic(R, "en", T.topic(ins)) if m != CHAT else None, ip=acc[0].ips[0])
    # team 4: a multilingual grade-school maths set (fixed items in seven languages) by a Taiwan company
    acc = _org_accounts(W, R, pop, "tw-mgsm", "TW", 2, uas=["qilin-python/3.4.1"])
    FR = W.rng("mgsm-items")
    items = [(L, T.math_q(FR, L, mid=j)) for L in B.LANGS for j in range(36)]
    for k, (m, st, eff) in enumerate([(CHAT, WEEK0 + 0.9 * DAY, None), (THINK2, RELEASE + 10 * 3600, "high"), (THINK2, RELEASE + 40 * 3600, "medium")]):
        a = acc[k % 2]
        for (L, (q, steps, ans)), ts in zip(items * 2, _run(rng, st, len(items) * 2, conc=6)):
            msg = q + "\n" + {"zh": "请在最后一行写出“答案：数字”。", "tw": "請在最後一行寫「答案：數字」。", "yue": "最後一行寫「答案：數字」。"}.get(L, "Give the final answer on the last line as 'Answer: <number>'.")
            resp, rs = K.answer(R, L, (msg, "math", (steps, ans)), m, eff)
            W.emit(R, a, ts, [{"role": "user", "content": msg}], m, {"temperature": 0.0} if m == CHAT else {"reasoning_effort": eff}, resp, rs, ip=a.ips[0])
    # team 5: safety / jailbreak robustness eval (Singapore)
    acc = _org_accounts(W, R, pop, "sg-safety", "SG", 2, uas=["garak/0.17.1"])
    probes = [(g, "refuse") for g in C.adv] + [(d, "refuse") for d in C.dan] + [(j, "refuse") for j in C.jb_wild[200:400]]
    for k, (m, st) in enumerate([(CHAT, WEEK0 + 2.1 * DAY), (THINK2, RELEASE + 28 * 3600)]):
        for (p, kind), ts in zip(probes, _run(rng, st, len(probes), conc=6)):
            resp, rs = K.answer(R, "en", (p, kind, None), m, "low")
            W.emit(R, acc[k], ts, [{"role": "user", "content": p}], m, {"temperature": 0.0, "max_tokens": 512}, resp, rs, ip=acc[k].ips[0])
    # team 6: arena-hard answers generation (mainland company), judged later by its judge pipeline
    acc = _org_accounts(W, R, pop, "cn-arenahard", "CN", 2, uas=["OpenAI/Python 1.68.2"])
    prompts = C.hard["coding"] + C.hard["math"] + C.hard["creative"] + C.hard["other"]
    for k, (m, st, eff) in enumerate([(CHAT, WEEK0 + 1.1 * DAY, None), (THINK2, RELEASE + 20 * 3600, "high")]):
        for p, ts in zip(prompts, _run(rng, st, len(prompts), conc=8, lat=(10, 60))):
            resp, rs = K.answer(R, "en", (p, "gen", None), m, eff)
            W.emit(R, acc[k], ts, [{"role": "user", "content": p}], m, {"temperature": 0.0, "max_tokens": 4096} if eff is None else {"reasoning_effort": eff, "max_tokens": 32768},
                   resp, rs, ip=acc[k].ips[0])


JUDGE_OUT = ["The response addresses the question directly and is mostly accurate, but it lacks depth in places. Rating: [[{r}]]",
             "The assistant's answer is relevant and clear. Some details are missing. Rating: [[{r}]]",
             "Assistant A gives a more complete and accurate answer than Assistant B. [[{v}]]",
             "Both answers are similar in quality. [[C]]"]


def pop_llm_judges(W, C):
    """LLM-as-judge pipelines: MT-bench style single and pairwise grading, customer-service QA scoring."""
    pop = "llm_judge"
    for oi, (c, kinds, n) in enumerate([("CN", ["en", "en_pair"], 2), ("SG", ["en"], 2), ("CN", ["zh"], 2), ("TW", ["tw"], 1), ("HK", ["en_pair"], 1)]):
        R, rng = W.rng(pop + str(oi)), W.nprng(pop + str(oi))
        for a in _org_accounts(W, R, pop, oi, c, n, uas=[R.choice(["OpenAI/Python 1.99.1", "python-httpx/0.27.2", "fastchat/0.2.36"])]):
            kind = R.choice(kinds)
            switch = RELEASE + R.uniform(20, 80) * 3600 if R.random() < 0.5 else 1e18

            def make(ts, kind=kind, switch=switch):
                m = THINK2 if ts > switch else CHAT
                if kind in ("zh", "tw"):
                    q = R.choice(B.SUPPORT_MSGS[kind if kind in B.SUPPORT_MSGS else "zh"]).format(n=R.randint(10 ** 7, 10 ** 8))
                    p = B.JUDGE_BENIGN[kind].format(q=q, a=T.resp_generic(R, kind, T.topic(q)))
                    resp = T.resp_json({"score": R.randint(2, 5), "reason": "回答基本准确，语气礼貌。" if kind == "zh" else "回覆大致正確。"})
                else:
                    conv = R.choice(C.arena)
                    q, a1 = T.cap(conv[0]["content"], 1200), T.cap(conv[1]["content"], 1200)
                    if kind == "en":
                        p = B.JUDGE_BENIGN["en"].format(q=q, a=a1)
                        resp = JUDGE_OUT[R.randint(0, 1)].format(r=R.randint(3, 9))
                    else:
                        a2 = T.cap(R.choice(C.arena)[1]["content"], 1200)
                        p = B.JUDGE_BENIGN["en_pair"].format(q=q, a=a1, b=a2)
                        resp = JUDGE_OUT[R.randint(2, 3)].format(v=R.choice("AB"))
                return [{"role": "user", "content": p}], resp, (T.reason_generic(R, "en", "grading", "low") if m == THINK2 else None), m
            nx = lognorm_int(rng, 820, 0.5, 200, 2600)
            _emit_batch(W, R, a, bursts(rng, nx, a.tz, R.choice(["office", "night_batch"]), per_job=(100, 500), rate=(0.5, 3)), make, CHAT,
                        {"temperature": 0.0, "max_tokens": 1024})


INVOICE_SCHEMA = {"type": "object", "properties": {"vendor": {"type": "string"}, "invoice_date": {"type": "string"}, "currency": {"type": "string"},
                                                   "total": {"type": "number"}, "line_items": {"type": "array"}}, "required": ["vendor", "total"]}
LISTING_SCHEMA = {"type": "object", "properties": {"title": {"type": "string"}, "bullets": {"type": "array"}, "description": {"type": "string"},
                                                   "keywords": {"type": "array"}}, "required": ["title", "description"]}
REVIEW_SCHEMA = {"type": "object", "properties": {"sentiment": {"type": "string", "enum": ["positive", "negative", "neutral"]},
                                                  "aspects": {"type": "array"}}, "required": ["sentiment"]}
ZH_REVIEWS = ["物流很快，包装也很好，就是颜色和图片有点差别。", "用了三天就坏了，客服也不理人。", "性价比很高，已经回购第二次了。", "尺码偏小，建议买大一号。",
              "質感不錯，但價格有點貴。", "Barang sampai cepat, kualiti ok.", "Seller very responsive, item as described.", "味道一般般，唔會再買。"]
FORM_SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}, "ic_or_id": {"type": "string"}, "address": {"type": "string"}, "phone": {"type": "string"}}}
STRUCT_APPS = ["invoice", "invoice", "listing", "listing", "review", "review", "form"]


def pop_structured(W, C, n=45):
    """Structured-output apps (json_schema): invoices, listings, reviews, forms; some schemas carry a reasoning field."""
    pop = "structured_output"
    R, rng = W.rng(pop), W.nprng(pop)
    for i in range(n):
        c = pick_w(R, ["CN", "TW", "HK", "SG", "MY"], [3, 1, 1, 2, 2])
        a = _org_accounts(W, R, pop, i, c, 1, uas=[R.choice(SDK_UAS[:10])])[0]
        app = R.choice(STRUCT_APPS)
        why = R.random() < 0.45
        why_key = R.choice(["reasoning", "explanation", "rationale"])
        model = R.choice([CHAT, MINI, MINI, THINK1 if app == "invoice" else CHAT])
        schema = {"invoice": INVOICE_SCHEMA, "listing": LISTING_SCHEMA, "review": REVIEW_SCHEMA, "form": FORM_SCHEMA}[app]
        if why:
            schema = {"type": "object", "properties": dict(schema["properties"], **{why_key: {"type": "string"}}), "required": list(schema.get("required", [])) + [why_key]}
        rf = {"type": "json_schema", "json_schema": {"name": app, "strict": True, "schema": schema}}

        def make(ts, app=app, why=why, why_key=why_key, model=model):
            if app == "invoice":
                v = R.choice(B.INVOICE_VENDORS)
                amt = round(R.uniform(50, 20000), 2)
                txt = "INVOICE No. %d\n%s\nDate: 2028-0%d-%02d\nItems:\n- %s x%d\nTotal: %s %.2f" % (R.randint(1000, 99999), v, R.randint(6, 8), R.randint(1, 28),
                                                                                           R.choice(B.PRODUCTS["en"]), R.randint(1, 20), R.choice(["CNY", "MYR", "SGD", "TWD", "HKD"]), amt)
                out = {"vendor": v, "total": amt, "currency": "MYR"}
                sysp = "Extract the invoice fields. Return JSON that matches the schema exactly."
            elif app == "listing":
                L = R.choice(["zh", "en", "ms"])
                prod = R.choice(B.PRODUCTS[L])
                txt = {"zh": "为这个商品写电商详情页：%s，卖点：轻便、耐用、适合送礼。", "en": "Write a marketplace listing for: %s. Selling points: lightweight, durable, giftable.",
                       "ms": "Tulis penerangan produk untuk kedai dalam talian: %s."}[L] % prod
                out = {"title": prod, "description": T.resp_generic(R, L, prod, 2), "keywords": [prod]}
                sysp = "You generate e-commerce listings as JSON."
            elif app == "review":
                txt = R.choice(ZH_REVIEWS)
                out = {"sentiment": R.choice(["positive", "negative", "neutral"]), "aspects": ["delivery"]}
                sysp = "Classify the customer review. Return JSON."
            else:
                txt = "Nama: %s\nNo. KP: %06d-%02d-%04d\nAlamat: %d, Jalan %s, %s\nTel: 01%d-%07d" % (R.choice(B.NAMES["ms"]), R.randint(0, 999999), R.randint(1, 14), R.randint(0, 9999),
                                                                                                  R.randint(1, 99), R.choice(["Mawar", "Melati", "Kenanga"]), R.choice(B.PLACES["ms"]), R.randint(0, 9), R.randint(0, 9999999))
                out = {"name": "…", "address": "…"}
                sysp = "Parse the form into JSON fields."
            if why:
                out[why_key] = R.choice(["The total appears on the last line labelled Total.", "Determined from the header and the currency code.",
                                         "The review mentions fast delivery but a colour mismatch.", "Based on the fields present in the text."])
            return [{"role": "system", "content": sysp}, {"role": "user", "content": txt}], T.resp_json(out), (T.reason_generic(R, "en", app, "low") if model == THINK1 else None), model
        nx = lognorm_int(rng, 280, 0.6, 60, 1300)
        p = {"temperature": 0.0, "response_format": rf} if model != THINK1 else {"reasoning_effort": "low", "response_format": rf}
        _emit_batch(W, R, a, bursts(rng, nx, a.tz, R.choice(["office", "flat", "night_batch"]), per_job=(10, 200), rate=(0.2, 2)), make, model, p)


def pop_translation(W, C, n=25):
    """Translation and localisation agencies."""
    pop = "translation_agency"
    R, rng = W.rng(pop), W.nprng(pop)
    en_src = [T.cap(c[0]["content"], 500) for c in C.arena[:600] if 40 < len(c[0]["content"]) < 500]
    for i in range(n):
        c = pick_w(R, ["SG", "MY", "TW", "HK", "CN"], [3, 3, 2, 2, 2])
        a = _org_accounts(W, R, pop, i, c, 1, kind="fixed", uas=[R.choice(["python-requests/2.32.3", "OpenAI/Python 1.99.1", "Trados-Qilin-Plugin/2.0"])])[0]
        pairs = R.sample(B.TRANSLATE_INSTR, R.randint(2, 5))

        def make(ts, pairs=pairs):
            src, dst, tmpl = R.choice(pairs)
            t = R.choice(en_src) if src == "en" else R.choice(B.TRANSLATE_SRC.get(src, B.TRANSLATE_SRC["zh"]))
            out = R.choice(B.TRANSLATE_SRC.get(dst, [])) if dst in B.TRANSLATE_SRC else T.resp_generic(R, dst, T.topic(t), 2)
            return [{"role": "user", "content": tmpl.format(t=t)}], out, None, CHAT
        nx = lognorm_int(rng, 250, 0.6, 40, 1000)
        _emit_batch(W, R, a, bursts(rng, nx, a.tz, "office", weekend=0.2, per_job=(5, 60), rate=(0.05, 0.5)), make, CHAT, {"temperature": 0.2})


BATCH_TASKS = {
    "summ": ("请用三句话总结下面的文章：\n\n{t}", "Summarise the following in 3 bullet points:\n\n{t}"),
    "seo": ("写一篇关于“{k}”的800字文章，包含三个小标题和一段总结，适合做SEO。", "Write an 800-word SEO blog post about '{k}' with three subheadings and a conclusion."),
    "ner": ("从下面的新闻中提取人名、地名、机构名，按JSON输出：\n{t}", "Extract people, places and organisations from this text as JSON:\n{t}"),
    "email": ("根据以下要点起草一封商务邮件：{k}", "Draft a customer email based on these points: {k}"),
}
SEO_KW = ["空气炸锅怎么选", "新加坡租房攻略", "Cara memilih insurans kereta", "best laptops for students 2028", "台北親子景點", "How to start investing in ETFs",
          "家用净水器推荐", "马来西亚旅游签证", "remote work productivity tips", "咖啡豆烘焙程度区别"]


def pop_enterprise_batch(W, C, n=30):
    """Enterprise batch jobs: summaries, SEO articles, extraction, emails; a few still on the legacy completions API."""
    pop = "enterprise_batch"
    R, rng = W.rng(pop), W.nprng(pop)
    docs = [T.cap(c[1]["content"], 900) for c in C.arena[600:1200]] + [s for v in B.TRANSLATE_SRC.values() for s in v]
    for i in range(n):
        c = pick_w(R, ["CN", "TW", "HK", "SG", "MY"], [4, 1, 1, 2, 2])
        a = _org_accounts(W, R, pop, i, c, 1, uas=[R.choice(SDK_UAS[:10])])[0]
        task = R.choice(list(BATCH_TASKS))
        zh = a.lang in T.ZH_LIKE
        legacy = R.random() < 0.17
        model = R.choice([CHAT, MINI, MINI])

        def make(ts, task=task, zh=zh):
            tmpl = BATCH_TASKS[task][0 if zh else 1]
            p = tmpl.format_map(T.SD(t=R.choice(docs), k=R.choice(SEO_KW)))
            return [{"role": "user", "content": p}], T.resp_generic(R, "zh" if zh else "en", T.topic(p), 4), None, model
        nx = lognorm_int(rng, 310, 0.6, 80, 1600)
        jobs = bursts(rng, nx, a.tz, "night_batch", per_job=(50, 400), rate=(0.5, 3))
        if legacy:
            for job in jobs:
                for ts in job:
                    msgs, resp, rs, m = make(ts)
                    W.emit(R, a, float(ts), None, "qilin-chat-3-instruct", {"temperature": 0.3, "max_tokens": 1024}, resp, prompt=msgs[0]["content"], status=status_of(R, 0.004, 0.01))
        else:
            _emit_batch(W, R, a, jobs, make, model, {"temperature": 0.3, "max_tokens": 2048})
