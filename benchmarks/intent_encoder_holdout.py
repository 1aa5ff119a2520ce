"""Held-out measurement of the two-stage extraction-intent classifier (n-gram stage + encoder head).

Same protocols as `intent_holdout.py` (never by row): a fold of whole phrasing families, one
whole language, or (session 15) every family of one author, is left out of BOTH stages' training (the n-gram model and the encoder head are
refit without it), the thresholds are calibrated as shipped on the held-out real benign prompts
(13,313, never trained on), and the held-out extraction requests are scored at that operating point.

Reported per run, at 0.1% benign prompt FPR (and at looser rates for the shape of the curve):
- `ngram`: the n-gram stage alone (the classifier before the encoder stage);
- `combined`: the static word-vector head (`intent_static`) read with the n-gram stage on their
  benign tail rates (`extraction_intent.CombinedCut`, the default since session 16; sessions 7-15's
  figures under `static_two_stage` / `static_low<share>` came from a band split: the static head
  alone deciding for prompts between the n-gram screen and the n-gram stage's own cut);
- `two_stage`: with `scan --encoder` (the e5 head instead, on the same prompts);
- `encoder_alone`: the encoder head on every window of every prompt (no screen; what the encoder
  could do if its cost were no object; threshold on the best windows of a fixed sample of
  ALONE_BENIGN benign prompts, so its 0.1% point rests on 3 prompts); `static_alone` likewise.

Embeddings are cached (`--cache`, default the training cache): the first run embeds the test
prompts' windows (~0.1 s each on one core).

    python benchmarks/intent_encoder_holdout.py --folds 0 --hold-out es ja hi --out FILE.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.signals import extraction_intent as ei  # noqa: E402
from distillguard.signals import intent_corpus as ic  # noqa: E402
from distillguard.signals.intent_encoder import embed_cached  # noqa: E402
from distillguard.signals.intent_windows import split  # noqa: E402

LOOSER = (0.01,)
ALONE_BENIGN = 3000  # benign prompts the encoder-alone figure is calibrated on (every window embedded)
WITH_ENCODER = True  # also fit and measure the e5 head (`scan --encoder`)
STATIC_HEADS: tuple[int, ...] = (ei.STATIC_HIDDEN,)  # static heads compared (hidden units; 0: linear)
QUESTIONS: tuple = (np.array([]), [])  # (language, text) arrays of the held-out multilingual questions
MAX_TEST_PROMPTS = 1500  # per run, a fixed sample of the held-out requests (embedding cost)


def _fold(family_id: str) -> int:  # the folds of intent_holdout.py
    import hashlib

    return hashlib.blake2b(family_id.encode(), digest_size=2).digest()[0] % 5


def _encoder_alone(probabilities, texts: list[str], encode=lambda t: t) -> np.ndarray:
    owner, pieces = [], []
    for i, t in enumerate(texts):
        for a, b in split(t or ""):
            owner.append(i)
            pieces.append(t[a:b])
    out = np.zeros(len(texts))
    if pieces:
        s = 1.0 - probabilities(encode(pieces))[:, 0]
        np.maximum.at(out, np.asarray(owner), s)
    return out


def run(train_rows, test_rows, benign: list[str], cache: Path, embedder) -> dict:
    t0 = time.time()
    encode = lambda texts: embed_cached(texts, cache)  # noqa: E731
    model = ei.compressed(ei.train(train_rows))
    model.head = ei.train_head(train_rows, cache, c=ei.HEAD_C) if WITH_ENCODER else None
    rng = np.random.default_rng(0)
    pos = [r for r in test_rows if r.intent != "none"]
    if len(pos) > MAX_TEST_PROMPTS:
        pos = [pos[i] for i in sorted(rng.choice(len(pos), MAX_TEST_PROMPTS, replace=False))]
    texts = [r.text for r in pos]
    out: dict = {"positives": len(pos), "seconds_fit": round(time.time() - t0, 1)}
    # n-gram stage alone, calibrated at the whole target rate
    s1b = model.ngram_scores(benign)
    s1 = model.ngram_scores(texts)
    for fpr in (ei.TARGET_PROMPT_FPR, *LOOSER):
        out[f"ngram@{fpr}"] = float((s1 >= ei.threshold_at_fpr(s1b, fpr)).mean())
    sample = [benign[i] for i in sorted(np.random.default_rng(1).choice(len(benign), min(ALONE_BENIGN, len(benign)), replace=False))]
    # Each static head compared (`--static-hidden`: 0 is the linear head) beside the same n-gram stage;
    # keys of heads other than the shipped one carry "h<units>/".
    for hidden in STATIC_HEADS:
        prefix = "" if hidden == ei.STATIC_HIDDEN else f"h{hidden}/"
        model.static = ei.train_static(train_rows, embedder, hidden=hidden).shipped()
        # two stages, calibrated as shipped: the static stage read with the n-gram stage (CombinedCut)
        meta = ei.calibrate(model, {}, benign, encode if WITH_ENCODER else None)
        ss, _, _ = model.explain(texts)  # the default path
        out[f"{prefix}combined@{ei.TARGET_PROMPT_FPR}"] = float((ss >= model.threshold).mean())
        out[f"{prefix}calibration_combined"] = {k: meta[k] for k in ("threshold", "combined_threshold", "static_stage")}
        if not prefix:
            # benign text never trained on nor calibrated on: the held-out half of the multilingual questions
            flagged = model.explain(QUESTIONS[1])[0] >= model.threshold
            out["questions_fpr"] = float(flagged.mean()) if len(flagged) else None
            out["questions_fpr_per_language"] = {g: float(flagged[QUESTIONS[0] == g].mean()) for g in sorted(set(QUESTIONS[0]))}
            authors = ic.family_authors()
            for key, of in (("static_per_intent", lambda r: r.intent), ("static_per_language", lambda r: r.language),
                            ("static_per_author", lambda r: authors.get(r.family, "real"))):
                values = np.array([of(r) for r in pos])
                out[key] = {v: float((ss[values == v] >= model.threshold).mean()) for v in sorted(set(values))}
        sb = _encoder_alone(model.static.probabilities, sample)
        sp = _encoder_alone(model.static.probabilities, texts)
        for fpr in (ei.TARGET_PROMPT_FPR, *LOOSER):
            out[f"{prefix}static_alone@{fpr}"] = float((sp >= ei.threshold_at_fpr(sb, fpr)).mean())
    if WITH_ENCODER:
        meta = ei.calibrate(model, {}, benign, encode)
        s, _, _ = model.explain(texts, encode=encode)
        out[f"two_stage@{ei.TARGET_PROMPT_FPR}"] = float((s >= model.threshold).mean())
        out["calibration"] = {k: meta[k] for k in ("threshold", "screen", "head_threshold", "stage_threshold", "encoder_stage")}
        per_intent = {}
        for intent in sorted({r.intent for r in pos}):
            m = np.array([r.intent == intent for r in pos])
            per_intent[intent] = float((s[m] >= model.threshold).mean())
        out["two_stage_per_intent"] = per_intent
        eb = _encoder_alone(model.head.probabilities, sample, encode)
        ep = _encoder_alone(model.head.probabilities, texts, encode)
        for fpr in (ei.TARGET_PROMPT_FPR, *LOOSER):
            out[f"encoder_alone@{fpr}"] = float((ep >= ei.threshold_at_fpr(eb, fpr)).mean())
    out["screen_recall"] = float((s1 >= model.screen).mean())
    out["seconds"] = round(time.time() - t0, 1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", nargs="*", type=int, default=[0])
    ap.add_argument("--hold-out", nargs="*", default=[], help="languages held out one at a time")
    ap.add_argument("--cache", type=Path, default=ei.EMBEDDING_CACHE)
    ap.add_argument("--out", default="benchmarks/results/intent_encoder_holdout.json")
    # the settings compared in BENCHMARKS.md (defaults: the shipped ones)
    ap.add_argument("--head-c", type=float, default=ei.HEAD_C)
    ap.add_argument("--ngram-share", type=float, default=ei.NGRAM_SHARE)
    ap.add_argument("--screen-fpr", type=float, default=ei.SCREEN_FPR)
    ap.add_argument("--encoder-windows", type=int, default=ei.ENCODER_WINDOWS)
    ap.add_argument("--static-windows", type=int, default=ei.STATIC_WINDOWS)
    ap.add_argument("--static-hidden", nargs="*", type=int, default=[ei.STATIC_HIDDEN],
                    help="static heads to compare beside one n-gram stage (hidden units; 0: the linear head of sessions 7-13)")
    ap.add_argument("--drop-folds", nargs="*", type=int, default=[],
                    help="family folds also left out of training in every run (a learning curve: fewer families)")
    ap.add_argument("--hold-out-authors", nargs="*", default=[],
                    help="phrasing authors held out, one run per argument (a,b,c: those authors together): their families "
                         "are the test (recall also per author), and training "
                         "and the static vocabulary leave them out (words embedded through the e5 cache)")
    ap.add_argument("--train-without-authors", nargs="*", default=[],
                    help="authors also left out of training and of the vocabulary in the author runs "
                         "(the baseline: what the model knew before they wrote)")
    ap.add_argument("--max-test-prompts", type=int, default=1500,
                    help="held-out requests sampled per run (the e5 head embeds each; the static path is cheap)")
    ap.add_argument("--test-authors", nargs="*", default=None,
                    help="in fold and language runs, score only the held-out families of these authors "
                         "(e.g. original: the same test families as before session 15's authors)")
    ap.add_argument("--without-questions", action="store_true",
                    help="train without the multilingual questions (the corpus before session 15)")
    ap.add_argument("--no-encoder", action="store_true", help="skip the e5 head (the default path has none; saves its fit)")
    args = ap.parse_args()
    global WITH_ENCODER, MAX_TEST_PROMPTS
    MAX_TEST_PROMPTS = args.max_test_prompts
    WITH_ENCODER = not args.no_encoder
    global STATIC_HEADS
    STATIC_HEADS = tuple(args.static_hidden)
    ei.STATIC_WINDOWS = args.static_windows
    ei.HEAD_C, ei.NGRAM_SHARE, ei.SCREEN_FPR, ei.ENCODER_WINDOWS = (args.head_c, args.ngram_share, args.screen_fpr,
                                                                    args.encoder_windows)
    languages = ic.phrasing_languages()
    benign = [r.text for r in ic.real_examples("heldout")]
    authors = ic.family_authors()
    train_all = {lang: ic.trained_examples(lang) for lang in languages}
    real_train = [r for r in ic.real_examples("train") if not (args.without_questions and r.family == "real:questions")]
    global QUESTIONS
    held_questions = ic.question_examples("heldout")
    QUESTIONS = (np.array([r.group.split("/")[0] for r in held_questions]), [r.text for r in held_questions])
    embedder = ei.load().static.embedder  # the shipped vocabulary and vectors (re-embedding it: ~7 min of e5)
    report: dict = {"target_prompt_fpr": ei.TARGET_PROMPT_FPR, "screen_fpr": ei.SCREEN_FPR, "static_windows": ei.STATIC_WINDOWS,
                    "ngram_share": ei.NGRAM_SHARE, "head_c": ei.HEAD_C, "encoder_windows": ei.ENCODER_WINDOWS,
                    "benign": len(benign), "drop_folds": args.drop_folds,
              "without_questions": args.without_questions, "test_authors": args.test_authors, "questions": len(QUESTIONS[1]), "runs": []}
    for k in args.folds:
        train_rows = [r for lang in languages for r in train_all[lang]
                      if _fold(r.family) != k and _fold(r.family) not in args.drop_folds] + real_train
        test_families = {f["id"] for lang in languages for f in ic.phrasings(lang)["families"]
                         if _fold(f["id"]) == k and authors[f["id"]] not in ic.NEVER_TRAINED_AUTHORS
                         and (args.test_authors is None or authors[f["id"]] in args.test_authors)}
        test_rows = [r for lang in languages for r in ic.phrasing_examples(lang, "heldout", families=test_families)]
        res = dict(run(train_rows, test_rows, benign, args.cache, embedder), held_out=f"family fold {k}", families=len(test_families))
        report["runs"].append(res)
        print(json.dumps(res), file=sys.stderr, flush=True)
    for held in args.hold_out:
        train_rows = [r for lang in languages if lang != held for r in train_all[lang]
                      if _fold(r.family) not in args.drop_folds] + real_train
        test_rows = [r for r in ic.trained_examples(held, "heldout")
                     if args.test_authors is None or authors[r.family] in args.test_authors]
        res = dict(run(train_rows, test_rows, benign, args.cache, embedder), held_out=f"language {held}")
        report["runs"].append(res)
        print(json.dumps(res), file=sys.stderr, flush=True)
        Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for group in args.hold_out_authors:
        held = set(group.split(","))
        left_out = held | set(args.train_without_authors)

        def known(r, left_out=left_out) -> bool:  # real rows and templates have no author
            return authors.get(r.family) not in left_out

        train_rows = [r for lang in languages for r in train_all[lang]
                      if known(r) and _fold(r.family) not in args.drop_folds] + real_train
        test_families = {f for f, a in authors.items() if a in held}
        test_rows = [r for lang in languages for r in ic.phrasing_examples(lang, "heldout", families=test_families)]
        vocabulary_rows = [r for split in ic.SPLITS for r in ic.corpus(split)
                           if known(r) and not (args.without_questions and r.family == "real:questions")]
        res = dict(run(train_rows, test_rows, benign, args.cache, ei.static_embedder(rows=vocabulary_rows)),
                   held_out=f"authors {group}", families=len(test_families),
                   trained_without=sorted(args.train_without_authors))
        report["runs"].append(res)
        print(json.dumps(res), file=sys.stderr, flush=True)
        Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
