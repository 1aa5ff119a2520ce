# -*- coding: utf-8 -*-
"""Shared building blocks: request parameters, answers to items, conversations."""
import textgen as T
from world import CHAT, MINI, CODER, THINK1, THINK2, THINK_MODELS, RELEASE, status_of

REFUSAL = {
    "zh": "抱歉，这个请求我无法协助。如果你有其他问题，我很乐意帮忙。",
    "tw": "抱歉，這個要求我無法協助。如果有其他問題，我很樂意幫忙。",
    "yue": "唔好意思，呢個要求我幫唔到你。有其他問題可以再問我。",
    "ms": "Maaf, saya tidak dapat membantu dengan permintaan itu. Saya sedia membantu dengan perkara lain.",
    "ta": "மன்னிக்கவும், இந்தக் கோரிக்கைக்கு என்னால் உதவ முடியாது.",
    "ja": "申し訳ありませんが、そのご依頼にはお応えできません。",
    "en": "I can't help with that. If you have another question, I'm happy to help.",
}
SYS_NOTE = {
    "zh": "我是Qilin Cloud提供的AI助手，无法提供我的内部配置内容，但可以告诉你我能帮你做什么。",
    "en": "I'm an assistant provided through Qilin Cloud. I can't share internal configuration, but I'm happy to explain what I can help with.",
}


# ---------------------------------------------------------------- parameters
TEMPS = [0.0, 0.2, 0.3, 0.5, 0.6, 0.7, 0.7, 0.8, 0.9, 1.0]


def stream_flag(R, p, share):
    """Clients differ: some always send stream, some send stream=false, many leave it out."""
    x = R.random()
    if x < share:
        p["stream"] = True
    elif x < share + (1 - share) * 0.5:
        p["stream"] = False
    return p


def p_chat(R, temp=None, stream=0.5, max_tokens=None):
    p = {"temperature": temp if temp is not None else R.choice(TEMPS[2:])}
    if R.random() < 0.3:
        p["top_p"] = R.choice([0.9, 0.95, 1.0])
    if max_tokens or R.random() < 0.5:
        p["max_tokens"] = max_tokens or R.choice([512, 1024, 2048, 4096, 8192])
    return stream_flag(R, p, stream)


def p_think(R, effort=None, max_tokens=None, stream=0.5):
    p = {"reasoning_effort": effort or R.choice(["low", "medium", "medium", "high"])}
    if max_tokens or R.random() < 0.6:
        p["max_tokens"] = max_tokens or R.choice([4096, 8192, 16384, 32768])
    return stream_flag(R, p, stream)


def params_for(R, model, effort=None, temp=None, stream=0.5, max_tokens=None):
    if model in THINK_MODELS:
        return p_think(R, effort, max_tokens, stream)
    return p_chat(R, temp, stream, max_tokens)


def conv_id(W, R):
    return "conv_%012x" % R.getrandbits(48)


# ---------------------------------------------------------------- items and answers
# an item: (text, kind, payload); kinds: math, gen, code, fixed, gsm, refuse, sys
def answer(R, lang, item, model, effort=None):
    text, kind, pay = item
    think = model in THINK_MODELS
    if kind == "math":
        steps, ans = pay
        return T.resp_math(R, lang, steps, ans), (T.reason_math(R, lang, steps, ans, effort) if think else None)
    if kind == "cot":          # the model writes its full deliberation into the answer
        steps, ans = pay
        rs = T.reason_math(R, lang, steps, ans, "high")
        return rs + "\n\n" + T.resp_math(R, lang, steps, ans), (T.reason_math(R, lang, steps, ans, effort) if think else None)
    if kind == "cotgen":
        t = pay if isinstance(pay, str) else T.topic(text)
        rs = T.reason_generic(R, lang, t, "high")
        return rs + "\n\n" + T.resp_generic(R, lang, t), (T.reason_generic(R, lang, t, effort) if think else None)
    if kind == "code":
        pl, thing = pay
        return T.resp_code(R, lang, pl, thing), (T.reason_code(R, lang, thing, effort) if think else None)
    if kind == "gsm":
        resp = pay
        if think:
            lines = [s for s in resp.split("\n") if s.strip()]
            rs = T.reason_math(R, "en", lines[:-1] or lines, lines[-1].replace("The answer is ", "").rstrip("."), effort)
            return resp, rs
        return resp, None
    if kind == "fixed":
        return pay, (T.reason_generic(R, lang, T.topic(text), effort) if think else None)
    if kind == "refuse":
        return REFUSAL.get(lang, REFUSAL["en"]), (T.reason_generic(R, lang, T.topic(text), "low") if think else None)
    if kind == "sys":
        return SYS_NOTE["zh" if lang in T.ZH_LIKE else "en"], (T.reason_generic(R, lang, T.topic(text), "low") if think else None)
    t = pay if isinstance(pay, str) else T.topic(text)
    return T.resp_generic(R, lang, t), (T.reason_generic(R, lang, t, effort) if think else None)


def hw_item(R, lang):
    q, steps, ans = T.homework_q(R, lang)
    return (q, "math", (steps, ans)) if steps else (q, "gen", None)


def code_item(R, lang):
    q, pl, thing = T.code_q(R, lang)
    return (q, "code", (pl, thing))


def chat_item(R, lang):
    return (T.chat_q(R, lang), "gen", None)


def gsm_item(C, i, text=None):
    q = C.gsm[i][0]
    return (text or q, "gsm", C.gsm_response(i))


# ---------------------------------------------------------------- emitting conversations
def converse(W, R, a, times, lang, first, model, sys=None, effort=None, temp=None, end_user=None, ip=None, ua=None,
             key=None, more=None, stream=0.5, max_tokens=None, err=0.004, rl=0.0, params=None):
    """One conversation: the first item, then follow-ups (from `more(R, lang, k)` or the follow-up bank)."""
    msgs = [{"role": "system", "content": sys}] if sys else []
    cid = conv_id(W, R) if len(times) > 1 or R.random() < 0.5 else None
    item = first
    t0 = first[2] if first[1] in ("gen", "cotgen") and isinstance(first[2], str) else T.topic(first[0])
    for k, ts in enumerate(times):
        m = model(ts) if callable(model) else model
        msgs = msgs + [{"role": "user", "content": item[0]}]
        resp, rs = answer(R, lang, item, m, effort)
        p = dict(params) if params else params_for(R, m, effort, temp, stream, max_tokens)
        st = status_of(R, err, rl)
        W.emit(R, a, float(ts), msgs, m, p, resp, rs, end_user=end_user, ip=ip or R.choice(a.ips), ua=ua or a.uas[0],
               key=key, conv=cid, status=st)
        if st != 200:
            msgs = msgs[:-1]
            continue
        msgs = msgs + [{"role": "assistant", "content": T.cap(resp, 700)}]
        if more is not None:
            item = more(R, lang, k)
        else:
            item = (T.followup(R, lang), "gen", t0)


def converse_arena(W, R, a, times, conv, model, sys=None, end_user=None, ip=None, ua=None, key=None, effort=None):
    """Replay the user turns of a real Arena conversation (the real assistant answers as responses)."""
    turns = T.arena_turns(conv, len(times))
    cid = conv_id(W, R) if len(turns) > 1 or R.random() < 0.4 else None
    pre = [{"role": "system", "content": sys}] if sys else []
    for ts, (hist, u, resp) in zip(times, turns):
        m = model(ts) if callable(model) else model
        msgs = pre + hist + [{"role": "user", "content": u}]
        rs = T.reason_generic(R, "en", T.topic(u), effort) if m in THINK_MODELS else None
        W.emit(R, a, float(ts), msgs, m, params_for(R, m, effort), resp, rs, end_user=end_user, ip=ip or R.choice(a.ips),
               ua=ua or a.uas[0], key=key, conv=cid, status=status_of(R))


def model_picker(R, base=CHAT, think_share=0.1, adopt=0.2, delay_h=(2, 72), mini=0.1):
    """A per-account model habit; with probability `adopt` it starts using the new model some hours after release."""
    adopts = R.random() < adopt
    t_adopt = RELEASE + R.uniform(delay_h[0], delay_h[1]) * 3600
    def f(ts):
        x = R.random()
        if adopts and ts >= t_adopt and x < 0.6:
            return THINK2
        if x < think_share:
            return THINK1
        if x < think_share + mini:
            return MINI
        return base
    return f
