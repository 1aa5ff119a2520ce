"""Benign customer populations of the gen_f world."""
import numpy as np

import textgen as T
from world import (CHAT, MINI, R1, R2, LLAMA, QWEN, MISTRAL, GEMMA, T0, T_REL, DAY, WEEK, BROWSER_UA, COUNTRY_LANG, TZ)

FOLLOW = {"es": ["hazlo más corto", "gracias!", "¿y en inglés?", "dame otra opción", "más formal por favor", "no me convence, otra", "perfecto"],
          "pt": ["deixa mais curto", "valeu!", "e em inglês?", "me dá outra opção", "mais formal por favor", "show"],
          "it": ["più breve", "grazie!", "e in inglese?", "un'altra opzione", "più formale"],
          "fr": ["plus court", "merci !", "et en anglais ?", "une autre option", "plus formel stp"],
          "ca": ["més curt", "gràcies!", "i en anglès?", "una altra opció"], "gl": ["máis curto", "grazas!"],
          "en": ["shorter please", "thanks!", "another option?", "make it more formal"]}


def lognorm_n(r, mean, sigma=1.0, lo=1, hi=100000):
    mu = np.log(mean) - sigma * sigma / 2
    return int(np.clip(round(r.lognormal(mu, sigma)), lo, hi))


def pick_model(w, choices, ts, adopter=False):
    r = w.rng
    if adopter and ts >= T_REL and r.random() < 0.45:
        return R2
    ms, ps = choices
    return ms[int(r.choice(len(ms), p=ps))]


def M(*pairs):
    ms = [p[0] for p in pairs]
    ps = np.array([p[1] for p in pairs], float)
    return ms, ps / ps.sum()


CASUAL_M = M((CHAT, 5), (MINI, 2.5), (LLAMA, 1), (R1, 1), (GEMMA, 0.5), (QWEN, 0.5))


def casual_params(w):
    r = w.rng.random()
    if r < 0.45:
        return {}
    if r < 0.75:
        return {"stream": True}
    if r < 0.9:
        return {"temperature": float(w.pick([0.2, 0.5, 0.7, 0.8, 1.0])), "stream": True}
    return {"temperature": 0.7, "max_tokens": int(w.pick([256, 512, 1024, 2048]))}


def chat_stream(w, a, times, lang, models, pop, en_share=0.25, adopter=False, end_user=None, sysmsg=None, extra_pool=None, pfn=casual_params):
    """Emit casual multi-turn chat at the given times: Arena conversations (English) or local-language chats."""
    r = w.rng
    C = w.C
    i = 0
    n = len(times)
    while i < n:
        conv = w.hexid("conv_", 12)
        if extra_pool is not None and r.random() < 0.5:
            turns = [(extra_pool(), None)]
        elif lang == "en" or r.random() < en_share:
            turns = w.pick(C.conversations)
        else:
            first = w.fill(w.pick(T.CASUAL.get(lang, T.CASUAL["es"])), lang)
            turns = [(first, None)] + [(w.pick(FOLLOW[lang]), None) for _ in range(int(r.integers(0, 3)))]
        hist = [{"role": "system", "content": sysmsg}] if sysmsg else []
        model = pick_model(w, models, times[i], adopter)
        params = pfn(w)
        for (u, ans) in turns:
            if i >= n:
                break
            if i > 0 and times[i] - times[i - 1] > 1800 and len(hist) > 1:
                break
            ans = ans or w.generic_answer(lang)
            hist = hist + [{"role": "user", "content": u}]
            w.emit(a, times[i], model, messages=hist, response=ans, params=params, conv=conv, pop=pop, end_user=end_user)
            hist = hist + [{"role": "assistant", "content": ans}]
            i += 1


# ====================================================================== populations
def casual_chat(w, n_acc):
    r = w.rng
    pop = "casual_chat"
    for _ in range(n_acc):
        recent = r.random() < 0.12
        created = T0 + r.uniform(-2 * DAY, 6.5 * DAY) if recent else None
        a = w.account({"label": "benign", "population": pop}, created=created, age_days=(5, 800),
                      pm=None if r.random() < 0.3 else "own",
                      uas=[w.pick(BROWSER_UA)] if r.random() < 0.35 else None)
        n = lognorm_n(r, 9, 1.1, 1, 400)
        lo = max(0.0, a.created - T0 + 60)
        ts = w.times(n, a.tz, "evening" if r.random() < 0.7 else "office", per_session=4, gap=70, lo=lo)
        chat_stream(w, a, ts, a.lang, CASUAL_M, pop, en_share=0.2, adopter=r.random() < 0.15)


def student_homework(w, n_acc):
    r = w.rng
    pop = "student_homework"
    C = w.C
    # campus NATs shared by students of the same university
    campus = {c: [w.res_ip(c) for _ in range(6)] for c in ("AR", "BR", "MX", "CO", "ES", "PT", "IT", "FR", "CL")}
    for _ in range(n_acc):
        c = w.country({k: 1 for k in campus})
        ips = [w.pick(campus[c]), w.mobile_ip(c), w.res_ip(c)]
        a = w.account({"label": "benign", "population": pop}, country=c, ips=ips, age_days=(1, 500),
                      pm=None if r.random() < 0.55 else "own", uas=[w.pick(BROWSER_UA)] if r.random() < 0.6 else None)
        lang = a.lang if r.random() < 0.9 else "ca" if c == "ES" else a.lang
        n = lognorm_n(r, 16, 1.0, 1, 300)
        ts = w.times(n, a.tz, "student", per_session=5, gap=150)
        model = pick_model(w, M((CHAT, 4), (MINI, 3), (R1, 2), (LLAMA, 1)), ts[0], adopter=r.random() < 0.2)
        for t in ts:
            k = r.random()
            if k < 0.55:
                item = w.pick(C.gsm)
                tmpl = w.pick(T.HOMEWORK.get(lang, T.HOMEWORK["en"]))
                wrong = str(int(r.integers(2, 400)))
                p = tmpl.format(q=item[0], a=wrong)
                resp = w.gsm_solution(item, lang, "steps" if r.random() < 0.6 else "plain")
            elif k < 0.75:
                p = w.fill(w.pick(T.ESSAY.get(lang, T.ESSAY["en"])), lang)
                resp = w.generic_answer(lang, 6)
            elif k < 0.9:
                p = w.pick(C.hard_math + C.hard_coding)
                resp = w.code_answer(p) if r.random() < 0.5 else w.generic_answer("en", 6)
            else:
                p = w.fill(w.pick(T.CASUAL.get(lang, T.CASUAL["es"])), lang)
                resp = w.generic_answer(lang)
            if r.random() < 0.1:
                model = pick_model(w, M((CHAT, 4), (MINI, 3), (R1, 2), (R2, 2)), t)
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, params=casual_params(w), pop=pop)


def _relay_users(w, n_users, mean_req, sigma=1.1):
    r = w.rng
    return [(w.hexid("u_", 12), lognorm_n(r, mean_req, sigma, 1, 2000)) for _ in range(n_users)]


def university_course(w, n_acc):
    """Course assistants: one account per course, university-wide billing profile and org; students as end users."""
    r = w.rng
    pop = "university_course"
    C = w.C
    unis = []
    for lang in ("es", "pt", "it", "fr", "ca", "es"):
        for name in T.UNIS[lang][:2]:
            country = {"es": w.pick(["AR", "ES", "CO", "CL"]), "pt": w.pick(["BR", "PT"]), "it": "IT", "fr": "FR", "ca": "ES"}[lang]
            unis.append((lang, name, country, w.hexid("org_", 10), w.hexid("pm_", 16), w.dc_subnet()[:3]))
    for i in range(n_acc):
        lang, uni, country, org, pm, srv = unis[i % len(unis)]
        course = w.pick(T.COURSES)
        a = w.account({"label": "benign", "population": pop}, country=country, org=org, pm=pm, ips=srv,
                      uas=["python-httpx/0.27.2 moodle-ai-plugin/1.4"] if r.random() < 0.6 else ["OpenAI/Python 1.75.0"], age_days=(40, 400))
        sysmsg = T.COURSE_SYS[lang].format(course=course, uni=uni)
        users = _relay_users(w, int(r.integers(40, 220)), 9)
        for u, n in users:
            ts = w.times(n, a.tz, "student", per_session=4, gap=120)
            for t in ts:
                k = r.random()
                if k < 0.5:
                    item = w.pick(C.gsm)
                    q = item[0]
                    resp = w.gsm_solution(item, lang, "steps")
                else:
                    q = w.pick(C.hard_math) if r.random() < 0.3 else ""
                    resp = w.generic_answer(lang, 6)
                a1, b1 = w.pick(T.CONCEPTS)
                p = w.pick(T.COURSE_Q[lang]).format(a=a1, b=b1, q=q)
                w.emit(a, t, w.pick([CHAT, CHAT, R1, MINI]), messages=[{"role": "system", "content": sysmsg}, {"role": "user", "content": p}],
                       response=resp, params={"temperature": 0.3, "user": u}, end_user=u, pop=pop)


def mooc_tutor(w, n_acc):
    r = w.rng
    pop = "mooc_tutor_platform"
    C = w.C
    for i in range(n_acc):
        lang = ["es", "pt", "es", "pt"][i % 4]
        a = w.account({"label": "benign", "population": pop}, country="MX" if lang == "es" else "BR", ips=w.dc_subnet("aws")[:4],
                      uas=["node-fetch/1.0 aprende-mas/5.2"], nkeys=3, age_days=(200, 900))
        sysmsg = {"es": "Eres Tutorín, el tutor de matemáticas de la plataforma AprendeMás. Explica con paciencia y paso a paso; usa ejemplos cotidianos. Nivel: secundaria.",
                  "pt": "Você é o Tutor Mais, professor particular de matemática da plataforma. Explique com paciência, passo a passo, com exemplos do dia a dia."}[lang]
        for u, n in _relay_users(w, int(r.integers(300, 550)), 9, 1.2):
            ts = w.times(n, a.tz, "student", per_session=6, gap=60)
            hist = [{"role": "system", "content": sysmsg}]
            for t in ts:
                item = w.pick(C.gsm)
                tmpl = w.pick(T.HOMEWORK[lang])
                p = tmpl.format(q=item[0], a=str(int(r.integers(2, 100))))
                if r.random() < 0.3:
                    p = w.pick(["no entendí el paso 2", "¿por qué se divide?", "y si fueran el doble?", "não entendi essa parte", "por que multiplica?"])
                resp = w.gsm_solution(item, lang, "steps")
                if len(hist) > 7:
                    hist = hist[:1]
                hist = hist + [{"role": "user", "content": p}]
                w.emit(a, t, MINI if r.random() < 0.7 else CHAT, messages=hist, response=resp, params={"temperature": 0.4, "stream": True},
                       end_user=u, pop=pop)
                hist = hist + [{"role": "assistant", "content": resp}]


def benchmark_eval(w, n_acc):
    """Evaluation teams (labs, universities, consultancies) sweeping public benchmarks, often on release day."""
    r = w.rng
    pop = "benchmark_eval_team"
    C = w.C
    for i in range(n_acc):
        c = w.country({"ES": 3, "BR": 3, "IT": 2, "FR": 2, "AR": 1, "PT": 1, "US": 1})
        a = w.account({"label": "benign", "population": pop}, country=c, ips=w.dc_subnet()[:2] + [w.res_ip(c)],
                      uas=[w.pick(["lm-eval-harness/0.4.8 OpenAI/Python 1.75.0", "OpenAI/Python 1.82.1", "inspect_ai/0.3.90", "litellm/1.63.11", "helm/0.5.5"])],
                      age_days=(60, 900))
        runs = int(r.integers(1, 5))
        release_team = r.random() < 0.6
        for k in range(runs):
            if release_team and k == 0:
                start = T_REL - T0 + r.uniform(600, 14 * 3600)
                model = R2
            else:
                start = r.uniform(0, WEEK - DAY)
                model = w.pick([CHAT, MINI, R1, LLAMA, QWEN, MISTRAL])
            bench = w.pick(["gsm", "gsm", "hard", "si"])
            n = int(r.integers(150, 900))
            tmpl = w.pick(T.EVAL_GSM)
            params = {"temperature": 0.0, "max_tokens": int(w.pick([512, 1024, 2048])), "seed": int(r.integers(0, 10000))}
            if model in (R1, R2):
                params = {"reasoning_effort": w.pick(["low", "medium", "high"]), "max_tokens": 8192}
            off = int(r.integers(0, 7000))
            ts = w.batch(n, start, rate_s=float(r.uniform(0.3, 3.0)))
            for j, t in enumerate(ts):
                if bench == "gsm":
                    item = C.gsm[(off + j) % len(C.gsm)]
                    p, resp = tmpl.format(q=item[0]), w.gsm_solution(item, "en", "plain")
                    rs = w.gsm_reasoning(item) if model in (R1, R2) else None
                elif bench == "hard":
                    p = C.hard_all[(off + j) % len(C.hard_all)]
                    resp, rs = (w.code_answer(p) if r.random() < 0.4 else w.generic_answer("en", 8)), None
                else:
                    ins, inp, out, _ = C.si[(off + j) % len(C.si)]
                    p, resp, rs = (ins + ("\n\n" + inp if inp else "")), (out or w.generic_answer("en")), None
                w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, reasoning=rs, params=dict(params),
                       status=429 if r.random() < 0.01 else 200, pop=pop)


def llm_judge(w, n_acc):
    r = w.rng
    pop = "llm_judge_pipeline"
    for i in range(n_acc):
        c = w.country({"ES": 3, "BR": 3, "MX": 2, "IT": 1, "FR": 1, "AR": 1})
        a = w.account({"label": "benign", "population": pop}, country=c, ips=w.dc_subnet()[:3],
                      uas=[w.pick(["OpenAI/Python 1.75.0", "ragas/0.2.14", "deepeval/2.6.1", "promptfoo/0.107.0", "langsmith-evals/0.3"])], age_days=(30, 600))
        tmpl = w.pick(T.JUDGE)
        slang = w.pick(["es", "pt", "it", "fr"])
        n = lognorm_n(r, 550, 0.8, 50, 4000)
        nb = int(r.integers(2, 8))
        starts = np.sort(r.uniform(0, WEEK - 3 * 3600, nb))
        per = np.bincount(r.integers(0, nb, n), minlength=nb)
        model = w.pick([CHAT, CHAT, R1, QWEN, LLAMA])
        for s, m in zip(starts, per):
            for t in w.batch(int(m), s, rate_s=float(r.uniform(0.5, 4))):
                q = w.fill(w.pick(T.SUPPORT_Q.get(slang, T.SUPPORT_Q["es"])), slang, order="#%d" % r.integers(10000, 99999))
                ans = w.generic_answer(slang, 3)
                p = tmpl.format(q=q, r=ans)
                out = '{"correctness": %d, "politeness": %d, "policy": %d, "resolution": %d, "comment": "%s"}' % tuple(
                    list(r.integers(1, 6, 4)) + [w.pick(["ok", "falta empatía", "no resuelve", "correcto", "resposta incompleta"])])
                if "[[rating]]" in tmpl:
                    out = "The response is %s. Rating: [[%d]]" % (w.pick(["helpful and accurate", "partially relevant", "off-topic", "polite but vague"]), r.integers(1, 11))
                w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=out,
                       params={"temperature": 0.0, "response_format": {"type": "json_object"}} if "JSON" in p else {"temperature": 0.0}, pop=pop)


def translation_agency(w, n_acc):
    r = w.rng
    pop = "translation_agency"
    C = w.C
    for i in range(n_acc):
        c = w.country({"ES": 4, "PT": 2, "IT": 2, "FR": 2, "AR": 2, "BR": 2, "AD": 0.5})
        a = w.account({"label": "benign", "population": pop}, country=c, ips=[w.res_ip(c)] + w.dc_subnet()[:1],
                      uas=[w.pick(["memoQ-AI-connector/11.2", "OpenAI/Python 1.68.2", "Trados-GenAI/2.1", "python-requests/2.32.3"])], age_days=(60, 900))
        n = lognorm_n(r, 350, 0.9, 20, 3000)
        ts = w.times(n, a.tz, "office", per_session=40, gap=25)
        tmpl = w.pick(T.TRANSLATE)
        tl = w.pick(["es", "pt", "it", "fr", "ca"])
        model = w.pick([CHAT, CHAT, LLAMA, MISTRAL])
        for t in ts:
            src = w.pick(C.conversations)[0][1] if r.random() < 0.7 else w.pick(C.si)[2] or w.pick(C.hard_creative)
            p = tmpl.format(tl=T.LANG_NAME_EN[tl], tln=T.LANG_NAME[tl], text=src[:1500])
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=w.generic_answer(tl, 8), params={"temperature": 0.2}, pop=pop)


def ecommerce_catalog(w, n_acc):
    r = w.rng
    pop = "ecommerce_catalog"
    for i in range(n_acc):
        a = w.account({"label": "benign", "population": pop}, ips=w.dc_subnet()[:2],
                      uas=[w.pick(["WooCommerce-AI/3.1", "shopify-app-catalogo/1.2", "OpenAI/JS 4.87.3", "nubelia-sdk-js/1.9.0", "Go-http-client/2.0"])], age_days=(20, 700))
        lang = a.lang if a.lang in T.ECOM else "es"
        tmpl = T.ECOM[lang]
        brand = w.pick(T.BRANDS)
        tone = w.pick(T.TONES)
        n = lognorm_n(r, 280, 1.0, 10, 5000)
        nb = int(r.integers(1, 6))
        starts = np.sort(r.uniform(0, WEEK - 6 * 3600, nb))
        per = np.bincount(r.integers(0, nb, n), minlength=nb)
        model = w.pick([MINI, MINI, CHAT, GEMMA])
        for s, m in zip(starts, per):
            for t in w.batch(int(m), s, rate_s=float(r.uniform(0.5, 6))):
                attrs = ", ".join(w.pick(T.ATTRS) for _ in range(int(r.integers(2, 5))))
                p = tmpl.format(p=w.pick(T.PRODUCTS), brand=brand, attrs=attrs, tone=tone)
                resp = '{"titulo": "%s %s", "descripcion": "%s", "bullets": ["%s"], "keywords_seo": ["%s"]}' % (
                    brand, w.pick(T.PRODUCTS), w.generic_answer(lang, 3).replace("\n", " "), attrs, brand.lower())
                w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp,
                       params={"temperature": 0.8, "response_format": {"type": "json_object"}, "max_tokens": 700}, pop=pop)


def support_bot(w, n_acc):
    r = w.rng
    pop = "support_bot"
    for i in range(n_acc):
        a = w.account({"label": "benign", "population": pop}, ips=w.dc_subnet()[:2],
                      uas=[w.pick(["Botmaker/4.0", "Zendesk-AI-Agent/2.3", "OpenAI/Python 1.75.0", "n8n/1.85.4", "Typebot/3.2", "nubelia-sdk-python/2.4.1"])],
                      age_days=(30, 900), nkeys=2)
        lang = a.lang if a.lang in T.SUPPORT_SYS else "es"
        shop = w.pick(T.SHOPS)
        sysmsg = T.SUPPORT_SYS[lang].format(shop=shop)
        model = w.pick([MINI, MINI, CHAT, LLAMA])
        users = _relay_users(w, int(r.integers(15, 120)), 1.3, 0.5)
        for u, nconv in users:
            ts = w.times(nconv * int(r.integers(1, 4)), a.tz, "support", per_session=3, gap=40)
            hist = [{"role": "system", "content": sysmsg}]
            conv = w.hexid("conv_", 12)
            for j, t in enumerate(ts):
                if j % 3 == 0:
                    hist = hist[:1]
                    conv = w.hexid("conv_", 12)
                q = w.fill(w.pick(T.SUPPORT_Q[lang]), lang, order="#%d" % r.integers(100000, 999999))
                hist = hist + [{"role": "user", "content": q}]
                ans = w.generic_answer(lang, 2)
                w.emit(a, t, model, messages=hist, response=ans, params={"temperature": 0.3, "max_tokens": 400, "user": u}, end_user=u, conv=conv, pop=pop)
                hist = hist + [{"role": "assistant", "content": ans}]


def agent_trajectory(w, a, t0, task, sysmsg, model, params, pop, steps, end_user=None, plan_style=False, files=None):
    """One tool-using agent run: successive requests with growing message lists."""
    r = w.rng
    msgs = [{"role": "system", "content": sysmsg}, {"role": "user", "content": task}]
    conv = w.hexid("conv_", 12)
    t = t0
    files = files or T.FILES
    for s in range(steps):
        if t >= T0 + WEEK - 1:
            break
        tool = w.pick(["read_file", "read_file", "run_shell", "search_code", "write_file"])
        arg = w.pick(files) if tool in ("read_file", "write_file") else w.pick(T.SHELL) if tool == "run_shell" else w.pick(["TODO", "def main", "class Invoice", "handler("])
        if plan_style:
            resp = "<plan>%s</plan>\nCalling %s(%s)." % (w.generic_answer("en", int(r.integers(5, 10))).replace("\n", " "), tool, arg)
        else:
            resp = "" if r.random() < 0.5 else "Let me check %s." % arg
        final = s == steps - 1
        if final:
            resp = (resp + "\n" if resp else "") + w.code_answer(task)
        w.emit(a, t, model, messages=list(msgs), response=resp, params=dict(params), conv=conv, pop=pop, end_user=end_user,
               extra_in=200)
        if final:
            break
        msgs.append({"role": "assistant", "content": resp, "tool_calls": [{"id": "call_%d" % s, "type": "function",
                                                                          "function": {"name": tool, "arguments": '{"arg": "%s"}' % arg}}]})
        out = ("def handler(event):\n    return process(event)\n" * int(r.integers(1, 6))) if tool == "read_file" else \
            ("%d passed, %d failed" % (r.integers(0, 80), r.integers(0, 4)) if tool == "run_shell" else "ok")
        msgs.append({"role": "tool", "tool_call_id": "call_%d" % s, "content": out})
        t += float(r.exponential(6)) + 1.5


def coding_agent(w, n_acc):
    r = w.rng
    pop = "coding_agent"
    C = w.C
    for i in range(n_acc):
        ua = w.pick(["aider/0.82.1", "continue/1.0.6", "cline/3.8.4", "opencode/0.3.2", "OpenAI/Python 1.82.1", "roo-code/3.11", "zed/0.181"])
        a = w.account({"label": "benign", "population": pop}, uas=[ua], age_days=(10, 800), pm=None if r.random() < 0.15 else "own")
        repo = w.pick(T.REPOS)
        files = [f for f in T.FILES if r.random() < 0.5] or T.FILES[:3]
        sysmsg = w.pick(T.AGENT_SYS_BENIGN).format(repo=repo)
        model = w.pick([CHAT, CHAT, R1, QWEN, LLAMA])
        adopter = r.random() < 0.35
        target = lognorm_n(r, 95, 1.0, 5, 1500)
        nruns = max(1, target // 7)
        ts = w.times(nruns, a.tz, "office" if r.random() < 0.7 else "evening", per_session=3, gap=900)
        for t in ts:
            task = w.pick(C.hard_coding) if r.random() < 0.4 else w.pick([
                "Los tests de %s fallan desde el último merge, arréglalo" % w.pick(files),
                "Add pagination to the list endpoint in %s" % w.pick(files),
                "Refactoriza %s para separar la lógica de negocio" % w.pick(files),
                "Corrige o bug de arredondamento no cálculo do frete", "Write unit tests for %s" % w.pick(files),
                "Actualiza las dependencias y resuelve los warnings de deprecación"])
            m = R2 if adopter and t >= T_REL and r.random() < 0.5 else model
            params = {"tools": T.TOOLS, "tool_choice": "auto", "temperature": 0.2}
            if m in (R1, R2):
                params = {"tools": T.TOOLS, "reasoning_effort": "medium"}
            agent_trajectory(w, a, t, task, sysmsg, m, params, pop, int(r.integers(2, 13)), files=files)


def data_labelling(w, n_acc):
    r = w.rng
    pop = "data_labelling_vendor"
    C = w.C
    for i in range(n_acc):
        c = w.country({"CO": 2, "AR": 2, "BR": 3, "MX": 2, "PE": 1, "ES": 1})
        a = w.account({"label": "benign", "population": pop}, country=c, ips=w.dc_subnet()[:2] + [w.res_ip(c)],
                      uas=[w.pick(["label-studio-ml/1.0.9", "argilla/2.8.0", "OpenAI/Python 1.75.0", "python-requests/2.32.3"])], age_days=(90, 900))
        tmpl = w.pick(T.LABELLING)
        n = lognorm_n(r, 800, 0.7, 80, 5000)
        ts = w.times(n, a.tz, "office", per_session=120, gap=3)
        lp = r.random() < 0.5
        model = w.pick([MINI, CHAT, LLAMA, GEMMA])
        for t in ts:
            if "{inst}" in tmpl:
                ins, inp, out, _ = w.pick(C.si)
                p = tmpl.format(inst=ins, inp=inp)
                resp = out[:200] or "N/A"
            else:
                p = tmpl.format(r=w.pick(T.REVIEWS) if r.random() < 0.7 else w.pick(C.conversations)[0][0][:300])
                resp = w.pick(["POSITIVO", "NEGATIVO", "NEUTRO", "reclamacao", "duvida_produto", "NO", "YES", "economia", "tecnologia"])
            params = {"temperature": 0.0, "max_tokens": 5}
            if lp:
                params.update({"logprobs": True, "top_logprobs": 5})
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, params=params, pop=pop)


def research_probe(w, n_acc):
    r = w.rng
    pop = "research_lab_probe"
    C = w.C
    for i in range(n_acc):
        c = w.country({"ES": 3, "IT": 2, "FR": 2, "BR": 2, "PT": 1, "AR": 1, "CL": 1})
        a = w.account({"label": "benign", "population": pop}, country=c, ips=[w.res_ip(c), w.res_ip(c)] + w.dc_subnet()[:1],
                      uas=[w.pick(["OpenAI/Python 1.82.1", "python-requests/2.32.3", "garak/0.17.1", "promptfoo/0.107.0", "httpx/0.28.1"])], age_days=(30, 900))
        n = lognorm_n(r, 200, 1.0, 10, 3000)
        ts = w.times(n, a.tz, "office", per_session=25, gap=20)
        for t in ts:
            k = r.random()
            model = w.pick([CHAT, R1, R2, MINI, LLAMA])
            params = {}
            if k < 0.15:
                p, resp = w.pick(C.jailbreaks), "I can't help with that, but I can discuss the topic in general terms."
            elif k < 0.25:
                p, resp = w.pick(C.sysprompt_attacks), "I don't have access to a hidden system prompt to share."
            elif k < 0.35:
                p, resp = w.pick(C.harmful), "I can't help with that."
            elif k < 0.6:
                item = w.pick(C.gsm)
                p = w.pick(T.RESEARCH_PROBE).format(q=item[0])
                resp = w.gsm_solution(item, "en", "plain") + "\nConfidence: %d" % r.integers(50, 100)
                params = {"temperature": float(w.pick([0.0, 0.3, 0.7, 1.0, 1.3])), "logprobs": True, "top_logprobs": int(w.pick([1, 5, 10, 20]))}
            elif k < 0.8:
                item = w.pick(C.gsm)
                p = item[0] + "\n\nExplain your reasoning step by step, then state the answer."
                resp = w.gsm_solution(item, "en", "steps")
                params = {"temperature": float(w.pick([0.0, 0.5, 1.0])), "n": int(w.pick([1, 4, 8]))}
            else:
                p = w.pick(C.arena_first)[0]
                resp = w.generic_answer("en")
                params = {"temperature": float(r.uniform(0, 1.5)), "top_p": float(w.pick([0.5, 0.9, 1.0])), "seed": int(r.integers(0, 99))}
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, params=params, pop=pop)


def param_sweep_dev(w, n_acc):
    r = w.rng
    pop = "param_sweep_dev"
    C = w.C
    for i in range(n_acc):
        a = w.account({"label": "benign", "population": pop}, age_days=(0.5, 600), pm=None if r.random() < 0.4 else "own")
        n = lognorm_n(r, 14, 0.9, 2, 200)
        ts = w.times(n, a.tz, "office" if r.random() < 0.6 else "evening", per_session=n, gap=15)
        base = w.pick(C.arena_first)[0] if r.random() < 0.6 else w.fill(w.pick(T.CASUAL.get(a.lang, T.CASUAL["es"])), a.lang)
        for j, t in enumerate(ts):
            params = w.pick([{"temperature": round(0.1 * (j % 15), 1)}, {"n": int(w.pick([2, 3, 5]))}, {"logprobs": True, "top_logprobs": int(w.pick([3, 5, 10, 20])), "max_tokens": 20},
                             {"top_p": 0.5}, {"seed": 42, "temperature": 0.9}, {"max_tokens": 16}, {"stream": True}, {"frequency_penalty": 0.5}])
            model = w.pick([CHAT, MINI, R1, R2, LLAMA, QWEN, MISTRAL, GEMMA])
            if model in (R1, R2):
                params = {"reasoning_effort": w.pick(["low", "medium", "high"])}
            if r.random() < 0.2:
                w.emit(a, t, model, prompt=base, response=w.generic_answer(a.lang, 2), params=params, pop=pop)
            else:
                w.emit(a, t, model, messages=[{"role": "user", "content": base}], response=w.generic_answer(a.lang, 3), params=params, pop=pop,
                       status=400 if r.random() < 0.05 else 200)


def coworking_nat(w, n_offices):
    r = w.rng
    pop = "coworking_nat"
    C = w.C
    for o in range(n_offices):
        c = w.country({"ES": 3, "PT": 2, "BR": 3, "AR": 2, "MX": 2, "IT": 2, "FR": 1, "CO": 1})
        nat = [w.res_ip(c)]
        if r.random() < 0.4:
            nat.append(w.res_ip(c))
        for k in range(int(r.integers(4, 14))):
            a = w.account({"label": "benign", "population": pop}, country=c, ips=nat + [w.mobile_ip(c)], ipw=np.array([0.85, 0.15]) if len(nat) == 1 else np.array([0.5, 0.35, 0.15]),
                          age_days=(10, 800))
            n = lognorm_n(r, 35, 1.0, 2, 500)
            ts = w.times(n, a.tz, "office", per_session=5, gap=90)
            pool = lambda: w.pick(C.si)[0] if r.random() < 0.5 else w.fill(w.pick(T.CASUAL.get(a.lang, T.CASUAL["es"])), a.lang)
            chat_stream(w, a, ts, a.lang, M((CHAT, 5), (MINI, 2), (MISTRAL, 1)), pop, en_share=0.15, extra_pool=pool)


def vpn_casual(w, n_acc):
    r = w.rng
    pop = "vpn_casual"
    for i in range(n_acc):
        exits = [w.pick(w.vpn_exits) for _ in range(int(r.integers(1, 5)))]
        a = w.account({"label": "benign", "population": pop}, ips=exits, age_days=(1, 700), pm=None if r.random() < 0.3 else "own",
                      uas=[w.pick(BROWSER_UA)] if r.random() < 0.5 else None)
        n = lognorm_n(r, 9, 1.0, 1, 200)
        ts = w.times(n, a.tz, "evening", per_session=4, gap=80)
        chat_stream(w, a, ts, a.lang, CASUAL_M, pop, en_share=0.3)


def reseller_router(w, n_acc, smuggle=None):
    """Routers/resellers relaying many end users through a few upstream accounts (end_user set)."""
    r = w.rng
    pop = "reseller_router"
    C = w.C
    accts = []
    for i in range(n_acc):
        a = w.account({"label": "benign", "population": pop}, ips=w.dc_subnet("hetzner")[:4] if i % 2 else w.dc_subnet()[:4],
                      uas=[w.pick(["RouterLatam/2.3 (+https://routerlatam.example)", "OpenRouter-compat/1.0", "apihub-relay/0.9", "litellm/1.63.11"])],
                      nkeys=int(r.integers(2, 8)), age_days=(120, 900))
        accts.append(a)
        for u, n in _relay_users(w, int(r.integers(300, 900)), 5, 1.3):
            lang = w.pick(["es", "pt", "it", "fr", "en", "es", "pt"])
            ts = w.times(n, {"es": -4, "pt": -3, "it": 2, "fr": 2, "en": -4}[lang], w.pick(["evening", "office", "student"]), per_session=4, gap=60)
            kind = r.random()
            if kind < 0.12:   # coding users through the router
                for t in ts:
                    p = w.pick(C.hard_coding)
                    w.emit(a, t, w.pick([QWEN, CHAT, R1, R2]), messages=[{"role": "user", "content": p}], response=w.code_answer(p),
                           params={"temperature": 0.2, "user": u}, end_user=u, pop=pop)
            elif kind < 0.2:  # students through the router
                for t in ts:
                    item = w.pick(C.gsm)
                    p = w.pick(T.HOMEWORK.get(lang, T.HOMEWORK["en"])).format(q=item[0], a="12")
                    w.emit(a, t, w.pick([CHAT, R1, R2]), messages=[{"role": "user", "content": p}], response=w.gsm_solution(item, lang, "steps"),
                           params={"user": u}, end_user=u, pop=pop)
            else:
                chat_stream(w, a, ts, lang, CASUAL_M, pop, en_share=0.3, end_user=u, adopter=True)
    return accts


def hackathon_cohort(w, n_acc):
    """A weekend hackathon: accounts created within hours, one sponsor promo billing profile, campus IPs, same starter prompt."""
    r = w.rng
    pop = "hackathon_cohort"
    C = w.C
    start = T0 + 5 * DAY + 8 * 3600          # Saturday 09:00 Lisbon (UTC+1)
    pm = w.hexid("pm_", 16)
    org = None
    campus = [w.res_ip("PT") for _ in range(3)]
    for i in range(n_acc):
        created = start + r.uniform(0, 2.5 * 3600)
        a = w.account({"label": "benign", "population": pop}, country="PT", created=created, pm=pm, ips=campus + [w.mobile_ip("PT")],
                      uas=[w.pick(["OpenAI/Python 1.82.1", "OpenAI/JS 4.95.1", "nubelia-sdk-python/2.4.1", "curl/8.5.0"])])
        lo = created - T0 + 300
        n = lognorm_n(r, 22, 1.0, 2, 300)
        ts = w.times(n, 1, "flat", per_session=8, gap=60, lo=lo, hi=min(WEEK, lo + 1.6 * DAY))
        lang = w.pick(["pt", "pt", "en", "es"])
        for j, t in enumerate(ts):
            if j < 2:
                p = T.HACKATHON_STARTER[j]
                resp = "ok" if j else "Hello hackers of Nubelia Hack Lisboa 2027, build boldly!"
                w.emit(a, t, CHAT, messages=[{"role": "user", "content": p}], response=resp, params={}, pop=pop)
                continue
            k = r.random()
            if k < 0.35:
                p = w.pick(C.hard_coding)
                w.emit(a, t, w.pick([CHAT, R2, QWEN]), messages=[{"role": "user", "content": p}], response=w.code_answer(p), params={"temperature": 0.3}, pop=pop)
            elif k < 0.6:
                agent_trajectory(w, a, t, w.pick(C.hard_coding), w.pick(T.AGENT_SYS_BENIGN).format(repo="hack-" + w.pick(T.REPOS)),
                                 w.pick([CHAT, R2]), {"tools": T.TOOLS}, pop, int(r.integers(2, 5)))
            else:
                chat_stream(w, a, np.array([t]), lang, CASUAL_M, pop)


def enterprise_batch(w, n_orgs):
    r = w.rng
    pop = "enterprise_batch"
    C = w.C
    for o in range(n_orgs):
        c = w.country({"ES": 3, "BR": 3, "IT": 2, "FR": 2, "MX": 2, "PT": 1})
        org, pm = w.hexid("org_", 10), w.hexid("pm_", 16)
        srv = w.dc_subnet("azure")[:3]
        for k in range(int(r.integers(3, 9))):
            a = w.account({"label": "benign", "population": pop}, country=c, org=org, pm=pm, ips=srv, uas=[w.pick(["OpenAI/Python 1.75.0", "Apache-HttpClient/5.3", "langchain-openai/0.3.12", "AzureFunctions/4.0"])],
                          age_days=(100, 900), nkeys=2)
            n = lognorm_n(r, 700, 0.8, 50, 6000)
            nightly = r.random() < 0.6
            tmpl = w.pick(T.ENTERPRISE)
            model = w.pick([CHAT, CHAT, LLAMA, MISTRAL, MINI])
            ts = w.times(n, a.tz, "night" if nightly else "office", per_session=n / 5 if nightly else 30, gap=2 if nightly else 20)
            for t in ts:
                text = w.pick(C.conversations)[0][1][:1200]
                p = tmpl.format(text=text, n=r.integers(1000, 99999), brand=w.pick(T.BRANDS), d=r.integers(1, 29),
                                attrs=", ".join(w.pick(T.ATTRS) for _ in range(3)), amt="%.2f" % r.uniform(20, 9000),
                                q=w.fill(w.pick(T.SUPPORT_Q["pt"]), "pt", order="#%d" % r.integers(1000, 9999)))
                w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=w.generic_answer(a.lang, 5), params={"temperature": 0.1}, pop=pop)


def edtech_content(w, n_acc):
    r = w.rng
    pop = "edtech_content"
    C = w.C
    for i in range(n_acc):
        c = w.country({"ES": 2, "BR": 3, "MX": 1, "IT": 1, "FR": 1, "AR": 1})
        a = w.account({"label": "benign", "population": pop}, country=c, ips=[w.res_ip(c)] + w.dc_subnet()[:1], age_days=(60, 700))
        n = lognorm_n(r, 600, 0.7, 50, 3000)
        ts = w.times(n, a.tz, "office", per_session=30, gap=30)
        model = w.pick([CHAT, R1, R2])
        for t in ts:
            p = w.pick(T.EDTECH).format(k=r.integers(3, 11), grade=w.pick(T.GRADES), unit=w.pick(T.UNITS))
            items = [C.gsm[int(j)] for j in r.integers(0, len(C.gsm), 3)]
            resp = "\n\n".join(it[0] + "\n" + w.gsm_solution(it, a.lang, "steps") for it in items)
            w.emit(a, t, model, messages=[{"role": "user", "content": p}], response=resp, params={"temperature": 0.9, "max_tokens": 4000}, pop=pop)


def jailbreak_tinkerer(w, n_acc):
    r = w.rng
    pop = "jailbreak_tinkerer"
    C = w.C
    for i in range(n_acc):
        a = w.account({"label": "benign", "population": pop}, age_days=(0.5, 400), pm=None if r.random() < 0.6 else "own",
                      uas=[w.pick(BROWSER_UA)])
        n = lognorm_n(r, 7, 0.8, 1, 60)
        ts = w.times(n, a.tz, "evening", per_session=n, gap=60)
        for t in ts:
            p = w.pick(C.jailbreaks + C.dan) if r.random() < 0.6 else w.pick(C.harmful)
            w.emit(a, t, w.pick([CHAT, LLAMA, R1]), messages=[{"role": "user", "content": p}],
                   response=w.pick(["I can't help with that.", "No puedo ayudar con eso.", "Sorry, I can't assist with that request."]),
                   params={}, pop=pop)
