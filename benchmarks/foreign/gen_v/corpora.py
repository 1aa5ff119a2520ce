# -*- coding: utf-8 -*-
"""Loaders for the public prompt corpora in /work/shared/data (see its README for sources and licences)."""
import csv
import glob
import json
import os
import re

_CALC = re.compile(r"<<[^>]*>>")


class Corpora:
    def __init__(self, root):
        self.root = root
        j = lambda p: os.path.join(root, p)
        # Chatbot Arena conversations (CC-BY-4.0): real multi-turn user conversations
        self.arena = []
        with open(j("benign/chatbot_arena_conversations.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                ms = [m for m in d["messages"] if m.get("role") in ("user", "assistant") and isinstance(m.get("content"), str)]
                if len(ms) >= 2 and ms[0]["role"] == "user" and 0 < len(ms[0]["content"]) < 4000:
                    self.arena.append(ms)
        # Arena-hard prompts (Apache-2.0)
        self.hard = {"coding": [], "math": [], "creative": [], "other": []}
        with open(j("benign/arena_hard_v2.0.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                sc = d.get("subcategory") or ""
                self.hard["coding" if sc == "coding" else "math" if sc == "math" else "creative"].append(d["prompt"])
        with open(j("benign/arena_hard_v0.1.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                p = d["prompt"]
                if re.search(r"```|\bpython\b|\bcode\b|\bfunction\b|\bSQL\b|\bscript\b|\bjavascript\b|\bC\+\+|\brust\b", p, re.I):
                    self.hard["coding"].append(p)
                elif re.search(r"\bprove\b|\bprobability\b|\bequation\b|\bintegral\b|\bmatrix\b|\bsolve\b", p, re.I):
                    self.hard["math"].append(p)
                else:
                    self.hard["other"].append(p)
        # GSM8K train (MIT)
        self.gsm = []
        with open(j("extraction/gsm8k_train.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                sol, _, fin = d["answer"].rpartition("####")
                self.gsm.append((d["question"], _CALC.sub("", sol).strip(), fin.strip()))
        # Self-Instruct (Apache-2.0)
        self.si_seed, self.si_user = [], []
        for name, dst in (("extraction/self_instruct_seed_tasks.jsonl", self.si_seed), ("extraction/self_instruct_user_oriented.jsonl", self.si_user)):
            with open(j(name), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    inst = d.get("instances") or [{}]
                    x = inst[0]
                    dst.append((d["instruction"], x.get("input", "") or "", x.get("output", "") or ""))
        # Jailbreak prompts in the wild (MIT / Apache-2.0), DAN family, system-prompt extraction attacks
        with open(j("jailbreak/inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb_wild = [s for s in json.load(f) if isinstance(s, str) and 40 < len(s) < 6000]
        self.dan = []
        for p in sorted(glob.glob(j("jailbreak/dan/*.json"))):
            with open(p, encoding="utf-8") as f:
                self.dan.extend(s.replace("{generator.name}", "Qilin") for s in json.load(f))
        with open(j("jailbreak/sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            self.sysx = [s for v in json.load(f).values() for s in v]
        # AdvBench harmful behaviours (MIT)
        with open(j("harmful/advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            self.adv = [r["goal"] for r in csv.DictReader(f)]
        # role-play / persona prompts from the wild corpus (character cards, "pretend to be")
        self.persona = [s for s in self.jb_wild if re.search(r"\b(character|role ?play|pretend|persona|you are going to act)\b", s, re.I)][:300]

    def gsm_response(self, i):
        q, sol, fin = self.gsm[i]
        return sol + "\nThe answer is " + fin + "."
