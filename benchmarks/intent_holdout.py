"""Held-out measurement of the extraction-intent classifier (never by row).

Two protocols, each refitting the model without what it is then scored on:
- families: every phrasing family (all languages, all intents, `none` included) is put in one of
  FOLDS folds by a hash of its id; each fold is scored by a model trained without its families;
- languages: each language's phrasing families are left out whole, one language at a time.
Positives are filled with tasks from the held-out half of the real items; the threshold is the
one that keeps the model at TARGET_PROMPT_FPR on the held-out real benign prompts (Arena
conversations of the held-out half, Arena-Hard v2.0, GSM8K items 5000+, Self-Instruct
user-oriented), which no model here trained on. Reported: recall of positives at that threshold,
per intent, and the share of held-out hand-written `none` rows (near misses) over it.

    python benchmarks/intent_holdout.py [--protocol families|languages|both] [--hold-out LANG...]
                                        [--skip-in-distribution] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.signals import extraction_intent as ei  # noqa: E402
from distillguard.signals import intent_corpus as ic  # noqa: E402

FOLDS = 5
LOOSER_FPRS = (0.01, 0.05)


def _fold(family_id: str) -> int:
    return hashlib.blake2b(family_id.encode(), digest_size=2).digest()[0] % FOLDS


def _score_holdout(model, test_rows, benign_rows) -> dict:
    benign_scores, _ = model.scores([r.text for r in benign_rows], 1.0)
    thr = ei.threshold_at_fpr(benign_scores)
    scores, _ = model.scores([r.text for r in test_rows], thr)
    probs = model.probabilities([r.text for r in test_rows])
    out = {"threshold": thr, "benign_fpr": float((benign_scores >= thr).mean()), "benign": len(benign_rows)}
    is_pos = np.array([r.intent != "none" for r in test_rows])
    for fpr in LOOSER_FPRS:  # the same model at looser operating points, for the shape of the curve
        t = ei.threshold_at_fpr(benign_scores, fpr)
        out[f"recall_at_fpr_{fpr}"] = float((scores[is_pos] >= t).mean()) if is_pos.any() else None
    pos = defaultdict(lambda: [0, 0, 0])  # intent -> [rows, over threshold, right intent]
    neg = [0, 0]
    for r, s, p in zip(test_rows, scores, probs):
        if r.intent == "none":
            neg[0] += 1
            neg[1] += int(s >= thr)
        else:
            c = pos[r.intent]
            c[0] += 1
            c[1] += int(s >= thr)
            c[2] += int(s >= thr and ic.INTENTS[int(np.argmax(p[1:])) + 1] == r.intent)
    out["per_intent"] = {k: {"rows": v[0], "recall": v[1] / v[0], "right_intent": v[2] / v[0]} for k, v in sorted(pos.items())}
    rows = sum(v[0] for v in pos.values())
    out["positives"] = rows
    out["recall"] = sum(v[1] for v in pos.values()) / max(rows, 1)
    out["near_miss_rows"] = neg[0]
    out["near_miss_fpr"] = neg[1] / max(neg[0], 1)
    return out


def families_protocol(languages: list[str], benign, folds: list[int] | None = None) -> list[dict]:
    results = []
    train_all = {lang: ic.trained_examples(lang) for lang in languages}
    real_train = ic.real_examples("train")
    for k in folds if folds is not None else range(FOLDS):
        t0 = time.time()
        train_rows = [r for lang in languages for r in train_all[lang] if _fold(r.family) != k] + real_train
        test_families = {f["id"] for lang in languages for f in ic.phrasings(lang)["families"] if _fold(f["id"]) == k}
        test_rows = [r for lang in languages for r in ic.phrasing_examples(lang, "heldout", families=test_families)]
        model = ei.compressed(ei.train(train_rows))
        res = _score_holdout(model, test_rows, benign)
        res.update(fold=k, held_out_families=len(test_families), seconds=round(time.time() - t0, 1))
        results.append(res)
        print(json.dumps({"fold": k, "recall": res["recall"], "near_miss_fpr": res["near_miss_fpr"],
                          "families": len(test_families), "s": res["seconds"]}), file=sys.stderr)
    return results


def languages_protocol(languages: list[str], benign, held_out: list[str] | None = None) -> list[dict]:
    results = []
    train_all = {lang: ic.trained_examples(lang) for lang in languages}
    real_train = ic.real_examples("train")
    for held in held_out or languages:
        t0 = time.time()
        train_rows = [r for lang in languages if lang != held for r in train_all[lang]] + real_train
        test_rows = ic.phrasing_examples(held, "heldout")
        model = ei.compressed(ei.train(train_rows))
        res = _score_holdout(model, test_rows, benign)
        res.update(language=held, seconds=round(time.time() - t0, 1))
        results.append(res)
        print(json.dumps({"language": held, "recall": res["recall"], "near_miss_fpr": res["near_miss_fpr"],
                          "recall_1pct": res["recall_at_fpr_0.01"], "s": res["seconds"]}), file=sys.stderr)
    return results


def in_distribution(languages: list[str], benign) -> dict:
    """The shipped recipe scored on its own families (held-out tasks only): the optimistic figure."""
    train_rows = ic.corpus("train", languages)
    model = ei.compressed(ei.train(train_rows))
    test_rows = [r for lang in languages for r in ic.phrasing_examples(lang, "heldout")]
    return _score_holdout(model, test_rows, benign)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--protocol", choices=("families", "languages", "both"), default="both")
    ap.add_argument("--languages", nargs="*", default=None, help="phrasing languages used (default: all)")
    ap.add_argument("--hold-out", nargs="*", default=None, help="languages held out one at a time (default: all)")
    ap.add_argument("--skip-in-distribution", action="store_true")
    ap.add_argument("--folds", nargs="*", type=int, default=None, help=f"family folds scored (default: all {FOLDS})")
    ap.add_argument("--out", default="benchmarks/results/intent_holdout.json")
    args = ap.parse_args()
    languages = args.languages or ic.phrasing_languages()
    benign = ic.real_examples("heldout")
    report = {"languages": languages, "target_prompt_fpr": ei.TARGET_PROMPT_FPR, "C": ei.C}
    if not args.skip_in_distribution:
        report["in_distribution"] = in_distribution(languages, benign)
        print(json.dumps({"in_distribution": report["in_distribution"]["recall"]}), file=sys.stderr)
    if args.protocol in ("families", "both"):
        report["families"] = families_protocol(languages, benign, args.folds)
    if args.protocol in ("languages", "both"):
        report["languages_held_out"] = languages_protocol(languages, benign, args.hold_out)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
