"""Loads the public corpora under /work/shared/data (see that folder's README for licences)."""

import csv
import glob
import json
import os
import re

DATA = os.environ.get("GEN_P_DATA", "/work/shared/data")

_CODE_HINTS = re.compile(r"\b(python|javascript|typescript|c\+\+|java|rust|sql|golang|go|bash|code|function|class|script|"
                         r"regex|api|html|css|program|implement|zig|kotlin|swift|php|react|vba|excel formula|matlab|"
                         r"algorithm|compile|debug|pandas|numpy|docker)\b", re.I)


def _jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def _cut(s, n):
    if len(s) <= n:
        return s
    cut = s.rfind("\n", 0, n)
    if cut < n // 2:
        cut = s.rfind(" ", 0, n)
    return s[:max(cut, n // 2)].rstrip()


class Corpus:
    def __init__(self):
        d = DATA
        # --- Arena conversations: list of [(user, assistant), ...]
        self.convs = []
        for rec in _jsonl(os.path.join(d, "benign/chatbot_arena_conversations.jsonl")):
            ms = rec["messages"]
            pairs = []
            for i in range(0, len(ms) - 1, 2):
                u, a = ms[i], ms[i + 1]
                if u["role"] != "user" or a["role"] != "assistant":
                    break
                uc = u["content"] if isinstance(u["content"], str) else str(u["content"])
                ac = a["content"] if isinstance(a["content"], str) else str(a["content"])
                pairs.append((_cut(uc, 2500), _cut(ac, 1500)))
            if pairs:
                self.convs.append(pairs)
        # --- Arena-hard prompts with coarse category
        self.hard = []
        for fn in ("arena_hard_v0.1.jsonl", "arena_hard_v2.0.jsonl"):
            for rec in _jsonl(os.path.join(d, "benign", fn)):
                cat = rec.get("subcategory")
                p = rec["prompt"]
                if not cat:
                    cl = rec.get("cluster", "")
                    cat = "coding" if (_CODE_HINTS.search(cl) or _CODE_HINTS.search(p[:300])) else "general"
                    if re.search(r"\b(probab|equation|integral|prove|theorem|sequence|puzzle|math|geometry)\b", cl + p[:200], re.I):
                        cat = "math"
                self.hard.append({"uid": rec["uid"], "cat": cat, "prompt": _cut(p, 3500), "set": fn.split(".jsonl")[0]})
        self.hard_by = {}
        for h in self.hard:
            self.hard_by.setdefault(h["cat"], []).append(h)
        # --- GSM8K
        self.gsm = [(r["question"], r["answer"]) for r in _jsonl(os.path.join(d, "extraction/gsm8k_train.jsonl"))]
        # --- Self-Instruct
        self.si = []
        for fn in ("self_instruct_seed_tasks.jsonl", "self_instruct_user_oriented.jsonl"):
            for r in _jsonl(os.path.join(d, "extraction", fn)):
                for ins in r.get("instances", [])[:3]:
                    self.si.append((r["instruction"], ins.get("input", "") or "", ins.get("output", "") or ""))
        # --- jailbreaks, system-prompt extraction, harmful
        with open(os.path.join(d, "jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jail = [_cut(s, 3000) for s in json.load(f) if isinstance(s, str) and s.strip()]
        self.dan = []
        for p in sorted(glob.glob(os.path.join(d, "jailbreak/dan/*.json"))):
            with open(p, encoding="utf-8") as f:
                for s in json.load(f):
                    self.dan.append(s.replace("{generator.name}", "Halcyon"))
        with open(os.path.join(d, "jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysx = [s for k in sorted(sp) for s in sp[k]]
        self.harm = []
        with open(os.path.join(d, "harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.harm.append(row["goal"])
