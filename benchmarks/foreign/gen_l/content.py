"""Prompt and response builders on top of the public corpora in shared/data and the lang banks."""
import csv
import glob
import json
import os
import re

import lang as L

_CALC = re.compile(r"<<[^>]*>>")


class Corpora:
    def __init__(self, root):
        self.root = root
        j = lambda p: os.path.join(root, p)
        self.arena = []          # list of [(user, assistant), ...]
        with open(j("benign/chatbot_arena_conversations.jsonl"), encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                ms = c["messages"]; turns = []
                for i in range(0, len(ms) - 1, 2):
                    if ms[i]["role"] == "user" and ms[i + 1]["role"] == "assistant":
                        u, a = ms[i]["content"], ms[i + 1]["content"]
                        if u and a:
                            turns.append((u[:6000], a[:5000]))
                if turns:
                    self.arena.append(turns)
        self.hard = []           # (category, prompt)
        for p in ("benign/arena_hard_v0.1.jsonl", "benign/arena_hard_v2.0.jsonl"):
            with open(j(p), encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    cat = r.get("subcategory") or ("coding" if re.search(r"code|program|python|sql|function|script", r["prompt"][:400], re.I) else "general")
                    self.hard.append((cat, r["prompt"][:7000], r.get("uid")))
        self.gsm = []
        with open(j("extraction/gsm8k_train.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                body, _, fin = r["answer"].rpartition("####")
                steps = [_CALC.sub("", s).strip() for s in body.strip().split("\n") if s.strip()]
                self.gsm.append((r["question"], steps, fin.strip()))
        self.seed = []
        with open(j("extraction/self_instruct_seed_tasks.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                inst = r["instances"][0] if r["instances"] else {"input": "", "output": ""}
                self.seed.append((r["instruction"], inst.get("input", ""), inst.get("output", ""), r.get("is_classification", False)))
        with open(j("extraction/self_instruct_user_oriented.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                inst = r["instances"][0] if r["instances"] else {"input": "", "output": ""}
                self.seed.append((r["instruction"], inst.get("input", ""), inst.get("output", ""), False))
        self.itw = [s for s in json.load(open(j("jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8")) if 200 < len(s) < 6000]
        self.dan = []
        for p in sorted(glob.glob(j("jailbreak/dan/*.json"))):
            self.dan.append(json.load(open(p, encoding="utf-8"))[0].replace("{generator.name}", "Atlas"))
        self.sysx = []
        for k, v in json.load(open(j("jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8")).items():
            self.sysx.extend(v)
        self.harm = []
        with open(j("harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                self.harm.append(r["goal"])
        self.assist_pool = [t[0][1] for t in self.arena if len(t[0][1]) > 200]
        self.hard_code = [h for h in self.hard if h[0] == "coding"]
        self.hard_math = [h for h in self.hard if h[0] == "math"]
        self.hard_other = [h for h in self.hard if h[0] not in ("coding", "math")]


C = None   # set by gen.py


def find_data(explicit=None):
    here = os.path.dirname(os.path.abspath(__file__))
    cands = [explicit, os.environ.get("GEN_L_DATA"),
             os.path.join(here, "..", "..", "..", "shared", "data"),
             os.path.join(here, "..", "..", "..", "..", "shared", "data"),
             os.path.join(os.getcwd(), "shared", "data"), "/work/shared/data"]
    for c in cands:
        if c and os.path.exists(os.path.join(c, "extraction", "gsm8k_train.jsonl")):
            return os.path.abspath(c)
    raise SystemExit("gen_l: public corpora not found; pass --data DIR (the folder holding benign/, extraction/, jailbreak/)")


# ---------------------------------------------------------------------------------------------
_TYPO = "qwertyuiopasdfghjklzxcvbnm"


def perturb(rng, s):
    """Cheap, human-looking edits so one corpus prompt sent by two users rarely matches byte for byte."""
    r = rng.random()
    if r < 0.25:
        return s
    if r < 0.4 and len(s) > 3:
        s = s[0].lower() + s[1:]
    elif r < 0.5:
        s = s.rstrip("?.! ") + rng.choice(["", "?", " ??", " pls", " please", " thanks"])
    elif r < 0.62:
        s = rng.choice(["hey ", "Hi, ", "hello, ", "Quick question: ", "", "ok so "]) + s
    elif r < 0.72 and len(s) > 20:
        i = rng.randrange(5, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif r < 0.8:
        s = s + rng.choice(["\n\nKeep it short.", "\n\nExplain like I'm a beginner.", " Answer in French please.",
                            "\n(for a school project)", " in simple words", "\n\nThanks!"])
    return s


def fill(rng, s):
    if "{" not in s:
        return s
    return s.format(**{k: rng.choice(v) for k, v in L.SLOTS.items()})


# ---------------------------------------------------------------------------------------------
# generic answers
def resp_local(rng, lang, k=None):
    R = L.RESP.get(lang, L.RESP["en"])
    k = k or rng.randint(3, 5)
    bl = rng.sample(R["bul"], min(k, len(R["bul"])))
    sep = "\n- " if rng.random() < 0.6 else "\n\n"
    return R["open"][rng.randrange(len(R["open"]))] + sep + sep.join(bl) + "\n\n" + rng.choice(R["close"])


_EN_FILL = ["The key idea is to keep the structure simple and make each part do one thing.",
            "In practice, most of the work is in handling edge cases such as empty input or missing fields.",
            "A good first step is to write down what success looks like, then work backwards.",
            "There are trade-offs: the simpler option is easier to maintain, the faster one needs more care.",
            "If you share more context, I can tailor this further.",
            "This approach works well at small scale; for larger volumes consider batching.",
            "Remember to test with realistic data before relying on it.",
            "Historically, this has been debated, and reasonable people disagree on the details.",
            "Here the most common mistake is to skip validation of the inputs.",
            "Overall, the answer depends on your constraints: time, budget and the skills of your team."]


def resp_en_generic(rng, prompt, cat="general"):
    head = prompt.strip().split("\n")[0][:90]
    if cat == "coding":
        lg = next((x for x in L.EN_CODE_LANGS if x.lower() in prompt[:600].lower()), "Python")
        return ("Here's one way to do it in %s:\n\n%s\n\n%s %s" %
                (lg, L.CODE_SNIPPETS.get(lg, L.CODE_SNIPPETS["Python"]), rng.choice(_EN_FILL), rng.choice(_EN_FILL)))
    if cat == "math":
        return ("Let's set up the problem carefully.\n\n1. Identify the known quantities.\n2. Write the relation between them.\n"
                "3. Solve and check the result against the conditions.\n\n%s\n\nSo the result follows directly once the "
                "relation is written down." % rng.choice(_EN_FILL))
    n = rng.randint(3, 6)
    body = " ".join(rng.sample(_EN_FILL, n))
    return "Regarding \"%s\":\n\n%s" % (head, body) if rng.random() < 0.3 else body


# ---------------------------------------------------------------------------------------------
# chats
def en_combinatorial(rng):
    r = rng.random()
    if r < 0.3:
        lg = rng.choice(L.EN_CODE_LANGS)
        p = rng.choice(["Write a %s function that %s.", "In %s, how do I write code that %s?", "Can you give me %s code that %s"]) % (lg, rng.choice(L.EN_CODE_TASKS))
        return p, resp_en_generic(rng, p, "coding")
    if r < 0.45:
        e = rng.choice(L.EN_ERRORS)
        p = rng.choice(["I get this error: %s. How do I fix it?", "%s\n\nwhat does this mean", "Getting `%s` any idea?"]) % e
        return p, ("This error usually means the value you expect isn't there yet. %s\n\n%s" %
                   (rng.choice(_EN_FILL), L.CODE_SNIPPETS[rng.choice(["Python", "JavaScript", "Java"])]))
    if r < 0.75:
        p = "Write %s about %s for %s." % (rng.choice(L.EN_FORMS), rng.choice(L.EN_TOPICS), rng.choice(L.EN_AUD))
        return p, resp_en_generic(rng, p)
    a, b = rng.choice(L.EN_QA)
    p = rng.choice(["What is the difference between %s and %s?", "%s vs %s, which should I learn about first?",
                    "Explain %s and %s simply."]) % (a, b)
    return p, resp_en_generic(rng, p)


def fr_combinatorial(rng):
    r = rng.random()
    if r < 0.45:
        p = fill(rng, rng.choice(L.DAILY["fr"]))
        return p, resp_local(rng, "fr")
    t = rng.choice(L.FR_TASKS)
    p = t.format(d=rng.choice(L.FR_DEST), o=rng.choice(L.FR_OBJ), f=rng.choice(L.FR_FORMS), t=rng.choice(L.FR_TOPICS),
                 a=rng.choice(L.FR_AUD), x=rng.choice(L.FR_QA)[0], y=rng.choice(L.FR_QA)[1],
                 l=rng.choice(["Python", "JavaScript", "PHP", "Java"]), c=rng.choice(L.FR_CODE), e=rng.choice(L.EN_ERRORS))
    if "fonction" in p or "erreur" in p:
        return p, "Voici une solution possible :\n\n" + L.CODE_SNIPPETS[rng.choice(["Python", "JavaScript", "PHP", "Java"])] + "\n\n" + rng.choice(L.RESP["fr"]["close"])
    return p, resp_local(rng, "fr")


def chat(rng, lang):
    """A benign conversation: list of (user, assistant) turns."""
    if lang == "en":
        r = rng.random()
        if r < 0.5:
            conv = rng.choice(C.arena)
            return [(perturb(rng, u), a) for u, a in conv]
        if r < 0.65:
            cat, p, _ = rng.choice(C.hard)
            return [(perturb(rng, p), resp_en_generic(rng, p, cat))]
        turns = [en_combinatorial(rng)]
        if rng.random() < 0.3:
            turns.append((rng.choice(["can you make it shorter?", "thanks! and in French?", "add comments please",
                                      "now give me an example", "perfect, one more variation"]), resp_en_generic(rng, "follow-up")))
        return turns
    if lang == "fr":
        turns = [fr_combinatorial(rng)]
        if rng.random() < 0.25:
            turns.append((rng.choice(["Merci ! Tu peux raccourcir ?", "Plus formel stp", "Et en anglais ?", "ok merci, autre chose :"
                                      " donne un exemple"]), resp_local(rng, "fr")))
        return turns
    if lang in L.DAILY:
        r = rng.random()
        if r < 0.15 and lang in ("wo", "ha", "am", "zgh", "ary"):
            tl = "fr" if lang in ("wo", "zgh", "ary") else "en"
            src = rng.choice(L.PARALLEL)
            p = translate_ask(rng, lang, tl) + "\n\n" + src[lang]
            return [(p, src[tl])]
        p = fill(rng, rng.choice(L.DAILY[lang]))
        turns = [(p, resp_local(rng, lang))]
        if rng.random() < 0.2:
            turns.append((rng.choice(L.RESP[lang]["close"]) if lang != "en" else "thanks", resp_local(rng, lang, 2)))
        return turns
    return chat(rng, "fr")


_TR_ASK = {
    "en": ["Translate into {t}:", "Please translate the following text into {t}.", "Can you put this in {t}?"],
    "fr": ["Traduis en {t} :", "Peux-tu traduire ce texte en {t} ?", "Traduction en {t} s'il te plaît :"],
    "ar": ["ترجم النص التالي إلى {t}:", "من فضلك ترجم إلى {t}:"],
    "ary": ["3afak terjem liya had lhedra l {t}:", "terjem l {t}:"],
    "arya": ["ترجم ليا هادشي ل{t}:"],
    "wo": ["Tekkil ma lii ci {t}:", "Mën nga tekki lii ci {t}?"],
    "ha": ["Don Allah ka fassara wannan zuwa {t}:", "Fassara zuwa {t}:"],
    "am": ["ይህንን ወደ {t} ተርጉምልኝ፦", "እባክህ ወደ {t} ተርጉም፦"],
    "zgh": ["Ssuqel-iyi-d aya ɣer {t}:"],
    "tfng": ["ⵙⵙⵓⵖⵍ ⴰⴷ ⵖⵔ {t}:"],
}


def translate_ask(rng, in_lang, tgt):
    nm = L.LANGNAME.get(in_lang, L.LANGNAME["en"]).get(tgt, tgt)
    return rng.choice(_TR_ASK.get(in_lang, _TR_ASK["en"])).format(t=nm)


def passage(rng, src, tgt, k):
    idx = rng.sample(range(len(L.PARALLEL)), k)
    return " ".join(L.PARALLEL[i][src] for i in idx), " ".join(L.PARALLEL[i][tgt] for i in idx)


# ---------------------------------------------------------------------------------------------
# math / reasoning
def gsm(rng, i=None):
    return C.gsm[rng.randrange(len(C.gsm)) if i is None else i]


def math_item(rng, lang, p_gsm=None):
    if p_gsm is None:
        p_gsm = 0.85 if lang == "en" else 0.25
    if rng.random() < p_gsm:
        q, steps, a = gsm(rng)
        return q, steps, a
    return L.make_math(rng, lang if lang in L.NAMES else "fr")


def cot_solution(rng, steps, ans, lang, verbose=True):
    lg = lang if lang in L.STEP else "en"
    st = L.STEP[lg]
    fmt = rng.choice(L.ANSFMT[lg])
    if verbose:
        lines = ["%s %d: %s" % (st, i + 1, s) for i, s in enumerate(steps)]
        return "\n".join(lines) + "\n\n" + fmt.format(a=ans)
    return (steps[-1] if steps else "") + "\n" + fmt.format(a=ans)


_T_OPEN = ["Okay, let me work through this.", "The user wants a worked solution.", "Let me parse the problem first.",
           "So I need to figure out what is being asked.", "Let me restate the task in my own words.", "Alright, breaking this down."]
_T_STEP = ["First, ", "Next, ", "Then ", "Now ", "After that, ", "So "]
_T_CHECK = ["Let me double-check that arithmetic.", "Wait, does that match the condition in the question? Yes.",
            "Checking units: consistent.", "Let me verify by plugging the value back in.", "Hmm, is there a trap here? I don't think so.",
            "Alternatively I could compute it directly; same result.", "Re-reading the question to make sure nothing is missed."]
_T_PLAN = ["I should structure the answer with a short intro and then the key points.", "The main points to cover are the definition, an example and caveats.",
           "The user's level seems introductory, so keep it simple.", "I need to be careful about edge cases.",
           "A code example would help here; keep it short.", "I should mention the trade-offs explicitly."]


def reasoning_for(rng, steps=None, ans=None, effort="medium", prompt=""):
    k = {"low": 1, "medium": 2, "high": 4}.get(effort, 2)
    out = [rng.choice(_T_OPEN)]
    if steps:
        for s in steps:
            out.append(rng.choice(_T_STEP) + (s[:1].lower() + s[1:] if s[:1].isupper() else s) + ("" if s.endswith(".") else "."))
            if rng.random() < 0.15 * k:
                out.append(rng.choice(_T_CHECK))
    else:
        out.extend(rng.sample(_T_PLAN, min(len(_T_PLAN), k + 1)))
    out.extend(rng.sample(_T_CHECK, min(len(_T_CHECK), k)))
    if ans is not None:
        out.append("So the answer is %s." % ans)
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# coding
def code_task(rng, lang="en"):
    if lang == "fr":
        lg = rng.choice(["Python", "JavaScript", "PHP", "Java", "Dart"])
        p = "Écris une fonction %s qui %s." % (lg, rng.choice(L.FR_CODE))
        return p, "Voici une implémentation :\n\n" + L.CODE_SNIPPETS[lg] + "\n\nExplication : on parcourt les éléments une seule fois, complexité O(n)."
    r = rng.random()
    if r < 0.35:
        cat, p, _ = C.hard_code[rng.randrange(len(C.hard_code))]
        return p, resp_en_generic(rng, p, "coding")
    if r < 0.6:
        return en_combinatorial(rng)
    lg = rng.choice(L.EN_CODE_LANGS)
    p = "Write a %s function that %s. Include tests." % (lg, rng.choice(L.EN_CODE_TASKS))
    return p, L.CODE_SNIPPETS[lg] + "\n\nTests cover empty input, one element and duplicates."


def seed_task(rng, i=None):
    return C.seed[rng.randrange(len(C.seed)) if i is None else i]


def jailbreak(rng):
    if rng.random() < 0.35:
        return rng.choice(C.dan)
    return rng.choice(C.itw)


# ---------------------------------------------------------------------------------------------
# expert questions (law, medicine, accounting) in French and Arabic
LEGAL_T = ["le licenciement pour motif économique", "la rupture conventionnelle", "la prescription commerciale", "le bail commercial",
           "la garde des enfants après divorce", "la responsabilité du transporteur routier", "la SARL unipersonnelle", "le recouvrement de créances",
           "la cession de fonds de commerce", "le contrat de franchise"]
JUR = ["OHADA", "marocain", "sénégalais", "français", "algérien", "tunisien", "ivoirien"]
MED_C = ["l'hypertension artérielle", "le paludisme simple", "la drépanocytose", "le diabète de type 2", "la tuberculose pulmonaire", "l'asthme",
         "la pré-éclampsie", "la méningite bactérienne"]
MED_P = ["l'adulte", "l'enfant de 5 ans", "la femme enceinte", "le sujet âgé", "le nourrisson"]
FIN_O = ["un crédit-bail", "une subvention d'investissement", "des écarts de conversion", "une provision pour litige", "une fusion-absorption"]
FIN_N = ["le SYSCOHADA révisé", "le CGNC marocain", "les IFRS", "le plan comptable algérien"]
AR_X = ["أحكام الطلاق للشقاق", "عقد المرابحة", "أحكام الإرث بين الإخوة", "الكراء التجاري", "المسؤولية التقصيرية", "زكاة عروض التجارة"]
AR_J = ["القانون المغربي", "القانون التونسي", "الفقه المالكي", "القانون الجزائري"]


def expert_q(rng):
    r = rng.random()
    if r < 0.3:
        return "fr", "Explique de manière exhaustive %s en droit %s, avec les références des textes et la jurisprudence." % (rng.choice(LEGAL_T), rng.choice(JUR))
    if r < 0.55:
        return "fr", "Quelle est la prise en charge de première intention de %s chez %s ? Détaille posologies, contre-indications et suivi." % (rng.choice(MED_C), rng.choice(MED_P))
    if r < 0.7:
        return "fr", "Comment comptabiliser %s selon %s ? Donne toutes les écritures et explique chaque étape." % (rng.choice(FIN_O), rng.choice(FIN_N))
    return "ar", "اشرح بالتفصيل %s في %s مع ذكر النصوص والأدلة." % (rng.choice(AR_X), rng.choice(AR_J))
