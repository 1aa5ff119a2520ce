"""Request builders shared by benign populations and campaigns."""
import lang as L
from corpora import clip, perturb_numbers, swap_names
from world import code_answer, gsm_solution_lines, lang_answer, math_prose, prose_answer, steps_text

COUNTRY_LANGS = {
    "AE": [("en", 50), ("ar_gulf", 15), ("ar", 10), ("ur", 8), ("hi", 8), ("tl", 7), ("fr", 2)],
    "SA": [("ar", 35), ("ar_gulf", 25), ("en", 25), ("ur", 7), ("hi", 4), ("tl", 4)],
    "QA": [("ar_gulf", 30), ("en", 45), ("ar", 10), ("hi", 5), ("ur", 5), ("tl", 5)],
    "EG": [("ar_eg", 55), ("ar", 15), ("en", 28), ("fr", 2)],
    "ET": [("am", 55), ("en", 40), ("so", 5)],
    "KE": [("sw", 40), ("en", 55), ("so", 5)],
}
COUNTRY_W = [("AE", 30), ("SA", 25), ("EG", 20), ("QA", 7), ("KE", 10), ("ET", 8)]

FOLLOWUP = {
    "ar": ["شكراً، ممكن توضيح أكثر؟", "وماذا لو لم يكن لدي المستند؟", "ممتاز، اختصرها في نقاط"],
    "ar_gulf": ["طيب وبعدين؟", "مشكور، وإذا ما نفع؟", "زين، اختصرها لي"], "ar_eg": ["طب وبعدين؟", "تمام، ولو منفعش؟", "شكراً، اختصرهالي"],
    "am": ["አመሰግናለሁ፣ ተጨማሪ ማብራሪያ?", "ካልሰራስ?"], "sw": ["Asante, unaweza kufafanua zaidi?", "Na ikishindikana je?"],
    "so": ["Mahadsanid, faahfaahin dheeraad ah?", "Haddii aysan shaqayn?"], "ur": ["شکریہ، مزید وضاحت کریں؟", "اگر یہ کام نہ کرے تو؟"],
    "hi": ["धन्यवाद, थोड़ा और समझाइए?", "अगर यह काम न करे तो?"], "tl": ["Salamat, pwede pang ipaliwanag?", "Paano kung hindi gumana?"],
    "fr": ["Merci, tu peux préciser ?", "Et si ça ne marche pas ?"],
    "en": ["thanks, can you shorten it?", "ok and what if that doesn't work?", "can you give an example?", "why?", "make it more formal"],
}


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def personalize(r, text):
    if r.random() < 0.25 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    x = r.random()
    if x < 0.12:
        text = r.choice(["hey, ", "quick q: ", "pls ", "Can you help? ", "hi! ", "ok so "]) + text
    elif x < 0.2:
        text = text + r.choice([" thanks", " pls", " asap", " thx", "??", " (short answer)"])
    if r.random() < 0.12 and len(text) > 12:
        i = r.randrange(5, len(text) - 2)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def fill(r, tpl, lang):
    if "{" not in tpl:
        return tpl
    return tpl.format(amount=r.choice([150, 500, 1200, 2500, 3000, 7500, 10000, 25000]),
                      amount2=r.choice([4000, 12000, 30000]),
                      cur=L.CURRENCY.get(lang, "AED") if lang != "en" else r.choice(L.EN_CURRENCIES),
                      country=r.choice(L.COUNTRIES.get(lang, L.COUNTRIES["en"])),
                      ref="%s-%07d" % (r.choice(["APP", "REQ", "TXN"]), r.randrange(10 ** 7)),
                      rate=r.choice([3.5, 4.25, 5, 6.1, 7]), years=r.choice([3, 5, 7, 10]))


def r1_reasoning(r, prompt, lang="en"):
    words = prompt.replace("\n", " ").split()
    topic = " ".join(words[:10])
    if lang != "en":
        return "%s\n%s\n…" % (L.THINK_OPEN.get(lang, ""), clip(prompt, 160))
    lines = ["The user is asking about: %s." % clip(topic, 90),
             r.choice(["Let me figure out what they actually need.", "I should identify the key constraints first.",
                       "There are a couple of ways to approach this."]),
             r.choice(["First consider the simplest interpretation.", "Break it down into parts.", "Check the details given."]),
             r.choice(["That seems consistent.", "Hmm, wait — I should double-check the assumption.", "Okay, that works."]),
             r.choice(["Now structure the answer clearly.", "I'll give a concise answer with an example.", "Write the final response."])]
    return "\n".join(lines)


def r1_params(r, effort=None):
    return {"reasoning_effort": effort or r.choice(["low", "medium", "medium", "high"]), "max_tokens": r.choice([4096, 8192, 16000])}


def chat_params(r, style="app"):
    if style == "app":
        p = {"temperature": r.choice([0.2, 0.3, 0.5, 0.7, 0.7, 1.0]), "max_tokens": r.choice([256, 512, 800, 1024])}
        if r.random() < 0.5:
            p["stream"] = True
        return p
    if style == "dev":
        p = {}
        if r.random() < 0.6:
            p["temperature"] = r.choice([0, 0.2, 0.7, 1.0])
        if r.random() < 0.5:
            p["max_tokens"] = r.choice([256, 500, 1000, 2000, 4000])
        if r.random() < 0.3:
            p["stream"] = True
        return p or None
    return None


def gsm_item(r, C, idx=None, perturb=False):
    q, sol, ans = C.gsm[idx if idx is not None else r.randrange(len(C.gsm))]
    lines = gsm_solution_lines(sol)
    if perturb:
        nm, mp = {}, {}
        q = swap_names(r, perturb_numbers(r, q, mapping=mp), nm)
        lines = [swap_names(r, perturb_numbers(r, s, mapping=mp, only_known=True), nm) for s in lines]
        ans = perturb_numbers(r, ans, mapping=mp, only_known=True)
    return q, lines, ans


def answer_for(r, C, kind, prompt, payload=None, lang="en", long=False):
    """Response text for an item: kind in gsm / code / prose / si / lang / math."""
    if kind == "gsm":
        lines, ans = payload
        if long:
            return steps_text("en", lines, ans)
        return ("%s\nThe answer is %s." % (" ".join(lines[-2:]), ans)) if r.random() < 0.5 else "%s\n\n**Answer: %s**" % ("\n".join(lines), ans)
    if kind == "code":
        return code_answer(r, prompt, long)
    if kind == "si":
        out = payload or ""
        if out and not long:
            return clip(out, 900)
        return (clip(out, 700) + "\n\n" if out else "") + prose_answer(r, prompt, (3, 5) if long else (2, 3))
    if kind == "math":
        steps, final = payload
        return steps_text(lang, steps, final) if long else "%s\n%s: %s" % (steps[-1], L.FINAL_WORD.get(lang, "Answer"), final)
    if kind == "lang":
        return lang_answer(r, lang)
    if kind == "mprose":
        return math_prose(r, prompt)
    return prose_answer(r, prompt, (4, 6) if long else (2, 4))


def harvest_item(r, C, source, perturb=False):
    """A harvest payload: returns (text, kind, payload, steps, final) for building prompt, response, reasoning."""
    if source == "gsm":
        q, lines, ans = gsm_item(r, C, perturb=perturb)
        return q, "gsm", (lines, ans), lines, ans
    if source == "code":
        p = r.choice(C.hard_code)
        return p, "code", None, ["Clarify the requirements.", "Choose a data structure.", "Write the function.", "Test the edge cases."], "see code"
    if source == "hmath":
        p = r.choice(C.hard_math)
        return p, "mprose", None, ["Restate the problem.", "Set up the relevant equations.", "Solve and simplify.", "Verify the result."], "derived above"
    if source == "hard":
        p = r.choice(C.hard_other)
        return p, "prose", None, ["Identify what is asked.", "Collect the relevant facts.", "Organise the argument.", "Conclude."], "summary above"
    if source == "si":
        ins, inp, out = r.choice(C.si)
        p = ins + ("\n\n" + inp if inp else "")
        return p, "si", out, ["Read the instruction.", "Apply it to the input.", "Check the output format."], clip(out, 120) if out else "done"
    if source == "arena":
        u, a = r.choice(C.first_pairs)
        return clip(u, 3000), "arena", a, ["Understand the request.", "Draft the answer.", "Refine it."], "see answer"
    raise ValueError(source)


def build_response(r, C, kind, text, payload, long=True, lang="en"):
    if kind == "arena":
        return clip(payload, 800)
    return answer_for(r, C, kind, text, payload, lang=lang, long=long)
