"""Benign populations of the marketplace.  Many are deliberate look-alikes of distillation."""

import lang as L
import textgen as tg
from common import (agent_loop, agent_task, choose_model, conversation, exchange, lognorm_int, mk_params, reasoning_for,
                    run_batch, TOOLS)
from world import (DAY, R3_RELEASE, T0, T_END, TZ, UA_AGENT, UA_BATCH, UA_BROWSER, local_time, pick_w, sdk_ua)

PERSON_MIX = [("en", "US", 30), ("en", "GB", 6), ("en", "IN", 10), ("en", "DE", 4), ("en", "CA", 3), ("en", "AU", 2), ("en", "SG", 2),
              ("en", "NG", 2), ("en", "KE", 1), ("en", "PH", 3), ("es", "MX", 5), ("es", "ES", 4), ("es", "CO", 2), ("es", "AR", 2),
              ("id", "ID", 5), ("vi", "VN", 4), ("th", "TH", 3), ("sw", "KE", 2), ("sw", "TZ", 1), ("tl", "PH", 3), ("bn", "BD", 3),
              ("en", "BR", 2), ("en", "JP", 1), ("en", "FR", 1), ("en", "NL", 1)]
NON_EN_MIX = [("es", "MX", 14), ("es", "ES", 8), ("es", "CO", 6), ("es", "AR", 5), ("id", "ID", 16), ("vi", "VN", 12), ("th", "TH", 10),
              ("sw", "KE", 7), ("sw", "TZ", 4), ("tl", "PH", 12), ("bn", "BD", 10), ("bn", "IN", 2)]

CHAT_W = [("halcyon-2.5-flash", 50), ("halcyon-2.5-pro", 30), ("halcyon-2-mini", 10), ("halcyon-r2", 10)]
DEV_W = [("halcyon-2.5-pro", 35), ("halcyon-2.5-flash", 35), ("halcyon-2-mini", 8), ("halcyon-r2", 12), ("halcyon-code-2.5", 10)]
CHEAP_W = [("halcyon-2.5-flash", 70), ("halcyon-2-mini", 30)]

COMPANIES = ["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Globex Corp", "Initech", "Umbrella Logistics", "Stark Components",
             "Wayne Supply Co", "Acme Packaging", "Tanjung Makmur", "Grupo Sierra", "Saigon Textiles", "Siam Agro", "Nairobi Fresh",
             "Manila Parcel", "Dhaka Knitwear", "Blue Harbor Foods", "Pinecrest Health", "Orion Freight", "Helios Energy"]
FIRST = ["Ana", "Ben", "Chen", "Dara", "Elif", "Farah", "Gabe", "Hana", "Ivan", "Jia", "Kofi", "Lena", "Marco", "Nia", "Omar", "Priya", "Quinn", "Rosa"]
LAST = ["Ng", "Garcia", "Okafor", "Smith", "Nguyen", "Santos", "Rahman", "Wijaya", "Kim", "Müller", "Silva", "Otieno", "Reyes", "Chowdhury"]


def person(rng, mix=PERSON_MIX):
    lg, cc, _ = rng.choices(mix, weights=[m[2] for m in mix])[0]
    return lg, cc, rng.choice(TZ[cc])


def aged_created(rng, mean_days=220, max_days=1100):
    return T0 - DAY * min(max_days, 1 + rng.lognormvariate(4.9, 1.0) * mean_days / 220.0) - rng.random() * DAY


def label(pop):
    return {"label": "benign", "population": pop}


# ---------------------------------------------------------------- content helpers
def arena_turns(C, rng, max_turns=4):
    conv = rng.choice(C.convs)
    return list(conv[:rng.randint(1, max_turns)])


def chat_turns(rng, lg, max_turns=3):
    q = rng.choice(L.CHAT_Q[lg])
    turns = [(q, tg.chat_answer(lg, rng))]
    for _ in range(rng.randint(0, max_turns - 1)):
        f = rng.choice(L.FOLLOW_GEN[lg])
        turns.append((f, L.THANKS_REPLY[lg] if f in L.FOLLOW_GEN[lg][3:4] else tg.chat_answer(lg, rng, 2)))
    return turns


def math_turn(C, rng, lg, sbs_p=0.3, sbs_pool=None):
    """A person asking a maths question, sometimes with a step-by-step request (habit, homework)."""
    if lg == "en" or rng.random() < 0.3:
        q, a = rng.choice(C.gsm)
        steps, final = tg.gsm_steps(a)
        sbs = rng.random() < sbs_p
        u = q + ("\n" + rng.choice((sbs_pool or L.HABIT_SBS)["en"]) if sbs else "")
        return (u, tg.gsm_response(a, rng.choice(["tutor", "full", "numbered"]) if sbs else rng.choice(["plain", "brief", "plain"]), rng), steps, final)
    q, steps, final = tg.math_item(lg, rng)
    sbs = rng.random() < sbs_p
    u = q + (" " + rng.choice((sbs_pool or L.HABIT_SBS)[lg]) if sbs else "")
    return (u, tg.math_response(steps, final, "numbered" if sbs else "plain", rng), steps, final)


CODE_QS = ["Write a regex that matches ISO 8601 dates like 2028-02-07.", "How do I read a large CSV in chunks with pandas?",
           "What's the difference between a process and a thread?", "Explain what this error means: {err}",
           "Convert this Python list comprehension to a for loop: [x*x for x in xs if x % 2]", "Write a SQL query to find duplicate emails in a users table.",
           "How do I make a POST request with fetch and JSON body?", "Why is my Docker container exiting immediately?",
           "Write a bash one-liner to count lines in all .py files recursively.", "How do I debounce a function in JavaScript?",
           "Best way to store secrets in a Kubernetes deployment?", "How do I paginate results in a REST API?"]


def dev_turns(C, rng):
    r = rng.random()
    if r < 0.33:
        return arena_turns(C, rng), None
    if r < 0.58:
        h = rng.choice(C.hard_by["coding"])
        turns = [(h["prompt"], tg.hard_answer(h, rng))]
        if rng.random() < 0.3:
            turns.append((rng.choice(["that doesn't compile, can you fix it?", "can you add type hints?", "now add tests",
                                      "Explain the second part again.", "what's the complexity?"]), tg.code_answer(h["prompt"], rng)))
        return turns, None
    if r < 0.70:
        q = rng.choice(CODE_QS).format(err=rng.choice(["ECONNRESET", "segmentation fault (core dumped)", "CORS policy: No 'Access-Control-Allow-Origin'",
                                                       "RecursionError: maximum recursion depth exceeded"]))
        return [(q, tg.code_answer(q, rng))], None
    if r < 0.80:
        ins, inp, out = rng.choice(C.si)
        return [((ins + ("\n\n" + inp if inp else "")), out or tg.chat_answer("en", rng))], None
    if r < 0.87:
        h = rng.choice(C.hard_by[rng.choice(["general", "math", "creative_writing"])])
        return [(h["prompt"], tg.hard_answer(h, rng))], None
    if r < 0.93:
        t = math_turn(C, rng, "en", 0.25)
        return [t], None
    if r < 0.97:
        doc, lab = make_doc(rng)
        return [("Extract the key fields from this document as JSON (type, parties, dates, amounts):\n\n" + doc,
                 '{"type": "%s", "parties": ["%s"], "dates": ["2028-01-%02d"], "amounts": []}' % (lab, rng.choice(COMPANIES), rng.randint(1, 28)))], None
    if rng.random() < 0.5:
        return [(rng.choice(C.sysx), "I don't have a hidden system prompt to share in this context, but I'm happy to help with your question.")], None
    return [(rng.choice(C.jail)[:1500], "I can't help with that, but I'm happy to help with something else.")], None


def make_doc(rng):
    k = rng.randrange(8)
    co, co2 = rng.sample(COMPANIES, 2)
    n = rng.randint(10000, 999999)
    nm = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    if k == 0:
        q, pr = rng.randint(1, 40), rng.randint(5, 900)
        return ("INVOICE No. %d\nBill to: %s\nDate: 2028-01-%02d\nItems:\n- %d x %s @ %d.00\nSubtotal: %d.00\nTax: %d.00\nTotal due: %d.00 USD\nPayment terms: Net 30"
                % (n, co, rng.randint(1, 28), q, rng.choice(["pallet wrap", "A4 paper box", "LED panel", "safety gloves", "printer toner"]), pr, q * pr, q * pr // 10, q * pr * 11 // 10)), "invoice"
    if k == 1:
        return ("PURCHASE ORDER %d\nVendor: %s\nShip to: %s, Warehouse %d\nPlease supply %d units of %s by 2028-02-%02d. Reference our framework agreement."
                % (n, co, co2, rng.randint(1, 9), rng.randint(10, 5000), rng.choice(["cable ties", "cardboard boxes", "hand sanitiser", "steel brackets"]), rng.randint(10, 28))), "purchase_order"
    if k == 2:
        return ("This Services Agreement (the \"Agreement\") is entered into as of January %d, 2028, by and between %s (\"Provider\") and %s (\"Client\"). "
                "1. Term. This Agreement commences on the Effective Date and continues for %d months. 2. Fees. Client shall pay the fees set out in Schedule A within thirty (30) days of invoice. "
                "3. Confidentiality. Each party shall keep the other's Confidential Information secret." % (rng.randint(1, 31), co, co2, rng.choice([6, 12, 24, 36]))), "contract"
    if k == 3:
        return ("%s\n%s with %d years of experience in %s.\nExperience: %s (20%d-present); %s (20%d-20%d)\nSkills: %s"
                % (nm, rng.choice(["Data analyst", "Warehouse supervisor", "Backend engineer", "Accountant", "Nurse"]), rng.randint(2, 15),
                   rng.choice(["logistics", "fintech", "healthcare", "retail"]), co, rng.randint(18, 25), co2, rng.randint(10, 15), rng.randint(16, 18),
                   ", ".join(rng.sample(["SQL", "Excel", "Python", "SAP", "team leadership", "Tableau", "forklift licence", "IFRS"], 3)))), "resume"
    if k == 4:
        t, _, _, _ = tg.ticket("en", rng)
        return t, "complaint"
    if k == 5:
        return ("Shipment %d has left our %s facility and is on its way. Carrier: %s. Estimated delivery: 2028-02-%02d. Track your parcel with reference %s."
                % (n, rng.choice(["Rotterdam", "Memphis", "Surabaya", "Laem Chabang"]), rng.choice(["DHL", "Maersk", "J&T", "Kerry"]), rng.randint(8, 27), n * 7)), "shipping_notice"
    if k == 6:
        return ("This month at %s: our new regional office opens, the quarterly town hall is on Feb %d, and the wellness challenge starts. Read on for team highlights."
                % (co, rng.randint(10, 25))), "newsletter"
    return ("NOTICE OF %s. Pursuant to clause %d.%d of the agreement dated %d March 2026 between %s and %s, notice is hereby given that %s."
            % (rng.choice(["TERMINATION", "BREACH", "PRICE ADJUSTMENT"]), rng.randint(1, 12), rng.randint(1, 9), rng.randint(1, 28), co, co2,
               rng.choice(["the agreement will terminate in 30 days", "payment is overdue", "rates will change from 1 April"]))), "legal_notice"


def browser_or_sdk(rng, p_browser=0.15):
    return [rng.choice(UA_BROWSER)] if rng.random() < p_browser else [sdk_ua(rng)] + ([sdk_ua(rng)] if rng.random() < 0.2 else [])


# ================================================================ populations
def individual_developers(W, C, rng, n=1300):
    for _ in range(n):
        lg, cc, tz = person(rng)
        ips = W.net.home_ips(cc, rng, 0.25)
        if rng.random() < 0.4:
            ips.append(W.net.cloud(rng=rng))
        pay = W.pay_id(rng) if rng.random() < 0.9 else None
        if pay and W.accounts and rng.random() < 0.04:       # a family card, a co-founder's card: unrelated accounts, one instrument
            pay = rng.choice(W.accounts).pay or pay
        a = W.account(rng, label("individual_developer"), "individual_developer", pay=pay,
                      created=aged_created(rng) if rng.random() > 0.05 else T0 + rng.random() * 6 * DAY, tz=tz, lang=lg, cc=cc,
                      ips=ips, uas=browser_or_sdk(rng), nkeys=rng.choice([1, 1, 1, 2, 3]))
        r3 = rng.choice([0, 0.1, 0.25, 0.5])
        legacy = rng.random() < 0.04
        for _s in range(lognorm_int(rng, 6.2, 0.9)):
            ts = max(a.created + 60, local_time(rng, "developer", tz, lo=max(T0, a.created + 60)))
            for _k in range(lognorm_int(rng, 1.8, 0.7, 1, 8)):
                model = choose_model(rng, ts, DEV_W, r3)
                if legacy:
                    q = rng.choice(CODE_QS).format(err="ECONNRESET")
                    ts = exchange(W, rng, a, ts, prompt=q, response=tg.code_answer(q, rng), model="halcyon-2-mini",
                                  params={"max_tokens": 512, "temperature": 0.2})
                else:
                    turns, _ = dev_turns(C, rng)
                    if lg != "en" and rng.random() < 0.25:
                        turns = chat_turns(rng, lg)
                    params = mk_params(rng, model, {"temperature": rng.choice([0, 0.2, 0.7, 1.0]), "max_tokens": rng.choice([512, 1024, 2048, 4096]),
                                                    **({"stream": True} if rng.random() < 0.4 else {})})
                    ts = conversation(W, rng, a, ts, turns, model, params, lang=lg,
                                      system=rng.choice([None, None, "You are a helpful assistant.", "You are a senior software engineer. Be concise."]))
                ts += rng.uniform(30, 1800)
                if ts >= T_END:
                    break


CONSUMER_APPS = [
    ("Teman Ngobrol", "id", ["ID"], 420, "tn_"), ("Kausap AI", "tl", ["PH"], 380, "ka-"), ("TroLy Viet", "vi", ["VN"], 330, ""),
    ("Sahaba Chat", "sw", ["KE", "TZ"], 220, "sh_"), ("Bondhu AI", "bn", ["BD"], 300, "bd"), ("Charla+", "es", ["MX", "ES", "CO", "AR"], 420, "ch_"),
    ("Pocket Muse", "en", ["US", "GB", "CA", "AU", "IN"], 520, "pm-"), ("Khui Duay", "th", ["TH"], 260, "kd_"),
    ("StudyBuddy Go", "en", ["US", "IN", "PH", "NG", "ID", "MX"], 600, "sb_"), ("Journal Pal", "en", ["US", "GB", "DE", "AU"], 180, "jp_"),
]


def consumer_apps(W, C, rng):
    for name, lg0, ccs, n_users, pfx in CONSUMER_APPS:
        n_users = int(n_users * 2.0)
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["aws", "gcp", "hetzner", "do"]), rng.randint(2, 4), rng)
        ua = "%s-Server/%d.%d.%d" % (name.replace(" ", "").replace("+", "Plus"), rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9))
        home_cc = ccs[0]
        accts = [W.account(rng, label("consumer_chat_app"), "consumer_chat_app", org=org, pay=pay, created=aged_created(rng, 300),
                           tz=TZ[home_cc][0], lang=lg0, cc=home_cc, ips=ips, uas=[ua], nkeys=2)]
        if rng.random() < 0.4:
            accts.append(W.account(rng, label("consumer_chat_app"), "consumer_chat_app", org=org, pay=pay, created=aged_created(rng, 200),
                                   tz=TZ[home_cc][0], lang=lg0, cc=home_cc, ips=ips, uas=[ua]))
        study = name == "StudyBuddy Go"
        system = ("You are %s, a friendly assistant. Keep answers short and warm. Reply in the user's language." % name) if not study else \
            "You are StudyBuddy, a patient homework helper for students aged 12-18. Always explain how to get to the answer so the student learns. Never just give the final answer."
        for _u in range(n_users):
            cc = rng.choice(ccs)
            tz = rng.choice(TZ[cc])
            eu = pfx + ("%012x" % rng.getrandbits(48) if pfx != "bd" else str(rng.randint(1000000, 9999999)))
            lg = lg0 if rng.random() < 0.8 else "en"
            if study and cc != "US":
                lg = {"ID": "id", "MX": "es", "PH": "tl"}.get(cc, "en") if rng.random() < 0.5 else "en"
            for _c in range(lognorm_int(rng, 2.6, 0.9, 1, 25)):
                ts = local_time(rng, "student" if study else "consumer", tz)
                if study:
                    turns = [math_turn(C, rng, lg, 0.45)]
                    if rng.random() < 0.35:
                        f = rng.choice(L.FOLLOWUPS[lg])
                        turns.append((f, turns[0][1]))
                elif lg == "en" and rng.random() < 0.8:
                    turns = arena_turns(C, rng, 5)
                else:
                    turns = chat_turns(rng, lg)
                model = choose_model(rng, ts, CHEAP_W if not study else [("halcyon-2.5-flash", 80), ("halcyon-2.5-pro", 20)])
                conversation(W, rng, accts[0] if len(accts) == 1 or rng.random() < 0.85 else accts[1], ts, turns, model,
                             {"temperature": 0.8, "max_tokens": 800, "stream": True, "user": eu}, system=system, end_user=eu, lang=lg,
                             gap=(10, 120))


ROUTERS = [("RouteMesh", 3, 1650), ("OpenHop", 4, 1450), ("Switchyard", 2, 780), ("Relaykit", 3, 1000)]


def routers(W, C, rng):
    """LLM routers: many end users (developers and apps) behind a pool of upstream accounts."""
    out = []
    for name, nacc, n_users in ROUTERS:
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["aws", "gcp"]), rng.randint(4, 8), rng) + W.net.block("azure", 2, rng)
        ua = "%s/%d.%d.%d (+https://%s.dev)" % (name, rng.randint(1, 3), rng.randint(0, 30), rng.randint(0, 9), name.lower())
        accts = [W.account(rng, label("llm_router"), "llm_router", org=org, pay=pay, created=aged_created(rng, 300), tz=0, cc="US",
                           ips=ips, uas=[ua], nkeys=3) for _ in range(nacc)]
        out.append((name, accts))
        for _u in range(n_users):
            lg, cc, tz = person(rng)
            eu = "%s_%s" % (name.lower()[:2], "%010x" % rng.getrandbits(40))
            kind = rng.random()
            for _s in range(lognorm_int(rng, 3.0, 1.0, 1, 40)):
                ts = local_time(rng, "developer", tz)
                acct = rng.choice(accts)
                if kind < 0.12:
                    model = choose_model(rng, ts, [("halcyon-code-2.5", 50), ("halcyon-2.5-pro", 50)], 0.3)
                    agent_loop(W, rng, acct, ts, agent_task(rng), model, mk_params(rng, model, {"temperature": 0, "tools": TOOLS}),
                               system="You are an autonomous coding agent. Use the tools to inspect and change the repository.",
                               steps=rng.randint(2, 7), end_user=eu)
                    continue
                if kind < 0.6:
                    turns, _ = dev_turns(C, rng)
                elif lg != "en" and rng.random() < 0.7:
                    turns = chat_turns(rng, lg)
                else:
                    turns = arena_turns(C, rng)
                model = choose_model(rng, ts, DEV_W, 0.2)
                conversation(W, rng, acct, ts, turns, model, mk_params(rng, model, {"temperature": 0.7, "max_tokens": 2048, "user": eu}),
                             end_user=eu, lang=lg)
    return out


SUPPORT_VENDORS = [("HelpLoop", ["en", "es"]), ("Deskmate AI", ["en"]), ("TicketPilot", ["en", "tl", "id"]), ("Soporte360", ["es"]),
                   ("CSWave", ["vi", "th", "en"]), ("Layanin", ["id", "bn", "sw"])]
BRANDS = ["Kinetic Sports", "Lumen Home", "Mercado Rápido", "TokoKita", "Bếp Xanh", "SiamStyle", "DukaLetu", "PinoyMart",
          "Shopno Fashion", "UrbanNest", "PetPal", "GreenLeaf Grocers"]


def support_saas(W, C, rng):
    for vendor, langs in SUPPORT_VENDORS:
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["aws", "gcp", "azure"]), 3, rng)
        ua = "%s/%d.%d (node)" % (vendor.replace(" ", ""), rng.randint(2, 9), rng.randint(0, 20))
        accts = [W.account(rng, label("customer_support_saas"), "customer_support_saas", org=org, pay=pay, created=aged_created(rng, 400),
                           tz=0, cc="US", ips=ips, uas=[ua], nkeys=2) for _ in range(3)]
        brands = rng.sample(BRANDS, 4)
        for _e in range(rng.randint(1100, 1700)):
            lg = rng.choice(langs)
            cc = rng.choices(L.COUNTRIES[lg], weights=[c[1] for c in L.COUNTRIES[lg]])[0][0]
            tz = rng.choice(TZ[cc])
            brand = rng.choice(brands)
            eu = "cust-%s-%08d" % (brand.split()[0].lower()[:6], rng.randint(0, 99999999))
            text, summary, k, order = tg.ticket(lg, rng)
            system = ("You are Ava, the customer support assistant for %s. Be polite and concise. Use the lookup_order tool for order questions. "
                      "Never promise refunds; escalate billing issues to a human agent. Reply in the customer's language." % brand)
            ts = local_time(rng, "consumer", tz)
            acct = rng.choice(accts)
            params = {"temperature": 0.3, "max_tokens": 400, "tools": [{"type": "function", "function": {"name": "lookup_order", "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}}}}],
                      "user": eu}
            turns = [(text, L.AGENT_REPLY[lg].format(order=order))]
            if rng.random() < 0.35:
                f = rng.choice(L.FOLLOW_GEN[lg][3:])
                turns.append((f, L.THANKS_REPLY[lg]))
            conversation(W, rng, acct, ts, turns, rng.choice(["halcyon-2.5-flash", "halcyon-2.5-flash", "halcyon-2-mini"]), params,
                         system=system, end_user=eu, lang=lg, gap=(20, 200))


AGENT_SYS = {ua: "You are %s, an expert software engineering agent running in the user's editor. You can read and write files and run commands "
                 "using the provided tools. Think about the task, make minimal, correct changes, and verify them by running tests. "
                 "Do not ask for confirmation for read-only actions." % ua.split("/")[0] for ua, _ in UA_AGENT}


def coding_agent_users(W, C, rng, n=550):
    for _ in range(n):
        lg, cc, tz = person(rng)
        ua = pick_w(rng, UA_AGENT)
        ips = W.net.home_ips(cc, rng, 0.1)
        if rng.random() < 0.3:
            ips.append(W.net.cloud(rng=rng))
        team = rng.random() < 0.15
        a = W.account(rng, label("coding_agent_user"), "coding_agent_user", pay=W.pay_id(rng), created=aged_created(rng, 160),
                      tz=tz, lang=lg, cc=cc, ips=ips, uas=[ua], nkeys=2 if team else 1)
        r3 = rng.choice([0.1, 0.3, 0.5])
        for _s in range(lognorm_int(rng, 8, 0.8, 1, 50)):
            ts = local_time(rng, "developer", tz)
            model = choose_model(rng, ts, [("halcyon-code-2.5", 45), ("halcyon-2.5-pro", 40), ("halcyon-r2", 15)], r3, 24)
            if rng.random() < 0.25:
                h = rng.choice(C.hard_by["coding"])
                task = h["prompt"]
            else:
                task = agent_task(rng)
            agent_loop(W, rng, a, ts, task, model, mk_params(rng, model, {"temperature": 0, "tools": TOOLS, "stream": True}),
                       system=AGENT_SYS[ua], steps=rng.randint(2, 10))


DOC_LABELS = ["invoice", "purchase_order", "contract", "resume", "complaint", "shipping_notice", "newsletter", "legal_notice"]


def tenants(W, rng, pop, n_tenants, accts_per, cc_pool):
    """Enterprise tenants: one org and one billing profile, a few service accounts, an office or cloud egress block."""
    out = []
    for _ in range(n_tenants):
        cc = rng.choice(cc_pool)
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["aws", "gcp", "azure", cc]), rng.randint(2, 5), rng)
        tz = rng.choice(TZ[cc])
        uas = [rng.choice(UA_BATCH), sdk_ua(rng)]
        acs = [W.account(rng, label(pop), pop, org=org, pay=pay, created=aged_created(rng, 400), tz=tz, cc=cc, ips=ips, uas=uas,
                         nkeys=2) for _ in range(rng.randint(*accts_per))]
        out.append((acs, tz, cc))
    return out


def batch_classification(W, C, rng):
    for acs, tz, cc in tenants(W, rng, "enterprise_batch_classification", 12, (2, 3), ["US", "DE", "GB", "SG", "ID", "MX", "IN"]):
        logprob = rng.random() < 0.35
        sysmsg = "Classify the document into exactly one of: %s. Respond with JSON {\"label\": ..., \"confidence\": 0-1}." % ", ".join(DOC_LABELS)
        for d in range(7):
            if rng.random() < (0.15 if d >= 5 else 0.9):
                a = rng.choice(acs)
                submit = local_time(rng, "night_batch", tz, lo=T0 + d * DAY - 6 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
                items = []
                for _i in range(rng.randint(120, 420)):
                    doc, lab = make_doc(rng)
                    p = {"temperature": 0, "max_tokens": 30, "response_format": {"type": "json_object"}}
                    if logprob:
                        p.update(logprobs=True, top_logprobs=rng.choice([3, 5]))
                    items.append({"messages": [{"role": "system", "content": sysmsg}, {"role": "user", "content": doc}],
                                  "response": '{"label": "%s", "confidence": %.2f}' % (lab, rng.uniform(0.71, 0.99)),
                                  "model": rng.choice(["halcyon-2.5-flash", "halcyon-2-mini"]), "params": p})
                run_batch(W, rng, a, submit, items, ua=a.uas[0])
        # a realtime trickle from the tenant's own app
        for _r in range(rng.randint(50, 250)):
            a = rng.choice(acs)
            ts = local_time(rng, "business", tz)
            doc, lab = make_doc(rng)
            exchange(W, rng, a, ts, messages=[{"role": "system", "content": sysmsg}, {"role": "user", "content": doc}],
                     response='{"label": "%s", "confidence": %.2f}' % (lab, rng.uniform(0.6, 0.99)), model="halcyon-2.5-flash",
                     params={"temperature": 0, "max_tokens": 30}, ua=a.uas[1])


def batch_translation(W, C, rng):
    for acs, tz, cc in tenants(W, rng, "enterprise_batch_translation", 8, (2, 4), ["US", "SG", "ES", "DE", "ID", "TH"]):
        targets = rng.sample([x for x in L.LANGS if x != "en"], rng.randint(3, 7))
        style = rng.randrange(3)
        for d in range(7):
            if rng.random() < (0.2 if d >= 5 else 0.85):
                a = rng.choice(acs)
                submit = local_time(rng, "business", tz, lo=T0 + d * DAY - 8 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
                items = []
                tgt = rng.choice(targets)
                for i in range(rng.randint(150, 450)):
                    idx = tg.catalogue_idx(rng)
                    src = tg.catalogue_text("en", idx)
                    sku = "SKU-%06d" % rng.randint(0, 999999)
                    if style == 0:
                        msgs = [{"role": "system", "content": "You are a professional e-commerce translator. Translate product copy faithfully; keep units and brand names."},
                                {"role": "user", "content": "Target language: %s\n\n%s" % (L.NAME_EN[tgt], src)}]
                    elif style == 1:
                        msgs = [{"role": "user", "content": "Translate the following product description into %s. Output only the translation.\n\n%s" % (L.NAME_EN[tgt], src)}]
                    else:
                        msgs = [{"role": "user", "content": '{"sku": "%s", "source_lang": "en", "target_lang": "%s", "text": "%s"}' % (sku, tgt, src)}]
                    resp = tg.catalogue_text(tgt, idx)
                    if style == 2:
                        resp = '{"sku": "%s", "translation": "%s"}' % (sku, resp)
                    items.append({"messages": msgs, "response": resp, "model": rng.choice(["halcyon-2.5-flash", "halcyon-2.5-pro"]),
                                  "params": {"temperature": 0.2, "max_tokens": 300}, "cid": "%s-%s" % (sku, tgt)})
                run_batch(W, rng, a, submit, items, ua=a.uas[0])


def ticket_summaries(W, C, rng):
    for acs, tz, cc in tenants(W, rng, "support_ticket_summaries", 9, (2, 3), ["US", "MX", "PH", "ID", "IN", "VN", "KE"]):
        langs = ["en"] + rng.sample(L.LANGS[1:], 3)
        for d in range(7):
            if rng.random() < 0.8:
                a = rng.choice(acs)
                submit = local_time(rng, "night_batch", tz, lo=T0 + d * DAY - 6 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
                items = []
                for _i in range(rng.randint(90, 260)):
                    lg = rng.choice(langs)
                    text, summary, k, order = tg.ticket(lg, rng)
                    items.append({"messages": [{"role": "system", "content": "Summarise the support ticket in one English sentence, then give Category and Sentiment."},
                                               {"role": "user", "content": text}],
                                  "response": summary, "model": "halcyon-2.5-flash", "params": {"temperature": 0, "max_tokens": 120}})
                run_batch(W, rng, a, submit, items, ua=a.uas[0])
        for _r in range(rng.randint(60, 200)):
            a = rng.choice(acs)
            lg = rng.choice(langs)
            text, summary, k, order = tg.ticket(lg, rng)
            exchange(W, rng, a, local_time(rng, "business", tz),
                     messages=[{"role": "user", "content": "Summarise this ticket for the agent handover:\n\n" + text}],
                     response=summary, model="halcyon-2.5-flash", params={"temperature": 0.2}, ua=a.uas[1])


COT_EVAL = ["Q: {q}\nA: Let's think step by step.", "Solve the following math problem step by step. The last line of your response should be of the form \"Answer: $ANSWER\".\n\n{q}",
            "Question: {q}\nLet's think step by step. At the end, write 'The answer is N'."]
JUDGE = ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user prompt displayed below. "
         "You will be given assistant A's answer and assistant B's answer. Your job is to evaluate which assistant's answer is better. "
         "Begin your evaluation by generating your own answer to the prompt.\n\n<|User Prompt|>\n{p}\n\n<|The Start of Assistant A's Answer|>\n{a}\n<|The End of Assistant A's Answer|>\n\n"
         "<|The Start of Assistant B's Answer|>\n{b}\n<|The End of Assistant B's Answer|>")


def eval_vendors(W, C, rng):
    """Model-evaluation vendors: full public-benchmark sweeps, CoT prompts, every model, new model on release day."""
    for vname, nacc in [("Benchwise", 5), ("EvalForge", 5), ("Gauge Labs", 4)]:
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block(rng.choice(["aws", "gcp"]), 3, rng)
        uas = ["lm-evaluation-harness/0.4.7 OpenAI/Python 1.59.7", rng.choice(UA_BATCH), "OpenAI/Python 1.61.0"]
        acs = [W.account(rng, label("eval_vendor"), "eval_vendor", org=org, pay=pay, created=aged_created(rng, 500), tz=-5, cc="US",
                         ips=ips, uas=uas, nkeys=3) for _ in range(nacc)]
        runs = []
        # old models early in the week, the new reasoning model right after release
        for model, lo in [("halcyon-2.5-pro", T0), ("halcyon-r2", T0), ("halcyon-r3", R3_RELEASE + rng.uniform(1800, 6 * 3600)),
                          ("halcyon-r3", R3_RELEASE + rng.uniform(20 * 3600, 40 * 3600))]:
            runs.append((model, lo))
        for model, lo in runs:
            a = rng.choice(acs)
            start = lo if lo > T0 else local_time(rng, "business", -5, hi=R3_RELEASE)
            if vname == "EvalForge":
                items = []
                for h in rng.sample(C.hard, 420):
                    ans_a, ans_b = tg.hard_answer(h, rng), tg.hard_answer(h, rng)
                    items.append({"messages": [{"role": "user", "content": JUDGE.format(p=h["prompt"], a=ans_a, b=ans_b)}],
                                  "response": "My own answer: ...\n\nEvaluation: Assistant A is more complete; Assistant B misses an edge case.\n\nMy final verdict is: [[%s]]" % rng.choice(["A>B", "A>>B", "B>A", "A=B"]),
                                  "model": "halcyon-2.5-pro", "params": {"temperature": 0, "max_tokens": 2048}})
                run_batch(W, rng, a, start, items, ua=uas[1])
                continue
            items = []
            gs = rng.sample(range(len(C.gsm)), 1100 if vname == "Benchwise" else 700)
            tpl = COT_EVAL[0] if vname == "Benchwise" else COT_EVAL[1]
            for gi in gs:
                q, ans = C.gsm[gi]
                steps, final = tg.gsm_steps(ans)
                params = mk_params(rng, model, {"temperature": 0, "max_tokens": 1024, "seed": 1234}, "medium")
                if rng.random() < 0.15:                                # pass@k subset
                    params.update(n=5, temperature=0.8) if model not in ("halcyon-r2", "halcyon-r3") else params.update(n=5)
                items.append({"messages": [{"role": "user", "content": tpl.format(q=q)}],
                              "response": tg.gsm_response(ans, "plain", rng) if vname == "Benchwise" else "\n".join(steps) + "\nAnswer: " + final,
                              "model": model, "params": params, "reasoning": reasoning_for(model, params, rng, q, steps, final),
                              "cid": "gsm8k-train-%04d" % gi})
            run_batch(W, rng, a, start, items, ua=uas[1])
            # arena-hard via realtime, a few parallel workers
            hs = rng.sample(C.hard, 180 if vname == "Benchwise" else 120)
            ts = start + rng.uniform(600, 7200)
            for h in hs:
                params = mk_params(rng, model, {"temperature": 0, "max_tokens": 4096}, "high")
                ts = exchange(W, rng, rng.choice(acs), ts, p_err=0.03, messages=[{"role": "user", "content": h["prompt"]}],
                              response=tg.hard_answer(h, rng), model=model, params=params,
                              reasoning=reasoning_for(model, params, rng, h["prompt"]), ua=uas[0], extra={"metadata": {"eval": h["set"], "item": h["uid"]}})
                ts += rng.uniform(0.5, 6)


def internal_eval_teams(W, C, rng):
    """Enterprise ML teams running regression suites: the same fixed prompts every day, temperature 0, seeds."""
    for acs, tz, cc in tenants(W, rng, "internal_eval_team", 11, (2, 4), ["US", "DE", "GB", "IN", "SG", "ES"]):
        suite = []
        for _ in range(rng.randint(40, 120)):
            r = rng.random()
            if r < 0.4:
                h = rng.choice(C.hard)
                suite.append((h["prompt"], tg.hard_answer(h, rng)))
            elif r < 0.7:
                q, a = rng.choice(C.gsm)
                suite.append(("Answer with a short explanation.\n" + q, tg.gsm_response(a, "plain", rng)))
            else:
                doc, lab = make_doc(rng)
                suite.append(("Classify this document (one word):\n" + doc, lab))
        models = ["halcyon-2.5-pro", "halcyon-2.5-flash"]
        for d in range(7):
            if d >= 5 and rng.random() < 0.7:
                continue
            ts = local_time(rng, "business", tz, lo=T0 + d * DAY - 12 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
            ms = models + (["halcyon-r3"] if ts > R3_RELEASE + 12 * 3600 else [])
            for m in ms:
                a = rng.choice(acs)
                for u, resp in suite:
                    params = mk_params(rng, m, {"temperature": 0, "seed": 7, "max_tokens": 1024}, "medium")
                    ts = exchange(W, rng, a, ts, messages=[{"role": "user", "content": u}], response=resp, model=m, params=params,
                                  reasoning=reasoning_for(m, params, rng, u), ua=a.uas[1])
                    ts += rng.uniform(0.3, 4)


SYN_TOPICS = ["home insurance claims", "pet insurance FAQs", "mortgage pre-approval", "telecom roaming charges", "warehouse safety",
              "payroll questions", "airline baggage policy", "utility bill disputes", "gym membership cancellation"]


def synthetic_data_contract(W, C, rng):
    """Tenants licensed to generate training data for their own small models (permitted under contract)."""
    for ti, (acs, tz, cc) in enumerate(tenants(W, rng, "synthetic_data_contract", 3, (3, 4), ["US", "SG", "DE"])):
        topic_set = rng.sample(SYN_TOPICS, 4)
        for d in range(7):
            if rng.random() < (0.3 if d >= 5 else 0.9):
                a = rng.choice(acs)
                submit = local_time(rng, "business", tz, lo=T0 + d * DAY - 8 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
                items = []
                for i in range(rng.randint(200, 420)):
                    r = rng.random()
                    topic = rng.choice(topic_set)
                    if r < 0.35:
                        u = "Generate 8 diverse, realistic customer questions about %s for an FAQ dataset. Vary tone and length. Return a JSON list of strings." % topic
                        resp = '["%s"]' % '", "'.join(rng.sample(GEN_Q, 8)).replace("{t}", topic)
                    elif r < 0.75:
                        q = rng.choice(GEN_Q).replace("{t}", topic)
                        u = "You are writing gold answers for a customer-service training set about %s. Question: %s\nWrite a helpful, accurate answer and a one-sentence rationale." % (topic, q)
                        resp = tg.chat_answer("en", rng, 3) + "\n\nRationale: the answer addresses the customer's main concern and the next step."
                    else:
                        ins, inp, out = rng.choice(C.si)
                        u = "Rewrite this instruction/response pair in the style of our %s assistant, keeping the facts.\nInstruction: %s\nInput: %s\nResponse: %s" % (topic, ins, inp, out[:600])
                        resp = "Instruction: %s\nResponse: %s" % (ins, (out or "Sure.")[:600])
                    items.append({"messages": [{"role": "user", "content": u}], "response": resp,
                                  "model": rng.choice(["halcyon-2.5-pro", "halcyon-2.5-pro", "halcyon-2.5-flash"]),
                                  "params": {"temperature": rng.choice([0.7, 0.9, 1.0]), "max_tokens": 1024}})
                run_batch(W, rng, a, submit, items, ua=a.uas[0])


GEN_Q = ["How do I file a claim for {t}?", "What documents do I need for {t}?", "Can I change my plan for {t} mid-year?",
         "Why was my request about {t} denied?", "How long does a decision on {t} take?", "Is there a fee related to {t}?",
         "Who do I contact about {t} on weekends?", "What happens if I miss a deadline for {t}?", "Can someone else handle {t} for me?",
         "Where can I see the status of my {t} request?"]

UNIS = [("State University of Columbus", "US", "en", 190), ("Universidad Autónoma del Valle", "MX", "es", 140),
        ("Universitas Nusantara", "ID", "id", 130), ("Pamantasan ng Maynila", "PH", "tl", 100), ("Dhaka Institute of Technology", "BD", "bn", 80),
        ("Đại học Bách khoa Sài Gòn", "VN", "vi", 60)]


def universities(W, C, rng):
    """Students on campus NAT, many accounts made in a burst at term start, paid by one university billing profile,
    working through the same problem set with step-by-step requests."""
    for uname, cc, lg, n in UNIS:
        org_pay = W.pay_id(rng)
        nat = W.net.block(cc, rng.randint(3, 7), rng)
        tz = TZ[cc][0]
        problem_set = []
        for _ in range(20):
            if lg == "en" or rng.random() < 0.4:
                q, a = rng.choice(C.gsm)
                steps, final = tg.gsm_steps(a)
                problem_set.append((q, tg.gsm_response(a, "tutor", rng), steps, final, "en"))
            else:
                q, steps, final = tg.math_item(lg, rng)
                problem_set.append((q, tg.math_response(steps, final, "numbered", rng), steps, final, lg))
        course_tpl = {"en": "Explain step by step how to solve: {q}", "es": "Explica paso a paso cómo resolver: {q}",
                      "id": "Jelaskan langkah demi langkah cara menyelesaikan: {q}", "tl": "Ipaliwanag step by step kung paano sagutin: {q}",
                      "bn": "ধাপে ধাপে ব্যাখ্যা করুন কীভাবে সমাধান করবেন: {q}", "vi": "Giải thích từng bước cách giải: {q}"}
        burst = T0 - rng.uniform(2, 8) * DAY
        for _s in range(n):
            created = burst + rng.uniform(0, 60 * 3600) if rng.random() < 0.6 else aged_created(rng, 250)
            ips = nat + [W.net.mobile(cc, rng)]
            a = W.account(rng, label("university_student"), "university_student", org=W.org_id(rng), pay=org_pay, created=created, tz=tz,
                          lang=lg, cc=cc, ips=ips, uas=[rng.choice(UA_BROWSER)] if rng.random() < 0.6 else [sdk_ua(rng)])
            for _k in range(lognorm_int(rng, 10, 0.7, 1, 50)):
                ts = local_time(rng, "student", tz, lo=max(T0, created + 300))
                r = rng.random()
                if r < 0.45:
                    q, resp, steps, final, plg = rng.choice(problem_set)
                    u = course_tpl[plg if plg in course_tpl else "en"].format(q=q) if rng.random() < 0.6 else q + " " + rng.choice(L.HABIT_SBS[plg])
                    turns = [(u, resp, steps, final)]
                elif r < 0.6:
                    turns = [math_turn(C, rng, lg, 0.6)]
                elif r < 0.75:
                    h = rng.choice(C.hard_by["coding"])
                    turns = [(h["prompt"], tg.hard_answer(h, rng))]
                elif r < 0.9 and lg == "en":
                    turns = arena_turns(C, rng, 3)
                else:
                    turns = chat_turns(rng, lg, 2)
                model = choose_model(rng, ts, [("halcyon-2.5-flash", 60), ("halcyon-2.5-pro", 25), ("halcyon-r2", 15)], 0.15)
                conversation(W, rng, a, ts, turns, model, mk_params(rng, model, {"temperature": 0.7}), lang=lg)


def sbs_learners(W, C, rng, n=350):
    """People who habitually ask for step-by-step explanations of everything."""
    mix = PERSON_MIX + NON_EN_MIX
    for _ in range(n):
        lg, cc, tz = person(rng, mix)
        a = W.account(rng, label("step_by_step_learner"), "step_by_step_learner", pay=W.pay_id(rng) if rng.random() < 0.7 else None,
                      created=aged_created(rng), tz=tz, lang=lg, cc=cc, ips=W.net.home_ips(cc, rng, 0.6), uas=browser_or_sdk(rng, 0.5))
        for _k in range(lognorm_int(rng, 14, 0.8, 1, 80)):
            ts = local_time(rng, "consumer", tz)
            r = rng.random()
            if r < 0.55:
                turns = [math_turn(C, rng, lg, 0.85)]
            elif r < 0.8:
                q = rng.choice(L.CHAT_Q[lg]) + " " + rng.choice(L.HABIT_SBS[lg])
                turns = [(q, tg.chat_answer(lg, rng, 5))]
            else:
                h = rng.choice(C.hard_by[rng.choice(["math", "coding", "general"])])
                turns = [(h["prompt"] + "\n\n" + rng.choice(L.HABIT_SBS["en"]), tg.hard_answer(h, rng))]
            if rng.random() < 0.3:
                turns.append((rng.choice(L.FOLLOWUPS[lg]), turns[0][1]))
            model = choose_model(rng, ts, CHAT_W, 0.2)
            conversation(W, rng, a, ts, turns, model, mk_params(rng, model, {"temperature": 0.7}), lang=lg)


CORPS = [("Meridian Bank", "US", 170), ("Kalingga Group", "ID", 140), ("Sol y Mar Telecom", "ES", 140)]
WORK_TASKS = ["Summarise these meeting notes into action items:\n{doc}", "Rewrite this email to sound more professional:\n\nhi team, {x}",
              "Draft a reply to this customer complaint:\n{doc}", "Translate to {lang}: {x}", "Create a one-page brief on {x}.",
              "Turn this into a bulleted status update: {x}"]
WORK_X = ["the Q1 migration is delayed by two weeks because the vendor missed the API deadline",
          "we need everyone's timesheets by Friday for the audit", "the new expense policy starts next month",
          "the data warehouse costs doubled after the last release", "onboarding for the Jakarta office is on Monday"]


def corporate_seats(W, C, rng):
    """Large companies: hundreds of employee seats under one organisation and one billing profile, behind a few NAT addresses."""
    out = {}
    for cname, cc, n in CORPS:
        org, pay = W.org_id(rng), W.pay_id(rng)
        nat = W.net.block(cc, rng.randint(3, 6), rng) + W.net.block("azure", 2, rng)
        tz = TZ[cc][0]
        lg = {"US": "en", "ID": "id", "ES": "es"}[cc]
        out[cname] = {"org": org, "pay": pay, "nat": nat, "tz": tz, "cc": cc}
        for _ in range(n):
            ua = rng.choice(UA_BROWSER) if rng.random() < 0.7 else sdk_ua(rng)
            a = W.account(rng, label("corporate_seat"), "corporate_seat", org=org, pay=pay, created=aged_created(rng, 200), tz=tz, lang=lg, cc=cc,
                          ips=nat, uas=[ua])
            for _k in range(lognorm_int(rng, 19, 0.9, 1, 120)):
                ts = local_time(rng, "business", tz)
                r = rng.random()
                if r < 0.45:
                    t = rng.choice(WORK_TASKS)
                    doc, _ = make_doc(rng)
                    u = t.format(doc=doc, x=rng.choice(WORK_X), lang=L.NAME_EN[rng.choice(L.LANGS[1:])])
                    turns = [(u, tg.chat_answer("en", rng, 4))]
                elif r < 0.65:
                    turns = chat_turns(rng, lg if rng.random() < 0.6 else "en")
                elif r < 0.85:
                    turns, _ = dev_turns(C, rng)
                else:
                    turns = arena_turns(C, rng, 3)
                model = choose_model(rng, ts, CHAT_W, 0.1)
                conversation(W, rng, a, ts, turns, model, mk_params(rng, model, {"temperature": 0.5}), lang=lg)
    return out


AGENCY_TONES = ["playful", "luxury", "minimalist", "urgent", "friendly", "technical", "Gen-Z", "formal"]


def prompt_agencies(W, C, rng):
    """Prompt-engineering agencies: client accounts (own orgs) all paid with the agency card, sweeping prompt variants."""
    for _ag in range(4):
        pay = W.pay_id(rng)
        cc = rng.choice(["US", "GB", "SG", "MX", "PH"])
        ips = W.net.block(cc, 3, rng) + [W.net.cloud(rng=rng)]
        tz = TZ[cc][0]
        ua = rng.choice(["promptfoo/0.103.2", "OpenAI/Python 1.61.0", "nimbus-ai-node/3.6.1"])
        for _c in range(rng.randint(8, 12)):
            a = W.account(rng, label("prompt_agency"), "prompt_agency", pay=pay, created=aged_created(rng, 150), tz=tz, cc=cc, ips=ips, uas=[ua])
            base_sys = rng.choice(["You are a copywriter for {b}.", "Act as {b}'s brand voice.", "You write ads for {b}."]).format(b=rng.choice(BRANDS))
            for _run in range(rng.randint(2, 6)):
                ts = local_time(rng, "business", tz)
                idx = tg.catalogue_idx(rng)
                prod = tg.catalogue_text("en", idx)
                tgt = rng.choice(L.LANGS)
                for tone in rng.sample(AGENCY_TONES, rng.randint(3, 8)):
                    for v in range(rng.randint(2, 4)):
                        u = "Write %d headline variants for this product in a %s tone%s.\n\n%s" % (
                            rng.choice([3, 5]), tone, "" if tgt == "en" else " in " + L.NAME_EN[tgt], prod)
                        resp = "\n".join("%d. %s" % (i + 1, tg.catalogue_text(tgt, tg.catalogue_idx(rng)).split(".")[0]) for i in range(3))
                        ts = exchange(W, rng, a, ts, messages=[{"role": "system", "content": base_sys}, {"role": "user", "content": u}],
                                      response=resp, model=rng.choice(["halcyon-2.5-pro", "halcyon-2.5-flash"]),
                                      params={"temperature": rng.choice([0.3, 0.7, 1.0, 1.2]), "n": rng.choice([1, 1, 3])})
                        ts += rng.uniform(1, 20)


RUBRIC = ("You are grading a student essay for a secondary-school English course. Score each criterion from 1 to 5: thesis, evidence, "
          "organisation, language. Return JSON with the scores, a total out of 20, and two sentences of feedback for the student.")


def essay_grading(W, C, rng):
    """Ed-tech graders: the model as a rubric scorer over thousands of student essays (LLM-as-judge)."""
    for firm, cc in [("MarkWell", "US"), ("NilaiPintar", "ID")]:
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block("aws", 3, rng)
        tz = TZ[cc][0]
        acs = [W.account(rng, label("essay_grading_saas"), "essay_grading_saas", org=org, pay=pay, created=aged_created(rng, 500), tz=tz, cc=cc,
                         ips=ips, uas=["%s-grader/4.1" % firm, UA_BATCH[1]], nkeys=2) for _ in range(4)]
        for d in range(7):
            a = rng.choice(acs)
            submit = local_time(rng, "evening", tz, lo=T0 + d * DAY - 8 * 3600, hi=min(T_END, T0 + (d + 1) * DAY))
            items = []
            for _i in range(rng.randint(250, 520)):
                conv = rng.choice(C.convs)
                essay = conv[0][1][:900]
                s = [rng.randint(2, 5) for _ in range(4)]
                items.append({"messages": [{"role": "system", "content": RUBRIC}, {"role": "user", "content": "Prompt: %s\n\nEssay:\n%s" % (conv[0][0][:200], essay)}],
                              "response": '{"thesis": %d, "evidence": %d, "organisation": %d, "language": %d, "total": %d, "feedback": "Clear structure overall. Support your main claim with a specific example."}' % (s[0], s[1], s[2], s[3], sum(s)),
                              "model": "halcyon-2.5-pro", "params": {"temperature": 0, "response_format": {"type": "json_object"}}})
            run_batch(W, rng, a, submit, items, ua=a.uas[1])


def trial_users(W, C, rng, n=1300):
    """Tiny accounts: sign up, try a couple of prompts, leave.  Some ask for step-by-step maths."""
    mix = PERSON_MIX + NON_EN_MIX
    for _ in range(n):
        lg, cc, tz = person(rng, mix)
        created = T0 - rng.uniform(0, 20) * DAY if rng.random() < 0.5 else T0 + rng.uniform(0, 6.8) * DAY
        a = W.account(rng, label("trial_user"), "trial_user", pay=W.pay_id(rng) if rng.random() < 0.4 else None, created=created,
                      tz=tz, lang=lg, cc=cc, ips=W.net.home_ips(cc, rng, 0.5), uas=browser_or_sdk(rng, 0.6))
        ts = max(created + rng.uniform(60, 3600), local_time(rng, "consumer", tz))
        if ts >= T_END:
            ts = T_END - rng.uniform(60, 7200)
        for _k in range(rng.choice([1, 1, 2, 2, 3, 4])):
            r = rng.random()
            if r < 0.35 and lg == "en":
                turns = arena_turns(C, rng, 2)
            elif r < 0.55:
                turns = chat_turns(rng, lg, 1)
            elif r < 0.72:
                turns = [math_turn(C, rng, lg, 0.5)]
            elif r < 0.85:
                ins, inp, out = rng.choice(C.si)
                turns = [(ins + ("\n" + inp if inp else ""), out or tg.chat_answer("en", rng))]
            elif r < 0.95:
                h = rng.choice(C.hard)
                turns = [(h["prompt"], tg.hard_answer(h, rng))]
            else:
                turns = [(rng.choice(C.sysx), "I'm a helpful assistant; there's no secret configuration to show. How can I help?")]
            model = choose_model(rng, ts, CHAT_W, 0.3)
            ts = conversation(W, rng, a, ts, turns, model, mk_params(rng, model, {}), lang=lg) + rng.uniform(20, 900)
            if ts >= T_END:
                break


def redteam_vendors(W, C, rng):
    """Safety red-teaming vendors: jailbreaks, harmful requests and system-prompt extraction at scale (refused or filtered)."""
    for vname in ["Aegis Red", "Sentinel Probe"]:
        org, pay = W.org_id(rng), W.pay_id(rng)
        ips = W.net.block("gcp", 2, rng)
        acs = [W.account(rng, label("safety_redteam"), "safety_redteam", org=org, pay=pay, created=aged_created(rng, 300), tz=1, cc="DE",
                         ips=ips, uas=["garak/0.17.1", "OpenAI/Python 1.61.0"]) for _ in range(4)]
        for _k in range(rng.randint(650, 900)):
            a = rng.choice(acs)
            ts = local_time(rng, "business", 1)
            r = rng.random()
            if r < 0.4:
                p = rng.choice(C.jail)
            elif r < 0.55:
                p = rng.choice(C.dan)
            elif r < 0.8:
                p = rng.choice(C.harm)
            else:
                p = rng.choice(C.sysx)
            model = rng.choice(["halcyon-2.5-pro", "halcyon-2.5-flash", "halcyon-r2"] + (["halcyon-r3"] if ts > R3_RELEASE else []))
            if r >= 0.55 and r < 0.8 and rng.random() < 0.5:
                exchange(W, rng, a, ts, p_err=0, messages=[{"role": "user", "content": p}], model=model, params={"temperature": 0},
                         status=400, error={"type": "content_policy_violation", "code": 400, "message": "The request was rejected by the content filter."})
                continue
            params = mk_params(rng, model, {"temperature": 0}, "low")
            exchange(W, rng, a, ts, messages=[{"role": "user", "content": p}], model=model, params=params,
                     response=rng.choice(["I can't help with that.", "I'm not able to assist with this request.",
                                          "Sorry, I can't comply with that request, but I can help with something else."]),
                     reasoning=reasoning_for(model, params, rng, p))


def multilingual_consumers(W, C, rng, n=500):
    for _ in range(n):
        lg, cc, tz = person(rng, NON_EN_MIX)
        a = W.account(rng, label("multilingual_consumer"), "multilingual_consumer", pay=W.pay_id(rng) if rng.random() < 0.75 else None,
                      created=aged_created(rng, 150), tz=tz, lang=lg, cc=cc, ips=W.net.home_ips(cc, rng, 0.8),
                      uas=browser_or_sdk(rng, 0.55))
        for _k in range(lognorm_int(rng, 9, 0.8, 1, 60)):
            ts = local_time(rng, "consumer", tz)
            r = rng.random()
            if r < 0.7:
                turns = chat_turns(rng, lg, 3)
            elif r < 0.85:
                turns = [math_turn(C, rng, lg, 0.4)]
            else:
                turns = arena_turns(C, rng, 2)
            model = choose_model(rng, ts, CHAT_W, 0.1)
            conversation(W, rng, a, ts, turns, model, mk_params(rng, model, {"temperature": 0.8}), lang=lg)


ALL = [individual_developers, consumer_apps, support_saas, coding_agent_users, batch_classification, batch_translation, ticket_summaries,
       eval_vendors, internal_eval_teams, synthetic_data_contract, universities, sbs_learners, corporate_seats, prompt_agencies,
       essay_grading, trial_users, redteam_vendors, multilingual_consumers]
