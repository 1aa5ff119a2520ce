"""Extraction intent: a learned, multilingual classifier of what a prompt asks the model for.

The primary content signal. Cue lists (cot_elicitation, rubric_grading, ...) know the sentences
someone wrote down; this model is trained on many independent hand-written phrasing families per
intent in 18 languages, filled with real public tasks and varied by program, against every real
benign prompt bundled with the package (see `intent_corpus`). Held-out figures (whole phrasing
families and whole languages left out of training) are in BENCHMARKS.md ("Extraction intent").

Model: multinomial logistic regression (scikit-learn) over the hashed byte 3-5-gram and word
1-2-gram features of `_hashed_ngrams` (script-agnostic: CJK, Devanagari, Arabic alike), scored
window by window over the last user turn (`intent_windows`: ~240-character windows of its head
and tail); a prompt scores as its most telling window. Training labels a window with its row's
intent only when it holds enough of the request's wording (the rest is the wrapped task: `none`).
Weak spots, measured: phrasings and languages far from the training families, and non-English
task text (competitive-programming statements) that looks like a request.

Outputs:
- `extraction_intent` = 1 - P(none): the probability that the prompt asks for an extraction intent;
- `extraction_intent.intent`: the most likely intent when the score reaches the threshold, else null;
- `extraction_intent.span`: "chars A-B", the window of the prompt that drove a hit (offsets only:
  an analyst reads the span in the log; verdicts never quote prompt text).

The threshold is calibrated on real benign prompts the model never trained on, at a prompt-level
false-positive rate of TARGET_PROMPT_FPR, and stored with the model. Retrain (deterministic) with
`python -m distillguard.signals.extraction_intent`; the model file records a fingerprint of its
corpus, and a test checks it against the bundled phrasings.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.signals import _hashed_ngrams, _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.intent_corpus import INTENTS
from distillguard.signals.intent_windows import VERSION as WINDOWS_VERSION
from distillguard.signals.intent_windows import split
from distillguard.signals.registry import register

NAME = "extraction_intent"
INTENT_COLUMN = f"{NAME}.intent"  # the label column (read by behaviour features for `top_intent`)
SPAN_COLUMN = f"{NAME}.span"  # "chars A-B": the window of the prompt that drove a hit
C = 30.0  # inverse L2 strength (4 vs 30 compared on held-out tasks, see BENCHMARKS.md)
HARD_NEGATIVE_ROUNDS = 1
HARD_NEGATIVE_BOOST = 5.0
NONE_WEIGHT = 2.0  # total weight of `none` rows against 1 for all extraction intents together
PRUNE = 0.05  # rows whose largest |weight| is below this are dropped from the shipped file
TARGET_PROMPT_FPR = 0.001
MODEL_FILE = Path(__file__).with_name("extraction_intent_model.npz")
META_FILE = Path(__file__).with_name("extraction_intent_model.json")
DEFAULT_THRESHOLD = 0.5
WINDOW_BLOCK = 4096  # windows featurized at once: bounds the memory of the sparse n-gram matrix


class IntentModel:
    """softmax(x . W + b) over INTENTS; W is (2 * N_FEATURES, len(INTENTS))."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, threshold: float = DEFAULT_THRESHOLD):
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float64)
        self.threshold = float(threshold)

    def window_probabilities(self, windows: list[str] | pa.Array) -> np.ndarray:
        """P(intent) of each window (a short text; see `intent_windows`)."""
        if not len(windows):
            return np.zeros((0, len(INTENTS)))
        arr = windows if isinstance(windows, pa.Array) else pa.array(windows, pa.string())
        # In blocks: the n-gram entries of a whole slice's windows take gigabytes (24 B each).
        z = np.concatenate([np.asarray(_hashed_ngrams.matrix(arr.slice(a, WINDOW_BLOCK)).astype(np.float32)
                                       @ self.weights, dtype=np.float64)
                            for a in range(0, len(arr), WINDOW_BLOCK)]) + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def probabilities(self, texts: list[str] | pa.Array) -> np.ndarray:
        """Per text: the intent probabilities of its most telling window (lowest P(none))."""
        return self._best_windows(texts)[0]

    def _best_windows(self, texts) -> tuple[np.ndarray, list[tuple[int, int] | None]]:
        texts = texts.to_pylist() if isinstance(texts, (pa.Array, pa.ChunkedArray)) else list(texts)
        owner, pieces, spans = [], [], []
        for i, t in enumerate(texts):
            for a, b in split(t or ""):
                owner.append(i)
                pieces.append(t[a:b])
                spans.append((a, b))
        out = np.zeros((len(texts), len(INTENTS)))
        out[:, 0] = 1.0  # no window (blank text): none
        best_span: list[tuple[int, int] | None] = [None] * len(texts)
        if not pieces:
            return out, best_span
        p = self.window_probabilities(pieces)
        owner_arr = np.asarray(owner)
        # The window with the lowest P(none) per text: sort by (owner, P(none)), first of each owner.
        order = np.lexsort((p[:, 0], owner_arr))
        first = order[np.r_[True, owner_arr[order][1:] != owner_arr[order][:-1]]]
        out[owner_arr[first]] = p[first]
        for j in first.tolist():
            best_span[owner[j]] = spans[j]
        return out, best_span

    def scores(self, texts: list[str] | pa.Array, threshold: float | None = None
               ) -> tuple[np.ndarray, list[str | None]]:
        """(1 - P(none) of the most telling window, its most likely intent or None below the
        threshold) per text."""
        s, labels, _ = self.explain(texts, threshold)
        return s, labels

    def explain(self, texts: list[str] | pa.Array, threshold: float | None = None
                ) -> tuple[np.ndarray, list[str | None], list[tuple[int, int] | None]]:
        """`scores` plus the (start, end) of the window that drove each score."""
        threshold = self.threshold if threshold is None else threshold
        p, spans = self._best_windows(texts)
        score = 1.0 - p[:, 0] if len(p) else np.zeros(0)
        best = np.argmax(p[:, 1:], axis=1) + 1 if len(p) else np.zeros(0, int)
        labels = [INTENTS[b] if s >= threshold else None for s, b in zip(score, best)]
        return score.astype(np.float32), labels, spans


def train(rows, c: float = C, rounds: int = HARD_NEGATIVE_ROUNDS) -> "IntentModel":
    """Fit the multinomial logistic regression on the windows of corpus rows (deterministic:
    lbfgs). After each fit, `none` windows the model still puts on the wrong side (real prompts
    and near misses that look like requests) weigh HARD_NEGATIVE_BOOST times more in the next:
    they are rare in the corpus but they are what sets a threshold at 0.1% benign FPR."""
    from sklearn.linear_model import LogisticRegression

    from distillguard.signals.intent_corpus import training_windows

    texts, labels, groups = training_windows(rows)
    y = np.array([INTENTS.index(lab) for lab in labels])
    x = _hashed_ngrams.matrix(pa.array(texts, pa.string()))
    w = sample_weights(y, groups)
    fitted = LogisticRegression(C=c, max_iter=300, tol=1e-3, warm_start=True)
    for round_ in range(rounds + 1):
        fitted.fit(x, y, sample_weight=w)  # later rounds start from the previous fit
        if round_ == rounds:
            break
        none_col = list(fitted.classes_).index(0)
        wrong = (y == 0) & (fitted.predict_proba(x)[:, none_col] < 0.5)
        w = np.where(wrong, w * HARD_NEGATIVE_BOOST, w)
    # Classes absent from the labels (a held-out run) keep weight 0 and a very low bias.
    weights = np.zeros((x.shape[1], len(INTENTS)), np.float32)
    bias = np.full(len(INTENTS), -30.0)
    weights[:, fitted.classes_] = fitted.coef_.T
    bias[fitted.classes_] = fitted.intercept_
    return IntentModel(weights, bias)


def sample_weights(y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Row weights: each extraction intent weighs the same in all; within each phrasing language
    the `none` rows weigh NONE_WEIGHT times that language's positive rows, and the real benign
    prompts NONE_WEIGHT times all positives. So a script or a language is no evidence either way
    (the model cannot learn "Chinese text = extraction" from a corpus with more Chinese
    positives than Chinese negatives), and text with no telling n-gram leans to `none`."""
    y = np.asarray(y)
    groups_arr = np.asarray(groups)
    w = np.zeros(len(y))
    for k in np.unique(y[y != 0]):
        w[y == k] = 1.0 / (y == k).sum()
    total_pos = w.sum() or 1.0
    for g in np.unique(groups_arr):
        none = (groups_arr == g) & (y == 0)
        if none.any():
            pos = w[(groups_arr == g) & (y != 0)].sum() if g != "real" else total_pos
            w[none] = NONE_WEIGHT * max(pos, total_pos / 50) / none.sum()
    return w * len(y) / w.sum()


def threshold_at_fpr(benign_scores: np.ndarray, fpr: float = TARGET_PROMPT_FPR) -> float:
    """A threshold keeping the share of benign scores >= it at or under `fpr`: halfway between the
    last benign score allowed over it and the first one kept under (so float noise in a later
    run's scores cannot move a benign prompt across it)."""
    s = np.sort(np.asarray(benign_scores, dtype=np.float64))[::-1]
    if len(s) == 0:
        return DEFAULT_THRESHOLD
    allowed = int(np.floor(fpr * len(s)))  # this many benign prompts may reach the threshold
    if allowed >= len(s):
        return float(s[-1])
    above = s[allowed - 1] if allowed > 0 else 1.0
    # Ties at s[allowed] with scores above it: move down the list until the first strictly lower.
    while allowed > 0 and s[allowed - 1] == s[allowed]:
        allowed -= 1
        above = s[allowed - 1] if allowed > 0 else 1.0
    return float((s[allowed] + above) / 2) if above > s[allowed] else float(np.nextafter(s[allowed], np.inf))


def corpus_fingerprint(rows) -> str:
    h = hashlib.sha256(f"C={C};none={NONE_WEIGHT};hard={HARD_NEGATIVE_ROUNDS}x{HARD_NEGATIVE_BOOST};windows={WINDOWS_VERSION};features={_hashed_ngrams.VERSION};".encode())
    for r in rows:
        h.update(f"{r.intent}\x1f{r.language}\x1f{r.marked}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def build() -> tuple[IntentModel, dict]:
    """Train on the `train` half of the corpus, compress the weights as shipped, calibrate the
    threshold of the compressed model on the held-out real benign prompts (never trained on), and
    return the model with its metadata."""
    from distillguard.signals import intent_corpus

    rows = intent_corpus.corpus("train")
    model = compressed(train(rows))
    return model, calibrate(model, {"training_rows": len(rows), "fingerprint": corpus_fingerprint(rows)})


def calibrate(model: IntentModel, meta: dict) -> dict:
    """Set the model's threshold at TARGET_PROMPT_FPR of the held-out real benign prompts."""
    from distillguard.signals import intent_corpus

    benign = intent_corpus.real_examples("heldout")
    benign_scores, _ = model.scores([r.text for r in benign], 1.0)
    model.threshold = threshold_at_fpr(benign_scores)
    return dict(meta, threshold=model.threshold, target_prompt_fpr=TARGET_PROMPT_FPR,
                calibrated_on=f"{len(benign)} held-out real benign prompts",
                languages=intent_corpus.phrasing_languages(), intents=list(INTENTS),
                features=_hashed_ngrams.VERSION)


def _quantize(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(kept feature rows, int8 weights, float16 scale per row): rows whose largest |weight| is
    under PRUNE are dropped, the rest stored as int8 times a per-row scale (3.4 MB instead of
    17 MB; held-out recall at the calibrated threshold within 1 point of the float model)."""
    keep = np.nonzero(np.abs(weights).max(axis=1) >= PRUNE)[0]
    scale = (np.abs(weights[keep]).max(axis=1) / 127.0).astype(np.float16)
    q = np.round(weights[keep] / scale.astype(np.float32)[:, None]).astype(np.int8)
    return keep.astype(np.int32), q, scale


def _dequantize(size: int, keep: np.ndarray, q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    weights = np.zeros((size, q.shape[1] if q.ndim == 2 else len(INTENTS)), np.float32)
    weights[keep] = q.astype(np.float32) * scale.astype(np.float32)[:, None]
    return weights


def compressed(model: IntentModel) -> IntentModel:
    """The model exactly as it is shipped (pruned, int8): thresholds are set on this one."""
    return IntentModel(_dequantize(model.weights.shape[0], *_quantize(model.weights)), model.bias, model.threshold)


def save(model: IntentModel, meta: dict, path: Path = MODEL_FILE, meta_path: Path = META_FILE) -> None:
    keep, q, scale = _quantize(model.weights)
    np.savez_compressed(path, index=keep, q=q, scale=scale, bias=model.bias, size=np.int64(model.weights.shape[0]))
    meta = dict(meta, kept_features=int(len(keep)))
    meta_path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(path: Path = MODEL_FILE, meta_path: Path = META_FILE) -> IntentModel:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(path) as f:
        return IntentModel(_dequantize(int(f["size"]), f["index"], f["q"], f["scale"]), f["bias"], meta["threshold"])


def shipped_meta() -> dict:
    return json.loads(META_FILE.read_text(encoding="utf-8")) if META_FILE.is_file() else {}


@functools.cache
def _model() -> IntentModel:
    if MODEL_FILE.is_file() and META_FILE.is_file():
        return load()
    return build()[0]  # a source checkout without the shipped model: train once (~1 min)


@register
class ExtractionIntent(ExchangeDetector):
    name = NAME
    version = "1"
    atlas = ("AML.T0024.002", "AML.T0005", "AML.T0056")
    description = "ask for model outputs of the kind used to train another model"
    threshold = float(shipped_meta().get("threshold", DEFAULT_THRESHOLD))
    inputs = (schema.PROMPT,)
    family = "content"  # with the cue lists it explains: one thing measured, counted once
    cost_rank = 95

    explanation = SPAN_COLUMN

    def output_columns(self) -> dict[str, pa.DataType]:
        return {self.name: pa.float32(), INTENT_COLUMN: pa.string(), SPAN_COLUMN: pa.string()}

    def score(self, exchanges: pa.Table) -> pa.Table:
        texts = _text.text(exchanges, schema.PROMPT)
        encoded = pc.dictionary_encode(texts)
        distinct = encoded.dictionary
        per_distinct = np.zeros(len(distinct), np.float32)
        labels: list[str | None] = [None] * len(distinct)
        spans: list[str | None] = [None] * len(distinct)
        nonempty = np.nonzero(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(distinct)), 0).to_numpy(zero_copy_only=False))[0]
        if len(nonempty):
            s, lab, where = _model().explain(distinct.take(pa.array(nonempty)), self.threshold)
            per_distinct[nonempty] = s
            for i, label, span in zip(nonempty.tolist(), lab, where):
                labels[i] = label
                spans[i] = f"chars {span[0]}-{span[1]}" if label is not None and span is not None else None
        idx = pa.array(encoded.indices.to_numpy(zero_copy_only=False) if len(texts) else np.zeros(0, int))
        return _text.output(self.output_columns(), {
            self.name: per_distinct[idx.to_numpy()],
            INTENT_COLUMN: pa.array(labels, pa.string()).take(idx),
            SPAN_COLUMN: pa.array(spans, pa.string()).take(idx),
        })


if __name__ == "__main__":  # python -m distillguard.signals.extraction_intent  -> retrain the shipped model
    fitted, info = build()
    save(fitted, info)
    print(f"wrote {MODEL_FILE.name} and {META_FILE.name}: threshold {info['threshold']:.4f}, "
          f"{info['training_rows']} training rows", file=sys.stderr)
