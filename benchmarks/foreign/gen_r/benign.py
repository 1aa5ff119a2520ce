"""Benign populations of the gen_r world."""
from datetime import datetime, timezone

import text as T
from world import (START, END, RELEASE, TZ, COUNTRIES, COUNTRY_W, ip_res, ip_cloud, ip_campus, ip_mobile, ua_sdk,
                   ua_browser, ua_coding, chat_params, trunc, REASONING)


def B(pop):
    return {"label": "benign", "population": pop}


def ts_of(y, m, d, h=0):
    return datetime(y, m, d, h, tzinfo=timezone.utc).timestamp()


def fill(r, tpl, lang, country):
    return tpl.format(
        prod=r.choice(T.PRODUCTS.get(lang, T.PRODUCTS["es"])), city=r.choice(T.CITIES[country]), n=r.randint(20, 900),
        a=r.choice(T.PAIRS)[0], b=r.choice(T.PAIRS)[1], c=r.choice(T.CONCEPTS), ing=r.choice(T.INGS),
        doc=trunc(r.choice(r._C.arena_answers), 1200), thing=r.choice(T.THINGS), sent=r.choice(T.SENTS.get(lang, T.SENTS["es"])),
        job=r.choice(T.JOBS))


def general_prompt(W, r, a, mix):
    """mix: dict kind->weight. returns (messages, response, lang, kind)."""
    C = W.C
    kind = r.choices(list(mix), list(mix.values()))[0]
    lang = a.lang
    if kind == "arena":
        conv = r.choice(C.convs)
        return [{"role": "user", "content": conv[0]["content"]}], trunc(conv[1]["content"] if len(conv) > 1 else T.generic_answer(r, "en"), 2500), "en", kind
    if kind == "native":
        L = lang if lang in T.GENERAL else "es"
        p = fill(r, r.choice(T.GENERAL[L]), L, a.country)
        return [{"role": "user", "content": p}], T.generic_answer(r, L, length=r.randint(2, 6)), L, kind
    if kind == "smb":
        L = lang if lang in T.SMB else "es"
        p = fill(r, r.choice(T.SMB[L]), L, a.country)
        return [{"role": "user", "content": p}], T.generic_answer(r, L, length=r.randint(2, 5)), L, kind
    if kind == "code":
        p = r.choice(C.hard_code + C.hard_v1)
        return [{"role": "user", "content": p}], T.generic_answer(r, "en", "code", 3), "en", kind
    if kind == "short":
        p = r.choice(C.short_arena)
        return [{"role": "user", "content": p}], T.generic_answer(r, "en", length=2), "en", kind
    if kind == "homework":
        L = lang if lang in T.STUDENT else "es"
        if r.random() < 0.5:
            q, sol = T.word_problem(r, L)
        else:
            g = r.choice(C.gsm8k); q, sol = g["question"], T.gsm_solution(g["answer"], L)
        return [{"role": "user", "content": r.choice(T.STUDENT[L]).format(q=q)}], sol, L, kind
    if kind == "creative":
        p = r.choice(C.hard_creative)
        return [{"role": "user", "content": p}], T.generic_answer(r, "en", length=6), "en", kind
    if kind == "instr":
        p = r.choice(C.instructions)
        return [{"role": "user", "content": p}], T.generic_answer(r, "en", length=3), "en", kind
    raise ValueError(kind)


def pick_model(W, r, a, ts, prefs):
    m = r.choices(list(prefs), list(prefs.values()))[0]
    return W.adopt_r2(r, a, ts, m)


def run_account(W, r, a, n, mix, prefs, per=(1, 6), gap=(15, 300), sys_prompt=None, end_users=None, lo=START, hi=END,
                multi=0.25, p429=0.004):
    """Generic chat traffic of one account."""
    times = W.sessions(r, n, a, lo=lo, hi=hi, per=per, gap=gap)
    i = 0
    while i < len(times):
        ts = times[i]
        model = pick_model(W, r, a, ts, prefs)
        msgs, resp, lang, kind = general_prompt(W, r, a, mix)
        if sys_prompt:
            msgs = [{"role": "system", "content": sys_prompt}] + msgs
        eu = r.choice(end_users) if end_users else None
        params = chat_params(r, model)
        if eu:
            params["user"] = eu
        status = 429 if r.random() < p429 else 200
        conv = None
        # multi-turn continuation of arena conversations
        if kind == "arena" and r.random() < multi:
            conv = W.conv_id()
            c = W.C.conv_by_first.get(msgs[-1]["content"])
            W.emit(a, ts, msgs, model, params, resp, lang, conv=conv, end_user=eu, r=r, status=status)
            i += 1
            if c:
                hist = list(msgs) + [{"role": "assistant", "content": resp}]
                for j in range(2, len(c) - 1, 2):
                    if i >= len(times) or c[j]["role"] != "user":
                        break
                    ts = max(times[i], ts + r.uniform(20, 200))
                    if ts >= END:
                        break
                    hist = hist + [{"role": "user", "content": c[j]["content"]}]
                    rr = trunc(c[j + 1]["content"], 2500)
                    W.emit(a, ts, hist, model, params, rr, "en", conv=conv, end_user=eu, r=r)
                    hist = hist + [{"role": "assistant", "content": rr}]
                    i += 1
            continue
        W.emit(a, ts, msgs, model, params, resp, lang, end_user=eu, r=r, status=status)
        i += 1


def lognorm(r, mu, sigma, lo=1, hi=5000):
    return int(min(hi, max(lo, r.lognormvariate(mu, sigma))))


# ------------------------------------------------------------------ populations

def indie_devs(W, n=1700):
    r = W.rng("indie")
    r._C = W.C
    shared_pay = []
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        ips = [ip_res(r, country, 0.3) for _ in range(r.randint(1, 3))]
        if r.random() < 0.4:
            ips.append(ip_cloud(r, r.choice(["aws_sa", "gcp_sa", "do", "hetzner", "azure_br", "oracle_sa"])))
        created = None
        if r.random() < 0.05:
            created = START + r.random() * 5 * 86400
        pay = None
        if shared_pay and r.random() < 0.05:
            pay = r.choice(shared_pay)  # family / freelancer collective card
        a = W.new_account(r, "indie_developer", B("indie_developer"), country=country, ips=ips,
                          uas=[ua_sdk(r) for _ in range(r.randint(1, 2))], created=created, pay=pay,
                          profile=r.choice(["office", "evening", "evening"]), adopt=r.choice([0, 0, 0.2, 0.5, 0.8]),
                          nkeys=r.randint(1, 3))
        if pay is None and r.random() < 0.08:
            shared_pay.append(a.pay)
        mix = {"arena": 40, "native": 25, "smb": 5, "code": 12, "short": 10, "homework": 3, "instr": 5}
        prefs = {"condor-4-mini": 50, "condor-4": 25, "condor-3.5": 8, "quetzal-r1": 17}
        run_account(W, r, a, lognorm(r, 2.6, 1.0, 1, 600), mix, prefs)


def playground(W, n=1100):
    r = W.rng("playground")
    r._C = W.C
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        a = W.new_account(r, "playground_user", B("playground_user"), country=country,
                          ips=[ip_res(r, country, 0.3), ip_mobile(r, country)], uas=[ua_browser(r)],
                          profile="evening", adopt=r.choice([0, 0.3, 0.6, 0.9]))
        run_account(W, r, a, lognorm(r, 2.25, 0.9, 1, 300), {"arena": 60, "native": 25, "homework": 5, "creative": 5, "short": 5},
                    {"condor-4": 50, "condor-4-mini": 25, "quetzal-r1": 25}, multi=0.6, per=(2, 8))


def smb(W, n=500):
    r = W.rng("smb")
    r._C = W.C
    apps = ["n8n/1.{a}.{b}", "Make/production", "Zapier", "PHP/8.{a} GuzzleHttp/7", "WordPress/6.{a}; AI Engine/2.{b}", "Bubble/1.0"]
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        ua = r.choice(apps).format(a=r.randint(1, 9), b=r.randint(0, 20)) if r.random() < 0.6 else ua_sdk(r)
        a = W.new_account(r, "small_business", B("small_business"), country=country,
                          ips=[ip_res(r, country) if r.random() < 0.5 else ip_cloud(r)], uas=[ua], profile="office", adopt=0.1)
        if a.lang == "en":
            a.lang = "pt" if country in ("BR", "PT") else "es"
        run_account(W, r, a, lognorm(r, 3.0, 0.8, 2, 400), {"smb": 70, "native": 25, "short": 5},
                    {"condor-4-mini": 80, "condor-4": 20}, per=(1, 4))


ENTERPRISES = [("Banco do Cerrado", "BR", "pt"), ("Seguros Andinos", "CO", "es"), ("Retail MX Norte", "MX", "es"),
               ("Energía Austral", "CL", "es"), ("Telco Ibérica", "ES", "es"), ("Hospital Paulista", "BR", "pt"),
               ("Logística Pampa", "AR", "es"), ("Seguradora Atlântica", "PT", "pt"), ("Constructora del Caribe", "CO", "es"),
               ("Agro Mato Grosso", "BR", "pt")]


def enterprise(W):
    r = W.rng("enterprise")
    C = W.C
    for name, country, lang in ENTERPRISES:
        org = W.org_id()
        pay = W.pay_id("inv")
        prov = r.choice(["aws_sa", "azure_br", "gcp_sa", "oracle_sa"] if country != "ES" and country != "PT" else ["aws_eu", "azure_br"])
        ips = [ip_cloud(r, prov) for _ in range(r.randint(2, 4))]
        ua = r.choice(["OpenAI/Python 2.6.1", "OpenAI/Java 4.2.0", "Java-http-client/21.0.6", "OpenAI/.NET 2.3.0"])
        for j in range(r.randint(2, 4)):
            a = W.new_account(r, "enterprise_batch", B("enterprise_batch"), country=country, org=org, pay=pay, ips=ips, uas=[ua],
                              lang=lang, profile=r.choice(["night_batch", "office"]), adopt=0.0, nkeys=r.randint(1, 4),
                              created=ts_of(2025, r.randint(1, 11), r.randint(1, 28)))
            n = lognorm(r, 6.5, 0.4, 250, 1800)
            kind = r.choice(["summ", "extract", "classify"])
            times = W.sessions(r, n, a, per=(20, 80), gap=(0.4, 3))
            for ts in times:
                doc = trunc(r.choice(C.arena_answers), 1800)
                if kind == "summ":
                    p = ("Resuma o documento a seguir em até 5 tópicos para o comitê interno:\n\n" if lang == "pt" else
                         "Resume el siguiente documento en un máximo de 5 viñetas para el comité interno:\n\n") + doc
                    resp, rf = T.generic_answer(r, lang, length=4), None
                elif kind == "extract":
                    p = ("Extraia em JSON os campos: partes, datas, valores, obrigações.\n\n" if lang == "pt" else
                         "Extrae en JSON los campos: partes, fechas, montos, obligaciones.\n\n") + doc
                    resp, rf = '{"partes": [], "fechas": [], "montos": [], "obligaciones": []}', {"type": "json_object"}
                else:
                    q = r.choice(T.SUPPORT[lang if lang in T.SUPPORT else "es"]["q"]).format(city=r.choice(T.CITIES[country]), n=r.randint(10**5, 10**6))
                    p = ("Classifique o ticket em uma categoria: COBRANCA, TECNICO, CANCELAMENTO, OUTRO. Ticket: " if lang == "pt" else
                         "Clasifica el ticket en una categoría: COBRO, TECNICO, CANCELACION, OTRO. Ticket: ") + q
                    resp, rf = r.choice(["COBRO", "TECNICO", "CANCELACION", "OTRO"]), None
                params = {"temperature": 0, "max_tokens": 800}
                if rf:
                    params["response_format"] = rf
                W.emit(a, ts, [{"role": "system", "content": f"Asistente interno de {name}."}, {"role": "user", "content": p}],
                       r.choice(["condor-4-mini", "condor-4"]), params, resp, lang, r=r, status=429 if r.random() < 0.01 else 200)


UNIS = [  # name, country, campus, semester start, lang, class local hour, class weekdays, course kind
    ("USP", "BR", "USP", (2028, 2, 23), "pt", 14, (1, 3), "calc"),
    ("UNAM", "MX", "UNAM", (2028, 1, 29), "es", 10, (0, 2, 4), "calc"),
    ("UBA", "AR", "UBA", (2028, 3, 13), "es", 18, (1, 3), "calc"),
    ("UCHILE", "CL", "UCHILE", (2028, 3, 6), "es", 15, (0, 2), "prog"),
    ("UPC", "ES", "UPC", (2028, 2, 12), "ca", 11, (1, 3), "prog"),
    ("UNAL", "CO", "UNAL", (2028, 2, 2), "es", 8, (0, 3), "calc"),
]


def university(W):
    """Classes on institutional billing: one card and org per course, a signup burst, a shared JupyterHub build,
    synchronized lab sessions, students asking step by step about the same homework set."""
    r = W.rng("uni")
    C = W.C
    for name, country, campus, (y, m, d), lang, hour, wdays, course in UNIS:
        org, pay = W.org_id(), W.pay_id("inv")
        campus_ips = [ip_campus(r, campus) for _ in range(r.randint(2, 4))]
        ua = f"OpenAI/Python 2.{r.randint(3, 9)}.{r.randint(0, 3)}"
        nstud = r.randint(45, 85)
        # weekly homework: shared set of items
        hw = [T.word_problem(r, lang if lang != "ca" else "ca") for _ in range(12)] + \
             [(g["question"], T.gsm_solution(g["answer"], lang)) for g in r.sample(C.gsm8k, 10)]
        codeq = r.sample(C.hard_code, 10)
        burst = ts_of(y, m, d, 12)
        model = r.choice(["quetzal-r1", "condor-4-mini"])
        for s in range(nstud):
            a = W.new_account(r, "university_class", B("university_class"), country=country, org=org, pay=pay,
                              ips=campus_ips + [ip_res(r, country, 0.3)], uas=[ua], lang=lang, profile="student",
                              created=burst + r.uniform(0, 40 * 3600), adopt=0.25)
            n = lognorm(r, 3.1, 0.6, 5, 120)
            times = []
            # lab sessions: class time on class days
            for wd in wdays:
                if r.random() < 0.85:
                    t0 = START + wd * 86400 + (hour - TZ[country]) * 3600 + r.uniform(0, 5400)
                    times += [t0 + k * r.uniform(60, 400) for k in range(r.randint(2, 6))]
            times += W.sessions(r, max(1, n - len(times)), a, per=(1, 5), gap=(30, 400))
            for ts in sorted(times):
                if ts >= END:
                    continue
                if course == "prog" and r.random() < 0.6:
                    q = r.choice(codeq)
                    p = r.choice(["no me compila esto, ayuda: ", "m'ajudes amb aquest exercici? ", "explícame paso a paso: ", ""]) + q
                    resp = T.generic_answer(r, lang, "code", 3)
                else:
                    q, resp = r.choice(hw)
                    p = r.choice(T.STUDENT.get(lang, T.STUDENT["es"])).format(q=q)
                mdl = W.adopt_r2(r, a, ts, model)
                params = chat_params(r, mdl)
                W.emit(a, ts, [{"role": "user", "content": p}], mdl, params, resp, lang, r=r, ip=r.choice(a.ips))


def students(W, n=400):
    r = W.rng("students")
    r._C = W.C
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        a = W.new_account(r, "student_individual", B("student_individual"), country=country,
                          ips=[ip_mobile(r, country), ip_res(r, country, 0.4)], uas=[r.choice([ua_browser(r), ua_sdk(r)])],
                          profile="student", adopt=r.choice([0.2, 0.5, 0.8]))
        if a.lang == "en" and r.random() < 0.6:
            a.lang = "pt" if country in ("BR", "PT") else "es"
        run_account(W, r, a, lognorm(r, 2.8, 0.7, 2, 150), {"homework": 70, "native": 15, "arena": 10, "code": 5},
                    {"quetzal-r1": 45, "condor-4-mini": 40, "condor-4": 15}, per=(2, 10), gap=(40, 600))


def eval_labs(W):
    """Benchmark sweeps with declared harnesses, on every model, including quetzal-r2 on release day."""
    r = W.rng("evallab")
    C = W.C
    labs = [("PT", "aws_eu", "lm-eval/0.4.{a} python-requests/2.32.3", "en"),
            ("BR", "gcp_sa", "inspect_ai/0.3.1{a} OpenAI/Python 2.8.0", "en"),
            ("ES", "aws_eu", "helm/0.5.{a} OpenAI/Python 2.4.2", "es")]
    for country, prov, ua, lang in labs:
        org, pay = W.org_id(), W.pay_id("inv")
        ips = [ip_cloud(r, prov) for _ in range(2)]
        for j in range(2):
            a = W.new_account(r, "eval_lab", B("eval_lab"), country=country, org=org, pay=pay, ips=ips,
                              uas=[ua.format(a=r.randint(5, 9))], lang=lang, profile="office", adopt=0,
                              created=ts_of(2025, r.randint(3, 12), r.randint(1, 28)))
            items = r.sample(C.gsm8k, 900)
            runs = [("condor-4", START + 86400 * r.uniform(0.3, 1.2)), ("quetzal-r1", START + 86400 * r.uniform(1.3, 2.1)),
                    ("quetzal-r2", RELEASE + r.uniform(1800, 14000))]
            if j == 1:
                runs = [("condor-4-mini", START + 86400 * r.uniform(0.3, 1.5)), ("quetzal-r2", RELEASE + r.uniform(3600, 30000))]
            for model, t0 in runs:
                t = t0
                for g in items[: r.randint(500, 900)]:
                    t += r.expovariate(1.6)
                    if lang == "en":
                        p = f"Question: {g['question']}\nLet's think step by step. At the end, write 'The answer is N'."
                    else:
                        p = f"Pregunta: {g['question']}\nRazonemos paso a paso. Al final escribe 'La respuesta es N'."
                    params = {"temperature": 0, "seed": 1234, "max_tokens": 1024} if model not in REASONING else \
                        {"reasoning_effort": "medium", "max_completion_tokens": 16000, "seed": 1234}
                    W.emit(a, t, [{"role": "user", "content": p}], model, params, T.gsm_solution(g["answer"], "en"), lang, r=r,
                           status=429 if r.random() < 0.02 else 200)
            # arena-hard run
            t = START + 86400 * r.uniform(3.5, 5.5)
            for h in r.sample(C.hard, 350):
                t += r.expovariate(0.8)
                W.emit(a, t, [{"role": "user", "content": h["prompt"]}], r.choice(["quetzal-r2", "condor-4"]),
                       {"temperature": 0, "max_tokens": 4096} if r.random() < 0.5 else {"reasoning_effort": "high", "max_completion_tokens": 32000},
                       T.generic_answer(r, "en", "code" if "code" in h.get("subcategory", "") else "general", 5), "en", r=r)


def synth_vendors(W):
    r = W.rng("synth")
    C = W.C
    for country in ("BR", "MX", "ES"):
        org, pay = W.org_id(), W.pay_id("inv")
        ips = [ip_cloud(r) for _ in range(3)]
        ua = f"OpenAI/Python 2.{r.randint(3, 14)}.{r.randint(0, 4)}"
        for j in range(r.randint(2, 3)):
            a = W.new_account(r, "synthetic_data_contract", B("synthetic_data_contract"), country=country, org=org, pay=pay,
                              ips=ips, uas=[ua], profile="flat", adopt=0.3, nkeys=2, lang="pt" if country == "BR" else "es")
            n = lognorm(r, 7.0, 0.3, 600, 2000)
            times = W.sessions(r, n, a, per=(30, 120), gap=(0.3, 2.0))
            for ts in times:
                L = a.lang if r.random() < 0.75 else "en"
                tpl = r.choice(T.SYNTH_CONTRACT[L])
                k = r.choice([5, 10, 20])
                p = tpl.format(k=k, country={"BR": "Brasil", "MX": "México", "ES": "España"}[country], topic=r.choice(T.TOPICS),
                               sent=r.choice(T.SENTS[L if L in T.SENTS else "es"]), ins=r.choice(C.instructions))
                model = W.adopt_r2(r, a, ts, r.choice(["condor-4", "condor-4-mini"]))
                nn = r.choice([1, 1, 2, 4])
                params = {"temperature": r.choice([0.9, 1.0, 1.1]), "max_tokens": 3000, "n": nn}
                if model in REASONING:
                    params = {"reasoning_effort": "low", "n": nn}
                resp = "\n".join('{"texto": "%s", "intencion": "%s"}' % (T.filler(r, L, 1), r.choice(["saldo", "bloqueo", "reclamo", "info"])) for _ in range(min(k, 6)))
                W.emit(a, ts, [{"role": "user", "content": p}], model, params, resp, L, r=r, n=nn, extra_out=60)


def judge_vendors(W):
    r = W.rng("judge")
    cos = ["TelcoSur", "Banco Pacífico", "MercadoYa", "Vivo Fibra", "Loja Nuvem"]
    for country, L in (("CO", "es"), ("BR", "pt")):
        org, pay = W.org_id(), W.pay_id("inv")
        ips = [ip_cloud(r, "aws_sa") for _ in range(2)]
        for j in range(2):
            a = W.new_account(r, "llm_judge_qa_vendor", B("llm_judge_qa_vendor"), country=country, org=org, pay=pay, ips=ips,
                              uas=["OpenAI/Python 2.10.2"], lang=L, profile="office", adopt=0.2)
            n = lognorm(r, 7.2, 0.3, 800, 2500)
            times = W.sessions(r, n, a, per=(40, 150), gap=(0.5, 4))
            S = T.SUPPORT[L]
            for ts in times:
                co = r.choice(cos)
                turns = []
                for k in range(r.randint(2, 4)):
                    turns.append(("Cliente" if L == "es" else "Cliente") + ": " + r.choice(S["q"] if k == 0 else S["f"]).format(city="Cali", n=r.randint(10**5, 10**6)))
                    turns.append("Agente: " + r.choice(T.SUPPORT_REPLY[L]))
                t = "\n".join(turns)
                p = (T.JUDGE_QA if L == "es" else T.JUDGE_QA_PT).format(co=co, t=t)
                resp = '{"cortesia": %d, "resolucion": %d, "guion": "%s", "pii": "no"}' % (r.randint(2, 5), r.randint(1, 5), r.choice(["sí", "no"]))
                W.emit(a, ts, [{"role": "user", "content": p}], W.adopt_r2(r, a, ts, "condor-4-mini"),
                       {"temperature": 0, "response_format": {"type": "json_object"}, "max_tokens": 200}, resp, L, r=r)


def agent_devs(W, n=250):
    r = W.rng("agentdev")
    C = W.C
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        a = W.new_account(r, "agent_coding_developer", B("agent_coding_developer"), country=country,
                          ips=[ip_res(r, country, 0.3), ip_res(r, country)], uas=[ua_coding(r)], profile="office",
                          adopt=r.choice([0.4, 0.7, 0.9]))
        L = a.lang if a.lang in T.CODE_TASKS else "es"
        n_sess = lognorm(r, 2.0, 0.7, 1, 40)
        for s in range(n_sess):
            t = W.sample_ts(r, a.tz, "office", lo=a.created + 600)
            task = r.choice(T.CODE_TASKS[L] + C.hard_code[:40])
            model = W.adopt_r2(r, a, t, r.choice(["condor-4", "quetzal-r1", "quetzal-r1"]))
            sysm = {"role": "system", "content": "You are a coding agent working in the user's repository. Use tools to inspect and edit files. Be concise."}
            hist = [sysm, {"role": "user", "content": task}]
            conv = W.conv_id()
            tools = T.AGENT_TOOLS
            for step in range(r.randint(2, 9)):
                params = chat_params(r, model, tools=tools, tool_choice="auto")
                fn = r.choice(["read_file", "run_shell", "write_file"])
                resp = r.choice(["Voy a revisar el archivo primero.", "Let me run the tests.", "Aplicando el cambio.", ""])
                W.emit(a, t, hist, model, params, resp, L, conv=conv, r=r, extra_out=40)
                call_id = "call_" + W.ids.hx(10)
                hist = hist + [{"role": "assistant", "content": resp, "tool_calls": [{"id": call_id, "type": "function", "function": {"name": fn, "arguments": "{}"}}]},
                               {"role": "tool", "tool_call_id": call_id, "content": trunc(r.choice(["ok", "1 failed, 23 passed", "def main():\n    pass\n", "Traceback (most recent call last): ..."]), 200)}]
                t += r.uniform(4, 60)
                if t >= END:
                    break


ROUTERS = ["LatamRouter", "RoteadorIA", "PuenteAPI", "IberGate", "ModeloHub", "ChamaIA", "CondorProxy", "NubeLLM"]


def routers(W):
    r = W.rng("routers")
    r._C = W.C
    out = []
    for name in ROUTERS:
        country = r.choice(["BR", "MX", "ES", "AR", "CO"])
        a = W.new_account(r, "reseller_router", B("reseller_router"), country=country, ips=[ip_cloud(r) for _ in range(r.randint(2, 5))],
                          uas=[f"litellm/1.{r.randint(84, 99)}.{r.randint(0, 9)}"], profile="evening", adopt=0.6, nkeys=r.randint(2, 6),
                          created=ts_of(2025, r.randint(1, 10), r.randint(1, 28)))
        eus = [W.eu_id(r.choice(["u", "sha"])) for _ in range(r.randint(150, 500))]
        a.extra["end_users"] = eus
        out.append(a)
        weights = [r.paretovariate(1.3) for _ in eus]
        n = lognorm(r, 7.8, 0.3, 1500, 4000)
        times = W.sessions(r, n, a, per=(1, 3), gap=(1, 30))
        for ts in times:
            if r.random() < 0.02:
                W.emit(a, ts, [{"role": "user", "content": "ping"}], "condor-4-mini", {"max_tokens": 1}, "pong", r=r)
                continue
            eu = r.choices(eus, weights)[0]
            a.lang = r.choice(["es", "pt", "en"])
            msgs, resp, lang, kind = general_prompt(W, r, a, {"arena": 35, "native": 30, "code": 10, "homework": 8, "smb": 7, "creative": 5, "short": 5})
            model = W.adopt_r2(r, a, ts, r.choice(["condor-4", "condor-4-mini", "quetzal-r1"]))
            params = chat_params(r, model, user=eu)
            W.emit(a, ts, msgs, model, params, resp, lang, end_user=eu, r=r)
    return out


def translation(W, n=25):
    r = W.rng("transl")
    C = W.C
    for k in range(n):
        country = r.choice(["ES", "PT", "MX", "BR", "AR", "ES"])
        a = W.new_account(r, "translation_agency", B("translation_agency"), country=country,
                          ips=[ip_res(r, country), ip_cloud(r)], uas=[r.choice(["Trados-AI-Plugin/3.1", "memoQ/11.2 LLM connector", ua_sdk(r)])],
                          profile="office", adopt=0.2)
        n_ = lognorm(r, 5.6, 0.5, 80, 900)
        times = W.sessions(r, n_, a, per=(5, 40), gap=(3, 40))
        src = "pt" if country in ("BR", "PT") else "es"
        for ts in times:
            tl = r.choices(["en", "pt", "es", "ca", "gn", "qu"], [30, 25, 25, 10, 5, 5])[0]
            if tl == src:
                tl = "en"
            sl = src if tl != "en" or r.random() < 0.7 else "en"
            txt = " ".join(r.sample(T.SENTS[sl if sl in T.SENTS else "es"], 2)) if r.random() < 0.6 else trunc(r.choice(C.arena_answers), 900)
            tpl_lang = src if src in T.TRANSLATE else "es"
            p = r.choice(T.TRANSLATE[tpl_lang]).format(tl=T.TL_NAMES[tpl_lang][tl], t=txt, var=r.choice(["es-MX", "es-AR", "pt-BR", "pt-PT", "es-ES"]))
            resp = " ".join(r.sample(T.SENTS.get(tl, T.SENTS["en"]), min(2, len(T.SENTS.get(tl, T.SENTS["en"])))))
            W.emit(a, ts, [{"role": "user", "content": p}], W.adopt_r2(r, a, ts, r.choice(["condor-4", "condor-4-mini"])),
                   {"temperature": 0.2, "max_tokens": 2048}, resp, tl, r=r)


SUPPORT_COS = ["TelcoSur", "Banco Pacífico", "MercadoYa", "Vivo Fibra", "Loja Nuvem", "Aerolínea Cóndor", "Farmácia Popular+", "ClaroNet",
               "SeguroFácil", "Energía Norte", "Supermercados Rápido", "Correios Express", "Gobierno Digital CDMX", "Portal do Cidadão PT"]


def support_bots(W, n=40):
    r = W.rng("support")
    out = []
    for k in range(n):
        co = SUPPORT_COS[k % len(SUPPORT_COS)] + ("" if k < len(SUPPORT_COS) else f" {r.choice(['Norte', 'Sul', 'Centro', 'Empresas', 'Pyme'])}")
        country = r.choice(["BR", "MX", "CO", "AR", "CL", "ES", "PT"])
        L = "pt" if country in ("BR", "PT") else "es"
        a = W.new_account(r, "customer_support_bot", B("customer_support_bot"), country=country, ips=[ip_cloud(r) for _ in range(2)],
                          uas=[r.choice(["OpenAI/Node 6.3.0", "OpenAI/Python 2.5.0", "botpress/12.30", "Twilio-Flex-AI/2.1", "okhttp/5.0.1"])],
                          profile="support", lang=L, adopt=0.05, created=ts_of(2025, r.randint(1, 12), r.randint(1, 28)))
        out.append(a)
        S = T.SUPPORT[L]
        sysm = S["sys"].format(bot=r.choice(["Sofía", "Lia", "Max", "Ana", "Tomi"]), co=co)
        style = r.choice(["num", "sha", "u"])
        eus = [W.eu_id(style) for _ in range(r.randint(120, 450))]
        a.extra["end_users"] = eus
        nconv = lognorm(r, 5.7, 0.5, 60, 900)
        for c in range(nconv):
            t = W.sample_ts(r, a.tz, "support", lo=a.created)
            eu = r.choice(eus)
            conv = W.conv_id()
            hist = [{"role": "system", "content": sysm}]
            for turn in range(r.choice([1, 1, 2, 2, 3, 4])):
                q = r.choice(S["q"] if turn == 0 else S["f"]).format(city=r.choice(T.CITIES[country]), n=r.randint(10**5, 10**6))
                hist = hist + [{"role": "user", "content": q}]
                resp = r.choice(T.SUPPORT_REPLY[L])
                W.emit(a, t, hist, "condor-4-mini", {"temperature": 0.3, "max_tokens": 300, "user": eu}, resp, L, conv=conv, end_user=eu, r=r)
                hist = hist + [{"role": "assistant", "content": resp}]
                t += r.uniform(15, 120)
                if t >= END:
                    break
    return out


def logprob_research(W, n=30):
    r = W.rng("logprob")
    C = W.C
    for k in range(n):
        country = r.choice(["BR", "ES", "PT", "CL", "MX", "AR"])
        campus = {"BR": "USP", "ES": "UPC", "PT": "ULISBOA", "CL": "UCHILE", "MX": "UNAM", "AR": "UBA"}[country]
        a = W.new_account(r, "logprob_researcher", B("logprob_researcher"), country=country, ips=[ip_campus(r, campus), ip_res(r, country)],
                          uas=[f"OpenAI/Python 2.{r.randint(3, 14)}.{r.randint(0, 4)}"], profile="office", adopt=0)
        n_ = lognorm(r, 5.0, 0.6, 30, 900)
        times = W.sessions(r, n_, a, per=(20, 100), gap=(0.5, 3))
        task = r.choice(["sent", "nli", "calib"])
        for ts in times:
            s = r.choice(C.short_arena) if r.random() < 0.5 else r.choice(T.SENTS[r.choice(["es", "pt", "en"])])
            if task == "sent":
                p, resp = f"Classify the sentiment of the text as positive, negative or neutral. Answer with one word.\nText: {s}", r.choice(["neutral", "positive", "negative"])
            elif task == "nli":
                p, resp = f"¿La oración implica que el hablante está satisfecho? Responde solo 'sí' o 'no'.\nOración: {s}", r.choice(["sí", "no"])
            else:
                p, resp = f"Is the following statement true? Answer True or False.\n{s}", r.choice(["True", "False"])
            W.emit(a, ts, [{"role": "user", "content": p}], r.choice(["condor-4-mini", "condor-4", "condor-3.5"]),
                   {"temperature": 0, "max_tokens": r.choice([1, 2, 5]), "logprobs": True, "top_logprobs": r.choice([5, 10, 20])}, resp, "en", r=r)


def edtech(W):
    r = W.rng("edtech")
    C = W.C
    apps = [("Ñe'ẽ App", "gn", "AR"), ("Yachay Simi", "qu", "CL"), ("MateFácil", "es", "MX"), ("Tutor Enem", "pt", "BR")]
    out = []
    for name, L, country in apps:
        a = W.new_account(r, "edtech_app", B("edtech_app"), country=country, ips=[ip_cloud(r) for _ in range(2)],
                          uas=[f"{name.split()[0].replace(chr(39), '')}-backend/2.{r.randint(0, 9)}"], profile="student", lang=L, adopt=0.3,
                          created=ts_of(2025, r.randint(2, 11), r.randint(1, 28)))
        out.append(a)
        eus = [W.eu_id("u") for _ in range(r.randint(300, 900))]
        a.extra["end_users"] = eus
        n = lognorm(r, 7.6, 0.3, 1200, 3500)
        times = W.sessions(r, n, a, per=(1, 4), gap=(10, 90))
        for ts in times:
            eu = r.choice(eus)
            if L in ("gn", "qu"):
                p = r.choice(T.GN_QU_PROMPTS[L]).format(s=r.choice(T.SENTS[L]))
                sysm = f"Eres el tutor de {name}. Ayudas a estudiantes a aprender {'guaraní' if L == 'gn' else 'quechua'}; responde en el idioma del estudiante y en castellano."
                resp = T.generic_answer(r, L, length=2)
            else:
                q, resp = T.word_problem(r, L) if r.random() < 0.7 else (lambda g: (g["question"], T.gsm_solution(g["answer"], L)))(r.choice(C.gsm8k))
                p = r.choice(T.STUDENT[L]).format(q=q)
                sysm = f"Você é o tutor do {name}. Explique passo a passo, com linguagem simples." if L == "pt" else f"Eres el tutor de {name}. Explica paso a paso, con lenguaje sencillo para estudiantes de secundaria."
            model = W.adopt_r2(r, a, ts, "condor-4-mini" if L in ("gn", "qu") else "quetzal-r1")
            W.emit(a, ts, [{"role": "system", "content": sysm}, {"role": "user", "content": p}], model,
                   chat_params(r, model, user=eu), resp, L, end_user=eu, r=r)
    return out


def hackathon(W, n=160):
    """Hackathon in Medellín on Apr 6-7 (the day after the new model's release): sponsor credits on one card."""
    r = W.rng("hack")
    r._C = W.C
    pay = W.pay_id("pm")
    venue = [ip_res(r, "CO") for _ in range(3)]
    burst = START + 3 * 86400 + 14 * 3600  # Thu 09:00 Bogotá
    for k in range(n):
        a = W.new_account(r, "hackathon_participant", B("hackathon_participant"), country="CO", pay=pay,
                          ips=venue + [ip_mobile(r, "CO")], uas=[ua_sdk(r)], profile="flat", created=burst + r.uniform(0, 3 * 3600),
                          adopt=0.9)
        if r.random() < 0.3:
            a.uas.append(ua_coding(r))
        lo, hi = a.created + 300, burst + 34 * 3600
        run_account(W, r, a, lognorm(r, 2.8, 0.7, 2, 150), {"code": 40, "native": 25, "arena": 15, "smb": 10, "instr": 10},
                    {"quetzal-r2": 70, "condor-4": 20, "condor-4-mini": 10}, lo=lo, hi=hi, per=(2, 8), gap=(10, 200))


def newsroom(W, n=60):
    r = W.rng("news")
    C = W.C
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        a = W.new_account(r, "newsroom_legal", B("newsroom_legal"), country=country, ips=[ip_res(r, country), ip_cloud(r)],
                          uas=[ua_sdk(r)], profile="office", adopt=0.2)
        L = "pt" if country in ("BR", "PT") else "es"
        n_ = lognorm(r, 4.8, 0.5, 30, 500)
        for ts in W.sessions(r, n_, a, per=(1, 10), gap=(20, 300)):
            doc = "\n\n".join(trunc(x, 1500) for x in r.sample(C.arena_answers, r.randint(1, 3)))
            p = (r.choice(["Resume esta nota para un titular y bajada:\n\n", "Identifica las cláusulas de riesgo en este documento:\n\n", "Verifica los datos de este texto y marca lo dudoso:\n\n"])
                 if L == "es" else r.choice(["Resuma esta matéria em título e linha fina:\n\n", "Identifique as cláusulas de risco neste documento:\n\n"])) + doc
            model = W.adopt_r2(r, a, ts, r.choice(["condor-4", "quetzal-r1"]))
            W.emit(a, ts, [{"role": "user", "content": p}], model, chat_params(r, model), T.generic_answer(r, L, length=5), L, r=r)


def jailbreak_curious(W, n=120):
    r = W.rng("jbcurious")
    r._C = W.C
    C = W.C
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        a = W.new_account(r, "curious_tinkerer", B("curious_tinkerer"), country=country, ips=[ip_res(r, country, 0.3)],
                          uas=[r.choice([ua_browser(r), ua_sdk(r)])], profile="evening", adopt=0.5)
        n_ = lognorm(r, 2.2, 0.6, 3, 60)
        for ts in W.sessions(r, n_, a, per=(1, 5), gap=(20, 200)):
            x = r.random()
            model = W.adopt_r2(r, a, ts, r.choice(["condor-4", "condor-4-mini", "quetzal-r1"]))
            if x < 0.15:
                p, st = r.choice(C.jailbreaks) + "\n\n" + r.choice(C.short_arena), r.choice([200, 200, 400])
                resp = "I can't help with that, but I'm happy to help with something else."
            elif x < 0.22:
                p, st, resp = r.choice(C.sysprompt), 200, "I don't have access to share my system instructions."
            else:
                msgs, resp, lang, kind = general_prompt(W, r, a, {"arena": 60, "native": 30, "creative": 10})
                p, st = msgs[0]["content"], 200
            W.emit(a, ts, [{"role": "user", "content": p}], model, chat_params(r, model), resp, "en", r=r, status=st)


def light_users(W, n=600):
    r = W.rng("light")
    C = W.C
    hello = ["hola", "test", "Say this is a test", "oi, tudo bem?", "¿qué modelo eres?", "hello world", "probando la API", "teste de integração",
             "1+1", "responde OK", "Hola! ¿Funciona?", "bom dia"]
    for k in range(n):
        country = r.choices(COUNTRIES, COUNTRY_W)[0]
        created = None if r.random() < 0.7 else START - r.uniform(0, 6 * 86400) + 7 * 86400 * r.random()
        a = W.new_account(r, "light_trial_user", B("light_trial_user"), country=country, ips=[ip_res(r, country, 0.3)],
                          uas=[r.choice([ua_sdk(r), ua_browser(r)])], profile="evening", adopt=0.5, created=created)
        for ts in W.sessions(r, r.choice([1, 1, 2, 2, 3, 4]), a, per=(1, 3), gap=(5, 60)):
            p = r.choice(hello) if r.random() < 0.6 else r.choice(C.short_arena)
            model = W.adopt_r2(r, a, ts, r.choice(["condor-4-mini", "condor-4", "quetzal-r1"]))
            W.emit(a, ts, [{"role": "user", "content": p}], model, chat_params(r, model), T.generic_answer(r, "es", length=1), "es", r=r)


def all_benign(W):
    indie_devs(W)
    playground(W)
    smb(W)
    enterprise(W)
    university(W)
    students(W)
    eval_labs(W)
    synth_vendors(W)
    judge_vendors(W)
    agent_devs(W)
    rts = routers(W)
    translation(W)
    support_bots(W)
    logprob_research(W)
    edtech(W)
    hackathon(W)
    newsroom(W)
    jailbreak_curious(W)
    light_users(W)
    return rts
