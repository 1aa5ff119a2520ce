"""Benign populations, part A: the consumer app and the router (relays), the public sector,
universities (students, a course sharing a card, an NLP lab), exam-prep schools, a hackathon."""
import corpora
import lang
from common import (DAY, M_DENKER, M_FLASH, M_GOV, M_PRO, M_R1, RELEASE, T0, UNIS, Net, addr, browser_ua, daily,
                    fixed, hexid, lognorm, rng_for, sched, sdk_ua, session_times, wchoice, HOME_OF, MOBILE_OF)
from kit import (AGENCY_SYS, KB, PLAUDER_SYS, abuse_turn, arena_turns, benign, conv, created, gsm_turn, hard_turn,
                 lang_turns, math_turn, model_at, n_heavy, params_for, today)

APP_LANGS = (["de", "pl", "uk", "nl", "fr", "it", "cs", "en"], [40, 12, 8, 8, 8, 7, 6, 11])
OFF = {"uk": 2}


def consumer_app_relay(W, C, seed, n_users=4600):
    """Plauder: a large consumer chat app; its backend calls the API for every user ('user' field set)."""
    P = "consumer_app_relay"
    rng = rng_for(seed, "pop", P)
    org, pay = W.org(), W.invoice()
    net = Net([fixed(rng, "aws_fra", 10)])
    accts = [W.account(benign(P), created(rng, (2025, 3, 1), (2025, 3, 20)), net, None, org=org, pay=pay, keys=3) for _ in range(4)]
    region = {"de": 0, "en": 0, "pl": 1, "cs": 1, "uk": 1, "nl": 2, "fr": 2, "it": 2}
    switch = RELEASE + 27 * 3600            # Deep Think moves from heliand-r1 to heliand-4-denker on Wednesday

    def ua(t):
        return "Plauder-Backend/%s (+https://plauder.app) heliand-go/1.4.0" % ("5.12.3" if t < T0 + 3 * DAY + 5 * 3600 else "5.13.0")

    def pick(rng, t, deep, plus):
        if deep:
            return (M_DENKER if t >= switch else M_R1), {"stream": True, "max_tokens": 8192, "reasoning_effort": "medium"}
        return (M_PRO if plus or rng.random() < 0.45 else M_FLASH), params_for(rng, "app", M_PRO)

    W.shared["plauder"] = dict(accts=accts, region=region, ua=ua, pick=pick, sys=PLAUDER_SYS)
    for _ in range(n_users):
        lng = wchoice(rng, *APP_LANGS)
        plus = rng.random() < 0.15
        a = accts[3] if plus else accts[region[lng]]
        eu = W.end_user("plu_", n=16)
        student = rng.random() < 0.14
        sch = sched("student" if student else "evening", "student" if student else "weekend_heavy", OFF.get(lng, 1))
        for _ in range(n_heavy(rng, 3, 0.95, 1, 70)):
            t = sch.sample(rng)
            deep = rng.random() < (0.4 if student else 0.12)
            m, p = pick(rng, t, deep, plus)
            x = rng.random()
            if x < 0.006:
                turns = [abuse_turn(rng, C, lng)]
            elif student and x < 0.55:
                turns = [math_turn(rng, lng, "student")]
                if rng.random() < 0.5:
                    turns.append((rng.choice(lang.LANGS[lng]["followup"]), lang.reply(rng, lng)))
            elif lng == "en":
                turns = arena_turns(rng, C, rng.randint(1, 3))
            else:
                turns = lang_turns(rng, lng, "study" if student else rng.choice(["chat", "chat", "chat", "gov", "work"]))
            sys = PLAUDER_SYS.format(d=today(t), mode="Deep Think" if deep else "Standard")
            conv(W, rng, a, t, turns, lng, model=m, params=p, sys=sys, end_user=eu, as_parts=True, ua=ua(t), gap=(35, 0.8))


def router_aggregator(W, C, seed, n_users=2000):
    """Weiche: a model router; developers and small apps reach many providers through it."""
    P = "router_aggregator"
    rng = rng_for(seed, "pop", P)
    org, pay = W.org(), W.card()
    net = Net([fixed(rng, "hetzner", 6)])
    UA = "Weiche-Router/2028.01.2 (+https://weiche.ai)"
    accts = [W.account(benign(P), created(rng, (2026, 5, 1), (2026, 6, 1)), net, UA, org=org, pay=pay, keys=2) for _ in range(3)]
    W.shared["weiche"] = dict(accts=accts)
    for _ in range(n_users):
        a = rng.choice(accts)
        eu = W.end_user("wr-", n=10)
        kind = rng.choices(["chat", "code", "app", "lang"], [35, 30, 15, 20])[0]
        lng = "en" if kind != "lang" else wchoice(rng, *APP_LANGS)
        style = rng.choice(["sdk", "sdk", "playground", "app"])
        off = rng.choice([0, 1, 1, 1, 2, -5])
        sch = sched("flat" if kind == "app" else "evening", "all", off)
        base = {M_PRO: 5, M_FLASH: 4, M_R1: 1}
        n = n_heavy(rng, 4, 1.0, 1, 120)
        for t in session_times(rng, sch, n, burst=(1, 4)):
            mf = lambda r, tt: model_at(r, tt, base, denker=0.4, tau_h=12)
            pf = lambda r, m: params_for(r, style, m)
            if kind == "chat":
                turns = arena_turns(rng, C, rng.randint(1, 2))
            elif kind == "code":
                turns = [hard_turn(rng, C, "coding")] if rng.random() < 0.5 else arena_turns(rng, C, 1)
            elif kind == "app":
                turns = [(lang.prompt(rng, "en", "work"), lang.reply(rng, "en"))]
            else:
                turns = lang_turns(rng, lng, "chat", 1)
            conv(W, rng, a, t, turns, lng, model=mf, params=pf, end_user=eu)


GOV_ORGS = [("Stadt München", "Bayernnetz"), ("Landeshauptstadt Stuttgart", "Landesnetz BW"), ("Stadt Köln", "Landesnetz NRW"),
            ("Landratsamt Ravensburg", "Landesnetz BW"), ("Stadt Hamburg", "Dataport"), ("Stadt Kiel", "Dataport"),
            ("Kreis Paderborn", "Landesnetz NRW"), ("Jobcenter Leipzig", "NdB"), ("Bundesamt für Migration", "NdB"),
            ("Stadt Wien", "BRZ Austria"), ("Kanton Zürich", "Bundesverwaltung CH"), ("Europäische Kommission", "EC"),
            ("Stadt Nürnberg", "Bayernnetz"), ("Stadt Bochum", "Landesnetz NRW"), ("Landkreis Esslingen", "Landesnetz BW")]


def public_sector(W, C, seed, n_bots=40, n_staff=480):
    """Citizen chatbots of agencies (citizens as end users) and civil servants' seats; agencies pay
    through framework contracts (one invoice profile per network/contract) and leave through
    their administration's few egress addresses."""
    rng = rng_for(seed, "pop", "public_sector")
    contract = {net: W.invoice() for net in sorted(set(n for _, n in GOV_ORGS))}
    kommunal = "KommunalBot/3.4.2 (heliand-java/2.1.0)"
    for i in range(n_bots):
        name, gnet = GOV_ORGS[i % len(GOV_ORGS)]
        name = name if i < len(GOV_ORGS) else name + " (%s)" % rng.choice(["Jugendamt", "Ausländerbehörde", "Kfz-Zulassung", "Bürgeramt"])
        if rng.random() < 0.5:
            net = Net([(1, "nat", "gov:" + gnet)])
        else:
            net = Net([fixed(rng, rng.choice(["otc", "stackit", "ionos"]), 2)])
        eu_ec = gnet == "EC"
        ua = "eu-assist/1.8 (python-httpx/0.28.1)" if eu_ec else kommunal if rng.random() < 0.7 else "Spring-AI/1.1.0 heliand-java/2.1.0"
        a = W.account(benign("public_sector_chatbot"), created(rng, (2025, 6, 1), (2027, 10, 1)), net, ua, pay=contract[gnet], keys=2)
        langs = (["fr", "de", "it", "pl", "nl", "cs", "en"], [3, 3, 2, 2, 2, 1, 3]) if eu_ec else \
            (["de", "uk", "en", "pl"], [88, 5, 4, 3]) if gnet not in ("Bundesverwaltung CH",) else (["de", "fr", "it"], [7, 2, 1])
        tel = "+49 %d %d" % (rng.randint(30, 999), rng.randint(100000, 9999999))
        for _ in range(int(lognorm(rng, 95, 0.6))):
            lng = wchoice(rng, *langs)
            eu = "sid-" + hexid(rng, 20)
            t = sched("office", [1, 1, 1, 1, 0.9, 0.35, 0.25], OFF.get(lng, 1)).sample(rng)
            ctx = "\n".join(rng.sample(KB, 3))
            sys = AGENCY_SYS.format(org=name, tel=tel, ctx=ctx)
            x = rng.random()
            if x < 0.005:
                turns = [abuse_turn(rng, C, "de")]
            else:
                turns = lang_turns(rng, lng, "gov", rng.choice([1, 1, 2, 2, 3, 4]))
            conv(W, rng, a, t, turns, lng, model=lambda r, tt: M_GOV if r.random() < 0.8 else M_FLASH,
                 params={"temperature": 0.2, "max_tokens": 800}, sys=sys, end_user=eu, gap=(50, 0.7))
    # civil servants' seats
    orgs = []
    for i in range(30):
        name, gnet = rng.choice(GOV_ORGS)
        orgs.append((W.org(), gnet, contract[gnet]))
    for _ in range(n_staff):
        org, gnet, pay = rng.choice(orgs)
        net = Net([(0.88, "nat", "gov:" + gnet), (0.12, "nat", rng.choice(MOBILE_OF["DE"]))])
        ua = browser_ua(rng) if rng.random() < 0.75 else "heliand-outlook/2.2 (heliand-dotnet/1.9.0)"
        a = W.account(benign("public_sector_staff"), created(rng, (2026, 1, 1), (2027, 12, 20)), net, ua, org=org, pay=pay)
        lng = "de" if gnet != "EC" else rng.choice(["en", "fr", "de"])
        sch = sched("office", "weekday", 1)
        for t in session_times(rng, sch, n_heavy(rng, 12, 0.8, 1, 150), burst=(1, 4), gap_med=240):
            dom = "staff" if lng == "de" and rng.random() < 0.6 else "work"
            turns = lang_turns(rng, lng, dom, rng.choice([1, 1, 2]))
            conv(W, rng, a, t, turns, lng, model=lambda r, tt: model_at(r, tt, {M_GOV: 6, M_PRO: 3, M_FLASH: 1}, denker=0.08),
                 params=lambda r, m: params_for(r, "playground" if "Mozilla" in ua else "sdk", m))


def _uni_choice(rng):
    names = list(UNIS)
    return rng.choices(names, [5 if UNIS[n][0] in ("DE", "AT", "CH") else 3 for n in names])[0]


def student_net(rng, uni):
    country = UNIS[uni][0]
    home = daily(rng, rng.choice(HOME_OF[country]))
    return Net([(0.5, "nat", "uni:" + uni), (0.32,) + home[1:], (0.18, "nat", rng.choice(MOBILE_OF[country]))])


def student_turns(rng, C, lng, cs):
    x = rng.random()
    if x < 0.22:
        return [math_turn(rng, lng, "student")]
    if cs and x < 0.5:
        return [hard_turn(rng, C, "coding")]
    if lng == "en" or x > 0.85:
        return arena_turns(rng, C, rng.randint(1, 3))
    return lang_turns(rng, lng, "study", rng.choice([1, 2, 2, 3]))


def university_students(W, C, seed, n=1250):
    P = "university_students"
    rng = rng_for(seed, "pop", P)
    licence = {u: W.invoice() for u in UNIS}
    W.shared["campus_licence"] = licence
    for _ in range(n):
        uni = _uni_choice(rng)
        country, _, lng = UNIS[uni]
        if rng.random() < 0.12:
            lng = "en"
        cs = rng.random() < 0.25
        pay = licence[uni] if rng.random() < 0.4 else None
        ua = browser_ua(rng) if not cs or rng.random() < 0.5 else sdk_ua(rng, rng.choice(["openai_py", "httpx", "openai_js"]))
        a = W.account(benign(P), created(rng, (2025, 10, 1), (2027, 11, 15)), student_net(rng, uni), ua, pay=pay)
        sch = sched("student", "student", OFF.get(lng, 1))
        for t in session_times(rng, sch, n_heavy(rng, 7, 0.9, 1, 160), burst=(1, 5), gap_med=120):
            conv(W, rng, a, t, student_turns(rng, C, lng, cs), lng,
                 model=lambda r, tt: model_at(r, tt, {M_FLASH: 45, M_PRO: 45, M_R1: 10}, denker=0.25, tau_h=48),
                 params=lambda r, m: params_for(r, "playground" if "Mozilla" in ua else "sdk", m))


COURSES = [  # uni, lang, size, accounts created (start, hours), tasks
    ("TU Berlin", "de", 48, (2028, 1, 10, 9), 2.0),
    ("Karlova", "cs", 34, (2027, 11, 3, 13), 3.0),
    ("Uni Warszawa", "pl", 40, (2028, 1, 11, 15), 1.5)]
SHEETS = {"de": ["Aufgabe {i}: Zeige, dass die Laufzeit von Mergesort in O(n log n) liegt. Erkläre jeden Schritt.",
                 "Aufgabe {i}: Gegeben ist ein Array mit {n} Elementen. Wie viele Vergleiche braucht Insertion Sort im schlechtesten Fall? Bitte mit Herleitung.",
                 "Aufgabe {i}: Beweise per Induktion, dass ein binärer Baum der Höhe h höchstens 2^(h+1) - 1 Knoten hat.",
                 "Aufgabe {i}: Wende Dijkstra auf den Graphen aus der Übung an und erkläre, warum negative Kanten ein Problem sind.",
                 "Aufgabe {i}: Erkläre mir Schritt für Schritt, wie Quicksort das Array [{arr}] sortiert."],
          "cs": ["Úloha {i}: Spočítej výběrový průměr a rozptyl hodnot {arr}. Vysvětli postup krok za krokem.",
                 "Úloha {i}: Jaká je pravděpodobnost, že při {n} hodech mincí padne aspoň jednou panna? Prosím s postupem.",
                 "Úloha {i}: Vysvětli rozdíl mezi chybou prvního a druhého druhu na příkladu.",
                 "Úloha {i}: Otestuj hypotézu, že průměr je 10, pro data {arr} (alfa = 0,05). Vysvětli každý krok."],
          "pl": ["Zadanie {i}: Wyjaśnij krok po kroku, jak działa tokenizacja BPE na słowie 'niedźwiedź'.",
                 "Zadanie {i}: Oblicz perplexity modelu dla zdania o {n} tokenach, jeśli średnia log-prawdopodobieństwa wynosi -2,1. Pokaż obliczenia.",
                 "Zadanie {i}: Czym różni się stemming od lematyzacji? Podaj przykłady po polsku.",
                 "Zadanie {i}: Policz TF-IDF dla słowa 'kot' w korpusie z ćwiczeń. Rozpisz każdy krok."]}


def course_shared_card(W, C, seed):
    """Students of one course sign up in the same tutorial and pay with the chair's card; they
    all work on the same exercise sheet."""
    P = "course_shared_card"
    rng = rng_for(seed, "pop", P)
    for uni, lng, size, start, hours in COURSES:
        pay, org = W.card(), W.org()
        c0 = created(rng, start[:3], start[:3]) + start[3] * 3600
        for _ in range(size):
            a = W.account(benign(P), c0 + rng.random() * hours * 3600, student_net(rng, uni), browser_ua(rng), org=org, pay=pay)
            sch = sched("student", "student", 1, lo=max(0.0, c0 - T0))
            for t in session_times(rng, sch, n_heavy(rng, 26, 0.6, 3, 90), burst=(2, 6), gap_med=150):
                if rng.random() < 0.7:
                    arr = ", ".join(str(rng.randint(1, 40)) for _ in range(rng.randint(5, 8)))
                    q = rng.choice(SHEETS[lng]).format(i=rng.randint(1, 8), n=rng.randint(5, 30), arr=arr)
                    turns = [(q, lang.numbered_reply(rng, lng, 4))]
                    if rng.random() < 0.4:
                        turns.append((rng.choice(lang.LANGS[lng]["followup"]), lang.reply(rng, lng)))
                else:
                    turns = student_turns(rng, C, lng, True)
                conv(W, rng, a, t, turns, lng, model=lambda r, tt: model_at(r, tt, {M_PRO: 6, M_FLASH: 3, M_R1: 1}, denker=0.3),
                     params=lambda r, m: params_for(r, "playground", m))


SCHOOLS = [("de", "Erstelle eine ausführliche Musterlösung für die folgende Aufgabe. Erkläre jeden Rechenschritt so, dass eine Schülerin der 9. Klasse ihn nachvollziehen kann:\n\n{q}",
            "Arbeitsblatt {ws}, Aufgabe {i}:\n{q}\n\nGib eine Schritt-für-Schritt-Lösung und am Ende das Ergebnis in der Form 'Ergebnis: ...'."),
           ("de", "Bitte löse diese Abitur-Übungsaufgabe ausführlich mit allen Zwischenschritten:\n{q}",
            "Lösungsblatt {ws} / Nr. {i}\nAufgabe: {q}\nLösungsweg (ausführlich, nummerierte Schritte):"),
           ("pl", "Przygotuj szczegółowe rozwiązanie zadania maturalnego, krok po kroku, dla ucznia liceum:\n\n{q}",
            "Arkusz {ws}, zadanie {i}:\n{q}\n\nRozwiąż krok po kroku, na końcu napisz 'Wynik: ...'."),
           ("cs", "Připrav podrobné řešení úlohy k maturitě, krok za krokem, pro studenty:\n\n{q}",
            "Pracovní list {ws}, úloha {i}:\n{q}\n\nŘeš krok za krokem a na konci napiš 'Výsledek: ...'."),
           ("en", "Write a worked solution for Year 8 pupils. Explain every step clearly:\n\n{q}",
            "Worksheet {ws}, question {i}:\n{q}\n\nGive a numbered step-by-step solution and finish with 'Answer: ...'."),
           ("it", "Scrivi una soluzione dettagliata, passo per passo, per studenti delle medie:\n\n{q}",
            "Scheda {ws}, esercizio {i}:\n{q}\n\nRisolvi passo per passo e concludi con 'Risultato: ...'.")]


def exam_prep_school(W, C, seed, n_schools=10):
    """Tutoring schools generate worked solutions for worksheets: explicit step-by-step requests,
    fixed templates, batches over hundreds of problems, some of them GSM8K items."""
    P = "exam_prep_school"
    rng = rng_for(seed, "pop", P)
    for s in range(n_schools):
        lng, t_teacher, t_batch = SCHOOLS[s % len(SCHOOLS)]
        country = {"de": "DE", "pl": "PL", "cs": "CZ", "en": "DE", "it": "IT"}[lng]
        org, pay = W.org(), (W.card() if rng.random() < 0.6 else W.sepa())
        office = fixed(rng, "biz_dsl")
        for k in range(rng.randint(3, 6)):
            net = Net([(0.6,) + office[1:], (0.4,) + daily(rng, rng.choice(HOME_OF[country]))[1:]])
            a = W.account(benign(P), created(rng, (2025, 8, 1), (2027, 9, 1)), net, browser_ua(rng), org=org, pay=pay)
            for t in session_times(rng, sched("evening", "all", 1), n_heavy(rng, 45, 0.6, 5, 200), burst=(2, 8), gap_med=200):
                tr = gsm_turn(rng, C) if lng == "en" else math_turn(rng, lng)
                tr = (t_teacher.format(q=tr[0]),) + tr[1:]
                conv(W, rng, a, t, [tr], lng, model=lambda r, tt: model_at(r, tt, {M_R1: 5, M_PRO: 5}, denker=0.5, tau_h=30),
                     params=lambda r, m: params_for(r, "playground", m))
        batch = W.account(benign(P), created(rng, (2026, 1, 1), (2027, 10, 1)),
                          Net([office] if rng.random() < 0.5 else [fixed(rng, "hetzner")]), sdk_ua(rng, "requests"), org=org, pay=pay)
        for run in range(rng.randint(2, 4)):
            t = sched("evening", [0.3, 0.3, 0.3, 0.3, 0.5, 1, 1], 1).sample(rng)
            ws = rng.randint(10, 99)
            m = M_DENKER if t > RELEASE + 6 * 3600 and rng.random() < 0.7 else M_R1
            for i in range(rng.randint(80, 260)):
                tr = gsm_turn(rng, C) if lng == "en" else math_turn(rng, lng)
                W.emit(rng, batch, t, [{"role": "user", "content": t_batch.format(ws=ws, i=i + 1, q=tr[0])}], tr[1], model=m,
                       params={"max_tokens": 4000, "reasoning_effort": "medium"}, reasoning=tr[2], lang=lng, p_err=0.02)
                t += lognorm(rng, 9, 0.5)


SI_PROMPT = "Come up with a series of tasks:\n\n{tasks}\nTask {k}:"


def nlp_lab_synthetic(W, C, seed):
    """University NLP labs generate synthetic training data under a research licence: Self-Instruct
    prompts, paraphrases, in-language QA, and step-by-step math for a licensed reasoning study."""
    P = "nlp_lab_synthetic"
    rng = rng_for(seed, "pop", P)
    licence = W.shared["campus_licence"]
    for uni, lng, n_acc, vol in [("LMU", "de", 5, 1200), ("TU Delft", "nl", 4, 900), ("Karlova", "cs", 3, 800)]:
        org = W.org()
        host = (1, "fixed", [addr(UNIS[uni][1], rng) for _ in range(2)])
        for k in range(n_acc):
            ua = sdk_ua(rng, rng.choice(["openai_py", "litellm", "httpx"]))
            a = W.account(benign(P), created(rng, (2026, 4, 1), (2027, 6, 1)), Net([host]), ua, org=org, pay=licence[uni], keys=2)
            job = rng.choice(["selfinstruct", "para", "qa", "cot"])
            sch = sched("night_batch" if rng.random() < 0.6 else "flat", "all", 1)
            t = sch.sample(rng)
            for i in range(int(vol * rng.uniform(0.6, 1.3))):
                if job == "selfinstruct":
                    seeds = rng.sample(C.seeds, 8)
                    u = SI_PROMPT.format(tasks="".join("Task %d: %s\n" % (j + 1, s[0]) for j, s in enumerate(seeds)), k=9)
                    ans = "\n".join("%s\nTask %d: %s" % (s[0], 10 + j, s[0]) for j, s in enumerate(rng.sample(C.seeds, 3)))
                    msgs, m, p, rs = [{"role": "user", "content": u}], M_PRO, {"temperature": 0.7, "top_p": 0.5, "max_tokens": 1024}, None
                elif job == "para":
                    src = lang.reply(rng, lng, 1)
                    u = {"de": "Paraphrasiere den folgenden Satz auf fünf verschiedene Arten:\n", "nl": "Parafraseer de volgende zin op vijf manieren:\n",
                         "cs": "Parafrázuj následující větu pěti různými způsoby:\n"}[lng] + src
                    ans = "\n".join("%d. %s" % (j + 1, lang.reply(rng, lng, 1)) for j in range(5))
                    msgs, m, p, rs = [{"role": "user", "content": u}], M_FLASH, {"temperature": 1.0, "n": 1}, None
                elif job == "qa":
                    text = lang.reply(rng, lng, 4)
                    u = {"de": "Erzeuge drei Frage-Antwort-Paare zu diesem Text als JSON:\n\n", "nl": "Maak drie vraag-antwoordparen bij deze tekst als JSON:\n\n",
                         "cs": "Vytvoř tři dvojice otázka-odpověď k tomuto textu jako JSON:\n\n"}[lng] + text
                    ans = '{"qa": [%s]}' % ", ".join('{"q": "%s", "a": "%s"}' % (lang.prompt(rng, lng, "study"), lang.reply(rng, lng, 1)) for _ in range(3))
                    msgs, m, p, rs = [{"role": "user", "content": u}], M_PRO, {"temperature": 0.3, "response_format": {"type": "json_object"}}, None
                else:
                    tr = math_turn(rng, lng) if rng.random() < 0.6 else gsm_turn(rng, C)
                    u = "Solve step by step, then give the final answer after '####'.\n\n" + tr[0]
                    m = M_DENKER if t > RELEASE and rng.random() < 0.5 else M_R1
                    msgs, p, rs, ans = [{"role": "user", "content": u}], {"reasoning_effort": "high", "max_tokens": 6000}, tr[2], tr[1]
                W.emit(rng, a, t, msgs, ans, model=m, params=p, reasoning=rs, lang=lng, p_err=0.015)
                t += lognorm(rng, 4, 0.8) if rng.random() < 0.98 else lognorm(rng, 3600, 1.0)
                if t > T0 + 7 * DAY - 120:
                    break


HACK_PROMPTS = ["Write a Python function that fetches the Leipzig open-data API for {x} and returns JSON.",
                "Wie baue ich einen Chatbot, der Fragen zu {x} in Leipzig beantwortet? Gib mir eine Architektur.",
                "Generate a FastAPI endpoint that summarises {x} data for citizens.",
                "Erkläre mir, wie ich Function Calling mit der Heliand-API nutze, Beispiel: {x}.",
                "Schreib einen Pitch (3 Sätze) für unsere Hackathon-Idee zu {x}."]
HACK_X = ["Baustellen", "Kita-Plätze", "Luftqualität", "ÖPNV-Verspätungen", "Müllabfuhr", "Fahrradwege", "Spielplätze"]


def hackathon_trial(W, C, seed, n=160):
    """A civic-tech hackathon: all participants sign up within 90 minutes on Saturday morning, from
    the venue's network, with one trial-credit voucher."""
    P = "hackathon_trial"
    rng = rng_for(seed, "pop", P)
    voucher = W.uid("promo_", 12)
    c0 = T0 + 5 * DAY + 8 * 3600
    for _ in range(n):
        net = Net([(0.85, "nat", "uni:Uni Leipzig"), (0.15, "nat", rng.choice(MOBILE_OF["DE"]))])
        ua = sdk_ua(rng, rng.choice(["openai_py", "openai_js", "heliand_py", "curl"])) if rng.random() < 0.7 else browser_ua(rng)
        c = c0 + rng.random() * 5400
        a = W.account(benign(P), c, net, ua, pay=voucher)
        sch = sched("flat", "all", 1, lo=c - T0 + 1800, hi=6 * DAY + 14 * 3600)
        for t in session_times(rng, sch, n_heavy(rng, 9, 0.8, 1, 60), burst=(2, 6), gap_med=90):
            q = rng.choice(HACK_PROMPTS).format(x=rng.choice(HACK_X))
            lng = "de" if any(w in q for w in ("Wie", "Erkläre", "Schreib")) else "en"
            ans = corpora.synth_answer(rng, q) if lng == "en" else lang.numbered_reply(rng, "de")
            conv(W, rng, a, t, [(q, ans)], lng, model=lambda r, tt: model_at(r, tt, {M_PRO: 5, M_FLASH: 5}, denker=0.5),
                 params=lambda r, m: params_for(r, "sdk", m))
