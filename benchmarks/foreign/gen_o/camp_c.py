"""Campaigns c-o12..c-o17: more tactics of this generator's own (held out)."""
import json

import corpora
import lang
from common import (LANG_COUNTRY, M_DENKER, M_FLASH, M_PRO, M_R1, RELEASE, T_END, TZ_OF, Net, browser_ua, daily,
                    fixed, lognorm, person_net, rng_for, sched, sdk_ua, session_times, wchoice)
from kit import (LEXDOC_SYS, LEXDOC_TASKS, LEXDOC_USER, arena_turns, camp, company, conv, created, gsm_turn, hard_turn,
                 lang_turns, math_turn, model_at, n_heavy, params_for)
from camp_b import SDKS, _plain_item

CASES = [
    ("{A} kauft am {d} von {B} einen gebrauchten {obj} für {p} EUR. {n} Wochen nach der Übergabe zeigt sich ein Defekt an {part}. "
     "{B} beruft sich auf den Gewährleistungsausschluss in den AGB. {A} erklärt den Rücktritt und verlangt Rückzahlung.",
     "Hat {A} gegen {B} einen Anspruch auf Rückzahlung des Kaufpreises?", "§§ 437 Nr. 2, 323, 346 BGB", (3000, 60000, 100)),
    ("{A} mietet seit {y} eine Wohnung von {B} zu einer Kaltmiete von {p} EUR. Im Januar fällt die Heizung für {n} Tage aus. "
     "{A} mindert die Miete um {r} %. {B} kündigt daraufhin wegen Zahlungsverzugs.",
     "Ist die Kündigung wirksam, und in welcher Höhe war die Minderung berechtigt?", "§§ 536, 543 Abs. 2 Nr. 3 BGB", (550, 2400, 10)),
    ("{A} ist seit {y} bei der {B} beschäftigt, Bruttogehalt {p} EUR. Nach {n} Verspätungen erhält {A} ohne vorherige Abmahnung "
     "die ordentliche Kündigung.", "Ist die Kündigung sozial gerechtfertigt? Wie lang ist die Kündigungsfrist?", "§ 1 KSchG, § 622 BGB",
     (2800, 7800, 50)),
    ("{B} soll für {A} bis zum {d} eine Lagerhalle für {p} EUR errichten. Die Arbeiten werden {n} Wochen zu spät und mit Mängeln "
     "fertig. Vereinbart ist eine Vertragsstrafe von {r} % der Auftragssumme pro Woche, höchstens 5 %.",
     "Welche Ansprüche hat {A}, und wie hoch ist die Vertragsstrafe?", "§§ 634, 339 BGB", (40000, 900000, 1000)),
    ("{A} rutscht am {d} vor dem Geschäft der {B} auf nicht geräumtem Eis aus und bricht sich das Handgelenk. Behandlungskosten "
     "{p} EUR, Verdienstausfall {n} Wochen.", "Hat {A} Ansprüche auf Schadensersatz und Schmerzensgeld gegen {B}?", "§§ 823 Abs. 1, 253 BGB",
     (400, 9000, 10))]
PEOPLE = ["Herr Keller", "Frau Demir", "Herr Nowak", "Frau Schäfer", "Herr Lindner", "Frau Yıldız", "Herr Wagner", "Frau Petrović"]
OBJ = [("Transporter", "der Kupplung"), ("Gabelstapler", "der Hydraulik"), ("Server", "dem Netzteil"), ("Kühlanlage", "dem Kompressor")]


def _case(rng):
    sv, q, norm, (lo, hi, step) = rng.choice(CASES)
    obj, part = rng.choice(OBJ)
    f = dict(A=rng.choice(PEOPLE), B=company(rng), d="%02d.%02d.2027" % (rng.randint(1, 28), rng.randint(1, 12)), obj=obj, part=part,
             p=format(rng.randrange(lo, hi, step), ",").replace(",", "."), n=rng.randint(2, 12), r=rng.choice([10, 20, 25, 50]), y=rng.randint(2009, 2024))
    return sv.format(**f), q.format(**f), norm, f


def legaltech_client_mimic(W, C, seed, n=26):
    """c-o12: copies the legal-tech product's exact client: user agent, parameters, system prompt,
    document wrapper, task names, evening batch schedule, invoice billing through shell law firms.
    The 'documents' are exam-style case files with calculation annexes, sent to the new long-context
    reasoning model: German legal reasoning traces come back."""
    cid, tac = "c-o12", "legaltech_client_mimic"
    rng = rng_for(seed, "camp", cid)
    L = W.shared["lexdoc"]
    shells = [(W.org(), W.invoice(), fixed(rng, "biz_dsl")) for _ in range(4)]
    for i in range(n):
        org, pay, office = shells[i % 4]
        cloud = rng.random() < 0.5
        a = W.account(camp(cid, tac, True), created(rng, (2027, 6, 1), (2027, 11, 1)), Net([L["cloud"] if cloud else office]),
                      L["cloud_ua"] if cloud else L["ua"], org=org, pay=pay)
        sch = sched("evening_batch" if cloud else "office", "weekday", 1)
        for t in session_times(rng, sch, n_heavy(rng, 190, 0.3, 60, 400), burst=(5, 25), gap_med=9 if cloud else 45, gap_sigma=0.5):
            sv, q, norm, f = _case(rng)
            mq, msol, mans, meqs = lang.math_problem(rng, "de")
            text = "Aktenvermerk\n\nSachverhalt:\n%s\n\nFrage des Mandanten: %s\n\nAnlage 1 (Berechnung): %s" % (sv, q, mq)
            u = LEXDOC_USER.format(doc="LD-%06d" % rng.randint(1, 999999), m="%d/%02d" % (rng.randint(100, 999), rng.randint(24, 28)),
                                   task=rng.choice(LEXDOC_TASKS), text=text)
            out = {"parteien": [f["A"], f["B"]], "anspruchsgrundlagen": [norm],
                   "pruefung": [{"schritt": s, "ergebnis": lang.reply(rng, "de", 1)} for s in ("Anspruch entstanden", "Einwendungen", "Durchsetzbarkeit")],
                   "berechnung": msol.split("\n"), "ergebnis": lang.reply(rng, "de", 1), "ampel": rng.choice(["gelb", "rot"])}
            m = M_R1 if t < RELEASE else (M_DENKER if rng.random() < 0.9 else M_PRO)
            p = dict(L["params"], reasoning_effort="high") if m != M_PRO else L["params"]
            rs = lang.reasoning_in(rng, "de", sv) + " " + lang.math_reasoning(rng, "de", meqs, mans) if m != M_PRO else None
            W.emit(rng, a, t, [{"role": "system", "content": LEXDOC_SYS}, {"role": "user", "content": u}],
                   json.dumps(out, ensure_ascii=False), model=m, params=p, reasoning=rs, lang="de", p_err=0.015)


CELLS = [  # lang, cards, card kind, nets, client, created window, pivot delay (h), GSM8K block
    ("cs", 4, "card", [("daily", "o2_cz", 0.6), ("fixed", "hetzner", 0.4)], "go", ((2027, 8, 1), (2027, 10, 1)), 2, (0, 1500)),
    ("uk", 6, "card", [("nat", "kyivstar_mobile", 0.7), ("fixed", "ovh", 0.3)], "openai_js", ((2027, 10, 15), (2027, 12, 1)), 8, (1500, 3000)),
    ("nl", 3, "sepa", [("daily", "ziggo", 0.6), ("fixed", "digitalocean", 0.4)], "httpx", ((2027, 5, 1), (2027, 7, 1)), 20, (5000, 6200)),
    ("pl", 36, "card", [("nat", "play_mobile", 0.6), ("fixed", "scaleway", 0.4)], "okhttp", ((2027, 11, 20), (2027, 12, 28)), 30, (6200, 7473))]


def cell_split_lowres(W, C, seed, per_cell=36):
    """c-o13: one operator in four cells that share nothing a linker reads (cards, networks, clients,
    sign-up windows, pivot times, language) and harvest in Czech, Ukrainian, Dutch and Polish with
    in-language reasoning requests; each cell sweeps its own block of GSM8K."""
    cid, tac = "c-o13", "cell_split_lowres"
    rng = rng_for(seed, "camp", cid)
    for lng, n_cards, kind, nets, client, win, delay, (b0, b1) in CELLS:
        pays = [W.card() if kind == "card" else W.sepa() for _ in range(n_cards)]
        block = list(range(b0, b1))
        rng.shuffle(block)
        k = 0
        cot = lang.LANGS[lng]["cot"]
        for i in range(per_cell):
            parts = []
            for kind_n, net, wt in nets:
                if kind_n == "daily":
                    parts.append((wt,) + daily(rng, net)[1:])
                elif kind_n == "fixed":
                    parts.append((wt,) + fixed(rng, net)[1:])
                else:
                    parts.append((wt, "nat", net))
            a = W.account(camp(cid, tac, True), created(rng, *win), Net(parts), sdk_ua(rng, client), pay=pays[i % n_cards])
            off = 2 if lng == "uk" else 1
            for t in session_times(rng, sched("evening", "all", off), n_heavy(rng, 62, 0.3, 20, 150), burst=(3, 10), gap_med=40):
                x = rng.random()
                tpl = rng.choice(cot)
                if x < 0.5:
                    tr = math_turn(rng, lng, tpl=tpl)
                elif x < 0.85 and k < len(block):
                    tr = gsm_turn(rng, C, block[k], tpl=tpl)
                    k += 1
                else:
                    tr = (tpl.format(q=lang.prompt(rng, lng, "study")), lang.numbered_reply(rng, lng), None)
                m = M_R1 if t < RELEASE + delay * 3600 else model_at(rng, t, {M_R1: 1}, denker=0.95, tau_h=4, delay_h=delay)
                conv(W, rng, a, t, [tr], lng, model=m, params=params_for(rng, "sdk", m), p_err=0.015)


FIELDSETS = [("analysis", "steps", "final_answer"), ("rozbor", "kroky", "vysledek"), ("begruendung", "schritte", "ergebnis"),
             ("notes", "derivation", "result"), ("context", "work", "answer"), ("overview", "reasoning_chain", "conclusion")]


def _schema(fs):
    return {"type": "json_schema", "json_schema": {"name": "solution", "strict": True, "schema": {
        "type": "object", "additionalProperties": False, "required": list(fs),
        "properties": {fs[0]: {"type": "string"}, fs[1]: {"type": "array", "items": {"type": "string"}}, fs[2]: {"type": "string"}}}}}


def schema_smuggled_cot(W, C, seed, n=64):
    """c-o14: the prompt is only the problem; the reasoning is demanded by the structured-output
    schema (a string field, an array of steps, a final field), with field names that vary by account.
    Mostly on the non-reasoning model, which must write its reasoning into the answer."""
    cid, tac = "c-o14", "schema_smuggled_cot"
    rng = rng_for(seed, "camp", cid)
    cards = [W.card() for _ in range(16)]
    for i in range(n):
        fs = FIELDSETS[i % len(FIELDSETS)]
        lng = {"rozbor": "cs", "begruendung": "de"}.get(fs[0], "en")
        a = W.account(camp(cid, tac, True), created(rng, (2027, 3, 1), (2027, 12, 1)),
                      Net([fixed(rng, rng.choice(["aws_fra", "azure_gwc"]))]), sdk_ua(rng, "heliand_py"), pay=cards[i % 16])
        sysm = rng.choice([None, "Return JSON only.", "Antworte nur mit JSON."])
        for t in session_times(rng, sched("flat", "all", 1), n_heavy(rng, 100, 0.3, 40, 220), burst=(3, 12), gap_med=20):
            q, ans, rs = _plain_item(rng, C, lng)
            steps = [s for s in ans.split("\n") if s.strip()][:12]
            out = json.dumps({fs[0]: corpora.synth_reasoning(rng, q, 3) if rng.random() < 0.5 else (rs or ""), fs[1]: steps,
                              fs[2]: steps[-1] if steps else ""}, ensure_ascii=False)
            m = M_PRO if t < RELEASE or rng.random() < 0.6 else M_DENKER
            msgs = ([{"role": "system", "content": sysm}] if sysm else []) + [{"role": "user", "content": q}]
            p = {"response_format": _schema(fs), "max_tokens": 6000}
            if m == M_PRO:
                p["temperature"] = 0.2
            W.emit(rng, a, t, msgs, out, model=m, params=p, reasoning=rs if m != M_PRO else None, lang=lng, p_err=0.015)


def multiturn_drip(W, C, seed, n=80):
    """c-o15: the first turn is a plain problem; the reasoning is asked for only in follow-ups
    ('how did you get there?', 'check it again'), in a playground client, on the non-reasoning
    model; one conversation in five is chit-chat."""
    cid, tac = "c-o15", "multiturn_drip"
    rng = rng_for(seed, "camp", cid)
    for i in range(n):
        lng = rng.choice(["en", "en", "de", "nl"])
        country = rng.choice(LANG_COUNTRY[lng][:2])
        a = W.account(camp(cid, tac, True), created(rng, (2026, 6, 1), (2027, 10, 1)), person_net(rng, country, mobile=0.3), browser_ua(rng))
        L = lang.LANGS[lng]
        for t in session_times(rng, sched("evening", "all", 1), n_heavy(rng, 24, 0.35, 8, 60), burst=(1, 4), gap_med=200):
            if rng.random() < 0.2:
                turns = arena_turns(rng, C, 2) if lng == "en" else lang_turns(rng, lng, "chat", 2)
            else:
                q, ans, rs = _plain_item(rng, C, lng)
                short = ans.strip().split("\n")[-1]
                turns = [(q, short), (rng.choice(L["followup"]), ans)]
                if rng.random() < 0.5:
                    turns.append((rng.choice(L["followup"]), (rs or corpora.synth_reasoning(rng, q)) + "\n\n" + short))
            conv(W, rng, a, t, turns, lng, model=lambda r, tt: M_PRO if r.random() < 0.85 else M_FLASH,
                 params=lambda r, m: params_for(r, "playground", m), gap=(25, 0.6))


def cover_traffic_blend(W, C, seed, n=110):
    """c-o16: accounts that look like hobbyists: seven conversations in ten are replayed real Arena
    chats or everyday in-language requests; the other three are plain harvesting on the reasoning models."""
    cid, tac = "c-o16", "cover_traffic_blend"
    rng = rng_for(seed, "camp", cid)
    for i in range(n):
        lng = wchoice(rng, ["de", "en", "pl", "nl", "fr"], [40, 35, 10, 10, 5])
        country = rng.choice(LANG_COUNTRY[lng])
        play = rng.random() < 0.6
        ua = browser_ua(rng) if play else sdk_ua(rng, rng.choice(SDKS))
        a = W.account(camp(cid, tac, True), created(rng, (2025, 3, 1), (2027, 9, 1)), person_net(rng, country, mobile=0.35), ua)
        for t in session_times(rng, sched("evening", "weekend_heavy", TZ_OF.get(country, 1)), n_heavy(rng, 48, 0.35, 16, 120),
                               burst=(1, 5), gap_med=90):
            if rng.random() < 0.7:
                turns = arena_turns(rng, C, rng.randint(1, 3)) if lng == "en" or rng.random() < 0.3 else lang_turns(rng, lng, "chat")
                conv(W, rng, a, t, turns, lng, model=lambda r, tt: model_at(r, tt, {M_PRO: 5, M_FLASH: 5}, denker=0.2),
                     params=lambda r, m: params_for(r, "playground" if play else "sdk", m))
            else:
                tr = _plain_item(rng, C, lng if rng.random() < 0.5 else "en")
                m = M_R1 if t < RELEASE else M_DENKER
                conv(W, rng, a, t, [tr], lng, model=m, params=params_for(rng, "playground" if play else "sdk", m))


EVAL_LIKE = ["Question: {q}\nAnswer: Let's think step by step.", "{q}", "Q: {q}\nA:"]


def eval_contractor_cover(W, C, seed, n=9):
    """c-o17: poses as an evaluation contractor: starts an lm-eval-style sweep an hour after the release
    like the real ones, but samples n=4..8 completions at temperature 1 and keeps sweeping all week
    (GSM8K, Arena-Hard, Self-Instruct), with a contractor-like organisation, invoice and cloud hosts."""
    cid, tac = "c-o17", "eval_contractor_cover"
    rng = rng_for(seed, "camp", cid)
    org, pay = W.org(), W.invoice()
    net = Net([fixed(rng, "gcp_fra", 3)])
    for i in range(n):
        a = W.account(camp(cid, tac, True), created(rng, (2027, 4, 1), (2027, 9, 1)), net, sdk_ua(rng, rng.choice(["openai_py", "httpx"])),
                      org=org, pay=pay)
        fmt = rng.choice(EVAL_LIKE)
        t = RELEASE + (1 + i * 0.2) * 3600
        while t < T_END - 600:
            x = rng.random()
            if x < 0.55:
                tr = gsm_turn(rng, C, tpl=fmt, style=0)
            elif x < 0.85:
                tr = hard_turn(rng, C)
            else:
                s = rng.choice(C.seeds)
                tr = ((s[0] + ("\n\n" + s[1] if s[1] else "")), s[2] or corpora.synth_answer(rng, s[0]), None)
            k = rng.choice([4, 4, 8, 8, 6])
            m = M_DENKER if rng.random() < 0.8 else M_R1
            W.emit(rng, a, t, [{"role": "user", "content": tr[0]}], tr[1], model=m,
                   params={"n": k, "temperature": 1.0, "top_p": 0.95, "seed": rng.randint(1, 10 ** 6), "max_tokens": 8192,
                           "reasoning_effort": "high"}, reasoning=tr[2] or corpora.synth_reasoning(rng, tr[0]), out_mult=k, p_err=0.03)
            t += lognorm(rng, 110, 0.8) if rng.random() < 0.94 else lognorm(rng, 5400, 0.6)


ALL = [legaltech_client_mimic, cell_split_lowres, schema_smuggled_cot, multiturn_drip, cover_traffic_blend, eval_contractor_cover]
