# -*- coding: utf-8 -*-
"""Distillation campaigns against Step AI (c-j1 .. c-j19)."""
import calendar
import json
import random

import benign_content as BC
import campaign_text as T
import respond
from common import DAY, HOUR, MODELS, RELEASE, WEEK0, WEEK_END, EVAL_UAS, app_ua, browser_ua, sdk_ua
from flows import (T_WEEK, app_params, app_system, arena_turns, consumer_convo, created_between, created_old, ip_dc, ip_home,
                   ip_mobile, ip_pool, local_turns, lognorm_n, model_picker, run, wchoice)
from text_lang import LANG_HOME, everyday
from text_math import gsm_clean, gsm_corrupt, problem

MIN = 60 * 1000

# name, tactic, own invention?
CAMPAIGNS = [
    ("c-j1", "hydra_cot", False), ("c-j2", "benchmark_template_sweep", False), ("c-j3", "jailbreak_wrapper", False),
    ("c-j4", "multilingual_cot", False), ("c-j5", "reseller_hiding", False), ("c-j6", "new_model_pivot", False),
    ("c-j7", "residential_rotation", False), ("c-j8", "shared_card_thin_fleet", False), ("c-j9", "paraphrase_agentic_coding", False),
    ("c-j10", "cover_traffic_mix", False), ("c-j11", "rubric_reward_model", False),
    ("c-j12", "schema_scaffold", True), ("c-j13", "socratic_drip", True), ("c-j14", "homework_error_injection", True),
    ("c-j15", "localized_native_reasoning", True), ("c-j16", "aged_account_resale", True), ("c-j17", "logprob_sampling_sweep", True),
    ("c-j18", "tutoring_app_infiltration", True), ("c-j19", "eval_harness_mimicry", True),
]
TACTIC = {c: t for c, t, _ in CAMPAIGNS}


def CL(cid):
    return {"label": "campaign", "campaign_id": cid, "tactic": TACTIC[cid], "held_out": True}


def sec(y, mo, d, h=0, mi=0):
    return calendar.timegm((y, mo, d, h, mi, 0))


def gsm_item(rng, C, lang="en", style="detailed"):
    q, a = rng.choice(C.gsm)
    lines, fin = gsm_clean(a)
    return q, respond.math(rng, lang, lines, fin, style, q), respond.reasoning_math(rng, lines, fin)


def local_item(rng, lang, style="detailed"):
    p = problem(rng, lang)
    return p["text"], respond.math(rng, lang, p["steps"], p["answer"], style, p["text"]), respond.reasoning_math(
        rng, p["steps"], p["answer"], "ru" if lang in ("ru", "uk", "kk") else ("tr" if lang in ("tr", "az") else "en")), p


def flat_times(clock, n, lo, per=8.0, gap=(6, 40), hi=WEEK_END, tz=0, profile="botish", dayw="flat"):
    return clock.sessions(n, tz, profile, dayw, per, gap, lo=max(WEEK0, lo), hi=hi)


def wave_times(rng, waves, n, lo, gap=(2, 15)):
    ws = [w for w in waves if w >= lo]
    if not ws:
        ws = [max(lo, WEEK_END - 2 * HOUR)]
    k = max(1, min(len(ws), n // rng.randint(4, 10)))
    chosen = sorted(rng.sample(ws, k))
    sizes = [1] * k
    for _ in range(n - k):
        sizes[rng.randrange(k)] += 1
    out = []
    for w, c in zip(chosen, sizes):
        t = w + rng.randint(0, 600) * 1000
        for j in range(c):
            t += rng.randint(gap[0] * 1000, gap[1] * 1000)
            out.append(min(t, WEEK_END - 1))
    return sorted(out)


# ---------------------------------------------------------------------------- c-j1
def c1_hydra(W, C, clock, n=300):
    cid = "c-j1"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(5)]
    pool = [W.net.datacenter(p) for p in ["hetzner"] * 10 + ["ovh"] * 8 + ["digitalocean"] * 6]
    bursts = [sec(2027, 7, 27, 2), sec(2027, 7, 30, 14), sec(2027, 8, 3, 1)]
    off = rng.randint(0, 80) * MIN
    waves = [WEEK0 + off + k * 90 * MIN for k in range(7 * 16)]
    for i in range(n):
        csec = bursts[i % 3] + rng.randint(0, 6 * 3600)
        lang = "en" if rng.random() < 0.65 else "ru"
        cc = rng.choice(["KZ", "UA", "TR", "UZ"])
        a = W.account(CL(cid), rng, csec, "api", cc, lang, pay=cards[i % 5] if rng.random() < 0.9 else rng.choice(cards),
                      ua=rng.choice(["OpenAI/Python 2.11.0", "OpenAI/Python 2.11.0", "python-httpx/0.28.1"]))
        a.ips = rng.sample(pool, 3)
        times = wave_times(rng, waves, lognorm_n(rng, 40, 0.5, 8, 160), csec * 1000 + 10 * MIN)

        def convo(r, ts, lang=lang):
            if r.random() < 0.8:
                q, resp, think = gsm_item(r, C, lang)
            else:
                q = r.choice(C.hard_math or C.hard_other)
                resp, think = respond.english(r, False, "l"), None
            u = r.choice(T.HYDRA_FRAME).format(cot=r.choice(T.HYDRA[lang]), q=q)
            return [{"u": u, "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=model_picker([("reason", .5), ("chat", .5)], "none"), ip_fn=ip_pool(a.ips),
            params_fn=lambda r, ts, m: {"reasoning_effort": "high"} if m == MODELS["reason"] else {"temperature": 0.3, "max_tokens": 4096})


# ---------------------------------------------------------------------------- c-j2
def c2_sweep(W, C, clock, n=120):
    cid = "c-j2"
    rng = W.sub(cid)
    clock.rng = rng
    items = [("si", x) for x in C.si] + [("gsm", x) for x in C.gsm[2000:7400]]
    per = len(items) // n
    tpl = "### Instruction:\n{ins}\n\n### Input:\n{inp}\n\n### Response (write a complete, high-quality answer; explain any non-obvious choice):"
    for i in range(n):
        csec = created_between(rng, sec(2027, 7, 10), sec(2027, 8, 1))
        cc = rng.choice(["TR", "RO", "UA"])
        a = W.account(CL(cid), rng, csec, "api", cc, "en", pay=W.card(), ua="python-requests/2.32.3")
        a.ips = [W.net.residential(cc)]
        mine = items[i * per:(i + 1) * per]
        rng.shuffle(mine)
        k = min(len(mine), lognorm_n(rng, 70, 0.3, 20, 200))
        it = iter(mine[:k])
        times = flat_times(clock, k, WEEK0, per=12, gap=(4, 25))

        def convo(r, ts, it=it):
            kind, x = next(it, ("gsm", r.choice(C.gsm)))
            if kind == "si":
                ins, inp, out = x
                return [{"u": tpl.format(ins=ins, inp=inp or "(none)"), "r": (out or respond.english(r)) + "\n\n" + r.choice(respond.EN_BODY)}]
            q, an = x
            lines, fin = gsm_clean(an)
            return [{"u": tpl.format(ins="Solve the word problem.", inp=q), "r": respond.math(r, "en", lines, fin, "detailed")}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .75), ("mini", .25)], "none"),
            ip_fn=lambda r, ts, cc=cc: W.net.residential(r.choice([cc, "TR", "RO", "UA", "MD"])),
            params_fn=lambda r, ts, m: {"temperature": 0.7, "max_tokens": 2048})


# ---------------------------------------------------------------------------- c-j3
def c3_jailbreak(W, C, clock, n=60):
    cid = "c-j3"
    rng = W.sub(cid)
    clock.rng = rng
    for i in range(n):
        csec = created_between(rng, sec(2027, 6, 1), sec(2027, 7, 30))
        lang = rng.choice(["en", "en", "tr", "ru"])
        cc = rng.choice(["TR", "UA", "KZ", "AZ"])
        web = rng.random() < 0.6
        a = W.account(CL(cid), rng, csec, "web" if web else "api", cc, lang, pay=W.card() if rng.random() < 0.3 else None,
                      ua=browser_ua(rng) if web else sdk_ua(rng))
        home = W.net.residential(cc)
        a.ips = [home]
        sticky = {}

        def ipf(r, ts, sticky=sticky):
            h = ts // (4 * HOUR)
            if h not in sticky:
                sticky[h] = W.net.vpn()
            return sticky[h]
        persona = rng.choice(C.dan + C.jailbreaks[:200])
        times = clock.sessions(lognorm_n(rng, 50, 0.5, 8, 200), 3, "consumer", "consumer", 6, (20, 120))

        def convo(r, ts, lang=lang, persona=persona):
            x = r.random()
            if x < 0.12:
                return [{"u": r.choice(C.sysx), "r": "I can't share that, but I'm happy to help otherwise."}]
            if x < 0.75:
                q, resp, think = gsm_item(r, C, lang if lang != "en" else "en")
            else:
                q = r.choice(C.hard_coding)
                resp, think = respond.english(r, True, "l"), None
            pay = r.choice(T.JB_PAYLOAD[lang]).format(q=q)
            if r.random() < 0.5:
                return [{"u": persona[:3000] + "\n\n" + pay, "r": resp, "think": think}]
            return [{"u": persona[:3000], "r": "Understood. I'm ready."}, {"u": pay, "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .7), ("reason", .3)], "app"), ip_fn=ipf,
            params_fn=lambda r, ts, m, web=web: app_params(r, m, "web") if web else {"temperature": 0.9},
            system_fn=(lambda r, ts: app_system("web", ts)) if web else None)


# ---------------------------------------------------------------------------- c-j4
def c4_multilingual(W, C, clock, n=150):
    cid = "c-j4"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(15)]
    langs = ["kk", "uz", "az", "ka", "hy", "tr", "uk"]
    for i in range(n):
        lang = langs[i % len(langs)]
        cc = LANG_HOME[lang]
        csec = created_between(rng, sec(2027, 7, 20), sec(2027, 7, 22, 20))
        a = W.account(CL(cid), rng, csec, "api", cc, lang, pay=cards[i % 15], ua=sdk_ua(rng))
        ipf = ip_mobile(W, a, wifi_share=0.0)
        times = flat_times(clock, lognorm_n(rng, 40, 0.5, 8, 150), WEEK0, per=6, gap=(5, 40), tz=a.tz, profile="dev", dayw="flat")

        def convo(r, ts, lang=lang):
            cot = r.choice(T.MULTI[lang])
            if lang in ("ka", "hy") and r.random() < 0.5 or r.random() < 0.25:
                q, a_ = r.choice(C.gsm)
                lines, fin = gsm_clean(a_)
                u = "%s\n\n%s\n\n%s" % (cot, q, T.MULTI_ANSWER_IN[lang])
                return [{"u": u, "r": respond.math(r, lang, lines, fin, "detailed"), "think": respond.reasoning_math(r, lines, fin)}]
            q, resp, think, _ = local_item(r, lang)
            u = (cot + "\n\n" + q) if r.random() < 0.5 else (q + "\n\n" + cot)
            return [{"u": u, "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=model_picker([("reason", .8), ("chat", .2)], "slow"), ip_fn=ipf,
            params_fn=lambda r, ts, m: {"reasoning_effort": "high"} if m in (MODELS["reason"], MODELS["flagship"]) else {"temperature": 0.5})


# ---------------------------------------------------------------------------- c-j5 (hooks into resellers)
def c5_reseller_hooks(W, C, clock, plan):
    """plan: {shop: (n_end_users, eu_format)} -> {shop: [(eu, times, convo, info, mix)]}"""
    cid = "c-j5"
    rng = W.sub(cid)
    clock.rng = rng
    hooks = {}
    for shop, (k, fmt) in plan.items():
        for j in range(k):
            eu = W.unique(fmt, rng)
            lang = "ru" if shop == "GPTBox.kz" or rng.random() < 0.3 else "en"
            lo = WEEK0 + DAY + rng.randint(0, 36) * HOUR
            times = flat_times(clock, lognorm_n(rng, 25, 0.4, 8, 80), lo, per=5, gap=(8, 60), hi=WEEK0 + 6 * DAY + 12 * HOUR)

            def convo(r, ts, lang=lang):
                if r.random() < 0.6:
                    q, resp, think = gsm_item(r, C, lang)
                else:
                    ins, inp, out = r.choice(C.si)
                    q = ins + ("\n" + inp if inp else "")
                    resp, think = (out or respond.english(r)) + "\n\n" + r.choice(respond.EN_BODY), None
                return [{"u": r.choice(T.RESELL[lang]).format(q=q), "r": resp, "think": think}]
            hooks.setdefault(shop, []).append((eu, times, convo, CL(cid), [("chat", .6), ("reason", .4)]))
    return hooks


# ---------------------------------------------------------------------------- c-j6
def c6_pivot(W, C, clock, n=100):
    cid = "c-j6"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(8)]
    for i in range(n):
        csec = (sec(2027, 7, 15, 9) if i % 2 else sec(2027, 7, 28, 21)) + rng.randint(0, 5 * 3600)
        lang = "tr" if rng.random() < 0.5 else "en"
        a = W.account(CL(cid), rng, csec, "api", "TR", lang, pay=rng.choice(cards), ua=sdk_ua(rng))
        ipf = ip_dc(W, a, rng.choice(["ovh", "digitalocean", "tr_host"]), rng.randint(1, 2))
        switch = RELEASE + int(rng.uniform(1.5, 20) * HOUR)
        n_req = lognorm_n(rng, 60, 0.4, 15, 200)
        times = flat_times(clock, n_req, WEEK0, per=8, gap=(5, 30))

        def mf(r, ts, switch=switch):
            if ts >= switch and r.random() < 0.82:
                return MODELS["flagship"]
            return MODELS["reason"] if r.random() < 0.5 else MODELS["chat"]

        def convo(r, ts, lang=lang):
            if r.random() < 0.55:
                q, resp, think = gsm_item(r, C, lang)
                tpl = T.PIVOT[lang][0]
            else:
                q = r.choice(C.hard_coding + C.hard_math)
                resp, think = respond.english(r, True, "l"), None
                tpl = T.PIVOT[lang][1]
            return [{"u": tpl.format(q=q), "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=mf, ip_fn=ipf,
            params_fn=lambda r, ts, m: {"reasoning_effort": "high", "max_tokens": r.choice([8192, 16000])} if m != MODELS["chat"] else {"temperature": 0.4})


# ---------------------------------------------------------------------------- c-j7
def c7_rotation(W, C, clock, n=200):
    cid = "c-j7"
    rng = W.sub(cid)
    clock.rng = rng
    ccs = ["TR", "UA", "RO", "KZ", "GE", "MD", "AZ"]
    for i in range(n):
        csec = created_old(rng, sec(2027, 5, 20), sec(2027, 7, 25), 1.0)
        lang = rng.choice(["ro", "uk", "en", "en"])
        a = W.account(CL(cid), rng, csec, "web", rng.choice(ccs), lang, pay=W.card(), ua=browser_ua(rng))
        a.ips = [W.net.residential(a.cc)]
        times = flat_times(clock, lognorm_n(rng, 30, 0.5, 5, 120), WEEK0, per=5, gap=(20, 120))

        def convo(r, ts, lang=lang):
            if r.random() < 0.7:
                ins, inp, out = r.choice(C.si)
                q = ins + ("\n\n" + inp if inp else "")
                resp = (out or respond.english(r)) + "\n\n" + " ".join(r.sample(respond.EN_BODY, 3))
            else:
                q = r.choice(C.hard_other)
                resp = respond.english(r, False, "l")
            return [{"u": T.ROTATE[lang].format(q=q), "r": resp}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .7), ("reason", .3)], "app"),
            ip_fn=lambda r, ts: W.net.residential(r.choice(ccs)), ua_fn=lambda r, ts: browser_ua(r),
            params_fn=lambda r, ts, m: app_params(r, m, "web"), system_fn=lambda r, ts: app_system("web", ts))


# ---------------------------------------------------------------------------- c-j8
def c8_thin(W, C, clock, n=400):
    cid = "c-j8"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(12)]
    days = [0, 1, 3, 5]
    for i in range(n):
        d = days[i % 4]
        csec = (WEEK0 // 1000) + d * 86400 + rng.randint(2, 10) * 3600 + rng.randint(0, 3600)
        cc = rng.choice(["TR", "UA", "KZ"])
        lang = rng.choice(["en", "en", "tr", "ru"])
        a = W.account(CL(cid), rng, csec, "api", cc, lang, pay=cards[i % 12], ua=sdk_ua(rng))
        ipf = ip_mobile(W, a, wifi_share=0.0)
        k = rng.choice([1, 2, 2, 3, 3, 4])
        t = csec * 1000 + rng.randint(1, 40) * MIN
        times = []
        for j in range(k):
            t += rng.randint(10, 240) * 1000
            times.append(min(t, WEEK_END - 1))

        def convo(r, ts, lang=lang):
            q, resp, think = gsm_item(r, C, lang)
            return [{"u": r.choice(T.THIN[lang]).format(q=q), "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=model_picker([("reason", .7), ("chat", .3)], "none"), ip_fn=ipf,
            params_fn=lambda r, ts, m: {"reasoning_effort": "high"} if m == MODELS["reason"] else {"temperature": 0.2})


# ---------------------------------------------------------------------------- c-j9
def _paraphrase(rng):
    parts = [rng.choice(T.PARA_A), rng.choice(T.PARA_B), rng.choice(T.PARA_C)]
    if rng.random() < 0.5:
        parts[1], parts[2] = parts[2], parts[1]
    s = " ".join(parts)
    for a, b in T.PARA_SWAP:
        if rng.random() < 0.35:
            s = s.replace(a, b)
    if rng.random() < 0.3:
        s = s.lower()
    return s


def c9_paraphrase(W, C, clock, n=120):
    cid = "c-j9"
    rng = W.sub(cid)
    clock.rng = rng
    orgs = [(W.org(), W.card(), sec(2027, 6, 3 + 9 * k)) for k in range(3)]
    from benign import agent_convo
    for i in range(n):
        org, card, onboard = orgs[i % 3]
        a = W.account(CL(cid), rng, onboard + rng.randint(0, 3 * 86400), "api", "UA", "en", pay=card, org=org,
                      ua=rng.choice(["OpenAI/Python 2.11.0", "langchain-openai/0.3.28 OpenAI/Python 2.6.1", "litellm/1.74.3"]), nkeys=2)
        ipf = ip_dc(W, a, "aws_eu", 2)
        wording = _paraphrase(rng)
        tools = BC.TOOLS[:rng.randint(3, 4)]
        times = clock.sessions(lognorm_n(rng, 50, 0.4, 12, 160), 3, "office", "office", 6, (8, 40))

        def task(r, wording=wording):
            issue = r.choice(C.hard_coding)[:1500] if r.random() < 0.7 else r.choice(BC.AGENT_TASKS)
            return wording + "\n\nTask:\n" + issue
        sysp = rng.choice(BC.AGENT_SYSTEMS)
        run(W, a, rng, times, agent_convo(W, BC.AGENT_TASKS, sysp, tools, task_fn=task),
            model_fn=model_picker([("code", .8), ("reason", .2)], "api"), ip_fn=ipf,
            params_fn=lambda r, ts, m, tools=tools: {"tools": tools, "tool_choice": "auto", "temperature": 0.2}, conv_gap=10 * MIN, keep=10)


# ---------------------------------------------------------------------------- c-j10
def c10_cover(W, C, clock, n=80):
    cid = "c-j10"
    rng = W.sub(cid)
    clock.rng = rng
    for i in range(n):
        cc = rng.choice(["TR", "UA", "KZ", "RO", "GE"])
        lang = {"TR": "tr", "UA": "ru", "KZ": "ru", "RO": "en", "GE": "en"}[cc]
        csec = created_old(rng, sec(2026, 12, 1), sec(2027, 5, 30), 1.0)
        a = W.account(CL(cid), rng, csec, "web", cc, lang, pay=W.card(), ua=browser_ua(rng))
        ipf = ip_home(W, a, mobile_share=0.05, dyn=0.2)
        times = clock.sessions(lognorm_n(rng, 60, 0.4, 15, 200), a.tz, "consumer", "consumer", 5, (30, 200))
        cover = consumer_convo(C, lang if rng.random() < 0.6 else "en")

        def convo(r, ts, lang=lang, cover=cover):
            if r.random() < 0.55:
                return cover(r, ts)
            if r.random() < 0.6:
                q, resp, think = gsm_item(r, C, lang)
            else:
                q = r.choice(C.hard_math + C.hard_coding)
                resp, think = respond.english(r, True, "l"), None
            ask = r.choice(T.COVER[lang])
            return [{"u": (q + "\n\n" + ask) if r.random() < 0.6 else (ask + "\n" + q), "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .6), ("reason", .4)], "app"), ip_fn=ipf,
            params_fn=lambda r, ts, m: app_params(r, m, "web"), system_fn=lambda r, ts: app_system("web", ts))


# ---------------------------------------------------------------------------- c-j11
def c11_rubric(W, C, clock, n=50):
    cid = "c-j11"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(2)]
    for i in range(n):
        csec = created_between(rng, sec(2027, 7, 1), sec(2027, 7, 31))
        lang = "en" if rng.random() < 0.7 else "ru"
        a = W.account(CL(cid), rng, csec, "api", "KZ", lang, pay=cards[i % 2], ua=sdk_ua(rng))
        ipf = ip_dc(W, a, rng.choice(["yandex", "ps_kz"]), 2)
        times = flat_times(clock, lognorm_n(rng, 60, 0.4, 15, 200), WEEK0, per=10, gap=(3, 20))

        def convo(r, ts, lang=lang):
            conv = r.choice(C.arena)
            q, a1 = conv[0]
            a1 = (a1 or respond.english(r))[:1500]
            x = r.random()
            if x < 0.2:
                return [{"u": T.REWRITE[lang].format(a=a1), "r": a1}]
            tpl = r.choice(T.RUBRIC[lang])
            b = (r.choice(C.arena)[0][1] or respond.english(r))[:1500]
            u = tpl.format(q=q[:1200], a=a1, b=b)
            resp = ("Accuracy: %d/10 — %s\nCompleteness: %d/10 — %s\nClarity: %d/10 — %s\nOverall: %d/10" %
                    (r.randint(3, 10), r.choice(respond.EN_BODY), r.randint(3, 10), r.choice(respond.EN_BODY), r.randint(3, 10),
                     r.choice(respond.EN_BODY), r.randint(3, 10))) if "Winner" not in tpl else (
                " ".join(r.sample(respond.EN_BODY, 4)) + "\n\nWinner: " + r.choice("AB"))
            return [{"u": u, "r": resp}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .6), ("reason", .4)], "api"), ip_fn=ipf,
            params_fn=lambda r, ts, m: {"temperature": 0, "max_tokens": 1500})


# ---------------------------------------------------------------------------- c-j12 (own)
def _schema_params(schema):
    props = {f: ({"type": "array", "items": {"type": "string"}} if i in (1, 2) else {"type": "string"}) for i, f in enumerate(schema["fields"])}
    return {"response_format": {"type": "json_schema", "json_schema": {"name": schema["name"], "strict": True,
                                "schema": {"type": "object", "properties": props, "required": schema["fields"], "additionalProperties": False}}},
            "temperature": 0.2}


def c12_schema(W, C, clock, n=90):
    cid = "c-j12"
    rng = W.sub(cid)
    clock.rng = rng
    for i in range(n):
        csec = created_old(rng, sec(2027, 3, 1), sec(2027, 7, 20), 1.0)
        lang = rng.choice(["ru", "uk", "ro", "en", "en"])
        cc = {"ru": "KZ", "uk": "UA", "ro": "RO", "en": rng.choice(["TR", "UA", "RO"])}[lang]
        a = W.account(CL(cid), rng, csec, "api", cc, lang, pay=W.card(), ua=sdk_ua(rng))
        ipf = ip_dc(W, a, rng.choice(["hetzner", "digitalocean", "aws_eu", "gcp"]), 1) if rng.random() < 0.5 else ip_home(W, a)
        schema = rng.choice(T.SCHEMAS)
        params = _schema_params(schema)
        sysp = rng.choice(["You extract structured data. Always answer with valid JSON.", "Return only JSON that matches the schema.", None])
        times = clock.sessions(lognorm_n(rng, 50, 0.5, 10, 200), a.tz, "dev", "office", 8, (6, 40))

        def convo(r, ts, lang=lang, schema=schema, sysp=sysp):
            x = r.random()
            if lang != "en" and x < 0.6:
                q, _, _, p = local_item(r, lang)
                steps, ans = p["steps"], p["answer"]
            elif x < 0.85:
                q, an = r.choice(C.gsm)
                steps, ans = gsm_clean(an)
            else:
                q = r.choice(C.hard_math or C.hard_other)
                steps, ans = [r.choice(respond.EN_BODY) for _ in range(3)], "see derivation"
            f = schema["fields"]
            obj = {f[0]: q[:200], f[1]: ["identify the quantities", "set up the relation", "compute"], f[2]: list(steps),
                   f[3]: "recomputed: " + (steps[-1] if steps else ""), f[4]: str(ans)}
            u = r.choice(T.SCHEMA_LABEL[lang]) + q
            t = {"u": u, "r": json.dumps(obj, ensure_ascii=False)}
            if sysp:
                t["sys"] = sysp
            return [t]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .7), ("mini", .1), ("reason", .2)], "api"), ip_fn=ipf,
            params_fn=lambda r, ts, m, params=params: params)


# ---------------------------------------------------------------------------- c-j13 (own)
def c13_drip(W, C, clock, n=110):
    cid = "c-j13"
    rng = W.sub(cid)
    clock.rng = rng
    for i in range(n):
        lang = rng.choice(["ru", "ru", "tr", "tr", "uk", "ro", "en"])
        cc = {"ru": rng.choice(["KZ", "UZ", "MD"]), "tr": "TR", "uk": "UA", "ro": "RO", "en": rng.choice(["GE", "AM", "TR"])}[lang]
        csec = created_old(rng, sec(2027, 4, 1), sec(2027, 7, 25), 1.0)
        a = W.account(CL(cid), rng, csec, "mobile", cc, lang, pay=W.card() if rng.random() < 0.2 else None, ua=app_ua(rng))
        ipf = ip_mobile(W, a, wifi_share=0.15)
        times = clock.sessions(lognorm_n(rng, 40, 0.4, 10, 150), a.tz, "consumer", "consumer", 4, (25, 120))

        def convo(r, ts, lang=lang):
            if lang == "en" or r.random() < 0.2:
                p = r.choice(C.hard_coding)
                out = [{"u": p[:1500], "r": respond.english(r, True)}]
                fl = T.DRIP["en"]
            else:
                q, resp, think, p = local_item(r, lang, "steps")
                out = [{"u": q, "r": resp, "think": think}]
                fl = T.DRIP[lang]
                for f in r.sample(fl, r.randint(2, 3)):
                    out.append({"u": f, "r": r.choice(respond.RESP_OPEN(lang)) + "\n\n" + respond.math(r, lang, p["steps"], p["answer"], "detailed", q),
                                "think": respond.reasoning_math(r, p["steps"], p["answer"])})
                return out
            for f in r.sample(fl, r.randint(2, 3)):
                out.append({"u": f, "r": respond.english(r, r.random() < 0.5, "m")})
            return out
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .8), ("reason", .2)], "app"), ip_fn=ipf,
            params_fn=lambda r, ts, m: app_params(r, m, "mobile"), system_fn=lambda r, ts: app_system("mobile", ts),
            parts=True, ua_fn=lambda r, ts, u=a.ua: u.replace("5.8.2", "5.9.0") if ts > WEEK0 + 3 * DAY else u)


# ---------------------------------------------------------------------------- c-j14 (own)
def c14_homework(W, C, clock, n=80):
    cid = "c-j14"
    rng = W.sub(cid)
    clock.rng = rng
    for i in range(n):
        lang = rng.choice(["tr", "ru", "uk", "ro", "az", "en"])
        cc = LANG_HOME[lang] if lang != "en" else rng.choice(["GE", "AM", "RO"])
        csec = created_old(rng)
        a = W.account(CL(cid), rng, csec, "web", cc, lang, pay=W.card() if rng.random() < 0.4 else None, ua=browser_ua(rng))
        ipf = ip_home(W, a)
        times = clock.sessions(lognorm_n(rng, 35, 0.4, 8, 120), a.tz, "consumer", "consumer", 4, (60, 300))

        def convo(r, ts, lang=lang):
            if lang == "en" or r.random() < 0.25:
                q, an = r.choice(C.gsm)
                good, fin = gsm_clean(an)
                bad, wfin = gsm_corrupt(r, an)
                diff = next((b for g, b in zip(good, bad) if g != b), bad[-1] if bad else "")
            else:
                for _ in range(5):
                    p = problem(r, lang)
                    if p["wrong_answer"] != p["answer"]:
                        break
                q, good, fin, bad, wfin = p["text"], p["steps"], p["answer"], p["wrong_steps"], p["wrong_answer"]
                diff = bad[0]
            u = T.HOMEWORK[lang].format(q=q, sol="\n".join(bad), wa=wfin)
            resp = T.HOMEWORK_FIX[lang].format(bad=diff) + "\n\n" + respond.math(r, lang, good, fin, "steps")
            return [{"u": u, "r": resp, "think": respond.reasoning_math(r, good, fin)}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .7), ("reason", .3)], "app"), ip_fn=ipf,
            params_fn=lambda r, ts, m: app_params(r, m, "web"), system_fn=lambda r, ts: app_system("web", ts))


# ---------------------------------------------------------------------------- c-j15 (own)
def c15_localized(W, C, clock, n=140):
    cid = "c-j15"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(28)]
    batch_days = [sec(2027, 7, 18 + k, rng.randint(0, 23)) for k in range(0, 11, 2)]
    for i in range(n):
        lang = ["tr", "kk", "uz", "az"][i % 4]
        cc = LANG_HOME[lang]
        csec = batch_days[i % len(batch_days)] + rng.randint(0, 4 * 3600)
        a = W.account(CL(cid), rng, csec, "api", cc, lang, pay=cards[i // 5], ua=sdk_ua(rng))
        a.ips = [W.net.residential(cc)]
        sess = {}

        def ipf(r, ts, cc=cc, sess=sess):
            k = ts // (40 * MIN)
            if k not in sess:
                sess[k] = W.net.residential(cc)
            return sess[k]
        times = flat_times(clock, lognorm_n(rng, 35, 0.4, 8, 120), WEEK0, per=5, gap=(10, 90))

        def convo(r, ts, lang=lang):
            if r.random() < 0.2:
                q, an = r.choice(C.gsm)
                lines, fin = gsm_clean(an)
                return [{"u": q, "r": respond.math(r, "en", lines, fin, "steps"), "think": respond.reasoning_math(r, lines, fin)}]
            q, resp, think, _ = local_item(r, lang, "steps")
            return [{"u": q, "r": resp, "think": think}]
        run(W, a, rng, times, convo, model_fn=model_picker([("reason", 1.0)], "slow"), ip_fn=ipf,
            params_fn=lambda r, ts, m: {"reasoning_effort": "high"})


# ---------------------------------------------------------------------------- c-j16 (own)
def c16_aged(W, C, clock, n=70):
    cid = "c-j16"
    rng = W.sub(cid)
    clock.rng = rng
    from flows import pick_cc, pick_lang
    for i in range(n):
        cc = pick_cc(rng)
        lang = pick_lang(rng, cc)
        csec = created_old(rng, sec(2024, 9, 1), sec(2026, 10, 1), 0.7)
        ch = rng.choice(["web", "web", "api"])
        a = W.account(CL(cid), rng, csec, ch, cc, lang, pay=W.card(), ua=browser_ua(rng) if ch == "web" else sdk_ua(rng))
        old_ip = ip_home(W, a)
        new_cc = rng.choice([c for c in ("TR", "UA", "KZ", "RO", "GE") if c != cc] or ["TR"])
        new_ip = W.net.residential(new_cc)
        hand = WEEK0 + 2 * DAY + rng.randint(0, 30) * HOUR
        before = [t for t in clock.sessions(lognorm_n(rng, 6, 0.6, 1, 20), a.tz, "consumer", "consumer", 2, (60, 300)) if t < hand]
        after = flat_times(clock, lognorm_n(rng, 35, 0.4, 8, 120), hand + rng.randint(10, 200) * MIN, per=6, gap=(10, 60))
        pf = (lambda r, ts, m: app_params(r, m, "web")) if ch == "web" else (lambda r, ts, m: {"temperature": 0.7})
        sf = (lambda r, ts: app_system("web", ts)) if ch == "web" else None
        run(W, a, rng, before, consumer_convo(C, lang), model_fn=model_picker([("chat", 1)], "app"), ip_fn=old_ip, params_fn=pf, system_fn=sf)

        def convo(r, ts):
            x = r.random()
            if x < 0.4:
                q = r.choice(C.hard_coding)
                resp, think = respond.english(r, True, "l"), None
            elif x < 0.7:
                q, resp, think = gsm_item(r, C, "en")
            else:
                ins, inp, out = r.choice(C.si)
                q = ins + ("\n\n" + inp if inp else "")
                resp, think = (out or respond.english(r)) + "\n\n" + r.choice(respond.EN_BODY), None
            return [{"u": r.choice(T.AGED).format(q=q), "r": resp, "think": think}]
        run(W, a, rng, after, convo, model_fn=model_picker([("reason", .6), ("chat", .4)], "eager"),
            ip_fn=lambda r, ts, ip=new_ip: ip, params_fn=pf, system_fn=sf)


# ---------------------------------------------------------------------------- c-j17 (own)
def c17_logprob(W, C, clock, n=60):
    cid = "c-j17"
    rng = W.sub(cid)
    clock.rng = rng
    cards = [W.card() for _ in range(6)]
    for i in range(n):
        csec = created_old(rng, sec(2027, 2, 1), sec(2027, 7, 15), 1.0)
        a = W.account(CL(cid), rng, csec, "api", rng.choice(["TR", "UA", "RO"]), "en", pay=cards[i % 6], ua=sdk_ua(rng))
        ipf = ip_dc(W, a, rng.choice(["gcp", "azure"]), 2)
        n_req = lognorm_n(rng, 60, 0.4, 15, 200)
        times = flat_times(clock, n_req, WEEK0, per=6, gap=(2, 12))
        temps = rng.sample([0.0, 0.3, 0.5, 0.7, 0.9, 1.1, 1.3], 4)
        state = {"p": None, "left": 0}

        def convo(r, ts, state=state, temps=temps):
            if state["left"] <= 0:
                x = r.random()
                if x < 0.6:
                    u, a_ = r.choice(C.arena)[0]
                    state["p"] = (u, (a_ or respond.english(r))[:1500])
                elif x < 0.8:
                    p = r.choice(C.hard)[0]
                    state["p"] = (p, respond.english(r, False, "l"))
                else:
                    lang = r.choice(["tr", "ru", "uk", "ro"])
                    state["p"] = (everyday(r, lang), respond.generic(r, lang, "m"))
                state["left"] = r.randint(3, 6)
                state["k"] = 0
            state["left"] -= 1
            state["k"] += 1
            k = state["k"]
            prm = {"temperature": temps[k % len(temps)], "top_p": r.choice([1.0, 0.95, 0.9]), "n": r.choice([1, 4, 8]),
                   "logprobs": True, "top_logprobs": r.choice([10, 20]), "seed": r.randint(1, 10 ** 6), "max_tokens": 1024}
            return [{"u": state["p"][0], "r": state["p"][1], "params": prm}]
        run(W, a, rng, times, convo, model_fn=model_picker([("chat", .8), ("mini", .2)], "api"), ip_fn=ipf, conv_gap=0)


# ---------------------------------------------------------------------------- c-j18 (own; hooks into tutoring apps)
def c18_tutor_hooks(W, C, clock, plan):
    cid = "c-j18"
    rng = W.sub(cid)
    clock.rng = rng
    more = {"tr": ["daha ayrıntılı anlatır mısın?", "her adımı neden yaptığını da yaz"], "kk": ["толығырақ түсіндірші", "әр қадамның себебін жаз"],
            "uz": ["batafsilroq tushuntiring", "har bir qadam sababini yozing"]}
    hooks = {}
    for app, (k, fmt, lang) in plan.items():
        for j in range(k):
            eu = W.unique(fmt, rng)
            start = WEEK0 + rng.randint(0, 7 * 24 - 4) * HOUR + rng.randint(0, 3600) * 1000
            m = rng.randint(12, 25)
            times = []
            t = start
            for x in range(m):
                t += rng.randint(25, 400) * 1000
                times.append(min(t, WEEK_END - 1))

            def convo(r, ts, lang=lang):
                p = problem(r, lang)
                pre = r.choice(BC.TUTOR_PRE[lang])
                out = [{"u": pre + p["text"], "r": respond.math(r, lang, p["steps"], p["answer"], "detailed", p["text"])}]
                if r.random() < 0.3:
                    out.append({"u": r.choice(more[lang]), "r": respond.math(r, lang, p["steps"], p["answer"], "detailed")})
                return out
            hooks.setdefault(app, []).append((eu, times, convo, CL(cid)))
    return hooks


# ---------------------------------------------------------------------------- c-j19 (own)
def c19_mimic(W, C, clock, n=40):
    cid = "c-j19"
    rng = W.sub(cid)
    clock.rng = rng
    org = W.org()
    card = W.card()
    ua = rng.choice(EVAL_UAS[:3])
    r0 = random.Random("c-j19-shots:%d" % W.seed)
    shots = {}
    for lang in ("ru", "tr", "kk", "en"):
        qn, an = T.MIMIC_Q[lang]
        ex = []
        for _ in range(4):
            p = problem(r0, lang)
            ex.append("%s: %s\n%s: %s" % (qn, p["text"], an, respond.math(r0, lang, p["steps"], p["answer"], "detailed")))
        shots[lang] = "\n\n".join(ex)
    accs = []
    for i in range(n):
        a = W.account(CL(cid), rng, created_old(rng, sec(2027, 1, 10), sec(2027, 6, 1), 1.0), "api", "KZ", "ru", pay=card, org=org, ua=ua, nkeys=2)
        accs.append((a, ip_dc(W, a, "hetzner", 2)))
    # runs over the week; after the release, the flagship gets the same suites
    for a, ipf in accs:
        k = lognorm_n(rng, 120, 0.3, 40, 300)
        lo = WEEK0 + rng.randint(0, 5 * 24) * HOUR
        ts = lo
        items = []
        while len(items) < k:
            lang = rng.choice(["ru", "tr", "kk", "en"])
            x = rng.random()
            if x < 0.6:
                p = problem(rng, lang)
                qn, an = T.MIMIC_Q[lang]
                u = shots[lang] + "\n\n%s: %s\n%s:" % (qn, p["text"], an)
                r_ = respond.math(rng, lang, p["steps"], p["answer"], "detailed")
                th = respond.reasoning_math(rng, p["steps"], p["answer"])
            elif x < 0.8:
                ins, inp, out = rng.choice(C.si)
                u = "Question: %s%s\nAnswer:" % (ins, "\n" + inp if inp else "")
                r_, th = (out or respond.english(rng)) + "\n\n" + rng.choice(respond.EN_BODY), None
            else:
                u = "Question: %s\nAnswer:" % rng.choice(C.hard_coding)[:2000]
                r_, th = respond.english(rng, True, "l"), None
            for s in range(4):
                items.append((u, r_, th, s))
        for u, r_, th, s in items[:k]:
            ts += int(rng.expovariate(1 / 1.5) * 1000) + 100
            if ts >= WEEK_END:
                break
            if ts >= RELEASE and rng.random() < 0.6:
                m = MODELS["flagship"]
            else:
                m = rng.choice([MODELS["chat"], MODELS["reason"], MODELS["chat"]])
            params = {"temperature": 0.8, "max_tokens": 4096, "seed": 1000 + s}
            if m == MODELS["reason"]:
                params = {"reasoning_effort": "high", "max_tokens": 8192, "seed": 1000 + s}
            think = (th or respond.reasoning_general(rng, u)) if m == MODELS["reason"] else None
            W.emit(a, ts, m, messages=[{"role": "user", "content": u}], params=params, response=r_, reasoning=think, ip=ipf(rng, ts), rng=rng)


RUNNERS = [c1_hydra, c2_sweep, c3_jailbreak, c4_multilingual, c6_pivot, c7_rotation, c8_thin, c9_paraphrase, c10_cover, c11_rubric,
           c12_schema, c13_drip, c14_homework, c15_localized, c16_aged, c17_logprob, c19_mimic]
