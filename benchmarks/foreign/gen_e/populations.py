# -*- coding: utf-8 -*-
"""Benign customers of Lianhe API."""
from __future__ import annotations

import math

import banks as B
import core as C
import sessions as S
import world as W
from core import Account, emit, pick

LANGS_ALL = [("zh", 46), ("en", 10), ("ja", 8), ("ko", 8), ("vi", 9), ("id", 8), ("th", 5), ("hi", 3), ("zh_tw", 3)]


def wpick(rnd, pairs):
    return W.weighted(rnd, pairs)


def benign_created(rnd, recent=0.06, median_days=110):
    if rnd.random() < recent:
        return W.WEEK_START - rnd.uniform(0, 7 * 86400)
    age = min(720, max(2, rnd.lognormvariate(math.log(median_days), 0.9)))
    return W.WEEK_START - age * 86400 - rnd.uniform(0, 86400)


def lbl(pop):
    return {"label": "benign", "population": pop}


def country_for(rnd, lang):
    return pick(rnd, W.LANG_COUNTRY.get(lang, ["SG"]))


def mk_net(ctx, rnd, country, mode, **kw):
    pools = {}
    if mode == "mobile":
        pools["mobile"] = ctx.pool("cgnat:" + country, country, "mobile", 80)   # carrier-grade NAT: strangers share exits
    if mode == "vpn":
        exit_c = kw.pop("exit", None) or pick(rnd, ["JP", "SG", "HK", "US", "JP", "SG"])
        kind = "vpn" if (exit_c, "vpn") in W.NETS else ("cloud" if (exit_c, "cloud") in W.NETS else "home")
        # commercial VPN / "airport" proxy services: a handful of exit addresses per node, shared by all their users
        pools["vpn"] = ctx.pool("vpn:" + exit_c + ":" + str(rnd.randrange(2)), exit_c, kind, 10)
    v6 = kw.pop("v6", 0.25 if country in ("CN", "JP", "VN") and mode == "home" else 0.0)
    return W.Net(rnd, country, mode, pools=pools, v6=v6, **kw)


def payment(ctx, rnd, kind):
    if kind == "none":
        return None
    if kind == "redeem":
        # top-up codes bought from third-party shops: the billing profile is the shop's batch
        shops = ctx.pools.setdefault("redeem_shops", [C.pay_id(ctx.rnd("redeem%d" % i)) for i in range(5)])
        return pick(rnd, shops)
    return C.pay_id(rnd)


CHAT_PARAMS = [({"stream": True, "temperature": 0.7}, 3), ({"stream": True, "temperature": 0.7, "top_p": 1}, 3),
               ({"stream": True, "temperature": 0.5, "top_p": 1, "presence_penalty": 0, "frequency_penalty": 0, "max_tokens": 4000}, 2),
               ({"stream": True, "temperature": 1, "top_p": 1, "presence_penalty": 0, "frequency_penalty": 0}, 2),
               ({"stream": True}, 2), ({"stream": True, "temperature": 0.8, "max_tokens": 8192}, 1),
               ({"stream": True, "temperature": 0.7, "max_tokens": 32000}, 0.4), ({"stream": True, "max_tokens": 64000}, 0.2)]


def menu_models(rnd, menu, k=None):
    pairs = W.MENU[menu]
    k = k or rnd.choice([1, 1, 2, 2, 3])
    chosen = []
    for _ in range(k * 3):
        m = wpick(rnd, pairs)
        if m not in [c for c, _ in chosen]:
            chosen.append((m, rnd.choice([1, 2, 5, 10])))
        if len(chosen) >= k:
            break
    return chosen


def set_models(rnd, acct, menu, adopt_p=0.2, adopt_med_h=30, adopt_share=0.5):
    acct.tags["models"] = menu_models(rnd, menu)
    if rnd.random() < adopt_p:
        d = rnd.lognormvariate(math.log(adopt_med_h), 1.0) * 3600
        if rnd.random() < 0.05:
            d = -rnd.uniform(0, W.RELEASE_TS - W.ANNOUNCE_TS)   # eager: tries before Lianhe enabled it
        acct.tags["adopt"] = W.RELEASE_TS + d
        acct.tags["adopt_share"] = adopt_share


def model_for(rnd, acct, ts):
    m = W.weighted(rnd, acct.tags["models"])
    ad = acct.tags.get("adopt")
    if ad is not None and ts >= ad and (m == W.OLD_FLAGSHIP or rnd.random() < acct.tags.get("adopt_share", 0.3)):
        return W.NEW_FLAGSHIP
    return m


def play(ctx, rnd, acct, t0, turns, model, base_params=None, end_user=None, conv=True, key=None, ua=None, ip=None, err=0.004):
    t = t0
    cid = "conv_%016x" % rnd.getrandbits(64)   # the gateway groups turns that extend one another
    key = key or (pick(rnd, acct.keys) if acct.keys else None)
    ua = ua or (pick(rnd, acct.uas) if acct.uas else None)
    returns_reasoning = W.MODELS.get(model, ("", False))[1]
    prev_out = 0
    for i, tr in enumerate(turns):
        if i > 0:
            gap = tr["gap"] if tr["gap"] is not None else rnd.uniform(2, 20)
            # a follow-up cannot start before the previous answer has been generated
            t += max(gap, prev_out / rnd.uniform(55, 110) + rnd.uniform(0.3, 2.0))
        p = dict(base_params or {})
        p.update(tr["params"])
        eff = acct.tags.get("effort")
        if eff and model in W.HIDDEN_REASONING and "reasoning_effort" not in p:
            p["reasoning_effort"] = eff
        reas = tr["reasoning"]
        if returns_reasoning and not reas:
            users = [m.get("content") for m in tr["messages"] if m.get("role") == "user"]
            last = users[-1] if users else ""
            if isinstance(last, list):
                last = " ".join(p.get("text", "") for p in last if isinstance(p, dict))
            reas = C.reasoning_text(rnd, acct.lang if acct.lang in B.REASON_KIT else "en", (last or "")[:40])
        out = tr["out"]
        prev_out = out or W.est_tokens(tr["response"] or "")
        emit(ctx, rnd, acct, t, tr["messages"], model, p, tr["response"], reas, end_user=end_user, conv=cid, key=key,
             ua=ua, ip=ip, out_tokens=int(out * rnd.uniform(0.8, 1.2)) if out else None, err_rate=err)
    return t


def new_acct(ctx, rnd, pop, lang, country=None, mode="home", created=None, uas=None, pay="own", n_keys=1, org=None, net=None, **tags):
    country = country or country_for(rnd, lang)
    a = Account(key=f"{pop}:{len(ctx.accounts)}", created=created if created is not None else benign_created(rnd), label=lbl(pop),
                lang=lang, country=country, net=net or mk_net(ctx, rnd, country, mode), org=org,
                payment=pay if (pay and pay.startswith("pm_")) else payment(ctx, rnd, pay or "none"),
                keys=[C.key_id(rnd) for _ in range(n_keys)], uas=uas or [W.ua_chat_client(rnd)], tags=dict(tags))
    # some customers set reasoning_effort on the reasoning-capable GPT models (clients expose it as a toggle)
    a.tags.setdefault("effort", W.weighted(rnd, [(None, 55), ("medium", 17), ("high", 18), ("low", 8), ("xhigh", 2)]))
    return ctx.add_account(a)


def volume(rnd, median, sigma, lo=1, hi=100000):
    return W.lognormal_int(rnd, median, sigma, lo, hi)


# ============================================================================================
# individuals
# ============================================================================================
def pop_trial(ctx, n):
    rnd = ctx.rnd("trial")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, LANGS_ALL)
        created = W.WEEK_START + rnd.uniform(-2 * 86400, 7 * 86400 - 1800)
        ua_kind = rnd.random()
        uas = [W.ua_chat_client(rnd)] if ua_kind < 0.55 else [W.ua_sdk(rnd)] if ua_kind < 0.85 else \
            [pick(rnd, ["curl/8.5.0", "curl/8.7.1", "curl/7.81.0", "PostmanRuntime/7.43.0", "Apifox/1.0.0 (https://apifox.com)"])]
        a = new_acct(ctx, rnd, "trial_signup", lang, mode=pick(rnd, ["home", "home", "mobile"]), created=created, uas=uas,
                     pay="own" if rnd.random() < 0.12 else "none")
        set_models(rnd, a, pick(rnd, ["chat", "cheap"]), adopt_p=0.1)

        def job(ctx=ctx, a=a, seed=i, curl=ua_kind >= 0.85):
            r = ctx.rnd(f"trial-job{seed}")
            nreq = min(8, int(r.expovariate(0.55)) + 1)
            t = a.created + r.lognormvariate(math.log(300), 1.4)
            if r.random() < 0.15:
                t = a.created + r.uniform(0.5, 5) * 86400   # came back later
            base = r.choice([{}, {"stream": True}, {"temperature": 0.7, "stream": True}])
            for k in range(nreq):
                if k == 0 and r.random() < 0.65 or curl:
                    turns = S.greet(ctx, r, a.lang)
                elif r.random() < 0.2:
                    turns = S.code_q(ctx, r, a.lang)
                else:
                    turns = S.chat(ctx, r, a.lang, p_follow=0.2)
                t = play(ctx, r, a, t, turns, model_for(r, a, t), base, conv=not curl) + r.lognormvariate(math.log(90), 1.3)
        ctx.job(job, "trial")


def pop_student(ctx, n):
    rnd = ctx.rnd("student")
    langs = [("zh", 55), ("ko", 9), ("ja", 7), ("vi", 10), ("id", 8), ("th", 4), ("en", 4), ("hi", 2), ("zh_tw", 3)]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, langs)
        sib = rnd.random() < 0.06 and ctx.accounts and ctx.accounts[-1].label.get("population") == "student"
        pay = ctx.accounts[-1].payment if sib else ("redeem" if rnd.random() < 0.3 else ("own" if rnd.random() < 0.8 else "none"))
        a = new_acct(ctx, rnd, "student", lang, mode=pick(rnd, ["home", "mobile", "home", "campus" if lang in ("zh", "ko", "ja") else "home"]),
                     uas=[W.ua_chat_client(rnd)], pay=pay or "none")
        if sib and pay is None:
            a.payment = None
        set_models(rnd, a, pick(rnd, ["chat", "cheap", "cheap"]), adopt_p=0.12)
        a.tags["params"] = W.weighted(rnd, CHAT_PARAMS)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"student-job{seed}")
            nr = ctx.nprng(f"student-job{seed}")
            nsess = volume(r, 4.5, 1.0, 1, 120)
            prof = "student" if r.random() < 0.6 else "uni"
            for st in C.sample_times(nr, nsess, prof, W.LANG_TZ.get(a.lang, 8)):
                t = st
                for _ in range(volume(r, 2, 0.7, 1, 15)):
                    x = r.random()
                    if x < 0.45:
                        turns = S.homework(ctx, r, a.lang, p_follow=0.3)
                    elif x < 0.6:
                        turns = S.code_q(ctx, r, a.lang)
                    elif x < 0.66 and a.lang == "en":
                        q, ans = pick(r, ctx.corpora.gsm)   # copied from a homework site
                        steps, fin = C.gsm_steps(ans)
                        turns = S.homework(ctx, r, "en", problem=(q, steps, fin))
                    else:
                        turns = S.chat(ctx, r, a.lang)
                    t = play(ctx, r, a, t, turns, model_for(r, a, t), a.tags["params"]) + r.uniform(30, 600)
        ctx.job(job, "student")


def pop_prosumer(ctx, n, pop="prosumer_chat", cross_border=False):
    rnd = ctx.rnd(pop)
    for i in range(ctx.n(n)):
        if cross_border:
            lang, country, mode = pick(rnd, [("zh", "CN", "vpn"), ("zh", "CN", "vpn"), ("zh", "CN", "vpn"), ("ko", "VN", "home"),
                                             ("ja", "TH", "home"), ("zh", "JP", "home"), ("zh", "SG", "home"), ("hi", "SG", "home"),
                                             ("vi", "KR", "mobile"), ("id", "JP", "home"), ("zh", "KR", "home"), ("th", "KR", "mobile"),
                                             ("zh_tw", "US", "home"), ("zh", "US", "home"), ("ko", "US", "home"), ("en", "CN", "vpn")])
        else:
            lang = wpick(rnd, LANGS_ALL)
            country, mode = None, pick(rnd, ["home", "home", "mobile", "mixed"])
        a = new_acct(ctx, rnd, pop, lang, country=country, mode=mode,
                     uas=[W.ua_chat_client(rnd)] + ([W.ua_chat_client(rnd)] if rnd.random() < 0.25 else []),
                     pay="redeem" if rnd.random() < 0.2 else "own")
        set_models(rnd, a, pick(rnd, ["chat", "chat", "reason", "code"]), adopt_p=0.3, adopt_med_h=20)
        a.tags["params"] = W.weighted(rnd, CHAT_PARAMS)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"{pop}-job{seed}")
            nr = ctx.nprng(f"{pop}-job{seed}")
            nsess = volume(r, 8, 1.1, 1, 600)
            prof = pick(r, ["evening", "evening", "office", "dev"])
            for st in C.sample_times(nr, nsess, prof, W.LANG_TZ.get(a.lang, 8)):
                t = st
                for _ in range(volume(r, 1.6, 0.6, 1, 10)):
                    x = r.random()
                    if x < 0.18:
                        turns = S.code_q(ctx, r, a.lang)
                    elif x < 0.22 and a.lang in ("zh", "en"):
                        turns = S.homework(ctx, r, a.lang, p_follow=0.1)
                    elif x < 0.235:
                        # "let's think step by step" is a habit, not an attack
                        q = pick(r, ctx.corpora.hard[pick(r, ["math", "other", "coding"])])
                        turns = [S.T([{"role": "user", "content": q + pick(r, ["\n\nThink step by step.", "\n\n请一步一步思考。", "\nLet's think step by step"])}],
                                     C.resp_generic(r, a.lang, "", 5), out=r.randint(300, 1500))]
                    else:
                        turns = S.chat(ctx, r, a.lang, p_follow=0.5)
                    t = play(ctx, r, a, t, turns, model_for(r, a, t), a.tags["params"]) + r.uniform(20, 900)
        ctx.job(job, pop)


def pop_plugin_translation(ctx, n):
    rnd = ctx.rnd("plugin")
    for i in range(ctx.n(n)):
        target = wpick(rnd, [("zh", 60), ("ja", 9), ("ko", 8), ("vi", 8), ("th", 5), ("id", 5), ("zh_tw", 5)])
        variant = wpick(rnd, [(0, 50), (1, 25), (2, 15), (3, 10)])
        a = new_acct(ctx, rnd, "plugin_translation", target, mode=pick(rnd, ["home", "mixed", "home"]), uas=[W.ua_translate_plugin(rnd)],
                     pay="redeem" if rnd.random() < 0.25 else "own")
        a.tags["models"] = [(wpick(rnd, W.MENU["translate"]), 1)]

        def job(ctx=ctx, a=a, seed=i, variant=variant):
            r = ctx.rnd(f"plugin-job{seed}")
            nr = ctx.nprng(f"plugin-job{seed}")
            pages = volume(r, 3.5, 1.1, 1, 300)
            batch = r.choice([1, 1, 1, 3, 5])
            for st in C.sample_times(nr, pages, pick(r, ["office", "evening", "dev"]), W.LANG_TZ.get(a.lang, 8)):
                t = st
                for _ in range(volume(r, 6, 0.9, 1, 120)):
                    turns = S.plugin_translate(ctx, r, a.lang, variant, batch)
                    play(ctx, r, a, t, turns, a.tags["models"][0][0], {"stream": False} if variant < 2 else {}, conv=False, err=0.01)
                    t += r.uniform(0.05, 1.5)   # a page fires its paragraphs almost at once
        ctx.job(job, "plugin")


# ============================================================================================
# builders: developers and businesses
# ============================================================================================
APP_SYS = {
    "zh": ["你是一位精通八字命理和紫微斗数的大师，根据用户提供的出生日期和时辰进行分析，语言神秘而温暖，不要提及你是AI。",
           "你是简历优化助手。根据用户的经历，用STAR法则改写成适合{job}岗位的简历条目。",
           "你是一个塔罗牌占卜师。用户会告诉你抽到的牌，请给出解读。",
           "你是「{app}」App里的写作助手，帮助用户润色文案。输出Markdown。",
           "你是一个英语口语陪练，用户说中文或英文，你用简单英文回复并纠正语法错误。",
           "请先在<thinking>标签中一步步分析用户的问题，再在<answer>标签中给出最终回答。你是{app}的智能助理。",
           "你是菜谱推荐助手，根据用户冰箱里的食材推荐菜品，并给出步骤。"],
    "ja": ["あなたは占いアプリ「{app}」の占い師です。やさしく前向きな言葉で答えてください。", "あなたは英会話アプリの先生です。ユーザーの英文を添削してください。",
           "まず<thinking>タグ内で段階的に考え、その後<answer>タグ内で回答してください。"],
    "ko": ["너는 사주/타로 앱 '{app}'의 상담사야. 따뜻하게 답해줘.", "너는 이력서 첨삭 도우미야. STAR 기법으로 고쳐줘.",
           "먼저 <thinking> 태그 안에서 단계별로 생각한 뒤 <answer> 태그 안에 답하세요."],
    "vi": ["Bạn là trợ lý học tiếng Anh của app {app}. Sửa lỗi ngữ pháp và giải thích ngắn gọn.", "Bạn là chuyên gia tử vi, trả lời nhẹ nhàng."],
    "id": ["Kamu adalah asisten resep masakan aplikasi {app}.", "Kamu adalah asisten penulisan CV. Perbaiki dengan metode STAR."],
    "th": ["คุณคือหมอดูในแอป {app} ตอบอย่างอบอุ่น", "คุณคือผู้ช่วยเขียนแคปชั่นขายของ"],
    "en": ["You are {app}, a friendly journaling companion. Reflect the user's feelings back and ask one gentle question.",
           "Think step by step inside <thinking> tags before answering inside <answer> tags. You are the assistant for {app}.",
           "You summarize meeting notes into action items with owners and due dates. Output JSON."],
}
APP_NAMES = ["灵犀", "知了", "MiniNote", "Kanji Pal", "MoodLeaf", "StarPath", "CookMate", "Vitae", "TaroTalk", "LinguaBee", "NoteFox", "Sora Diary"]


def pop_app_dev(ctx, n):
    rnd = ctx.rnd("appdev")
    langs = [("zh", 50), ("en", 12), ("ja", 8), ("ko", 8), ("vi", 8), ("id", 8), ("th", 4), ("zh_tw", 2)]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, langs)
        sdk = W.ua_sdk(rnd)
        a = new_acct(ctx, rnd, "app_developer", lang, mode="cloud", uas=[sdk], n_keys=rnd.choice([1, 2, 2, 3]),
                     net=None)
        a.tags["dev_net"] = mk_net(ctx, rnd, a.country, pick(rnd, ["home", "mixed", "office"]))
        a.tags["dev_ua"] = pick(rnd, [sdk, "PostmanRuntime/7.43.0", "Apifox/1.0.0 (https://apifox.com)", W.ua_chat_client(rnd)])
        L = lang if lang in APP_SYS else "en"
        a.tags["sys"] = B.fill(rnd, pick(rnd, APP_SYS[L]), C.lang_of_slots(lang), app=pick(rnd, APP_NAMES))
        set_models(rnd, a, pick(rnd, ["chat", "cheap", "cheap"]), adopt_p=0.25, adopt_med_h=10, adopt_share=0.15)
        a.tags["shadow"] = rnd.random() < 0.2 and a.tags.get("adopt") is not None
        a.tags["eu"] = rnd.random() < 0.25

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"appdev-job{seed}")
            nr = ctx.nprng(f"appdev-job{seed}")
            nprod = volume(r, 11, 1.5, 0, 5000)
            base = {"temperature": pick(r, [0.3, 0.7, 0.8, 1.0]), "stream": r.random() < 0.5}
            if r.random() < 0.3:
                base["max_tokens"] = pick(r, [512, 1024, 2048])
            users = ["uid_%d" % r.randint(10000, 9999999) for _ in range(max(3, nprod // 6))]
            for t in C.sample_times(nr, nprod, "consumer", W.LANG_TZ.get(a.lang, 8)):
                turns = S.chat(ctx, r, a.lang, sysmsg=a.tags["sys"], p_arena=0.05, p_follow=0.25)
                m = model_for(r, a, t)
                eu = pick(r, users) if a.tags["eu"] else None
                play(ctx, r, a, t, turns, m, base, end_user=eu, conv=False)
                if a.tags["shadow"] and t > a.tags["adopt"] and m != W.NEW_FLAGSHIP and r.random() < 0.5:
                    play(ctx, r, a, t + r.uniform(0.2, 3), turns[:1], W.NEW_FLAGSHIP, base, end_user=eu, conv=False)
            # the developer iterating on prompts from their laptop
            for st in C.sample_times(nr, volume(r, 3, 1.0, 0, 40), "dev", W.LANG_TZ.get(a.lang, 8)):
                t = st
                turns = S.chat(ctx, r, a.lang, sysmsg=a.tags["sys"], p_arena=0.05, p_follow=0.0)
                for k in range(r.randint(2, 12)):
                    p = dict(base)
                    p["temperature"] = pick(r, [0, 0.3, 0.7, 1.0, 1.2])
                    tr = turns[0] if r.random() < 0.7 else S.greet(ctx, r, a.lang)[0]
                    emit(ctx, r, a, t, tr["messages"], model_for(r, a, t), p, tr["response"], None, ip=a.tags["dev_net"].ip(r, t), ua=a.tags["dev_ua"])
                    t += r.uniform(8, 120)
        ctx.job(job, "appdev")


def pop_coding_agent(ctx, n):
    rnd = ctx.rnd("agent")
    langs = [("zh", 50), ("en", 25), ("ja", 8), ("ko", 8), ("vi", 3), ("id", 3), ("zh_tw", 3)]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, langs)
        ua = W.ua_agent(rnd)
        a = new_acct(ctx, rnd, "coding_agent", lang, mode=pick(rnd, ["mixed", "home", "office"]), uas=[ua], pay="own")
        a.tags["models"] = [(wpick(rnd, W.MENU["code"]), 10)] + ([(wpick(rnd, W.MENU["code"]), 2)] if rnd.random() < 0.5 else [])
        a.tags["effort"] = W.weighted(rnd, [(None, 30), ("high", 45), ("medium", 15), ("xhigh", 10)])
        a.tags["style"] = 2 if (lang == "zh" and rnd.random() < 0.4) else (1 if "JS" in ua or "Cursor" in ua else 0)
        if rnd.random() < 0.35:
            a.tags["adopt"] = W.RELEASE_TS + rnd.lognormvariate(math.log(8), 1.0) * 3600
            a.tags["adopt_share"] = 0.5

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"agent-job{seed}")
            nr = ctx.nprng(f"agent-job{seed}")
            ntasks = volume(r, 7, 1.1, 1, 250)
            for st in C.sample_times(nr, ntasks, "dev", W.LANG_TZ.get(a.lang, 8)):
                turns = S.agent(ctx, r, a.lang if a.lang in ("zh", "ja", "ko", "en") else "en", a.tags["style"])
                play(ctx, r, a, st, turns, model_for(r, a, st), {}, err=0.01)
        ctx.job(job, "agent")


def pop_enterprise(ctx, n_orgs):
    rnd = ctx.rnd("enterprise")
    langs = [("zh", 50), ("ja", 12), ("ko", 10), ("vi", 8), ("id", 8), ("th", 5), ("en", 7)]
    depts = ["cs", "legal", "rd", "mkt", "hr", "ops", "translate", "data"]
    for o in range(ctx.n(n_orgs)):
        lang = wpick(rnd, langs)
        country = country_for(rnd, lang)
        org = C.org_id(rnd)
        card = C.pay_id(rnd)
        office = mk_net(ctx, rnd, country, "office", n_static=rnd.choice([1, 1, 2]))
        onboard = benign_created(rnd, recent=0.05, median_days=150)
        sdk = W.ua_sdk(rnd)
        nacc = rnd.choice([2, 3, 4, 4, 5, 6, 8])
        for d in range(nacc):
            a = new_acct(ctx, rnd, "enterprise_nat", lang, country=country, created=onboard + rnd.uniform(0, 1800) + (0 if d < 3 or rnd.random() < 0.5 else rnd.uniform(5, 200) * 86400),
                         uas=[sdk, W.ua_chat_client(rnd)], pay=card, org=org, net=office, n_keys=rnd.choice([1, 2, 3]))
            a.tags["dept"] = depts[d % len(depts)] if d else pick(rnd, depts)
            set_models(rnd, a, pick(rnd, ["chat", "cheap"]), adopt_p=0.1)
            a.tags["sysrag"] = pick(rnd, ["你是公司内部知识库助手。请仅根据以下资料回答员工问题，资料中没有的请回答“未找到相关规定”。\n资料：\n{ctx}",
                                          "Answer using only the context below. Cite sources like [1].\nContext:\n{ctx}",
                                          "以下の社内資料のみを根拠に回答してください。\n資料：\n{ctx}"])

            def job(ctx=ctx, a=a, seed=(o, d)):
                r = ctx.rnd(f"ent-job{seed}")
                nr = ctx.nprng(f"ent-job{seed}")
                nreq = volume(r, 50, 1.2, 3, 3000)
                emps = ["emp_%05d" % r.randint(1, 30000) for _ in range(r.randint(3, 60))]
                for st in C.sample_times(nr, nreq, "office", W.LANG_TZ.get(a.lang, 8)):
                    dept = a.tags["dept"]
                    if dept in ("legal", "hr", "ops"):
                        turns = S.rag(ctx, r, a.lang, a.tags["sysrag"])
                    elif dept == "rd":
                        turns = S.code_q(ctx, r, a.lang) if r.random() < 0.7 else S.chat(ctx, r, a.lang)
                    elif dept == "cs":
                        turns = S.cs(ctx, r, a.lang, pick(r, B.BRANDS.get(a.lang, B.BRANDS["en"])), "\n".join(B.CS_KB.get(a.lang, B.CS_KB["en"])))
                    elif dept == "translate":
                        turns = S.plugin_translate(ctx, r, a.lang if a.lang != "en" else "zh", 2, 1)
                    elif dept == "data":
                        turns = S.annot(ctx, r, a.lang, r.randrange(3))
                    else:
                        turns = S.marketing(ctx, r, a.lang) if r.random() < 0.5 else S.chat(ctx, r, a.lang)
                    ua = a.uas[0] if dept not in ("mkt", "hr") else a.uas[1]
                    play(ctx, r, a, st, turns, model_for(r, a, st), {}, end_user=pick(r, emps) if r.random() < 0.6 else None, ua=ua)
            ctx.job(job, "enterprise")


def pop_chatbot_app(ctx, n):
    rnd = ctx.rnd("chatbot")
    plat = [("th", "line", 6), ("ja", "line", 5), ("vi", "zalo", 6), ("ko", "kakao", 5), ("zh", "wechat", 8), ("id", "wa", 5), ("en", "tg", 3), ("zh", "qq", 3)]
    persona = {"zh": "你是{n}，一个温柔体贴的虚拟恋人，说话带点撒娇，记得用户说过的事情。不要承认自己是AI。", "ja": "あなたは「{n}」。明るくて少しドジな女の子として、ユーザーと雑談してください。",
               "ko": "너는 '{n}'이야. 친한 친구처럼 반말로 대화해.", "th": "คุณคือ {n} ผู้ช่วยสาวน่ารัก พูดลงท้ายด้วยค่ะ", "vi": "Bạn là {n}, một người bạn ảo vui tính.",
               "id": "Kamu adalah {n}, teman ngobrol yang asik.", "en": "You are {n}, a witty companion. Keep replies short."}
    for i in range(ctx.n(n)):
        lang, platform = W.weighted(rnd, [((l, p), w) for l, p, w in plat])
        a = new_acct(ctx, rnd, "chatbot_app", lang, mode="cloud", uas=[W.ua_server(rnd)], n_keys=rnd.choice([1, 2]))
        set_models(rnd, a, "cheap", adopt_p=0.05)
        a.tags.update(platform=platform, sys=persona[lang].format(n=pick(rnd, ["小雪", "Mio", "하루", "Nong Fah", "Linh", "Sari", "Ava"])),
                      eu=rnd.random() < 0.6)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"chatbot-job{seed}")
            nr = ctx.nprng(f"chatbot-job{seed}")
            nconv = volume(r, 80, 1.0, 10, 4000)
            fmt = {"line": lambda: "U%032x" % r.getrandbits(128), "zalo": lambda: str(r.randint(10 ** 17, 10 ** 18)),
                   "kakao": lambda: "%x" % r.getrandbits(40), "wechat": lambda: "o" + "".join(pick(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(27)),
                   "wa": lambda: "62%d" % r.randint(8 * 10 ** 9, 9 * 10 ** 10), "tg": lambda: str(r.randint(10 ** 8, 8 * 10 ** 9)),
                   "qq": lambda: str(r.randint(10 ** 7, 4 * 10 ** 9))}[a.tags["platform"]]
            pool = [fmt() for _ in range(max(5, nconv // 3))]
            weights = [1.0 / (k + 1) ** 0.8 for k in range(len(pool))]
            cum = []
            s = 0
            for w in weights:
                s += w
                cum.append(s)
            import bisect
            for st in C.sample_times(nr, nconv, "consumer", W.LANG_TZ.get(a.lang, 8)):
                eu = pool[bisect.bisect_left(cum, r.random() * s)]
                turns = S.chat(ctx, r, a.lang, sysmsg=a.tags["sys"], p_arena=0.05, p_follow=0.7)
                play(ctx, r, a, st, turns, model_for(r, a, st), {"temperature": 0.9, "max_tokens": 500}, end_user=eu if a.tags["eu"] else None)
        ctx.job(job, "chatbot")


def pop_customer_service(ctx, n):
    rnd = ctx.rnd("cs")
    langs = [("zh", 35), ("vi", 15), ("id", 15), ("th", 12), ("ja", 8), ("ko", 8), ("en", 7)]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, langs)
        a = new_acct(ctx, rnd, "customer_service", lang, mode="cloud", uas=[W.ua_server(rnd)], n_keys=rnd.choice([1, 2]))
        set_models(rnd, a, "cheap", adopt_p=0.03)
        a.tags["brand"] = pick(rnd, B.BRANDS.get(lang, B.BRANDS["en"]))
        a.tags["kb"] = "\n".join(B.CS_KB.get(lang, B.CS_KB["en"]))

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"cs-job{seed}")
            nr = ctx.nprng(f"cs-job{seed}")
            for st in C.sample_times(nr, volume(r, 90, 1.0, 5, 3000), "retail", W.LANG_TZ.get(a.lang, 8)):
                turns = S.cs(ctx, r, a.lang, a.tags["brand"], a.tags["kb"])
                play(ctx, r, a, st, turns, model_for(r, a, st), {"temperature": 0.3}, end_user="buyer_%d" % r.randint(1, 10 ** 7) if r.random() < 0.5 else None)
        ctx.job(job, "cs")


def batch_run(ctx, r, a, start, n, rate, make, model, base, **kw):
    t = start
    for _ in range(n):
        turns = make()
        play(ctx, r, a, t, turns, model, base, conv=False, **kw)
        t += r.expovariate(rate)
    return t


def pop_ecommerce(ctx, n):
    rnd = ctx.rnd("ecom")
    langs = [("zh", 40), ("en", 20), ("vi", 12), ("id", 12), ("th", 8), ("ja", 8)]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, langs)
        country = "CN" if lang in ("zh", "en", "ja") and rnd.random() < 0.8 else None   # Shenzhen cross-border sellers
        a = new_acct(ctx, rnd, "ecommerce_listing", lang, country=country, mode=pick(rnd, ["office", "cloud"]),
                     uas=[pick(rnd, [W.ua_server(rnd), "python-requests/2.32.3", "python-requests/2.31.0"])])
        a.tags["models"] = [(wpick(rnd, W.MENU["cheap"]), 1)]
        a.tags["tpl"] = rnd.randrange(3)
        a.tags["n"] = pick(rnd, [1, 1, 1, 3])

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"ecom-job{seed}")
            nr = ctx.nprng(f"ecom-job{seed}")
            total = volume(r, 90, 1.3, 10, 10000)
            nbatches = max(1, min(14, total // r.randint(40, 200)))
            prof = pick(r, ["night_batch", "office", "office"])
            for st in C.sample_times(nr, nbatches, prof, W.LANG_TZ.get(a.lang, 8)):
                batch_run(ctx, r, a, st, max(1, total // nbatches), r.uniform(0.3, 2.0), lambda: S.listing(ctx, r, a.lang, a.tags["tpl"], a.tags["n"]),
                          a.tags["models"][0][0], {}, err=0.015)
        ctx.job(job, "ecom")


def pop_game(ctx, n):
    rnd = ctx.rnd("game")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 50), ("ja", 20), ("ko", 15), ("en", 15)])
        a = new_acct(ctx, rnd, "game_dialogue_studio", lang, mode="office", uas=[W.ua_server(rnd)], n_keys=2)
        a.tags["models"] = menu_models(rnd, "chat", 2)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"game-job{seed}")
            nr = ctx.nprng(f"game-job{seed}")
            total = volume(r, 180, 1.0, 20, 6000)
            nb = max(1, total // r.randint(30, 120))
            kw = B.GAME_KW.get(a.lang, B.GAME_KW["en"])
            for st in C.sample_times(nr, nb, "office", W.LANG_TZ.get(a.lang, 8)):
                m = W.weighted(r, a.tags["models"])
                batch_run(ctx, r, a, st, max(1, total // nb), r.uniform(0.2, 1.0), lambda: S.game(ctx, r, a.lang, kw), m,
                          {"n": pick(r, [1, 1, 2, 4])} if r.random() < 0.3 else {})
        ctx.job(job, "game")


def pop_edu_app(ctx, n):
    """K12 tutoring apps: students photograph homework; popular homework repeats across students."""
    rnd = ctx.rnd("edu")
    langs = [("zh", 40), ("vi", 12), ("id", 12), ("ko", 10), ("ja", 8), ("en", 10), ("th", 4), ("zh_tw", 2), ("hi", 2)]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, langs)
        a = new_acct(ctx, rnd, "edu_app", lang, mode="cloud", uas=[W.ua_server(rnd)], n_keys=rnd.choice([1, 2, 3]))
        L = lang if lang in B.EDU_SYS else "en"
        a.tags["sys"] = pick(rnd, B.EDU_SYS[L]).replace("{app}", pick(rnd, B.EDU_APPS[L]))
        a.tags["models"] = [(wpick(rnd, W.MENU["cheap"]), 8), (wpick(rnd, W.MENU["reason"]), 2)]
        a.tags["img"] = "https://%s/upload/%%s.jpg" % pick(rnd, ["cdn.xuebajun.cn", "img.tipaipai.com", "static.hoctot.vn", "oss-cn-hangzhou.aliyuncs.com/qbank",
                                                                  "files.belajarpintar.id", "s3.ap-northeast-2.amazonaws.com/aissam", "cdn.padhaibuddy.in"])

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"edu-job{seed}")
            nr = ctx.nprng(f"edu-job{seed}")
            nq = volume(r, 300, 1.0, 30, 5000)
            nstud = max(5, nq // r.randint(4, 12))
            studs = ["stu_%d" % r.randint(100000, 9999999) for _ in range(nstud)]
            sw = [1.0 / (k + 1) ** 0.6 for k in range(nstud)]
            # a daily homework pool: the same worksheet problems come from many students
            pool = {}
            for st in C.sample_times(nr, nq, "student", W.LANG_TZ.get(a.lang, 8)):
                day = int((st - W.WEEK_START) // 86400)
                if day not in pool:
                    pool[day] = []
                    for _ in range(r.randint(25, 70)):
                        if a.lang == "en" and r.random() < 0.25:
                            q, ans = pick(r, ctx.corpora.gsm)
                            steps, fin = C.gsm_steps(ans)
                            pool[day].append((q, steps, fin))
                        else:
                            txt, steps, ans, _ = C.math_problem(r, a.lang)
                            pool[day].append((txt, steps, ans))
                P = pool[day]
                prob = P[min(len(P) - 1, int(r.paretovariate(1.2)) - 1)] if r.random() < 0.7 else None
                m = W.weighted(r, a.tags["models"])
                turns = S.homework(ctx, r, a.lang, sysmsg=a.tags["sys"], problem=prob, p_follow=0.3,
                                   reasoning_model=W.MODELS[m][1], image=a.tags["img"] if r.random() < 0.35 else None)
                eu = r.choices(studs, sw)[0]
                play(ctx, r, a, st, turns, m, {"stream": True, "temperature": pick(r, [0.3, 0.5])}, end_user=eu)
        ctx.job(job, "edu")


def pop_exam_tutor(ctx, n):
    rnd = ctx.rnd("exam")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 45), ("ko", 20), ("en", 20), ("ja", 10), ("hi", 5)])
        a = new_acct(ctx, rnd, "exam_prep_tutor", lang, mode="cloud", uas=[W.ua_server(rnd)])
        a.tags["models"] = [(wpick(rnd, W.MENU["chat"]), 5), (wpick(rnd, W.MENU["reason"]), 3)]

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"exam-job{seed}")
            nr = ctx.nprng(f"exam-job{seed}")
            studs = ["u%08d" % r.randint(0, 10 ** 8) for _ in range(r.randint(20, 400))]
            for st in C.sample_times(nr, volume(r, 120, 1.0, 10, 3000), "student", W.LANG_TZ.get(a.lang, 8)):
                x = r.random()
                L = a.lang if a.lang in B.ESSAY else "en"
                if x < 0.45:
                    turns = S.essay(ctx, r, L)
                elif x < 0.8:
                    turns = S.homework(ctx, r, a.lang if a.lang in B.MATH_TXT else "en", p_follow=0.2)
                else:
                    turns = S.chat(ctx, r, a.lang, p_follow=0.3)
                play(ctx, r, a, st, turns, W.weighted(r, a.tags["models"]), {"stream": True}, end_user=pick(r, studs))
        ctx.job(job, "exam")


def pop_cram_school(ctx, n_schools):
    """Teachers at cram schools / hagwon / juku; one school card; many use one white-label SaaS prompt."""
    rnd = ctx.rnd("cram")
    saas_sys = {"zh": "你是「智课云」教研助手。根据老师的要求生成教学材料：题目需原创、难度分层、附答案与详细解析，排版清晰。",
                "ko": "당신은 '스마트학원' 교재 제작 도우미입니다. 선생님 요청에 따라 문제와 해설을 만드세요.",
                "ja": "あなたは塾向け教材作成アシスタント「まなびクラウド」です。講師の依頼に応じて問題と解説を作成してください。",
                "vi": "Bạn là trợ lý soạn bài của nền tảng EduCloud. Tạo đề và lời giải chi tiết theo yêu cầu của giáo viên."}
    asks = {"zh": ["出{n}道{t}的练习题，分基础、提高、拓展三档，附答案和详细解析", "写一份{t}的45分钟教案，包含导入、新授、练习、小结",
                   "根据下面的错题，生成3道同类变式题：\n{p}", "给家长写一段本周学习反馈，孩子{t}掌握一般，计算粗心"],
            "ko": ["{t} 문제 {n}개 만들어 주세요. 난이도 상/중/하, 해설 포함", "다음 문제와 비슷한 유형 3문제 만들어줘:\n{p}"],
            "ja": ["{t}の練習問題を{n}問作ってください。解答・解説付きで", "次の問題の類題を3問作成してください：\n{p}"],
            "vi": ["Soạn {n} bài tập về {t}, chia 3 mức độ, có đáp án và lời giải", "Tạo 3 bài tương tự bài sau:\n{p}"]}
    topics = {"zh": ["一元二次方程", "分数应用题", "勾股定理", "鸡兔同笼", "行程问题", "一次函数", "概率初步"], "ko": ["이차방정식", "확률", "일차함수", "피타고라스 정리"],
              "ja": ["一次方程式", "確率", "比例と反比例", "図形の面積"], "vi": ["phương trình bậc hai", "xác suất", "hàm số bậc nhất", "định lý Pitago"]}
    for s in range(ctx.n(n_schools)):
        lang = wpick(rnd, [("zh", 55), ("ko", 20), ("ja", 12), ("vi", 13)])
        country = country_for(rnd, lang)
        card = C.pay_id(rnd)
        office = mk_net(ctx, rnd, country, "office")
        onboard = benign_created(rnd, recent=0.15, median_days=60)
        white_label = rnd.random() < 0.45
        for k in range(rnd.randint(2, 9)):
            a = new_acct(ctx, rnd, "cram_school", lang, country=country, created=onboard + rnd.uniform(0, 3 * 3600), uas=[W.ua_chat_client(rnd) if not white_label else "axios/1.7.9"],
                         pay=card, net=office if rnd.random() < 0.7 else None)
            if a.net is None:
                a.net = mk_net(ctx, rnd, country, "home")
            set_models(rnd, a, pick(rnd, ["chat", "reason"]), adopt_p=0.1)
            a.tags["sys"] = saas_sys[lang] if white_label else None

            def job(ctx=ctx, a=a, seed=(s, k)):
                r = ctx.rnd(f"cram-job{seed}")
                nr = ctx.nprng(f"cram-job{seed}")
                for st in C.sample_times(nr, volume(r, 45, 1.0, 2, 600), pick(r, ["office", "evening"]), W.LANG_TZ.get(a.lang, 8)):
                    txt, steps, ans, _ = C.math_problem(r, a.lang)
                    u = pick(r, asks[a.lang]).format(n=pick(r, [5, 10, 10, 15, 20]), t=pick(r, topics[a.lang]), p=txt)
                    msgs = ([{"role": "system", "content": a.tags["sys"]}] if a.tags["sys"] else []) + [{"role": "user", "content": u}]
                    turns = [S.T(msgs, C.resp_steps(r, a.lang, steps, ans) + "\n" + C.resp_generic(r, a.lang, "", 4), out=r.randint(800, 3500))]
                    play(ctx, r, a, st, turns, model_for(r, a, st), {"stream": True})
            ctx.job(job, "cram")


def pop_eval_lab(ctx, n_labs):
    """University labs: benchmark sweeps over many models, LLM-as-judge, multilingual GSM variants."""
    rnd = ctx.rnd("lab")
    labs = [("CN", "zh"), ("CN", "zh"), ("CN", "zh"), ("KR", "ko"), ("JP", "ja"), ("SG", "en"), ("CN", "zh"), ("KR", "ko"), ("SG", "en"), ("JP", "ja")]
    judge_sys = "Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user question below. " \
                "Compare the answers, explain your reasoning, avoid position bias, and end with your verdict: [[A]], [[B]] or [[C]] for a tie."
    mgsm_inst = {"zh": "解答下面的数学题。请逐步推理，并把最终答案写在“答案：”之后。", "ja": "次の数学の問題を解いてください。段階的に考え、最後に「答え：」の後に最終的な答えを書いてください。",
                 "ko": "다음 수학 문제를 풀어라. 단계별로 추론하고 마지막에 '정답:' 뒤에 답을 써라.", "th": "จงแก้โจทย์คณิตศาสตร์ต่อไปนี้ คิดทีละขั้นตอน แล้วเขียนคำตอบสุดท้ายหลัง \"คำตอบ:\"",
                 "en": "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER"}
    corp = ctx.corpora
    for L in range(ctx.n(n_labs)):
        country, lang = labs[L % len(labs)]
        card = C.pay_id(rnd)
        campus = mk_net(ctx, rnd, country, "campus" if (country, "campus") in W.NETS else "cloud")
        onboard = benign_created(rnd, recent=0.1, median_days=90)
        sdk = W.ua_server(rnd)
        for k in range(rnd.randint(1, 4)):
            a = new_acct(ctx, rnd, "university_eval_lab", lang, country=country, created=onboard + rnd.uniform(0, 7200) + (rnd.uniform(0, 60) * 86400 if k > 1 else 0),
                         uas=[sdk, "python-httpx/0.28.1"], pay=card if rnd.random() < 0.8 else "own", net=campus if rnd.random() < 0.8 else None)
            if a.net is None:
                a.net = mk_net(ctx, rnd, country, "cloud")

            def job(ctx=ctx, a=a, seed=(L, k)):
                r = ctx.rnd(f"lab-job{seed}")
                nr = ctx.nprng(f"lab-job{seed}")
                all_models = ["gpt-5.4", "gpt-5.4-mini", "claude-sonnet-5", "claude-opus-5", "gemini-3.5-pro", "gemini-3.5-flash", "deepseek-v4",
                              "deepseek-r3", "qwen3.5-max", "kimi-k3", "glm-5"]
                models = r.sample(all_models, r.randint(3, 8))
                nruns = r.randint(1, 2)
                starts = C.sample_times(nr, nruns, "office", W.LANG_TZ.get(a.lang, 8))
                evaluates_new = r.random() < 0.6
                eff = W.weighted(r, [(None, 40), ("high", 40), ("medium", 20)])
                if evaluates_new:
                    starts.append(W.RELEASE_TS + r.lognormvariate(math.log(14), 0.7) * 3600)
                for ri, st in enumerate(sorted(starts)):
                    new_run = evaluates_new and ri == len(starts) - 1 and st >= W.RELEASE_TS
                    bench = pick(r, ["gsm8k_8shot", "gsm8k_0shot", "mgsm", "arena_hard", "judge", "gsm_mc", "self_instruct"])
                    size = pick(r, [80, 100, 150, 200])
                    off = r.randrange(0, 6000) if r.random() < 0.5 else 0
                    run_models = [W.NEW_FLAGSHIP, W.OLD_FLAGSHIP] + r.sample(models, 1) if new_run else r.sample(models, r.randint(1, min(3, len(models))))
                    t = st
                    rate = r.uniform(1.0, 6.0)
                    mlang = pick(r, ["zh", "ja", "ko", "th", "en"]) if bench == "mgsm" else "en"
                    for m in run_models:
                        for j in range(size):
                            if bench.startswith("gsm") or bench == "mgsm":
                                q, ans = corp.gsm[(off + j) % len(corp.gsm)]
                                steps, fin = C.gsm_steps(ans)
                                if bench == "gsm8k_8shot":
                                    shots = "".join(f"Question: {corp.gsm[s][0]}\nAnswer: {C.GSM_CALC.sub('', corp.gsm[s][1])}\n\n" for s in range(8))
                                    msgs = [{"role": "user", "content": shots + f"Question: {q}\nAnswer:"}]
                                    p = {"temperature": 0, "max_tokens": 512, "stop": ["Question:", "\n\n\n"]}
                                elif bench == "gsm_mc":
                                    opts = sorted({fin, str(int(float(fin.replace(',', '') or 0)) + r.randint(1, 9)) if fin.replace(',', '').lstrip('-').isdigit() else fin + "0",
                                                   str(r.randint(1, 500)), str(r.randint(1, 500))})
                                    letters = "ABCD"
                                    body = "\n".join(f"{letters[x]}. {o}" for x, o in enumerate(opts[:4]))
                                    msgs = [{"role": "user", "content": f"Question: {q}\n{body}\nAnswer with the letter only.\nAnswer:"}]
                                    p = {"temperature": 0, "max_tokens": 1, "logprobs": True, "top_logprobs": 5}
                                else:
                                    msgs = [{"role": "user", "content": mgsm_inst[mlang] + "\n\n" + q}]
                                    p = {"temperature": 0, "max_tokens": 1024, "seed": 1234}
                                resp = C.resp_steps(r, "en", steps, fin) if p.get("max_tokens", 0) > 1 else "A"
                            elif bench == "arena_hard":
                                q = corp.hard[pick(r, ["coding", "math", "creative_writing", "other"])]
                                q = q[(off + j) % len(q)]
                                msgs = [{"role": "user", "content": q}]
                                p = {"temperature": 0, "max_tokens": 4096}
                                resp = C.resp_generic(r, "en", "", 6)
                            elif bench == "judge":
                                conv = corp.arena[(off + j) % len(corp.arena)]
                                other = corp.arena[(off + j + 7) % len(corp.arena)]
                                msgs = [{"role": "system", "content": judge_sys},
                                        {"role": "user", "content": f"<|User Prompt|>\n{conv[0][0]}\n\n<|The Start of Assistant A's Answer|>\n{conv[0][1]}\n<|The End of Assistant A's Answer|>\n\n<|The Start of Assistant B's Answer|>\n{other[0][1]}\n<|The End of Assistant B's Answer|>"}]
                                p = {"temperature": 0, "max_tokens": 2048}
                                resp = "Assistant A provides ... My final verdict is: " + pick(r, ["[[A]]", "[[B]]", "[[C]]"])
                            else:
                                inst, inp, outp, _ = corp.tasks_all[(off + j) % len(corp.tasks_all)]
                                msgs = [{"role": "user", "content": inst + ("\n\n" + inp if inp else "")}]
                                p = {"temperature": 0, "max_tokens": 1024}
                                resp = outp or C.resp_generic(r, "en", "", 3)
                            if m in W.HIDDEN_REASONING and eff:
                                p = dict(p, reasoning_effort=eff)
                            emit(ctx, r, a, t, msgs, m, p, resp, None, ua=a.uas[0], err_rate=0.01)
                            t += r.expovariate(rate)
                        t += r.uniform(60, 3600)
        # one more account in the lab is usually someone's personal account; nothing else to do
            ctx.job(job, "lab")


def pop_annotation(ctx, n):
    rnd = ctx.rnd("annot")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 40), ("vi", 12), ("id", 12), ("th", 8), ("ja", 8), ("ko", 8), ("en", 12)])
        a = new_acct(ctx, rnd, "annotation_vendor", lang, mode=pick(rnd, ["office", "cloud"]), uas=[pick(rnd, ["python-requests/2.32.3", "python-httpx/0.28.1", W.ua_server(rnd)])],
                     n_keys=rnd.choice([1, 3, 5]))
        a.tags["models"] = [(wpick(rnd, W.MENU["cheap"] + [("gpt-5.4", 10)]), 1)]
        a.tags["logprobs"] = rnd.random() < 0.35 and W.MODELS[a.tags["models"][0][0]][2]

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"annot-job{seed}")
            nr = ctx.nprng(f"annot-job{seed}")
            total = volume(r, 400, 0.8, 50, 8000)
            nb = max(1, total // r.randint(100, 600))
            tpl = r.randrange(3)
            for st in C.sample_times(nr, nb, pick(r, ["office", "night_batch"]), W.LANG_TZ.get(a.lang, 8)):
                batch_run(ctx, r, a, st, max(1, total // nb), r.uniform(1, 5), lambda: S.annot(ctx, r, a.lang, tpl, a.tags["logprobs"]),
                          a.tags["models"][0][0], {}, err=0.01)
        ctx.job(job, "annot")


def pop_agency(ctx, n):
    rnd = ctx.rnd("agency")
    pairs = list(S.AGENCY_SYS.keys())
    for i in range(ctx.n(n)):
        pair = pick(rnd, pairs)
        lang = pair[0] if pair[0] != "en" else "th"
        a = new_acct(ctx, rnd, "translation_agency", lang, mode="office", uas=[W.ua_server(rnd)], n_keys=rnd.choice([1, 2, 4]))
        a.tags["models"] = [(pick(rnd, ["claude-sonnet-5", "gpt-5.4", "deepseek-v4", "gemini-3.5-pro", "qwen3.5-max"]), 1)]
        if rnd.random() < 0.3:
            a.tags["adopt"] = W.RELEASE_TS + rnd.uniform(24, 96) * 3600
            a.tags["adopt_share"] = 0.4

        def job(ctx=ctx, a=a, seed=i, pair=pair):
            r = ctx.rnd(f"agency-job{seed}")
            nr = ctx.nprng(f"agency-job{seed}")
            total = volume(r, 450, 0.8, 40, 6000)
            nb = max(1, total // r.randint(50, 250))
            for st in C.sample_times(nr, nb, pick(r, ["office", "night_batch", "dev"]), W.LANG_TZ.get(a.lang, 8)):
                batch_run(ctx, r, a, st, max(1, total // nb), r.uniform(0.2, 1.5), lambda: S.agency(ctx, r, pair), model_for(r, a, st), {})
        ctx.job(job, "agency")


def pop_rag(ctx, n):
    rnd = ctx.rnd("rag")
    sys_tpls = ["你是企业知识库问答机器人。使用以下检索到的内容回答问题，如果内容中没有答案就说不知道，不要编造。\n<context>\n{ctx}\n</context>",
                "Use the following pieces of retrieved context to answer the question. If you don't know the answer, just say that you don't know.\n\n{ctx}",
                "参考资料：\n{ctx}\n\n请根据参考资料回答，回答末尾注明引用编号。"]
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 60), ("ja", 15), ("en", 15), ("ko", 10)])
        ua = pick(rnd, [W.ua_server(rnd), "axios/1.7.9", "python-httpx/0.27.2", "OpenAI/Python 1.99.9"])
        a = new_acct(ctx, rnd, "rag_doc_bot", lang, mode=pick(rnd, ["cloud", "office"]), uas=[ua])
        set_models(rnd, a, "cheap", adopt_p=0.05)
        a.tags["sys"] = pick(rnd, sys_tpls)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"rag-job{seed}")
            nr = ctx.nprng(f"rag-job{seed}")
            for st in C.sample_times(nr, volume(r, 80, 1.1, 5, 4000), "office", W.LANG_TZ.get(a.lang, 8)):
                turns = S.rag(ctx, r, a.lang, a.tags["sys"])
                play(ctx, r, a, st, turns, model_for(r, a, st), {"temperature": 0.1, "stream": True},
                     end_user=("staff-%d" % r.randint(1, 400)) if r.random() < 0.4 else None)
        ctx.job(job, "rag")


def pop_marketing(ctx, n):
    rnd = ctx.rnd("mkt")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 45), ("vi", 12), ("id", 12), ("th", 8), ("ja", 8), ("ko", 8), ("en", 7)])
        a = new_acct(ctx, rnd, "content_marketing", lang, mode=pick(rnd, ["office", "home"]), uas=[pick(rnd, [W.ua_sdk(rnd), W.ua_chat_client(rnd)])])
        set_models(rnd, a, "chat", adopt_p=0.15)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"mkt-job{seed}")
            nr = ctx.nprng(f"mkt-job{seed}")
            total = volume(r, 60, 1.1, 5, 2500)
            nb = max(1, total // r.randint(5, 40))
            for st in C.sample_times(nr, nb, "office", W.LANG_TZ.get(a.lang, 8)):
                batch_run(ctx, r, a, st, max(1, total // nb), r.uniform(0.05, 0.5), lambda: S.marketing(ctx, r, a.lang), model_for(r, a, st), {})
        ctx.job(job, "mkt")


def pop_jailbreak(ctx, n):
    rnd = ctx.rnd("jb")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 40), ("en", 30), ("ja", 8), ("ko", 8), ("vi", 7), ("id", 7)])
        a = new_acct(ctx, rnd, "jailbreak_hobbyist", lang, mode=pick(rnd, ["home", "vpn", "mobile"]), uas=[pick(rnd, [W.ua_chat_client(rnd), W.ua_sdk(rnd)])])
        set_models(rnd, a, "chat", adopt_p=0.4, adopt_med_h=6)

        def job(ctx=ctx, a=a, seed=i):
            r = ctx.rnd(f"jb-job{seed}")
            nr = ctx.nprng(f"jb-job{seed}")
            for st in C.sample_times(nr, volume(r, 6, 1.0, 1, 200), "uni", W.LANG_TZ.get(a.lang, 8)):
                t = st
                for _ in range(r.randint(1, 6)):
                    if r.random() < 0.7:
                        turns = S.jailbreak(ctx, r, a.lang)
                        st_code = 400 if r.random() < 0.12 else 200
                    else:
                        turns, st_code = S.chat(ctx, r, a.lang), 200
                    m = model_for(r, a, t)
                    if st_code == 400:
                        emit(ctx, r, a, t, turns[0]["messages"], m, turns[0]["params"], None, None, status=400)
                        t += r.uniform(5, 60)
                    else:
                        t = play(ctx, r, a, t, turns, m, {"stream": True}) + r.uniform(10, 120)
        ctx.job(job, "jb")


def pop_monitor(ctx, n):
    rnd = ctx.rnd("mon")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 60), ("en", 20), ("ja", 10), ("ko", 10)])
        ua = pick(rnd, ["Uptime-Kuma/1.23.16", "Uptime-Kuma/2.0.0", "Go-http-client/1.1", "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0"])
        a = new_acct(ctx, rnd, "uptime_monitor", lang, mode="cloud", uas=[ua])
        models = rnd.sample(["gpt-5.4", "gpt-5.4-mini", "claude-sonnet-5", "deepseek-v4", "gemini-3.5-flash", "claude-opus-5", "qwen3.5-plus"], rnd.choice([1, 1, 1, 2]))
        period = pick(rnd, [1800, 1800, 3600, 3600, 3600])
        text = pick(rnd, ["hi", "ping", "Say OK", "1+1=", "hello", "你好"])

        def job(ctx=ctx, a=a, seed=i, models=models, period=period, text=text):
            r = ctx.rnd(f"mon-job{seed}")
            t = W.WEEK_START + r.uniform(0, period)
            add_new = r.random() < 0.5
            while t < W.WEEK_END:
                ms = models + ([W.NEW_FLAGSHIP] if add_new and t > W.RELEASE_TS + 6 * 3600 else [])
                for m in ms:
                    play(ctx, r, a, t + r.uniform(0, 2), S.ping(ctx, r, text), m, {}, conv=False, err=0.01)
                t += period + r.uniform(-3, 3)
                if r.random() < 0.002:
                    t += r.uniform(3600, 6 * 3600)   # monitor host restarted
        ctx.job(job, "mon")


# ============================================================================================
# resellers of the reseller
# ============================================================================================
def relay_customer_session(ctx, r, kind, lang):
    if kind == "chat":
        return S.chat(ctx, r, lang, p_follow=0.4)
    if kind == "code":
        return S.code_q(ctx, r, lang)
    if kind == "agent":
        return S.agent(ctx, r, lang if lang in ("zh", "ja", "ko", "en") else "en", r.randrange(3))
    if kind == "translate":
        return S.plugin_translate(ctx, r, lang if lang != "en" else "zh", r.randrange(4), 1)
    if kind == "homework":
        return S.homework(ctx, r, lang)
    if kind == "mkt":
        return S.marketing(ctx, r, lang)
    if kind == "rp":
        return S.chat(ctx, r, lang, sysmsg=pick(r, ["你现在是一只猫娘，说话句尾带“喵”。", "You are Kazuha, a wandering samurai. Stay in character.", "你是我的专属女友，温柔体贴。"]), p_follow=0.8)
    if kind == "jb":
        return S.jailbreak(ctx, r, lang)
    return S.chat(ctx, r, lang)


def pop_sub_reseller(ctx, n_relays, hosts=None):
    """Downstream resellers (one-api / new-api shops) forwarding their own customers, end_user = their user id.
    Relay 0 is a pool of upstream accounts that load-balances the same end users across its keys."""
    rnd = ctx.rnd("reseller")
    relays = []
    for k in range(ctx.n(n_relays)):
        lang = wpick(rnd, [("zh", 75), ("en", 8), ("vi", 6), ("id", 6), ("ja", 5)])
        country = pick(rnd, ["CN", "CN", "HK", "HK", "SG"]) if lang == "zh" else country_for(rnd, lang)
        server = W.Net(rnd, country if (country, "cloud") in W.NETS else "HK", "cloud", n_static=rnd.choice([1, 2, 3]))
        nacc = 5 if k == 0 else (2 if k == 3 else 1)
        cards = [C.pay_id(rnd) for _ in range(2 if nacc > 2 else 1)]
        created0 = benign_created(rnd, recent=0.0, median_days=200)
        accs = []
        for j in range(nacc):
            a = new_acct(ctx, rnd, "sub_reseller", lang, country=country, created=created0 + j * rnd.uniform(3, 40) * 86400, uas=["Go-http-client/2.0" if rnd.random() < 0.8 else "Go-http-client/1.1"],
                         pay=cards[j % len(cards)], net=server, n_keys=rnd.choice([1, 2, 4]))
            accs.append(a)
        eu_fmt = pick(rnd, ["u_%012x", "%d", "user-%d", "sk-%08x"])
        n_eu = [1300, 550, 380, 300, 240, 200, 150, 120][k] if k < 8 else rnd.randint(80, 300)
        n_eu = max(20, int(n_eu * min(1.0, ctx.scale)))
        relays.append((k, lang, accs, eu_fmt, n_eu))

        def job(ctx=ctx, k=k, lang=lang, accs=accs, eu_fmt=eu_fmt, n_eu=n_eu):
            r = ctx.rnd(f"reseller-job{k}")
            nr = ctx.nprng(f"reseller-job{k}")
            kinds = [("chat", 30), ("code", 12), ("agent", 12), ("translate", 12), ("homework", 8), ("mkt", 6), ("rp", 12), ("jb", 2)]
            for e in range(n_eu):
                eu = (eu_fmt % r.getrandbits(48)) if "x" in eu_fmt else (eu_fmt % r.randint(1000, 999999))
                elang = lang if r.random() < 0.85 else pick(r, ["en", "zh", "ja", "ko", "vi"])
                kind = W.weighted(r, kinds)
                nsess = volume(r, 1.4 if kind != "agent" else 1.0, 1.1, 1, 300)
                models = menu_models(r, "code" if kind == "agent" else "chat")
                adopt = r.random() < 0.3
                lo = W.WEEK_START if r.random() < 0.8 else W.WEEK_START + r.uniform(0, 6 * 86400)
                for st in C.sample_times(nr, nsess, pick(r, ["evening", "dev", "office"]), W.LANG_TZ.get(elang, 8), lo=lo):
                    turns = relay_customer_session(ctx, r, kind, elang)
                    m = W.weighted(r, models)
                    if adopt and st > W.RELEASE_TS + 3 * 3600 and r.random() < 0.4:
                        m = W.NEW_FLAGSHIP
                    a = pick(r, accs)
                    play(ctx, r, a, st, turns, m, {"stream": True} if kind != "translate" else {}, end_user=eu, conv=False, err=0.008)
            # a benign end user running an eval through the shop (a student's thesis)
            if k in (0, 1):
                eu = (eu_fmt % r.getrandbits(48)) if "x" in eu_fmt else (eu_fmt % r.randint(1000, 999999))
                t = W.WEEK_START + r.uniform(1, 5) * 86400
                off = r.randrange(0, 7000)
                for j in range(r.randint(150, 400)):
                    q, ans = ctx.corpora.gsm[(off + j) % len(ctx.corpora.gsm)]
                    steps, fin = C.gsm_steps(ans)
                    emit(ctx, r, pick(r, accs), t, [{"role": "user", "content": "Solve step by step and give the final answer after ####.\n" + q}],
                         "deepseek-v4", {"temperature": 0}, C.resp_steps(r, "en", steps, fin), None, end_user=eu)
                    t += r.uniform(0.5, 4)
            # new-api channel tests: "hi" to each model, no end user
            t = W.WEEK_START + r.uniform(0, 3600)
            while t < W.WEEK_END:
                for m in r.sample(["gpt-5.4", "claude-sonnet-5", "deepseek-v4", "gemini-3.5-flash", "gpt-5.4-mini"], 3):
                    play(ctx, r, pick(r, accs), t, S.ping(ctx, r, "hi"), m, {}, conv=False)
                t += r.uniform(2, 8) * 3600
        ctx.job(job, f"reseller{k}")
    ctx.pools["relays"] = relays
    return relays


# ============================================================================================
# IDE tab-completion: legacy /v1/completions with `prompt` (fill-in-the-middle), very short outputs
# ============================================================================================
FIM_PREFIX = ["import os\nimport json\n\n\ndef load_config(path):\n    with open(path) as f:\n        ", "func (s *Server) handleOrder(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get(\"id\")\n\t",
              "export async function fetchUser(id: string) {\n  const res = await fetch(`/api/users/${id}`);\n  ", "public List<Order> findByUser(Long userId) {\n        return ",
              "def paginate(qs, page, size=20):\n    page = max(1, int(page or 1))\n    ", "SELECT u.id, u.name, COUNT(o.id) AS orders\nFROM users u\nLEFT JOIN orders o ON ",
              "class LRUCache:\n    def __init__(self, capacity: int):\n        self.capacity = capacity\n        ", "const [state, setState] = useState(",
              "# 读取配置并初始化数据库连接\ndef init_db(cfg):\n    ", "fn parse_line(line: &str) -> Option<(String, u32)> {\n    let mut parts = line.split(','); \n    "]
FIM_DONE = ["return json.load(f)", "if id == \"\" {\n\t\thttp.Error(w, \"missing id\", 400)\n\t\treturn\n\t}", "return res.json();", "orderRepository.findByUserId(userId);",
            "start = (page - 1) * size", "o.user_id = u.id", "self.cache = OrderedDict()", "null);", "engine = create_engine(cfg['dsn'])", "let name = parts.next()?.to_string();"]


def pop_autocomplete(ctx, n):
    rnd = ctx.rnd("fim")
    for i in range(ctx.n(n)):
        lang = wpick(rnd, [("zh", 60), ("en", 20), ("ja", 10), ("ko", 10)])
        ua = pick(rnd, [f"Continue/1.{rnd.randint(0, 3)}.{rnd.randint(0, 30)}", f"TabbyML/0.{rnd.randint(25, 32)}.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                        f"OpenAI/JS 4.{rnd.randint(60, 99)}.0"])
        a = new_acct(ctx, rnd, "ide_autocomplete", lang, mode=pick(rnd, ["mixed", "home", "office"]), uas=[ua], pay="own")
        model = pick(rnd, ["deepseek-v4", "deepseek-v4", "qwen3.5-plus", "gpt-5.4-nano"])

        def job(ctx=ctx, a=a, seed=i, model=model):
            r = ctx.rnd(f"fim-job{seed}")
            nr = ctx.nprng(f"fim-job{seed}")
            for st in C.sample_times(nr, volume(r, 8, 0.9, 1, 100), "dev", W.LANG_TZ.get(a.lang, 8)):
                t = st
                for _ in range(volume(r, 20, 0.8, 2, 250)):
                    k = r.randrange(len(FIM_PREFIX))
                    pre = FIM_PREFIX[k]
                    cut = r.randint(max(1, len(pre) // 2), len(pre))
                    emit(ctx, r, a, t, None, model, {"max_tokens": pick(r, [64, 128, 256]), "temperature": 0, "stream": True,
                                                     "suffix": "\n\n" + pick(r, ["    return result\n", "}\n", "", "\n\nif __name__ == '__main__':\n    main()\n"]),
                                                     "stop": ["\n\n"]}, FIM_DONE[k], None, prompt=pre[:cut], err_rate=0.01)
                    t += r.lognormvariate(1.2, 1.0)   # keystroke pauses
        ctx.job(job, "fim")
