"""In-language text grammars (this file: machinery, English, German; lang_eu.py: the others).

Every language carries the same keys, so populations can ask for e.g. a chat prompt, a
worked math problem with its solution, a student framing or a response in any language."""
from lang_eu import EU

EN = dict(
    cur="$", names=["Emma", "Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "George", "Mia", "Leo"],
    cities=["Manchester", "Dublin", "Brussels", "Edinburgh", "Bristol", "Leeds", "Amsterdam", "Berlin"],
    items=["notebooks", "tickets", "mugs", "plant pots", "pens", "sandwiches"],
    math={
        "change": "{name} buys {a} {item} at {p} {cur} each and pays with a {b} {cur} note. How much change does {name} get?",
        "travel": "A coach travels {d} km at an average speed of {v} km/h and stops for a {r}-minute break on the way. How many minutes does the trip take in total?",
        "discount": "A winter coat costs {P} {cur}. In the January sale it is reduced by {r}%. What does the coat cost now?",
        "savings": "{name} saves {s} {cur} every week. After {w} weeks, {name} buys a bike for {c} {cur}. How much money is left?",
        "fence": "A rectangular garden is {l} m long and {wd} m wide. Fencing costs {f} {cur} per metre. How much does it cost to fence the whole garden?",
        "recipe": "A recipe for {p} people needs {g} g of flour. How much flour is needed for {q} people?",
        "ages": "{name} is {d} years older than {name2}. Together they are {S} years old. How old is {name2}?",
        "pages": "{name} reads a book with {N} pages. For the first {k} days {name} reads {r} pages a day, after that {r2} pages a day. After how many days is the book finished?",
    },
    W=dict(step="Step", answer="Answer", min="min", days="days"),
    chat=["Can you suggest a {dish} recipe for {n} people?", "What are some fun things to do in {city} this weekend?",
          "Write a short birthday message for my colleague {name}.", "Explain {concept} like I'm twelve.",
          "Help me write a polite email to my landlord about {issue}.", "What's the difference between {concept} and {concept2}?",
          "Give me a 3-day itinerary for {city} on a budget.", "My {device} keeps {problem}. What can I do?",
          "Can you summarise the pros and cons of {topic}?", "Write a haiku about {topic}."],
    work=["Draft a short project update for the steering committee about {project}.", "Summarise these meeting notes into action items:\n\n{notes}",
          "Rewrite this paragraph in a more formal tone:\n\n{notes}", "Create an agenda for a 45-minute workshop on {topic}.",
          "Write a job ad for a {role} in our {city} office."],
    study=["Can you explain {concept} with an example?", "What are the main arguments for and against {topic}? I need it for an essay.",
           "How do I cite a website in APA style?", "Give me five exam questions on {concept} with answers.",
           "I don't understand {concept} at all, can you help?"],
    gov=["How do I register my new address in {city}?", "What documents do I need to renew my passport?",
         "Can I apply for housing benefit if I'm a student?", "When is the waste collection in {city} over the holidays?",
         "How do I apply for a parking permit for residents?"],
    slots=dict(dish=["vegetarian lasagne", "lentil soup", "banana bread", "chicken curry", "shakshuka"],
               concept=["inflation", "photosynthesis", "the blockchain", "compound interest", "entropy", "a neural network",
                        "supply and demand", "the greenhouse effect", "recursion", "the Krebs cycle"],
               issue=["a broken heater", "the deposit", "mould in the bathroom", "noise from the neighbours"],
               device=["laptop", "phone", "router", "printer"], problem=["freezing", "losing Wi-Fi", "overheating", "restarting"],
               topic=["remote work", "electric cars", "nuclear power", "social media", "the four-day week", "winter", "coffee"],
               project=["the CRM migration", "the new website", "the supplier audit"], role=["data analyst", "UX designer", "backend developer"],
               notes=["We discussed the budget for Q1. Anna will contact the supplier. The launch moves to March. Tom raised concerns about testing capacity."]),
    ropen=["Sure! ", "Here's a suggestion: ", "Good question. ", "", "Of course. "],
    rbody=["Start with the most important point and keep the rest brief.", "It depends a bit on your situation, but generally this works well.",
           "Here are a few options you could consider.", "Make sure to check the official website for the latest details.",
           "If anything is unclear, feel free to ask a follow-up question.", "A simple first step is to write down what you already know."],
    rclose=["I hope this helps!", "Let me know if you want more detail.", "", "Good luck!"],
    cot=["{q}\n\nWrite out the internal reasoning behind this answer step by step, showing every intermediate thought.",
         "Think step by step and show your full chain of thought before giving the final answer.\n\n{q}",
         "{q}\n\nLet's think step by step. Explain every step of your reasoning in detail.",
         "Solve the following problem. First write your complete reasoning process, then the answer.\n\nProblem: {q}",
         "{q}\nShow all of your thinking, including any dead ends, then state the final answer on its own line."],
    student=["hey, my homework says: {q} i got a different answer than my friend, what's right?",
             "Can you help me with this? {q}", "{q} (this is for my maths class, I'm stuck)", "quick q for my assignment: {q}"],
    ask=["{q}", "{q}", "I have a question: {q}", "{q} Thanks!", "Could you answer this: {q}"],
    followup=["Can you double-check that?", "How did you get there?", "Why is that?", "Can you walk me through it?",
              "Are you sure? Please go over it again.", "What would change if the numbers were doubled?"],
    think=dict(open=["Okay, let me work through this.", "Let's see what is being asked.", "Alright, I'll compute this carefully."],
               step=["First, {e}.", "Then {e}.", "Next, {e}.", "So {e}."], check=["Let me double-check.", "That looks right."],
               end=["So the answer is {x}."]),
    tr=["Translate the following text into {tgt}:\n\n{text}", "Please translate into {tgt}, keep the formatting:\n\n{text}"],
    lname=dict(de="German", en="English", fr="French", it="Italian", pl="Polish", nl="Dutch", cs="Czech", uk="Ukrainian"),
)

DE = dict(
    cur="€", names=["Lukas", "Anna", "Felix", "Marie", "Jonas", "Lea", "Paul", "Emilia", "Ben", "Sophie", "Moritz", "Clara"],
    cities=["München", "Hamburg", "Köln", "Leipzig", "Stuttgart", "Wien", "Zürich", "Dresden", "Freiburg", "Bremen"],
    items=["Hefte", "Brötchen", "Kugelschreiber", "Eintrittskarten", "Blumentöpfe", "Tassen"],
    math={
        "change": "{name} kauft {a} {item} zu je {p} {cur} und bezahlt mit einem {b}-{cur}-Schein. Wie viel Wechselgeld bekommt {name} zurück?",
        "travel": "Ein Reisebus fährt {d} km mit einer Durchschnittsgeschwindigkeit von {v} km/h und macht unterwegs {r} Minuten Pause. Wie viele Minuten dauert die Fahrt insgesamt?",
        "discount": "Eine Winterjacke kostet {P} {cur}. Im Schlussverkauf wird sie um {r} % reduziert. Wie viel kostet die Jacke jetzt?",
        "savings": "{name} spart jede Woche {s} {cur}. Nach {w} Wochen kauft {name} ein Fahrrad für {c} {cur}. Wie viel Geld bleibt übrig?",
        "fence": "Ein rechteckiger Garten ist {l} m lang und {wd} m breit. Ein Meter Zaun kostet {f} {cur}. Was kostet es, den ganzen Garten einzuzäunen?",
        "recipe": "Für ein Rezept für {p} Personen braucht man {g} g Mehl. Wie viel Mehl braucht man für {q} Personen?",
        "ages": "{name} ist {d} Jahre älter als {name2}. Zusammen sind beide {S} Jahre alt. Wie alt ist {name2}?",
        "pages": "{name} liest ein Buch mit {N} Seiten. In den ersten {k} Tagen liest {name} jeweils {r} Seiten, danach {r2} Seiten pro Tag. Nach wie vielen Tagen ist das Buch ausgelesen?",
    },
    W=dict(step="Schritt", answer="Antwort", min="min", days="Tage"),
    chat=["Kannst du mir ein Rezept für {dish} für {n} Personen vorschlagen?", "Was kann man am Wochenende in {city} unternehmen?",
          "Schreib mir eine kurze Geburtstagsnachricht für meine Kollegin {name}.", "Erklär mir {concept} so, dass es ein Kind versteht.",
          "Hilf mir bitte, eine höfliche E-Mail an meinen Vermieter wegen {issue} zu schreiben.",
          "Plane mir drei günstige Tage in {city}.",
          "Mein {device} {problem}. Was kann ich tun?", "Was sind die Vor- und Nachteile von {topic}?", "Schreib ein kurzes Gedicht über den Winter.",
          "Wie formuliere ich eine Kündigung für mein Fitnessstudio?", "Was schenke ich meinem Vater zum 60. Geburtstag?"],
    work=["Formuliere ein kurzes Projekt-Update für den Lenkungskreis zum Thema {project}.",
          "Fasse diese Besprechungsnotizen als Aufgabenliste zusammen:\n\n{notes}", "Formuliere diesen Absatz etwas förmlicher:\n\n{notes}",
          "Erstelle eine Agenda für einen 45-minütigen Workshop zu {topic}.", "Schreib eine Stellenanzeige für eine*n {role} an unserem Standort {city}.",
          "Wie erkläre ich meinem Team die neue Reisekostenrichtlinie möglichst kurz?"],
    study=["Kannst du mir {concept} an einem Beispiel erklären?", "Pro und Contra zu {topic}? Ich brauche das für eine Hausarbeit.",
           "Wie zitiere ich eine Internetquelle richtig?", "Stell mir fünf Klausurfragen mit Lösungen. Thema: {concept}.",
           "Ich verstehe {concept} überhaupt nicht, kannst du helfen?", "Wie gliedere ich eine Bachelorarbeit in {subject}?"],
    gov=["Wie melde ich meinen neuen Wohnsitz in {city} an?", "Welche Unterlagen brauche ich für einen neuen Personalausweis?",
         "Habe ich als Student Anspruch auf Wohngeld?", "Wann wird in {city} über die Feiertage der Müll abgeholt?",
         "Wie beantrage ich einen Anwohnerparkausweis?", "Wo kann ich einen Termin beim Bürgeramt buchen?",
         "Was kostet eine Meldebescheinigung?", "Wie lange dauert die Bearbeitung eines Elterngeldantrags?",
         "Ich habe einen Bescheid bekommen und verstehe ihn nicht. Was bedeutet 'Widerspruchsfrist'?"],
    staff=["Formuliere einen Vermerk zur Vorlage an die Amtsleitung zum Thema {project}.",
           "Fasse die wesentlichen Punkte dieses Schreibens in drei Sätzen zusammen:\n\n{notes}",
           "Schreib eine Antwort an eine Bürgerin, die sich über lange Wartezeiten beim Bürgeramt beschwert.",
           "Erstelle eine Gliederung für eine Kabinettsvorlage zu {topic}.", "Übersetze diese Pressemitteilung in leichte Sprache:\n\n{notes}",
           "Welche Punkte muss eine Datenschutz-Folgenabschätzung für {project} enthalten?"],
    tax=["Ein Mandant fragt, ob er sein häusliches Arbeitszimmer 2027 absetzen kann, wenn er drei Tage pro Woche im Homeoffice ist. Bitte kurze Einschätzung.",
         "Erkläre die Voraussetzungen der Kleinunternehmerregelung nach § 19 UStG nach der Reform.",
         "Formuliere ein Anschreiben an einen Mandanten, der Unterlagen für die Einkommensteuererklärung nachreichen soll.",
         "Wie werden Kryptowährungsgewinne bei Privatpersonen besteuert?", "Welche Fristen gelten für die Aufbewahrung von Eingangsrechnungen?",
         "Prüfe, ob bei einer GmbH-Geschäftsführerin mit {n} % Beteiligung Sozialversicherungspflicht besteht."],
    legal=["Fasse die Rechtsprechung zur Schönheitsreparaturklausel im Mietvertrag kurz zusammen.",
           "Welche Kündigungsfrist gilt für einen Arbeitnehmer nach {n} Jahren Betriebszugehörigkeit?",
           "Entwirf eine Abmahnung wegen wiederholter Verspätung.", "Ist eine Vertragsstrafe von {n} % der Auftragssumme in AGB wirksam?",
           "Was muss ein Auftragsverarbeitungsvertrag nach Art. 28 DSGVO enthalten?"],
    mittel=["Schreib ein Angebot für {n} Stück Edelstahl-Flansche DN50 an einen Bestandskunden.",
            "Formuliere eine Antwort auf eine Reklamation wegen verspäteter Lieferung.",
            "Erstelle eine Checkliste für die Wartung unserer CNC-Fräsen.", "Übersetze diese Produktbeschreibung ins Englische:\n\n{notes}",
            "Wie kann ich in Excel doppelte Artikelnummern finden?", "Schreib einen LinkedIn-Post zu unserem 50-jährigen Firmenjubiläum.",
            "Fasse die Änderungen der neuen Maschinenverordnung für uns als Hersteller zusammen."],
    slots=dict(dish=["Gemüselasagne", "Linsensuppe", "Bananenbrot", "Käsespätzle", "Flammkuchen"],
               concept=["Inflation", "Photosynthese", "die Blockchain", "Zinseszins", "Entropie", "ein neuronales Netz",
                        "Angebot und Nachfrage", "den Treibhauseffekt", "Rekursion", "den Citratzyklus"],
               issue=["der kaputten Heizung", "der Kaution", "Schimmel im Bad", "Lärm der Nachbarn"],
               device=["Laptop", "Handy", "Router", "Drucker"], problem=["stürzt ständig ab", "verliert das WLAN", "wird sehr heiß", "startet neu"],
               topic=["Homeoffice", "Elektroautos", "Atomkraft", "sozialen Medien", "der Vier-Tage-Woche", "KI in der Verwaltung", "Digitalisierung der Verwaltung"],
               project=["die Einführung der E-Akte", "die neue Website", "die Lieferantenprüfung", "das Onlinezugangsgesetz"],
               role=["Sachbearbeiter", "Data Analyst", "Softwareentwickler"], subject=["BWL", "Informatik", "Soziologie", "Maschinenbau"],
               notes=["Wir haben das Budget für Q1 besprochen. Frau Weber kontaktiert den Lieferanten. Der Start verschiebt sich auf März. "
                      "Herr Yilmaz sieht Engpässe beim Testen."]),
    ropen=["Gern! ", "Hier ist ein Vorschlag: ", "Gute Frage. ", "", "Natürlich. "],
    rbody=["Am besten beginnen Sie mit dem wichtigsten Punkt und halten den Rest kurz.",
           "Das hängt etwas von Ihrer Situation ab, aber in der Regel funktioniert Folgendes gut.",
           "Hier sind einige Möglichkeiten, die Sie in Betracht ziehen können.",
           "Prüfen Sie bitte die aktuellen Angaben auf der offiziellen Website.",
           "Wenn etwas unklar ist, fragen Sie gern nach.", "Ein einfacher erster Schritt ist, alle bekannten Informationen zu notieren.",
           "Beachten Sie die geltenden Fristen, damit keine Nachteile entstehen."],
    rclose=["Ich hoffe, das hilft!", "Soll ich etwas davon genauer ausführen?", "", "Viel Erfolg!"],
    cot=["{q}\n\nErkläre deinen gesamten Denkprozess Schritt für Schritt, bevor du die Antwort gibst.",
         "Denke Schritt für Schritt nach und schreibe jeden Zwischenschritt deiner Überlegung auf.\n\n{q}",
         "Löse die folgende Aufgabe. Lege zuerst deine vollständige Argumentation dar, dann das Ergebnis.\n\n{q}"],
    student=["hey, in meinen hausaufgaben steht: {q} ich komm nicht drauf, kannst du helfen?", "Kannst du mir hierbei helfen? {q}",
             "{q} (Mathe-Hausaufgabe, ich hänge fest)", "kurze frage zu meiner übung: {q}", "Wir schreiben morgen eine Klausur. {q}"],
    ask=["{q}", "{q}", "Ich habe eine Frage: {q}", "{q} Danke!", "Können Sie mir das beantworten: {q}"],
    followup=["Kannst du das nochmal prüfen?", "Wie kommst du darauf?", "Warum ist das so?", "Kannst du mir das genauer erklären?",
              "Bist du sicher? Geh es bitte nochmal durch.", "Was ändert sich, wenn sich die Zahlen verdoppeln?"],
    think=dict(open=["Okay, ich rechne das durch.", "Schauen wir, was gefragt ist.", "Gut, ich gehe das sorgfältig an."],
               step=["Zuerst: {e}.", "Dann: {e}.", "Als Nächstes: {e}.", "Also {e}."], check=["Kurz prüfen.", "Das passt."],
               end=["Also ist die Antwort {x}."]),
    tr=["Übersetze den folgenden Text ins {tgt}:\n\n{text}", "Bitte ins {tgt} übersetzen, Formatierung beibehalten:\n\n{text}"],
    lname=dict(de="Deutsche", en="Englische", fr="Französische", it="Italienische", pl="Polnische", nl="Niederländische",
               cs="Tschechische", uk="Ukrainische"),
)

LANGS = dict(EU)
LANGS["en"] = EN
LANGS["de"] = DE


# --------------------------------------------------------------------------- math problems
def _math_numbers(rng, schema):
    if schema == "change":
        a, p = rng.randint(2, 9), rng.randint(2, 15)
        b = next(x for x in (10, 20, 50, 100, 200) if x > a * p)
        return dict(a=a, p=p, b=b), [("%d × %d" % (a, p), a * p), ("%d − %d" % (b, a * p), b - a * p)], b - a * p
    if schema == "travel":
        v = rng.choice([40, 50, 60, 75, 80, 90, 100, 120]); h = rng.randint(2, 5); r = rng.choice([15, 20, 25, 30, 45])
        d = v * h
        return dict(d=d, v=v, r=r), [("%d / %d" % (d, v), h), ("%d × 60" % h, h * 60), ("%d + %d" % (h * 60, r), h * 60 + r)], h * 60 + r
    if schema == "discount":
        P = 20 * rng.randint(2, 20); r = rng.choice([10, 15, 20, 25, 30, 40, 50])
        D = P * r // 100
        return dict(P=P, r=r), [("%d × %d / 100" % (P, r), D), ("%d − %d" % (P, D), P - D)], P - D
    if schema == "savings":
        s, wk = rng.randint(5, 40), rng.randint(5, 20); c = rng.randint(1, s * wk - 1)
        return dict(s=s, w=wk, c=c), [("%d × %d" % (s, wk), s * wk), ("%d − %d" % (s * wk, c), s * wk - c)], s * wk - c
    if schema == "fence":
        l, wd, f = rng.randint(5, 40), rng.randint(4, 30), rng.randint(3, 25)
        per = 2 * (l + wd)
        return dict(l=l, wd=wd, f=f), [("2 × (%d + %d)" % (l, wd), per), ("%d × %d" % (per, f), per * f)], per * f
    if schema == "recipe":
        p = rng.choice([2, 3, 4]); u = rng.randint(4, 30) * 5; q = rng.randint(5, 12)
        return dict(p=p, g=p * u, q=q), [("%d / %d" % (p * u, p), u), ("%d × %d" % (u, q), u * q)], u * q
    if schema == "ages":
        B, d = rng.randint(6, 40), rng.randint(2, 15)
        S = 2 * B + d
        return dict(d=d, S=S), [("%d − %d" % (S, d), S - d), ("%d / 2" % (S - d), B)], B
    r = rng.choice([10, 20, 30, 40]); k, m = rng.randint(5, 10), rng.randint(3, 12)
    N = r * k + 2 * r * m
    return (dict(N=N, k=k, r=r, r2=2 * r),
            [("%d × %d" % (r, k), r * k), ("%d − %d" % (N, r * k), N - r * k), ("%d / %d" % (N - r * k, 2 * r), m), ("%d + %d" % (k, m), k + m)],
            k + m)


SCHEMAS = ["change", "travel", "discount", "savings", "fence", "recipe", "ages", "pages"]


def math_problem(rng, lang, schema=None):
    """A fresh word problem in `lang`: (question, worked solution, final answer, step equations)."""
    L = LANGS[lang]
    schema = schema or rng.choice(SCHEMAS)
    nums, steps, ans = _math_numbers(rng, schema)
    n1, n2 = rng.sample(L["names"], 2)
    q = L["math"][schema].format(name=n1, name2=n2, item=rng.choice(L["items"]), cur=L["cur"], **nums)
    eqs = ["%s = %s" % (e, v) for e, v in steps]
    sol = "\n".join("%s %d: %s" % (L["W"]["step"], i + 1, e) for i, e in enumerate(eqs))
    sol += "\n%s: %s" % (L["W"]["answer"], ans)
    return q, sol, str(ans), eqs


def math_reasoning(rng, lang, eqs, ans):
    T = LANGS[lang]["think"]
    out = [rng.choice(T["open"])]
    for e in eqs:
        out.append(rng.choice(T["step"]).format(e=e))
        if rng.random() < 0.25:
            out.append(rng.choice(T["check"]))
    out.append(T["end"][0].format(x=ans))
    return " ".join(out)


# --------------------------------------------------------------------------- everyday text
def fill(rng, L, tpl):
    s = L["slots"]
    c1, c2 = rng.sample(s["concept"], 2)
    return tpl.format(name=rng.choice(L["names"]), city=rng.choice(L["cities"]), n=rng.randint(2, 12),
                      dish=rng.choice(s["dish"]), concept=c1, concept2=c2, issue=rng.choice(s["issue"]),
                      device=rng.choice(s["device"]), problem=rng.choice(s["problem"]), topic=rng.choice(s["topic"]),
                      project=rng.choice(s["project"]), role=rng.choice(s["role"]), notes=rng.choice(s["notes"]),
                      subject=rng.choice(s.get("subject", s["topic"])))


def prompt(rng, lang, domain="chat"):
    L = LANGS[lang]
    pool = L.get(domain) or L["chat"]
    return fill(rng, L, rng.choice(pool))


def reply(rng, lang, k=None):
    L = LANGS[lang]
    body = rng.sample(L["rbody"], min(len(L["rbody"]), k or rng.randint(2, 4)))
    return (rng.choice(L["ropen"]) + " ".join(body) + " " + rng.choice(L["rclose"])).strip()


def numbered_reply(rng, lang, k=4):
    L = LANGS[lang]
    body = rng.sample(L["rbody"], min(len(L["rbody"]), k))
    head = rng.choice(L["ropen"]).strip()
    out = "\n".join("%d. %s" % (i + 1, b) for i, b in enumerate(body))
    return ((head + "\n\n" if head else "") + out + "\n\n" + rng.choice(L["rclose"])).strip()


PLAN = {"en": ["I should structure the answer.", "The key is to answer exactly what was asked.", "An example would help.", "Keep it short."],
        "de": ["Ich sollte die Antwort gliedern.", "Wichtig ist, genau die Frage zu beantworten.", "Ein Beispiel würde helfen.", "Lieber knapp bleiben."],
        "fr": ["Je dois structurer la réponse.", "Il faut répondre précisément à la question.", "Un exemple aiderait.", "Rester bref."],
        "it": ["Devo strutturare la risposta.", "Bisogna rispondere esattamente alla domanda.", "Un esempio aiuterebbe.", "Meglio essere brevi."],
        "pl": ["Powinienem uporządkować odpowiedź.", "Trzeba odpowiedzieć dokładnie na pytanie.", "Przykład by pomógł.", "Lepiej krótko."],
        "nl": ["Ik moet het antwoord structureren.", "Ik moet precies op de vraag ingaan.", "Een voorbeeld zou helpen.", "Kort houden."],
        "cs": ["Měl bych odpověď strukturovat.", "Je třeba odpovědět přesně na otázku.", "Pomohl by příklad.", "Raději stručně."],
        "uk": ["Варто структурувати відповідь.", "Треба точно відповісти на питання.", "Приклад допоміг би.", "Краще коротко."]}
ASK = {"en": "The request: ", "de": "Die Anfrage: ", "fr": "La demande : ", "it": "La richiesta: ", "pl": "Prośba: ", "nl": "De vraag: ",
       "cs": "Požadavek: ", "uk": "Запит: "}


def reasoning_in(rng, lang, prompt_text):
    """A short reasoning summary written in the prompt's language."""
    T = LANGS[lang]["think"]
    s = " ".join(prompt_text.split())
    s = s if len(s) < 70 else s[:70].rsplit(" ", 1)[0] + "..."
    return " ".join([ASK[lang] + s] + rng.sample(PLAN[lang], 2) + [rng.choice(T["check"])])


def frame(rng, lang, kind, q):
    return rng.choice(LANGS[lang][kind]).format(q=q)


def translate_req(rng, lang, tgt, text):
    L = LANGS[lang]
    return rng.choice(L["tr"]).format(tgt=L["lname"][tgt], text=text)


def typos(rng, s, rate=0.03):
    """Human slips: dropped letters, swapped neighbours, missing capitals."""
    out = list(s)
    for i in range(len(out) - 1):
        if out[i].isalpha() and rng.random() < rate:
            k = rng.random()
            if k < 0.4:
                out[i] = ""
            elif k < 0.8:
                out[i], out[i + 1] = out[i + 1], out[i]
            else:
                out[i] = out[i].lower()
    return "".join(out)
