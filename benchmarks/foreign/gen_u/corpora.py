"""Loads the public corpora of /work/shared/data and builds prompt / response text from them."""
import csv
import glob
import json
import os
import re

DATA = os.environ.get("GEN_U_DATA", "/work/shared/data")

_CALC = re.compile(r"<<[^>]*>>")
_INT = re.compile(r"(?<![\w.])(\d{1,6})(?![\w.])")

EN_NAMES_SWAP = ["Ahmed", "Fatima", "Khalid", "Mariam", "Omar", "Noura", "Yusuf", "Layla", "Abebe", "Selam",
                 "Juma", "Amina", "Wanjiru", "Otieno", "Hodan", "Faarax", "Bilal", "Zainab", "Priya", "Ravi",
                 "Maria", "Jose", "Karim", "Sophie", "Hamdan", "Mona", "Tesfaye", "Neema"]


class Corpora:
    def __init__(self, root=DATA):
        self.root = root
        j = lambda p: os.path.join(root, p)
        self.convs = []
        with open(j("benign/chatbot_arena_conversations.jsonl"), encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                msgs = [{"role": m["role"], "content": m["content"]} for m in c["messages"]
                        if m.get("role") in ("user", "assistant") and isinstance(m.get("content"), str)]
                if msgs and msgs[0]["role"] == "user":
                    self.convs.append(msgs)
        # (user turn, assistant answer) pairs, first turns only and all turns
        self.pairs = []
        for c in self.convs:
            for i in range(0, len(c) - 1, 2):
                if c[i]["role"] == "user" and c[i + 1]["role"] == "assistant":
                    u, a = c[i]["content"].strip(), c[i + 1]["content"].strip()
                    if u and a:
                        self.pairs.append((u, a))
        self.first_pairs = [(c[0]["content"].strip(), c[1]["content"].strip()) for c in self.convs
                            if len(c) > 1 and c[0]["content"].strip()]
        self.answers = [a for _, a in self.pairs if 80 < len(a) < 2500]

        self.hard = []  # (prompt, category)
        for fn in ("benign/arena_hard_v0.1.jsonl", "benign/arena_hard_v2.0.jsonl"):
            with open(j(fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    cat = d.get("subcategory") or _guess_cat(d.get("cluster", ""), d["prompt"])
                    self.hard.append((d["prompt"], cat))
        self.hard_code = [p for p, c in self.hard if c == "coding"]
        self.hard_math = [p for p, c in self.hard if c == "math"]
        self.hard_other = [p for p, c in self.hard if c not in ("coding", "math")]

        self.gsm = []
        with open(j("extraction/gsm8k_train.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                sol, _, ans = d["answer"].rpartition("####")
                self.gsm.append((d["question"].strip(), _CALC.sub("", sol).strip(), ans.strip()))

        self.si = []  # (instruction, input, output)
        for fn in ("extraction/self_instruct_seed_tasks.jsonl", "extraction/self_instruct_user_oriented.jsonl"):
            with open(j(fn), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    for inst in d.get("instances") or [{"input": "", "output": ""}]:
                        self.si.append((d["instruction"].strip(), (inst.get("input") or "").strip(),
                                        (inst.get("output") or "").strip()))

        with open(j("jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb_wild = [s for s in json.load(f) if isinstance(s, str) and 200 < len(s) < 2600]
        self.jb_dan = []
        for fn in sorted(glob.glob(j("jailbreak/dan/*.json"))):
            with open(fn, encoding="utf-8") as f:
                self.jb_dan.extend(s for s in json.load(f) if isinstance(s, str))
        with open(j("jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            d = json.load(f)
        self.sysx = [(k, p) for k in sorted(d) for p in d[k]]
        with open(j("harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            self.advbench = [r["goal"] for r in csv.DictReader(f)]


_CODE_RE = re.compile(r"\b(python|code|script|sql|javascript|typescript|function|c\+\+|rust|program|api|regex|react|bash|kotlin|"
                      r"vba|matlab|html|css|java|golang|docker|kubernetes|pandas|numpy|django|flask)\b")
_MATH_RE = re.compile(r"\b(math|probability|prove|equation|integral|algebra|number theory|geometry|calculus)\b")


def _guess_cat(cluster, prompt):
    s = (cluster + " " + prompt[:400]).lower()
    if _CODE_RE.search(s):
        return "coding"
    if _MATH_RE.search(s):
        return "math"
    return "other"


def perturb_numbers(r, text, spread=0.35, mapping=None, only_known=False):
    """Replace each integer with a nearby one (breaks exact matching to the public item).
    A shared `mapping` keeps a question and its solution consistent."""
    if mapping is None:
        mapping = {}

    def sub(m):
        s = m.group(1)
        if s in mapping:
            return mapping[s]
        v = int(s)
        if v < 2 or only_known:
            return s
        lo, hi = max(2, int(v * (1 - spread))), max(3, int(v * (1 + spread)) + 1)
        mapping[s] = str(r.randrange(lo, hi))
        return mapping[s]
    return _INT.sub(sub, text)


GSM_NAMES = set("""John Tom Mary Mark James Bob Sam Mike Bill Peter Sarah Jack Harry Jerry Matt Lisa Jim Joe Jason Martha Billy Carla Janet
Steve Michael Alex Anna Jane Jill Emily Frank Ben Andrew Paul Max Jacob Kevin Carl Karen Jenny Sally Jake Ryan Betty Tony Rachel Julia Jimmy
Ken Tina Susan Kyle Adam Brian Maria Greg Tim Jeff Andy Alice Kim Lucy Dawn Amanda Annie Chris Lily Josh Randy Jessica Gerald Amy Dave Monica
Jenna Manny George Rick Patrick Beth Marcus Henry Grace Leo Roger David William Fred Megan Jess Sue Bobby Simon Mandy Kate Carrie Daisy Charlie
Jeremy Kayla Katie Kendra Pete Kelly Thomas Sara Carlos Alan Caleb Nancy Joey Gina Robert Brad Hannah Jordan Rob Carson Tommy Janice Daniel
Ted Emma Barry Samuel Luna Stephanie Jose Johnny Kylie Ella Neil Jean Julie Nicole Elsa Jayden Anne Phil Oliver Joseph Michelle Tyler Lucas
Angela Diego Aaron Connor Jay Peggy Tara Brandon Becky Justin Rebecca Jude Anthony Veronica Donna Sammy Ron Dorothy Juan Diane Casey Dan
Jerome Tiffany Barbara Bruce Luke Toby Talia Maurice Bella Jamie Ralph Ann Richard Mario Derek Madeline Gary Kenny Tanya Ali Ivan Trevor Sandra
Cindy Taylor Linda Stacy Steven Danielle Hank Kenneth Nathan Rita Drew Charles Laura Haley Brittany Freddy Dean Allison Kristin Ernie Maggie
Samantha Jennifer Hans Helen Mabel Sabrina Pam Cathy Albert Martin Fiona Nina Clara Claire Eric Jasmine Melissa Polly Shelly Dana Perry Tracy
Lola Noah Maya Zachary Danny Benjamin Wendy Shane Jessie Ivy Joel Leila Cara Hunter Hillary Todd Marcy Mitchell Larry Blake Sheila Remy Ian
Mack Bert Theresa Margaret Penny Riley Christopher Mason Alexander Billie Carter Cheryl Greta Paula Terry Cole Arthur Jen Molly Ray Kelsey
Bryan Zoe Corey Marco Phillip Christina Elizabeth Harold Jared Marie Gabriel Alexis""".split())
_NAME_RE = re.compile(r"\b([A-Z][a-z]{1,11})\b")


def swap_names(r, text, mapping=None):
    """Swap common English first names of a word problem for names of the region (consistently)."""
    if mapping is None:
        mapping = {}

    def sub(m):
        w = m.group(1)
        if w not in GSM_NAMES:
            return w
        if w not in mapping:
            mapping[w] = r.choice(EN_NAMES_SWAP)
        return mapping[w]
    return _NAME_RE.sub(sub, text)


def clip(text, n):
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n * 0.6 else n] + " …"
