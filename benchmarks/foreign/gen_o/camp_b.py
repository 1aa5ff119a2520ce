"""Campaigns c-o07..c-o11: tactics of this generator's own (held out). Each is written by an
attacker who knows what a detector reads and removes it."""
import lang
from common import (DAY, HOME_OF, M_DENKER, M_PRO, M_R1, RELEASE, T0, TZ_OF, UNIS, Net, browser_ua, daily,
                    person_net, rng_for, sched, sdk_ua, session_times, wchoice)
from kit import camp, conv, created, gsm_turn, hard_turn, math_turn, model_at, n_heavy, params_for, today
from benign_a import student_net, student_turns, _uni_choice

SDKS = ["openai_py", "openai_py", "async_openai_py", "openai_js", "httpx", "heliand_py", "heliand_js", "requests", "aiohttp"]


def _plain_item(rng, C, lng="en"):
    """A benchmark-grade problem with nothing around it: renamed and paraphrased GSM8K, Arena-Hard
    math/hard prompts, or a fresh in-language word problem."""
    x = rng.random()
    if lng != "en" and x < 0.6:
        return math_turn(rng, lng, "ask")
    if x < 0.7:
        return gsm_turn(rng, C, rename=True, para=True)
    return hard_turn(rng, C, rng.choice(["math", "hard", "coding"]))


def silent_reasoning_harvest(W, C, seed, n=210):
    """c-o07: never asks for reasoning. Plain questions go to the reasoning models, whose reasoning
    comes back anyway. Aged accounts, one card each, residential addresses, a scatter of stock SDKs,
    office-hour sessions; moves to the new model within hours of its release."""
    cid, tac = "c-o07", "silent_reasoning_harvest"
    rng = rng_for(seed, "camp", cid)
    for i in range(n):
        country = rng.choice(["DE", "DE", "DE", "AT", "CH"])
        a = W.account(camp(cid, tac, True), created(rng, (2026, 2, 1), (2027, 8, 30)),
                      person_net(rng, country, mobile=0.2), sdk_ua(rng, rng.choice(SDKS)))
        lng = "de" if rng.random() < 0.35 else "en"
        delay = rng.uniform(0.5, 6)
        for t in session_times(rng, sched("office", "weekday", 1), n_heavy(rng, 46, 0.35, 15, 120), burst=(3, 9), gap_med=55):
            tr = _plain_item(rng, C, lng if rng.random() < 0.7 else "en")
            m = M_R1 if t < RELEASE + delay * 3600 else (M_DENKER if rng.random() < 0.92 else M_R1)
            p = {"reasoning_effort": "high" if rng.random() < 0.7 else "medium"}
            if rng.random() < 0.4:
                p["max_tokens"] = rng.choice([8000, 16000, 32000])
            conv(W, rng, a, t, [tr], lng, model=m, params=p, p_err=0.01)


def crowdsourced_homework(W, C, seed, n=220):
    """c-o08: paid micro-tasks: real students paste assigned items into their own accounts, framed as
    homework in their own language, with slips and typos, between their own study questions. Their
    addresses, cards (often the campus licence), browsers and account ages are genuine."""
    cid, tac = "c-o08", "crowdsourced_homework"
    rng = rng_for(seed, "camp", cid)
    licence = W.shared["campus_licence"]
    for i in range(n):
        uni = _uni_choice(rng)
        country, _, lng = UNIS[uni]
        a = W.account(camp(cid, tac, True), created(rng, (2025, 10, 1), (2027, 11, 15)), student_net(rng, uni), browser_ua(rng),
                      pay=licence[uni] if rng.random() < 0.4 else None)
        task_start = T0 + rng.uniform(0, 2.5) * DAY
        sch = sched("student", "student", TZ_OF.get(country, 1))
        for t in session_times(rng, sch, n_heavy(rng, 34, 0.35, 10, 80), burst=(2, 7), gap_med=140):
            if t < task_start or rng.random() < 0.3:
                conv(W, rng, a, t, student_turns(rng, C, lng, False), lng,
                     model=lambda r, tt: model_at(r, tt, {M_PRO: 5, M_R1: 1}, denker=0.3), params=lambda r, m: params_for(r, "playground", m))
                continue
            if rng.random() < 0.5:
                q, ans, rs = gsm_turn(rng, C, rename=True)
            else:
                q, ans, rs = math_turn(rng, lng)
            u = lang.typos(rng, lang.frame(rng, lng, "student", q), 0.02)
            m = model_at(rng, t, {M_R1: 1}, denker=0.85, tau_h=6)
            conv(W, rng, a, t, [(u, ans, rs)], lng, model=m, params=params_for(rng, "playground", m))


def dormant_thin_fleet(W, C, seed, n=560):
    """c-o09: purchased dormant accounts, two to five requests each over the week: no account is big
    enough to judge. Each has its own card, residential address in its own country, its own client."""
    cid, tac = "c-o09", "dormant_thin_fleet"
    rng = rng_for(seed, "camp", cid)
    countries = ["DE", "DE", "PL", "NL", "FR", "IT", "UK", "US", "BR", "IN", "VN", "AT", "CZ", "UA"]
    mild = ["{q}", "{q}", "{q}", "{q}\n\nPlease explain your answer.", "{q} Explain briefly why."]
    for i in range(n):
        country = rng.choice(countries)
        net = Net([daily(rng, rng.choice(HOME_OF.get(country, HOME_OF["DE"])))])
        ua = browser_ua(rng) if rng.random() < 0.35 else sdk_ua(rng, rng.choice(SDKS + ["curl", "go", "okhttp"]))
        a = W.account(camp(cid, tac, True), created(rng, (2025, 1, 10), (2026, 12, 20)), net, ua)
        sch = sched("evening", "all", TZ_OF.get(country, 1), lo=(RELEASE - T0) - 12 * 3600 if rng.random() < 0.8 else 0.0)
        for t in session_times(rng, sch, rng.randint(2, 5), burst=(1, 2), gap_med=400):
            tr = gsm_turn(rng, C, rename=True, tpl=rng.choice(mild)) if rng.random() < 0.5 else \
                hard_turn(rng, C, rng.choice(["math", "hard"]), tpl=rng.choice(mild))
            m = M_DENKER if t > RELEASE else M_R1
            conv(W, rng, a, t, [tr], "en", model=m, params=params_for(rng, "sdk", m))


def app_enduser_harvest(W, C, seed, n=300):
    """c-o10: harvesting through the consumer app: bot-made free-tier app users in 'Deep Think' mode
    send in-language problems; the provider sees only the app's backend, keys and addresses."""
    cid, tac = "c-o10", "app_enduser_harvest"
    rng = rng_for(seed, "camp", cid)
    S = W.shared["plauder"]
    accts, region = S["accts"], S["region"]
    for i in range(n):
        lng = wchoice(rng, ["pl", "cs", "uk", "de", "nl"], [25, 20, 20, 20, 15])
        a = accts[region[lng]]
        eu = W.end_user("plu_", camp(cid, tac, True), [a.id], n=16)
        sch = sched("evening", "weekend_heavy", 2 if lng == "uk" else 1)
        for t in session_times(rng, sch, n_heavy(rng, 15, 0.35, 6, 40), burst=(2, 6), gap_med=90):
            if rng.random() < 0.75:
                tr = math_turn(rng, lng, "student" if rng.random() < 0.5 else "ask")
            else:
                tr = gsm_turn(rng, C, rename=True) if rng.random() < 0.5 else hard_turn(rng, C, "math")
            m, p = S["pick"](rng, t, True, False)
            conv(W, rng, a, t, [tr], lng, model=m, params=p, sys=S["sys"].format(d=today(t), mode="Deep Think"), end_user=eu,
                 as_parts=True, ua=S["ua"](t))


ROT_FRAME = {"cs": ["{q}", "Otázka: {q}", "Potřebuji pomoct: {q}"], "uk": ["{q}", "Питання: {q}", "Потрібна допомога: {q}"],
             "nl": ["{q}", "Vraag: {q}", "Ik heb hulp nodig: {q}"], "pl": ["{q}", "Pytanie: {q}", "Potrzebuję pomocy: {q}"]}


def router_user_rotation(W, C, seed, n=1100):
    """c-o11: through the router, a fresh end-user id every few requests; together the ids sweep one
    block of GSM8K exactly once (partitioned), wrapped in Czech, Ukrainian, Dutch or Polish."""
    cid, tac = "c-o11", "router_user_rotation"
    rng = rng_for(seed, "camp", cid)
    accts = W.shared["weiche"]["accts"]
    block = list(range(3000, 5000))
    rng.shuffle(block)
    k = 0
    for i in range(n):
        a = rng.choice(accts)
        eu = W.end_user("wr-", camp(cid, tac, True), [a.id], n=10)
        lng = rng.choice(list(ROT_FRAME))
        for t in session_times(rng, sched("flat", "all", 1, lo=RELEASE - T0), rng.randint(1, 4), burst=(1, 4), gap_med=30):
            if rng.random() < 0.75 and k < len(block):
                tr = gsm_turn(rng, C, block[k], tpl=rng.choice(ROT_FRAME[lng]))
                k += 1
            else:
                tr = math_turn(rng, lng, tpl=rng.choice(ROT_FRAME[lng]))
            conv(W, rng, a, t, [tr], lng, model=M_DENKER, params=params_for(rng, "sdk", M_DENKER), end_user=eu)


ALL = [silent_reasoning_harvest, crowdsourced_homework, dormant_thin_fleet, app_enduser_harvest, router_user_rotation]
