"""Benign populations, part B: look-alikes of distillation (evals, licensed synthetic data, classes,
research, translation), relays (routers, tutor app, reseller, support bots), batch, red team."""
import json
from world import (T0, T_END, RELEASE, NEW_MODEL, REASONING_MODELS, DAY, date_ts, hexid, alnum, sample_times,
                   session_times, release_boost, ua_openai_py, ua_halyard_py, ua_sdk)
from corpora import answer_generic, answer_code, answer_gsm, keywords
import lang as L
import devtext as D
from common import (benign, created_between, created_old, lang_pick, geo, humanize, sys_msg, u, a, conv_id,
                    maybe_reason, run_conv, chat_params, split_counts)
from benign_a import REFUSALS, _english_turns, _lang_turns

EVAL_GSM = ("Solve the following math problem step by step. The last line of your response should be of the form "
            "\"Answer: $ANSWER\" (without quotes) where $ANSWER is the answer to the problem.\n\n{q}\n\n"
            "Remember to put your answer on its own line after \"Answer:\", and you do not need to use a \\boxed command.")


def eval_company(W, C, rng, total=12000):
    comps = [("Metricline", 4), ("Yardstick AI", 3), ("Benchlab", 4), ("Calibra Evals", 3)]
    per = total // len(comps)
    for name, seats in comps:
        org, card = "org_" + alnum(rng, 20), W.card(rng)
        pool = rng.choice(["gcp_us", "aws_use1", "aws_usw2"])
        ips = rng.sample(W.net.cloud[pool], 3)
        ua = rng.choice(["evalkit/0.9.3 python-httpx/0.28.1", ua_openai_py(rng)])
        accts = [W.account(rng, benign("eval_company"), created_old(rng, hi=(2027, 6, 1)), card, org=org, ua=ua, ips=ips,
                           n_keys=2) for _ in range(seats)]
        order = list(range(len(C.gsm)))
        rng.shuffle(order)
        gsm_items = [C.gsm[i] for i in sorted(order[:rng.randint(400, 900)])]        # a fixed subset, in file order
        suites = [("gsm", x) for x in gsm_items] + [("ah", x) for x in C.ah_coding + C.ah_math] + [("si", x) for x in C.si[:150]]
        start = RELEASE + rng.uniform(0.3, 3) * 3600
        base_n = int(per * 0.2)
        plan = [(t, rng.choice(["halyard-core-3", "halyard-reason-2"])) for t in
                sorted(T0 + rng.uniform(8, 40) * 3600 + rng.uniform(0, 5 * 3600) for _ in range(base_n))]
        rate = rng.uniform(0.6, 2.5)
        t = start
        for _ in range(per - base_n):
            plan.append((t, NEW_MODEL))
            t += rng.expovariate(rate)
            if rng.random() < 0.002:
                t += rng.uniform(1800, 5 * 3600)
        effort = rng.choice(["high", "medium"])
        for k, (t, m) in enumerate(plan):
            kind, item = suites[k % len(suites)]
            acct = accts[k % seats]
            if kind == "gsm":
                p = EVAL_GSM.format(q=item[0])
                resp = answer_gsm(rng, item, "plain") + "\nAnswer: " + item[2]
            elif kind == "ah":
                p, resp = item, (answer_code(rng, item) if "```" in item or "code" in item.lower() else answer_generic(rng, item))
            else:
                p = item[0] + ("\n\n" + item[1] if item[1] else "")
                resp = item[2] or answer_generic(rng, p, short=True)
            params = {"temperature": 0, "max_tokens": 16000, "seed": 1234, "n": 1}
            if m in REASONING_MODELS:
                params = {"max_completion_tokens": 32000, "reasoning_effort": effort, "seed": 1234}
            W.emit(acct, t, msgs=[u(p)], model=m, params=params, response=resp, ip=rng.choice(ips),
                   key=acct["keys"][1], err_rate=0.03, reasoning=maybe_reason(rng, m, p, item[1] if kind == "gsm" else None, True))


SELF_INSTRUCT_HEAD = ("You are asked to come up with a set of 20 diverse task instructions. These task instructions will be "
                      "given to a GPT model and we will evaluate the GPT model for completing the instructions.\n\n"
                      "Here are the requirements:\n1. Try not to repeat the verb for each instruction to maximize diversity.\n"
                      "2. The language used for the instruction also should be diverse.\n\nList of 20 tasks:\n")


def synthetic_data_licensed(W, C, rng, total=10000):
    teams = [("Loamwork Data", 3), ("Prism Synthetic", 3)]
    for name, seats in teams:
        org, card = "org_" + alnum(rng, 20), W.card(rng)
        ips = rng.sample(W.net.cloud["aws_use1"], 4)
        accts = [W.account(rng, benign("synthetic_data_licensed"), created_old(rng, hi=(2027, 3, 1)), card, org=org,
                           ua=ua_halyard_py(rng), ips=ips) for _ in range(seats)]
        n = total // len(teams)
        for k, t in enumerate(sample_times(rng, n, "flat", 0)):
            acct = accts[k % seats]
            m = NEW_MODEL if t > RELEASE + 20 * 3600 and rng.random() < 0.5 else "halyard-core-3"
            r = rng.random()
            if r < 0.4:
                seeds = rng.sample(C.si, 3)
                p = SELF_INSTRUCT_HEAD + "\n".join("%d. %s" % (i + 1, s[0]) for i, s in enumerate(seeds)) + "\n4."
                resp = "\n".join("%d. %s" % (i + 4, rng.choice(C.si)[0]) for i in range(17))
                params = {"temperature": 1.0, "top_p": 1.0, "max_tokens": 3072, "stop": ["\n21", "21."]}
            elif r < 0.75:
                item = rng.choice(C.gsm)
                p = ("Rewrite the following math word problem with different names and numbers so that it is not a copy, "
                     "then solve it. Return JSON with keys problem and solution.\n\n" + item[0])
                resp = json.dumps({"problem": item[0].replace(" ", "  ", 1), "solution": " ".join(item[1]) + " #### " + item[2]})
                params = {"temperature": 0.9, "response_format": {"type": "json_object"}, "max_tokens": 1500}
            else:
                topic = rng.choice(D.NOUNS + ["cooking", "travel", "taxes", "gardening"])
                p = ("Write a realistic multi-turn conversation (4 turns) between a user and a helpful assistant about %s. "
                     "Return JSON: {\"messages\": [{\"role\":..., \"content\":...}]}" % topic)
                resp = json.dumps({"messages": [{"role": "user", "content": "Question about %s?" % topic},
                                                {"role": "assistant", "content": answer_generic(rng, topic, short=True)}]})
                params = {"temperature": 1.0, "response_format": {"type": "json_object"}}
            W.emit(acct, t, msgs=[u(p)], model=m, params=params, response=resp, ip=rng.choice(ips), err_rate=0.02,
                   reasoning=maybe_reason(rng, m, p))


CS_TASKS = ["Write a Python function is_palindrome(s) that ignores case and punctuation.",
            "Implement binary search on a sorted list and return the index or -1.",
            "Write a function that counts word frequencies in a text file and prints the top 10.",
            "Implement a Stack class with push, pop, peek and is_empty.",
            "Write a recursive function to compute the nth Fibonacci number, then make it iterative.",
            "Read a CSV of student grades and print each student's average."]


def university_class(W, C, rng, total=4000):
    classes = [("CS 1110", "Lakeshore State University", 70, "cs", -5), ("MATH 2250", "University of Cascadia", 55, "math", -8),
               ("ECON 201", "Rio Grande College", 45, "econ", -6)]
    per_student = total / sum(c[2] for c in classes)
    for code, school, n, kind, tz in classes:
        card, org = W.card(rng), "org_" + alnum(rng, 20)
        burst = date_ts(2027, 8, rng.randint(25, 30)) + rng.uniform(0, DAY)
        campus = W.net.campus(school, 10)
        ua = "OpenAI/Python 1.82.0"
        pset = rng.sample(C.gsm, 20)
        for _ in range(n):
            created = burst + rng.uniform(0, 60 * 3600)
            home = W.net.home(rng, "US")
            acct = W.account(rng, benign("university_class"), created, card, org=org, ua=ua, tz=tz, ips=[home])
            k = max(2, int(rng.lognormvariate(0, 0.7) * per_student))
            due = T0 + 3 * DAY + (23.99 - tz) * 3600          # Thursday 23:59 local
            for t, _s in session_times(rng, k, "student", tz, per_session=4, gap=(40, 600), hi=min(T_END, due + 2 * DAY),
                                       boost=lambda x: 3.0 if due - 30 * 3600 < x < due else 1.0):
                ip = rng.choice(campus) if rng.random() < 0.55 else home
                m = "halyard-core-3-mini" if rng.random() < 0.7 else "halyard-core-3"
                if kind == "math":
                    item = rng.choice(pset)
                    p = "%s problem set 9: %s\n%s" % (code, item[0], rng.choice(["Explain step by step.", "Show your reasoning step by step.",
                                                                                  "I got a different answer, can you walk me through it?", ""]))
                    resp = answer_gsm(rng, item, rng.choice(["tutor", "cot", "plain"]))
                elif kind == "cs":
                    task = rng.choice(CS_TASKS)
                    p = "%s assignment: %s\n\nHere is my code:\n```python\n%s```\nWhy doesn't it work?" % (code, task, D.snippet(rng, "python"))
                    resp = answer_code(rng, task)
                else:
                    p = rng.choice(["Explain price elasticity of demand with an example.", "What is the difference between GDP and GNP?",
                                    "¿Qué es el costo de oportunidad? Dame un ejemplo.", "Explain comparative advantage step by step."])
                    resp = answer_generic(rng, p)
                W.emit(acct, t, msgs=[u(humanize(rng, p))], model=m, params={"temperature": 0.7}, response=resp, ip=ip)


def research_group(W, C, rng, total=5000):
    labs = [("Lakeshore State University", 10, -5), ("University of Cascadia", 8, -8), ("Institut Bellerive", 9, 1),
            ("IIT Vanshpur", 8, 5.5)]
    per = total // len(labs)
    for school, n, tz in labs:
        card, org = W.card(rng), "org_" + alnum(rng, 20)
        campus = W.net.campus(school + " cs", 6)
        accts = [W.account(rng, benign("research_group"), created_old(rng), card, org=org, ua=rng.choice(["OpenAI/Python 1.75.0",
                 "python-httpx/0.27.2"]), tz=tz, ips=campus) for _ in range(n)]
        legacy = rng.random() < 0.3
        for t in sample_times(rng, per, "dev", tz, boost=release_boost(2.5)):
            acct = rng.choice(accts)
            item = rng.choice(C.gsm) if rng.random() < 0.7 else None
            m = NEW_MODEL if t > RELEASE and rng.random() < 0.6 else rng.choice(["halyard-core-3", "halyard-reason-2"])
            q = item[0] if item else rng.choice(C.ah_math)
            resp = answer_gsm(rng, item, "cot") if item else answer_generic(rng, q)
            if legacy and m == "halyard-core-3" and rng.random() < 0.5:
                W.emit(acct, t, prompt="Q: %s\nA: Let's think step by step." % q, model="halyard-instruct-2", response=resp,
                       params={"temperature": 0.7, "max_tokens": 512, "n": 8, "logprobs": 5}, ip=rng.choice(campus))
                continue
            params = {"temperature": rng.choice([0.7, 1.0]), "n": rng.choice([4, 8, 16]), "logprobs": True, "top_logprobs": 5,
                      "seed": rng.randint(0, 50)}
            if m in REASONING_MODELS:
                params = {"reasoning_effort": "high", "n": rng.choice([1, 4])}
            W.emit(acct, t, msgs=[u(q + "\nLet's think step by step.")], model=m, params=params, response=resp, ip=rng.choice(campus),
                   reasoning=maybe_reason(rng, m, q, item[1] if item else None, True))


LANG_NAME = {"es": "Spanish", "pt": "Brazilian Portuguese", "hi": "Hindi", "zh": "Simplified Chinese", "ru": "Russian"}


def translation_agency(W, C, rng, total=7000):
    agencies = [("Lingua Puente", "es", 8, -6), ("Tradutora Norte", "pt", 6, -3), ("Bhasha Bridge", "hi", 6, 5.5)]
    per = total // len(agencies)
    for name, lg, n, tz in agencies:
        card, org = W.card(rng), "org_" + alnum(rng, 20)
        ips = W.net.corp(name, 3)
        accts = [W.account(rng, benign("translation_agency"), created_old(rng), card, org=org,
                           ua=rng.choice(["TermSmith-CAT/11.2 (Windows)", ua_halyard_py(rng)]), tz=tz, ips=ips) for _ in range(n)]
        for t in sample_times(rng, per, "work", tz):
            tgt = lg if rng.random() < 0.8 else rng.choice(["ru", "zh", "es", "pt"])
            src = rng.choice(C.assistant_texts)[:1400]
            system = ("You are a professional translator. Translate the user's text from English into %s. Preserve formatting, "
                      "placeholders like {{name}} and markdown. Output only the translation." % LANG_NAME[tgt])
            resp = L.chat_answer(rng, tgt, max(2, len(src) // 120))
            W.emit(rng.choice(accts), t, msgs=[sys_msg(system), u(src)], model="halyard-core-3", params={"temperature": 0.3},
                   response=resp, ip=rng.choice(ips))


ROUTERS = [("RouteMesh", "RouteMesh/2.3 (+https://routemesh.ai)", "rm_", 0.45),
           ("Conduit", "conduit-router/3.2.1", "cnd-", 0.33), ("Polyglot Gateway", "OpenAI/Python 1.66.2", "pg:", 0.22)]
ALL_MODELS = ["halyard-swift-3", "halyard-core-3", "halyard-core-3-mini", "halyard-reason-2"]


def router_relay(W, C, rng, n_users=1800, total=20000):
    handles = []
    for name, ua, pref, share in ROUTERS:
        ips = rng.sample(W.net.cloud[rng.choice(["hetzner", "aws_use1", "do"])], 8)
        acct = W.account(rng, benign("router_relay"), created_old(rng, hi=(2026, 6, 1)), W.card(rng), ua=ua, ips=ips, n_keys=4)
        handles.append((acct, pref))
        nu = int(n_users * share)
        counts = split_counts(rng, int(total * share), nu, 1.2)
        for k in range(nu):
            uid = pref + alnum(rng, 12)
            lg = lang_pick(rng, [("en", 78), ("es", 5), ("pt", 4), ("ru", 6), ("zh", 4), ("hi", 3)])
            tz = rng.choice([-8, -5, 0, 1, 3, 5.5, 8, -3])
            left = counts[k]
            fav = rng.choice(ALL_MODELS)
            for t, _s in session_times(rng, max(1, left // 3), "consumer", tz, per_session=1.5, gap=(60, 900)):
                if left <= 0:
                    break
                r = rng.random()
                if lg != "en":
                    turns = _lang_turns(rng, lg, min(left, 3))
                elif r < 0.08:
                    p = rng.choice(C.ah_creative)
                    turns = [(p, answer_generic(rng, p))]
                elif r < 0.1:
                    turns = [(rng.choice(C.dan if rng.random() < 0.3 else C.jb), rng.choice(REFUSALS))]
                else:
                    turns = _english_turns(rng, C, min(left, 6))
                m = NEW_MODEL if t > RELEASE and rng.random() < 0.5 else fav
                run_conv(W, rng, acct, turns[:left], t, lambda _t, m=m: m, chat_params(rng, m, temperature=rng.choice([0.7, 1.0])),
                         end_user=uid, ip=rng.choice(ips), key=rng.choice(acct["keys"]))
                left -= len(turns)
    W.handles["routers"] = handles


ENT = [("Meridian Health Claims", "claim note", ["approved", "denied", "needs_review"], -5),
       ("Ironbridge Logistics", "shipment exception", ["delay", "damage", "address", "customs"], -6),
       ("Pollux Retail", "product review", ["positive", "negative", "neutral"], -8),
       ("Avenir Legal", "contract clause", ["indemnity", "termination", "confidentiality", "payment"], -5),
       ("Sable Insurance", "adjuster email", ["auto", "home", "life", "other"], -5)]


def enterprise_batch(W, C, rng, total=15000):
    per = total // len(ENT)
    for ei, (name, obj, cats, tz) in enumerate(ENT):
        card, org = W.card(rng), "org_" + alnum(rng, 20)
        ips = W.net.corp(name, 2) + rng.sample(W.net.cloud["aws_use1"], 2)
        accts = [W.account(rng, benign("enterprise_batch"), created_old(rng, hi=(2026, 12, 1)), card, org=org, ua=ua_halyard_py(rng),
                           tz=tz, ips=ips, n_keys=2) for _ in range(rng.randint(3, 7))]
        legacy = ei == 3
        for t in sample_times(rng, per, "batch", tz):
            acct = rng.choice(accts)
            text = rng.choice(C.assistant_texts)[:500]
            label = rng.choice(cats)
            p = "Classify the following %s into one of %s and extract key entities. Return JSON with keys label, entities.\n\n%s" % (
                obj, cats, text)
            resp = json.dumps({"label": label, "entities": keywords(text, 3)})
            if legacy:
                W.emit(acct, t, prompt=p + "\n\nJSON:", model="halyard-instruct-2", params={"temperature": 0, "max_tokens": 200},
                       response=resp, ip=rng.choice(ips))
            else:
                W.emit(acct, t, msgs=[sys_msg("You are a precise data extraction system."), u(p)], model="halyard-core-3-mini",
                       params={"temperature": 0, "response_format": {"type": "json_object"}, "max_tokens": 300},
                       response=resp, ip=rng.choice(ips), err_rate=0.01)


TUTOR_SYS = ("You are {app}, a patient math tutor for students aged 10-14. Explain your reasoning step by step in simple "
             "language, then give the final answer. Never just give the answer. If the student is stuck, ask a guiding question.")


def edu_tutor_app(W, C, rng, n_users=1200, total=9000):
    apps = [("MathMentor", "mathmentor-api/4.1.0", [("en", 70), ("es", 30)], [-5, -6, -8, -6], 0.6),
            ("Ganit Guru", "ganitguru-backend/2.7.3", [("en", 40), ("hi", 60)], [5.5], 0.4)]
    for name, ua, langs, tzs, share in apps:
        ips = rng.sample(W.net.cloud["gcp_us"], 6)
        acct = W.account(rng, benign("edu_tutor_app"), created_old(rng, hi=(2026, 8, 1)), W.card(rng), ua=ua, ips=ips)
        nu = int(n_users * share)
        counts = split_counts(rng, int(total * share), nu, 0.8)
        system = TUTOR_SYS.format(app=name)
        for k in range(nu):
            uid = "stu_%07d" % rng.randint(0, 9999999)
            lg, tz = lang_pick(rng, langs), rng.choice(tzs)
            left = counts[k]
            for t, _s in session_times(rng, max(1, left // 2), "student", tz, per_session=1.5, gap=(300, 3000)):
                if left <= 0:
                    break
                if lg == "en":
                    item = rng.choice(C.gsm)
                    turns = [(humanize(rng, item[0]), answer_gsm(rng, item, "tutor"))]
                    if rng.random() < 0.4:
                        turns.append((rng.choice(["i dont get the second step", "why do we divide?", "ok thanks!", "can you check my answer: %s" % item[2]]),
                                      "Good question! " + (item[1][min(1, len(item[1]) - 1)] if item[1] else "Let's look again.")))
                else:
                    q, steps, ans = L.math_problem(rng, lg)
                    turns = [(q, L.math_answer(rng, lg, steps, ans, detailed=True))]
                run_conv(W, rng, acct, turns[:left], t, lambda _t: "halyard-core-3-mini", {"temperature": 0.4, "max_tokens": 1200},
                         system=system, end_user=uid, ip=rng.choice(ips))
                left -= len(turns)


def reseller_pool(W, C, rng, n_users=600, total=5000):
    """A legitimate LATAM reseller: a pool of upstream accounts (2 orgs, 3 cards) shared by its end users."""
    orgs = ["org_" + alnum(rng, 20) for _ in range(2)]
    cards = [W.card(rng) for _ in range(3)]
    ips = rng.sample(W.net.cloud["ovh"], 3) + rng.sample(W.net.cloud["do"], 3)
    ua = "OpenAI/Python 1.61.0"
    accts = [W.account(rng, benign("reseller_pool"), created_old(rng, lo=(2025, 6, 1), hi=(2027, 9, 1)), cards[i % 3],
                       org=orgs[i % 2], ua=ua, tz=-3, ips=ips) for i in range(10)]
    W.handles["reseller"] = {"accounts": accts, "ips": ips}
    counts = split_counts(rng, total, n_users, 1.0)
    for k in range(n_users):
        uid = "tp_" + hexid(rng, 10)
        lg = lang_pick(rng, [("es", 55), ("pt", 35), ("en", 10)])
        tz = {"es": rng.choice([-6, -5, -3]), "pt": -3, "en": -5}[lg]
        home = rng.choice(accts)
        for t, _s in session_times(rng, counts[k], "work", tz, per_session=3, gap=(20, 400)):
            acct = home if rng.random() < 0.7 else rng.choice(accts)
            r = rng.random()
            if r < 0.2:
                p = humanize(rng, rng.choice(C.ah_coding))[:2000]
                turns = [(p, answer_code(rng, p))]
            elif lg == "en":
                turns = _english_turns(rng, C, 2)
            elif r < 0.35:
                turns = [(L.support_msg(rng, lg), L.chat_answer(rng, lg))]
            else:
                turns = _lang_turns(rng, lg, 2)
            m = NEW_MODEL if t > RELEASE + 6 * 3600 and rng.random() < 0.4 else rng.choice(["halyard-core-3", "halyard-core-3-mini"])
            run_conv(W, rng, acct, turns, t, lambda _t, m=m: m, chat_params(rng, m), end_user=uid, ip=rng.choice(ips),
                     key=acct["keys"][0])


def support_bot(W, C, rng, n_acc=50, total=8000):
    counts = split_counts(rng, total, n_acc, 0.8, lo=20)
    for i in range(n_acc):
        lg = lang_pick(rng, [("en", 30), ("es", 20), ("pt", 15), ("hi", 12), ("zh", 10), ("ru", 13)])
        country, tz = geo(rng, lg)
        brand = rng.choice(["Nimbus Mobile", "Casa Lume", "Pedal&Co", "Zhenxuan Home", "Sever Market", "Kirana Express", "Bolt Outfitters"])
        ips = rng.sample(W.net.cloud[rng.choice(["aws_use1", "gcp_us", "ali_sg", "hetzner"])], 2)
        acct = W.account(rng, benign("support_bot"), created_old(rng), W.card(rng), ua=ua_sdk(rng), tz=tz, country=country,
                         lang=lg, ips=ips)
        system = ("You are the customer support assistant for %s. Be polite, follow the refund policy, never invent order "
                  "details; use the tools to look them up. Reply in the customer's language." % brand)
        left = counts[i]
        for t in sample_times(rng, max(1, left // 2), "consumer", tz):
            if left <= 0:
                break
            uid = "c_%d" % rng.randint(10000, 9999999)
            if lg == "en":
                turns = [(rng.choice(["Where is my order?", "I want a refund for order %d" % rng.randint(10000, 99999),
                                      "My package arrived damaged", "How do I cancel?"]), answer_generic(rng, "order refund shipping", True))]
            else:
                turns = [(L.support_msg(rng, lg), L.chat_answer(rng, lg))]
            if rng.random() < 0.6:
                turns.append((L.followup(rng, lg) if lg != "en" else "ok, thanks. anything else I need to do?",
                              L.chat_answer(rng, lg, 2) if lg != "en" else "No, you're all set!"))
            run_conv(W, rng, acct, turns[:left], t, lambda _t: "halyard-core-3-mini", {"temperature": 0.3, "tools": D.TOOLS_OPS},
                     system=system, end_user=uid, ip=rng.choice(ips))
            left -= len(turns)


def safety_redteam(W, C, rng, total=1200):
    card, org = W.card(rng), "org_" + alnum(rng, 20)
    ips = W.net.corp("Bastion Assurance", 2)
    accts = [W.account(rng, benign("safety_redteam"), created_old(rng, hi=(2027, 1, 1)), card, org=org, ua="garak/0.17.1",
                       tz=-5, ips=ips) for _ in range(3)]
    pool = C.jb + C.dan + C.sysx + C.adv
    for k, t in enumerate(sample_times(rng, total, "work", -5, lo=RELEASE + 2 * 3600)):
        p = rng.choice(pool)
        W.emit(accts[k % 3], t, msgs=[u(p)], model=NEW_MODEL, params={"temperature": 0.7, "max_tokens": 500},
               response=rng.choice(REFUSALS), ip=rng.choice(ips), reasoning=maybe_reason(rng, NEW_MODEL, p))
