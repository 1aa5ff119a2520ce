"""The extraction-intent detector on REAL distillation prompts it never trained on.

`distillguard/data/intent/real/templates.jsonl` holds 119 templates that public pipelines send
to a teacher model to harvest its outputs (judge prompts of MT-Bench and AlpacaEval, UltraFeedback
and Prometheus grading, distilabel's Evol-Instruct / self-instruct / APIGen generators, the
reasoning-trace system prompts used to distill R1-style models (OpenThoughts, Sky-T1, s1,
curator), CAMEL's role-play data generation, prompt-extraction attacks), copied verbatim from 14
Apache-2.0 / MIT repositories (SOURCES.md). Since they were added to the training corpus, the
shipped model is in distribution on them; the held-out figure is `--protocol sources`: the
sources are split into two folds (by template count, alternating) and each fold is scored by a
model trained without it (as `build(keep_vectors=True)` does: the n-gram stage on the whole
corpus, the static head on the hand-written families; the static word vectors as shipped, the
opt-in e5 head left out).

Each template is filled FILLS times with real content: `{task}` a real task (a bundled benchmark
item or a Chatbot Arena user turn), `{answer}` / `{answer2}` / `{reference}` / `{document}` real
Arena assistant turns, `{n}` a count. A template marked `system` is sent as the system message
with a real task as the user turn, as those pipelines do; the others as the user turn. The rows go
through the detector exactly as `scan` runs it (`ExtractionIntent.score` on canonical rows),
at its shipped operating threshold (0.1% of held-out real benign prompts).

Benign side: the held-out half of `distillguard/data/intent/real/benign_system_prompts.jsonl`
(awesome-chatgpt-prompts, CC0: real persona / tool prompts people put in a system message, "I
want you to act as a linux terminal"; the other half is among the training negatives) sent as
system messages with a real Arena user turn: the share flagged is the system-prompt FPR.

    .venv/bin/python benchmarks/intent_real_templates.py [--protocol shipped|sources] [--fills 5] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard import data, schema  # noqa: E402
from distillguard.signals import extraction_intent as ei  # noqa: E402
from distillguard.signals import intent_corpus as ic  # noqa: E402

HERE = Path(__file__).resolve().parent
FOLDS = 2
SLOTS = ("task", "answer", "answer2", "reference", "document", "n")


def _pools(rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    """(tasks, answers, user turns): real public text."""
    tasks = []
    for name in ("mmlu", "gsm8k_test", "humaneval", "arc", "truthfulqa", "mt_bench"):
        tasks += [r["text"] for r in rng.sample(data.benchmark_items(name), 40)]
    answers, users = [], []
    for conv in data.arena_conversations():
        for m in conv["messages"]:
            text = (m.get("content") or "").strip()
            if not text:
                continue
            if m["role"] == "assistant" and 20 <= len(text.split()) <= 400:
                answers.append(text)
            elif m["role"] == "user" and len(text.split()) >= 4:
                users.append(text)
    tasks += rng.sample(users, 200)
    return tasks, answers, users


def _fill(template: str, rng: random.Random, tasks, answers) -> str:
    values = {"task": rng.choice(tasks), "answer": rng.choice(answers), "answer2": rng.choice(answers),
              "reference": rng.choice(answers), "document": rng.choice(answers), "n": str(rng.randint(5, 50))}
    out = template
    for slot in SLOTS:  # plain replacement: templates keep other literal braces verbatim
        out = out.replace("{" + slot + "}", values[slot])
    return out


def _rows(items: list[tuple[str | None, str]]):
    from datetime import datetime, timezone

    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    return schema.from_rows([{schema.EXCHANGE_ID: f"ex-{i}", schema.TS: t0, schema.ACCOUNT_ID: "a",
                              schema.SYSTEM_PROMPT: system, schema.PROMPT: prompt}
                             for i, (system, prompt) in enumerate(items)])


def _score(det, items) -> list[float]:
    return det.score(_rows(items)).column(det.name).to_pylist()


def source_folds(templates: list[dict]) -> list[set[str]]:
    """Sources split into FOLDS folds of similar size: by template count, alternating."""
    counts = defaultdict(int)
    for t in templates:
        counts[t["source"]] += 1
    folds = [set() for _ in range(FOLDS)]
    for i, src in enumerate(sorted(counts, key=lambda k: (-counts[k], k))):
        folds[i % FOLDS].add(src)
    return folds


def model_without(sources: set[str]) -> "ei.IntentModel":
    """The shipped model's recipe refit without `sources`: n-gram stage and static head (the shipped
    word vectors), calibrated on the held-out real benign prompts; no e5 head."""
    rows = ic.corpus("train", exclude_sources=frozenset(sources))
    model = ei.train(rows)
    model.static = ei.train_static([r for r in rows if not ic.is_real_template(r)], ei._model().static.embedder)
    model = ei.compressed(model)
    ei.calibrate(model, {})
    model.templates = ei.KnownTemplates(exclude_sources=frozenset(sources))  # what it knows leaves them out too
    return model


def evaluate(templates, det, rng, args, tasks, answers) -> tuple[list[bool], list[dict]]:
    items, meta = [], []
    for t in templates:
        for _ in range(args.fills):
            filled = _fill(t["template"], rng, tasks, answers)
            items.append((filled, rng.choice(tasks)) if t.get("system") else (None, filled))
            meta.append(t)
    return [s >= det.threshold for s in _score(det, items)], meta


def summarize(hit, meta) -> dict:
    def table(key) -> dict:
        agg = defaultdict(lambda: [0, 0])
        for m, h in zip(meta, hit):
            agg[key(m)][0] += h
            agg[key(m)][1] += 1
        return {k: {"found": v[0], "rows": v[1], "recall": round(v[0] / v[1], 3)} for k, v in sorted(agg.items())}

    per_template = defaultdict(list)
    for m, h in zip(meta, hit):
        per_template[m["id"]].append(h)
    return {"rows": len(hit), "recall": round(sum(hit) / max(len(hit), 1), 3),
            "templates": len(per_template),
            "templates_found_on_most_fills": sum(sum(v) * 2 > len(v) for v in per_template.values()),
            "by_placement": table(lambda m: "system message" if m.get("system") else "user message"),
            "by_intent": table(lambda m: m["intent"]), "by_source": table(lambda m: m["source"])}


def benign_system(det, rng, users) -> dict | None:
    """The held-out half of the real benign system prompts (the other half trains the model)."""
    benign = [b for b in ic.benign_system_prompts() if ic._half(f"system:{b['id']}") == "heldout"]
    b_items = [(b["prompt"], rng.choice(users)) for b in benign]
    b_hit = [s >= det.threshold for s in _score(det, b_items)]
    return {"rows": len(b_items), "flagged": sum(b_hit), "fpr": round(sum(b_hit) / max(len(b_items), 1), 4),
            "flagged_ids": [b["id"] for b, h in zip(benign, b_hit) if h]}


def report(name: str, r: dict) -> None:
    print(f"== {name}: recall {r['recall']:.1%} of {r['rows']} filled rows; {r['templates_found_on_most_fills']}/"
          f"{r['templates']} templates found on most fills")
    for k in ("by_placement", "by_intent", "by_source"):
        print(f"-- {k}")
        for key, v in r[k].items():
            print(f"   {key:32s} {v['found']:4d}/{v['rows']:<4d} {v['recall']:.1%}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--protocol", choices=("shipped", "sources"), default="shipped")
    ap.add_argument("--fills", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default="benchmarks/results/intent_real_templates.json")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tasks, answers, users = _pools(rng)
    templates = list(ic.real_templates())
    det = ei.ExtractionIntent()
    result: dict = {"protocol": args.protocol, "fills": args.fills}
    if args.protocol == "shipped":
        result["threshold"] = det.threshold
        hit, meta = evaluate(templates, det, rng, args, tasks, answers)
        result["shipped"] = summarize(hit, meta)
        report("shipped model", result["shipped"])
        result["benign_system_prompts"] = benign_system(det, rng, users)
    else:
        hits, metas, folds = [], [], []
        shipped = ei._model
        try:
            for k, sources in enumerate(source_folds(templates)):
                t0 = time.perf_counter()
                model = model_without(sources)
                ei._model = lambda model=model: model  # the detector scores with the refit model
                det.threshold = model.threshold
                hit, meta = evaluate([t for t in templates if t["source"] in sources], det, rng, args, tasks, answers)
                fold = summarize(hit, meta)
                fold.update(sources=sorted(sources), seconds=round(time.perf_counter() - t0),
                            benign_system_prompts=benign_system(det, rng, users))
                folds.append(fold)
                report(f"fold {k} held out ({len(sources)} sources)", fold)
                hits += hit
                metas += meta
        finally:
            ei._model = shipped
        result["held_out_by_source"] = summarize(hits, metas)
        result["folds"] = folds
        report("held out by source, both folds", result["held_out_by_source"])
    b = result.get("benign_system_prompts") or {}
    if b:
        print(f"-- benign system prompts: {b['flagged']}/{b['rows']} flagged ({b['fpr']:.2%})")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
