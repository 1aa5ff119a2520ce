# -*- coding: utf-8 -*-
"""Benign populations, part A: people (trial sign-ups, chat users, power users, students), a companion
app, tutoring apps relaying students, university courses on a shared card, a sponsored hackathon."""
import banks as B
import kit as K
import textgen as T
from world import (CHAT, MINI, CODER, THINK1, THINK2, RELEASE, WEEK0, WEEK_END, DAY, CONSUMER_MIX, COUNTRIES,
                   CHAT_CLIENT_UAS, CHAT_CLIENT_W, SDK_UAS, SDK_W, TOOL_UAS, pick_w, sessions, sample_ts,
                   created_between, lognorm_int, status_of)


def _country(R, mix=CONSUMER_MIX):
    return pick_w(R, list(mix), list(mix.values()))


def _ua_person(R):
    return [pick_w(R, CHAT_CLIENT_UAS, CHAT_CLIENT_W)] if R.random() < 0.72 else [pick_w(R, SDK_UAS, SDK_W)]


HELLO = ["hello", "hi", "test", "你好", "您好", "hello?", "Say hi", "What model are you?", "你是谁？", "1+1=?", "ping", "你好，介绍一下你自己",
         "Hai, awak boleh cakap Bahasa Melayu?", "こんにちは", "哈囉", "testing 123"]


def pop_trial_users(W, C, n=650):
    """Brand-new sign-ups poking at the API with 1-4 requests; a wave arrives after the new model's release."""
    pop = "trial_signup"
    R, rng = W.rng(pop), W.nprng(pop)
    day_w = [0.8, 0.8, 2.4, 2.0, 1.3, 1.0, 0.9]
    for i in range(n):
        c = _country(R)
        if R.random() < 0.45:
            created = float(sample_ts(rng, 1, 8, "human", day_w=day_w)[0])
        else:
            created = created_between(R, 0.2, 30)
        a = W.new_account(pop, i, c, created, uas=[R.choice(TOOL_UAS)] if R.random() < 0.4 else None, R=R)
        k = R.choices([1, 2, 3, 4], [40, 30, 18, 12])[0]
        t0 = max(created + R.uniform(60, 3 * 3600), WEEK0 + R.random() * 6 * DAY)
        ts = [t0]
        for _ in range(k - 1):
            ts.append(ts[-1] + R.choice([R.uniform(10, 120), R.uniform(300, 3600), R.uniform(3600, 3 * DAY)]))
        for t in ts:
            x = R.random()
            item = ((R.choice(HELLO), "gen", None) if x < 0.45 else K.chat_item(R, a.lang) if x < 0.7 else
                    K.hw_item(R, a.lang) if x < 0.85 else K.code_item(R, a.lang))
            m = THINK2 if t >= RELEASE and R.random() < 0.5 else R.choice([CHAT, CHAT, MINI, THINK1])
            K.converse(W, R, a, [t], a.lang, item, m, effort=R.choice([None, "low", "medium", "high"]))


JAILBREAK_P = 0.02


def _person_session(W, C, R, a, times, lang, mp, en_arena):
    x = R.random()
    if lang == "en" and x < en_arena or lang != "en" and x < 0.08:
        K.converse_arena(W, R, a, times, R.choice(C.arena), mp)
        return
    y = R.random()
    if y < 0.55:
        item = K.chat_item(R, lang)
    elif y < 0.75:
        item = K.hw_item(R, lang)
    elif y < 0.9:
        item = K.code_item(R, lang)
    else:
        item = (R.choice(C.hard["other"] + C.hard["creative"]), "gen", None)
    K.converse(W, R, a, times, lang, item, mp)


def pop_chat_consumers(W, C, n=2600):
    """Ordinary people using chat clients with their own key; a few try jailbreaks or ask for the system prompt."""
    pop = "chat_consumer"
    R, rng = W.rng(pop), W.nprng(pop)
    prev = None
    for i in range(n):
        c = _country(R)
        created = created_between(R, 1, R.choice([30, 120, 400, 700]))
        if prev is not None and R.random() < 0.06:      # a family member on the same card and home line
            a = W.new_account(pop, i, prev.country, created, pm=prev.pm, ips=prev.ips[:1] + W.home_ips(R, prev.country, 1), uas=_ua_person(R), R=R)
        else:
            a = W.new_account(pop, i, c, created, uas=_ua_person(R), R=R)
        prev = a
        lang = a.lang
        nx = lognorm_int(rng, 5, 1.0, 1, 150)
        prof = R.choice(["human", "human", "evening"])
        mp = K.model_picker(R, base=R.choice([CHAT, CHAT, CHAT, MINI]), think_share=R.choice([0, 0.05, 0.15]), adopt=0.25)
        sess = sessions(rng, nx, a.tz, prof, weekend=1.3, turns=(1, 5))
        special = R.random()
        for j, times in enumerate(sess):
            if j == 0 and special < JAILBREAK_P:
                p = R.choice(C.dan + C.persona + C.jb_wild[:200])
                K.converse(W, R, a, times, lang, (p, "refuse" if R.random() < 0.6 else "gen", None), mp)
            elif j == 0 and special < JAILBREAK_P + 0.01:
                K.converse(W, R, a, times[:1], lang, (R.choice(C.sysx), "sys", None), mp)
            elif j == 0 and special < JAILBREAK_P + 0.016:
                K.converse(W, R, a, times[:1], lang, (R.choice(C.adv), "refuse", None), mp)
            else:
                _person_session(W, C, R, a, times, lang, mp, 0.55)


WORK_ASKS = {
    "zh": ["帮我把下面这段会议纪要整理成要点：{t}", "根据这些信息写一封给客户的邮件：{t}", "分析一下这个方案的风险：{t}", "把这段话改写得更专业：{t}"],
    "tw": ["幫我把這段會議紀錄整理成重點：{t}", "根據以下內容寫一封給客戶的信：{t}"],
    "en": ["Summarise these notes into action items: {t}", "Draft a reply to this client email: {t}", "What are the risks in this plan? {t}", "Rewrite this for a board update: {t}"],
    "ms": ["Ringkaskan nota mesyuarat ini: {t}", "Tulis e-mel balasan kepada pelanggan berdasarkan ini: {t}"],
}


def pop_power_users(W, C, n=250):
    """Professionals who use the API all day: work documents, code, analysis; early adopters of the new model."""
    pop = "chat_power"
    R, rng = W.rng(pop), W.nprng(pop)
    for i in range(n):
        c = _country(R)
        a = W.new_account(pop, i, c, created_between(R, 20, 600), uas=_ua_person(R), R=R)
        lang = a.lang
        nx = lognorm_int(rng, 36, 0.7, 10, 300)
        mp = K.model_picker(R, base=R.choice([CHAT, CHAT, CODER]), think_share=R.choice([0.1, 0.25, 0.4]), adopt=0.55, delay_h=(1, 30))
        for times in sessions(rng, nx, a.tz, R.choice(["office", "human"]), weekend=0.6, turns=(1, 6)):
            x = R.random()
            if x < 0.3:
                src = R.choice(B.TRANSLATE_SRC.get(lang, B.TRANSLATE_SRC["zh"]) + [T.chat_q(R, lang)])
                item = (R.choice(T.bank(WORK_ASKS, lang)).format(t=src), "gen", None)
            elif x < 0.5:
                item = K.code_item(R, lang)
            elif x < 0.65 and lang == "en":
                K.converse_arena(W, R, a, times, R.choice(C.arena), mp, effort="medium")
                continue
            elif x < 0.8:
                item = (R.choice(C.hard["other"] + C.hard["coding"]), "gen", None)
            else:
                item = K.chat_item(R, lang)
            K.converse(W, R, a, times, lang, item, mp, effort=R.choice(["medium", "high"]))


PERSONAS = {
    "zh": ["你现在扮演{name}，是用户的青梅竹马，性格温柔但有点毒舌。说话口语化，每次不超过80字，不要承认自己是AI。",
           "你是一只会说话的橘猫，名叫{name}，住在{place}的一家书店里。用可爱的语气和用户聊天。",
           "你是用户的学长{name}，在{place}读研究生，说话直接，喜欢给建议。"],
    "tw": ["你現在是{name}，用戶的大學室友，個性開朗愛吐槽，用台灣口語聊天，不要說自己是AI。"],
    "yue": ["你係{name}，喺{place}開咖啡店嘅店長，講嘢用廣東話，語氣輕鬆，鍾意講笑。"],
    "en": ["You are Kai, a witty study buddy who keeps the user motivated. Stay in character and keep replies short.",
           "You are {name}, a retired sea captain who tells stories from {place}. Never break character."],
    "ms": ["Anda ialah {name}, kawan baik pengguna dari {place}. Bercakap santai dalam Bahasa Melayu."],
}
RP_LINES = {
    "zh": ["今天好累啊", "你在干嘛呢", "陪我聊会儿天", "晚安", "我考试没考好……", "你猜我今天吃了什么", "讲个故事给我听", "你会不会一直陪着我", "哼，不理你了"],
    "tw": ["今天好累喔", "你在幹嘛", "陪我聊天嘛", "晚安啦", "我被老闆罵了", "講個笑話"],
    "yue": ["今日好攰", "你做緊咩呀", "陪我傾下偈", "早唞", "今日俾老細鬧"],
    "en": ["ugh, long day", "what are you up to?", "tell me a story", "good night!", "i failed my quiz lol", "do you remember what i said yesterday?"],
    "ms": ["Penatnya hari ni", "Awak buat apa tu?", "Jom borak", "Selamat malam"],
}


def pop_companion_app(W, C, n_users=420):
    """A companion / role-play app relaying its users (end_user set); persona system prompts, some jailbreak pastes."""
    pop = "companion_app"
    R, rng = W.rng(pop), W.nprng(pop)
    org, pm = W.org_id(pop), W.pm_id(pop)
    ips = [W.ip(R, "SG", "cloud") for _ in range(3)]
    accts = [W.new_account(pop, i, "SG", created_between(R, 200, 400), org=org, pm=pm, ips=ips, uas=["python-httpx/0.27.2"], nkeys=2, R=R) for i in range(2)]
    for u in range(n_users):
        c = _country(R, {"CN": 0.3, "TW": 0.25, "HK": 0.15, "SG": 0.15, "MY": 0.15})
        lang = pick_w(R, list(COUNTRIES[c]["langs"]), list(COUNTRIES[c]["langs"].values()))
        lang = lang if lang in PERSONAS else "en"
        uid = W.end_user(pop, u)
        a = accts[u % 2]
        sysp = T.fill(R, R.choice(PERSONAS[lang]), lang)
        nx = lognorm_int(rng, 14, 0.8, 2, 120)
        for times in sessions(rng, nx, 8, "evening", weekend=1.4, turns=(2, 10), gap=(8, 90)):
            def more(R_, L, k):
                return (R_.choice(RP_LINES[L]), "gen", None)
            first = (R.choice(C.dan + C.persona), "gen", None) if R.random() < 0.03 else (R.choice(RP_LINES[lang]), "gen", None)
            K.converse(W, R, a, times, lang, first, R.choice([CHAT, MINI]), sys=sysp, temp=0.9, end_user=uid, more=more, stream=1.0)


def pop_students(W, C, n=450):
    """Secondary and university students using the reasoning model at high effort for homework."""
    pop = "student_reasoning"
    R, rng = W.rng(pop), W.nprng(pop)
    for i in range(n):
        c = _country(R, {"CN": 0.3, "TW": 0.2, "HK": 0.15, "SG": 0.15, "MY": 0.2})
        a = W.new_account(pop, i, c, created_between(R, 3, 500), uas=_ua_person(R), R=R)
        lang = a.lang
        nx = lognorm_int(rng, 10, 0.8, 2, 90)
        adopt = R.random() < 0.55
        t_adopt = RELEASE + R.uniform(2, 48) * 3600
        effort = R.choice(["high", "high", "medium"])
        wraps = T.bank(B.STUDENT_WRAP, lang)

        def mp(ts, R=R, adopt=adopt, t_adopt=t_adopt):
            if adopt and ts >= t_adopt:
                return THINK2
            return THINK1 if R.random() < 0.8 else CHAT

        for times in sessions(rng, nx, a.tz, "student", weekend=1.4, turns=(1, 3), gap=(40, 400)):
            if lang == "en" and R.random() < 0.06:
                item = K.gsm_item(C, R.randrange(len(C.gsm)))
            else:
                item = K.hw_item(R, lang)
            txt = R.choice(wraps).format(q=item[0])
            x = R.random()
            if x < 0.2:
                txt += " " + R.choice(T.bank(B.BENIGN_STEPS, lang))
            elif x < 0.24:   # some learners really do ask to see the whole train of thought
                txt = R.choice(B.COT_NATURAL.get(lang, B.COT_NATURAL["en"])).format(q=item[0])
            K.converse(W, R, a, times, lang, (txt,) + item[1:], mp, effort=effort)


TUTOR_APPS = [
    ("题拍拍", "CN", {"zh": 1.0}, 3, 720,
     "你是一位耐心的中小学数学老师。学生会发来拍照识别的题目。请一步一步地讲解：先分析题意，再列式计算，最后总结解题方法。语言要简单，适合学生理解。"),
    ("解題王", "TW", {"tw": 1.0}, 2, 500,
     "你是國中小數學家教。請用繁體中文，一步一步說明解題過程，每一步都要說明理由，最後給出答案並提醒常見錯誤。"),
    ("CikguPintar", "MY", {"ms": 0.5, "en": 0.25, "zh": 0.15, "ta": 0.1}, 2, 600,
     "You are CikguPintar, a friendly tutor for Malaysian primary and secondary students. Explain step by step in the student's language (Bahasa Melayu, English, Chinese or Tamil). Never just give the final answer."),
    ("LearnLah", "SG", {"en": 0.75, "zh": 0.25}, 2, 500,
     "You are LearnLah's homework helper for Singapore students. Break the solution into clear steps, explain why each step is taken, then give the final answer. Keep it encouraging."),
]


def pop_tutoring_apps(W, C):
    """Homework apps relaying students; many students ask the same popular textbook problems."""
    pop = "tutoring_app"
    for ai, (name, c, langs, nacc, nusers, sysp) in enumerate(TUTOR_APPS):
        R, rng = W.rng(pop + name), W.nprng(pop + name)
        org, pm = W.org_id(pop, name), W.pm_id(pop, name)
        ips = [W.ip(R, c, "cloud") for _ in range(4)]
        accts = [W.new_account(pop, "%d-%d" % (ai, j), c, created_between(R, 150, 700), org=org, pm=pm, ips=ips,
                               uas=["qilin-python/3.4.1"], nkeys=3, R=R) for j in range(nacc)]
        PR = W.rng("popular" + name)
        popular = {}
        for L in langs:
            pool = []
            for _ in range(120):
                pool.append(K.hw_item(PR, L))
            if L == "en":
                pool += [K.gsm_item(C, PR.randrange(len(C.gsm))) for _ in range(40)]
            popular[L] = pool
        zipf = [1.0 / (r + 1) ** 1.1 for r in range(160)]
        switch = RELEASE + (26 if ai == 0 else 60 + ai * 10) * 3600
        for u in range(nusers):
            L = pick_w(R, list(langs), list(langs.values()))
            uid = W.end_user(pop, name, u)
            a = accts[u % nacc]
            premium = R.random() < 0.3
            nx = lognorm_int(rng, 6, 0.8, 1, 60)
            wraps = T.bank(B.STUDENT_WRAP, L)

            def mp(ts, premium=premium, switch=switch):
                if premium:
                    return THINK2 if ts >= switch else THINK1
                return CHAT
            for times in sessions(rng, nx, 8, "student", weekend=1.5, turns=(1, 3), gap=(30, 300)):
                pool = popular[L]
                item = pool[R.choices(range(len(pool)), zipf[:len(pool)])[0]] if R.random() < 0.65 else K.hw_item(R, L)
                txt = R.choice(wraps).format(q=item[0]) if R.random() < 0.5 else item[0]
                K.converse(W, R, a, times, L, (txt,) + item[1:], mp, sys=sysp, effort="medium", end_user=uid, temp=0.3)


LINALG_TW = ["求矩陣 A = [[2,1],[1,2]] 的特徵值與特徵向量。", "判斷向量 (1,2,3)、(2,4,6)、(0,1,1) 是否線性獨立。", "求 [[1,2,3],[0,1,4],[5,6,0]] 的反矩陣。",
             "證明：若 A 為正交矩陣，則 det(A) = ±1。", "求 R^3 中由 (1,1,0) 與 (0,1,1) 張成之子空間的正交補空間。", "將 A = [[4,1],[2,3]] 對角化。",
             "用 Gram-Schmidt 將 {(1,1,1),(1,0,1),(0,1,2)} 正交化。", "求線性轉換 T(x,y,z)=(x+y, y+z) 的核與像的維度。"]
PROB_ZH = ["一个袋子里有3个红球、5个白球，不放回地连取两次，求两次都是红球的概率。", "设 X ~ N(2, 9)，求 P(X > 5)。", "掷两枚骰子，点数之和为7的概率是多少？",
           "某产品合格率为0.95，抽取10件，求恰有1件不合格的概率。", "证明：若 A、B 独立，则 A 与 B 的补集也独立。", "随机变量 X 服从参数为 λ=3 的泊松分布，求 E(X²)。",
           "甲乙两人约定在1点到2点之间见面，先到者等20分钟，求两人能见面的概率。", "用切比雪夫不等式估计 P(|X−μ| ≥ 2σ) 的上界。"]
STAT_MS = ["Hitung min, median dan mod bagi data berikut: 12, 15, 15, 18, 20, 22, 25.", "Sebuah syiling dilambung 10 kali. Cari kebarangkalian mendapat tepat 6 kepala.",
           "Terangkan perbezaan antara ujian-t satu sampel dan ujian-t dua sampel.", "Diberi min = 50 dan sisihan piawai = 8, cari skor-z bagi nilai 66.",
           "Bina selang keyakinan 95% bagi min jika n = 36, x̄ = 72 dan s = 12.", "Apakah andaian bagi regresi linear mudah?"]
REVIEWS = ["The plot dragged but the lead actor was brilliant.", "Worst two hours of my life.", "A surprisingly moving film about family.", "Great visuals, empty story.",
           "I laughed the whole way through.", "Too long, too loud, too boring.", "The ending ruined everything.", "Perfect weekend movie with the kids.",
           "Not bad, not great.", "The soundtrack alone is worth it."]

COURSES = [
    ("nus-cs4248", "SG", "en", 65, "gsm_lab"), ("ntu-linalg", "TW", "tw", 45, "linalg"), ("hku-comp3314", "HK", "en", 55, "sentiment"),
    ("um-statistik", "MY", "ms", 40, "stat"), ("thu-prob", "CN", "zh", 60, "prob"), ("nthu-intro-prog", "TW", "tw", 35, "code"),
]


def pop_university_courses(W, C):
    """Course accounts created in a burst at semester start, all on the department's card, running one assignment."""
    pop = "university_course"
    for ci, (cname, c, lang, nst, kind) in enumerate(COURSES):
        R, rng = W.rng(pop + cname), W.nprng(pop + cname)
        org, pm = W.org_id(pop, cname), W.pm_id(pop, cname)
        campus = [W.ip(R, c, "campus") for _ in range(6)]
        burst0 = WEEK0 - R.uniform(0.5, 3.5) * DAY
        ua = R.choice(["python-requests/2.32.3", "OpenAI/Python 1.99.1", "qilin-python/3.4.1"])
        lab = [R.randrange(len(C.gsm)) for _ in range(40)]
        lab_day = 1 + ci % 3
        deadline = WEEK0 + (4 + ci % 3) * DAY + 15.99 * 3600   # 23:59 local
        for s in range(nst + 2):
            created = burst0 + R.uniform(0, 36) * 3600
            a = W.new_account(pop, "%s-%d" % (cname, s), c, created, org=org, pm=pm, ips=campus[:R.randint(2, 6)] + W.home_ips(R, c, 2),
                              uas=[ua], lang=lang, R=R)
            ta = s >= nst
            nx = lognorm_int(rng, 22 if not ta else 120, 0.45, 6, 240)
            # lab session (local 14:00-17:00 on the lab day) and the rush before the deadline
            t_lab = WEEK0 + lab_day * DAY + (6 + R.uniform(0, 3)) * 3600
            n_lab = nx // 2
            times = sorted([t_lab + R.uniform(0, 2.5 * 3600) for _ in range(n_lab)] +
                           [deadline - R.expovariate(1 / (16 * 3600)) for _ in range(nx - n_lab)])
            models = [CHAT, THINK1, THINK2] if ta else [CHAT, CHAT, THINK1]
            for k, t in enumerate(times):
                m = R.choice(models)
                if kind == "gsm_lab":
                    i = lab[k % 40] if R.random() < 0.85 else R.choice(lab)
                    item = K.gsm_item(C, i, "Q: %s\nA: Let's think step by step." % C.gsm[i][0])
                    p = {"temperature": 0.0, "max_tokens": 512, "seed": 4248}
                elif kind == "linalg":
                    item = ("作業二第%d題：%s\n請寫出完整推導過程。" % (k % 8 + 1, LINALG_TW[k % 8]), "gen", None)
                    p = None
                elif kind == "prob":
                    item = ("%s\n（概率论第二次作业，第%d题）" % (PROB_ZH[k % 8], k % 8 + 1), "gen", None)
                    p = None
                elif kind == "stat":
                    item = ("Tugasan 1, soalan %d: %s" % (k % 6 + 1, STAT_MS[k % 6]), "gen", None)
                    p = None
                elif kind == "sentiment":
                    rv = REVIEWS[k % 10]
                    item = ('Classify the sentiment of this review as positive, negative or neutral. Reply with JSON {"label": ..., "confidence": ...}.\nReview: "%s"' % rv,
                            "fixed", T.resp_json({"label": R.choice(["positive", "negative", "neutral"]), "confidence": round(R.uniform(0.6, 0.99), 2)}))
                    p = {"temperature": 0.0, "response_format": {"type": "json_object"}}
                else:
                    item = K.code_item(R, "tw")
                    p = None
                if m in (THINK1, THINK2) and p is not None:
                    p = {"reasoning_effort": "medium", "max_tokens": 4096}
                K.converse(W, R, a, [t], lang, item, m, params=p, effort="medium")


def pop_hackathon(W, C, n=60):
    """A weekend hackathon: sign-ups on the Friday night on the sponsor's card, building with the new model."""
    pop = "hackathon"
    R, rng = W.rng(pop), W.nprng(pop)
    org, pm = W.org_id(pop), W.pm_id(pop)
    venue = [W.ip(R, "SG", "fixed") for _ in range(3)]
    t_open = WEEK0 + 4 * DAY + 12 * 3600            # Fri 20:00 local
    for i in range(n + 2):
        a = W.new_account(pop, i, "SG", t_open + R.uniform(0, 14) * 3600, org=org, pm=pm,
                          ips=venue + W.home_ips(R, "SG", 1), uas=[R.choice(SDK_UAS[:8])], lang="en" if R.random() < 0.8 else "zh", R=R)
        nx = lognorm_int(rng, 24, 0.7, 4, 160)
        lo = max(WEEK0 + 5 * DAY + 0.5 * 3600, a.created + 600)
        for times in sessions(rng, nx, 8, "human", lo=lo, hi=WEEK_END - 0.3 * DAY, turns=(1, 5), gap=(10, 120)):
            x = R.random()
            item = (K.code_item(R, a.lang) if x < 0.5 else (R.choice(C.hard["coding"]), "gen", None) if x < 0.7 else K.chat_item(R, a.lang))
            K.converse(W, R, a, times, a.lang, item, lambda ts: R.choice([THINK2, THINK2, CODER, CHAT]), effort=R.choice(["low", "medium"]))


COMPANIES = [("CN", 28), ("CN", 16), ("CN", 9), ("TW", 14), ("TW", 6), ("HK", 12), ("HK", 5), ("SG", 22), ("SG", 8), ("MY", 18), ("MY", 7), ("SG", 11), ("CN", 20), ("MY", 10)]


def pop_company_seats(W, C):
    """Companies buying one account per employee on the corporate card: one organisation, office NAT, a seat-creation day."""
    pop = "company_seats"
    for ci, (c, seats) in enumerate(COMPANIES):
        R, rng = W.rng(pop + str(ci)), W.nprng(pop + str(ci))
        org, pm = W.org_id(pop, ci), W.pm_id(pop, ci)
        office = [W.ip(R, c, "fixed") for _ in range(R.randint(1, 2))]
        onboard = WEEK0 - R.uniform(30, 400) * DAY
        ua = R.choice(["LobeChat/1.74.0", "dify-api/1.5.1", CHAT_CLIENT_UAS[4], "NextChat/2.16.0"])
        enable_new = RELEASE + R.uniform(20, 90) * 3600 if R.random() < 0.6 else 1e18
        for s in range(seats):
            created = onboard + R.uniform(0, 6) * 3600 if s < seats - 2 else created_between(R, -4, 60)
            a = W.new_account(pop, "%d-%d" % (ci, s), c, created, org=org, pm=pm, ips=office + W.home_ips(R, c, 1), uas=[ua], R=R)
            lang = a.lang
            nx = lognorm_int(rng, 18, 0.8, 2, 150)

            def mp(ts, R=R, en=enable_new):
                if ts >= en and R.random() < 0.4:
                    return THINK2
                return CHAT if R.random() < 0.85 else THINK1
            for times in sessions(rng, nx, a.tz, "office", weekend=0.15, turns=(1, 4)):
                x = R.random()
                if x < 0.4:
                    src = R.choice(B.TRANSLATE_SRC.get(lang, B.TRANSLATE_SRC["zh"]) + [T.chat_q(R, lang)])
                    item = (R.choice(T.bank(WORK_ASKS, lang)).format(t=src), "gen", None)
                elif x < 0.6:
                    item = K.code_item(R, lang)
                elif x < 0.7 and lang == "en":
                    K.converse_arena(W, R, a, times, R.choice(C.arena), mp)
                    continue
                else:
                    item = K.chat_item(R, lang)
                K.converse(W, R, a, times, lang, item, mp, effort="medium")
