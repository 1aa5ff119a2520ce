"""Hashed byte and word n-gram features for a whole batch at once, in numpy (no per-row Python).

Why not scikit-learn's HashingVectorizer: its analyzers run Python code per document and per
n-gram (~200 µs for a short prompt), which made the jailbreak model 20x slower than every other
detector. Here the batch is one UTF-8 byte buffer (Arrow), and every n-gram of every row is hashed
by a few vectorized multiply-adds over that buffer.

Features (two blocks of N_FEATURES hashed buckets each):
- "char": byte 3-, 4- and 5-grams of the lower-cased text with runs of whitespace collapsed to
  one space and a space added at both ends (so word starts and ends are visible);
- "word": word unigrams and bigrams (a word = a run of ASCII letters/digits/_ or non-ASCII bytes).
Each block is length-normalized: the row's count vector is divided by sqrt(number of n-grams in the
block), which equals the L2 norm when no n-gram repeats (the common case for short prompts) and
needs no per-row sort.

`features()` returns the entries (row, column, value) of the sparse matrix; `linear_scores()`
computes x . w directly with bincount (the serving path, no matrix built).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

N_FEATURES = 2**18  # buckets per block; the weight vector has 2 * N_FEATURES entries
CHAR_NGRAMS = (3, 4, 5)
VERSION = "bytes3-5+words1-2/sqrt-norm/v1"  # part of the model fingerprint: bump when features change

_P = np.uint64(0x100000001B3)  # FNV-64 prime: the polynomial base of the rolling hashes
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))  # P^-1 mod 2^64 (P is odd)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier: spreads hashes over the high bits
_SHIFT = np.uint64(64 - 18)
assert N_FEATURES == 2**18


def _bucket(h: np.ndarray, salt: int) -> np.ndarray:
    """Bucket in [0, N_FEATURES) of each uint64 hash (Fibonacci hashing, salted per n-gram kind)."""
    return (((h ^ np.uint64((salt * 0x632BE59BD9B4E019) % 2**64)) * _MIX) >> _SHIFT).astype(np.int64)


def _buffer(texts: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(bytes as uint64, row of each byte) of " " + normalized text + " " per row, where normalized
    = lower-cased with every run of whitespace ([\\t\\n\\f\\r ], RE2's `\\s`) made one space.
    Done on the byte buffer in numpy: a regex replace costs one match per run (~40 a prompt)."""
    n = len(texts)
    low = pc.utf8_lower(pc.fill_null(texts, ""))
    low = pa.concat_arrays([low]) if low.offset else low
    offsets = np.frombuffer(low.buffers()[1], np.int32)[: n + 1].astype(np.int64)
    data = np.frombuffer(low.buffers()[2], np.uint8)[offsets[0] : offsets[-1]] if low.buffers()[2] is not None else np.zeros(0, np.uint8)
    offsets = offsets - offsets[0]
    row = np.repeat(np.arange(n, dtype=np.int64), np.diff(offsets))
    space = (data == 32) | (data == 9) | (data == 10) | (data == 12) | (data == 13)
    first_of_row = np.zeros(len(data), bool)
    first_of_row[offsets[:-1][offsets[:-1] < len(data)]] = True
    keep = ~(space & np.concatenate(([False], space[:-1])) & ~first_of_row)
    kept = np.where(space[keep], np.uint8(32), data[keep])
    kept_row = row[keep]
    # Output: row r is " " + its kept bytes + " "; kept byte j lands 2 * row + 1 places further on.
    out = np.full(len(kept) + 2 * n, 32, np.uint64)
    out[np.arange(len(kept)) + 2 * kept_row + 1] = kept
    out_row = np.repeat(np.arange(n, dtype=np.int64), np.bincount(kept_row, minlength=n) + 2)
    return out, out_row


def _char_ngrams(b: np.ndarray, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows, cols = [], []
    for k in CHAR_NGRAMS:
        if len(b) < k:
            continue
        m = len(b) - k + 1
        h = b[:m].copy()
        for j in range(1, k):
            h = h * _P + b[j : j + m]
        ok = row[:m] == row[k - 1 :]
        rows.append(row[:m][ok])
        cols.append(_bucket(h[ok], k))
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(rows), np.concatenate(cols)


_POWERS: list[tuple[np.ndarray, np.ndarray]] = []


def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """(P^i, P^-i mod 2^64) for i < at least `size`; grown by doubling and kept (read-only)."""
    if not _POWERS or len(_POWERS[-1][0]) < size:
        length = max(size, 2 * len(_POWERS[-1][0]) if _POWERS else 1 << 16)
        tables = tuple(np.cumprod(np.concatenate(([np.uint64(1)], np.full(length - 1, base, np.uint64)))) for base in (_P, _P_INV))
        for t in tables:
            t.flags.writeable = False
        _POWERS.append(tables)
    return _POWERS[-1]


def _word_ngrams(b: np.ndarray, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if len(b) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    is_word = (b >= 128) | ((b >= 97) & (b <= 122)) | ((b >= 48) & (b <= 57)) | (b == 95)
    # The padding spaces separate rows, so a word never spans two rows.
    edge = np.diff(np.concatenate(([0], is_word.astype(np.int8), [0])))
    starts, ends = np.nonzero(edge == 1)[0], np.nonzero(edge == -1)[0]
    if len(starts) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    # Hash of each word from prefix sums, all words at once (mod 2^64, numpy wraps uint64):
    # H[i] = sum_{j<i} b_j P^j, so word [s, e) hashes to (H[e] - H[s]) * P^-s.
    powers, inverse = _powers(len(b))
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(b * powers[: len(b)], dtype=np.uint64)))
    h = (prefix[ends] - prefix[starts]) * inverse[starts]
    word_row = row[starts]
    same = word_row[:-1] == word_row[1:]
    bigram = h[:-1][same] * _MIX + h[1:][same]
    rows = np.concatenate((word_row, word_row[:-1][same]))
    cols = np.concatenate((_bucket(h, 1), _bucket(bigram, 2)))
    return rows, cols


def _normalized(rows: np.ndarray, n: int) -> np.ndarray:
    """Per-entry value 1 / sqrt(number of n-grams of the entry's row)."""
    count = np.bincount(rows, minlength=n)
    return (1.0 / np.sqrt(np.maximum(count, 1)))[rows]


def features(texts: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sparse entries (row, column, value) of the feature matrix (n rows x 2 * N_FEATURES)."""
    n = len(texts)
    b, row = _buffer(texts)
    cr, cc = _char_ngrams(b, row)
    wr, wc = _word_ngrams(b, row)
    rows = np.concatenate((cr, wr))
    cols = np.concatenate((cc, wc + N_FEATURES))
    vals = np.concatenate((_normalized(cr, n), _normalized(wr, n)))
    return rows, cols, vals


def matrix(texts: pa.Array) -> sp.csr_matrix:
    """The feature matrix (duplicate n-grams summed), for training."""
    rows, cols, vals = features(texts)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), 2 * N_FEATURES))


# linear_scores works on runs of rows of about this many bytes: a few dozen numpy passes over
# temporaries that stay in the CPU cache, instead of over arrays of 8 bytes per byte of the batch
# (hundreds of MB for a large batch: memory traffic and fresh pages from the kernel).
CHUNK_BYTES = 1 << 16


def linear_scores(texts: pa.Array, weights: np.ndarray) -> np.ndarray:
    """x . weights per row, equal to `matrix(texts) @ weights` but without building the matrix:
    each n-gram's weight is summed into its row (bincount), n-grams that would span two rows are
    weighted 0 instead of being filtered out, and the per-row n-gram counts come from the lengths."""
    n = len(texts)
    ends = np.cumsum(pc.fill_null(pc.binary_length(texts), 0).to_numpy(zero_copy_only=False).astype(np.int64)) if n else np.zeros(0, np.int64)
    if n == 0 or ends[-1] <= CHUNK_BYTES:
        return _linear_scores(texts, weights)
    # Row boundaries every ~CHUNK_BYTES (a single longer row is a chunk of its own).
    cuts = np.unique(np.searchsorted(ends, np.arange(CHUNK_BYTES, ends[-1], CHUNK_BYTES), side="right"))
    bounds = np.concatenate(([0], cuts[(cuts > 0) & (cuts < n)], [n]))
    return np.concatenate([_linear_scores(texts.slice(a, b - a), weights) for a, b in zip(bounds[:-1], bounds[1:])])


def _linear_scores(texts: pa.Array, weights: np.ndarray) -> np.ndarray:
    n = len(texts)
    b, row = _buffer(texts)
    padded_len = np.bincount(row, minlength=n)
    char_sum = np.zeros(n)
    char_count = np.zeros(n)
    if len(b) >= CHAR_NGRAMS[0]:
        k0 = CHAR_NGRAMS[0]
        m = len(b) - k0 + 1
        h = b[:m].copy()
        for j in range(1, k0):
            h = h * _P + b[j : j + m]
        for k in CHAR_NGRAMS:
            if k > k0:  # extend every (k-1)-gram by one byte
                h = h[:-1] * _P + b[k - 1 :]
            m = len(h)
            if m <= 0:
                break
            inside = row[:m] == row[k - 1 :]
            char_sum += np.bincount(row[:m], weights=weights[_bucket(h, k)] * inside, minlength=n)
            char_count += np.maximum(padded_len - k + 1, 0)
    wr, wc = _word_ngrams(b, row)
    word_sum = np.bincount(wr, weights=weights[wc + N_FEATURES], minlength=n)
    word_count = np.bincount(wr, minlength=n)
    return char_sum / np.sqrt(np.maximum(char_count, 1)) + word_sum / np.sqrt(np.maximum(word_count, 1))
