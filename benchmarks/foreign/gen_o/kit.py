"""Helpers shared by benign populations and campaigns: models over time, client parameters,
conversations, system prompts, agent trajectories, contracts and diffs."""
import math

import corpora
import lang
from common import (M_DENKER, M_FLASH, M_GOV, M_PRO, M_R1, REASONING_MODELS, RELEASE, T0, T_END, hexid, iso,
                    lognorm, parts, ts_of)


def benign(pop):
    return {"label": "benign", "population": pop}


def camp(cid, tactic, held_out):
    d = {"label": "campaign", "campaign_id": cid, "tactic": tactic}
    if held_out:
        d["held_out"] = True
    return d


def created(rng, lo, hi):
    """A sign-up instant between two dates, at a waking hour (Central European)."""
    a, b = ts_of(*lo), ts_of(*hi)
    day = a + int(rng.random() * max(1, (b - a) // 86400)) * 86400
    return day + (rng.triangular(5.5, 22.5, 13) - 1) * 3600 + rng.random() * 60


def model_at(rng, t, base, denker=0.0, tau_h=24.0, delay_h=0.0):
    """Pick a model at time t from a weighted base mix; after release (plus delay) a growing
    share (up to `denker`, time constant tau_h) moves to the new reasoning model."""
    if denker and t > RELEASE + delay_h * 3600:
        share = denker * (1 - math.exp(-(t - RELEASE - delay_h * 3600) / (tau_h * 3600)))
        if rng.random() < share:
            return M_DENKER if rng.random() < 0.85 else "heliand-4-denker-2028-01-11"
    ms = list(base)
    return rng.choices(ms, [base[m] for m in ms])[0]


def params_for(rng, style, model):
    r = model in REASONING_MODELS
    if style == "playground":
        p = {"temperature": 1.0, "top_p": 1.0, "max_tokens": rng.choice([2048, 4096]), "stream": True}
    elif style == "app":
        p = {"stream": True, "temperature": 0.7, "max_tokens": 2048}
    elif style == "sdk":
        p = rng.choice([{}, {"temperature": 0.7}, {"temperature": 0.2, "max_tokens": 1024}, {"max_tokens": 2000}, {"temperature": 1.0}])
    elif style == "json":
        p = {"temperature": 0.1, "max_tokens": 4096, "response_format": {"type": "json_object"}}
    elif style == "eval":
        p = {"temperature": 0.0, "seed": 1234, "max_tokens": 8192}
    elif style == "agent":
        p = {"temperature": 0.0, "max_tokens": 8192, "stream": True, "parallel_tool_calls": False}
    else:
        p = {}
    if r:
        p.pop("temperature", None)
        p.pop("top_p", None)
        if style != "sdk" or rng.random() < 0.6:
            p["reasoning_effort"] = rng.choice(["low", "medium", "medium", "high"]) if style != "eval" else "high"
    return p


def _englishish(text):
    t = " " + text[:400].lower() + " "
    return all(ord(c) < 128 for c in text[:400]) and sum(t.count(w) for w in (" the ", " you ", " is ", " and ", " what ", " how ")) >= 1


def think(rng, lng, text):
    if lng == "en" or rng.random() < 0.45 or _englishish(text):
        return corpora.synth_reasoning(rng, text)
    return lang.reasoning_in(rng, lng, text)


def conv(W, rng, a, t, turns, lng="en", model=M_PRO, params=None, sys=None, end_user=None, p_err=0.008,
         as_parts=False, ip=None, ua=None, key=None, gap=(45.0, 0.9), prefix=None, extra=None):
    """Emit one conversation, one exchange per user turn, history growing. turns: list of
    (user, answer[, reasoning]). Returns the time after the last turn."""
    cid = "conv_" + hexid(rng, 16)
    hist = list(prefix or [])
    if sys:
        hist.insert(0, {"role": "system", "content": sys})
    for tr in turns:
        u, ans = tr[0], tr[1]
        rs = tr[2] if len(tr) > 2 else None
        hist.append({"role": "user", "content": parts(u) if as_parts else u})
        m = model(rng, t) if callable(model) else model
        if m in REASONING_MODELS and rs is None:
            rs = think(rng, lng, u)
        st = W.emit(rng, a, t, list(hist), ans, model=m, params=params(rng, m) if callable(params) else params,
                    reasoning=rs, lang=lng, conv=cid, end_user=end_user, ip=ip, ua=ua, key=key, p_err=p_err, extra=extra)
        if st != 200:
            hist.pop()
            if rng.random() < 0.5:
                break
            t += lognorm(rng, 8, 0.6)
            continue
        hist.append({"role": "assistant", "content": ans})
        t += len(ans) / 40.0 + lognorm(rng, gap[0], gap[1])
        if t >= T_END:
            break
    return t


def arena_turns(rng, C, k=None):
    c = rng.choice(C.convs)
    return [(u, a) for u, a in c[:k or len(c)]]


def lang_turns(rng, lng, domain="chat", k=None):
    k = k or rng.choice([1, 1, 1, 2, 2, 3])
    out = [(lang.prompt(rng, lng, domain), lang.reply(rng, lng))]
    L = lang.LANGS[lng]
    for _ in range(k - 1):
        if rng.random() < 0.6:
            out.append((rng.choice(L["followup"]), lang.reply(rng, lng)))
        else:
            out.append((lang.prompt(rng, lng, domain), lang.reply(rng, lng)))
    return out


def math_turn(rng, lng, frame_kind=None, tpl=None):
    q, sol, ans, eqs = lang.math_problem(rng, lng)
    u = tpl.format(q=q) if tpl else (lang.frame(rng, lng, frame_kind, q) if frame_kind else q)
    return (u, sol, lang.math_reasoning(rng, lng, eqs, ans))


def gsm_turn(rng, C, i=None, tpl=None, rename=False, para=False, style=None):
    q, sol, fin, lines = C.gsm[rng.randrange(len(C.gsm)) if i is None else i]
    if rename:
        q, sol = corpora.rename(rng, q, sol)
    if para:
        q = corpora.paraphrase(rng, q)
    u = tpl.format(q=q) if tpl else q
    return (u, corpora.gsm_answer(rng, sol, fin, rng.randrange(3) if style is None else style),
            corpora.gsm_reasoning(rng, sol.split("\n"), fin))


def hard_turn(rng, C, cat=None, tpl=None):
    cat = cat or rng.choice(["coding", "math", "hard", "hard", "creative"])
    q = rng.choice(C.hard[cat])
    return (tpl.format(q=q) if tpl else q, corpora.synth_answer(rng, q, coding=(cat == "coding")), corpora.synth_reasoning(rng, q))


# --------------------------------------------------------------------------- system prompts
REFUSE = {"de": "Dabei kann ich leider nicht helfen.", "en": "I'm sorry, but I can't help with that.", "fr": "Désolé, je ne peux pas aider avec ça.",
          "it": "Mi dispiace, non posso aiutarti con questo.", "pl": "Przykro mi, nie mogę w tym pomóc.", "nl": "Sorry, daar kan ik niet mee helpen.",
          "cs": "Omlouvám se, s tím vám nemohu pomoci.", "uk": "На жаль, я не можу з цим допомогти."}


def abuse_turn(rng, C, lng):
    """Real traffic is not clean: a jailbreak, a system-prompt probe or a harmful request, refused."""
    x = rng.random()
    q = rng.choice(C.jailbreaks if x < 0.45 else C.dan if x < 0.55 else C.sysx if x < 0.85 else C.harmful)
    return (q, REFUSE.get(lng, REFUSE["en"]))


def n_heavy(rng, median, sigma=0.9, lo=1, hi=400):
    return max(lo, min(hi, int(round(lognorm(rng, median, sigma)))))


def today(t):
    return iso(t)[:10]


PLAUDER_SYS = ("Du bist Plauder, ein freundlicher, hilfsbereiter Assistent. Antworte in der Sprache der Nutzerin oder des Nutzers. "
               "Sei präzise, vermeide Spekulationen und gib bei medizinischen, rechtlichen oder finanziellen Fragen einen Hinweis auf Fachleute. "
               "Heutiges Datum: {d}. Modus: {mode}.")
AGENCY_SYS = ("Sie sind der digitale Bürgerassistent von {org}. Beantworten Sie Fragen zu Verwaltungsleistungen sachlich, freundlich und "
              "in einfacher Sprache. Nutzen Sie ausschließlich die folgenden Auszüge aus der Wissensdatenbank. Wenn die Antwort nicht enthalten "
              "ist, verweisen Sie an das Servicetelefon {tel}.\n\nKontext:\n{ctx}")
KB = ["[1] Anmeldung einer Wohnung: innerhalb von zwei Wochen nach Einzug, persönlich oder online mit eID. Erforderlich: Ausweis, Wohnungsgeberbestätigung.",
      "[2] Personalausweis: Gebühr 37,00 EUR (ab 24 Jahren), Bearbeitungszeit ca. 3-4 Wochen, biometrisches Foto erforderlich.",
      "[3] Wohngeld: Antrag bei der Wohngeldbehörde, Nachweise über Einkommen und Miete. Bewilligung in der Regel für 12 Monate.",
      "[4] Anwohnerparkausweis: nur für Hauptwohnsitz in der Parkzone, Gebühr 30,00 EUR pro Jahr, Fahrzeugschein erforderlich.",
      "[5] Aufenthaltstitel: Termin über das Online-Portal der Ausländerbehörde, Unterlagen: Pass, biometrisches Foto, Mietvertrag.",
      "[6] Müllabfuhr an Feiertagen: Abholung verschiebt sich um einen Werktag. Der Abfallkalender steht in der App zur Verfügung.",
      "[7] Elterngeld: Antrag frühestens nach der Geburt, spätestens innerhalb von drei Monaten rückwirkend. Bearbeitungszeit etwa 6 Wochen.",
      "[8] Gewerbeanmeldung: online über das Serviceportal, Gebühr 26,00 EUR, Bestätigung per Post."]
AGENT_SYS = ("You are {agent}, a highly skilled software engineer working in the user's repository. Use the provided tools to read "
             "and edit files and to run commands. Make minimal, focused changes, run the tests, and summarise what you changed.\n"
             "Working directory: /workspace/{repo}\nOS: Linux\nShell: bash")
LEXDOC_SYS = ("Sie sind LexDoc Analyzer, ein Assistent für die juristische Dokumentenprüfung in deutschen Kanzleien. Analysieren Sie das "
              "übergebene Dokument vollständig und antworten Sie ausschließlich mit einem JSON-Objekt gemäß Schema. Keine Erläuterungen außerhalb des JSON.")
LEXDOC_USER = "Dokument-ID: {doc}\nMandat: {m}\nPrüfauftrag: {task}\n\n--- DOKUMENT BEGINN ---\n{text}\n--- DOKUMENT ENDE ---"
LEXDOC_TASKS = ["Standardprüfung Dienstleistungsvertrag", "Standardprüfung Liefervertrag", "Klauselkontrolle AGB", "Due-Diligence Vertragsprüfung",
                "Prüfung Auftragsverarbeitungsvertrag"]

FIRM = ["Becker", "Schulte", "Hofmann", "Krüger", "Lehmann", "Brandt", "Vogel", "Kaiser", "Roth", "Seidel", "Franke", "Arnold", "Winter"]
IND = ["Maschinenbau", "Logistik", "Präzisionstechnik", "Elektrotechnik", "Kunststofftechnik", "Haustechnik", "Software", "Lebensmittel"]
CITY = ["München", "Stuttgart", "Nürnberg", "Bielefeld", "Ulm", "Kassel", "Paderborn", "Regensburg", "Chemnitz", "Osnabrück"]


def company(rng):
    return "%s %s %s" % (rng.choice(FIRM), rng.choice(IND), rng.choice(["GmbH", "GmbH & Co. KG", "AG", "KG"]))


def contract(rng):
    a, b = company(rng), company(rng)
    months = rng.choice([12, 24, 36, 48])
    fee = rng.randrange(8, 400) * 500
    cl = [("Vertragsgegenstand", "Der Auftragnehmer erbringt für den Auftraggeber %s gemäß Anlage 1. Änderungen bedürfen der Schriftform."
           % rng.choice(["Wartungs- und Instandhaltungsleistungen", "Softwareentwicklungsleistungen", "Logistikdienstleistungen",
                         "die Lieferung von Bauteilen", "Beratungsleistungen"])),
          ("Vergütung", "Die Vergütung beträgt %s EUR netto %s. Rechnungen sind innerhalb von %d Tagen ohne Abzug zahlbar."
           % (format(fee, ",").replace(",", "."), rng.choice(["pro Jahr", "pauschal", "pro Quartal"]), rng.choice([14, 30, 45, 60]))),
          ("Laufzeit und Kündigung", "Der Vertrag beginnt am %02d.%02d.2027 und läuft %d Monate. Er verlängert sich um jeweils %d Monate, wenn er nicht mit "
           "einer Frist von %d Monaten zum Ende der Laufzeit gekündigt wird." % (rng.randint(1, 28), rng.randint(1, 12), months,
                                                                               rng.choice([6, 12]), rng.choice([1, 3, 6]))),
          ("Haftung", rng.choice(["Die Haftung des Auftragnehmers ist auf den Auftragswert begrenzt, ausgenommen Vorsatz und grobe Fahrlässigkeit.",
                                  "Die Haftung für leichte Fahrlässigkeit ist ausgeschlossen, soweit keine wesentlichen Vertragspflichten verletzt werden.",
                                  "Der Auftragnehmer haftet unbeschränkt nach den gesetzlichen Vorschriften."])),
          ("Vertraulichkeit", "Die Parteien verpflichten sich, alle vertraulichen Informationen für die Dauer von %d Jahren nach Vertragsende geheim zu halten."
           % rng.choice([2, 3, 5])),
          ("Datenschutz", rng.choice(["Soweit personenbezogene Daten verarbeitet werden, schließen die Parteien einen Vertrag nach Art. 28 DSGVO.",
                                      "Eine Verarbeitung personenbezogener Daten findet nicht statt."])),
          ("Vertragsstrafe", "Bei Überschreitung der vereinbarten Termine zahlt der Auftragnehmer je Werktag %.1f %% der Auftragssumme, höchstens %d %%."
           % (rng.choice([0.1, 0.2, 0.3, 0.5]), rng.choice([5, 10]))),
          ("Gerichtsstand", "Gerichtsstand ist %s. Es gilt deutsches Recht unter Ausschluss des UN-Kaufrechts." % rng.choice(CITY))]
    k = rng.randint(5, len(cl))
    chosen = [cl[0], cl[1], cl[2]] + rng.sample(cl[3:], k - 3)
    text = "Vertrag zwischen der %s (Auftraggeber) und der %s (Auftragnehmer)\n\n" % (a, b)
    text += "\n\n".join("§ %d %s\n%s" % (i + 1, h, s) for i, (h, s) in enumerate(chosen))
    summary = {"parteien": [a, b], "vertragsart": chosen[0][1][:60], "laufzeit_monate": months, "verguetung_eur": fee,
               "klauseln": [h for h, _ in chosen], "risiken": rng.sample(["Haftungsbegrenzung", "automatische Verlängerung", "Vertragsstrafe",
                                                                        "fehlender AVV", "kurze Zahlungsfrist"], rng.randint(0, 3)),
               "ampel": rng.choice(["gruen", "gelb", "gelb", "rot"])}
    return text, summary


REPOS = ["billing-service", "shop-frontend", "erp-connector", "mes-dashboard", "iot-gateway", "kundenportal", "data-pipeline", "auth-service"]
FILES = {"py": ["src/{m}/service.py", "src/{m}/models.py", "tests/test_{m}.py", "src/{m}/api.py"],
         "ts": ["src/components/{M}.tsx", "src/api/{m}.ts", "src/hooks/use{M}.ts"], "go": ["internal/{m}/handler.go", "cmd/server/main.go"],
         "java": ["src/main/java/de/firma/{m}/{M}Service.java"]}
MODS = ["invoice", "order", "customer", "sensor", "auth", "export", "report", "shipment"]
TOOLS = [{"type": "function", "function": {"name": n, "description": d, "parameters": {"type": "object", "properties": p, "required": list(p)[:1]}}}
         for n, d, p in [("read_file", "Read a file from the workspace", {"path": {"type": "string"}}),
                         ("write_file", "Write content to a file", {"path": {"type": "string"}, "content": {"type": "string"}}),
                         ("run_command", "Run a shell command in the workspace", {"command": {"type": "string"}}),
                         ("search_code", "Search the codebase with ripgrep", {"pattern": {"type": "string"}}),
                         ("list_dir", "List a directory", {"path": {"type": "string"}})]]


def _call(rng, name, args):
    return {"id": "call_" + hexid(rng, 20), "type": "function", "function": {"name": name, "arguments": args}}


def agent_task(rng, C, lng="en"):
    m = rng.choice(MODS)
    ext = rng.choice(list(FILES))
    path = rng.choice(FILES[ext]).format(m=m, M=m.capitalize())
    if rng.random() < 0.5:
        task = rng.choice(C.hard["coding"])[:1500]
    elif lng == "de":
        task = rng.choice(["Im Modul {m} schlägt der Test für Rundungen fehl. Bitte fixen.", "Füge Paginierung zum {m}-Endpoint hinzu.",
                           "Refaktoriere {p}: die Funktion ist zu lang, bitte aufteilen und Tests ergänzen.",
                           "Warum ist der Export für {m} so langsam? Bitte analysieren und verbessern."]).format(m=m, p=path)
    else:
        task = rng.choice(["The {m} tests are failing after the last merge, please fix.", "Add pagination to the {m} endpoint.",
                           "Refactor {p}; the main function is too long. Split it and add tests.",
                           "Add input validation to {p} and return 422 on bad input."]).format(m=m, p=path)
    return task, path


def agent_steps(rng, task, path):
    """Tool-using trajectory: list of (assistant_tool_calls or final_text, tool_result or None)."""
    code = rng.choice(corpora.CODE).strip("`").split("\n", 1)[-1]
    steps = [(_call(rng, "list_dir", '{"path": "%s"}' % path.rsplit("/", 1)[0]), "\n".join(sorted({path.rsplit("/", 1)[-1], "__init__.py", "utils.py"}))),
             (_call(rng, "read_file", '{"path": "%s"}' % path), code)]
    if rng.random() < 0.5:
        steps.append((_call(rng, "search_code", '{"pattern": "def %s"}' % rng.choice(["solve", "handle", "export", "validate"])),
                      "%s:12:def handle(request):" % path))
    steps.append((_call(rng, "write_file", '{"path": "%s", "content": "..."}' % path), "ok: %d bytes written" % rng.randint(400, 4000)))
    steps.append((_call(rng, "run_command", '{"command": "%s"}' % rng.choice(["pytest -q", "npm test", "go test ./...", "mvn -q test"])),
                  rng.choice(["%d passed in %.2fs" % (rng.randint(8, 240), rng.uniform(0.5, 40)), "FAILED tests/test_x.py::test_edge - AssertionError"])))
    final = rng.choice(["I updated `%s` and the tests pass now." % path, "Done: the change is in `%s`; all tests pass." % path,
                        "Fixed. Summary of changes in `%s`:\n- split the function\n- added validation\n- added two tests" % path])
    return steps, final


def emit_agent(W, rng, a, t, C, agent, model, params, lng="en", ua=None, ip=None, p_err=0.01):
    task, path = agent_task(rng, C, lng)
    steps, final = agent_steps(rng, task, path)
    repo = rng.choice(REPOS)
    hist = [{"role": "system", "content": AGENT_SYS.format(agent=agent, repo=repo)}, {"role": "user", "content": task}]
    cid = "conv_" + hexid(rng, 16)
    for call, result in steps:
        m = model(rng, t) if callable(model) else model
        rs = corpora.synth_reasoning(rng, task, 2) if m in REASONING_MODELS else None
        st = W.emit(rng, a, t, list(hist), "", model=m, params=_with_tools(params(rng, m) if callable(params) else params), lang=lng,
                    reasoning=rs, conv=cid, ua=ua, ip=ip, p_err=p_err, extra={"tool_calls": [call], "finish_reason": "tool_calls"}, tool_tokens=420)
        if st != 200:
            return t + 5
        hist.append({"role": "assistant", "content": "", "tool_calls": [call]})
        hist.append({"role": "tool", "tool_call_id": call["id"], "content": result})
        t += lognorm(rng, 6, 0.7)
    m = model(rng, t) if callable(model) else model
    rs = corpora.synth_reasoning(rng, task, 3) if m in REASONING_MODELS else None
    W.emit(rng, a, t, list(hist), final, model=m, params=_with_tools(params(rng, m) if callable(params) else params), lang=lng,
           reasoning=rs, conv=cid, ua=ua, ip=ip, p_err=p_err, tool_tokens=420)
    return t


def _with_tools(p):
    p = dict(p or {})
    p["tools"] = TOOLS
    p["tool_choice"] = "auto"
    return p


def diff(rng):
    m = rng.choice(MODS)
    lines = ["diff --git a/src/%s/service.py b/src/%s/service.py" % (m, m), "--- a/src/%s/service.py" % m, "+++ b/src/%s/service.py" % m,
             "@@ -%d,7 +%d,9 @@ def process(items):" % (rng.randint(10, 200), rng.randint(10, 200))]
    for _ in range(rng.randint(3, 8)):
        lines.append(rng.choice(["-    total = sum(i.amount for i in items)", "+    total = sum(i.amount for i in items if i.active)",
                                 "+    if not items:", "+        return 0", "     return round(total, 2)", "-    log.debug(items)",
                                 "+    logger.info('processing %d items', len(items))", "+    cache[key] = result"]))
    return "\n".join(lines)


def window(t_lo, t_hi):
    return max(T0, t_lo), min(T_END - 60, t_hi)


__all__ = ["M_PRO", "M_FLASH", "M_R1", "M_DENKER", "M_GOV", "RELEASE"]
