"""Jailbreak attempts (DAN-style personas, "ignore previous instructions", developer mode, ...).

A linear model (logistic regression, scikit-learn) over hashed byte and word n-grams (computed
for a whole batch in numpy, see `_hashed_ngrams`: ~10x faster than sklearn's HashingVectorizer,
whose per-document Python analyzers made this the slowest detector), trained deterministically
from the public data bundled with the package: positives are the 14 DAN-family prompts and the 666
in-the-wild jailbreaks; negatives are the real Chatbot Arena user turns and Arena-Hard prompts.
Nothing is downloaded. The trained weights ship as `jailbreak_model.npz` next to this file
(weights below PRUNE dropped, float16: ~400 KB; regenerate with
`python -m distillguard.signals.jailbreak`); when the file is missing the model is trained on first
use instead (~10 s). The file records a fingerprint of its training corpus, and a test checks that
it matches the bundled data. Held-out figures (5-fold cross-validation) are in
benchmarks/results/signals.md; the AdvBench harmful requests are kept out of training so their rate
is an honest confounder check.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.signals import _hashed_ngrams, _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register

# Jailbreak framing sits at the start; longer text adds cost, not signal (1,500 vs 3,000 chars:
# same cross-validated recall and false-positive rate, about half the featurization cost).
MODEL_CHARS = 1500
# L2 strength: chosen once by cross-validation (C=10 vs 3 vs 30), see the benchmark.
C = 10.0
PRUNE = 0.01  # |weight| below this is dropped from the shipped file (no decision changes on the corpus)
MODEL_FILE = Path(__file__).with_name("jailbreak_model.npz")


def training_corpus() -> tuple[list[str], np.ndarray]:
    """(texts, labels) from the bundled public data: 1 = jailbreak, 0 = ordinary Arena prompt."""
    from distillguard import data

    positives = [p.replace("{generator.name}", "ChatGPT") for v in data.dan_prompts().values() for p in v]
    positives += list(data.inthewild_jailbreaks())
    negatives = [m["content"] for c in data.arena_conversations() for m in c["messages"] if m["role"] == "user"]
    negatives += [h["prompt"] for h in data.arena_hard_prompts()]
    texts = positives + negatives
    labels = np.array([1] * len(positives) + [0] * len(negatives), dtype=np.int8)
    return texts, labels


def _features(texts: list[str] | pa.Array) -> pa.Array:
    """The model's input: each text cut to MODEL_CHARS characters, as an Arrow string array."""
    arr = texts if isinstance(texts, pa.Array) else pa.array(texts, pa.string())
    return pc.utf8_slice_codeunits(pc.fill_null(arr, ""), 0, MODEL_CHARS)


def train(texts: list[str], labels: np.ndarray):
    """Fit the logistic regression (deterministic: lbfgs, no randomness)."""
    from sklearn.linear_model import LogisticRegression

    features = _hashed_ngrams.matrix(_features(texts))
    return LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(features, labels)


def corpus_fingerprint(texts: list[str], labels: np.ndarray) -> str:
    h = hashlib.sha256(f"C={C};chars={MODEL_CHARS};features={_hashed_ngrams.VERSION};".encode())
    for t, y in zip(texts, labels.tolist()):
        h.update(f"{y}\x1f{t}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class LinearModel:
    """Weights over the hashed features: score = sigmoid(x . w + b)."""

    def __init__(self, weights: np.ndarray, bias: float):
        self.weights = weights.astype(np.float64)
        self.bias = float(bias)

    def predict(self, texts: list[str] | pa.Array) -> np.ndarray:
        if not len(texts):
            return np.zeros(0, dtype=np.float32)
        z = _hashed_ngrams.linear_scores(_features(texts), self.weights) + self.bias
        return (1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))).astype(np.float32)


def save(path: Path = MODEL_FILE) -> None:
    texts, labels = training_corpus()
    coef = train(texts, labels)
    w = coef.coef_[0]
    keep = np.nonzero(np.abs(w) >= PRUNE)[0]
    np.savez_compressed(
        path,
        index=keep.astype(np.int32),
        weight=w[keep].astype(np.float16),
        bias=np.float64(coef.intercept_[0]),
        size=np.int64(len(w)),
        fingerprint=np.array(corpus_fingerprint(texts, labels)),
    )


def load(path: Path = MODEL_FILE) -> tuple[LinearModel, str]:
    with np.load(path) as f:
        weights = np.zeros(int(f["size"]), np.float64)
        weights[f["index"]] = f["weight"].astype(np.float64)
        return LinearModel(weights, float(f["bias"])), str(f["fingerprint"])


@functools.cache
def _model() -> LinearModel:
    if MODEL_FILE.is_file():
        return load()[0]
    fitted = train(*training_corpus())
    return LinearModel(fitted.coef_[0], fitted.intercept_[0])


@register
class Jailbreak(ExchangeDetector):
    name = "jailbreak"
    cost_rank = 100
    evidence = "safety"
    version = "2"
    atlas = ("AML.T0054",)
    description = "attempt a jailbreak (persona / DAN / ignore-your-rules prompts)"
    threshold = 0.5
    inputs = (schema.PROMPT,)

    def score(self, exchanges: pa.Table) -> pa.Table:
        texts = _text.text(exchanges, schema.PROMPT, MODEL_CHARS)
        # Featurize each distinct prompt once (templated and retried traffic repeats prompts).
        encoded = pc.dictionary_encode(texts)
        distinct = encoded.dictionary
        per_distinct = np.zeros(len(distinct), dtype=np.float32)
        # Empty prompts carry no jailbreak; skip the model for them (and for empty batches).
        nonempty = np.nonzero(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(distinct)), 0).to_numpy(zero_copy_only=False))[0]
        if len(nonempty):
            per_distinct[nonempty] = _model().predict(distinct.take(pa.array(nonempty)))
        scores = per_distinct[encoded.indices.to_numpy(zero_copy_only=False)] if len(texts) else per_distinct
        return _text.output(self.output_columns(), {self.name: scores})


if __name__ == "__main__":  # python -m distillguard.signals.jailbreak  -> rewrite the model file
    save()
    print(f"wrote {MODEL_FILE}", file=sys.stderr)
