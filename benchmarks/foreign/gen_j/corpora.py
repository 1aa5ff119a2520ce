"""Reads the public corpora under GEN_DATA (default: <repo>/../shared/data)."""
import csv
import json
import os
from pathlib import Path


def data_dir():
    env = os.environ.get("GEN_DATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    return (repo / ".." / "shared" / "data").resolve()


def _jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


class Corpora:
    def __init__(self, root=None):
        root = Path(root) if root else data_dir()
        self.root = root
        self.arena = []          # list of conversations: [(user, assistant), ...]
        for d in _jsonl(root / "benign" / "chatbot_arena_conversations.jsonl"):
            turns = []
            msgs = d.get("messages") or []
            for i, m in enumerate(msgs):
                if m.get("role") == "user" and isinstance(m.get("content"), str) and m["content"].strip():
                    ans = ""
                    if i + 1 < len(msgs) and msgs[i + 1].get("role") == "assistant":
                        ans = msgs[i + 1].get("content") or ""
                    turns.append((m["content"], ans))
            if turns:
                self.arena.append(turns)
        self.hard = []           # (prompt, kind) kind in coding / math / creative / hard
        for d in _jsonl(root / "benign" / "arena_hard_v0.1.jsonl"):
            self.hard.append((d["prompt"], "hard"))
        for d in _jsonl(root / "benign" / "arena_hard_v2.0.jsonl"):
            k = d.get("subcategory") or d.get("category") or "hard"
            self.hard.append((d["prompt"], {"coding": "coding", "math": "math", "creative_writing": "creative"}.get(k, "hard")))
        self.hard_coding = [p for p, k in self.hard if k == "coding" or "code" in p.lower()[:300] or "python" in p.lower()[:300]]
        self.hard_math = [p for p, k in self.hard if k == "math"]
        self.hard_other = [p for p, k in self.hard if k in ("hard", "creative")]
        self.gsm = [(d["question"], d["answer"]) for d in _jsonl(root / "extraction" / "gsm8k_train.jsonl")]
        self.seed_tasks = _jsonl(root / "extraction" / "self_instruct_seed_tasks.jsonl")
        self.user_tasks = _jsonl(root / "extraction" / "self_instruct_user_oriented.jsonl")
        self.si = []             # (instruction, input, output)
        for d in self.seed_tasks + self.user_tasks:
            for inst in d.get("instances") or [{"input": "", "output": ""}]:
                self.si.append((d["instruction"], inst.get("input") or "", inst.get("output") or ""))
        with open(root / "jailbreak" / "inthewild_jailbreak_llms.json", encoding="utf-8") as f:
            self.jailbreaks = [s for s in json.load(f) if isinstance(s, str) and s.strip()]
        self.dan = []
        for p in sorted((root / "jailbreak" / "dan").glob("*.json")):
            with open(p, encoding="utf-8") as f:
                v = json.load(f)
            if isinstance(v, list) and v:
                self.dan.append(v[0].replace("{generator.name}", "Step"))
        with open(root / "jailbreak" / "sysprompt_extraction_attacks.json", encoding="utf-8") as f:
            self.sysx = [s for v in json.load(f).values() for s in v]
        with open(root / "harmful" / "advbench_harmful_behaviors.csv", encoding="utf-8") as f:
            self.harmful = [r["goal"] for r in csv.DictReader(f)]
