"""The known-dataset index (`dataset_match`) through wrappers it was not tuned on, and on real benign prompts.

Recall: items of every bundled benchmark (up to --per-benchmark each), sent three ways:
- bare (the item as published);
- wrapped: put into the `{task}` slot of a request template drawn from the extraction-intent
  corpus's hand-written phrasing families (18 languages; `dataset_match` was tuned years of
  sessions before they existed, on the simulator's own templates, so these wrappers are unseen);
- wrapped and damaged: as wrapped, with DROP of the item's words deleted at random and its
  lines joined (a light paraphrase / copy-paste loss).
A hit is a score over the detector's threshold naming the right item (and, reported beside it,
naming an item of the right benchmark: what a sweep's evidence and `complementary_sweep` read).

False positives: every real benign prompt bundled (Chatbot Arena user turns, Arena-Hard prompts,
15,019 non-English questions from MGSM / XQuAD / BLEnD, in-the-wild jailbreaks), matched against
the index; the share over threshold, and which datasets they hit. MGSM's problems are translations
of GSM8K test items (not in the train index), so a hit there would be a cross-language match.

Both the index as shipped before the benchmarks were bundled (GSM8K + Self-Instruct) and the
current one are run side by side, with the matching cost per prompt.

    .venv/bin/python benchmarks/dataset_index.py [--per-benchmark 150] [--out benchmarks/results/dataset_index.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard import data  # noqa: E402
from distillguard.signals import dataset_match as dm  # noqa: E402
from distillguard.signals import intent_corpus as ic  # noqa: E402
from distillguard.signals._shingles import ShingleIndex, tokenize  # noqa: E402

DROP = 0.15


def _templates() -> list[str]:
    out = []
    for lang in ic.phrasing_languages():
        for fam in ic.phrasings(lang)["families"]:
            out += [t for t in fam["templates"] if "{task}" in t]
    return out


def _damage(text: str, rng: random.Random) -> str:
    words = text.split()
    kept = [w for w in words if rng.random() >= DROP] or words[:1]
    return " ".join(kept)


def _fill(template: str, item: str, rng: random.Random) -> str:
    answers = ic.real_items()["heldout"]["answer"]
    values = {s: rng.choice(answers)[1] for s in ("answer", "answer2")}
    return template.format(task=item, **values)


def _score(index: ShingleIndex, texts: list[str]) -> tuple[np.ndarray, np.ndarray, float]:
    t0 = time.perf_counter()
    score, item = dm.match_scores(index, tokenize(pa.array(texts, pa.string())), len(texts))
    return score, item, (time.perf_counter() - t0) / max(len(texts), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-benchmark", type=int, default=150)
    ap.add_argument("--out", default="benchmarks/results/dataset_index.json")
    args = ap.parse_args()
    rng = random.Random(0)
    all_items = dm.builtin_items()
    old_items = [(k, t) for k, t in all_items if k.split(":", 1)[0] in ("gsm8k", "self_instruct_seed", "self_instruct_user")]
    indexes = {"before (gsm8k + self-instruct)": ShingleIndex(old_items), "bundled now": ShingleIndex(all_items)}
    templates = _templates()
    by_bench: dict[str, list[tuple[str, str]]] = {}
    for key, text in all_items:
        by_bench.setdefault(key.split(":", 1)[0], []).append((key, text))
    probes: dict[str, list[tuple[str, str, str]]] = {}  # bench -> (way, expected key, text)
    for bench, items in sorted(by_bench.items()):
        pick = rng.sample(items, min(args.per_benchmark, len(items)))
        rows = []
        for key, text in pick:
            tpl = rng.choice(templates)
            rows.append(("bare", key, text))
            rows.append(("wrapped", key, _fill(tpl, text, rng)))
            rows.append(("wrapped_damaged", key, _fill(tpl, _damage(text, rng), rng)))
        probes[bench] = rows
    benign = {
        "arena_conversations": [m["content"] for c in data.arena_conversations() for m in c["messages"]
                                if m["role"] == "user" and (m.get("content") or "").strip()],
        "arena_hard": [h["prompt"] for h in data.arena_hard_prompts()],
        "multilingual (mgsm, xquad, blend)": [r["text"] for r in data.multilingual_prompts()],
        "jailbreaks": list(data.inthewild_jailbreaks()),
    }
    report: dict = {"threshold": dm.DatasetMatch.threshold, "drop": DROP, "templates": len(templates), "indexes": {}}
    for name, index in indexes.items():
        res: dict = {"items": len(index), "recall": {}, "benign": {}}
        for bench, rows in probes.items():
            ids = _ids(index, [k for _, k, _ in rows])
            score, item, _ = _score(index, [t for _, _, t in rows])
            hit = (score >= dm.DatasetMatch.threshold) & (item == ids)
            ways = np.array([w for w, _, _ in rows])
            res["recall"][bench] = {w: round(float(hit[ways == w].mean()), 3) for w in ("bare", "wrapped", "wrapped_damaged")}
            # the right benchmark, whatever the item (BIG-Bench Hard's items of one task share most words)
            same = np.array([index.item_ids[i].split(":", 1)[0] == bench if i >= 0 else False for i in item])
            ds_hit = (score >= dm.DatasetMatch.threshold) & same
            res["recall"][bench]["wrapped_damaged, right benchmark"] = round(float(ds_hit[ways == "wrapped_damaged"].mean()), 3)
            res["recall"][bench]["bare, right benchmark"] = round(float(ds_hit[ways == "bare"].mean()), 3)
        cost = []
        for src, texts in benign.items():
            score, item, per = _score(index, texts)
            cost.append(per)
            over = score >= dm.DatasetMatch.threshold
            hits: dict[str, int] = {}
            for i in np.nonzero(over)[0]:
                ds = index.item_ids[item[i]].split(":", 1)[0]
                hits[ds] = hits.get(ds, 0) + 1
            res["benign"][src] = {"prompts": len(texts), "matched": int(over.sum()),
                                  "rate": round(float(over.mean()), 5), "by_dataset": hits}
        res["matching_us_per_prompt"] = round(1e6 * float(np.median(cost)), 1)
        report["indexes"][name] = res
        print(name, json.dumps(res, indent=1), file=sys.stderr)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _ids(index: ShingleIndex, keys: list[str]) -> np.ndarray:
    pos = {k: i for i, k in enumerate(index.item_ids)}
    return np.array([pos.get(k, -2) for k in keys])


if __name__ == "__main__":
    raise SystemExit(main())
