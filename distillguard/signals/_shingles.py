"""Word-shingle containment index over known prompt lists (benchmarks, instruction sets).

Why not whole-prompt similarity: a campaign wraps each benchmark item in its own template
("Think step by step and show all work.\n\nProblem: <item>"), so the prompt as a whole is far from
the item even though it *contains* it. We therefore measure containment: the share of an item's
word 3-grams that occur in the prompt. Why not per-row Python MinHash: it costs ~100 µs a prompt;
this index is exact and fully vectorized (Arrow tokenization, numpy integer codes, `searchsorted`),
so a batch of 20k prompts costs a few numpy passes.

Layout: the index vocabulary maps each word of the items to an integer; a shingle is the int64 code
of three consecutive word ids; `keys` (sorted shingle codes) with CSR `starts`/`postings` list the
items containing each shingle. Shingles found in more than MAX_ITEMS_PER_SHINGLE items ("how many
more", "write a short") are dropped: they say nothing about which item was sent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

SHINGLE = 3
MAX_ITEMS_PER_SHINGLE = 20
# An item sits in a prompt as one block: its matched shingles must start within
# SPAN_FACTOR x its length (+ SPAN_SLACK words) of each other. Scattered hits are chance: a long
# pasted document (an OCR dump, a page of LaTeX or code) holds most 3-grams of a short item made
# of numbers and symbols somewhere.
SPAN_FACTOR = 2
SPAN_SLACK = 10
# Digits are normalized so an item whose numbers were changed still matches.
_NUMBER = r"\d+(?:[.,]\d+)*"
# Separators: whitespace, ASCII punctuation, Latin-1 / general / CJK / full-width punctuation.
# (Not `[^\p{L}\p{N}]`: that Unicode class costs RE2 ~1.5 ms to compile on every call.)
_SPLIT = r"[\s!-/:-@\[-`{-~\x{a0}-\x{bf}\x{d7}\x{f7}\x{2000}-\x{206f}\x{3000}-\x{303f}\x{ff01}-\x{ff0f}\x{ff1a}-\x{ff20}\x{ff3b}-\x{ff40}\x{ff5b}-\x{ff65}]+"


@dataclass
class Tokens:
    """Flattened tokens of a batch: `words[j]` belongs to row `row[j]`; row i spans offsets[i]:offsets[i+1]."""

    words: pa.Array  # string
    row: np.ndarray  # int64, non-decreasing
    offsets: np.ndarray  # int64, len = rows + 1


def tokenize(texts: pa.Array) -> Tokens:
    """Lower-case word tokens per row, vectorized: the text is lower-cased, every number
    (`_NUMBER`) becomes "0", and the rest is split on separator runs (`_SPLIT`); empty tokens
    are dropped.

    Done on the UTF-8 bytes in numpy rather than with RE2 (a regex replace and a regex split cost
    one match per number and per word gap, ~10 µs a prompt); tests check it equals the regex
    definition above, token for token."""
    n = len(texts)
    if n == 0:
        return Tokens(pa.array([], pa.string()), np.zeros(0, np.int64), np.zeros(1, np.int64))
    low = pc.utf8_lower(pc.fill_null(texts, ""))
    low = pa.concat_arrays([low]) if low.offset else low
    bounds = np.frombuffer(low.buffers()[1], np.int32)[: n + 1].astype(np.int64)
    data = low.buffers()[2]
    b = np.frombuffer(data, np.uint8)[bounds[0] : bounds[-1]] if data is not None else np.zeros(0, np.uint8)
    bounds = bounds - bounds[0]
    size = len(b)
    if size == 0:
        return Tokens(pa.array([], pa.string()), np.zeros(0, np.int64), np.zeros(n + 1, np.int64))
    row_start = np.zeros(size + 1, bool)
    row_start[bounds[:-1]] = True  # (an empty row's start coincides with the next one's)
    row_start = row_start[:size]
    sep = _separator_bytes(b)
    # Numbers: digit runs joined by single "." or "," between two digits of the same row.
    digit = (b >= 0x30) & (b <= 0x39)
    glue = np.zeros(size, bool)
    if size > 2:
        glue[1:-1] = ((b[1:-1] == 0x2E) | (b[1:-1] == 0x2C)) & digit[:-2] & digit[2:] & ~row_start[1:-1] & ~row_start[2:]
    in_number = digit | glue
    number_start = in_number & (row_start | ~np.concatenate(([False], in_number[:-1])))
    sep &= ~glue
    kept = ~sep & ~(in_number & ~number_start)
    token_start = kept & (row_start | np.concatenate(([True], sep[:-1])))
    out = np.where(number_start, np.uint8(0x30), b)
    kept_at = np.flatnonzero(kept)
    starts = np.flatnonzero(token_start[kept_at])
    offsets = np.append(starts, len(kept_at)).astype(np.int32)
    words = pa.StringArray.from_buffers(len(starts), pa.py_buffer(offsets), pa.py_buffer(out[kept_at]))
    row = np.searchsorted(bounds, kept_at[starts], side="right") - 1
    # (an empty row shares its start with the next row: side="right" gives the later one)
    token_offsets = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(row, minlength=n), out=token_offsets[1:])
    return Tokens(words, row.astype(np.int64), token_offsets)


def _separator_bytes(b: np.ndarray) -> np.ndarray:
    """Bool per byte: part of a character of the `_SPLIT` class."""
    sep = ((b == 0x20) | (b == 0x09) | (b == 0x0A) | (b == 0x0C) | (b == 0x0D)
           | ((b >= 0x21) & (b <= 0x2F)) | ((b >= 0x3A) & (b <= 0x40)) | ((b >= 0x5B) & (b <= 0x60))
           | ((b >= 0x7B) & (b <= 0x7E)))
    size = len(b)
    # Two-byte characters U+00A0-U+00BF, U+00D7, U+00F7.
    lead = np.flatnonzero((b[:-1] & 0xE0) == 0xC0)
    if len(lead):
        cp = ((b[lead].astype(np.int32) & 0x1F) << 6) | (b[lead + 1] & 0x3F)
        hit = lead[((cp >= 0xA0) & (cp <= 0xBF)) | (cp == 0xD7) | (cp == 0xF7)]
        sep[hit] = True
        sep[hit + 1] = True
    # Three-byte characters: general punctuation, CJK punctuation, full-width ASCII punctuation.
    lead = np.flatnonzero((b[: max(size - 2, 0)] & 0xF0) == 0xE0)
    if len(lead):
        cp = (((b[lead].astype(np.int32) & 0x0F) << 12) | ((b[lead + 1].astype(np.int32) & 0x3F) << 6)
              | (b[lead + 2] & 0x3F))
        hit = lead[((cp >= 0x2000) & (cp <= 0x206F)) | ((cp >= 0x3000) & (cp <= 0x303F))
                   | ((cp >= 0xFF01) & (cp <= 0xFF0F)) | ((cp >= 0xFF1A) & (cp <= 0xFF20))
                   | ((cp >= 0xFF3B) & (cp <= 0xFF40)) | ((cp >= 0xFF5B) & (cp <= 0xFF65))]
        sep[hit] = True
        sep[hit + 1] = True
        sep[hit + 2] = True
    return sep


class ShingleIndex:
    """Containment index over a list of (item_id, text)."""

    def __init__(self, items: list[tuple[str, str]]):
        self.item_ids = [i for i, _ in items]
        toks = tokenize(pa.array([t for _, t in items], pa.string()))
        self.vocab = pc.unique(toks.words)
        self._v = max(len(self.vocab), 1)
        codes, start = self._shingles(toks)
        item = toks.row[start]
        # Unique (shingle, item) pairs; drop overly common shingles.
        pair = np.unique(np.stack([codes, item], axis=1), axis=0) if len(codes) else np.zeros((0, 2), np.int64)
        keys, first, counts = np.unique(pair[:, 0], return_index=True, return_counts=True)
        common = np.repeat(counts > MAX_ITEMS_PER_SHINGLE, counts)
        pair = pair[~common]
        self.keys, first, counts = np.unique(pair[:, 0], return_index=True, return_counts=True)
        self.starts = np.append(first, len(pair)).astype(np.int64)
        self.postings = pair[:, 1].astype(np.int64)
        # Informative shingles per item: the denominator of containment.
        self.item_size = np.bincount(self.postings, minlength=len(items)).astype(np.int64)
        self.item_words = np.diff(toks.offsets).astype(np.int64)

    def __len__(self) -> int:
        return len(self.item_ids)

    def _ids(self, words: pa.Array) -> np.ndarray:
        ids = pc.index_in(words, value_set=self.vocab)
        return pc.fill_null(ids, -1).to_numpy(zero_copy_only=False).astype(np.int64)

    def _shingles(self, toks: Tokens) -> tuple[np.ndarray, np.ndarray]:
        """Codes of all in-vocabulary 3-grams within a row, and the token index each starts at."""
        ids = self._ids(toks.words) if len(toks.words) else np.zeros(0, np.int64)
        if len(ids) < SHINGLE:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        a, b, c = ids[:-2], ids[1:-1], ids[2:]
        ok = (a >= 0) & (b >= 0) & (c >= 0) & (toks.row[:-2] == toks.row[2:])
        start = np.nonzero(ok)[0]
        v = self._v
        return (a[ok] * v + b[ok]) * v + c[ok], start

    def _hits(self, toks: Tokens) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(row, item, token-start, shingle) for every prompt shingle found in the index."""
        codes, start = self._shingles(toks)
        if len(codes) == 0 or len(self.keys) == 0:
            z = np.zeros(0, np.int64)
            return z, z, z, z
        pos = np.searchsorted(self.keys, codes)
        pos = np.minimum(pos, len(self.keys) - 1)
        found = self.keys[pos] == codes
        pos, start = pos[found], start[found]
        n_post = self.starts[pos + 1] - self.starts[pos]
        # Expand each found shingle into its postings (at most MAX_ITEMS_PER_SHINGLE each).
        rep = np.repeat(np.arange(len(pos)), n_post)
        within = np.arange(len(rep)) - np.repeat(np.cumsum(n_post) - n_post, n_post)
        item = self.postings[self.starts[pos][rep] + within]
        start = start[rep]
        return toks.row[start], item, start, pos[rep]

    def match(self, toks: Tokens, rows: int, one_block: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row: best item index (-1 if none), its containment in [0, 1], matched shingle count.
        `one_block=False`: the item's shingles may be spread over the prompt (a template whose
        slots were filled with long text), not only in one block of about its length."""
        best_item = np.full(rows, -1, np.int64)
        best_c = np.zeros(rows, np.float64)
        best_n = np.zeros(rows, np.int64)
        row, item, start, shingle = self._hits(toks)
        if len(row) == 0:
            return best_item, best_c, best_n
        # Distinct matched shingles per (row, item): a prompt repeating one phrase ("do you do" nine
        # times in a song) must not reach an item's containment through that phrase alone.
        key = row * len(self.item_ids) + item
        order = np.lexsort((start, shingle, key))
        key, shingle, start = key[order], shingle[order], start[order]
        once = np.append(True, (key[1:] != key[:-1]) | (shingle[1:] != shingle[:-1]))
        key, start = key[once], start[once]
        uniq, inverse, n = np.unique(key, return_inverse=True, return_counts=True)
        r, it = uniq // len(self.item_ids), uniq % len(self.item_ids)
        first = np.full(len(uniq), np.iinfo(np.int64).max)
        last = np.full(len(uniq), -1)
        np.minimum.at(first, inverse, start)
        np.maximum.at(last, inverse, start)
        block = ((last - first) <= SPAN_FACTOR * self.item_words[it] + SPAN_SLACK) if one_block else np.ones(len(it), bool)
        r, it, n = r[block], it[block], n[block]
        if len(r) == 0:
            return best_item, best_c, best_n
        cont = np.minimum(n / np.maximum(self.item_size[it], 1), 1.0)
        # Best per row: sort by (row, containment) and take the last of each row.
        order = np.lexsort((n, cont, r))
        r, it, cont, n = r[order], it[order], cont[order], n[order]
        last = np.append(r[1:] != r[:-1], True)
        best_item[r[last]] = it[last]
        best_c[r[last]] = cont[last]
        best_n[r[last]] = n[last]
        return best_item, best_c, best_n

    def covered(self, toks: Tokens, item_of_row: np.ndarray) -> np.ndarray:
        """Bool per token: inside a shingle of the row's given item (-1: none)."""
        mask = np.zeros(len(toks.words), bool)
        # Only rows with an item can have covered tokens: look up the shingles of those rows alone
        # (whole rows are kept, so every shingle within them is unchanged).
        kept = np.nonzero(item_of_row[toks.row] >= 0)[0] if len(toks.words) else np.zeros(0, np.int64)
        if len(kept) == 0:
            return mask
        sub = Tokens(toks.words.take(pa.array(kept)), toks.row[kept], np.zeros(0, np.int64))
        row, item, start, _ = self._hits(sub)
        sel = item_of_row[row] == item if len(row) else np.zeros(0, bool)
        for k in range(SHINGLE):
            mask[kept[start[sel] + k]] = True
        return mask
