"""Load the public corpora under /work/shared/data into plain Python lists.

Only the files documented in /work/shared/data/README.md are used; their
licences are listed in README.md of this folder.
"""
import csv
import json
import os
import re

DATA = os.environ.get("GEN_F_DATA", "/work/shared/data")

_ANN = re.compile(r"<<[^>]*>>")


def _jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def _clip(s, n):
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + " ..."


class Corpora:
    def __init__(self, root=DATA):
        p = lambda *a: os.path.join(root, *a)
        # Chatbot Arena: real multi-turn conversations (user + assistant turns)
        self.conversations = []
        for d in _jsonl(p("benign", "chatbot_arena_conversations.jsonl")):
            msgs = [m for m in d["messages"] if isinstance(m.get("content"), str)]
            turns = []
            for i in range(0, len(msgs) - 1, 2):
                if msgs[i]["role"] == "user" and msgs[i + 1]["role"] == "assistant":
                    turns.append((_clip(msgs[i]["content"], 3000), _clip(msgs[i + 1]["content"], 1800)))
            if turns:
                self.conversations.append(turns)
        self.arena_first = [c[0] for c in self.conversations]
        # Arena-hard prompts, by category
        self.hard_coding, self.hard_math, self.hard_creative, self.hard_misc = [], [], [], []
        for d in _jsonl(p("benign", "arena_hard_v2.0.jsonl")):
            sub = d.get("subcategory")
            pr = _clip(d["prompt"], 4000)
            {"coding": self.hard_coding, "math": self.hard_math}.get(sub, self.hard_creative).append(pr)
        for d in _jsonl(p("benign", "arena_hard_v0.1.jsonl")):
            pr = _clip(d["prompt"], 4000)
            cl = (d.get("cluster") or "").lower()
            if any(k in cl for k in ("code", "program", "python", "sql", "java", "script", "api", "data", "web", "linux", "docker", "software", "algorithm", "excel", "git")):
                self.hard_coding.append(pr)
            elif any(k in cl for k in ("math", "algebra", "number", "probab", "geometry", "calcul", "statist")):
                self.hard_math.append(pr)
            else:
                self.hard_misc.append(pr)
        self.hard_all = self.hard_coding + self.hard_math + self.hard_creative + self.hard_misc
        # GSM8K: question, cleaned solution lines, final answer
        self.gsm = []
        for d in _jsonl(p("extraction", "gsm8k_train.jsonl")):
            sol, _, final = d["answer"].partition("####")
            lines = [l.strip() for l in _ANN.sub("", sol).strip().split("\n") if l.strip()]
            self.gsm.append((d["question"], lines, final.strip()))
        # Self-instruct
        self.si = []
        for name in ("self_instruct_seed_tasks.jsonl", "self_instruct_user_oriented.jsonl"):
            for d in _jsonl(p("extraction", name)):
                inst = d.get("instances") or [{}]
                self.si.append((d["instruction"], inst[0].get("input", "") or "", _clip(inst[0].get("output", "") or "", 1500),
                                bool(d.get("is_classification", False))))
        # Jailbreaks / system-prompt extraction / harmful (for realistic noise)
        with open(p("jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jailbreaks = [_clip(s, 5000) for s in json.load(f) if isinstance(s, str)]
        self.dan = []
        dd = p("jailbreak", "dan")
        for fn in sorted(os.listdir(dd)):
            with open(os.path.join(dd, fn), encoding="utf-8") as f:
                for s in json.load(f):
                    self.dan.append(s.replace("{generator.name}", "Nubelia"))
        with open(p("jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysprompt_attacks = [s for v in sp.values() for s in v]
        self.harmful = []
        with open(p("harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.harmful.append(row["goal"])
