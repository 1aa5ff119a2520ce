"""Extraction-intent classifier on whole authors it never trained on (BENCHMARKS.md, intent).

For each author given (default: `intent_corpus.HELD_OUT_AUTHORS`, the standing test), the shipped
model reads the author's families on the held-out half of the real items: recall of its requests
(intent != none) at the model's own cut, per language, and the hit rate of its `none` families
(hard negatives). `--negatives A ...` reads authors of `none` families only (benign wording,
measured before and after they are trained on).

    .venv/bin/python benchmarks/intent_authors.py [--authors s15j ...] [--negatives s21n] [--out FILE]
                                                  [--trained hi en ...]
                                                  [--encoder --sample N]

`--trained LANG ...` reads, beside them, the families of those languages the model trained on
(`intent_corpus.trained_examples`, filled from the held-out half of the real items): the
in-distribution figure to report beside the held-out ones.

`--encoder` reads with the opt-in e5 stage too (`scan --encoder`; ~0.1 s of a core a window, so
`--sample N` reads N requests and N/3 hard negatives drawn at random, seed 5).
"""

from __future__ import annotations

import argparse
import collections
import json
import random

from distillguard.signals import extraction_intent, intent_corpus


def _examples(author: str) -> list:
    authors = intent_corpus.family_authors()
    mine = {f for f, a in authors.items() if a == author}
    return [r for lang in intent_corpus.phrasing_languages()
            for r in intent_corpus.phrasing_examples(lang, "heldout", families=mine)]


def _sample(rows: list, n: int | None) -> list:
    """n requests and n // 3 hard negatives drawn at random (seed 5), or every row."""
    if n is None:
        return rows
    rows = list(rows)
    random.Random(5).shuffle(rows)
    return [r for r in rows if r.intent != "none"][:n] + [r for r in rows if r.intent == "none"][:n // 3]


def read(model, rows, encode=None) -> tuple[dict, list]:
    """(summary, labels) of the model reading `rows` (with the e5 stage when `encode`)."""
    _, labels, _ = model.explain([r.text for r in rows], encode=encode)
    return summary(rows, labels), labels


def summary(rows, labels) -> dict:
    req = [(r, lab) for r, lab in zip(rows, labels) if r.intent != "none"]
    neg = [(r, lab) for r, lab in zip(rows, labels) if r.intent == "none"]
    by_lang = collections.defaultdict(lambda: [0, 0])
    for r, lab in req:
        by_lang[r.language][0] += lab is not None
        by_lang[r.language][1] += 1
    return {"requests": len(req), "recall": sum(lab is not None for _, lab in req) / max(len(req), 1),
            "by_language": {k: round(h / n, 3) for k, (h, n) in sorted(by_lang.items())},
            "negatives": len(neg), "negatives_hit": sum(lab is not None for _, lab in neg) / max(len(neg), 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--authors", nargs="*", default=sorted(intent_corpus.HELD_OUT_AUTHORS))
    ap.add_argument("--negatives", nargs="*", default=[])
    ap.add_argument("--trained", nargs="*", default=[], help="languages whose trained families to read (in distribution)")
    ap.add_argument("--out")
    ap.add_argument("--encoder", action="store_true", help="read with the e5 stage too (scan --encoder)")
    ap.add_argument("--sample", type=int, default=None, help="requests read per author (and a third as many negatives)")
    args = ap.parse_args()
    model = extraction_intent.load()
    encode = None
    if args.encoder:
        from distillguard.signals.intent_encoder import encoder

        encode = encoder(required=True).embed
    out = {}
    rows_all, labels_all = [], []
    for author in [*args.authors, *args.negatives]:
        rows = _sample(_examples(author), args.sample)
        out[author], labels = read(model, rows, encode)
        if author in args.authors:
            rows_all += rows
            labels_all += labels
        print(author, json.dumps(out[author]))
    if rows_all:  # (from the authors' own readings: the model reads each prompt once)
        out["standing"] = summary(rows_all, labels_all)
        print("standing", json.dumps(out["standing"]))
    if args.trained:
        rows = _sample([r for lang in args.trained for r in intent_corpus.trained_examples(lang, "heldout")], args.sample)
        out["in_distribution"], _ = read(model, rows, encode)
        print("in_distribution", json.dumps(out["in_distribution"]))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
