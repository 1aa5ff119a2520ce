"""Distillation campaigns hidden in the gen_f world (all held out)."""
import numpy as np

import textgen as T
from populations import chat_stream, agent_trajectory, CASUAL_M, M, lognorm_n
from world import CHAT, MINI, R1, R2, LLAMA, QWEN, T0, T_REL, DAY, WEEK, BROWSER_UA, SDK_UA, TZ

SYNTH = {
    "en": "Here is an example task:\nInstruction: {i}\nInput: {inp}\nOutput: {o}\n\nWrite {k} new, diverse tasks in the same format (Instruction / Input / Output), each with a complete, high-quality output.",
    "es": "Ejemplo de tarea:\nInstrucción: {i}\nEntrada: {inp}\nSalida: {o}\n\nGenera {k} tareas nuevas y variadas con el mismo formato, cada una con una salida completa y de alta calidad.",
    "pt": "Exemplo de tarefa:\nInstrução: {i}\nEntrada: {inp}\nSaída: {o}\n\nCrie {k} tarefas novas e variadas no mesmo formato, cada uma com uma saída completa e de alta qualidade.",
    "it": "Esempio di compito:\nIstruzione: {i}\nInput: {inp}\nOutput: {o}\n\nScrivi {k} nuovi compiti diversi nello stesso formato, ciascuno con un output completo e di alta qualità.",
    "fr": "Exemple de tâche :\nConsigne : {i}\nEntrée : {inp}\nSortie : {o}\n\nRédige {k} nouvelles tâches variées au même format, chacune avec une sortie complète et de grande qualité.",
}
EXPERT = {
    "en": "Answer the following as a world-class expert would, as completely as possible:\n{i}\n{inp}",
    "es": "Responde a lo siguiente como lo haría un experto de primer nivel, de la forma más completa posible:\n{i}\n{inp}",
    "pt": "Responda como um especialista de altíssimo nível, da forma mais completa possível:\n{i}\n{inp}",
}


def lab(cid, tactic):
    return {"label": "campaign", "campaign_id": cid, "tactic": tactic, "held_out": True}


def make_cot_template(w, lang):
    g = T.COT_GRAMMAR[lang]
    o, c, f, gl = w.pick(g["open"]), w.pick(g["core"]), w.pick(g["fmt"]), w.pick(g["glue"])
    core = (o + c) if o else c[0].upper() + c[1:]
    return gl.replace("{c}", core).replace("{f}", f)


def cot_item(w, mix=(0.6, 0.15, 0.25)):
    """(question text, gsm item or None, kind)"""
    r = w.rng.random()
    C = w.C
    if r < mix[0]:
        it = w.pick(C.gsm)
        return it[0], it, "gsm"
    if r < mix[0] + mix[1]:
        return w.pick(C.hard_math), None, "math"
    return w.pick(C.hard_coding), None, "code"


def cot_response(w, lang, q, item, kind, tagged=False):
    if item is not None:
        body = w.gsm_solution(item, lang, "steps")
        rs = w.gsm_reasoning(item)
    elif kind == "code":
        body = w.code_answer(q)
        rs = None
    else:
        body = w.generic_answer(lang, 9)
        rs = None
    if tagged:
        body = "<thinking>\n" + (rs or body) + "\n</thinking>\n" + body
    return body, rs


# ------------------------------------------------------------------ C1
def hydra_multilingual_cot(w, cid, n_acc):
    """Public-record style hydra clusters: ~25 accounts per cluster share a card and a subnet, created in a burst;
    CoT elicitation in six languages, 35% ordinary resold traffic mixed in."""
    r = w.rng
    tac = "hydra_multilingual_cot"
    made = 0
    while made < n_acc:
        size = min(n_acc - made, int(r.integers(15, 40)))
        lang = w.pick(["es", "pt", "it", "fr", "ca", "en", "es", "pt"])
        pm = w.hexid("pm_", 16)
        resi = r.random() < 0.4
        country = w.pick(["BR", "MX", "AR", "ES", "IT", "FR", "CO"])
        subnet = w.dc_subnet()
        burst = T0 - r.uniform(8, 30) * DAY
        ua = w.pick(SDK_UA[:8])
        for k in range(size):
            ips = [w.res_ip(country) for _ in range(3)] if resi else list(r.choice(subnet, 3, replace=False))
            a = w.account(lab(cid, tac), created=burst + r.uniform(0, 40 * 3600), pm=pm if r.random() < 0.85 else "own",
                          country=country, ips=ips, uas=[ua])
            tmpl = make_cot_template(w, lang)
            n = lognorm_n(r, 52, 0.5, 10, 400)
            ts = w.times(n, a.tz, "flat", per_session=8, gap=25)
            for t in ts:
                if r.random() < 0.35:
                    chat_stream(w, a, np.array([t]), w.pick([lang, "en"]), CASUAL_M, None)
                    continue
                q, item, kind = cot_item(w)
                tm = tmpl if r.random() < 0.8 else make_cot_template(w, lang)
                p = tm.replace("{q}", q)
                model = R2 if t >= T_REL + 6 * 3600 and r.random() < 0.5 else w.pick([R1, CHAT, CHAT])
                resp, rs = cot_response(w, lang, q, item, kind, tagged="<" in tm)
                w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rs if model in (R1, R2) else None,
                       params={"temperature": 0.6, "max_tokens": 4096}, status=429 if r.random() < 0.02 else 200)
            made += 1


# ------------------------------------------------------------------ C2
def release_day_pivot(w, cid, n_acc):
    """Aged accounts quietly harvest the reasoning model with bare capability prompts, then move most traffic
    to the new reasoning model within hours of its release."""
    r = w.rng
    tac = "release_day_pivot"
    C = w.C
    pivot = T_REL - T0 + r.uniform(2, 9) * 3600
    for k in range(n_acc):
        c = w.pick(["BR", "AR", "MX", "ES", "PT", "IT", "CO", "CL"])
        ips = [w.res_ip(c)] if r.random() < 0.5 else w.dc_subnet()[:2]
        a = w.account(lab(cid, tac), age_days=(120, 700), country=c, ips=ips, uas=[w.sdk_ua()])
        n_pre = lognorm_n(r, 55, 0.5, 10, 300)
        n_post = lognorm_n(r, 95, 0.5, 20, 500)
        pre = w.times(n_pre, a.tz, "flat", per_session=12, gap=40, hi=pivot)
        post = w.times(n_post, a.tz, "flat", per_session=15, gap=20, lo=pivot + r.uniform(0, 4 * 3600))
        for t in np.concatenate([pre, post]):
            kind = r.random()
            if kind < 0.45:
                it = w.pick(C.gsm)
                p, resp, rs = it[0], w.gsm_solution(it, "en", "plain"), w.gsm_reasoning(it)
            elif kind < 0.7:
                p = w.pick(C.hard_math)
                resp, rs = w.generic_answer("en", 8), None
            else:
                p = w.pick(C.hard_coding)
                resp, rs = w.code_answer(p), None
            if r.random() < 0.15:
                p = w.pick(["Responde en español. ", "Responda em português. ", ""]) + p
            model = R2 if (t - T0) >= pivot and r.random() < 0.75 else R1
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rs,
                   params={"reasoning_effort": "high", "max_tokens": int(w.pick([16000, 32000]))})


# ------------------------------------------------------------------ C3
def pairwise_reward_harvest(w, cid, n_acc):
    """The model as a reward model: pairwise preferences and graded critiques over public problems."""
    r = w.rng
    tac = "pairwise_reward_harvest"
    C = w.C
    pms = [w.hexid("pm_", 16) for _ in range(max(1, n_acc // 2))]
    for k in range(n_acc):
        a = w.account(lab(cid, tac), created=T0 - r.uniform(3, 20) * DAY, pm=w.pick(pms), ips=w.dc_subnet()[:2],
                      uas=[w.pick(["OpenAI/Python 1.82.1", "OpenAI/Python 1.75.0", "python-requests/2.32.3"])])
        lang = w.pick(["es", "en", "pt", "it", "en"])
        n = lognorm_n(r, 200, 0.6, 30, 1200)
        nb = int(r.integers(2, 7))
        starts = np.sort(r.uniform(0, WEEK - 4 * 3600, nb))
        per = np.bincount(r.integers(0, nb, n), minlength=nb)
        for s, m in zip(starts, per):
            for t in w.batch(int(m), s, rate_s=float(r.uniform(2, 12))):
                if r.random() < 0.7:
                    it = w.pick(C.gsm)
                    q = it[0]
                    good = w.gsm_solution(it, "en", "plain")
                    bad = good.replace(it[2], str(int(r.integers(2, 999)))) if it[2] else good[: len(good) // 2]
                else:
                    q = w.pick(C.hard_coding + C.hard_math)
                    good, bad = w.code_answer(q), w.code_answer(q)
                A, B = (good, bad) if r.random() < 0.5 else (bad, good)
                if r.random() < 0.75:
                    p = T.PAIRWISE.get(lang, T.PAIRWISE["en"]).format(q=q, a=A, b=B)
                    resp = '{"critique_a": "%s", "critique_b": "%s", "winner": "%s", "confidence": %d}' % (
                        w.generic_answer("en", 6).replace("\n", " "), w.generic_answer("en", 6).replace("\n", " "), "A" if A is good else "B", r.integers(55, 99))
                else:
                    p = T.SCORE_ONE.get(lang, T.SCORE_ONE["en"]).format(q=q, a=A)
                    resp = w.generic_answer("en", 8) + "\nGrade: %d/10" % r.integers(1, 11)
                params = {"temperature": 0.7, "max_tokens": 2048}
                if r.random() < 0.3:
                    params["n"] = 4
                w.emit(a, t, w.pick([CHAT, R1, R1]), messages=[{"role": "user", "content": p}], response=resp, params=params)


# ------------------------------------------------------------------ C4
def trial_credit_thin_fleet(w, cid, n_acc):
    """Thousands of throwaway trial accounts (no card), each a handful of requests from its own residential proxy address."""
    r = w.rng
    tac = "trial_credit_thin_fleet"
    C = w.C
    for k in range(n_acc):
        c = w.country()
        created = T0 + r.uniform(-1.5 * DAY, 6.8 * DAY)
        ua = w.pick(BROWSER_UA) if r.random() < 0.3 else w.sdk_ua()
        a = w.account(lab(cid, tac), created=created, pm=None, country=c, ips=[w.res_ip(c)], uas=[ua])
        n = int(r.integers(2, 7))
        lo = max(0.0, created - T0 + r.uniform(60, 3 * 3600))
        ts = w.times(n, a.tz, "flat", per_session=n, gap=50, lo=lo, hi=min(WEEK, lo + 6 * 3600))
        lang = a.lang if a.lang in SYNTH else w.pick(["es", "en"])
        mode = r.random()
        for t in ts:
            if mode < 0.45:
                i, inp, o, _ = w.pick(C.si)
                p = SYNTH[lang].format(i=i, inp=inp or "-", o=o or "-", k=int(r.integers(3, 11)))
                resp = w.generic_answer(lang, 12)
            elif mode < 0.8:
                q, item, kind = cot_item(w, (0.7, 0.15, 0.15))
                p = make_cot_template(w, lang if lang in T.COT_GRAMMAR else "en").replace("{q}", q)
                resp, _ = cot_response(w, lang, q, item, kind)
            else:
                i, inp, o, _ = w.pick(C.si)
                p = EXPERT.get(lang, EXPERT["en"]).format(i=i, inp=inp)
                resp = w.generic_answer(lang, 10)
            w.emit(a, t, w.pick([CHAT, R1, CHAT, R2]), messages=[{"role": "user", "content": p}], response=resp,
                   params={} if r.random() < 0.6 else {"temperature": 0.8})


# ------------------------------------------------------------------ C5
def relay_enduser_smuggle(w, cid, relays, n_users):
    """Extraction end users hidden among a benign reseller's customers; each end user takes a disjoint slice of prompts."""
    r = w.rng
    tac = "relay_enduser_smuggle"
    C = w.C
    pool = [("gsm", i) for i in range(len(C.gsm))] + [("code", i) for i in range(len(C.hard_coding))] + [("math", i) for i in range(len(C.hard_math))]
    order = r.permutation(len(pool))
    pos = 0
    for k in range(n_users):
        a = relays[k % len(relays)]
        u = w.hexid("u_", 12)
        w.end_users[u] = {"account_ids": [a.id], "label": "campaign", "campaign_id": cid, "tactic": tac, "held_out": True}
        lang = w.pick(["en", "es", "pt", "en"])
        tmpl = make_cot_template(w, lang)
        n = int(r.integers(12, 40))
        ts = w.times(n, -3, "flat", per_session=6, gap=30)
        for t in ts:
            kind, idx = pool[order[pos % len(pool)]]
            pos += 1
            item = C.gsm[idx] if kind == "gsm" else None
            q = item[0] if item else (C.hard_coding[idx] if kind == "code" else C.hard_math[idx])
            p = tmpl.replace("{q}", q)
            resp, rs = cot_response(w, lang, q, item, kind)
            model = w.pick([R1, R2, CHAT]) if t >= T_REL else w.pick([R1, CHAT])
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rs if model in (R1, R2) else None,
                   params={"user": u}, end_user=u, pop="reseller_router")


# ------------------------------------------------------------------ C6
PERSONAS = ["Eres un profesor de olimpiadas matemáticas.", "Você é um tutor de programação muito paciente.", "Sei un ingegnere software senior.",
            "Tu es un professeur de mathématiques en classe prépa.", "You are a senior competitive programmer.", "Ets un mestre de matemàtiques."]


def aged_cover_trickle(w, cid, n_acc):
    """Old, individually paid accounts with human schedules; mostly ordinary use, a trickle of private-template CoT harvesting."""
    r = w.rng
    tac = "aged_cover_trickle"
    C = w.C
    for k in range(n_acc):
        a = w.account(lab(cid, tac), age_days=(300, 1100), uas=[w.pick(BROWSER_UA)] if r.random() < 0.3 else None)
        lang = a.lang if a.lang in T.COT_GRAMMAR else "es"
        persona = w.pick(PERSONAS) if r.random() < 0.5 else ""
        tmpl = make_cot_template(w, lang)
        n = lognorm_n(r, 120, 0.4, 40, 400)
        ts = w.times(n, a.tz, w.pick(["evening", "office"]), per_session=5, gap=120)
        share = r.uniform(0.2, 0.4)
        for t in ts:
            if r.random() > share:
                chat_stream(w, a, np.array([t]), lang, CASUAL_M, None, en_share=0.3)
                continue
            q, item, kind = cot_item(w, (0.4, 0.3, 0.3))
            msgs = ([{"role": "system", "content": persona}] if persona else []) + [{"role": "user", "content": tmpl.replace("{q}", q)}]
            model = R2 if t >= T_REL and r.random() < 0.6 else R1
            resp, rs = cot_response(w, lang, q, item, kind)
            w.emit(a, t, model, messages=msgs, response=resp, reasoning=rs, params={"reasoning_effort": w.pick(["medium", "high"])})


# ------------------------------------------------------------------ C7
def agent_trajectory_farm(w, cid, n_acc):
    """Fake coding agents: fresh mocked tasks each run, system prompt demanding plans and reflections around every tool call."""
    r = w.rng
    tac = "agent_trajectory_farm"
    C = w.C
    build = "forgeagent/0.9.3 (linux; py3.11)"
    subnets = [w.dc_subnet("hetzner"), w.dc_subnet("ovh"), w.dc_subnet("vultr")]
    pms = [w.hexid("pm_", 16) for _ in range(max(1, n_acc // 10))]
    burst_days = [r.uniform(30, 60) for _ in range(4)]
    for k in range(n_acc):
        created = T0 - w.pick(burst_days) * DAY + r.uniform(0, 20 * 3600)
        a = w.account(lab(cid, tac), created=created, pm=w.pick(pms), ips=list(r.choice(w.pick(subnets), 2, replace=False)),
                      uas=[build if r.random() < 0.7 else "cline/3.8.4"])
        sysmsg = w.pick(T.AGENT_SYS_CAMP)
        target = lognorm_n(r, 85, 0.4, 20, 400)
        runs = max(1, target // 6)
        ts = w.times(runs, 0, "flat", per_session=4, gap=200)
        for t in ts:
            task = w.pick(C.hard_coding)
            model = R2 if t >= T_REL and r.random() < 0.5 else w.pick([R1, CHAT])
            params = {"tools": T.TOOLS, "reasoning_effort": "high"} if model in (R1, R2) else {"tools": T.TOOLS, "temperature": 0.4}
            agent_trajectory(w, a, t, task, sysmsg, model, params, None, int(r.integers(3, 10)), plan_style=True,
                             files=list(r.choice(T.FILES, 4, replace=False)))


# ------------------------------------------------------------------ C8
def logprob_softlabel_harvest(w, cid, n_acc):
    """Soft-label harvest: short completions with top-20 logprobs (and echoed prompt logprobs) over varied prompts."""
    r = w.rng
    tac = "logprob_softlabel_harvest"
    C = w.C
    subnets = [w.dc_subnet() for _ in range(4)]
    for k in range(n_acc):
        a = w.account(lab(cid, tac), created=T0 - r.uniform(14, 56) * DAY, ips=list(r.choice(w.pick(subnets), 2, replace=False)),
                      uas=[w.pick(["OpenAI/Python 1.75.0", "OpenAI/Python 1.68.2", "httpx/0.28.1"])])
        n = lognorm_n(r, 170, 0.5, 30, 800)
        ts = w.steady(n, lo=r.uniform(0, 2 * DAY), hi=WEEK - r.uniform(0, DAY), jitter=0.9)
        for t in ts:
            src = r.random()
            if src < 0.4:
                c = w.pick(C.conversations)[0]
                text = c[0] + "\n\n" + c[1][: int(r.integers(0, 600))]
            elif src < 0.75:
                i, inp, o, _ = w.pick(C.si)
                text = "%s\n%s\n%s" % (i, inp, o[: int(r.integers(0, 300))])
            else:
                it = w.pick(C.gsm)
                text = it[0] + "\n" + " ".join(it[1][: int(r.integers(0, len(it[1]) + 1))])
            mt = int(w.pick([1, 1, 8, 32, 64]))
            params = {"logprobs": True, "top_logprobs": 20, "max_tokens": mt, "temperature": 1.0}
            resp = text.split()[-1] if mt == 1 and text.split() else w.generic_answer("en", 1)
            if r.random() < 0.5:
                if r.random() < 0.4:
                    params["echo"] = True
                params["logprobs"] = 20
                params.pop("top_logprobs")
                w.emit(a, t, w.pick([CHAT, LLAMA, QWEN]), prompt=text, response=resp, params=params)
            else:
                w.emit(a, t, w.pick([CHAT, MINI]), messages=[{"role": "user", "content": text}], response=resp, params=params)


# ------------------------------------------------------------------ C9
def partitioned_homework_mimic(w, cid, n_acc):
    """Students-in-disguise: each account a private parent/student phrasing, disjoint slices of GSM8K, mobile carriers, evenings."""
    r = w.rng
    tac = "partitioned_homework_mimic"
    C = w.C
    order = r.permutation(len(C.gsm))
    per = len(C.gsm) // n_acc
    for k in range(n_acc):
        c = w.pick(["BR", "BR", "MX", "AR", "CO", "PT", "ES"])
        lang = "pt" if c in ("BR", "PT") else "es"
        a = w.account(lab(cid, tac), created=T0 - r.uniform(5, 45) * DAY, country=c,
                      ips=[w.mobile_ip(c), w.mobile_ip(c), w.res_ip(c)], uas=[w.pick(BROWSER_UA)] if r.random() < 0.6 else None,
                      pm=None if r.random() < 0.3 else "own")
        g = T.MIMIC[lang]
        who, ctx, ask = w.pick(g["who"]), w.pick(g["ctx"]), w.pick(g["ask"])
        shape = int(r.integers(3))
        items = [C.gsm[int(j)] for j in order[k * per:(k + 1) * per]]
        ts = w.times(len(items), a.tz, "student", per_session=5, gap=240)
        for t, it in zip(ts, items):
            if shape == 0:
                p = "%s %s: %s\n\n%s" % (who, ctx, it[0], ask)
            elif shape == 1:
                p = "%s\n\n%s %s, %s" % (it[0], who, ctx, ask)
            else:
                p = "%s %s. %s\n\"%s\"" % (who, ctx, ask[0].upper() + ask[1:], it[0])
            model = w.pick([CHAT, R1, R2]) if t >= T_REL else w.pick([CHAT, R1])
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=w.gsm_solution(it, lang, "steps"),
                   reasoning=w.gsm_reasoning(it) if model in (R1, R2) else None, params=w.pick([{}, {"stream": True}]))


# ------------------------------------------------------------------ C10
def translation_laundered_cot(w, cid, n_acc):
    """A 'localization agency' whose translation jobs are really multilingual worked-solution harvests."""
    r = w.rng
    tac = "translation_laundered_cot"
    C = w.C
    pms = [w.hexid("pm_", 16) for _ in range(3)]
    orgs = [w.hexid("org_", 10) for _ in range(3)]
    for k in range(n_acc):
        j = k % 3
        c = w.pick(["ES", "PT", "IT"])
        a = w.account(lab(cid, tac), age_days=(60, 200), org=orgs[j], pm=pms[j], country=c, ips=[w.res_ip(c)] + w.dc_subnet()[:1],
                      uas=[w.pick(["memoQ-AI-connector/11.2", "Trados-GenAI/2.1", "python-requests/2.32.3"])])
        n = lognorm_n(r, 280, 0.5, 50, 1200)
        ts = w.times(n, a.tz, "office", per_session=40, gap=25)
        for t in ts:
            tl = w.pick(["es", "pt", "it", "fr", "ca"])
            q, item, kind = cot_item(w, (0.7, 0.3, 0.0))
            p = w.pick(T.LAUNDER).format(tl=T.LANG_NAME_EN[tl], tln=T.LANG_NAME[tl], q=q, n=int(r.integers(1000, 99999)))
            resp = w.generic_answer(tl, 3) + "\n\n" + (w.gsm_solution(item, tl, "steps") if item else w.generic_answer(tl, 8))
            w.emit(a, t, w.pick([CHAT, R1, R2]), messages=[{"role": "user", "content": p}], response=resp, params={"temperature": 0.2})
