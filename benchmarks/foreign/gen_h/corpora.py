"""Load the public corpora under /work/shared/data (or $GEN_H_DATA).

Only the files described in that folder's README.md are read; every record is kept as
read (no re-writing), except that GSM8K calculator annotations <<a=b>> are stripped when a
solution is rendered as a reply.
"""
import csv
import glob
import json
import os
import re

DEFAULT_DATA = "/work/shared/data"

_CALC = re.compile(r"<<[^>]*>>")


def data_dir():
    return os.environ.get("GEN_H_DATA", DEFAULT_DATA)


def _jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


class Corpora:
    def __init__(self, root=None):
        root = root or data_dir()
        self.root = root
        p = lambda *a: os.path.join(root, *a)
        # --- benign --------------------------------------------------------------
        self.arena_convs = []          # list of list of {role, content}
        for d in _jsonl(p("benign", "chatbot_arena_conversations.jsonl")):
            msgs = [m for m in d["messages"] if isinstance(m.get("content"), str) and m["content"].strip()]
            # keep well formed user/assistant alternations only
            clean = []
            for m in msgs:
                if m["role"] not in ("user", "assistant"):
                    continue
                if clean and clean[-1]["role"] == m["role"]:
                    continue
                clean.append({"role": m["role"], "content": m["content"]})
            if clean and clean[0]["role"] == "user":
                if clean[-1]["role"] == "user":
                    clean = clean[:-1]
                if len(clean) >= 2:
                    self.arena_convs.append(clean)
        self.arena_hard = []           # {prompt, category, cluster}
        for name in ("arena_hard_v0.1.jsonl", "arena_hard_v2.0.jsonl"):
            for d in _jsonl(p("benign", name)):
                self.arena_hard.append({
                    "prompt": d["prompt"],
                    "cat": d.get("subcategory") or "general",
                    "cluster": d.get("cluster") or d.get("subcategory") or "",
                    "src": name.replace(".jsonl", ""),
                })
        # category buckets
        self.ah_coding = [x for x in self.arena_hard if x["cat"] == "coding" or _looks_code(x)]
        self.ah_math = [x for x in self.arena_hard if x["cat"] == "math" or _looks_math(x)]
        self.ah_creative = [x for x in self.arena_hard if x["cat"] == "creative_writing"]
        self.ah_other = [x for x in self.arena_hard if x not in self.ah_coding and x not in self.ah_math]
        # --- extraction-type public sets ------------------------------------------
        self.gsm8k = _jsonl(p("extraction", "gsm8k_train.jsonl"))
        self.si_seed = _jsonl(p("extraction", "self_instruct_seed_tasks.jsonl"))
        self.si_user = _jsonl(p("extraction", "self_instruct_user_oriented.jsonl"))
        self.si_all = []
        for d in self.si_seed + self.si_user:
            inst = d["instances"][0] if d.get("instances") else {"input": "", "output": ""}
            self.si_all.append({
                "instruction": d["instruction"], "input": inst.get("input", "") or "",
                "output": inst.get("output", "") or "", "cls": bool(d.get("is_classification")),
                "app": d.get("motivation_app", ""),
            })
        self.si_cls = [x for x in self.si_all if x["cls"]]
        # --- jailbreak / safety ------------------------------------------------------
        with open(p("jailbreak", "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
            self.jb_wild = [s for s in json.load(f) if isinstance(s, str) and s.strip()]
        self.jb_dan = []
        for fn in sorted(glob.glob(p("jailbreak", "dan", "*.json"))):
            with open(fn, encoding="utf-8") as f:
                v = json.load(f)
            for s in v:
                self.jb_dan.append(s)
        with open(p("jailbreak", "sysprompt_extraction_attacks.json"), encoding="utf-8") as f:
            sp = json.load(f)
        self.sysprompt = [s for k in sorted(sp) for s in sp[k]]
        self.advbench = []
        with open(p("harmful", "advbench_harmful_behaviors.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.advbench.append(row["goal"])


def _looks_code(x):
    c = x["cluster"].lower()
    return any(k in c for k in ("python", "code", "program", "sql", "javascript", "typescript", "rust",
                                "java", "c++", "regex", "api", "django", "react", "algorithm",
                                "linux", "bash", "docker", "kubernetes", "git", "android", "excel vba",
                                "matlab", "web dev", "php", "swift"))


def _looks_math(x):
    c = x["cluster"].lower()
    return any(k in c for k in ("math", "algebra", "probab", "geometry", "number theory", "calculus",
                                "statistic", "equation", "proof"))


def strip_calc(ans):
    return _CALC.sub("", ans)


def gsm_steps(ans):
    """GSM8K answer -> (list of step lines, final answer string)."""
    a = strip_calc(ans)
    if "####" in a:
        body, final = a.rsplit("####", 1)
    else:
        body, final = a, ""
    steps = [s.strip() for s in body.strip().split("\n") if s.strip()]
    return steps, final.strip()
