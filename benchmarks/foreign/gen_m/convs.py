# -*- coding: utf-8 -*-
"""Conversation builders: each returns a list of turns (user_content, response, think)."""
import content as C
import mathgen
import textpools as TP

EN_FOLLOW = [("Can you elaborate on that?", None), ("Thanks! Could you make it shorter?", None), ("Give me a concrete example.", None),
             ("What about edge cases?", None), ("Can you rewrite that in a more formal tone?", None), ("why?", None),
             ("Can you format that as a table?", None), ("ok now do the same for the second one", None)]
STEP_ASK = {
    "en": ["Can you explain step by step?", "Please show your work so I can follow.", "I don't get it, can you walk me through it?",
           "Explain how to solve this step by step, I have a test tomorrow.", "How do I solve this? Show the steps.", "Can you show the working?"],
    "ja": ["途中式も含めて解き方を教えてください", "ステップごとに説明してほしいです", "なぜそうなるのか分かりやすく教えて", "この問題の解き方がわかりません。",
           "考え方を順番に教えてください！", "答えだけじゃなくて途中の計算も教えて"],
    "ko": ["풀이 과정 자세히 알려주세요", "단계별로 설명해 주세요", "왜 그렇게 되는지 이해가 안 돼요. 차근차근 알려줘", "이 문제 어떻게 풀어요?",
           "답만 말고 풀이도 같이 알려줘", "과정 포함해서 풀어줘"],
    "vi": ["Giải chi tiết từng bước giúp em với ạ", "Bài này làm thế nào ạ?"],
    "th": ["ช่วยอธิบายวิธีทำทีละขั้นตอนหน่อยครับ", "ข้อนี้ทำยังไงคะ"],
}

_PREFIX = ["hey ", "Quick question: ", "pls ", "Can you help? ", "I have a question. ", "hi, ", "Help: "]
_SUFFIX = [" thanks", " Thanks!", " (be concise)", " in simple terms", " asap", " Thank you.", " :)"]


def perturb_en(rng, s):
    if len(s) > 600 or rng.random() < 0.45:
        return s
    u = rng.random()
    if u < 0.2 and s[:1].isupper():
        s = s[0].lower() + s[1:]
    elif u < 0.35:
        s = s.rstrip(".?!")
    if rng.random() < 0.25:
        s = rng.choice(_PREFIX) + (s[0].lower() + s[1:] if s[:1].isupper() and rng.random() < 0.5 else s)
    if rng.random() < 0.15:
        s = s + rng.choice(_SUFFIX)
    if rng.random() < 0.1:
        w = s.split(" ")
        i = rng.randrange(len(w))
        x = w[i]
        if len(x) > 3:
            j = rng.randrange(len(x) - 1)
            w[i] = x[:j] + x[j + 1] + x[j] + x[j + 2:]
            s = " ".join(w)
    return s


def arena(W, rng, max_turns=4, perturb=True):
    conv = rng.choice(W.C.arena)
    k = min(len(conv), max_turns)
    out = []
    for i, (u, a) in enumerate(conv[:k]):
        out.append((perturb_en(rng, u) if (perturb and i == 0) else u, a, C.topic_of(u)))
    return out


def arena_hard(W, rng, pool=None):
    p, cat = rng.choice(pool or W.C.ah_short)
    t = C.topic_of(p)
    if cat == "coding" or pool is W.C.ah_code:
        r = C.code_answer(rng, "en", t)
    elif cat == "math":
        r = "Let's set up the problem.\n\n" + C.en_answer(rng, t, 2) + "\n\nTherefore the result follows."
    else:
        r = C.en_answer(rng, t)
    return [(p, r, t)]


def lang_general(rng, lang, max_turns=3):
    tpls = {"ja": TP.JA_GENERAL, "ko": TP.KO_GENERAL, "zh": TP.ZH_GENERAL, "vi": TP.VI_GENERAL, "th": TP.TH_GENERAL, "en": TP.EN_GENERAL}[lang]
    first = tpls[:-4] if lang in ("ja", "ko") else tpls
    tpl = rng.choice(first)
    u, d = C.fill(rng, tpl, lang)
    t = C.main_slot(tpl, d)
    turns = [(u, C.answer_generic(rng, lang, t), u[:60])]
    k = rng.randint(1, max_turns)
    for _ in range(k - 1):
        if lang in ("ja", "ko"):
            f0 = rng.choice(tpls[-4:] + tpls[:6])
            f, d2 = C.fill(rng, f0, lang)
            t2 = C.main_slot(f0, d2) if "{" in f0 else t
        elif lang == "en":
            f, t2 = rng.choice(EN_FOLLOW)[0], t
        else:
            f, t2 = tpls[-1], t
        turns.append((f, C.answer_generic(rng, lang, t2 or t), f[:60]))
    return turns


def lang_code(rng, lang, max_turns=3):
    tpls = {"ja": TP.JA_CODE, "ko": TP.KO_CODE}.get(lang, TP.EN_CODE)
    u, d = C.fill(rng, rng.choice(tpls), lang if lang in ("ja", "ko") else "en")
    t = d.get("algo") or "the code"
    turns = [(u, C.code_answer(rng, lang, t, d["lang"].lower()), u[:60])]
    follow = {"ja": ["ありがとうございます。テストも書いてください", "型ヒントを付けて", "もっとシンプルにできますか？", "エラーが出ました\n```\n{error}\n```"],
              "ko": ["고마워요. 테스트 코드도 써주세요", "타입 힌트 붙여줘", "더 간단하게 할 수 있어?", "에러 났어요\n```\n{error}\n```"]}.get(
        lang, ["Thanks. Add unit tests.", "Add type hints.", "Can this be simpler?", "I get this error now:\n```\n{error}\n```"])
    for _ in range(rng.randint(0, max_turns - 1)):
        f = rng.choice(follow).replace("{error}", rng.choice(TP.ERRORS))
        turns.append((f, C.code_answer(rng, lang, t, d["lang"].lower()), f[:60]))
    return turns


def math_homework(rng, lang, detail=1, ask=True):
    q, steps, ans, kind = mathgen.problem(rng, lang)
    if ask:
        a = rng.choice(STEP_ASK.get(lang, STEP_ASK["en"]))
        u = (q + "\n" + a) if rng.random() < 0.6 else (a + "\n" + q)
    else:
        u = q
    return [(u, mathgen.solution(rng, lang, steps, ans, detail), steps)]


def gsm_homework(W, rng, idx=None):
    q, steps, fin = W.C.gsm[idx if idx is not None else rng.randrange(len(W.C.gsm))]
    a = rng.choice(STEP_ASK["en"])
    u = perturb_en(rng, q) + ("\n\n" + a if rng.random() < 0.7 else "")
    return [(u, C.gsm_response(rng, steps, fin, 1), steps)]


def roleplay(rng, lang, max_turns=6):
    if lang == "ko":
        i = rng.randrange(len(TP.KO_RP_SYS))
        sys_, us, rs = TP.KO_RP_SYS[i], TP.KO_RP_USER, TP.KO_RP_REPLY[i]
    else:
        i = rng.randrange(len(TP.JA_RP_SYS))
        sys_, us, rs = TP.JA_RP_SYS[i], TP.JA_RP_USER, TP.JA_RP_REPLY[i]
    k = rng.randint(2, max_turns)
    return sys_, [(rng.choice(us), rng.choice(rs), "role-play reply") for _ in range(k)]


def any_lang(W, rng, lang, w_code=0.3, max_turns=3):
    if lang == "en":
        u = rng.random()
        if u < w_code:
            return arena_hard(W, rng, W.C.ah_code) if rng.random() < 0.5 else lang_code(rng, "en", max_turns)
        if u < w_code + 0.15:
            return arena_hard(W, rng)
        return arena(W, rng, max_turns)
    if lang in ("ja", "ko") and rng.random() < w_code:
        return lang_code(rng, lang, max_turns)
    return lang_general(rng, lang, max_turns)
