"""Static multilingual word vectors: the extraction-intent classifier's default second stage.

The n-gram stage knows wordings close to its training families. A sentence encoder carries
meaning to new paraphrases but costs ~0.1 s of a core a window (`intent_encoder`, opt-in). This
stage sits between: every word of a vocabulary was embedded once, offline, by that encoder
(multilingual-e5-small, "query: <word>"), and a window is the unit-length sum of its words'
vectors. A word the training families never used in a request still lands near its synonyms and
translations, for the price of a dictionary lookup (~0.1 ms a window, mostly tokenizing). A linear head on that sum
scores the window (`extraction_intent.StaticHead`), trained and calibrated like the encoder's head.

Tokens: lower-cased runs of word characters and combining marks (a Hindi word keeps its vowel
signs); runs of Han / kana are cut into characters and character bigrams (no spaces to split
on). Words out of the vocabulary are skipped.

Shipped inside `extraction_intent_model.npz`: the words, their vectors centred per language and
stored 4-bit (`word_vectors`), the head. Vectors derive from multilingual-e5-small (MIT).
"""

from __future__ import annotations

import re

import numpy as np

_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CLASS}]+")


def _combining_marks() -> str:
    """A regex class body of every combining mark (Unicode Mn, Mc, Me) of the Basic Multilingual
    Plane. Python's `\\w` does not match them, so without this "कृपया" (Hindi) or "ขอบคุณ" (Thai)
    fell apart at each vowel sign into fragments no vocabulary knows."""
    import unicodedata

    ranges, start, prev = [], None, None
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me"):
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        ranges.append((start, prev))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_WORD = re.compile(f"[\\w{_combining_marks()}]+")
MAX_WORD = 30  # longer "words" (hashes, base64, URLs run together) stay out of the vocabulary


def tokens(text: str) -> list[str]:
    """The vocabulary units of a text (see module doc)."""
    out: list[str] = []
    for m in _WORD.finditer((text or "").lower()):
        w = m.group()
        if not _CJK.search(w):
            out.append(w)
            continue
        pos = 0
        for run in _CJK.finditer(w):
            if run.start() > pos:
                out.append(w[pos:run.start()])
            r = run.group()
            out.extend(r)
            out.extend(r[i:i + 2] for i in range(len(r) - 1))
            pos = run.end()
        if pos < len(w):
            out.append(w[pos:])
    return out


class StaticEmbedder:
    """Unit-length sum of a text's word vectors (zero when it has no word of the vocabulary)."""

    def __init__(self, words: list[str], vectors: np.ndarray, packed: np.ndarray | None = None,
                 scale: np.ndarray | None = None):
        self.words = list(words)
        self.index = {w: i for i, w in enumerate(self.words)}
        self.vectors = np.asarray(vectors, np.float16)  # half the memory; sums are taken in float32
        self.packed, self.scale = packed, scale  # the shipped form (`word_vectors`), when known

    def embed(self, texts: list[str]) -> np.ndarray:
        # One sparse (texts x words used) count matrix times those words' vectors, not a numpy sum
        # of float16 rows per text (180 -> 97 us a window, tokenizing included).
        from scipy import sparse

        index = self.index
        rows: list[int] = []
        cols: list[int] = []
        for i, t in enumerate(texts):
            ids = [index[w] for w in tokens(t) if w in index]
            rows.extend([i] * len(ids))
            cols.extend(ids)
        out = np.zeros((len(texts), self.vectors.shape[1]), np.float32)
        if not cols:
            return out
        used, local = np.unique(np.asarray(cols, np.int64), return_inverse=True)
        counts = sparse.csr_matrix((np.ones(len(cols), np.float32), (np.asarray(rows), local)),
                                   shape=(len(texts), len(used)))
        out[:] = counts @ self.vectors[used].astype(np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def word_vectors(e5_vectors: np.ndarray, languages: list[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The shipped form of e5 word embeddings: centred per language (each word minus the mean
    vector of the words of its language: what is left is less "which language" and more "what it
    means"; held out, a whole language went from 5% to 13-14% of its requests, BENCHMARKS.md), or
    on the whole vocabulary without `languages`, then 4-bit per row with a float16 scale, two values
    a byte. Returns (packed uint8 rows of DIM / 2 bytes, scales). All 384 dimensions are kept:
    random projections to 128 and principal components to 64 or 128 dimensions lost a third to a
    half of the recall at 1% FPR; 4 bits cost none."""
    e = np.asarray(e5_vectors, np.float32).copy()
    e -= e.mean(axis=0)
    if languages is not None:
        langs = np.asarray(languages)
        for language in np.unique(langs):
            rows = langs == language
            e[rows] -= e[rows].mean(axis=0)
    scale = (np.maximum(np.abs(e).max(axis=1), 1e-12) / 7.0).astype(np.float16)
    q = np.clip(np.round(e / scale.astype(np.float32)[:, None]), -8, 7).astype(np.int16) + 8
    return (q[:, 0::2] | (q[:, 1::2] << 4)).astype(np.uint8), scale


def dequantize(packed: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Float rows of `word_vectors`' packed 4-bit form."""
    out = np.empty((packed.shape[0], packed.shape[1] * 2), np.float32)
    out[:, 0::2] = (packed & 0x0F).astype(np.float32) - 8.0
    out[:, 1::2] = (packed >> 4).astype(np.float32) - 8.0
    return out * scale.astype(np.float32)[:, None]
