"""Loads the real public corpora from shared/data (see that folder's README for licences)."""
import csv
import json
import os
import re

_ANNOT = re.compile(r"<<[^>]*>>")


def _jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


class Corpora:
    def __init__(self, data_dir):
        d = data_dir
        self.arena = []           # list of list[(user, assistant)]
        for c in _jsonl(os.path.join(d, "benign", "chatbot_arena_conversations.jsonl")):
            msgs = c["messages"]
            turns = []
            for i in range(0, len(msgs) - 1, 2):
                u, a = msgs[i], msgs[i + 1]
                if u["role"] == "user" and a["role"] == "assistant" and u["content"].strip():
                    turns.append((u["content"], a["content"]))
            if turns:
                self.arena.append(turns)
        self.arena_first = [t[0] for t in self.arena]
        self.hard = []            # (category, prompt)
        for r in _jsonl(os.path.join(d, "benign", "arena_hard_v0.1.jsonl")):
            self.hard.append((r.get("cluster", ""), r["prompt"]))
        for r in _jsonl(os.path.join(d, "benign", "arena_hard_v2.0.jsonl")):
            self.hard.append((r.get("subcategory", ""), r["prompt"]))
        self.hard_coding = [p for (c, p) in self.hard if _looks_code(c, p)]
        self.hard_math = [p for (c, p) in self.hard if c == "math" or "math" in c.lower() or "probab" in c.lower()]
        self.hard_short = [p for (c, p) in self.hard if len(p) < 1500]
        self.gsm = []             # (question, solution text, final answer)
        for r in _jsonl(os.path.join(d, "extraction", "gsm8k_train.jsonl")):
            ans = r["answer"]
            body, _, final = ans.rpartition("####")
            body = _ANNOT.sub("", body).strip()
            self.gsm.append((r["question"], body, final.strip()))
        self.si = []              # (instruction, input, output)
        for r in _jsonl(os.path.join(d, "extraction", "self_instruct_seed_tasks.jsonl")):
            inst = r["instances"][0] if r.get("instances") else {"input": "", "output": ""}
            self.si.append((r["instruction"], inst.get("input", ""), inst.get("output", "")))
        for r in _jsonl(os.path.join(d, "extraction", "self_instruct_user_oriented.jsonl")):
            inst = r["instances"][0] if r.get("instances") else {"input": "", "output": ""}
            self.si.append((r["instruction"], inst.get("input", ""), inst.get("output", "")))
        with open(os.path.join(d, "jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jail = [s for s in json.load(f) if isinstance(s, str) and s.strip()]
        self.dan = []
        dd = os.path.join(d, "jailbreak", "dan")
        for fn in sorted(os.listdir(dd)):
            if fn.endswith(".json"):
                with open(os.path.join(dd, fn), encoding="utf-8") as f:
                    v = json.load(f)
                self.dan.extend(s for s in v if isinstance(s, str))
        with open(os.path.join(d, "jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysprobe = [(k, p) for k in sorted(sp) for p in sp[k]]
        self.adv = []
        with open(os.path.join(d, "harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                self.adv.append((row["goal"], row["target"]))


_CODE_WORDS = ("code", "python", "function", "c++", "sql", "script", "javascript", "program", "rust", "java", "class ",
               "regex", "bash", "implement", "api", "typescript", "html", "css", "golang", "kotlin", "swift", "vba")


def _looks_code(cat, prompt):
    c = cat.lower()
    if c == "coding":
        return True
    if c in ("math", "creative_writing"):
        return False
    p = prompt.lower()[:600]
    return any(w in p for w in _CODE_WORDS) or "```" in p
