"""Evaluation runs are not distillation: the extraction-intent classifier on the prompt templates
of public evaluation harnesses it never trained on.

`distillguard/data/intent/real/eval_templates.jsonl` holds prompt templates copied verbatim from
public evaluation harnesses (simple-evals, inspect_evals, lm-evaluation-harness, lighteval,
OpenCompass, ...; EVAL_TEMPLATES.md). They train the classifier as `none` rows, filled with
bundled benchmark items of the train half (`intent_corpus.eval_template_examples`). An eval
customer sends one such template over thousands of items, so a template the classifier reads as a
request flags thousands of prompts at once: the share of templates hit matters more than the
share of rows.

Protocols (rows filled with items of the held-out half, never trained on):
- `shipped`: the shipped model; in distribution for the templates, not for the items.
- `sources`: the harness repositories split into FOLDS folds (by template count, alternating);
  each fold scored by the shipped recipe refit without that fold's templates (as
  `benchmarks/intent_real_templates.py --protocol sources` refits: the n-gram stage and the static
  head, the shipped word vectors, no e5 head). The cost side of each refit: recall on the
  standing held-out authors' requests (`intent_corpus.HELD_OUT_AUTHORS`).
`shipped` also prints the held-out authors' recall by language and which sources the calibration
prompts the cut lets through come from.

    .venv/bin/python benchmarks/intent_eval_templates.py [--protocol shipped|sources] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.signals import extraction_intent as ei  # noqa: E402
from distillguard.signals import intent_corpus as ic  # noqa: E402

from _results import emit  # noqa: E402  (benchmarks/, the script's own folder)

FOLDS = 3


def source_folds() -> list[set[str]]:
    counts: dict[str, int] = defaultdict(int)
    for t in ic.eval_templates():
        counts[t["source"]] += 1
    folds: list[set[str]] = [set() for _ in range(FOLDS)]
    for i, src in enumerate(sorted(counts, key=lambda k: (-counts[k], k))):
        folds[i % FOLDS].add(src)
    return folds


def model_without(sources: set[str]) -> ei.IntentModel:
    """The shipped recipe refit on the train half without the eval templates of `sources`."""
    rows = ic.corpus("train", exclude_sources=frozenset(sources))
    model = ei.train(rows)
    model.static = ei.train_static([r for r in rows if not ic.is_real_template(r)], ei._model().static.embedder)
    model = ei.compressed(model)
    ei.calibrate(model, {})
    return model


def held_out_author_rows() -> list[ic.Example]:
    authors = ic.family_authors()
    fams = {f for f, a in authors.items() if a in ic.HELD_OUT_AUTHORS}
    rows: list[ic.Example] = []
    for lang in ic.phrasing_languages():
        rows += [r for r in ic.phrasing_examples(lang, "heldout", families=fams) if r.intent != "none"]
    return rows


def score(model: ei.IntentModel, rows: list[ic.Example]) -> tuple[np.ndarray, list]:
    s, labels, _ = model.explain([r.text for r in rows])
    return s >= model.threshold, labels


def eval_summary(model: ei.IntentModel, sources: set[str] | None) -> dict:
    rows = [r for r in ic.eval_template_examples("heldout")
            if sources is None or ic.eval_template_source(r.family) in sources]
    hit, labels = score(model, rows)
    per_template: dict[str, list[bool]] = defaultdict(list)
    per_source: dict[str, list[bool]] = defaultdict(list)
    read_as: dict[str, int] = defaultdict(int)
    for r, h, lab in zip(rows, hit, labels):
        per_template[r.family].append(bool(h))
        per_source[ic.eval_template_source(r.family)].append(bool(h))
        if h:
            read_as[str(lab)] += 1
    templates_hit = sorted(f.split(":", 1)[1] for f, v in per_template.items() if any(v))
    return {"rows": len(rows), "rows_hit": int(hit.sum()), "row_rate": round(float(hit.mean()), 4) if len(rows) else None,
            "templates": len(per_template), "templates_with_a_hit": len(templates_hit),
            "templates_hit_on_half_or_more": int(sum(np.mean(v) >= 0.5 for v in per_template.values())),
            "hit_templates": templates_hit, "read_as": dict(read_as),
            "per_source": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(per_source.items())}}


def authors_recall(model: ei.IntentModel) -> dict:
    rows = held_out_author_rows()
    hit, _ = score(model, rows)
    authors = ic.family_authors()
    out = {"all": round(float(hit.mean()), 4), "rows": len(rows)}
    for a in sorted(ic.HELD_OUT_AUTHORS):
        m = np.array([authors[r.family] == a for r in rows])
        out[a] = round(float(hit[m].mean()), 4)
    langs = np.array([r.language for r in rows])
    out["per_language"] = {lang: round(float(hit[langs == lang].mean()), 4) for lang in sorted(set(langs))}
    return out


def calibration_hits(model: ei.IntentModel) -> dict:
    """Which sources the calibration prompts the cut lets through come from."""
    rows = ic.real_examples("heldout")
    hit, _ = score(model, rows)
    total: dict[str, int] = defaultdict(int)
    hits: dict[str, int] = defaultdict(int)
    for r, h in zip(rows, hit):
        total[r.family] += 1
        hits[r.family] += int(h)
    return {f.split(":", 1)[1]: f"{hits[f]}/{total[f]}" for f in sorted(total)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--protocol", choices=("shipped", "sources"), default="shipped")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    t0 = time.time()
    result: dict = {"protocol": args.protocol, "templates": len(ic.eval_templates())}
    if args.protocol == "shipped":
        model = ei._model()
        result["eval_templates"] = eval_summary(model, None)
        result["held_out_authors"] = authors_recall(model)
        result["calibration_hits_by_source"] = calibration_hits(model)
    else:
        result["folds"] = []
        for fold in source_folds():
            model = model_without(fold)
            result["folds"].append({"held_out_sources": sorted(fold), "eval_templates": eval_summary(model, fold),
                                    "held_out_authors": authors_recall(model)})
            print(json.dumps(result["folds"][-1])[:600], file=sys.stderr)
    result["seconds"] = round(time.time() - t0, 1)
    emit(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
