"""Benign populations, part B: legal tech, tax/law firms, translation offices, evaluation
contractors, software teams, Mittelstand seats, consumers, researchers, trials, judges, VPN users,
customer-support bots."""
import json

import corpora
import lang
from common import (DAY, LANG_COUNTRY, M_DENKER, M_FLASH, M_PRO, M_R1, MOBILE_OF, RELEASE, T0, T_END, TZ_OF, UNIS, HOME_OF,
                    Net, addr, browser_ua, daily, fixed, hexid, lognorm, person_net, rng_for, sched, sdk_ua, session_times, wchoice)
from kit import (LEXDOC_SYS, LEXDOC_TASKS, LEXDOC_USER, abuse_turn, arena_turns, benign, company, contract, conv, created, diff,
                 emit_agent, gsm_turn, hard_turn, lang_turns, math_turn, model_at, n_heavy, params_for)

LEXDOC_UA = "LexDocAnalyzer/4.2.1 (Windows; heliand-dotnet/1.9.0)"
LEXDOC_CLOUD_UA = "LexDocAnalyzer-Cloud/4.2.1 (heliand-dotnet/1.9.0)"
LEXDOC_PARAMS = {"temperature": 0.1, "max_tokens": 4096, "response_format": {"type": "json_object"}}


def legaltech_template(W, C, seed, n_firms=5):
    """Law firms run one product's fixed template over thousands of contracts (due diligence)."""
    P = "legaltech_template"
    rng = rng_for(seed, "pop", P)
    cloud = fixed(rng, "azure_gwc", 4)
    W.shared["lexdoc"] = dict(ua=LEXDOC_UA, cloud_ua=LEXDOC_CLOUD_UA, cloud=cloud, params=LEXDOC_PARAMS)
    for f in range(n_firms):
        org, pay = W.org(), W.invoice()
        office = fixed(rng, "biz_dsl", 2)
        for k in range(rng.randint(4, 8)):
            a = W.account(benign(P), created(rng, (2025, 11, 1), (2027, 8, 1)), Net([office]), LEXDOC_UA, org=org, pay=pay)
            for t in session_times(rng, sched("office", "weekday", 1), n_heavy(rng, 110, 0.5, 10, 400), burst=(3, 12), gap_med=40):
                text, summ = contract(rng)
                deep = t > RELEASE and rng.random() < 0.2
                u = LEXDOC_USER.format(doc="LD-%06d" % rng.randint(1, 999999), m="%d/%02d" % (rng.randint(100, 999), rng.randint(24, 28)),
                                       task=rng.choice(LEXDOC_TASKS), text=text)
                W.emit(rng, a, t, [{"role": "system", "content": LEXDOC_SYS}, {"role": "user", "content": u}],
                       json.dumps(summ, ensure_ascii=False), model=M_DENKER if deep else M_PRO,
                       params=dict(LEXDOC_PARAMS, reasoning_effort="medium") if deep else LEXDOC_PARAMS,
                       reasoning=corpora.synth_reasoning(rng, "Vertragsprüfung " + summ["parteien"][0], 3) if deep else None, lang="de")
        batch = W.account(benign(P), created(rng, (2026, 1, 1), (2027, 6, 1)), Net([cloud]), LEXDOC_CLOUD_UA, org=org, pay=pay)
        for run in range(rng.randint(1, 3)):
            t = sched("evening_batch", "weekday", 1).sample(rng)
            for i in range(rng.randint(500, 1500)):
                text, summ = contract(rng)
                u = LEXDOC_USER.format(doc="DR-%05d" % (i + 1), m="DD-%d" % rng.randint(1000, 9999), task="Due-Diligence Vertragsprüfung", text=text)
                W.emit(rng, batch, t, [{"role": "system", "content": LEXDOC_SYS}, {"role": "user", "content": u}],
                       json.dumps(summ, ensure_ascii=False), model=M_PRO, params=LEXDOC_PARAMS, lang="de", p_err=0.02)
                t += lognorm(rng, 6, 0.5)


def tax_law_seats(W, C, seed, n_firms=65):
    P = "tax_law_firm_seats"
    rng = rng_for(seed, "pop", P)
    for f in range(n_firms):
        org, pay = W.org(), W.invoice() if rng.random() < 0.7 else W.card()
        office = fixed(rng, "biz_dsl", rng.randint(1, 2))
        legacy = rng.random() < 0.12
        for k in range(rng.randint(2, 9)):
            net = Net([(0.8,) + office[1:], (0.2,) + daily(rng, rng.choice(HOME_OF["DE"]))[1:]])
            ua = "SteuerDesk-Connector/1.0 (python-requests/2.31.0)" if legacy else \
                browser_ua(rng) if rng.random() < 0.7 else "Kanzlei-Assist/2.3 (heliand-dotnet/1.9.0)"
            a = W.account(benign(P), created(rng, (2025, 2, 1), (2027, 12, 1)), net, ua, org=org, pay=pay)
            for t in session_times(rng, sched("office", "weekday", 1), n_heavy(rng, 20, 0.8, 1, 120), burst=(1, 3), gap_med=300):
                q = lang.prompt(rng, "de", rng.choice(["tax", "tax", "legal", "work"]))
                ans = lang.numbered_reply(rng, "de", rng.randint(3, 5))
                if legacy:
                    W.emit(rng, a, t, None, ans, model=M_FLASH, params={"max_tokens": 1500, "temperature": 0.3},
                           prompt="Frage eines Steuerberaters:\n%s\n\nAntwort:" % q, lang="de")
                else:
                    conv(W, rng, a, t, [(q, ans)], "de", model=lambda r, tt: model_at(r, tt, {M_PRO: 8, M_FLASH: 2}, denker=0.15),
                         params=lambda r, m: params_for(r, "playground" if "Mozilla" in ua else "sdk", m))


CAT_TPL = "Translate the following segment from {src} to {tgt}. Return only the translation, keep tags like <b> intact.\n\nSegment: {text}"
LANG_EN = {"de": "German", "en": "English", "fr": "French", "it": "Italian", "pl": "Polish", "nl": "Dutch", "cs": "Czech", "uk": "Ukrainian"}


def translation_office(W, C, seed, n_offices=14):
    P = "translation_office"
    rng = rng_for(seed, "pop", P)
    for o in range(n_offices):
        home = rng.choice(["de", "de", "de", "pl", "cs", "fr", "nl", "it"])
        org, pay = W.org(), W.card() if rng.random() < 0.5 else W.sepa()
        office = fixed(rng, "biz_dsl" if home == "de" else rng.choice(HOME_OF[LANG_COUNTRY[home][0]]), 1)
        for k in range(rng.randint(2, 5)):
            cat = rng.random() < 0.6
            ua = "LinguaDesk AI Connector/3.1 (heliand-java/2.1.0)" if cat else browser_ua(rng)
            a = W.account(benign(P), created(rng, (2025, 4, 1), (2027, 11, 1)), Net([office]), ua, org=org, pay=pay)
            for t in session_times(rng, sched("office", "weekday", 1), n_heavy(rng, 16, 0.6, 2, 120), burst=(1, 2), gap_med=60):
                src, tgt = rng.sample(["de", "en", "fr", "it", "pl", "nl", "cs", "uk"], 2)
                if rng.random() < 0.5:
                    src, tgt = home, rng.choice(["en", "pl", "uk", "fr", "cs"]) if home != "en" else "de"
                segs = rng.randint(4, 22) if cat else rng.randint(1, 2)
                for s in range(segs):
                    text = contract(rng)[0][:rng.randint(200, 900)] if src == "de" and rng.random() < 0.4 else \
                        (rng.choice(C.convs)[0][1][:800] if src == "en" else lang.reply(rng, src))
                    u = CAT_TPL.format(src=LANG_EN[src], tgt=LANG_EN[tgt], text=text) if cat else lang.translate_req(rng, home, tgt, text)
                    W.emit(rng, a, t, [{"role": "user", "content": u}], lang.reply(rng, tgt, rng.randint(2, 5)), model=M_PRO,
                           params={"temperature": 0.0, "max_tokens": 2048} if cat else params_for(rng, "playground", M_PRO), lang=tgt)
                    t += lognorm(rng, 5 if cat else 90, 0.5)


EVAL_FMT = ["Question: {q}\nAnswer: Let's think step by step.", "{q}", "Q: {q}\nA:",
            "Solve the following math problem. Put the final answer after 'The answer is'.\n\n{q}"]
MGSM = {"de": "Frage: {q}\nSchritt-für-Schritt-Antwort:", "fr": "Question : {q}\nRéponse étape par étape :",
        "it": "Domanda: {q}\nRisposta passo per passo:", "pl": "Pytanie: {q}\nOdpowiedź krok po kroku:",
        "cs": "Otázka: {q}\nOdpověď krok za krokem:", "uk": "Питання: {q}\nВідповідь крок за кроком:", "nl": "Vraag: {q}\nStap-voor-stap antwoord:"}


def eval_contractor(W, C, seed):
    """Evaluation contractors sweep public benchmarks on the release day (GSM8K with the standard
    'Let's think step by step' prompt, Arena-Hard, multilingual math) at temperature 0 with a seed."""
    P = "eval_contractor"
    rng = rng_for(seed, "pop", P)
    for name, cloud, start_h, n_items in [("pruefstand", "gcp_fra", 0.6, 1300), ("evalbench", "aws_fra", 3.0, 1100), ("kiprueflabor", "otc", 20, 900)]:
        org, pay = W.org(), W.invoice()
        net = Net([fixed(rng, cloud, 3)])
        for k in range(3):
            ua = sdk_ua(rng, rng.choice(["openai_py", "async_openai_py", "httpx"]))
            a = W.account(benign(P), created(rng, (2025, 9, 1), (2027, 9, 1)), net, ua, org=org, pay=pay)
            fmt = rng.choice(EVAL_FMT)
            items = rng.sample(range(len(C.gsm)), n_items // 3)
            t = RELEASE + (start_h + k * 0.3) * 3600
            for m in ([M_DENKER, M_R1] if k < 2 else [M_DENKER, M_PRO]):
                for j, i in enumerate(items):
                    x = j % 10
                    if x < 6:
                        u, ans, rs = gsm_turn(rng, C, i, tpl=fmt, style=0)
                        lng = "en"
                    elif x < 8:
                        u, ans, rs = hard_turn(rng, C)
                        lng = "en"
                    else:
                        lng = rng.choice(list(MGSM))
                        u, ans, rs = math_turn(rng, lng, tpl=MGSM[lng])
                    p = {"temperature": 0.0, "seed": 1234, "max_tokens": 8192}
                    if m != M_PRO:
                        p = {"seed": 1234, "max_tokens": 16384, "reasoning_effort": "high"}
                    W.emit(rng, a, t, [{"role": "user", "content": u}], ans, model=m, params=p, reasoning=rs if m != M_PRO else None,
                           lang=lng, p_err=0.04)
                    t += lognorm(rng, 1.6, 0.6)
                t += rng.uniform(1, 10) * 3600
                if t > T_END - 3600:
                    break


AGENTS = ["cline", "opencode", "zed", "aider", "continue"]


def coding_agents_ci(W, C, seed, n_teams=55):
    P = "coding_agents_ci"
    rng = rng_for(seed, "pop", P)
    for tm in range(n_teams):
        org = W.org()
        pay = W.card() if rng.random() < 0.6 else W.invoice()
        office = fixed(rng, rng.choice(["biz_dsl", "colt", "biz_dsl"]), 1)
        fav = rng.sample(AGENTS, 2)
        lng = "de" if rng.random() < 0.7 else "en"
        for k in range(rng.randint(2, 8)):
            agent = rng.choice(fav)
            net = Net([(0.55,) + office[1:], (0.45,) + daily(rng, rng.choice(HOME_OF["DE"]))[1:]])
            a = W.account(benign(P), created(rng, (2025, 1, 1), (2027, 12, 1)), net, sdk_ua(rng, agent), org=org, pay=pay)
            mf = lambda r, tt: model_at(r, tt, {M_PRO: 6, M_FLASH: 3, M_R1: 1}, denker=0.45)
            for t in session_times(rng, sched("ci", "ci", 1), n_heavy(rng, 10, 0.7, 1, 40), burst=(1, 4), gap_med=600):
                if agent in ("cline", "opencode", "zed"):
                    emit_agent(W, rng, a, t, C, agent.capitalize(), mf, lambda r, m: params_for(r, "agent", m), lng)
                else:
                    tr = hard_turn(rng, C, "coding") if rng.random() < 0.6 else (lang.prompt(rng, lng, "work"), lang.reply(rng, lng))
                    conv(W, rng, a, t, [tr] + ([(rng.choice(lang.LANGS[lng]["followup"]), corpora.synth_answer(rng, tr[0], True))]
                                               if rng.random() < 0.5 else []), lng, model=mf, params=lambda r, m: params_for(r, "sdk", m))
        # CI review bot
        gh = rng.random() < 0.6
        ua = "heliand-review-action/2.0 (node/20.18.1)" if gh else "gitlab-runner/17.7.0 review-bot/1.4 (heliand-python/3.2.0)"
        net = Net([(1, "nat", "gh_actions")]) if gh else Net([fixed(rng, "hetzner")])
        bot = W.account(benign(P), created(rng, (2025, 6, 1), (2027, 11, 1)), net, ua, org=org, pay=pay)
        for t in session_times(rng, sched("ci", "ci", 1), n_heavy(rng, 50, 0.7, 5, 300), burst=(1, 3), gap_med=20):
            d = diff(rng)
            u = ("Review the following merge request diff. List potential bugs, security issues and style problems as "
                 "concise bullet points.\n\n```diff\n%s\n```" % d)
            W.emit(rng, bot, t, [{"role": "system", "content": "You are a strict senior code reviewer."}, {"role": "user", "content": u}],
                   "- " + "\n- ".join(rng.sample(corpora.BODY, 3)), model=M_PRO if rng.random() < 0.8 else M_FLASH,
                   params={"temperature": 0.2, "max_tokens": 1500}, lang="en")


def mittelstand_enterprise(W, C, seed, n_companies=100):
    P = "mittelstand_enterprise"
    rng = rng_for(seed, "pop", P)
    for c in range(n_companies):
        org, pay = W.org(), W.invoice() if rng.random() < 0.55 else W.card()
        office = fixed(rng, rng.choice(["biz_dsl", "biz_dsl", "colt", "plusserver"]), rng.randint(1, 3))
        site_lang = rng.choices(["de", "pl", "cs", "it", "en"], [80, 6, 5, 4, 5])[0]
        intranet = rng.random() < 0.2
        sysp = "Du bist der interne Assistent der %s. Antworte knapp und sachlich, auf Deutsch, Sie-Form." % company(rng)
        for k in range(rng.randint(2, 14)):
            lng = site_lang if rng.random() < 0.8 else "de"
            net = Net([(0.7,) + office[1:], (0.2,) + daily(rng, rng.choice(HOME_OF["DE"]))[1:], (0.1, "nat", rng.choice(MOBILE_OF["DE"]))])
            ua = "IntraBot/2.0 (heliand-java/2.0.3)" if intranet else browser_ua(rng) if rng.random() < 0.7 else "heliand-outlook/2.2 (heliand-dotnet/1.9.0)"
            a = W.account(benign(P), created(rng, (2025, 5, 1), (2027, 12, 15)), net, ua, org=org, pay=pay)
            for t in session_times(rng, sched("office", "weekday", 1), n_heavy(rng, 11, 0.8, 1, 100), burst=(1, 3), gap_med=400):
                dom = "mittel" if lng == "de" and rng.random() < 0.5 else "work"
                conv(W, rng, a, t, lang_turns(rng, lng, dom, rng.choice([1, 1, 2])), lng,
                     model=lambda r, tt: model_at(r, tt, {M_PRO: 6, M_FLASH: 4}, denker=0.1), sys=sysp if intranet else None,
                     params=lambda r, m: params_for(r, "playground" if "Mozilla" in ua else "sdk", m))


def _consumer_turns(rng, C, lng):
    x = rng.random()
    if x < 0.01:
        return [abuse_turn(rng, C, lng)]
    if lng == "en" or x < 0.2:
        return arena_turns(rng, C, rng.randint(1, 3))
    return lang_turns(rng, lng, rng.choice(["chat", "chat", "study", "gov"]))


def consumer_direct(W, C, seed, n=1200, P="consumer_direct", vpn=0.04, mobile=0.35):
    rng = rng_for(seed, "pop", P)
    for _ in range(n):
        lng = wchoice(rng, ["de", "en", "pl", "fr", "it", "nl", "cs", "uk"], [40, 22, 8, 7, 6, 7, 5, 5])
        country = rng.choice(LANG_COUNTRY[lng])
        net = person_net(rng, country, mobile=mobile, vpn=vpn)
        play = rng.random() < 0.6
        ua = browser_ua(rng) if play else sdk_ua(rng, rng.choice(["openai_py", "openai_js", "heliand_py", "requests", "curl", "okhttp"]))
        a = W.account(benign(P), created(rng, (2024, 6, 1), (2028, 1, 8)), net, ua)
        sch = sched("evening", "weekend_heavy", TZ_OF.get(country, 1))
        for t in session_times(rng, sch, n_heavy(rng, 5, 1.0, 1, 150), burst=(1, 5), gap_med=90):
            conv(W, rng, a, t, _consumer_turns(rng, C, lng), lng,
                 model=lambda r, tt: model_at(r, tt, {M_PRO: 5, M_FLASH: 4, M_R1: 1}, denker=0.3, tau_h=36),
                 params=lambda r, m: params_for(r, "playground" if play else "sdk", m))


def vpn_privacy_users(W, C, seed, n=220):
    consumer_direct(W, C, seed, n, P="vpn_privacy_users", vpn=0.85, mobile=0.05)


CAREFUL = ["{q}\n\nPlease think carefully step by step and verify your answer before you reply.",
           "{q}\n\nReason it through rigorously; I care more about the derivation than the final number.",
           "{q}", "{q}", "I'm working on this for a paper: {q}"]


def research_power_users(W, C, seed, n=140):
    P = "research_power_users"
    rng = rng_for(seed, "pop", P)
    for _ in range(n):
        uni = rng.choice(list(UNIS))
        host = (0.6, "fixed", [addr(UNIS[uni][1], rng)])
        net = Net([host, (0.3, "nat", "uni:" + uni), (0.1,) + daily(rng, rng.choice(HOME_OF[UNIS[uni][0]]))[1:]])
        sdk = rng.random() < 0.6
        ua = sdk_ua(rng, rng.choice(["openai_py", "httpx", "heliand_py"])) if sdk else browser_ua(rng)
        a = W.account(benign(P), created(rng, (2024, 10, 1), (2027, 11, 1)), net, ua)
        for t in session_times(rng, sched("office", "all", 1), n_heavy(rng, 25, 0.8, 2, 200), burst=(1, 6), gap_med=300):
            tr = hard_turn(rng, C, rng.choice(["math", "math", "hard", "coding"]), tpl=rng.choice(CAREFUL))
            turns = [tr] + ([(rng.choice(corpora.THINK_MID[:3]).replace("I should", "Can you").rstrip(".") + "?", corpora.synth_answer(rng, tr[0]))]
                            if rng.random() < 0.3 else [])
            conv(W, rng, a, t, turns, "en", model=lambda r, tt: model_at(r, tt, {M_R1: 6, M_PRO: 4}, denker=0.75, tau_h=6),
                 params=lambda r, m: params_for(r, "sdk" if sdk else "playground", m))


TRIAL_FIRST = {"de": ["Hallo! Was kannst du alles?", "Teste nur kurz, ob der API-Key funktioniert.", "Wer bist du?"],
               "en": ["hello", "What can you do?", "test", "Say hi in five languages."],
               "pl": ["Cześć, co potrafisz?"], "fr": ["Bonjour, que sais-tu faire ?"], "nl": ["Hoi, wat kun je allemaal?"],
               "it": ["Ciao, cosa sai fare?"], "cs": ["Ahoj, co všechno umíš?"], "uk": ["Привіт, що ти вмієш?"]}


def trial_signups(W, C, seed, n=380):
    P = "trial_signups"
    rng = rng_for(seed, "pop", P)
    for _ in range(n):
        lng = wchoice(rng, ["de", "en", "pl", "fr", "it", "nl", "cs", "uk"], [40, 25, 8, 6, 5, 6, 5, 5])
        country = rng.choice(LANG_COUNTRY[lng])
        c = T0 + rng.random() * (7 * DAY - 4 * 3600)
        ua = rng.choice([browser_ua(rng), sdk_ua(rng, "curl"), sdk_ua(rng, "openai_py"), sdk_ua(rng, "openai_js")])
        pay = W.card()
        a = W.account(benign(P), c, person_net(rng, country, mobile=0.3), ua, pay=pay)
        t = c + lognorm(rng, 300, 1.0)
        for i in range(n_heavy(rng, 2.5, 0.7, 1, 8)):
            if i == 0:
                q = rng.choice(TRIAL_FIRST[lng])
                turns = [(q, lang.reply(rng, lng))]
            else:
                turns = _consumer_turns(rng, C, lng)[:1]
            t = conv(W, rng, a, t, turns, lng, model=lambda r, tt: model_at(r, tt, {M_FLASH: 6, M_PRO: 4}, denker=0.3),
                     params=lambda r, m: params_for(r, "sdk", m)) + lognorm(rng, 600, 1.2)
            if t > T_END - 60:
                break


JUDGE = {"de": "Bewerte die folgende Antwort unseres Kundenservice-Chatbots auf einer Skala von 1 bis 5 nach Korrektheit, Vollständigkeit "
               "und Tonalität. Antworte als JSON mit den Feldern korrektheit, vollstaendigkeit, tonalitaet, begruendung.\n\n"
               "Kundenfrage: {q}\n\nAntwort des Chatbots: {a}",
         "en": "Grade the chatbot answer below from 1 to 5 for correctness, completeness and tone. Reply as JSON with keys "
               "correctness, completeness, tone, rationale.\n\nUser question: {q}\n\nChatbot answer: {a}"}


def llm_judge_qa_vendor(W, C, seed, n_vendors=5):
    """Chatbot vendors use the model as a judge for their own bot's answers every night (rubric grading)."""
    P = "llm_judge_qa_vendor"
    rng = rng_for(seed, "pop", P)
    for v in range(n_vendors):
        org, pay = W.org(), W.card()
        net = Net([fixed(rng, rng.choice(["aws_fra", "hetzner", "ionos"]), 2)])
        lng = "de" if v < 4 else "en"
        for k in range(3):
            a = W.account(benign(P), created(rng, (2026, 2, 1), (2027, 10, 1)), net, sdk_ua(rng, "openai_py"), org=org, pay=pay)
            for night in range(7):
                if rng.random() < 0.3:
                    continue
                t = T0 + night * DAY + rng.uniform(0, 3) * 3600
                for i in range(rng.randint(25, 90)):
                    if lng == "en":
                        cv = rng.choice(C.convs)[0]
                        q, ans = cv[0][:1500], cv[1][:1500]
                    else:
                        q, ans = lang.prompt(rng, "de", rng.choice(["gov", "mittel", "chat"])), lang.reply(rng, "de")
                    sc = [rng.randint(2, 5) for _ in range(3)]
                    out = json.dumps({"korrektheit": sc[0], "vollstaendigkeit": sc[1], "tonalitaet": sc[2], "begruendung": lang.reply(rng, "de", 1)}
                                     if lng == "de" else {"correctness": sc[0], "completeness": sc[1], "tone": sc[2],
                                                          "rationale": rng.choice(corpora.BODY)}, ensure_ascii=False)
                    W.emit(rng, a, t, [{"role": "user", "content": JUDGE[lng].format(q=q, a=ans)}], out, model=M_PRO,
                           params={"temperature": 0.0, "response_format": {"type": "json_object"}, "max_tokens": 400}, lang=lng)
                    t += lognorm(rng, 3, 0.5)


SHOP_Q = {"de": ["Wo ist meine Bestellung {o}?", "Wie kann ich Artikel aus Bestellung {o} zurückschicken?", "Meine Rechnung {o} ist falsch, der Rabatt fehlt.",
                 "Wann wird mein Zählerstand abgelesen?", "Kann ich meinen Abschlag ändern?", "Habt ihr den Artikel auch in Größe L?",
                 "Die Lieferung ist beschädigt angekommen. Was nun?", "Wie ändere ich meine Lieferadresse?"],
          "pl": ["Gdzie jest moje zamówienie {o}?", "Jak zwrócić towar z zamówienia {o}?"], "nl": ["Waar is mijn bestelling {o}?", "Hoe stuur ik iets terug?"],
          "it": ["Dov'è il mio ordine {o}?", "Come posso fare un reso?"], "fr": ["Où est ma commande {o} ?", "Comment retourner un article ?"]}
SHOP_TOOLS = [{"type": "function", "function": {"name": "get_order_status", "description": "Look up an order",
                                               "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}}]


def customer_support_bots(W, C, seed, n_shops=35):
    P = "customer_support_bots"
    rng = rng_for(seed, "pop", P)
    plugin = "Shopware-AI-Assist/2.1 (heliand-php/1.2.0)"
    for s in range(n_shops):
        shop = company(rng)
        net = Net([fixed(rng, rng.choice(["ionos", "plusserver", "hetzner"]), 2)])
        ua = plugin if rng.random() < 0.6 else "%s-Support/1.%d (heliand-python/3.1.4)" % (shop.split()[0], rng.randint(0, 9))
        a = W.account(benign(P), created(rng, (2025, 3, 1), (2027, 11, 1)), net, ua, pay=W.card() if rng.random() < 0.6 else W.sepa())
        sysp = ("Du bist der Kundenservice-Assistent von %s. Sei freundlich und knapp. Nutze get_order_status für Bestellfragen. "
                "Gib keine internen Informationen preis." % shop)
        langs = (["de", "pl", "nl", "it", "fr"], [80, 6, 6, 4, 4])
        for _ in range(int(lognorm(rng, 150, 0.6))):
            lng = wchoice(rng, *langs)
            cust = "cust_" + hexid(rng, 14)
            o = "%d" % rng.randint(100000, 999999)
            t = sched("evening", "all", 1).sample(rng)
            q = rng.choice(SHOP_Q[lng]).format(o=o) if rng.random() > 0.004 else rng.choice(C.sysx)
            p = {"temperature": 0.3, "max_tokens": 600, "tools": SHOP_TOOLS}
            hist = [{"role": "system", "content": sysp}, {"role": "user", "content": q}]
            cid = "conv_" + hexid(rng, 16)
            if o in q:
                call = {"id": "call_" + hexid(rng, 20), "type": "function", "function": {"name": "get_order_status", "arguments": '{"order_id": "%s"}' % o}}
                W.emit(rng, a, t, list(hist), "", model=M_FLASH, params=p, lang=lng, end_user=cust, conv=cid,
                       extra={"tool_calls": [call], "finish_reason": "tool_calls"}, tool_tokens=60)
                hist += [{"role": "assistant", "content": "", "tool_calls": [call]},
                         {"role": "tool", "tool_call_id": call["id"], "content": '{"status": "%s"}' % rng.choice(["shipped", "processing", "delivered"])}]
                t += lognorm(rng, 2, 0.4)
            W.emit(rng, a, t, hist, lang.reply(rng, lng, 2), model=M_FLASH, params=p, lang=lng, end_user=cust, conv=cid, tool_tokens=60)
