"""Extraction intent: a learned, multilingual classifier of what a prompt asks the model for.

The primary content signal. Cue lists (cot_elicitation, rubric_grading, ...) know the sentences
someone wrote down; this model is trained on many independent hand-written phrasing families per
intent in 18 languages, filled with real public tasks and varied by program, against every real
benign prompt bundled with the package (see `intent_corpus`), and 40,598 questions people wrote
in 15 other languages. Held-out figures (whole phrasing families, whole languages and whole
authors left out of training; four authors are never trained on, `intent_corpus.HELD_OUT_AUTHORS`)
are in BENCHMARKS.md ("Extraction intent"). Requests by authors it never read (session 18): 55%
(English 59%) at 0.1% prompt FPR.

Two stages over the windows of the last
user turn (`intent_windows`: ~240-character windows of its head and tail); a prompt scores as its
most telling window. Training labels a window with its row's intent only when it holds enough of
the request's wording (the rest is the wrapped task: `none`).
1. n-gram stage, on every window: a multinomial logistic regression (scikit-learn) over hashed
   byte 3-5-gram and word 1-2-gram features of `_hashed_ngrams` (script-agnostic, ~0.3 ms a
   prompt). It knows wordings close to its training families; held out, alone, whole phrasing
   families are found at 27-28% and whole languages at 1-7% (BENCHMARKS.md).
2. second stage. By default a head with one hidden layer (`StaticHead`) on static multilingual
   word vectors (`intent_static`: the unit-length sum of the window's words' e5 embeddings
   centred per language, ~0.1 ms a window), which carries what it learned to synonyms and, less
   well, to other languages. It reads up to STATIC_WINDOWS windows of every prompt (the n-gram
   stage's most telling first), and the two stages are read together (`CombinedCut`): each
   score becomes its benign tail rate (the share of the calibration prompts scoring as high), and
   a prompt is a hit when the product of the two rates is as rare as the target allows (Fisher's
   statistic, thresholded on the benign prompts themselves). A request moderately unusual to both
   stages is caught, and one stage's outliers on benign text no longer spend the budget alone
   (session 16, two sets of authors held out of training: 16.1% -> 20.3% and 31.8% -> 36.8% at
   the same rate; BENCHMARKS.md, intent). Until session 16 the static head decided alone for
   prompts between the n-gram screen and the n-gram stage's own cut, and overruled near-certain
   n-gram scores with low static ones.
   With `scan --encoder`, a linear head on multilingual-e5-small sentence embeddings
   (`intent_encoder`, ~0.1 s of a core a window) reads the most telling window of the prompts
   the n-gram stage finds uncertain (between its `screen`, the top SCREEN_FPR of benign prompts,
   and its own stage threshold) and decides for them (held-out families 64%).
   A model file without a second stage runs stage 1 alone at `threshold`, the whole target rate.
3. known public templates (`KnownTemplates`): a prompt or system message holding most of the fixed
   wording of one of the real pipeline templates the corpus bundles is a hit of its intent, whatever
   the two stages scored (recognition of known tools, like `dataset_match` for benchmarks).
   The system message is matched against them only, never classified (see ExtractionIntent).

Outputs:
- `extraction_intent` = 1 - P(none): the probability that the prompt asks for an extraction intent;
- `extraction_intent.intent`: the most likely intent when the score reaches the threshold, else null;
- `extraction_intent.span`: "chars A-B", the window of the prompt that drove a hit (offsets only;
  a known public template's hit adds ", public template of <repository> (<template id>)":
  an analyst reads the span in the log; verdicts never quote prompt text).

The thresholds are calibrated on real benign prompts the model never trained on, so that both
stages together flag at most TARGET_PROMPT_FPR of them, and stored with the model. Output scores
are on the n-gram stage's scale: a second-stage hit is mapped into [threshold, 1). Retrain (deterministic) with
`python -m distillguard.signals.extraction_intent --keep-head` (as shipped: the e5 head of
`--encoder` kept; without the flag it is refit too, ~40 minutes); the model file records a
fingerprint of its corpus, and a test checks it against the bundled phrasings.
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
from distillguard.signals._scripts import fold_indic, fold_indic_array
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.intent_corpus import INTENTS
from distillguard.signals.intent_static import MAX_WORD, StaticEmbedder, dequantize, tokens, word_vectors
from distillguard.signals.intent_windows import VERSION as WINDOWS_VERSION
from distillguard.signals.intent_windows import prose, split, transcript
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
NGRAM_SHARE = 0.25  # share of the target benign rate the n-gram stage's own hits may use beside the e5 stage (0.25 vs 0.5: fold 0)
SCREEN_FPR = 0.05  # prompts over this benign rate of the n-gram stage go to the e5 stage
STATIC_WINDOWS = 4  # windows of a prompt the static head reads (most telling n-gram window first)
ENCODER_WINDOWS = 1  # a screened prompt's windows embedded, most telling (n-gram) first (1 vs 3 on fold 1: 63.7% vs 64.0%, a third of the cost)
HEAD_C = 30.0  # inverse L2 strength of the encoder head (0.3, 1, 10, 30 compared on family fold 0)
HEAD_REAL_WINDOWS = 8000  # real benign windows the head trains on (embedding costs ~0.1 s of a core each)
EMBEDDING_CACHE = Path.home() / ".cache" / "distillguard" / "intent_e5.npz"
STATIC_CACHE = Path.home() / ".cache" / "distillguard" / "intent_static_e5.npz"  # e5 vectors of the vocabulary's words
STATIC_HIDDEN = 256  # hidden units of the static head (256 / 512 / 1024 on fold 1: 34 / 33 / 36% alone at 0.1%; 0: linear)
STATIC_EPOCHS = 60  # passes over the windows per fit (Adam)
STATIC_MIN_COUNT = 5  # a word enters the static vocabulary when this many corpus rows hold it (42k words)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class EncoderHead:
    """softmax(e . W + b) over INTENTS on an e5 sentence embedding e (see `intent_encoder`)."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray):
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float64)

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        return _softmax(np.asarray(embeddings, np.float32) @ self.weights + self.bias)


class StaticHead:
    """The static stage's head on a window's static embedding (`intent_static.StaticEmbedder`):
    one hidden layer of STATIC_HIDDEN rectified units, then softmax over INTENTS. It takes window
    texts, not embeddings. A bag of word vectors is a weak sentence representation; a linear head
    on it could only weigh directions, the hidden layer lets it weigh combinations of words (held
    out, the head alone at 0.1% benign FPR: family fold 1 21% -> 34%, Spanish 22% -> 32%, where it
    was chosen; BENCHMARKS.md, intent). Without `hidden` it is the linear head of sessions 7-13."""

    def __init__(self, embedder: StaticEmbedder, weights: np.ndarray, bias: np.ndarray,
                 hidden: tuple[np.ndarray, np.ndarray] | None = None):
        self.embedder = embedder
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float64)
        self.hidden = None if hidden is None else (np.asarray(hidden[0], np.float32), np.asarray(hidden[1], np.float32))

    def embedded_probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        z = np.asarray(embeddings, np.float32)
        if self.hidden is not None:
            z = np.maximum(z @ self.hidden[0] + self.hidden[1], 0.0)
        return _softmax(z @ self.weights + self.bias)

    def probabilities(self, windows: list[str]) -> np.ndarray:
        # Read with Indic scripts folded onto Devanagari (see IntentModel.window_probabilities).
        return self.embedded_probabilities(self.embedder.embed([fold_indic(w) for w in windows]))

    def shipped(self) -> "StaticHead":
        """The head as stored (float16 weights): thresholds are set on this one."""
        f16 = lambda a: np.asarray(a, np.float16).astype(np.float32)  # noqa: E731
        hidden = None if self.hidden is None else (f16(self.hidden[0]), f16(self.hidden[1]))
        return StaticHead(self.embedder, f16(self.weights), self.bias, hidden)


class CombinedCut:
    """The n-gram and static stages read together. Each stage's score becomes its benign tail
    rate p (the share of the calibration prompts scoring at least as high, +1 smoothed: a score
    beyond every benign prompt is 1/(N+1), never 0, since N prompts certify tails only to about
    1/N); a prompt's statistic is -ln p_ngram - ln p_static (Fisher's), and `threshold` is set on
    the same benign prompts so that TARGET_PROMPT_FPR of them reach it. Why not one stage alone:
    each has its own outliers on benign text (long problem statements for the n-grams, short odd
    phrasings for the word vectors); asking both to find a prompt unusual, in proportion, caught
    more held-out wording at the same rate (BENCHMARKS.md, intent, session 16)."""

    def __init__(self, ngram_benign: np.ndarray, static_benign: np.ndarray, threshold: float = np.inf):
        self.ngram_benign = np.sort(np.asarray(ngram_benign, np.float64))
        self.static_benign = np.sort(np.asarray(static_benign, np.float64))
        self.threshold = float(threshold)

    @staticmethod
    def tail(benign_sorted: np.ndarray, scores: np.ndarray) -> np.ndarray:
        n = len(benign_sorted)
        return (n - np.searchsorted(benign_sorted, np.asarray(scores, np.float64), side="left") + 1.0) / (n + 1.0)

    def statistic(self, ngram: np.ndarray, static: np.ndarray) -> np.ndarray:
        return -np.log(self.tail(self.ngram_benign, ngram)) - np.log(self.tail(self.static_benign, static))

    def ngram_leads(self, ngram: np.ndarray, static: np.ndarray) -> np.ndarray:
        """True where the n-gram stage is the rarer of the two (its window and intent explain a hit)."""
        return self.tail(self.ngram_benign, ngram) <= self.tail(self.static_benign, static)


class IntentModel:
    """softmax(x . W + b) over INTENTS; W is (2 * N_FEATURES, len(INTENTS))."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, threshold: float = DEFAULT_THRESHOLD,
                 head: EncoderHead | None = None, screen: float = 1.0, head_threshold: float = 1.0,
                 stage_threshold: float = 1.0, static: StaticHead | None = None, combined: CombinedCut | None = None):
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float64)
        self.threshold = float(threshold)  # a hit (either mode); n-gram stage alone: its own score
        self.head = head
        # With the encoder enabled: n-gram hits at `stage_threshold`, the e5 head on prompts from
        # `screen` up to it. By default: the static word-vector head read with the n-gram stage
        # through `combined` (CombinedCut).
        self.screen = float(screen)
        self.head_threshold = float(head_threshold)
        self.stage_threshold = float(stage_threshold)
        self.static = static
        self.combined = combined
        self.templates: KnownTemplates | None = None  # known public templates (None: all of them, `_known_templates`)

    def window_probabilities(self, windows: list[str] | pa.Array) -> np.ndarray:
        """P(intent) of each window (a short text; see `intent_windows`).

        Both default stages (this one and StaticHead.probabilities) read Indic scripts folded
        onto Devanagari (`_scripts`): a Bengali or Telugu request is read through its Hindi
        cognates. Reading only: training text is not folded (a refit on folded text moved account
        decisions on blind logs by refit noise, BENCHMARKS.md, intent, session 31), and the e5
        stage reads windows as written."""
        if not len(windows):
            return np.zeros((0, len(INTENTS)))
        arr = fold_indic_array(windows)
        # In blocks: the n-gram entries of a whole slice's windows take gigabytes (24 B each).
        z = np.concatenate([np.asarray(_hashed_ngrams.matrix(arr.slice(a, WINDOW_BLOCK)).astype(np.float32)
                                       @ self.weights, dtype=np.float64)
                            for a in range(0, len(arr), WINDOW_BLOCK)]) + self.bias
        return _softmax(z)

    def probabilities(self, texts: list[str] | pa.Array) -> np.ndarray:
        """Per text: the n-gram stage's intent probabilities of its most telling window."""
        return self._best_windows(texts)[0]

    def ngram_scores(self, texts: list[str] | pa.Array) -> np.ndarray:
        """Per text: the n-gram stage's score (1 - P(none) of its most telling window)."""
        return 1.0 - self.probabilities(texts)[:, 0]

    def _best_windows(self, texts):
        """(intent probabilities of each text's most telling window, that window's span, and every
        window as (owner text index, window texts, spans, probabilities))."""
        texts = texts.to_pylist() if isinstance(texts, (pa.Array, pa.ChunkedArray)) else list(texts)
        owner, pieces, spans = [], [], []
        for i, t in enumerate(texts):
            speakers, last = transcript(t or "")
            for a, b in split(t or ""):
                # (code and pasted transcripts are what a request is about, never the request)
                piece = prose(t[a:b], speakers, None if last is None else last - a)
                if piece.strip():
                    owner.append(i)
                    pieces.append(piece)
                    spans.append((a, b))
        out = np.zeros((len(texts), len(INTENTS)))
        out[:, 0] = 1.0  # no window (blank text): none
        best_span: list[tuple[int, int] | None] = [None] * len(texts)
        p = self.window_probabilities(pieces) if pieces else np.zeros((0, len(INTENTS)))
        if pieces:
            owner_arr = np.asarray(owner)
            # The window with the lowest P(none) per text: sort by (owner, P(none)), first of each owner.
            order = np.lexsort((p[:, 0], owner_arr))
            first = order[np.r_[True, owner_arr[order][1:] != owner_arr[order][:-1]]]
            out[owner_arr[first]] = p[first]
            for j in first.tolist():
                best_span[owner[j]] = spans[j]
        return out, best_span, (owner, pieces, spans, p)

    def stage2_scores(self, candidates: np.ndarray, windows, probabilities, screen: float | None = None,
                      max_windows: int = ENCODER_WINDOWS) -> dict[int, tuple[float, int, tuple[int, int]]]:
        """Second stage for the texts at `candidates`: text index -> (1 - P(none) of its most
        telling window, that window's intent index, its span), over up to `max_windows` of its
        windows that the n-gram stage put over `screen` (default: the model's; `windows`: from `_best_windows`;
        `probabilities`: window texts -> P(intent)). The e5 stage decides alone for the prompts it
        reads: adding the n-gram stage's log-odds to it lost held-out families (fold 1: 64.0% ->
        54.9%), whose n-gram scores are low. The static stage is read with the n-gram stage on
        ranks instead (CombinedCut), which does not let one stage's raw scale dominate."""
        owner, pieces, spans, p = windows
        if not len(p) or not len(candidates):
            return {}
        screen = self.screen if screen is None else screen
        # Only the candidates' windows over the screen, most telling first.
        eligible = np.flatnonzero(np.isin(np.asarray(owner), candidates) & (1.0 - p[:, 0] >= screen))
        per_text: dict[int, list[int]] = {}
        for j in eligible[np.argsort(p[eligible, 0], kind="stable")].tolist():
            if len(per_text.setdefault(owner[j], [])) < max_windows:
                per_text[owner[j]].append(j)
        chosen = [j for js in per_text.values() for j in js]
        if not chosen:
            return {}
        probs = probabilities([pieces[j] for j in chosen])
        best: dict[int, tuple[float, int, tuple[int, int]]] = {}
        for j, pr in zip(chosen, probs):
            s2 = 1.0 - float(pr[0])
            if owner[j] not in best or s2 > best[owner[j]][0]:
                best[owner[j]] = (s2, int(np.argmax(pr[1:])) + 1, spans[j])
        return best

    def encoder_stage(self, encode=None):
        """(window texts -> P(intent), its threshold, the n-gram stage's own threshold beside it,
        the n-gram screen a prompt must pass to be read, windows read per prompt) of the e5 head
        when `encode` is given or the encoder is enabled (`scan --encoder`), else None."""
        if self.head is None:
            return None
        if encode is None:
            from distillguard.signals.intent_encoder import encoder

            enc = encoder()
            encode = enc.embed if enc is not None else None
        if encode is None:
            return None
        head = self.head
        return ((lambda texts: head.probabilities(encode(texts))), self.head_threshold, self.stage_threshold,
                self.screen, ENCODER_WINDOWS)

    def static_scores(self, windows, n: int) -> tuple[np.ndarray, dict[int, tuple[float, int, tuple[int, int]]]]:
        """(static score of each of the `n` texts, 0 without a window; `stage2_scores` of every
        text) over up to STATIC_WINDOWS windows each (`windows`: from `_best_windows`)."""
        read = self.stage2_scores(np.arange(n), windows, self.static.probabilities, -np.inf, STATIC_WINDOWS)
        s2 = np.zeros(n)
        for i, (v, _, _) in read.items():
            s2[i] = v
        return s2, read

    def scores(self, texts: list[str] | pa.Array, threshold: float | None = None
               ) -> tuple[np.ndarray, list[str | None]]:
        """(1 - P(none) of the most telling window, its most likely intent or None below the
        threshold) per text."""
        s, labels, _ = self.explain(texts, threshold)
        return s, labels

    def explain(self, texts: list[str] | pa.Array, threshold: float | None = None, encode=None
                ) -> tuple[np.ndarray, list[str | None], list[tuple[int, int] | None]]:
        """`scores` plus the (start, end) of the window that drove each score.

        One stage (an explicit `threshold`, or a model with no second stage): the n-gram score
        against `threshold`. With the encoder (see `encoder_stage`): n-gram hits at
        `stage_threshold`, and prompts between the screen and it are hits when the e5 head says so.
        By default: hits where the n-gram and static stages together reach `combined`'s threshold
        (CombinedCut). Scores stay on one scale with hits at or over `threshold` (second-stage and
        combined hits mapped into [threshold, 1), other prompts kept just under it)."""
        stage = self.encoder_stage(encode) if threshold is None else None
        combined = threshold is None and stage is None and self.static is not None and self.combined is not None
        threshold = self.threshold if threshold is None else threshold
        p, spans, windows = self._best_windows(texts)
        score = 1.0 - p[:, 0] if len(p) else np.zeros(0)
        best = np.argmax(p[:, 1:], axis=1) + 1 if len(p) else np.zeros(0, int)
        below = np.nextafter(threshold, 0.0)
        if stage is not None and len(score):
            probabilities, cut, stage_threshold, screen, max_windows = stage
            candidates = np.nonzero((score >= screen) & (score < stage_threshold))[0]
            score[candidates] = np.minimum(score[candidates], below)  # not a hit unless the second stage says so
            for i, (s2, intent, span) in self.stage2_scores(candidates, windows, probabilities, screen,
                                                            max_windows).items():
                if s2 >= cut:  # a hit: mapped into [threshold, 1), ordered by s2
                    frac = (s2 - cut) / max(1.0 - cut, 1e-9)
                    score[i] = threshold + (1.0 - threshold) * frac * 0.999
                    best[i] = intent
                    spans[i] = span
        elif combined and len(score):
            s2, read = self.static_scores(windows, len(score))
            f = self.combined.statistic(score, s2)
            hit = f >= self.combined.threshold
            ngram_leads = self.combined.ngram_leads(score, s2)
            mapped = threshold + (1.0 - threshold) * (1.0 - np.exp(-(f - self.combined.threshold))) * 0.999
            score = np.where(hit, mapped, np.minimum(score, below))
            for i in np.flatnonzero(hit & ~ngram_leads).tolist():  # the static stage explains it
                if i in read:
                    _, best[i], spans[i] = read[i]
        labels = [INTENTS[b] if s >= threshold else None for s, b in zip(score, best)]
        return _float32_on_side(score, threshold), labels, spans


def train(rows, c: float = C, rounds: int = HARD_NEGATIVE_ROUNDS) -> "IntentModel":
    """Fit the multinomial logistic regression on the windows of corpus rows (deterministic:
    lbfgs). After each fit, `none` windows the model still puts on the wrong side (real prompts
    and near misses that look like requests) weigh HARD_NEGATIVE_BOOST times more in the next:
    they are rare in the corpus but they are what sets a threshold at 0.1% benign FPR."""
    from distillguard.signals.intent_corpus import training_windows

    texts, labels, groups = training_windows(rows)
    y = np.array([INTENTS.index(lab) for lab in labels])
    x = _hashed_ngrams.matrix(pa.array(texts, pa.string()))
    return IntentModel(*_fit_softmax(x, y, sample_weights(y, groups), c, rounds, max_iter=300, tol=1e-3))


def _fit_softmax(x, y: np.ndarray, w: np.ndarray, c: float, rounds: int, max_iter: int, tol: float
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(weights, bias) of a multinomial logistic regression over INTENTS (see `_fit_rounds`)."""
    from sklearn.linear_model import LogisticRegression

    fitted = _fit_rounds(LogisticRegression(C=c, max_iter=max_iter, tol=tol, warm_start=True), x, y, w, rounds)
    return _over_intents(fitted.classes_, fitted.coef_.T, fitted.intercept_)


def _fit_rounds(estimator, x, y: np.ndarray, w: np.ndarray, rounds: int):
    """`estimator` fitted `rounds + 1` times, the `none` rows it still misreads weighing
    HARD_NEGATIVE_BOOST times more in each next fit (a warm-started one starts from the last)."""
    for round_ in range(rounds + 1):
        estimator.fit(x, y, sample_weight=w)
        if round_ == rounds:
            break
        none_col = list(estimator.classes_).index(0)
        wrong = (y == 0) & (estimator.predict_proba(x)[:, none_col] < 0.5)
        w = np.where(wrong, w * HARD_NEGATIVE_BOOST, w)
    return estimator


def _over_intents(classes: np.ndarray, weights: np.ndarray, bias: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A fitted softmax layer (inputs x fitted classes) as one over all INTENTS: classes absent from
    the labels (a held-out run) keep weight 0 and a very low bias. Two classes are fitted as one
    logistic output: the second class's logit against 0 for the first."""
    out_w = np.zeros((weights.shape[0], len(INTENTS)), np.float32)
    out_b = np.full(len(INTENTS), -30.0)
    if len(classes) == 2 and weights.shape[1] == 1:
        out_w[:, classes[0]], out_b[classes[0]] = 0.0, 0.0
        out_w[:, classes[1]], out_b[classes[1]] = weights[:, 0], bias[0]
    else:
        out_w[:, classes] = weights
        out_b[classes] = bias
    return out_w, out_b


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


def head_training_set(rows) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(window texts, labels, weights) the encoder head trains on: every window of the corpus
    except the real benign ones, of which a fixed sample of HEAD_REAL_WINDOWS (embedding costs
    ~0.1 s of a core a window; the hand-written near misses of every language are all kept)."""
    import random

    from distillguard.signals.intent_corpus import training_windows

    texts, labels, groups = training_windows(rows)
    real = sorted({t for t, g in zip(texts, groups) if g == "real"})
    random.Random(1).shuffle(real)
    kept_real = set(real[:HEAD_REAL_WINDOWS])
    keep = [i for i, (t, g) in enumerate(zip(texts, groups)) if g != "real" or t in kept_real]
    texts = [texts[i] for i in keep]
    y = np.array([INTENTS.index(labels[i]) for i in keep])
    return texts, y, sample_weights(y, [groups[i] for i in keep])


def train_head(rows, cache: Path | None = EMBEDDING_CACHE, c: float = HEAD_C,
               rounds: int = HARD_NEGATIVE_ROUNDS) -> EncoderHead:
    """Fit the encoder head (multinomial logistic regression on e5 embeddings of the corpus
    windows, same weights and hard-negative rounds as the n-gram stage)."""
    from distillguard.signals.intent_encoder import embed_cached

    texts, y, w = head_training_set(rows)
    return EncoderHead(*_fit_softmax(embed_cached(texts, cache), y, w, c, rounds, max_iter=2000, tol=1e-4))


def static_vocabulary(rows=None) -> tuple[list[str], list[str]]:
    """(words, the language each is most used in) of the static stage: every token held by at least
    STATIC_MIN_COUNT rows of the whole corpus (both halves' text, read without labels, like a
    pre-trained embedding's vocabulary), or of `rows` (a held-out benchmark leaves out the text it
    tests on). A row's language is its phrasing language, or for a real prompt its group (the
    language of a non-English item; English for the rest)."""
    from collections import Counter, defaultdict

    from distillguard.signals import intent_corpus

    counts: Counter = Counter()
    by_language: dict[str, Counter] = defaultdict(Counter)
    if rows is None:
        rows = [r for split in intent_corpus.SPLITS for r in intent_corpus.corpus(split)]
    for r in rows:
        group = r.group.split("/")[0]  # "<language>/questions" is a weighting group of that language
        language = r.language if r.language != "real" else (group if group not in ("", "real") else "en")
        for w in set(tokens(r.text)):
            counts[w] += 1
            by_language[w][language] += 1
    words = sorted(w for w, c in counts.items() if c >= STATIC_MIN_COUNT and not w.isdigit() and len(w) <= MAX_WORD)
    return words, [by_language[w].most_common(1)[0][0] for w in words]


def static_embedder(cache: Path | None = STATIC_CACHE, rows=None) -> StaticEmbedder:
    """The static stage's word vectors as shipped (e5 embeddings of each word, "query: <word>",
    cached: ~10 ms of a core a word, once; centred per language and stored 4-bit, `word_vectors`);
    the vocabulary of `rows` instead of the whole corpus when given (`static_vocabulary`)."""
    from distillguard.signals.intent_encoder import embed_cached

    words, languages = static_vocabulary(rows)
    packed, scale = word_vectors(embed_cached(words, cache), languages)
    return StaticEmbedder(words, dequantize(packed, scale), packed, scale)


def train_static(rows, embedder: StaticEmbedder, hidden: int | None = None,
                 rounds: int = HARD_NEGATIVE_ROUNDS) -> StaticHead:
    """Fit the static head on static embeddings of every corpus window (real benign ones included:
    they cost nothing to embed): a one-hidden-layer network (scikit-learn's MLPClassifier, Adam,
    seeded, STATIC_EPOCHS passes) with the n-gram stage's row weights and hard-negative rounds, or
    with `hidden=0` the linear head of sessions 7-13 (C=HEAD_C)."""
    from distillguard.signals.intent_corpus import training_windows

    hidden = STATIC_HIDDEN if hidden is None else hidden
    texts, labels, groups = training_windows(rows)
    y = np.array([INTENTS.index(label) for label in labels])
    x, w = embedder.embed(texts), sample_weights(y, groups)
    if not hidden:
        weights, bias = _fit_softmax(x, y, w, HEAD_C, rounds, max_iter=2000, tol=1e-4)
        return StaticHead(embedder, weights, bias)
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    net = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=1e-4, batch_size=512, max_iter=STATIC_EPOCHS,
                        random_state=0, shuffle=True)
    with warnings.catch_warnings():  # a fixed number of passes is the point, not convergence
        warnings.simplefilter("ignore", ConvergenceWarning)
        _fit_rounds(net, x, y, w, rounds)
    return StaticHead(embedder, *_over_intents(net.classes_, net.coefs_[1], net.intercepts_[1]),
                      (net.coefs_[0], net.intercepts_[0]))


def corpus_fingerprint(rows) -> str:
    h = hashlib.sha256(f"C={C};none={NONE_WEIGHT};hard={HARD_NEGATIVE_ROUNDS}x{HARD_NEGATIVE_BOOST};windows={WINDOWS_VERSION};features={_hashed_ngrams.VERSION};".encode())
    for r in rows:
        h.update(f"{r.intent}\x1f{r.language}\x1f{r.marked}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def build(keep_vectors: bool = False, keep_head: bool = False, keep_static: bool = False) -> tuple[IntentModel, dict]:
    """Train on the `train` half of the corpus, compress the weights as shipped, calibrate the
    threshold of the compressed model on the held-out real benign prompts (never trained on), and
    return the model with its metadata.

    `keep_vectors`: keep the shipped static word vectors and the shipped e5 head (embedding the
    whole corpus again takes ~40 minutes on 2 cores); refit the n-gram stage and the static head
    on the corpus as it is, and calibrate everything again. `keep_head`: keep only the shipped e5
    head (the opt-in `scan --encoder` stage); the static vocabulary and its word vectors follow
    the corpus (~10 ms of e5 a new word, cached). `keep_static`: keep the shipped static stage
    (vectors and head) and the e5 head, refit the n-gram stage alone (a change of n-gram features
    measured apart from the static head's run-to-run spread: refits of that network on 2 threads
    differ, e.g. 55.9% vs 51.8% on the standing held-out authors, session 31). The metadata says
    what was kept."""
    from distillguard.signals import intent_corpus

    from distillguard.signals.intent_encoder import encoder

    rows = intent_corpus.corpus("train")
    meta = {"training_rows": len(rows), "fingerprint": corpus_fingerprint(rows),
            "static_head": f"{STATIC_HIDDEN} hidden units, {STATIC_EPOCHS} passes" if STATIC_HIDDEN else "linear"}
    # The second stages learn from the hand-written families only: fitted on the real pipeline
    # templates too, the static head let through a quarter fewer hand-written requests in 18
    # languages (account-level probes 56% -> 42%, BENCHMARKS.md, intent); the n-gram stage
    # learns the templates' own wording.
    second = [r for r in rows if not intent_corpus.is_real_template(r)]
    if keep_static:
        shipped = load()
        model = train(rows)
        model.head, model.static = shipped.head, shipped.static
        meta["kept_from_previous_model"] = ["static word vectors", "static head", "e5 head"]
        meta["static_head"] = shipped_meta().get("static_head", meta["static_head"])
    elif keep_vectors:
        shipped = load()
        model = train(rows)
        model.head = shipped.head
        model.static = train_static(second, shipped.static.embedder)
        meta["kept_from_previous_model"] = ["static word vectors", "e5 head"]
    elif keep_head:
        model = train(rows)
        model.head = load().head
        model.static = train_static(second, static_embedder())
        meta["kept_from_previous_model"] = ["e5 head"]
    else:
        model = train(rows)
        if encoder(required=True) is not None:
            model.head = train_head(second)
            model.static = train_static(second, static_embedder())
    # One path for every mode: the thresholds are set on exactly what is saved (the int8 n-gram
    # weights and the float16 heads); calibrating a head before its rounding let float16 move
    # shipped scores across the cut.
    model = compressed(model)
    return model, calibrate(model, meta)


def calibrate(model: IntentModel, meta: dict, benign: list[str] | None = None, encode=None) -> dict:
    """Set the model's thresholds on the held-out real benign prompts (or `benign`) so that at
    most TARGET_PROMPT_FPR of them are hits: `threshold`, the n-gram stage's cut at the whole rate
    (an explicit single-stage call, and the scale hits are mapped onto); the static stage's
    `combined` cut (CombinedCut: the benign scores of both stages and the statistic's threshold);
    with `encode` or the encoder, the e5 stage's: the n-gram stage alone NGRAM_SHARE of the rate,
    the e5 head the rest among the prompts between the screen (the top SCREEN_FPR of benign
    n-gram scores) and the n-gram stage's own threshold."""
    from distillguard.signals import intent_corpus
    from distillguard.signals.intent_encoder import NAME as ENCODER_NAME
    from distillguard.signals.intent_encoder import encoder

    if benign is None:
        benign = [r.text for r in intent_corpus.real_examples("heldout")]
    p1, _, windows = model._best_windows(benign)
    s1 = 1.0 - p1[:, 0]
    extra: dict = {}
    model.threshold = threshold_at_fpr(s1)
    model.screen = threshold_at_fpr(s1, SCREEN_FPR)
    budget = int(np.floor(TARGET_PROMPT_FPR * len(s1)))
    if model.static is not None:
        s2, _ = model.static_scores(windows, len(s1))
        model.combined = CombinedCut(s1, s2)
        f = model.combined.statistic(s1, s2)
        model.combined.threshold = _cut_after(np.sort(f)[::-1], budget)
        extra.update(combined_threshold=model.combined.threshold,
                     static_stage={"rule": "Fisher: -ln p_ngram - ln p_static over the benign tail rates",
                                   "windows": STATIC_WINDOWS, "benign_hits": int((f >= model.combined.threshold).sum())})
    if model.head is not None:
        encode = encode or encoder(required=True).embed
        head = model.head
        own = max(threshold_at_fpr(s1, TARGET_PROMPT_FPR * NGRAM_SHARE), model.threshold)
        band = np.nonzero((s1 >= model.screen) & (s1 < own))[0]
        ngram_hits = int((s1 >= own).sum())
        probabilities = lambda texts: head.probabilities(encode(texts))  # noqa: E731
        s_band = np.array(sorted((v[0] for v in model.stage2_scores(band, windows, probabilities).values()), reverse=True))
        model.head_threshold, model.stage_threshold = _cut_after(s_band, max(budget - ngram_hits, 0)), own
        extra.update(head_threshold=model.head_threshold, stage_threshold=model.stage_threshold, encoder=ENCODER_NAME,
                     screen=model.screen,
                     encoder_stage={"ngram_share": NGRAM_SHARE, "benign_hits": {
                         "ngram": ngram_hits, "second": int((s_band >= model.head_threshold).sum()),
                         "screened_benign_prompts": int(len(band))}})
    return dict(meta, threshold=model.threshold, target_prompt_fpr=TARGET_PROMPT_FPR,
                calibrated_on=f"{len(benign)} held-out real benign prompts",
                languages=intent_corpus.phrasing_languages(), intents=list(INTENTS),
                features=_hashed_ngrams.VERSION, **extra)


def _cut_after(desc: np.ndarray, allowed: int) -> float:
    """A threshold letting exactly the `allowed` highest of the descending scores reach it (fewer
    on ties), halfway to the next."""
    if allowed >= len(desc):
        return float(desc[-1]) if len(desc) else 0.5
    while allowed > 0 and desc[allowed - 1] == desc[allowed]:
        allowed -= 1
    if allowed == 0:
        return float(np.nextafter(desc[0], np.inf))
    return float((desc[allowed - 1] + desc[allowed]) / 2)


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
    """The model exactly as it is shipped (pruned, int8; the head in float16): thresholds are set
    on this one."""
    head = None if model.head is None else EncoderHead(model.head.weights.astype(np.float16), model.head.bias)
    static = None if model.static is None else model.static.shipped()
    return IntentModel(_dequantize(model.weights.shape[0], *_quantize(model.weights)), model.bias, model.threshold,
                       head, model.screen, model.head_threshold, model.stage_threshold, static, model.combined)


def save(model: IntentModel, meta: dict, path: Path = MODEL_FILE, meta_path: Path = META_FILE) -> None:
    keep, q, scale = _quantize(model.weights)
    head = {} if model.head is None else {"head_w": model.head.weights.astype(np.float16), "head_b": model.head.bias}
    if model.static is not None:
        emb = model.static.embedder
        head.update(static_words=np.frombuffer("\n".join(emb.words).encode("utf-8"), np.uint8), static_q=emb.packed,
                    static_scale=emb.scale, static_w=model.static.weights.astype(np.float16), static_b=model.static.bias)
        if model.static.hidden is not None:
            head.update(static_hidden_w=model.static.hidden[0].astype(np.float16),
                        static_hidden_b=model.static.hidden[1].astype(np.float16))
        if model.combined is not None:  # the benign scores the tail rates are read from (2 x 13k floats)
            head.update(combined_ngram_benign=model.combined.ngram_benign, combined_static_benign=model.combined.static_benign)
    np.savez_compressed(path, index=keep, q=q, scale=scale, bias=model.bias, size=np.int64(model.weights.shape[0]), **head)
    meta = dict(meta, kept_features=int(len(keep)))
    meta_path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(path: Path = MODEL_FILE, meta_path: Path = META_FILE) -> IntentModel:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(path) as f:
        head = EncoderHead(f["head_w"], f["head_b"]) if "head_w" in f.files else None
        static = None
        if "static_w" in f.files:
            words = f["static_words"].tobytes().decode("utf-8").split("\n")
            packed, scale = f["static_q"], f["static_scale"]
            hidden = (f["static_hidden_w"], f["static_hidden_b"]) if "static_hidden_w" in f.files else None
            static = StaticHead(StaticEmbedder(words, dequantize(packed, scale), packed, scale), f["static_w"], f["static_b"],
                                hidden)
        combined = None
        if "combined_ngram_benign" in f.files:
            combined = CombinedCut(f["combined_ngram_benign"], f["combined_static_benign"], meta["combined_threshold"])
        return IntentModel(_dequantize(int(f["size"]), f["index"], f["q"], f["scale"]), f["bias"], meta["threshold"],
                           head, meta.get("screen", 1.0), meta.get("head_threshold", 1.0), meta.get("stage_threshold", 1.0),
                           static, combined)


def shipped_meta() -> dict:
    return json.loads(META_FILE.read_text(encoding="utf-8")) if META_FILE.is_file() else {}


@functools.cache
def _model() -> IntentModel:
    if MODEL_FILE.is_file() and META_FILE.is_file():
        return load()
    return build()[0]  # a source checkout without the shipped model: train once (~1 min)


SYSTEM_MESSAGE_EXEMPT = "agentic_trajectory"  # an intent a system message is never read as (see finish)
# ... and a user turn only on a request that offers tools (see finish): an agent's trajectory is
# harvested by running the model as an agent. Without tools, text that reads like an agent's
# steps is a call-centre transcript to summarise, a chat log, a story: independently written
# logs held 2,300 such hits on benign prompts (gen_a: 29 company seats flagged on call-transcript
# summaries) against none on the agent farms, whose steps offer tools
# (benchmarks/results/coordination.md, session 24).
AGENT_STEPS_ONLY = "agentic_trajectory"
NOT_DISTILLATION = "system_prompt_extraction"  # an intent the classifier knows that is no distillation hit (_score_texts)

# Known public templates. The real pipeline templates (`intent_corpus.real_templates`) are in the
# n-gram stage's training, but 119 families among 33k rows are too few for it to fit them hard:
# the R1-style reasoning-trace system prompts of curator, OpenThoughts and s1 scored 0.97-0.99,
# under the threshold, and none of their fills was found although trained on. A prompt or system
# message that holds most of one template's fixed wording (word 3-grams, its slots left out) is a
# hit of that template's intent, whatever the classifier says: 94% of filled templates, 0 of 30,468
# real benign prompts and 0 of 299 benign system prompts (BENCHMARKS.md, intent). It knows
# these templates only: held-out figures leave their sources out of it too.
KNOWN_TEMPLATE_SHARE = 0.5  # share of a template's informative fixed-wording shingles a text must hold
KNOWN_TEMPLATE_MIN = 8  # and at least this many (a template of fewer is not in the index)


class KnownTemplates:
    """Containment of the real pipeline templates' fixed wording in texts (`_shingles`)."""

    def __init__(self, exclude_sources: frozenset[str] = frozenset()):
        from distillguard.signals import intent_corpus
        from distillguard.signals._shingles import ShingleIndex

        def fixed_wording(template: str) -> str:  # the slots the corpus fills, left out
            for slot in (*intent_corpus.REAL_TEMPLATE_SLOTS, "n"):
                template = template.replace("{" + slot + "}", "\n")
            return template

        templates = [t for t in intent_corpus.real_templates() if t["source"] not in exclude_sources]
        self.intents = [t["intent"] for t in templates]
        # how evidence names a match: the public repository and our id of its template (no user text)
        self.names = [f"{t['source']} ({t['id']})" for t in templates]
        self.index = ShingleIndex([(t["id"], fixed_wording(t["template"])) for t in templates])

    def _matches(self, texts: pa.Array) -> list[int | None]:
        from distillguard.signals._shingles import tokenize

        if not len(self.index) or not len(texts):
            return [None] * len(texts)
        item, containment, matched = self.index.match(tokenize(texts), len(texts), one_block=False)
        size = self.index.item_size[np.maximum(item, 0)]
        ok = (item >= 0) & (containment >= KNOWN_TEMPLATE_SHARE) & (matched >= KNOWN_TEMPLATE_MIN) & (size >= KNOWN_TEMPLATE_MIN)
        return [i if k else None for i, k in zip(item.tolist(), ok.tolist())]

    def match(self, texts: pa.Array) -> list[str | None]:
        """The intent of the known template each text holds, else None."""
        return [None if i is None else self.intents[i] for i in self._matches(texts)]

    def named(self, texts: pa.Array) -> list[tuple[str, str] | None]:
        """(intent, "repository (template id)") of the known template each text holds, else None."""
        return [None if i is None else (self.intents[i], self.names[i]) for i in self._matches(texts)]


@functools.cache
def _known_templates() -> KnownTemplates:
    return KnownTemplates()


def _float32_on_side(score: np.ndarray, threshold: float) -> np.ndarray:
    """`score` as float32 (the detector's column) with every score on the same side of `threshold`
    as before: near 1 float32 steps are 6e-8, so a band prompt kept just under a threshold of
    0.99996 rounded up onto it and became a hit downstream, where counts compare the float32
    column with the threshold."""
    out = np.asarray(score, np.float64).astype(np.float32)
    at = np.float32(threshold)
    if float(at) < threshold:
        at = np.nextafter(at, np.float32(2.0))  # the least float32 at or over the threshold
    under = np.nextafter(at, np.float32(0.0))  # the greatest float32 under it
    hit = np.asarray(score, np.float64) >= threshold
    return np.where(hit, np.maximum(out, at), np.minimum(out, under)).astype(np.float32)


def _score_texts(texts: pa.Array, where: str = "chars", classify: bool = True) -> tuple[np.ndarray, pa.Array, pa.Array]:
    """(score, intent, span) per text of a string array, each distinct text scored once;
    `classify=False`: known public templates only (score 0 elsewhere)."""
    encoded = pc.dictionary_encode(texts)
    distinct = encoded.dictionary
    per_distinct = np.zeros(len(distinct), np.float32)
    labels: list[str | None] = [None] * len(distinct)
    spans: list[str | None] = [None] * len(distinct)
    nonempty = np.nonzero(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(distinct)), 0).to_numpy(zero_copy_only=False))[0]
    if len(nonempty):
        model = _model()
        asked = distinct.take(pa.array(nonempty))
        if classify:
            s, lab, span_of = model.explain(asked)
        else:
            s, lab, span_of = np.zeros(len(asked)), [None] * len(asked), [None] * len(asked)
        # a known template the classifier scored under its cut
        under = [k for k, label in enumerate(lab) if label is None]
        templates = model.templates if model.templates is not None else _known_templates()
        known = templates.named(asked.take(pa.array(under, pa.int64())))
        named: dict[int, str] = {}
        for k, hit in zip(under, known):
            if hit is not None:
                s[k] = max(float(s[k]), model.threshold + (1.0 - model.threshold) * 0.5)
                lab[k], span_of[k] = hit[0], (0, len(asked[k].as_py()))
                named[k] = hit[1]
        # Asking for the system prompt harvests a prompt, not outputs to train on: a safety
        # finding of its own (the system_prompt_extraction cue list), like a jailbreak, never a
        # distillation hit. Security researchers and curious users probe for it all the time
        # (independently written logs: 57 of 70 and 29 of 30 of them flagged on it alone).
        below = np.nextafter(np.float32(model.threshold), np.float32(0.0))
        for k, label in enumerate(lab):
            if label == NOT_DISTILLATION:
                s[k], lab[k], span_of[k] = min(float(s[k]), float(below)), None, None
        per_distinct[nonempty] = s
        for k, (i, label, span) in enumerate(zip(nonempty.tolist(), lab, span_of)):
            labels[i] = label
            if label is not None and span is not None:
                # a known template's hit names it, so the analyst can look the public prompt up
                spans[i] = f"{where} {span[0]}-{span[1]}" + (f", public template of {named[k]}" if k in named else "")
    idx = pa.array(encoded.indices.to_numpy(zero_copy_only=False) if len(texts) else np.zeros(0, int))
    return (per_distinct[idx.to_numpy()], pa.array(labels, pa.string()).take(idx),
            pa.array(spans, pa.string()).take(idx))


def _schema_of(params: str) -> str:
    """The JSON schema a request's parameters ask the answer to follow (chat completions'
    response_format.json_schema.schema, the Responses API's text.format.schema), as JSON text
    spaced the usual way whatever the client sent; "" when there is none or the parameters are no
    JSON object."""
    try:
        p = json.loads(params)
    except ValueError:
        return ""
    if not isinstance(p, dict):
        return ""
    fmt = p.get("response_format")
    if isinstance(fmt, dict) and isinstance(fmt.get("json_schema"), dict):
        found = fmt["json_schema"].get("schema")
    else:
        text = p.get("text")
        fmt = text.get("format") if isinstance(text, dict) else None
        found = fmt.get("schema") if isinstance(fmt, dict) and fmt.get("type") == "json_schema" else None
    # (as a schema is written and pasted: ", " and ": " between items; the classifier reads words)
    return json.dumps(found, ensure_ascii=False) if isinstance(found, dict) else ""


def response_schemas(exchanges: pa.Table) -> pa.Array | None:
    """Per row, its response format's JSON schema as text ("" for none; `_schema_of`), each
    distinct parameter text parsed once; "" on relayed rows (naming an end user: the schema is the
    app's, see ExtractionIntent.inputs); None when no other row's parameters name a json_schema."""
    if schema.PARAMS not in exchanges.column_names:
        return None
    params = pc.fill_null(exchanges.column(schema.PARAMS), "")
    if schema.END_USER in exchanges.column_names:
        relayed = pc.greater(pc.utf8_length(pc.fill_null(exchanges.column(schema.END_USER), "")), 0)
        params = pc.if_else(relayed, "", params)
    if isinstance(params, pa.ChunkedArray):
        params = params.combine_chunks()
    if not pc.any(pc.match_substring(params, "json_schema")).as_py():
        return None
    encoded = pc.dictionary_encode(params)
    distinct = encoded.dictionary.to_pylist()
    texts = pa.array([_schema_of(t) if "json_schema" in t else "" for t in distinct], pa.string())
    return texts.take(encoded.indices)


# 2: the static word-vector second stage by default; 3: it also reads prompts under the screen;
# 4: the system message too, and real pipeline templates in training; 5: known public templates matched;
# 6: six more authors' families and multilingual questions as negatives, scores kept on their side of the threshold in float32
# 7: the static stage read with the n-gram stage on benign tail rates (CombinedCut), four more English authors,
#    system messages matched against known public templates only
# 8: system-prompt extraction is no hit (a safety finding of the system_prompt_extraction cue list)
# 9: a request for agent trajectories is a hit only where the request offers tools
# 10: lines of source code are left out of the windows scored (intent_windows.prose)
# 11: the response format's JSON schema is read too
VERSION = "11"


SCHEMA_SPAN = "response schema chars"  # the span of a hit read in the response format's schema


def _output_columns() -> dict[str, pa.DataType]:
    return {NAME: pa.float32(), INTENT_COLUMN: pa.string(), SPAN_COLUMN: pa.string()}


class _UserTurnIntent(ExchangeDetector):
    """The classifier on the user turn alone: ExtractionIntent's costly text part, remembered per
    distinct prompt across batches (signals.memo)."""

    name = NAME
    version = VERSION
    description = "ask for model outputs of the kind used to train another model (user turn)"
    inputs = (schema.PROMPT,)

    def output_columns(self) -> dict[str, pa.DataType]:
        return _output_columns()

    def score(self, exchanges: pa.Table) -> pa.Table:
        s, labels, spans = _score_texts(_text.text(exchanges, schema.PROMPT))
        return _text.output(self.output_columns(), {self.name: s, INTENT_COLUMN: labels, SPAN_COLUMN: spans})


@register
class ExtractionIntent(ExchangeDetector):
    name = NAME
    version = VERSION
    atlas = ("AML.T0024.002", "AML.T0005", "AML.T0056")
    description = "ask for model outputs of the kind used to train another model"
    threshold = float(shipped_meta().get("threshold", DEFAULT_THRESHOLD))
    # The system message too, but only for known public templates: distillation pipelines put the
    # instruction there ("Your role as an assistant involves thoroughly exploring questions
    # through a systematic long thinking process ...") and send the bare task as the user turn.
    # The classifier does not read it: a system message is an application's configuration, and
    # benign apps configure what harvesters ask for (a tutoring app's "explain every solution step
    # by step, show your reasoning", a grading pipeline's rubric, a RAG app pasting the user's
    # question with context), sent with every request of thousands of users. Calibrated on user
    # turns, the classifier flagged such a tutoring app's system prompt and with it every request
    # of its 2,135 users (session 16, BENCHMARKS.md, intent), and 299 benign system prompts cannot
    # certify a 0.1% rate of its own. Held out by source the classifier had found 0% of the real
    # pipelines' system-message templates anyway; recognition finds the known ones.
    # The response format too: a json_schema whose fields are the worked steps, their justification
    # and the checks asks for the reasoning as plainly as a schema pasted into the prompt (which the
    # windows read, `intent_windows._KEY`), with a bare task as the user turn. Six of nineteen logs
    # written blind harvest so (gen_j, gen_n, gen_o, gen_q, gen_r, gen_s: 408 accounts, 30 flagged).
    # Not on relayed requests (naming an end user): there the schema is the app's configuration,
    # sent for every user, like its system message (a tutoring app's "steps" and "final_answer").
    # An account's evidence counts a schema's ask only on a known public item (behaviour.features:
    # on a customer's own form or review it is an app's justification field).
    inputs = (schema.PROMPT, schema.SYSTEM_PROMPT, schema.TOOLS, schema.PARAMS, schema.END_USER)
    per_prompt = True  # counted per distinct prompt: a tool loop resending one task is one ask
    family = "content"  # with the cue lists it explains: one thing measured, counted once
    cost_rank = 95

    explanation = SPAN_COLUMN

    def output_columns(self) -> dict[str, pa.DataType]:
        return _output_columns()

    def text_part(self) -> ExchangeDetector:
        return _UserTurnIntent()

    def finish(self, text_scores: pa.Table, exchanges: pa.Table) -> pa.Table:
        """The user turn's scores, or the system message's where it holds a known public template
        and scores higher (a system message repeats on every request: its few distinct texts are
        matched here, per batch). Rows whose system message is no hit are exactly as the user
        turn alone. A direct request's response schema is read first (`_with_response_schema`).
        A user turn (or schema) read as asking for agent trajectories is no hit where the request
        offers no tools (AGENT_STEPS_ONLY)."""
        text_scores = self._with_response_schema(text_scores, exchanges)
        text_scores = self._agent_steps_only(text_scores, exchanges)
        if (schema.SYSTEM_PROMPT not in exchanges.column_names
                or exchanges.column(schema.SYSTEM_PROMPT).null_count == len(exchanges)):
            return text_scores
        s, labels, spans = _score_texts(_text.text(exchanges, schema.SYSTEM_PROMPT), where="system message chars",
                                        classify=False)
        # An agent's system message describes its tools and its steps: that is what every agent
        # developer sends, so it is never read as a request for agent trajectories. Set when the
        # classifier read system messages (held-out real persona and agent system prompts: 2 of
        # 159 read so, both this intent); since session 16 it only keeps the two known
        # function-calling pipeline templates (distilabel, curator) from counting there.
        agentic = pc.fill_null(pc.equal(labels, SYSTEM_MESSAGE_EXEMPT), False).to_numpy(zero_copy_only=False)
        return self._where_higher(text_scores, np.where(agentic, 0.0, s), labels, spans)

    def _with_response_schema(self, text_scores: pa.Table, exchanges: pa.Table) -> pa.Table:
        """`text_scores` with a direct request's response schema scored as text where it is a hit
        and scores higher (its span: "response schema chars A-B"; `response_schemas`)."""
        texts = response_schemas(exchanges)
        if texts is None:
            return text_scores
        return self._where_higher(text_scores, *_score_texts(texts, where=SCHEMA_SPAN))

    def _where_higher(self, text_scores: pa.Table, s: np.ndarray, labels: pa.Array, spans: pa.Array) -> pa.Table:
        """`text_scores` with another text's (score, intent, span) per row where that text is a hit
        and scores higher than what the row has."""
        user = text_scores.column(self.name).to_numpy(zero_copy_only=False).astype(np.float32)
        s = np.asarray(s, np.float32)
        take_np = (s >= _model().threshold) & (s > user)
        if not take_np.any():
            return text_scores
        take = pa.array(take_np)
        return _text.output(self.output_columns(), {
            self.name: np.where(take_np, s, user),
            INTENT_COLUMN: pc.if_else(take, labels, text_scores.column(INTENT_COLUMN)),
            SPAN_COLUMN: pc.if_else(take, spans, text_scores.column(SPAN_COLUMN)),
        })

    def _agent_steps_only(self, text_scores: pa.Table, exchanges: pa.Table) -> pa.Table:
        """`text_scores` with each AGENT_STEPS_ONLY hit of a request without tools put under the
        threshold, its intent and span cleared (the same as a prompt the classifier reads as none)."""
        intent = text_scores.column(INTENT_COLUMN)
        agentic = pc.fill_null(pc.equal(intent, AGENT_STEPS_ONLY), False).to_numpy(zero_copy_only=False)
        if not agentic.any():
            return text_scores
        if schema.TOOLS in exchanges.column_names:
            offered = pc.fill_null(pc.greater(exchanges.column(schema.TOOLS), 0), False).to_numpy(zero_copy_only=False)
            agentic &= ~offered
        if not agentic.any():
            return text_scores
        user = text_scores.column(self.name).to_numpy(zero_copy_only=False).astype(np.float32)
        below = np.nextafter(np.float32(_model().threshold), np.float32(0.0))
        keep = pa.array(~agentic)
        return _text.output(self.output_columns(), {
            self.name: np.where(agentic, np.minimum(user, below), user).astype(np.float32),
            INTENT_COLUMN: pc.if_else(keep, intent, pa.scalar(None, pa.string())),
            SPAN_COLUMN: pc.if_else(keep, text_scores.column(SPAN_COLUMN), pa.scalar(None, pa.string())),
        })

    def score(self, exchanges: pa.Table) -> pa.Table:
        return self.finish(self.text_part().score(exchanges), exchanges)


if __name__ == "__main__":  # python -m distillguard.signals.extraction_intent [--keep-vectors | --keep-head | --keep-static] -> retrain the shipped model
    fitted, info = build(keep_vectors="--keep-vectors" in sys.argv[1:], keep_head="--keep-head" in sys.argv[1:],
                         keep_static="--keep-static" in sys.argv[1:])
    save(fitted, info)
    print(f"wrote {MODEL_FILE.name} and {META_FILE.name}: threshold {info['threshold']:.4f}, "
          f"{info['training_rows']} training rows", file=sys.stderr)
